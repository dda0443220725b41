// The menu. Its items come from the menu entries of the registry, so a menu item can only name a function the
// build declares. A bound script shows it as the top-level Partnerships menu; a published Editor add-on puts
// it under Extensions (createAddonMenu), as add-ons must. An add-on installed but not yet used in this
// document opens in AuthMode.NONE, where it may make its menu and touch nothing else: no document,
// properties or cache.
import { ENTRIES, type Entry, type MenuEntry } from "../entries";
import { IS_ADDON } from "./deployment";
import { extractNotice } from "./extract";
import { feedsNotice } from "./feeds";
import { toast } from "./tell";

export const MENU_TITLE = "Partnerships";

type OpenEvent = GoogleAppsScript.Events.SheetsOnOpen | GoogleAppsScript.Events.AddonOnInstall;

const menuEntries = (): MenuEntry[] =>
  (ENTRIES as readonly Entry[]).filter((e): e is MenuEntry => e.kind === "menu");

/** Only an add-on opens in NONE: the menu then goes under Extensions even in a build that is not one. */
const inNoneMode = (e?: OpenEvent): boolean => e?.authMode === ScriptApp.AuthMode.NONE;

function addMenu(addon: boolean): void {
  const ui = SpreadsheetApp.getUi();
  const menu = addon ? ui.createAddonMenu() : ui.createMenu(MENU_TITLE);
  const entries = menuEntries();
  entries.forEach((entry, i) => {
    menu.addItem(entry.label, entry.name);
    if (entry.separatorAfter && i < entries.length - 1) menu.addSeparator();
  });
  menu.addToUi();
}

export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const none = inNoneMode(e);
  addMenu(IS_ADDON || none);
  if (none) return;
  // A job no one watched may have stopped: say so now (this reads the document's properties only).
  try {
    for (const notice of [extractNotice(), feedsNotice()]) if (notice) toast(notice, 30);
  } catch {
    // The menu matters more than the notice.
  }
}

/** Right after a user installs the add-on: the same as opening, so the menu is there at once. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
