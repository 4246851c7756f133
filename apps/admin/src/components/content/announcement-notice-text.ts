import type { Localized } from "@/i18n/localized";

interface AnnouncementNoticeText {
  notify: string;
  notifyHint: string;
  notifiedAt: (at: string) => string;
  publishedAndNotified: (count: number) => string;
  notifyNeedsNow: string;
}

/** The editor's words for emailing the status subscribers about an announcement. */
export const announcementNoticeText = {
  ja: {
    notify: "購読者にメールで通知する",
    notifyHint: "「今すぐ公開する」と同時に、障害・メンテナンス情報の購読者へ一度だけお送りします。",
    notifiedAt: (at) => `${at} に購読者へメールで通知しました。`,
    publishedAndNotified: (count) => `公開しました。購読者 ${count} 件にメールを送信します。`,
    notifyNeedsNow: "メール通知は「今すぐ公開する」と一緒にのみ行えます。",
  },
  en: {
    notify: "Email the subscribers",
    notifyHint: "Sent once, to the status page subscribers, when you publish now.",
    notifiedAt: (at) => `Subscribers were emailed at ${at}.`,
    publishedAndNotified: (count) => `Published. Emailing ${count} subscriber(s).`,
    notifyNeedsNow: "The email can only go with “Publish now”.",
  },
} satisfies Localized<AnnouncementNoticeText>;
