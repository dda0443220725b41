// Fetches a news page with UrlFetchApp and takes its article out. Never throws: a page that can't be had
// gives its reason in words, and the other URLs go on.
import { articleFromHtml } from "../core/page/article";
import type { FetchedPage } from "../core/rows/extractRun";

const TIMEOUT_HINT = "check the link in a browser, or paste the article's text instead";

function header(headers: object, name: string): string {
  const entry = Object.entries(headers).find(([k]) => k.toLowerCase() === name);
  return entry ? String(entry[1]) : "";
}

export function fetchPage(url: string): FetchedPage {
  let response: GoogleAppsScript.URL_Fetch.HTTPResponse;
  try {
    response = UrlFetchApp.fetch(url, {
      muteHttpExceptions: true,
      followRedirects: true,
      headers: { "Accept-Language": "en, ru, kk" },
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { error: `could not fetch the page (${reason}): ${TIMEOUT_HINT}` };
  }
  const code = response.getResponseCode();
  if (code >= 400) return { error: `the site answered HTTP ${code}: ${TIMEOUT_HINT}` };
  const headers = response.getHeaders();
  const type = header(headers, "content-type").toLowerCase();
  if (type !== "" && !/text\/|html|xml/.test(type)) {
    return { error: `the link is not a web page (${type.split(";")[0]}): paste the article's text instead` };
  }
  let html = response.getContentText();
  // A page that names its charset only in a <meta> tag.
  if (!/charset=/i.test(type)) {
    const declared = /<meta[^>]+charset=["']?([\w-]+)/i.exec(html)?.[1];
    if (declared && !/^utf-?8$/i.test(declared)) {
      try {
        html = response.getContentText(declared);
      } catch {
        // Unknown charset: keep the UTF-8 reading.
      }
    }
  }
  if (!/<[a-z!]/i.test(html)) return { title: "", date: null, text: html.trim() };
  const article = articleFromHtml(html);
  if (article.text.length < 40) {
    return { error: `no article text found on the page (it may need a browser to show it): ${TIMEOUT_HINT}` };
  }
  return article;
}
