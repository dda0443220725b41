// Call counters: how many reads and writes each sheet got, and how many times each service method ran.
// Performance rules ("read the sheet once, write it once") are asserted with these.

export interface SheetCount {
  reads: number;
  writes: number;
}

export class Counters {
  /** Reads and writes per sheet name. */
  sheets: Record<string, SheetCount> = {};
  /** Calls per service method, e.g. `calls["Range.getValues"]`, `calls["UrlFetchApp.fetch"]`. */
  calls: Record<string, number> = {};

  /** Reads of a sheet so far (0 for a sheet never read). */
  reads(sheet: string): number {
    return this.sheets[sheet]?.reads ?? 0;
  }

  /** Writes to a sheet so far. */
  writes(sheet: string): number {
    return this.sheets[sheet]?.writes ?? 0;
  }

  /** Calls of one method ("Range.setValues"), or of every method of a service ("UrlFetchApp"). */
  count(method: string): number {
    if (method.includes(".")) return this.calls[method] ?? 0;
    let n = 0;
    for (const [k, v] of Object.entries(this.calls)) if (k.startsWith(`${method}.`)) n += v;
    return n;
  }

  /** Every counted call, all services together. */
  total(): number {
    return Object.values(this.calls).reduce((a, b) => a + b, 0);
  }

  /** Records one call; `sheet` + `kind` also count it as a read or write of that sheet. */
  record(method: string, sheet?: string, kind?: "read" | "write"): void {
    this.calls[method] = (this.calls[method] ?? 0) + 1;
    if (sheet && kind) {
      const s = this.sheets[sheet] ?? { reads: 0, writes: 0 };
      if (kind === "read") s.reads++;
      else s.writes++;
      this.sheets[sheet] = s;
    }
  }

  reset(): void {
    this.sheets = {};
    this.calls = {};
  }
}
