// What the benchmark runs: the built dist/Code.js in a fresh node:vm context (as Apps Script loads it),
// and the engine bundled the same way for the extraction figures.
import { readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { build } from "esbuild";
import { APPS_SCRIPT_OPTIONS } from "../scripts/build";
import type * as Api from "../src/core/api";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/**
 * The build measured: bench/run.ts copies dist/ aside when it starts and points here
 * (SERIKTES_BENCH_DIST), so a rebuild by someone else during the run changes nothing it measures.
 */
export const DIST = process.env.SERIKTES_BENCH_DIST ?? join(ROOT, "dist");

export function distFile(name: string): string {
  return join(DIST, name);
}

export function fileSize(path: string): number {
  return statSync(path).size;
}

export function readBundle(): string {
  return readFileSync(distFile("Code.js"), "utf8");
}

export type Globals = Record<string, unknown>;

/** A context with only what plain JavaScript has (custom formulas may use no Apps Script service). */
export function bareContext(): vm.Context {
  return vm.createContext({ console });
}

/** Evaluates Code.js in `context` and returns the context's globals. */
export function evaluate(code: string, context: vm.Context, filename = "Code.js"): Globals {
  new vm.Script(code, { filename }).runInContext(context);
  return context as Globals;
}

/** A global function of the bundle, e.g. `fn(g, "INSTITUTION")`. */
export function fn(globals: Globals, name: string): (...args: unknown[]) => unknown {
  const f = globals[name];
  if (typeof f !== "function") throw new Error(`dist/Code.js has no function ${name}`);
  return f as (...args: unknown[]) => unknown;
}

export type Engine = typeof Api;

/**
 * src/core/api.ts bundled with the options scripts/build.ts uses for dist/Code.js (es2020, minified, the
 * directory's words packed) and evaluated in its own vm context: the engine as the formulas run it,
 * callable directly.
 */
export async function loadEngine(): Promise<Engine> {
  const result = await build({
    ...APPS_SCRIPT_OPTIONS,
    entryPoints: [join(ROOT, "src/core/api.ts")],
    globalName: "SeriktesEngine",
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.text ?? "";
  const context = bareContext();
  new vm.Script(code, { filename: "engine.js" }).runInContext(context);
  return (context as { SeriktesEngine: Engine }).SeriktesEngine;
}
