import { z } from "zod";
import {
  action,
  type EmailData,
  type EmailTemplateDefinition,
  greeting,
  paragraph,
  singleUseLink,
  subjectPrefix,
} from "./template-kit";

/** Sent to the new address; the old one gets `email_change_notice`. */
export const emailChangeConfirmTemplate: EmailTemplateDefinition<EmailData<"email_change_confirm">> = {
  schema: z.object({ name: z.string(), url: z.string().min(1), expiresInHours: z.number().int().positive() }),
  compose: {
    ja: (data, brand) => ({
      subject: `${subjectPrefix("ja", brand)}新しいメールアドレスのご確認`,
      signInToRead: false,
      blocks: [
        greeting("ja", data.name),
        paragraph(
          "登録メールアドレスを、このメールアドレスに変更するお手続きを受け付けました。下のボタンを押して、変更を完了してください。",
        ),
        action("メールアドレスの変更を確定する", data.url),
        singleUseLink("ja", data.expiresInHours * 60),
        paragraph("お心当たりのない場合は、このメールを破棄してください。メールアドレスは変更されません。"),
      ],
    }),
    en: (data, brand) => ({
      subject: `${subjectPrefix("en", brand)}Confirm your new email address`,
      signInToRead: false,
      blocks: [
        greeting("en", data.name),
        paragraph(
          "We received a request to change the email address of your account to this one. Press the button below to complete the change.",
        ),
        action("Confirm new email address", data.url),
        singleUseLink("en", data.expiresInHours * 60),
        paragraph("If you did not ask for this, ignore this email: the email address will not change."),
      ],
    }),
  },
};
