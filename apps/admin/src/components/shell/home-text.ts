import type { Localized } from "@/i18n/localized";

/** The console's start page and its connection check. */
const ja = {
  title: "管理コンソール",
  windows: "窓口（チーム）",
  listSeparator: "、",
  alwaysOpen: "24時間365日対応",
  businessHours: "営業時間内対応",
  checking: "接続を確認しています…",
  dbOk: "データベースに接続しています。",
  dbDown: "データベースに接続できません。",
};

export const homeText = {
  ja,
  en: {
    title: "Staff console",
    windows: "Windows (teams)",
    listSeparator: ", ",
    alwaysOpen: "Open around the clock",
    businessHours: "Business hours",
    checking: "Checking the connection…",
    dbOk: "Connected to the database.",
    dbDown: "Cannot connect to the database.",
  },
} satisfies Localized<typeof ja>;
