// Developer metadata as Sheets keeps it: key/value pairs on the spreadsheet, a sheet, or one whole row or
// column. What the add-on relies on, modelled as strictly as the platform:
// - Range.addDeveloperMetadata takes one entire row or one entire column, nothing else.
// - Row and column metadata move with their row or column when rows or columns are inserted or deleted
//   before them, and go when theirs is deleted (or its sheet is). Clearing a sheet keeps them.
// - PROJECT visibility: only the script project that made it sees it; DOCUMENT: every project does.
// - A location's getSheet() is the sheet for SHEET metadata only (null for a row or column: ask getRow()
//   or getColumn() for the range, then its sheet).
// - At most 30,000 characters of keys and values on the spreadsheet, and on each sheet with its rows and
//   columns.
// - find() and get*() are reads of the sheet in scope; every change is a write.
import type { Env } from "../env";
import { type Implements, strict } from "../strict";
import type { FakeRange } from "./range";
import type { FakeSheet } from "./sheet";
import type { FakeSpreadsheet } from "./spreadsheet";

type DM = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type DMFinder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
type DMLocation = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation;

/** An Apps Script enum value: an object of its own (a string of the same name is not it), named by toString. */
export interface EnumValue<N extends string> {
  readonly name: N;
  toString(): string;
}

function enumValues<const N extends string>(...names: N[]): Record<N, EnumValue<N>> {
  return Object.fromEntries(
    names.map((name) => [name, Object.freeze({ name, toString: () => name, toJSON: () => name })]),
  ) as unknown as Record<N, EnumValue<N>>;
}

export const DeveloperMetadataVisibility = enumValues("DOCUMENT", "PROJECT");
export const DeveloperMetadataLocationType = enumValues("SPREADSHEET", "SHEET", "ROW", "COLUMN");

export type Visibility = keyof typeof DeveloperMetadataVisibility;
export type LocationType = keyof typeof DeveloperMetadataLocationType;

/** The most characters of keys and values one spreadsheet, or one sheet with its rows and columns, holds. */
export const METADATA_CHAR_LIMIT = 30_000;

export type MetadataLocation =
  | { type: "SPREADSHEET" }
  | { type: "SHEET"; sheet: FakeSheet }
  | { type: "ROW" | "COLUMN"; sheet: FakeSheet; index: number };

export interface MetadataData {
  id: number;
  key: string;
  value: string | null;
  visibility: Visibility;
  /** The script project that made it (PROJECT metadata is seen by that project alone). */
  project: string;
  location: MetadataLocation;
  removed: boolean;
}

const ARBITRARY_RANGE =
  "Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.";

function visibilityOf(value: unknown): Visibility | null {
  for (const [name, v] of Object.entries(DeveloperMetadataVisibility)) {
    if (value === v) return name as Visibility;
  }
  return null;
}

function locationTypeOf(value: unknown): LocationType | null {
  for (const [name, v] of Object.entries(DeveloperMetadataLocationType)) {
    if (value === v) return name as LocationType;
  }
  return null;
}

const sheetOf = (location: MetadataLocation): FakeSheet | null =>
  location.type === "SPREADSHEET" ? null : location.sheet;

/** Every developer metadata of one spreadsheet. */
export class MetadataStore {
  items: MetadataData[] = [];
  private nextId = 1_000_001;
  /** The project the running bundle belongs to. */
  project = "seriktes-script";

  constructor(
    readonly env: Env,
    readonly spreadsheet: () => FakeSpreadsheet,
  ) {}

  /** The metadata the running project can see. */
  visible(): MetadataData[] {
    return this.items.filter(
      (m) => !m.removed && (m.visibility === "DOCUMENT" || m.project === this.project),
    );
  }

  /** Adds metadata without counting a call (tests use it to stand for another project or an old version). */
  put(
    key: string,
    value: string | null,
    location: MetadataLocation,
    visibility: Visibility = "DOCUMENT",
    project = this.project,
  ): MetadataData {
    if (typeof key !== "string" || key === "") throw this.env.error("Invalid argument: key");
    const data: MetadataData = {
      id: this.nextId++,
      key,
      value,
      visibility,
      project,
      location,
      removed: false,
    };
    this.items.push(data);
    this.checkSize(location);
    return data;
  }

  private checkSize(location: MetadataLocation): void {
    const sheet = sheetOf(location);
    const size = this.items
      .filter((m) => !m.removed && sheetOf(m.location) === sheet)
      .reduce((n, m) => n + m.key.length + (m.value?.length ?? 0), 0);
    if (size > METADATA_CHAR_LIMIT) {
      const last = this.items.pop();
      if (last) last.removed = true;
      throw this.env.error(
        `The developer metadata of this ${sheet ? "sheet" : "spreadsheet"} would exceed ${METADATA_CHAR_LIMIT} characters.`,
      );
    }
  }

