import { searchSessionIdSchema } from "@madoguchi/core/help-center/search-log";
import { troubleType as troubleTypeOf } from "@madoguchi/core/trouble/trouble-types";
import { HighlightedText } from "@madoguchi/ui/highlighted-text";
import type { Metadata } from "next";
import { ArticleList } from "@/components/article-list";
import { SearchBox } from "@/components/search-box";
import { dictionary } from "@/i18n/dictionary";
import { localePath } from "@/i18n/locale-path";
import { publicCaller } from "@/trpc/server";
import { TrpcProviders } from "@/trpc/client";
import { pageLocale } from "../locale-params";

// Rendered per request: it depends on the query string or on who is asking.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const PAGE_SIZE = 10;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const q = first((await searchParams).q).trim();
  const t = dictionary(locale).search;
  // Result pages are endless and thin: kept out of search engines' indexes.
  return { title: q ? t.resultsFor(q) : t.title, robots: { index: false, follow: true } };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const query = await searchParams;
  const q = first(query.q).trim().slice(0, 200);
  const page = Math.max(1, Math.min(100, Number.parseInt(first(query.page), 10) || 1));
  const session = searchSessionIdSchema.safeParse(first(query.sid));
  const t = dictionary(locale);
  const link = (path: string) => localePath(locale, path);

  const result = q
    ? await publicCaller().search.query({
        q,
        locale,
        limit: PAGE_SIZE,
        offset: (page - 1) * PAGE_SIZE,
        sessionId: session.success ? session.data : null,
      })
    : null;
  const pageLink = (n: number) => {
    const params = new URLSearchParams({ q });
    if (n > 1) params.set("page", String(n));
    if (session.success) params.set("sid", session.data);
    return `${link("/search")}?${params.toString()}`;
  };

  return (
    <>
      <h1>{q ? t.search.resultsFor(q) : t.search.title}</h1>
      <TrpcProviders>
        <div className="search-hero">
          <SearchBox
            locale={locale}
            defaultValue={q}
            labels={{
              label: t.search.label,
              placeholder: t.search.placeholder,
              submit: t.search.submit,
              suggestions: t.search.suggestions,
            }}
          />
        </div>
      </TrpcProviders>

      {!result && <p>{t.search.empty}</p>}

      {result && result.total > 0 && (
        <>
          <p role="status">{t.search.count(result.total)}</p>
          <ol className="search-results" data-testid="search-results">
            {result.hits.map((hit) => (
              <li key={hit.slug} lang={hit.locale !== locale ? hit.locale : undefined}>
                <a href={link(`/articles/${hit.slug}`)}>
                  <HighlightedText segments={hit.title} />
                </a>
                <p className="muted">
                  <HighlightedText segments={hit.snippet} />
                </p>
                <p className="muted">
                  <span className="badge">{troubleTypeOf(hit.troubleType).name[locale]}</span>
                </p>
              </li>
            ))}
          </ol>
          {result.total > PAGE_SIZE && (
            <nav className="pagination" aria-label={t.search.page(page)}>
              {page > 1 && <a href={pageLink(page - 1)}>{t.search.previous}</a>}
              {page * PAGE_SIZE < result.total && <a href={pageLink(page + 1)}>{t.search.next}</a>}
            </nav>
          )}
          <p className="muted">
            {t.search.contactHint} <a href={link("/guide")}>{t.search.contactLink}</a>
          </p>
        </>
      )}

      {result && result.total === 0 && (
        <section data-testid="no-results">
          <p role="status">{t.search.noResults(q)}</p>
          <p>{t.search.noResultsHint}</p>
          <h2>{t.home.popular}</h2>
          <ArticleList articles={result.popular} locale={locale} />
          <p className="notice">
            {t.search.contactHint} <a href={link("/guide")}>{t.search.contactLink}</a>
          </p>
        </section>
      )}
    </>
  );
}
