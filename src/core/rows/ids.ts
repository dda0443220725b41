// Stable row IDs: S-000123 for sources, P-000045 for partnerships. An ID is never handed out twice: a new one is
// above the last one the document's counter records and above every ID either sheet still mentions (an ID
// column, a Sources cell listing S- IDs, a Result cell listing P- IDs), so deleting, copying or sorting rows,
// or a run stopped between two writes, cannot bring an old ID back.
import { type Cell, cellText } from "./cells";
import { headerMap } from "./table";

export type IdPrefix = "S" | "P";

export function formatId(prefix: IdPrefix, n: number): string {
  return `${prefix}-${String(n).padStart(6, "0")}`;
}

/**
 * The number of an ID of this prefix ("P-000045" -> 45), or null for anything else. A number past
 * Number.MAX_SAFE_INTEGER is not one we could count on (2^53 + 1 reads as 2^53): null, so it never stalls
 * allocation; no ID we hand out can reach it.
 */
export function idNumber(id: string, prefix: IdPrefix): number | null {
  const match = /^([A-Z])-(\d{1,16})$/.exec(id.trim());
  if (!match || match[1] !== prefix) return null;
  const n = Number(match[2]);
  return Number.isSafeInteger(n) ? n : null;
}

/** Every ID of this prefix a cell's text mentions ("2 partnerships: P-000001, P-000002"). */
export function idsIn(text: string, prefix: IdPrefix): string[] {
  return text.match(new RegExp(`\\b${prefix}-\\d+\\b`, "g")) ?? [];
}

/** Hands out new IDs above the counter and above every ID already in use. */
export class IdAllocator {
  private current: number;
  private readonly start: number;

  /** `floor`: the last number the document's counter records as handed out. */
  constructor(
    readonly prefix: IdPrefix,
    existing: Iterable<string>,
    floor = 0,
  ) {
    let max = Number.isSafeInteger(floor) && floor > 0 ? floor : 0;
    for (const id of existing) max = Math.max(max, idNumber(id, prefix) ?? 0);
    this.current = max;
    this.start = max;
  }

  /** The last number handed out, or the highest in use when none was (what the counter should keep). */
  get last(): number {
    return this.current;
  }

  /** True once `next` has handed out an ID. */
  get used(): boolean {
    return this.current > this.start;
  }

  next(): string {
    if (this.current >= Number.MAX_SAFE_INTEGER) {
      throw new Error(
        `no ${this.prefix}- ID is left above ${formatId(this.prefix, this.current)}: an ID that large was typed into the sheet; correct it`,
      );
    }
    this.current += 1;
    return formatId(this.prefix, this.current);
  }
}

/**
 * The IDs of this prefix a sheet's table mentions: its own ID column when its rows bear this prefix, and the
 * columns that list them (Partnerships' Sources, Sources' Result).
 */
export function idsInTable(
  values: readonly (readonly Cell[])[],
  prefix: IdPrefix,
  columns: readonly string[],
): string[] {
  const map = headerMap(values[0] ?? []);
  const out: string[] = [];
  for (const name of columns) {
    const c = map.get(name);
    if (c === undefined) continue;
    for (let r = 1; r < values.length; r++) out.push(...idsIn(cellText(values[r]?.[c]), prefix));
  }
  return out;
}

/**
 * Gives an ID to each row that holds something but has no ID of its own: none, or one an earlier row already
 * bears (a copied row). In place; returns the rows (0-based) given one.
 */
export function giveRowIds(
  rows: Cell[][],
  idColumn: number,
  ids: IdAllocator,
  holds: (row: readonly Cell[]) => boolean,
): number[] {
  const seen = new Set<string>();
  const given: number[] = [];
  rows.forEach((row, i) => {
    if (!holds(row)) return;
    const id = cellText(row[idColumn]);
    if (id !== "" && !seen.has(id)) {
      seen.add(id);
      return;
    }
    row[idColumn] = ids.next();
    given.push(i);
  });
  return given;
}
