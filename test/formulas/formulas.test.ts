// The custom formulas as a user meets them: typed into cells of a sheet, run by the built dist/Code.js in
// the harness under custom-function limits.
import { describe, expect, it } from "vitest";
import { ENTRIES, type Entry, type FormulaEntry } from "../../src/entries";
import { type CellInput, loadBundle } from "../harness";

const FORMULAS = (ENTRIES as readonly Entry[]).filter((e): e is FormulaEntry => e.kind === "formula");

const EN =
  "Astana, 3 March 2025. L.N. Gumilyov Eurasian National University and Lanzhou University (China) signed an agreement on academic mobility for students of hydrology and water management.";
const RU =
  "Алматы, 14 апреля 2025 года. Казахский национальный университет имени аль-Фараби и Новосибирский государственный университет подписали меморандум о сотрудничестве в области искусственного интеллекта.";
const KK =
  "Шымкент, 2025 жылғы 5 мамыр. М. Әуезов атындағы Оңтүстік Қазақстан университеті мен Анкара университеті (Түркия) академиялық ұтқырлық туралы келісімге қол қойды.";

/** A sheet holding the given column A (from A1 down) and a Directory sheet when asked. */
function sheetWith(columnA: CellInput[], directory?: CellInput[][]) {
  const workbook: Record<string, CellInput[][]> = { Data: columnA.map((v) => [v]) };
  if (directory) workbook.Directory = directory;
  return loadBundle({ workbook });
}

describe("the README's formula examples", () => {
  it.each(FORMULAS.map((f) => [f.name, f] as const))("%s gives the result the README shows", (_, entry) => {
    const workbook: Record<string, CellInput[][]> = { Sheet1: [[""]] };
    const h = loadBundle({ workbook });
    for (const [ref, value] of Object.entries(entry.example.cells ?? {})) h.put(`Sheet1!${ref}`, [[value]]);
    const result = h.formula(entry.example.formula, "Sheet1");
    if (Array.isArray(result)) {
      // A table: the README shows its first data row.
      const hasHeader = /TRUE\)$/.test(entry.example.formula);
      const row = (result as string[][])[hasHeader ? 1 : 0] ?? [];
      expect(row.join(" | ")).toBe(entry.example.result);
    } else {
      expect(result).toBe(entry.example.result);
    }
  });
});

