import type { Locale } from "../locale/locale";
import { analyzeQuery } from "./analyze-query";
import { normalizeText } from "./normalize-text";
import { rankDocuments } from "./rank";
import { compactText, type SearchIndex } from "./search-index";
import { highlight, highlighterFor, type Segment } from "./snippet";

export interface SuggestOptions {
  locale: Locale;
  limit?: number;
}

export interface Suggestion {
  id: string;
  locale: Locale;
  /** The article title, with what was typed marked. */
  title: Segment[];
}

const DEFAULT_LIMIT = 6;

/**
 * Article titles for a search box as the user types: titles that start with, then contain, the
 * text typed (ignoring width, kana, case and spaces), then full-search results with the last
 * word completed as a prefix.
 */
export function suggest(index: SearchIndex, prefix: string, options: SuggestOptions): Suggestion[] {
  const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
  const typed = compactText(normalizeText(prefix));
  if (typed === "" || limit === 0) return [];

  const candidates: { doc: number; tier: number }[] = [];
  index.documents.forEach((document, doc) => {
    const at = document.compactTitle.indexOf(typed);
    if (at < 0) return;
    const twin = index.documents[document.twin];
    if (document.locale !== options.locale && twin?.locale === options.locale) return;
    const tier = (at === 0 ? 0 : 1) + (document.locale === options.locale ? 0 : 2);
    candidates.push({ doc, tier });
  });
  candidates.sort(
    (a, b) =>
      a.tier - b.tier ||
      (index.documents[b.doc]?.popularity ?? 0) - (index.documents[a.doc]?.popularity ?? 0) ||
      a.doc - b.doc,
  );

  const chosen: number[] = [];
  const ids = new Set<string>();
  const take = (doc: number) => {
    const id = index.documents[doc]?.id;
    if (id === undefined || ids.has(id) || chosen.length >= limit) return;
    ids.add(id);
    chosen.push(doc);
  };
  for (const { doc } of candidates) take(doc);

  const units = analyzeQuery(index, prefix, { prefix: true });
  if (chosen.length < limit && typed.length > 1) {
    for (const { doc } of rankDocuments(index, units, options.locale, limit * 2).top) take(doc);
  }

  const highlighter = highlighterFor(units);
  return chosen.flatMap((doc): Suggestion[] => {
    const document = index.documents[doc];
    if (!document) return [];
    return [{ id: document.id, locale: document.locale, title: highlight(document.title, highlighter) }];
  });
}
