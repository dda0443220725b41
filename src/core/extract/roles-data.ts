// The words by which news names a state body through its office or its office-holder: an embassy or its
// ambassador, a consulate general or its consul, a ministry or its minister. The word lists are in each
// language's lexicon (src/core/lexicon, group "roles": folded, lower case, "ё" as "е"); roles.ts compiles
// them once.
//
// Russian forms are listed whole: the stemmer gives "посол" and "посла" different stems. Kazakh words are
// given in their base form; their case and possessive endings are stripped when a text is read.

import { LEXICONS } from "../lexicon/index";

export type RoleKind = "embassy" | "consulate" | "ministry";

export interface RoleWords {
  /** Words naming the office or its holder, by the body they stand for. */
  roles: Record<RoleKind, readonly string[]>;
  /** Words before a role word that make it no side: an honorary consul, a prime minister. */
  notASide: readonly string[];
  /** Words before a country that say it is where the office sits, not whose it is ("in", "в"). */
  host: readonly string[];
}

/** The role words of each language, from its lexicon (src/core/lexicon, group "roles"). */
export const ROLE_WORDS: Record<string, RoleWords> = Object.fromEntries(
  LEXICONS.map((lexicon) => {
    const { embassy, consulate, ministry, notASide, host } = lexicon.roles;
    return [lexicon.lang, { roles: { embassy, consulate, ministry }, notASide, host }];
  }),
);

/**
 * What ministries are of, as the news names it, and the English words the ministries use. Each line:
 * `English | phrase; phrase`; phrases in any of the three languages, in their dictionary form (the
 * matcher handles Russian and Kazakh endings). A ministry's subject is a run of these joined by "and",
 * "и", "және" or commas, translated word by word: "образования и науки" -> "Education and Science".
 */
export const MINISTRY_SUBJECTS = `
Education | education; образование; просвещение; білім; оқу-ағарту; ағарту
Public Education | public education; народное образование; халыққа білім беру
National Education | national education; национальное образование; ұлттық білім
Science | science; наука; ғылым
Higher | higher; высшее; жоғары
Secondary | secondary; среднее; орта
Specialized | specialized; specialised; специальное; специализированное; арнаулы
Preschool | preschool; дошкольное; мектепке дейінгі
School | school; школьное; мектеп
Research | research; исследования; зерттеу
University and Research | universities and research; university and research; университеты и исследования
Innovation | innovation; innovations; инновации; инновация
Technology | technology; technologies; технологии; технология
Digital Development | digital development; цифровое развитие; цифрлық даму
Foreign Affairs | foreign affairs; external affairs; иностранные дела; внешние дела; сыртқы істер
Europe | europe; европа; еуропа
Trade | trade; торговля; сауда
Integration | integration; интеграция
Health | health; здравоохранение; здоровье; денсаулық сақтау; денсаулық
Culture | culture; культура; мәдениет
Information | information; информация; ақпарат
Communications | communications; связь; коммуникации; байланыс
Sport | sport; sports; спорт
Tourism | tourism; туризм
Youth | youth; молодежь; жастар
Agriculture | agriculture; сельское хозяйство; ауыл шаруашылығы
Energy | energy; энергетика; энергия; энергетика
Economy | economy; экономика
National Economy | national economy; национальная экономика; ұлттық экономика
Finance | finance; финансы; қаржы
Justice | justice; юстиция; әділет
Labour | labour; labor; труд; еңбек
Social Protection | social protection; социальная защита; әлеуметтік қорғау
Industry | industry; промышленность; өнеркәсіп
Transport | transport; транспорт; көлік
Ecology | ecology; экология
Natural Resources | natural resources; природные ресурсы; табиғи ресурстар
Human Resources | human resources; человеческие ресурсы; адами ресурстар
Human Capacities | human capacities
Internal Affairs | internal affairs; внутренние дела; ішкі істер
Defence | defence; defense; оборона; қорғаныс
Emergency Situations | emergency situations; чрезвычайные ситуации; төтенше жағдайлар
`;

/** The words that join two subjects of one ministry: "Education and Science", "Trade, Industry". */
export const SUBJECT_JOINERS: Record<string, string> = {
  and: " and ",
  и: " and ",
  және: " and ",
  "&": " and ",
};

/** "Ministry for Europe and Foreign Affairs", "Министерство по делам ...": words a subject may follow. */
export const SUBJECT_LEADS = new Set(["of", "for", "по"]);

/**
 * How the bodies of a state are named in English where it is not by the country's short name: "Embassy of
 * the Republic of Kazakhstan in Hungary", "Ministry of Education and Science of the Kyrgyz Republic".
 */
export const FORMAL_COUNTRY: Record<string, string> = {
  KZ: "the Republic of Kazakhstan",
  KG: "the Kyrgyz Republic",
  RU: "the Russian Federation",
  UZ: "the Republic of Uzbekistan",
  TJ: "the Republic of Tajikistan",
  AZ: "the Republic of Azerbaijan",
  BY: "the Republic of Belarus",
  CN: "the People's Republic of China",
  KR: "the Republic of Korea",
  TR: "the Republic of Türkiye",
  IR: "the Islamic Republic of Iran",
  US: "the United States",
  GB: "the United Kingdom",
  PL: "the Republic of Poland",
  CZ: "the Czech Republic",
};

/** Where a foreign country's consulate general in Kazakhstan is when the text says only "in Kazakhstan". */
export const DEFAULT_CONSULATE_CITY = "Almaty";