  /** addDeveloperMetadata(key), (key, visibility), (key, value), (key, value, visibility). */
  addFromCall(args: unknown[], location: MetadataLocation): void {
    const [key, second, third] = args;
    if (typeof key !== "string") throw this.env.error("The parameters don't match the method signature.");
    let value: string | null = null;
    let visibility: Visibility = "DOCUMENT";
    if (args.length >= 2) {
      const asVisibility = visibilityOf(second);
      if (asVisibility && args.length === 2) visibility = asVisibility;
      else if (typeof second === "string") value = second;
      else throw this.env.error("The parameters don't match the method signature.");
    }
    if (args.length >= 3) {
      const v = visibilityOf(third);
      if (!v) throw this.env.error("The parameters don't match the method signature.");
      visibility = v;
    }
    this.put(key, value, location, visibility);
  }

  /** The location of one whole row or column range, or the platform's refusal. */
  rangeLocation(range: FakeRange): MetadataLocation {
    const { sheet, rect } = range;
    if (rect.numRows === 1 && rect.col === 1 && rect.numCols === sheet.maxColumns) {
      return { type: "ROW", sheet, index: rect.row };
    }
    if (rect.numCols === 1 && rect.row === 1 && rect.numRows === sheet.maxRows) {
      return { type: "COLUMN", sheet, index: rect.col };
    }
    throw this.env.error(ARBITRARY_RANGE);
  }

  // --- rows and columns moving under their metadata ---
  /** `howMany` rows (or columns) inserted at `at`: metadata at or past it move down (or right). */
  inserted(sheet: FakeSheet, type: "ROW" | "COLUMN", at: number, howMany: number): void {
    for (const m of this.items) {
      const l = m.location;
      if (l.type === type && l.sheet === sheet && l.index >= at) l.index += howMany;
    }
  }
  /** Rows (or columns) `at`..`at + howMany - 1` deleted: their metadata go, the later ones move up. */
  deleted(sheet: FakeSheet, type: "ROW" | "COLUMN", at: number, howMany: number): void {
    for (const m of this.items) {
      const l = m.location;
      if (l.type !== type || l.sheet !== sheet) continue;
      if (l.index >= at + howMany) l.index -= howMany;
      else if (l.index >= at) m.removed = true;
    }
  }
  sheetDeleted(sheet: FakeSheet): void {
    for (const m of this.items) if (sheetOf(m.location) === sheet) m.removed = true;
  }

  // --- the API objects ---
  wrap(data: MetadataData): DM {
    return strict(new FakeDeveloperMetadata(this, data), "FakeDeveloperMetadata") as unknown as DM;
  }
  finder(scope: Scope): DMFinder {
    return strict(
      new FakeDeveloperMetadataFinder(this, scope),
      "FakeDeveloperMetadataFinder",
    ) as unknown as DMFinder;
  }
  /** Counts a call as a read or write of the sheet it concerns. */
  record(method: string, sheet: FakeSheet | null, kind: "read" | "write"): void {
    this.env.call(method, sheet?.name, kind);
  }
}

/** What a finder searches: the whole spreadsheet, one sheet (with its rows and columns), or one range. */
export type Scope =
  | { type: "SPREADSHEET" }
  | { type: "SHEET"; sheet: FakeSheet }
  | { type: "RANGE"; range: FakeRange };

type DMMethods =
  | "getId"
  | "getKey"
  | "getValue"
  | "getVisibility"
  | "getLocation"
  | "setKey"
  | "setValue"
  | "setVisibility"
  | "remove"
  | "moveToColumn"
  | "moveToRow"
  | "moveToSheet"
  | "moveToSpreadsheet";

class FakeDeveloperMetadata implements Implements<DM, DMMethods> {
  constructor(
    private readonly store: MetadataStore,
    readonly data: MetadataData,
  ) {}

