// The preview's HTML: the shell (menu bar, sheet area, the sidebar in an iframe, a modal for dialogs) and the
// sheet view fragment. Every cell, caption and message is escaped as text.
import type { Harness } from "../../test/harness";
import { columnLetter } from "../../test/harness";
import { display } from "../../test/harness/spreadsheet/cells";
import type { FakeSheet } from "../../test/harness/spreadsheet/sheet";
import { chartSpecs, specsJson } from "./charts/spec";

export const esc = (s: unknown): string =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

export interface PreviewMessage {
  kind: "toast" | "alert" | "error";
  title: string;
  text: string;
}

const MAX_ROWS = 500;
/** How many rows and columns of the grid a chart of Sheets' default size (600 × 371 px) covers here. */
const CHART_ROWS = 18;
const CHART_COLUMNS = 6;

function menuBar(h: Harness): string {
  return h.ui.menus
    .map((menu) => {
      const items = menu.items
        .map((i) =>
          i.kind === "item"
            ? `<button class="item" data-fn="${esc(i.functionName)}">${esc(i.caption)}</button>`
            : i.kind === "separator"
              ? '<hr class="sep">'
              : `<span class="sub">${esc(i.menu.title)} ▸</span>${i.menu.items
                  .map((s) =>
                    s.kind === "item"
                      ? `<button class="item" data-fn="${esc(s.functionName)}">${esc(s.caption)}</button>`
                      : "",
                  )
                  .join("")}`,
        )
        .join("");
      return `<div class="menu"><span class="menu-title">${esc(menu.title)}</span><div class="menu-items">${items}</div></div>`;
    })
    .join("");
}

/** The format the sheet's conditional rules give a cell (the first matching rule wins, as in Sheets). */
function conditionalFormat(sheet: FakeSheet, r: number, c: number, text: string): Record<string, unknown> {
  for (const rule of sheet.conditionalRules) {
    const d = rule.data;
    const inRange = d.ranges.some((range) => {
      const x = (range as unknown as { rect: { row: number; col: number; numRows: number; numCols: number } })
        .rect;
      return r >= x.row && r < x.row + x.numRows && c >= x.col && c < x.col + x.numCols;
    });
    if (!inRange) continue;
    const v = String(d.values[0] ?? "");
    const match =
      d.condition === "TEXT_EQ"
        ? text.toLowerCase() === v.toLowerCase()
        : d.condition === "TEXT_CONTAINS"
          ? text.toLowerCase().includes(v.toLowerCase())
          : d.condition === "CELL_EMPTY"
            ? text === ""
            : d.condition === "CELL_NOT_EMPTY"
              ? text !== ""
              : false;
    if (match) {
      return {
        ...(d.format.background ? { background: d.format.background } : {}),
        ...(d.format.fontColor ? { fontColor: d.format.fontColor } : {}),
        ...(d.format.bold ? { fontWeight: "bold" } : {}),
      };
    }
  }
  return {};
}

function sheetTable(h: Harness, sheet: FakeSheet): string {
  const { rows, cols } = sheet.contentSize();
  // Rows and columns enough to show the charts over the grid where they are anchored, as Sheets does.
  const chartRows = Math.max(0, ...sheet.charts.map((c) => c.data.position.row + CHART_ROWS));
  const chartCols = Math.max(0, ...sheet.charts.map((c) => c.data.position.column + CHART_COLUMNS));
  const nRows = Math.min(Math.max(rows + 2, 20, chartRows), MAX_ROWS, sheet.maxRows);
  const nCols = Math.min(Math.max(cols, 6, chartCols), sheet.maxColumns);
  const selected = h.spreadsheet.activeSheet === sheet ? h.spreadsheet.selection : [];
  const isSelected = (r: number, c: number) =>
    selected.some((s) => r >= s.row && r < s.row + s.numRows && c >= s.col && c < s.col + s.numCols);
  const head = ['<th class="corner"></th>'];
  for (let c = 1; c <= nCols; c++) {
    const hidden = sheet.hiddenColumns.has(c);
    head.push(
      `<th class="col${hidden ? " hidden" : ""}" title="${hidden ? "hidden column" : ""}">${columnLetter(c)}</th>`,
    );
  }
  const body: string[] = [];
  for (let r = 1; r <= nRows; r++) {
    const cells = [`<th class="row">${r}</th>`];
    for (let c = 1; c <= nCols; c++) {
      const cell = sheet.cellAt(r, c);
      let text = display(cell, h.spreadsheet.locale, h.spreadsheet.timeZone);
      const f = { ...(cell?.format ?? {}), ...conditionalFormat(sheet, r, c, text) };
      const style = [
        typeof f.background === "string" ? `background:${esc(f.background)}` : "",
        f.fontWeight === "bold" ? "font-weight:bold" : "",
        typeof f.fontColor === "string" ? `color:${esc(f.fontColor)}` : "",
        f.fontStyle === "italic" ? "font-style:italic" : "",
      ]
        .filter(Boolean)
        .join(";");
      const rule = cell?.validation as { data?: { criteria?: string } } | undefined;
      if (rule?.data?.criteria === "CHECKBOX") text = cell?.value === true ? "☑" : "☐";
      const classes = [
        sheet.hiddenColumns.has(c) ? "hidden" : "",
        isSelected(r, c) ? "sel" : "",
        r <= sheet.frozenRows ? "frozen" : "",
        rule?.data?.criteria === "VALUE_IN_LIST" && text !== "" ? "list" : "",
        cell?.formula ? "formula" : "",
        cell?.error ? "error" : "",
      ]
        .filter(Boolean)
        .join(" ");
      // A formula's error shows Sheets' hover message; another formula shows its text.
      const title = cell?.error
        ? `Error\n${cell.error}`
        : cell?.formula
          ? cell.formula
          : text.length > 40
            ? text
            : "";
      cells.push(
        `<td data-r="${r}" data-c="${c}"${classes ? ` class="${classes}"` : ""}${style ? ` style="${style}"` : ""}${
          title ? ` title="${esc(title.slice(0, 2000))}"` : ""
        }>${esc(text)}</td>`,
      );
    }
    body.push(`<tr${r <= sheet.frozenRows ? ' class="frozen"' : ""}>${cells.join("")}</tr>`);
  }
  const more = rows > nRows ? `<p class="more">${rows - nRows} more rows not shown</p>` : "";
  return `<table class="grid"><thead><tr>${head.join("")}</tr></thead><tbody>${body.join("")}</tbody></table>${more}`;
}

