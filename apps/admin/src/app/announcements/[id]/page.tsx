import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnnouncementEditor } from "@/components/content/announcement-editor";
import { announcementText } from "@/components/content/announcement-text";
import { AccessNotice, loadForPage } from "@/components/content/content-access";
import { getConsoleLocale } from "@/i18n/console-locale";
import { serverCaller } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: announcementText[await getConsoleLocale()].editTitle };
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function AnnouncementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!uuid.test(id)) notFound();
  const locale = await getConsoleLocale();
  const text = announcementText[locale];
  const caller = await serverCaller();
  const loaded = await loadForPage(() => caller.announcements.get({ id }));
  if (!loaded.ok) return <AccessNotice title={text.editTitle} reason={loaded.reason} locale={locale} />;
  const announcement = loaded.data;
  return (
    <>
      <p>
        <Link href="/announcements">{text.back}</Link>
      </p>
      <h1>{announcement.titleJa}</h1>
      <AnnouncementEditor key={announcement.id} announcement={announcement} />
    </>
  );
}
