import type { Metadata } from "next";
import Link from "next/link";
import { AccessNotice, loadForPage } from "@/components/content/content-access";
import { formatDateTime } from "@/components/content/content-labels";
import { serverCaller } from "@/trpc/server";
import "@/components/content/content.css";

export const metadata: Metadata = { title: "お知らせ" };

const stateLabel = { draft: "下書き", scheduled: "公開予約", published: "公開中" } as const;
const stateTone = { draft: undefined, scheduled: "warning", published: "ok" } as const;

export default async function AnnouncementsPage() {
  const caller = await serverCaller();
  const loaded = await loadForPage(() => caller.announcements.list());
  if (!loaded.ok) return <AccessNotice title="お知らせ" reason={loaded.reason} />;
  return (
    <>
      <h1>お知らせ</h1>
      <p>
        <Link className="content-button" href="/announcements/new">
          お知らせを作成する
        </Link>
      </p>
      <table className="content-table">
        <thead>
          <tr>
            <th scope="col">タイトル</th>
            <th scope="col">状態</th>
            <th scope="col">公開日時</th>
            <th scope="col">英語版</th>
          </tr>
        </thead>
        <tbody>
          {loaded.data.map((announcement) => (
            <tr key={announcement.id}>
              <td>
                <Link href={`/announcements/${announcement.id}`}>{announcement.titleJa}</Link>
                {announcement.pinned && <span className="muted">（固定）</span>}
              </td>
              <td>
                <span className="content-badge" data-tone={stateTone[announcement.state]}>
                  {stateLabel[announcement.state]}
                </span>
              </td>
              <td>{formatDateTime(announcement.publishedAt)}</td>
              <td>{announcement.titleEn ? "あり" : "なし"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
