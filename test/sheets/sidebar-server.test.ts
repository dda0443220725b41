// The sidebar's server functions, called as google.script.run calls them (the harness's `run`: arguments and
// results cross as JSON, errors as messages) on the built bundle.
import { describe, expect, it } from "vitest";
import { PARTNERSHIP_HEADERS } from "../../src/core/rows/columns";
import { HOSTILE_NAME, PARTNERSHIP_COUNT, rowOf, sidebarWorkbook } from "../browser/sidebar-workbook";
import { type Harness, loadBundle, type RunResult } from "../harness";

type Json = Record<string, unknown>;
const col = (header: (typeof PARTNERSHIP_HEADERS)[number]) => PARTNERSHIP_HEADERS.indexOf(header);
const letter = (header: (typeof PARTNERSHIP_HEADERS)[number]) => String.fromCharCode(65 + col(header));

function load(options: Parameters<typeof loadBundle>[0] = {}): Harness {
  return loadBundle({ workbook: sidebarWorkbook(), activeSheet: "Partnerships", ...options });
}

function ok(result: RunResult): Json & Json[] {
  if (!result.ok) throw new Error(`expected success, got: ${result.error.message}`);
  return result.value as Json & Json[];
}
function failure(result: RunResult): string {
  if (result.ok) throw new Error("expected a failure");
  return result.error.message;
}

const cell = (h: Harness, row: number, header: (typeof PARTNERSHIP_HEADERS)[number]) =>
  h.values("Partnerships")[row - 1]?.[col(header)];

/** The rows the sidebar would edit for this selection: its one row, or every row of its digest. */
function targetsOf(h: Harness, ...refs: string[]): { row: number; key: string }[] {
  h.select(...refs);
  const view = ok(h.run("sidebarSelection", ["en"]));
  const one = view.one as Json | null;
  if (one) return [{ row: one.row as number, key: one.key as string }];
  const many = view.many as { rows: number[]; keys: string[] };
  return many.rows.map((row, i) => ({ row, key: many.keys[i] as string }));
}

/** The sample workbook with its Partnerships rows repeated (new IDs) up to `count` data rows. */
function bigWorkbook(count: number): ReturnType<typeof sidebarWorkbook> {
  const workbook = sidebarWorkbook();
  const [header, ...rows] = workbook.Partnerships ?? [];
  const many = Array.from({ length: count }, (_, i) => {
    const row = [...(rows[i % rows.length] ?? [])];
    row[col("ID")] = `P-${String(i + 1).padStart(6, "0")}`;
    return row;
  });
  return { ...workbook, Partnerships: [header ?? [], ...many] };
}

