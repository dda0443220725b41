// Re-running Extract on a source updates the rows it made, row by row: a cell the user edited is kept, a row the
// user reviewed (or edited, or tagged, or wrote in a column of their own, or copied, or that another source also
// reports) is never deleted but tagged "no longer found", and what the engine finds for the first time becomes
// a new row. A row is recognised by the pair the engine gave it or by the pair the user corrected it to, so a
// correction the Directory now agrees with does not give a second row.
import { isStatus, type Status } from "../schema";
import type { Partnership } from "../types";
import { formatHistory, laterStatus, parseHistory, withStep } from "./history";
import type { IdAllocator } from "./ids";
import {
  editedColumns,
  extractedText,
  type PartnershipRow,
  setTracked,
  splitList,
  TRACKED,
  type Tracked,
  trackedText,
} from "./partnership";
import { summaryOfRow } from "./summaryLine";

/** The tag a row gets when its source no longer reports it but the row stays (the user's data is in it). */
export const NO_LONGER_FOUND = "no longer found";

/** What one source's extraction did to the Partnerships rows. */
export interface SourceChanges {
  created: string[];
  updated: string[];
  removed: string[];
  /** Cells left as the user edited them although the engine now reads something else. */
  keptEdits: number;
  /** The rows that stand for what the source reports now (matched or created), in its order. */
  current: string[];
  /** Rows the source no longer reports but that stay: reviewed or edited by the user. */
  kept: string[];
}

/** Case-, space- and punctuation-blind form of a name, for matching rows across runs. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const pairKey = (kz: string, partner: string): string => `${nameKey(kz)}|${nameKey(partner)}`;

function sourceIds(row: PartnershipRow): string[] {
  return row.sources.filter((s) => /^S-\d+$/.test(s));
}

/** The Partnerships rows, indexed by the sources they list; edits happen in place and are recorded. */
export class PartnershipBook {
  readonly rows: PartnershipRow[];
  private readonly bySource = new Map<string, Set<PartnershipRow>>();
  readonly changed = new Set<PartnershipRow>();
  readonly removed = new Set<PartnershipRow>();

  private readonly copies = new Set<PartnershipRow>();

  /**
   * `ownValues`: rows holding a value in a column of the user's own, never deleted. A row bearing another
   * row's ID (a copy the user made) is never deleted either.
   */
  constructor(
    rows: PartnershipRow[],
    private readonly ids: IdAllocator,
    private readonly ownValues: (row: PartnershipRow) => boolean = () => false,
  ) {
    this.rows = rows;
    const seen = new Set<string>();
    for (const row of rows) {
      this.index(row);
      if (row.id !== "" && seen.has(row.id)) this.copies.add(row);
      seen.add(row.id);
    }
  }

  /** Whether the row holds nothing but what the engine wrote, so dropping it loses nothing of the user's. */
  private disposable(row: PartnershipRow): boolean {
    return (
      !row.reviewed &&
      row.extracted !== null &&
      editedColumns(row).size === 0 &&
      row.notes === "" &&
      row.tags.length === 0 &&
      !this.copies.has(row) &&
      !this.ownValues(row)
    );
  }

  private index(row: PartnershipRow): void {
    for (const id of sourceIds(row)) {
      let set = this.bySource.get(id);
      if (!set) {
        set = new Set();
        this.bySource.set(id, set);
      }
      set.add(row);
    }
  }

  rowsOf(sourceId: string): PartnershipRow[] {
    return [...(this.bySource.get(sourceId) ?? [])].filter((row) => !this.removed.has(row));
  }

