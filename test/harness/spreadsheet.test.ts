// The fake SpreadsheetApp behaves as Sheets does where the add-on depends on it: what a write stores, A1
// notation, sizes, errors with Sheets' own messages, formatting and validation recorded, reads and writes counted.
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { columnLetter, columnNumber, type Harness, loadBundle } from ".";
import { parseA1, resolveA1, toA1 } from "./a1";

/** Adds a function to the bundle's realm, as if the bundle declared it. */
const define = (h: Harness, code: string) => vm.runInContext(code, h.context);

const sheetOf = (h: Harness, name = "Data") => h.app.getActiveSpreadsheet().getSheetByName(name)!;

describe("A1 notation", () => {
  it("parses cells, ranges, whole columns and rows, open ends and quoted sheet names", () => {
    const grid = (a1: string) => resolveA1(parseA1(a1)!, 1000, 26);
    expect(grid("B2")).toEqual({ row: 2, col: 2, numRows: 1, numCols: 1 });
    expect(grid("B2:D5")).toEqual({ row: 2, col: 2, numRows: 4, numCols: 3 });
    expect(grid("A:C")).toEqual({ row: 1, col: 1, numRows: 1000, numCols: 3 });
    expect(grid("2:3")).toEqual({ row: 2, col: 1, numRows: 2, numCols: 26 });
    expect(grid("A2:C")).toEqual({ row: 2, col: 1, numRows: 999, numCols: 3 });
    expect(parseA1("'Sources (old)'!A1:B2")?.sheet).toBe("Sources (old)");
    expect(parseA1("not a range")).toBeNull();
    expect(toA1({ row: 3, col: 27, numRows: 2, numCols: 2 })).toBe("AA3:AB4");
    expect([columnLetter(1), columnLetter(26), columnLetter(27), columnLetter(702)]).toEqual([
      "A",
      "Z",
      "AA",
      "ZZ",
    ]);
    expect(columnNumber("AZ")).toBe(52);
  });
});

