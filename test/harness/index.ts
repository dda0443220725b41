// The harness: runs dist/Code.js the way Apps Script does, in a fresh node:vm context whose globals are
// in-memory fakes of the services the add-on uses. Tests, the preview (`npm start`) and the benchmark all load
// the bundle through `loadBundle`.
//
//   const h = loadBundle({ workbook: { Sources: [["ID", "Text or URL"], ["1", "KazNU signed ..."]] } });
//   h.global.onOpen();                              // a trigger, run as one execution
//   h.ui.menuItems();                               // [{ caption, functionName, menu }]
//   h.ui.queue("YES"); h.menu("Process new sources"); // click a menu item, answering its confirm with YES
//   h.values("Partnerships");                       // the sheet's values, as a 2D array
//   h.counters.writes("Partnerships");               // how many write calls that sheet got
//   h.run("getSelection", []);                      // google.script.run: { ok, value } | { ok: false, error }
//
// Every fake throws "FakeX.method is not implemented" for an Apps Script method it doesn't model.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import type { EntryName } from "../../src/entries";
import { parseA1, resolveA1 } from "./a1";
import { makeCache } from "./cache";
import { type CallCost, VirtualClock } from "./clock";
import { Counters } from "./counters";
import { type AuthMode, type Deployment, Env } from "./env";
import { FakeUrlFetchApp, type FetchFixtures } from "./fetch";
import { parseCall, refValue } from "./formulas";
import { FakeHtmlService } from "./html";
import { makeLocks } from "./lock";
import { makeProperties } from "./properties";
import { FakeScriptApp, makeLogging, makeSession } from "./script-app";
import { type FakeSpreadsheetApp, makeSpreadsheetApp } from "./spreadsheet/app";
import {
  type Cell,
  CellDate,
  display,
  FormulaFailure,
  type FormulaResult,
  isDateLike,
  type Stored,
} from "./spreadsheet/cells";
import { ChartType } from "./spreadsheet/charts";
import type { FakeRange } from "./spreadsheet/range";
import type { FakeSheet } from "./spreadsheet/sheet";
import { FakeSpreadsheet } from "./spreadsheet/spreadsheet";
import type { RuleData } from "./spreadsheet/validation";
import { strict } from "./strict";
import { type FakeUi, makeUi } from "./ui";
import { makeUtilities } from "./utilities";
import { makeXmlService } from "./xml";

export { columnLetter, columnNumber } from "./a1";
export type { CacheStores, FakeCache } from "./cache";
export { type CallCost, VirtualClock } from "./clock";
export { Counters, type SheetCount } from "./counters";
export type { AuthMode, Deployment } from "./env";
export type { FakeUrlFetchApp, FetchFixture, FetchFixtures, FetchRequest } from "./fetch";
export type { FakeHtmlOutput } from "./html";
export type { FakeLock, LockStores } from "./lock";
export type { FakeProperties, PropertyStores } from "./properties";
export type { FakeScriptApp, TriggerData } from "./script-app";
export type { FakeSpreadsheetApp } from "./spreadsheet/app";
export type { FakeRange } from "./spreadsheet/range";
export type { FakeSheet } from "./spreadsheet/sheet";
export type { FakeSpreadsheet } from "./spreadsheet/spreadsheet";
export type { ButtonName, Dialog, FakeUi, MenuItem, RecordedMenu, Toast, UiAnswer, UiRequest } from "./ui";
export { type FakeXmlService, makeXmlService } from "./xml";

const here = dirname(fileURLToPath(import.meta.url));
/** The repository's dist/ directory (what `npm run build` writes). */
export const DIST_DIR = resolve(here, "../../dist");
/** The published add-on's build (`npm run build` writes it beside dist/, for the tests). */
export const ADDON_DIST_DIR = resolve(here, "../../build/addon");

/** A cell value as a test writes it into the initial workbook (strings are read as if typed: "=..." is a formula). */
export type CellInput = string | number | boolean | Date | null;

