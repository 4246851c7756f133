import { z } from "zod";
import {
  type EmailData,
  type EmailTemplateDefinition,
  greeting,
  paragraph,
  subjectPrefix,
} from "./template-kit";

/** No "sign in to read": a frozen account cannot sign in, so the email says who will get in touch. */
export const accountFrozenTemplate: EmailTemplateDefinition<EmailData<"account_frozen">> = {
  schema: z.object({ name: z.string() }),
  compose: {
    ja: (data, brand) => ({
      subject: `${subjectPrefix("ja", brand)}アカウントを凍結しました`,
      signInToRead: false,
      blocks: [
        greeting("ja", data.name),
        paragraph(
          "ご依頼により、お客様のアカウントを凍結しました。現在、サインイン、取引、出金を含むすべての操作を停止しています。",
        ),
        paragraph(
          "セキュリティチームが緊急のお問い合わせとして対応します。担当者から、このメールアドレス宛てにご連絡します。",
        ),
        paragraph("凍結の解除には、ご本人確認が必要です。"),
      ],
    }),
    en: (data, brand) => ({
      subject: `${subjectPrefix("en", brand)}Your account is frozen`,
      signInToRead: false,
      blocks: [
        greeting("en", data.name),
        paragraph(
          "As you asked, we froze your account. Sign-in, trading, withdrawals and every other operation are stopped.",
        ),
        paragraph(
          "Our security team is handling this as an urgent case and will contact you at this email address.",
        ),
        paragraph("Unfreezing requires identity verification."),
      ],
    }),
  },
};
