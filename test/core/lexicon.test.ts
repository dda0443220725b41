import { describe, expect, it } from "vitest";
import {
  alternation,
  entrySource,
  matchSpans,
  NotationError,
  START,
  type Stem,
  searchSource,
  stemGated,
} from "../../src/core/lexicon/compile";
import { en } from "../../src/core/lexicon/en";
import { LEXICONS } from "../../src/core/lexicon/index";
import { kk } from "../../src/core/lexicon/kk";
import { ru } from "../../src/core/lexicon/ru";
import {
  type Entries,
  LEXICON_SHAPE,
  type Lexicon,
  lexiconKeys,
  missingKeys,
  PLAIN_GROUPS,
} from "../../src/core/lexicon/shape";
import { fold } from "../../src/core/text/normalize";

/** Where an entry matches in a text (folded first), as the matched strings. */
function found(entry: string, text: string, stem: Stem = "token"): string[] {
  const re = new RegExp(`${START}(?:${entrySource(entry, stem)})`, "g");
  return [...fold(text).matchAll(re)].map((m) => m[0]);
}

describe("the entry notation", () => {
  it("reads a bare word as the whole word", () => {
    expect(found("met", "They met the rector")).toEqual(["met"]);
    expect(found("met", "a method; metal")).toEqual([]);
  });

  it("reads 'word*' as a stem with any ending", () => {
    expect(found("подписал*", "Подписали, подписано, подписала")).toEqual(["подписали,", "подписала"]);
    expect(found("подписал*", "Переподписали")).toEqual([]);
    // A stem stops at a space; with "letters" it stops at the word's last letter.
    expect(found("подписал*", "подписали, и", "letters")).toEqual(["подписали"]);
  });

  it("reads '*word' as any word ending so", () => {
    expect(found("*учил(ся|ась) в", "Он учился в Праге, она обучилась в Берлине")).toEqual([
      "учился в",
      "обучилась в",
    ]);
    expect(found("*учил(ся|ась) в", "он учил в школе")).toEqual([]);
  });

  it("reads '(a|b|)' as endings or words, one of them or none", () => {
    expect(found("открыл(а|и|)", "открыл открыла открыли открылось")).toEqual([
      "открыл",
      "открыла",
      "открыли",
    ]);
    expect(found("(will|shall) open", "they will open, it shall open, we open")).toEqual([
      "will open",
      "shall open",
    ]);
  });

  it("reads ' ~N ' as a gap of up to N words", () => {
    expect(found("joint ~2 lab*", "a joint research lab")).toEqual(["joint research lab"]);
    expect(found("joint ~2 lab*", "a joint big shiny new lab")).toEqual([]);
    expect(found("joint ~2 lab*", "a joint lab")).toEqual(["joint lab"]);
    // At the end: up to that many more words.
    expect(found("жалғастыр* ~1", "жалғастыруға келісті. Басқа")).toEqual(["жалғастыруға келісті."]);
  });

  it("reads '#' as a digit", () => {
    expect(found("с #", "сотрудничает с 50 вузами")).toEqual(["с 5"]);
    expect(found("20##", "in 2025 and 1999")).toEqual(["2025"]);
  });

  it("reads '!(x) word' as 'not right after x'", () => {
    const entry = "!(to|will|to be) signed";
    expect(found(entry, "The rectors signed a memorandum")).toEqual(["signed"]);
    expect(found(entry, "It is to be signed; it will signed")).toEqual([]);
  });

  it("reads 'word !(x)' as 'not followed by x', and 'word!(x)' inside a word", () => {
    expect(found("branch(es|) !(office)", "a branch campus, a branch office")).toEqual(["branch"]);
    expect(found("договор!(ил|енност)*", "договор, договорились, договоренность")).toEqual(["договор,"]);
    expect(found("electric* !(vehicle*)", "electric vehicles, electricity grids")).toEqual(["electricity"]);
    // The stem runs to its word's end before the look-ahead: no giving back letters to escape it.
    expect(found("education* !(institutions)", "educational institutions; educational ties")).toEqual([
      "educational",
    ]);
  });

  it("reads 'word ?(x)' as 'followed by x', x not part of the match, a gap allowed", () => {
    const entry = "signing of ?(~3 (memorand|agreement))";
    expect(found(entry, "the signing of a new memorandum; the signing of the contract")).toEqual([
      "signing of",
    ]);
    expect(found(entry, "the signing of one two three four agreements")).toEqual([]);
    // The same as the raw look-ahead it replaces.
    const raw = "re:signing of(?=(?: \\S+){0,3} (?:memorand|agreement))";
    for (const text of [
      "signing of a new memorandum",
      "signing of the contract",
      "signing of an agreement, then",
    ])
      expect(found(entry, text)).toEqual(found(raw, text));
    expect(found("?(the) signing", "the signing; a signing")).toEqual(["signing"]);
    expect(found("договор?(ил)*", "договор, договорились")).toEqual(["договорились"]);
  });

  it("takes 're:' entries as raw regular expressions", () => {
    expect(found("re:finished (?:first|\\S+th)", "She finished fifth; they finished the race")).toEqual([
      "finished fifth",
    ]);
  });

  it("matches everything else literally", () => {
    expect(found("5g", "5G networks")).toEqual(["5g"]);
    expect(found("u.s", "the U.S. and us")).toEqual(["u.s"]);
    expect(found("prize-winner*", "prize-winners")).toEqual(["prize-winners"]);
  });

  it("says what is wrong with an entry it cannot read", () => {
    expect(() => entrySource("Signed")).toThrow(NotationError);
    expect(() => entrySource("Signed")).toThrow(/"Signed".*not folded/);
    expect(() => entrySource("ещё")).toThrow(/not folded/);
    expect(() => entrySource("(a|b")).toThrow(/without its '\)'/);
    expect(() => entrySource("a)")).toThrow(/without its '\('/);
    expect(() => entrySource("a|b")).toThrow(/outside brackets/);
    expect(() => entrySource(" a")).toThrow(/spaces at an end/);
    expect(() => entrySource("re:(")).toThrow(NotationError);
  });

  it("matches nothing for an empty list", () => {
    expect(new RegExp(alternation([])).test("anything")).toBe(false);
    expect(new RegExp(searchSource([])).test("anything")).toBe(false);
  });
});

