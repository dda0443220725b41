// The fakes of the other services: Ui, UrlFetchApp, the virtual clock, time limits, caches, locks,
// properties, triggers, Utilities, and google.script.run's calling convention.
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { type Harness, loadBundle } from ".";

const define = (h: Harness, code: string) => vm.runInContext(code, h.context);

describe("Ui", () => {
  it("records menus, answers alerts and prompts from the queue, and refuses to guess", () => {
    const h = loadBundle();
    define(
      h,
      `function ask() {
        var ui = SpreadsheetApp.getUi();
        ui.createMenu("Tools").addItem("Run", "ask").addSeparator().addSubMenu(ui.createMenu("More").addItem("Deep", "deep")).addToUi();
        var yes = ui.alert("Sure?", "Delete 3 rows?", ui.ButtonSet.YES_NO) === ui.Button.YES;
        var p = ui.prompt("Paste a URL", ui.ButtonSet.OK_CANCEL);
        ui.alert("Done");
        return [yes, p.getSelectedButton() === ui.Button.OK, p.getResponseText()];
      }`,
    );
    h.ui.queue("YES", { button: "OK", text: "https://example.kz/a" });
    expect(h.call("ask")).toEqual([true, true, "https://example.kz/a"]);
    expect(h.ui.menuItems()).toEqual([
      { caption: "Run", functionName: "ask", menu: "Tools" },
      { caption: "Deep", functionName: "deep", menu: "More" },
    ]);
    expect(h.ui.alerts).toEqual(["Delete 3 rows?", "Done"]);
    expect(() => h.call("ask")).toThrow(/no answer queued for "Sure\?: Delete 3 rows\?"/);
  });

  it("records sidebars and dialogs with their HTML, and toasts", () => {
    const h = loadBundle();
    define(
      h,
      `function show() {
        var out = HtmlService.createHtmlOutput("<p>Hi</p>").setTitle("Seriktes").setWidth(400);
        SpreadsheetApp.getUi().showSidebar(out);
        SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput("<b>x</b>").setHeight(200), "Add");
        SpreadsheetApp.getActive().toast("Saved", "Partnerships", 5);
      }`,
    );
    h.call("show");
    expect(h.ui.dialogs.map((d) => [d.kind, d.title, d.html.getContent()])).toEqual([
      ["sidebar", "Seriktes", "<p>Hi</p>"],
      ["modal", "Add", "<b>x</b>"],
    ]);
    expect(h.ui.toasts).toEqual([{ message: "Saved", title: "Partnerships", timeoutSeconds: 5 }]);
  });

  it("reads HTML files from dist/ and evaluates templates", () => {
    const h = loadBundle();
    const out = h.context.HtmlService.createHtmlOutputFromFile("Sidebar");
    expect(out.getContent()).toContain('<div id="app">');
    const t = h.context.HtmlService.createTemplate("<p><?= name ?></p><?!= raw ?>");
    t.name = "<KazNU>";
    t.raw = "<i>ok</i>";
    expect(t.evaluate().getContent()).toBe("<p>&#60;KazNU&#62;</p><i>ok</i>");
  });
});

describe("UrlFetchApp", () => {
  const fetchOf = (h: Harness) =>
    h.context.UrlFetchApp as {
      fetch(url: string, p?: object): { getResponseCode(): number; getContentText(cs?: string): string };
    };

  it("answers from fixtures, decoding the charset the page declares", () => {
    const h = loadBundle({
      fetch: {
        "https://a.kz/en": "<p>KazNU</p>",
        "https://a.kz/ru": {
          headers: { "Content-Type": "text/html; charset=windows-1251" },
          body: "<p>Ёлка и КазНУ</p>",
        },
        "https://a.kz/old": { status: 301, headers: { Location: "/en" } },
      },
    });
    const f = fetchOf(h);
    expect(f.fetch("https://a.kz/en").getContentText()).toBe("<p>KazNU</p>");
    expect(f.fetch("https://a.kz/ru").getContentText()).toBe("<p>Ёлка и КазНУ</p>");
    expect(f.fetch("https://a.kz/old").getContentText()).toBe("<p>KazNU</p>");
    expect(h.fetch.requests.map((r) => r.url)).toEqual([
      "https://a.kz/en",
      "https://a.kz/ru",
      "https://a.kz/old",
    ]);
    expect(h.counters.count("UrlFetchApp")).toBe(3);
  });

  it("throws for unknown hosts and HTTP errors, unless muteHttpExceptions", () => {
    const h = loadBundle({ fetch: { "https://a.kz/gone": { status: 404, body: "Not found" } } });
    const f = fetchOf(h);
    expect(() => f.fetch("https://nowhere.kz/")).toThrow("Address unavailable: https://nowhere.kz/");
    expect(() => f.fetch("not a url")).toThrow("Invalid argument: not a url");
    expect(() => f.fetch("https://a.kz/gone")).toThrow(
      /Request failed for https:\/\/a.kz\/gone returned code 404/,
    );
    expect(f.fetch("https://a.kz/gone", { muteHttpExceptions: true }).getResponseCode()).toBe(404);
  });
});

