// LockService: document, script and user locks. A test can make "another execution" hold a lock
// (`h.locks.document.holdByOther(30_000)`); waiting for it moves the virtual clock.
import type { Env } from "./env";
import { type Implements, strict } from "./strict";

type L = GoogleAppsScript.Lock.Lock;

export class FakeLock implements Implements<L, "tryLock" | "waitLock" | "releaseLock" | "hasLock"> {
  /** Whether this execution holds the lock. */
  held = false;
  /** Until when (virtual ms) another execution holds it; Infinity = until released by the test. */
  otherUntil = 0;
  /** How many times the bundle acquired it. */
  acquired = 0;

  constructor(
    readonly env: Env,
    readonly scope: string,
  ) {}

  /** Simulates another execution holding the lock for `ms` virtual milliseconds (default: until `releaseOther`). */
  holdByOther(ms = Number.POSITIVE_INFINITY): void {
    this.otherUntil = this.env.clock.now() + ms;
  }
  releaseOther(): void {
    this.otherUntil = 0;
  }

  private acquire(timeoutInMillis: number): boolean {
    if (this.held) return true;
    const now = this.env.clock.now();
    if (this.otherUntil > now) {
      const wait = this.otherUntil - now;
      if (wait > timeoutInMillis) {
        this.env.clock.advance(timeoutInMillis);
        return false;
      }
      this.env.clock.advance(wait);
      this.otherUntil = 0;
    }
    this.held = true;
    this.acquired++;
    return true;
  }
  tryLock(timeoutInMillis: number): boolean {
    this.env.call("Lock.tryLock");
    return this.acquire(timeoutInMillis);
  }
  waitLock(timeoutInMillis: number): void {
    this.env.call("Lock.waitLock");
    if (!this.acquire(timeoutInMillis)) {
      throw this.env.error("Lock timeout: another process was holding the lock for too long.");
    }
  }
  releaseLock(): void {
    this.env.call("Lock.releaseLock");
    this.held = false;
  }
  hasLock(): boolean {
    return this.held;
  }
}

export interface LockStores {
  document: FakeLock;
  script: FakeLock;
  user: FakeLock;
}

/**
 * `documentLock: false` makes getDocumentLock return null, as Apps Script does outside the context of a
 * containing document.
 */
export function makeLocks(env: Env, options: { documentLock?: boolean } = {}) {
  const stores: LockStores = {
    document: strict(new FakeLock(env, "document"), "FakeLock"),
    script: strict(new FakeLock(env, "script"), "FakeLock"),
    user: strict(new FakeLock(env, "user"), "FakeLock"),
  };
  // Apps Script hands out one lock object per call, all sharing the same state.
  const service = {
    getDocumentLock: () => {
      env.permit("LockService.getDocumentLock");
      return options.documentLock === false ? null : stores.document;
    },
    getScriptLock: () => {
      env.permit("LockService.getScriptLock");
      return stores.script;
    },
    getUserLock: () => {
      env.permit("LockService.getUserLock");
      return stores.user;
    },
  };
  return { stores, service: strict(service, "FakeLockService") };
}
