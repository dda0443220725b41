// The formulas that use the user's Directory, as Sheets runs them: a custom formula runs again only when a
// cell it refers to changes, and CacheService keeps at most 100 KB (in bytes) a value.
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { type CellInput, type Harness, loadBundle } from "../harness";

const HEADER = ["Name", "Aliases", "Country", "Type", "City"];

function workbook(sheets: Record<string, CellInput[][]>): Harness {
  return loadBundle({ workbook: { Data: [["ERTIS-RI"], ["QPI"]], ...sheets } });
}

describe("A formula given the Directory's range", () => {
  it("follows the Directory's every change; one without it keeps its answer, as Sheets keeps it", () => {
    const h = workbook({ Directory: [HEADER] });
    h.put("Data!B1", [["=INSTITUTION(A1, Directory!A:E)"]]);
    h.put("Data!C1", [["=INSTITUTION(A1)"]]);
    expect([h.cell("Data!B1").value, h.cell("Data!C1").value]).toEqual(["", ""]);

    // The user adds the institute, cell by cell; Sheets recalculates what refers to those cells.
    h.edit("Directory!A2", "Ertis Research Institute");
    h.edit("Directory!B2", "ERTIS-RI; Ертіс ҒЗИ");
    h.recalculate();
    expect([h.cell("Data!B1").value, h.cell("Data!C1").value]).toEqual(["Ertis Research Institute", ""]);

    // A change no onEdit sees (a script, an import, a formula in the Directory): the alias is dropped.
    h.put("Directory!B2", [["Ертіс ҒЗИ"]]);
    h.recalculate();
    expect(h.cell("Data!B1").value).toBe("");
  });

  it("reads any range laid out like the Directory: another sheet, columns in any order, or no header", () => {
    const h = workbook({
      Mine: [
        ["City", "Type", "Name", "Country", "Aliases"],
        ["Petropavl", "college", "Qyzyljar Polytechnic Institute", "KZ", "QPI"],
      ],
      Plain: [["Ertis Research Institute", "ERTIS-RI", "KZ", "other", "Pavlodar"]],
    });
    h.counters.reset();
    expect(h.formula("=INSTITUTION(A1:A2, Mine!A:E)", "Data")).toEqual([
      [""],
      ["Qyzyljar Polytechnic Institute"],
    ]);
    expect(h.formula('=INSTITUTION_COUNTRY(A1, "code", Plain!A1:E3)', "Data")).toBe("KZ");
    h.put("Data!D1", [
      ["Petropavl, 5 May 2025. QPI and Tomsk State University signed a memorandum of understanding."],
    ]);
    const table = h.formula("=PARTNERSHIPS(D1, FALSE, Mine!A:E)", "Data") as string[][];
    expect(table[0]?.slice(0, 3)).toEqual(["Qyzyljar Polytechnic Institute", "Tomsk State University", "RU"]);
    // The rows passed are used: no cache, no read of a Directory sheet.
    expect(h.counters.count("Cache")).toBe(0);
  });

  it("says what to pass when the directory is not a range", () => {
    const h = workbook({});
    expect(() => h.formula('=INSTITUTION(A1, "Directory")', "Data")).toThrow(
      "INSTITUTION: directory must be a range laid out like the Directory sheet, such as Directory!A:E.",
    );
  });
});

/** 400 institutions named in Russian and Kazakh: about 60,000 characters of JSON, but over 100 KB in bytes. */
function cyrillicDirectory(): CellInput[][] {
  return [
    HEADER,
    ...Array.from({ length: 400 }, (_, i) => [
      `Региональный аграрно-технический колледж «Жулдыз-${i}» имени Байтурсынова`,
      `«Жұлдыз-${i}» аграрлық-техникалық колледжі; РАТК-${i}`,
      "KZ",
      "college",
      "Костанай",
    ]),
  ];
}

describe("The Directory in the document cache", () => {
  it("keeps a Directory over 100 KB in bytes in pieces, and answers every formula", () => {
    const rows = cyrillicDirectory();
    const json = JSON.stringify(rows);
    // The premise: few enough characters to pass a count of characters, too many bytes for one value.
    expect(json.length).toBeLessThan(100_000);
    expect(Buffer.byteLength(json)).toBeGreaterThan(100 * 1024);

    const h = workbook({ Directory: rows });
    expect(h.formula('=INSTITUTION("РАТК-399")', "Data")).toBe(
      "Региональный аграрно-технический колледж «Жулдыз-399» имени Байтурсынова",
    );
    const pieces = [...h.cache.document.entries.values()].map((e) => Buffer.byteLength(e.value));
    expect(pieces.length).toBeGreaterThan(1);
    expect(Math.max(...pieces)).toBeLessThanOrEqual(100_000);

    h.counters.reset();
    expect(h.formula('=INSTITUTION_COUNTRY("«Жұлдыз-7» аграрлық-техникалық колледжі", "code")', "Data")).toBe(
      "KZ",
    );
    expect(h.counters.reads("Directory")).toBe(0);
  });

  it("never lets a failing cache break a formula", () => {
    const h = workbook({ Directory: [HEADER, ["Ertis Research Institute", "ERTIS-RI", "KZ", "other", ""]] });
    const AppsScriptError = vm.runInContext("Error", h.context) as ErrorConstructor;
    const fail = () => {
      throw new AppsScriptError("Service invoked too many times for one day: cache.");
    };
    h.cache.document.getAll = fail;
    h.cache.document.putAll = fail;
    expect(h.formula("=INSTITUTION(A1)", "Data")).toBe("Ertis Research Institute");
    h.cache.document.get = fail;
    h.cache.document.put = fail;
    expect(h.formula("=INSTITUTION(A1)", "Data")).toBe("Ertis Research Institute");
  });
});
