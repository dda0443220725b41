// =INSTITUTION as a user types it, run by the built dist/Code.js: names in any script and under former
// names come out as the institution's own English name, and its country.
import { describe, expect, it } from "vitest";
import { type CellInput, loadBundle } from "../harness";

function sheetWith(columnA: CellInput[]) {
  return loadBundle({ workbook: { Data: columnA.map((v) => [v]) } });
}

describe("INSTITUTION through the bundle", () => {
  it("reads names in their own spelling from Palladius, Kontsevich and Polivanov, and names' words", () => {
    const h = sheetWith([
      "Ланьчжоуского университета",
      "Вусонг университетінің",
      "Университет Васэда",
      "Ляонин мұнай-химия университеті",
      "Zhejiang Technological University",
      "Shanghai Transport University",
      "Тюменский государственный нефтегазовый университет",
    ]);
    expect(h.formula("=INSTITUTION(A1:A7)", "Data")).toEqual([
      ["Lanzhou University"],
      ["Woosong University"],
      ["Waseda University"],
      ["Liaoning Petrochemical University"],
      ["Zhejiang University of Technology"],
      ["Shanghai Jiao Tong University"],
      ["Industrial University of Tyumen"],
    ]);
    expect(h.formula('=INSTITUTION_COUNTRY(A2:A3, "code")', "Data")).toEqual([["KR"], ["JP"]]);
  });

  it("gives today's name for a former one, and Kazakhstan's missions abroad as Kazakhstan's", () => {
    const h = sheetWith([
      "КазНТУ",
      "КарГТУ",
      "KazGUU",
      "ПГУ им. Торайгырова",
      "Посольство Республики Казахстан в Венгрии",
    ]);
    expect(h.formula("=INSTITUTION(A1:A5)", "Data")).toEqual([
      ["Satbayev University"],
      ["Karaganda Technical University"],
      ["Maqsut Narikbayev University"],
      ["Toraighyrov University"],
      ["Embassy of the Republic of Kazakhstan in Hungary"],
    ]);
    expect(h.formula('=INSTITUTION_COUNTRY(A5, "code")', "Data")).toBe("KZ");
  });
});
