import { z } from "zod";
import {
  type EmailData,
  type EmailTemplateDefinition,
  greeting,
  ifNotYou,
  paragraph,
  subjectPrefix,
} from "./template-kit";

export const twoFactorChangedTemplate: EmailTemplateDefinition<EmailData<"two_factor_changed">> = {
  schema: z.object({ name: z.string(), enabled: z.boolean() }),
  compose: {
    ja: (data, brand) => ({
      subject: `${subjectPrefix("ja", brand)}二段階認証を${data.enabled ? "有効" : "無効"}にしました`,
      signInToRead: true,
      blocks: [
        greeting("ja", data.name),
        paragraph(
          data.enabled
            ? "お客様のアカウントで二段階認証が有効になりました。今後のサインインでは、認証アプリのコードが必要です。"
            : "お客様のアカウントで二段階認証が無効になりました。アカウントを守るため、できるだけ早く有効に戻すことをおすすめします。",
        ),
        ifNotYou("ja", brand),
      ],
    }),
    en: (data, brand) => ({
      subject: `${subjectPrefix("en", brand)}Two-factor authentication turned ${data.enabled ? "on" : "off"}`,
      signInToRead: true,
      blocks: [
        greeting("en", data.name),
        paragraph(
          data.enabled
            ? "Two-factor authentication is now on for your account. Signing in will require a code from your authenticator app."
            : "Two-factor authentication is now off for your account. To protect your account, we recommend turning it back on soon.",
        ),
        ifNotYou("en", brand),
      ],
    }),
  },
};
