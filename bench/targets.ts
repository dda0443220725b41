// The targets, checked against the rows of one run.
import type { Row, Target } from "./report";

const median = (rows: readonly Row[], id: string): number | undefined =>
  rows.find((r) => r.id === id)?.value.median;

function check(
  id: string,
  text: string,
  measured: number | undefined,
  ok: (v: number) => boolean,
  show: (v: number) => string,
): Target {
  return measured === undefined
    ? { id, text, ok: null, measured: "not measured" }
    : { id, text, ok: ok(measured), measured: show(measured) };
}

export function evaluateTargets(rows: readonly Row[]): Target[] {
  const ms = (v: number) =>
    v < 100 ? `${v.toFixed(1)} ms` : `${v.toLocaleString("en-US", { maximumFractionDigits: 0 })} ms`;
  const ratio = median(rows, "extraction.ratio");
  const coldInstitution = median(rows, "coldstart.eval_plus_institution_ms");
  const calls = (n: string) => {
    const r = median(rows, `menu.extract_${n}.reads`);
    const w = median(rows, `menu.extract_${n}.writes`);
    return r === undefined || w === undefined ? undefined : { r, w };
  };
  const c1 = calls("1000");
  const c10 = calls("10000");
  const extract10 = median(rows, "menu.extract_10000.ms");
  const sameCalls = c1 && c10 ? c1.r === c10.r && c1.w === c10.w : undefined;
  return [
    check(
      "extraction_ratio",
      "extraction within 15x a plain word-splitting pass",
      ratio,
      (v) => v <= 15,
      (v) => `${v.toFixed(1)}x`,
    ),
    check(
      "cold_institution",
      "cold start + first INSTITUTION under 50 ms",
      coldInstitution,
      (v) => v < 50,
      ms,
    ),
    check(
      "institution_10000",
      "10,000 INSTITUTION cells under 1 s",
      median(rows, "formulas.institution_10000.ms"),
      (v) => v < 1000,
      ms,
    ),
    check("extract_10000", "Extract over 10,000 sources under 60 s", extract10, (v) => v < 60_000, ms),
    sameCalls === undefined
      ? {
          id: "extract_calls",
          text: "Extract: as many spreadsheet calls over 10,000 sources as over 1,000",
          ok: null,
          measured: "not measured",
        }
      : {
          id: "extract_calls",
          text: "Extract: as many spreadsheet calls over 10,000 sources as over 1,000",
          ok: sameCalls,
          measured: `1,000: ${c1!.r} reads + ${c1!.w} writes; 10,000: ${c10!.r} reads + ${c10!.w} writes`,
        },
    check(
      "bundle_size",
      "bundle (dist/Code.js) under 400 KB",
      median(rows, "bundle.code_bytes"),
      (v) => v < 400_000,
      (v) => `${(v / 1000).toFixed(1)} KB`,
    ),
  ];
}
