import type { Metadata } from "next";
import { pageMetadata } from "@/components/page-metadata";
import { dictionary } from "@/i18n/dictionary";
import { formatDate, isoDate } from "@/i18n/format";
import { localePath } from "@/i18n/locale-path";
import { publicCaller } from "@/trpc/server";
import { pageLocale } from "../locale-params";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = dictionary(locale).announcements;
  return pageMetadata({ locale, path: "/announcements", title: t.title, description: t.lead });
}

export default async function AnnouncementsPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = dictionary(locale).announcements;
  const announcements = await publicCaller().announcements.list({ locale, limit: 100 });
  return (
    <>
      <h1>{t.title}</h1>
      <p className="muted">{t.lead}</p>
      {announcements.length === 0 && <p>{t.empty}</p>}
      <ul className="article-list" data-testid="announcements">
        {announcements.map((announcement) => (
          <li key={announcement.slug}>
            {announcement.pinned && (
              <>
                <span className="badge" data-tone="danger">
                  {t.pinned}
                </span>{" "}
              </>
            )}
            <a
              href={localePath(locale, `/announcements/${announcement.slug}`)}
              lang={announcement.locale !== locale ? announcement.locale : undefined}
            >
              {announcement.title}
            </a>
            <time className="muted article-list-date" dateTime={isoDate(announcement.publishedAt)}>
              {formatDate(announcement.publishedAt, locale)}
            </time>
          </li>
        ))}
      </ul>
    </>
  );
}
