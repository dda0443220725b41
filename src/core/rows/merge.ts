// Merge duplicates: the same pair and agreement reported by several outlets, or in several languages, becomes one
// row listing all its sources. Its status is the furthest any report gives, and History keeps the date of each
// step. The plan is computed first (and shown to the user), then applied.
import { isStatus, STATUSES, type Status } from "../schema";
import { type Cell, cellText } from "./cells";
import { formatHistory, type History, mergeHistories, parseHistory, withStep } from "./history";
import { editedColumns, type PartnershipRow, TRACKED, trackedText } from "./partnership";
import { nameKey } from "./reconcile";
import { summaryOfRow } from "./summaryLine";

export interface MergeGroup {
  /** The row that stays (the first reviewed one, else the one with the lowest ID). */
  keepId: string;
  /** The rows folded into it, which go. */
  dropIds: string[];
  /** The rows as they read now, kept row first. */
  rows: PartnershipRow[];
  /** The kept row as it will read after the merge. */
  merged: PartnershipRow;
}

export interface MergePlan {
  groups: MergeGroup[];
  /** Changes when the rows do, so a preview can't be applied to a sheet that moved on. */
  fingerprint: string;
}

const groupKey = (row: PartnershipRow): string =>
  `${nameKey(row.kz)}|${nameKey(row.partner)}|${nameKey(row.agreement)}`;

const union = (lists: readonly string[][]): string[] => [...new Set(lists.flat())];

function historyOf(row: PartnershipRow): History {
  const history = parseHistory(row.history);
  return isStatus(row.status) ? withStep(history, row.status, row.date || null) : history;
}

function byId(a: PartnershipRow, b: PartnershipRow): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The row of a group that stays: the first reviewed one, else the one with the lowest ID. */
function keptRow(rows: readonly PartnershipRow[]): PartnershipRow {
  const ordered = [...rows].sort(byId);
  return ordered.find((row) => row.reviewed) ?? ordered[0]!;
}

/** The row several duplicate rows become. */
export function mergeRows(rows: readonly PartnershipRow[]): PartnershipRow {
  const ordered = [...rows].sort(byId);
  const keep = keptRow(rows);
  const others = [keep, ...ordered.filter((row) => row !== keep)];
  const history = others.map(historyOf).reduce(mergeHistories, {});
  const reached = STATUSES.filter((s) => history[s] !== undefined);
  const status: Status | undefined = reached[reached.length - 1];
  const firstOf = (get: (row: PartnershipRow) => string): string =>
    others.map(get).find((value) => value !== "") ?? "";
  const datesKnown = others
    .map((row) => row.date)
    .filter((d) => d !== "")
    .sort();
  const merged: PartnershipRow = {
    ...keep,
    // The date of the step the partnership has reached, else the first date any report gives.
    date: (status && history[status]) || datesKnown[0] || "",
    country: firstOf((row) => row.country),
    partnerType: firstOf((row) => row.partnerType),
    status: status ?? keep.status,
    fields: union(others.map((row) => row.fields)),
    tags: union(others.map((row) => row.tags)),
    summary: firstOf((row) => row.summary),
    sources: union(others.map((row) => row.sources)),
    reviewed: others.some((row) => row.reviewed),
    // A doubt one report had is settled when another report of the same pair has none.
    check: others.every((row) => row.check !== "") ? keep.check : "",
    notes: [...new Set(others.map((row) => row.notes).filter((n) => n !== ""))].join("\n"),
    history: formatHistory(history),
  };
  // What the user typed in the kept row stays; the rest now shows the merged value, recorded as the engine's.
  const edited = editedColumns(keep);
  // A Summary nobody wrote by hand says what the merged row says (its furthest status, all its fields).
  if (!edited.has("Summary")) merged.summary = summaryOfRow(merged) ?? merged.summary;
  const extracted = { ...(keep.extracted ?? {}) };
  for (const column of TRACKED) {
    if (edited.has(column)) restore(merged, keep, column);
  }
  const shown = trackedText(merged);
  for (const column of TRACKED) if (!edited.has(column)) extracted[column] = shown[column];
  merged.extracted = extracted;
  return merged;
}

type RowField =
  | "date"
  | "kz"
  | "partner"
  | "country"
  | "partnerType"
  | "agreement"
  | "status"
  | "fields"
  | "summary"
  | "check";

