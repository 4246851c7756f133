import { stemEnglish } from "./english-stem";
import { CharClass, charClass, foldKana, normalizeWidthAndCase } from "./normalize-text";
import type { SearchIndex } from "./search-index";
import { englishStopWords, japaneseStopWords } from "./stop-words";
import { defaultSynonyms, type SynonymTable } from "./synonyms";
import { queryTermsOf, scanTokens, type Token, wordTerm } from "./tokenize";
import { allowedEdits, corrections } from "./typo";

/**
 * A query becomes units, one per concept the user typed; a document's score adds up the units it
 * matches. Each unit can be matched through any of its alternatives (the word as typed, its
 * synonyms, typo corrections, completions); an alternative is a set of index terms.
 */
export interface QueryAlternative {
  /** Scan form of the expression (see synonyms.ts), for highlighting. */
  text: string;
  terms: readonly string[];
  /** 1 for what was typed; less for synonyms, corrections and completions. */
  weight: number;
}

export interface QueryUnit {
  /** What the user typed for this unit, normalized. */
  text: string;
  alternatives: readonly QueryAlternative[];
  /** Japanese text as typed, matched by its bigrams: parts of it may be highlighted. */
  partial: boolean;
  /** A single kanji left between other units (出 of 出ない): it adds to a score but is not required. */
  weak: boolean;
}

export interface AnalyzeOptions {
  /** Complete the last word as a prefix (typing in a search box). */
  prefix?: boolean;
  synonyms?: SynonymTable;
}

const SYNONYM_WEIGHT = 0.85;
const CORRECTION_WEIGHT = [1, 0.8, 0.65] as const;
const COMPLETION_WEIGHT = 0.9;
const MAX_COMPLETIONS = 8;

let segmenter: Intl.Segmenter | undefined;

function segmentsOf(text: string): string[] {
  segmenter ??= new Intl.Segmenter("ja", { granularity: "word" });
  return Array.from(segmenter.segment(text), (part) => part.segment);
}

class UnitBuilder {
  private readonly alternatives = new Map<string, QueryAlternative>();

  constructor(
    readonly text: string,
    readonly partial = false,
  ) {}

  add(text: string, terms: readonly string[], weight: number): void {
    if (terms.length === 0) return;
    const key = terms.join(" ");
    const existing = this.alternatives.get(key);
    if (!existing || existing.weight < weight) this.alternatives.set(key, { text, terms, weight });
  }

  addGroups(table: SynonymTable, groups: readonly number[], weight: number): void {
    for (const group of groups) {
      for (const alternative of table.alternatives[group] ?? []) {
        this.add(alternative.text, alternative.terms, weight);
      }
    }
  }

  build(): QueryUnit | undefined {
    if (this.alternatives.size === 0) return undefined;
    return {
      text: this.text,
      alternatives: [...this.alternatives.values()],
      partial: this.partial,
      weak: false,
    };
  }
}

interface Span {
  start: number;
  end: number;
  groups: readonly number[];
  key: string;
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && charClass(char.charCodeAt(0)) === CharClass.word;
}

/**
 * Longest synonym phrases, left to right, in the scan form of the query. `katakana[p]` says
 * whether scan position p was katakana as typed: a two-kana key (パス, タグ) inside a longer
 * katakana word (パスポート) is not that word.
 */
function findPhrases(scan: string, katakana: readonly boolean[], table: SynonymTable): Span[] {
  const spans: Span[] = [];
  let p = 0;
  while (p < scan.length) {
    const char = scan[p] as string;
    const atWordStart = p === 0 || !isWordChar(scan[p - 1]);
    let found: Span | undefined;
    for (const { key, groups } of table.phrases.get(char) ?? []) {
      if (!scan.startsWith(key, p)) continue;
      const end = p + key.length;
      if (isWordChar(key[0]) && !atWordStart) continue;
      if (isWordChar(key[key.length - 1]) && end < scan.length && isWordChar(scan[end])) continue;
      const insideKatakanaWord = (katakana[p] && katakana[p - 1]) || (katakana[end - 1] && katakana[end]);
      if (key.length <= 2 && insideKatakanaWord) continue;
      found = { start: p, end, groups, key };
      break;
    }
    if (found) {
      spans.push(found);
      p = found.end;
    } else p += 1;
  }
  return spans;
}

function completions(index: SearchIndex, prefix: string): string[] {
  const words = index.sortedWords;
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((words[middle] as string) < prefix) low = middle + 1;
    else high = middle;
  }
  const found: string[] = [];
  for (let k = low; k < words.length && found.length < 64; k += 1) {
    const word = words[k] as string;
    if (!word.startsWith(prefix)) break;
    if (word !== prefix) found.push(word);
  }
  const frequency = (term: string) => index.postings.get(term)?.docs.length ?? 0;
  return found.sort((a, b) => frequency(b) - frequency(a)).slice(0, MAX_COMPLETIONS);
}

function wordUnit(
  index: SearchIndex,
  table: SynonymTable,
  word: string,
  complete: boolean,
): QueryUnit | undefined {
  const unit = new UnitBuilder(word);
  const term = wordTerm(word) ?? stemEnglish(word);
  const frequency = (candidate: string) => index.postings.get(candidate)?.docs.length ?? 0;
  const sources: { stem: string; weight: number }[] = [{ stem: term, weight: 1 }];
  unit.add(word, [term], 1);
  // A word the index lacks may be a typo, unless the synonym table knows it.
  if (!index.postings.has(term) && !table.words.has(term)) {
    for (const { term: corrected, distance } of corrections(
      term,
      allowedEdits(word.length),
      index.wordsByLength,
      frequency,
    )) {
      const weight = CORRECTION_WEIGHT[distance] ?? 0.5;
      unit.add(corrected, [corrected], weight);
      sources.push({ stem: corrected, weight });
    }
  }
  if (complete) {
    for (const completion of completions(index, word)) unit.add(completion, [completion], COMPLETION_WEIGHT);
  }
  for (const { stem, weight } of sources) {
    unit.addGroups(table, table.words.get(stem) ?? [], SYNONYM_WEIGHT * weight);
  }
  return unit.build();
}

