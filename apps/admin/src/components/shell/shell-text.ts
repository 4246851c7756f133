import type { Localized } from "@/i18n/localized";

/** The console's frame: header, navigation, footer and the language switch. */
export const shellText = {
  ja: {
    product: "管理コンソール",
    skipLink: "本文へ移動",
    navLabel: "メインメニュー",
    nav: {
      queues: "キュー",
      knowledge: "ナレッジベース",
      status: "ステータス",
      announcements: "お知らせ",
      reports: "レポート",
      approvals: "承認待ち",
      settings: "設定",
      me: "担当者情報",
      staffAdmin: "担当者管理",
      audit: "監査ログ",
    },
    footer: "社内専用。お客様の個人情報の閲覧はすべて記録されます。",
    signIn: "サインイン",
    signOut: "サインアウト",
    languageLabel: "表示言語",
  },
  en: {
    product: "Staff console",
    skipLink: "Skip to content",
    navLabel: "Main menu",
    nav: {
      queues: "Queues",
      knowledge: "Knowledge base",
      status: "Status",
      announcements: "Announcements",
      reports: "Reports",
      approvals: "Approvals",
      settings: "Settings",
      me: "My account",
      staffAdmin: "Staff",
      audit: "Audit log",
    },
    footer: "Internal use only. Every view of customers' personal data is recorded.",
    signIn: "Sign in",
    signOut: "Sign out",
    languageLabel: "Language",
  },
} satisfies Localized<{
  product: string;
  skipLink: string;
  navLabel: string;
  nav: Record<
    | "queues"
    | "knowledge"
    | "status"
    | "announcements"
    | "reports"
    | "approvals"
    | "settings"
    | "me"
    | "staffAdmin"
    | "audit",
    string
  >;
  footer: string;
  signIn: string;
  signOut: string;
  languageLabel: string;
}>;
