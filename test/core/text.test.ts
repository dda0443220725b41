import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/core/text/cleanup";
import { detectLanguage } from "../../src/core/text/language";
import { splitSentences } from "../../src/core/text/sentences";

describe("language detection", () => {
  it("tells English, Russian and Kazakh apart", () => {
    expect(detectLanguage("Satbayev University signed a memorandum with a Polish university.")).toBe("en");
    expect(detectLanguage("Университет подписал меморандум с польским вузом о сотрудничестве.")).toBe("ru");
    expect(
      detectLanguage("Университет поляк жоғары оқу орнымен ынтымақтастық туралы меморандумға қол қойды."),
    ).toBe("kk");
  });

  it("reads Kazakh written in the Latin alphabet as Kazakh", () => {
    expect(
      detectLanguage("Ýnıversıtet polák joǵary oqý ornymen yntymaqtastyq týraly memorandýmǵa qol qoıdy."),
    ).toBe("kk");
    expect(
      detectLanguage("Universitet jane koreia universiteti arasynda yntymaqtastyq turaly kelisim men bilim"),
    ).toBe("kk");
  });

  it("stays Russian when a Kazakh name appears once", () => {
    expect(
      detectLanguage("Делегация посетила Әл-Фараби университет и обсудила планы на будущий учебный год."),
    ).toBe("ru");
  });
});

describe("cleanup", () => {
  it("drops subscription calls, share lines, photo credits and the other-news tail", () => {
    const text = [
      "×",
      "KBTU signs agreement",
      "KBTU signs agreement",
      "KBTU has signed an agreement with a partner.",
      "Photo: KBTU press service",
      "Подписывайтесь на наш Telegram, там самая оперативная информация.",
      "Share: Facebook | X | Telegram",
      "Жаңалықтарды Telegram арнамыздан оқыңыз",
      "Other news",
      "KBTU opens a new dormitory",
    ].join("\n");
    const cleaned = cleanArticle(text).text;
    expect(cleaned).toBe("KBTU signs agreement\nKBTU has signed an agreement with a partner.");
  });

  it("drops another article's headline quoted inside this one, and keeps the text after it", () => {
    const text = [
      "Университет подписал соглашение с партнером.",
      "Читайте также: КазНУ и Пекинский университет открыли совместный центр",
      "Тағы оқыңыз: Сәтбаев университеті жаңа зертхана ашты",
      "Read also - KBTU signs MoU with Heriot-Watt",
      "Обучение начнется в сентябре.",
    ].join("\n");
    expect(cleanArticle(text).text).toBe(
      "Университет подписал соглашение с партнером.\nОбучение начнется в сентябре.",
    );
  });

  it("cuts at Russian and Kazakh news-feed headings", () => {
    expect(cleanArticle("Текст статьи.\nЛента новостей\nДругая новость").text).toBe("Текст статьи.");
    expect(cleanArticle("Мақала мәтіні.\nБарлық жаңалықтар →\nБасқа").text).toBe("Мақала мәтіні.");
  });
});

describe("sentence splitting", () => {
  const texts = (text: string) => splitSentences(text).map((s) => s.text);

  it("keeps initials and abbreviations inside sentences in three languages", () => {
    expect(texts("L.N. Gumilyov Eurasian National University met Prof. Smith. Talks went well.")).toEqual([
      "L.N. Gumilyov Eurasian National University met Prof. Smith.",
      "Talks went well.",
    ]);
    expect(texts("ЕНУ им. Л.Н. Гумилева подписал договор. В 2025 г. начнется обмен.")).toEqual([
      "ЕНУ им. Л.Н. Гумилева подписал договор.",
      "В 2025 г. начнется обмен.",
    ]);
    expect(texts("Қ.И. Сәтбаев атындағы университет келісімге қол қойды. Құжат бес жылға жасалды.")).toEqual([
      "Қ.И. Сәтбаев атындағы университет келісімге қол қойды.",
      "Құжат бес жылға жасалды.",
    ]);
    expect(texts("Caspian University named after Sh. Yessenov hosted guests. They stayed.")).toHaveLength(2);
  });

  it("ends a sentence at a line break and keeps offsets into the text", () => {
    const text = "Headline without a dot\nFirst sentence. Second one!";
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      "Headline without a dot",
      "First sentence.",
      "Second one!",
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1, 1]);
  });
});
