import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnnouncementEditor } from "@/components/content/announcement-editor";
import { AccessNotice, loadForPage } from "@/components/content/content-access";
import { serverCaller } from "@/trpc/server";

export const metadata: Metadata = { title: "お知らせの編集" };

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function AnnouncementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!uuid.test(id)) notFound();
  const caller = await serverCaller();
  const loaded = await loadForPage(() => caller.announcements.get({ id }));
  if (!loaded.ok) return <AccessNotice title="お知らせの編集" reason={loaded.reason} />;
  const announcement = loaded.data;
  return (
    <>
      <p>
        <Link href="/announcements">← お知らせ</Link>
      </p>
      <h1>{announcement.titleJa}</h1>
      <AnnouncementEditor key={announcement.id} announcement={announcement} />
    </>
  );
}
