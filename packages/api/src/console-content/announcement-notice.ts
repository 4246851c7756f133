import { announcementExcerpt } from "@madoguchi/core/announcement/announcement-rules";
import type { ConsoleAnnouncement } from "@madoguchi/db/announcement/announcement-console-repository";
import { type DbOrTx, enqueueEmail } from "@madoguchi/db/mail/email-outbox-repository";
import { listConfirmedStatusSubscribers } from "@madoguchi/db/status/status-subscription-repository";
import { helpCenterEnv } from "../help-center/env";
import { statusLinks, unsubscribeToken } from "../status/status-tokens";

const PAGE = 500;

type Announcement = Pick<ConsoleAnnouncement, "slug" | "titleJa" | "titleEn" | "bodyJa" | "bodyEn">;

/**
 * Emails every confirmed status subscriber a new announcement, in their language (English when
 * the announcement has it, Japanese otherwise), each with the one-click unsubscribe of the
 * incident emails. Call it in the publishing transaction: queued with it or not at all.
 */
export async function notifyAnnouncementSubscribers(
  tx: DbOrTx,
  announcement: Announcement,
): Promise<{ enqueued: number }> {
  const env = helpCenterEnv();
  const english = announcement.titleEn && announcement.bodyEn;
  const content = {
    ja: { title: announcement.titleJa, excerpt: announcementExcerpt(announcement.bodyJa) },
    en: english
      ? { title: announcement.titleEn ?? "", excerpt: announcementExcerpt(announcement.bodyEn ?? "") }
      : { title: announcement.titleJa, excerpt: announcementExcerpt(announcement.bodyJa) },
  };
  let enqueued = 0;
  let after: string | null = null;
  for (;;) {
    const page = await listConfirmedStatusSubscribers(tx, { after, take: PAGE });
    for (const subscriber of page) {
      const prefix = `${env.webBaseUrl}${subscriber.locale === "en" ? "/en" : ""}`;
      const links = statusLinks(env.webBaseUrl, subscriber.locale);
      await enqueueEmail(tx, {
        to: subscriber.email,
        locale: subscriber.locale,
        template: "announcement_published",
        data: {
          ...content[subscriber.locale],
          announcementUrl: `${prefix}/announcements/${encodeURIComponent(announcement.slug)}`,
          unsubscribeUrl: links.unsubscribe(unsubscribeToken(subscriber.id, env.secret)),
        },
      });
      enqueued += 1;
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1]?.id ?? null;
  }
  return { enqueued };
}
