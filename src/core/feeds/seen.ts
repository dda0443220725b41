// The items a check has met before, across runs and feeds, so none is judged or added twice. Each item is
// remembered by short hashes of its normalised link and of its guid; the set is kept in a few document
// properties (a property holds 9 KB) and forgets its oldest entries past MAX_SEEN. A feed shows only its
// latest items, so an item forgotten long after it left every feed does not come back.
import type { FeedItem } from "./item";
import { normaliseLink, siteOf } from "./link";

/** Entries remembered; at 8 characters each, 12,000 take 96 KB of the document's 500 KB of properties. */
export const MAX_SEEN = 12_000;
/** Characters per stored chunk (one document property). */
export const CHUNK_CHARS = 8_000;
const WIDTH = 8;
const DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** A 48-bit hash of a key as 8 URL-safe characters (two 32-bit FNV-1a passes with different seeds). */
export function hashKey(key: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  // 24 bits from each pass.
  const high = (a >>> 8) & 0xffffff;
  const low = (b >>> 8) & 0xffffff;
  let out = "";
  for (const part of [high, low]) {
    for (let shift = 18; shift >= 0; shift -= 6) out += DIGITS[(part >>> shift) & 63];
  }
  return out;
}

/** The keys an item is known by: its normalised link, and its guid (scoped to the feed's site unless a URL). */
export function itemKeys(item: Pick<FeedItem, "link" | "guid">, feedAddress: string): string[] {
  const keys: string[] = [];
  const link = normaliseLink(item.link);
  if (link) keys.push(`l:${link}`);
  const guid = item.guid.trim();
  if (guid !== "") {
    const asLink = normaliseLink(guid);
    keys.push(asLink ? `l:${asLink}` : `g:${siteOf(feedAddress)}#${guid.slice(0, 500)}`);
  }
  return [...new Set(keys)];
}

export class SeenSet {
  private readonly order: string[] = [];
  private readonly hashes = new Set<string>();
  private added = 0;

  /** A set read back from its stored chunks (oldest first); malformed text is skipped, not fatal. */
  static fromChunks(chunks: readonly string[]): SeenSet {
    const set = new SeenSet();
    for (const chunk of chunks) {
      for (let i = 0; i + WIDTH <= chunk.length; i += WIDTH) set.remember(chunk.slice(i, i + WIDTH));
    }
    set.added = 0;
    return set;
  }

  private remember(hash: string): void {
    if (this.hashes.has(hash)) return;
    this.hashes.add(hash);
    this.order.push(hash);
    this.added += 1;
  }

  get size(): number {
    return this.hashes.size;
  }

  /** Entries added since the set was read. */
  get newEntries(): number {
    return this.added;
  }

  has(keys: readonly string[]): boolean {
    return keys.some((key) => this.hashes.has(hashKey(key)));
  }

  add(keys: readonly string[]): void {
    for (const key of keys) this.remember(hashKey(key));
  }

  /** The newest MAX_SEEN entries, oldest first, cut into chunks of CHUNK_CHARS. */
  toChunks(): string[] {
    const kept = this.order.slice(Math.max(0, this.order.length - MAX_SEEN));
    const perChunk = Math.floor(CHUNK_CHARS / WIDTH);
    const chunks: string[] = [];
    for (let i = 0; i < kept.length; i += perChunk) chunks.push(kept.slice(i, i + perChunk).join(""));
    return chunks;
  }
}
