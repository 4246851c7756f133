/**
 * Help-center search benchmark: `npx tsx scripts/bench-search.ts [articles] [queries]`.
 * Builds an index over generated articles (the demo articles with variations: other assets and
 * channels in titles, shuffled sections, extra sentences and words), then runs the relevance
 * queries plus random words, typos and word pairs, and prints latency percentiles and the build
 * time. The target is p95 under 20 ms for 10,000 articles.
 */
import { buildSearchIndex, type SearchDocument } from "@madoguchi/core/search/search-index";
import { search } from "@madoguchi/core/search/search";
import { suggest } from "@madoguchi/core/search/suggest";
import { demoRelevanceQueries } from "@madoguchi/core/search/demo-relevance-queries";
import { seedArticles } from "@madoguchi/db/seed/content/faq-articles";
import { loadavg } from "node:os";

const articleCount = Number(process.argv[2] ?? 10_000);
const queryCount = Number(process.argv[3] ?? 2_000);

/** Deterministic, so runs compare. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const next = random(20261128);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
const shuffle = <T>(items: readonly T[]): T[] => {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
};

const seeds: SearchDocument[] = seedArticles.flatMap((article) => [
  {
    id: article.slug,
    locale: "ja" as const,
    ...article.ja,
    tags: article.tags,
    popularity: article.popularity,
  },
  ...(article.en
    ? [
        {
          id: article.slug,
          locale: "en" as const,
          ...article.en,
          tags: article.tags,
          popularity: article.popularity,
        },
      ]
    : []),
]);

const assets = [
  "BTC",
  "ETH",
  "XRP",
  "SOL",
  "ADA",
  "DOGE",
  "DOT",
  "LTC",
  "BCH",
  "XLM",
  "AVAX",
  "MATIC",
  "TRX",
  "ATOM",
];
const channels = {
  ja: ["アプリ版", "Web版", "法人口座", "API利用者", "初めての方", "スマートフォン"],
  en: ["app", "web", "business accounts", "API users", "beginners", "mobile"],
};
const syllables = [
  "ka",
  "ri",
  "to",
  "mo",
  "zen",
  "lu",
  "pa",
  "vex",
  "dor",
  "ni",
  "sa",
  "qui",
  "tan",
  "el",
  "or",
];
const kana = ["カ", "リ", "ト", "モ", "ゼン", "ル", "パ", "ベ", "ド", "ニ", "サ", "キ", "タン", "エル", "オ"];
/** A few thousand made-up words, like product names and jargon a real help center accumulates. */
const madeUpWords = Array.from({ length: 3_000 }, () => {
  const length = 2 + Math.floor(next() * 3);
  return Array.from({ length }, () => pick(syllables)).join("");
});
const madeUpKatakana = Array.from({ length: 1_500 }, () => {
  const length = 2 + Math.floor(next() * 3);
  return Array.from({ length }, () => pick(kana)).join("");
});
const sentences = {
  ja: seeds.filter((doc) => doc.locale === "ja").flatMap((doc) => doc.body.split(/(?<=。)/)),
  en: seeds.filter((doc) => doc.locale === "en").flatMap((doc) => doc.body.split(/(?<=\. )/)),
};

