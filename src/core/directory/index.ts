// The directory's indexes: built-in institutions (built once, at first use) and the user's own entries.
import type { Institution } from "../types";
import { lazyBuiltinIndex } from "./builtin";
import { addPhrase, emptyIndex, type PhraseIndex } from "./phrases";

export type DirectoryIndex = PhraseIndex<Institution>;

export function buildIndex(institutions: readonly Institution[], rank = 1): DirectoryIndex {
  const index = emptyIndex<Institution>();
  for (const institution of institutions) {
    addPhrase(index, institution.name, institution, rank);
    for (const alias of institution.aliases) addPhrase(index, alias, institution, rank);
  }
  return index;
}

let builtin: DirectoryIndex | undefined;

/** The built-in directory's index, built at first use and kept for the rest of the run. */
export function builtinIndex(): DirectoryIndex {
  builtin ??= lazyBuiltinIndex();
  return builtin;
}

const extraMemo = new WeakMap<readonly Institution[], DirectoryIndex>();
let lastExtra: { key: string; index: DirectoryIndex } | undefined;

const contentKey = (extra: readonly Institution[]) =>
  extra
    .map((i) => `${i.name}\u0001${i.aliases.join("\u0002")}\u0001${i.country}\u0001${i.type}`)
    .join("\u0003");

/**
 * The index of a user's own entries: kept while the same array is passed, and rebuilt only when the
 * entries change (a caller reading the Directory sheet anew for every cell passes equal new arrays).
 */
export function extraIndex(extra: readonly Institution[]): DirectoryIndex | undefined {
  if (extra.length === 0) return undefined;
  let index = extraMemo.get(extra);
  if (index) return index;
  const key = contentKey(extra);
  if (lastExtra?.key === key) index = lastExtra.index;
  else {
    index = buildIndex(extra, 0);
    lastExtra = { key, index };
  }
  extraMemo.set(extra, index);
  return index;
}

export function indexesFor(extra: readonly Institution[]): DirectoryIndex[] {
  const user = extraIndex(extra);
  return user ? [user, builtinIndex()] : [builtinIndex()];
}
