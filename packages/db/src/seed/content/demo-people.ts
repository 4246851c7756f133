import type { StaffRole } from "@madoguchi/core/access/permissions";
import type { TeamKey } from "@madoguchi/core/team/teams";

export interface SeedPlan {
  code: string;
  nameJa: string;
  nameEn: string;
  phoneSupport: boolean;
  slaTier: "standard" | "priority";
}

export const seedPlans: readonly SeedPlan[] = [
  { code: "standard", nameJa: "スタンダード", nameEn: "Standard", phoneSupport: false, slaTier: "standard" },
  { code: "premium", nameJa: "プレミアム", nameEn: "Premium", phoneSupport: true, slaTier: "priority" },
];

export interface SeedStaff {
  email: string;
  displayName: string;
  role: StaffRole;
  teams: readonly TeamKey[];
  locale: "ja" | "en";
}

/** Demo staff: an agent in every window, a lead for each, and one admin. */
export const seedStaff: readonly SeedStaff[] = [
  {
    email: "admin@staff.example.jp",
    displayName: "管理者 高橋",
    role: "admin",
    teams: ["general", "trading", "funds", "system", "security"],
    locale: "ja",
  },
  {
    email: "lead.general@staff.example.jp",
    displayName: "佐藤 美咲",
    role: "lead",
    teams: ["general"],
    locale: "ja",
  },
  {
    email: "agent.general@staff.example.jp",
    displayName: "鈴木 健太",
    role: "agent",
    teams: ["general"],
    locale: "ja",
  },
  {
    email: "lead.trading@staff.example.jp",
    displayName: "田中 直樹",
    role: "lead",
    teams: ["trading"],
    locale: "ja",
  },
  {
    email: "agent.trading@staff.example.jp",
    displayName: "伊藤 彩",
    role: "agent",
    teams: ["trading"],
    locale: "ja",
  },
  {
    email: "lead.funds@staff.example.jp",
    displayName: "渡辺 翔",
    role: "lead",
    teams: ["funds"],
    locale: "ja",
  },
  {
    email: "agent.funds@staff.example.jp",
    displayName: "山本 さくら",
    role: "agent",
    teams: ["funds"],
    locale: "ja",
  },
  {
    email: "lead.system@staff.example.jp",
    displayName: "中村 亮",
    role: "lead",
    teams: ["system"],
    locale: "ja",
  },
  {
    email: "agent.system@staff.example.jp",
    displayName: "Emily Clark",
    role: "agent",
    teams: ["system"],
    locale: "en",
  },
  {
    email: "lead.security@staff.example.jp",
    displayName: "小林 誠",
    role: "lead",
    teams: ["security"],
    locale: "ja",
  },
  {
    email: "agent.security@staff.example.jp",
    displayName: "加藤 優",
    role: "agent",
    teams: ["security"],
    locale: "ja",
  },
];

export interface SeedCustomer {
  email: string;
  fullName: string;
  fullNameKana: string;
  dateOfBirth: string;
  plan: string;
  locale: "ja" | "en";
}

export const seedCustomers: readonly SeedCustomer[] = [
  {
    email: "hanako@example.jp",
    fullName: "山田 花子",
    fullNameKana: "ヤマダ ハナコ",
    dateOfBirth: "1990-04-12",
    plan: "standard",
    locale: "ja",
  },
  {
    email: "taro@example.jp",
    fullName: "佐々木 太郎",
    fullNameKana: "ササキ タロウ",
    dateOfBirth: "1985-11-03",
    plan: "premium",
    locale: "ja",
  },
  {
    email: "kenji@example.jp",
    fullName: "松本 健司",
    fullNameKana: "マツモト ケンジ",
    dateOfBirth: "1978-07-21",
    plan: "standard",
    locale: "ja",
  },
  {
    email: "alex@example.com",
    fullName: "Alex Morgan",
    fullNameKana: "アレックス モーガン",
    dateOfBirth: "1992-02-29",
    plan: "premium",
    locale: "en",
  },
];
