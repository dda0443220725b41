// "With <country>" in Russian and Kazakh: the instrumental case of the names the locale files give.
import { describe, expect, it } from "vitest";
import { countryName } from "../../src/core/countries";
import { kkWith, ruWith } from "../../src/core/summary/brief-with";

describe("with a country, in Russian", () => {
  it("declines each kind of name as Russian does", () => {
    const cases: [string, string][] = [
      ["RU", "с Россией"],
      ["CN", "с Китаем"],
      ["DE", "с Германией"],
      ["GB", "с Великобританией"],
      ["KR", "с Республикой Корея"],
      ["US", "с США"],
      ["AE", "с ОАЭ"],
      ["SE", "со Швецией"],
      ["CH", "со Швейцарией"],
      ["SK", "со Словакией"],
      ["RS", "с Сербией"],
      ["SG", "с Сингапуром"],
      ["PL", "с Польшей"],
      ["CA", "с Канадой"],
      ["UA", "с Украиной"],
      ["LT", "с Литвой"],
      ["KZ", "с Казахстаном"],
      ["IL", "с Израилем"],
      ["BY", "с Беларусью"],
      ["EG", "с Египтом"],
      ["NL", "с Нидерландами"],
      ["PH", "с Филиппинами"],
      ["SA", "с Саудовской Аравией"],
      ["NZ", "с Новой Зеландией"],
      ["MK", "с Северной Македонией"],
      ["BA", "с Боснией и Герцеговиной"],
      ["LK", "со Шри-Ланкой"],
      ["PE", "с Перу"],
      ["CL", "с Чили"],
      ["MA", "с Марокко"],
      ["UY", "с Уругваем"],
      ["GN", "с Гвинеей"],
    ];
    for (const [code, want] of cases) expect(ruWith(countryName(code, "ru")), code).toBe(want);
  });
});

describe("with a country, in Kazakh", () => {
  it("adds мен, бен or пен by the last sound, after a hyphen for an acronym", () => {
    const cases: [string, string][] = [
      ["CN", "Қытаймен"],
      ["RU", "Ресеймен"],
      ["US", "АҚШ-пен"],
      ["DE", "Германиямен"],
      ["KR", "Оңтүстік Кореямен"],
      ["TR", "Түркиямен"],
      ["IN", "Үндістанмен"],
      ["NL", "Нидерландпен"],
      ["BY", "Беларусьпен"],
      ["IL", "Израильмен"],
      ["KW", "Кувейтпен"],
      ["EG", "Мысырмен"],
      ["CZ", "Чех Республикасымен"],
      ["AE", "Біріккен Араб Әмірліктерімен"],
      ["BD", "Бангладешпен"],
    ];
    for (const [code, want] of cases) expect(kkWith(countryName(code, "kk")), code).toBe(want);
    expect(kkWith("Ираз")).toBe("Иразбен");
  });
});
