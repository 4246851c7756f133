import type { Locale } from "../locale/locale";
import type { QueryAlternative, QueryUnit } from "./analyze-query";
import { compactText, type Postings, type SearchIndex } from "./search-index";

/**
 * Scoring. An alternative scores the mean BM25F weight of its terms times the share of its terms
 * the document has (one bigram of a five-bigram word earns 1/25 of the full score, not 1/5), more
 * when all of them are in the title. A unit scores its best alternative. A document scores the
 * sum over units times the square of the share of units it matches, so matching every concept
 * beats matching one concept often.
 *
 * Bigrams carry no positions, so さい (in ください) and いと (in ないとき) would match サイト.
 * The best candidates are therefore scored again, checking that each Japanese expression
 * occurs as written (which can only lower a score); the rest keep their first score.
 *
 * In a large index, a term found in more than a fifth of the documents (ない, ます) is not
 * scored when its expression has rarer terms: it says next to nothing and costs the most.
 */

export interface RankedDocument {
  /** Index of the document to show (in the requested language when there is one). */
  doc: number;
  score: number;
}

/** How much a match in the other language is worth, when the article exists in it only. */
const OTHER_LOCALE_FACTOR = 0.6;
/** A unit found whole in the title: the article is about it, not just mentioning it. */
const TITLE_FACTOR = 1.6;
/** Popularity moves a score by at most this share: enough to order near-ties only. */
const POPULARITY_SHARE = 0.06;
/** A unit counts as matched from this share of its terms. */
const MATCHED_COVERAGE = 0.5;
/** A weak unit (see QueryUnit) counts this much. */
const WEAK_FACTOR = 0.5;
/** What an expression is worth when its bigrams are all there but not in a row. */
const SCATTERED_FACTOR = 0.3;
/** How many of the best candidates are checked for expressions as written. */
const VERIFIED = 40;
/** Results scoring below this share of the best one are noise (a stray bigram). */
const RELATIVE_CUTOFF = 0.12;
/** Terms in more documents than this share (and this number) are common; see above. */
const COMMON_SHARE = 0.2;
const COMMON_MINIMUM = 100;

interface Prepared {
  unit: QueryUnit;
  alternatives: {
    source: QueryAlternative;
    /** Postings of the terms scored (missing terms have none but still count in `size`). */
    postings: Postings[];
    size: number;
  }[];
}

function prepare(index: SearchIndex, units: readonly QueryUnit[]): Prepared[] {
  const common = Math.max(COMMON_SHARE * index.documents.length, COMMON_MINIMUM);
  return units.map((unit) => ({
    unit,
    alternatives: unit.alternatives.map((source) => {
      const all = source.terms.map((term) => index.postings.get(term));
      const rare = all.filter((postings) => !postings || postings.docs.length <= common);
      const scored = rare.length > 0 ? rare : all;
      return {
        source,
        postings: scored.filter((postings): postings is Postings => postings !== undefined),
        size: scored.length,
      };
    }),
  }));
}

function alternativeScore(
  weight: number,
  size: number,
  sum: number,
  hits: number,
  titleHits: number,
): number {
  const titled = titleHits === size ? TITLE_FACTOR : 1;
  return (titled * weight * sum * hits) / (size * size);
}

/**
 * Per-document working arrays, kept with the index and reused by every query (allocating them
 * costs more than a query's arithmetic). Every query leaves them all zero.
 */
interface Scratch {
  raw: Float64Array;
  matched: Uint16Array;
  unitBest: Float64Array;
  unitCoverage: Float32Array;
  altSum: Float64Array;
  altHits: Uint16Array;
  altTitleHits: Uint16Array;
  scores: Float64Array;
  shownScores: Float64Array;
}

const scratches = new WeakMap<SearchIndex, Scratch>();

function scratchFor(index: SearchIndex): Scratch {
  const existing = scratches.get(index);
  if (existing) return existing;
  const count = index.documents.length;
  const created: Scratch = {
    raw: new Float64Array(count),
    matched: new Uint16Array(count),
    unitBest: new Float64Array(count),
    unitCoverage: new Float32Array(count),
    altSum: new Float64Array(count),
    altHits: new Uint16Array(count),
    altTitleHits: new Uint16Array(count),
    scores: new Float64Array(count),
    shownScores: new Float64Array(count),
  };
  scratches.set(index, created);
  return created;
}

