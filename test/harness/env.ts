// What every fake shares: the clock, the counters and the vm realm's own Error and Date, so errors thrown
// into the bundle pass its `instanceof Error` and dates it reads pass `instanceof Date`.
import type { VirtualClock } from "./clock";
import type { Counters } from "./counters";

export interface Realm {
  Error: ErrorConstructor;
  Date: DateConstructor;
}

export class Env {
  /** When the current execution (a trigger, menu click, google.script.run call) started, virtual ms. */
  executionStart: number;
  /** Apps Script stops an execution after 6 minutes (30 s for a custom function). */
  executionLimitMs: number;
  /** True while a custom function runs: it may read but not write, show Ui or take locks. */
  customFunction = false;
  /** Above 0 while Sheets itself works (recalculating formulas): calls are neither counted nor charged. */
  muted = 0;

  constructor(
    readonly clock: VirtualClock,
    readonly counters: Counters,
    public realm: Realm,
    executionLimitMs = 360_000,
  ) {
    this.executionStart = clock.now();
    this.executionLimitMs = executionLimitMs;
  }

  /** An error of the bundle's realm. */
  error(message: string): Error {
    return new this.realm.Error(message);
  }

  /** A Date of the bundle's realm. */
  date(ms: number): Date {
    return new this.realm.Date(ms);
  }

  /**
   * Counts one service call, charges its cost to the clock, and stops the execution (as Apps Script
   * does) once it has run past its limit.
   */
  call(method: string, sheet?: string, kind?: "read" | "write"): void {
    if (
      this.customFunction &&
      (kind === "write" || /^(Ui|Menu|Lock|ScriptApp)\.|^Properties\.(set|delete)|getUi$/.test(method))
    ) {
      throw this.error(`You do not have permission to call ${method}`);
    }
    if (this.muted > 0) return;
    this.counters.record(method, sheet, kind);
    this.clock.advance(this.clock.costOf(method));
    if (this.clock.now() - this.executionStart > this.executionLimitMs) {
      throw this.error("Exceeded maximum execution time");
    }
  }
}
