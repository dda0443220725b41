// The transliteration and name-word tables judged on names they were not built from: real institutions as
// Russian and Kazakh news name them, with the English names they use (test/fixtures/names/held-out.tsv,
// written before the tables). The shares are floors: a change that loses names fails here.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findInstitution } from "../../src/core/api";
import { findCountryHints } from "../../src/core/countries";
import { findUnknownNames } from "../../src/core/directory/unknown";
import { tokenize } from "../../src/core/text/normalize";

const rows = readFileSync(new URL("../fixtures/names/held-out.tsv", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "" && !line.startsWith("#"))
  .map((line) => line.split("\t") as [string, string]);

// The directory's name may add "named after ..." to the English name the list gives.
const same = (got: string | undefined, want: string) =>
  got === want || (got?.startsWith(`${want} named after `) ?? false);

/** The name the translation alone gives, without the directory. */
function translated(input: string): string | undefined {
  const tokens = tokenize(input);
  const hints = findCountryHints(tokens);
  return findUnknownNames(input, tokens, new Uint8Array(tokens.length + 1), hints)[0]?.name;
}

function share(read: (input: string) => string | undefined) {
  const misses = rows
    .filter(([input, want]) => !same(read(input), want))
    .map(([input, want]) => {
      return `${input} -> ${read(input) ?? "(nothing)"} (${want})`;
    });
  return { share: 1 - misses.length / rows.length, misses };
}

describe("names the tables were not built from", () => {
  it("has enough names to judge by", () => {
    expect(rows.length).toBeGreaterThanOrEqual(100);
  });

  it("INSTITUTION names at least 93% of them right", () => {
    const { share: right, misses } = share((input) => findInstitution(input)?.name);
    expect(right, misses.join("\n")).toBeGreaterThanOrEqual(0.93);
  });

  it("the translation alone, without the directory, names at least 80% of them right", () => {
    const { share: right, misses } = share(translated);
    expect(right, misses.join("\n")).toBeGreaterThanOrEqual(0.8);
  });
});
