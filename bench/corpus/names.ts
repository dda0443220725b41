// The institutions and countries the generated articles talk about, with the case forms a real article
// uses (Russian nominative/genitive/instrumental, Kazakh nominative with derived genitive/instrumental), so
// the engine's matcher does the work it does on real news. Written for the benchmark, independent of
// src/core/directory/data so the corpus stays the same while the directory grows.

export interface Forms {
  en: string;
  /** A short form used after the first mention ("KazNU"); falls back to the full name. */
  short: string;
  ruNom: string;
  ruGen: string;
  ruIns: string;
  /** Russian short form (abbreviation), or the nominative. */
  ruShort: string;
  kkNom: string;
  kkGen: string;
  kkIns: string;
}

export interface KzInstitution extends Forms {
  city: string;
}

export interface ForeignInstitution extends Forms {
  country: string;
  city: string;
}

export interface Country {
  en: string;
  ruNom: string;
  ruGen: string;
  kkNom: string;
  kkGen: string;
}

/** Kazakh genitive: -нің/-ның after a vowel, with a hyphen for a name in Latin letters. */
function kkGenitive(nom: string): string {
  if (/[A-Za-z]$/.test(nom)) return `${nom}-нің`;
  if (/[іеәөүи]$/.test(nom)) return `${nom}нің`;
  if (/[аоұыуя]$/.test(nom)) return `${nom}ның`;
  return /[әөүіеи][^аоұыуәөүіеи]*$/.test(nom) ? `${nom}тің` : `${nom}тың`;
}

/** Kazakh instrumental: -мен/-пен after a vowel or a voiced sound. */
function kkInstrumental(nom: string): string {
  if (/[A-Za-z]$/.test(nom)) return `${nom}-мен`;
  return /[кпстфхцчшщ]$/.test(nom) ? `${nom}пен` : `${nom}мен`;
}

/** `en | short | ruNom | ruGen | ruIns | ruShort | kkNom | city` */
function parseKz(line: string): KzInstitution {
  const [en, short, ruNom, ruGen, ruIns, ruShort, kkNom, city] = line.split("|").map((s) => s.trim());
  if (!en || !ruNom || !ruGen || !ruIns || !kkNom || !city) throw new Error(`bad bench name line: ${line}`);
  return {
    en,
    short: short || en,
    ruNom,
    ruGen,
    ruIns,
    ruShort: ruShort || ruNom,
    kkNom,
    kkGen: kkGenitive(kkNom),
    kkIns: kkInstrumental(kkNom),
    city,
  };
}

/** `en | short | CC | ruNom | ruGen | ruIns | kkNom | city` */
function parseForeign(line: string): ForeignInstitution {
  const [en, short, country, ruNom, ruGen, ruIns, kkNom, city] = line.split("|").map((s) => s.trim());
  if (!en || !country || !ruNom || !ruGen || !ruIns || !kkNom || !city) {
    throw new Error(`bad bench name line: ${line}`);
  }
  return {
    en,
    short: short || en,
    country,
    ruNom,
    ruGen,
    ruIns,
    ruShort: ruNom,
    kkNom,
    kkGen: kkGenitive(kkNom),
    kkIns: kkInstrumental(kkNom),
    city,
  };
}

