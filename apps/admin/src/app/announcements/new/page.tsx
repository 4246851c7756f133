import type { Metadata } from "next";
import Link from "next/link";
import { AnnouncementEditor } from "@/components/content/announcement-editor";
import { AccessNotice, loadForPage } from "@/components/content/content-access";
import { serverCaller } from "@/trpc/server";

export const metadata: Metadata = { title: "お知らせの作成" };

export default async function NewAnnouncementPage() {
  const caller = await serverCaller();
  // Only those who may manage announcements get the form.
  const loaded = await loadForPage(() => caller.announcements.list());
  if (!loaded.ok) return <AccessNotice title="お知らせの作成" reason={loaded.reason} />;
  return (
    <>
      <p>
        <Link href="/announcements">← お知らせ</Link>
      </p>
      <h1>お知らせの作成</h1>
      <AnnouncementEditor announcement={null} />
    </>
  );
}
