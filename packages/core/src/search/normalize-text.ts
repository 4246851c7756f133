/**
 * Text normalization for search. Width (ＡＢＣ / ﾊﾟｽ), letter case and katakana / hiragana are
 * differences of input method, not of meaning, so both documents and queries are folded the same
 * way: NFKC, lower case, katakana to hiragana.
 */

const KATAKANA_TO_HIRAGANA = 0x60;
// ァ (U+30A1) to ヶ (U+30F6); ー and the rare ヷ-ヺ have no hiragana form and stay.
const hasKatakana = /[\u30a1-\u30f6]/;

function isFoldable(code: number): boolean {
  return code >= 0x30a1 && code <= 0x30f6;
}

/** Folds katakana to hiragana, one UTF-16 unit for one, so offsets are preserved. */
export function foldKana(text: string): string {
  if (!hasKatakana.test(text)) return text;
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    codes[i] = isFoldable(code) ? code - KATAKANA_TO_HIRAGANA : code;
  }
  let out = "";
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode(...codes.subarray(i, i + 4096));
  return out;
}

/** NFKC and lower case only: the form the word segmenter sees (it knows katakana words). */
export function normalizeWidthAndCase(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/** The search form of a text: NFKC, lower case, katakana folded to hiragana. */
export function normalizeText(text: string): string {
  return foldKana(normalizeWidthAndCase(text));
}

export interface NormalizedWithMap {
  text: string;
  /** For each UTF-16 unit of `text`, where its source starts in the original text. */
  starts: Int32Array;
  /** For each UTF-16 unit of `text`, where its source ends (exclusive) in the original text. */
  ends: Int32Array;
}

const combiningPattern = /^\p{M}$/u;

function isCombining(code: number): boolean {
  // Half-width (semi-)voiced sound marks are letters in Unicode but combine under NFKC.
  if (code === 0xff9e || code === 0xff9f) return true;
  if (code < 0x0300) return false;
  return combiningPattern.test(String.fromCharCode(code));
}

function isCombiningNext(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    code === 0x3099 ||
    code === 0x309a ||
    code === 0xff9e ||
    code === 0xff9f ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}

/**
 * Whether a character normalizes to itself (give or take case and kana folding), one unit for
 * one, whatever precedes it: ASCII, hiragana, full-width katakana and common kanji, unless a
 * combining mark follows.
 */
function isSimple(code: number, next: number): boolean {
  const simple =
    code < 0x80 ||
    (code >= 0x3041 && code <= 0x3096) ||
    (code >= 0x30a1 && code <= 0x30fa) ||
    code === 0x30fc ||
    (code >= 0x4e00 && code <= 0x9fff);
  return simple && !isCombiningNext(next);
}

/**
 * `normalizeText` with a map back to the original, for highlighting matches in the text the user
 * sees. Runs of simple characters map one to one; anything else is normalized one base character
 * with its combining marks at a time, which equals normalizing the whole string for every text
 * this product handles.
 */
export function normalizeWithMap(original: string): NormalizedWithMap {
  const length = original.length;
  let starts = new Int32Array(length + 16);
  let ends = new Int32Array(length + 16);
  let size = 0;
  const reserve = (extra: number) => {
    if (size + extra <= starts.length) return;
    const capacity = Math.max(starts.length * 2, size + extra);
    const grownStarts = new Int32Array(capacity);
    const grownEnds = new Int32Array(capacity);
    grownStarts.set(starts);
    grownEnds.set(ends);
    starts = grownStarts;
    ends = grownEnds;
  };
  const parts: string[] = [];
  let i = 0;
  while (i < length) {
    let j = i;
    while (j < length && isSimple(original.charCodeAt(j), original.charCodeAt(j + 1))) j += 1;
    if (j > i) {
      parts.push(foldKana(original.slice(i, j).toLowerCase()));
      reserve(j - i);
      for (let k = i; k < j; k += 1, size += 1) {
        starts[size] = k;
        ends[size] = k + 1;
      }
      i = j;
      continue;
    }
    const code = original.charCodeAt(i);
    j = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1);
    while (j < length && isCombining(original.charCodeAt(j))) j += 1;
    const piece = normalizeText(original.slice(i, j));
    reserve(piece.length);
    for (let k = 0; k < piece.length; k += 1, size += 1) {
      starts[size] = i;
      ends[size] = j;
    }
    parts.push(piece);
    i = j;
  }
  return { text: parts.join(""), starts: starts.subarray(0, size), ends: ends.subarray(0, size) };
}

/** Character classes of normalized text: separators, word characters (Latin, digits…), CJK. */
export const CharClass = { separator: 0, word: 1, cjk: 2 } as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

function isCjkCode(code: number): boolean {
  return (
    (code >= 0x3041 && code <= 0x309f) || // hiragana, iteration marks
    (code >= 0x30a0 && code <= 0x30ff && code !== 0x30fb) || // katakana and ー, not the ・ separator
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    code === 0x3005 || // 々
    code === 0x3006 // 〆
  );
}

let classTable: Uint8Array | undefined;

/** One lookup table for the basic plane, built on first use (a Unicode-property test per char is slow). */
function table(): Uint8Array {
  if (classTable) return classTable;
  const built = new Uint8Array(0x10000);
  const wordPattern = /^[\p{L}\p{N}\p{M}]$/u;
  for (let code = 0; code < 0x10000; code += 1) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    if (isCjkCode(code)) built[code] = CharClass.cjk;
    else if (code < 0x80) {
      const isWord =
        (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
      built[code] = isWord ? CharClass.word : CharClass.separator;
    } else if (wordPattern.test(String.fromCharCode(code))) built[code] = CharClass.word;
  }
  classTable = built;
  return built;
}

/** The class of a UTF-16 unit; astral characters (surrogates) count as separators. */
export function charClass(code: number): CharClass {
  return (table()[code] ?? CharClass.separator) as CharClass;
}

export function isKanji(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    code === 0x3005 ||
    code === 0x3006
  );
}

export function isHiragana(code: number): boolean {
  return code >= 0x3041 && code <= 0x309f;
}
