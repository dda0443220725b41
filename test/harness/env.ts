// What every fake shares: the clock, the counters and the vm realm's own Error and Date, so errors thrown
// into the bundle pass its `instanceof Error` and dates it reads pass `instanceof Date`.
import type { VirtualClock } from "./clock";
import type { Counters } from "./counters";

export interface Realm {
  Error: ErrorConstructor;
  Date: DateConstructor;
}

/** How the script is deployed: bound to the spreadsheet, or a published Editor add-on. */
export type Deployment = "bound" | "addon";

/** ScriptApp.AuthMode: what an execution may touch (Apps Script's authorization lifecycle). */
export type AuthMode = "NONE" | "LIMITED" | "FULL" | "CUSTOM_FUNCTION";

// Simple triggers (LIMITED) may use the current document, its properties, cache and Ui, but no service
// that needs the user's authorization; an add-on not yet enabled in the document opens in NONE, where only
// menus may be made. Custom functions may read, fetch URLs and use the cache, but not manage triggers,
// open other files, show Ui or write.
const NEEDS_AUTHORIZATION = /^(?:ScriptApp|UrlFetchApp)\.|\.openBy(?:Id|Url)$/;
const DENIED_TO_FORMULAS =
  /^(?:ScriptApp|Ui|Menu|Lock)\.|\.openBy(?:Id|Url)$|^Properties\.(?:set|delete)|getUi$/;
const ALLOWED_IN_NONE = /^(?:Menu\.|SpreadsheetApp\.getUi$)/;

export class Env {
  /** When the current execution (a trigger, menu click, google.script.run call) started, virtual ms. */
  executionStart: number;
  /** Apps Script stops an execution after 6 minutes (30 s for a custom function). */
  executionLimitMs: number;
  /** True while a custom function runs: it may read but not write, show Ui or take locks. */
  customFunction = false;
  /** The authorization mode of the current execution (FULL for menu items, dialogs and installable triggers). */
  authMode: AuthMode = "FULL";
  /** Bound script or published add-on: decides the add-on's trigger limits. */
  deployment: Deployment = "bound";
  /**
   * Set once the execution ran past its limit. Apps Script ends such an execution: every later call throws
   * again, so a catch block cannot carry on, and the run ends in the error whatever the script returns.
   */
  killed = false;
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

  /**
   * Throws Apps Script's permission error when the current execution may not call `method`: a custom
   * function writing or using a service that needs authorization, a simple trigger (LIMITED) using one, or
   * anything but a menu in NONE. Service getters (getDocumentProperties, ...) check here without counting.
   */
  permit(method: string, kind?: "read" | "write"): void {
    const denied = this.customFunction
      ? kind === "write" || DENIED_TO_FORMULAS.test(method)
      : this.authMode === "NONE"
        ? !ALLOWED_IN_NONE.test(method)
        : this.authMode === "LIMITED" && NEEDS_AUTHORIZATION.test(method);
    if (denied) throw this.error(`You do not have permission to call ${method}`);
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
    if (this.killed) throw this.error("Exceeded maximum execution time");
    this.permit(method, kind);
    if (this.muted > 0) return;
    this.counters.record(method, sheet, kind);
    this.clock.advance(this.clock.costOf(method));
    if (this.clock.now() - this.executionStart > this.executionLimitMs) {
      this.killed = true;
      throw this.error("Exceeded maximum execution time");
    }
  }
}
