// The shape of what each scenario reports and what bench/results.json holds.
import type { Stats } from "./measure";

export type Unit = "ms" | "bytes" | "per_s" | "MB_per_s" | "ratio" | "calls";

export interface Row {
  /** Stable key, e.g. "extraction.ratio". */
  id: string;
  section: string;
  what: string;
  unit: Unit;
  value: Stats;
  /** Peak heap above the starting heap, bytes (for the runs `value` comes from). */
  heap?: Stats;
  /** CPU time of the measuring process over the same runs (ms): what a shared machine doesn't inflate. */
  cpu?: Stats;
  note?: string;
}

export interface Target {
  id: string;
  text: string;
  ok: boolean | null;
  /** What was measured, in words, e.g. "31 ms". */
  measured: string;
}

export interface ScenarioReport {
  scenario: string;
  rows: Row[];
  /** Set when the scenario could not run (a piece not built yet, an error): the reason. */
  skipped?: string;
  notes: string[];
}

export interface Results {
  date: string;
  machine: {
    cpus: number;
    cpuModel: string;
    node: string;
    platform: string;
    memoryGB: number;
    /** 1-minute load average when the run started and ended: above the core count, other work shared the CPUs. */
    loadBefore: number;
    loadAfter: number;
  };
  git: string;
  scenarios: ScenarioReport[];
  targets: Target[];
}

export const single = (v: number): Stats => ({ median: v, min: v, max: v, runs: 1 });
