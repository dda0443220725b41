// One scenario in its own process (so heap peaks and JIT state don't mix): `child.ts NAME OUT.json`.
import { writeFileSync } from "node:fs";
import type { ScenarioReport } from "./report";
import { SCENARIOS } from "./scenarios/index";

const [name, out] = process.argv.slice(2);
const scenario = SCENARIOS.find((s) => s.name === name);
if (!scenario || !out) {
  console.error(`usage: child.ts <${SCENARIOS.map((s) => s.name).join("|")}> <out.json>`);
  process.exit(2);
}
let report: ScenarioReport;
try {
  report = await scenario.run();
} catch (e) {
  report = {
    scenario: scenario.name,
    rows: [],
    skipped: e instanceof Error ? (e.stack ?? e.message).split("\n").slice(0, 6).join("\n") : String(e),
    notes: [],
  };
}
writeFileSync(out, JSON.stringify(report));
// The bundle or the browser may leave timers or handles behind: the report is written, so stop.
process.exit(0);
