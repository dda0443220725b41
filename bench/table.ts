// Prints the results as Markdown tables (the README's Performance section takes them as they are) and
// writes the same figures to bench/results.json.
import { writeFileSync } from "node:fs";
import type { Stats } from "./measure";
import type { Results, Row, Unit } from "./report";

const group = (n: number, digits = 0): string =>
  n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function formatValue(v: number, unit: Unit): string {
  switch (unit) {
    case "ms":
      return v < 10 ? `${v.toFixed(2)} ms` : v < 100 ? `${v.toFixed(1)} ms` : `${group(v)} ms`;
    case "bytes":
      return `${group(v)} B`;
    case "per_s":
      return `${group(v)}/s`;
    case "MB_per_s":
      return `${v.toFixed(2)} MB/s`;
    case "ratio":
      return `${v.toFixed(1)}x`;
    case "calls":
      return group(v);
  }
}

const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`;

function heapCell(heap: Stats | undefined): string {
  return heap ? `${mb(heap.median)} (${mb(heap.min)}–${mb(heap.max)})` : "";
}

export function rowsTable(rows: readonly Row[]): string {
  const lines = [
    "| section | measure | median | min | max | runs | CPU time (median) | peak heap (median, min–max) |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const r of rows) {
    const f = (v: number) => formatValue(v, r.unit);
    const same = r.value.runs === 1;
    lines.push(
      `| ${r.section} | ${r.what} | ${f(r.value.median)} | ${same ? "" : f(r.value.min)} | ${same ? "" : f(r.value.max)} | ${r.value.runs} | ${r.cpu ? formatValue(r.cpu.median, "ms") : ""} | ${heapCell(r.heap)} |`,
    );
  }
  return lines.join("\n");
}

/** The order: extraction, cold start, formulas, menu actions, sidebar (memory is a column). */
const SECTIONS = [
  "Extraction",
  "Cold start",
  "Formulas on ranges",
  "Menu actions",
  "Sidebar",
  "Hostile input",
];

/** A hostile input's 16 K, 64 K or ratio row: these have a table of their own. */
const HOSTILE_ROW = /^hostile\.(.+)\.(16k|64k|ratio)$/;

export function orderedRows(results: Results): Row[] {
  const rank = (r: Row) => {
    const i = SECTIONS.indexOf(r.section);
    return i < 0 ? SECTIONS.length : i;
  };
  return results.scenarios
    .flatMap((s) => s.rows)
    .filter((r) => !HOSTILE_ROW.test(r.id))
    .sort((a, b) => rank(a) - rank(b));
}

/** One line per hostile input: its CPU time at 16 K and 64 K characters and their ratio. */
export function hostileTable(results: Results): string {
  const rows = results.scenarios.flatMap((s) => s.rows);
  const byInput = new Map<string, Partial<Record<"16k" | "64k" | "ratio", Row>>>();
  for (const r of rows) {
    const m = HOSTILE_ROW.exec(r.id);
    if (!m) continue;
    const entry = byInput.get(m[1]!) ?? {};
    entry[m[2] as "16k" | "64k" | "ratio"] = r;
    byInput.set(m[1]!, entry);
  }
  if (byInput.size === 0) return "";
  const cpu = (r: Row | undefined) => (r ? formatValue(r.cpu?.median ?? r.value.median, "ms") : "");
  const lines = [
    "| hostile input (CPU time per reading) | 16 K | 64 K | 64 K / 16 K |",
    "| --- | ---: | ---: | ---: |",
  ];
  for (const [name, r] of byInput) {
    const what = r["16k"]?.what.replace(/, 16 K$/, "") ?? name;
    lines.push(
      `| ${what} | ${cpu(r["16k"])} | ${cpu(r["64k"])} | ${r.ratio ? formatValue(r.ratio.value.median, "ratio") : ""} |`,
    );
  }
  return lines.join("\n");
}

export function render(results: Results): string {
  const rows = orderedRows(results);
  const out = [
    `Seriktes benchmark, ${results.date} (${results.git}), ${results.machine.cpus} × ${results.machine.cpuModel}, node ${results.machine.node}, load average ${results.machine.loadBefore.toFixed(1)} before / ${results.machine.loadAfter.toFixed(1)} after`,
    "",
    rowsTable(rows),
    "",
    ...(hostileTable(results) ? [hostileTable(results), ""] : []),
    "| target | measured | met |",
    "| --- | --- | :---: |",
    ...results.targets.map(
      (t) => `| ${t.text} | ${t.measured} | ${t.ok === null ? "–" : t.ok ? "yes" : "**no**"} |`,
    ),
    "",
  ];
  for (const s of results.scenarios) {
    if (s.skipped) out.push(`- ${s.scenario}: NOT MEASURED: ${s.skipped.split("\n")[0]}`);
    for (const n of s.notes) out.push(`- ${s.scenario}: ${n}`);
  }
  return out.join("\n");
}

export function writeJson(path: string, results: Results): void {
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}
