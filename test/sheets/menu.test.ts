// The menu as a bound script and as a published Editor add-on shows it, and the add-on's life-cycle: opened
// in NONE before it is used in a document, installed, then opened in LIMITED.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ADDON_DIST_DIR, DIST_DIR, loadBundle } from "../harness/index";

const ITEMS = [
  "Set up this spreadsheet",
  "Add articles…",
  "Extract partnerships from new articles",
  "Extract again from selected articles",
  "Merge duplicates…",
  "Build summary",
  "Check feeds now",
  "Check feeds every day: on",
  "Check feeds every day: off",
  "Open sidebar",
];

describe("The menu", () => {
  it("is the top-level Partnerships menu in a bound script", () => {
    const h = loadBundle();
    h.open();
    expect(h.ui.menus.map((m) => [m.title, m.addon])).toEqual([["Partnerships", false]]);
    expect(h.ui.menuItems().map((i) => i.caption)).toEqual(ITEMS);
  });

  it("goes under Extensions in a published add-on, which touches nothing else when it opens in NONE", () => {
    const h = loadBundle({
      deployment: "addon",
      properties: { document: { "seriktes.extract.stopped": "Extract stopped: the sheet was busy." } },
    });
    h.open("NONE");
    expect(h.ui.menus.map((m) => m.addon)).toEqual([true]);
    expect(h.ui.menuItems().map((i) => i.caption)).toEqual(ITEMS);
    // Only the menu was made: no toast, no property read, no sheet touched.
    expect(Object.keys(h.counters.calls)).toEqual(["SpreadsheetApp.getUi", "Menu.addToUi"]);
    expect(h.ui.toasts).toEqual([]);
  });

  it("is there right after the add-on is installed, and an open in LIMITED also tells what a past run left", () => {
    const h = loadBundle({
      deployment: "addon",
      properties: { document: { "seriktes.extract.stopped": "Extract stopped: the sheet was busy." } },
    });
    h.install();
    expect(h.ui.menus.map((m) => m.addon)).toEqual([true]);
    expect(h.ui.menuItems().map((i) => i.functionName)).toContain("extractNewArticles");
    expect(h.ui.toasts.map((t) => t.message)).toEqual(["Extract stopped: the sheet was busy."]);
    h.open("LIMITED");
    expect(h.ui.menus).toHaveLength(1);
    // The items work from the add-on's menu.
    expect(h.menu("Set up this spreadsheet")).not.toMatch(/^Set up stopped/);
    expect(h.spreadsheet.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["Sources", "Partnerships", "Directory", "Summary"]),
    );
  });
});

describe("The add-on's build", () => {
  it("lists the sites it may fetch in its manifest, https only, and refuses a link elsewhere by name", () => {
    const manifest = JSON.parse(readFileSync(join(ADDON_DIST_DIR, "appsscript.json"), "utf8"));
    expect(manifest.urlFetchWhitelist).toContain("https://*.inform.kz/");
    expect(manifest.urlFetchWhitelist.every((p: string) => p.startsWith("https://"))).toBe(true);
    expect(
      JSON.parse(readFileSync(join(DIST_DIR, "appsscript.json"), "utf8")).urlFetchWhitelist,
    ).toBeUndefined();

    const page =
      "<html><body><article><p>Almaty, 2 May 2025. KazNU and Wuhan University signed a memorandum.</p></article></body></html>";
    const link = "https://news.example.com/kaznu-wuhan";
    const addon = loadBundle({ deployment: "addon", fetch: { [link]: page } });
    addon.install();
    addon.menu("Set up this spreadsheet");
    expect(addon.run("addArticles", [link])).toMatchObject({
      ok: true,
      value: expect.stringMatching(
        /news\.example\.com is not among the sites the published add-on may fetch/,
      ),
    });
    expect(addon.counters.count("UrlFetchApp")).toBe(0);

    const bound = loadBundle({ fetch: { [link]: page } });
    bound.open();
    bound.menu("Set up this spreadsheet");
    expect(bound.run("addArticles", [link])).toMatchObject({
      ok: true,
      value: expect.stringMatching(/^Added 1/),
    });
  });
});
