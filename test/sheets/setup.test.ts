import { beforeAll, describe, expect, it } from "vitest";
import { PARTNERSHIP_HEADERS, SOURCE_HEADERS } from "../../src/core/rows/columns";
import { columnLetter, type Harness } from "../harness/index";
import { load, records } from "./helpers";

/** Everything a user could see of the workbook: sheets, cells, formats, validation, rules, frozen/hidden. */
function snapshot(h: Harness): unknown {
  return h.spreadsheet.sheets.map((s) => ({
    name: s.name,
    values: h.values(s.name),
    formulas: h.formulas(s.name),
    frozen: s.frozenRows,
    hidden: [...s.hiddenColumns].sort(),
    maxRows: s.maxRows,
    maxColumns: s.maxColumns,
    header: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16].map((c) =>
      h.cell(`'${s.name}'!${columnLetter(c)}1`),
    ),
    validation: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16].map(
      (c) => s.cellAt(2, c)?.validation ?? s.cellAt(500, c)?.validation ?? null,
    ),
    rules: s.conditionalRules.map((r) => ({
      ...r.data,
      ranges: r.data.ranges.map((x) => x.getA1Notation()),
    })),
  }));
}

describe("Set up this spreadsheet", () => {
  let h: Harness;
  beforeAll(() => {
    h = load();
  });

  it("builds the Partnerships menu from the registry, in order", () => {
    const captions = h.ui.menuItems().map((i) => i.caption);
    expect(captions.slice(0, 6)).toEqual([
      "Set up this spreadsheet",
      "Add articles…",
      "Extract partnerships from new articles",
      "Extract again from selected articles",
      "Merge duplicates…",
      "Build summary",
    ]);
    expect(h.ui.menuItems().every((i) => i.menu === "Partnerships")).toBe(true);
  });

  it("creates the five sheets with headers, drop-downs, checkbox, colours and a frozen header", () => {
    const message = h.menu("Set up this spreadsheet");
    expect(message).toMatch(
      /Created the "Sources", "Partnerships", "Directory", "Feeds" and "Summary" sheets/,
    );
    expect(h.ui.toasts.at(-1)?.message).toBe(message);
    const names = h.spreadsheet.sheets.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining(["Sources", "Partnerships", "Directory", "Feeds", "Summary"]),
    );
    expect(h.values("Sources")[0]).toEqual([...SOURCE_HEADERS]);
    expect(h.values("Partnerships")[0]).toEqual([...PARTNERSHIP_HEADERS]);
    const p = h.sheet("Partnerships");
    expect(p.frozenRows).toBe(1);
    const col = (name: string) => PARTNERSHIP_HEADERS.indexOf(name as never) + 1;
    expect(p.hiddenColumns.has(col("Extracted"))).toBe(true);
    expect(h.cell("Partnerships!A1").format.fontWeight).toBe("bold");
    const status = h.cell(`Partnerships!${columnLetter(col("Status"))}2`).validation;
    expect(status?.criteria).toBe("VALUE_IN_LIST");
    expect(status?.values[0]).toEqual(["discussed", "planned", "signed", "launched"]);
    expect(h.cell(`Partnerships!${columnLetter(col("Agreement"))}3`).validation?.values[0]).toContain(
      "joint_program",
    );
    expect(h.cell(`Partnerships!${columnLetter(col("Partner type"))}4`).validation?.values[0]).toContain(
      "embassy",
    );
    expect(h.cell(`Partnerships!${columnLetter(col("Country"))}5`).validation?.values[0]).toContain("CN");
    expect(h.cell(`Partnerships!${columnLetter(col("Reviewed"))}2`).validation?.criteria).toBe("CHECKBOX");
    expect(p.conditionalRules.map((r) => r.data.values[0])).toEqual([
      "discussed",
      "planned",
      "signed",
      "launched",
    ]);
  });

  it("gives the same sheets when run twice", () => {
    const first = snapshot(h);
    const message = h.menu("Set up this spreadsheet");
    expect(message).toMatch(/Everything was in order/);
    expect(snapshot(h)).toEqual(first);
  });
});

describe("Set up on a spreadsheet the user already works in", () => {
  it("repairs without wiping: reordered and own columns, rows and other rules stay", () => {
    const h = load({
      workbook: {
        Partnerships: [
          ["Partner", "My rating", "ID", "Kazakhstan side"],
          ["Wuhan University", 5, "P-000001", "KazNU"],
        ],
        Summary: [["My own notes about the year"], ["do not touch"]],
      },
    });
    const sheet = h.sheet("Partnerships");
    // A colour rule of the user's own.
    const mine = h.app.newConditionalFormatRule().whenCellEmpty().setBackground("#ff0000");
    sheet.conditionalRules.push(mine.setRanges([sheet.getRange("A2:A10") as never]).build());
    const message = h.menu("Set up this spreadsheet");
    expect(message).toMatch(/Added the missing columns "Date", .* to Partnerships/);
    const [row] = records(h, "Partnerships");
    expect(row).toMatchObject({
      Partner: "Wuhan University",
      "My rating": 5,
      ID: "P-000001",
      "Kazakhstan side": "KazNU",
    });
    expect(h.values("Partnerships")[0]!.slice(0, 4)).toEqual([
      "Partner",
      "My rating",
      "ID",
      "Kazakhstan side",
    ]);
    expect(h.values("Partnerships")[0]).toEqual(expect.arrayContaining([...PARTNERSHIP_HEADERS]));
    expect(sheet.conditionalRules[0]!.data.condition).toBe("CELL_EMPTY");
    expect(sheet.conditionalRules).toHaveLength(5);
    // The user's own "Summary" is left alone; Seriktes keeps its summary on a sheet of its own.
    expect(h.values("Summary")).toEqual([["My own notes about the year"], ["do not touch"]]);
    expect(h.spreadsheet.sheets.map((s) => s.name)).toContain("Seriktes summary");
  });
});
