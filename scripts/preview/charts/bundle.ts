// Bundles the preview's chart drawing (Chart.js, chartjs-chart-geo and the world map's outlines) for the
// page, once per process, in memory: nothing of it goes to dist/, which is what clasp pushes.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
let bundled: Promise<string> | undefined;

export function chartsBundle(): Promise<string> {
  bundled ??= build({
    entryPoints: [join(here, "client.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: true,
    legalComments: "none",
    charset: "utf8",
    logLevel: "warning",
  }).then((result) => result.outputFiles[0]?.text ?? "");
  return bundled;
}
