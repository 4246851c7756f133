import type { Locale } from "@madoguchi/core/locale/locale";
import { formatDate, isoDate } from "@/i18n/format";
import { localePath } from "@/i18n/locale-path";

export interface ArticleListItem {
  slug: string;
  title: string;
  summary?: string;
  locale: Locale;
  updatedAt?: Date;
}

/** Links to articles; an item shown in its Japanese fallback is marked as Japanese text. */
export function ArticleList({
  articles,
  locale,
  showDate = false,
  showSummary = false,
}: {
  articles: readonly ArticleListItem[];
  locale: Locale;
  showDate?: boolean;
  showSummary?: boolean;
}) {
  return (
    <ul className="article-list">
      {articles.map((article) => (
        <li key={article.slug}>
          <a
            href={localePath(locale, `/articles/${article.slug}`)}
            lang={article.locale !== locale ? article.locale : undefined}
          >
            {article.title}
          </a>
          {showSummary && article.summary && (
            <p className="muted" lang={article.locale !== locale ? article.locale : undefined}>
              {article.summary}
            </p>
          )}
          {showDate && article.updatedAt && (
            <time className="muted article-list-date" dateTime={isoDate(article.updatedAt)}>
              {formatDate(article.updatedAt, locale)}
            </time>
          )}
        </li>
      ))}
    </ul>
  );
}
