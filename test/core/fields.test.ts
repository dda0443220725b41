// Fields of cooperation as a user sees them: PARTNERSHIP_FIELDS on a sentence, and the Fields of a row the
// engine extracts from an article. The sentences are written for these tests.
import { describe, expect, it } from "vitest";
import { extractArticle, fieldsOf } from "../../src/core/api";

const fieldsOfPairs = (text: string) =>
  extractArticle(text).partnerships.map((p) => [p.partner, p.fields] as const);

describe("field words of news in three languages", () => {
  it("English: the arts, translation, tourism, irrigation, pharmacy, fisheries", () => {
    expect(fieldsOf("a summer school in music and the performing arts")).toEqual(["languages_culture"]);
    expect(fieldsOf("a joint project to translate Abai's poems")).toEqual(["languages_culture"]);
    expect(fieldsOf("a double degree in tourism and hospitality")).toEqual(["economics_business"]);
    expect(fieldsOf("research on water management in the Aral basin")).toEqual(["agriculture"]);
    expect(fieldsOf("training for pharmacists and nursing staff")).toEqual(["medicine"]);
    expect(fieldsOf("a laboratory for fisheries and aquaculture")).toEqual(["marine"]);
    expect(fieldsOf("internships for young petroleum engineers")).toEqual(["engineering", "oil_gas"]);
  });

  it("Russian: arts, translation, tourism, irrigation, agricultural words of one stem", () => {
    expect(fieldsOf("гастроли театра и концерт камерной музыки")).toEqual(["languages_culture"]);
    expect(fieldsOf("школа художественного перевода")).toEqual(["languages_culture"]);
    expect(fieldsOf("подготовка кадров для туризма")).toEqual(["economics_business"]);
    expect(fieldsOf("опыт мелиорации и водного хозяйства")).toEqual(["agriculture"]);
    expect(fieldsOf("студенты сельскохозяйственных специальностей")).toEqual(["agriculture"]);
    expect(fieldsOf("практика в стоматологии и фармации")).toEqual(["medicine"]);
  });

  it("Kazakh: arts, translation, agrarian, veterinary medicine, information technology", () => {
    expect(fieldsOf("музыка және сахна өнері бойынша шеберлік сабақтары")).toEqual(["languages_culture"]);
    expect(fieldsOf("ақынның өлеңдерінің аудармасы")).toEqual(["languages_culture"]);
    expect(fieldsOf("аграрлық ғылым бойынша бірлескен жоба")).toEqual(["agriculture"]);
    // Veterinary medicine is agriculture, in Kazakh as in Russian and English.
    expect(fieldsOf("ветеринарлық медицина мамандары")).toEqual(["agriculture"]);
    expect(fieldsOf("ақпараттық технологиялар бойынша курстар")).toEqual(["it"]);
    expect(fieldsOf("балық шаруашылығы мамандарын даярлау")).toEqual(["marine"]);
    // A final к, қ or п is voiced before a vowel: көлік, темір жол көлігі; денсаулық, денсаулығы.
    expect(fieldsOf("темір жол көлігі мамандарын даярлау")).toEqual(["transport_logistics"]);
    expect(fieldsOf("халықтың денсаулығын сақтау")).toEqual(["medicine"]);
    expect(fieldsOf("академиялық ұтқырлығы")).toEqual(["education"]);
  });

  it("does not take everyday words for fields", () => {
    // The pronoun is not IT; capitals are lost in folding, so IT is read where only it fits.
    expect(fieldsOf("It was signed in Astana, and it opens in May.")).toEqual([]);
    expect(fieldsOf("courses for IT specialists")).toEqual(["it"]);
    // A news agency is no information technology.
    expect(fieldsOf("сообщает информационное агентство")).toEqual([]);
    expect(fieldsOf("деп хабарлайды ақпараттық агенттігі")).toEqual([]);
    // A university's ordinary business is no field: educational programmes, a business trip, its management.
    expect(fieldsOf("joint educational programmes with educational institutions")).toEqual([]);
    expect(fieldsOf("during a business trip the university management met")).toEqual([]);
    // The forum where something was signed is no field of it.
    expect(fieldsOf("signed at an education forum")).toEqual([]);
    expect(fieldsOf("білім беру форумы аясында қол қойылды")).toEqual([]);
    // Mountains are no mining, building a campus no engineering, artificial intelligence no art, industry no art.
    expect(fieldsOf("летняя школа на берегу горного озера")).toEqual([]);
    expect(fieldsOf("строительство кампуса начнется весной")).toEqual([]);
    expect(fieldsOf("искусственный интеллект")).toEqual(["ai"]);
    expect(fieldsOf("өнеркәсіп кәсіпорындары")).toEqual([]);
    // Institutions of higher education are the sector, not the cooperation's field.
    expect(fieldsOf("leading higher education institutions of the region")).toEqual([]);
    expect(fieldsOf("жоғары білім беру мекемелерімен байланыс")).toEqual([]);
    expect(fieldsOf("cooperation in higher education")).toEqual(["education"]);
    // The audience is no field: "the educational community", "білім беру қауымдастығы".
    expect(fieldsOf("representatives of the educational community attended")).toEqual([]);
    expect(fieldsOf("ғылыми және білім беру қауымдастығының өкілдері")).toEqual([]);
    expect(fieldsOf("представители образовательного сообщества и образования")).toEqual(["education"]);
    // Production in general is no manufacturing; a production line is.
    expect(fieldsOf("өндірістен бастап сатуға дейін")).toEqual([]);
    expect(fieldsOf("өндірістік желілерді автоматтандыру")).toEqual(["manufacturing"]);
    expect(fieldsOf("өнеркәсіптік автоматтандыру зертханасы")).toEqual(["manufacturing"]);
    // The scientific and educational cooperation of any two universities is no field; education given is.
    expect(fieldsOf("ғылыми-білім беру ынтымақтастығы туралы меморандум")).toEqual([]);
    expect(fieldsOf("білім беру саласындағы ынтымақтастық")).toEqual(["education"]);
    // History has no field of its own.
    expect(fieldsOf("a conference on the history of the Silk Road")).toEqual([]);
  });

  it("reads an exchange of students as education only when nothing names a subject", () => {
    expect(fieldsOf("an exchange of students and scholarships")).toEqual(["education"]);
    expect(fieldsOf("обмен студентами и преподавателями")).toEqual(["education"]);
    expect(fieldsOf("академиялық ұтқырлық бағдарламасы")).toEqual(["education"]);
    expect(fieldsOf("an exchange of students of petroleum engineering")).toEqual(["engineering", "oil_gas"]);
  });
});

