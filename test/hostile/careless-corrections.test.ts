// A user's corrections by hand: the row's one-line Summary follows what its cells now say (unless the user
// wrote the Summary), and extracting again once the Directory agrees with the correction gives no second row.
import { describe, expect, it } from "vitest";
import { ARTICLES, cellOf, extracted, records } from "./careless";

const COLLEGE =
  "Алматы, 3 апреля 2025 года. Колледж Кайнар-Тех и Харбинский политехнический университет (Китай) подписали соглашение о сотрудничестве в области подготовки инженеров.";

describe("a partner corrected by hand", () => {
  it("rewrites the row's Summary from its cells as soon as the Partner is corrected", () => {
    const h = extracted([ARTICLES.en]);
    expect(records(h, "Partnerships")[0]!.Summary).toMatch(
      /^Al-Farabi Kazakh National University and Wuhan University/,
    );
    h.edit(cellOf(h, "Partnerships", "P-000001", "Partner"), "Wuhan University of Technology");
    const [row] = records(h, "Partnerships");
    expect(row!.Summary).toBe(
      "Al-Farabi Kazakh National University and Wuhan University of Technology (China) signed a memorandum of understanding in AI and remote sensing",
    );
    // The correction is still the user's: extracting again keeps it, and the Summary with it.
    h.select("Sources!A2");
    expect(h.menu("Extract again from selected articles")).toMatch(/Your edits in 1 cell were kept/);
    expect(records(h, "Partnerships")).toEqual([row]);
  });

  it("leaves a Summary the user wrote alone", () => {
    const h = extracted([ARTICLES.en]);
    h.edit(cellOf(h, "Partnerships", "P-000001", "Summary"), "MoU; check the remote sensing lab");
    h.edit(cellOf(h, "Partnerships", "P-000001", "Status"), "launched");
    expect(records(h, "Partnerships")[0]!.Summary).toBe("MoU; check the remote sensing lab");
  });

  it("follows a status set in the sidebar", () => {
    const h = extracted([ARTICLES.en]);
    h.select("Partnerships!A2");
    const key = "P-000001";
    const result = h.run("sidebarEdit", [
      { targets: [{ row: 2, key }], edit: { kind: "set", column: "status", value: "launched" }, lang: "en" },
    ]);
    expect(result.ok).toBe(true);
    expect(records(h, "Partnerships")[0]!.Summary).toBe(
      "Al-Farabi Kazakh National University and Wuhan University (China) put a memorandum of understanding into effect in AI and remote sensing",
    );
  });
});

describe("a correction the Directory then agrees with", () => {
  it("extracting again updates the corrected row instead of adding a second one", () => {
    const h = extracted([COLLEGE]);
    const [before] = records(h, "Partnerships");
    expect(before!["Kazakhstan side"]).not.toBe("Kainar-Tech College");
    h.edit(cellOf(h, "Partnerships", "P-000001", "Kazakhstan side"), "Kainar-Tech College");
    expect(records(h, "Partnerships")[0]!.Summary).toMatch(
      /^Kainar-Tech College and Harbin Institute of Technology/,
    );
    h.put("Directory!A2", [
      ["Kainar-Tech College", "Колледж Кайнар-Тех; Кайнар-Тех", "KZ", "college", "Almaty"],
    ]);
    h.select("Sources!A2");
    expect(h.menu("Extract again from selected articles")).toMatch(/^Extract done: 1 article, 1 partnership/);
    const rows = records(h, "Partnerships");
    expect(rows.map((r) => [r.ID, r["Kazakhstan side"], r.Partner, r.Tags])).toEqual([
      ["P-000001", "Kainar-Tech College", "Harbin Institute of Technology", ""],
    ]);
    // What the engine now finds is what the user wrote: the cell no longer counts as an edit.
    expect(JSON.parse(String(rows[0]!.Extracted))["Kazakhstan side"]).toBe("Kainar-Tech College");
  });
});
