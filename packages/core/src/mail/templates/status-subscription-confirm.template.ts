import { z } from "zod";
import {
  action,
  type EmailData,
  type EmailTemplateDefinition,
  link,
  paragraph,
  subjectPrefix,
} from "./template-kit";

export const statusSubscriptionConfirmTemplate: EmailTemplateDefinition<
  EmailData<"status_subscription_confirm">
> = {
  schema: z.object({ confirmUrl: z.string().min(1), unsubscribeUrl: z.string().min(1) }),
  compose: {
    ja: (data, brand) => ({
      subject: `${subjectPrefix("ja", brand)}障害・メンテナンス情報のメール配信の登録確認`,
      signInToRead: false,
      blocks: [
        paragraph(
          `${brand}の障害・メンテナンス情報のメール配信にお申し込みいただき、ありがとうございます。下のボタンを押して、登録を完了してください。`,
        ),
        action("配信登録を確定する", data.confirmUrl),
        paragraph(
          "お心当たりのない場合は、このメールを破棄してください。登録を確定しない限り、配信は行われません。",
        ),
        link("今後このアドレスに配信しない", data.unsubscribeUrl),
      ],
    }),
    en: (data, brand) => ({
      subject: `${subjectPrefix("en", brand)}Confirm your subscription to status updates`,
      signInToRead: false,
      blocks: [
        paragraph(
          `Thank you for subscribing to ${brand} outage and maintenance updates. Press the button below to confirm.`,
        ),
        action("Confirm subscription", data.confirmUrl),
        paragraph("If you did not ask for this, ignore this email: nothing is sent unless you confirm."),
        link("Never email this address", data.unsubscribeUrl),
      ],
    }),
  },
};