describe("the virtual clock", () => {
  it("drives the bundle's Date, Utilities.sleep and a cost per call", () => {
    const h = loadBundle({ clock: { start: "2025-03-01T10:00:00Z", costPerCallMs: 100 } });
    define(
      h,
      `function times() {
        var a = Date.now(); var d = new Date();
        SpreadsheetApp.getActiveSheet().getLastRow();
        Utilities.sleep(1000);
        return [a, d.getTime(), Date.now(), new Date(2020, 0, 1).getFullYear()];
      }`,
    );
    const start = Date.parse("2025-03-01T10:00:00Z");
    // getActiveSheet, getLastRow, sleep: three calls of 100 ms, plus the 1000 ms sleep.
    expect(h.call("times")).toEqual([start, start, start + 1300, 2020]);
  });

  it("stops an execution past its time limit, as Apps Script does", () => {
    const h = loadBundle({
      workbook: { Data: [["x"]] },
      clock: { costPerCallMs: 1000, executionLimitMs: 30_000 },
    });
    define(
      h,
      "function forever() { var s = SpreadsheetApp.getActiveSheet(); for (;;) s.getRange('A1').getValue(); }",
    );
    expect(() => h.call("forever")).toThrow("Exceeded maximum execution time");
    expect(h.counters.count("Range.getValue")).toBeLessThan(32);
  });

  it("runs a custom function with its limits: no writes, no Ui", () => {
    const h = loadBundle({ workbook: { Data: [["KazNU"]] } });
    define(h, "function WRITER(x) { SpreadsheetApp.getActiveSheet().getRange('B1').setValue(x); return x; }");
    define(
      h,
      "function READER(x) { return SpreadsheetApp.getActiveSheet().getRange('A1').getValue() + '/' + x; }",
    );
    expect(() => h.formula("=WRITER(A1)", "Data")).toThrow(
      "You do not have permission to call Range.setValue",
    );
    expect(h.formula('=READER("x")', "Data")).toBe("KazNU/x");
  });
});

describe("caches, locks, properties, triggers", () => {
  it("expires cache entries on the virtual clock and enforces the size limit", () => {
    const h = loadBundle();
    const cache = h.cache.document;
    cache.put("k", "v", 60);
    h.clock.advance(59_000);
    expect(cache.get("k")).toBe("v");
    h.clock.advance(2_000);
    expect(cache.get("k")).toBeNull();
    expect(() => cache.put("big", "x".repeat(100 * 1024 + 1))).toThrow("Argument too large: value");
  });

  it("lets a test hold a lock as another execution would", () => {
    const h = loadBundle();
    define(
      h,
      `function guarded() {
        var lock = LockService.getDocumentLock();
        if (!lock.tryLock(5000)) return "busy";
        return "ran";
      }`,
    );
    h.locks.document.holdByOther(60_000);
    const t0 = h.clock.now();
    expect(h.call("guarded")).toBe("busy");
    expect(h.clock.now() - t0).toBe(5000);
    h.clock.advance(60_000);
    expect(h.call("guarded")).toBe("ran");
    // The execution ended, so its lock was released.
    expect(h.locks.document.hasLock()).toBe(false);
  });

  it("stores properties as strings within the 9 KB limit", () => {
    const h = loadBundle({ properties: { user: { lang: "kk" } } });
    const p = h.properties.document;
    p.setProperty("n", 5 as unknown as string);
    expect(p.getProperty("n")).toBe("5");
    expect(h.properties.user.getProperty("lang")).toBe("kk");
    expect(() => p.setProperty("big", "x".repeat(9 * 1024 + 1))).toThrow("Argument too large: value");
  });

  it("fires a time-based trigger once its time comes, and caps the number of triggers", () => {
    const h = loadBundle();
    define(
      h,
      `var runs = 0;
      function later() { ScriptApp.newTrigger("tick").timeBased().after(60000).create(); }
      function tick() { runs++; }
      function many() { for (var i = 0; i < 21; i++) ScriptApp.newTrigger("tick").timeBased().after(1).create(); }`,
    );
    h.call("later");
    expect(h.fireTriggers()).toEqual([]);
    h.clock.advance(60_000);
    expect(h.fireTriggers()).toEqual(["tick"]);
    expect(h.fireTriggers()).toEqual([]);
    expect(h.context.runs).toBe(1);
    expect(() => h.call("many")).toThrow(/too many triggers/);
  });
});