  private live(method: string, kind: "read" | "write" = "write"): MetadataData {
    const d = this.data;
    if (d.removed || (d.visibility === "PROJECT" && d.project !== this.store.project)) {
      throw this.store.env.error("The requested developer metadata does not exist.");
    }
    if (kind === "write") this.store.record(`DeveloperMetadata.${method}`, sheetOf(d.location), "write");
    return d;
  }
  getId(): number {
    return this.data.id;
  }
  getKey(): string {
    return this.data.key;
  }
  getValue(): string | null {
    return this.data.value;
  }
  getVisibility(): EnumValue<Visibility> {
    return DeveloperMetadataVisibility[this.data.visibility];
  }
  getLocation(): DMLocation {
    return locationObject(this.store, this.data.location);
  }
  setKey(key: string): this {
    if (typeof key !== "string" || key === "") throw this.store.env.error("Invalid argument: key");
    this.live("setKey").key = key;
    return this;
  }
  setValue(value: string): this {
    if (typeof value !== "string")
      throw this.store.env.error("The parameters don't match the method signature.");
    this.live("setValue").value = value;
    return this;
  }
  setVisibility(visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): this {
    const v = visibilityOf(visibility);
    if (!v) throw this.store.env.error("The parameters don't match the method signature.");
    this.live("setVisibility").visibility = v;
    return this;
  }
  remove(): void {
    this.live("remove").removed = true;
  }
  moveToColumn(column: GoogleAppsScript.Spreadsheet.Range): this {
    const location = this.store.rangeLocation(column as unknown as FakeRange);
    if (location.type !== "COLUMN") throw this.store.env.error(ARBITRARY_RANGE);
    this.live("moveToColumn").location = location;
    return this;
  }
  moveToRow(row: GoogleAppsScript.Spreadsheet.Range): this {
    const location = this.store.rangeLocation(row as unknown as FakeRange);
    if (location.type !== "ROW") throw this.store.env.error(ARBITRARY_RANGE);
    this.live("moveToRow").location = location;
    return this;
  }
  moveToSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): this {
    this.live("moveToSheet").location = { type: "SHEET", sheet: sheet as unknown as FakeSheet };
    return this;
  }
  moveToSpreadsheet(): this {
    this.live("moveToSpreadsheet").location = { type: "SPREADSHEET" };
    return this;
  }
}

function locationObject(store: MetadataStore, location: MetadataLocation): DMLocation {
  const lineRange = (type: "ROW" | "COLUMN"): FakeRange | null => {
    if (location.type !== type) return null;
    const { sheet, index } = location;
    return type === "ROW"
      ? sheet.rangeAt(index, 1, 1, sheet.maxColumns)
      : sheet.rangeAt(1, index, sheet.maxRows, 1);
  };
  const self = {
    getLocationType: () => DeveloperMetadataLocationType[location.type],
    getSpreadsheet: () => (location.type === "SPREADSHEET" ? store.spreadsheet() : null),
    getSheet: () => (location.type === "SHEET" ? location.sheet : null),
    getRow: () => lineRange("ROW"),
    getColumn: () => lineRange("COLUMN"),
  };
  return strict(self, "FakeDeveloperMetadataLocation") as unknown as DMLocation;
}

type FinderMethods =
  | "find"
  | "onIntersectingLocations"
  | "withId"
  | "withKey"
  | "withLocationType"
  | "withValue"
  | "withVisibility";

class FakeDeveloperMetadataFinder implements Implements<DMFinder, FinderMethods> {
  private intersecting = false;
  private readonly tests: ((m: MetadataData) => boolean)[] = [];

  constructor(
    private readonly store: MetadataStore,
    private readonly scope: Scope,
  ) {}

  private inScope(m: MetadataData): boolean {
    const scope = this.scope;
    const l = m.location;
    if (scope.type === "SPREADSHEET") return true;
    if (scope.type === "SHEET") return sheetOf(l) === scope.sheet;
    const { sheet, rect } = scope.range;
    if (l.type !== "ROW" && l.type !== "COLUMN") return false;
    if (l.sheet !== sheet) return false;
    const [first, count, otherFirst, otherCount, otherMax] =
      l.type === "ROW"
        ? [rect.row, rect.numRows, rect.col, rect.numCols, sheet.maxColumns]
        : [rect.col, rect.numCols, rect.row, rect.numRows, sheet.maxRows];
    const crosses = l.index >= first && l.index < first + count;
    // Wholly inside: the range spans the whole row (or column); intersecting: any cell of it.
    return crosses && (this.intersecting || (otherFirst === 1 && otherCount === otherMax));
  }

  find(): DM[] {
    const sheet =
      this.scope.type === "SHEET"
        ? this.scope.sheet
        : this.scope.type === "RANGE"
          ? this.scope.range.sheet
          : null;
    this.store.record("DeveloperMetadataFinder.find", sheet, "read");
    return this.store
      .visible()
      .filter((m) => this.inScope(m) && this.tests.every((t) => t(m)))
      .map((m) => this.store.wrap(m));
  }
  onIntersectingLocations(): this {
    this.intersecting = true;
    return this;
  }
  withId(id: number): this {
    this.tests.push((m) => m.id === id);
    return this;
  }
  withKey(key: string): this {
    this.tests.push((m) => m.key === key);
    return this;
  }
  withLocationType(locationType: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType): this {
    const type = locationTypeOf(locationType);
    if (!type) throw this.store.env.error("The parameters don't match the method signature.");
    this.tests.push((m) => m.location.type === type);
    return this;
  }
  withValue(value: string): this {
    this.tests.push((m) => m.value === value);
    return this;
  }
  withVisibility(visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): this {
    const v = visibilityOf(visibility);
    if (!v) throw this.store.env.error("The parameters don't match the method signature.");
    this.tests.push((m) => m.visibility === v);
    return this;
  }
}
