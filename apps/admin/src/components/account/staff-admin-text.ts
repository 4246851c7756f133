import type { StaffRole } from "@madoguchi/core/access/permissions";

export const roleLabels: Readonly<Record<StaffRole, string>> = {
  agent: "担当者（agent）",
  lead: "リーダー（lead）",
  admin: "管理者（admin）",
};

/** What an admin can do to one member from the staff list. */
export const memberIntents = [
  "resendInvite",
  "deactivate",
  "reactivate",
  "endSessions",
  "resetTwoFactor",
  "unlock",
] as const;
export type MemberIntent = (typeof memberIntents)[number];

/** The button of each action, and what it reports once done. */
export const memberIntentText: Readonly<
  Record<MemberIntent, { button: string; done: (name: string) => string }>
> = {
  resendInvite: { button: "招待を再送", done: (name) => `${name} さんに招待メールを再送しました。` },
  deactivate: {
    button: "無効にする",
    done: (name) => `${name} さんのアカウントを無効にし、サインアウトさせました。`,
  },
  reactivate: { button: "有効に戻す", done: (name) => `${name} さんのアカウントを有効に戻しました。` },
  endSessions: {
    button: "サインアウトさせる",
    done: (name) => `${name} さんをすべての端末からサインアウトさせました。`,
  },
  resetTwoFactor: {
    button: "二段階認証をリセット",
    done: (name) => `${name} さんの二段階認証をリセットしました。次回のサインインで設定し直します。`,
  },
  unlock: { button: "ロックを解除", done: (name) => `${name} さんのロックを解除しました。` },
};
