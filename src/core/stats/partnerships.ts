// The counts the Summary sheet shows, from Partnerships rows: by partner country, Kazakhstan institution,
// agreement type, status, year and field.
import type { PartnershipRow } from "../rows/partnership";
import { type Count, countBy, timeline } from "./count";

export interface SummaryCounts {
  countries: Count[];
  institutions: Count[];
  agreements: Count[];
  statuses: Count[];
  /** Oldest first, empty years between included. */
  years: Count[];
  fields: Count[];
  /** Rows counted (blank rows left out). */
  total: number;
  /** Rows without a date precise to the year. */
  undated: number;
}

const isPartnership = (row: PartnershipRow): boolean => row.kz !== "" || row.partner !== "";

export function summaryCounts(all: readonly PartnershipRow[]): SummaryCounts {
  const rows = all.filter(isPartnership);
  const years = timeline(rows, (row) => row.date, "year");
  return {
    countries: countBy(rows, (row) => row.country.toUpperCase()),
    institutions: countBy(rows, (row) => row.kz),
    agreements: countBy(rows, (row) => row.agreement),
    statuses: countBy(rows, (row) => row.status),
    years: years.buckets,
    fields: countBy(rows, (row) => row.fields),
    total: rows.length,
    undated: years.undated,
  };
}