/**
 * Term at a time over the postings: every document with any term gets a first score in
 * `scratch.raw` and its matched units in `scratch.matched`. Returns the documents touched.
 */
function accumulate(prepared: readonly Prepared[], scratch: Scratch): number[] {
  const { raw, matched, unitBest, unitCoverage, altSum, altHits, altTitleHits } = scratch;
  const touched: number[] = [];
  for (const { unit, alternatives } of prepared) {
    const touchedUnit: number[] = [];
    for (const alternative of alternatives) {
      const touchedAlt: number[] = [];
      for (const { docs, weights, inTitle, idf: weight } of alternative.postings) {
        for (let k = 0; k < docs.length; k += 1) {
          const doc = docs[k] as number;
          if (altHits[doc] === 0) touchedAlt.push(doc);
          altHits[doc] = (altHits[doc] as number) + 1;
          altTitleHits[doc] = (altTitleHits[doc] as number) + (inTitle[k] as number);
          altSum[doc] = (altSum[doc] as number) + weight * (weights[k] as number);
        }
      }
      const { size } = alternative;
      for (const doc of touchedAlt) {
        const hits = altHits[doc] as number;
        const score = alternativeScore(
          alternative.source.weight,
          size,
          altSum[doc] as number,
          hits,
          altTitleHits[doc] as number,
        );
        if (unitBest[doc] === 0) touchedUnit.push(doc);
        if (score > (unitBest[doc] as number)) unitBest[doc] = score;
        unitCoverage[doc] = Math.max(unitCoverage[doc] as number, hits / size);
        altHits[doc] = 0;
        altTitleHits[doc] = 0;
        altSum[doc] = 0;
      }
    }
    for (const doc of touchedUnit) {
      if (raw[doc] === 0) touched.push(doc);
      raw[doc] = (raw[doc] as number) + (unit.weak ? WEAK_FACTOR : 1) * (unitBest[doc] as number);
      if (!unit.weak && (unitCoverage[doc] as number) >= MATCHED_COVERAGE)
        matched[doc] = (matched[doc] as number) + 1;
      unitBest[doc] = 0;
      unitCoverage[doc] = 0;
    }
  }
  return touched;
}

