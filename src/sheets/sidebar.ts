// The sidebar's server side for the Tag tab: opening it, what is selected, and edits. Thin: read the
// selection or the rows, plan in sidebar-edit.ts, write once.
import { countryName } from "../core/api";
import { institutionNameIn } from "../core/directory/localName";
import { changedBlock } from "../core/rows/block";
import { type Cell, cellText, isoDay } from "../core/rows/cells";
import { type PartnershipHeader, SHEETS } from "../core/rows/columns";
import { type PartnershipRow, readPartnership } from "../core/rows/partnership";
import { isUrl } from "../core/rows/paste";
import { headerMap, RowAccess } from "../core/rows/table";
import type { Lang } from "../core/schema";
import { documentLock } from "./lock";
import { readDigestRow, rowsDigest } from "./sidebar-digest";
import { editColumn, editedCells, editedRow, parseEditRequest, parseLang, rowKey } from "./sidebar-edit";
import {
  SELECTION_CAP,
  type SelectedRows,
  type SelectionView,
  type SidebarRow,
  type SourceLink,
  type StartView,
} from "./sidebar-types";

const TITLE = "Seriktes";
const LANG_PROPERTY = "seriktes.sidebar.lang";

/** Menu: Partnerships > Open sidebar. */
export function openSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

function userLocaleLang(): Lang | null {
  try {
    const locale = Session.getActiveUserLocale().slice(0, 2).toLowerCase();
    return locale === "ru" || locale === "kk" || locale === "en" ? locale : null;
  } catch {
    return null;
  }
}

/** Partnerships' header and data rows (one read), or null when the sheet is missing or empty. */
function readPartnerships(): {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  values: Cell[][];
  access: RowAccess;
} | null {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEETS.partnerships);
  if (!sheet) return null;
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow < 1 || lastColumn < 1) return null;
  const values = sheet.getRange(1, 1, lastRow, lastColumn).getValues() as Cell[][];
  return { sheet, values, access: new RowAccess(headerMap(values[0] ?? []), lastColumn) };
}

/** Sidebar: the language to start in and the tags already used. */
export function sidebarStart(): StartView {
  const saved = PropertiesService.getUserProperties().getProperty(LANG_PROPERTY);
  const lang = saved ? parseLang(saved) : (userLocaleLang() ?? "en");
  const table = readPartnerships();
  const tags = new Map<string, string>();
  if (table) {
    for (const cells of table.values.slice(1)) {
      for (const tag of readPartnership(cells, table.access).tags) {
        if (!tags.has(tag.toLowerCase())) tags.set(tag.toLowerCase(), tag);
      }
    }
  }
  return { lang, tags: [...tags.values()].sort((a, b) => a.localeCompare(b)) };
}

/** Sidebar: remembers the language the user chose. */
export function sidebarSetLanguage(lang: unknown): void {
  PropertiesService.getUserProperties().setProperty(LANG_PROPERTY, parseLang(lang));
}

/** The Sources sheet's links for source IDs ("S-000123" -> its URL), read only when a row cites IDs. */
function sourceLinks(sources: readonly string[]): SourceLink[] {
  const ids = sources.filter((s) => !isUrl(s));
  const found = new Map<string, SourceLink>();
  const sheet = ids.length > 0 ? SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEETS.sources) : null;
  if (sheet && sheet.getLastRow() > 1) {
    const width = sheet.getLastColumn();
    const access = new RowAccess(headerMap(sheet.getRange(1, 1, 1, width).getValues()[0] ?? []), width);
    const idColumn = access.map.get("ID");
    if (idColumn !== undefined) {
      const column = sheet.getRange(2, idColumn + 1, sheet.getLastRow() - 1, 1).getValues();
      column.forEach((cells, index) => {
        const id = cellText(cells[0] as Cell);
        if (!ids.includes(id) || found.has(id)) return;
        const source = sheet.getRange(index + 2, 1, 1, width).getValues()[0] as Cell[];
        const text = access.text(source, "Text or URL");
        const title = access.text(source, "Title");
        const outlet = access.text(source, "Outlet");
        const label = [id, title || outlet].filter((part) => part !== "").join(" · ");
        found.set(id, { label, url: isUrl(text) ? text : null });
      });
    }
  }
  return sources.map((s) => (isUrl(s) ? { label: s, url: s } : (found.get(s) ?? { label: s, url: null })));
}

export function toSidebarRow(row: PartnershipRow, rowNumber: number, lang: Lang, links = false): SidebarRow {
  let name = row.country;
  if (/^[A-Za-z]{2}$/.test(row.country)) {
    try {
      name = countryName(row.country, lang);
    } catch {
      name = row.country;
    }
  }
  return {
    row: rowNumber,
    key: rowKey(row),
    id: row.id,
    date: row.date,
    kz: row.kz,
    partner: row.partner,
    kzName: institutionNameIn(row.kz, lang),
    partnerName: institutionNameIn(row.partner, lang),
    country: row.country,
    countryName: name,
    partnerType: row.partnerType,
    agreement: row.agreement,
    status: row.status,
    fields: row.fields,
    tags: row.tags,
    summary: row.summary,
    sources: links
      ? sourceLinks(row.sources)
      : row.sources.map((s) => ({ label: s, url: isUrl(s) ? s : null })),
    reviewed: row.reviewed,
    notes: row.notes,
    history: row.history,
  };
}

