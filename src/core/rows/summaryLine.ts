// The one-line summary a Partnerships row's own cells give ("Al-Farabi Kazakh National University and Wuhan
// University (China) signed a memorandum of understanding"), so that a row the user corrected (another partner,
// a later status) says what its cells say. A Summary the user wrote is theirs and is never rewritten.
import { isAgreement, isField, isStatus } from "../schema";
import { oneLineSummary } from "../summary/oneLine";
import { editedColumns, type PartnershipRow } from "./partnership";

/** The summary the row's cells make, or null when they make none (a side missing, an unknown agreement or status). */
export function summaryOfRow(row: PartnershipRow): string | null {
  if (row.kz === "" || row.partner === "" || !isAgreement(row.agreement) || !isStatus(row.status))
    return null;
  return oneLineSummary({
    kz: row.kz,
    partner: row.partner,
    country: row.country,
    agreement: row.agreement,
    status: row.status,
    fields: row.fields.filter(isField),
  });
}

/**
 * The row with its Summary written anew from its cells, the new line recorded as the engine's (so it still
 * counts as not edited by hand); null when the user wrote the Summary, the row was typed in, or nothing changes.
 */
export function refreshedSummary(row: PartnershipRow): PartnershipRow | null {
  if (row.extracted === null || editedColumns(row).has("Summary")) return null;
  const line = summaryOfRow(row);
  if (line === null || line === row.summary) return null;
  return { ...row, summary: line, extracted: { ...row.extracted, Summary: line } };
}