describe("the faster forms of a pattern", () => {
  const entries = ["*окончил(а|)", "*учил(ся|ась) в*", "член ~1", "сообщил(а|и|)"];
  const texts = [
    "Он окончил МГУ, а она закончила КазНУ.",
    "Он учил детей; она обучилась в Праге и училась в Берлине.",
    "Член-корреспондент РАН сообщила, что ...",
    "Ректор подписал меморандум.",
    "Переокончила и окончилась: не то.",
  ];
  const whole = (flags: string) => new RegExp(`${START}(?:${alternation(entries, "letters")})`, flags);

  it("a yes/no search finds the texts the whole pattern finds", () => {
    const search = new RegExp(searchSource(entries, "letters"), "i");
    for (const text of texts) expect(search.test(text)).toBe(whole("i").test(text));
  });

  it("a pattern that leaves out stem-led entries where their words are not finds the same matches", () => {
    const pick = stemGated(
      () => entries,
      "letters",
      (words) => `${START}(?:${words})[^.;,]{0,10}`,
      "gi",
    )();
    const all = new RegExp(`${START}(?:${alternation(entries, "letters")})[^.;,]{0,10}`, "gi");
    for (const text of texts) {
      expect(matchSpans(pick(text), text)).toEqual(
        [...text.matchAll(all)].map((m) => [m.index, m.index + m[0].length]),
      );
    }
    expect(pick(texts[3]!).source).not.toContain("учил");
    expect(pick(texts[1]!).source).toContain("учил");
  });
});

