// The one URL policy of Seriktes: which links Add articles, Extract and the feeds reader may fetch, and
// which answers they may read. Pure: the adapters (src/sheets) call it before every request (each redirect
// too) and on every response. Apps Script has no URL class, so the link is taken apart here, by hand.
import { hostProblem, normaliseHost, parseIpv4 } from "./address";
import { isAllowedSite } from "./sites";

export interface FetchPolicy {
  /**
   * A published Editor add-on fetches only https links of the sites in its manifest (src/core/web/sites.ts);
   * a bound script fetches any public http or https link.
   */
  addon: boolean;
  /** The add-on's sites (default: the built-in list). */
  domains?: readonly string[];
}

export type UrlVerdict =
  | {
      ok: true;
      /** The link to request: scheme and host as compared (an http link of an add-on made https). */
      url: string;
      host: string;
    }
  | { ok: false; reason: string };

/** No page's address is longer; a longer "link" is pasted text or an attack on the parser. */
export const MAX_URL_CHARS = 2048;
/** The most a response may hold before it is read (a news page is well under 1 MB). */
export const MAX_RESPONSE_BYTES = 5 * 1024 * 1024;
/** Redirects followed, each checked like the first link. */
export const MAX_REDIRECTS = 5;

const refuse = (reason: string): UrlVerdict => ({ ok: false, reason });
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const NOT_IN_URL = /[\s<>"{}|^`\u0000-\u001f\u007f]/;

/** Whether `raw` may be fetched under `policy`, and the link to request. */
export function checkFetchUrl(raw: string, policy: FetchPolicy): UrlVerdict {
  const text = raw.trim();
  if (text === "") return refuse("there is no link");
  if (text.length > MAX_URL_CHARS) return refuse(`the link is longer than ${MAX_URL_CHARS} characters`);
  if (NOT_IN_URL.test(text)) return refuse("a link cannot contain spaces, quotes or control characters");
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
  if (scheme !== "http" && scheme !== "https") {
    return refuse(
      scheme
        ? `"${scheme}:" links are not web pages: only http:// and https:// links are fetched`
        : "it has no http:// or https:// in front",
    );
  }
  // Browsers read "\" as "/" in web links: so must the check, or "https:\\host" would slip past it.
  const rest = text
    .slice(scheme.length + 1)
    .replace(/^[/\\]+/, (slashes) => (slashes.length === 2 ? "//" : slashes));
  if (!rest.startsWith("//")) return refuse(`it is not a complete link (${scheme}:// and a site name)`);
  const afterSlashes = rest.slice(2);
  const end = afterSlashes.search(/[/\\?#]/);
  const authority = end < 0 ? afterSlashes : afterSlashes.slice(0, end);
  const path = end < 0 ? "/" : afterSlashes.slice(end).replace(/^\\+/, "/");
  if (authority.includes("@"))
    return refuse("the link carries a user name or password: remove the part before @");
  let host = authority;
  let port = "";
  const v6 = /^(\[[^\]]*\])(?::(\d*))?$/.exec(authority);
  if (v6) {
    host = v6[1]!;
    port = v6[2] ?? "";
  } else if (authority.includes(":")) {
    const colon = authority.lastIndexOf(":");
    host = authority.slice(0, colon);
    port = authority.slice(colon + 1);
    if (!/^\d{1,5}$/.test(port) || Number(port) > 65_535) return refuse(`":${port}" is not a port number`);
  }
  const problem = hostProblem(host);
  if (problem) return refuse(problem);
  let name = normaliseHost(host);
  const v4 = parseIpv4(name);
  if (typeof v4 === "number") name = [v4 >>> 24, (v4 >>> 16) & 255, (v4 >>> 8) & 255, v4 & 255].join(".");
  const lastLabel = name.split(".").pop() ?? "";
  if (v4 === null && !name.startsWith("[") && /^(?:0x[0-9a-f]*|\d+)$/i.test(lastLabel))
    return refuse(`"${host}" is neither a site name nor an IP address`);
  let finalScheme = scheme;
  if (policy.addon) {
    if (!isAllowedSite(name, policy.domains)) {
      return refuse(
        `${name} is not among the sites the published add-on may fetch (Apps Script lets an add-on fetch only the sites its manifest lists): paste the article's text instead, or ask for the site to be added (README: "Sites the add-on may fetch")`,
      );
    }
    // The manifest lists https prefixes only: the same page over https.
    finalScheme = "https";
  }
  const defaultPort =
    (finalScheme === "https" && port === "443") || (finalScheme === "http" && port === "80");
  const url = `${finalScheme}://${name}${port && !defaultPort ? `:${port}` : ""}${path.startsWith("/") ? path : `/${path}`}`;
  return { ok: true, url, host: name };
}

/** A redirect's Location read against the link that answered it ("/news/1", "//host/x", "https://..."). */
export function resolveLocation(base: string, location: string): string {
  const target = location.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return target;
  const origin = /^([a-z]+:)\/\/[^/?#]*/i.exec(base);
  if (!origin) return target;
  if (target.startsWith("//")) return `${origin[1]}${target}`;
  if (target.startsWith("/")) return `${origin[0]}${target}`;
  const path = base.slice(origin[0].length).replace(/[?#].*$/, "");
  const dir = path.slice(0, path.lastIndexOf("/") + 1) || "/";
  return `${origin[0]}${dir}${target}`;
}

/** What a fetch is for: an article's page, or a news feed. */
export type FetchPurpose = "page" | "feed";

const PAGE_TYPES = ["text/html", "application/xhtml+xml", "text/plain"];
const FEED_TYPES = [
  ...PAGE_TYPES,
  "application/rss+xml",
  "application/atom+xml",
  "application/xml",
  "text/xml",
];

/** Why a response may not be read (its type or size), or null when it may be. */
export function responseProblem(
  contentType: string,
  bytes: number | null,
  purpose: FetchPurpose = "page",
): string | null {
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  if (bytes !== null && bytes > MAX_RESPONSE_BYTES) {
    return `the page is ${(bytes / 1048576).toFixed(1)} MB, more than the ${MAX_RESPONSE_BYTES / 1048576} MB read: paste the article's text instead`;
  }
  if (type === "")
    return "the site did not say what it sent (no content type): paste the article's text instead";
  const allowed = purpose === "feed" ? FEED_TYPES : PAGE_TYPES;
  if (!allowed.includes(type)) {
    return purpose === "feed"
      ? `the link is not a news feed (${type})`
      : `the link is not a web page (${type}): paste the article's text instead`;
  }
  return null;
}
