// Utilities: formatDate (Java SimpleDateFormat patterns), sleep on the virtual clock, digests, base64, UUIDs.
import { createHash, createHmac } from "node:crypto";
import { EN_MONTHS } from "../../src/core/text/months";
import type { Env } from "./env";
import { zonedParts } from "./spreadsheet/cells";
import { type Implements, strict } from "./strict";

type UT = GoogleAppsScript.Utilities.Utilities;

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Formats a moment with a SimpleDateFormat pattern ("yyyy-MM-dd'T'HH:mm:ss", "d MMM yyyy") in a time zone. */
export function simpleDateFormat(ms: number, timeZone: string, pattern: string): string {
  const p = zonedParts(ms, timeZone);
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  return pattern.replace(
    /'([^']*)'|y+|M+|d+|H+|h+|m+|s+|S+|E+|a|Z|X+/g,
    (tok, quoted: string | undefined) => {
      if (quoted !== undefined) return quoted === "" ? "'" : quoted;
      const n = tok.length;
      switch (tok[0]) {
        case "y":
          return n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
        case "M":
          return n >= 4
            ? (EN_MONTHS[p.month - 1] ?? "")
            : n === 3
              ? (EN_MONTHS[p.month - 1] ?? "").slice(0, 3)
              : pad(p.month, n);
        case "d":
          return pad(p.day, n);
        case "H":
          return pad(p.hour, n);
        case "h":
          return pad(p.hour % 12 || 12, n);
        case "m":
          return pad(p.minute, n);
        case "s":
          return pad(p.second, n);
        case "S":
          return pad(ms % 1000, n);
        case "E":
          return n >= 4 ? (DAYS[p.weekday] ?? "") : (DAYS[p.weekday] ?? "").slice(0, 3);
        case "a":
          return p.hour < 12 ? "AM" : "PM";
        default: {
          const off = Math.round(
            (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) -
              Math.floor(ms / 1000) * 1000) /
              60000,
          );
          const sign = off < 0 ? "-" : "+";
          const a = Math.abs(off);
          if (tok[0] === "X" && off === 0) return "Z";
          return `${sign}${pad(Math.floor(a / 60), 2)}${tok === "XXX" ? ":" : ""}${pad(a % 60, 2)}`;
        }
      }
    },
  );
}

const signed = (bytes: Uint8Array): number[] => [...bytes].map((b) => (b > 127 ? b - 256 : b));
const unsigned = (bytes: number[] | string): Buffer =>
  typeof bytes === "string" ? Buffer.from(bytes, "utf8") : Buffer.from(bytes.map((b) => b & 0xff));

const DIGESTS: Record<string, string> = {
  MD2: "md2",
  MD5: "md5",
  SHA_1: "sha1",
  SHA_256: "sha256",
  SHA_384: "sha384",
  SHA_512: "sha512",
};

export class FakeUtilities
  implements
    Implements<
      UT,
      | "formatDate"
      | "sleep"
      | "getUuid"
      | "computeDigest"
      | "computeHmacSha256Signature"
      | "base64Encode"
      | "base64EncodeWebSafe"
      | "base64Decode"
      | "base64DecodeWebSafe"
      | "newBlob"
      | "formatString"
    >
{
  readonly DigestAlgorithm = Object.fromEntries(Object.keys(DIGESTS).map((k) => [k, k]));
  readonly Charset = { US_ASCII: "US_ASCII", UTF_8: "UTF_8" };
  private uuids = 0;

  constructor(readonly env: Env) {}

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    this.env.call("Utilities.formatDate");
    if (Object.prototype.toString.call(date) !== "[object Date]") {
      throw this.env.error(
        "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
      );
    }
    return simpleDateFormat((date as unknown as Date).getTime(), timeZone, format);
  }
  /** Moves the virtual clock; Apps Script caps a sleep at 5 minutes. */
  sleep(milliseconds: number): void {
    this.env.call("Utilities.sleep");
    this.env.clock.advance(Math.min(Math.max(milliseconds, 0), 300_000));
  }
  /** Deterministic UUIDs (v4-shaped), so runs repeat. */
  getUuid(): string {
    this.env.call("Utilities.getUuid");
    const hex = createHash("sha256")
      .update(`uuid-${++this.uuids}`)
      .digest("hex");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
  computeDigest(algorithm: unknown, value: string | number[]): number[] {
    this.env.call("Utilities.computeDigest");
    const alg = DIGESTS[String(algorithm)];
    if (!alg) throw this.env.error(`Invalid argument: algorithm`);
    return signed(createHash(alg).update(unsigned(value)).digest());
  }
  computeHmacSha256Signature(value: string | number[], key: string | number[]): number[] {
    this.env.call("Utilities.computeHmacSha256Signature");
    return signed(createHmac("sha256", unsigned(key)).update(unsigned(value)).digest());
  }
  base64Encode(data: string | number[]): string {
    return unsigned(data).toString("base64");
  }
  base64EncodeWebSafe(data: string | number[]): string {
    return unsigned(data).toString("base64").replace(/\+/g, "-").replace(/\//g, "_");
  }
  base64Decode(encoded: string): number[] {
    return signed(Buffer.from(encoded, "base64"));
  }
  base64DecodeWebSafe(encoded: string): number[] {
    return signed(Buffer.from(encoded.replace(/-/g, "+").replace(/_/g, "/"), "base64"));
  }
  newBlob(data: string | number[], contentType?: string, name?: string): object {
    const bytes = unsigned(data);
    return strict(
      {
        getBytes: () => signed(bytes),
        getDataAsString: (charset?: string) => new TextDecoder(charset ?? "utf-8").decode(bytes),
        getContentType: () => contentType ?? null,
        getName: () => name ?? null,
      },
      "FakeBlob",
    );
  }
  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return template.replace(/%[sd%]/g, (m) => (m === "%%" ? "%" : String(args[i++])));
  }
}

export const makeUtilities = (env: Env) => strict(new FakeUtilities(env), "FakeUtilities");
