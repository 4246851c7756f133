import type { Locale } from "@madoguchi/core/locale/locale";
import type { Localized } from "@/i18n/localized";

const problemKeys = [
  "workspace.conflict",
  "workspace.status.notAllowed",
  "workspace.reply.closed",
  "workspace.reply.unknownPlaceholder",
  "workspace.assign.notAllowed",
  "workspace.assign.notInTeam",
  "workspace.transfer.sameTeam",
  "workspace.merge.self",
  "workspace.merge.alreadyMerged",
  "workspace.merge.targetClosed",
  "workspace.merge.differentRequester",
  "workspace.merge.targetNotFound",
  "workspace.ticket.merged",
  "workspace.incident.notFound",
  "workspace.pii.none",
  "workspace.pii.tooMany",
  "workspace.pii.reasonTooShort",
  "workspace.identity.notPending",
  "workspace.identity.noAccount",
  "workspace.queue.notYours",
  "workspace.queue.notManaged",
  "workspace.text.empty",
  "ticket.notFound",
] as const;

type ProblemText = Record<
  (typeof problemKeys)[number] | "UNAUTHORIZED" | "FORBIDDEN" | "BAD_REQUEST" | "failed",
  string
>;

/** The console's text of the API's workspace message keys and of the generic refusals. */
export const problemMessages = {
  ja: {
    "workspace.conflict":
      "ほかの担当者がこのチケットを更新しました。最新の内容を読み込んでから、もう一度操作してください（入力中の文章は残ります）。",
    "workspace.status.notAllowed": "現在のステータスからは、その状態に変更できません。",
    "workspace.reply.closed": "完了したチケットには返信できません。",
    "workspace.reply.unknownPlaceholder":
      "使えない差し込み項目があります。{{name}}・{{ticketNumber}}・{{window}} のみ使えます。",
    "workspace.assign.notAllowed":
      "担当者の変更はリーダーが行います。自分が引き受けるか、自分の担当を外すことはできます。",
    "workspace.assign.notInTeam": "この窓口に所属していない担当者は指定できません。",
    "workspace.transfer.sameTeam": "同じ窓口には移管できません。",
    "workspace.merge.self": "同じチケットには統合できません。",
    "workspace.merge.alreadyMerged": "すでに統合されたチケットです。",
    "workspace.merge.targetClosed": "完了したチケットには統合できません。",
    "workspace.merge.differentRequester": "別のお客様のチケットには統合できません。",
    "workspace.merge.targetNotFound": "統合先のチケットが見つかりません。",
    "workspace.ticket.merged": "このチケットはほかのチケットに統合されています。",
    "workspace.incident.notFound": "その障害は見つかりません。",
    "workspace.pii.none": "この項目は登録されていません。",
    "workspace.pii.tooMany": "表示の回数が上限に達しました。しばらくしてからお試しください。",
    "workspace.pii.reasonTooShort": "理由を4文字以上で入力してください。",
    "workspace.identity.notPending": "本人確認はすでに判断済みです。",
    "workspace.identity.noAccount": "該当するアカウントがないため、本人確認済みにはできません。",
    "workspace.queue.notYours": "この窓口のキューは表示できません。",
    "workspace.queue.notManaged": "この窓口の一括操作はできません。",
    "workspace.text.empty": "本文を入力してください。",
    "ticket.notFound": "チケットが見つかりません。",
    UNAUTHORIZED: "サインインが必要です。",
    FORBIDDEN: "この操作の権限がありません。",
    BAD_REQUEST: "入力内容を確認してください。",
    failed: "処理できませんでした。時間をおいてもう一度お試しください。",
  },
  en: {
    "workspace.conflict":
      "Another member has updated this ticket. Load the latest version, then try again (what you were typing is kept).",
    "workspace.status.notAllowed": "The ticket cannot move to that status from its current one.",
    "workspace.reply.closed": "A closed ticket cannot be replied to.",
    "workspace.reply.unknownPlaceholder":
      "The text has a placeholder that cannot be used. Only {{name}}, {{ticketNumber}} and {{window}} are available.",
    "workspace.assign.notAllowed":
      "Leads change assignees. You can take a ticket yourself or remove yourself from it.",
    "workspace.assign.notInTeam": "Only members of this window can be assigned.",
    "workspace.transfer.sameTeam": "The ticket is already in that window.",
    "workspace.merge.self": "A ticket cannot be merged into itself.",
    "workspace.merge.alreadyMerged": "This ticket has already been merged.",
    "workspace.merge.targetClosed": "A ticket cannot be merged into a closed ticket.",
    "workspace.merge.differentRequester": "A ticket cannot be merged into another customer's ticket.",
    "workspace.merge.targetNotFound": "The ticket to merge into was not found.",
    "workspace.ticket.merged": "This ticket has been merged into another ticket.",
    "workspace.incident.notFound": "That incident was not found.",
    "workspace.pii.none": "Nothing is on record for this item.",
    "workspace.pii.tooMany": "You have reached the limit of views. Please try again later.",
    "workspace.pii.reasonTooShort": "Enter a reason of at least 4 characters.",
    "workspace.identity.notPending": "The identity check has already been decided.",
    "workspace.identity.noAccount":
      "There is no matching account, so the identity cannot be marked as verified.",
    "workspace.queue.notYours": "You cannot view this window's queue.",
    "workspace.queue.notManaged": "You cannot use bulk actions in this window.",
    "workspace.text.empty": "Enter the text.",
    "ticket.notFound": "The ticket was not found.",
    UNAUTHORIZED: "Please sign in.",
    FORBIDDEN: "You do not have permission for this action.",
    BAD_REQUEST: "Please check what you entered.",
    failed: "This could not be processed. Please wait a moment and try again.",
  },
} satisfies Localized<ProblemText>;

const known = new Set<string>(problemKeys);

/** The message for a failed call: a known key's text, else a generic one (never internals). */
export function problemText(error: unknown, locale: Locale = "ja"): string {
  const messages: ProblemText = problemMessages[locale];
  const data = (error as { data?: { messageKey?: string | null; code?: string } } | null)?.data;
  const key = data?.messageKey ?? (error as { message?: string } | null)?.message ?? "";
  if (known.has(key)) return messages[key as (typeof problemKeys)[number]];
  if (data?.code === "UNAUTHORIZED") return messages.UNAUTHORIZED;
  if (data?.code === "FORBIDDEN") return messages.FORBIDDEN;
  if (data?.code === "BAD_REQUEST") return messages.BAD_REQUEST;
  return messages.failed;
}
