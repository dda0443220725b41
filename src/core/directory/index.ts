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

/** The index of a user's own entries (small; kept as long as the same array is passed). */
export function extraIndex(extra: readonly Institution[]): DirectoryIndex | undefined {
  if (extra.length === 0) return undefined;
  let index = extraMemo.get(extra);
  if (!index) {
    index = buildIndex(extra, 0);
    extraMemo.set(extra, index);
  }
  return index;
}

export function indexesFor(extra: readonly Institution[]): DirectoryIndex[] {
  const user = extraIndex(extra);
  return user ? [user, builtinIndex()] : [builtinIndex()];
}