export interface LoadOptions {
  /** dist/ to load Code.js and *.html from (default: the repo's dist/, or build/addon for an add-on). */
  distDir?: string;
  /**
   * How the script runs: bound to the spreadsheet (the default) or as a published Editor add-on, whose
   * time-driven triggers run at most hourly, one of each type per user and document. "addon" also loads the
   * add-on's build (build/addon) unless distDir says otherwise.
   */
  deployment?: Deployment;
  /** false: LockService.getDocumentLock() returns null, as outside a containing document. */
  documentLock?: boolean;
  /**
   * Embedded chart types that insertChart refuses ("Not all embedded chart types are currently supported",
   * EmbeddedChartBuilder.setChartType): which ones is not documented, so a test says (default: none).
   */
  charts?: { unsupported?: readonly string[] };
  /** The initial workbook: sheet name -> rows of values, in tab order. Default: one empty "Sheet1". */
  workbook?: Record<string, CellInput[][]>;
  /** The sheet that is active at the start (default: the first). */
  activeSheet?: string;
  spreadsheet?: { id?: string; name?: string; locale?: string; timeZone?: string };
  /** UrlFetchApp's answers by exact URL. */
  fetch?: FetchFixtures;
  user?: { email?: string; effectiveEmail?: string; locale?: string };
  /**
   * The script's time zone (default Asia/Almaty, as appsscript.json says). Apps Script runs the bundle in it,
   * so the bundle's local-time Date methods (getHours, getDate, ...) use it: the harness sets the process's TZ
   * to it. The spreadsheet's own zone (spreadsheet.timeZone) defaults to it and may differ, as in real files.
   */
  scriptTimeZone?: string;
  clock?: {
    /** The virtual time at load (default 2025-03-03T09:00:00Z). */
    start?: Date | number | string;
    /** Virtual ms each counted service call costs (default 0). */
    costPerCallMs?: CallCost;
    /** An execution stops with "Exceeded maximum execution time" past this (default 360000 = 6 min). */
    executionLimitMs?: number;
    /**
     * Virtual ms each real ms of running adds (default 0: only calls move the clock). Set it where the
     * script's own computing must count against its time box, as it does on the platform.
     */
    realTimeScale?: number;
  };
  properties?: {
    document?: Record<string, string>;
    user?: Record<string, string>;
    script?: Record<string, string>;
  };
}

/** The outcome of a `google.script.run` call, as the page's success or failure handler receives it. */
export type RunResult = { ok: true; value: unknown } | { ok: false; error: { message: string } };

/** What a test sees of one cell. */
export interface CellView {
  value: unknown;
  /** The formula text, "" for a plain value. */
  formula: string;
  display: string;
  format: Record<string, unknown>;
  note: string;
  /** The data validation rule's data, or null. */
  validation: RuleData | null;
  /** On a formula showing an error: the message Sheets shows on hover. */
  error?: string;
}

type BundleFunction = (...args: unknown[]) => unknown;
/**
 * The bundle's top-level functions; each call runs as one Apps Script execution. Every registry entry
 * (src/entries.ts) is typed as present; any other name may be undefined.
 */
export type BundleGlobal = { [K in EntryName]: BundleFunction } & Record<string, BundleFunction | undefined>;

/** The fakes typed as the real services, for test code written like the add-on's own. */
export interface Services {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  Charts: GoogleAppsScript.Charts.Charts;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  LockService: GoogleAppsScript.Lock.LockService;
  UrlFetchApp: GoogleAppsScript.URL_Fetch.UrlFetchApp;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Session: GoogleAppsScript.Base.Session;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  XmlService: GoogleAppsScript.XML_Service.XmlService;
}

