import { z } from "zod";
import {
  action,
  type EmailData,
  type EmailTemplateDefinition,
  formatDuration,
  greeting,
  paragraph,
  subjectPrefix,
} from "./template-kit";

export const accountLockedTemplate: EmailTemplateDefinition<EmailData<"account_locked">> = {
  schema: z.object({
    name: z.string(),
    unlockUrl: z.string().min(1),
    lockedMinutes: z.number().int().positive(),
  }),
  compose: {
    ja: (data, brand) => ({
      subject: `${subjectPrefix("ja", brand)}アカウントを一時的にロックしました`,
      signInToRead: false,
      blocks: [
        greeting("ja", data.name),
        paragraph(
          `パスワードの誤入力が続いたため、安全のため、アカウントへのサインインを${formatDuration("ja", data.lockedMinutes)}停止しました。時間が経つと自動的に解除されます。`,
        ),
        paragraph("ご本人の操作で、すぐに解除したい場合は下のボタンを押してください。"),
        action("ロックを解除する", data.unlockUrl),
        paragraph("このリンクは一度だけお使いいただけます。有効期限を過ぎると無効になります。"),
        paragraph(
          "お心当たりのない場合は、第三者がサインインを試みた可能性があります。ロックは解除せず、パスワードの再設定と二段階認証の設定をおすすめします。",
        ),
      ],
    }),
    en: (data, brand) => ({
      subject: `${subjectPrefix("en", brand)}Your account is temporarily locked`,
      signInToRead: false,
      blocks: [
        greeting("en", data.name),
        paragraph(
          `After several incorrect password attempts, we paused sign-in to your account for ${formatDuration("en", data.lockedMinutes)} to protect it. It unlocks automatically after that.`,
        ),
        paragraph("If it was you and you want to unlock it now, use the button below."),
        action("Unlock my account", data.unlockUrl),
        paragraph("This link works only once and expires."),
        paragraph(
          "If this was not you, someone may have tried to sign in to your account. Do not unlock it; we recommend resetting your password and turning on two-factor authentication.",
        ),
      ],
    }),
  },
};
