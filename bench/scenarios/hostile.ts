// 7. Hostile input: each generator of bench/corpus/hostile.ts at 16 K and 64 K characters, through every step
// a user's text meets (the page reader when it is a page, the article check, extraction, and the text
// formulas), and the ratio of the two times: a linear cost gives about 4x, a quadratic one 16x. Then
// PARTNERSHIPS over four 50,000-character hostile cells (a cell's limit), each call in a fresh context.
import { type Engine, fn, loadEngine } from "../bundle";
import { HOSTILE_INPUTS, HOSTILE_SIZES, type HostileInput } from "../corpus/hostile";
import { freshHarness } from "../harness";
import { measure, measureOnce, type Stats, stats } from "../measure";
import type { Row, ScenarioReport } from "../report";

/** Everything the engine does with one text. */
function readAll(engine: Engine, input: HostileInput, text: string): number {
  let n = 0;
  if (input.page) n += engine.articleFromHtml(text).text.length;
  n += engine.extractArticle(text).partnerships.length;
  n += (engine.agreementOf(text) ?? "").length + (engine.statusOf(text) ?? "").length;
  n += engine.fieldsOf(text).length + (engine.articleDate(text) ?? "").length;
  n += engine.summarizeArticle(text, 2).length + engine.detectLanguage(text).length;
  n += engine.findInstitution(text)?.name.length ?? 0;
  return n;
}

/** CPU ms of one reading, from enough repetitions to be well above the timer's grain. */
function timeOne(read: () => number, reps: number, runs: number): { wall: Stats; cpu: Stats } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const m = measureOnce(() => {
      for (let i = 0; i < reps; i++) read();
    });
    wall.push(m.ms / reps);
    cpu.push(m.cpuMs / reps);
  }
  return { wall: stats(wall), cpu: stats(cpu) };
}

export async function run(): Promise<ScenarioReport> {
  const engine = await loadEngine();
  const section = "Hostile input";
  const rows: Row[] = [];
  const notes: string[] = [];
  readAll(engine, HOSTILE_INPUTS[0]!, "KazNU and Wuhan University signed a memorandum. <p>x</p>");
  const [small, large] = HOSTILE_SIZES;
  for (const input of HOSTILE_INPUTS) {
    const texts = [input.make(small), input.make(large)];
    // As many repetitions as make the 16 K reading take 50 ms or more; the same for 64 K.
    const probe = measureOnce(() => readAll(engine, input, texts[0]!)).cpuMs;
    const reps = Math.max(1, Math.min(200, Math.ceil(50 / Math.max(probe, 0.05))));
    const [a, b] = texts.map((t) => timeOne(() => readAll(engine, input, t), reps, 5));
    const ratio = b!.cpu.median / a!.cpu.median;
    const label = `${input.name}: ${input.what}${input.page ? " (page and text)" : ""}`;
    rows.push(
      {
        id: `hostile.${input.name}.16k`,
        section,
        what: `${label}, 16 K`,
        unit: "ms",
        value: a!.wall,
        cpu: a!.cpu,
      },
      {
        id: `hostile.${input.name}.64k`,
        section,
        what: `${label}, 64 K`,
        unit: "ms",
        value: b!.wall,
        cpu: b!.cpu,
      },
      {
        id: `hostile.${input.name}.ratio`,
        section,
        what: `${label}, 64 K / 16 K (CPU)`,
        unit: "ratio",
        value: { median: ratio, min: ratio, max: ratio, runs: 1 },
      },
    );
  }

  // Four PARTNERSHIPS cells, each its own call in a fresh context, as Sheets makes them.
  const worst = ["alpha-university", "chinese-university", "kazakh-heads", "many-partners"];
  const cells = worst.map((name) => HOSTILE_INPUTS.find((i) => i.name === name)!.make(50_000));
  const fresh = () =>
    cells.map(() =>
      fn(
        freshHarness({ workbook: { Directory: [["Name", "Aliases", "Country", "Type", "City"]] } }).globals,
        "PARTNERSHIPS",
      ),
    );
  const four = measure({ runs: 3, setup: fresh }, (formulas) => {
    let out = 0;
    formulas.forEach((partnerships, i) => {
      const value = partnerships(cells[i]);
      out += Array.isArray(value) ? value.length : 0;
    });
    return out;
  });
  rows.push({
    id: "hostile.partnerships_four.ms",
    section,
    what: `PARTNERSHIPS over four hostile 50,000-character cells (${worst.join(", ")}), one call each`,
    unit: "ms",
    value: four.time,
    cpu: four.cpu,
    heap: four.heap,
  });
  notes.push(
    "hostile input: each reading is the page reader (page inputs), extractArticle, and AGREEMENT_TYPE, PARTNERSHIP_STATUS, PARTNERSHIP_FIELDS, ARTICLE_DATE, ARTICLE_SUMMARY, ARTICLE_LANGUAGE and INSTITUTION's engine calls, on the engine bundled as Code.js is",
    `hostile input: 16 K = ${small.toLocaleString("en-US")} and 64 K = ${large.toLocaleString("en-US")} characters; ratios on CPU time`,
  );
  return { scenario: "hostile", rows, notes };
}
