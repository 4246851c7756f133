/**
 * Typo tolerance for Latin words: a query word unknown to the index is matched to known words
 * within a small edit distance (insertions, deletions, substitutions and swaps of neighbours).
 */

/** How many edits a word of this length may carry: none below 4 letters, 1 from 4, 2 from 8. */
export function allowedEdits(length: number): number {
  if (length >= 8) return 2;
  if (length >= 4) return 1;
  return 0;
}

/** Three rows of the distance table, reused across the comparisons of one scan. */
type Rows = [Int32Array, Int32Array, Int32Array];

function rowsFor(width: number): Rows {
  return [new Int32Array(width), new Int32Array(width), new Int32Array(width)];
}

/**
 * Optimal-string-alignment distance between a and b, or `max + 1` as soon as it must exceed
 * `max` (which keeps a scan over the whole vocabulary cheap).
 */
export function editDistance(a: string, b: string, max: number, rows: Rows = rowsFor(b.length + 1)): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  let [before, previous, current] = rows;
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j += 1) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        value = Math.min(value, (before[j - 2] as number) + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  const distance = previous[b.length] as number;
  return distance > max ? max + 1 : distance;
}

export interface Correction {
  term: string;
  distance: number;
}

/**
 * Known terms within `max` edits of `word`, only those at the smallest distance found, the most
 * frequent first, at most `limit`. `termsByLength` groups the vocabulary by length.
 */
export function corrections(
  word: string,
  max: number,
  termsByLength: ReadonlyMap<number, readonly string[]>,
  frequency: (term: string) => number,
  limit = 3,
): Correction[] {
  if (max <= 0 || /^\d+$/.test(word)) return [];
  const found: Correction[] = [];
  const rows = rowsFor(word.length + max + 1);
  for (let length = word.length - max; length <= word.length + max; length += 1) {
    for (const term of termsByLength.get(length) ?? []) {
      const distance = editDistance(word, term, max, rows);
      if (distance <= max) found.push({ term, distance });
    }
  }
  found.sort((x, y) => x.distance - y.distance || frequency(y.term) - frequency(x.term));
  const best = found[0]?.distance;
  return found.filter((candidate) => candidate.distance === best).slice(0, limit);
}