function generate(count: number): SearchDocument[] {
  return Array.from({ length: count }, (_, i) => {
    const base = seeds[i % seeds.length] as SearchDocument;
    const locale = base.locale;
    const asset = pick(assets);
    const channel = pick(channels[locale]);
    const sections = shuffle(base.body.split(/\n(?=## )/));
    const extra = Array.from({ length: 3 }, () => pick(sentences[locale])).join(locale === "ja" ? "" : " ");
    const words = Array.from({ length: 8 }, () => pick(locale === "ja" ? madeUpKatakana : madeUpWords)).join(
      " ",
    );
    return {
      id: `${base.id}-${i}`,
      locale,
      title: locale === "ja" ? `${base.title}(${asset}・${channel})` : `${base.title} (${asset}, ${channel})`,
      summary: base.summary,
      body: `${sections.join("\n")}\n\n## ${asset}\n${extra} ${words}`,
      tags: [...base.tags, asset.toLowerCase()],
      popularity: Math.floor(next() * 100),
    };
  });
}

function typo(word: string): string {
  if (word.length < 4) return word;
  const at = 1 + Math.floor(next() * (word.length - 2));
  const kind = Math.floor(next() * 3);
  if (kind === 0) return word.slice(0, at) + word.slice(at + 1);
  if (kind === 1) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  return word.slice(0, at) + "e" + word.slice(at + 1);
}

function makeQueries(count: number): { query: string; locale: "ja" | "en" }[] {
  const english = seeds
    .filter((doc) => doc.locale === "en")
    .flatMap((doc) => doc.title.toLowerCase().match(/[a-z]{3,}/g) ?? []);
  const japanese = seeds
    .filter((doc) => doc.locale === "ja")
    .flatMap((doc) => doc.title.split(/[・()(),、「」]/).filter((part) => part.length >= 2));
  const queries: { query: string; locale: "ja" | "en" }[] = demoRelevanceQueries.map(({ query, locale }) => ({
    query,
    locale,
  }));
  while (queries.length < count) {
    const kind = Math.floor(next() * 5);
    if (kind === 0) queries.push({ query: pick(english), locale: "en" });
    else if (kind === 1) queries.push({ query: `${typo(pick(english))} ${pick(english)}`, locale: "en" });
    else if (kind === 2) {
      const part = pick(japanese);
      const start = Math.floor(next() * Math.max(1, part.length - 2));
      queries.push({ query: part.slice(start, start + 2 + Math.floor(next() * 4)), locale: "ja" });
    } else if (kind === 3) queries.push({ query: `${pick(japanese)} ${pick(japanese)}`, locale: "ja" });
    else queries.push({ query: `${pick(madeUpWords)} ${pick(english)}`, locale: "en" });
  }
  return queries;
}

function loadAverage(): string {
  return loadavg()
    .map((value) => value.toFixed(1))
    .join(" ");
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function report(name: string, timings: number[]): void {
  const sorted = [...timings].sort((a, b) => a - b);
  const mean = timings.reduce((sum, t) => sum + t, 0) / timings.length;
  console.log(
    `${name.padEnd(8)} n=${timings.length}  mean ${mean.toFixed(2)} ms  p50 ${percentile(sorted, 50).toFixed(2)} ms  ` +
      `p95 ${percentile(sorted, 95).toFixed(2)} ms  p99 ${percentile(sorted, 99).toFixed(2)} ms  max ${(sorted[sorted.length - 1] ?? 0).toFixed(2)} ms`,
  );
}

/** With `node --expose-gc` (`npx tsx --expose-gc …`) the heap figure excludes garbage. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

const documents = generate(articleCount);
collect();
const memoryBefore = process.memoryUsage();
const buildStart = performance.now();
const buildCpu = process.cpuUsage();
const index = buildSearchIndex(documents);
const buildMs = performance.now() - buildStart;
const buildCpuMs = process.cpuUsage(buildCpu).user / 1000;
collect();
const memoryAfter = process.memoryUsage();
const heapMb = (memoryAfter.heapUsed - memoryBefore.heapUsed) / 1024 / 1024;
const arrayMb = (memoryAfter.arrayBuffers - memoryBefore.arrayBuffers) / 1024 / 1024;
console.log(
  `index: ${documents.length} articles, ${index.postings.size} terms, built in ${buildMs.toFixed(0)} ms ` +
    `(${buildCpuMs.toFixed(0)} ms CPU; ~${heapMb.toFixed(0)} MB heap + ${arrayMb.toFixed(0)} MB typed arrays)`,
);

const queries = makeQueries(queryCount);
for (const { query, locale } of queries.slice(0, 50)) search(index, query, { locale }); // warm-up

/**
 * Wall-clock time is the latency a user sees; CPU time is what the query itself costs, which
 * stays meaningful when other processes compete for the cores.
 */
function measure(run: () => void, wall: number[], cpu: number[]): void {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  run();
  wall.push(performance.now() - start);
  const used = process.cpuUsage(cpuStart);
  cpu.push((used.user + used.system) / 1000);
}

const searchWall: number[] = [];
const searchCpu: number[] = [];
let totalHits = 0;
for (const { query, locale } of queries) {
  measure(() => (totalHits += search(index, query, { locale, limit: 10 }).total), searchWall, searchCpu);
}
const suggestWall: number[] = [];
const suggestCpu: number[] = [];
for (const { query, locale } of queries) {
  const prefix = query.slice(0, Math.max(1, Math.ceil(query.length * 0.6)));
  measure(() => suggest(index, prefix, { locale, limit: 6 }), suggestWall, suggestCpu);
}
report("search", searchWall);
report("  (CPU)", searchCpu);
report("suggest", suggestWall);
report("  (CPU)", suggestCpu);
console.log(
  `mean results per query: ${(totalHits / queries.length).toFixed(0)}, load average ${loadAverage()}`,
);
const p95 = percentile(
  [...searchWall].sort((a, b) => a - b),
  95,
);
console.log(p95 < 20 ? "search p95 is within the 20 ms target" : "search p95 is OVER the 20 ms target");
