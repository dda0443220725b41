// The pure rules behind "nothing lost, nothing doubled": ID parsing and allocation, the header as Seriktes reads
// it, writing a run's cells back by ID, and joining folded rows' own cells.
import { describe, expect, it } from "vitest";
import type { Cell } from "../../src/core/rows/cells";
import { SOURCE_HEADERS } from "../../src/core/rows/columns";
import { applySourceWrites, assignSourceIds } from "../../src/core/rows/extractRun";
import { giveRowIds, IdAllocator, idNumber, idsIn } from "../../src/core/rows/ids";
import { joinOwnCells } from "../../src/core/rows/merge";
import { canonicalHeader, ownColumns } from "../../src/core/rows/table";

describe("IDs", () => {
  it("parses only safe numbers of its own prefix", () => {
    expect(idNumber("S-000012", "S")).toBe(12);
    expect(idNumber(" S-12 ", "S")).toBe(12);
    expect(idNumber("P-000012", "S")).toBeNull();
    expect(idNumber("S-9007199254740993", "S")).toBeNull();
    expect(idNumber("S-99999999999999999999", "S")).toBeNull();
    expect(idNumber("S-12a", "S")).toBeNull();
  });

  it("allocates above the counter and every ID in use, and says so when none is left", () => {
    const ids = new IdAllocator("P", ["P-000003", "P-99999999999999999999", "S-000100"], 7);
    expect([ids.next(), ids.next()]).toEqual(["P-000008", "P-000009"]);
    expect(ids.last).toBe(9);
    const full = new IdAllocator("S", [`S-${Number.MAX_SAFE_INTEGER}`]);
    expect(() => full.next()).toThrow(/no S- ID is left/);
  });

  it("finds the IDs a cell mentions", () => {
    expect(idsIn("2 partnerships: P-000001, P-000002 (kept: P-000009)", "P")).toEqual([
      "P-000001",
      "P-000002",
      "P-000009",
    ]);
  });

  it("gives IDs to rows without one of their own: none, or a copied one", () => {
    const rows: Cell[][] = [
      ["P-000001", "a"],
      ["", "b"],
      ["P-000001", "c"],
      ["", ""],
    ];
    const given = giveRowIds(rows, 0, new IdAllocator("P", ["P-000001"]), (row) => row[1] !== "");
    expect(given).toEqual([1, 2]);
    expect(rows.map((r) => r[0])).toEqual(["P-000001", "P-000002", "P-000003", ""]);
  });

  it("keeps a copied source's ID on the processed row, not on the copy", () => {
    const header = [...SOURCE_HEADERS];
    const row = (id: string, text: string, processed: string) => {
      const cells: Cell[] = header.map(() => "");
      cells[header.indexOf("ID")] = id;
      cells[header.indexOf("Text or URL")] = text;
      cells[header.indexOf("Processed")] = processed;
      return cells;
    };
    const table: Cell[][] = [header, row("S-000001", "copy", ""), row("S-000001", "original", "2025-03-01")];
    expect(assignSourceIds(table, new IdAllocator("S", ["S-000001"]))).toEqual([0]);
    expect(table.slice(1).map((r) => r[0])).toEqual(["S-000002", "S-000001"]);
  });
});

describe("the header as Seriktes reads it", () => {
  it("puts each marked column under its own name, whatever the user renamed it to", () => {
    const marked = new Map([
      ["Sources", 2],
      ["ID", 0],
    ]);
    // "Sources" renamed to "Reported in"; a column of the user's own also called "ID".
    expect(
      canonicalHeader(["Row", "Partner", "Reported in", "ID"], marked, ["ID", "Partner", "Sources"]),
    ).toEqual(["ID", "Partner", "Sources", ""]);
  });

  it("tells the user's own columns: blank headers and second copies of a managed name too", () => {
    expect(ownColumns(["ID", "Budget", "", "ID", "Notes"], ["ID", "Notes"], 6)).toEqual([1, 2, 3, 5]);
  });
});

describe("writing a run's Sources cells back", () => {
  const header: Cell[] = ["ID", "Text or URL", "Outlet", "Language", "Processed", "Result"];
  const write = (id: string, text: string) => ({
    id,
    text,
    set: { Processed: "2025-03-03", Result: `done ${id}` },
    fill: { Language: "en" },
  });

  it("finds rows by ID where they are now, keeps the user's cells, skips a deleted row", () => {
    const now: Cell[][] = [
      header,
      ["S-2", "two", "Kazinform", "ru", "", ""],
      ["S-4", "four", "", "", "", ""],
    ];
    const after = applySourceWrites(now, [write("S-1", "one"), write("S-2", "two"), write("S-4", "four")]);
    expect(after).toEqual([
      header,
      ["S-2", "two", "Kazinform", "ru", "2025-03-03", "done S-2"],
      ["S-4", "four", "", "en", "2025-03-03", "done S-4"],
    ]);
  });

  it("leaves a row whose article changed meanwhile for the next run", () => {
    const now: Cell[][] = [header, ["S-1", "rewritten", "", "", "2025-01-01", "old"]];
    expect(applySourceWrites(now, [write("S-1", "one")])[1]).toEqual(["S-1", "rewritten", "", "", "", "old"]);
  });
});

describe("joining folded rows' own cells", () => {
  const header: Cell[] = ["ID", "Contact", "Budget", "Link"];
  it("fills a blank, joins different values, and sends values beside a formula to Notes", () => {
    const joined = joinOwnCells(
      header,
      ["P-1", "", 1200, "KazNU"],
      ["", "", "", '=HYPERLINK("https://kaznu.kz","KazNU")'],
      [
        ["P-2", "Prof. Li", 1500, "wuhan.edu.cn"],
        ["P-3", "Prof. Li", 1200, ""],
      ],
      [1, 2, 3],
    );
    expect([...joined.cells]).toEqual([
      [1, "Prof. Li"],
      [2, "1200\n1500"],
    ]);
    expect(joined.notes).toEqual(["Link: wuhan.edu.cn"]);
  });
});
