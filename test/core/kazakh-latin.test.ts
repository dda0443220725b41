// Kazakh in the Latin alphabet: each spelling's table, telling the spelling, the words kept as written, the
// map back to the text as written, and the engine reading such an article as it reads the Cyrillic one.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { agreementOf, articleDate, extractArticle, fieldsOf, statusOf } from "../../src/core/api";
import { knownCyrillicWord, knownLatinWord } from "../../src/core/directory/scriptWords";
import { readingOf } from "../../src/core/extract/reading";
import {
  convertText,
  detectSpelling,
  originalSlice,
  type Spelling,
  type WordLookup,
} from "../../src/core/text/kazakhLatin";
import { detectLanguage } from "../../src/core/text/language";
import { tokenize } from "../../src/core/text/normalize";
import { splitSentences } from "../../src/core/text/sentences";

const LOOKUP: WordLookup = { latin: knownLatinWord, cyrillic: knownCyrillicWord };
const NOTHING_KNOWN: WordLookup = { latin: () => false, cyrillic: () => false };
const cyrillicOf = (text: string, spelling: Spelling) => convertText(text, spelling, NOTHING_KNOWN).text;

/** `latin → cyrillic` pairs, one a line. */
const examples = (table: string) =>
  table
    .trim()
    .split("\n")
    .map((line) => line.split("→").map((s) => s.trim()) as [string, string]);

describe("the tables of each Latin spelling of Kazakh", () => {
  it("reads the acute spelling of 2018 (á ǵ ı ń ó ú ý, sh ch)", () => {
    for (const [latin, cyrillic] of examples(`
      ýnıversıtetinde → университетінде
      Qytaı Halyq Respýblıkasynyń → Қытай Халық Республикасының
      Tótenshe jáne ókiletti Elshisi → Төтенше және өкілетті Елшісі
      jarııalady → жариялады
      materıaldyq → материалдық
      aıasynda → аясында
      aıý → аю
      Shyǵys → Шығыс
      Chjan → Чжан
      Tszınpın → Цзинпин
      aıtsa → айтса
      konferentsııa → конференция
      ekonomıka eki → экономика екі
      mádenı baılanys → мәдени байланыс
      QR AQSh QAZAQSTAN → ҚР АҚШ ҚАЗАҚСТАН
      Is Ilesanmı Italııa KAZINFORM → Іс Илесанми Италия КАЗИНФОРМ
    `))
      expect(cyrillicOf(latin, "acute")).toBe(cyrillic);
  });

  it("reads the apostrophe spelling of 2017 (a' g' i' n' o' s' c' u' y')", () => {
    for (const [latin, cyrillic] of examples(`
      y'ni'versi'tetinde → университетінде
      Qytai' Halyq Respy'bli'kasynyn' → Қытай Халық Республикасының
      To'tens'e ja'ne o'kiletti Els'isi → Төтенше және өкілетті Елшісі
      jari'i'alady → жариялады
      s'yg'ys shyg'ys → шығыс шығыс
      c'ai' → чай
      u's' → үш
      ai'y' → аю
      ekonomi'ka → экономика
    `))
      expect(cyrillicOf(latin, "apostrophe")).toBe(cyrillic);
    // A letter only another spelling uses is no Kazakh letter of this one: the word stays as written.
    expect(cyrillicOf("Tótenshe ja'ne", "apostrophe")).toBe("Tótenshe және");
  });

  it("reads the 2021 spelling (ä ğ ı ñ ö ş ç ū ü) and the variants sites type (ǧ ŋ)", () => {
    for (const [latin, cyrillic] of examples(`
      universitetınde → университетінде
      Äl-Farabi atyndaǧy Qazaq Ūlttyq universitetı → Әл-Фараби атындағы Қазақ Ұлттық университеті
      atyndağy jyldyñ jyldyŋ → атындағы жылдың жылдың
      Bügın → Бүгін
      Qytai → Қытай
      jariialady → жариялады
      material → материал
      aiasynda → аясында
      qyrküiek taǧaiyndaldy → қыркүйек тағайындалды
      delegatsiiasy delegasiiasy konferensiia Fransiia sentr → делегациясы делегациясы конференция Франция центр
      Rossiia esi → Россия еси
      şeşım çempion → шешім чемпион
      Is Iske İran Italiia → Іс Іске Иран Италия
    `))
      expect(cyrillicOf(latin, "umlaut")).toBe(cyrillic);
  });

  it("keeps capitals, digits, punctuation and Cyrillic letters as they are", () => {
    expect(cyrillicOf("«Bir beldeý – bir jol», 2013 jyly!", "acute")).toBe(
      "«Бір белдеу – бір жол», 2013 жылы!",
    );
    expect(cyrillicOf("Іs-sharaǵa", "acute")).toBe("Іс-шараға");
    // A letter and its combining mark, as some pages send them.
    expect(cyrillicOf("ja\u0301ne", "acute")).toBe("және");
  });
});

