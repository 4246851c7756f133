import { articleStatuses } from "@madoguchi/core/knowledge-base/article-workflow";
import type { Metadata } from "next";
import Link from "next/link";
import { AccessNotice, loadForPage } from "@/components/content/content-access";
import { ArticleStatusBadge } from "@/components/content/content-badges";
import { contentLabels, formatDateTime } from "@/components/content/content-labels";
import { knowledgeText } from "@/components/content/knowledge-text";
import { getConsoleLocale } from "@/i18n/console-locale";
import { serverCaller } from "@/trpc/server";
import "@/components/content/content.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: knowledgeText[await getConsoleLocale()].list.title };
}

type Flag = keyof (typeof knowledgeText)["ja"]["list"]["flags"];
const flagKeys = Object.keys(knowledgeText.ja.list.flags) as Flag[];

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

export default async function KnowledgePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const locale = await getConsoleLocale();
  const text = knowledgeText[locale].list;
  const labels = contentLabels[locale];
  const status = articleStatuses.find((s) => s === one(params.status));
  const flag = flagKeys.find((f) => f === one(params.flag));
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
  if (!loaded.ok) return <AccessNotice title={text.title} reason={loaded.reason} locale={locale} />;
  const [articles, categories] = loaded.data;

  return (
    <>
      <h1>{text.title}</h1>
      <div className="content-actions" style={{ marginBottom: "1rem" }}>
        <Link className="content-button" href="/knowledge/new">
          {text.create}
        </Link>
        <Link className="content-button" data-variant="secondary" href="/knowledge/insights">
          {text.insights}
        </Link>
      </div>
      <form className="content-toolbar" method="get" role="search" aria-label={text.filterLabel}>
        <label>
          {text.keyword}
          <input type="search" name="q" defaultValue={q ?? ""} />
        </label>
        <label>
          {text.status}
          <select name="status" defaultValue={status ?? ""}>
            <option value="">{text.all}</option>
            {articleStatuses.map((s) => (
              <option key={s} value={s}>
                {labels.articleStatus[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {text.category}
          <select name="category" defaultValue={categorySlug ?? ""}>
            <option value="">{text.all}</option>
            {categories.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.nameJa}
              </option>
            ))}
          </select>
        </label>
        <label>
          {text.flag}
          <select name="flag" defaultValue={flag ?? ""}>
            <option value="">{text.all}</option>
            {flagKeys.map((f) => (
              <option key={f} value={f}>
                {text.flags[f]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="content-button" data-variant="secondary">
          {text.apply}
        </button>
      </form>
      <p className="muted">{text.count(articles.length)}</p>
      <table className="content-table">
        <thead>
          <tr>
            <th scope="col">{text.columns.title}</th>
            <th scope="col">{text.columns.status}</th>
            <th scope="col">{text.columns.category}</th>
            <th scope="col">{text.columns.english}</th>
            <th scope="col">{text.columns.updated}</th>
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
                <ArticleStatusBadge status={article.status} locale={locale} />
                {article.unpublishedChanges && (
                  <>
                    {" "}
                    <span className="content-badge" data-tone="warning">
                      {text.unpublishedChanges}
                    </span>
                  </>
                )}
                {article.scheduledAt && (
                  <div className="muted">{text.scheduled(formatDateTime(article.scheduledAt, locale))}</div>
                )}
              </td>
              <td>{locale === "en" ? article.category.nameEn : article.category.nameJa}</td>
              <td>
                <span
                  className="content-badge"
                  data-tone={
                    article.english === "current" ? "ok" : article.english === "stale" ? "warning" : undefined
                  }
                  title={labels.translation[article.english]}
                >
                  {text.english[article.english]}
                </span>
              </td>
              <td>{formatDateTime(article.updatedAt, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
