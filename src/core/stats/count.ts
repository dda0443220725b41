// Counting rows: by a key (country, institution, agreement, status) and along time (per month or year).
// Shared by the sidebar's Summarize tab and the Summary sheet.

export interface Count {
  key: string;
  count: number;
}

/** Largest count first, then by key, so equal counts keep a stable order. */
export function byCountDesc(a: Count, b: Count): number {
  return b.count - a.count || a.key.localeCompare(b.key);
}

/**
 * How many items have each key. `keysOf` gives one key, several (a row counted once under each of its
 * fields), or null/"" to leave the item out.
 */
export function countBy<T>(
  items: Iterable<T>,
  keysOf: (item: T) => string | readonly string[] | null,
): Count[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const keys = keysOf(item);
    const list = keys === null ? [] : typeof keys === "string" ? [keys] : keys;
    for (const key of new Set(list)) {
      if (key !== "") counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts].map(([key, count]) => ({ key, count })).sort(byCountDesc);
}

export type Granularity = "month" | "year";

export interface Timeline {
  /** Oldest first, with every month (or year) between the first and the last, zeros included. */
  buckets: Count[];
  /** Items whose date is missing or less precise than the granularity. */
  undated: number;
}

const MONTH = /^(\d{4})-(\d{2})/;
const YEAR = /^(\d{4})/;

/** The bucket of an ISO date ("2025-02-19" -> "2025-02" or "2025"), null when not precise enough. */
export function periodOf(date: string, by: Granularity): string | null {
  const match = (by === "month" ? MONTH : YEAR).exec(date.trim());
  if (!match) return null;
  return by === "month" ? `${match[1]}-${match[2]}` : match[1]!;
}

function nextPeriod(period: string, by: Granularity): string {
  if (by === "year") return String(Number(period) + 1);
  const [y, m] = period.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/** The most buckets a timeline fills in (a stray "1900" must not make thousands of empty months). */
const MAX_BUCKETS = 240;

export function timeline<T>(items: Iterable<T>, dateOf: (item: T) => string, by: Granularity): Timeline {
  const counts = new Map<string, number>();
  let undated = 0;
  for (const item of items) {
    const period = periodOf(dateOf(item), by);
    if (period === null) undated++;
    else counts.set(period, (counts.get(period) ?? 0) + 1);
  }
  const keys = [...counts.keys()].sort();
  const first = keys[0];
  const last = keys[keys.length - 1];
  const buckets: Count[] = [];
  if (first !== undefined && last !== undefined) {
    for (let p = first; p <= last && buckets.length < MAX_BUCKETS; p = nextPeriod(p, by)) {
      buckets.push({ key: p, count: counts.get(p) ?? 0 });
    }
    // Past the cap, keep the real buckets only.
    if (buckets[buckets.length - 1]?.key !== last) {
      return { buckets: keys.map((key) => ({ key, count: counts.get(key) ?? 0 })), undated };
    }
  }
  return { buckets, undated };
}
