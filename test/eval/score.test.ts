import { describe, expect, it } from "vitest";
import {
  addTally,
  emptyTally,
  figures,
  type LabelledArticle,
  nameWords,
  report,
  sameName,
  scoreArticle,
} from "../../scripts/eval/score";

describe("names", () => {
  it("fold case, marks, apostrophes and punctuation, and drop filler words", () => {
    expect(nameWords("The Al-Farabi Kazakh National University")).toEqual([
      "al",
      "farabi",
      "kazakh",
      "national",
      "university",
    ]);
    expect(nameWords("Université d'Orléans")).toEqual(["universite", "dorleans"]);
    expect(nameWords("Huawei Technologies Co., Ltd.")).toEqual(["huawei", "technologies"]);
    expect(nameWords("Middle East Technical University (Türkiye)")).toContain("turkey");
  });

  it("match when one's words are all in the other's and a distinctive word is shared", () => {
    expect(sameName("Wuhan University", "Wuhan University of Technology")).toBe(true);
    expect(sameName("KazNU", "Al-Farabi Kazakh National University")).toBe(false);
    // Only generic words in common: not the same body.
    expect(sameName("National University", "Kazakh National University")).toBe(false);
    expect(sameName("Kazakh National University", "Kazakh National University")).toBe(true);
    expect(sameName("", "University")).toBe(false);
    expect(sameName("Training Centre", "training center")).toBe(true);
  });
});

const pair = (kz: string, partner: string, extra: Record<string, unknown> = {}) => ({
  kz,
  partner,
  country: "CN",
  partner_type: "university",
  agreement: "memorandum",
  status: "signed",
  fields: ["it"],
  ...extra,
});

describe("scoring", () => {
  const gold: LabelledArticle = {
    id: "a1",
    lang: "en",
    partnerships: [
      pair("Astana IT University", "Wuhan University"),
      pair("Astana IT University", "Tsinghua University"),
    ],
  };

  it("matches pairs greedily and scores agreement, status and fields on matched pairs", () => {
    const tally = emptyTally();
    const notes = scoreArticle(tally, gold, {
      partnerships: [
        pair("Astana IT University", "Wuhan University", { status: "discussed", fields: ["it", "ai"] }),
        pair("Astana IT University", "Peking University"),
      ],
    });
    const f = figures(tally);
    expect([tally.pairHits, tally.goldPairs, tally.predPairs]).toEqual([1, 2, 2]);
    expect(f.pairF1).toBe(0.5);
    expect([f.agreement, f.status]).toEqual([1, 0]);
    expect([tally.fieldTp, tally.fieldFp, tally.fieldFn]).toEqual([1, 1, 0]);
    expect(notes).toEqual([
      "  status discussed != signed (Wuhan University)",
      "  missed  Astana IT University <-> Tsinghua University",
      "  extra   Astana IT University <-> Peking University",
    ]);
  });

  it("counts each partner once, and Hong Kong as China", () => {
    const tally = emptyTally();
    scoreArticle(
      tally,
      {
        id: "a2",
        lang: "ru",
        partnerships: [pair("KazNU", "City University of Hong Kong", { country: "HK" })],
      },
      {
        partnerships: [
          pair("KazNU", "City University of Hong Kong", { country: "CN" }),
          pair("Satbayev University", "City University of Hong Kong", { country: "CN" }),
        ],
      },
    );
    expect([tally.goldPartners, tally.predPartners, tally.partnerHits, tally.countryOk]).toEqual([
      1, 1, 1, 1,
    ]);
  });

  it("counts an article with no answer as missing, its pairs as missed", () => {
    const tally = emptyTally();
    scoreArticle(tally, gold, undefined);
    expect(tally.missing).toBe(1);
    expect(figures(tally).pairF1).toBe(0);
  });

  it("reports per language and adds sets up", () => {
    const en = emptyTally();
    scoreArticle(en, gold, { partnerships: gold.partnerships });
    const ru = emptyTally();
    scoreArticle(ru, { ...gold, id: "r1", lang: "ru" }, { partnerships: [] });
    const total = emptyTally();
    addTally(total, en);
    addTally(total, ru);
    expect(total.articles).toBe(2);
    expect(report(total)).toEqual([
      "articles 2 (no answer for 0); pairs: gold 4, predicted 2, matched 2",
      "pairs     precision 1.000 recall 0.500 F1 0.667",
      "partners  precision 1.000 recall 0.500 F1 0.667",
      "on matched partners: country 1.000, partner_type 1.000",
      "on matched pairs: agreement 1.000, status 1.000, fields F1 1.000",
      "pair F1 by language: en 1.000 (1 articles), ru 0.000 (1 articles)",
    ]);
  });
});