/** The sheet area: menu bar, tabs, the last action's messages and the active sheet's grid. */
export function viewFragment(h: Harness, messages: PreviewMessage[]): string {
  const active = h.spreadsheet.activeSheet ?? h.spreadsheet.sheets[0];
  const tabs = h.spreadsheet.sheets
    .map(
      (s) =>
        `<button class="tab${s === active ? " active" : ""}${s.hidden ? " hidden-sheet" : ""}" data-sheet="${esc(s.name)}">${esc(s.name)}</button>`,
    )
    .join("");
  const msgs = messages
    .map(
      (m) =>
        `<div class="msg ${m.kind}"><b>${esc(m.kind === "toast" ? m.title || "Toast" : m.kind === "alert" ? m.title || "Alert" : "Error")}</b> ${esc(m.text)}</div>`,
    )
    .join("");
  // The charts are drawn over the grid by the page's chart script (scripts/preview/charts/client.ts).
  const specs = active ? chartSpecs(active, h.spreadsheet.locale, h.spreadsheet.timeZone) : [];
  const charts = specs.length
    ? `<script type="application/json" id="chart-specs">${specsJson(specs)}</script>`
    : "";
  return `<nav class="menubar">${menuBar(h)}</nav>
<div class="messages">${msgs}</div>
<div class="sheet">${active ? sheetTable(h, active) : "<p>No sheets</p>"}</div>
${charts}
<nav class="tabs">${tabs}</nav>`;
}

