// The sidebar's edits, planned without touching the sheet: checking what the page sent (it crossed
// google.script.run, so its shape is not trusted), and each target row's next cell value.
import type { Cell } from "../core/rows/cells";
import type { PartnershipHeader } from "../core/rows/columns";
import { formatHistory, parseHistory, withStep } from "../core/rows/history";
import { type PartnershipRow, splitList } from "../core/rows/partnership";
import { refreshedSummary } from "../core/rows/summaryLine";
import { AGREEMENTS, isStatus, LANGUAGES, type Lang, PARTNER_TYPES, STATUSES } from "../core/schema";
import { type EditRequest, type RowEdit, type RowTarget, SELECTION_CAP } from "./sidebar-types";

/** The longest tag the sidebar accepts. */
export const MAX_TAG = 40;

/** A tag as stored: trimmed, inner spaces collapsed. Throws a message a user can act on. */
export function cleanTag(raw: unknown): string {
  const tag = typeof raw === "string" ? raw.replace(/\s+/g, " ").trim() : "";
  if (tag === "") throw new Error("A tag can't be empty.");
  if (/[,;]/.test(tag)) throw new Error("A tag can't contain a comma or a semicolon (they separate tags).");
  if (tag.length > MAX_TAG) throw new Error(`A tag can be at most ${MAX_TAG} characters long.`);
  return tag;
}

const sameTag = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: "accent" }) === 0;

/** The header of the column an edit writes. */
export function editColumn(edit: RowEdit): PartnershipHeader {
  switch (edit.kind) {
    case "addTag":
    case "removeTag":
      return "Tags";
    case "reviewed":
      return "Reviewed";
    case "set":
      return edit.column === "status" ? "Status" : edit.column === "agreement" ? "Agreement" : "Partner type";
  }
}

/** The cell value a row gets from an edit (setValues will receive it through toWritten). */
export function editedCell(row: PartnershipRow, edit: RowEdit): Cell {
  switch (edit.kind) {
    case "addTag":
      return row.tags.some((t) => sameTag(t, edit.tag))
        ? row.tags.join(", ")
        : [...row.tags, edit.tag].join(", ");
    case "removeTag":
      return row.tags.filter((t) => !sameTag(t, edit.tag)).join(", ");
    case "reviewed":
      return edit.value;
    case "set":
      return edit.value;
  }
}

/** The History a status edit leaves: the new step dated today (an earlier date of that step is kept). */
function editedHistory(row: PartnershipRow, edit: RowEdit, today: string): string | null {
  if (edit.kind !== "set" || edit.column !== "status" || edit.value === row.status) return null;
  if (!isStatus(edit.value)) return null;
  return formatHistory(withStep(parseHistory(row.history), edit.value, today));
}

/** Every cell an edit writes, by header: setting a status also dates the step in History. */
export function editedCells(
  row: PartnershipRow,
  edit: RowEdit,
  today: string,
): Partial<Record<PartnershipHeader, Cell>> {
  const cells: Partial<Record<PartnershipHeader, Cell>> = { [editColumn(edit)]: editedCell(row, edit) };
  const history = editedHistory(row, edit, today);
  if (history !== null) cells.History = history;
  // A new status or agreement: the Summary says so too, unless the user wrote it.
  const refreshed = edit.kind === "set" ? refreshedSummary(setRow(row, edit, today)) : null;
  if (refreshed) {
    cells.Summary = refreshed.summary;
    cells.Extracted = JSON.stringify(refreshed.extracted);
  }
  return cells;
}

/** The same row with the edit applied, as the page shows it. */
export function editedRow(row: PartnershipRow, edit: RowEdit, today: string): PartnershipRow {
  const cell = editedCell(row, edit);
  switch (edit.kind) {
    case "addTag":
    case "removeTag":
      return { ...row, tags: splitList(String(cell)) };
    case "reviewed":
      return { ...row, reviewed: edit.value };
    case "set": {
      const next = setRow(row, edit, today);
      return refreshedSummary(next) ?? next;
    }
  }
}

/** The row with a "set" edit's column changed (its Summary not yet brought along). */
function setRow(row: PartnershipRow, edit: RowEdit & { kind: "set" }, today: string): PartnershipRow {
  if (edit.column === "status")
    return { ...row, status: edit.value, history: editedHistory(row, edit, today) ?? row.history };
  if (edit.column === "agreement") return { ...row, agreement: edit.value };
  return { ...row, partnerType: edit.value };
}

/** A row's identity for a write: its ID, or its facts when it has none (a row a user typed in). */
export function rowKey(row: Pick<PartnershipRow, "id" | "kz" | "partner" | "date">): string {
  return row.id !== "" ? row.id : `${row.kz}\u241f${row.partner}\u241f${row.date}`;
}

const record = (v: unknown): Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

function parseEdit(raw: unknown): RowEdit {
  const e = record(raw);
  switch (e.kind) {
    case "addTag":
    case "removeTag":
      return { kind: e.kind, tag: cleanTag(e.tag) };
    case "reviewed":
      if (typeof e.value !== "boolean") break;
      return { kind: "reviewed", value: e.value };
    case "set": {
      const allowed: Record<string, readonly string[]> = {
        status: STATUSES,
        agreement: AGREEMENTS,
        partnerType: PARTNER_TYPES,
      };
      const column = e.column;
      if (column !== "status" && column !== "agreement" && column !== "partnerType") break;
      if (typeof e.value !== "string" || !allowed[column]?.includes(e.value)) {
        throw new Error(`"${String(e.value)}" is not one of the values of ${column}.`);
      }
      return { kind: "set", column, value: e.value };
    }
  }
  throw new Error("The sidebar sent an edit it doesn't know.");
}

export function parseLang(raw: unknown): Lang {
  return (LANGUAGES as readonly unknown[]).includes(raw) ? (raw as Lang) : "en";
}

/** The request as sent by the page, checked. */
export function parseEditRequest(raw: unknown): EditRequest {
  const r = record(raw);
  const targets: RowTarget[] = [];
  for (const t of Array.isArray(r.targets) ? r.targets : []) {
    const target = record(t);
    if (
      typeof target.row === "number" &&
      Number.isInteger(target.row) &&
      target.row > 1 &&
      typeof target.key === "string"
    ) {
      targets.push({ row: target.row, key: target.key });
    }
  }
  if (targets.length === 0) throw new Error("Select one or more Partnerships rows first.");
  if (targets.length > SELECTION_CAP) throw new Error(`Edit at most ${SELECTION_CAP} rows at a time.`);
  return { targets, edit: parseEdit(r.edit), lang: parseLang(r.lang) };
}
