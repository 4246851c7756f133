import type { ArticleAction, ArticleStatus } from "@madoguchi/core/knowledge-base/article-workflow";
import type { TranslationState } from "@madoguchi/core/knowledge-base/translation-freshness";
import type { Locale } from "@madoguchi/core/locale/locale";
import type { Localized } from "@/i18n/localized";

type WorkflowAction = Exclude<ArticleAction, "save" | "schedule">;

const ja = {
  articleStatus: {
    draft: "下書き",
    review: "レビュー待ち",
    published: "公開中",
    archived: "アーカイブ",
  } satisfies Record<ArticleStatus, string>,
  articleAction: {
    submit_for_review: "レビューに出す",
    return_to_draft: "下書きに戻す",
    publish: "公開する",
    unpublish: "公開を停止する",
    archive: "アーカイブする",
  } satisfies Record<WorkflowAction, string>,
  articleActionDone: {
    submit_for_review: "レビューに出しました。",
    return_to_draft: "下書きに戻しました。",
    publish: "公開しました。ヘルプセンターの表示と検索に反映されます。",
    unpublish: "公開を停止しました。",
    archive: "アーカイブしました。",
  } satisfies Record<WorkflowAction, string>,
  translation: {
    current: "英語版は最新です",
    stale: "英語版が日本語版より古くなっています",
    missing: "英語版がありません",
  } satisfies Record<TranslationState, string>,
  /** What the console says for each error the API names (`messageKey`); anything else is generic. */
  errors: {
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
  },
  codes: {
    UNAUTHORIZED: "サインインが必要です。",
    FORBIDDEN: "この操作を行う権限がありません。",
    BAD_REQUEST: "入力内容をご確認ください。",
    CONFLICT: "ほかの変更と重なりました。再読み込みしてからやり直してください。",
    NOT_FOUND: "見つかりません。削除された可能性があります。",
    failed: "保存できませんでした。時間をおいてもう一度お試しください。",
  },
};

/** Knowledge base and status words shared by the content pages and editors. */
export const contentLabels = {
  ja,
  en: {
    articleStatus: { draft: "Draft", review: "In review", published: "Published", archived: "Archived" },
    articleAction: {
      submit_for_review: "Submit for review",
      return_to_draft: "Return to draft",
      publish: "Publish",
      unpublish: "Unpublish",
      archive: "Archive",
    },
    articleActionDone: {
      submit_for_review: "Submitted for review.",
      return_to_draft: "Returned to draft.",
      publish: "Published. The help center's pages and search will show it.",
      unpublish: "Unpublished.",
      archive: "Archived.",
    },
    translation: {
      current: "The English version is up to date",
      stale: "The English version is older than the Japanese one",
      missing: "There is no English version",
    },
    errors: {
      "knowledgeBase.staleEdit":
        "Another member saved this article first. Reload the page, check the latest content, then edit again.",
      "knowledgeBase.slugTaken": "Another article uses this slug. Please choose a different one.",
      "knowledgeBase.slugFixed": "The slug of an article that has been published cannot be changed.",
      "knowledgeBase.settingsNeedPublisher":
        "Only members who can publish may change the category, type or tags of a published article.",
      "knowledgeBase.categoryNotFound": "The category was not found.",
      "knowledgeBase.nothingToPublish": "There are no unpublished changes.",
      "knowledgeBase.schedule.tooSoon": "Schedule at least one minute ahead.",
      "knowledgeBase.schedule.tooFar": "Schedule within one year.",
      "knowledgeBase.notScheduled": "This article is not scheduled for publication.",
      "knowledgeBase.revision.alreadyNewest": "This revision is already the same as the latest content.",
      "knowledgeBase.saveNotAllowed": "An archived article cannot be edited. Return it to draft first.",
      "incident.transitionNotAllowed": "It cannot move to that state from its current one.",
      "incident.ended": "An incident or maintenance that has ended cannot get new updates.",
      "incident.componentsRequired": "Choose at least one affected component.",
      "incident.componentStateNotAllowed":
        "The component state does not fit this kind of incident or maintenance.",
      "incident.componentNotFound": "The component was not found.",
      "maintenance.endBeforeStart": "The end must be after the start.",
      "maintenance.endInPast": "The end time has already passed.",
      "maintenance.tooLong": "Maintenance may last at most 7 days.",
      "announcement.slugTaken": "Another announcement uses this slug.",
      "announcement.slugFixed": "The slug of an announcement that has been published cannot be changed.",
      "announcement.notPublished": "This announcement is not published.",
      "announcement.scheduleTooFar": "Schedule publication within one year.",
    },
    codes: {
      UNAUTHORIZED: "Please sign in.",
      FORBIDDEN: "You do not have permission for this action.",
      BAD_REQUEST: "Please check what you entered.",
      CONFLICT: "This clashed with another change. Reload, then try again.",
      NOT_FOUND: "Not found. It may have been deleted.",
      failed: "Could not save. Please wait a moment and try again.",
    },
  },
} satisfies Localized<typeof ja>;

// The Japanese tables under their earlier names.
export const articleStatusLabel: Record<ArticleStatus, string> = ja.articleStatus;
export const articleActionLabel: Record<WorkflowAction, string> = ja.articleAction;
export const articleActionDone: Record<WorkflowAction, string> = ja.articleActionDone;
export const translationLabel: Record<TranslationState, string> = ja.translation;

export const articleStatusTone: Record<ArticleStatus, "ok" | "warning" | "danger" | undefined> = {
  draft: undefined,
  review: "warning",
  published: "ok",
  archived: "danger",
};

interface ErrorShape {
  message?: unknown;
  data?: { code?: unknown; messageKey?: unknown } | null;
}

export function errorMessage(error: unknown, locale: Locale = "ja"): string {
  const text = contentLabels[locale];
  const shape = (error ?? {}) as ErrorShape;
  const key = typeof shape.data?.messageKey === "string" ? shape.data.messageKey : undefined;
  const errors: Readonly<Record<string, string>> = text.errors;
  if (key && Object.hasOwn(errors, key)) return errors[key] ?? text.codes.failed;
  const code = shape.data?.code;
  if (code === "UNAUTHORIZED") return text.codes.UNAUTHORIZED;
  if (code === "FORBIDDEN") return text.codes.FORBIDDEN;
  if (code === "BAD_REQUEST") return text.codes.BAD_REQUEST;
  if (code === "CONFLICT") return text.codes.CONFLICT;
  if (code === "NOT_FOUND") return text.codes.NOT_FOUND;
  return text.codes.failed;
}

const dateTimeOptions: Intl.DateTimeFormatOptions = {
  timeZone: "Asia/Tokyo",
  dateStyle: "medium",
  timeStyle: "short",
};
const dateTime: Readonly<Record<Locale, Intl.DateTimeFormat>> = {
  ja: new Intl.DateTimeFormat("ja-JP", dateTimeOptions),
  en: new Intl.DateTimeFormat("en-US", { ...dateTimeOptions, hour12: false }),
};

/** Japan time; written out as JST in English, where the reader may be elsewhere. */
export function formatDateTime(date: Date | string | null | undefined, locale: Locale = "ja"): string {
  if (!date) return "—";
  const text = dateTime[locale].format(typeof date === "string" ? new Date(date) : date);
  return locale === "ja" ? text : `${text} JST`;
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
