import type { Locale } from "../locale/locale";
import { analyzeQuery } from "./analyze-query";
import { rankDocuments } from "./rank";
import type { SearchIndex } from "./search-index";
import { highlight, highlighterFor, leadSegments, type Segment, snippet } from "./snippet";

export interface SearchOptions {
  /** The reader's language: its articles come first; the other language fills in. */
  locale: Locale;
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  id: string;
  /** The language of the version shown (the requested one when the article has it). */
  locale: Locale;
  score: number;
  title: Segment[];
  /** About a hundred characters of the body around the best match (or the summary). */
  snippet: Segment[];
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  /** The query's units as searched, normalized: for logging and "results for …" lines. */
  terms: string[];
}

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 50;

/**
 * Help-center search, pure and in memory: `buildSearchIndex` (search-index.ts) once, then any
 * number of queries. A query is normalized and split into units with their synonyms, typo
 * corrections and Japanese bigrams (analyze-query.ts), documents are scored (rank.ts), and the
 * page of hits gets its title and a body snippet with the matches marked (snippet.ts).
 */
export function search(index: SearchIndex, query: string, options: SearchOptions): SearchResult {
  const limit = Math.min(MAX_LIMIT, Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT)));
  const offset = Math.max(0, Math.floor(options.offset ?? 0));
  const units = analyzeQuery(index, query);
  const terms = units.map((unit) => unit.text);
  const { total, top } = rankDocuments(index, units, options.locale, offset + limit);
  if (total === 0) return { total: 0, hits: [], terms };

  const highlighter = highlighterFor(units);
  const hits = top.slice(offset).flatMap(({ doc, score }): SearchHit[] => {
    const document = index.documents[doc];
    if (!document) return [];
    return [
      {
        id: document.id,
        locale: document.locale,
        score,
        title: highlight(document.title, highlighter),
        snippet:
          snippet(document.text, highlighter) ??
          snippet(document.summary, highlighter) ??
          leadSegments(document.summary),
      },
    ];
  });
  return { total, hits, terms };
}
