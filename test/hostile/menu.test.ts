// Hostile pages, texts and links through the built bundle, as a user meets them in the harness: pasted in
// Sources and extracted, fetched by Add articles, typed into PARTNERSHIPS cells. Every run must lose
// nothing, double nothing, execute nothing, leave nothing half-written, and answer in words.
import { describe, expect, it } from "vitest";
import { HOSTILE_INPUTS } from "../../bench/corpus/hostile";
import type { Harness } from "../harness/index";
import { ARTICLES, load, records } from "../sheets/helpers";

const SMALL = 16_384;
const inputs = HOSTILE_INPUTS;

/** Every cell of a sheet that holds a formula (none may: text is always written as text). */
function formulasIn(h: Harness, sheet: string): string[] {
  return h
    .formulas(sheet)
    .flat()
    .filter((f) => f !== "");
}

/** Sources with the user's own column, the good articles around the hostile texts. */
function sourcesSheet(texts: readonly string[]): (string | number)[][] {
  return [["ID", "Text or URL", "My notes"], ...texts.map((t, i) => ["", t, `note ${i + 1}`])];
}

describe("hostile texts in Sources, through Extract", () => {
  it("reads every one, writes the good articles' partnerships once, and keeps the user's cells", () => {
    const texts = [ARTICLES.en, ...inputs.map((i) => i.make(SMALL)), ARTICLES.ru, ARTICLES.kk];
    const h = load({ workbook: { Sources: sourcesSheet(texts) } });
    const message = String(h.menu("Extract partnerships from new articles"));
    expect(message).toMatch(new RegExp(`^Extract done: ${texts.length} articles, `));
    const sources = records(h, "Sources");
    expect(sources).toHaveLength(texts.length);
    // Each row processed, with its result or a reason; the user's column as it was; IDs unique.
    for (const [i, row] of sources.entries()) {
      expect(row.Processed, `row ${i + 2}`).not.toBe("");
      expect(String(row.Result), `row ${i + 2}`).not.toBe("");
      expect(row["My notes"]).toBe(`note ${i + 1}`);
      expect(row["Text or URL"]).toBe(texts[i]!.slice(0, 50_000));
    }
    expect(new Set(sources.map((r) => r.ID)).size).toBe(texts.length);
    const partnerships = records(h, "Partnerships");
    const pairs = partnerships.map((r) => `${r.Sources} | ${r["Kazakhstan side"]} | ${r.Partner}`);
    // Nothing doubled: one row a source and pair.
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(pairs).toContain("S-000001 | Al-Farabi Kazakh National University | Wuhan University");
    const last = `S-${String(texts.length).padStart(6, "0")}`;
    expect(pairs).toContain(`${last} | L.N. Gumilyov Eurasian National University | Ankara University`);
    // Every row names sources that exist.
    const ids = new Set(sources.map((r) => String(r.ID)));
    for (const row of partnerships)
      for (const id of String(row.Sources).split(/,\s*/)) expect(ids).toContain(id);
    // Nothing executed.
    expect(formulasIn(h, "Sources")).toEqual([]);
    expect(formulasIn(h, "Partnerships")).toEqual([]);
  });

  it("stops an article that runs past its time budget, records why, and writes the others", () => {
    const slow = inputs.find((i) => i.name === "same-pair")!.make(SMALL);
    const texts = [ARTICLES.en, slow, ARTICLES.kk];
    const h = load({ workbook: { Sources: sourcesSheet(texts) } });
    // CPU time on the virtual clock: every time the bundle reads the clock, 200 ms have passed. The
    // hostile article reads it once a sentence (hundreds), a good one a few times.
    const base = h.clock.now.bind(h.clock);
    let reads = 0;
    h.clock.now = () => base() + 200 * reads++;
    const message = String(h.menu("Extract partnerships from new articles"));
    expect(message).toMatch(
      /^Extract done: 3 articles, .* 1 article could not be read: see the Result column/,
    );
    const sources = records(h, "Sources");
    expect(String(sources[1]!.Result)).toMatch(
      /^Error: reading it took longer than 30 seconds, so it was stopped: check that the text is a news article/,
    );
    expect(sources.map((r) => r.Processed === "")).toEqual([false, false, false]);
    expect(records(h, "Partnerships").map((r) => [r.Partner, r.Sources])).toEqual([
      ["Wuhan University", "S-000001"],
      ["Ankara University", "S-000003"],
    ]);
  });
});

describe("hostile pages, through Add articles", () => {
  const pages = inputs.filter((i) => i.page);
  const url = (name: string) => `https://news.example.kz/${name}`;

  it("adds each page's row with its text or a reason, and Extract reads them all", () => {
    const fetch = Object.fromEntries(pages.map((p) => [url(p.name), p.make(65_536)]));
    const h = load({
      fetch: { ...fetch, "https://www.inform.kz/en/kaznu-wuhan": `<article><p>${ARTICLES.en}</p></article>` },
    });
    const links = [...pages.map((p) => url(p.name)), "https://www.inform.kz/en/kaznu-wuhan"];
    const result = h.run("addArticles", [links.join("\n")]);
    expect(result.ok).toBe(true);
    expect(String((result as { value: string }).value)).toMatch(
      new RegExp(`^Added ${links.length} articles to Sources \\(S-000001, .*\\)\\.`),
    );
    const rows = records(h, "Sources");
    expect(rows.map((r) => r["Text or URL"])).toEqual(links);
    for (const row of rows) expect(String(row["Page text"]) + String(row.Result)).not.toBe("");
    expect(rows.at(-1)!["Page text"]).toBe(ARTICLES.en);
    expect(String(h.menu("Extract partnerships from new articles"))).toMatch(
      new RegExp(`^Extract done: ${links.length} articles, 1 partnership`),
    );
    expect(records(h, "Partnerships").map((r) => r.Partner)).toEqual(["Wuhan University"]);
    expect(formulasIn(h, "Sources")).toEqual([]);
  });
});

