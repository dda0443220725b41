// The fake spreadsheet: its sheets, the user's selection (settable by tests), toasts, locale and time zone.
import { type GridRect, parseA1, resolveA1 } from "../a1";
import type { Env } from "../env";
import { type Implements, strict } from "../strict";
import type { FakeUi } from "../ui";
import type { FakeSpreadsheetApp } from "./app";
import type { Cell, FormulaResult } from "./cells";
import { MetadataStore } from "./metadata";
import { type FakeRange, makeRange } from "./range";
import { FakeSheet } from "./sheet";

type SS = GoogleAppsScript.Spreadsheet.Spreadsheet;

type SpreadsheetMethods =
  | "getId"
  | "getName"
  | "rename"
  | "getUrl"
  | "getSheets"
  | "getNumSheets"
  | "getSheetByName"
  | "getSheetById"
  | "insertSheet"
  | "deleteSheet"
  | "getActiveSheet"
  | "setActiveSheet"
  | "getActiveRange"
  | "getActiveRangeList"
  | "setActiveRange"
  | "setActiveSelection"
  | "getCurrentCell"
  | "getRange"
  | "toast"
  | "getSpreadsheetLocale"
  | "getSpreadsheetTimeZone"
  | "addDeveloperMetadata"
  | "createDeveloperMetadataFinder"
  | "getDeveloperMetadata";

/** Evaluates a formula written to a cell; the harness installs one that runs the bundle's custom functions. */
export type FormulaEvaluator = (formula: string, sheet: FakeSheet) => FormulaResult;

export class FakeSpreadsheet implements Implements<SS, SpreadsheetMethods> {
  sheets: FakeSheet[] = [];
  activeSheet: FakeSheet | null = null;
  /** The selected ranges on the active sheet; the last one is the active range. */
  selection: GridRect[] = [];
  evaluator: FormulaEvaluator = () => "#ERROR!";
  /** Chart types insertChart refuses, as the platform may: Apps Script does not support every type. */
  unsupportedCharts = new Set<string>();
  /** What a formula's arguments are now, as a key: Sheets runs a custom function again only when it changes. */
  argumentsKey: (formula: string, sheet: FakeSheet) => string = () => "";
  /** Every developer metadata of the spreadsheet (its sheets', rows' and columns' too). */
  readonly metadata: MetadataStore;

  constructor(
    readonly env: Env,
    readonly app: FakeSpreadsheetApp,
    readonly ui: FakeUi,
    readonly id: string,
    public name: string,
    public locale: string,
    public timeZone: string,
  ) {
    this.metadata = new MetadataStore(env, () => this);
  }

  private call(method: string): void {
    this.env.call(`Spreadsheet.${method}`);
  }