describe("telling the spelling of a text", () => {
  it("takes the spelling whose own letters the text uses", () => {
    expect(detectSpelling("Nazarbaev ýnıversıtetinde eskertkish taqta ornatyldy.")).toBe("acute");
    expect(detectSpelling("Nazarbaev y'ni'versi'tetinde eskertkis' taqta ornatyldy.")).toBe("apostrophe");
    expect(detectSpelling("Äl-Farabi atyndaǧy Qazaq Ūlttyq universitetıne 90 jyl.")).toBe("umlaut");
    // Nothing of any: the acute spelling, the commonest in the news.
    expect(detectSpelling("Qazaqstan men Qytai")).toBe("acute");
  });

  it("does not take English possessives for the apostrophe spelling", () => {
    expect(detectSpelling("The students' union met at Nazarbayev University's campus ýnıversıtet")).toBe(
      "acute",
    );
    expect(detectLanguage("The students' union met at the University's campus in Iraq, they say'")).toBe(
      "en",
    );
  });

  it("tells Kazakh in each spelling from English", () => {
    expect(detectLanguage("Abai' y'ni'versi'tetinde Huawei akademi'i'asy as'yldy")).toBe("kk");
    expect(detectLanguage("Şäkärım universitetıne Kyung Hee universitetınıñ delegatsiiasy keldı")).toBe("kk");
    expect(detectLanguage("Toraıǵyrov ýnıversıteti Lanchjoý ýnıversıtetimen memorandýmǵa qol qoıdy")).toBe(
      "kk",
    );
  });
});

/** What the engine reads for a Latin-script Kazakh text (the directory decides which names stay Latin). */
const read = (text: string) => readingOf(text, "kk").text;

describe("names that are not Kazakh stay as written", () => {
  it("keeps company names, English words and acronyms the directory knows", () => {
    expect(read("Sátbaev ýnıversıteti Huawei kompanııasymen kelisimge qol qoıdy.")).toBe(
      "Сәтбаев университеті Huawei компаниясымен келісімге қол қойды.",
    );
    expect(read("Ol Tianjin Youxin Intelligent Technology Co., Ltd. kompanııasymen qol qoıdy.")).toBe(
      "Ол Tianjin Youxin Intelligent Technology Co., Ltd. компаниясымен қол қойды.",
    );
    expect(read("Taraptar ELTE men Harbin Institute of Technology ókilderimen kezdesti.")).toBe(
      "Тараптар ELTE мен Harbin Institute of Technology өкілдерімен кездесті.",
    );
    // A name with a Kazakh-only letter of the text's spelling that the directory knows in Latin letters.
    expect(read("Eötvös Loránd ýnıversıtetimen")).toBe("Eötvös Loránd университетімен");
  });

  it("reads a Latin name's Kazakh ending as Cyrillic Kazakh writes it, after a hyphen", () => {
    expect(read("Ýnıversıtet Huaweimen jáne Harvardpen kelisti.")).toBe(
      "Университет Huawei-мен және Harvard-пен келісті.",
    );
    expect(read("Rockwell Automation-nyń ortalyǵy")).toBe("Rockwell Automation-ның орталығы");
  });

  it("writes a name's first E as э where the directory does", () => {
    expect(read("Iýnýs Emre ınstıtýty ortalyq ashty.")).toBe("Юнус Эмре институты орталық ашты.");
    expect(read("Eki ýnıversıtet")).toBe("Екі университет");
  });

  it("reads Kazakh words that other languages also write as Kazakh", () => {
    // "Astana", "Bursa", "Ol", "bar", "men" are known in Latin letters too; the Kazakh reading wins.
    expect(read("Ol Astanada bar. Qytaı men Qazaqstan.")).toBe("Ол Астанада бар. Қытай мен Қазақстан.");
    expect(read("Is-sharaǵa qatysty.")).toBe("Іс-шараға қатысты.");
    expect(readingOf("Äl-Farabi atyndaǧy universitetke keldı.", "kk").text).toBe(
      "Әл-Фараби атындағы университетке келді.",
    );
  });
});