const STYLE = `
* { box-sizing: border-box; }
body { margin: 0; font: 13px/1.35 system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: #202124; background: #f8f9fa; }
header.top { display: flex; align-items: center; gap: 12px; padding: 8px 14px; background: #fff; border-bottom: 1px solid #dadce0; }
header.top h1 { font-size: 17px; font-weight: 500; margin: 0; white-space: nowrap; }
header.top #reset { border: 1px solid #dadce0; background: #fff; border-radius: 4px; padding: 3px 10px; cursor: pointer; font: inherit; }
header.top .note { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
header.top .note { color: #5f6368; font-size: 12px; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 320px; height: calc(100vh - 45px); }
#view { display: flex; flex-direction: column; min-width: 0; min-height: 0; }
.menubar { display: flex; gap: 4px; padding: 4px 10px; background: #fff; border-bottom: 1px solid #dadce0; }
.menu { position: relative; }
.menu-title { display: inline-block; padding: 4px 10px; border-radius: 4px; cursor: default; font-weight: 500; background: #e8f0fe; }
.menu-items { display: inline-flex; flex-wrap: wrap; gap: 4px; margin-left: 6px; }
.menu .item { border: 1px solid #dadce0; background: #fff; border-radius: 4px; padding: 3px 10px; cursor: pointer; font: inherit; }
.menu .item:hover { background: #f1f3f4; }
.menu .sep { display: none; }
.menu .sub { color: #5f6368; padding: 3px 4px; }
.messages { max-height: 30vh; overflow: auto; }
.messages .msg { margin: 6px 10px 0; padding: 6px 10px; border-radius: 4px; background: #e6f4ea; white-space: pre-wrap; }
.messages .msg.alert { background: #fef7e0; }
.messages .msg.error { background: #fce8e6; }
.sheet { flex: 1; overflow: auto; background: #fff; margin-top: 6px; border-top: 1px solid #dadce0; position: relative; }
.chart-layer { position: absolute; left: 0; top: 0; z-index: 1; pointer-events: none; }
.sheet-chart { position: absolute; margin: 0; padding: 8px; background: #fff; border: 1px solid #dadce0; border-radius: 2px; box-shadow: 0 1px 3px rgba(60,64,67,.25); pointer-events: auto; }
.sheet-chart.unsupported { display: flex; align-items: center; justify-content: center; color: #5f6368; }
table.grid { border-collapse: collapse; table-layout: fixed; }
.grid th, .grid td { border: 1px solid #e2e3e5; padding: 2px 5px; height: 22px; max-width: 220px; min-width: 60px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.grid th { background: #f1f3f4; color: #5f6368; font-weight: 400; position: sticky; top: 0; z-index: 2; }
.grid th.row { position: sticky; left: 0; z-index: 1; min-width: 36px; text-align: center; }
.grid th.corner { position: sticky; left: 0; z-index: 3; min-width: 36px; }
.grid td { cursor: cell; }
.grid td.hidden, .grid th.hidden { max-width: 14px; min-width: 14px; color: transparent; background: #eee; }
.grid td.sel { box-shadow: inset 0 0 0 9999px rgba(26,115,232,.12); border-color: #8ab4f8; }
.grid td.list::after { content: " ▾"; color: #80868b; }
.grid td.formula { color: #188038; }
.grid td.error { color: #c5221f; position: relative; }
.grid td.error::before { content: ""; position: absolute; top: 0; right: 0; border-style: solid; border-width: 0 7px 7px 0; border-color: transparent #d93025 transparent transparent; }
.tabs { display: flex; gap: 2px; padding: 4px 10px; background: #f1f3f4; border-top: 1px solid #dadce0; }
.tabs .tab { border: 0; background: transparent; padding: 5px 12px; cursor: pointer; font: inherit; border-radius: 0 0 4px 4px; }
.tabs .tab.active { background: #fff; color: #188038; font-weight: 500; }
.tabs .tab.hidden-sheet { color: #9aa0a6; }
.more, .charts { color: #5f6368; margin: 4px 10px; }
aside { border-left: 1px solid #dadce0; background: #fff; display: flex; flex-direction: column; min-height: 0; }
aside .title { padding: 8px 12px; font-weight: 500; border-bottom: 1px solid #dadce0; }
aside iframe { flex: 1; border: 0; width: 100%; }
#modal { position: fixed; inset: 0; z-index: 100; background: rgba(32,33,36,.5); display: flex; align-items: center; justify-content: center; }
#modal[hidden] { display: none; }
#modal .box { background: #fff; border-radius: 8px; box-shadow: 0 4px 24px rgba(0,0,0,.3); display: flex; flex-direction: column; max-width: 95vw; max-height: 90vh; }
#modal .box header { display: flex; justify-content: space-between; align-items: center; padding: 10px 14px; font-weight: 500; }
#modal .box header button { border: 0; background: none; font-size: 18px; cursor: pointer; }
#modal iframe { border: 0; max-width: 95vw; max-height: calc(90vh - 44px); }
`;

