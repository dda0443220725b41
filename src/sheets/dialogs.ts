// The dialogs' HTML, built here with everything from the sheet escaped. Each page talks to one server function
// through google.script.run and shows its answer in plain words.
import type { MergePlan } from "../core/rows/merge";

/** The phrase of Add articles' answer after which the dialog keeps the pasted text (to fix those lines). */
export const NOT_LINKS = "valid link";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A JSON value safe inside an inline <script>. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

const STYLE = `<style>
body{font:13px/1.4 Roboto,Arial,sans-serif;margin:0;padding:12px;color:#202124}
textarea{width:100%;box-sizing:border-box;height:260px;font:12px/1.4 monospace}
button{background:#1a73e8;color:#fff;border:0;border-radius:4px;padding:8px 16px;font-weight:500;cursor:pointer}
button.secondary{background:#fff;color:#1a73e8;border:1px solid #dadce0}
button:disabled{opacity:.5;cursor:default}
.hint{color:#5f6368;margin:4px 0 8px}
#message{margin-top:10px;white-space:pre-wrap;max-height:40vh;overflow:auto}
.error{color:#c5221f}
table{border-collapse:collapse;width:100%;margin:8px 0}
td,th{border-bottom:1px solid #e0e0e0;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f1f3f4}
.group td{background:#e8f0fe;font-weight:500}
.after td{font-weight:500;border-bottom:2px solid #1a73e8}
</style>`;

function page(body: string, script: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><base target="_top">${STYLE}</head><body>${body}<script>${script}</script></body></html>`;
}

// Shared client code: run a server function, show its answer, keep the dialog usable on failure.
const CLIENT = `
function show(text, isError){var m=document.getElementById('message');m.textContent=text;m.className=isError?'error':'';}
function busy(on){var b=document.querySelectorAll('button');for(var i=0;i<b.length;i++)b[i].disabled=on;}
function call(name, arg, done){busy(true);show('Working…',false);
google.script.run.withSuccessHandler(function(r){busy(false);show(r,false);if(done)done(r);})
.withFailureHandler(function(e){busy(false);show((e&&e.message)||String(e),true);})[name](arg);}
`;

export function addArticlesHtml(): string {
  return page(
    `<div class="hint">Paste one or more articles, or their URLs (one a line). Put a line of three dashes
<b>---</b> between two articles. Pages are fetched and their article text kept; nothing is extracted until
you run <b>Extract partnerships</b>.</div>
<textarea id="text" placeholder="https://... or the text of an article" aria-label="Articles or URLs"></textarea>
<div style="margin-top:8px"><button id="add">Add to Sources</button>
<button class="secondary" onclick="google.script.host.close()">Close</button></div>
<div id="message"></div>`,
    `${CLIENT}
document.getElementById('add').onclick=function(){var t=document.getElementById('text').value;
if(!t.trim()){show('Paste an article or a URL first.',true);return;}
call('addArticles',t,function(r){if(String(r).indexOf(${scriptJson(NOT_LINKS)})<0)document.getElementById('text').value='';});};`,
  );
}

export function mergePreviewHtml(plan: MergePlan): string {
  const cells = (values: readonly string[]) => values.map((v) => `<td>${escapeHtml(v)}</td>`).join("");
  const rows = plan.groups
    .map((g) => {
      const m = g.merged;
      const head = `<tr class="group"><td colspan="5">${escapeHtml(m.kz)} — ${escapeHtml(m.partner)} (${escapeHtml(m.agreement)})</td></tr>`;
      const now = g.rows
        .map(
          (r) =>
            `<tr>${cells([r.id === g.keepId ? `${r.id} (kept)` : `${r.id} (goes)`, r.status, r.date, r.sources.join(", "), r.reviewed ? "reviewed" : ""])}</tr>`,
        )
        .join("");
      const after = `<tr class="after">${cells([`→ ${m.id}`, m.status, m.date, m.sources.join(", "), m.history])}</tr>`;
      return head + now + after;
    })
    .join("");
  const count = plan.groups.reduce((n, g) => n + g.dropIds.length, 0);
  return page(
    `<div class="hint">These rows report the same partnership (same Kazakhstan side, partner and agreement).
Merging keeps one row per group listing all its sources; its status is the furthest reported, and History
keeps the date of each step. ${count} row${count === 1 ? "" : "s"} will be removed.</div>
<table><tr><th>Row</th><th>Status</th><th>Date</th><th>Sources</th><th>History</th></tr>${rows}</table>
<button id="merge">Merge</button> <button class="secondary" onclick="google.script.host.close()">Cancel</button>
<div id="message"></div>`,
    `${CLIENT}var FINGERPRINT=${scriptJson(plan.fingerprint)};
document.getElementById('merge').onclick=function(){call('mergeDuplicatesApply',FINGERPRINT,function(){
document.getElementById('merge').style.display='none';});};`,
  );
}