function findDoc(docs: Int32Array, doc: number): number {
  let low = 0;
  let high = docs.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = docs[middle] as number;
    if (value === doc) return middle;
    if (value < doc) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

function hasJapanese(text: string): boolean {
  return /[\u3040-\u30ff\u3400-\u9fff]/.test(text);
}

/** 1 if the expression occurs as written; for text typed as is, the share of its trigrams that do. */
function contiguity(unit: QueryUnit, alternative: QueryAlternative, text: string): number {
  if (alternative.terms.length < 2 || !hasJapanese(alternative.text)) return 1;
  const expression = compactText(alternative.text);
  if (text.includes(expression)) return 1;
  if (!unit.partial || expression.length < 4) return 0;
  let found = 0;
  for (let k = 0; k + 3 <= expression.length; k += 1) {
    if (text.includes(expression.slice(k, k + 3))) found += 1;
  }
  return found / (expression.length - 2);
}

/** The same score as `accumulate`, for one document, with expressions checked as written. */
function verify(
  index: SearchIndex,
  prepared: readonly Prepared[],
  doc: number,
): { raw: number; matched: number } {
  const text = index.documents[doc]?.compactText ?? "";
  let raw = 0;
  let matched = 0;
  for (const { unit, alternatives } of prepared) {
    let best = 0;
    let isMatched = false;
    for (const { source, postings: scored, size } of alternatives) {
      let sum = 0;
      let hits = 0;
      let titleHits = 0;
      for (const postings of scored) {
        const k = findDoc(postings.docs, doc);
        if (k < 0) continue;
        sum += postings.idf * (postings.weights[k] as number);
        hits += 1;
        titleHits += postings.inTitle[k] as number;
      }
      if (hits === 0) continue;
      // An expression cannot occur as written without all its terms (typed text can, in part).
      const inRow = hits < size && !unit.partial ? 0 : contiguity(unit, source, text);
      const score =
        alternativeScore(source.weight, size, sum, hits, titleHits) *
        (SCATTERED_FACTOR + (1 - SCATTERED_FACTOR) * inRow);
      best = Math.max(best, score);
      if (hits / size >= MATCHED_COVERAGE && inRow > 0) isMatched = true;
    }
    raw += (unit.weak ? WEAK_FACTOR : 1) * best;
    if (isMatched && !unit.weak) matched += 1;
  }
  return { raw, matched };
}

export interface Ranking {
  /** Articles found (one per article, whatever the language). */
  total: number;
  /** The best `limit` of them, best first. */
  top: RankedDocument[];
}

/** The `limit` highest of `scores` at `docs` (score > 0), best first; ties go to the more popular. */
function best(
  index: SearchIndex,
  docs: readonly number[],
  scores: Float64Array,
  limit: number,
): RankedDocument[] {
  const { popularity } = index.columns;
  const before = (a: RankedDocument, b: RankedDocument) => {
    if (a.score !== b.score) return a.score > b.score;
    const pa = popularity[a.doc] as number;
    const pb = popularity[b.doc] as number;
    return pa !== pb ? pa > pb : a.doc < b.doc;
  };
  const top: RankedDocument[] = [];
  for (const doc of docs) {
    const score = scores[doc] as number;
    const last = top[top.length - 1];
    if (score <= 0 || (top.length >= limit && last && score < last.score)) continue;
    const entry = { doc, score };
    if (top.length >= limit && last && !before(entry, last)) continue;
    let at = top.length;
    while (at > 0 && before(entry, top[at - 1] as RankedDocument)) at -= 1;
    top.splice(at, 0, entry);
    if (top.length > limit) top.pop();
  }
  return top;
}

export function rankDocuments(
  index: SearchIndex,
  units: readonly QueryUnit[],
  locale: Locale,
  limit: number,
): Ranking {
  if (units.length === 0 || index.documents.length === 0) return { total: 0, top: [] };
  try {
    return rank(index, units, locale, limit);
  } catch (error) {
    // The working arrays may be left dirty: the next query gets fresh ones.
    scratches.delete(index);
    throw error;
  }
}

function rank(index: SearchIndex, units: readonly QueryUnit[], locale: Locale, limit: number): Ranking {
  const { popularity, twin, locale: locales } = index.columns;
  const required = Math.max(1, units.filter((unit) => !unit.weak).length);
  const finalScore = (doc: number, raw: number, matched: number): number => {
    if (matched === 0) return 0;
    const share = matched / required;
    const prior = 1 + POPULARITY_SHARE * (popularity[doc] as number);
    return raw * share * share * prior * (locales[doc] === locale ? 1 : OTHER_LOCALE_FACTOR);
  };

  const scratch = scratchFor(index);
  const { raw, matched, scores, shownScores } = scratch;
  const prepared = prepare(index, units);
  const touched = accumulate(prepared, scratch);
  for (const doc of touched) scores[doc] = finalScore(doc, raw[doc] as number, matched[doc] as number);
  for (const { doc } of best(index, touched, scores, VERIFIED)) {
    const exact = verify(index, prepared, doc);
    scores[doc] = finalScore(doc, exact.raw, exact.matched);
  }

  // One result per article: the requested language's version, scored by the better language.
  const shown: number[] = [];
  let top = 0;
  for (const doc of touched) {
    const score = scores[doc] as number;
    raw[doc] = 0;
    matched[doc] = 0;
    scores[doc] = 0;
    if (score <= 0) continue;
    const other = twin[doc] as number;
    const target = locales[doc] !== locale && other >= 0 && locales[other] === locale ? other : doc;
    if (shownScores[target] === 0) shown.push(target);
    if (score > (shownScores[target] as number)) shownScores[target] = score;
    if (score > top) top = score;
  }
  const kept = shown.filter((doc) => (shownScores[doc] as number) >= top * RELATIVE_CUTOFF);
  const ranking = { total: kept.length, top: best(index, kept, shownScores, limit) };
  for (const doc of shown) shownScores[doc] = 0;
  return ranking;
}
