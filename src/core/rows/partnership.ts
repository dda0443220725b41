// One Partnerships row, typed, and its round trip to the sheet's cells. What the engine extracted is kept
// beside what is shown (the hidden "Extracted" column, JSON), so a user's edit is detectable: a cell whose text
// differs from what the engine last wrote there was edited, and is never overwritten.
import {
  type Agreement,
  isAgreement,
  isPartnerType,
  isStatus,
  type PartnerType,
  type Status,
} from "../schema";
import type { Partnership } from "../types";
import { type Cell, cellChecked } from "./cells";
import type { PartnershipHeader } from "./columns";
import type { RowAccess } from "./table";

/** The columns the engine fills, and so the ones whose edits are tracked. */
export const TRACKED = [
  "Date",
  "Kazakhstan side",
  "Partner",
  "Country",
  "Partner type",
  "Agreement",
  "Status",
  "Fields",
  "Summary",
  "Check",
] as const satisfies readonly PartnershipHeader[];
export type Tracked = (typeof TRACKED)[number];

/** What the engine wrote in each tracked column, as text. */
export type Extracted = Partial<Record<Tracked, string>>;

/** A Partnerships row as shown in the sheet (every value is what the user sees, perhaps edited). */
export interface PartnershipRow {
  id: string;
  /** ISO date as precise as known ("2025-02-19", "2025-02", "2025"), blank when unknown. */
  date: string;
  kz: string;
  partner: string;
  /** ISO 3166-1 alpha-2 code as the engine writes it (a user may type something else). */
  country: string;
  partnerType: string;
  agreement: string;
  status: string;
  fields: string[];
  tags: string[];
  summary: string;
  /** Source IDs (S-000123) or links. */
  sources: string[];
  reviewed: boolean;
  /** Why the engine is unsure of the row ("The partner's name ... is the engine's own reading."), or "". */
  check: string;
  notes: string;
  /** "discussed 2025-01-10; signed 2025-03-12". */
  history: string;
  /** What the engine last wrote, or null for a row a user typed in. */
  extracted: Extracted | null;
}

/** Splits a list cell ("ai, mining" or one per line). */
export function splitList(text: string): string[] {
  return text
    .split(/[,;\n]+/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

function parseExtracted(text: string): Extracted | null {
  if (text === "") return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
    const out: Extracted = {};
    for (const key of TRACKED) {
      const v = (value as Record<string, unknown>)[key];
      if (typeof v === "string") out[key] = v;
    }
    return out;
  } catch {
    return null;
  }
}

export function readPartnership(cells: readonly Cell[], access: RowAccess): PartnershipRow {
  const t = (h: PartnershipHeader) => access.text(cells, h);
  return {
    id: t("ID"),
    date: t("Date"),
    kz: t("Kazakhstan side"),
    partner: t("Partner"),
    country: t("Country"),
    partnerType: t("Partner type"),
    agreement: t("Agreement"),
    status: t("Status"),
    fields: splitList(t("Fields")),
    tags: splitList(t("Tags")),
    summary: t("Summary"),
    sources: splitList(t("Sources")),
    reviewed: cellChecked(access.get(cells, "Reviewed")),
    check: t("Check"),
    notes: t("Notes"),
    history: t("History"),
    extracted: parseExtracted(t("Extracted")),
  };
}

/** The text each tracked column shows for a row. */
export function trackedText(row: PartnershipRow): Record<Tracked, string> {
  return {
    Date: row.date,
    "Kazakhstan side": row.kz,
    Partner: row.partner,
    Country: row.country,
    "Partner type": row.partnerType,
    Agreement: row.agreement,
    Status: row.status,
    Fields: row.fields.join(", "),
    Summary: row.summary,
    Check: row.check,
  };
}

/** The text the engine's partnership gives each tracked column. */
export function extractedText(p: Partnership): Record<Tracked, string> {
  return {
    Date: p.date ?? "",
    "Kazakhstan side": p.kz,
    Partner: p.partner,
    Country: p.country,
    "Partner type": p.partner_type,
    Agreement: p.agreement,
    Status: p.status,
    Fields: p.fields.join(", "),
    Summary: p.summary,
    Check: checkText(p),
  };
}

/**
 * What the Check column says of a partnership: the engine's doubt, and for one it could not tell was news at
 * all, what to do with the row.
 */
export function checkText(p: Partnership): string {
  if (p.tentative)
    return `${p.review ?? ""} Tick Reviewed to keep it as a partnership, or delete the row.`.trim();
  return p.review ?? "";
}

/** Sets a tracked column from its text. */
export function setTracked(row: PartnershipRow, column: Tracked, text: string): void {
  switch (column) {
    case "Date":
      row.date = text;
      break;
    case "Kazakhstan side":
      row.kz = text;
      break;
    case "Partner":
      row.partner = text;
      break;
    case "Country":
      row.country = text;
      break;
    case "Partner type":
      row.partnerType = text;
      break;
    case "Agreement":
      row.agreement = text;
      break;
    case "Status":
      row.status = text;
      break;
    case "Fields":
      row.fields = splitList(text);
      break;
    case "Summary":
      row.summary = text;
      break;
    case "Check":
      row.check = text;
      break;
  }
}

/** The tracked columns a user changed since the engine last wrote them (all of them for a typed-in row). */
export function editedColumns(row: PartnershipRow): Set<Tracked> {
  const shown = trackedText(row);
  const edited = new Set<Tracked>();
  for (const column of TRACKED) {
    const was = row.extracted?.[column];
    if (was === undefined ? shown[column] !== "" : was !== shown[column]) edited.add(column);
  }
  return edited;
}

/** Writes a row's values into its cells (only Seriktes's columns; a user's own columns are left as they are). */
export function writePartnership(row: PartnershipRow, cells: Cell[], access: RowAccess): void {
  const set = (h: PartnershipHeader, value: Cell) => access.set(cells, h, value);
  set("ID", row.id);
  for (const [column, text] of Object.entries(trackedText(row))) set(column as Tracked, text);
  set("Tags", row.tags.join(", "));
  set("Sources", row.sources.join(", "));
  set("Reviewed", row.reviewed);
  set("Notes", row.notes);
  set("History", row.history);
  set("Extracted", row.extracted ? JSON.stringify(row.extracted) : "");
}

export const rowStatus = (row: PartnershipRow): Status | null => (isStatus(row.status) ? row.status : null);
export const rowAgreement = (row: PartnershipRow): Agreement | null =>
  isAgreement(row.agreement) ? row.agreement : null;
export const rowPartnerType = (row: PartnershipRow): PartnerType | null =>
  isPartnerType(row.partnerType) ? row.partnerType : null;

/**
 * A row the user should look at: not yet reviewed, and either one the engine is unsure of (its Check says
 * why) or missing one of the facts a partnership needs.
 */
export function needsReview(row: PartnershipRow): boolean {
  if (row.reviewed) return false;
  if (row.check !== "") return true;
  return row.kz === "" || row.partner === "" || row.country === "" || row.date === "" || row.status === "";
}
