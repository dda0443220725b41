// Stable row IDs: S-000123 for sources, P-000045 for partnerships. A new ID is one more than the largest in the
// sheet, so IDs survive sorting, filtering and deleted rows.

export type IdPrefix = "S" | "P";

export function formatId(prefix: IdPrefix, n: number): string {
  return `${prefix}-${String(n).padStart(6, "0")}`;
}

/** The number of an ID of this prefix ("P-000045" -> 45), or null for anything else. */
export function idNumber(id: string, prefix: IdPrefix): number | null {
  const match = new RegExp(`^${prefix}-(\\d+)$`).exec(id.trim());
  return match ? Number(match[1]) : null;
}

/** Hands out new IDs above every ID already in use. */
export class IdAllocator {
  private last: number;

  constructor(
    readonly prefix: IdPrefix,
    existing: Iterable<string>,
  ) {
    let max = 0;
    for (const id of existing) max = Math.max(max, idNumber(id, prefix) ?? 0);
    this.last = max;
  }

  next(): string {
    this.last += 1;
    return formatId(this.prefix, this.last);
  }
}
