// `npm run bench`: runs every scenario in its own child process (node --expose-gc, so each heap peak is
// its own), then prints the table and writes bench/results.json. Run `npm run build` first (the npm script
// does); `tsx bench/run.ts extraction coldstart` runs only the named scenarios.
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { DIST, ROOT } from "./bundle";
import type { Results, ScenarioReport } from "./report";
import { SCENARIOS } from "./scenarios/index";
import { render, writeJson } from "./table";
import { evaluateTargets } from "./targets";

function runChild(name: string, out: string, timeoutMs: number): Promise<string> {
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      ["--expose-gc", "--import", "tsx", join(ROOT, "bench/child.ts"), name, out],
      { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] },
    );
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-4000);
    });
    const timer = setTimeout(() => {
      stderr += `\ntimed out after ${timeoutMs / 1000} s`;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("close", () => {
      clearTimeout(timer);
      done(stderr);
    });
  });
}

function gitDescribe(): string {
  try {
    return execFileSync("git", ["log", "-1", "--format=%h %cI"], { cwd: ROOT, encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

const only = process.argv.slice(2);
if (!existsSync(join(DIST, "Code.js"))) throw new Error("dist/Code.js is missing: run `npm run build` first");
const loadBefore = os.loadavg()[0] ?? 0;
const tmp = mkdtempSync(join(os.tmpdir(), "seriktes-bench-"));
// Measure one build throughout, even if dist/ is rebuilt meanwhile (children inherit the variable).
const snapshot = join(tmp, "dist");
cpSync(DIST, snapshot, { recursive: true });
process.env.SERIKTES_BENCH_DIST = snapshot;
const scenarios: ScenarioReport[] = [];
const started = performance.now();
for (const s of SCENARIOS) {
  if (only.length > 0 && !only.includes(s.name)) continue;
  const out = join(tmp, `${s.name}.json`);
  const t0 = performance.now();
  process.stderr.write(`bench: ${s.name} ... `);
  const stderr = await runChild(s.name, out, s.timeoutMs);
  const report: ScenarioReport = existsSync(out)
    ? JSON.parse(readFileSync(out, "utf8"))
    : {
        scenario: s.name,
        rows: [],
        skipped: `child process failed: ${stderr.trim().split("\n").slice(-3).join(" / ")}`,
        notes: [],
      };
  process.stderr.write(
    `${((performance.now() - t0) / 1000).toFixed(1)} s${report.skipped ? " (not measured)" : ""}\n`,
  );
  scenarios.push(report);
}
rmSync(tmp, { recursive: true, force: true });

const cpus = os.cpus();
const results: Results = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? "unknown",
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    loadBefore,
    loadAfter: os.loadavg()[0] ?? 0,
  },
  git: gitDescribe(),
  scenarios,
  targets: evaluateTargets(scenarios.flatMap((s) => s.rows)),
};
console.log(render(results));
if (Math.max(loadBefore, results.machine.loadAfter) > cpus.length) {
  console.log(
    `\nNote: the load average exceeded ${cpus.length} (other work shared the CPUs): times are pessimistic.`,
  );
}
console.log(
  `\n(bench took ${((performance.now() - started) / 1000).toFixed(0)} s; figures in bench/results.json)`,
);
writeJson(join(ROOT, "bench/results.json"), results);
