// Every scenario `npm run bench` runs, in order, each in its own child process.
import type { ScenarioReport } from "../report";
import * as bundleSize from "./bundle-size";
import * as extraction from "./extraction";

export interface Scenario {
  name: string;
  run: () => Promise<ScenarioReport>;
  /** Wall-clock limit of the child process. */
  timeoutMs: number;
}

export const SCENARIOS: readonly Scenario[] = [
  { name: "bundle-size", run: bundleSize.run, timeoutMs: 30_000 },
  { name: "extraction", run: extraction.run, timeoutMs: 180_000 },
];
