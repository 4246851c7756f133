import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessNotice, loadForPage } from "@/components/content/content-access";
import { formatDateTime } from "@/components/content/content-labels";
import { RevisionDiff } from "@/components/content/revision-diff";
import { RestoreRevisionButton } from "@/components/content/restore-revision-button";
import { serverCaller } from "@/trpc/server";
import "@/components/content/content.css";

export const metadata: Metadata = { title: "変更履歴" };

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

export default async function RevisionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: SearchParams;
}) {
  const { id } = await params;
  const query = await searchParams;
  const from = one(query.from);
  const to = one(query.to);
  if (!uuid.test(id) || (from && !uuid.test(from)) || (to && !uuid.test(to))) notFound();
  const caller = await serverCaller();
  const loaded = await loadForPage(() =>
    Promise.all([
      caller.articles.get({ id }),
      caller.articles.revisions({ articleId: id }),
      from ? caller.articles.diff({ articleId: id, from, ...(to ? { to } : {}) }) : Promise.resolve(null),
    ]),
  );
  if (!loaded.ok) return <AccessNotice title="変更履歴" reason={loaded.reason} />;
  const [article, revisions, diff] = loaded.data;
  const canRestore = article.actions.includes("save");

  return (
    <>
      <p>
        <Link href={`/knowledge/${article.id}`}>← 記事の編集に戻る</Link>
      </p>
      <h1>変更履歴: {article.working.ja?.title ?? article.slug}</h1>
      {diff && <RevisionDiff diff={diff} />}
      {(["ja", "en"] as const).map((locale) => {
        const rows = revisions.filter((r) => r.locale === locale);
        if (rows.length === 0) return null;
        const newest = rows[0];
        return (
          <section key={locale} className="content-panel">
            <h2>{locale === "ja" ? "日本語" : "英語"}</h2>
            <table className="content-table">
              <thead>
                <tr>
                  <th scope="col">版</th>
                  <th scope="col">タイトル</th>
                  <th scope="col">保存した人</th>
                  <th scope="col">日時</th>
                  <th scope="col">操作</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((revision) => (
                  <tr key={revision.id} aria-current={revision.id === from ? "true" : undefined}>
                    <td>
                      第{revision.number}版{revision.id === newest?.id && "（最新）"}
                    </td>
                    <td>{revision.title}</td>
                    <td>{revision.author ?? "—"}</td>
                    <td>{formatDateTime(revision.createdAt)}</td>
                    <td className="content-actions">
                      {revision.id !== newest?.id && (
                        <>
                          <Link href={`/knowledge/${article.id}/revisions?from=${revision.id}`}>
                            最新版と比較
                          </Link>
                          {canRestore && (
                            <RestoreRevisionButton
                              articleId={article.id}
                              revisionId={revision.id}
                              number={revision.number}
                            />
                          )}
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </>
  );
}
