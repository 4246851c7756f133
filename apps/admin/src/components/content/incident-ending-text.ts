import type { Localized } from "@/i18n/localized";
import { errorMessage } from "./content-labels";

interface IncidentEndingText {
  cancel: string;
  cancelling: string;
  cancelConfirm: string;
  cancelHint: string;
  cancelled: string;
  ticketsNotified: (count: number) => string;
  errors: Record<string, string>;
}

/** The update form's words for calling off a maintenance and for telling the linked tickets. */
export const incidentEndingText = {
  ja: {
    cancel: "メンテナンスを中止する",
    cancelling: "中止しています…",
    cancelConfirm:
      "メンテナンスを中止します。購読者にお知らせし、ステータスページには「中止」と表示されます。よろしいですか？",
    cancelHint: "中止の理由をお知らせ欄に書いてください。購読者にメールでお送りします。",
    cancelled: "メンテナンスを中止し、購読者にお知らせしました。",
    ticketsNotified: (count) => `関連する問い合わせ ${count} 件に、復旧のお知らせをお送りしました。`,
    errors: {
      "incident.ended": "終了した障害・メンテナンスには更新を追加できません。",
      "incident.transitionNotAllowed": "開始したメンテナンスは中止できません。完了として終了してください。",
    },
  },
  en: {
    cancel: "Cancel the maintenance",
    cancelling: "Cancelling…",
    cancelConfirm: "Cancel this maintenance? Subscribers are told and the status page shows it as cancelled.",
    cancelHint: "Give the reason in the notice: subscribers receive it by email.",
    cancelled: "The maintenance is cancelled and subscribers were told.",
    ticketsNotified: (count) => `${count} linked inquiry(ies) were told that it is resolved.`,
    errors: {
      "incident.ended": "This incident or maintenance has ended and takes no more updates.",
      "incident.transitionNotAllowed": "A maintenance under way cannot be cancelled; complete it instead.",
    },
  },
} satisfies Localized<IncidentEndingText>;

/** The form's own messages first, then the content area's. */
export function incidentEndingProblem(error: unknown, text: IncidentEndingText, locale: "ja" | "en"): string {
  const key = (error as { data?: { messageKey?: unknown } | null } | null)?.data?.messageKey;
  if (typeof key === "string" && text.errors[key]) return text.errors[key];
  return errorMessage(error, locale);
}