const hiraganaOnly = /^[\u3041-\u309f]+$/;
const katakanaOnly = /^[\u30a0-\u30ff]+$/;

/** A word that stands on its own: two characters or more, not just kana endings. */
function isSubstantial(wide: string): boolean {
  return wide.length > 1 && !hiraganaOnly.test(wide);
}

/**
 * Splits a Japanese run into units: particles and endings separate units and are dropped; two
 * substantial words next to each other (設定|方法) are separate units; anything else (okurigana,
 * single characters, katakana the segmenter cut apart) joins its neighbour.
 */
function japaneseUnits(wide: string, keepStopWords: boolean): string[] {
  const units: string[] = [];
  let current = "";
  const flush = () => {
    const unit = current;
    current = "";
    if (unit === "") return;
    const isGrammar = japaneseStopWords.has(foldKana(unit)) || (hiraganaOnly.test(unit) && unit.length <= 2);
    if (keepStopWords || !isGrammar) units.push(foldKana(unit));
  };
  for (const segment of segmentsOf(wide)) {
    if (!keepStopWords && japaneseStopWords.has(foldKana(segment))) {
      flush();
      continue;
    }
    const split =
      isSubstantial(current) &&
      isSubstantial(segment) &&
      !(katakanaOnly.test(current) && katakanaOnly.test(segment));
    if (split) flush();
    current += segment;
  }
  flush();
  return units;
}

function cjkUnit(text: string): QueryUnit | undefined {
  const unit = new UnitBuilder(text, true);
  unit.add(text, queryTermsOf(text), 1);
  return unit.build();
}

/** Longer queries are cut (a pasted paragraph): the work grows with the length. */
export const MAX_QUERY_LENGTH = 200;
export const MAX_UNITS = 12;

export function analyzeQuery(index: SearchIndex, query: string, options: AnalyzeOptions = {}): QueryUnit[] {
  const table = options.synonyms ?? defaultSynonyms();
  const wide = normalizeWidthAndCase(query.slice(0, MAX_QUERY_LENGTH));
  const folded = foldKana(wide);
  const tokens = scanTokens(folded);
  if (tokens.length === 0) return [];

  const offsets: number[] = [];
  const katakana: boolean[] = [];
  let scan = "";
  for (const token of tokens) {
    if (scan !== "") {
      scan += " ";
      katakana.push(false);
    }
    offsets.push(scan.length);
    scan += token.text;
    for (let k = 0; k < token.text.length; k += 1) {
      katakana.push(token.kind === "cjk" && katakanaOnly.test(wide[token.start + k] ?? ""));
    }
  }
  const spans = findPhrases(scan, katakana, table);
  const endsWithSeparator = folded.length > 0 && (tokens[tokens.length - 1] as Token).end < folded.length;
  const complete = options.prefix === true && !endsWithSeparator;

  const analyze = (keepStopWords: boolean): QueryUnit[] => {
    const placed: { at: number; unit: QueryUnit }[] = [];
    for (const span of spans) {
      const unit = new UnitBuilder(span.key);
      const typed = span.key.replace(/ /g, "");
      unit.addGroups(table, span.groups, SYNONYM_WEIGHT);
      for (const group of span.groups) {
        for (const alternative of table.alternatives[group] ?? []) {
          if (alternative.text.replace(/ /g, "") === typed) unit.add(alternative.text, alternative.terms, 1);
        }
      }
      const built = unit.build();
      if (built) placed.push({ at: span.start, unit: built });
    }
    tokens.forEach((token, t) => {
      const start = offsets[t] as number;
      const end = start + token.text.length;
      const covering = spans.filter((span) => span.start < end && span.end > start);
      if (token.kind === "word") {
        if (covering.length > 0) return;
        if (!keepStopWords && englishStopWords.has(token.text)) return;
        const isLast = t === tokens.length - 1;
        const unit = wordUnit(index, table, token.text, complete && isLast);
        if (unit) placed.push({ at: start, unit });
        return;
      }
      // Japanese: the parts of the run no synonym phrase covers.
      let cursor = start;
      const pieces: [number, number][] = [];
      for (const span of covering) {
        if (span.start > cursor) pieces.push([cursor, span.start]);
        cursor = Math.max(cursor, span.end);
      }
      if (cursor < end) pieces.push([cursor, end]);
      for (const [pieceStart, pieceEnd] of pieces) {
        const from = token.start + (pieceStart - start);
        const to = token.start + (pieceEnd - start);
        for (const text of japaneseUnits(wide.slice(from, to), keepStopWords)) {
          const unit = cjkUnit(text);
          if (unit) placed.push({ at: pieceStart, unit });
        }
      }
    });
    return placed.sort((a, b) => a.at - b.at).map((entry) => entry.unit);
  };

  const units = analyze(false);
  const found = (units.length > 0 ? units : analyze(true)).slice(0, MAX_UNITS);
  const isSingleKanji = (unit: QueryUnit) => unit.partial && unit.text.length === 1;
  if (found.every(isSingleKanji)) return found;
  return found.map((unit) => (isSingleKanji(unit) ? { ...unit, weak: true } : unit));
}
