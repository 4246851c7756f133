import { stemEnglish } from "./english-stem";
import { CharClass, charClass, isKanji } from "./normalize-text";
import { englishStopWords } from "./stop-words";

/**
 * Tokenization of normalized text (see normalize-text.ts). Japanese is written without spaces,
 * so CJK runs become overlapping character bigrams (plus single kanji, for one-character
 * queries such as 税); everything else splits into words, which are stemmed.
 */

export interface Token {
  kind: "word" | "cjk";
  /** The word without inner apostrophes, or the CJK run. */
  text: string;
  /** Offsets in the normalized text. */
  start: number;
  end: number;
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

type TokenVisitor = (kind: Token["kind"], text: string, start: number, end: number) => void;

/** Words and CJK runs with their offsets. An apostrophe inside a word joins it: can't → cant. */
export function forEachToken(normalized: string, visit: TokenVisitor): void {
  const length = normalized.length;
  let i = 0;
  while (i < length) {
    const kind = charClass(normalized.charCodeAt(i));
    if (kind === CharClass.separator) {
      i += 1;
      continue;
    }
    const start = i;
    let text = "";
    let pieceStart = i;
    i += 1;
    while (i < length) {
      const code = normalized.charCodeAt(i);
      if (charClass(code) === kind) {
        i += 1;
        continue;
      }
      const joins =
        kind === CharClass.word &&
        isApostrophe(code) &&
        i + 1 < length &&
        charClass(normalized.charCodeAt(i + 1)) === CharClass.word;
      if (!joins) break;
      text += normalized.slice(pieceStart, i);
      i += 1;
      pieceStart = i;
    }
    text += normalized.slice(pieceStart, i);
    visit(kind === CharClass.cjk ? "cjk" : "word", text, start, i);
  }
}

export function scanTokens(normalized: string): Token[] {
  const tokens: Token[] = [];
  forEachToken(normalized, (kind, text, start, end) => tokens.push({ kind, text, start, end }));
  return tokens;
}

/** The index term of a word, or undefined for stop words and stray single letters. */
export function wordTerm(word: string): string | undefined {
  if (englishStopWords.has(word)) return undefined;
  if (word.length === 1 && !(word >= "0" && word <= "9")) return undefined;
  return stemEnglish(word);
}

/**
 * The index terms of a CJK run: its bigrams and its kanji, or the run itself if one character.
 * A query of several characters needs only the bigrams (`withKanji` false): single kanji would
 * only add noise to what the bigrams already say.
 */
export function cjkTerms(run: string, emit: (term: string) => void, withKanji = true): void {
  if (run.length === 1) {
    if (isKanji(run.charCodeAt(0))) emit(run);
    return;
  }
  for (let k = 0; k < run.length; k += 1) {
    if (k + 1 < run.length) emit(run.slice(k, k + 2));
    if (withKanji && isKanji(run.charCodeAt(k))) emit(run[k] as string);
  }
}

/** Every index term of a normalized text, in order (repeats included, for term frequency). */
export function forEachTerm(normalized: string, emit: (term: string) => void, withKanji = true): void {
  forEachToken(normalized, (kind, text) => {
    if (kind === "cjk") cjkTerms(text, emit, withKanji);
    else {
      const term = wordTerm(text);
      if (term !== undefined) emit(term);
    }
  });
}

/** The distinct terms a query expression is searched by, in first-seen order. */
export function queryTermsOf(normalized: string): string[] {
  const terms = new Set<string>();
  forEachTerm(normalized, (term) => terms.add(term), false);
  return [...terms];
}