describe("what a write stores", () => {
  it("turns typed-looking text into numbers, booleans, dates and formulas, unless it is escaped or plain text", () => {
    const h = loadBundle({ workbook: { Data: [] } });
    const s = sheetOf(h);
    s.getRange("A1:F1").setValues([["42", "TRUE", "2025-02-19", "=SUM(A1:A2)", "'=IMPORTXML(1)", "+7 701"]]);
    s.getRange("G1").setNumberFormat("@").setValue("=HYPERLINK(1)");
    const [row] = h.values("Data");
    expect(row?.slice(0, 3)).toEqual([42, true, new Date("2025-02-18T19:00:00Z")]);
    expect(h.cell("Data!D1")).toMatchObject({ formula: "=SUM(A1:A2)", value: "#ERROR!" });
    expect(h.cell("Data!E1")).toMatchObject({ formula: "", value: "=IMPORTXML(1)" });
    expect(h.cell("Data!F1").value).toBe("+7 701");
    expect(h.cell("Data!G1")).toMatchObject({ formula: "", value: "=HYPERLINK(1)" });
    expect(s.getRange("A1:G1").getFormulas()).toEqual([["", "", "", "=SUM(A1:A2)", "", "", ""]]);
  });

  it("computes formulas that call the bundle's custom functions or HYPERLINK", () => {
    const h = loadBundle({ workbook: { Data: [["КазНУ"]] } });
    define(h, "function DOUBLE_IT(x) { return String(x) + String(x); }");
    const s = sheetOf(h);
    s.getRange("B1").setFormula("=DOUBLE_IT(A1)");
    s.getRange("C1").setValue('=HYPERLINK("https://kaznu.kz", "KazNU site")');
    s.getRange("D1").setValue("=NO_SUCH_FUNCTION(1)");
    s.getRange("E1").setValue("=DOUBLE_IT(");
    define(h, 'function FAILS(x) { throw new Error("pass a name or a range of names"); }');
    s.getRange("F1").setFormula("=FAILS(A1)");
    expect(h.values("Data")[0]).toEqual([
      "КазНУ",
      "КазНУКазНУ",
      "KazNU site",
      "#NAME?",
      "#ERROR!",
      "#ERROR!",
    ]);
    // What Sheets shows on hover over the error.
    expect(["D1", "E1", "F1"].map((a) => h.cell(`Data!${a}`).error)).toEqual([
      "Unknown function: 'NO_SUCH_FUNCTION'.",
      "Formula parse error.",
      "pass a name or a range of names",
    ]);
    expect(h.cell("Data!B1").error).toBeUndefined();
  });

  it("spills a custom function's array result, refuses to cover data, and recalculates when asked", () => {
    const h = loadBundle({ workbook: { Data: [["KazNU"], ["ENU"]] } });
    define(h, "function PAIRS(x) { return [[x, 'one'], [x, 'two']]; }");
    define(h, "function UPPER(x) { return String(x).toUpperCase(); }");
    const s = sheetOf(h);
    s.getRange("B1").setFormula("=PAIRS(A1)");
    expect(h.values("Data")).toEqual([
      ["KazNU", "KazNU", "one"],
      ["ENU", "KazNU", "two"],
    ]);
    expect(s.getRange("B1:C2").getFormulas()).toEqual([
      ["=PAIRS(A1)", ""],
      ["", ""],
    ]);
    s.getRange("C4").setValue("in the way");
    s.getRange("B3").setFormula("=PAIRS(A2)");
    expect(h.cell("Data!B3").value).toBe("#REF!");
    s.getRange("B1").setValue("plain");
    expect([h.cell("Data!C1").value, h.cell("Data!B2").value]).toEqual(["", ""]);
    s.getRange("F1").setFormula("=UPPER(A1)");
    s.getRange("A1").setValue("satbayev");
    expect(h.cell("Data!F1").value).toBe("KAZNU");
    h.recalculate();
    expect(h.cell("Data!F1").value).toBe("SATBAYEV");
  });

  it("runs a custom function again only when the values of its arguments change, as Sheets does", () => {
    const h = loadBundle({ workbook: { Data: [["x"]], Directory: [["KazNU"]] } });
    define(
      h,
      `var runs = 0;
      function FIRST_DIR() { runs++; return SpreadsheetApp.getActive().getSheetByName('Directory').getRange('A1').getValue(); }
      function FIRST_OF(range) { runs++; return range[0][0]; }`,
    );
    sheetOf(h).getRange("B1").setFormula("=FIRST_DIR()");
    sheetOf(h).getRange("C1").setFormula("=FIRST_OF(Directory!A1:A2)");
    h.put("Directory!A1", [["ENU"]]);
    h.recalculate();
    // FIRST_DIR reads the sheet by itself: Sheets has no reason to run it again.
    expect([h.cell("Data!B1").value, h.cell("Data!C1").value]).toEqual(["KazNU", "ENU"]);
    const runs = h.context.runs;
    h.recalculate();
    expect(h.context.runs).toBe(runs);
  });

  it("does not count a formula's recalculation as the script's calls", () => {
    const h = loadBundle({ workbook: { Data: [["x"]], Directory: [["KazNU"]] } });
    define(
      h,
      "function LOOKUP_DIR() { return SpreadsheetApp.getActive().getSheetByName('Directory').getRange('A1').getValue(); }",
    );
    sheetOf(h).getRange("B1").setFormula("=LOOKUP_DIR()");
    expect(h.cell("Data!B1").value).toBe("KazNU");
    expect([h.counters.reads("Directory"), h.counters.writes("Data")]).toEqual([0, 1]);
  });

  it("refuses a cell over 50,000 characters with Sheets' message, and keeps the cell", () => {
    const h = loadBundle({ workbook: { Data: [["kept"]] } });
    expect(() => sheetOf(h).getRange("A1").setValue("x".repeat(50_001))).toThrow(
      "Your input contains more than the maximum of 50000 characters in a single cell.",
    );
    expect(h.values("Data")).toEqual([["kept"]]);
  });

  it("throws errors of the bundle's own realm, so its `instanceof Error` holds", () => {
    const h = loadBundle({ workbook: { Data: [] } });
    define(
      h,
      `function probe() {
        try { SpreadsheetApp.getActiveSheet().getRange(0, 1); } catch (e) { return [e instanceof Error, e.message]; }
      }`,
    );
    expect(h.call("probe")).toEqual([true, "The starting row of the range is too small."]);
  });

  it("runs the bundle in the script's time zone, where a typed date is that day", () => {
    const h = loadBundle({ workbook: { Data: [["2025-02-19"]] } });
    define(
      h,
      "function day() { var d = SpreadsheetApp.getActiveSheet().getRange('A1').getValue(); return [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours()]; }",
    );
    expect(h.call("day")).toEqual([2025, 2, 19, 0]);
    // A file kept in another zone than the script's: the same typed day starts at another hour for the script.
    const tokyo = loadBundle({
      workbook: { Data: [["2025-02-19"]] },
      spreadsheet: { timeZone: "Asia/Tokyo" },
    });
    define(
      tokyo,
      "function day() { var d = SpreadsheetApp.getActiveSheet().getRange('A1').getValue(); return [d.getDate(), d.getHours()]; }",
    );
    expect(tokyo.call("day")).toEqual([18, 20]);
  });

  it("reads dates as Dates of the bundle's realm", () => {
    const h = loadBundle({ workbook: { Data: [[new Date("2025-03-01T00:00:00Z")]] } });
    define(
      h,
      "function isDate() { var v = SpreadsheetApp.getActiveSheet().getRange('A1').getValue(); return v instanceof Date && v.getTime(); }",
    );
    expect(h.call("isDate")).toBe(Date.parse("2025-03-01T00:00:00Z"));
  });
});