function fieldOf(column: (typeof TRACKED)[number]): RowField {
  const map: Record<(typeof TRACKED)[number], RowField> = {
    Date: "date",
    "Kazakhstan side": "kz",
    Partner: "partner",
    Country: "country",
    "Partner type": "partnerType",
    Agreement: "agreement",
    Status: "status",
    Fields: "fields",
    Summary: "summary",
    Check: "check",
  };
  return map[column];
}

function restore(target: PartnershipRow, source: PartnershipRow, column: (typeof TRACKED)[number]): void {
  const field = fieldOf(column);
  if (field === "fields") target.fields = [...source.fields];
  else target[field] = source[field];
}

/** The groups of duplicate rows in the sheet, in the order their first row appears. */
export function planMerge(rows: readonly PartnershipRow[]): MergePlan {
  const groups = new Map<string, PartnershipRow[]>();
  for (const row of rows) {
    if (row.kz === "" || row.partner === "") continue;
    const key = groupKey(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  const out: MergeGroup[] = [];
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    const keep = keptRow(list);
    const merged = mergeRows(list);
    const members = [keep, ...list.filter((row) => row !== keep)];
    out.push({ keepId: merged.id, dropIds: members.slice(1).map((row) => row.id), rows: members, merged });
  }
  const fingerprint = fingerprintOf(
    out.flatMap((g) => [g.keepId, ...g.dropIds, JSON.stringify(g.merged)]).join("\u0001"),
  );
  return { groups: out, fingerprint };
}

/** A short hash (FNV-1a) of a text. */
export function fingerprintOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/**
 * The rows after a merge: kept rows replaced by their merged form, and gone only the rows folded into one
 * (told by the row itself, not its ID: a copied row shares its twin's ID).
 */
export function applyMerge(rows: readonly PartnershipRow[], plan: MergePlan): PartnershipRow[] {
  const merged = new Map(plan.groups.map((g) => [g.rows[0]!, g.merged]));
  const dropped = new Set(plan.groups.flatMap((g) => g.rows.slice(1)));
  return rows.filter((row) => !dropped.has(row)).map((row) => merged.get(row) ?? row);
}

/**
 * A Sources Result text ("2 partnerships: P-000001, P-000002") with merged IDs replaced by the row they were
 * folded into, each ID once, and the count put right.
 */
export function renameIds(text: string, renamed: ReadonlyMap<string, string>): string {
  const match = /^(\d+) partnerships?: ([^(]*?)(\s*\(.*)?$/.exec(text);
  if (!match) return text;
  const ids = [...new Set(match[2]!.split(/,\s*/).map((id) => renamed.get(id.trim()) ?? id.trim()))];
  const rest = match[3] ?? "";
  return `${ids.length} partnership${ids.length === 1 ? "" : "s"}: ${ids.join(", ")}${rest}`;
}

/** What folding rows into a kept row does to the user's own columns. */
export interface JoinedCells {
  /** The kept row's new value by column (0-based); a column not listed keeps its cell. */
  cells: Map<number, Cell>;
  /** Lines for Notes: values that could not go into their cell (the kept cell holds the user's formula). */
  notes: string[];
}

/**
 * The user's own cells of a kept row once others are folded into it, so nothing in them is lost: a blank cell
 * takes the folded rows' value; different values are joined one a line; a formula in the kept cell stays and
 * the folded rows' other values go to Notes ("Budget: 1200").
 */
export function joinOwnCells(
  header: readonly Cell[],
  kept: readonly Cell[],
  keptFormulas: readonly string[],
  folded: readonly (readonly Cell[])[],
  columns: readonly number[],
): JoinedCells {
  const out: JoinedCells = { cells: new Map(), notes: [] };
  for (const c of columns) {
    const mine = cellText(kept[c]);
    const others = folded.map((row) => row[c] ?? "").filter((v) => cellText(v) !== "");
    const extra = [...new Set(others.map((v) => cellText(v)))].filter((t) => t !== mine);
    if (extra.length === 0) continue;
    if (mine === "" && extra.length === 1) {
      out.cells.set(c, others.find((v) => cellText(v) === extra[0])!);
    } else if ((keptFormulas[c] ?? "") !== "") {
      const name = cellText(header[c]) || `column ${c + 1}`;
      for (const text of extra) out.notes.push(`${name}: ${text}`);
    } else {
      out.cells.set(c, [mine, ...extra].filter((t) => t !== "").join("\n"));
    }
  }
  return out;
}
