// What the matchers work out about a word from its folded form alone (its keys, whether it heads a name, the
// office it names): each fact found once per word and kept, not once per token. Every sentence asks the same
// questions of each of its words, and a text's words are mostly words seen before; a token finds its word's
// record with one look-up, and every fact after that is a read.
import type { Token } from "./normalize";

type WordRecord = unknown[];

const records = new Map<string, WordRecord>();
let facts = 0;

function recordOf(token: Token): WordRecord {
  if (token.word === undefined) {
    let record = records.get(token.norm);
    if (!record) {
      record = [];
      // Bounded: the words of a long run are forgotten at once, and found again as they come.
      if (records.size > 100_000) records.clear();
      records.set(token.norm, record);
    }
    token.word = record;
  }
  return token.word as WordRecord;
}

// A fact worked out to nothing is kept as this, so that it is not worked out again.
const NOTHING = null;

/** A fact of a word: `compute` must depend on the folded form alone (and on data that never changes). */
export function wordFact<V>(compute: (norm: string) => V): (token: Token) => V {
  const slot = facts++;
  return (token) => {
    const record = recordOf(token);
    let value = record[slot];
    if (value === undefined) {
      value = compute(token.norm);
      record[slot] = value === undefined ? NOTHING : value;
    }
    return (value === NOTHING ? undefined : value) as V;
  };
}
