import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleEditor } from "@/components/content/article-editor";
import { ArticleInsightsPanel } from "@/components/content/article-insights-panel";
import { ArticleWorkflowBar } from "@/components/content/article-workflow-bar";
import { AccessNotice, loadForPage } from "@/components/content/content-access";
import { ArticleStatusBadge } from "@/components/content/content-badges";
import { formatDateTime, translationLabel } from "@/components/content/content-labels";
import { serverCaller } from "@/trpc/server";
import "@/components/content/content.css";

export const metadata: Metadata = { title: "記事の編集" };

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const caller = await serverCaller();
  if (!uuid.test(id)) notFound();
  const loaded = await loadForPage(() => caller.articles.get({ id }));
  if (!loaded.ok) return <AccessNotice title="記事の編集" reason={loaded.reason} />;
  const article = loaded.data;
  const [categories, insights] = await Promise.all([
    caller.articles.categories(),
    caller.contentInsights.article({ articleId: article.id, days: 90 }),
  ]);
  const text = (locale: "ja" | "en") => {
    const revision = article.working[locale];
    return revision
      ? { title: revision.title, summary: revision.summary, body: revision.body, number: revision.number }
      : undefined;
  };
  const ja = text("ja");
  const en = text("en");
  const english = article.translations.en ?? "missing";

  return (
    <>
      <p>
        <Link href="/knowledge">← ナレッジベース</Link>
      </p>
      <h1>{ja?.title ?? article.slug}</h1>
      <p className="content-actions">
        <ArticleStatusBadge status={article.status} />
        <span className="muted">/articles/{article.slug}</span>
        <span className="muted">最終更新 {formatDateTime(article.updatedAt)}</span>
        {article.publishedAt && <span className="muted">初回公開 {formatDateTime(article.publishedAt)}</span>}
        <Link href={`/knowledge/${article.id}/revisions`}>変更履歴</Link>
      </p>
      {article.unpublishedLocales.length > 0 && (
        <p className="notice" data-tone="warning" role="status">
          公開されていない変更があります（
          {article.unpublishedLocales.map((l) => (l === "ja" ? "日本語" : "英語")).join("・")}
          ）。読者には公開中の内容が表示されています。
        </p>
      )}
      {english !== "current" && (
        <p
          className="notice"
          data-tone={english === "stale" ? "warning" : undefined}
          data-testid="translation-state"
        >
          {translationLabel[english]}
          {english === "stale" && "。日本語版の変更を英語版にも反映してください。"}
        </p>
      )}
      <ArticleWorkflowBar
        articleId={article.id}
        actions={article.actions}
        scheduledAt={article.scheduledAt}
      />
      <ArticleEditor
        key={article.id}
        categories={categories}
        article={{
          id: article.id,
          slug: article.slug,
          categorySlug: article.category.slug,
          troubleType: article.troubleType,
          subtype: article.subtype,
          tags: article.tags,
          status: article.status,
          everPublished: article.publishedAt !== null,
          texts: { ...(ja ? { ja } : {}), ...(en ? { en } : {}) },
        }}
      />
      <ArticleInsightsPanel insights={insights} />
    </>
  );
}
