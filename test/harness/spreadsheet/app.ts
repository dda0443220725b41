// SpreadsheetApp: the entry to the active spreadsheet, its Ui, the rule builders and the enums.
import type { Env } from "../env";
import { type Implements, strict } from "../strict";
import type { FakeUi } from "../ui";
import { newConditionalFormatRule } from "./conditional";
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility } from "./metadata";
import type { FakeRange } from "./range";
import type { FakeSheet } from "./sheet";
import type { FakeSpreadsheet } from "./spreadsheet";
import { DataValidationCriteria, newDataValidation } from "./validation";

type SA = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

type AppMethods =
  | "getActive"
  | "getActiveSpreadsheet"
  | "getActiveSheet"
  | "getActiveRange"
  | "getActiveRangeList"
  | "getCurrentCell"
  | "setActiveSheet"
  | "setActiveRange"
  | "getUi"
  | "flush"
  | "newDataValidation"
  | "newConditionalFormatRule"
  | "openById";

const enumOf = <const T extends string>(...names: T[]): Record<T, T> =>
  Object.fromEntries(names.map((n) => [n, n])) as Record<T, T>;

export class FakeSpreadsheetApp implements Implements<SA, AppMethods> {
  spreadsheet!: FakeSpreadsheet;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly WrapStrategy = enumOf("WRAP", "OVERFLOW", "CLIP");
  readonly BorderStyle = enumOf("DOTTED", "DASHED", "SOLID", "SOLID_MEDIUM", "SOLID_THICK", "DOUBLE");
  readonly ProtectionType = enumOf("RANGE", "SHEET");
  readonly Dimension = enumOf("COLUMNS", "ROWS");
  readonly BooleanCriteria = enumOf(
    "CELL_EMPTY",
    "CELL_NOT_EMPTY",
    "TEXT_CONTAINS",
    "TEXT_EQ",
    "NUMBER_GREATER_THAN",
    "NUMBER_LESS_THAN",
    "CUSTOM_FORMULA",
  );
  readonly AutoFillSeries = enumOf("DEFAULT_SERIES", "ALTERNATE_SERIES");
  readonly SheetType = enumOf("GRID", "OBJECT", "DATASOURCE");
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;

  constructor(
    readonly env: Env,
    readonly ui: FakeUi,
  ) {}

  private call(method: string): void {
    this.env.call(`SpreadsheetApp.${method}`);
  }

  getActive(): FakeSpreadsheet {
    this.call("getActive");
    return this.spreadsheet;
  }
  getActiveSpreadsheet(): FakeSpreadsheet {
    this.call("getActiveSpreadsheet");
    return this.spreadsheet;
  }
  getActiveSheet(): FakeSheet {
    return this.spreadsheet.getActiveSheet();
  }
  getActiveRange(): FakeRange {
    return this.spreadsheet.getActiveRange();
  }
  getActiveRangeList(): object {
    return this.spreadsheet.getActiveRangeList();
  }
  getCurrentCell(): FakeRange {
    return this.spreadsheet.getCurrentCell();
  }
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): FakeSheet {
    return this.spreadsheet.setActiveSheet(sheet);
  }
  setActiveRange(range: GoogleAppsScript.Spreadsheet.Range): FakeRange {
    return this.spreadsheet.setActiveRange(range);
  }
  getUi(): FakeUi {
    this.call("getUi");
    return this.ui;
  }
  flush(): void {
    this.call("flush");
  }
  newDataValidation(): ReturnType<typeof newDataValidation> {
    return newDataValidation();
  }
  newConditionalFormatRule(): ReturnType<typeof newConditionalFormatRule> {
    return newConditionalFormatRule();
  }
  openById(id: string): FakeSpreadsheet {
    this.call("openById");
    if (id === this.spreadsheet.id) return this.spreadsheet;
    throw this.env.error(
      `Unexpected error while getting the method or property openById on object SpreadsheetApp.`,
    );
  }
}

export function makeSpreadsheetApp(env: Env, ui: FakeUi): FakeSpreadsheetApp {
  return strict(new FakeSpreadsheetApp(env, ui), "FakeSpreadsheetApp");
}
