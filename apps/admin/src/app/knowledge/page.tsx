import { articleStatuses } from "@madoguchi/core/knowledge-base/article-workflow";
import type { Metadata } from "next";
import Link from "next/link";
import { AccessNotice, loadForPage } from "@/components/content/content-access";
import { ArticleStatusBadge } from "@/components/content/content-badges";
import { articleStatusLabel, formatDateTime, translationLabel } from "@/components/content/content-labels";
import { serverCaller } from "@/trpc/server";
import "@/components/content/content.css";

export const metadata: Metadata = { title: "ナレッジベース" };

const flags = {
  translation_stale: "英語版が古い",
  translation_missing: "英語版なし",
  scheduled: "公開予約あり",
  unpublished_changes: "未公開の変更あり",
} as const;
type Flag = keyof typeof flags;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

export default async function KnowledgePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const status = articleStatuses.find((s) => s === one(params.status));
  const flag = (Object.keys(flags) as Flag[]).find((f) => f === one(params.flag));
  const categorySlug = one(params.category);
  const q = one(params.q)?.slice(0, 100);
  const caller = await serverCaller();
  const loaded = await loadForPage(async () =>
    Promise.all([
      caller.articles.list({
        ...(status ? { status } : {}),
        ...(flag ? { flag } : {}),
        ...(categorySlug ? { categorySlug } : {}),
        ...(q ? { q } : {}),
      }),
      caller.articles.categories(),
    ]),
  );
  if (!loaded.ok) return <AccessNotice title="ナレッジベース" reason={loaded.reason} />;
  const [articles, categories] = loaded.data;

  return (
    <>
      <h1>ナレッジベース</h1>
      <div className="content-actions" style={{ marginBottom: "1rem" }}>
        <Link className="content-button" href="/knowledge/new">
          記事を作成する
        </Link>
        <Link className="content-button" data-variant="secondary" href="/knowledge/insights">
          検索と評価を見る
        </Link>
      </div>
      <form className="content-toolbar" method="get" role="search" aria-label="記事の絞り込み">
        <label>
          キーワード
          <input type="search" name="q" defaultValue={q ?? ""} />
        </label>
        <label>
          状態
          <select name="status" defaultValue={status ?? ""}>
            <option value="">すべて</option>
            {articleStatuses.map((s) => (
              <option key={s} value={s}>
                {articleStatusLabel[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          カテゴリ
          <select name="category" defaultValue={categorySlug ?? ""}>
            <option value="">すべて</option>
            {categories.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.nameJa}
              </option>
            ))}
          </select>
        </label>
        <label>
          要対応
          <select name="flag" defaultValue={flag ?? ""}>
            <option value="">すべて</option>
            {(Object.keys(flags) as Flag[]).map((f) => (
              <option key={f} value={f}>
                {flags[f]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="content-button" data-variant="secondary">
          絞り込む
        </button>
      </form>
      <p className="muted">{articles.length}件</p>
      <table className="content-table">
        <thead>
          <tr>
            <th scope="col">タイトル</th>
            <th scope="col">状態</th>
            <th scope="col">カテゴリ</th>
            <th scope="col">英語版</th>
            <th scope="col">更新</th>
          </tr>
        </thead>
        <tbody>
          {articles.map((article) => (
            <tr key={article.id}>
              <td>
                <Link href={`/knowledge/${article.id}`}>{article.titles.ja ?? article.slug}</Link>
                <div className="muted">/articles/{article.slug}</div>
              </td>
              <td>
                <ArticleStatusBadge status={article.status} />
                {article.unpublishedChanges && (
                  <>
                    {" "}
                    <span className="content-badge" data-tone="warning">
                      未公開の変更
                    </span>
                  </>
                )}
                {article.scheduledAt && (
                  <div className="muted">予約: {formatDateTime(article.scheduledAt)}</div>
                )}
              </td>
              <td>{article.category.nameJa}</td>
              <td>
                <span
                  className="content-badge"
                  data-tone={
                    article.english === "current" ? "ok" : article.english === "stale" ? "warning" : undefined
                  }
                  title={translationLabel[article.english]}
                >
                  {article.english === "current" ? "最新" : article.english === "stale" ? "古い" : "なし"}
                </span>
              </td>
              <td>{formatDateTime(article.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
