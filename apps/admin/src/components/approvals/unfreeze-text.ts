import type { Localized } from "@/i18n/localized";

interface UnfreezeText {
  heading: string;
  identityChecked: string;
  reason: string;
  reasonHint: string;
  request: string;
  pending: string;
  requestedBy: (name: string, at: string) => string;
  requestedByMe: (at: string) => string;
  waitingForOther: string;
  withdraw: string;
  decisionNote: string;
  approve: string;
  reject: string;
  approved: string;
  rejected: string;
  withdrawn: string;
  requested: string;
  toApprovals: string;
  listTitle: string;
  listEmpty: string;
  customer: string;
  ticket: string;
  reasonLabel: string;
  requester: string;
  noTicket: string;
  problems: Readonly<Record<string, string>>;
}

/** Asking for, approving, rejecting and withdrawing an unfreeze (four eyes). */
export const unfreezeText = {
  ja: {
    heading: "凍結の解除",
    identityChecked: "本人確認を済ませました",
    reason: "申請の理由（確認した内容）",
    reasonHint: "承認する担当者が読みます。確認した項目と結果を具体的に書いてください。",
    request: "凍結解除を申請",
    pending: "凍結解除の承認待ちです。",
    requestedBy: (name, at) => `${name} さんが ${at} に申請しました。`,
    requestedByMe: (at) => `${at} にあなたが申請しました。`,
    waitingForOther: "別の担当者（リーダーまたは管理者）の承認をお待ちください。",
    withdraw: "申請を取り下げる",
    decisionNote: "承認・却下のメモ（任意・社内のみ）",
    approve: "承認",
    reject: "却下",
    approved: "承認しました。アカウントの凍結を解除しました。",
    rejected: "申請を却下しました。アカウントは凍結されたままです。",
    withdrawn: "申請を取り下げました。",
    requested: "凍結解除を申請しました。別の担当者の承認をお待ちください。",
    toApprovals: "承認待ちの一覧",
    listTitle: "凍結解除の承認待ち",
    listEmpty: "承認待ちの申請はありません。",
    customer: "お客様",
    ticket: "チケット",
    reasonLabel: "理由",
    requester: "申請者",
    noTicket: "（チケットなし）",
    problems: {
      "unfreeze.selfApproval": "ご自身の申請は承認・却下できません。別の担当者に依頼してください。",
      "unfreeze.notRequester": "申請を取り下げられるのは申請した担当者だけです。",
      "unfreeze.notPending": "この申請はすでに処理されています。画面を再読み込みしてください。",
      "unfreeze.alreadyPending": "このお客様の凍結解除は、すでに申請されています。",
      "unfreeze.notFrozen": "このアカウントは凍結されていません。",
      "unfreeze.notFound": "申請が見つかりません。",
      "unfreeze.ticketMismatch": "このチケットは別のお客様のものです。",
      BAD_REQUEST: "本人確認の完了にチェックを入れ、理由を4文字以上で入力してください。",
    },
  },
  en: {
    heading: "Unfreezing",
    identityChecked: "I have done the identity checks",
    reason: "Reason (what you checked)",
    reasonHint: "The approver reads this: say which facts you checked and how they matched.",
    request: "Request unfreeze",
    pending: "An unfreeze is waiting for approval.",
    requestedBy: (name, at) => `Requested by ${name} at ${at}.`,
    requestedByMe: (at) => `You requested it at ${at}.`,
    waitingForOther: "Another staff member (a lead or an admin) must approve it.",
    withdraw: "Withdraw the request",
    decisionNote: "Note on the decision (optional, internal)",
    approve: "Approve",
    reject: "Reject",
    approved: "Approved: the account is unfrozen.",
    rejected: "Rejected: the account stays frozen.",
    withdrawn: "The request was withdrawn.",
    requested: "Unfreeze requested. Another staff member must approve it.",
    toApprovals: "Pending approvals",
    listTitle: "Unfreezes awaiting approval",
    listEmpty: "No request is waiting for approval.",
    customer: "Customer",
    ticket: "Ticket",
    reasonLabel: "Reason",
    requester: "Requested by",
    noTicket: "(no ticket)",
    problems: {
      "unfreeze.selfApproval": "You cannot decide your own request; ask another staff member.",
      "unfreeze.notRequester": "Only the staff member who requested it may withdraw it.",
      "unfreeze.notPending": "This request has already been decided. Please reload.",
      "unfreeze.alreadyPending": "An unfreeze has already been requested for this customer.",
      "unfreeze.notFrozen": "This account is not frozen.",
      "unfreeze.notFound": "The request was not found.",
      "unfreeze.ticketMismatch": "This ticket belongs to another customer.",
      BAD_REQUEST: "Tick the identity checks and give a reason of at least 4 characters.",
    },
  },
} satisfies Localized<UnfreezeText>;

export type { UnfreezeText };

/** The message for an unfreeze refusal the API names, or null to use the console's generic one. */
export function unfreezeProblem(error: unknown, text: UnfreezeText): string | null {
  const data = (error as { data?: { messageKey?: unknown; code?: unknown } | null } | null)?.data;
  if (typeof data?.messageKey === "string") {
    const known = text.problems[data.messageKey];
    if (known) return known;
  }
  if (data?.code === "BAD_REQUEST") return text.problems.BAD_REQUEST ?? null;
  return null;
}
