import type { StaffRole } from "@madoguchi/core/access/permissions";
import type { Localized } from "@/i18n/localized";

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

type IntentText = Readonly<Record<MemberIntent, { button: string; done: (name: string) => string }>>;

/** The staff administration page (/staff-admin) and the role names shown elsewhere. */
const ja = {
  roles: {
    agent: "担当者（agent）",
    lead: "リーダー（lead）",
    admin: "管理者（admin）",
  } satisfies Readonly<Record<StaffRole, string>>,
  /** The button of each action, and what it reports once done. */
  intents: {
    resendInvite: {
      button: "招待を再送",
      done: (name: string) => `${name} さんに招待メールを再送しました。`,
    },
    deactivate: {
      button: "無効にする",
      done: (name: string) => `${name} さんのアカウントを無効にし、サインアウトさせました。`,
    },
    reactivate: {
      button: "有効に戻す",
      done: (name: string) => `${name} さんのアカウントを有効に戻しました。`,
    },
    endSessions: {
      button: "サインアウトさせる",
      done: (name: string) => `${name} さんをすべての端末からサインアウトさせました。`,
    },
    resetTwoFactor: {
      button: "二段階認証をリセット",
      done: (name: string) =>
        `${name} さんの二段階認証をリセットしました。次回のサインインで設定し直します。`,
    },
    unlock: { button: "ロックを解除", done: (name: string) => `${name} さんのロックを解除しました。` },
  } satisfies IntentText,
  title: "担当者管理",
  signInNeeded: "サインインが必要です。",
  signIn: "サインインする",
  adminsOnly: "この画面は管理者のみ利用できます。",
  inviteTitle: "担当者を招待する",
  inviteLead:
    "招待された担当者は、メールのリンクからパスワードを設定し、初めてのサインインで二段階認証を設定します。",
  membersTitle: "担当者の一覧",
  listSeparator: "、",
  member: "担当者",
  roleAndTeams: "役割・窓口",
  state: "状態",
  actions: "操作",
  active: "有効",
  inactive: "無効",
  invited: "招待中",
  noTwoFactor: "二段階認証 未設定",
  lockedUntil: (until: string) => `ロック中（${until}まで）`,
  rowAction: (name: string, action: string) => `${name}：${action}`,
  sendPasswordMail: "パスワード設定メールを送る",
  invitedTo: (email: string) => `${email} あてに招待メールを送りました（リンクの有効期限は72時間です）。`,
  email: "メールアドレス",
  displayName: "表示名",
  displayNameHint: "お客様への返信に表示される名前です。",
  role: "役割",
  teams: "担当する窓口",
  mailLocale: "メールの言語",
  sendInvite: "招待メールを送る",
};

export const staffAdminText = {
  ja,
  en: {
    roles: { agent: "Agent", lead: "Lead", admin: "Administrator" },
    intents: {
      resendInvite: {
        button: "Resend invitation",
        done: (name: string) => `Sent ${name} the invitation again.`,
      },
      deactivate: {
        button: "Deactivate",
        done: (name: string) => `Deactivated ${name}'s account and signed them out.`,
      },
      reactivate: { button: "Reactivate", done: (name: string) => `Reactivated ${name}'s account.` },
      endSessions: { button: "Sign out", done: (name: string) => `Signed ${name} out of every device.` },
      resetTwoFactor: {
        button: "Reset two-factor",
        done: (name: string) =>
          `Reset ${name}'s two-factor authentication. They set it up again at their next sign-in.`,
      },
      unlock: { button: "Unlock", done: (name: string) => `Unlocked ${name}'s account.` },
    },
    title: "Staff",
    signInNeeded: "Please sign in.",
    signIn: "Sign in",
    adminsOnly: "Only administrators can use this page.",
    inviteTitle: "Invite a staff member",
    inviteLead:
      "An invited member sets a password from the link in the email, then sets up two-factor authentication at their first sign-in.",
    membersTitle: "Staff members",
    listSeparator: ", ",
    member: "Member",
    roleAndTeams: "Role and windows",
    state: "State",
    actions: "Actions",
    active: "Active",
    inactive: "Inactive",
    invited: "Invited",
    noTwoFactor: "No two-factor yet",
    lockedUntil: (until: string) => `Locked (until ${until})`,
    rowAction: (name: string, action: string) => `${name}: ${action}`,
    sendPasswordMail: "Send a set-password email",
    invitedTo: (email: string) => `Sent an invitation to ${email} (the link is valid for 72 hours).`,
    email: "Email address",
    displayName: "Display name",
    displayNameHint: "The name customers see on replies.",
    role: "Role",
    teams: "Windows",
    mailLocale: "Email language",
    sendInvite: "Send invitation",
  },
} satisfies Localized<typeof ja>;

// The Japanese tables under their earlier names.
export const roleLabels: Readonly<Record<StaffRole, string>> = ja.roles;
export const memberIntentText: IntentText = ja.intents;