describe("ranges and sheets", () => {
  it("checks sizes and shapes with Sheets' messages", () => {
    const h = loadBundle({ workbook: { Data: [] } });
    const s = sheetOf(h);
    expect(() => s.getRange(1001, 1)).toThrow(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(() => s.getRange(1, 27)).toThrow(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(() => s.getRange(1, 1, 2, 2).setValues([["a", "b"]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    );
    expect(() => s.getRange(1, 1, 1, 2).setValues([["a"]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.",
    );
    expect(() => s.getRange("nonsense")).toThrow("Range not found");
  });

  it("keeps last row and column, data range, appended, inserted and deleted rows", () => {
    const h = loadBundle({
      workbook: {
        Data: [
          ["ID", "Name"],
          ["1", "KazNU"],
        ],
      },
    });
    const s = sheetOf(h);
    expect([s.getLastRow(), s.getLastColumn(), s.getDataRange().getA1Notation()]).toEqual([2, 2, "A1:B2"]);
    s.appendRow(["2", "ENU", "extra"]);
    s.insertRowsAfter(1, 1);
    s.getRange("A2:B2").setValues([["0", "Satbayev"]]);
    s.deleteRow(3);
    expect(h.values("Data")).toEqual([
      ["ID", "Name", ""],
      [0, "Satbayev", ""],
      [2, "ENU", "extra"],
    ]);
    s.getRange("A2:C2").clearContent();
    expect(s.getLastRow()).toBe(3);
    s.clear();
    expect(s.getLastRow()).toBe(0);
  });

  it("records formatting, frozen rows, hidden columns, notes, rules and charts", () => {
    const h = loadBundle({ workbook: { Data: [["Status"], ["signed"]] } });
    const { SpreadsheetApp, Charts } = h.services;
    const s = SpreadsheetApp.getActive().getSheetByName("Data")!;
    s.getRange("A1").setFontWeight("bold").setBackground("#1f3b57").setNote("Pick one");
    s.setFrozenRows(1);
    s.hideColumns(2, 2);
    const list = SpreadsheetApp.newDataValidation()
      .requireValueInList(["signed", "planned"])
      .setAllowInvalid(false)
      .build();
    s.getRange("A2:A5").setDataValidation(list);
    const rule = SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo("signed")
      .setBackground("#d9ead3")
      .setRanges([s.getRange("A2:A")])
      .build();
    s.setConditionalFormatRules([rule]);
    const chart = s
      .newChart()
      .setChartType(Charts.ChartType.GEO)
      .addRange(s.getRange("A1:A2"))
      .setPosition(1, 3, 0, 0)
      .setOption("title", "Countries")
      .build();
    s.insertChart(chart);
    expect(h.cell("Data!A1")).toMatchObject({
      format: { fontWeight: "bold", background: "#1f3b57" },
      note: "Pick one",
    });
    expect([
      s.getFrozenRows(),
      s.isColumnHiddenByUser(2),
      s.isColumnHiddenByUser(3),
      s.isColumnHiddenByUser(4),
    ]).toEqual([1, true, true, false]);
    expect(h.cell("Data!A3").validation).toMatchObject({
      criteria: "VALUE_IN_LIST",
      values: [["signed", "planned"], true],
    });
    expect(() => s.getRange("A3").setValue("rumoured")).toThrow(
      "The data you entered in cell A3 violates the data validation rules set on this cell.",
    );
    s.getRange("A3").setValue("planned");
    const [kept] = s.getConditionalFormatRules();
    expect(kept?.getBooleanCondition()?.getCriteriaValues()).toEqual(["signed"]);
    expect(s.getCharts().map((c) => c.getOptions().get("title"))).toEqual(["Countries"]);
    expect(h.sheet("Data").charts.map((c) => c.data.type)).toEqual(["GEO"]);
  });

  it("shows display values in the spreadsheet's locale and number formats", () => {
    const h = loadBundle({
      workbook: { Data: [["2025-02-19", 0.25, 1234.5, true]] },
      spreadsheet: { locale: "ru_RU" },
    });
    const s = sheetOf(h);
    s.getRange("B1").setNumberFormat("0%");
    s.getRange("C1").setNumberFormat("#,##0.00");
    expect(s.getRange("A1:D1").getDisplayValues()).toEqual([["19.02.2025", "25%", "1,234.50", "TRUE"]]);
    s.getRange("A1").setNumberFormat("yyyy-mm-dd");
    expect(s.getRange("A1").getDisplayValue()).toBe("2025-02-19");
  });

  it("keeps the user's selection, settable by the test", () => {
    const h = loadBundle({ workbook: { Sources: [], Partnerships: [] } });
    h.select("Partnerships!A3:P4", "Partnerships!A7:P7");
    expect(h.app.getActiveSheet().getName()).toBe("Partnerships");
    expect(h.app.getActiveRange().getA1Notation()).toBe("A7:P7");
    const list = h.app.getActiveRangeList() as { getRanges(): { getA1Notation(): string }[] };
    expect(list.getRanges().map((r) => r.getA1Notation())).toEqual(["A3:P4", "A7:P7"]);
  });

  it("inserts sheets as Sheets does: a taken name is refused, the new sheet becomes active", () => {
    const h = loadBundle({ workbook: { Sources: [] } });
    const ss = h.app.getActiveSpreadsheet();
    const p = ss.insertSheet("Partnerships");
    expect(ss.getActiveSheet().getName()).toBe("Partnerships");
    expect(() => ss.insertSheet("partnerships")).toThrow(
      'A sheet with the name "partnerships" already exists.',
    );
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Sources", "Partnerships"]);
    expect(p.getIndex()).toBe(2);
  });

  it("fails loudly on a method it does not model", () => {
    const h = loadBundle({ workbook: { Data: [] } });
    const range = sheetOf(h).getRange("A1") as unknown as { merge(): void };
    expect(() => range.merge()).toThrow("FakeRange.merge is not implemented");
  });
});

describe("counters", () => {
  it("counts reads and writes per sheet and calls per method, and resets", () => {
    const h = loadBundle({ workbook: { Sources: [["a"]], Partnerships: [] } });
    const ss = h.app.getActiveSpreadsheet();
    const src = ss.getSheetByName("Sources")!;
    src.getDataRange().getValues();
    ss.getSheetByName("Partnerships")!
      .getRange("A1:B1")
      .setValues([["x", "y"]]);
    expect([h.counters.reads("Sources"), h.counters.writes("Sources")]).toEqual([2, 0]);
    expect([h.counters.reads("Partnerships"), h.counters.writes("Partnerships")]).toEqual([0, 1]);
    expect(h.counters.count("Range.getValues")).toBe(1);
    expect(h.counters.count("Range")).toBe(2);
    h.counters.reset();
    expect(h.counters.total()).toBe(0);
  });
});
