import { z } from "zod";
import {
  type EmailData,
  type EmailTemplateDefinition,
  greeting,
  ifNotYou,
  paragraph,
  subjectPrefix,
} from "./template-kit";

export const passwordChangedTemplate: EmailTemplateDefinition<EmailData<"password_changed">> = {
  schema: z.object({ name: z.string() }),
  compose: {
    ja: (data, brand) => ({
      subject: `${subjectPrefix("ja", brand)}パスワードが変更されました`,
      signInToRead: true,
      blocks: [
        greeting("ja", data.name),
        paragraph("お客様のアカウントのパスワードが変更されました。"),
        ifNotYou("ja", brand),
      ],
    }),
    en: (data, brand) => ({
      subject: `${subjectPrefix("en", brand)}Your password was changed`,
      signInToRead: true,
      blocks: [
        greeting("en", data.name),
        paragraph("The password of your account was changed."),
        ifNotYou("en", brand),
      ],
    }),
  },
};
