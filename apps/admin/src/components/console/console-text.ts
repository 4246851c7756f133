import type { AdminRouter } from "@madoguchi/api/root/admin-router";
import type { TicketStatus } from "@madoguchi/core/ticket/ticket-lifecycle";
import type { TicketPriority } from "@madoguchi/core/routing/ticket-priority";
import type { inferRouterOutputs } from "@trpc/server";

export type ConsoleOutputs = inferRouterOutputs<AdminRouter>;
export type TicketView = ConsoleOutputs["ticket"]["get"];
export type QueuePage = ConsoleOutputs["queue"]["list"];
export type QueueRow = QueuePage["rows"][number];

/** Statuses as staff say them (the customer reads the portal's own labels). */
export const statusLabels: Readonly<Record<TicketStatus, string>> = {
  new: "新規",
  open: "対応中",
  waiting_on_customer: "お客様の返信待ち",
  resolved: "解決済み",
  closed: "完了",
};

export const priorityLabels: Readonly<Record<TicketPriority, string>> = {
  low: "低",
  normal: "通常",
  high: "高",
  urgent: "緊急",
};

export const troubleTypeLabels: Readonly<Record<string, string>> = {
  login: "ログイン",
  trading: "取引",
  funds: "入出金",
  system: "システム",
  security: "セキュリティ",
  other: "その他",
};

export const identityStateLabels: Readonly<Record<string, string>> = {
  not_required: "不要",
  pending: "未確認",
  verified: "本人確認済み",
  rejected: "本人と確認できず",
};

export const matchLabels: Readonly<Record<string, string>> = {
  match: "一致",
  mismatch: "不一致",
  missing: "入力なし",
};

export const secretRequestLabels: Readonly<Record<string, string>> = {
  password: "パスワード",
  two_factor_code: "二段階認証のコード",
  seed_phrase: "シードフレーズ",
  private_key: "秘密鍵",
  remote_access: "遠隔操作・画面共有",
};

/** The timeline, one line per event kind. */
export function eventText(kind: string, data: unknown): string {
  const d = (data ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === "string" ? value : "");
  switch (kind) {
    case "created":
      return "お問い合わせを受け付けました";
    case "assigned_team":
      return "窓口に振り分けました";
    case "assigned":
      return d.via === "take_next" ? "担当者が次のチケットとして引き受けました" : "担当者を設定しました";
    case "unassigned":
      return "担当者を外しました";
    case "replied":
      return "お客様に返信しました";
    case "note_added":
      return "社内メモを追加しました";
    case "status_changed":
      return `ステータスを「${statusLabels[text(d.to) as TicketStatus] ?? text(d.to)}」にしました`;
    case "priority_changed":
      return `優先度を「${priorityLabels[text(d.to) as TicketPriority] ?? text(d.to)}」にしました`;
    case "tags_changed":
      return "タグを変更しました";
    case "transferred":
      return `窓口を移管しました（${text(d.from)} → ${text(d.to)}）`;
    case "merged_into":
      return `${text(d.into)} に統合しました`;
    case "merged_from":
      return `${text(d.from)} を統合しました`;
    case "incident_linked":
      return "障害に紐づけました";
    case "incident_unlinked":
      return "障害との紐づけを外しました";
    case "identity_verified":
      return "本人確認済みにしました";
    case "identity_rejected":
      return "本人と確認できないと判断しました";
    case "macro_used":
      return "定型文を使って返信しました";
    case "secret_warning_overridden":
      return "機密情報を求める表現の警告を確認のうえ送信しました";
    case "reopened":
      return "お客様が再開しました";
    case "rated":
      return "お客様が評価しました";
    default:
      return kind;
  }
}

const problems: Readonly<Record<string, string>> = {
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
};

/** The message for a failed call: a known key's text, else a generic one (never internals). */
export function problemText(error: unknown): string {
  const data = (error as { data?: { messageKey?: string | null; code?: string } } | null)?.data;
  const key = data?.messageKey ?? (error as { message?: string } | null)?.message ?? "";
  if (problems[key]) return problems[key];
  if (data?.code === "UNAUTHORIZED") return "サインインが必要です。";
  if (data?.code === "FORBIDDEN") return "この操作の権限がありません。";
  if (data?.code === "BAD_REQUEST") return "入力内容を確認してください。";
  return "処理できませんでした。時間をおいてもう一度お試しください。";
}

export function isConflict(error: unknown): boolean {
  return (error as { data?: { code?: string } } | null)?.data?.code === "CONFLICT";
}

const dateTime = new Intl.DateTimeFormat("ja-JP", {
  timeZone: "Asia/Tokyo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

export function formatDateTime(date: Date | string): string {
  return dateTime.format(new Date(date));
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
