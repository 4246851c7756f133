/**
 * A deliberately small English stemmer: plural, -ing, -ed, a final e and doubled consonants, so
 * "orders"/"order", "cancelled"/"cancel", "locked"/"lock", "trading"/"trade" meet. Stems need not
 * be words; documents and queries go through the same function, which is all that matters.
 */

function isLetter(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

function hasVowel(word: string, end: number): boolean {
  for (let i = 0; i < end; i += 1) {
    if ("aeiouy".includes(word[i] as string)) return true;
  }
  return false;
}

function stemUncached(word: string): string {
  if (word.length <= 3) return word;
  for (let i = 0; i < word.length; i += 1) if (!isLetter(word.charCodeAt(i))) return word;
  let result = word;

  if (result.endsWith("ies") && result.length > 4) result = `${result.slice(0, -3)}y`;
  else if (result.endsWith("sses")) result = result.slice(0, -2);
  else if (
    result.endsWith("s") &&
    !result.endsWith("ss") &&
    !result.endsWith("us") &&
    !result.endsWith("is")
  ) {
    result = result.slice(0, -1);
  }

  if (result.endsWith("ied") && result.length > 4) result = `${result.slice(0, -3)}y`;
  else if (result.endsWith("ing") && result.length >= 6 && hasVowel(result, result.length - 3))
    result = result.slice(0, -3);
  else if (result.endsWith("ed") && result.length >= 5 && hasVowel(result, result.length - 2))
    result = result.slice(0, -2);

  if (result.endsWith("e") && result.length > 4) result = result.slice(0, -1);

  const last = result[result.length - 1] as string;
  if (result.length > 3 && last === result[result.length - 2] && last !== "s" && !"aeiou".includes(last)) {
    result = result.slice(0, -1);
  }
  return result;
}

/** Stems are asked for the same few thousand words again and again (every document, every snippet). */
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

export function stemEnglish(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const result = stemUncached(word);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, result);
  return result;
}
