import { bip39EnglishWords } from "./bip39-english-wordlist";
import { bip39JapaneseWords } from "./bip39-japanese-wordlist";

const english = new Set(bip39EnglishWords);
const japanese = new Set(bip39JapaneseWords);

/** The shortest BIP-39 mnemonic. */
export const SEED_PHRASE_MIN_WORDS = 12;

interface Token {
  start: number;
  end: number;
  known: boolean;
  /** A lower-case Latin word of a mnemonic's length: possibly a mistyped word inside a phrase. */
  wordLike: boolean;
}

// Hiragana with combining (semi-)voiced marks, in case the text arrives decomposed (NFD).
const tokenPattern = /[A-Za-z]+|(?:[\u3041-\u3096]|\u3099|\u309A)+/g;
/** What may stand between the words of a pasted phrase: spaces, commas, list numbers. */
const separatorGap = /^(?:[\s,、，・|/]|\d{1,2}[.:)．）]|[(（]\d{1,2}[)）])*$/;

function tokens(text: string): Token[] {
  return [...text.matchAll(tokenPattern)].map((match) => {
    const word = match[0];
    const isLatin = /^[A-Za-z]/.test(word);
    const known = isLatin ? english.has(word.toLowerCase()) : japanese.has(word.normalize("NFC"));
    return {
      start: match.index,
      end: match.index + word.length,
      known,
      wordLike: isLatin && /^[a-z]{3,8}$/.test(word),
    };
  });
}

/**
 * Ranges of text that look like a BIP-39 seed phrase: at least 12 wordlist words in a row,
 * separated only by spaces, commas or list numbers. One unknown word inside the run is
 * tolerated, since a customer copying a phrase by hand may mistype one.
 */
export function findSeedPhrases(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  let run: Token[] = [];

  const close = () => {
    while (run.length > 0 && !run[run.length - 1]?.known) run.pop();
    const known = run.filter((token) => token.known).length;
    const first = run[0];
    const last = run[run.length - 1];
    if (first && last && known >= SEED_PHRASE_MIN_WORDS - 1 && run.length >= SEED_PHRASE_MIN_WORDS)
      found.push({ start: first.start, end: last.end });
    run = [];
  };

  for (const token of tokens(text)) {
    const previous = run[run.length - 1];
    if (previous && !separatorGap.test(text.slice(previous.end, token.start))) close();
    const unknownSoFar = run.some((candidate) => !candidate.known);
    if (token.known) run.push(token);
    else if (run.length > 0 && token.wordLike && !unknownSoFar) run.push(token);
    else close();
  }
  close();
  return found;
}
