// CacheService: document, user and script caches whose entries expire on the virtual clock, with the real
// limits (100 KB a value, 250 characters a key, 6 hours at most).
import type { Env } from "./env";
import { type Implements, strict } from "./strict";

type C = GoogleAppsScript.Cache.Cache;

const MAX_VALUE_BYTES = 100 * 1024;
const MAX_KEY_CHARS = 250;
const MAX_TTL_SECONDS = 21_600;

export class FakeCache
  implements Implements<C, "get" | "getAll" | "put" | "putAll" | "remove" | "removeAll">
{
  readonly entries = new Map<string, { value: string; expires: number }>();

  constructor(readonly env: Env) {}
  private call(method: string): void {
    this.env.call(`Cache.${method}`);
  }
  private read(key: string): string | null {
    const e = this.entries.get(key);
    if (!e) return null;
    if (e.expires <= this.env.clock.now()) {
      this.entries.delete(key);
      return null;
    }
    return e.value;
  }
  private write(key: string, value: unknown, ttl = 600): void {
    const k = String(key);
    const v = String(value);
    if (k.length > MAX_KEY_CHARS) throw this.env.error("Argument too large: key");
    if (Buffer.byteLength(v) > MAX_VALUE_BYTES) throw this.env.error("Argument too large: value");
    const seconds = Math.min(Math.max(ttl, 1), MAX_TTL_SECONDS);
    this.entries.set(k, { value: v, expires: this.env.clock.now() + seconds * 1000 });
  }
  get(key: string): string | null {
    this.call("get");
    return this.read(key);
  }
  getAll(keys: string[]): Record<string, string> {
    this.call("getAll");
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.read(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  put(key: string, value: string, expirationInSeconds?: number): void {
    this.call("put");
    this.write(key, value, expirationInSeconds);
  }
  putAll(values: Record<string, unknown>, expirationInSeconds?: number): void {
    this.call("putAll");
    for (const [k, v] of Object.entries(values)) this.write(k, v, expirationInSeconds);
  }
  remove(key: string): void {
    this.call("remove");
    this.entries.delete(key);
  }
  removeAll(keys: string[]): void {
    this.call("removeAll");
    for (const k of keys) this.entries.delete(k);
  }
}

export interface CacheStores {
  document: FakeCache;
  user: FakeCache;
  script: FakeCache;
}

export function makeCache(env: Env) {
  const stores: CacheStores = {
    document: strict(new FakeCache(env), "FakeCache"),
    user: strict(new FakeCache(env), "FakeCache"),
    script: strict(new FakeCache(env), "FakeCache"),
  };
  const service = {
    getDocumentCache: () => {
      env.permit("CacheService.getDocumentCache");
      return stores.document;
    },
    getUserCache: () => {
      env.permit("CacheService.getUserCache");
      return stores.user;
    },
    getScriptCache: () => {
      env.permit("CacheService.getScriptCache");
      return stores.script;
    },
  };
  return { stores, service: strict(service, "FakeCacheService") };
}