describe("triggers, auth modes and time limits as the platform has them", () => {
  it("keeps triggers per user and per document: getUserTriggers(spreadsheet) lists this one's only", () => {
    const h = loadBundle();
    define(
      h,
      `function later() { return ScriptApp.newTrigger("tick").timeBased().after(60000).create().getUniqueId(); }
      function here() { return ScriptApp.getUserTriggers(SpreadsheetApp.getActiveSpreadsheet()).map(function (t) { return t.getUniqueId(); }); }
      function everywhere() { return ScriptApp.getProjectTriggers().map(function (t) { return t.getUniqueId(); }); }
      function tick() {}`,
    );
    const mine = h.call("later");
    const other = h.triggers.addElsewhere({ handler: "tick", documentId: "another-spreadsheet" });
    const colleague = h.triggers.addElsewhere({ handler: "tick", user: "colleague@university.kz" });
    expect(h.call("here")).toEqual([mine]);
    // getProjectTriggers: this user's triggers of the script in every document (never another user's).
    expect(h.call("everywhere")).toEqual([mine, other.id]);
    expect(colleague.deleted).toBe(false);
  });

  it("gives a published add-on's time-driven trigger its limits: hourly at most, one per user and document", () => {
    const h = loadBundle({ deployment: "addon" });
    define(
      h,
      `function later() { ScriptApp.newTrigger("tick").timeBased().after(60000).create(); }
      function often() { ScriptApp.newTrigger("tick").timeBased().everyMinutes(5).create(); }
      function tick() {}`,
    );
    h.call("later");
    h.clock.advance(59 * 60_000);
    expect(h.fireTriggers()).toEqual([]);
    h.clock.advance(2 * 60_000);
    expect(h.fireTriggers()).toEqual(["tick"]);
    expect(() => h.call("later")).toThrow(/only one trigger of each type per user and document/);
    h.triggers.list()[0]!.deleted = true;
    expect(() => h.call("often")).toThrow(/more often than once an hour/);
  });

  it("returns a null document lock where asked, as outside a containing document", () => {
    const h = loadBundle({ documentLock: false });
    define(h, "function lock() { return LockService.getDocumentLock(); }");
    expect(h.call("lock")).toBeNull();
  });

  it("lets an add-on opening in NONE make its menu only, and a simple trigger use no authorized service", () => {
    const h = loadBundle({ deployment: "addon" });
    define(
      h,
      `var seen = [];
      function attempt(what, f) { try { f(); seen.push(what + ": ok"); } catch (e) { seen.push(what + ": " + e.message); } }
      function onOpen(e) {
        attempt("menu", function () { SpreadsheetApp.getUi().createAddonMenu().addItem("Go", "go").addToUi(); });
        attempt("sheet", function () { SpreadsheetApp.getActiveSpreadsheet(); });
        attempt("properties", function () { PropertiesService.getDocumentProperties(); });
        attempt("cache", function () { CacheService.getDocumentCache(); });
        attempt("triggers", function () { ScriptApp.getProjectTriggers(); });
      }`,
    );
    h.open("NONE");
    h.open("LIMITED");
    const denied = (what: string, method: string) => `${what}: You do not have permission to call ${method}`;
    expect(h.context.seen).toEqual([
      "menu: ok",
      denied("sheet", "SpreadsheetApp.getActiveSpreadsheet"),
      denied("properties", "PropertiesService.getDocumentProperties"),
      denied("cache", "CacheService.getDocumentCache"),
      denied("triggers", "ScriptApp.getProjectTriggers"),
      "menu: ok",
      "sheet: ok",
      "properties: ok",
      "cache: ok",
      denied("triggers", "ScriptApp.getProjectTriggers"),
    ]);
  });

  it("refuses custom functions the services that need authorization, and allows fetch and cache", () => {
    const h = loadBundle({ fetch: { "https://example.kz/": "<p>ok</p>" }, workbook: { Data: [["x"]] } });
    define(
      h,
      `function OPENER() { return SpreadsheetApp.openById("abc").getName(); }
      function SCHEDULER() { return ScriptApp.getProjectTriggers().length; }
      function FETCHER() { CacheService.getDocumentCache().put("k", "v"); return UrlFetchApp.fetch("https://example.kz/").getResponseCode(); }`,
    );
    expect(() => h.formula("=OPENER()")).toThrow(
      "You do not have permission to call SpreadsheetApp.openById",
    );
    expect(() => h.formula("=SCHEDULER()")).toThrow(
      "You do not have permission to call ScriptApp.getProjectTriggers",
    );
    expect(h.formula("=FETCHER()")).toBe(200);
  });

  it("ends a run at its time limit: a catch block cannot carry on past it", () => {
    const h = loadBundle({ clock: { costPerCallMs: 1_000 } });
    define(
      h,
      `var after = [];
      function forever() {
        try { for (;;) SpreadsheetApp.getActiveSpreadsheet(); }
        catch (e) { after.push(e.message); SpreadsheetApp.getActiveSpreadsheet().toast("cleaning up"); }
      }
      function shrug() { try { for (;;) SpreadsheetApp.getActiveSpreadsheet(); } catch (e) { return "carried on"; } }`,
    );
    expect(() => h.call("forever")).toThrow("Exceeded maximum execution time");
    expect(h.context.after).toEqual(["Exceeded maximum execution time"]);
    expect(h.ui.toasts).toEqual([]);
    expect(() => h.call("shrug")).toThrow("Exceeded maximum execution time");
  });

  it("counts the script's own computing against its time box when asked to (realTimeScale)", () => {
    // Each real millisecond is a virtual second: a busy loop of a few ms passes a 2-second limit.
    const h = loadBundle({ clock: { realTimeScale: 1_000, executionLimitMs: 2_000 } });
    define(
      h,
      `function busy() {
        var until = Date.now() + 5000;
        for (var spins = 0; Date.now() < until && spins < 5e6; spins++) {}
        return SpreadsheetApp.getActiveSpreadsheet().getName();
      }`,
    );
    expect(() => h.call("busy")).toThrow("Exceeded maximum execution time");
  });
});

