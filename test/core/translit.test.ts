// Each transcription system read backwards, on tables of names: what the engine writes for a proper word
// of an institution's name, given the country the text names around it (or none).
import { describe, expect, it } from "vitest";
import { romanizeProper } from "../../src/core/directory/translit/index";
import { readPalladius } from "../../src/core/directory/translit/palladius";
import { readPolivanov } from "../../src/core/directory/translit/polivanov";
import type { CountryCode } from "../../src/core/types";

const read = (word: string, country?: CountryCode, kazakh = false) =>
  romanizeProper(word, country ? { country, kazakh } : { kazakh }).latin;

describe("Chinese: Palladius read back into pinyin", () => {
  it.each([
    ["Ланьчжоу", "Lanzhou"],
    ["Чжэцзян", "Zhejiang"],
    ["Цзинань", "Jinan"],
    ["Сиань", "Xi'an"],
    ["Шэньчжэнь", "Shenzhen"],
    ["Гуйчжоу", "Guizhou"],
    ["Хуачжун", "Huazhong"],
    ["Шихэцзы", "Shihezi"],
    ["Хэбэй", "Hebei"],
    ["Тяньцзинь", "Tianjin"],
    ["Юньнань", "Yunnan"],
    ["Сычуань", "Sichuan"],
    ["Чжэнчжоу", "Zhengzhou"],
    ["Цзянси", "Jiangxi"],
    ["Фуцзянь", "Fujian"],
    ["Сямэнь", "Xiamen"],
    ["Хуэйчжоу", "Huizhou"],
    ["Цюаньчжоу", "Quanzhou"],
    ["Наньчан", "Nanchang"],
    ["Шэньян", "Shenyang"],
  ])("%s -> %s, taken for Chinese by its syllables alone", (word, pinyin) => {
    expect(romanizeProper(word)).toEqual({ latin: pinyin, country: "CN" });
  });

  it.each([
    // Context says China: words with no sign of Palladius of their own.
    ["Ляонин", "Liaoning"],
    ["Цинхай", "Qinghai"],
    ["Хунань", "Hunan"],
    ["Ханчжоу", "Hangzhou"],
    // Variants texts use: "е" for "э", the soft sign left out, Kazakh spellings.
    ["Шеньчжень", "Shenzhen"],
    ["Тянцзинь", "Tianjin"],
    ["Ланчжоу", "Lanzhou"],
  ])("%s -> %s when the text says China", (word, pinyin) => {
    expect(read(word, "CN")).toBe(pinyin);
  });

  it("prefers a place the directory knows among readings, and marks a syllable break", () => {
    expect(read("Ланжоу", "CN", true)).toBe("Lanzhou");
    expect(readPalladius("цзинъань")).toContain("jing'an");
    expect(readPalladius("цзинань")[0]).toBe("jinan");
  });

  it("does not take Russian, Korean or Japanese words for Chinese", () => {
    const words: ReadonlyArray<readonly [string, string]> = [
      ["Тарим", "Tarim"],
      ["Пусан", "Pusan"],
      ["Наманган", "Namangan"],
      ["Тараз", "Taraz"],
      ["Курган", "Kurgan"],
    ];
    for (const [word, latin] of words) expect(romanizeProper(word)).toEqual({ latin });
    expect(readPalladius("урумчи")).toEqual([]);
  });
});

describe("Korean: Kontsevich, with the spellings Korean universities use", () => {
  it.each([
    ["Вусон", "Woosong"],
    ["Вусонг", "Woosong"],
    ["Чонбук", "Jeonbuk"],
    ["Кёнхи", "Kyung Hee"],
    ["Ёнсе", "Yonsei"],
    ["Сонгюнгван", "Sungkyunkwan"],
    ["Кёнбук", "Kyungpook"],
    ["Ханян", "Hanyang"],
    ["Инха", "Inha"],
    ["Чхунбук", "Chungbuk"],
  ])("%s -> %s", (word, english) => {
    expect(romanizeProper(word)).toEqual({ latin: english, country: "KR" });
  });

  it.each([
    ["Пэксан", "Baeksan"],
    ["Чхонгу", "Cheongu"],
    ["Тэсон", "Daeseon"],
    ["Кымган", "Geumgan"],
  ])("a name no table holds, in Revised Romanization: %s -> %s", (word, english) => {
    expect(read(word, "KR")).toBe(english);
  });
});

