// A range of a fake sheet: reads and writes the sheet's real 2D cells, counts each call as a read or a write
// of its sheet, and records formatting, notes and validation per cell.
import { type GridRect, toA1 } from "../a1";
import { type Implements, strict } from "../strict";
import { type Cell, CellDate, display, interpret, type Stored } from "./cells";
import type { MetadataLocation } from "./metadata";
import type { FakeSheet } from "./sheet";
import { FakeDataValidation } from "./validation";

type R = GoogleAppsScript.Spreadsheet.Range;

type RangeMethods =
  | "getA1Notation"
  | "getSheet"
  | "getRow"
  | "getColumn"
  | "getLastRow"
  | "getLastColumn"
  | "getNumRows"
  | "getNumColumns"
  | "getHeight"
  | "getWidth"
  | "getCell"
  | "offset"
  | "getValues"
  | "getValue"
  | "setValues"
  | "setValue"
  | "getDisplayValues"
  | "getDisplayValue"
  | "getFormulas"
  | "getFormula"
  | "setFormulas"
  | "setFormula"
  | "clear"
  | "clearContent"
  | "clearFormat"
  | "clearDataValidations"
  | "clearNote"
  | "isBlank"
  | "activate"
  | "setFontWeight"
  | "setFontWeights"
  | "getFontWeight"
  | "getFontWeights"
  | "setBackground"
  | "setBackgrounds"
  | "getBackground"
  | "getBackgrounds"
  | "setFontColor"
  | "setFontStyle"
  | "setFontSize"
  | "setFontFamily"
  | "setHorizontalAlignment"
  | "setVerticalAlignment"
  | "setWrap"
  | "setWrapStrategy"
  | "setNumberFormat"
  | "setNumberFormats"
  | "getNumberFormat"
  | "getNumberFormats"
  | "setNote"
  | "setNotes"
  | "getNote"
  | "getNotes"
  | "setDataValidation"
  | "setDataValidations"
  | "getDataValidation"
  | "getDataValidations"
  | "insertCheckboxes"
  | "removeCheckboxes"
  | "check"
  | "uncheck"
  | "isChecked"
  | "sort"
  | "setBorder"
  | "protect"
  | "addDeveloperMetadata"
  | "createDeveloperMetadataFinder"
  | "getDeveloperMetadata";

export class FakeRange implements Implements<R, RangeMethods> {
  constructor(
    readonly sheet: FakeSheet,
    readonly rect: GridRect,
  ) {}

