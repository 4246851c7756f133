import type { Locale } from "@madoguchi/core/locale/locale";
import type { TroubleType } from "@madoguchi/core/trouble/trouble-types";
import type { Prisma } from "../generated/prisma/client";
import type { DbOrTx } from "../mail/email-outbox-repository";

/** Published, and not scheduled for later: what readers may see at `now`. */
export function visibleArticle(now: Date): Prisma.ArticleWhereInput {
  return { status: "published", OR: [{ publishedAt: null }, { publishedAt: { lte: now } }] };
}

export interface ArticleCard {
  slug: string;
  troubleType: TroubleType;
  title: string;
  summary: string;
  /** The locale of `title` and `summary`: Japanese when the requested one is missing. */
  locale: Locale;
  updatedAt: Date;
}

export interface CategoryCard {
  slug: string;
  troubleType: TroubleType | null;
  name: string;
  description: string;
  articleCount: number;
}

export interface ArticleView {
  id: string;
  slug: string;
  troubleType: TroubleType;
  subtype: string | null;
  tags: string[];
  category: { slug: string; name: string; troubleType: TroubleType | null };
  requestedLocale: Locale;
  /** The locale of the text below; differs from `requestedLocale` when it fell back to Japanese. */
  locale: Locale;
  fallback: boolean;
  availableLocales: Locale[];
  title: string;
  summary: string;
  body: string;
  publishedAt: Date | null;
  updatedAt: Date;
}

const translationFields = { locale: true, title: true, summary: true, updatedAt: true } as const;

/** Translations in the requested locale and in Japanese, the fallback. */
function translationsFor(locale: Locale) {
  return { where: { locale: { in: locale === "ja" ? ["ja" as const] : [locale, "ja" as const] } } };
}

function pick<T extends { locale: Locale }>(translations: readonly T[], locale: Locale): T | undefined {
  return translations.find((t) => t.locale === locale) ?? translations.find((t) => t.locale === "ja");
}

type CardRow = {
  slug: string;
  troubleType: TroubleType;
  translations: { locale: Locale; title: string; summary: string; updatedAt: Date }[];
};

const cardSelect = (locale: Locale) =>
  ({
    slug: true,
    troubleType: true,
    translations: { ...translationsFor(locale), select: translationFields },
  }) as const;

function toCard(row: CardRow, locale: Locale): ArticleCard | null {
  const text = pick(row.translations, locale);
  if (!text) return null;
  return {
    slug: row.slug,
    troubleType: row.troubleType,
    title: text.title,
    summary: text.summary,
    locale: text.locale,
    updatedAt: text.updatedAt,
  };
}

function toCards(rows: readonly CardRow[], locale: Locale): ArticleCard[] {
  return rows.map((row) => toCard(row, locale)).filter((card): card is ArticleCard => card !== null);
}

export async function listCategories(db: DbOrTx, locale: Locale, now: Date): Promise<CategoryCard[]> {
  const rows = await db.articleCategory.findMany({
    orderBy: { position: "asc" },
    select: {
      slug: true,
      troubleType: true,
      translations: { ...translationsFor(locale), select: { locale: true, name: true, description: true } },
      _count: { select: { articles: { where: visibleArticle(now) } } },
    },
  });
  return rows.flatMap((row) => {
    const text = pick(row.translations, locale);
    if (!text) return [];
    return [
      {
        slug: row.slug,
        troubleType: row.troubleType,
        name: text.name,
        description: text.description,
        articleCount: row._count.articles,
      },
    ];
  });
}

export async function findCategory(
  db: DbOrTx,
  slug: string,
  locale: Locale,
  now: Date,
): Promise<(CategoryCard & { articles: ArticleCard[] }) | null> {
  const row = await db.articleCategory.findUnique({
    where: { slug },
    select: {
      slug: true,
      troubleType: true,
      translations: { ...translationsFor(locale), select: { locale: true, name: true, description: true } },
      articles: {
        where: visibleArticle(now),
        orderBy: [{ popularity: "desc" }, { slug: "asc" }],
        select: cardSelect(locale),
      },
    },
  });
  const text = row && pick(row.translations, locale);
  if (!row || !text) return null;
  const articles = toCards(row.articles, locale);
  return {
    slug: row.slug,
    troubleType: row.troubleType,
    name: text.name,
    description: text.description,
    articleCount: articles.length,
    articles,
  };
}

export async function popularArticles(
  db: DbOrTx,
  locale: Locale,
  now: Date,
  take: number,
): Promise<ArticleCard[]> {
  const rows = await db.article.findMany({
    where: visibleArticle(now),
    orderBy: [{ popularity: "desc" }, { slug: "asc" }],
    take,
    select: cardSelect(locale),
  });
  return toCards(rows, locale);
}

