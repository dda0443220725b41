// Links as feeds and news-list pages write them, made absolute, and reduced to a key that identifies the page
// so the same article reached by different links is seen once: "HTTP://WWW.Inform.kz/ru/news/123/?utm_source=rss#c"
// and "https://inform.kz/ru/news/123" are one page. Written by hand: Apps Script has no URL class.

interface Parts {
  scheme: "http" | "https";
  host: string;
  port: string;
  path: string;
  query: string;
}

// Query parameters that only say where a click came from.
const TRACKING =
  /^(?:utm_\w+|fbclid|gclid|yclid|dclid|mc_cid|mc_eid|_ga|_gl|_openstat|ref|ref_src|from|source|rss|feed|at_medium|at_campaign)$/i;
const ABSOLUTE = /^(https?):\/\/([^/?#]*)([^?#]*)(\?[^#]*)?(?:#.*)?$/i;
const HOST =
  /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62})?\.)*[\p{L}\p{N}][\p{L}\p{N}-]{0,62}\.?$|^\[[0-9a-f:.]+\]$/iu;

function parseAbsolute(text: string): Parts | null {
  const m = ABSOLUTE.exec(text);
  if (!m) return null;
  const authority = m[2]!;
  // user:password@host is refused: a link that carries credentials is no news page.
  if (authority.includes("@")) return null;
  const at = /^(.*?)(?::(\d{1,5}))?$/.exec(authority)!;
  const host = at[1]!.toLowerCase();
  if (!HOST.test(host)) return null;
  return {
    scheme: m[1]!.toLowerCase() as Parts["scheme"],
    host,
    port: at[2] ?? "",
    path: removeDots(m[3] === "" ? "/" : m[3]!),
    query: m[4] ?? "",
  };
}

/** "/a/b/../c/./d" -> "/a/c/d", as browsers resolve it. */
function removeDots(path: string): string {
  const out: string[] = [];
  const segments = path.split("/");
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === ".") {
      if (last) out.push("");
    } else if (segment === "..") {
      if (out.length > 1) out.pop();
      if (last) out.push("");
    } else out.push(segment);
  });
  const joined = out.join("/");
  return joined.startsWith("/") ? joined : `/${joined}`;
}

const format = (p: Parts): string =>
  `${p.scheme}://${p.host}${p.port ? `:${p.port}` : ""}${p.path}${p.query}`;

/** An absolute http(s) URL for a link as a feed or page writes it (relative to `base`), or null. */
export function absoluteLink(link: string, base = ""): string | null {
  const text = link.trim();
  if (text === "" || text.length > 2000 || /[\s<>"\\^`{|}]/.test(text)) return null;
  const direct = parseAbsolute(text);
  if (direct) return format(direct);
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return null; // mailto:, javascript:, ftp:, ...
  const b = parseAbsolute(base.trim());
  if (!b) return null;
  if (text.startsWith("//")) return absoluteLink(`${b.scheme}:${text}`);
  const [beforeHash] = text.split("#") as [string];
  if (beforeHash === "") return format(b);
  let path: string;
  let query = "";
  const q = beforeHash.indexOf("?");
  const rawPath = q < 0 ? beforeHash : beforeHash.slice(0, q);
  if (q >= 0) query = beforeHash.slice(q);
  if (rawPath === "") {
    path = b.path;
    if (q < 0) query = b.query;
  } else if (rawPath.startsWith("/")) path = rawPath;
  else path = b.path.slice(0, b.path.lastIndexOf("/") + 1) + rawPath;
  return format({ ...b, path: removeDots(path), query });
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The link without its fragment and click-tracking parameters, as it is fetched and kept in Sources. */
export function cleanLink(link: string, base = ""): string | null {
  const href = absoluteLink(link, base);
  if (href === null) return null;
  const p = parseAbsolute(href)!;
  const kept = p.query
    .slice(1)
    .split("&")
    .filter((pair) => pair !== "" && !TRACKING.test(decoded(pair.split("=")[0]!)));
  return format({ ...p, query: kept.length > 0 ? `?${kept.join("&")}` : "" });
}

/** The key two links to the same page share; null when the link is not an http(s) URL. */
export function normaliseLink(link: string, base = ""): string | null {
  const href = absoluteLink(link, base);
  if (href === null) return null;
  const p = parseAbsolute(href)!;
  const host = p.host.replace(/^www\d?\./, "").replace(/\.$/, "");
  let path = decoded(p.path).replace(/\/{2,}/g, "/");
  path = path.replace(/\/(?:index|default)\.(?:html?|php|aspx?)$/i, "/");
  if (path.length > 1) path = path.replace(/\/+$/, "");
  const params = p.query
    .slice(1)
    .split("&")
    .filter((pair) => pair !== "")
    .map((pair) => decoded(pair.replace(/\+/g, " ")))
    .filter((pair) => !TRACKING.test(pair.split("=")[0]!))
    .sort();
  const query = params.length > 0 ? `?${params.join("&")}` : "";
  // Scheme and port are left out: news sites serve one article over http and https alike.
  return `${host}${path === "/" ? "" : path}${query}`;
}

/** The site of a link without "www." ("https://www.inform.kz/ru/..." -> "inform.kz"), "" for a non-URL. */
export function siteOf(link: string): string {
  const href = absoluteLink(link);
  return href === null
    ? ""
    : parseAbsolute(href)!
        .host.replace(/^www\d?\./, "")
        .replace(/\.$/, "");
}