/** The data rows (2..lastRow) of the active range list, in order, without repeats. */
export function selectedRowNumbers(): { sheet: GoogleAppsScript.Spreadsheet.Sheet; rows: number[] } {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getActiveSheet();
  const lastRow = sheet.getLastRow();
  const rows = new Set<number>();
  const list = spreadsheet.getActiveRangeList();
  for (const range of list ? list.getRanges() : []) {
    const first = Math.max(2, range.getRow());
    const last = Math.min(lastRow, range.getLastRow());
    for (let r = first; r <= last; r++) rows.add(r);
  }
  return { sheet, rows: [...rows].sort((a, b) => a - b) };
}

/** Edited rows as the page shows them: one in full (its sources' titles looked up), or a digest. */
function selectedRows(rows: readonly { row: number; data: PartnershipRow }[], lang: Lang): SelectedRows {
  const [only] = rows;
  if (!only) return { one: null, many: null };
  if (rows.length === 1) return { one: toSidebarRow(only.data, only.row, lang, true), many: null };
  return { one: null, many: rowsDigest(rows, (n) => institutionNameIn(n, lang)) };
}

/** Sidebar (polled): the selected Partnerships rows (full for one row, a digest for several). */
export function sidebarSelection(lang: unknown): SelectionView {
  const language = parseLang(lang);
  const { sheet, rows } = selectedRowNumbers();
  const name = sheet.getName();
  const none = { one: null, many: null, selected: 0 };
  if (name !== SHEETS.partnerships) return { sheet: name, onPartnerships: false, ...none };
  const shown = rows.slice(0, SELECTION_CAP);
  const first = shown[0];
  const last = shown[shown.length - 1];
  if (first === undefined || last === undefined) return { sheet: name, onPartnerships: true, ...none };
  const width = sheet.getLastColumn();
  const access = new RowAccess(headerMap(sheet.getRange(1, 1, 1, width).getValues()[0] ?? []), width);
  const block = sheet.getRange(first, 1, last - first + 1, width).getValues() as Cell[][];
  const view = { sheet: name, onPartnerships: true, selected: rows.length };
  if (shown.length === 1) {
    return {
      ...view,
      one: toSidebarRow(readPartnership(block[0] ?? [], access), first, language, true),
      many: null,
    };
  }
  const read = shown.map((r) => ({ row: r, data: readDigestRow(block[r - first] ?? [], access) }));
  return { ...view, one: null, many: rowsDigest(read, (n) => institutionNameIn(n, language)) };
}

/** Sidebar: applies one edit to the target rows in one write; returns them as they now are. */
export function sidebarEdit(request: unknown): SelectedRows {
  const { targets, edit, lang } = parseEditRequest(request);
  const lock = documentLock();
  if (!lock.tryLock(10_000)) throw new Error("Another change is being saved; try again in a moment.");
  try {
    const table = readPartnerships();
    if (!table) throw new Error(`There is no "${SHEETS.partnerships}" sheet with rows to edit.`);
    const { sheet, values, access } = table;
    const header = editColumn(edit);
    if (access.map.get(header) === undefined) {
      throw new Error(`The ${SHEETS.partnerships} sheet has no "${header}" column.`);
    }
    const today = isoDay(new Date());

    // Each target where it is now: rows may have been sorted or deleted since the sidebar read them.
    let byKey: Map<string, number> | undefined;
    const rowAt = (index: number) => readPartnership(values[index] ?? [], access);
    const indexes = targets.map((t) => {
      if (t.row - 1 < values.length && rowKey(rowAt(t.row - 1)) === t.key) return t.row - 1;
      byKey ??= new Map(values.slice(1).map((cells, i) => [rowKey(readPartnership(cells, access)), i + 1]));
      const found = byKey.get(t.key);
      if (found === undefined) {
        throw new Error(
          "A selected row was changed or deleted since the sidebar showed it. Select it again.",
        );
      }
      return found;
    });
    const unique = [...new Set(indexes)].sort((a, b) => a - b);
    const edits = unique.map((index) => ({ index, cells: editedCells(rowAt(index), edit, today) }));
    // One write over the rows and columns the edit touches (Status and History may be apart).
    const columns = edits
      .flatMap((e) => Object.keys(e.cells).map((h) => access.map.get(h as PartnershipHeader)))
      .filter((c): c is number => c !== undefined);
    const top = unique[0]!;
    const bottom = unique[unique.length - 1]!;
    const left = Math.min(...columns);
    const right = Math.max(...columns);
    const before: Cell[][] = values
      .slice(top, bottom + 1)
      .map((cells) => Array.from({ length: right - left + 1 }, (_, c) => cells[left + c] ?? ""));
    const after = before.map((cells) => [...cells]);
    for (const { index, cells } of edits) {
      for (const [h, value] of Object.entries(cells)) {
        const c = access.map.get(h as PartnershipHeader);
        if (c !== undefined && value !== undefined) after[index - top]![c - left] = value;
      }
    }
    const updated = unique.map((index) => ({ row: index + 1, data: editedRow(rowAt(index), edit, today) }));
    const range = sheet.getRange(top + 1, left + 1, bottom - top + 1, right - left + 1);
    const block = changedBlock(before, after, range.getFormulas());
    if (block) {
      sheet
        .getRange(top + 1 + block.row, left + 1 + block.column, block.values.length, block.values[0]!.length)
        .setValues(block.values);
    }
    return selectedRows(updated, lang);
  } finally {
    lock.releaseLock();
  }
}
