// `npm run eval`: scores the engine on labelled articles with the project's scorer (scripts/eval/score.ts).
//   npm run eval                                        the project's own sets (test/fixtures/articles/unseen*, kklatin*, heldout*)
//   npm run eval -- LABELS.jsonl [--texts DIR]          any labels file (texts inline or DIR/<id>.txt)
//   npm run eval -- test/fixtures/articles/unseen3      one set folder
//   --show        each miss, per article
//   --cmd "CMD"   score a command (JSON lines in and out, like `npm run --silent extract`) instead of the
//                 engine in this process
import { spawnSync } from "node:child_process";
import {
  addTally,
  emptyTally,
  figures,
  type LabelledPair,
  type Prediction,
  report,
  scoreArticle,
  type Tally,
} from "./eval/score";
import { ARTICLES_DIR, type Article, extractInProcess, projectSets, readSet } from "./eval/sets";

const args = process.argv.slice(2);
const show = args.includes("--show");
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith("--")) throw new Error(`${name} needs a value`);
  return value;
};
const textsDir = option("--texts");
const command = option("--cmd");
const paths = args.filter(
  (arg, i) => !arg.startsWith("--") && !["--texts", "--cmd"].includes(args[i - 1] ?? ""),
);

/** Predictions by article id, from a command given every article as a JSON line. */
function runCommand(cmd: string, articles: readonly Article[]): Map<string, Prediction> {
  const input = `${articles.map((a) => JSON.stringify({ id: a.id, text: a.text })).join("\n")}\n`;
  const run = spawnSync("sh", ["-c", cmd], { input, encoding: "utf8", maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`${cmd} failed with ${run.status}: ${run.stderr}`);
  const out = new Map<string, Prediction>();
  for (const line of run.stdout.split("\n")) {
    const trimmed = line.trim();
    if (!trimmed.startsWith("{")) continue;
    try {
      const record = JSON.parse(trimmed) as { id?: unknown; partnerships?: LabelledPair[] };
      if (record.id !== undefined && record.id !== null)
        out.set(String(record.id), { partnerships: record.partnerships ?? [] });
    } catch {
      // Not a result line.
    }
  }
  return out;
}

function scoreSet(name: string, articles: readonly Article[]): Tally {
  const started = performance.now();
  const predictions = command
    ? runCommand(command, articles)
    : new Map(articles.map((a) => [a.id, extractInProcess(a.text)] as const));
  const tally = emptyTally();
  const misses: string[] = [];
  for (const article of articles) {
    const notes = scoreArticle(tally, article, predictions.get(article.id));
    if (notes.length > 0) misses.push(article.id, ...notes);
  }
  console.log(`== ${name} (${(performance.now() - started).toFixed(0)} ms)`);
  if (show) for (const line of misses) console.log(line);
  for (const line of report(tally)) console.log(line);
  return tally;
}

const r3 = (x: number) => x.toFixed(3);

function table(rows: ReadonlyArray<readonly [string, Tally]>): void {
  const langs = [...new Set(rows.flatMap(([, t]) => [...t.byLang.keys()]))].sort();
  const head = [
    "set",
    "articles",
    "pair F1",
    ...langs.map((l) => `${l} F1`),
    "agreement",
    "status",
    "fields F1",
    "partner F1",
    "country",
  ];
  const body = rows.map(([name, t]) => {
    const f = figures(t);
    const byLang = new Map(f.pairF1ByLang.map((l) => [l.lang, l.f1]));
    return [
      name,
      String(t.articles),
      r3(f.pairF1),
      ...langs.map((l) => (byLang.has(l) ? r3(byLang.get(l)!) : "-")),
      r3(f.agreement),
      r3(f.status),
      r3(f.fieldsF1),
      r3(f.partnerF1),
      r3(f.country),
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(line(head));
  for (const row of body) console.log(line(row));
}

const sets = paths.length > 0 ? paths : projectSets().map((name) => `${ARTICLES_DIR}/${name}`);
const rows: Array<readonly [string, Tally]> = [];
for (const path of sets) {
  const set = readSet(path, textsDir);
  rows.push([set.name, scoreSet(set.name, set.articles)]);
}
if (rows.length > 1) {
  const total = emptyTally();
  for (const [, t] of rows) addTally(total, t);
  rows.push(["all", total]);
}
console.log("");
table(rows);
