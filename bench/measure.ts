// Timing and memory of repeated runs: median/min/max of wall time, and the peak heap each run reached above
// the heap it started from (read from V8's GC callbacks, so a peak in the middle of synchronous work is
// seen too: the heap only grows between collections, so its peak is just before one of them or at the end).
import v8 from "node:v8";

export interface Stats {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function stats(samples: readonly number[]): Stats {
  if (samples.length === 0) throw new Error("stats of no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: sorted.length };
}

const collect = (): void => {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
};

/**
 * Runs `fn` once and returns its wall time, the CPU time this process spent meanwhile (user + system, all
 * its threads: the figure other processes on a shared machine don't inflate), and its peak heap above the
 * heap it started from (bytes).
 */
export function measureOnce<T>(fn: () => T): { ms: number; cpuMs: number; heapPeak: number; value: T } {
  collect();
  const base = process.memoryUsage().heapUsed;
  const profiler = new v8.GCProfiler();
  profiler.start();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const end = process.memoryUsage().heapUsed;
  const profile = profiler.stop();
  let peak = end;
  for (const s of profile.statistics) peak = Math.max(peak, s.beforeGC.heapStatistics.usedHeapSize);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, heapPeak: Math.max(0, peak - base), value };
}

export interface Measured<T> {
  time: Stats;
  /** CPU time of the process over the same runs, ms. */
  cpu: Stats;
  heap: Stats;
  /** The value of the last run (to check the work was real). */
  last: T;
  samples: number[];
}

/**
 * `runs` measured runs of `fn` (after `warmup` unmeasured ones). `setup` runs before each run, outside the
 * measured time (e.g. a fresh vm context or freshly filled sheets), and its result is handed to `fn`.
 */
export function measure<S, T>(
  options: { runs: number; warmup?: number; setup: () => S },
  fn: (state: S) => T,
): Measured<T> {
  for (let i = 0; i < (options.warmup ?? 0); i++) fn(options.setup());
  const times: number[] = [];
  const cpus: number[] = [];
  const heaps: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < options.runs; i++) {
    const state = options.setup();
    const r = measureOnce(() => fn(state));
    times.push(r.ms);
    cpus.push(r.cpuMs);
    heaps.push(r.heapPeak);
    last = r.value;
  }
  return { time: stats(times), cpu: stats(cpus), heap: stats(heaps), last: last as T, samples: times };
}

/** Same as `measure` for an async step (a browser page): heap is not measured. */
export async function measureAsync<S, T>(
  options: { runs: number; warmup?: number; setup: () => Promise<S> | S },
  fn: (state: S) => Promise<T>,
): Promise<{ time: Stats; last: T }> {
  for (let i = 0; i < (options.warmup ?? 0); i++) await fn(await options.setup());
  const times: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < options.runs; i++) {
    const state = await options.setup();
    const t0 = performance.now();
    last = await fn(state);
    times.push(performance.now() - t0);
  }
  return { time: stats(times), last: last as T };
}
