import type { Locale } from "@madoguchi/core/locale/locale";
import { incidentStatusLabel } from "@madoguchi/core/status/status-page";
import { Feed } from "feed";
import { notFound } from "next/navigation";
import { brand, webBaseUrl } from "@/config/env";
import { dictionary } from "@/i18n/dictionary";
import { formatDateTime } from "@/i18n/format";
import { isLocale, localePath } from "@/i18n/locale-path";
import { publicCaller } from "@/trpc/server";

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The status page as a feed: one entry per incident or maintenance, its timeline as content. */
async function statusFeed(locale: Locale): Promise<Feed> {
  const t = dictionary(locale).status;
  const incidents = await publicCaller().status.feed({ locale });
  const url = (path: string) => `${webBaseUrl}${localePath(locale, path)}`;
  const page = url("/status");
  const name = locale === "ja" ? brand.nameJa : brand.nameEn;
  const feed = new Feed({
    id: page,
    link: page,
    title: t.feedTitle(name),
    description: t.feedDescription,
    language: locale,
    copyright: name,
    generator: false,
    updated: incidents.reduce<Date | undefined>(
      (latest, incident) => (!latest || incident.updatedAt > latest ? incident.updatedAt : latest),
      undefined,
    ),
    feedLinks: { rss: url("/status/feed.xml"), atom: url("/status/feed.atom") },
  });
  for (const incident of incidents) {
    const latest = incident.updates[0];
    const kind = incident.kind === "incident" ? t.incident : t.maintenance;
    const status = incidentStatusLabel[latest?.status ?? incident.status][locale];
    const link = `${page}#incident-${incident.id}`;
    feed.addItem({
      id: link,
      link,
      title: `[${kind}] ${incident.title} (${status})`,
      date: latest?.createdAt ?? incident.updatedAt,
      published: incident.createdAt,
      description: latest?.body ?? incident.title,
      content: incident.updates
        .map(
          (update) =>
            `<p><strong>${escapeHtml(formatDateTime(update.createdAt, locale))} · ${escapeHtml(
              incidentStatusLabel[update.status][locale],
            )}</strong><br>${escapeHtml(update.body)}</p>`,
        )
        .join(""),
    });
  }
  return feed;
}

export async function feedResponse(
  params: Promise<{ locale: string }>,
  format: "rss" | "atom",
): Promise<Response> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const feed = await statusFeed(locale);
  return new Response(format === "rss" ? feed.rss2() : feed.atom1(), {
    headers: {
      "content-type":
        format === "rss" ? "application/rss+xml; charset=utf-8" : "application/atom+xml; charset=utf-8",
    },
  });
}