export const KZ: readonly KzInstitution[] = [
  "Al-Farabi Kazakh National University | KazNU | Казахский национальный университет имени аль-Фараби | Казахского национального университета имени аль-Фараби | Казахским национальным университетом имени аль-Фараби | КазНУ | әл-Фараби атындағы Қазақ ұлттық университеті | Almaty",
  "L.N. Gumilyov Eurasian National University | ENU | Евразийский национальный университет имени Л.Н. Гумилева | Евразийского национального университета имени Л.Н. Гумилева | Евразийским национальным университетом имени Л.Н. Гумилева | ЕНУ | Л.Н. Гумилев атындағы Еуразия ұлттық университеті | Astana",
  "Satbayev University | KazNRTU | Сатпаев Университет | Сатпаев Университета | Сатпаев Университетом | КазНИТУ | Сәтбаев университеті | Almaty",
  "Nazarbayev University | NU | Назарбаев Университет | Назарбаев Университета | Назарбаев Университетом | | Назарбаев университеті | Astana",
  "Kazakh-British Technical University | KBTU | Казахстанско-Британский технический университет | Казахстанско-Британского технического университета | Казахстанско-Британским техническим университетом | КБТУ | Қазақстан-Британ техникалық университеті | Almaty",
  "Astana IT University | AITU | Astana IT University | Astana IT University | Astana IT University | | Astana IT University | Astana",
  "Karaganda Buketov University | Buketov University | Карагандинский университет имени Е.А. Букетова | Карагандинского университета имени Е.А. Букетова | Карагандинским университетом имени Е.А. Букетова | КарУ | Академик Е.А. Бөкетов атындағы Қарағанды университеті | Karaganda",
  "Abai Kazakh National Pedagogical University | KazNPU | Казахский национальный педагогический университет имени Абая | Казахского национального педагогического университета имени Абая | Казахским национальным педагогическим университетом имени Абая | КазНПУ | Абай атындағы Қазақ ұлттық педагогикалық университеті | Almaty",
  "Asfendiyarov Kazakh National Medical University | KazNMU | Казахский национальный медицинский университет имени С.Д. Асфендиярова | Казахского национального медицинского университета имени С.Д. Асфендиярова | Казахским национальным медицинским университетом имени С.Д. Асфендиярова | КазНМУ | С.Ж. Асфендияров атындағы Қазақ ұлттық медицина университеті | Almaty",
  "S. Seifullin Kazakh Agrotechnical Research University | KATRU | Казахский агротехнический исследовательский университет имени С. Сейфуллина | Казахского агротехнического исследовательского университета имени С. Сейфуллина | Казахским агротехническим исследовательским университетом имени С. Сейфуллина | КАТИУ | С. Сейфуллин атындағы Қазақ агротехникалық зерттеу университеті | Astana",
  "Atyrau University of Oil and Gas | AUOG | Атырауский университет нефти и газа | Атырауского университета нефти и газа | Атырауским университетом нефти и газа | АУНГ | Атырау мұнай және газ университеті | Atyrau",
  "Auezov South Kazakhstan University | SKU | Южно-Казахстанский университет имени М. Ауэзова | Южно-Казахстанского университета имени М. Ауэзова | Южно-Казахстанским университетом имени М. Ауэзова | ЮКУ | М. Әуезов атындағы Оңтүстік Қазақстан университеті | Shymkent",
  "Toraighyrov University | | Торайгыров университет | Торайгыров университета | Торайгыров университетом | | Торайғыров университеті | Pavlodar",
  "Kazakh National Agrarian Research University | KazNARU | Казахский национальный аграрный исследовательский университет | Казахского национального аграрного исследовательского университета | Казахским национальным аграрным исследовательским университетом | КазНАИУ | Қазақ ұлттық аграрлық зерттеу университеті | Almaty",
  "Khoja Akhmet Yassawi International Kazakh-Turkish University | Yasawi University | Международный казахско-турецкий университет имени Ходжи Ахмеда Ясави | Международного казахско-турецкого университета имени Ходжи Ахмеда Ясави | Международным казахско-турецким университетом имени Ходжи Ахмеда Ясави | МКТУ | Қожа Ахмет Ясауи атындағы Халықаралық қазақ-түрік университеті | Turkistan",
].map(parseKz);

export const FOREIGN: readonly ForeignInstitution[] = [
  "Tsinghua University | Tsinghua | CN | Университет Цинхуа | Университета Цинхуа | Университетом Цинхуа | Цинхуа университеті | Beijing",
  "Peking University | PKU | CN | Пекинский университет | Пекинского университета | Пекинским университетом | Пекин университеті | Beijing",
  "Harbin Institute of Technology | HIT | CN | Харбинский политехнический университет | Харбинского политехнического университета | Харбинским политехническим университетом | Харбин политехникалық университеті | Harbin",
  "Beijing Institute of Technology | BIT | CN | Пекинский технологический институт | Пекинского технологического института | Пекинским технологическим институтом | Бейжің технологиялық институты | Beijing",
  "China University of Petroleum (Beijing) | CUP | CN | Китайский нефтяной университет | Китайского нефтяного университета | Китайским нефтяным университетом | Қытай мұнай университеті | Beijing",
  "Wuhan University | WHU | CN | Уханьский университет | Уханьского университета | Уханьским университетом | Ухань университеті | Wuhan",
  "Xi'an Jiaotong University | XJTU | CN | Сианьский университет Цзяотун | Сианьского университета Цзяотун | Сианьским университетом Цзяотун | Сиань Цзяотун университеті | Xi'an",
  "Huawei | | CN | компания Huawei | компании Huawei | компанией Huawei | Huawei | Shenzhen",
  "University of Exeter | Exeter | GB | Университет Эксетера | Университета Эксетера | Университетом Эксетера | Эксетер университеті | Exeter",
  "University of Leeds | Leeds | GB | Университет Лидса | Университета Лидса | Университетом Лидса | Лидс университеті | Leeds",
  "Heriot-Watt University | Heriot-Watt | GB | Университет Хериот-Ватт | Университета Хериот-Ватт | Университетом Хериот-Ватт | Хериот-Ватт университеті | Edinburgh",
  "TU Bergakademie Freiberg | TU Freiberg | DE | Фрайбергская горная академия | Фрайбергской горной академии | Фрайбергской горной академией | Фрайберг тау-кен академиясы | Freiberg",
  "Technical University of Munich | TUM | DE | Мюнхенский технический университет | Мюнхенского технического университета | Мюнхенским техническим университетом | Мюнхен техникалық университеті | Munich",
  "Siemens | | DE | компания Siemens | компании Siemens | компанией Siemens | Siemens | Munich",
  "Lomonosov Moscow State University | MSU | RU | Московский государственный университет имени М.В. Ломоносова | Московского государственного университета имени М.В. Ломоносова | Московским государственным университетом имени М.В. Ломоносова | М.В. Ломоносов атындағы Мәскеу мемлекеттік университеті | Moscow",
  "Tomsk Polytechnic University | TPU | RU | Томский политехнический университет | Томского политехнического университета | Томским политехническим университетом | Томск политехникалық университеті | Tomsk",
  "Bauman Moscow State Technical University | Bauman University | RU | Московский государственный технический университет имени Н.Э. Баумана | Московского государственного технического университета имени Н.Э. Баумана | Московским государственным техническим университетом имени Н.Э. Баумана | Н.Э. Бауман атындағы Мәскеу мемлекеттік техникалық университеті | Moscow",
  "Middle East Technical University | METU | TR | Ближневосточный технический университет | Ближневосточного технического университета | Ближневосточным техническим университетом | Таяу Шығыс техникалық университеті | Ankara",
  "Gazi University | Gazi | TR | Университет Гази | Университета Гази | Университетом Гази | Гази университеті | Ankara",
  "Seoul National University | SNU | KR | Сеульский национальный университет | Сеульского национального университета | Сеульским национальным университетом | Сеул ұлттық университеті | Seoul",
  "Arizona State University | ASU | US | Университет штата Аризона | Университета штата Аризона | Университетом штата Аризона | Аризона штаты университеті | Tempe",
  "Purdue University | Purdue | US | Университет Пердью | Университета Пердью | Университетом Пердью | Пердью университеті | West Lafayette",
  "University of Tsukuba | Tsukuba | JP | Университет Цукуба | Университета Цукуба | Университетом Цукуба | Цукуба университеті | Tsukuba",
  "Politecnico di Milano | | IT | Миланский политехнический университет | Миланского политехнического университета | Миланским политехническим университетом | Милан политехникалық университеті | Milan",
].map(parseForeign);