  private get env() {
    return this.sheet.env;
  }
  private call(method: string, kind?: "read" | "write"): void {
    this.env.call(`Range.${method}`, this.sheet.name, kind);
  }
  private rows(): number[] {
    return Array.from({ length: this.rect.numRows }, (_, i) => this.rect.row + i);
  }
  private cols(): number[] {
    return Array.from({ length: this.rect.numCols }, (_, i) => this.rect.col + i);
  }
  private grid<T>(f: (cell: Cell | undefined, row: number, col: number) => T): T[][] {
    return this.rows().map((r) => this.cols().map((c) => f(this.sheet.cellAt(r, c), r, c)));
  }
  private each(f: (cell: Cell, row: number, col: number, i: number, j: number) => void): void {
    this.rows().forEach((r, i) => {
      this.cols().forEach((c, j) => {
        f(this.sheet.ensureCell(r, c), r, c, i, j);
      });
    });
  }
  private checkShape(data: unknown, what = "data"): unknown[][] {
    if (!Array.isArray(data))
      throw this.env.error(`The parameters (${typeof data}) don't match the method signature.`);
    if (data.length !== this.rect.numRows) {
      throw this.env.error(
        `The number of rows in the ${what} does not match the number of rows in the range. The ${what} has ${data.length} but the range has ${this.rect.numRows}.`,
      );
    }
    for (const row of data) {
      const n = Array.isArray(row) ? row.length : -1;
      if (n !== this.rect.numCols) {
        throw this.env.error(
          `The number of columns in the ${what} does not match the number of columns in the range. The ${what} has ${n} but the range has ${this.rect.numCols}.`,
        );
      }
    }
    return data as unknown[][];
  }
  /** The bundle-side value of a stored cell value. */
  private out(v: Stored): unknown {
    return v instanceof CellDate ? this.env.date(v.ms) : v;
  }
  private write(cell: Cell, row: number, col: number, input: unknown): void {
    let next: { value: Stored; formula?: string };
    try {
      next = interpret(input, cell.format.numberFormat, this.sheet.parent.timeZone);
    } catch (e) {
      throw this.env.error((e as Error).message);
    }
    const rule = cell.validation;
    if (
      rule instanceof FakeDataValidation &&
      !rule.getAllowInvalid() &&
      !next.formula &&
      !rule.accepts(next.value)
    ) {
      throw this.env.error(
        `The data you entered in cell ${toA1({ row, col, numRows: 1, numCols: 1 })} violates the data validation rules set on this cell.`,
      );
    }
    this.sheet.clearSpill(row, col, cell);
    delete cell.spilledFrom;
    if (next.formula) {
      cell.formula = next.formula;
      this.sheet.setFormulaResult(row, col, cell, this.sheet.parent.evaluate(next.formula, this.sheet, cell));
    } else {
      cell.value = next.value;
      delete cell.formula;
    }
  }
  private self(): R {
    return this as unknown as R;
  }

  // --- geometry (not counted: Apps Script resolves these without a round trip) ---
  getA1Notation(): string {
    return toA1(this.rect);
  }
  getSheet(): FakeSheet {
    return this.sheet;
  }
  getRow(): number {
    return this.rect.row;
  }
  getRowIndex(): number {
    return this.rect.row;
  }
  getColumn(): number {
    return this.rect.col;
  }
  getLastRow(): number {
    return this.rect.row + this.rect.numRows - 1;
  }
  getLastColumn(): number {
    return this.rect.col + this.rect.numCols - 1;
  }
  getNumRows(): number {
    return this.rect.numRows;
  }
  getNumColumns(): number {
    return this.rect.numCols;
  }
  getHeight(): number {
    return this.rect.numRows;
  }
  getWidth(): number {
    return this.rect.numCols;
  }
  getCell(row: number, column: number): FakeRange {
    if (row < 1 || column < 1 || row > this.rect.numRows || column > this.rect.numCols) {
      throw this.env.error("The coordinates of the range are outside the dimensions of the sheet.");
    }
    return this.sheet.rangeAt(this.rect.row + row - 1, this.rect.col + column - 1, 1, 1);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): FakeRange {
    return this.sheet.rangeAt(
      this.rect.row + rowOffset,
      this.rect.col + columnOffset,
      numRows ?? this.rect.numRows,
      numColumns ?? this.rect.numCols,
    );
  }
  activate(): FakeRange {
    this.sheet.parent.select(this.sheet, [this.rect]);
    return this;
  }

  // --- values ---
  getValues(): unknown[][] {
    this.call("getValues", "read");
    return this.grid((c) => this.out(c?.value ?? ""));
  }
  getValue(): unknown {
    this.call("getValue", "read");
    return this.out(this.sheet.cellAt(this.rect.row, this.rect.col)?.value ?? "");
  }
  getDisplayValues(): string[][] {
    this.call("getDisplayValues", "read");
    const { locale, timeZone } = this.sheet.parent;
    return this.grid((c) => display(c, locale, timeZone));
  }
  getDisplayValue(): string {
    this.call("getDisplayValue", "read");
    const { locale, timeZone } = this.sheet.parent;
    return display(this.sheet.cellAt(this.rect.row, this.rect.col), locale, timeZone);
  }
  isBlank(): boolean {
    this.call("isBlank", "read");
    return this.grid((c) => !c || (c.value === "" && !c.formula)).every((r) => r.every(Boolean));
  }
  setValues(values: unknown[][]): R {
    this.call("setValues", "write");
    this.writeValues(values);
    return this.self();
  }
  /** Writes a grid without counting a call (appendRow and tests' setup use it). */
  writeValues(values: unknown[][]): void {
    const data = this.checkShape(values);
    this.each((cell, r, c, i, j) => this.write(cell, r, c, data[i]?.[j]));
  }
  setValue(value: unknown): R {
    this.call("setValue", "write");
    this.each((cell, r, c) => this.write(cell, r, c, value));
    return this.self();
  }

