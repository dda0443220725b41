// A fake sheet: a grid of cells (values, formulas, formatting, validation) with Sheets' size limits, frozen
// rows, hidden columns, conditional format rules, charts and protections.
import { columnLetter, type GridRect, parseA1, resolveA1 } from "../a1";
import type { Env } from "../env";
import { type Implements, strict } from "../strict";
import { type Cell, FormulaFailure, type FormulaResult, isEmpty } from "./cells";
import { type FakeEmbeddedChart, newChart } from "./charts";
import type { FakeConditionalFormatRule } from "./conditional";
import { type FakeRange, makeRange } from "./range";
import type { FakeSpreadsheet } from "./spreadsheet";

type S = GoogleAppsScript.Spreadsheet.Sheet;

type SheetMethods =
  | "getName"
  | "setName"
  | "getSheetId"
  | "getIndex"
  | "getParent"
  | "getRange"
  | "getRangeList"
  | "getDataRange"
  | "getLastRow"
  | "getLastColumn"
  | "getMaxRows"
  | "getMaxColumns"
  | "getSheetValues"
  | "appendRow"
  | "insertRows"
  | "insertRowsBefore"
  | "insertRowsAfter"
  | "insertRowBefore"
  | "insertRowAfter"
  | "insertColumns"
  | "insertColumnsBefore"
  | "insertColumnsAfter"
  | "insertColumnBefore"
  | "insertColumnAfter"
  | "deleteRow"
  | "deleteRows"
  | "deleteColumn"
  | "deleteColumns"
  | "clear"
  | "clearContents"
  | "clearFormats"
  | "setFrozenRows"
  | "getFrozenRows"
  | "setFrozenColumns"
  | "getFrozenColumns"
  | "hideColumns"
  | "showColumns"
  | "isColumnHiddenByUser"
  | "hideRows"
  | "showRows"
  | "isRowHiddenByUser"
  | "setColumnWidth"
  | "setColumnWidths"
  | "getColumnWidth"
  | "autoResizeColumns"
  | "autoResizeColumn"
  | "setConditionalFormatRules"
  | "getConditionalFormatRules"
  | "newChart"
  | "insertChart"
  | "getCharts"
  | "removeChart"
  | "updateChart"
  | "protect"
  | "getProtections"
  | "activate"
  | "setTabColor"
  | "getTabColor"
  | "hideSheet"
  | "showSheet"
  | "isSheetHidden"
  | "getActiveRange"
  | "addDeveloperMetadata"
  | "createDeveloperMetadataFinder"
  | "getDeveloperMetadata";

export interface ProtectionData {
  type: "SHEET" | "RANGE";
  range: FakeRange;
  description: string;
  warningOnly: boolean;
  editors: string[];
  removed: boolean;
}

let nextSheetId = 1;

export class FakeSheet implements Implements<S, SheetMethods> {
  /** Rows of cells, 0-based; missing cells are empty. */
  cells: (Cell | undefined)[][] = [];
  maxRows: number;
  maxColumns: number;
  readonly id = nextSheetId++;
  frozenRows = 0;
  frozenColumns = 0;
  readonly hiddenColumns = new Set<number>();
  readonly hiddenRows = new Set<number>();
  readonly columnWidths = new Map<number, number>();
  conditionalRules: FakeConditionalFormatRule[] = [];
  charts: FakeEmbeddedChart[] = [];
  protections: ProtectionData[] = [];
  tabColor: string | null = null;
  hidden = false;

  constructor(
    readonly env: Env,
    readonly parent: FakeSpreadsheet,
    public name: string,
    maxRows = 1000,
    maxColumns = 26,
  ) {
    this.maxRows = maxRows;
    this.maxColumns = maxColumns;
  }

  private call(method: string, kind?: "read" | "write"): void {
    this.env.call(`Sheet.${method}`, this.name, kind);
  }

