// From Partnerships rows to what the Summarize tab shows: the rows a filter keeps, their counts and timeline,
// and the input of the written brief.
import type { PartnershipRow } from "../rows/partnership";
import { isAgreement, isStatus } from "../schema";
import { type Count, countBy, type Granularity, periodOf, timeline } from "../stats/count";
import type { BriefCountry, BriefInput, BriefPeriod } from "./brief";

export interface SummaryFilter {
  /** ISO country code. */
  country?: string;
  /** The Kazakhstan side, as written in the sheet. */
  kz?: string;
  agreement?: string;
  status?: string;
  /** "2025" or "2025-03", inclusive. */
  from?: string;
  to?: string;
}

const PERIOD = /^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/;

/** The filter with blank and malformed parts dropped (a period must be "2025" or "2025-03"). */
export function cleanFilter(filter: SummaryFilter): SummaryFilter {
  const out: SummaryFilter = {};
  const text = (v: unknown) => (typeof v === "string" ? v.trim() : "");
  if (text(filter.country)) out.country = text(filter.country).toUpperCase();
  if (text(filter.kz)) out.kz = text(filter.kz);
  if (text(filter.agreement)) out.agreement = text(filter.agreement);
  if (text(filter.status)) out.status = text(filter.status);
  if (PERIOD.test(text(filter.from))) out.from = text(filter.from);
  if (PERIOD.test(text(filter.to))) out.to = text(filter.to);
  if (out.from && out.to && out.from > out.to) [out.from, out.to] = [out.to, out.from];
  return out;
}

const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: "base" }) === 0;

/** True when the row passes every part of the filter. An undated row fails any period. */
export function matchesFilter(row: PartnershipRow, filter: SummaryFilter): boolean {
  if (filter.country && !same(row.country, filter.country)) return false;
  if (filter.kz && !same(row.kz, filter.kz)) return false;
  if (filter.agreement && row.agreement !== filter.agreement) return false;
  if (filter.status && row.status !== filter.status) return false;
  if (filter.from || filter.to) {
    if (!/^\d{4}/.test(row.date)) return false;
    // Compared at the filter's own precision: "2025-03-14" is within from "2025-03" and to "2025".
    if (filter.from && row.date.slice(0, filter.from.length) < filter.from) return false;
    if (filter.to && row.date.slice(0, filter.to.length) > filter.to) return false;
  }
  return true;
}

export interface RowCounts {
  total: number;
  countries: Count[];
  institutions: Count[];
  agreements: Count[];
  statuses: Count[];
  timeline: Count[];
  undated: number;
}

export function countRows(rows: readonly PartnershipRow[], by: Granularity): RowCounts {
  const line = timeline(rows, (r) => r.date, by);
  return {
    total: rows.length,
    countries: countBy(rows, (r) => r.country.toUpperCase()),
    institutions: countBy(rows, (r) => r.kz),
    agreements: countBy(rows, (r) => r.agreement),
    statuses: countBy(rows, (r) => r.status),
    timeline: line.buckets,
    undated: line.undated,
  };
}

/** The span the brief speaks of: the filter's period, else the years the rows' dates cover. */
export function briefPeriod(rows: readonly PartnershipRow[], filter: SummaryFilter): BriefPeriod | null {
  const years = rows
    .map((r) => periodOf(r.date, "year"))
    .filter((y): y is string => y !== null)
    .sort();
  const first = years[0];
  const last = years[years.length - 1];
  if (filter.from || filter.to) {
    const from = filter.from ?? first;
    const to = filter.to ?? last;
    return from && to ? { from, to } : null;
  }
  return first && last ? { from: first, to: last } : null;
}

export function briefInput(
  rows: readonly PartnershipRow[],
  counts: RowCounts,
  filter: SummaryFilter,
  countryName: (code: string) => string,
  institutionName?: (name: string) => string,
): BriefInput {
  return {
    months: timeline(rows, (r) => r.date, "month").buckets,
    ...(institutionName ? { institutionName } : {}),
    total: counts.total,
    period: briefPeriod(rows, filter),
    kz: filter.kz ? (institutionName?.(filter.kz) ?? filter.kz) : null,
    countries: counts.countries.map(
      (c): BriefCountry => ({ code: c.key, name: countryName(c.key), count: c.count }),
    ),
    institutions: counts.institutions,
    agreements: counts.agreements.flatMap((c) =>
      isAgreement(c.key) ? [{ key: c.key, count: c.count }] : [],
    ),
    statuses: counts.statuses.flatMap((c) => (isStatus(c.key) ? [{ key: c.key, count: c.count }] : [])),
    timeline: counts.timeline,
  };
}
