// One cold-start sample, run as its own process by scenarios/cold-start.ts (a fresh process: no V8 code
// cache, no JIT-compiled engine): evaluate dist/Code.js in a fresh context holding the harness's fakes,
// call INSTITUTION once, then PARTNERSHIPS once; then the same again in a second fresh context of the now
// warm process. Prints one JSON line. With `partnerships-first`, INSTITUTION is left out; with
// `gazetteer-first`, the INSTITUTION call names an institution only the world gazetteer knows.
import v8 from "node:v8";
import { fn } from "./bundle";
import { generateCorpus } from "./corpus/index";
import { directorySheet } from "./corpus/workbook";
import { freshHarness } from "./harness";

const article = generateCorpus(40).find((a) => a.bytes > 2000 && a.bytes < 4000)?.text ?? "";

// Translated, missed by the directory, found in the gazetteer as "Białystok University of Technology".
const GAZETTEER_NAME = "Белостокский технологический университет";

/** `institutionFirst` false: PARTNERSHIPS is the first call, as when a PARTNERSHIPS cell recalculates. */
function sample(
  institutionFirst: boolean,
  name: string,
): {
  evalMs: number;
  institutionMs: number;
  partnershipsMs: number;
  heapPeak: number;
  institution: unknown;
} {
  const base = process.memoryUsage().heapUsed;
  const profiler = new v8.GCProfiler();
  profiler.start();
  const { globals, evalMs } = freshHarness({ workbook: { Directory: directorySheet() } });
  const t1 = performance.now();
  const institution = institutionFirst ? fn(globals, "INSTITUTION")(name) : null;
  const t2 = performance.now();
  fn(globals, "PARTNERSHIPS")(article);
  const t3 = performance.now();
  let peak = process.memoryUsage().heapUsed;
  for (const s of profiler.stop().statistics) peak = Math.max(peak, s.beforeGC.heapStatistics.usedHeapSize);
  return { evalMs, institutionMs: t2 - t1, partnershipsMs: t3 - t2, heapPeak: peak - base, institution };
}

const mode = process.argv[2];
const institutionFirst = mode !== "partnerships-first";
const name = mode === "gazetteer-first" ? GAZETTEER_NAME : "КазНУ";
const cold = sample(institutionFirst, name);
const warm = sample(institutionFirst, name);
process.stdout.write(`${JSON.stringify({ cold, warm })}\n`);
