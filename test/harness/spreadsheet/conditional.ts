// Conditional format rules: recorded as data (condition, format, ranges) for tests to read back.
import { type Implements, strict } from "../strict";

type CFR = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type CFRB = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;

export interface ConditionalRuleData {
  /** e.g. "CUSTOM_FORMULA", "TEXT_EQ", "TEXT_CONTAINS", "CELL_EMPTY", "NUMBER_GREATER_THAN". */
  condition: string;
  values: unknown[];
  format: {
    background?: string | null;
    fontColor?: string | null;
    bold?: boolean | null;
    italic?: boolean | null;
  };
  ranges: GoogleAppsScript.Spreadsheet.Range[];
}

export class FakeConditionalFormatRule implements Implements<CFR, "getRanges" | "copy"> {
  constructor(readonly data: ConditionalRuleData) {}
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return [...this.data.ranges];
  }
  getBooleanCondition(): object {
    const d = this.data;
    return {
      getCriteriaType: () => d.condition,
      getCriteriaValues: () => [...d.values],
      getBackground: () => d.format.background ?? null,
      getFontColor: () => d.format.fontColor ?? null,
      getBold: () => d.format.bold ?? null,
    };
  }
  copy(): FakeConditionalFormatRuleBuilder {
    return newConditionalFormatRule({ ...this.data, format: { ...this.data.format } });
  }
}

export class FakeConditionalFormatRuleBuilder
  implements
    Implements<
      CFRB,
      | "whenFormulaSatisfied"
      | "whenTextEqualTo"
      | "whenTextContains"
      | "whenCellEmpty"
      | "whenCellNotEmpty"
      | "whenNumberGreaterThan"
      | "whenNumberLessThan"
      | "setBackground"
      | "setFontColor"
      | "setBold"
      | "setItalic"
      | "setRanges"
      | "build"
    >
{
  constructor(private data: ConditionalRuleData) {}
  private when(condition: string, values: unknown[]): this {
    this.data = { ...this.data, condition, values };
    return this;
  }
  whenFormulaSatisfied(formula: string): this {
    return this.when("CUSTOM_FORMULA", [formula]);
  }
  whenTextEqualTo(text: string): this {
    return this.when("TEXT_EQ", [text]);
  }
  whenTextContains(text: string): this {
    return this.when("TEXT_CONTAINS", [text]);
  }
  whenCellEmpty(): this {
    return this.when("CELL_EMPTY", []);
  }
  whenCellNotEmpty(): this {
    return this.when("CELL_NOT_EMPTY", []);
  }
  whenNumberGreaterThan(number: number): this {
    return this.when("NUMBER_GREATER_THAN", [number]);
  }
  whenNumberLessThan(number: number): this {
    return this.when("NUMBER_LESS_THAN", [number]);
  }
  setBackground(color: string | null): this {
    this.data.format = { ...this.data.format, background: color };
    return this;
  }
  setFontColor(color: string | null): this {
    this.data.format = { ...this.data.format, fontColor: color };
    return this;
  }
  setBold(bold: boolean | null): this {
    this.data.format = { ...this.data.format, bold };
    return this;
  }
  setItalic(italic: boolean | null): this {
    this.data.format = { ...this.data.format, italic };
    return this;
  }
  setRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): this {
    this.data = { ...this.data, ranges: [...ranges] };
    return this;
  }
  build(): FakeConditionalFormatRule {
    return strict(new FakeConditionalFormatRule({ ...this.data }), "FakeConditionalFormatRule");
  }
}

export function newConditionalFormatRule(
  data: ConditionalRuleData = { condition: "", values: [], format: {}, ranges: [] },
): FakeConditionalFormatRuleBuilder {
  return strict(new FakeConditionalFormatRuleBuilder(data), "FakeConditionalFormatRuleBuilder");
}
