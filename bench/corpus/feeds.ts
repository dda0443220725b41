// Feeds for the benchmark: RSS 2.0 feeds whose items are partly the corpus's partnership news (headline as
// title, first paragraph as description, the article as its page) and partly other campus and city news in
// the three languages, which the relevance judgement leaves out.
import type { FetchFixtures } from "../../test/harness/index";
import type { Article } from "./index";

const OTHER: Record<Article["lang"], readonly string[]> = {
  en: [
    "City marathon number {n} gathers runners from forty towns",
    "The library extends its opening hours for exam week {n}",
    "Snowfall closes mountain roads for the {n}th time this winter",
  ],
  ru: [
    "В Алматы прошёл городской забег номер {n}",
    "Библиотека продлила часы работы на время сессии {n}",
    "На трассе в горы ограничили движение из-за снегопада {n}",
  ],
  kk: [
    "Алматыда {n}-ші қалалық жүгіру жарысы өтті",
    "Кітапхана емтихан кезінде {n} сағатқа дейін жұмыс істейді",
    "Тау жолында қар жауып, қозғалыс {n} сағатқа шектелді",
  ],
};

const escapeXml = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export interface BenchFeeds {
  urls: string[];
  fixtures: FetchFixtures;
  /** Partnership items over all feeds. */
  partnershipItems: number;
}

/** `feeds` RSS feeds of `perFeed` items each, `partnerships` of them the corpus's news (from `articles`). */
export function benchFeeds(
  articles: readonly Article[],
  feeds: number,
  perFeed: number,
  partnerships: number,
): BenchFeeds {
  const fixtures: FetchFixtures = {};
  const urls: string[] = [];
  let next = 0;
  for (let f = 0; f < feeds; f++) {
    const site = `https://outlet${f}.example`;
    const url = `${site}/rss.xml`;
    urls.push(url);
    const items: string[] = [];
    for (let i = 0; i < perFeed; i++) {
      const day = String(1 + (i % 28)).padStart(2, "0");
      const link = `${site}/news/2025/03/${day}/item-${i}`;
      let title: string;
      let description: string;
      if (
        i % Math.floor(perFeed / partnerships) === 0 &&
        i / Math.floor(perFeed / partnerships) < partnerships
      ) {
        const article = articles[next++ % articles.length]!;
        const [head = "", , first = ""] = article.text.split("\n");
        title = head;
        description = first.slice(0, 300);
        fixtures[link] =
          `<html><head><title>${escapeXml(head)}</title></head><body><article><h1>${escapeXml(head)}</h1>${article.text
            .split("\n")
            .slice(1)
            .filter((p) => p.trim() !== "")
            .map((p) => `<p>${escapeXml(p)}</p>`)
            .join("")}</article></body></html>`;
      } else {
        const lang = (["en", "ru", "kk"] as const)[(f + i) % 3]!;
        title = OTHER[lang][i % 3]!.replace("{n}", String(f * perFeed + i));
        description = "";
      }
      items.push(
        `<item><title>${escapeXml(title)}</title><link>${link}</link><description>${escapeXml(description)}</description><pubDate>Mon, ${day} Mar 2025 10:00:00 +0500</pubDate><guid isPermaLink="false">${f}-${i}</guid></item>`,
      );
    }
    fixtures[url] = {
      headers: { "Content-Type": "application/rss+xml; charset=utf-8" },
      body: `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Outlet ${f}</title><link>${site}/</link>${items.join("")}</channel></rss>`,
    };
  }
  return { urls, fixtures, partnershipItems: feeds * partnerships };
}
