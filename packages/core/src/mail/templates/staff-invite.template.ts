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

export const staffInviteTemplate: EmailTemplateDefinition<EmailData<"staff_invite">> = {
  schema: z.object({ name: z.string(), url: z.string().min(1), expiresInHours: z.number().int().positive() }),
  compose: {
    ja: (data, brand) => ({
      subject: `${subjectPrefix("ja", brand)}サポートコンソールへのご招待`,
      signInToRead: false,
      blocks: [
        greeting("ja", data.name),
        paragraph(
          `${brand}のサポートコンソールに、あなたのスタッフアカウントが作成されました。下のボタンから、パスワードと二段階認証を設定してください。`,
        ),
        action("アカウントを設定する", data.url),
        singleUseLink("ja", data.expiresInHours * 60),
        paragraph("お心当たりのない場合は、このメールを破棄し、管理者にお知らせください。"),
      ],
    }),
    en: (data, brand) => ({
      subject: `${subjectPrefix("en", brand)}You are invited to the support console`,
      signInToRead: false,
      blocks: [
        greeting("en", data.name),
        paragraph(
          `A staff account was created for you in the ${brand} support console. Set your password and two-factor authentication with the button below.`,
        ),
        action("Set up my account", data.url),
        singleUseLink("en", data.expiresInHours * 60),
        paragraph("If you did not expect this, ignore this email and tell your administrator."),
      ],
    }),
  },
};
