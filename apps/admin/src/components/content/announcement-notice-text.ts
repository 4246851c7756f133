import type { Localized } from "@/i18n/localized";

interface AnnouncementNoticeText {
  notify: string;
  notifyHint: string;
  notifiedAt: (at: string) => string;
  publishedAndNotified: (count: number) => string;
  notifyPending: string;
  scheduledAndNotify: (at: string) => string;
}

/** The editor's words for emailing the status subscribers about an announcement. */
export const announcementNoticeText = {
  ja: {
    notify: "購読者にメールで通知する",
    notifyHint:
      "公開と同時に、障害・メンテナンス情報の購読者へ一度だけお送りします。予約公開の場合は公開時刻にお送りします。",
    notifiedAt: (at) => `${at} に購読者へメールで通知しました。`,
    publishedAndNotified: (count) => `公開しました。購読者 ${count} 件にメールを送信します。`,
    notifyPending: "公開時刻に購読者へメールで通知します。",
    scheduledAndNotify: (at) => `${at} に公開し、購読者へメールで通知するよう予約しました。`,
  },
  en: {
    notify: "Email the subscribers",
    notifyHint:
      "Sent once, to the status page subscribers, when the announcement goes up: now, or at the scheduled time.",
    notifiedAt: (at) => `Subscribers were emailed at ${at}.`,
    publishedAndNotified: (count) => `Published. Emailing ${count} subscriber(s).`,
    notifyPending: "Subscribers will be emailed at the scheduled time.",
    scheduledAndNotify: (at) => `Scheduled for ${at}; subscribers will be emailed then.`,
  },
} satisfies Localized<AnnouncementNoticeText>;
