// The lock that keeps two runs from writing the same rows of this spreadsheet at once.

/**
 * This document's lock. getDocumentLock returns null outside the context of a containing document; the
 * script lock then keeps the same promise, only more widely.
 */
export function documentLock(): GoogleAppsScript.Lock.Lock {
  return LockService.getDocumentLock() ?? LockService.getScriptLock();
}
