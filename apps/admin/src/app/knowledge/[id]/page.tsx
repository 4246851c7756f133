import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleEditor } from "@/components/content/article-editor";
import { ArticleInsightsPanel } from "@/components/content/article-insights-panel";
import { ArticleWorkflowBar } from "@/components/content/article-workflow-bar";
import { AccessNotice, loadForPage } from "@/components/content/content-access";
import { ArticleStatusBadge } from "@/components/content/content-badges";
import { contentLabels, formatDateTime } from "@/components/content/content-labels";
import { knowledgeText } from "@/components/content/knowledge-text";
import { getConsoleLocale } from "@/i18n/console-locale";
import { serverCaller } from "@/trpc/server";
import "@/components/content/content.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: knowledgeText[await getConsoleLocale()].article.title };
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const locale = await getConsoleLocale();
  const words = knowledgeText[locale];
  const t = words.article;
  const caller = await serverCaller();
  if (!uuid.test(id)) notFound();
  const loaded = await loadForPage(() => caller.articles.get({ id }));
  if (!loaded.ok) return <AccessNotice title={t.title} reason={loaded.reason} locale={locale} />;
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
        <Link href="/knowledge">{t.back}</Link>
      </p>
      <h1>{ja?.title ?? article.slug}</h1>
      <p className="content-actions">
        <ArticleStatusBadge status={article.status} locale={locale} />
        <span className="muted">/articles/{article.slug}</span>
        <span className="muted">{t.updated(formatDateTime(article.updatedAt, locale))}</span>
        {article.publishedAt && (
          <span className="muted">{t.firstPublished(formatDateTime(article.publishedAt, locale))}</span>
        )}
        <Link href={`/knowledge/${article.id}/revisions`}>{t.revisions}</Link>
      </p>
      {article.unpublishedLocales.length > 0 && (
        <p className="notice" data-tone="warning" role="status">
          {t.unpublished(article.unpublishedLocales.map((l) => words.languages[l]).join(t.languageSeparator))}
        </p>
      )}
      {english !== "current" && (
        <p
          className="notice"
          data-tone={english === "stale" ? "warning" : undefined}
          data-testid="translation-state"
        >
          {contentLabels[locale].translation[english]}
          {english === "stale" && t.staleHint}
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
      <ArticleInsightsPanel insights={insights} locale={locale} />
    </>
  );
}
