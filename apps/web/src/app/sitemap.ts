import { locales } from "@madoguchi/core/locale/locale";
import type { MetadataRoute } from "next";
import { webBaseUrl } from "@/config/env";
import { localePath } from "@/i18n/locale-path";
import { publicCaller } from "@/trpc/server";

// Built per request from the database (there is none at build time); crawlers ask rarely.
export const dynamic = "force-dynamic";

type Entry = MetadataRoute.Sitemap[number];

function entry(path: string, available: readonly ("ja" | "en")[], lastModified?: Date): Entry[] {
  const languages = Object.fromEntries(
    available.map((locale) => [locale, `${webBaseUrl}${localePath(locale, path)}`]),
  );
  return available.map((locale) => ({
    url: `${webBaseUrl}${localePath(locale, path)}`,
    ...(lastModified ? { lastModified } : {}),
    alternates: { languages },
  }));
}

/** Every public page in every language it exists in, with its hreflang alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const data = await publicCaller().helpCenter.sitemap();
  return [
    ...["/", "/guide", "/status", "/announcements"].flatMap((path) => entry(path, locales)),
    ...data.categories.flatMap((slug) => entry(`/categories/${slug}`, locales)),
    ...data.articles.flatMap((article) =>
      entry(`/articles/${article.slug}`, article.locales, article.updatedAt),
    ),
    ...data.announcements.flatMap((a) => entry(`/announcements/${a.slug}`, locales, a.updatedAt)),
  ];
}
