// Every scenario `npm run bench` runs, in order, each in its own child process.
import type { ScenarioReport } from "../report";
import * as bundleSize from "./bundle-size";
import * as coldStart from "./cold-start";
import * as extraction from "./extraction";
import * as feeds from "./feeds";
import * as formulas from "./formulas";
import * as hostile from "./hostile";
import * as menu from "./menu";
import * as sidebar from "./sidebar";

export interface Scenario {
  name: string;
  run: () => Promise<ScenarioReport>;
  /** Wall-clock limit of the child process. */
  timeoutMs: number;
}

export const SCENARIOS: readonly Scenario[] = [
  { name: "bundle-size", run: bundleSize.run, timeoutMs: 30_000 },
  { name: "extraction", run: extraction.run, timeoutMs: 180_000 },
  { name: "cold-start", run: coldStart.run, timeoutMs: 240_000 },
  { name: "formulas", run: formulas.run, timeoutMs: 240_000 },
  { name: "menu", run: menu.run, timeoutMs: 420_000 },
  { name: "sidebar", run: sidebar.run, timeoutMs: 180_000 },
  { name: "hostile", run: hostile.run, timeoutMs: 300_000 },
  { name: "feeds", run: feeds.run, timeoutMs: 240_000 },
];
