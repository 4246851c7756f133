import type { Locale } from "../locale/locale";
import { markdownToText } from "./markdown-text";
import { CharClass, charClass, normalizeText } from "./normalize-text";
import { forEachTerm } from "./tokenize";

/** One help-center article in one language, as the search engine sees it. */
export interface SearchDocument {
  /** Shared by the translations of one article (for the demo content, its slug). */
  id: string;
  locale: Locale;
  title: string;
  summary: string;
  /** Markdown. */
  body: string;
  tags: readonly string[];
  /** Views or any other measure of use; only breaks near-ties. */
  popularity: number;
}

export interface IndexedDocument {
  readonly id: string;
  readonly locale: Locale;
  readonly title: string;
  readonly summary: string;
  /** The body as plain text, for snippets. */
  readonly text: string;
  readonly popularity: number;
  /** Normalized title without separators, for suggestions. */
  readonly compactTitle: string;
  /** Every field normalized and without separators, to check that a phrase occurs as typed. */
  readonly compactText: string;
  /** The same article in the other language, or -1. */
  readonly twin: number;
}

/** Documents containing one term, by document number, with each one's field-weighted score. */
export interface Postings {
  readonly docs: Int32Array;
  /** BM25F term weight (saturated term frequency over the weighted fields), before idf. */
  readonly weights: Float32Array;
  /** 1 where the term is in the document's title. */
  readonly inTitle: Uint8Array;
  /** Inverse document frequency (BM25, never negative). */
  readonly idf: number;
}

/** An immutable inverted index, built once with `buildSearchIndex` and shared by every query. */
export interface SearchIndex {
  readonly documents: readonly IndexedDocument[];
  readonly postings: ReadonlyMap<string, Postings>;
  /** Latin-script terms by length, for typo correction. */
  readonly wordsByLength: ReadonlyMap<number, readonly string[]>;
  /** Latin-script terms in code-unit order, for prefix completion. */
  readonly sortedWords: readonly string[];
  /** Per-document values every candidate is ranked by, as arrays (faster than the objects). */
  readonly columns: {
    /** Popularity over the highest popularity, 0 to 1. */
    readonly popularity: Float32Array;
    readonly twin: Int32Array;
    readonly locale: readonly Locale[];
  };
}

/** Field weights and length normalization: a match in a title counts most, the body least. */
const fields = [
  { name: "title", weight: 4, b: 0.5 },
  { name: "tags", weight: 2.5, b: 0.3 },
  { name: "summary", weight: 1.8, b: 0.6 },
  { name: "body", weight: 1, b: 0.75 },
] as const;
const K1 = 1.2;
/** While building, a term's frequency in each field is packed into one integer, 7 bits a field. */
const TF_BITS = 7;
const TF_MAX = (1 << TF_BITS) - 1;
const shifts = fields.map((_, field) => TF_BITS * (fields.length - 1 - field));
const TITLE_SHIFT = shifts[0] as number;

/** Normalized text without separators: "TX ハッシュ" and "txハッシュ" compare equal. */
export function compactText(normalized: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < normalized.length; i += 1) {
    if (charClass(normalized.charCodeAt(i)) === CharClass.separator) {
      out += normalized.slice(from, i);
      from = i + 1;
    }
  }
  return out + normalized.slice(from);
}

/** A term's postings while building; the last entry is the document being read. */
interface Builder {
  docs: number[];
  packed: number[];
}

export function buildSearchIndex(input: readonly SearchDocument[]): SearchIndex {
  const documents: IndexedDocument[] = [];
  const builders = new Map<string, Builder>();
  const lengths = fields.map(() => new Float64Array(input.length));
  const numberByKey = new Map<string, number>();
  input.forEach((doc, number) => {
    const key = `${doc.id}\u0000${doc.locale}`;
    if (!numberByKey.has(key)) numberByKey.set(key, number);
  });

  input.forEach((doc, number) => {
    const text = markdownToText(doc.body);
    const normalizedTitle = normalizeText(doc.title);
    const sources = [
      normalizedTitle,
      normalizeText(doc.tags.join("\n")),
      normalizeText(doc.summary),
      normalizeText(text),
    ];
    const twin = numberByKey.get(`${doc.id}\u0000${doc.locale === "ja" ? "en" : "ja"}`) ?? -1;
    documents.push({
      id: doc.id,
      locale: doc.locale,
      title: doc.title,
      summary: doc.summary,
      text,
      popularity: doc.popularity,
      compactTitle: compactText(normalizedTitle),
      compactText: compactText(sources.join("\n")),
      twin,
    });

    sources.forEach((source, field) => {
      const shift = shifts[field] as number;
      let length = 0;
      forEachTerm(source, (term) => {
        length += 1;
        let builder = builders.get(term);
        if (!builder) {
          builder = { docs: [], packed: [] };
          builders.set(term, builder);
        }
        const last = builder.docs.length - 1;
        if (builder.docs[last] !== number) {
          builder.docs.push(number);
          builder.packed.push(1 << shift);
        } else {
          const packed = builder.packed[last] as number;
          if (((packed >>> shift) & TF_MAX) < TF_MAX) builder.packed[last] = packed + (1 << shift);
        }
      });
      (lengths[field] as Float64Array)[number] = length;
    });
  });

  // What one occurrence is worth in each field of each document (BM25F length normalization).
  const unitWeights = fields.map((field, f) => {
    const values = lengths[f] as Float64Array;
    const average = Math.max(1, values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length));
    return values.map((length) => field.weight / (1 - field.b + (field.b * length) / average));
  });
  const postings = new Map<string, Postings>();
  const words: string[] = [];
  for (const [term, { docs, packed }] of builders) {
    const weights = new Float32Array(docs.length);
    const inTitle = new Uint8Array(docs.length);
    for (let k = 0; k < docs.length; k += 1) {
      const doc = docs[k] as number;
      const frequencies = packed[k] as number;
      let weighted = 0;
      for (let f = 0; f < fields.length; f += 1) {
        const tf = (frequencies >>> (shifts[f] as number)) & TF_MAX;
        if (tf > 0) weighted += tf * ((unitWeights[f] as Float64Array)[doc] as number);
      }
      weights[k] = (weighted * (K1 + 1)) / (weighted + K1);
      inTitle[k] = (frequencies >>> TITLE_SHIFT) & TF_MAX ? 1 : 0;
    }
    const df = docs.length;
    const idf = Math.log(1 + (input.length - df + 0.5) / (df + 0.5));
    postings.set(term, { docs: Int32Array.from(docs), weights, inTitle, idf });
    if (charClass(term.charCodeAt(0)) === CharClass.word) words.push(term);
  }

  const wordsByLength = new Map<number, string[]>();
  for (const word of words) {
    const list = wordsByLength.get(word.length);
    if (list) list.push(word);
    else wordsByLength.set(word.length, [word]);
  }
  const maxPopularity = documents.reduce((max, doc) => Math.max(max, doc.popularity), 1);
  return {
    documents,
    postings,
    wordsByLength,
    sortedWords: words.sort(),
    columns: {
      popularity: Float32Array.from(documents, (doc) => Math.max(0, doc.popularity) / maxPopularity),
      twin: Int32Array.from(documents, (doc) => doc.twin),
      locale: documents.map((doc) => doc.locale),
    },
  };
}
