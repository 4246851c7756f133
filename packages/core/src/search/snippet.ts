import type { QueryUnit } from "./analyze-query";
import { stemEnglish } from "./english-stem";
import { CharClass, charClass, normalizeWithMap } from "./normalize-text";
import { scanTokens } from "./tokenize";

/** A piece of text to render; `match` pieces are what the query found. Never HTML. */
export interface Segment {
  text: string;
  match: boolean;
}

/** What to highlight for a query, each needle tagged with the unit it stands for. */
export interface Highlighter {
  phrases: readonly { text: string; unit: number }[];
  words: ReadonlyMap<string, number>;
  partials: ReadonlyMap<string, number>;
  longestPartial: number;
}

/** Parts of typed Japanese text highlighted on their own are at most this long. */
const LONGEST_PARTIAL = 12;

export function highlighterFor(units: readonly QueryUnit[]): Highlighter {
  const phrases: { text: string; unit: number }[] = [];
  const words = new Map<string, number>();
  const partials = new Map<string, number>();
  let longestPartial = 0;
  const hasKanji = (text: string) => /[\u3400-\u9fff]/.test(text);
  units.forEach((unit, u) => {
    if (unit.weak) return;
    for (const alternative of unit.alternatives) {
      const isWord =
        !alternative.text.includes(" ") && charClass(alternative.text.charCodeAt(0)) === CharClass.word;
      if (isWord) words.set(alternative.terms[0] ?? stemEnglish(alternative.text), u);
      else phrases.push({ text: alternative.text, unit: u });
    }
    if (unit.partial && unit.text.length > 2) {
      for (let from = 0; from < unit.text.length; from += 1) {
        for (let to = from + 2; to <= Math.min(unit.text.length, from + LONGEST_PARTIAL); to += 1) {
          // Two kana alone are too common (さい of サイト is in every ください).
          const part = unit.text.slice(from, to);
          if (part.length > 2 || hasKanji(part)) partials.set(part, u);
        }
      }
      longestPartial = Math.max(longestPartial, Math.min(unit.text.length, LONGEST_PARTIAL));
    }
  });
  return { phrases, words, partials, longestPartial };
}

interface Match {
  start: number;
  end: number;
  unit: number;
}

const katakana = /^[\u30a1-\u30fa\u30fc\uff66-\uff9f]$/;

function isWordAt(text: string, at: number): boolean {
  return at >= 0 && at < text.length && charClass(text.charCodeAt(at)) === CharClass.word;
}

/** Matches in the original text, sorted and without overlaps. */
function findMatches(original: string, highlighter: Highlighter): Match[] {
  const normalized = normalizeWithMap(original);
  const tokens = scanTokens(normalized.text);
  // The scan form (tokens joined by one space) with each character's extent in normalized text.
  const parts: string[] = [];
  // Tokens can meet without a separator (ID|のロック), so the scan form can be longer.
  const from = new Int32Array(normalized.text.length + tokens.length);
  const to = new Int32Array(normalized.text.length + tokens.length);
  let at = 0;
  for (const token of tokens) {
    if (at > 0) {
      parts.push(" ");
      from[at] = token.start;
      to[at] = token.start;
      at += 1;
    }
    const last = token.text.length - 1;
    for (let k = 0; k <= last; k += 1, at += 1) {
      from[at] = Math.min(token.start + k, token.end - 1);
      to[at] = k === last ? token.end : Math.min(token.start + k + 1, token.end);
    }
    parts.push(token.text);
  }
  const scan = parts.join("");
  const found: Match[] = [];
  const inOriginal = (scanStart: number, scanEnd: number, unit: number): Match => {
    const start = normalized.starts[from[scanStart] ?? 0] ?? 0;
    const end = normalized.ends[(to[scanEnd - 1] ?? 1) - 1] ?? start;
    return { start, end, unit };
  };
  const add = (scanStart: number, scanEnd: number, unit: number) =>
    found.push(inOriginal(scanStart, scanEnd, unit));

  const isKatakana = (at: number) => katakana.test(original[at] ?? "");
  for (const { text, unit } of highlighter.phrases) {
    const short = text.length <= 3;
    for (let at = scan.indexOf(text); at >= 0; at = scan.indexOf(text, at + 1)) {
      const end = at + text.length;
      if (isWordAt(text, 0) && isWordAt(scan, at - 1)) continue;
      if (isWordAt(text, text.length - 1) && isWordAt(scan, end)) continue;
      const match = inOriginal(at, end, unit);
      // ロック is not in ブロック: a short katakana word inside a longer one is another word.
      const inside =
        short &&
        ((isKatakana(match.start) && isKatakana(match.start - 1)) ||
          (isKatakana(match.end - 1) && isKatakana(match.end)));
      if (!inside) found.push(match);
    }
  }
  let offset = 0;
  for (const token of tokens) {
    const start = offset;
    offset += token.text.length + 1;
    if (token.kind === "word") {
      const unit = highlighter.words.get(stemEnglish(token.text));
      if (unit !== undefined) add(start, start + token.text.length, unit);
      continue;
    }
    if (highlighter.partials.size === 0) continue;
    let k = 0;
    while (k < token.text.length - 1) {
      let length = Math.min(highlighter.longestPartial, token.text.length - k);
      for (; length >= 2; length -= 1) {
        const unit = highlighter.partials.get(token.text.slice(k, k + length));
        if (unit !== undefined) {
          add(start + k, start + k + length, unit);
          break;
        }
      }
      k += length >= 2 ? length : 1;
    }
  }

  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Match[] = [];
  for (const match of found) {
    const last = merged[merged.length - 1];
    if (last && match.start <= last.end) last.end = Math.max(last.end, match.end);
    else merged.push({ ...match });
  }
  return merged;
}