describe("sidebarSelection", () => {
  it("gives one selected row in full, its country named in the sidebar's language", () => {
    const h = load();
    h.select(`Partnerships!B${rowOf("P-000001")}:D${rowOf("P-000001")}`);
    const view = ok(h.run("sidebarSelection", ["ru"]));
    expect(view.selected).toBe(1);
    expect(view.many).toBeNull();
    expect(view.one).toMatchObject({
      row: rowOf("P-000001"),
      key: "P-000001",
      kz: "Al-Farabi Kazakh National University",
      partner: "Wuhan University",
      countryName: "Китай",
      tags: ["china"],
      sources: [
        {
          label: "S-000001 · KazNU and Wuhan University to open a joint lab",
          url: "https://example.org/kaznu-wuhan",
        },
      ],
    });
  });

  it("gives several rows of every range, in sheet order without the header, as the many-rows view shows them", () => {
    const h = load();
    h.select("Partnerships!A1:C2", `Partnerships!B${rowOf("P-000006")}:B${rowOf("P-000007")}`);
    const view = ok(h.run("sidebarSelection", ["ru"]));
    expect(view.selected).toBe(3);
    expect(view.one).toBeNull();
    const rows = [rowOf("P-000001"), rowOf("P-000006"), rowOf("P-000007")];
    expect(view.many).toEqual({
      rows,
      keys: ["P-000001", "P-000006", "P-000007"],
      // The listed sides in the sidebar's language (here Russian) where the directory has the name.
      list: [
        {
          row: rows[0],
          kz: "Казахский национальный университет имени аль-Фараби",
          partner: "Уханьский университет",
        },
        {
          row: rows[1],
          kz: "Карагандинский университет имени академика Е.А. Букетова",
          partner: "Томский политехнический университет",
        },
        { row: rows[2], kz: "Казахский национальный университет имени аль-Фараби", partner: "Huawei" },
      ],
      tags: [{ tag: "china", count: 1 }],
      status: "",
    });
    h.select(`Partnerships!A${rowOf("P-000006")}`, `Partnerships!A${rowOf("P-000008")}`);
    expect((ok(h.run("sidebarSelection", ["en"])).many as Json).status).toBe("signed");
  });

  it("says which sheet is active when it is not Partnerships", () => {
    const h = load();
    h.select("Sources!A2");
    expect(ok(h.run("sidebarSelection", ["en"]))).toEqual({
      sheet: "Sources",
      onPartnerships: false,
      one: null,
      many: null,
      selected: 0,
    });
  });

  it("ignores rows below the data and keeps markup as plain text", () => {
    const h = load();
    h.select(`Partnerships!A${rowOf("P-000009")}:A400`);
    const view = ok(h.run("sidebarSelection", ["en"]));
    expect(view.selected).toBe(1);
    expect((view.one as Json).kz).toBe(HOSTILE_NAME);
  });

  it("answers 1,000 selected rows in under 40 bytes a row, listing the first and counting tags on all", () => {
    const h = load({ workbook: bigWorkbook(1000) });
    h.select("Partnerships!A2:P1001");
    const view = ok(h.run("sidebarSelection", ["en"]));
    expect(view.selected).toBe(1000);
    const many = view.many as { rows: number[]; keys: string[]; list: Json[]; tags: Json[] };
    expect(many.rows).toHaveLength(1000);
    expect(many.keys[999]).toBe("P-001000");
    expect(many.list.map((r) => r.partner)).toEqual([
      "Wuhan University",
      "Arizona State University",
      "Technical University of Munich",
      "University of Exeter",
      "Kazan Federal University",
      "Tomsk Polytechnic University",
    ]);
    // Every ninth row is tagged china, and every ninth priority (1,000 rows = 111 cycles + 1 row).
    expect(many.tags).toEqual([
      { tag: "china", count: 112 },
      { tag: "priority", count: 111 },
    ]);
    expect(JSON.stringify(view).length).toBeLessThan(40 * 1000);
  });
});