describe("Japanese: Polivanov read back into Hepburn", () => {
  it.each([
    ["Цукуба", "Tsukuba"],
    ["Васэда", "Waseda"],
    ["Кэйо", "Keio"],
    ["Хитоцубаси", "Hitotsubashi"],
    ["Сидзуока", "Shizuoka"],
    ["Рицумэйкан", "Ritsumeikan"],
    ["Кюсю", "Kyushu"],
    ["Хоккайдо", "Hokkaido"],
    ["Тохоку", "Tohoku"],
    ["Ниигата", "Niigata"],
    ["Тиба", "Chiba"],
    ["Канадзава", "Kanazawa"],
    ["Тоттори", "Tottori"],
    ["Симанэ", "Shimane"],
    ["Ямагути", "Yamaguchi"],
  ])("%s -> %s", (word, hepburn) => {
    expect(read(word, "JP")).toBe(hepburn);
  });

  it("knows a Polivanov word without context by its signs, and no Russian one", () => {
    expect(romanizeProper("Васэда")).toEqual({ latin: "Waseda", country: "JP" });
    expect(romanizeProper("Хиросима").country).toBeUndefined();
    expect(readPolivanov("москва")).toBeUndefined();
  });
});

describe("Turkish names from their Russian spelling", () => {
  it.each([
    ["Хаджеттепе", "Hacettepe"],
    ["Карабюк", "Karabük"],
    ["Улудаг", "Uludağ"],
    ["Инёню", "İnönü"],
    ["Ататюрк", "Atatürk"],
    ["Йылдыз", "Yıldız"],
    ["Сакарья", "Sakarya"],
    ["Чукурова", "Çukurova"],
    ["Кырыккале", "Kırıkkale"],
    ["Сельчук", "Selçuk"],
    ["Эрджиес", "Erciyes"],
    ["Догу", "Doğu"],
    ["Едитепе", "Yeditepe"],
    ["Кютахья", "Kütahya"],
  ])("%s -> %s", (word, turkish) => {
    expect(read(word, "TR")).toBe(turkish);
  });
});

describe("Uzbek, Kyrgyz, Tajik, Kazakh and Russian names in their usual English forms", () => {
  it.each([
    ["Андижан", "UZ", "Andijan"],
    ["Худжанд", "TJ", "Khujand"],
    ["Жалал", "KG", "Jalal"],
    ["Баласагын", "KG", "Balasagyn"],
    ["Ургенч", "UZ", "Urgench"],
    ["Каракалпак", "UZ", "Karakalpak"],
  ] as const)("%s (%s) -> %s", (word, country, english) => {
    expect(read(word, country)).toBe(english);
  });

  it.each([
    ["Байтұрсынұлы", "Baitursynuly"],
    ["Сейфуллин", "Seifullin"],
    ["Абай", "Abai"],
    ["Назарбаев", "Nazarbayev"],
    ["Жетісу", "Zhetisu"],
    ["Әуезов", "Auezov"],
    ["Қорқыт", "Korkyt"],
  ])("Kazakh %s -> %s", (word, english) => {
    expect(read(word, undefined, true)).toBe(english);
  });

  it.each([
    ["Ломоносов", "Lomonosov"],
    ["Екатеринбург", "Yekaterinburg"],
    ["Ухта", "Ukhta"],
    ["Губкин", "Gubkin"],
    ["Плеханов", "Plekhanov"],
    ["Достоевский", "Dostoyevsky"],
    ["Щукин", "Shchukin"],
    ["Циолковский", "Tsiolkovsky"],
    ["Гайдар", "Gaydar"],
  ])("Russian %s -> %s", (word, english) => {
    expect(read(word, "RU")).toBe(english);
  });
});