  // --- formulas ---
  getFormulas(): string[][] {
    this.call("getFormulas", "read");
    return this.grid((c) => c?.formula ?? "");
  }
  getFormula(): string {
    this.call("getFormula", "read");
    return this.sheet.cellAt(this.rect.row, this.rect.col)?.formula ?? "";
  }
  setFormulas(formulas: string[][]): R {
    this.call("setFormulas", "write");
    const data = this.checkShape(formulas);
    this.each((cell, r, c, i, j) => {
      const f = String(data[i]?.[j] ?? "");
      this.write(cell, r, c, f === "" || f.startsWith("=") ? f : `=${f}`);
    });
    return this.self();
  }
  setFormula(formula: string): R {
    this.call("setFormula", "write");
    const f = formula.startsWith("=") ? formula : `=${formula}`;
    this.each((cell, r, c) => this.write(cell, r, c, f));
    return this.self();
  }

  // --- clearing ---
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    commentsOnly?: boolean;
  }): R {
    this.call("clear", "write");
    const all = !options || Object.values(options).every((v) => !v);
    this.each((cell) => {
      if (all || options?.contentsOnly) {
        cell.value = "";
        delete cell.formula;
      }
      if (all || options?.formatOnly) cell.format = {};
      if (all || options?.validationsOnly) delete cell.validation;
      if (all || options?.commentsOnly) delete cell.note;
    });
    return this.self();
  }
  clearContent(): R {
    this.call("clearContent", "write");
    this.each((cell) => {
      cell.value = "";
      delete cell.formula;
    });
    return this.self();
  }
  clearFormat(): R {
    this.call("clearFormat", "write");
    this.each((cell) => {
      cell.format = {};
    });
    return this.self();
  }
  clearDataValidations(): R {
    this.call("clearDataValidations", "write");
    this.each((cell) => {
      delete cell.validation;
    });
    return this.self();
  }
  clearNote(): R {
    this.call("clearNote", "write");
    this.each((cell) => {
      delete cell.note;
    });
    return this.self();
  }

  // --- formatting: recorded per cell under the format's name ---
  private setFormat(method: string, key: string, value: unknown): R {
    this.call(method, "write");
    this.each((cell) => {
      if (value === null || value === undefined) delete cell.format[key];
      else cell.format[key] = value;
    });
    return this.self();
  }
  private setFormatGrid(method: string, key: string, values: unknown[][]): R {
    this.call(method, "write");
    const data = this.checkShape(values);
    this.each((cell, _r, _c, i, j) => {
      const v = data[i]?.[j];
      if (v === null || v === undefined) delete cell.format[key];
      else cell.format[key] = v;
    });
    return this.self();
  }
  private getFormat(method: string, key: string, fallback: unknown): unknown {
    this.call(method, "read");
    return this.sheet.cellAt(this.rect.row, this.rect.col)?.format[key] ?? fallback;
  }
  private getFormatGrid(method: string, key: string, fallback: unknown): unknown[][] {
    this.call(method, "read");
    return this.grid((c) => c?.format[key] ?? fallback);
  }
  setFontWeight(fontWeight: string | null): R {
    return this.setFormat("setFontWeight", "fontWeight", fontWeight);
  }
  setFontWeights(fontWeights: unknown[][]): R {
    return this.setFormatGrid("setFontWeights", "fontWeight", fontWeights);
  }
  getFontWeight(): string {
    return String(this.getFormat("getFontWeight", "fontWeight", "normal"));
  }
  getFontWeights(): string[][] {
    return this.getFormatGrid("getFontWeights", "fontWeight", "normal") as string[][];
  }
  setBackground(color: string | null): R {
    return this.setFormat("setBackground", "background", color);
  }
  setBackgrounds(color: unknown[][]): R {
    return this.setFormatGrid("setBackgrounds", "background", color);
  }
  getBackground(): string {
    return String(this.getFormat("getBackground", "background", "#ffffff"));
  }
  getBackgrounds(): string[][] {
    return this.getFormatGrid("getBackgrounds", "background", "#ffffff") as string[][];
  }
  setFontColor(color: string | null): R {
    return this.setFormat("setFontColor", "fontColor", color);
  }
  setFontStyle(fontStyle: string | null): R {
    return this.setFormat("setFontStyle", "fontStyle", fontStyle);
  }
  setFontSize(size: number): R {
    return this.setFormat("setFontSize", "fontSize", size);
  }
  setFontFamily(fontFamily: string | null): R {
    return this.setFormat("setFontFamily", "fontFamily", fontFamily);
  }
  setHorizontalAlignment(alignment: string | null): R {
    return this.setFormat("setHorizontalAlignment", "horizontalAlignment", alignment);
  }
  setVerticalAlignment(alignment: string | null): R {
    return this.setFormat("setVerticalAlignment", "verticalAlignment", alignment);
  }
  setWrap(isWrapEnabled: boolean): R {
    return this.setFormat("setWrap", "wrap", isWrapEnabled);
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): R {
    return this.setFormat("setWrapStrategy", "wrapStrategy", String(strategy));
  }
  setBorder(...args: unknown[]): R {
    return this.setFormat("setBorder", "border", args);
  }
  setNumberFormat(numberFormat: string): R {
    return this.setFormat("setNumberFormat", "numberFormat", numberFormat);
  }
  setNumberFormats(numberFormats: unknown[][]): R {
    return this.setFormatGrid("setNumberFormats", "numberFormat", numberFormats);
  }
  getNumberFormat(): string {
    return String(this.getFormat("getNumberFormat", "numberFormat", "General"));
  }
  getNumberFormats(): string[][] {
    return this.getFormatGrid("getNumberFormats", "numberFormat", "General") as string[][];
  }

  // --- notes ---
  setNote(note: string | null): R {
    this.call("setNote", "write");
    this.each((cell) => {
      if (note) cell.note = String(note);
      else delete cell.note;
    });
    return this.self();
  }
  setNotes(notes: unknown[][]): R {
    this.call("setNotes", "write");
    const data = this.checkShape(notes);
    this.each((cell, _r, _c, i, j) => {
      const n = data[i]?.[j];
      if (n) cell.note = String(n);
      else delete cell.note;
    });
    return this.self();
  }
  getNote(): string {
    this.call("getNote", "read");
    return this.sheet.cellAt(this.rect.row, this.rect.col)?.note ?? "";
  }
  getNotes(): string[][] {
    this.call("getNotes", "read");
    return this.grid((c) => c?.note ?? "");
  }

  // --- data validation and checkboxes ---
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): R {
    this.call("setDataValidation", "write");
    this.each((cell) => {
      if (rule) cell.validation = rule;
      else delete cell.validation;
    });
    return this.self();
  }
  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): R {
    this.call("setDataValidations", "write");
    const data = this.checkShape(rules, "data validations");
    this.each((cell, _r, _c, i, j) => {
      const rule = data[i]?.[j];
      if (rule) cell.validation = rule as object;
      else delete cell.validation;
    });
    return this.self();
  }
  getDataValidation(): unknown {
    this.call("getDataValidation", "read");
    return this.sheet.cellAt(this.rect.row, this.rect.col)?.validation ?? null;
  }
  getDataValidations(): unknown[][] {
    this.call("getDataValidations", "read");
    return this.grid((c) => c?.validation ?? null);
  }
  insertCheckboxes(): R {
    this.call("insertCheckboxes", "write");
    const rule = this.sheet.parent.app.newDataValidation().requireCheckbox().build();
    this.each((cell) => {
      cell.validation = rule;
      if (typeof cell.value !== "boolean") cell.value = false;
      delete cell.formula;
    });
    return this.self();
  }
  removeCheckboxes(): R {
    this.call("removeCheckboxes", "write");
    this.each((cell) => {
      delete cell.validation;
      if (typeof cell.value === "boolean") cell.value = "";
    });
    return this.self();
  }
  check(): R {
    this.call("check", "write");
    this.each((cell) => {
      cell.value = true;
    });
    return this.self();
  }
  uncheck(): R {
    this.call("uncheck", "write");
    this.each((cell) => {
      cell.value = false;
    });
    return this.self();
  }
  isChecked(): boolean | null {
    this.call("isChecked", "read");
    const values = this.grid((c) => c?.value);
    const flat = values.flat();
    if (flat.every((v) => v === true)) return true;
    if (flat.every((v) => v === false)) return false;
    return null;
  }

  /** sort(column) or sort({column, ascending}) or an array of those, as Sheets sorts: blanks last. */
  sort(sortSpecObj: unknown): R {
    this.call("sort", "write");
    const specs = (Array.isArray(sortSpecObj) ? sortSpecObj : [sortSpecObj]).map((s) =>
      typeof s === "number" ? { column: s, ascending: true } : (s as { column: number; ascending?: boolean }),
    );
    const rows = this.rows().map((r) => this.cols().map((c) => this.sheet.cellAt(r, c)));
    const key = (row: (Cell | undefined)[], column: number) => row[column - this.rect.col]?.value ?? "";
    rows.sort((a, b) => {
      for (const s of specs) {
        const x = key(a, s.column);
        const y = key(b, s.column);
        if (x === y) continue;
        if (x === "") return 1;
        if (y === "") return -1;
        const cmp = (x instanceof CellDate ? x.ms : x) < (y instanceof CellDate ? y.ms : y) ? -1 : 1;
        return s.ascending === false ? -cmp : cmp;
      }
      return 0;
    });
    rows.forEach((row, i) => {
      row.forEach((cell, j) => {
        this.sheet.putCell(this.rect.row + i, this.rect.col + j, cell);
      });
    });
    return this.self();
  }

  protect(): unknown {
    this.call("protect", "write");
    return this.sheet.addProtection("RANGE", this);
  }

  // --- developer metadata (one whole row or column only) ---
  addDeveloperMetadata(...args: unknown[]): R {
    this.call("addDeveloperMetadata", "write");
    const store = this.sheet.parent.metadata;
    store.addFromCall(args, store.rangeLocation(this));
    return this.self();
  }
  /** Finds the metadata of the rows and columns wholly inside this range (or crossing it, when asked). */
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return this.sheet.parent.metadata.finder({ type: "RANGE", range: this });
  }
  /** The metadata of exactly this row or column. */
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    this.call("getDeveloperMetadata", "read");
    const store = this.sheet.parent.metadata;
    let at: MetadataLocation | null = null;
    try {
      at = store.rangeLocation(this);
    } catch {
      return [];
    }
    const here = at;
    return store
      .visible()
      .filter((m) => {
        const l = m.location;
        return (
          l.type === here.type &&
          "index" in here &&
          "index" in l &&
          l.sheet === here.sheet &&
          l.index === here.index
        );
      })
      .map((m) => store.wrap(m));
  }
}

export function makeRange(sheet: FakeSheet, rect: GridRect): FakeRange {
  return strict(new FakeRange(sheet, rect), "FakeRange");
}