describe("sidebarEdit", () => {
  it("adds a tag to several rows in one write, keeping a formula in a row between them", () => {
    const h = load();
    h.put(`Partnerships!${letter("Tags")}3`, [['=HYPERLINK("https://example.org","link")']]);
    const targets = targetsOf(h, "Partnerships!A2", "Partnerships!A4");
    h.counters.reset();
    const rows = ok(
      h.run("sidebarEdit", [{ targets, edit: { kind: "addTag", tag: "  joint   research " }, lang: "en" }]),
    );
    expect(rows.many).toMatchObject({
      rows: [2, 4],
      tags: [
        { tag: "joint research", count: 2 },
        { tag: "china", count: 1 },
        { tag: "priority", count: 1 },
      ],
    });
    expect(h.counters.writes("Partnerships")).toBe(1);
    expect(cell(h, 2, "Tags")).toBe("china, joint research");
    expect(cell(h, 4, "Tags")).toBe("priority, joint research");
    expect(h.formulas("Partnerships")[2]?.[col("Tags")]).toBe('=HYPERLINK("https://example.org","link")');
  });

  it("edits every one of 1,000 selected rows by row and key, and answers with their digest", () => {
    const h = load({ workbook: bigWorkbook(1000) });
    const targets = targetsOf(h, "Partnerships!A2:A1001");
    expect(targets).toHaveLength(1000);
    h.counters.reset();
    const result = ok(
      h.run("sidebarEdit", [
        { targets, edit: { kind: "set", column: "status", value: "launched" }, lang: "en" },
      ]),
    );
    expect(h.counters.writes("Partnerships")).toBe(1);
    expect(result.one).toBeNull();
    expect(result.many).toMatchObject({ status: "launched" });
    expect((result.many as Json).rows).toHaveLength(1000);
    for (const row of [2, 500, 1001]) expect(cell(h, row, "Status")).toBe("launched");
  });

  it("sends at most SELECTION_CAP rows and says how many are selected in all", () => {
    const h = load({ workbook: bigWorkbook(2100) });
    h.select("Partnerships!A2:A2101");
    const view = ok(h.run("sidebarSelection", ["en"]));
    expect(view.selected).toBe(2100);
    expect((view.many as Json & { rows: number[] }).rows).toHaveLength(2000);
  });

  it("stores a formula-looking tag as text, and removes tags whatever their case", () => {
    const h = load();
    const targets = targetsOf(h, `Partnerships!A${rowOf("P-000005")}`);
    ok(h.run("sidebarEdit", [{ targets, edit: { kind: "addTag", tag: "=IMPORTXML(1)" }, lang: "en" }]));
    const row = rowOf("P-000005");
    expect(cell(h, row, "Tags")).toBe("=IMPORTXML(1)");
    expect(h.formulas("Partnerships")[row - 1]?.[col("Tags")]).toBe("");
    ok(h.run("sidebarEdit", [{ targets, edit: { kind: "removeTag", tag: "=importxml(1)" }, lang: "en" }]));
    expect(cell(h, row, "Tags")).toBe("");
  });

  it("finds its rows by ID after the sheet was sorted, and refuses when a row is gone", () => {
    const h = load();
    const targets = targetsOf(h, `Partnerships!A${rowOf("P-000002")}`);
    // The user moves row P-000002 down one: rows 3 and 4 swap.
    const values = h.values("Partnerships");
    h.put("Partnerships!A3", [values[3] as string[], values[2] as string[]]);
    ok(
      h.run("sidebarEdit", [
        { targets, edit: { kind: "set", column: "status", value: "signed" }, lang: "en" },
      ]),
    );
    expect(cell(h, 4, "ID")).toBe("P-000002");
    expect(cell(h, 4, "Status")).toBe("signed");
    expect(cell(h, 3, "Status")).toBe("signed"); // P-000003 was signed already
    expect(cell(h, 3, "ID")).toBe("P-000003");

    h.put("Partnerships!A4", [PARTNERSHIP_HEADERS.map(() => "")]);
    const before = h.values("Partnerships");
    expect(
      failure(h.run("sidebarEdit", [{ targets, edit: { kind: "reviewed", value: true }, lang: "en" }])),
    ).toBe("A selected row was changed or deleted since the sidebar showed it. Select it again.");
    expect(h.values("Partnerships")).toEqual(before);
  });

  it("dates the new status step in History, in the same single write, for every row it sets", () => {
    const h = load();
    const rows = h
      .values("Partnerships")
      .map((r, i) => ({ status: r[col("Status")], row: i + 1 }))
      .filter((r) => r.row > 1 && r.status !== "launched" && r.status !== "")
      .slice(0, 2)
      .map((r) => r.row);
    expect(rows).toHaveLength(2);
    const before = rows.map((r) => String(cell(h, r, "History")));
    const targets = targetsOf(h, ...rows.map((r) => `Partnerships!A${r}`));
    h.counters.reset();
    ok(
      h.run("sidebarEdit", [
        { targets, edit: { kind: "set", column: "status", value: "launched" }, lang: "en" },
      ]),
    );
    expect(h.counters.writes("Partnerships")).toBe(1);
    const today = "2025-03-03"; // the harness's virtual clock starts on this day
    rows.forEach((r, i) => {
      expect(cell(h, r, "Status")).toBe("launched");
      const history = String(cell(h, r, "History"));
      expect(history).toContain(`launched ${today}`);
      // The earlier steps stay as they were.
      for (const step of before[i]!.split("; ").filter(Boolean)) expect(history).toContain(step);
    });
  });

  it("edits a typed-in row without an ID by its facts", () => {
    const h = load();
    h.put(`Partnerships!${letter("ID")}${rowOf("P-000008")}`, [[""]]);
    const targets = targetsOf(h, `Partnerships!A${rowOf("P-000008")}`);
    expect(targets[0]?.key).toContain("China University of Petroleum");
    ok(
      h.run("sidebarEdit", [
        { targets, edit: { kind: "set", column: "agreement", value: "agreement" }, lang: "en" },
      ]),
    );
    expect(cell(h, rowOf("P-000008"), "Agreement")).toBe("agreement");
  });

  it("turns bad requests into messages and writes nothing", () => {
    const h = load();
    const targets = targetsOf(h, "Partnerships!A2");
    const before = h.values("Partnerships");
    const edit = (e: unknown, t: unknown = targets) =>
      failure(h.run("sidebarEdit", [{ targets: t, edit: e, lang: "en" }]));
    expect(edit({ kind: "addTag", tag: "a, b" })).toBe(
      "A tag can't contain a comma or a semicolon (they separate tags).",
    );
    expect(edit({ kind: "addTag", tag: "   " })).toBe("A tag can't be empty.");
    expect(edit({ kind: "addTag", tag: "x".repeat(41) })).toBe("A tag can be at most 40 characters long.");
    expect(edit({ kind: "set", column: "status", value: "finished" })).toBe(
      '"finished" is not one of the values of status.',
    );
    expect(edit({ kind: "set", column: "Summary", value: "x" })).toBe(
      "The sidebar sent an edit it doesn't know.",
    );
    expect(edit({ kind: "reviewed", value: true }, [])).toBe("Select one or more Partnerships rows first.");
    expect(edit({ kind: "reviewed", value: true }, [{ row: 1, key: "ID" }])).toBe(
      "Select one or more Partnerships rows first.",
    );
    expect(h.values("Partnerships")).toEqual(before);
  });
});