  /** Adds a sheet without counting a call (setup). */
  addSheet(name: string, index?: number): FakeSheet {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw this.env.error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = strict(new FakeSheet(this.env, this, name), "FakeSheet");
    if (index === undefined || index >= this.sheets.length) this.sheets.push(sheet);
    else this.sheets.splice(Math.max(index, 0), 0, sheet);
    if (!this.activeSheet) this.select(sheet, []);
    return sheet;
  }
  /** Sets the active sheet and its selected ranges (the last is the active range). */
  select(sheet: FakeSheet, rects: GridRect[]): void {
    this.activeSheet = sheet;
    this.selection = rects.length > 0 ? rects : [{ row: 1, col: 1, numRows: 1, numCols: 1 }];
  }
  /** Computes a formula cell, remembering the arguments it was computed with. */
  evaluate(formula: string, sheet: FakeSheet, cell?: Cell): FormulaResult {
    if (cell) cell.argumentsKey = this.argumentsKey(formula, sheet);
    return this.evaluator(formula, sheet);
  }
  /**
   * Recalculates as Sheets does after a change (the harness only when asked): a formula runs again only
   * when the values of its arguments changed. A custom function that reads a sheet it is not given as an
   * argument keeps its answer however that sheet changes.
   */
  recalculate(): void {
    for (const sheet of this.sheets) {
      sheet.cells.forEach((row, i) => {
        row?.forEach((cell, j) => {
          if (!cell?.formula || cell.argumentsKey === this.argumentsKey(cell.formula, sheet)) return;
          sheet.setFormulaResult(i + 1, j + 1, cell, this.evaluate(cell.formula, sheet, cell));
        });
      });
    }
  }
  rangeList(ranges: FakeRange[]): object {
    const list = {
      getRanges: () => [...ranges],
      activate: () => {
        const first = ranges[0];
        if (first)
          this.select(
            first.sheet,
            ranges.map((r) => r.rect),
          );
        return list;
      },
      setValue: (v: unknown) => {
        for (const r of ranges) r.setValue(v);
        return list;
      },
      clearContent: () => {
        for (const r of ranges) r.clearContent();
        return list;
      },
      setBackground: (c: string | null) => {
        for (const r of ranges) r.setBackground(c);
        return list;
      },
      setFontWeight: (w: string | null) => {
        for (const r of ranges) r.setFontWeight(w);
        return list;
      },
    };
    return strict(list, "FakeRangeList");
  }
  private active(): FakeSheet {
    if (!this.activeSheet) {
      const first = this.sheets[0];
      if (!first) throw this.env.error("The spreadsheet has no sheets.");
      this.select(first, []);
      return first;
    }
    return this.activeSheet;
  }

  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  rename(newName: string): void {
    this.call("rename");
    this.name = newName;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSheets(): FakeSheet[] {
    this.call("getSheets");
    return [...this.sheets];
  }
  getNumSheets(): number {
    this.call("getNumSheets");
    return this.sheets.length;
  }
  getSheetByName(name: string): FakeSheet | null {
    this.call("getSheetByName");
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  getSheetById(id: number): FakeSheet | null {
    this.call("getSheetById");
    return this.sheets.find((s) => s.id === id) ?? null;
  }
  /** insertSheet(), insertSheet(name), insertSheet(index), insertSheet(name, index); activates the new sheet. */
  insertSheet(nameOrIndex?: string | number | object, index?: number | object): FakeSheet {
    this.call("insertSheet");
    let name: string;
    let at: number | undefined;
    if (typeof nameOrIndex === "string") {
      name = nameOrIndex;
      at = typeof index === "number" ? index : undefined;
    } else {
      at = typeof nameOrIndex === "number" ? nameOrIndex : undefined;
      let n = this.sheets.length + 1;
      while (this.sheets.some((s) => s.name === `Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    const sheet = this.addSheet(name, at);
    this.select(sheet, []);
    return sheet;
  }
  deleteSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
    this.call("deleteSheet");
    const fake = sheet as unknown as FakeSheet;
    if (this.sheets.length === 1) throw this.env.error("You can't remove all the sheets in a document.");
    this.sheets = this.sheets.filter((s) => s !== fake);
    this.metadata.sheetDeleted(fake);
    if (this.activeSheet === fake) this.activeSheet = null;
  }
  getActiveSheet(): FakeSheet {
    this.call("getActiveSheet");
    return this.active();
  }
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): FakeSheet {
    this.call("setActiveSheet");
    const fake = sheet as unknown as FakeSheet;
    this.select(fake, []);
    return fake;
  }
  getActiveRange(): FakeRange {
    this.call("getActiveRange");
    const sheet = this.active();
    const rect = this.selection[this.selection.length - 1] ?? { row: 1, col: 1, numRows: 1, numCols: 1 };
    return makeRange(sheet, rect);
  }
  getActiveRangeList(): object {
    this.call("getActiveRangeList");
    const sheet = this.active();
    return this.rangeList(this.selection.map((r) => makeRange(sheet, r)));
  }
  getCurrentCell(): FakeRange {
    this.call("getCurrentCell");
    const sheet = this.active();
    const rect = this.selection[this.selection.length - 1] ?? { row: 1, col: 1, numRows: 1, numCols: 1 };
    return makeRange(sheet, { row: rect.row, col: rect.col, numRows: 1, numCols: 1 });
  }
  setActiveRange(range: GoogleAppsScript.Spreadsheet.Range): FakeRange {
    this.call("setActiveRange");
    const fake = range as unknown as FakeRange;
    this.select(fake.sheet, [fake.rect]);
    return fake;
  }
  setActiveSelection(range: GoogleAppsScript.Spreadsheet.Range | string): FakeRange {
    this.call("setActiveSelection");
    const fake = typeof range === "string" ? this.rangeByA1(range) : (range as unknown as FakeRange);
    this.select(fake.sheet, [fake.rect]);
    return fake;
  }
  /** "Sheet!A1:B2", or A1 notation on the active sheet. */
  rangeByA1(a1: string): FakeRange {
    const p = parseA1(a1);
    if (!p) throw this.env.error("Range not found");
    const sheet = p.sheet === undefined ? this.active() : this.sheets.find((s) => s.name === p.sheet);
    if (!sheet) throw this.env.error("Range not found");
    const r = resolveA1(p, sheet.maxRows, sheet.maxColumns);
    return sheet.rangeAt(r.row, r.col, r.numRows, r.numCols);
  }
  getRange(a1Notation: string): FakeRange {
    this.call("getRange");
    return this.rangeByA1(a1Notation);
  }
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.call("toast");
    this.ui.toasts.push({
      message: String(msg),
      title: title === undefined ? "" : String(title),
      timeoutSeconds: timeoutSeconds ?? undefined,
    });
  }
  getSpreadsheetLocale(): string {
    this.call("getSpreadsheetLocale");
    return this.locale;
  }
  getSpreadsheetTimeZone(): string {
    this.call("getSpreadsheetTimeZone");
    return this.timeZone;
  }

  addDeveloperMetadata(...args: unknown[]): FakeSpreadsheet {
    this.env.call("Spreadsheet.addDeveloperMetadata", undefined, "write");
    this.metadata.addFromCall(args, { type: "SPREADSHEET" });
    return this;
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return this.metadata.finder({ type: "SPREADSHEET" });
  }
  /** The metadata on the spreadsheet itself (not its sheets', rows' or columns'). */
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    this.env.call("Spreadsheet.getDeveloperMetadata", undefined, "read");
    return this.metadata
      .visible()
      .filter((m) => m.location.type === "SPREADSHEET")
      .map((m) => this.metadata.wrap(m));
  }
}