export const COUNTRIES: Readonly<Record<string, Country>> = {
  CN: { en: "China", ruNom: "Китай", ruGen: "Китая", kkNom: "Қытай", kkGen: "Қытайдың" },
  GB: {
    en: "the United Kingdom",
    ruNom: "Великобритания",
    ruGen: "Великобритании",
    kkNom: "Ұлыбритания",
    kkGen: "Ұлыбританияның",
  },
  DE: { en: "Germany", ruNom: "Германия", ruGen: "Германии", kkNom: "Германия", kkGen: "Германияның" },
  RU: { en: "Russia", ruNom: "Россия", ruGen: "России", kkNom: "Ресей", kkGen: "Ресейдің" },
  TR: { en: "Turkey", ruNom: "Турция", ruGen: "Турции", kkNom: "Түркия", kkGen: "Түркияның" },
  KR: {
    en: "South Korea",
    ruNom: "Южная Корея",
    ruGen: "Южной Кореи",
    kkNom: "Оңтүстік Корея",
    kkGen: "Оңтүстік Кореяның",
  },
  US: { en: "the United States", ruNom: "США", ruGen: "США", kkNom: "АҚШ", kkGen: "АҚШ-тың" },
  JP: { en: "Japan", ruNom: "Япония", ruGen: "Японии", kkNom: "Жапония", kkGen: "Жапонияның" },
  IT: { en: "Italy", ruNom: "Италия", ruGen: "Италии", kkNom: "Италия", kkGen: "Италияның" },
};

/** Cities in each language (for datelines and background). */
export const CITIES: Readonly<Record<string, { en: string; ru: string; kk: string }>> = {
  Almaty: { en: "Almaty", ru: "Алматы", kk: "Алматы" },
  Astana: { en: "Astana", ru: "Астана", kk: "Астана" },
  Karaganda: { en: "Karaganda", ru: "Караганда", kk: "Қарағанды" },
  Atyrau: { en: "Atyrau", ru: "Атырау", kk: "Атырау" },
  Shymkent: { en: "Shymkent", ru: "Шымкент", kk: "Шымкент" },
  Pavlodar: { en: "Pavlodar", ru: "Павлодар", kk: "Павлодар" },
  Turkistan: { en: "Turkistan", ru: "Туркестан", kk: "Түркістан" },
};

/** Names no directory should know: the "blank when unknown" path of INSTITUTION. */
export const UNKNOWN_NAMES: readonly string[] = [
  "Springfield Community College",
  "Университет северных озёр",
  "Бесқарағай ауылдық мектебі",
  "Institute of Imaginary Studies",
  "ТОО «Ромашка»",
  "Lakeside Polytechnic",
];