describe("links the URL policy refuses, through Add articles", () => {
  it("adds none of them, fetches none of them, and names each with its reason", () => {
    const h = load({ fetch: { "https://www.inform.kz/en/a": `<article><p>${ARTICLES.en}</p></article>` } });
    const refused = [
      "http://127.0.0.1/admin",
      "http://0x7f000001/",
      "http://169.254.169.254/latest/meta-data/",
      "http://[::ffff:127.0.0.1]/",
      "https://localhost:8080/",
      "http://metadata.google.internal/computeMetadata/v1/",
      "https://user:pass@www.inform.kz/",
      "http://192.168.0.1/",
    ];
    const result = h.run("addArticles", [[...refused, "https://www.inform.kz/en/a"].join("\n")]);
    const message = String((result as { value: string }).value);
    // Two are not even shaped as links (the dialog's own check); the other six pass it but not the policy.
    expect(message).toMatch(
      /^2 lines are not valid links.* Added 1 article to Sources \(S-000001\)\. 6 links not added, as they cannot be fetched: /,
    );
    expect(message).toContain(
      "http://169.254.169.254/latest/meta-data/ (169.254.169.254 is a link-local address",
    );
    expect(message).toContain('https://localhost:8080/ ("localhost" is not a public web site');
    expect(h.fetch.requests.map((r) => r.url)).toEqual(["https://www.inform.kz/en/a"]);
    expect(records(h, "Sources").map((r) => r["Text or URL"])).toEqual(["https://www.inform.kz/en/a"]);
  });

  it("does not fetch a refused link typed into Sources either: Extract records why", () => {
    const h = load({
      workbook: {
        Sources: [
          ["ID", "Text or URL"],
          ["", "http://169.254.169.254/latest/meta-data/"],
        ],
      },
    });
    expect(String(h.menu("Extract partnerships from new articles"))).toMatch(/1 article could not be read/);
    expect(String(records(h, "Sources")[0]!.Result)).toMatch(
      /^Error: not fetched: 169\.254\.169\.254 is a link-local address/,
    );
    expect(h.fetch.requests).toEqual([]);
  });

  it("stops at a redirect to a private address, and reads no answer that is not text or too big", () => {
    const h = load({
      fetch: {
        "https://news.example.kz/moved": {
          status: 302,
          headers: { Location: "http://169.254.169.254/latest/" },
        },
        "https://news.example.kz/hop": { status: 301, headers: { Location: "/final" } },
        "https://news.example.kz/final": `<article><p>${ARTICLES.kk}</p></article>`,
        "https://news.example.kz/report.pdf": {
          headers: { "Content-Type": "application/pdf" },
          body: "%PDF-1.7",
        },
        "https://news.example.kz/huge": {
          headers: { "Content-Type": "text/html", "Content-Length": String(40 * 1024 * 1024) },
          body: "<p>small really</p>",
        },
      },
    });
    const links = ["moved", "hop", "report.pdf", "huge"].map((p) => `https://news.example.kz/${p}`);
    const message = String((h.run("addArticles", [links.join("\n")]) as { value: string }).value);
    expect(message).toMatch(/^Added 4 articles to Sources .* 3 pages could not be fetched: /);
    const rows = records(h, "Sources");
    expect(String(rows[0]!.Result)).toMatch(
      /^Error: the site sent it on to a link that is not fetched \(169\.254\.169\.254/,
    );
    expect(rows[1]!["Page text"]).toBe(ARTICLES.kk);
    expect(String(rows[2]!.Result)).toMatch(/^Error: the link is not a web page \(application\/pdf\)/);
    expect(String(rows[3]!.Result)).toMatch(/^Error: the page is 40\.0 MB, more than the 5 MB read/);
    // The private address was never requested; redirects were followed one by one.
    expect(h.fetch.requests.map((r) => [r.url, r.followRedirects])).toEqual([
      ["https://news.example.kz/moved", false],
      ["https://news.example.kz/hop", false],
      ["https://news.example.kz/final", false],
      ["https://news.example.kz/report.pdf", false],
      ["https://news.example.kz/huge", false],
    ]);
  });
});

describe("hostile cells in PARTNERSHIPS", () => {
  it("answers four hostile 50,000-character cells, one call each, without an error", () => {
    const names = ["alpha-university", "chinese-university", "kazakh-heads", "many-partners"];
    const cells = names.map((n) => inputs.find((i) => i.name === n)!.make(50_000));
    const h = load({ workbook: { Data: cells.map((c) => [c]) } });
    const results = cells.map((_, i) => h.formula(`=PARTNERSHIPS(A${i + 1})`, "Data"));
    for (const result of results) expect(typeof result === "string" || Array.isArray(result)).toBe(true);
    // A partner named in every sentence is one row per pair, never one per mention.
    expect(Array.isArray(results[3]) ? (results[3] as unknown[]).length : 0).toBeGreaterThan(100);
  });
});