describe("simple triggers", () => {
  it("runs onEdit after a user's edit with the event Sheets gives", () => {
    const h = loadBundle({ workbook: { Directory: [["Name"], ["KazNU"]] } });
    define(
      h,
      `var seen = [];
      function onEdit(e) { seen.push([e.range.getSheet().getName(), e.range.getA1Notation(), e.value, e.oldValue]); }`,
    );
    h.edit("Directory!A2", "ENU");
    h.edit("Directory!A3", "Satbayev University");
    expect(h.context.seen).toEqual([
      ["Directory", "A2", "ENU", "KazNU"],
      ["Directory", "A3", "Satbayev University", undefined],
    ]);
    expect(h.values("Directory")).toEqual([["Name"], ["ENU"], ["Satbayev University"]]);
  });
});

describe("google.script.run", () => {
  it("clones arguments and results as JSON, returns errors as {message}, hides private functions", () => {
    const h = loadBundle();
    define(
      h,
      `function echo(x) { x.seen = true; return x; }
      function when() { return { at: new Date() }; }
      function fail() { throw new Error("No Partnerships sheet"); }
      function secret_() { return 1; }`,
    );
    const arg = { rows: [2, 3], skip: undefined };
    expect(h.run("echo", [arg])).toEqual({ ok: true, value: { rows: [2, 3], seen: true } });
    expect(arg).toEqual({ rows: [2, 3], skip: undefined });
    expect(h.run("when")).toEqual({ ok: true, value: null });
    expect(h.run("fail")).toEqual({ ok: false, error: { message: "No Partnerships sheet" } });
    expect(h.run("secret_")).toEqual({ ok: false, error: { message: "Script function not found: secret_" } });
  });
});

describe("Utilities and Session", () => {
  it("formats dates in a time zone, digests, and gives repeatable UUIDs", () => {
    const h = loadBundle({ user: { email: "a@kaznu.kz", locale: "kk" } });
    const u = h.context.Utilities;
    const d = new h.context.Date(Date.parse("2025-02-19T20:30:00Z"));
    expect(u.formatDate(d, "Asia/Almaty", "yyyy-MM-dd HH:mm EEE")).toBe("2025-02-20 01:30 Thu");
    expect(u.formatDate(d, "UTC", "d MMM yyyy")).toBe("19 Feb 2025");
    expect(u.computeDigest(u.DigestAlgorithm.MD5, "abc").length).toBe(16);
    expect(u.getUuid()).not.toBe(u.getUuid());
    expect(loadBundle().context.Utilities.getUuid()).toBe(loadBundle().context.Utilities.getUuid());
    expect(h.context.Session.getActiveUser().getEmail()).toBe("a@kaznu.kz");
    expect(h.context.Session.getActiveUserLocale()).toBe("kk");
  });
});