const FIXTURES = join(import.meta.dirname, "../fixtures/articles/kklatin1");
const fixture = (id: string) => readFileSync(join(FIXTURES, `${id}.txt`), "utf8");
const LATIN_IDS = ["a1", "a2", "a3", "a4", "p1", "p2", "p3", "p4", "u1", "u2", "u3", "u4"];

describe("the map from the Cyrillic form back to the text as written", () => {
  it("maps every word and sentence back to the words that read so", () => {
    for (const id of LATIN_IDS) {
      const text = fixture(id);
      const spelling = detectSpelling(text);
      const converted = convertText(text, spelling, LOOKUP);
      expect(converted.origin.length).toBe(converted.text.length + 1);
      expect(converted.origin[converted.text.length]).toBe(text.length);
      for (let i = 1; i < converted.origin.length; i++)
        expect(converted.origin[i]!).toBeGreaterThanOrEqual(converted.origin[i - 1]!);
      for (const token of tokenize(converted.text)) {
        const written = originalSlice(converted, text, token.start, token.end);
        const form = converted.text.slice(token.start, token.end);
        // A word kept as written maps to itself; a word read in Cyrillic, to the word that reads so.
        if (/[\u0400-\u04ff]/.test(form)) expect(convertText(written, spelling, LOOKUP).text).toBe(form);
        else expect(written).toBe(form);
      }
      for (const sentence of splitSentences(converted.text)) {
        const written = originalSlice(converted, text, sentence.start, sentence.end);
        expect(convertText(written, spelling, LOOKUP).text).toBe(sentence.text);
      }
    }
  });
});

describe("a Latin-script Kazakh article is read as the same article in Cyrillic", () => {
  const pairsOf = (text: string) =>
    extractArticle(text).partnerships.map(({ summary: _summary, review: _review, ...pair }) => pair);

  for (const story of ["1", "2", "3"]) {
    it(`story ${story}: the same partnerships from the Cyrillic text and each Latin spelling`, () => {
      const cyrillic = pairsOf(fixture(`c${story}`));
      expect(cyrillic.length).toBeGreaterThan(0);
      for (const prefix of ["a", "p", "u"]) expect(pairsOf(fixture(`${prefix}${story}`))).toEqual(cyrillic);
    });
  }

  it("gives the summary and title in the article's own script", () => {
    for (const id of LATIN_IDS) {
      const text = fixture(id);
      const result = extractArticle(text);
      expect(result.lang).toBe("kk");
      expect(result.title).toBe(text.split("\n")[0]);
      expect(result.summary.length).toBeGreaterThan(40);
      expect(result.summary).not.toMatch(/[\u0400-\u04ff]/);
      // Each summary sentence is the article's own (the dateline aside).
      for (const sentence of result.summary.split(/(?<=\.) /)) expect(text).toContain(sentence.slice(0, 30));
    }
  });
});

describe("the formulas read a Latin-script Kazakh cell as its Cyrillic form", () => {
  it.each([
    "Almaty, 2025 jylǵy 20 sáýir. Taraptar akademııalyq utqyrlyq týraly kelisimge qol qoıdy. Aýyl sharýashylyǵy mamandaryn daıarlaıdy.",
    "Almaty, 2025 jylg'y 20 sa'y'ir. Taraptar akademi'i'alyq utqyrlyq ty'raly kelisimge qol qoi'dy. Ay'yl s'ary'as'ylyg'y mamandaryn dai'arlai'dy.",
    "Almaty, 2025 jylğy 20 säuır. Taraptar akademiialyq ūtqyrlyq turaly kelısımge qol qoidy. Auyl şaruaşylyğy mamandaryn daiarlaidy.",
  ])("%s", (cell) => {
    const cyrillic =
      "Алматы, 2025 жылғы 20 сәуір. Тараптар академиялық ұтқырлық туралы келісімге қол қойды. Ауыл шаруашылығы мамандарын даярлайды.";
    expect(agreementOf(cell)).toBe("academic_mobility");
    expect(agreementOf(cell)).toBe(agreementOf(cyrillic));
    expect(statusOf(cell)).toBe("signed");
    expect(fieldsOf(cell)).toEqual(["agriculture"]);
    expect(articleDate(cell)).toBe("2025-04-20");
  });
});
