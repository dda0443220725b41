// Kazakhstan's own institutions, complete: a university, ministry, institute, company or mission written
// by its current or former name, abbreviation or translation, in any of the three languages, is one entry
// under the English name it uses today.
import { describe, expect, it } from "vitest";
import { findInstitution } from "../../src/core/api";
import { builtinInstitutions } from "../../src/core/directory/data/index";

const nameOf = (text: string) => findInstitution(text)?.name;

describe("former names and abbreviations give today's name", () => {
  it.each([
    ["KazNTU", "Satbayev University"],
    ["КазНТУ", "Satbayev University"],
    ["Kazakh National Technical University", "Satbayev University"],
    ["Казахский национальный технический университет имени К.И. Сатпаева", "Satbayev University"],
    ["Казахский политехнический институт", "Satbayev University"],
    ["КарГТУ", "Karaganda Technical University"],
    ["Карагандинского государственного технического университета", "Karaganda Technical University"],
    ["ПГУ им. Торайгырова", "Toraighyrov University"],
    ["Toraighyrov Pavlodar State University", "Toraighyrov University"],
    ["KazGUU", "Maqsut Narikbayev University"],
    ["Kazakh Humanitarian and Juridical University", "Maqsut Narikbayev University"],
    ["Казахского гуманитарно-юридического университета", "Maqsut Narikbayev University"],
    ["КазГУ", "Al-Farabi Kazakh National University"],
    ["Jetisu University", "Ilyas Zhansugurov Zhetysu University"],
    ["Акимат Южно-Казахстанской области", "Akimat of Turkistan Region"],
    ["Оңтүстік Қазақстан облысының әкімдігі", "Akimat of Turkistan Region"],
    [
      "Министерство образования и науки Республики Казахстан",
      "Ministry of Education and Science of the Republic of Kazakhstan",
    ],
    ["Академия наук Казахской ССР", "National Academy of Sciences of the Republic of Kazakhstan"],
    ["ArcelorMittal Temirtau", "Qarmet"],
    ["KazTransGas", "QazaqGaz"],
  ])("%s -> %s", (text, name) => {
    expect(nameOf(text)).toBe(name);
  });
});

describe("research institutes, national centres, foundations and companies", () => {
  it.each([
    [
      "Институт истории и этнологии имени Ч.Ч. Валиханова",
      "Ch.Ch. Valikhanov Institute of History and Ethnology",
    ],
    [
      "Ш.Ш. Уәлиханов атындағы Тарих және этнология институтының",
      "Ch.Ch. Valikhanov Institute of History and Ethnology",
    ],
    ["Институтом востоковедения имени Р.Б. Сулейменова", "R.B. Suleimenov Institute of Oriental Studies"],
    ["КИСИ", "Kazakhstan Institute for Strategic Studies under the President of the Republic of Kazakhstan"],
    [
      "Национальный центр повышения квалификации «Өрлеу»",
      "National Center for Professional Development Orleu",
    ],
    ["«Отандастар» қоры", "Otandastar Foundation"],
    [
      "Центр Болонского процесса и академической мобильности",
      "Center for the Bologna Process and Academic Mobility",
    ],
    ["НУХ «Байтерек»", "Baiterek"],
    ["Ульбинский металлургический завод", "Ulba Metallurgical Plant"],
    ["Самрук-Казына", "Samruk-Kazyna"],
    ["Казатомпром", "Kazatomprom"],
    ["ҚазМұнайГаз", "KazMunayGas"],
  ])("%s -> %s", (text, name) => {
    expect(nameOf(text)).toBe(name);
  });
});

describe("Kazakhstan's embassies and consulates general abroad are Kazakhstan's", () => {
  it.each([
    ["Embassy of Kazakhstan in Hungary", "Embassy of the Republic of Kazakhstan in Hungary"],
    ["Посольство Республики Казахстан в Венгрии", "Embassy of the Republic of Kazakhstan in Hungary"],
    [
      "Посольством Казахстана в Китае",
      "Embassy of the Republic of Kazakhstan in the People's Republic of China",
    ],
    ["Польшадағы Қазақстан елшілігі", "Embassy of the Republic of Kazakhstan in the Republic of Poland"],
    [
      "Қазақстан Республикасының Түркиядағы елшілігі",
      "Embassy of the Republic of Kazakhstan in the Republic of Türkiye",
    ],
    [
      "Генеральное консульство Республики Казахстан в Казани",
      "Consulate General of the Republic of Kazakhstan in Kazan",
    ],
    [
      "Қазақстанның Самарқандтағы Бас консулдығы",
      "Consulate General of the Republic of Kazakhstan in Samarkand",
    ],
  ])("%s -> %s", (text, name) => {
    const found = findInstitution(text);
    expect([found?.name, found?.country, found?.type]).toEqual([name, "KZ", "embassy"]);
  });
});

describe("the register", () => {
  const kazakhstan = builtinInstitutions().filter((i) => i.country === "KZ");

  it("holds every university of the national register (about 120) and the bodies of the news", () => {
    expect(kazakhstan.filter((i) => i.type === "university").length).toBeGreaterThanOrEqual(115);
    expect(kazakhstan.filter((i) => i.type === "embassy").length).toBeGreaterThanOrEqual(60);
    expect(kazakhstan.filter((i) => /^Akimat of /.test(i.name)).length).toBe(20);
  });

  it("knows each university in three languages", () => {
    const cyrillic = /[\u0400-\u04ff]/;
    const kazakh = /[әғқңөұүһі]/i;
    for (const university of kazakhstan.filter((i) => i.type === "university")) {
      expect(
        university.aliases.some((a) => cyrillic.test(a)),
        university.name,
      ).toBe(true);
      expect(
        university.aliases.some((a) => kazakh.test(a) || /университеті|академиясы|институты/.test(a)),
        university.name,
      ).toBe(true);
    }
  });
});
