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

export const verifyEmailTemplate: EmailTemplateDefinition<EmailData<"verify_email">> = {
  schema: z.object({ name: z.string(), url: z.string().min(1), expiresInHours: z.number().int().positive() }),
  compose: {
    ja: (data, brand) => ({
      subject: `${subjectPrefix("ja", brand)}メールアドレスのご確認`,
      signInToRead: false,
      blocks: [
        greeting("ja", data.name),
        paragraph(`${brand}にご登録いただき、ありがとうございます。`),
        paragraph("下のボタンを押して、メールアドレスの確認を完了してください。"),
        action("メールアドレスを確認する", data.url),
        singleUseLink("ja", data.expiresInHours * 60),
        paragraph(
          "お心当たりのない場合は、このメールを破棄してください。確認を行わない限り、登録は完了しません。",
        ),
      ],
    }),
    en: (data, brand) => ({
      subject: `${subjectPrefix("en", brand)}Confirm your email address`,
      signInToRead: false,
      blocks: [
        greeting("en", data.name),
        paragraph(`Thank you for signing up with ${brand}.`),
        paragraph("Please confirm your email address with the button below."),
        action("Confirm email address", data.url),
        singleUseLink("en", data.expiresInHours * 60),
        paragraph("If you did not sign up, ignore this email: the registration will not be completed."),
      ],
    }),
  },
};
