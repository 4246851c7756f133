import { z } from "zod";
import {
  action,
  type EmailData,
  type EmailTemplateDefinition,
  paragraph,
  singleUseLink,
  subjectPrefix,
} from "./template-kit";

/** Sent to whoever asked to freeze an account, signed in or not: it names no one. */
export const freezeConfirmTemplate: EmailTemplateDefinition<EmailData<"freeze_confirm">> = {
  schema: z.object({ url: z.string().min(1), expiresInMinutes: z.number().int().positive() }),
  compose: {
    ja: (data, brand) => ({
      subject: `${subjectPrefix("ja", brand)}アカウント凍結のご確認`,
      signInToRead: false,
      blocks: [
        paragraph("このメールアドレスで登録されたアカウントについて、緊急凍結のご依頼を受け付けました。"),
        paragraph(
          "下のボタンを押すと、凍結が確定します。凍結中は、サインイン、取引、出金を含むすべての操作ができなくなります。",
        ),
        action("アカウントを凍結する", data.url),
        singleUseLink("ja", data.expiresInMinutes),
        paragraph("凍結の解除には、ご本人確認が必要です。"),
        paragraph(
          "お心当たりのない場合は、このメールを破棄してください。ボタンを押さない限り、凍結は行われません。",
        ),
      ],
    }),
    en: (data, brand) => ({
      subject: `${subjectPrefix("en", brand)}Confirm freezing your account`,
      signInToRead: false,
      blocks: [
        paragraph("We received a request to freeze the account registered with this email address."),
        paragraph(
          "Press the button below to freeze it. While it is frozen, nothing can be done with the account: no sign-in, no trading, no withdrawals.",
        ),
        action("Freeze my account", data.url),
        singleUseLink("en", data.expiresInMinutes),
        paragraph("Unfreezing requires identity verification."),
        paragraph(
          "If you did not ask for this, ignore this email: nothing is frozen unless the button is pressed.",
        ),
      ],
    }),
  },
};
