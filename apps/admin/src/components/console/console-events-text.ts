import type { Locale } from "@madoguchi/core/locale/locale";
import type { Localized } from "@/i18n/localized";
import { type ConsoleLabels, labelsFor } from "./console-labels";

type Data = Readonly<Record<string, unknown>>;
type Line = (data: Data, labels: ConsoleLabels, locale: Locale) => string;

const text = (value: unknown) => (typeof value === "string" ? value : "");

const clocks: Localized<Readonly<Record<string, string>>> = {
  ja: { first_response: "初回応答期限", resolution: "解決期限" },
  en: { first_response: "first-response deadline", resolution: "resolution deadline" },
};

/** `（山田）` / ` (Yamada)`: an optional detail after a line, or nothing. */
function detail(value: string, locale: Locale): string {
  if (!value) return "";
  return locale === "ja" ? `（${value}）` : ` (${value})`;
}

function label(table: Readonly<Record<string, string>>, value: unknown): string {
  const key = text(value);
  return Object.hasOwn(table, key) ? (table[key] ?? key) : key;
}

/**
 * The timeline, one line per event kind. Event data is written by several use cases and read
 * long after, so every field is read as optional; a kind this table does not know yet still
 * gets a neutral line rather than nothing.
 */
const lines: Localized<Readonly<Record<string, Line>>> = {
  ja: {
    created: () => "お問い合わせを受け付けました",
    assigned_team: () => "窓口に振り分けました",
    assigned: (d) =>
      d.via === "take_next" ? "担当者が次のチケットとして引き受けました" : "担当者を設定しました",
    auto_assigned: (d) => `担当者を自動で割り当てました${detail(text(d.assigneeName), "ja")}`,
    unassigned: () => "担当者を外しました",
    replied: () => "お客様に返信しました",
    note_added: () => "社内メモを追加しました",
    status_changed: (d, l) => `ステータスを「${label(l.status, d.to)}」にしました`,
    priority_changed: (d, l) => `優先度を「${label(l.priority, d.to)}」にしました`,
    tags_changed: () => "タグを変更しました",
    transferred: (d) => `窓口を移管しました（${text(d.from)} → ${text(d.to)}）`,
    merged_into: (d) => `${text(d.into)} に統合しました`,
    merged_from: (d) => `${text(d.from)} を統合しました`,
    incident_linked: () => "障害に紐づけました",
    incident_unlinked: () => "障害との紐づけを外しました",
    incident_resolved_notice: (d) =>
      `障害の復旧をお客様にお知らせしました${detail(text(d.incidentTitle) || text(d.title), "ja")}`,
    identity_verified: () => "本人確認済みにしました",
    identity_rejected: () => "本人と確認できないと判断しました",
    macro_used: () => "定型文を使って返信しました",
    secret_warning_overridden: () => "機密情報を求める表現の警告を確認のうえ送信しました",
    reopened: () => "お客様が再開しました",
    rated: () => "お客様が評価しました",
    escalated: (d) => {
      const clock = label(clocks.ja, d.clock);
      return clock
        ? `${clock}を超過したため、エスカレーションしました`
        : "期限を超過したため、エスカレーションしました";
    },
    auto_close_notice: () => "お客様の返信がないため、まもなく自動で完了する旨をお知らせしました",
    auto_closed: () => "お客様の返信がなかったため、自動で完了にしました",
    unfreeze_requested: () => "アカウント凍結の解除を申請しました",
    unfreeze_approved: () => "アカウント凍結の解除が承認されました",
    unfreeze_rejected: () => "アカウント凍結の解除が却下されました",
    unfreeze_withdrawn: () => "アカウント凍結の解除申請を取り下げました",
  },
  en: {
    created: () => "Inquiry received",
    assigned_team: () => "Routed to a window",
    assigned: (d) => (d.via === "take_next" ? "An agent took it as their next ticket" : "Assignee set"),
    auto_assigned: (d) => `Assigned automatically${detail(text(d.assigneeName), "en")}`,
    unassigned: () => "Assignee removed",
    replied: () => "Replied to the customer",
    note_added: () => "Internal note added",
    status_changed: (d, l) => `Status set to “${label(l.status, d.to)}”`,
    priority_changed: (d, l) => `Priority set to “${label(l.priority, d.to)}”`,
    tags_changed: () => "Tags changed",
    transferred: (d) => `Transferred to another window (${text(d.from)} → ${text(d.to)})`,
    merged_into: (d) => `Merged into ${text(d.into)}`,
    merged_from: (d) => `Merged ${text(d.from)} into this ticket`,
    incident_linked: () => "Linked to an incident",
    incident_unlinked: () => "Unlinked from an incident",
    incident_resolved_notice: (d) =>
      `Told the customer the incident is resolved${detail(text(d.incidentTitle) || text(d.title), "en")}`,
    identity_verified: () => "Identity marked as verified",
    identity_rejected: () => "Identity judged not confirmed",
    macro_used: () => "Replied with a macro",
    secret_warning_overridden: () => "Sent after confirming the warning about asking for secrets",
    reopened: () => "The customer reopened the ticket",
    rated: () => "The customer rated the support",
    escalated: (d) => {
      const clock = label(clocks.en, d.clock);
      return clock ? `Escalated: ${clock} passed` : "Escalated: a deadline passed";
    },
    auto_close_notice: () => "Told the customer the ticket will close soon without a reply",
    auto_closed: () => "Closed automatically: no reply from the customer",
    unfreeze_requested: () => "Account unfreeze requested",
    unfreeze_approved: () => "Account unfreeze approved",
    unfreeze_rejected: () => "Account unfreeze rejected",
    unfreeze_withdrawn: () => "Account unfreeze request withdrawn",
  },
};

const unknownKind: Localized<(kind: string) => string> = {
  ja: (kind) => `記録がありました（${kind}）`,
  en: (kind) => `Recorded: ${kind}`,
};

/** One timeline line; Japanese unless told otherwise. */
export function eventText(kind: string, data: unknown, locale: Locale = "ja"): string {
  const d: Data = data !== null && typeof data === "object" ? (data as Data) : {};
  const line = Object.hasOwn(lines[locale], kind) ? lines[locale][kind] : undefined;
  return line ? line(d, labelsFor(locale), locale) : unknownKind[locale](kind);
}

/** Every kind with a line, for the test that both languages cover the same ones. */
export const eventKindsByLocale: Localized<readonly string[]> = {
  ja: Object.keys(lines.ja),
  en: Object.keys(lines.en),
};