  /** Applies one source's fresh extraction. */
  applyExtraction(sourceId: string, found: readonly Partnership[]): SourceChanges {
    const changes: SourceChanges = {
      created: [],
      updated: [],
      removed: [],
      keptEdits: 0,
      current: [],
      kept: [],
    };
    const open = this.rowsOf(sourceId);
    const matched = new Map<Partnership, PartnershipRow>();
    // Same pair and agreement first, then the same pair, so one article's two agreements with one partner
    // keep their two rows. A pair (and agreement) as the engine gave it, or as the user corrected it.
    const keysOf = (row: PartnershipRow): string[] => {
      const was = row.extracted ?? {};
      return [
        pairKey(was["Kazakhstan side"] ?? row.kz, was.Partner ?? row.partner),
        pairKey(row.kz, row.partner),
      ];
    };
    for (const sameAgreement of [true, false]) {
      for (const p of found) {
        if (matched.has(p)) continue;
        const key = pairKey(p.kz, p.partner);
        const index = open.findIndex(
          (row) =>
            keysOf(row).includes(key) &&
            (!sameAgreement ||
              p.agreement === (row.extracted?.Agreement ?? row.agreement) ||
              p.agreement === row.agreement),
        );
        if (index < 0) continue;
        matched.set(p, open[index]!);
        open.splice(index, 1);
      }
    }
    for (const p of found) {
      const row = matched.get(p);
      if (row) {
        const kept = this.update(row, p);
        changes.keptEdits += kept;
        if (this.changed.has(row)) changes.updated.push(row.id);
        changes.current.push(row.id);
      } else {
        const created = this.create(sourceId, p);
        changes.created.push(created.id);
        changes.current.push(created.id);
      }
    }
    // Rows this source gave before but gives no more.
    for (const row of open) {
      const others = sourceIds(row).filter((id) => id !== sourceId);
      if (others.length > 0) {
        row.sources = row.sources.filter((s) => s !== sourceId);
        this.changed.add(row);
        changes.updated.push(row.id);
      } else if (this.disposable(row)) {
        this.removed.add(row);
        changes.removed.push(row.id);
      } else if (this.copies.has(row)) {
      } else {
        if (!row.tags.includes(NO_LONGER_FOUND)) {
          row.tags = [...row.tags, NO_LONGER_FOUND];
          this.changed.add(row);
        }
        changes.kept.push(row.id);
      }
    }
    return changes;
  }

  private create(sourceId: string, p: Partnership): PartnershipRow {
    const text = extractedText(p);
    const row: PartnershipRow = {
      id: this.ids.next(),
      date: "",
      kz: "",
      partner: "",
      country: "",
      partnerType: "",
      agreement: "",
      status: "",
      fields: [],
      tags: [],
      summary: "",
      sources: [sourceId],
      reviewed: false,
      check: "",
      notes: "",
      history: formatHistory(withStep({}, p.status, p.date)),
      extracted: { ...text },
    };
    for (const column of TRACKED) setTracked(row, column, text[column]);
    this.rows.push(row);
    this.index(row);
    this.changed.add(row);
    return row;
  }

  /** Updates the unedited cells of a row; returns how many edited cells kept a value the engine now disagrees with. */
  private update(row: PartnershipRow, p: Partnership): number {
    const before = JSON.stringify(row);
    const edited = editedColumns(row);
    const shown = trackedText(row);
    const fresh = extractedText(p);
    // A row several sources report (merged) only moves forward: its status never goes back, its fields grow.
    const merged = sourceIds(row).length > 1;
    const next: Record<Tracked, string> = { ...fresh };
    if (merged) {
      for (const column of TRACKED) next[column] = row.extracted?.[column] ?? shown[column];
      const was = row.extracted?.Status ?? "";
      next.Status = isStatus(was) ? laterStatus(was, p.status) : p.status;
      const fields = new Set([...splitList(row.extracted?.Fields ?? ""), ...p.fields]);
      next.Fields = [...fields].join(", ");
    }
    let kept = 0;
    for (const column of TRACKED) {
      if (edited.has(column)) {
        if (shown[column] !== next[column]) kept += 1;
      } else {
        setTracked(row, column, next[column]);
      }
    }
    row.extracted = next;
    // The Summary follows the row's cells, the user's corrections included, unless the user wrote it.
    if (!edited.has("Summary")) {
      const line = summaryOfRow(row);
      if (line !== null) {
        row.summary = line;
        row.extracted = { ...next, Summary: line };
      }
    }
    // Reported again: no longer "no longer found".
    if (row.tags.includes(NO_LONGER_FOUND)) row.tags = row.tags.filter((t) => t !== NO_LONGER_FOUND);
    row.history = formatHistory(withStep(parseHistory(row.history), p.status as Status, p.date));
    if (JSON.stringify(row) !== before) this.changed.add(row);
    return kept;
  }
}