const CLIENT = `
(function () {
  var view = document.getElementById("view");
  var modal = document.getElementById("modal");
  var sidebar = document.getElementById("sidebar");
  var anchor = null;
  function post(path, body) {
    return fetch(path, { method: "POST", headers: { "Content-Type": "application/json", "X-Seriktes-Token": TOKEN }, body: JSON.stringify(body) })
      .then(function (r) { return r.json(); });
  }
  var shown = "";
  var asked = 0;
  function refresh() {
    // The sidebar's poll asks for a redraw every few seconds: keep the scroll position, skip when nothing changed.
    // Each redraw is numbered and the page says which one it has drawn, so a driver can wait for the grid itself.
    var n = ++asked;
    return fetch("/view?n=" + n).then(function (r) { return r.text(); }).then(function (html) {
      if (Number(document.documentElement.dataset.drawn || 0) < n) document.documentElement.dataset.drawn = String(n);
      if (html === shown) return;
      var grid = view.querySelector(".sheet");
      var top = grid ? grid.scrollTop : 0, left = grid ? grid.scrollLeft : 0;
      view.innerHTML = html;
      shown = html;
      grid = view.querySelector(".sheet");
      drawCharts();
      if (grid) { grid.scrollTop = top; grid.scrollLeft = left; }
    });
  }
  function drawCharts() {
    var sheet = view.querySelector(".sheet"), specs = document.getElementById("chart-specs");
    if (sheet && window.SeriktesCharts) window.SeriktesCharts.drawCharts(sheet, specs ? JSON.parse(specs.textContent) : []);
  }
  function openDialog(d) {
    modal.querySelector(".title").textContent = d.title || "";
    var frame = modal.querySelector("iframe");
    frame.style.width = (d.width || 400) + "px";
    frame.style.height = (d.height || 300) + "px";
    frame.src = "/dialog/" + d.index;
    modal.hidden = false;
  }
  function closeDialog() { modal.hidden = true; modal.querySelector("iframe").src = "about:blank"; refresh(); }
  function runMenu(fn, answers) {
    return post("/menu", { functionName: fn, answers: answers }).then(function (res) {
      if (res.needs) {
        var q = res.needs, a;
        var text = (q.title ? q.title + "\\n\\n" : "") + q.message;
        if (q.kind === "prompt") {
          var typed = window.prompt(text, "");
          a = typed === null ? { button: q.buttons === "YES_NO" || q.buttons === "YES_NO_CANCEL" ? "NO" : "CANCEL" } : { button: q.buttons.indexOf("YES") === 0 ? "YES" : "OK", text: typed };
        } else {
          var yes = window.confirm(text);
          a = { button: q.buttons.indexOf("YES") === 0 ? (yes ? "YES" : "NO") : (yes ? "OK" : "CANCEL") };
        }
        return runMenu(fn, (answers || []).concat([a]));
      }
      if (res.sidebarChanged) sidebar.src = "/sidebar?v=" + Date.now();
      if (res.dialog) openDialog(res.dialog);
      return refresh();
    });
  }
  view.addEventListener("click", function (ev) {
    var t = ev.target;
    if (t.closest && t.closest(".item")) { runMenu(t.closest(".item").getAttribute("data-fn"), []); return; }
    if (t.closest && t.closest(".tab")) { post("/activate", { sheet: t.closest(".tab").getAttribute("data-sheet") }).then(refresh); return; }
    var td = t.closest && t.closest("td[data-r]");
    if (td) {
      var row = Number(td.getAttribute("data-r"));
      var mode = ev.shiftKey && anchor ? "extend" : (ev.ctrlKey || ev.metaKey) ? "add" : "row";
      if (mode !== "extend") anchor = row;
      post("/select", { row: row, anchor: anchor, mode: mode }).then(refresh);
    }
  });
  view.addEventListener("dblclick", function (ev) {
    var td = ev.target.closest && ev.target.closest("td[data-r]");
    if (!td) return;
    var col = Number(td.getAttribute("data-c")), letters = "";
    for (var n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    var entered = window.prompt("Type into " + letters + td.getAttribute("data-r"), td.title || td.textContent);
    if (entered === null) return;
    post("/edit", { row: Number(td.getAttribute("data-r")), col: col, value: entered }).then(refresh);
  });
  document.getElementById("reset").addEventListener("click", function () {
    post("/reset", {}).then(function () { location.reload(); });
  });
  modal.querySelector("header button").addEventListener("click", closeDialog);
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape" && !modal.hidden) closeDialog(); });
  drawCharts();
  window.addEventListener("message", function (ev) {
    var d = ev.data || {};
    if (d.source !== "seriktes-preview") return;
    if (d.type === "close") closeDialog(); else refresh();
  });
})();
`;

/**
 * The whole page: the view fragment is fetched again after every action. `token` is this start's secret,
 * which every POST must carry (a page of another site cannot read it).
 */
export function shell(h: Harness, messages: PreviewMessage[], token = ""): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Seriktes preview — ${esc(h.spreadsheet.name)}</title>
<style>${STYLE}</style></head>
<body>
<header class="top"><h1>${esc(h.spreadsheet.name)}</h1><button type="button" id="reset" title="Reload the sample workbook">Start over</button><span class="note">Seriktes preview: dist/Code.js on in-memory Apps Script fakes, offline. Click a row to select it (shift: extend, ctrl: add); double-click a cell to type.</span></header>
<div class="layout">
<div id="view">${viewFragment(h, messages)}</div>
<aside><div class="title">Seriktes (sidebar)</div><iframe id="sidebar" src="/sidebar" title="Seriktes sidebar"></iframe></aside>
</div>
<div id="modal" hidden><div class="box"><header><span class="title"></span><button type="button" aria-label="Close">×</button></header><iframe title="dialog"></iframe></div></div>
<script src="/charts.js"></script>
<script>var TOKEN = ${JSON.stringify(token)};${CLIENT}</script>
</body></html>`;
}
