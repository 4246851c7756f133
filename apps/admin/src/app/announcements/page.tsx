import type { Metadata } from "next";
import Link from "next/link";
import { announcementText } from "@/components/content/announcement-text";
import { AccessNotice, loadForPage } from "@/components/content/content-access";
import { formatDateTime } from "@/components/content/content-labels";
import { getConsoleLocale } from "@/i18n/console-locale";
import { serverCaller } from "@/trpc/server";
import "@/components/content/content.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: announcementText[await getConsoleLocale()].list.title };
}

const stateTone = { draft: undefined, scheduled: "warning", published: "ok" } as const;

export default async function AnnouncementsPage() {
  const locale = await getConsoleLocale();
  const text = announcementText[locale].list;
  const caller = await serverCaller();
  const loaded = await loadForPage(() => caller.announcements.list());
  if (!loaded.ok) return <AccessNotice title={text.title} reason={loaded.reason} locale={locale} />;
  return (
    <>
      <h1>{text.title}</h1>
      <p>
        <Link className="content-button" href="/announcements/new">
          {text.create}
        </Link>
      </p>
      <table className="content-table">
        <thead>
          <tr>
            <th scope="col">{text.columns.title}</th>
            <th scope="col">{text.columns.state}</th>
            <th scope="col">{text.columns.publishedAt}</th>
            <th scope="col">{text.columns.english}</th>
          </tr>
        </thead>
        <tbody>
          {loaded.data.map((announcement) => (
            <tr key={announcement.id}>
              <td>
                <Link href={`/announcements/${announcement.id}`}>
                  {(locale === "en" && announcement.titleEn) || announcement.titleJa}
                </Link>
                {announcement.pinned && <span className="muted">{text.pinned}</span>}
              </td>
              <td>
                <span className="content-badge" data-tone={stateTone[announcement.state]}>
                  {text.state[announcement.state]}
                </span>
              </td>
              <td>{formatDateTime(announcement.publishedAt, locale)}</td>
              <td>{announcement.titleEn ? text.english.yes : text.english.no}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
