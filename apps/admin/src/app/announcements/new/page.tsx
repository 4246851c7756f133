import type { Metadata } from "next";
import Link from "next/link";
import { AnnouncementEditor } from "@/components/content/announcement-editor";
import { announcementText } from "@/components/content/announcement-text";
import { AccessNotice, loadForPage } from "@/components/content/content-access";
import { getConsoleLocale } from "@/i18n/console-locale";
import { serverCaller } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: announcementText[await getConsoleLocale()].newTitle };
}

export default async function NewAnnouncementPage() {
  const locale = await getConsoleLocale();
  const text = announcementText[locale];
  const caller = await serverCaller();
  // Only those who may manage announcements get the form.
  const loaded = await loadForPage(() => caller.announcements.list());
  if (!loaded.ok) return <AccessNotice title={text.newTitle} reason={loaded.reason} locale={locale} />;
  return (
    <>
      <p>
        <Link href="/announcements">{text.back}</Link>
      </p>
      <h1>{text.newTitle}</h1>
      <AnnouncementEditor announcement={null} />
    </>
  );
}
