// Fetches a news page with UrlFetchApp and takes its article out. Never throws: a page that can't be had
// gives its reason in words, and the other URLs go on. Every link, each redirect's too, passes the URL policy
// (src/core/web/policy.ts) before it is requested, and every answer its type and size check before it is read.
import { articleFromHtml } from "../core/page/article";
import type { FetchedPage } from "../core/rows/extractRun";
import {
  checkFetchUrl,
  type FetchPolicy,
  type FetchPurpose,
  MAX_REDIRECTS,
  MAX_RESPONSE_BYTES,
  resolveLocation,
  responseProblem,
} from "../core/web/policy";
import { IS_ADDON } from "./deployment";

/** What a message about a page that could not be had tells the user to do. */
export const TIMEOUT_HINT = "check the link in a browser, or paste the article's text instead";

/** How this deployment fetches: a bound script any public link, the add-on only the sites of its manifest. */
export const FETCH_POLICY: FetchPolicy = { addon: IS_ADDON };

function header(headers: object, name: string): string {
  const entry = Object.entries(headers).find(([k]) => k.toLowerCase() === name);
  return entry ? String(entry[1]) : "";
}

export type FetchedText = { text: string; contentType: string } | { error: string };

/**
 * The text a link answers, after the policy's checks of the link, each redirect and the answer (type,
 * size). For pages and feeds alike.
 */
export function fetchText(
  url: string,
  purpose: FetchPurpose,
  policy: FetchPolicy = FETCH_POLICY,
): FetchedText {
  let target = url;
  let response: GoogleAppsScript.URL_Fetch.HTTPResponse;
  for (let hop = 0; ; hop++) {
    const verdict = checkFetchUrl(target, policy);
    if (!verdict.ok) {
      return {
        error:
          hop === 0
            ? `not fetched: ${verdict.reason}`
            : `the site sent it on to a link that is not fetched (${verdict.reason})`,
      };
    }
    try {
      // Redirects are followed here, one at a time, so that each new link is checked too.
      response = UrlFetchApp.fetch(verdict.url, {
        muteHttpExceptions: true,
        followRedirects: false,
        headers: { "Accept-Language": "en, ru, kk" },
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { error: `could not fetch the page (${reason}): ${TIMEOUT_HINT}` };
    }
    const code = response.getResponseCode();
    if (code < 300 || code >= 400) break;
    const location = header(response.getHeaders(), "location");
    if (location === "")
      return { error: `the site answered HTTP ${code} without saying where to: ${TIMEOUT_HINT}` };
    if (hop >= MAX_REDIRECTS)
      return { error: `the site sent the link on more than ${MAX_REDIRECTS} times: ${TIMEOUT_HINT}` };
    target = resolveLocation(verdict.url, location);
  }
  const code = response.getResponseCode();
  if (code >= 400) return { error: `the site answered HTTP ${code}: ${TIMEOUT_HINT}` };
  const headers = response.getHeaders();
  const type = header(headers, "content-type").toLowerCase();
  const declared = Number(header(headers, "content-length"));
  const problem = responseProblem(type, Number.isFinite(declared) && declared > 0 ? declared : null, purpose);
  if (problem) return { error: problem };
  let text = response.getContentText();
  // Without a length said beforehand, the size is checked before any parsing.
  if (text.length > MAX_RESPONSE_BYTES) return { error: responseProblem(type, text.length, purpose)! };
  // A page that names its charset only in a <meta> tag, which must come in its first 1,024 bytes, or a feed
  // in its XML declaration.
  if (!/charset=/i.test(type)) {
    const head = text.slice(0, 1024);
    const declaredCharset =
      /^\s*<\?xml[^>]{0,200}encoding=["']([\w-]+)/i.exec(head)?.[1] ??
      /<meta[^>]{0,200}charset=["']?([\w-]+)/i.exec(head)?.[1];
    if (declaredCharset && !/^utf-?8$/i.test(declaredCharset)) {
      try {
        text = response.getContentText(declaredCharset);
      } catch {
        // Unknown charset: keep the UTF-8 reading.
      }
    }
  }
  return { text, contentType: type };
}

export function fetchPage(url: string, policy: FetchPolicy = FETCH_POLICY): FetchedPage {
  const fetched = fetchText(url, "page", policy);
  if ("error" in fetched) return fetched;
  const html = fetched.text;
  if (fetched.contentType.startsWith("text/plain") || !/<[a-z!]/i.test(html)) {
    return { title: "", date: null, text: html.trim() };
  }
  const article = articleFromHtml(html);
  if (article.text.length < 40) {
    return { error: `no article text found on the page (it may need a browser to show it): ${TIMEOUT_HINT}` };
  }
  return article;
}
