// The bundle on HARNESS's fakes (test/harness): custom formulas read the Directory sheet and the document
// cache, and menu actions read and write sheets, so they run where SpreadsheetApp, CacheService... exist.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { evaluateBundle, type Harness, type LoadOptions, loadBundle } from "../test/harness/index";
import { DIST, type Globals } from "./bundle";

export type { Harness };

let empty: string | undefined;

/** A dist directory whose Code.js is empty: the fakes are built without evaluating the real bundle. */
function emptyDist(): string {
  if (!empty) {
    empty = join(os.tmpdir(), `seriktes-bench-empty-${process.pid}`);
    mkdirSync(empty, { recursive: true });
    writeFileSync(join(empty, "Code.js"), "");
  }
  return empty;
}

/**
 * The harness's fakes in a fresh context, then dist/Code.js evaluated into it: `evalMs` is the evaluation
 * alone (the fakes' own set-up is not Apps Script's cost to us).
 */
export function freshHarness(options: LoadOptions = {}): { h: Harness; evalMs: number; globals: Globals } {
  const h = loadBundle({ ...options, distDir: emptyDist() });
  const t0 = performance.now();
  evaluateBundle(h.context, DIST);
  const evalMs = performance.now() - t0;
  return { h, evalMs, globals: h.context as Globals };
}

/** The whole harness on the real dist/ (HTML pages included), as tests load it. */
export function loadHarness(options: LoadOptions = {}): Harness {
  return loadBundle({ distDir: DIST, ...options });
}
