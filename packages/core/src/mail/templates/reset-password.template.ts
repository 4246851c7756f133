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

export const resetPasswordTemplate: EmailTemplateDefinition<EmailData<"reset_password">> = {
  schema: z.object({
    name: z.string(),
    url: z.string().min(1),
    expiresInMinutes: z.number().int().positive(),
  }),
  compose: {
    ja: (data, brand) => ({
      subject: `${subjectPrefix("ja", brand)}パスワード再設定のご案内`,
      signInToRead: false,
      blocks: [
        greeting("ja", data.name),
        paragraph(
          "パスワード再設定のご依頼を受け付けました。下のボタンから新しいパスワードを設定してください。",
        ),
        action("パスワードを再設定する", data.url),
        singleUseLink("ja", data.expiresInMinutes),
        paragraph(
          "お心当たりのない場合は、このメールを破棄してください。パスワードは変更されません。念のため、二段階認証が有効になっているかもご確認ください。",
        ),
      ],
    }),
    en: (data, brand) => ({
      subject: `${subjectPrefix("en", brand)}Reset your password`,
      signInToRead: false,
      blocks: [
        greeting("en", data.name),
        paragraph("We received a request to reset your password. Set a new one with the button below."),
        action("Reset password", data.url),
        singleUseLink("en", data.expiresInMinutes),
        paragraph(
          "If you did not ask for this, ignore this email: your password will not change. As a precaution, check that two-factor authentication is turned on.",
        ),
      ],
    }),
  },
};
