// The words of institution names translated into the English words institutions use, in the order English
// names take: what INSTITUTION gives for a name the directory may not hold.
import { describe, expect, it } from "vitest";
import { findInstitution } from "../../src/core/api";
import { englishOrder } from "../../src/core/directory/translate";

const nameOf = (text: string) => findInstitution(text)?.name;

describe("the issue's names", () => {
  it.each([
    ["Ланьчжоуского университета", "Lanzhou University"],
    ["Ляонин мұнай-химия университеті", "Liaoning Petrochemical University"],
    ["Вусонг университетінің", "Woosong University"],
    ["Тюменский государственный нефтегазовый университет", "Industrial University of Tyumen"],
    ["Zhejiang Technological University", "Zhejiang University of Technology"],
    ["Shanghai Transport University", "Shanghai Jiao Tong University"],
    ["Северо-Западный сельскохозяйственный и лесной университет (Китай)", "Northwest A&F University"],
  ])("%s -> %s", (text, english) => {
    expect(nameOf(text)).toBe(english);
  });
});

describe("Russian and Kazakh name words in English", () => {
  it.each([
    // Adjectives before the head, as the institution's own English name has them.
    ["Таджикский государственный медицинский университет", "Tajik State Medical University"],
    ["Гомельский государственный нефтегазовый колледж", "Gomel State Oil and Gas College"],
    ["Самарқанд мемлекеттік мұнай-химия колледжі", "Samarkand State Petrochemical College"],
    ["Таджикский горно-металлургический институт", "Tajik Mining and Metallurgical Institute"],
    ["Иркутский научно-исследовательский институт", "Irkutsk Research Institute"],
    ["Сибирский федеральный университет", "Siberian Federal University"],
    ["Дальневосточный федеральный университет", "Far Eastern Federal University"],
    // Subjects in the genitive after the head: "University of ...".
    ["Ташкентский университет информационных технологий", "Tashkent University of Information Technologies"],
    [
      "Самаркандский государственный институт иностранных языков",
      "Samarkand State Institute of Foreign Languages",
    ],
    ["Хуачжунский университет науки и технологии", "Huazhong University of Science and Technology"],
    ["Бухарский университет экономики и права", "Bukhara University of Economics and Law"],
    // Kazakh subjects: one alone as an adjective, a noun with no adjective, two as "of A and B".
    ["Цзянсу ғылым және технология университеті", "Jiangsu University of Science and Technology"],
    ["Бейжің технология университеті", "Beijing University of Technology"],
    ["Атырау мұнай және газ университеті", "Atyrau University of Oil and Gas"],
    ["Хэнань ауылшаруашылық университеті", "Henan Agricultural University"],
  ])("%s -> %s", (text, english) => {
    expect(nameOf(text)).toBe(english);
  });
});

describe("English name order by the institution's country", () => {
  it.each([
    // "Technological University" is "University of Technology" outside the former Soviet Union.
    ["Хэбэйский технологический университет", "Hebei University of Technology"],
    ["Каунасский технологический университет (Литва)", "Kaunas University of Technology"],
    [
      "Казанский национальный исследовательский технологический университет",
      "Kazan National Research Technological University",
    ],
    ["Ташкентский химико-технологический институт", "Tashkent Institute of Chemical Technology"],
    ["Ташкентский государственный экономический университет", "Tashkent State University of Economics"],
    ["Ташкентский государственный юридический университет", "Tashkent State University of Law"],
    // Chinese institutions' words: Normal, Jiaotong, Northeast.
    ["Ланьчжоуский транспортный университет", "Lanzhou Jiaotong University"],
    ["Северо-Восточный педагогический университет (Китай)", "Northeast Normal University"],
    ["Сианьский транспортный университет", "Xi'an Jiaotong University"],
    // A Polish polytechnic, and a plain city university where the country names it "University of X".
    ["Варшавский политехнический университет", "Warsaw University of Technology"],
    ["Ополе университеті (Польша)", "University of Opole"],
    // A proper name after the head comes first, adjectives after it.
    ["Технический университет Йылдыз (Турция)", "Yıldız Technical University"],
  ])("%s -> %s", (text, english) => {
    expect(nameOf(text)).toBe(english);
  });

  it("restyles a name written in English only for China, where the pattern is the rule", () => {
    expect(englishOrder("Nanyang Technological University", "SG")).toBe("Nanyang University of Technology");
    expect(findInstitution("Nanyang Technological University (Singapore)")?.name).toBe(
      "Nanyang Technological University",
    );
    expect(findInstitution("Hubei Technological University (China)")?.name).toBe(
      "Hubei University of Technology",
    );
  });
});

describe("the transcription system from what the text says around the name", () => {
  it.each([
    ["Университет Кагосима (Япония)", "Kagoshima University", "JP"],
    ["Университет Намбу (Южная Корея)", "Nambu University", "KR"],
    ["Университет Бартын (Турция)", "Bartın University", "TR"],
    ["Цинхай университеті, Қытай", "Qinghai University", "CN"],
    ["Наманганский инженерно-строительный институт", "Namangan Engineering Construction Institute", "UZ"],
  ] as const)("%s -> %s", (text, english, country) => {
    const found = findInstitution(text);
    expect([found?.name, found?.country]).toEqual([english, country]);
  });

  it("reads a sentence's one foreign country into a name's words, by a syllable system only", () => {
    expect(
      findInstitution("Во время визита в Японию подписан меморандум с университетом Кагава о стажировках")
        ?.name,
    ).toBe("Kagawa University");
    // A Kazakh name in a sentence about Türkiye is not read as Turkish.
    expect(findInstitution("Делегация из Турции провела встречу в Университете Жубанова")?.name).toBe(
      "Zhubanov University",
    );
  });
});