  // --- cell storage, used by FakeRange and by tests ---
  cellAt(row: number, col: number): Cell | undefined {
    return this.cells[row - 1]?.[col - 1];
  }
  ensureCell(row: number, col: number): Cell {
    const r = this.cells[row - 1] ?? [];
    this.cells[row - 1] = r;
    let c = r[col - 1];
    if (!c) {
      c = { value: "", format: {} };
      r[col - 1] = c;
    }
    return c;
  }
  putCell(row: number, col: number, cell: Cell | undefined): void {
    const r = this.cells[row - 1] ?? [];
    this.cells[row - 1] = r;
    r[col - 1] = cell;
  }
  /** Empties the cells a formula's earlier array result spilled into. */
  clearSpill(row: number, col: number, cell: Cell): void {
    if (!cell.spill) return;
    const key = `${row},${col}`;
    for (let i = 0; i < cell.spill.rows; i++) {
      for (let j = 0; j < cell.spill.cols; j++) {
        const c = this.cellAt(row + i, col + j);
        if (c && c.spilledFrom === key) {
          c.value = "";
          delete c.spilledFrom;
        }
      }
    }
    delete cell.spill;
  }
  /**
   * Stores a formula's result: an array spills right and down as in Sheets, or gives "#REF!" when the block
   * would cover other data or leave the sheet.
   */
  setFormulaResult(row: number, col: number, cell: Cell, result: FormulaResult): void {
    this.clearSpill(row, col, cell);
    delete cell.error;
    if (result instanceof FormulaFailure) {
      cell.value = result.value;
      cell.error = result.message;
      return;
    }
    if (!Array.isArray(result)) {
      cell.value = result;
      return;
    }
    const rows = result.length;
    const cols = Math.max(0, ...result.map((r) => r.length));
    if (rows === 0 || cols === 0) {
      cell.value = "";
      return;
    }
    const key = `${row},${col}`;
    if (row + rows - 1 > this.maxRows || col + cols - 1 > this.maxColumns) {
      cell.value = "#REF!";
      cell.error = "Array result was not expanded because it would extend past the edge of the sheet.";
      return;
    }
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        if (i === 0 && j === 0) continue;
        const c = this.cellAt(row + i, col + j);
        if (!isEmpty(c) && c?.spilledFrom !== key) {
          cell.value = "#REF!";
          cell.error = `Array result was not expanded because it would overwrite data in ${columnLetter(col + j)}${row + i}.`;
          return;
        }
      }
    }
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const v = result[i]?.[j] ?? "";
        if (i === 0 && j === 0) cell.value = v;
        else {
          const c = this.ensureCell(row + i, col + j);
          c.value = v;
          c.spilledFrom = key;
          delete c.formula;
        }
      }
    }
    cell.spill = { rows, cols };
  }
  /** The last row and column holding a value or a formula (0 when the sheet is empty). */
  contentSize(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    this.cells.forEach((r, i) => {
      r?.forEach((c, j) => {
        if (!isEmpty(c)) {
          rows = Math.max(rows, i + 1);
          cols = Math.max(cols, j + 1);
        }
      });
    });
    return { rows, cols };
  }
  /** A range by position, checked against the sheet's size the way Sheets checks it. */
  rangeAt(row: number, col: number, numRows = 1, numCols = 1): FakeRange {
    const e = (m: string) => this.env.error(m);
    if (![row, col, numRows, numCols].every(Number.isInteger)) throw e("Range not found");
    if (row < 1) throw e("The starting row of the range is too small.");
    if (col < 1) throw e("The starting column of the range is too small.");
    if (numRows < 1) throw e("The number of rows in the range must be at least 1.");
    if (numCols < 1) throw e("The number of columns in the range must be at least 1.");
    if (row + numRows - 1 > this.maxRows || col + numCols - 1 > this.maxColumns) {
      throw e("The coordinates of the range are outside the dimensions of the sheet.");
    }
    return makeRange(this, { row, col, numRows, numCols });
  }
  /** A range by A1 notation on this sheet ("A1:C3", "A:A", "2:2", "A2:C"). */
  rangeA1(a1: string): FakeRange {
    const p = parseA1(a1);
    if (!p) throw this.env.error("Range not found");
    const r = resolveA1(p, this.maxRows, this.maxColumns);
    return this.rangeAt(r.row, r.col, r.numRows, r.numCols);
  }

  // --- identity ---
  getName(): string {
    return this.name;
  }
  setName(name: string): FakeSheet {
    this.call("setName", "write");
    if (this.parent.sheets.some((s) => s !== this && s.name.toLowerCase() === name.toLowerCase())) {
      throw this.env.error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const counts = this.env.counters.sheets[this.name];
    this.name = name;
    if (counts) this.env.counters.sheets[name] = counts;
    return this;
  }
  getSheetId(): number {
    return this.id;
  }
  getIndex(): number {
    return this.parent.sheets.indexOf(this) + 1;
  }
  getParent(): FakeSpreadsheet {
    return this.parent;
  }
  activate(): FakeSheet {
    this.parent.select(this, [{ row: 1, col: 1, numRows: 1, numCols: 1 }]);
    return this;
  }
  getActiveRange(): FakeRange | null {
    return this.parent.activeSheet === this ? this.parent.getActiveRange() : null;
  }

  // --- ranges ---
  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): FakeRange {
    if (typeof a1OrRow === "string") return this.rangeA1(a1OrRow);
    if (column === undefined)
      throw this.env.error("The parameters (number) don't match the method signature.");
    return this.rangeAt(a1OrRow, column, numRows ?? 1, numColumns ?? 1);
  }
  getRangeList(a1Notations: string[]): object {
    return this.parent.rangeList(a1Notations.map((a) => this.rangeA1(a)));
  }
  getDataRange(): FakeRange {
    this.call("getDataRange", "read");
    const { rows, cols } = this.contentSize();
    return this.rangeAt(1, 1, Math.max(rows, 1), Math.max(cols, 1));
  }
  getLastRow(): number {
    this.call("getLastRow", "read");
    return this.contentSize().rows;
  }
  getLastColumn(): number {
    this.call("getLastColumn", "read");
    return this.contentSize().cols;
  }
  getMaxRows(): number {
    this.call("getMaxRows", "read");
    return this.maxRows;
  }
  getMaxColumns(): number {
    this.call("getMaxColumns", "read");
    return this.maxColumns;
  }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const { rows, cols } = this.contentSize();
    const range = this.rangeAt(
      startRow,
      startColumn,
      numRows === -1 ? rows - startRow + 1 : numRows,
      numColumns === -1 ? cols - startColumn + 1 : numColumns,
    );
    return range.getValues();
  }

  // --- rows and columns ---
  appendRow(rowContents: unknown[]): FakeSheet {
    this.call("appendRow", "write");
    if (!Array.isArray(rowContents)) throw this.env.error("The parameters don't match the method signature.");
    const row = this.contentSize().rows + 1;
    if (row > this.maxRows) this.maxRows = row;
    if (rowContents.length > this.maxColumns) this.maxColumns = rowContents.length;
    if (rowContents.length > 0) {
      makeRange(this, { row, col: 1, numRows: 1, numCols: rowContents.length }).writeValues([rowContents]);
    }
    return this;
  }
  private shiftRows(at: number, howMany: number, method: string): void {
    this.call(method, "write");
    if (at < 1 || at > this.maxRows + 1 || howMany < 1) throw this.env.error("Those rows are out of bounds.");
    this.cells.splice(at - 1, 0, ...Array.from({ length: howMany }, () => [] as (Cell | undefined)[]));
    this.maxRows += howMany;
    this.parent.metadata.inserted(this, "ROW", at, howMany);
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this.shiftRows(rowIndex, numRows, "insertRows");
  }
  insertRowsBefore(beforePosition: number, howMany: number): FakeSheet {
    this.shiftRows(beforePosition, howMany, "insertRowsBefore");
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.shiftRows(afterPosition + 1, howMany, "insertRowsAfter");
    return this;
  }
  insertRowBefore(beforePosition: number): FakeSheet {
    this.shiftRows(beforePosition, 1, "insertRowBefore");
    return this;
  }
  insertRowAfter(afterPosition: number): FakeSheet {
    this.shiftRows(afterPosition + 1, 1, "insertRowAfter");
    return this;
  }
  private shiftColumns(at: number, howMany: number, method: string): void {
    this.call(method, "write");
    if (at < 1 || at > this.maxColumns + 1 || howMany < 1)
      throw this.env.error("Those columns are out of bounds.");
    for (const r of this.cells) r?.splice(at - 1, 0, ...Array.from({ length: howMany }, () => undefined));
    this.maxColumns += howMany;
    this.parent.metadata.inserted(this, "COLUMN", at, howMany);
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.shiftColumns(columnIndex, numColumns, "insertColumns");
  }
  insertColumnsBefore(beforePosition: number, howMany: number): FakeSheet {
    this.shiftColumns(beforePosition, howMany, "insertColumnsBefore");
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.shiftColumns(afterPosition + 1, howMany, "insertColumnsAfter");
    return this;
  }
  insertColumnBefore(beforePosition: number): FakeSheet {
    this.shiftColumns(beforePosition, 1, "insertColumnBefore");
    return this;
  }
  insertColumnAfter(afterPosition: number): FakeSheet {
    this.shiftColumns(afterPosition + 1, 1, "insertColumnAfter");
    return this;
  }
  private removeRows(at: number, howMany: number, method: string): void {
    this.call(method, "write");
    if (at < 1 || howMany < 1 || at + howMany - 1 > this.maxRows)
      throw this.env.error("Those rows are out of bounds.");
    if (howMany >= this.maxRows - this.frozenRows && this.maxRows - howMany < 1) {
      throw this.env.error("You can't delete all the rows on the sheet.");
    }
    this.cells.splice(at - 1, howMany);
    this.maxRows -= howMany;
    this.parent.metadata.deleted(this, "ROW", at, howMany);
  }
  deleteRow(rowPosition: number): FakeSheet {
    this.removeRows(rowPosition, 1, "deleteRow");
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.removeRows(rowPosition, howMany, "deleteRows");
  }
  private removeColumns(at: number, howMany: number, method: string): void {
    this.call(method, "write");
    if (at < 1 || howMany < 1 || at + howMany - 1 > this.maxColumns) {
      throw this.env.error("Those columns are out of bounds.");
    }
    if (this.maxColumns - howMany < 1) throw this.env.error("You can't delete all the columns on the sheet.");
    for (const r of this.cells) r?.splice(at - 1, howMany);
    this.maxColumns -= howMany;
    this.parent.metadata.deleted(this, "COLUMN", at, howMany);
  }
  deleteColumn(columnPosition: number): FakeSheet {
    this.removeColumns(columnPosition, 1, "deleteColumn");
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.removeColumns(columnPosition, howMany, "deleteColumns");
  }

  // --- clearing ---
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): FakeSheet {
    this.call("clear", "write");
    if (options?.contentsOnly) this.clearCells(true, false);
    else if (options?.formatOnly) this.clearCells(false, true);
    else this.cells = [];
    return this;
  }
  private clearCells(contents: boolean, formats: boolean): void {
    for (const r of this.cells) {
      for (const c of r ?? []) {
        if (!c) continue;
        if (contents) {
          c.value = "";
          delete c.formula;
        }
        if (formats) c.format = {};
      }
    }
  }
  clearContents(): FakeSheet {
    this.call("clearContents", "write");
    this.clearCells(true, false);
    return this;
  }
  clearFormats(): FakeSheet {
    this.call("clearFormats", "write");
    this.clearCells(false, true);
    return this;
  }

  // --- view ---
  setFrozenRows(rows: number): void {
    this.call("setFrozenRows", "write");
    if (rows < 0 || rows >= this.maxRows)
      throw this.env.error("You can't freeze all visible rows on the sheet.");
    this.frozenRows = rows;
  }
  getFrozenRows(): number {
    this.call("getFrozenRows", "read");
    return this.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this.call("setFrozenColumns", "write");
    this.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    this.call("getFrozenColumns", "read");
    return this.frozenColumns;
  }
  private spanOf(first: number | GoogleAppsScript.Spreadsheet.Range, n?: number, byRow = false): number[] {
    if (typeof first === "number") return Array.from({ length: n ?? 1 }, (_, i) => first + i);
    const r = first as unknown as FakeRange;
    const start = byRow ? r.rect.row : r.rect.col;
    const len = byRow ? r.rect.numRows : r.rect.numCols;
    return Array.from({ length: len }, (_, i) => start + i);
  }
  hideColumns(columnIndex: number | GoogleAppsScript.Spreadsheet.Range, numColumns?: number): void {
    this.call("hideColumns", "write");
    for (const c of this.spanOf(columnIndex, numColumns)) this.hiddenColumns.add(c);
  }
  showColumns(columnIndex: number, numColumns?: number): void {
    this.call("showColumns", "write");
    for (const c of this.spanOf(columnIndex, numColumns)) this.hiddenColumns.delete(c);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    this.call("isColumnHiddenByUser", "read");
    return this.hiddenColumns.has(columnPosition);
  }
  hideRows(rowIndex: number | GoogleAppsScript.Spreadsheet.Range, numRows?: number): void {
    this.call("hideRows", "write");
    for (const r of this.spanOf(rowIndex, numRows, true)) this.hiddenRows.add(r);
  }
  showRows(rowIndex: number, numRows?: number): void {
    this.call("showRows", "write");
    for (const r of this.spanOf(rowIndex, numRows, true)) this.hiddenRows.delete(r);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    this.call("isRowHiddenByUser", "read");
    return this.hiddenRows.has(rowPosition);
  }
  setColumnWidth(columnPosition: number, width: number): FakeSheet {
    this.call("setColumnWidth", "write");
    this.columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): FakeSheet {
    this.call("setColumnWidths", "write");
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    this.call("getColumnWidth", "read");
    return this.columnWidths.get(columnPosition) ?? 100;
  }
  autoResizeColumns(startColumn: number, numColumns: number): FakeSheet {
    this.call("autoResizeColumns", "write");
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.delete(c);
    return this;
  }
  autoResizeColumn(columnPosition: number): FakeSheet {
    this.call("autoResizeColumn", "write");
    this.columnWidths.delete(columnPosition);
    return this;
  }
  setTabColor(color: string | null): FakeSheet {
    this.call("setTabColor", "write");
    this.tabColor = color;
    return this;
  }
  getTabColor(): string | null {
    return this.tabColor;
  }
  hideSheet(): FakeSheet {
    this.call("hideSheet", "write");
    this.hidden = true;
    return this;
  }
  showSheet(): FakeSheet {
    this.call("showSheet", "write");
    this.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.hidden;
  }

  // --- conditional formats and charts ---
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.call("setConditionalFormatRules", "write");
    this.conditionalRules = [...(rules as unknown as FakeConditionalFormatRule[])];
  }
  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    this.call("getConditionalFormatRules", "read");
    return [...this.conditionalRules];
  }
  newChart(): ReturnType<typeof newChart> {
    return newChart();
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.call("insertChart", "write");
    // "Not all embedded chart types are currently supported" (EmbeddedChartBuilder.setChartType).
    const type = (chart as unknown as FakeEmbeddedChart).data.type;
    if (this.parent.unsupportedCharts.has(type)) {
      throw this.env.error(`Exception: Unsupported chart type: ${type}`);
    }
    this.charts.push(chart as unknown as FakeEmbeddedChart);
  }
  getCharts(): FakeEmbeddedChart[] {
    this.call("getCharts", "read");
    return [...this.charts];
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.call("removeChart", "write");
    const id = (chart as unknown as FakeEmbeddedChart).data.id;
    this.charts = this.charts.filter((c) => c.data.id !== id);
  }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.call("updateChart", "write");
    const next = chart as unknown as FakeEmbeddedChart;
    this.charts = this.charts.map((c) => (c.data.id === next.data.id ? next : c));
  }

  // --- developer metadata ---
  addDeveloperMetadata(...args: unknown[]): FakeSheet {
    this.call("addDeveloperMetadata", "write");
    this.parent.metadata.addFromCall(args, { type: "SHEET", sheet: this });
    return this;
  }
  /** Finds the metadata of the sheet and of its rows and columns. */
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return this.parent.metadata.finder({ type: "SHEET", sheet: this });
  }
  /** The metadata on the sheet itself (not its rows' or columns'). */
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    this.call("getDeveloperMetadata", "read");
    const store = this.parent.metadata;
    return store
      .visible()
      .filter((m) => m.location.type === "SHEET" && m.location.sheet === this)
      .map((m) => store.wrap(m));
  }

  // --- protections ---
  addProtection(type: "SHEET" | "RANGE", range: FakeRange): object {
    const data: ProtectionData = {
      type,
      range,
      description: "",
      warningOnly: false,
      editors: [],
      removed: false,
    };
    this.protections.push(data);
    return strict(protectionOf(data, this), "FakeProtection");
  }
  protect(): object {
    this.call("protect", "write");
    return this.addProtection("SHEET", makeRange(this, this.wholeRect()));
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): object[] {
    this.call("getProtections", "read");
    return this.protections
      .filter((p) => !p.removed && p.type === String(type))
      .map((p) => strict(protectionOf(p, this), "FakeProtection"));
  }
  wholeRect(): GridRect {
    return { row: 1, col: 1, numRows: this.maxRows, numCols: this.maxColumns };
  }
}

function protectionOf(p: ProtectionData, sheet: FakeSheet) {
  const self = {
    getProtectionType: () => p.type,
    getRange: () => p.range,
    getDescription: () => p.description,
    setDescription: (d: string) => {
      p.description = d;
      return self;
    },
    isWarningOnly: () => p.warningOnly,
    setWarningOnly: (w: boolean) => {
      p.warningOnly = w;
      return self;
    },
    getEditors: () => p.editors.map((email) => ({ getEmail: () => email })),
    addEditor: (e: string) => {
      p.editors.push(e);
      return self;
    },
    removeEditors: (emails: unknown[]) => {
      const drop = new Set(emails.map(String));
      p.editors = p.editors.filter((e) => !drop.has(e));
      return self;
    },
    canDomainEdit: () => false,
    setDomainEdit: () => self,
    canEdit: () => true,
    remove: () => {
      p.removed = true;
    },
    getSheet: () => sheet,
  };
  return self;
}
