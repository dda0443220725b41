import { describe, expect, it } from "vitest";
import type { Harness } from "../harness/index";
import { ARTICLES, cellOf, load, records } from "./helpers";

const RU_TALKS =
  "Алматы, 15 января 2025 года. Ректор Казахского национального университета имени аль-Фараби встретился с делегацией Уханьского университета (Китай). Стороны обсудили подписание меморандума о сотрудничестве в области дистанционного зондирования.";

function withReports(texts: string[]): Harness {
  const h = load();
  h.menu("Set up this spreadsheet");
  h.run("addArticles", [texts.join("\n---\n")]);
  h.menu("Extract partnerships from new articles");
  return h;
}

function fingerprintOf(h: Harness): string {
  const dialog = h.ui.dialogs.at(-1);
  expect(dialog?.title).toBe("Merge duplicates");
  const match = /var FINGERPRINT="([0-9a-f]+)"/.exec(dialog!.html.getContent());
  expect(match).not.toBeNull();
  return match![1]!;
}

describe("Merge duplicates", () => {
  it("shows the plan first, then makes an English and a Russian report of one signing one row with two sources", () => {
    const h = withReports([ARTICLES.en, ARTICLES.ru, ARTICLES.kk]);
    expect(records(h, "Partnerships")).toHaveLength(3);
    const shown = h.menu("Merge duplicates…");
    expect(shown).toBe("1 partnership reported in several rows: see the dialog.");
    // Nothing changes before the user confirms.
    expect(records(h, "Partnerships")).toHaveLength(3);
    const html = h.ui.dialogs.at(-1)!.html.getContent();
    expect(html).toContain("<td>P-000001 (kept)</td><td>signed</td><td>2025-03-12</td><td>S-000001</td>");
    expect(html).toContain("<td>P-000002 (goes)</td><td>signed</td><td>2025-03-12</td><td>S-000002</td>");
    expect(html).toContain(
      "<td>→ P-000001</td><td>signed</td><td>2025-03-12</td><td>S-000001, S-000002</td>",
    );
    expect(html).toContain("Al-Farabi Kazakh National University — Wuhan University (memorandum)");
    const result = h.run("mergeDuplicatesApply", [fingerprintOf(h)]);
    expect(result).toEqual({
      ok: true,
      value: "Merged 1 partnership: 1 duplicate row folded into P-000001.",
    });
    const rows = records(h, "Partnerships");
    expect(rows.map((r) => [r.ID, r.Partner, r.Sources])).toEqual([
      ["P-000001", "Wuhan University", "S-000001, S-000002"],
      ["P-000003", "Ankara University", "S-000003"],
    ]);
    expect(h.menu("Merge duplicates…")).toBe(
      "No duplicates: each partnership (same sides and agreement) has one row.",
    );
  });

  it("moves the status forward and keeps the date of each step", () => {
    const h = withReports([RU_TALKS, ARTICLES.en]);
    const before = records(h, "Partnerships");
    expect(before.map((r) => [r.Status, r.Agreement])).toEqual([
      ["discussed", "memorandum"],
      ["signed", "memorandum"],
    ]);
    h.menu("Merge duplicates…");
    h.run("mergeDuplicatesApply", [fingerprintOf(h)]);
    const [row, ...rest] = records(h, "Partnerships");
    expect(rest).toEqual([]);
    expect(row).toMatchObject({
      Status: "signed",
      Date: "2025-03-12",
      History: "discussed 2025-01-15; signed 2025-03-12",
      Sources: "S-000001, S-000002",
    });
    // Extracting the first report again does not move the merged row back to "discussed".
    h.select("Sources!A2");
    h.menu("Extract again from selected articles");
    expect(records(h, "Partnerships")).toEqual([row]);
  });

  it("refuses a preview the sheet has moved on from", () => {
    const h = withReports([ARTICLES.en, ARTICLES.ru]);
    h.menu("Merge duplicates…");
    const fingerprint = fingerprintOf(h);
    h.put(cellOf(h, "Partnerships", "P-000002", "Notes"), [["checked with the press office"]]);
    const result = h.run("mergeDuplicatesApply", [fingerprint]);
    expect(result).toEqual({
      ok: true,
      value: "The Partnerships rows changed since this preview: close it and choose Merge duplicates again.",
    });
    expect(records(h, "Partnerships")).toHaveLength(2);
  });

  it("escapes what comes from the sheet in the preview", () => {
    const h = withReports([ARTICLES.en, ARTICLES.ru]);
    for (const id of ["P-000001", "P-000002"]) {
      h.put(cellOf(h, "Partnerships", id, "Partner"), [['<img src=x onerror="alert(1)">']]);
    }
    h.menu("Merge duplicates…");
    const html = h.ui.dialogs.at(-1)!.html.getContent();
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&#60;img src=x onerror=&#34;alert(1)&#34;&#62;");
  });
});

describe("Merge duplicates on many groups", () => {
  it("keeps its answer short: the first kept rows, then how many more", () => {
    const partners = [
      "Wuhan University",
      "Lanzhou University",
      "Tsinghua University",
      "Peking University",
      "Fudan University",
      "Nanjing University",
      "Zhejiang University",
    ];
    const reports = partners.flatMap((partner, i) => {
      const text = `Almaty, ${i + 3} March 2025. Al-Farabi Kazakh National University and ${partner} (China) signed a memorandum of understanding on joint research.`;
      return [text, text.replace("joint research", "research and student exchange")];
    });
    const h = withReports(reports);
    expect(records(h, "Partnerships")).toHaveLength(14);
    h.menu("Merge duplicates…");
    const result = h.run("mergeDuplicatesApply", [fingerprintOf(h)]);
    expect(result).toMatchObject({ ok: true });
    const message = (result as { value: string }).value;
    expect(message).toMatch(
      /^Merged 7 partnerships: 7 duplicate rows folded into (P-\d{6}, ){4}P-\d{6} and 2 more\./,
    );
    expect(records(h, "Partnerships")).toHaveLength(7);
  });
});