describe("the fields of an extracted partnership", () => {
  it("English: academic mobility is education, unless the article says in what", () => {
    expect(
      fieldsOfPairs(
        "Satbayev University and the University of Oulu signed an academic mobility agreement on 3 March 2025. " +
          "Each year ten students of each university will study a semester abroad.",
      ),
    ).toEqual([["University of Oulu", ["education"]]]);
    expect(
      fieldsOfPairs(
        "Satbayev University and the University of Oulu signed an academic mobility agreement on 3 March 2025. " +
          "Students of mining and metallurgy will study a semester abroad.",
      ),
    ).toEqual([["University of Oulu", ["mining"]]]);
  });

  it("Russian: an exchange of students and teachers is education", () => {
    expect(
      fieldsOfPairs(
        "Евразийский национальный университет имени Л.Н. Гумилева подписал соглашение с Тартуским университетом " +
          "об обмене студентами и преподавателями.",
      ),
    ).toEqual([["University of Tartu", ["education"]]]);
  });

  it("Kazakh: a memorandum on music and the stage is culture", () => {
    expect(
      fieldsOfPairs(
        "Әл-Фараби атындағы Қазақ ұлттық университеті мен Анкара университеті меморандумға қол қойды. " +
          "Тараптар музыка және театр өнері бойынша бірлескен концерттер өткізеді.",
      ),
    ).toEqual([["Ankara University", ["languages_culture"]]]);
  });

  it("takes the article's sentences that name no one when it is about one partner, in three languages", () => {
    expect(
      fieldsOfPairs(
        "Satbayev University signed a memorandum of cooperation with the University of Oulu on 3 March 2025.\n\n" +
          "The rector of Satbayev University showed the guests the campus.\n\n" +
          "The joint programme will cover petroleum engineering.",
      ),
    ).toEqual([["University of Oulu", ["engineering", "oil_gas"]]]);
    expect(
      fieldsOfPairs(
        "Алматы, 4 марта 2025 года. Казахский национальный университет имени аль-Фараби и Уханьский университет " +
          "подписали меморандум о сотрудничестве.\n\nРектор КазНУ рассказал гостям об университете.\n\n" +
          "Совместная программа охватит горное дело и металлургию.",
      ),
    ).toEqual([["Wuhan University", ["mining"]]]);
    expect(
      fieldsOfPairs(
        "Әл-Фараби атындағы Қазақ ұлттық университеті мен Анкара университеті 2025 жылғы 4 наурызда " +
          "меморандумға қол қойды.\n\nӘл-Фараби атындағы Қазақ ұлттық университетінің ректоры қонақтарға " +
          "кампусты көрсетті.\n\nЖаңа бағдарлама ауыл шаруашылығы мамандарын даярлауды көздейді.",
      ),
    ).toEqual([["Ankara University", ["agriculture"]]]);
  });

  it("does not give one partner's fields to another from sentences that name no one", () => {
    const rows = extractArticle(
      "Satbayev University signed a memorandum of cooperation with the University of Oulu on 3 March 2025.\n\n" +
        "The rector of Satbayev University showed the guests the campus. Tsinghua University is another partner " +
        "of Satbayev University.\n\nThe joint programme will cover petroleum engineering.",
    ).partnerships;
    expect(rows.find((p) => p.partner === "University of Oulu")?.fields).toEqual([]);
  });

  it("does not take the two states' relations for the pair's field, in three languages", () => {
    const row = (text: string) => extractArticle(text).partnerships[0]?.fields;
    expect(
      row(
        "Satbayev University signed a memorandum of cooperation with the University of Oulu on 3 March 2025. " +
          "The ambassador said that trade and economic ties between the two countries are growing fast.",
      ),
    ).toEqual([]);
    expect(
      row(
        "Казахский национальный университет имени аль-Фараби и Уханьский университет подписали меморандум о " +
          "сотрудничестве 4 марта 2025 года. Посол отметил, что торгово-экономические связи между двумя странами " +
          "быстро растут.",
      ),
    ).toEqual([]);
    expect(
      row(
        "Әл-Фараби атындағы Қазақ ұлттық университеті мен Анкара университеті 2025 жылғы 4 наурызда " +
          "меморандумға қол қойды. Елші екі ел арасындағы сауда-экономикалық байланыстар қарқынды дамып келе " +
          "жатқанын атап өтті.",
      ),
    ).toEqual([]);
    // Said of the pair itself, it is the pair's.
    expect(
      row(
        "Satbayev University and the University of Oulu signed a memorandum on 3 March 2025 to train economists " +
          "for the trade between the two countries.",
      ),
    ).toEqual(["economics_business"]);
  });
});
