// Shared by the careless-user scenarios: a workbook with articles added and extracted through the menu, and
// what a user sees of it.
import { expect } from "vitest";
import type { Harness } from "../harness/index";
import { bulkArticle, cellOf, load, records } from "../sheets/helpers";

export { ARTICLES, bulkArticle, cellOf, load, records } from "../sheets/helpers";

/** A workbook just set up. */
export function setUp(): Harness {
  const h = load();
  h.menu("Set up this spreadsheet");
  return h;
}

/** A set-up workbook where these articles were added (one paste) and extracted. */
export function extracted(texts: readonly string[]): Harness {
  const h = setUp();
  added(h, texts);
  expect(h.menu("Extract partnerships from new articles")).toMatch(/^Extract done/);
  return h;
}

/** Adds articles through the Add articles dialog's server function; returns its message. */
export function added(h: Harness, texts: readonly string[]): string {
  const result = h.run("addArticles", [texts.join("\n---\n")]);
  expect(result.ok).toBe(true);
  return (result as { value: string }).value;
}

/** The partner each Partnerships row names, with the sources it lists. */
export function partners(h: Harness, sheet = "Partnerships"): [unknown, unknown, unknown][] {
  return records(h, sheet).map((r) => [r.ID, r.Partner, r.Sources]);
}

/** The sheet row (1-based) of the row whose ID is `id`. */
export function rowOf(h: Harness, sheet: string, id: string): number {
  return Number(/\d+$/.exec(cellOf(h, sheet, id, "ID"))![0]);
}

/** Bulk articles i..: Nazarbayev University and a different partner each. */
export const articles = (...indexes: number[]): string[] => indexes.map(bulkArticle);
