// An institution's name in the reader's language, from the directory's aliases.
import { describe, expect, it } from "vitest";
import { institutionNameIn } from "../../src/core/directory/localName";

describe("an institution's name in a language", () => {
  it("takes the directory's full name in Russian or Kazakh, never an acronym or a short form", () => {
    expect(institutionNameIn("L.N. Gumilyov Eurasian National University", "ru")).toBe(
      "Евразийский национальный университет имени Л.Н. Гумилева",
    );
    expect(institutionNameIn("L.N. Gumilyov Eurasian National University", "kk")).toBe(
      "Л.Н. Гумилев атындағы Еуразия ұлттық университеті",
    );
    expect(institutionNameIn("Technical University of Munich", "ru")).toBe(
      "Мюнхенский технический университет",
    );
    expect(institutionNameIn("Technical University of Munich", "kk")).toBe("Мюнхен техникалық университеті");
    // A Kazakh name without Kazakh letters ("Huawei компаниясы") is not taken for Russian.
    expect(institutionNameIn("Huawei", "ru")).toBe("Huawei");
    // The name as written finds its entry too.
    expect(institutionNameIn("КазНУ", "kk")).toBe("Әл-Фараби атындағы Қазақ ұлттық университеті");
  });

  it("keeps the name as written in English, or when the directory has no name in that language", () => {
    expect(institutionNameIn("Уханьский университет", "en")).toBe("Уханьский университет");
    expect(institutionNameIn("Northwind Polytechnic of Nowhere", "ru")).toBe(
      "Northwind Polytechnic of Nowhere",
    );
    expect(institutionNameIn("", "kk")).toBe("");
    expect(
      institutionNameIn("Alpha Institute", "ru", [
        { name: "Alpha Institute", aliases: ["Институт Альфа", "ИА"], country: "KZ", type: "university" },
      ]),
    ).toBe("Институт Альфа");
  });
});
