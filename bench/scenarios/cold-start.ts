// 2. Cold start: what every custom formula call pays before its work: Apps Script evaluates the whole
// Code.js, then the formula's first call sets up what it needs (the directory index...).
// Each sample is a fresh process (bench/cold-sample.ts), so nothing is cached from an earlier sample.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "../bundle";
import { stats } from "../measure";
import type { Row, ScenarioReport } from "../report";

const SAMPLES = 21;

interface Sample {
  evalMs: number;
  institutionMs: number;
  partnershipsMs: number;
  heapPeak: number;
  institution: unknown;
}

export async function run(): Promise<ScenarioReport> {
  const cold: Sample[] = [];
  const warm: Sample[] = [];
  const alone: Sample[] = [];
  const gazetteer: Sample[] = [];
  const sampleOnce = (mode: string): { cold: Sample; warm: Sample } => {
    const out = execFileSync(
      process.execPath,
      ["--import", "tsx", join(ROOT, "bench/cold-sample.ts"), mode],
      {
        cwd: ROOT,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    return JSON.parse(out.trim().split("\n").pop() ?? "") as { cold: Sample; warm: Sample };
  };
  for (let i = 0; i < SAMPLES; i++) {
    const parsed = sampleOnce("institution-first");
    cold.push(parsed.cold);
    warm.push(parsed.warm);
    if (i % 2 === 0) alone.push(sampleOnce("partnerships-first").cold);
    if (i % 2 === 1) gazetteer.push(sampleOnce("gazetteer-first").cold);
  }
  const section = "Cold start";
  const heap = stats(cold.map((s) => s.heapPeak));
  const pick = (xs: Sample[], k: "evalMs" | "institutionMs" | "partnershipsMs") => stats(xs.map((s) => s[k]));
  const rows: Row[] = [
    {
      id: "coldstart.eval_ms",
      section,
      what: "evaluate dist/Code.js in a fresh vm context (fresh process)",
      unit: "ms",
      value: pick(cold, "evalMs"),
    },
    {
      id: "coldstart.first_institution_ms",
      section,
      what: 'then first INSTITUTION("КазНУ")',
      unit: "ms",
      value: pick(cold, "institutionMs"),
    },
    {
      id: "coldstart.first_partnerships_ms",
      section,
      what: "then first PARTNERSHIPS(one 2-4 KB article)",
      unit: "ms",
      value: pick(cold, "partnershipsMs"),
    },
    {
      id: "coldstart.eval_plus_institution_ms",
      section,
      what: "evaluate + first INSTITUTION (the target's sum)",
      unit: "ms",
      value: stats(cold.map((s) => s.evalMs + s.institutionMs)),
      heap,
    },
    {
      id: "coldstart.partnerships_alone_ms",
      section,
      what: "evaluate + first PARTNERSHIPS, no call before it (a PARTNERSHIPS cell's cold cost)",
      unit: "ms",
      value: stats(alone.map((s) => s.evalMs + s.partnershipsMs)),
      heap: stats(alone.map((s) => s.heapPeak)),
    },
    {
      id: "coldstart.gazetteer_institution_ms",
      section,
      what: "evaluate + first INSTITUTION of a name only the gazetteer knows (the gazetteer read at first need)",
      unit: "ms",
      value: stats(gazetteer.map((s) => s.evalMs + s.institutionMs)),
      heap: stats(gazetteer.map((s) => s.heapPeak)),
    },
    {
      id: "coldstart.warm_eval_ms",
      section,
      what: "evaluate again in a 2nd fresh context (warm process)",
      unit: "ms",
      value: pick(warm, "evalMs"),
    },
    {
      id: "coldstart.warm_institution_ms",
      section,
      what: "then first INSTITUTION (warm process)",
      unit: "ms",
      value: pick(warm, "institutionMs"),
    },
  ];
  return {
    scenario: "cold-start",
    rows,
    notes: [
      `${SAMPLES} fresh processes, the harness's fakes in a fresh vm context (formulas read the Directory sheet and the document cache); INSTITUTION("КазНУ") gave ${JSON.stringify(cold[0]?.institution)}; the gazetteer's name gave ${JSON.stringify(gazetteer[0]?.institution)}`,
    ],
  };
}