describe("sidebarSummary", () => {
  const summary = (h: Harness, request: Json) =>
    ok(h.run("sidebarSummary", [{ lang: "en", by: "month", filter: {}, scope: "all", ...request }]));

  it("counts every row, fills the timeline's empty months, and writes the brief", () => {
    const h = load();
    const view = summary(h, {});
    expect(view.total).toBe(PARTNERSHIP_COUNT);
    expect((view.countries as Json[])[0]).toEqual({ key: "CN", label: "China", count: 4 });
    expect((view.timeline as Json[]).map((b) => `${b.key}:${b.count}`)).toEqual([
      "2024-10:1",
      "2024-11:1",
      "2024-12:0",
      "2025-01:2",
      "2025-02:2",
      "2025-03:3",
    ]);
    expect(view.brief).toMatch(
      /^From 2024 to 2025, Kazakhstan universities reported 9 partnerships, 4 with China/,
    );
  });

  it("filters by country, institution, agreement, status and period, and by the selection", () => {
    const h = load();
    expect(summary(h, { filter: { country: "cn", from: "2025" } }).total).toBe(2);
    expect(summary(h, { filter: { kz: "satbayev university" } }).total).toBe(2);
    expect(summary(h, { filter: { agreement: "memorandum", status: "signed" } }).total).toBe(3);
    const months = summary(h, { filter: { from: "2025-02", to: "2025-02" }, lang: "ru" });
    expect(months.total).toBe(2);
    // «2 партнёрства», each country in the instrumental, institutions under their Russian names.
    expect(months.brief).toBe(
      "В феврале 2025 года у вузов Казахстана зафиксировано 2 партнёрства: 1 с Китаем и 1 с Германией. " +
        "Среди них 1 совместная лаборатория и 1 меморандум. По статусу: подписано — 2. " +
        "Наиболее активны: Казахский национальный университет имени аль-Фараби (1) и " +
        "Казахский национальный исследовательский технический университет имени К.И. Сатпаева (1).",
    );
    expect((months.institutions as { label: string }[]).map((i) => i.label)).toEqual([
      "Казахский национальный университет имени аль-Фараби",
      "Казахский национальный исследовательский технический университет имени К.И. Сатпаева",
    ]);
    const years = summary(h, { by: "year" });
    expect(years.timeline).toEqual([
      { key: "2024", label: "2024", count: 2 },
      { key: "2025", label: "2025", count: 7 },
    ]);
    h.select(`Partnerships!A${rowOf("P-000005")}:A${rowOf("P-000006")}`);
    const selected = summary(h, { scope: "selection", lang: "kk" });
    expect([selected.inScope, selected.total]).toEqual([2, 2]);
    expect(selected.brief).toContain("2 серіктестік тіркелді, барлығы Ресеймен.");
  });
});

