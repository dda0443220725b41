// The regression gate: the engine scored on each of the project's labelled sets (`npm run eval`) must stay at
// or above that set's floor in test/fixtures/articles/floors.json. A fix for one set cannot quietly break
// another; a floor is lowered (or raised) only on purpose, in the same commit that explains why.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emptyTally, figures, scoreArticle } from "../../scripts/eval/score";
import { ARTICLES_DIR, extractInProcess, projectSets, readSet } from "../../scripts/eval/sets";

interface Floor {
  pair_f1: number;
  agreement: number;
  status: number;
  /** Fields F1 on matched pairs. */
  fields: number;
}

const floors = JSON.parse(readFileSync(join(ARTICLES_DIR, "floors.json"), "utf8")) as Record<string, Floor>;
const sets = projectSets();

describe("the project's labelled sets stay above their floors", () => {
  it("has a floor for every set and a set for every floor", () => {
    expect(sets.length).toBeGreaterThan(0);
    expect(Object.keys(floors).sort()).toEqual([...sets].sort());
  });

  it.each(sets)("%s", (name) => {
    const set = readSet(join(ARTICLES_DIR, name));
    const tally = emptyTally();
    for (const article of set.articles) scoreArticle(tally, article, extractInProcess(article.text));
    const f = figures(tally);
    const floor = floors[name]!;
    const measured = { pair_f1: f.pairF1, agreement: f.agreement, status: f.status, fields: f.fieldsF1 };
    // All four in one assertion, so a failure shows the set's every figure beside its floor.
    const below = (Object.keys(floor) as (keyof Floor)[]).filter((key) => measured[key] < floor[key]);
    expect(below.map((key) => `${key} ${measured[key].toFixed(3)} < floor ${floor[key]}`)).toEqual([]);
  });
});
