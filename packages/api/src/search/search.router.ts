import {
  redactSearchQuery,
  SEARCH_QUERY_MAX,
  searchSessionIdSchema,
} from "@madoguchi/core/help-center/search-log";
import { localeSchema } from "@madoguchi/core/locale/locale";
import { search } from "@madoguchi/core/search/search";
import { suggest } from "@madoguchi/core/search/suggest";
import { popularArticles } from "@madoguchi/db/help-center/article-repository";
import { logSearchQuery, markSearchSessionInquiry } from "@madoguchi/db/search/search-repository";
import { z } from "zod";
import { router } from "../trpc/init";
import { publicProcedure } from "../trpc/procedures";
import { currentSearchIndex } from "./search-index-cache";

/** How far back an inquiry is attributed to the searches of the same tab. */
const INQUIRY_ATTRIBUTION_MS = 24 * 60 * 60 * 1000;

const queryText = z.string().max(SEARCH_QUERY_MAX);

export const searchRouter = router({
  /**
   * The full results page. Each first page of results is logged for the deflection report:
   * the query without personal data, the count, and the tab's random search session id.
   */
  query: publicProcedure
    .input(
      z.object({
        q: queryText,
        locale: localeSchema,
        limit: z.number().int().min(1).max(50).default(10),
        offset: z.number().int().min(0).max(1000).default(0),
        sessionId: searchSessionIdSchema.nullish(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const now = ctx.now();
      const q = input.q.trim();
      const { index, articles } = await currentSearchIndex(ctx.db, now);
      const result = q
        ? search(index, q, { locale: input.locale, limit: input.limit, offset: input.offset })
        : { total: 0, hits: [], terms: [] };
      const hits = result.hits.flatMap((hit) => {
        const article = articles.get(hit.id);
        return article ? [{ ...article, locale: hit.locale, title: hit.title, snippet: hit.snippet }] : [];
      });
      if (q && input.offset === 0) {
        await logSearchQuery(ctx.db, {
          query: redactSearchQuery(q),
          locale: input.locale,
          resultCount: result.total,
          searchSessionId: input.sessionId ?? null,
          now,
        });
      }
      const popular = result.total === 0 ? await popularArticles(ctx.db, input.locale, now, 5) : [];
      return { q, total: result.total, hits, terms: result.terms, popular };
    }),

  /** Titles as the reader types; not logged (half-typed words say little). */
  suggest: publicProcedure
    .input(
      z.object({ q: queryText, locale: localeSchema, limit: z.number().int().min(1).max(10).default(6) }),
    )
    .query(async ({ ctx, input }) => {
      const { index, articles } = await currentSearchIndex(ctx.db, ctx.now());
      return suggest(index, input.q, { locale: input.locale, limit: input.limit }).flatMap((s) => {
        const article = articles.get(s.id);
        return article ? [{ slug: article.slug, locale: s.locale, title: s.title }] : [];
      });
    }),

  /** The inquiry form calls this when a tab that searched files an inquiry: no deflection. */
  markInquiry: publicProcedure
    .input(z.object({ sessionId: searchSessionIdSchema }))
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now();
      const marked = await markSearchSessionInquiry(
        ctx.db,
        input.sessionId,
        new Date(now.getTime() - INQUIRY_ATTRIBUTION_MS),
      );
      return { marked };
    }),
});