function toSegments(text: string, matches: readonly Match[], start = 0, end = text.length): Segment[] {
  const segments: Segment[] = [];
  let cursor = start;
  for (const match of matches) {
    const from = Math.max(match.start, start);
    const to = Math.min(match.end, end);
    if (to <= from) continue;
    if (from > cursor) segments.push({ text: text.slice(cursor, from), match: false });
    segments.push({ text: text.slice(from, to), match: true });
    cursor = to;
  }
  if (cursor < end) segments.push({ text: text.slice(cursor, end), match: false });
  return segments;
}

/** The whole text, with what the query matched marked. */
export function highlight(text: string, highlighter: Highlighter): Segment[] {
  return toSegments(text, findMatches(text, highlighter));
}

const SNIPPET_LENGTH = 110;
const LEAD = 24;
const boundaryBefore = /[。．！？!?」』)）]\s*$|[.:;]\s$/;

function isLatinText(text: string): boolean {
  return !/[\u3040-\u30ff\u4e00-\u9fff]/.test(text);
}

/**
 * About `length` characters of `text` around its densest cluster of matches (most distinct
 * units, then most matches), or undefined when nothing matches.
 */
export function snippet(
  text: string,
  highlighter: Highlighter,
  length = SNIPPET_LENGTH,
): Segment[] | undefined {
  const matches = findMatches(text, highlighter);
  if (matches.length === 0) return undefined;
  let bestAnchor = 0;
  let bestValue = -1;
  matches.forEach((anchor, a) => {
    const units = new Set<number>();
    let hits = 0;
    for (let k = a; k < matches.length; k += 1) {
      const match = matches[k] as Match;
      if (match.end > anchor.start + length - LEAD) break;
      units.add(match.unit);
      hits += 1;
    }
    const value = units.size * 100 + hits;
    if (value > bestValue) {
      bestValue = value;
      bestAnchor = anchor.start;
    }
  });

  const latin = isLatinText(text);
  // Use the whole window: start earlier when the match is near the end.
  let start = Math.min(Math.max(0, bestAnchor - LEAD), Math.max(0, text.length - length));
  // Begin at a sentence if one begins between there and the match.
  for (let k = start; start > 0 && k <= bestAnchor; k += 1) {
    if (boundaryBefore.test(text.slice(Math.max(0, k - 2), k))) {
      start = k;
      break;
    }
  }
  if (latin && start > 0) {
    const space = text.indexOf(" ", start - 1);
    if (space >= 0 && space < bestAnchor) start = space + 1;
  }
  while (start < bestAnchor && /\s/.test(text[start] ?? "")) start += 1;
  let end = Math.min(text.length, start + length);
  if (latin && end < text.length) {
    const space = text.lastIndexOf(" ", end);
    if (space > start + length / 2) end = space;
  }
  const segments = toSegments(text, matches, start, end);
  if (start > 0) segments.unshift({ text: "…", match: false });
  if (end < text.length) segments.push({ text: "…", match: false });
  return mergeSegments(segments);
}

function mergeSegments(segments: readonly Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const segment of segments) {
    const last = merged[merged.length - 1];
    if (last && last.match === segment.match) last.text += segment.text;
    else merged.push({ ...segment });
  }
  return merged;
}

/** Plain segments of the first `length` characters, for when nothing matched. */
export function leadSegments(text: string, length = SNIPPET_LENGTH): Segment[] {
  if (text.length <= length) return [{ text, match: false }];
  return [{ text: `${text.slice(0, length).trimEnd()}…`, match: false }];
}
