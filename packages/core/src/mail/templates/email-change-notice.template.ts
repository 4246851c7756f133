import { z } from "zod";
import {
  type EmailData,
  type EmailTemplateDefinition,
  greeting,
  ifNotYou,
  paragraph,
  subjectPrefix,
} from "./template-kit";

/** Sent to the old address while the change waits for confirmation from the new one. */
export const emailChangeNoticeTemplate: EmailTemplateDefinition<EmailData<"email_change_notice">> = {
  schema: z.object({ name: z.string(), newEmailMasked: z.string().min(1) }),
  compose: {
    ja: (data, brand) => ({
      subject: `${subjectPrefix("ja", brand)}登録メールアドレスの変更手続きのお知らせ`,
      signInToRead: true,
      blocks: [
        greeting("ja", data.name),
        paragraph("お客様のアカウントで、登録メールアドレスの変更手続きが行われました。"),
        { kind: "facts", rows: [{ label: "新しいメールアドレス", value: data.newEmailMasked }] },
        ifNotYou("ja", brand),
      ],
    }),
    en: (data, brand) => ({
      subject: `${subjectPrefix("en", brand)}Your email address is being changed`,
      signInToRead: true,
      blocks: [
        greeting("en", data.name),
        paragraph("A change of the email address of your account was requested."),
        { kind: "facts", rows: [{ label: "New email address", value: data.newEmailMasked }] },
        ifNotYou("en", brand),
      ],
    }),
  },
};
