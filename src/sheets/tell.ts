// Every menu action ends with a message in plain words: a toast when all went well, an alert when the user
// must do something.
export const TITLE = "Partnerships";

/** A short message in the corner of the sheet (works from triggers too, where there is no Ui). */
export function toast(message: string, seconds = 8): void {
  try {
    SpreadsheetApp.getActiveSpreadsheet().toast(message, TITLE, seconds);
  } catch {
    // No spreadsheet to show it in (a trigger's run without one): the message is also returned to the caller.
  }
}

/** A message the user must read and close. */
export function alert(message: string): void {
  try {
    const ui = SpreadsheetApp.getUi();
    ui.alert(TITLE, message, ui.ButtonSet.OK);
  } catch {
    toast(message, 30);
  }
}

/** Formats a count with its noun: plural(1, "article") = "1 article", plural(3, "article") = "3 articles". */
export function plural(n: number, noun: string, many = `${noun}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? noun : many}`;
}

export const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** What a menu action returns: the message it showed (handy for tests and logs). */
export type TellResult = string;
