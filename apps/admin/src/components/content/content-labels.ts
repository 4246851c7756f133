import type { ArticleAction, ArticleStatus } from "@madoguchi/core/knowledge-base/article-workflow";
import type { TranslationState } from "@madoguchi/core/knowledge-base/translation-freshness";

export const articleStatusLabel: Record<ArticleStatus, string> = {
  draft: "下書き",
  review: "レビュー待ち",
  published: "公開中",
  archived: "アーカイブ",
};

export const articleStatusTone: Record<ArticleStatus, "ok" | "warning" | "danger" | undefined> = {
  draft: undefined,
  review: "warning",
  published: "ok",
  archived: "danger",
};

export const articleActionLabel: Record<Exclude<ArticleAction, "save" | "schedule">, string> = {
  submit_for_review: "レビューに出す",
  return_to_draft: "下書きに戻す",
  publish: "公開する",
  unpublish: "公開を停止する",
  archive: "アーカイブする",
};

export const articleActionDone: Record<Exclude<ArticleAction, "save" | "schedule">, string> = {
  submit_for_review: "レビューに出しました。",
  return_to_draft: "下書きに戻しました。",
  publish: "公開しました。ヘルプセンターの表示と検索に反映されます。",
  unpublish: "公開を停止しました。",
  archive: "アーカイブしました。",
};

export const translationLabel: Record<TranslationState, string> = {
  current: "英語版は最新です",
  stale: "英語版が日本語版より古くなっています",
  missing: "英語版がありません",
};

/** What the console says for each error the API names (`messageKey`); anything else is generic. */
const messages: Record<string, string> = {
  "knowledgeBase.staleEdit":
    "ほかの担当者がこの記事を先に保存しました。ページを再読み込みして最新の内容を確認してから、もう一度編集してください。",
  "knowledgeBase.slugTaken": "このスラッグはほかの記事で使われています。別のスラッグを指定してください。",
  "knowledgeBase.slugFixed": "公開したことのある記事のスラッグは変更できません。",
  "knowledgeBase.settingsNeedPublisher":
    "公開中の記事のカテゴリ・種類・タグは、公開権限のある担当者だけが変更できます。",
  "knowledgeBase.categoryNotFound": "カテゴリが見つかりません。",
  "knowledgeBase.nothingToPublish": "公開されていない変更はありません。",
  "knowledgeBase.schedule.tooSoon": "予約日時は1分以上先を指定してください。",
  "knowledgeBase.schedule.tooFar": "予約日時は1年以内で指定してください。",
  "knowledgeBase.notScheduled": "この記事は公開予約されていません。",
  "knowledgeBase.revision.alreadyNewest": "この版はすでに最新の内容と同じです。",
  "knowledgeBase.saveNotAllowed":
    "アーカイブされた記事は編集できません。下書きに戻してから編集してください。",
  "incident.transitionNotAllowed": "この状態からは、その状態に変更できません。",
  "incident.ended": "終了した障害・メンテナンスには更新を追加できません。",
  "incident.componentsRequired": "影響を受けるコンポーネントを1つ以上選んでください。",
  "incident.componentStateNotAllowed": "コンポーネントの状態が、障害・メンテナンスの種類に合っていません。",
  "incident.componentNotFound": "コンポーネントが見つかりません。",
  "maintenance.endBeforeStart": "終了日時は開始日時より後にしてください。",
  "maintenance.endInPast": "終了日時が過ぎています。",
  "maintenance.tooLong": "メンテナンスの期間は7日以内にしてください。",
  "announcement.slugTaken": "このスラッグはほかのお知らせで使われています。",
  "announcement.slugFixed": "公開したことのあるお知らせのスラッグは変更できません。",
  "announcement.notPublished": "このお知らせは公開されていません。",
  "announcement.scheduleTooFar": "公開日時は1年以内で指定してください。",
};

interface ErrorShape {
  message?: unknown;
  data?: { code?: unknown; messageKey?: unknown } | null;
}

export function errorMessage(error: unknown): string {
  const shape = (error ?? {}) as ErrorShape;
  const key = typeof shape.data?.messageKey === "string" ? shape.data.messageKey : undefined;
  if (key && messages[key]) return messages[key];
  const code = shape.data?.code;
  if (code === "UNAUTHORIZED") return "サインインが必要です。";
  if (code === "FORBIDDEN") return "この操作を行う権限がありません。";
  if (code === "BAD_REQUEST") return "入力内容をご確認ください。";
  if (code === "CONFLICT") return "ほかの変更と重なりました。再読み込みしてからやり直してください。";
  if (code === "NOT_FOUND") return "見つかりません。削除された可能性があります。";
  return "保存できませんでした。時間をおいてもう一度お試しください。";
}

const dateTime = new Intl.DateTimeFormat("ja-JP", {
  timeZone: "Asia/Tokyo",
  dateStyle: "medium",
  timeStyle: "short",
});

export function formatDateTime(date: Date | string | null | undefined): string {
  if (!date) return "—";
  return dateTime.format(typeof date === "string" ? new Date(date) : date);
}

/** A `datetime-local` value in Japan time, for a date (the console's staff work in JST). */
export function toJstInput(date: Date): string {
  const jst = new Date(date.getTime() + 9 * 3_600_000);
  return jst.toISOString().slice(0, 16);
}

/** The instant a `datetime-local` value means in Japan time. */
export function fromJstInput(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const date = new Date(`${value}:00+09:00`);
  return Number.isNaN(date.getTime()) ? null : date;
}
