// The vitest run of `npm test`: runs every test with the default reporter (for people) and the JSON reporter
// (test-results/vitest.json), then ends with the plain line "N passed, N failed[, N skipped]" that CI reads.
// With CI set, a browser test that skipped or a run with no browser test passing fails the run: the sidebar
// must have been tested in a real browser.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "test-results", "vitest.json");

interface Assertion {
  status: "passed" | "failed" | "skipped" | "pending" | "todo" | "disabled";
}
interface Report {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numFailedTestSuites: number;
  testResults: { name: string; status: string; assertionResults: Assertion[] }[];
}

mkdirSync(dirname(out), { recursive: true });
rmSync(out, { force: true });
const vitest = spawnSync(
  process.execPath,
  [
    join(root, "node_modules/vitest/vitest.mjs"),
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${out}`,
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: "inherit" },
);

if (!existsSync(out)) {
  console.log("vitest wrote no report");
  console.log("0 passed, 1 failed");
  process.exit(1);
}
const report = JSON.parse(readFileSync(out, "utf8")) as Report;
// A file that failed to load, or whose beforeAll failed, is a failure even though its tests show as skipped.
let failed = report.numFailedTests;
let skipped = report.numPendingTests + report.numTodoTests;
for (const file of report.testResults.filter((f) => f.status === "failed")) {
  const unrun = file.assertionResults.filter((a) => a.status !== "passed" && a.status !== "failed").length;
  failed += Math.max(unrun, file.assertionResults.length === 0 ? 1 : 0);
  skipped -= unrun;
}

let browserProblem = "";
if (process.env.CI) {
  const browser = report.testResults.filter((f) =>
    relative(root, f.name).startsWith(join("test", "browser")),
  );
  const results = browser.flatMap((f) => f.assertionResults);
  if (!results.some((a) => a.status === "passed")) browserProblem = "no browser test passed";
  else if (results.some((a) => a.status !== "passed" && a.status !== "failed")) {
    browserProblem = "a browser test was skipped";
  }
  if (browserProblem) console.log(`CI: ${browserProblem}; Chromium must run the browser tests.`);
}

console.log(`${report.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(vitest.status !== 0 || failed > 0 || browserProblem ? 1 : 0);
