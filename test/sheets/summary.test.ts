import { describe, expect, it } from "vitest";
import type { Harness } from "../harness/index";
import { ARTICLES, load } from "./helpers";

function extracted(locale = "en_US"): Harness {
  const h = load({ workbook: { "My notes": [["Ideas"], ["=1+1"]] }, spreadsheet: { locale } });
  h.menu("Set up this spreadsheet");
  h.run("addArticles", [[ARTICLES.en, ARTICLES.ru, ARTICLES.kk].join("\n---\n")]);
  h.menu("Extract partnerships from new articles");
  return h;
}

/** The table under a title in the Summary sheet, as [label, ..., count] rows. */
function tableUnder(h: Harness, title: string): unknown[][] {
  const values = h.values("Summary");
  for (let r = 0; r < values.length; r++) {
    const c = values[r]!.indexOf(title);
    if (c < 0) continue;
    const width = values[r + 1]!.slice(c).indexOf("");
    const out: unknown[][] = [];
    for (let k = r + 2; k < values.length && values[k]![c] !== ""; k++) {
      out.push(values[k]!.slice(c, c + (width < 0 ? 3 : width)));
    }
    return out;
  }
  throw new Error(`no table "${title}"`);
}

describe("Build summary", () => {
  it("counts by country, institution, agreement, status and year, with a geo chart of partner countries", () => {
    const h = extracted();
    const message = h.menu("Build summary");
    expect(message).toBe("Summary rebuilt: 3 partnerships, 2 partner countries, 2 Kazakhstan institutions.");
    expect(tableUnder(h, "By partner country")).toEqual([
      ["China", "CN", 2],
      ["Türkiye", "TR", 1],
    ]);
    expect(tableUnder(h, "By Kazakhstan institution")).toEqual([
      ["Al-Farabi Kazakh National University", 2],
      ["L.N. Gumilyov Eurasian National University", 1],
    ]);
    // Labels, not codes.
    expect(tableUnder(h, "By agreement")).toEqual([
      ["Memorandum", 2],
      ["Academic mobility", 1],
    ]);
    expect(tableUnder(h, "By status")).toEqual([["Signed", 3]]);
    expect(tableUnder(h, "By year")).toEqual([["2025", 3]]);
    const charts = h.sheet("Summary").charts.map((c) => c.data);
    expect(charts.map((c) => c.type)).toEqual(["GEO", "PIE", "BAR", "COLUMN", "BAR"]);
    // The geo chart reads the country codes and counts.
    expect(charts[0]!.ranges.map((r) => r.getA1Notation())).toEqual(["B4:C6"]);
  });

  it("rebuilds from the data each time, keeps the sidebar's brief, and touches no other sheet", () => {
    const h = extracted();
    h.menu("Build summary");
    const brief = h.run("sidebarInsertBrief", ["Three partnerships this spring."]);
    expect(brief.ok).toBe(true);
    const notes = { values: h.values("My notes"), formulas: h.formulas("My notes") };
    const partnerships = h.values("Partnerships");
    h.menu("Build summary");
    const first = h.values("Summary");
    h.menu("Build summary");
    expect(h.values("Summary").slice(2)).toEqual(first.slice(2));
    expect(h.sheet("Summary").charts).toHaveLength(5);
    expect(h.values("Summary")[1]!.slice(0, 2)).toEqual(["Brief", "Three partnerships this spring."]);
    expect({ values: h.values("My notes"), formulas: h.formulas("My notes") }).toEqual(notes);
    expect(h.values("Partnerships")).toEqual(partnerships);
  });

  it("says what to do when there is nothing to count yet", () => {
    const h = load();
    h.menu("Set up this spreadsheet");
    expect(h.menu("Build summary")).toBe(
      "The Summary sheet is ready, but there are no partnerships yet: run Extract partnerships first.",
    );
    expect(h.sheet("Summary").charts).toEqual([]);
  });

  it("writes the brief of every row in the Brief row, and writes it anew when the rows change", () => {
    const h = extracted();
    h.menu("Build summary");
    const [title, brief] = h.values("Summary");
    expect(title![0]).toBe("Partnerships summary");
    expect(brief!.slice(0, 3)).toEqual([
      "Brief",
      "In 2025, Kazakhstan universities reported 3 partnerships, 2 with China and 1 with Türkiye. " +
        "They include 2 memoranda and 1 academic mobility programme. By status: 3 signed. " +
        "The most active were Al-Farabi Kazakh National University (2) and L.N. Gumilyov Eurasian National University (1). " +
        "The busiest month was March 2025, with 2 partnerships.",
      "written by Build summary",
    ]);
    // A row deleted by the user: the next build's brief says so (its own brief is not kept).
    h.sheet("Partnerships").deleteRow(4);
    h.menu("Build summary");
    expect(String(h.values("Summary")[1]![1])).toMatch(
      /^In 2025, Kazakhstan universities reported 2 partnerships, all with China\./,
    );
  });

  it("speaks the spreadsheet's language: headings, labels, country and institution names, the brief", () => {
    const h = extracted("ru_RU");
    expect(h.menu("Build summary")).toMatch(/^Summary rebuilt: 3 partnerships/);
    const values = h.values("Summary");
    expect(values[0]![0]).toBe("Сводка партнёрств");
    expect(String(values[0]![1])).toMatch(/^Собрано 2025-\d\d-\d\d \d\d:\d\d по 3 партнёрствам\./);
    expect(values[1]![0]).toBe("Справка");
    expect(values[1]![1]).toBe(
      "В 2025 году у вузов Казахстана зафиксировано 3 партнёрства: 2 с Китаем и 1 с Турцией. " +
        "Среди них 2 меморандума и 1 программа академической мобильности. По статусу: подписано — 3. " +
        "Наиболее активны: Казахский национальный университет имени аль-Фараби (2) и " +
        "Евразийский национальный университет имени Л.Н. Гумилева (1). " +
        "Больше всего партнёрств — в марте 2025 года (2).",
    );
    expect(tableUnder(h, "По странам-партнёрам")).toEqual([
      ["Китай", "CN", 2],
      ["Турция", "TR", 1],
    ]);
    expect(tableUnder(h, "По казахстанским организациям")).toEqual([
      ["Казахский национальный университет имени аль-Фараби", 2],
      ["Евразийский национальный университет имени Л.Н. Гумилева", 1],
    ]);
    expect(tableUnder(h, "По типу соглашения")).toEqual([
      ["Меморандум", 2],
      ["Академическая мобильность", 1],
    ]);
    expect(tableUnder(h, "По статусу")).toEqual([["Подписано", 3]]);
    expect(tableUnder(h, "По областям")[0]![0]).toMatch(/^(Дистанционное зондирование|ИИ)/);
    expect(h.sheet("Summary").charts.map((c) => c.data.options.title)).toEqual([
      "Страны-партнёры",
      "Статус",
      "Соглашения",
      "По годам",
      "Казахстанские организации (самые активные)",
    ]);
  });

  it("labels fields in Kazakh, and keeps a brief the sidebar inserted", () => {
    const h = extracted("kk");
    h.menu("Build summary");
    expect(h.values("Summary")[0]![0]).toBe("Серіктестіктер жиынтығы");
    expect(String(h.values("Summary")[1]![1])).toContain(
      "3 серіктестік тіркелді: Қытаймен 2 және Түркиямен 1.",
    );
    const fields = tableUnder(h, "Салалар бойынша").map((r) => r[0]);
    // The academic mobility agreement names no subject: its field is education.
    expect([...fields].sort()).toEqual(["Білім беру", "ЖИ", "Қашықтықтан зондтау"]);
    h.run("sidebarInsertBrief", ["Көктемгі үш серіктестік."]);
    h.menu("Build summary");
    expect(h.values("Summary")[1]!.slice(0, 2)).toEqual(["Анықтама", "Көктемгі үш серіктестік."]);
  });
});
