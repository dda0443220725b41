// Reading a Cyrillic word as a run of syllables of a transcription system (Palladius for Chinese,
// Polivanov for Japanese): every way of cutting the word into the system's syllables, cheapest first.

export interface Reading {
  /** The syllable in the target spelling ("zhou"). */
  latin: string;
  /** 0 for the system's own spelling; more for a variant a text may use instead ("шень" for "шэнь"). */
  cost: number;
}

export interface SyllableTable {
  /** Cyrillic syllable -> its readings. */
  readonly syllables: ReadonlyMap<string, readonly Reading[]>;
  readonly longest: number;
  /** Whether `next` may follow `previous` (both Cyrillic) with nothing written between them. */
  readonly follows?: (previous: string, next: string) => boolean;
}

export interface Parse {
  /** The Cyrillic syllables the word was cut into. */
  cut: string[];
  latin: string[];
  cost: number;
}

// Names are short; a longer "word" is not one, and the search stays bounded whatever the input.
const MAX_LETTERS = 24;
const MAX_PARSES = 16;
// A bound on the search itself, so that no word (however made) costs more than a fixed amount of work.
const MAX_STEPS = 4000;

export function compileTable(
  pairs: Iterable<readonly [string, string, number]>,
  follows?: SyllableTable["follows"],
): SyllableTable {
  const syllables = new Map<string, Reading[]>();
  let longest = 0;
  for (const [cyrillic, latin, cost] of pairs) {
    const list = syllables.get(cyrillic) ?? [];
    const same = list.find((r) => r.latin === latin);
    if (same) same.cost = Math.min(same.cost, cost);
    else list.push({ latin, cost });
    syllables.set(cyrillic, list);
    longest = Math.max(longest, cyrillic.length);
  }
  for (const list of syllables.values()) list.sort((a, b) => a.cost - b.cost);
  return follows ? { syllables, longest, follows } : { syllables, longest };
}

/**
 * Every complete reading of a lower-case word, cheapest first (each syllable costs 1 plus its variant
 * cost, so fewer, more regular syllables win). Empty when the word is not made of the system's syllables.
 */
export function parseWord(word: string, table: SyllableTable): Parse[] {
  if (word.length === 0 || word.length > MAX_LETTERS) return [];
  // Which positions can still reach the end: prunes the search to cuts that complete.
  const reaches: boolean[] = new Array(word.length + 1).fill(false);
  reaches[word.length] = true;
  for (let i = word.length - 1; i >= 0; i--)
    for (let len = 1; len <= table.longest && i + len <= word.length; len++)
      if (reaches[i + len] && table.syllables.has(word.slice(i, i + len))) {
        reaches[i] = true;
        break;
      }
  if (!reaches[0]) return [];
  const found: Parse[] = [];
  const cut: string[] = [];
  const latin: string[] = [];
  let steps = 0;
  const walk = (at: number, cost: number) => {
    if (found.length >= MAX_PARSES * 4 || ++steps > MAX_STEPS) return;
    if (at === word.length) {
      found.push({ cut: [...cut], latin: [...latin], cost });
      return;
    }
    for (let len = Math.min(table.longest, word.length - at); len >= 1; len--) {
      if (!reaches[at + len]) continue;
      const piece = word.slice(at, at + len);
      const readings = table.syllables.get(piece);
      if (!readings) continue;
      const previous = cut[cut.length - 1];
      if (previous !== undefined && table.follows && !table.follows(previous, piece)) continue;
      for (const reading of readings) {
        cut.push(piece);
        latin.push(reading.latin);
        walk(at + len, cost + 1 + reading.cost);
        cut.pop();
        latin.pop();
      }
    }
  };
  walk(0, 0);
  found.sort((a, b) => a.cost - b.cost);
  return found.slice(0, MAX_PARSES);
}