export interface Harness {
  /** The vm context: the bundle's global object, raw (calls through it are not wrapped as executions). */
  context: vm.Context;
  /** The same fakes the bundle sees, typed as the real Apps Script services (a method not modelled throws). */
  services: Services;
  /** The bundle's globals: `h.global.onOpen()`, `h.global.INSTITUTION("КазНУ")`. */
  global: BundleGlobal;
  app: FakeSpreadsheetApp;
  spreadsheet: FakeSpreadsheet;
  ui: FakeUi;
  fetch: FakeUrlFetchApp;
  counters: Counters;
  clock: VirtualClock;
  properties: ReturnType<typeof makeProperties>["stores"];
  cache: ReturnType<typeof makeCache>["stores"];
  locks: ReturnType<typeof makeLocks>["stores"];
  triggers: FakeScriptApp;
  /** Everything Logger.log and console.* wrote. */
  logs: string[];
  /** The sheet named so (throws when missing). */
  sheet(name: string): FakeSheet;
  /** The sheet's values from A1 to its last row and column with content (dates as Date). */
  values(sheet: string): unknown[][];
  /** What Sheets would show for those cells. */
  displayValues(sheet: string): string[][];
  /** The formulas of those cells ("" where a plain value). */
  formulas(sheet: string): string[][];
  /** One cell, "Sheet!B2" or "B2" on the active sheet. */
  cell(ref: string): CellView;
  /** Writes values as a user typing them would (not counted): `h.put("Sources!A2", [["1", "text"]])`. */
  put(ref: string, values: CellInput[][]): void;
  /**
   * A user typing a value into a cell: writes it as typed, selects the cell, then runs the bundle's onEdit
   * simple trigger (if any) with the event Sheets gives it. Returns what onEdit returned.
   */
  edit(ref: string, value: CellInput): unknown;
  /** Selects ranges as the user would: `h.select("Sources!A3:G3")`; several for a multi-range selection. */
  select(...refs: string[]): void;
  /**
   * Opens the spreadsheet: runs the bundle's onOpen simple trigger with the event Sheets gives it, in
   * LIMITED mode (bound script, or add-on enabled in the document) or NONE (an add-on installed but not yet
   * used in this document: only menus may be made).
   */
  open(authMode?: "LIMITED" | "NONE"): unknown;
  /** Runs the bundle's onInstall as Sheets does right after a user installs the add-on (FULL mode). */
  install(): unknown;
  /** Runs the callback of the menu item with this caption, as one execution. */
  menu(caption: string): unknown;
  /** Calls a top-level function as one execution (errors propagate). */
  call(name: string, ...args: unknown[]): unknown;
  /** Calls a top-level function as google.script.run does: args and result JSON-cloned, errors as {message}. */
  run(name: string, args?: unknown[]): RunResult;
  /** Evaluates `=NAME(args)` as a cell would, running a custom function under custom-function limits. */
  formula(text: string, sheet?: string): unknown;
  /**
   * Recalculates as Sheets does after a change (the harness only when asked): each formula whose arguments'
   * values changed runs again; the others keep their answer.
   */
  recalculate(): void;
  /**
   * Fires this document's time-based triggers due on the virtual clock; returns the handlers run. A run
   * that fails (an error, the time limit) is recorded in `triggerFailures`, as Apps Script records it in
   * the executions log, and the others still run.
   */
  fireTriggers(): string[];
  /** The trigger runs that failed, with their error. */
  triggerFailures: { handler: string; message: string }[];
}

/** The urlFetchWhitelist of the build's manifest, which Apps Script enforces when it is there. */
function manifestAllowlist(distDir: string): string[] | undefined {
  const path = join(distDir, "appsscript.json");
  if (!existsSync(path)) return undefined;
  const list = (JSON.parse(readFileSync(path, "utf8")) as { urlFetchWhitelist?: unknown }).urlFetchWhitelist;
  return Array.isArray(list) ? list.map(String) : undefined;
}

