// What the sidebar and its server functions exchange through google.script.run. Types only: the page imports
// them with `import type`, so no server code enters its bundle. Everything here survives google.script.run's
// serialisation (plain objects, arrays, strings, numbers, booleans; no Dates).
import type { Lang } from "../core/schema";
import type { SummaryFilter } from "../core/summary/brief-scope";

export type { SummaryFilter };

/** One source of a row: a link when we know its URL, else its text (a source ID, a title). */
export interface SourceLink {
  label: string;
  url: string | null;
}

/** A Partnerships row as the sidebar shows it; `row` and `key` let a write find it again. */
export interface SidebarRow {
  /** The sheet row number (1-based). */
  row: number;
  /** The row's ID, or a fingerprint of its cells when it has none: checked before writing. */
  key: string;
  id: string;
  date: string;
  kz: string;
  partner: string;
  /** The two sides' names in the sidebar's language where the directory has them; the cells' text else. */
  kzName: string;
  partnerName: string;
  country: string;
  /** The country's name in the sidebar's language ("Китай"), the cell's text when not a known code. */
  countryName: string;
  partnerType: string;
  agreement: string;
  status: string;
  fields: string[];
  tags: string[];
  summary: string;
  sources: SourceLink[];
  reviewed: boolean;
  notes: string;
  /** The date of each status step: "discussed 2025-01-10; signed 2025-03-12". */
  history: string;
}

/** One of the first rows of a many-rows selection, as its list shows it. */
export interface ListedRow {
  row: number;
  kz: string;
  partner: string;
}

/** A tag on several rows, and on how many of them. */
export interface TagCount {
  tag: string;
  count: number;
}

/**
 * Two or more selected rows in the compact form the many-rows view needs: each row's number and key (an
 * edit's target), the first rows' names, tag counts and the shared status. The sidebar polls the selection
 * every 2 s and google.script.run serialises every answer, so full rows are sent only for a single row.
 */
export interface RowsDigest {
  /** Sheet row numbers, in sheet order (at most SELECTION_CAP). */
  rows: number[];
  /** Each row's key, in the order of `rows`. */
  keys: string[];
  /** The first rows (at most LISTED_ROWS), for the list of names. */
  list: ListedRow[];
  /** Every tag on the rows (its first spelling), most used first. */
  tags: TagCount[];
  /** The status every row has, or "" when they differ. */
  status: string;
}

/** The selected rows: one in full, or several as a digest (both null when none). */
export interface SelectedRows {
  /** The row, in full, when exactly one data row is selected. */
  one: SidebarRow | null;
  /** The rows, compact, when two or more are selected. */
  many: RowsDigest | null;
}

export interface SelectionView extends SelectedRows {
  /** The active sheet's name. */
  sheet: string;
  /** False when the active sheet is not Partnerships (the sidebar then says where to select). */
  onPartnerships: boolean;
  /** How many data rows are selected in all (may exceed the rows sent, see SELECTION_CAP). */
  selected: number;
}

/**
 * The most rows the sidebar loads or edits at once. Was 500 while every row crossed in full; the digest
 * costs about 16 bytes a row (IDs as keys), so 2,000 rows stay near 35 KB.
 */
export const SELECTION_CAP = 2000;

/** How many rows' names the many-rows view lists. */
export const LISTED_ROWS = 6;

export type EditableColumn = "status" | "agreement" | "partnerType";

export type RowEdit =
  | { kind: "addTag"; tag: string }
  | { kind: "removeTag"; tag: string }
  | { kind: "set"; column: EditableColumn; value: string }
  | { kind: "reviewed"; value: boolean };

export interface RowTarget {
  row: number;
  key: string;
}

export interface EditRequest {
  targets: RowTarget[];
  edit: RowEdit;
  lang: Lang;
}

export interface StartView {
  /** The saved choice, else the user's locale when it is one of ours, else English. */
  lang: Lang;
  /** Tags already used in the Partnerships sheet, for autocomplete. */
  tags: string[];
}

export interface SummaryRequest {
  /** The selected rows, or every row of the sheet. */
  scope: "selection" | "all";
  filter: SummaryFilter;
  by: "month" | "year";
  lang: Lang;
}

export interface CountItem {
  key: string;
  /** Display text in the request's language (a country's name; the key otherwise). */
  label: string;
  count: number;
}

export interface SummaryView {
  /** Rows in the scope before the filter. */
  inScope: number;
  /** Rows that pass the filter. */
  total: number;
  countries: CountItem[];
  institutions: CountItem[];
  agreements: CountItem[];
  statuses: CountItem[];
  /** Oldest first; keys "2025-03" or "2025". */
  timeline: CountItem[];
  /** Rows without a date precise enough for the timeline. */
  undated: number;
  brief: string;
  /** The choices for the filter's lists, from the rows in scope. */
  options: { countries: CountItem[]; institutions: CountItem[] };
}

export interface InsertedBrief {
  sheet: string;
  /** A1 notation of the cell written. */
  cell: string;
}
