// 4. Menu actions on the harness: Extract over 1,000 and 10,000 Sources rows, then Merge duplicates and
// Build summary over 10,000 Partnerships rows (taken from what Extract wrote). Spreadsheet reads and
// writes are the fakes' counters; the virtual clock costs nothing per call, so Extract never stops at its
// time box and the whole batch is one run.
import { PARTNERSHIP_HEADERS } from "../../src/core/rows/columns";
import { generateCorpus } from "../corpus/index";
import { directorySheet, type Grid, sourcesSheet } from "../corpus/workbook";
import { type Harness, loadHarness } from "../harness";
import { measure, type Stats } from "../measure";
import type { Row, ScenarioReport } from "../report";

const section = "Menu actions";
const SUMMARY_ROWS = 10_000;

interface Calls {
  reads: number;
  writes: number;
  calls: number;
}

function callsOf(h: Harness): Calls {
  let reads = 0;
  let writes = 0;
  for (const s of Object.values(h.counters.sheets)) {
    reads += s.reads;
    writes += s.writes;
  }
  return { reads, writes, calls: h.counters.total() };
}

const fixed = (v: number): Stats => ({ median: v, min: v, max: v, runs: 1 });

function callRows(id: string, what: string, calls: Calls[]): Row[] {
  // Calls are the same on every run (deterministic); if not, show the spread.
  const s = (k: keyof Calls): Stats => {
    const xs = calls.map((c) => c[k]).sort((a, b) => a - b);
    return { ...fixed(xs[xs.length >> 1]!), min: xs[0]!, max: xs[xs.length - 1]!, runs: xs.length };
  };
  return [
    { id: `${id}.reads`, section, what: `${what}: sheet reads`, unit: "calls", value: s("reads") },
    { id: `${id}.writes`, section, what: `${what}: sheet writes`, unit: "calls", value: s("writes") },
    { id: `${id}.calls`, section, what: `${what}: all service calls`, unit: "calls", value: s("calls") },
  ];
}

/** A spreadsheet set up as the menu's "Set up this spreadsheet" leaves it, with these sheets filled. */
function workbook(sheets: Record<string, Grid>): Harness {
  const h = loadHarness({ workbook: { Directory: directorySheet(), ...sheets } });
  h.global.setUpSpreadsheet();
  h.counters.reset();
  return h;
}

function message(value: unknown): string {
  return String(value).slice(0, 160);
}

export async function run(): Promise<ScenarioReport> {
  const rows: Row[] = [];
  const notes: string[] = [];
  const articles = generateCorpus(10_000);
  let partnerships: unknown[][] = [];

  for (const n of [1000, 10_000]) {
    const sources = sourcesSheet(articles.slice(0, n));
    const calls: Calls[] = [];
    let last: Harness | undefined;
    const m = measure({ runs: 3, setup: () => workbook({ Sources: sources }) }, (h) => {
      const out = h.global.extractNewArticles();
      calls.push(callsOf(h));
      last = h;
      return out;
    });
    const label = `Extract over ${n.toLocaleString("en-US")} Sources rows`;
    rows.push({
      id: `menu.extract_${n}.ms`,
      section,
      what: label,
      unit: "ms",
      value: m.time,
      cpu: m.cpu,
      heap: m.heap,
    });
    rows.push(...callRows(`menu.extract_${n}`, label, calls));
    notes.push(`${label}: "${message(m.last)}"`);
    if (last && n === 10_000) partnerships = last.values("Partnerships");
  }

  // 10,000 Partnerships rows as Extract wrote them (with their duplicates: the corpus repeats pairs).
  if (partnerships.length <= SUMMARY_ROWS)
    throw new Error(`Extract wrote only ${partnerships.length - 1} rows`);
  const cell = (v: unknown): string | boolean =>
    typeof v === "boolean" ? v : v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? "");
  const table = partnerships.slice(0, SUMMARY_ROWS + 1).map((r) => r.map(cell));
  if (String(table[0]?.[0]) !== PARTNERSHIP_HEADERS[0])
    throw new Error("Partnerships sheet has no header row");
  const filled = () => workbook({ Partnerships: table as Grid });
  const rowsLabel = `${SUMMARY_ROWS.toLocaleString("en-US")} Partnerships rows`;

  const previewCalls: Calls[] = [];
  let fingerprint = "";
  const preview = measure({ runs: 3, setup: filled }, (h) => {
    const out = h.global.mergeDuplicates();
    previewCalls.push(callsOf(h));
    const html = h.ui.dialogs.at(-1)?.html.getContent() ?? "";
    fingerprint = JSON.parse(/FINGERPRINT=("(?:[^"\\]|\\.)*")/.exec(html)?.[1] ?? '""');
    return out;
  });
  rows.push({
    id: "menu.merge_preview.ms",
    section,
    what: `Merge duplicates (plan + preview dialog), ${rowsLabel}`,
    unit: "ms",
    value: preview.time,
    cpu: preview.cpu,
    heap: preview.heap,
  });
  rows.push(...callRows("menu.merge_preview", "Merge duplicates preview", previewCalls));
  notes.push(`Merge duplicates: "${message(preview.last)}"`);

  const applyCalls: Calls[] = [];
  const apply = measure({ runs: 3, setup: filled }, (h) => {
    const out = h.run("mergeDuplicatesApply", [fingerprint]);
    applyCalls.push(callsOf(h));
    return out;
  });
  rows.push({
    id: "menu.merge_apply.ms",
    section,
    what: `Merge duplicates (apply), ${rowsLabel}`,
    unit: "ms",
    value: apply.time,
    cpu: apply.cpu,
    heap: apply.heap,
  });
  rows.push(...callRows("menu.merge_apply", "Merge duplicates apply", applyCalls));
  notes.push(`Merge apply: ${message(JSON.stringify(apply.last))}`);

  const summaryCalls: Calls[] = [];
  const summary = measure({ runs: 3, setup: filled }, (h) => {
    const out = h.global.buildSummary();
    summaryCalls.push(callsOf(h));
    return out;
  });
  rows.push({
    id: "menu.summary.ms",
    section,
    what: `Build summary, ${rowsLabel}`,
    unit: "ms",
    value: summary.time,
    cpu: summary.cpu,
    heap: summary.heap,
  });
  rows.push(...callRows("menu.summary", "Build summary", summaryCalls));
  notes.push(`Build summary: "${message(summary.last)}"`);
  return { scenario: "menu", rows, notes };
}
