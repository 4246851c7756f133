import { z } from "zod";
import {
  type EmailData,
  type EmailTemplateDefinition,
  formatDuration,
  paragraph,
  subjectPrefix,
} from "./template-kit";

/** Proves an address for an inquiry sent without signing in. The code never goes in the subject. */
export const inquiryCodeTemplate: EmailTemplateDefinition<EmailData<"inquiry_code">> = {
  schema: z.object({ code: z.string().min(1), expiresInMinutes: z.number().int().positive() }),
  compose: {
    ja: (data, brand) => ({
      subject: `${subjectPrefix("ja", brand)}お問い合わせの確認コード`,
      signInToRead: false,
      blocks: [
        paragraph("お問い合わせフォームに入力されたメールアドレスを確認するため、確認コードをお送りします。"),
        { kind: "code", label: "確認コード", code: data.code },
        paragraph(
          `このコードの有効期限は${formatDuration("ja", data.expiresInMinutes)}です。お問い合わせフォームの画面に入力してください。`,
        ),
        paragraph("このコードは、スタッフを含め、誰にも伝えないでください。"),
        paragraph("お心当たりのない場合は、このメールを破棄してください。"),
      ],
    }),
    en: (data, brand) => ({
      subject: `${subjectPrefix("en", brand)}Your inquiry confirmation code`,
      signInToRead: false,
      blocks: [
        paragraph(
          "To confirm the email address entered in the inquiry form, here is your confirmation code.",
        ),
        { kind: "code", label: "Confirmation code", code: data.code },
        paragraph(
          `This code expires in ${formatDuration("en", data.expiresInMinutes)}. Enter it in the inquiry form.`,
        ),
        paragraph("Do not share this code with anyone, including our staff."),
        paragraph("If you did not ask for this, ignore this email."),
      ],
    }),
  },
};