/** Ordered by the Japanese text's last edit: Japanese is the source every translation follows. */
export async function recentlyUpdatedArticles(
  db: DbOrTx,
  locale: Locale,
  now: Date,
  take: number,
): Promise<ArticleCard[]> {
  const rows = await db.articleTranslation.findMany({
    where: { locale: "ja", article: visibleArticle(now) },
    orderBy: [{ updatedAt: "desc" }, { articleId: "asc" }],
    take,
    select: { article: { select: cardSelect(locale) } },
  });
  return toCards(
    rows.map((row) => row.article),
    locale,
  );
}

export async function findArticle(
  db: DbOrTx,
  slug: string,
  locale: Locale,
  now: Date,
): Promise<ArticleView | null> {
  const row = await db.article.findFirst({
    where: { slug, ...visibleArticle(now) },
    select: {
      id: true,
      slug: true,
      troubleType: true,
      subtype: true,
      tags: true,
      publishedAt: true,
      translations: { select: { ...translationFields, body: true } },
      category: {
        select: {
          slug: true,
          troubleType: true,
          translations: { ...translationsFor(locale), select: { locale: true, name: true } },
        },
      },
    },
  });
  if (!row) return null;
  const text = pick(row.translations, locale);
  const categoryText = pick(row.category.translations, locale);
  if (!text || !categoryText) return null;
  return {
    id: row.id,
    slug: row.slug,
    troubleType: row.troubleType,
    subtype: row.subtype,
    tags: row.tags,
    category: { slug: row.category.slug, name: categoryText.name, troubleType: row.category.troubleType },
    requestedLocale: locale,
    locale: text.locale,
    fallback: text.locale !== locale,
    availableLocales: row.translations.map((t) => t.locale).sort(),
    title: text.title,
    summary: text.summary,
    body: text.body,
    publishedAt: row.publishedAt,
    updatedAt: text.updatedAt,
  };
}

/**
 * Articles to read next: those sharing the most tags with this one, then the same category,
 * then the most popular. Candidates are bounded, so this stays cheap with many articles.
 */
export async function relatedArticles(
  db: DbOrTx,
  article: { id: string; tags: string[]; categorySlug: string },
  locale: Locale,
  now: Date,
  take: number,
): Promise<ArticleCard[]> {
  const rows = await db.article.findMany({
    where: {
      ...visibleArticle(now),
      id: { not: article.id },
      AND: [
        {
          OR: [
            { category: { slug: article.categorySlug } },
            ...(article.tags.length > 0 ? [{ tags: { hasSome: article.tags } }] : []),
          ],
        },
      ],
    },
    orderBy: [{ popularity: "desc" }, { slug: "asc" }],
    take: 50,
    select: { ...cardSelect(locale), tags: true, category: { select: { slug: true } } },
  });
  const score = (row: (typeof rows)[number]) =>
    row.tags.filter((tag) => article.tags.includes(tag)).length * 2 +
    (row.category.slug === article.categorySlug ? 1 : 0);
  const ranked = rows
    .map((row, order) => ({ row, order, score: score(row) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, take)
    .map(({ row }) => row);
  return toCards(ranked, locale);
}

export interface SitemapArticle {
  slug: string;
  locales: Locale[];
  updatedAt: Date;
}

export async function sitemapArticles(db: DbOrTx, now: Date): Promise<SitemapArticle[]> {
  const rows = await db.article.findMany({
    where: visibleArticle(now),
    orderBy: { slug: "asc" },
    select: { slug: true, translations: { select: { locale: true, updatedAt: true } } },
  });
  return rows.map((row) => ({
    slug: row.slug,
    locales: row.translations.map((t) => t.locale).sort(),
    updatedAt: new Date(Math.max(...row.translations.map((t) => t.updatedAt.getTime()))),
  }));
}

export async function listCategorySlugs(db: DbOrTx): Promise<string[]> {
  const rows = await db.articleCategory.findMany({ orderBy: { position: "asc" }, select: { slug: true } });
  return rows.map((row) => row.slug);
}

/** Plans that include phone support, for the contact-window guide. */
export async function phoneSupportPlans(
  db: DbOrTx,
): Promise<{ code: string; nameJa: string; nameEn: string }[]> {
  return db.plan.findMany({
    where: { phoneSupport: true },
    orderBy: { code: "asc" },
    select: { code: true, nameJa: true, nameEn: true },
  });
}

/** The id and trouble type of a visible article, for votes and links that name it by slug. */
export async function findVisibleArticleRef(
  db: DbOrTx,
  slug: string,
  now: Date,
): Promise<{ id: string; troubleType: TroubleType } | null> {
  return db.article.findFirst({
    where: { slug, ...visibleArticle(now) },
    select: { id: true, troubleType: true },
  });
}
