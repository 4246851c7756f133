import { z } from "zod";
import {
  type EmailData,
  type EmailTemplateDefinition,
  greeting,
  ifNotYou,
  paragraph,
  subjectPrefix,
} from "./template-kit";

export const sessionsRevokedTemplate: EmailTemplateDefinition<EmailData<"sessions_revoked">> = {
  schema: z.object({ name: z.string() }),
  compose: {
    ja: (data, brand) => ({
      subject: `${subjectPrefix("ja", brand)}すべての端末からサインアウトしました`,
      signInToRead: true,
      blocks: [
        greeting("ja", data.name),
        paragraph(
          "お客様のアカウントで、すべての端末とブラウザからのサインアウトが行われました。引き続きご利用になるには、もう一度サインインしてください。",
        ),
        ifNotYou("ja", brand),
      ],
    }),
    en: (data, brand) => ({
      subject: `${subjectPrefix("en", brand)}You were signed out everywhere`,
      signInToRead: true,
      blocks: [
        greeting("en", data.name),
        paragraph("Your account was signed out of every device and browser. To continue, sign in again."),
        ifNotYou("en", brand),
      ],
    }),
  },
};
