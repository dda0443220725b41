// The Partnerships menu. Its items come from the menu entries of the registry, so a menu item can only
// name a function the build declares.
import { ENTRIES, type Entry, type MenuEntry } from "../entries";
import { extractNotice } from "./extract";
import { toast } from "./tell";

export const MENU_TITLE = "Partnerships";

const menuEntries = (): MenuEntry[] =>
  (ENTRIES as readonly Entry[]).filter((e): e is MenuEntry => e.kind === "menu");

function addMenu(): void {
  const ui = SpreadsheetApp.getUi();
  const menu = ui.createMenu(MENU_TITLE);
  const entries = menuEntries();
  entries.forEach((entry, i) => {
    menu.addItem(entry.label, entry.name);
    if (entry.separatorAfter && i < entries.length - 1) menu.addSeparator();
  });
  menu.addToUi();
}

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  addMenu();
  // A job no one watched may have stopped: say so now (this reads the document's properties only).
  try {
    const notice = extractNotice();
    if (notice) toast(notice, 30);
  } catch {
    // The menu matters more than the notice.
  }
}

export function onInstall(_e?: GoogleAppsScript.Events.AddonOnInstall): void {
  addMenu();
}
