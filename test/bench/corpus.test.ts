// The benchmark's corpus and statistics: what `npm run bench` figures rest on.
import { describe, expect, it } from "vitest";
import { corpusStats, generateCorpus, institutionNames } from "../../bench/corpus/index";
import { stats } from "../../bench/measure";

describe("the bench corpus", () => {
  const corpus = generateCorpus(2400);

  it("is the same for the same seed and differs for another", () => {
    expect(generateCorpus(50).map((a) => a.text)).toEqual(corpus.slice(0, 50).map((a) => a.text));
    expect(generateCorpus(50, 7).map((a) => a.text)).not.toEqual(corpus.slice(0, 50).map((a) => a.text));
  });

  it("mixes the three languages and sizes from 0.5 to 10 KB", () => {
    const s = corpusStats(corpus);
    expect(s.articles).toBeGreaterThanOrEqual(2000);
    for (const lang of ["en", "ru", "kk"]) expect(s[lang]).toBeGreaterThan(400);
    const sizes = corpus.map((a) => a.bytes);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(500);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(10_240);
    expect(sizes.filter((b) => b > 5000).length).toBeGreaterThan(200);
    expect(sizes.filter((b) => b < 1500).length).toBeGreaterThan(200);
    expect(corpus.find((a) => a.lang === "kk")?.text).toMatch(/университет/);
  });

  it("gives institution names in several languages, with a few unknown ones", () => {
    const names = institutionNames(1000);
    expect(names.some((n) => /[әғқңөұүһі]/.test(n))).toBe(true);
    expect(names.some((n) => /^[A-Z]/.test(n))).toBe(true);
    expect(names).toContain("Springfield Community College");
  });
});

describe("bench statistics", () => {
  it("report the median, min and max of the runs", () => {
    expect(stats([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, runs: 3 });
    expect(stats([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, runs: 4 });
  });
});
