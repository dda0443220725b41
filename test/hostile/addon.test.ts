// The published add-on fetches only the sites of its manifest's urlFetchWhitelist, which the build writes from
// src/core/web/sites.ts; the bound script's manifest has none. The harness refuses what Apps Script refuses.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { urlFetchWhitelist } from "../../src/core/web/sites";
import { ADDON_DIST_DIR, DIST_DIR, loadBundle } from "../harness/index";
import { ARTICLES, records } from "../sheets/helpers";

const manifest = (dir: string) =>
  JSON.parse(readFileSync(join(dir, "appsscript.json"), "utf8")) as { urlFetchWhitelist?: string[] };

describe("the sites the published add-on may fetch", () => {
  it("are in the add-on's manifest as https prefixes, and the bound script's has no list", () => {
    const list = manifest(ADDON_DIST_DIR).urlFetchWhitelist ?? [];
    expect(list).toEqual(urlFetchWhitelist());
    expect(list.length).toBeGreaterThan(100);
    for (const prefix of list) expect(prefix).toMatch(/^https:\/\/(?:\*\.)?[a-z0-9.-]+\/$/);
    expect(manifest(DIST_DIR).urlFetchWhitelist).toBeUndefined();
  });

  it("fetches a listed site (an http link over https) and names an unlisted one without fetching it", () => {
    const page = (text: string) => `<article><p>${text}</p></article>`;
    const h = loadBundle({
      deployment: "addon",
      fetch: {
        "https://en.inform.kz/news/kaznu-wuhan": page(ARTICLES.en),
        "https://kaznu.kz/ru/news/1": page(ARTICLES.ru),
        "https://example.com/news": page(ARTICLES.kk),
      },
    });
    const links = [
      "https://en.inform.kz/news/kaznu-wuhan",
      "http://kaznu.kz/ru/news/1",
      "https://example.com/news",
    ];
    const result = h.run("addArticles", [links.join("\n")]);
    const message = String((result as { value: string }).value);
    expect(message).toMatch(
      /^Added 2 articles to Sources \(S-000001, S-000002\)\. 1 link not added, as it cannot be fetched: /,
    );
    expect(message).toContain(
      "https://example.com/news (example.com is not among the sites the published add-on may fetch (Apps Script lets an add-on fetch only the sites its manifest lists): paste the article's text instead",
    );
    expect(h.fetch.requests.map((r) => r.url)).toEqual([
      "https://en.inform.kz/news/kaznu-wuhan",
      "https://kaznu.kz/ru/news/1",
    ]);
    expect(records(h, "Sources").map((r) => r["Page text"])).toEqual([ARTICLES.en, ARTICLES.ru]);
  });

  it("is enforced by the harness as by Apps Script", () => {
    const h = loadBundle({ deployment: "addon", fetch: { "https://example.com/": "<p>x</p>" } });
    expect(() => h.services.UrlFetchApp.fetch("https://example.com/")).toThrow(
      /not in the manifest's urlFetchWhitelist/,
    );
    const bound = loadBundle({ fetch: { "https://example.com/": "<p>x</p>" } });
    expect(bound.services.UrlFetchApp.fetch("https://example.com/").getResponseCode()).toBe(200);
  });
});
