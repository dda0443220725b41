import { describe, expect, it } from "vitest";
import { loadBundle } from "../harness";

describe("harness: the fake SpreadsheetApp", () => {
  it("keeps real values, A1 ranges, formulas and text written with an apostrophe", () => {
    const h = loadBundle({
      workbook: {
        Sources: [
          ["ID", "Text or URL"],
          ["1", "hello"],
        ],
      },
    });
    expect(h.values("Sources")).toEqual([
      ["ID", "Text or URL"],
      [1, "hello"],
    ]);
    const sheet = h.app.getActiveSpreadsheet().getSheetByName("Sources")!;
    sheet.getRange("B3").setValue('=IMPORTXML("http://x")');
    sheet.getRange(4, 2).setValue('\'=IMPORTXML("http://x")');
    expect(h.cell("Sources!B3").formula).toBe('=IMPORTXML("http://x")');
    expect(h.cell("Sources!B4")).toMatchObject({ formula: "", value: '=IMPORTXML("http://x")' });
    expect(sheet.getLastRow()).toBe(4);
    expect(h.counters.writes("Sources")).toBe(2);
    expect(h.counters.reads("Sources")).toBe(1);
  });

  it("runs onOpen and records the menu", () => {
    const h = loadBundle();
    h.global.onOpen!();
    expect(h.ui.menus.map((m) => m.title)).toEqual(["Partnerships"]);
  });
});
