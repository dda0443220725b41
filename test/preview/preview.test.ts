// `npm start` serves the add-on over HTTP: the page must show the sample sheets and the Partnerships menu, and
// a menu click must run the bundle's callback and change what the page shows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../scripts/preview/sample-workbook";
import { type Preview, startPreview } from "../../scripts/preview/server";

let preview: Preview;

beforeAll(async () => {
  const workbook = sampleWorkbook();
  // A row a user pasted with markup in it: the page must show it as text.
  workbook.Sources?.push([
    "",
    '<img src=x onerror="alert(1)"> <b>bold</b> & more',
    "",
    "",
    "",
    "",
    "",
    "",
    "",
  ]);
  preview = await startPreview({ port: 0, load: { workbook } });
});

afterAll(async () => {
  await preview?.close();
});

const post = async (path: string, body: unknown) => {
  const res = await fetch(new URL(path, preview.url), {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  return (await res.json()) as Record<string, unknown>;
};
const get = async (path: string) => (await fetch(new URL(path, preview.url))).text();

describe("the preview server", () => {
  it("serves the sample sheet, the Partnerships menu and the sidebar frame, escaping cell text", async () => {
    const page = await get("/");
    expect(page).toContain("Partnerships");
    expect(page).toContain("Set up this spreadsheet");
    expect(page).toContain("Satbayev University and Technical University of Munich");
    expect(page).toContain('<iframe id="sidebar" src="/sidebar"');
    expect(page).toContain(
      "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &lt;b&gt;bold&lt;/b&gt; &amp; more",
    );
    expect(page).not.toContain('<img src=x onerror="alert(1)">');
  });

  it("runs a menu item's callback over HTTP and shows its result", async () => {
    expect(preview.harness.spreadsheet.sheets.map((s) => s.name)).toEqual(["Sources"]);
    const outcome = await post("/menu", { functionName: "setUpSpreadsheet" });
    expect(outcome.error).toBeUndefined();
    const state = JSON.parse(await get("/state")) as { sheets: string[]; messages: { text: string }[] };
    expect(state.sheets).toEqual(expect.arrayContaining(["Sources", "Partnerships", "Directory", "Summary"]));
    const view = await get("/view");
    for (const m of state.messages) expect(view).toContain(m.text.replace(/"/g, "&quot;"));
    expect(view).toContain('data-sheet="Partnerships"');
  });

  it("shows the alert a menu action raised", async () => {
    await post("/activate", { sheet: "Summary" });
    await post("/menu", { functionName: "extractSelectedArticles" });
    const view = await get("/view");
    expect(view).toMatch(/<div class="msg alert"><b>Partnerships<\/b> Select the rows to extract again/);
  });

  it("refuses a function that is not on the menu", async () => {
    const outcome = await post("/menu", { functionName: "sidebarEdit" });
    expect(outcome.error).toMatch(/no menu item/);
  });

  it("selects the clicked row, and bridges google.script.run to the bundle", async () => {
    await post("/select", { row: 3, mode: "row" });
    const range = preview.harness.spreadsheet.getActiveRange();
    expect(range.getRow()).toBe(3);
    expect(range.getNumRows()).toBe(1);
    const sidebar = await get("/sidebar");
    expect(sidebar).toContain("window.google.script");
    const missing = await post("/run", { name: "noSuchFunction", args: [] });
    expect(missing).toEqual({ ok: false, error: { message: "Script function not found: noSuchFunction" } });
  });
});

describe("starting over", () => {
  it("reloads the sample workbook with the menu added again", async () => {
    await post("/reset", {});
    const state = JSON.parse(await get("/state")) as { sheets: string[]; menu: unknown[] };
    expect(state.sheets).toEqual(["Sources"]);
    expect(state.menu.length).toBeGreaterThan(0);
    expect(preview.harness.values("Sources")[1]?.[1]).toMatch(
      /^Satbayev University and Technical University of Munich/,
    );
  });
});

describe("typing into a cell in the preview", () => {
  it("writes the text as typed and runs onEdit", async () => {
    await post("/activate", { sheet: "Sources" });
    const outcome = await post("/edit", { row: 2, col: 4, value: "<i>Kazinform</i>" });
    expect(outcome.error).toBeUndefined();
    expect(preview.harness.cell("Sources!D2").value).toBe("<i>Kazinform</i>");
    expect(await get("/view")).toContain("&lt;i&gt;Kazinform&lt;/i&gt;");
  });
});
