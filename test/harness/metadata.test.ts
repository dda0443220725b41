// The developer metadata fake keeps to the platform where the add-on relies on it: where metadata may sit,
// how it follows rows and columns, who can see it, and what its location answers.
import { describe, expect, it } from "vitest";
import { loadBundle } from ".";

function setup() {
  const h = loadBundle({ workbook: { Data: [["ID", "Name"]], Other: [] } });
  const { SpreadsheetApp } = h.services;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName("Data")!;
  return { h, SpreadsheetApp, ss, sheet };
}

describe("developer metadata", () => {
  it("sits on the spreadsheet, a sheet, or one whole row or column, and nowhere else", () => {
    const { SpreadsheetApp, ss, sheet } = setup();
    ss.addDeveloperMetadata("app.counter", "7");
    sheet.addDeveloperMetadata("app.sheet", "data", SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
    sheet.getRange("B:B").addDeveloperMetadata("app.column", "Name");
    sheet.getRange("3:3").addDeveloperMetadata("app.row");
    for (const a1 of ["B1", "B1:B10", "A:B", "1:2", "A1:Y1"]) {
      expect(() => sheet.getRange(a1).addDeveloperMetadata("app.x")).toThrow(
        /arbitrary ranges is not currently supported/,
      );
    }
    const all = ss.createDeveloperMetadataFinder().find();
    expect(all.map((m) => [m.getKey(), m.getValue(), String(m.getLocation().getLocationType())])).toEqual([
      ["app.counter", "7", "SPREADSHEET"],
      ["app.sheet", "data", "SHEET"],
      ["app.column", "Name", "COLUMN"],
      ["app.row", null, "ROW"],
    ]);
    // Each get* sees its own location only; a sheet's finder sees its rows and columns too.
    expect(ss.getDeveloperMetadata().map((m) => m.getKey())).toEqual(["app.counter"]);
    expect(sheet.getDeveloperMetadata().map((m) => m.getKey())).toEqual(["app.sheet"]);
    expect(
      sheet
        .getRange("B:B")
        .getDeveloperMetadata()
        .map((m) => m.getKey()),
    ).toEqual(["app.column"]);
    expect(
      sheet
        .createDeveloperMetadataFinder()
        .find()
        .map((m) => m.getKey()),
    ).toEqual(["app.sheet", "app.column", "app.row"]);
    expect(ss.getSheetByName("Other")!.createDeveloperMetadataFinder().find()).toEqual([]);
  });

  it("answers a location as the platform does: the sheet only for sheet metadata, the range for a column", () => {
    const { ss, sheet } = setup();
    sheet.getRange("B:B").addDeveloperMetadata("app.column", "Name");
    const [column] = ss.createDeveloperMetadataFinder().withKey("app.column").find();
    const location = column!.getLocation();
    expect(location.getSheet()).toBeNull();
    expect(location.getRow()).toBeNull();
    expect(location.getColumn()!.getA1Notation()).toBe("B1:B1000");
    expect(location.getColumn()!.getSheet().getName()).toBe("Data");
  });

  it("follows its column when columns are inserted before it, and goes when its column is deleted", () => {
    const { ss, sheet } = setup();
    sheet.getRange("B:B").addDeveloperMetadata("app.column", "Name");
    sheet.getRange("4:4").addDeveloperMetadata("app.row", "four");
    sheet.insertColumnsBefore(1, 2);
    sheet.insertRowBefore(2);
    const find = (key: string) => ss.createDeveloperMetadataFinder().withKey(key).find();
    expect(find("app.column")[0]!.getLocation().getColumn()!.getColumn()).toBe(4);
    expect(find("app.row")[0]!.getLocation().getRow()!.getRow()).toBe(5);
    sheet.deleteColumn(4);
    sheet.deleteRows(2, 4);
    expect(find("app.column")).toEqual([]);
    expect(find("app.row")).toEqual([]);
  });

  it("stays when the sheet is cleared or renamed, and goes with a deleted sheet", () => {
    const { ss, sheet } = setup();
    sheet.addDeveloperMetadata("app.sheet", "data");
    sheet.getRange("A:A").addDeveloperMetadata("app.column", "ID");
    sheet.clear();
    sheet.setName("Renamed");
    expect(ss.createDeveloperMetadataFinder().find()).toHaveLength(2);
    ss.deleteSheet(sheet);
    expect(ss.createDeveloperMetadataFinder().find()).toEqual([]);
  });

  it("finds by key, value, location type and visibility, and by a range wholly or crossing", () => {
    const { SpreadsheetApp, sheet } = setup();
    const V = SpreadsheetApp.DeveloperMetadataVisibility;
    sheet.getRange("A:A").addDeveloperMetadata("app.column", "ID", V.PROJECT);
    sheet.getRange("B:B").addDeveloperMetadata("app.column", "Name");
    const finder = () => sheet.createDeveloperMetadataFinder();
    expect(finder().withValue("Name").find()).toHaveLength(1);
    expect(finder().withVisibility(V.PROJECT).find()[0]!.getValue()).toBe("ID");
    expect(
      finder().withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.COLUMN).find(),
    ).toHaveLength(2);
    // The header row A1:B1 holds no whole column; it crosses both.
    expect(sheet.getRange("A1:B1").createDeveloperMetadataFinder().find()).toEqual([]);
    expect(
      sheet.getRange("A1:B1").createDeveloperMetadataFinder().onIntersectingLocations().find(),
    ).toHaveLength(2);
    // A visibility is the enum value, not its name: the string is taken as a value.
    sheet.getRange("C:C").addDeveloperMetadata("app.column", "PROJECT");
    expect(finder().withValue("PROJECT").find()[0]!.getVisibility()).toBe(V.DOCUMENT);
  });

  it("hides another project's PROJECT metadata and shows its DOCUMENT metadata", () => {
    const { h, ss } = setup();
    h.spreadsheet.metadata.put("other.secret", "1", { type: "SPREADSHEET" }, "PROJECT", "another-project");
    h.spreadsheet.metadata.put("other.shared", "2", { type: "SPREADSHEET" }, "DOCUMENT", "another-project");
    expect(ss.getDeveloperMetadata().map((m) => m.getKey())).toEqual(["other.shared"]);
  });

  it("changes, moves and removes metadata, each change a write of its sheet", () => {
    const { h, ss, sheet } = setup();
    sheet.getRange("A:A").addDeveloperMetadata("app.column", "ID");
    const [m] = sheet.createDeveloperMetadataFinder().find();
    h.counters.reset();
    m!.setValue("Key").moveToColumn(sheet.getRange("B:B"));
    expect(h.counters.writes("Data")).toBe(2);
    expect(() => m!.moveToColumn(sheet.getRange("B1:B2"))).toThrow(/arbitrary ranges/);
    expect(sheet.getRange("B:B").getDeveloperMetadata()[0]!.getValue()).toBe("Key");
    m!.remove();
    expect(ss.createDeveloperMetadataFinder().find()).toEqual([]);
    expect(() => m!.setValue("again")).toThrow(/does not exist/);
  });

  it("holds at most 30,000 characters on a sheet", () => {
    const { sheet } = setup();
    sheet.addDeveloperMetadata("app.big", "x".repeat(29_000));
    expect(() => sheet.getRange("A:A").addDeveloperMetadata("app.more", "y".repeat(2_000))).toThrow(/30000/);
    expect(sheet.createDeveloperMetadataFinder().find()).toHaveLength(1);
  });
});
