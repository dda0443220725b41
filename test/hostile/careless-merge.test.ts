// Careless users and Merge duplicates: a copied row, rows typed in without IDs, values in the user's own
// columns. Merge removes only the rows it folds into a kept row, and what those rows held goes with them into it.
import { describe, expect, it } from "vitest";
import type { Harness } from "../harness/index";
import { PARTNERS } from "../sheets/helpers";
import { ARTICLES, articles, extracted, partners, records, rowOf, setUp } from "./careless";

/** Opens the Merge preview and confirms it, as the user would; returns the answer. */
function merge(h: Harness): unknown {
  const shown = h.menu("Merge duplicates…");
  if (!/see the dialog/.test(String(shown))) return shown;
  const html = h.ui.dialogs.at(-1)!.html.getContent();
  const fingerprint = /var FINGERPRINT="([0-9a-f]+)"/.exec(html)![1];
  const result = h.run("mergeDuplicatesApply", [fingerprint]);
  expect(result.ok).toBe(true);
  return (result as { value: unknown }).value;
}

/** A Partnerships row typed by hand: the user's values under the headers named. */
function typeRow(h: Harness, values: Record<string, string>): void {
  const header = h.values("Partnerships")[0]!.map(String);
  const row = header.map((name) => values[name] ?? "");
  h.put(`Partnerships!A${h.values("Partnerships").length + 1}`, [row]);
}

describe("Merge duplicates with a careless user", () => {
  it("folds a copied row (same ID) into its twin instead of deleting both", () => {
    const h = extracted(articles(0, 1));
    // The user copies the first row, ID and all, to the end, and notes something on the copy.
    const copy = h.values("Partnerships")[1]!.map((v) => (typeof v === "boolean" ? v : String(v)));
    h.put(`Partnerships!A4`, [copy]);
    const notes = h.values("Partnerships")[0]!.indexOf("Notes");
    h.put(`Partnerships!${String.fromCharCode(65 + notes)}4`, [["ask about the May visit"]]);
    expect(merge(h)).toMatch(/^Merged 1 partnership: 1 duplicate row folded into P-000001\./);
    expect(partners(h)).toEqual([
      ["P-000001", PARTNERS[0], "S-000001"],
      ["P-000002", PARTNERS[1], "S-000002"],
    ]);
    expect(records(h, "Partnerships")[0]!.Notes).toBe("ask about the May visit");
  });

  it("gives IDs to rows typed without one, and removes none of them but the duplicate it folds", () => {
    const h = extracted(articles(0));
    // Three rows typed by hand, no ID: two for one pair, one for another.
    const typed = (partner: string, notes: string) => ({
      "Kazakhstan side": "Satbayev University",
      Partner: partner,
      Country: "DE",
      Agreement: "memorandum",
      Status: "signed",
      Notes: notes,
    });
    typeRow(h, typed("Technical University of Munich", "from the rector's office"));
    typeRow(h, typed("Technical University of Munich", "seen on their website"));
    typeRow(h, typed("RWTH Aachen University", "phone call"));
    expect(merge(h)).toMatch(/^Merged 1 partnership: 1 duplicate row folded into P-000002\./);
    const rows = records(h, "Partnerships");
    expect(rows.map((r) => [r.ID, r.Partner, r.Notes])).toEqual([
      ["P-000001", PARTNERS[0], ""],
      ["P-000002", "Technical University of Munich", "from the rector's office\nseen on their website"],
      ["P-000004", "RWTH Aachen University", "phone call"],
    ]);
  });

  it("joins the folded rows' values in the user's own columns into the kept row", () => {
    const h = extracted([ARTICLES.en, ARTICLES.ru]);
    // The user added columns of their own: a contact and a budget, filled for both reports.
    const width = h.values("Partnerships")[0]!.length;
    const at = (c: number) => String.fromCharCode(65 + c);
    h.put(`Partnerships!${at(width)}1:${at(width + 1)}3`, [
      ["Contact", "Budget"],
      ["", "1200"],
      ["Prof. Li (Wuhan)", "1500"],
    ]);
    expect(merge(h)).toMatch(/^Merged 1 partnership: 1 duplicate row folded into P-000001\./);
    const [row, ...rest] = records(h, "Partnerships");
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ ID: "P-000001", Contact: "Prof. Li (Wuhan)", Budget: "1200\n1500" });
  });

  it("keeps a formula of the user's in the kept row and puts the folded row's value in Notes", () => {
    const h = extracted([ARTICLES.en, ARTICLES.ru]);
    const width = h.values("Partnerships")[0]!.length;
    const at = String.fromCharCode(65 + width);
    h.put(`Partnerships!${at}1:${at}3`, [
      ["Link"],
      ['=HYPERLINK("https://kaznu.kz","KazNU")'],
      ["wuhan.edu.cn"],
    ]);
    merge(h);
    const [row] = records(h, "Partnerships");
    expect(row).toMatchObject({ Link: "KazNU", Notes: "Link: wuhan.edu.cn" });
    expect(h.cell(`Partnerships!${at}${rowOf(h, "Partnerships", "P-000001")}`).formula).toBe(
      '=HYPERLINK("https://kaznu.kz","KazNU")',
    );
  });
});

describe("Merge's cost does not grow with the sheet", () => {
  function mergeCounts(pairs: number) {
    const h = setUp();
    // Each pair reported twice, once in a row typed without an ID.
    const header = h.values("Partnerships")[0]!.map(String);
    const line = (values: Record<string, string>) => header.map((name) => values[name] ?? "");
    const rows = Array.from({ length: pairs }, (_, i) => ({
      "Kazakhstan side": "Satbayev University",
      Partner: `Partner ${i}`,
      Agreement: "memorandum",
    }));
    h.put("Partnerships!A2", [
      ...rows.map((row, i) => line({ ...row, ID: `P-${String(i + 1).padStart(6, "0")}` })),
      ...rows.map((row) => line(row)),
    ]);
    h.counters.reset();
    expect(merge(h)).toMatch(new RegExp(`^Merged ${pairs} partnerships: ${pairs} duplicate rows folded`));
    expect(records(h, "Partnerships")).toHaveLength(pairs);
    return ["Sources", "Partnerships"].map((name) => [name, h.counters.reads(name), h.counters.writes(name)]);
  }

  it("makes the same reads and writes on 3 and on 300 pairs", () => {
    const small = mergeCounts(3);
    expect(mergeCounts(300)).toEqual(small);
    // Twice (preview, then apply): Partnerships read (extent, values, formulas, markers), and Sources read for
    // the partnership IDs it mentions as rows lack IDs; then Partnerships written once, and Sources read again
    // to point its Result cells at the kept rows (nothing to change there: these rows were typed).
    expect(small).toEqual([
      ["Sources", 12, 0],
      ["Partnerships", 8, 1],
    ]);
  });
});