describe("PARTNERSHIPS", () => {
  it("spills an article's partnerships under a header, in each language", () => {
    const h = sheetWith([EN, RU, KK]);
    expect(h.formula("=PARTNERSHIPS(A1, TRUE)", "Data")).toEqual([
      ["Kazakhstan side", "Partner", "Country", "Partner type", "Agreement", "Status", "Fields", "Date"],
      [
        "L.N. Gumilyov Eurasian National University",
        "Lanzhou University",
        "CN",
        "university",
        "academic_mobility",
        "signed",
        expect.any(String),
        "2025-03-03",
      ],
    ]);
    const ru = h.formula("=PARTNERSHIPS(A2)", "Data") as string[][];
    expect(ru).toHaveLength(1);
    expect(ru[0]?.slice(0, 6)).toEqual([
      "Al-Farabi Kazakh National University",
      "Novosibirsk State University",
      "RU",
      "university",
      "memorandum",
      "signed",
    ]);
    expect(ru[0]?.[6]).toContain("ai");
    expect(ru[0]?.[7]).toBe("2025-04-14");
    const kk = h.formula("=PARTNERSHIPS(A3)", "Data") as string[][];
    expect(kk[0]?.slice(0, 6)).toEqual([
      "Auezov South Kazakhstan University",
      "Ankara University",
      "TR",
      "university",
      "academic_mobility",
      "signed",
    ]);
  });

  it("takes a range with blanks, numbers and error values, leading each row with the article's row", () => {
    const h = sheetWith([EN, "", 42, "#N/A", KK]);
    const table = h.formula("=PARTNERSHIPS(A1:A5, TRUE)", "Data") as string[][];
    expect(table[0]?.[0]).toBe("Row");
    const rows = table.slice(1);
    expect(rows.map((r) => r[0])).toEqual(["1", "3", "5"]);
    expect(rows[0]?.[2]).toBe("Lanzhou University");
    expect(rows[1]?.[1]).toMatch(/^Error: PARTNERSHIPS needs an article's text.*the number 42/);
    expect(rows[2]?.[2]).toBe("Ankara University");
  });

  it("is blank for a blank cell and for an article with no partnership", () => {
    const h = sheetWith(["", "Students of Toraighyrov University won a programming olympiad in Pavlodar."]);
    expect(h.formula("=PARTNERSHIPS(A1)", "Data")).toBe("");
    expect(h.formula("=PARTNERSHIPS(A2)", "Data")).toBe("");
  });

  it("says what to pass for a value of the wrong kind", () => {
    const h = sheetWith([42, "\u0000\u0001binary\u0000"]);
    expect(() => h.formula("=PARTNERSHIPS(A1)", "Data")).toThrow(/needs an article's text.*the number 42/);
    expect(() => h.formula("=PARTNERSHIPS(A2)", "Data")).toThrow(/binary/);
    expect(() => h.formula('=PARTNERSHIPS("x", "yes")', "Data")).toThrow(/header must be TRUE or FALSE/);
  });
});

describe("INSTITUTION and INSTITUTION_COUNTRY", () => {
  it("name an institution written any way, in any language and case form", () => {
    const h = sheetWith([
      "КазНУ",
      "Эксетерского университета",
      "Эксетерским университетом",
      "ҚазҰУ",
      "Satbayev University",
      "",
      "not an institution at all",
    ]);
    expect(h.formula("=INSTITUTION(A1:A7)", "Data")).toEqual([
      ["Al-Farabi Kazakh National University"],
      ["University of Exeter"],
      ["University of Exeter"],
      ["Al-Farabi Kazakh National University"],
      ["Satbayev University"],
      [""],
      [""],
    ]);
    expect(h.formula("=INSTITUTION_COUNTRY(A2)", "Data")).toBe("UK");
    expect(h.formula('=INSTITUTION_COUNTRY(A2, "code")', "Data")).toBe("GB");
    expect(h.formula('=INSTITUTION_COUNTRY(A1:A2, "code")', "Data")).toEqual([["KZ"], ["GB"]]);
  });

  it("give a message in the cell for a number in a range, and throw it for a single number", () => {
    const h = sheetWith(["КазНУ", 7, true]);
    const out = h.formula("=INSTITUTION(A1:A3)", "Data") as string[][];
    expect(out[0]).toEqual(["Al-Farabi Kazakh National University"]);
    expect(out[1]?.[0]).toMatch(/^Error: INSTITUTION needs an institution's name as text.*the number 7/);
    expect(out[2]?.[0]).toMatch(/got TRUE/);
    expect(() => h.formula("=INSTITUTION(A2)", "Data")).toThrow(
      /INSTITUTION needs an institution's name as text/,
    );
    expect(() => h.formula('=INSTITUTION_COUNTRY(A1, "flag")', "Data")).toThrow(
      /format must be "name" or "code"/,
    );
  });

  it("count the user's Directory sheet, reading it at most once per call and then from the cache", () => {
    const h = sheetWith(
      ["QPI", "Qyzyljar Polytechnic", "КазНУ"],
      [
        ["Name", "Aliases", "Country", "Type", "City"],
        ["Qyzyljar Polytechnic Institute", "QPI; Qyzyljar Polytechnic", "KZ", "college", "Petropavl"],
      ],
    );
    h.counters.reset();
    expect(h.formula("=INSTITUTION(A1:A3)", "Data")).toEqual([
      ["Qyzyljar Polytechnic Institute"],
      ["Qyzyljar Polytechnic Institute"],
      ["Al-Farabi Kazakh National University"],
    ]);
    // One getValues of the Directory (getDataRange counts as a read of its own in the fakes).
    expect(h.counters.calls["Range.getValues"]).toBe(1);
    h.counters.reset();
    expect(h.formula("=INSTITUTION(A1)", "Data")).toBe("Qyzyljar Polytechnic Institute");
    expect(h.formula("=INSTITUTION_COUNTRY(A1)", "Data")).toBe("Kazakhstan");
    expect(h.counters.reads("Directory")).toBe(0);
    expect(h.counters.calls["Cache.getAll"]).toBeGreaterThan(0);
  });

  it("see an edit of the Directory sheet the next time they run", () => {
    const h = sheetWith(["ERTIS-RI"], [["Name", "Aliases", "Country", "Type", "City"]]);
    expect(h.formula("=INSTITUTION(A1)", "Data")).toBe("");
    h.put("Directory!A2:E2", [["Ertis Research Institute", "ERTIS-RI", "KZ", "other", "Pavlodar"]]);
    h.call("onEdit", { range: h.sheet("Directory").getRange("A2:E2") });
    expect(h.formula("=INSTITUTION(A1)", "Data")).toBe("Ertis Research Institute");
  });
});

describe("the text formulas", () => {
  it("read agreement, status, fields, language, date and summary in the three languages", () => {
    const h = sheetWith([EN, RU, KK, ""]);
    expect(h.formula("=AGREEMENT_TYPE(A1:A4)", "Data")).toEqual([
      ["academic_mobility"],
      ["memorandum"],
      ["academic_mobility"],
      [""],
    ]);
    expect(h.formula("=PARTNERSHIP_STATUS(A1:A4)", "Data")).toEqual([
      ["signed"],
      ["signed"],
      ["signed"],
      [""],
    ]);
    expect(h.formula("=ARTICLE_LANGUAGE(A1:A4)", "Data")).toEqual([["en"], ["ru"], ["kk"], [""]]);
    expect(h.formula("=ARTICLE_DATE(A1:A4)", "Data")).toEqual([
      ["2025-03-03"],
      ["2025-04-14"],
      ["2025-05-05"],
      [""],
    ]);
    expect(h.formula("=PARTNERSHIP_FIELDS(A2)", "Data")).toContain("ai");
    expect(h.formula('=PARTNERSHIP_STATUS("Стороны обсудили открытие филиала.")', "Data")).toBe("discussed");
    expect(h.formula('=PARTNERSHIP_STATUS("Тараптар филиал ашу мүмкіндігін талқылады.")', "Data")).toBe(
      "discussed",
    );
    expect(h.formula('=PARTNERSHIP_STATUS("Huawei opened an ICT Academy at the university.")', "Data")).toBe(
      "launched",
    );
  });

  it("summarise an article in its own language, with the number of sentences asked", () => {
    const article = `${RU} Первые студенты начнут обучение осенью. Программа рассчитана на два года. В прошлом году университет открыл новый корпус.`;
    const h = sheetWith([article]);
    const one = h.formula("=ARTICLE_SUMMARY(A1, 1)", "Data") as string;
    const two = h.formula("=ARTICLE_SUMMARY(A1)", "Data") as string;
    expect(one.length).toBeGreaterThan(20);
    expect(article).toContain(one);
    expect(two.length).toBeGreaterThan(one.length);
    expect(h.formula("=ARTICLE_LANGUAGE(A1)", "Data")).toBe("ru");
    expect(() => h.formula("=ARTICLE_SUMMARY(A1, 0)", "Data")).toThrow(/whole number from 1 to 10/);
  });

  it("leave blanks blank and say what to pass for the wrong kind", () => {
    const h = sheetWith(["", 3.5, "#REF!"]);
    expect(h.formula("=ARTICLE_LANGUAGE(A1)", "Data")).toBe("");
    expect(h.formula("=ARTICLE_DATE(A1:A3)", "Data")).toEqual([
      [""],
      [expect.stringMatching(/^Error: ARTICLE_DATE needs an article's text.*the number 3.5/)],
      [""],
    ]);
    expect(() => h.formula("=AGREEMENT_TYPE(A2)", "Data")).toThrow(/AGREEMENT_TYPE needs an article's text/);
    expect(() => h.formula("=ARTICLE_DATE(A3)", "Data")).toThrow(/holds the error #REF!/);
  });
});