/** Loads dist/Code.js into a bare context (or the one given), as Apps Script loads a project's files. */
export function evaluateBundle(context: vm.Context = vm.createContext({}), distDir = DIST_DIR): vm.Context {
  const path = join(distDir, "Code.js");
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first`);
  const code = readFileSync(path, "utf8");
  vm.runInContext(code, context, { filename: "Code.js" });
  return context;
}

/** Makes the context's Date follow the virtual clock (new Date(), Date(), Date.now()). */
function installClock(context: vm.Context, clock: VirtualClock): void {
  const install = vm.runInContext(
    `(function (RealDate, now) {
      function Date(...args) {
        if (!new.target) return new RealDate(now()).toString();
        return Reflect.construct(RealDate, args.length === 0 ? [now()] : args, new.target);
      }
      Date.prototype = RealDate.prototype;
      Object.defineProperty(RealDate.prototype, "constructor", { value: Date, writable: true, configurable: true });
      Date.now = function now_() { return now(); };
      Date.UTC = RealDate.UTC;
      Date.parse = RealDate.parse;
      globalThis.Date = Date;
    })`,
    context,
  ) as (realDate: unknown, now: () => number) => void;
  install(vm.runInContext("Date", context), () => clock.now());
}

function jsonClone(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

function containsDate(value: unknown, seen = new Set<unknown>()): boolean {
  if (isDateLike(value)) return true;
  if (value === null || typeof value !== "object" || seen.has(value)) return false;
  seen.add(value);
  return Object.values(value).some((v) => containsDate(v, seen));
}

export function loadBundle(options: LoadOptions = {}): Harness {
  // node:vm contexts share the process's time zone; Apps Script's runtime uses the script's.
  const scriptTimeZone = options.scriptTimeZone ?? "Asia/Almaty";
  if (process.env.TZ !== scriptTimeZone) process.env.TZ = scriptTimeZone;
  const deployment = options.deployment ?? "bound";
  const distDir = options.distDir ?? (deployment === "addon" ? ADDON_DIST_DIR : DIST_DIR);
  const clock = new VirtualClock(options.clock?.start, options.clock?.costPerCallMs ?? 0);
  clock.realTimeScale = options.clock?.realTimeScale ?? 0;
  const counters = new Counters();
  const env = new Env(clock, counters, { Error, Date }, options.clock?.executionLimitMs ?? 360_000);
  env.deployment = deployment;
  const logs: string[] = [];
  const ui = makeUi(env);
  const app = makeSpreadsheetApp(env, ui);
  const ssOpts = options.spreadsheet ?? {};
  const spreadsheet = strict(
    new FakeSpreadsheet(
      env,
      app,
      ui,
      ssOpts.id ?? "fake-spreadsheet-id",
      ssOpts.name ?? "Partnerships tracker",
      ssOpts.locale ?? "en_US",
      ssOpts.timeZone ?? scriptTimeZone,
    ),
    "FakeSpreadsheet",
  );
  app.spreadsheet = spreadsheet;
  for (const type of options.charts?.unsupported ?? []) spreadsheet.unsupportedCharts.add(type);

  const properties = makeProperties(env, options.properties);
  const cache = makeCache(env);
  const locks = makeLocks(env, { documentLock: options.documentLock });
  const fetch = strict(
    new FakeUrlFetchApp(env, options.fetch ?? {}, manifestAllowlist(distDir)),
    "FakeUrlFetchApp",
  );
  const userEmail = options.user?.email ?? "analyst@university.kz";
  const triggers = strict(
    new FakeScriptApp(env, { user: userEmail, documentId: spreadsheet.id }),
    "FakeScriptApp",
  );
  const { Logger, console } = makeLogging(logs);
  const session = makeSession(env, {
    email: options.user?.email ?? "analyst@university.kz",
    effectiveEmail: options.user?.effectiveEmail ?? options.user?.email ?? "analyst@university.kz",
    locale: options.user?.locale ?? "en",
    scriptTimeZone,
  });

  const context = vm.createContext({
    SpreadsheetApp: app,
    Charts: strict({ ChartType }, "FakeCharts"),
    HtmlService: strict(new FakeHtmlService(env, distDir), "FakeHtmlService"),
    PropertiesService: properties.service,
    CacheService: cache.service,
    LockService: locks.service,
    UrlFetchApp: fetch,
    Utilities: makeUtilities(env),
    Session: session,
    ScriptApp: triggers,
    XmlService: makeXmlService(env),
    Logger,
    console,
  });
  installClock(context, clock);
  env.realm = {
    Error: vm.runInContext("Error", context) as ErrorConstructor,
    Date: vm.runInContext("Date", context) as DateConstructor,
  };
  evaluateBundle(context, distDir);

  const fn = (name: string): ((...args: unknown[]) => unknown) | undefined => {
    const f = (context as Record<string, unknown>)[name];
    return typeof f === "function" ? (f as (...args: unknown[]) => unknown) : undefined;
  };

  let depth = 0;
  /**
   * Runs `f` as one execution in an authorization mode: fresh time limit; the outermost one releases its
   * locks when it ends.
   */
  function execute<T>(
    f: () => T,
    custom = false,
    authMode: AuthMode = custom ? "CUSTOM_FUNCTION" : "FULL",
  ): T {
    const saved = {
      start: env.executionStart,
      limit: env.executionLimitMs,
      custom: env.customFunction,
      authMode: env.authMode,
      killed: env.killed,
    };
    env.executionStart = clock.now();
    env.executionLimitMs = custom ? 30_000 : (options.clock?.executionLimitMs ?? 360_000);
    env.customFunction = custom;
    env.authMode = authMode;
    env.killed = false;
    depth++;
    try {
      const result = f();
      // The platform ended the run at its limit, whatever the script caught.
      if (env.killed) throw env.error("Exceeded maximum execution time");
      return result;
    } finally {
      depth--;
      env.executionStart = saved.start;
      env.executionLimitMs = saved.limit;
      env.customFunction = saved.custom;
      env.authMode = saved.authMode;
      env.killed = saved.killed;
      if (depth === 0) for (const l of Object.values(locks.stores)) l.held = false;
    }
  }

  /** Sheets' own functions that a test or a user may type (the harness does not compute them). */
  const SHEETS_FUNCTIONS = new Set(
    "SUM AVERAGE COUNT COUNTA COUNTIF COUNTIFS SUMIF IF IFERROR AND OR NOT VLOOKUP HLOOKUP XLOOKUP INDEX MATCH LEN LOWER UPPER TRIM CONCATENATE TEXTJOIN JOIN SPLIT REGEXMATCH REGEXEXTRACT REGEXREPLACE TODAY NOW DATE YEAR MONTH DAY TEXT VALUE ROUND MIN MAX QUERY FILTER SORT UNIQUE ARRAYFORMULA IMPORTXML IMPORTHTML IMPORTDATA IMPORTRANGE IMPORTFEED IMAGE GOOGLETRANSLATE DETECTLANGUAGE".split(
      " ",
    ),
  );
  const stored = (v: unknown): Stored => {
    if (v === null || v === undefined) return "";
    if (isDateLike(v)) return new CellDate(v.getTime());
    if (typeof v === "number" || typeof v === "boolean") return v;
    return String(v);
  };
  /**
   * Computes a formula cell: a custom function of the bundle (under custom-function limits, not counted: Sheets
   * recalculates outside the script's execution) or HYPERLINK; Sheets' own functions show "#ERROR!".
   */
  function evaluateFormula(formula: string, sheet: FakeSheet): FormulaResult {
    const call = parseCall(formula);
    if (!call) return new FormulaFailure("#ERROR!", "Formula parse error.");
    const args = call.args.map((a) =>
      typeof a === "object" ? refValue(a.ref, sheet, (ms) => env.date(ms)) : a,
    );
    if (call.name === "HYPERLINK") return String(args[1] ?? args[0] ?? "");
    const custom = fn(call.name);
    if (!custom || call.name.endsWith("_")) {
      // Sheets' own functions are computed by Sheets, which the harness is not.
      return SHEETS_FUNCTIONS.has(call.name)
        ? new FormulaFailure("#ERROR!", `${call.name} is computed by Google Sheets, not by this harness.`)
        : new FormulaFailure("#NAME?", `Unknown function: '${call.name}'.`);
    }
    let result: unknown;
    env.muted++;
    try {
      result = execute(() => custom(...args), true);
    } catch (error) {
      // Sheets shows a custom function's thrown message on hover, after "Error".
      const message =
        error && typeof error === "object" && "message" in error ? String(error.message) : String(error);
      return new FormulaFailure("#ERROR!", message);
    } finally {
      env.muted--;
    }
    if (!Array.isArray(result)) return stored(result);
    return result.map((row) => (Array.isArray(row) ? row.map(stored) : [stored(row)]));
  }
  spreadsheet.evaluator = evaluateFormula;
  spreadsheet.argumentsKey = (formula, sheet) => {
    const call = parseCall(formula);
    if (!call) return "";
    const args = call.args.map((a) => (typeof a === "object" ? refValue(a.ref, sheet, (ms) => ms) : a));
    return JSON.stringify(args);
  };

  // The initial workbook, written as a user typing would (formulas evaluated once the bundle is loaded).
  const workbook = options.workbook ?? { Sheet1: [] };
  for (const [name, rows] of Object.entries(workbook)) {
    const sheet = spreadsheet.addSheet(name);
    const width = Math.max(0, ...rows.map((r) => r.length));
    sheet.maxRows = Math.max(1000, rows.length);
    sheet.maxColumns = Math.max(26, width);
    if (rows.length > 0 && width > 0) {
      const grid = rows.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? ""));
      (sheet.rangeAt(1, 1, rows.length, width) as FakeRange).writeValues(grid);
    }
  }
  if (options.activeSheet) {
    const s = spreadsheet.sheets.find((x) => x.name === options.activeSheet);
    if (!s) throw new Error(`loadBundle: no sheet named ${options.activeSheet}`);
    spreadsheet.select(s, []);
  }
  counters.reset();

  const sheetNamed = (name: string): FakeSheet => {
    const s = spreadsheet.sheets.find((x) => x.name === name);
    if (!s)
      throw new Error(
        `No sheet named "${name}" (sheets: ${spreadsheet.sheets.map((x) => x.name).join(", ")})`,
      );
    return s;
  };
  const hostValue = (v: Stored | undefined): unknown => (v instanceof CellDate ? new Date(v.ms) : (v ?? ""));
  const contentGrid = <T>(name: string, f: (c: Cell | undefined) => T): T[][] => {
    const s = sheetNamed(name);
    const { rows, cols } = s.contentSize();
    return Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, j) => f(s.cellAt(i + 1, j + 1))),
    );
  };
  const rangeOf = (ref: string): FakeRange => {
    const p = parseA1(ref);
    if (!p) throw new Error(`Not A1 notation: ${ref}`);
    const sheet =
      p.sheet === undefined
        ? (spreadsheet.activeSheet ?? sheetNamed(spreadsheet.sheets[0]?.name ?? ""))
        : sheetNamed(p.sheet);
    const r = resolveA1(p, sheet.maxRows, sheet.maxColumns);
    return sheet.rangeAt(r.row, r.col, r.numRows, r.numCols);
  };

  const global = new Proxy({} as BundleGlobal, {
    get(_t, prop) {
      if (typeof prop !== "string") return undefined;
      const f = fn(prop);
      if (!f) return (context as Record<string, unknown>)[prop];
      return (...args: unknown[]) => execute(() => f(...args));
    },
    has(_t, prop) {
      return typeof prop === "string" && prop in context;
    },
  });

  const h: Harness = {
    context,
    services: context as unknown as Services,
    global,
    app,
    spreadsheet,
    ui,
    fetch,
    counters,
    clock,
    properties: properties.stores,
    cache: cache.stores,
    locks: locks.stores,
    triggers,
    logs,
    sheet: sheetNamed,
    values: (name) => contentGrid(name, (c) => hostValue(c?.value)),
    displayValues: (name) => contentGrid(name, (c) => display(c, spreadsheet.locale, spreadsheet.timeZone)),
    formulas: (name) => contentGrid(name, (c) => c?.formula ?? ""),
    cell(ref) {
      const r = rangeOf(ref);
      const c = r.sheet.cellAt(r.rect.row, r.rect.col);
      const rule = c?.validation as { data?: RuleData } | undefined;
      return {
        value: hostValue(c?.value),
        formula: c?.formula ?? "",
        display: display(c, spreadsheet.locale, spreadsheet.timeZone),
        format: { ...(c?.format ?? {}) },
        note: c?.note ?? "",
        validation: rule?.data ?? null,
        ...(c?.error ? { error: c.error } : {}),
      };
    },
    put(ref, values) {
      const p = parseA1(ref);
      if (!p) throw new Error(`Not A1 notation: ${ref}`);
      const width = Math.max(0, ...values.map((r) => r.length));
      const start = rangeOf(ref);
      const grid = values.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? ""));
      const sheet = start.sheet;
      sheet.maxRows = Math.max(sheet.maxRows, start.rect.row + values.length - 1);
      sheet.maxColumns = Math.max(sheet.maxColumns, start.rect.col + width - 1);
      sheet.rangeAt(start.rect.row, start.rect.col, values.length, width).writeValues(grid);
    },
    edit(ref, value) {
      const range = rangeOf(ref);
      const before = range.sheet.cellAt(range.rect.row, range.rect.col);
      const oldValue = before?.formula ? undefined : hostValue(before?.value);
      h.put(ref, [[value]]);
      spreadsheet.select(range.sheet, [range.rect]);
      const onEdit = fn("onEdit");
      if (!onEdit) return undefined;
      const after = range.sheet.cellAt(range.rect.row, range.rect.col)?.value;
      const event: Record<string, unknown> = {
        authMode: "LIMITED",
        range,
        source: spreadsheet,
        triggerUid: "",
        user: strict({ getEmail: () => userEmail }, "FakeUser"),
      };
      // Sheets gives value/oldValue only for a single cell; a cleared cell has no value.
      if (after !== "" && after !== undefined)
        event.value = display(
          range.sheet.cellAt(range.rect.row, range.rect.col),
          spreadsheet.locale,
          spreadsheet.timeZone,
        );
      if (oldValue !== "" && oldValue !== undefined) event.oldValue = String(oldValue);
      // onEdit is a simple trigger: it runs in LIMITED mode.
      return execute(() => onEdit(event), false, "LIMITED");
    },
    open(authMode = "LIMITED") {
      const onOpen = fn("onOpen");
      if (!onOpen) throw new Error("Script function not found: onOpen");
      // In NONE the event carries no source: the add-on may not touch the document yet.
      const event: Record<string, unknown> = { authMode };
      if (authMode !== "NONE") {
        event.source = spreadsheet;
        event.user = strict({ getEmail: () => userEmail }, "FakeUser");
      }
      return execute(() => onOpen(event), false, authMode);
    },
    install() {
      const onInstall = fn("onInstall");
      if (!onInstall) throw new Error("Script function not found: onInstall");
      return execute(() => onInstall({ authMode: "FULL", source: spreadsheet }));
    },
    select(...refs) {
      const ranges = refs.map(rangeOf);
      const first = ranges[0];
      if (!first) throw new Error("select: give at least one range");
      spreadsheet.select(
        first.sheet,
        ranges.map((r) => r.rect),
      );
    },
    menu(caption) {
      const item = ui.menuItems().find((i) => i.caption === caption);
      if (!item) {
        throw new Error(
          `No menu item "${caption}" (items: ${ui
            .menuItems()
            .map((i) => i.caption)
            .join(", ")})`,
        );
      }
      return h.call(item.functionName);
    },
    call(name, ...args) {
      const f = fn(name);
      if (!f) throw new Error(`Script function not found: ${name}`);
      return execute(() => f(...args));
    },
    run(name, args = []) {
      const f = fn(name);
      // google.script.run cannot reach private functions (a trailing underscore).
      if (!f || name.endsWith("_"))
        return { ok: false, error: { message: `Script function not found: ${name}` } };
      try {
        const value = execute(() => f(...((jsonClone(args) as unknown[]) ?? [])));
        // A result holding a Date reaches the page as null (a documented google.script.run limit).
        return { ok: true, value: containsDate(value) ? null : (jsonClone(value) ?? null) };
      } catch (e) {
        const message = e && typeof e === "object" && "message" in e ? String(e.message) : String(e);
        return { ok: false, error: { message } };
      }
    },
    formula(text, sheetName) {
      const call = parseCall(text);
      if (!call) throw new Error(`formula: not a =NAME(args) formula: ${text}`);
      const sheet = sheetName
        ? sheetNamed(sheetName)
        : (spreadsheet.activeSheet ?? sheetNamed(spreadsheet.sheets[0]?.name ?? ""));
      const f = fn(call.name);
      if (!f) throw new Error(`Unknown function: ${call.name}`);
      const args = call.args.map((a) =>
        typeof a === "object" ? refValue(a.ref, sheet, (ms) => env.date(ms)) : a,
      );
      return execute(() => f(...args), true);
    },
    recalculate() {
      spreadsheet.recalculate();
    },
    triggerFailures: [],
    fireTriggers() {
      const fired: string[] = [];
      for (const t of triggers.due()) {
        if (t.deleted) continue; // deleted by a trigger that ran before it
        t.firedAt = clock.now();
        fired.push(t.handler);
        const f = fn(t.handler);
        if (!f) throw new Error(`Trigger handler not found: ${t.handler}`);
        try {
          execute(() => f({ triggerUid: t.id, authMode: "FULL" }));
        } catch (e) {
          const message = e && typeof e === "object" && "message" in e ? String(e.message) : String(e);
          h.triggerFailures.push({ handler: t.handler, message });
        }
      }
      return fired;
    },
  };
  return h;
}
