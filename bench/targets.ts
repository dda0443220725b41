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
      "extraction within 12x a plain word-splitting pass",
      ratio,
      (v) => v <= 12,
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
    check(
      "cold_gazetteer",
      "cold start + first INSTITUTION of a name only the gazetteer knows under 250 ms (translation included)",
      median(rows, "coldstart.gazetteer_institution_ms"),
      (v) => v < 250,
      ms,
    ),
    check(
      "institution_gazetteer_10000",
      "10,000 INSTITUTION cells of names only the gazetteer knows under 2 s (every cell translated and matched)",
      median(rows, "formulas.institution_gazetteer_10000.ms"),
      (v) => v < 2000,
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
    ...hostileTargets(rows),
    // Issue 11 raised the limit from 400 KB: the directory holds Kazakhstan's register and the world's names.
    check(
      "bundle_size",
      "bundle (dist/Code.js) under 1.2 MB",
      median(rows, "bundle.code_bytes"),
      (v) => v < 1_200_000,
      (v) => `${(v / 1000).toFixed(1)} KB`,
    ),
  ];
}

/** Issue 13: every hostile input linear (64 K within 6x of 16 K) and under 1 s at 64 K; four cells far under 30 s. */
function hostileTargets(rows: readonly Row[]): Target[] {
  const of = (kind: string) =>
    rows
      .filter((r) => r.id.startsWith("hostile.") && r.id.endsWith(`.${kind}`))
      .map((r) => ({ name: r.id.split(".")[1]!, v: r.cpu?.median ?? r.value.median }));
  const worst = (list: { name: string; v: number }[]) =>
    list.length === 0 ? undefined : list.reduce((a, b) => (b.v > a.v ? b : a));
  const ratio = worst(of("ratio"));
  const large = worst(of("64k"));
  // On CPU time, as the ratios: a shared machine's load would otherwise decide it.
  const fourRow = rows.find((r) => r.id === "hostile.partnerships_four.ms");
  const four = fourRow?.cpu?.median ?? fourRow?.value.median;
  return [
    check(
      "hostile_ratio",
      "hostile input: every 64 K / 16 K ratio under 6x (linear is about 4x)",
      ratio?.v,
      (v) => v < 6,
      (v) => `${v.toFixed(1)}x at most (${ratio?.name})`,
    ),
    check(
      "hostile_64k",
      "hostile input: every 64 K input under 1 s (CPU)",
      large?.v,
      (v) => v < 1000,
      (v) => `${v.toFixed(0)} ms at most (${large?.name})`,
    ),
    check(
      "hostile_four_cells",
      "PARTNERSHIPS over four hostile cells under 5 s of CPU (of the 30 s limit)",
      four,
      (v) => v < 5000,
      (v) => `${v.toLocaleString("en-US", { maximumFractionDigits: 0 })} ms`,
    ),
  ];
}
