// Data validation: the builder (SpreadsheetApp.newDataValidation()) and the built rule, recorded on cells.
// A rule built with setAllowInvalid(false) rejects a script's write the way Sheets does.
import { type Implements, strict } from "../strict";
import { CellDate, type Stored } from "./cells";

type DV = GoogleAppsScript.Spreadsheet.DataValidation;
type DVB = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

export const DataValidationCriteria = {
  VALUE_IN_LIST: "VALUE_IN_LIST",
  VALUE_IN_RANGE: "VALUE_IN_RANGE",
  CHECKBOX: "CHECKBOX",
  TEXT_IS_VALID_URL: "TEXT_IS_VALID_URL",
  TEXT_IS_VALID_EMAIL: "TEXT_IS_VALID_EMAIL",
  DATE_IS_VALID_DATE: "DATE_IS_VALID_DATE",
  CUSTOM_FORMULA: "CUSTOM_FORMULA",
} as const;
export type Criteria = keyof typeof DataValidationCriteria;

export interface RuleData {
  criteria: Criteria;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export class FakeDataValidation
  implements
    Implements<DV, "getCriteriaType" | "getCriteriaValues" | "getAllowInvalid" | "getHelpText" | "copy">
{
  constructor(readonly data: RuleData) {}
  getCriteriaType(): unknown {
    return this.data.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.data.values];
  }
  getAllowInvalid(): boolean {
    return this.data.allowInvalid;
  }
  getHelpText(): string {
    return this.data.helpText;
  }
  copy(): FakeDataValidationBuilder {
    return newDataValidation({ ...this.data, values: [...this.data.values] });
  }

  /** Whether Sheets would accept `value` in a cell under this rule. */
  accepts(value: Stored): boolean {
    if (value === "") return true;
    const d = this.data;
    if (d.criteria === "VALUE_IN_LIST") {
      const list = (d.values[0] as unknown[]) ?? [];
      return list.map(String).includes(String(value));
    }
    if (d.criteria === "CHECKBOX") {
      if (d.values.length === 0) return typeof value === "boolean";
      return d.values.map(String).includes(String(value));
    }
    if (d.criteria === "DATE_IS_VALID_DATE") return value instanceof CellDate;
    if (d.criteria === "TEXT_IS_VALID_URL") return /^https?:\/\/\S+$/i.test(String(value));
    if (d.criteria === "TEXT_IS_VALID_EMAIL") return /^[^@\s]+@[^@\s]+$/.test(String(value));
    return true;
  }
}

export class FakeDataValidationBuilder
  implements
    Implements<
      DVB,
      | "requireValueInList"
      | "requireValueInRange"
      | "requireCheckbox"
      | "requireTextIsUrl"
      | "requireTextIsEmail"
      | "requireDate"
      | "requireFormulaSatisfied"
      | "setAllowInvalid"
      | "setHelpText"
      | "build"
      | "getCriteriaType"
      | "getCriteriaValues"
    >
{
  constructor(private data: RuleData) {}
  private set(criteria: Criteria, values: unknown[]): this {
    this.data = { ...this.data, criteria, values };
    return this;
  }
  requireValueInList(values: string[], showDropdown = true): this {
    return this.set("VALUE_IN_LIST", [[...values], showDropdown]);
  }
  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown = true): this {
    return this.set("VALUE_IN_RANGE", [range, showDropdown]);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): this {
    const values = checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked];
    return this.set("CHECKBOX", values);
  }
  requireTextIsUrl(): this {
    return this.set("TEXT_IS_VALID_URL", []);
  }
  requireTextIsEmail(): this {
    return this.set("TEXT_IS_VALID_EMAIL", []);
  }
  requireDate(): this {
    return this.set("DATE_IS_VALID_DATE", []);
  }
  requireFormulaSatisfied(formula: string): this {
    return this.set("CUSTOM_FORMULA", [formula]);
  }
  setAllowInvalid(allowInvalidData: boolean): this {
    this.data = { ...this.data, allowInvalid: allowInvalidData };
    return this;
  }
  setHelpText(helpText: string): this {
    this.data = { ...this.data, helpText };
    return this;
  }
  getCriteriaType(): unknown {
    return this.data.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.data.values];
  }
  build(): FakeDataValidation {
    return strict(new FakeDataValidation({ ...this.data }), "FakeDataValidation");
  }
}

export function newDataValidation(
  data: RuleData = { criteria: "VALUE_IN_LIST", values: [[]], allowInvalid: true, helpText: "" },
): FakeDataValidationBuilder {
  return strict(new FakeDataValidationBuilder(data), "FakeDataValidationBuilder");
}
