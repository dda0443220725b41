// 3. Custom formulas on ranges: one call with a whole column, as Sheets makes it for =INSTITUTION(A2:A10001).
// Each run gets a fresh context (the harness's fakes) with Code.js already evaluated (cold start is measured
// on its own), so the call includes the formula's own set-up; the function is called with the range's
// values, as Sheets calls it.
import { fn } from "../bundle";
import { gazetteerNames } from "../corpus/gazetteer";
import { DEFAULT_SEED, generateCorpus, institutionNames } from "../corpus/index";
import { directorySheet } from "../corpus/workbook";
import { freshHarness } from "../harness";
import { measure } from "../measure";
import type { Row, ScenarioReport } from "../report";

const column = (values: readonly string[]): string[][] => values.map((v) => [v]);

function rowsOut(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

export async function run(): Promise<ScenarioReport> {
  const fresh = () => freshHarness({ workbook: { Directory: directorySheet() } }).globals;
  const names = institutionNames(10_000);
  const unknown = gazetteerNames(10_000, DEFAULT_SEED);
  const articles = generateCorpus(10_000).map((a) => a.text);
  const section = "Formulas on ranges";
  const rows: Row[] = [];
  const notes: string[] = [];
  const cases: Array<{
    name: string;
    n: number;
    input: string[][];
    runs: number;
    warmup: number;
    label?: string;
  }> = [
    { name: "INSTITUTION", n: 1000, input: column(names.slice(0, 1000)), runs: 7, warmup: 1 },
    { name: "INSTITUTION", n: 10_000, input: column(names), runs: 7, warmup: 1 },
    // Every cell a name the directory lacks: the gazetteer read, then a match per name.
    { name: "INSTITUTION", n: 10_000, input: column(unknown), runs: 5, warmup: 1, label: "gazetteer" },
    { name: "PARTNERSHIPS", n: 1000, input: column(articles.slice(0, 1000)), runs: 5, warmup: 1 },
    // About 30 s a run: no warm-up (the 1,000-cell runs before it have warmed the engine up).
    { name: "PARTNERSHIPS", n: 10_000, input: column(articles), runs: 3, warmup: 0 },
  ];
  for (const c of cases) {
    const m = measure({ runs: c.runs, warmup: c.warmup, setup: () => fn(fresh(), c.name) }, (f) =>
      f(c.input),
    );
    const label = c.label ? `_${c.label}` : "";
    rows.push({
      id: `formulas.${c.name.toLowerCase()}${label}_${c.n}.ms`,
      section,
      what: `${c.name} over ${c.n.toLocaleString("en-US")} cells (one call)${c.label ? ", names only the gazetteer knows" : ""}`,
      unit: "ms",
      value: m.time,
      cpu: m.cpu,
      heap: m.heap,
    });
    notes.push(`${c.name}${label} over ${c.n} cells returned ${rowsOut(m.last)} rows`);
  }
  const bytes = articles.reduce((n, t) => n + Buffer.byteLength(t), 0);
  notes.push(
    `PARTNERSHIPS cells hold the generated articles (10,000 = ${(bytes / 1e6).toFixed(1)} MB); INSTITUTION cells hold names in en/ru/kk case forms, 5% unknown; the gazetteer's cells hold its own names with their country, half reordered, one in ten misspelt`,
  );
  return { scenario: "formulas", rows, notes };
}
