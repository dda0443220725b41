// 1. Extraction: extractArticle over the corpus, beside one plain pass (lower-case + split into words) over
// the same text; their ratio is how many "readings" of the text the engine costs.
import { loadEngine } from "../bundle";
import { type Article, generateCorpus } from "../corpus/index";
import { measure, measureOnce, type Stats, stats } from "../measure";
import type { ScenarioReport } from "../report";

export const CORPUS_SIZE = 2400;

/** The floor: one pass that reads every character and splits the text into words. */
function plainPass(texts: readonly string[]): number {
  let words = 0;
  for (const t of texts) words += t.toLowerCase().split(/[^\p{L}\p{N}]+/u).length;
  return words;
}

const inverse = (s: Stats, k: number): Stats => ({
  median: k / s.median,
  min: k / s.max,
  max: k / s.min,
  runs: s.runs,
});

/** How many measured runs fit `budgetMs` given one run's time (at least 3, at most `max`). */
export function runsFor(oneRunMs: number, budgetMs: number, max = 7): number {
  return Math.max(3, Math.min(max, Math.floor(budgetMs / Math.max(oneRunMs, 1))));
}

export async function run(): Promise<ScenarioReport> {
  const engine = await loadEngine();
  const extractAll = (ts: readonly string[]): number => {
    let found = 0;
    for (const t of ts) found += engine.extractArticle(t).partnerships.length;
    return found;
  };
  const articles: Article[] = generateCorpus(CORPUS_SIZE);
  const texts = articles.map((a) => a.text);
  const bytes = articles.reduce((n, a) => n + a.bytes, 0);
  const t0 = performance.now();
  try {
    engine.extractArticle(texts[0]!);
  } catch (e) {
    return { scenario: "extraction", rows: [], skipped: `extractArticle throws: ${String(e)}`, notes: [] };
  }
  const firstCallMs = performance.now() - t0;

  // Plain pass and extraction alternate, so each ratio compares two passes made under the same load (the
  // machine is shared): ratio i = extraction run i / the plain pass just before it.
  measure({ runs: 2, setup: () => texts }, plainPass);
  const probe = measure({ runs: 1, setup: () => texts }, extractAll);
  const runs = runsFor(probe.time.median, 40_000);
  const plainMs: number[] = [];
  const extractMs: number[] = [];
  const plainCpu: number[] = [];
  const extractCpu: number[] = [];
  const plainHeap: number[] = [];
  const extractHeap: number[] = [];
  let partnerships = 0;
  for (let i = 0; i < runs; i++) {
    const p = measureOnce(() => plainPass(texts));
    const e = measureOnce(() => extractAll(texts));
    plainMs.push(p.ms);
    plainCpu.push(p.cpuMs);
    extractCpu.push(e.cpuMs);
    plainHeap.push(p.heapPeak);
    extractMs.push(e.ms);
    extractHeap.push(e.heapPeak);
    partnerships = e.value;
  }
  const plain = { time: stats(plainMs), cpu: stats(plainCpu), heap: stats(plainHeap) };
  const extract = {
    time: stats(extractMs),
    cpu: stats(extractCpu),
    heap: stats(extractHeap),
    last: partnerships,
  };
  // On CPU time: on a shared machine, wall time of a 0.2 s pass swings with other people's work.
  const ratio = stats(extractCpu.map((ms, i) => ms / plainCpu[i]!));
  const wallRatio = stats(extractMs.map((ms, i) => ms / plainMs[i]!));

  // Per language: where the time goes (CPU time, median of 3 runs each, after the measured ones).
  const perLang: string[] = [];
  for (const lang of ["en", "ru", "kk"] as const) {
    const subset = articles.filter((a) => a.lang === lang);
    const sub = subset.map((a) => a.text);
    const p = measure({ runs: 3, setup: () => sub }, plainPass).cpu.median;
    const e = measure({ runs: 3, setup: () => sub }, extractAll).cpu.median;
    const kb = subset.reduce((n, a) => n + a.bytes, 0) / 1000;
    perLang.push(
      `${lang}: ${subset.length} articles, ${(e / subset.length).toFixed(2)} ms/article (CPU), ${(kb / e).toFixed(2)} MB/s, ${(e / p).toFixed(1)}x plain`,
    );
  }

  const section = "Extraction";
  const what = `${CORPUS_SIZE} articles, ${(bytes / 1e6).toFixed(2)} MB (en/ru/kk)`;
  return {
    scenario: "extraction",
    rows: [
      {
        id: "extraction.articles_per_s",
        section,
        what: `extractArticle: ${what}`,
        unit: "per_s",
        value: inverse(extract.time, CORPUS_SIZE * 1000),
        heap: extract.heap,
      },
      {
        id: "extraction.mb_per_s",
        section,
        what: "extractArticle: throughput",
        unit: "MB_per_s",
        value: inverse(extract.time, (bytes / 1e6) * 1000),
      },
      {
        id: "extraction.ms",
        section,
        what: "extractArticle: whole corpus",
        unit: "ms",
        value: extract.time,
        cpu: extract.cpu,
        heap: extract.heap,
      },
      {
        id: "extraction.plain_ms",
        section,
        what: "plain pass (toLowerCase + split into words)",
        unit: "ms",
        value: plain.time,
        cpu: plain.cpu,
        heap: plain.heap,
      },
      {
        id: "extraction.ratio",
        section,
        what: "extraction / plain pass (CPU time; each run over the plain pass just before it)",
        unit: "ratio",
        value: ratio,
      },
    ],
    notes: [
      "extraction runs src/core/api.ts bundled with dist/Code.js's esbuild options (minified, directory words packed), in a node:vm context",
      `same ratio on wall time: median ${wallRatio.median.toFixed(1)}x (${wallRatio.min.toFixed(1)}–${wallRatio.max.toFixed(1)})`,
      `first extractArticle call (lazy set-up of the directory): ${firstCallMs.toFixed(1)} ms; ${extract.last} partnerships found per pass`,
      ...perLang,
    ],
  };
}
