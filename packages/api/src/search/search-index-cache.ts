import { buildSearchIndex, type SearchDocument, type SearchIndex } from "@madoguchi/core/search/search-index";
import type { TroubleType } from "@madoguchi/core/trouble/trouble-types";
import type { Db } from "@madoguchi/db/client/create-client";
import { loadSearchableArticles, searchContentVersion } from "@madoguchi/db/search/search-repository";

export interface ArticleMeta {
  slug: string;
  troubleType: TroubleType;
  categorySlug: string;
}

export interface LoadedSearchIndex {
  version: string;
  index: SearchIndex;
  /** By document id (the article's slug, shared by its translations). */
  articles: ReadonlyMap<string, ArticleMeta>;
}

interface CacheState {
  current: LoadedSearchIndex | null;
  checkedAt: number;
  pending: Promise<LoadedSearchIndex> | null;
}

/** How often an instance asks the database whether the published articles changed. */
export const SEARCH_INDEX_CHECK_MS = 5_000;

/** One index per database client (a process normally has one; each test file has its own). */
const caches = new WeakMap<Db, CacheState>();

/**
 * The search index of this process, built from the published articles in memory. Every app
 * instance keeps its own and, at most every few seconds, compares a cheap fingerprint of the
 * articles (see `searchContentVersion`) with the one it was built from: a publish anywhere
 * reaches every instance within that interval, with no restart and no message between them.
 */
export async function currentSearchIndex(
  db: Db,
  now: Date,
  checkEveryMs: number = SEARCH_INDEX_CHECK_MS,
): Promise<LoadedSearchIndex> {
  let state = caches.get(db);
  if (!state) {
    state = { current: null, checkedAt: 0, pending: null };
    caches.set(db, state);
  }
  if (state.current && now.getTime() - state.checkedAt < checkEveryMs) return state.current;
  if (state.pending) return state.pending;
  const cache = state;
  cache.pending = refresh(db, cache, now).finally(() => {
    cache.pending = null;
  });
  return cache.pending;
}

async function refresh(db: Db, state: CacheState, now: Date): Promise<LoadedSearchIndex> {
  // The fingerprint is read before the articles: a publish in between only causes one more
  // rebuild at the next check, never an index that claims to be newer than it is.
  const version = await searchContentVersion(db, now);
  if (state.current?.version === version) {
    state.checkedAt = now.getTime();
    return state.current;
  }
  const articles = await loadSearchableArticles(db, now);
  const documents: SearchDocument[] = articles.flatMap((article) =>
    article.translations.map((translation) => ({
      id: article.slug,
      locale: translation.locale,
      title: translation.title,
      summary: translation.summary,
      body: translation.body,
      tags: article.tags,
      popularity: article.popularity,
    })),
  );
  const loaded: LoadedSearchIndex = {
    version,
    index: buildSearchIndex(documents),
    articles: new Map(
      articles.map((a) => [
        a.slug,
        { slug: a.slug, troubleType: a.troubleType, categorySlug: a.categorySlug },
      ]),
    ),
  };
  state.current = loaded;
  state.checkedAt = now.getTime();
  return loaded;
}