describe("the lexicons' shape", () => {
  it("has every key in every language", () => {
    for (const lexicon of LEXICONS) expect(missingKeys(lexicon), lexicon.lang).toEqual([]);
  });

  it("names the keys a lexicon lacks", () => {
    const { signed: _signed, ...status } = en.status;
    const { fields: _fields, ...rest } = en;
    expect(missingKeys({ ...en, status })).toEqual(["status.signed"]);
    const missing = missingKeys(rest);
    expect(missing).toContain("fields.medicine");
    expect(missing).toHaveLength(LEXICON_SHAPE.fields.length);
    expect(missingKeys({ ...en, words: { ...en.words, and: "and" } })).toEqual(["words.and"]);
    expect(missingKeys(null)).toEqual(lexiconKeys());
  });

  it("is a type error to leave a key out", () => {
    const { signed: _signed, ...status } = ru.status;
    // @ts-expect-error: status.signed is missing
    const broken: Lexicon = { ...ru, status };
    expect(missingKeys(broken)).toEqual(["status.signed"]);
  });
});

/** A lexicon's own entries for one key, as one pattern. */
function matcher(entries: Entries): RegExp {
  return new RegExp(`${START}(?:${alternation(entries)})`);
}

/** Every entry of a lexicon compiles. */
function compilesAll(lexicon: Lexicon): number {
  let count = 0;
  for (const group of Object.keys(LEXICON_SHAPE) as (keyof typeof LEXICON_SHAPE)[]) {
    if (PLAIN_GROUPS.includes(group)) continue;
    for (const entries of Object.values(lexicon[group]) as Entries[]) {
      for (const entry of entries) {
        expect(() => entrySource(entry), entry).not.toThrow();
        count++;
      }
    }
  }
  return count;
}

const examples: ReadonlyArray<
  readonly [Lexicon, ReadonlyArray<readonly [(l: Lexicon) => Entries, string, boolean]>]
> = [
  [
    en,
    [
      [(l) => l.status.signed, "The universities signed a memorandum.", true],
      [(l) => l.status.signed, "The memorandum is to be signed in June.", false],
      [(l) => l.status.planned, "The memorandum is to be signed in June.", true],
      [(l) => l.status.launched, "Admission opens in June.", false],
      [(l) => l.agreement.joint_lab, "They opened a joint research laboratory.", true],
      [(l) => l.fields.medicine, "cooperation in medicine and health care", true],
      [(l) => l.fields.medicine, "veterinary medicine", false],
      [(l) => l.pairing.background, "Among its partners are Tsinghua and MIT.", true],
      [(l) => l.pairing.contestResult, "Students won two gold medals at the olympiad.", true],
    ],
  ],
  [
    ru,
    [
      [(l) => l.status.signed, "Стороны подписали меморандум.", true],
      [(l) => l.status.notSigned, "Документы пока не подписаны.", true],
      [(l) => l.status.planned, "Филиал откроется в 2026 году.", true],
      [(l) => l.agreement.agreement, "Стороны договорились о сотрудничестве.", false],
      [(l) => l.agreement.agreement, "заключили договор", true],
      [(l) => l.fields.agriculture, "селекция масличных культур", true],
      [(l) => l.fields.languages_culture, "масличных культур", false],
      [(l) => l.pairing.sides, "По итогам встречи стороны договорились.", true],
    ],
  ],
  [
    kk,
    [
      [(l) => l.status.signed, "Университеттер меморандумға қол қойды.", true],
      [(l) => l.status.signed, "Ýnıversıtetter memorandýmǵa qol qoıdy.", true],
      [(l) => l.status.launched, "Университетте оқу орталығы ашылды.", true],
      [(l) => l.status.planned, "Бағдарламаны күзде іске қосу жоспарланып отыр.", true],
      [(l) => l.agreement.training_center, "Huawei оқу орталығы", true],
      [(l) => l.fields.languages_culture, "Python тілі", false],
      [(l) => l.fields.languages_culture, "қазақ тілін оқыту", true],
      [(l) => l.pairing.background, "Серіктестер қатарында Ресей университеттері бар.", true],
    ],
  ],
];

describe.each(examples)("the $lang lexicon", (lexicon, cases) => {
  it("compiles every entry", () => {
    expect(compilesAll(lexicon)).toBeGreaterThan(100);
  });

  it.each(cases.map(([pick, text, expected]) => [text, expected, pick] as const))(
    "%s -> %s",
    (text, expected, pick) => {
      expect(matcher(pick(lexicon)).test(fold(text))).toBe(expected);
    },
  );
});
