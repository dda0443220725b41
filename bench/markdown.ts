// `tsx bench/markdown.ts`: the README's Performance section (tables and how to reproduce) from the last
// bench/results.json, so the README shows the figures of a real run rather than hand-copied ones.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./bundle";
import type { Results } from "./report";
import { hostileTable, orderedRows, rowsTable } from "./table";

export function performanceSection(results: Results): string {
  const m = results.machine;
  const day = results.date.slice(0, 10);
  const targets = results.targets.map(
    (t) => `| ${t.text} | ${t.measured} | ${t.ok === null ? "not measured" : t.ok ? "yes" : "**no**"} |`,
  );
  return [
    "## Performance",
    "",
    "Apps Script gives a custom formula 30 seconds and a menu action 6 minutes, and evaluates the whole",
    "`Code.js` before every formula call. `npm run bench` (not part of `npm test`) builds the add-on and",
    "measures the built bundle against those limits, each scenario in its own Node process:",
    "",
    "```sh",
    "npm run bench                          # everything, a few minutes on 2 cores; writes bench/results.json",
    "npx tsx bench/run.ts extraction menu   # only some scenarios (after npm run build)",
    "```",
    "",
    `Latest run: ${day}, commit ${results.git.split(" ")[0]}, ${m.cpus} × ${m.cpuModel}, Node ${m.node}.`,
    "Each figure is the median of several runs (min and max beside it); *CPU time* is what the measuring",
    "process itself used, which other work on a shared machine doesn't inflate; *peak heap* is the highest",
    "V8 heap a run reached above the heap it started from (read at every garbage collection).",
    "",
    rowsTable(orderedRows(results)),
    "",
    ...(hostileTable(results) ? [hostileTable(results), ""] : []),
    "| target | measured | met |",
    "| --- | --- | :---: |",
    ...targets,
    "",
    "What is measured:",
    "",
    "- **Extraction**: `extractArticle` over 2,400 generated articles (bench/corpus: seeded English, Russian",
    "  and Kazakh news, 0.5–10 KB, real institutions in their case forms, cue words, background paragraphs),",
    "  bundled as `Code.js` is and run in a `node:vm` context, beside one plain pass over the same text",
    "  (`toLowerCase()` and a split into words). The ratio is the figure to drive down.",
    "- **Cold start**: a fresh process per sample evaluates `dist/Code.js` in a fresh context holding the",
    "  test harness's fakes, then calls `INSTITUTION` once and `PARTNERSHIPS` once.",
    "- **Formulas on ranges**: one call with a 1,000- or 10,000-cell column, in a fresh context each run.",
    "- **Menu actions**: the harness's spreadsheet, with reads and writes counted by its fakes; Merge and",
    "  Summary run on 10,000 Partnerships rows that Extract wrote.",
    "- **Sidebar**: `dist/Sidebar.html` in headless Chromium, bridged to the bundle, with 1,000 rows",
    "  selected; first render is when it shows “1,000 rows selected”, on the page's clock.",
    "- **Hostile input**: each input of bench/corpus/hostile.ts (issue 13's pages and texts made to make a",
    "  step rescan its input, and more found by reading the code) at 16 K and 64 K characters, through every",
    "  step a user's text meets: the page reader (for pages), the article check, extraction, and the text",
    "  formulas' engine calls. A linear cost gives a ratio of about 4x, a quadratic one 16x. Then",
    "  `PARTNERSHIPS` on four 50,000-character hostile cells, each call in a fresh context.",
    "",
  ].join("\n");
}

if (process.argv[1]?.endsWith("markdown.ts")) {
  const results = JSON.parse(readFileSync(join(ROOT, "bench/results.json"), "utf8")) as Results;
  console.log(performanceSection(results));
}
