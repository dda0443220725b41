// The custom formulas, as pure functions of their arguments: src/sheets/formulas.ts only supplies the
// user's Directory entries. Each takes one cell or a range (see cells.ts).
import {
  agreementOf,
  articleDate,
  checkArticle,
  countryName,
  detectLanguage,
  extractArticle,
  fieldsOf,
  findInstitution,
  statusOf,
  summarizeArticle,
} from "../api";
import { FORMULA_BUDGET_MS, OverBudget, timeBudget } from "../budget";
import type { Institution } from "../types";
import { FormulaError, isRange, mapCells, readCell, wrongKindMessage } from "./cells";

/** The user's own Directory entries; called only when a cell needs them, so blanks cost no sheet read. */
export type ExtraEntries = () => readonly Institution[];

/** The text the engine reads, or the reason it can't (binary, no words) as the formula's message. */
function readable(text: string): string {
  const checked = checkArticle(text);
  if (!checked.ok) throw new FormulaError(checked.message);
  return checked.text;
}

export const TABLE_HEADER = [
  "Kazakhstan side",
  "Partner",
  "Country",
  "Partner type",
  "Agreement",
  "Status",
  "Fields",
  "Date",
] as const;

const article = (formula: string) => ({
  formula,
  needs: "an article's text (or a range of them)",
  example: `=${formula}(A2)`,
});
const institutionName = (formula: string) => ({
  formula,
  needs: "an institution's name as text (or a range of names)",
  example: `=${formula}("КазНУ")`,
});

export function partnerships(text: unknown, header: unknown, extra: ExtraEntries): string | string[][] {
  const withHeader = flag(header, "PARTNERSHIPS", "header");
  const expect = article("PARTNERSHIPS");
  // One budget for the whole call: past it, each article left gets an error instead of the formula none.
  const checkpoint = timeBudget(FORMULA_BUDGET_MS);
  const read = (articleText: string) => {
    try {
      return extractArticle(readable(articleText), { extra: extra(), checkpoint });
    } catch (error) {
      if (error instanceof OverBudget) throw new FormulaError(`Not read: ${error.message}.`);
      throw error;
    }
  };
  const rowsOf = (articleText: string): string[][] =>
    // The formula gives what the engine asserts; what it could not tell was news is for Extract's rows.
    read(articleText)
      .partnerships.filter((p) => !p.tentative)
      .map((p) => [
        p.kz,
        p.partner,
        p.country,
        p.partner_type,
        p.agreement,
        p.status,
        p.fields.join(", "),
        p.date ?? "",
      ]);

  if (!isRange(text)) {
    const cell = readCell(text);
    if (cell.kind === "blank") return withHeader ? [[...TABLE_HEADER]] : "";
    if (cell.kind !== "text") throw new FormulaError(wrongKindMessage(cell, expect));
    const rows = rowsOf(cell.text);
    if (!withHeader && rows.length === 0) return "";
    return withHeader ? [[...TABLE_HEADER], ...rows] : rows;
  }

  // A range: every article's rows, each led by the article's row within the range.
  const table: string[][] = [];
  text.forEach((row, r) => {
    for (const value of row) {
      const cell = readCell(value);
      if (cell.kind === "blank" || cell.kind === "error") continue;
      if (cell.kind === "wrong") {
        table.push([String(r + 1), `Error: ${wrongKindMessage(cell, expect)}`, "", "", "", "", "", "", ""]);
        continue;
      }
      try {
        for (const found of rowsOf(cell.text)) table.push([String(r + 1), ...found]);
      } catch (error) {
        if (!(error instanceof FormulaError)) throw error;
        table.push([String(r + 1), `Error: ${error.message}`, "", "", "", "", "", "", ""]);
      }
    }
  });
  if (withHeader) return [["Row", ...TABLE_HEADER], ...table];
  return table.length ? table : "";
}

export function institution(name: unknown, extra: ExtraEntries): string | string[][] {
  return mapCells(name, institutionName("INSTITUTION"), (n) => findInstitution(n, extra())?.name ?? "");
}

export function institutionCountry(name: unknown, format: unknown, extra: ExtraEntries): string | string[][] {
  const asCode = countryFormat(format);
  return mapCells(name, institutionName("INSTITUTION_COUNTRY"), (n) => {
    const code = findInstitution(n, extra())?.country;
    if (!code) return "";
    return asCode ? code : countryName(code, "en");
  });
}

export const agreementType = (text: unknown) =>
  mapCells(text, article("AGREEMENT_TYPE"), (t) => agreementOf(readable(t)) ?? "");

export const partnershipStatus = (text: unknown) =>
  mapCells(text, article("PARTNERSHIP_STATUS"), (t) => statusOf(readable(t)) ?? "");

export const partnershipFields = (text: unknown) =>
  mapCells(text, article("PARTNERSHIP_FIELDS"), (t) => fieldsOf(readable(t)).join(", "));

export const articleLanguage = (text: unknown) =>
  mapCells(text, article("ARTICLE_LANGUAGE"), (t) => detectLanguage(readable(t)));

export const articleDateOf = (text: unknown) =>
  mapCells(text, article("ARTICLE_DATE"), (t) => articleDate(readable(t)) ?? "");

export function articleSummary(text: unknown, sentences: unknown): string | string[][] {
  const count = sentenceCount(sentences);
  return mapCells(text, article("ARTICLE_SUMMARY"), (t) => summarizeArticle(readable(t), count));
}

function flag(value: unknown, formula: string, param: string): boolean {
  const cell = readCell(value);
  if (cell.kind === "blank") return false;
  if (typeof value === "boolean") return value;
  throw new FormulaError(
    `${formula}: ${param} must be TRUE or FALSE; it got ${cell.kind === "text" ? `"${cell.text}"` : "something else"}.`,
  );
}

function countryFormat(value: unknown): boolean {
  const cell = readCell(value);
  if (cell.kind === "blank") return false;
  const word = cell.kind === "text" ? cell.text.trim().toLowerCase() : "";
  if (word === "name") return false;
  if (word === "code" || word === "iso") return true;
  throw new FormulaError('INSTITUTION_COUNTRY: format must be "name" or "code".');
}

function sentenceCount(value: unknown): number {
  if (readCell(value).kind === "blank") return 2;
  if (typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 10) return value;
  throw new FormulaError("ARTICLE_SUMMARY: sentences must be a whole number from 1 to 10.");
}
