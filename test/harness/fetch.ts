// UrlFetchApp answering from fixtures: status, headers, body bytes and charset. An unknown URL fails like an
// unreachable host does; a status >= 400 throws unless muteHttpExceptions is set.
import type { Env } from "./env";
import { type Implements, strict } from "./strict";

type UFA = GoogleAppsScript.URL_Fetch.UrlFetchApp;

export interface FetchFixture {
  /** HTTP status (default 200). */
  status?: number;
  /** Response headers; Content-Type carries the charset ("text/html; charset=windows-1251"). */
  headers?: Record<string, string>;
  /** The body: text (encoded as `charset`, default utf-8) or raw bytes. */
  body?: string | Uint8Array;
  /** The charset the text body is encoded in and declared with, when headers don't say. */
  charset?: string;
}

export interface FetchRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  payload?: unknown;
  muteHttpExceptions: boolean;
  followRedirects: boolean;
}

/** A URL's fixture: an object, plain text (200, text/html utf-8), or a function of the request. */
export type FetchFixtures = Record<string, FetchFixture | string | ((request: FetchRequest) => FetchFixture)>;

function encode(text: string, charset: string): Uint8Array {
  const cs = charset.toLowerCase();
  if (cs === "utf-8" || cs === "utf8") return new TextEncoder().encode(text);
  if (cs === "windows-1251" || cs === "cp1251") {
    // Cyrillic windows-1251 encoder: ASCII as is, А..я at 0xC0..0xFF, Ё/ё at 0xA8/0xB8.
    const out = new Uint8Array(text.length);
    [...text].forEach((ch, i) => {
      const c = ch.charCodeAt(0);
      if (c < 0x80) out[i] = c;
      else if (c >= 0x410 && c <= 0x44f) out[i] = c - 0x410 + 0xc0;
      else if (c === 0x401) out[i] = 0xa8;
      else if (c === 0x451) out[i] = 0xb8;
      else out[i] = 0x3f;
    });
    return out;
  }
  if (cs === "iso-8859-1" || cs === "latin1")
    return Uint8Array.from([...text].map((c) => c.charCodeAt(0) & 0xff));
  throw new Error(`FetchFixture: no encoder for charset ${charset}`);
}

function charsetOf(headers: Record<string, string>): string | undefined {
  const ct = Object.entries(headers).find(([k]) => k.toLowerCase() === "content-type")?.[1] ?? "";
  return /charset=([\w-]+)/i.exec(ct)?.[1];
}

/** Apps Script's Byte[]: signed 8-bit integers. */
const signed = (bytes: Uint8Array): number[] => [...bytes].map((b) => (b > 127 ? b - 256 : b));

export class FakeHttpResponse {
  constructor(
    readonly env: Env,
    readonly code: number,
    readonly headers: Record<string, string>,
    readonly bytes: Uint8Array,
  ) {}
  getResponseCode(): number {
    return this.code;
  }
  getHeaders(): Record<string, string> {
    return { ...this.headers };
  }
  getAllHeaders(): Record<string, string> {
    return { ...this.headers };
  }
  getContent(): number[] {
    return signed(this.bytes);
  }
  getContentText(charset?: string): string {
    const cs = charset ?? charsetOf(this.headers) ?? "utf-8";
    try {
      return new TextDecoder(cs).decode(this.bytes);
    } catch {
      throw this.env.error(`Invalid argument: ${cs}`);
    }
  }
  getBlob(): object {
    const contentType =
      Object.entries(this.headers).find(([k]) => k.toLowerCase() === "content-type")?.[1] ?? "";
    return strict(
      {
        getBytes: () => signed(this.bytes),
        getDataAsString: (charset?: string) => this.getContentText(charset),
        getContentType: () => contentType.split(";")[0]?.trim() || null,
      },
      "FakeBlob",
    );
  }
}

export class FakeUrlFetchApp implements Implements<UFA, "fetch" | "fetchAll"> {
  /** Every request made, in order. */
  readonly requests: FetchRequest[] = [];

  constructor(
    readonly env: Env,
    public fixtures: FetchFixtures = {},
    /** The manifest's urlFetchWhitelist (https prefixes, "*." for subdomains); undefined: any URL. */
    readonly allowlist?: readonly string[],
  ) {}

  /** Apps Script refuses a URL that no prefix of the manifest's urlFetchWhitelist starts. */
  private permitted(url: string): void {
    if (!this.allowlist) return;
    const ok = this.allowlist.some((prefix) => {
      const pattern = prefix.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]+");
      return new RegExp(`^${pattern}`, "i").test(url);
    });
    if (!ok)
      throw this.env.error(
        `Script is not permitted to fetch ${url}: it is not in the manifest's urlFetchWhitelist`,
      );
  }

  private request(url: string, params: Record<string, unknown> = {}): FetchRequest {
    return {
      url: String(url),
      method: String(params.method ?? "get").toUpperCase(),
      headers: (params.headers as Record<string, string>) ?? {},
      payload: params.payload,
      muteHttpExceptions: params.muteHttpExceptions === true,
      followRedirects: params.followRedirects !== false,
    };
  }
  private answer(req: FetchRequest, hops = 0): FakeHttpResponse {
    if (!/^https?:\/\/[^\s/?#]+/i.test(req.url)) throw this.env.error(`Invalid argument: ${req.url}`);
    const raw = this.fixtures[req.url];
    if (raw === undefined) throw this.env.error(`Address unavailable: ${req.url}`);
    const f: FetchFixture =
      typeof raw === "string" ? { body: raw } : typeof raw === "function" ? raw(req) : raw;
    const status = f.status ?? 200;
    const headers = { ...(f.headers ?? {}) };
    const charset = charsetOf(headers) ?? f.charset ?? "utf-8";
    if (!Object.keys(headers).some((k) => k.toLowerCase() === "content-type")) {
      headers["Content-Type"] = `text/html; charset=${charset}`;
    }
    const location = Object.entries(headers).find(([k]) => k.toLowerCase() === "location")?.[1];
    if (status >= 300 && status < 400 && location && req.followRedirects) {
      if (hops > 5) throw this.env.error(`Too many redirects: ${req.url}`);
      return this.answer({ ...req, url: new URL(location, req.url).toString() }, hops + 1);
    }
    const body = f.body ?? "";
    const bytes = typeof body === "string" ? encode(body, charset) : body;
    const response = new FakeHttpResponse(this.env, status, headers, bytes);
    if (status >= 400 && !req.muteHttpExceptions) {
      const text = response.getContentText().slice(0, 200);
      throw this.env.error(
        `Request failed for ${req.url} returned code ${status}. Truncated server response: ${text} (use muteHttpExceptions option to examine full response)`,
      );
    }
    return response;
  }
  fetch(url: string, params?: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions): FakeHttpResponse {
    this.env.call("UrlFetchApp.fetch");
    const req = this.request(url, params as Record<string, unknown>);
    this.permitted(req.url);
    this.requests.push(req);
    return strict(this.answer(req), "FakeHttpResponse");
  }
  fetchAll(requests: (string | GoogleAppsScript.URL_Fetch.URLFetchRequest)[]): FakeHttpResponse[] {
    this.env.call("UrlFetchApp.fetchAll");
    return requests.map((r) => {
      const req =
        typeof r === "string"
          ? this.request(r)
          : this.request(r.url, r as unknown as Record<string, unknown>);
      this.permitted(req.url);
      this.requests.push(req);
      return strict(this.answer(req), "FakeHttpResponse");
    });
  }
}
