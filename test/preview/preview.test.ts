// `npm start` serves the add-on over HTTP: the page must show the sample sheets and the Partnerships menu, and
// a menu click must run the bundle's callback and change what the page shows.
import { request } from "node:http";
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
    headers: { "Content-Type": "application/json", "X-Seriktes-Token": preview.token },
    body: JSON.stringify(body),
  });
  return (await res.json()) as Record<string, unknown>;
};

/** A raw request, with any Host, Origin or headers (a page of another site, a rebound DNS name). */
function raw(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port: preview.port,
        path,
        method: options.method ?? "GET",
        headers: options.headers,
      },
      (res) => {
        let body = "";
        res.on("data", (c: Buffer) => {
          body += c.toString();
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}
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
    expect(preview.harness.spreadsheet.sheets.map((s) => s.name)).toEqual(["Sources", "Feeds"]);
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
    expect(state.sheets).toEqual(["Sources", "Feeds"]);
    expect(state.menu.length).toBeGreaterThan(0);
    expect(preview.harness.values("Sources")[1]?.[1]).toMatch(
      /^Satbayev University and Technical University of Munich/,
    );
  });
});

describe("checking the sample feeds in the preview", () => {
  it("reads the RSS and the Atom feed offline and adds their partnership news to Sources", async () => {
    await post("/reset", {});
    const before = preview.harness.values("Sources").length;
    const outcome = await post("/menu", { functionName: "checkFeedsNow" });
    expect(outcome.error).toBeUndefined();
    const view = await get("/view");
    expect(view).toContain("2 feeds checked: 10 new items, 5 about partnerships added to Sources.");
    expect(preview.harness.values("Sources").length).toBe(before + 5);
    expect(preview.harness.values("Feeds")[1]?.[5]).toBe(
      "6 items, 6 new: 3 added to Sources, 3 not about partnerships.",
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

describe("the preview server against other sites", () => {
  const host = () => `127.0.0.1:${preview.port}`;
  const json = (headers: Record<string, string> = {}) => ({
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Host: host(),
      "X-Seriktes-Token": preview.token,
      ...headers,
    },
    body: JSON.stringify({ functionName: "setUpSpreadsheet" }),
  });

  it("listens on 127.0.0.1 only and gives its page a token that changes at every start", async () => {
    expect(new URL(preview.url).hostname).toBe("127.0.0.1");
    expect(preview.token).toMatch(/^[0-9a-f]{48}$/);
    expect(await get("/")).toContain(`var TOKEN = "${preview.token}"`);
    expect(await get("/sidebar")).toContain(`("${preview.token}")`);
    const other = await startPreview({ port: 0 });
    try {
      expect(other.token).not.toBe(preview.token);
    } finally {
      await other.close();
    }
  });

  it("refuses a request naming another host (DNS rebinding), even a read", async () => {
    for (const name of ["evil.example", `evil.example:${preview.port}`, "127.0.0.1.nip.io"]) {
      const res = await raw("/state", { headers: { Host: name } });
      expect(res.status).toBe(403);
      expect(res.body).toMatch(/answers only on localhost/);
    }
    expect((await raw("/state", { headers: { Host: `localhost:${preview.port}` } })).status).toBe(200);
  });

  it("refuses a POST from another site, without its token, or not as JSON, and runs nothing", async () => {
    const before = preview.harness.counters.total();
    const cases = [
      json({ Origin: "https://evil.example" }),
      json({ Origin: "null" }),
      json({ "Sec-Fetch-Site": "cross-site" }),
      json({ "X-Seriktes-Token": "" }),
      json({ "X-Seriktes-Token": "0".repeat(48) }),
      json({ "Content-Type": "text/plain" }),
      json({ "Content-Type": "application/x-www-form-urlencoded" }),
    ];
    for (const c of cases) {
      for (const path of ["/menu", "/run", "/edit", "/reset", "/select"]) {
        const res = await raw(path, c);
        expect(res.status, `${path} ${JSON.stringify(c.headers)}`).toBe(403);
        expect(res.body).toMatch(/^Forbidden: /);
      }
    }
    expect(preview.harness.counters.total()).toBe(before);
    // The page's own request goes through.
    const ok = await raw("/select", {
      ...json({ Origin: `http://${host()}` }),
      body: JSON.stringify({ row: 2 }),
    });
    expect(ok.status).toBe(200);
  });
});