describe("sidebarInsertBrief", () => {
  it("writes the brief into Summary's Brief row and only there, the second time in the same row", () => {
    const h = load();
    const partnerships = h.values("Partnerships");
    expect(ok(h.run("sidebarInsertBrief", ["First brief."]))).toEqual({ sheet: "Summary", cell: "B4" });
    h.put("Summary!A6", [["Notes by the user"]]);
    expect(ok(h.run("sidebarInsertBrief", ["=Second brief."]))).toEqual({ sheet: "Summary", cell: "B4" });
    const summary = h.values("Summary");
    expect(summary[0]?.[0]).toBe("Partnerships summary");
    expect(summary[3]?.slice(0, 2)).toEqual(["Brief", "=Second brief."]);
    expect(h.formulas("Summary")[3]?.[1]).toBe("");
    expect(summary[5]?.[0]).toBe("Notes by the user");
    expect(h.values("Partnerships")).toEqual(partnerships);
    expect(failure(h.run("sidebarInsertBrief", ["  "]))).toBe("There is no brief to insert yet.");
  });

  it("fills the Brief row that Build summary lays out, and Build summary keeps it", () => {
    const { Summary: _, ...workbook } = sidebarWorkbook();
    const h = loadBundle({ workbook, activeSheet: "Partnerships" });
    h.global.onOpen();
    h.menu("Build summary");
    const row = h.values("Summary").findIndex((r) => r[0] === "Brief") + 1;
    expect(row).toBeGreaterThan(0);
    expect(ok(h.run("sidebarInsertBrief", ["A brief."]))).toEqual({ sheet: "Summary", cell: `B${row}` });
    h.menu("Build summary");
    expect(h.values("Summary")[row - 1]?.slice(0, 2)).toEqual(["Brief", "A brief."]);
  });

  it("creates the Summary sheet when there is none", () => {
    const { Summary: _, ...workbook } = sidebarWorkbook();
    const h = loadBundle({ workbook, activeSheet: "Partnerships" });
    expect(ok(h.run("sidebarInsertBrief", ["A brief."]))).toEqual({ sheet: "Summary", cell: "B4" });
    expect(h.values("Summary")[0]?.[0]).toBe("Partnerships summary");
    expect(h.values("Summary")[3]?.slice(0, 2)).toEqual(["Brief", "A brief."]);
  });

  it("never writes into a user's own sheet called Summary", () => {
    const h = load();
    h.put("Summary!A1", [["My own notes"]]);
    const mine = h.values("Summary");
    expect(ok(h.run("sidebarInsertBrief", ["A brief."])).sheet).toBe("Seriktes summary");
    expect(h.values("Summary")).toEqual(mine);
    expect(h.values("Seriktes summary").some((row) => row[0] === "Brief" && row[1] === "A brief.")).toBe(
      true,
    );
  });
});

describe("sidebarStart", () => {
  it("starts in the user's language, or the one they chose, with the tags already used", () => {
    const h = load({ user: { locale: "kk" } });
    h.put(`Partnerships!${letter("Tags")}${rowOf("P-000009")}`, [["China; review"]]);
    expect(ok(h.run("sidebarStart"))).toEqual({ lang: "kk", tags: ["china", "priority", "review"] });
    ok(h.run("sidebarSetLanguage", ["ru"]));
    expect(ok(h.run("sidebarStart")).lang).toBe("ru");
    expect(ok(load({ user: { locale: "de" } }).run("sidebarStart")).lang).toBe("en");
  });
});
