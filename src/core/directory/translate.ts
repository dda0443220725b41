// English forms of the Russian and Kazakh words institutions are named with, and a transliteration for
// the rest ("Хаджеттепе" -> "Khadzhettepe").
import { wordKeys } from "./inflection";

// English word <- its Russian and Kazakh base forms.
const WORDS: Record<string, string> = {
  University: "университет университеті",
  Institute: "институт институты",
  College: "колледж колледжі",
  Academy: "академия академиясы",
  Ministry: "министерство министрлігі министрлік",
  Agency: "агентство агенттігі",
  Inspectorate: "инспекция",
  Foundation: "фонд қоры қор",
  Association: "ассоциация қауымдастығы қауымдастық",
  Assembly: "ассамблея",
  Corporation: "корпорация корпорациясы",
  Holding: "холдинг холдингі",
  Group: "группа тобы топ",
  Trade: "торговый сауда",
  Investment: "инвестиционный инвестициялық",
  Conservatory: "консерватория консерваториясы",
  School: "школа мектебі мектеп",
  State: "государственный мемлекеттік",
  National: "национальный ұлттық",
  Technical: "технический техникалық",
  Technological: "технологический технологиялық",
  Polytechnic: "политехнический политехникалық",
  Pedagogical: "педагогический педагогикалық",
  Medical: "медицинский медициналық медицина",
  Agrarian: "аграрный аграрлық",
  Agricultural: "сельскохозяйственный",
  Vocational: "профессиональный профессионально кәсіптік",
  Research: "исследовательский зерттеу",
  International: "международный халықаралық",
  Higher: "высший жоғары",
  Petroleum: "нефтяной",
  Maritime: "морской теңіз",
  Economic: "экономический экономикалық",
  Engineering: "инженерный инженерлік",
  Transport: "транспортный",
  Mining: "горный горно",
  Linguistic: "лингвистический",
  Humanitarian: "гуманитарный гуманитарлық",
  Foreign: "иностранный шетел",
  Languages: "язык тілдері тілдер тіл",
  Oil: "нефть мұнай",
  Gas: "газ",
  Light: "легкий",
  Industry: "промышленность өнеркәсіп",
  Information: "информационный ақпараттық",
  Technology: "технология технологиялар",
  Science: "наука ғылым",
  Sciences: "науки",
  Education: "образование білім",
  Innovation: "инновация инновациялар",
  Innovative: "инновационный инновационно инновациялық",
  Communications: "связь байланыс",
  Electronics: "электроника",
  Economics: "экономика",
  Law: "право құқық юридический заң",
  Business: "бизнес",
  Management: "менеджмент",
  Arts: "искусство өнер",
  Culture: "культура мәдениет",
  Regional: "региональный өңірлік",
  Federal: "федеральный",
  First: "первый",
  Northern: "северный",
  North: "солтүстік северо",
  South: "оңтүстік южно",
  East: "шығыс",
  West: "батыс",
  Southern: "южный",
  Eastern: "восточный",
  Western: "западный",
  Nuclear: "ядерный",
  Architecture: "архитектура",
  Construction: "строительный",
  Chemical: "химический",
  Energy: "энергетический энергетика",
  Railway: "железнодорожный",
  Aviation: "авиационный",
  Aerospace: "аэрокосмический",
  Veterinary: "ветеринарный",
  Open: "открытый",
  Pediatric: "педиатрический педиатрия педиатриялық",
  Metropolitan: "столичный",
  New: "новый",
  Classical: "классический",
  Catholic: "католический",
  Applied: "прикладной қолданбалы",
  Free: "свободный",
  Private: "частный жеке",
  City: "городской",
  Central: "центральный орталық",
  Pharmaceutical: "фармацевтический фармацевтика фармацевтикалық",
  Agrotechnical: "агротехнический агротехникалық",
  Irrigation: "ирригационный ирригация",
  Textile: "текстильный тоқыма",
  Physics: "физика",
  Mathematics: "математика",
  Islamic: "исламский ислам",
  Sports: "спортивный",
  Music: "музыкальный музыка",
  Theatre: "театральный театр",
  Customs: "таможенный кеден",
  Military: "военный әскери",
  Social: "социальный әлеуметтік",
  Telecommunications: "телекоммуникаций телекоммуникация",
  Electrotechnical: "электротехнический",
  Forestry: "лесотехнический",
  Automobile: "автомобильный автомобиль",
  Road: "дорожный",
  Oriental: "востоковедения шығыстану",
  Journalism: "журналистика",
  Design: "дизайн",
  Hospitality: "гостеприимства",
  Commerce: "торговый коммерция",
  Cooperative: "кооперативный",
  Biotechnology: "биотехнология биотехнологиялар",
  Geology: "геология геологический",
  Ecology: "экология экологический",
  Water: "водный",
  Food: "пищевой тамақ",
  Fisheries: "рыбного рыбохозяйственный балық",
  Tourism: "туризм туристский",
  Finance: "финансовый қаржы",
  Friendship: "дружбы",
  Peoples: "народов",
};

// What an institution teaches, as Russian and Kazakh name it in lower-case words ("ауыл шаруашылығы
// университеті", "университет сельского хозяйства и лесоводства"): the English adjective used before the
// head, the noun used after "University of". `adjective | noun | form; form` (forms of up to four words).
const SUBJECTS = `
Agriculture and Forestry | Agriculture and Forestry | ауыл және орман шаруашылығы; сельского и лесного хозяйства; сельское и лесное хозяйство
Agricultural | Agriculture | ауыл шаруашылығы; сельского хозяйства; сельское хозяйство
Forestry | Forestry | орман шаруашылығы; лесного хозяйства; лесное хозяйство; лесоводства; лесоводство
World Languages | World Languages | әлем тілдері; мировых языков; мировые языки
Physical Culture | Physical Culture | дене шынықтыру; физической культуры; физическая культура
Veterinary | Veterinary Medicine | ветеринария медицинасы; ветеринария; ветеринарии; ветеринарной медицины
Biotechnology | Biotechnologies | биотехнологиялар; биотехнологий
Livestock | Livestock | животноводства
Food | Food Industry | тамақ өнеркәсібі; пищевой промышленности; пищевых производств
Light Industry | Light Industry | жеңіл өнеркәсіп; легкой промышленности; легкая промышленность
Water Management | Water Management | су шаруашылығы; водного хозяйства
Natural Sciences | Natural Sciences | жаратылыстану ғылымдары; естественных наук
Animal Husbandry | Animal Husbandry | мал шаруашылығы
Finance | Finance | қаржы; финансов
Tourism | Tourism | туризм; туризма
Sport | Sport | спорт; спорта
Economics | Economics | экономики
Mining | Mining | тау-кен; горного дела
`;

export interface Subject {
  /** How many tokens the form takes. */
  length: number;
  adjective: string;
  noun: string;
}

let subjects: Map<string, Omit<Subject, "length">> | undefined;
/** Every key the words can be known by, word keys combined: "сельского хозяйства" and "сельское хозяйство" meet. */
function subjectKeys(norms: readonly string[]): string[] {
  let keys = [""];
  for (const norm of norms) keys = keys.flatMap((k) => wordKeys(norm).map((w) => (k ? `${k} ${w}` : w)));
  return keys;
}

/** A subject named at `norms[at]` (up to four folded words, hyphens counting as spaces), or undefined. */
export function subjectAt(norms: readonly string[], at: number): Subject | undefined {
  if (!subjects) {
    subjects = new Map();
    for (const line of SUBJECTS.split("\n")) {
      const [adjective, noun, forms] = line.split("|").map((f) => f.trim());
      if (!adjective || !noun || !forms) continue;
      for (const form of forms.split(";"))
        for (const key of subjectKeys(form.trim().split(/[\s-]+/)))
          if (!subjects.has(key)) subjects.set(key, { adjective, noun });
    }
  }
  for (const length of [4, 3, 2, 1]) {
    if (at + length > norms.length) continue;
    for (const key of subjectKeys(norms.slice(at, at + length))) {
      const found = subjects.get(key);
      if (found) return { length, ...found };
    }
  }
  return undefined;
}

/** Words that say what an institution is rather than which one. */
export const GENERIC_ENGLISH = new Set([
  "University",
  "Institute",
  "College",
  "Academy",
  "Ministry",
  "Agency",
  "Office",
  "Inspectorate",
  "Administration",
  "Foundation",
  "Association",
  "Assembly",
  "Council",
  "Corporation",
  "Holding",
  "Group",
  "Conservatory",
  "School",
  "State",
  "National",
  "Technical",
  "Technological",
  "Polytechnic",
  "Pedagogical",
  "Medical",
  "Agrarian",
  "Agricultural",
  "Vocational",
  "Research",
  "International",
  "Higher",
  "Economic",
  "Engineering",
  "Regional",
  "Federal",
  "Science",
  "Sciences",
  "Technology",
  "Education",
  "of",
  "and",
  "the",
  "for",
  "Information",
  "Languages",
  "Foreign",
  "First",
  // Names of programmes and centres rather than of institutions: "ICT Academy", "Innovation Academy".
  "ICT",
  "IT",
  "AI",
  "Digital",
  "Innovation",
  "Innovative",
  "Smart",
  "Joint",
  "Training",
  "Online",
  "Open",
  "Summer",
  "Winter",
  "Networking",
  "Cloud",
  "Data",
  "Corporate",
  "Business",
  "Skills",
  "Future",
  "Talent",
]);

let dictionary: Map<string, string> | undefined;

function lookupTable(): Map<string, string> {
  if (dictionary) return dictionary;
  const table = new Map<string, string>();
  for (const [english, forms] of Object.entries(WORDS)) {
    for (const form of forms.split(" ")) {
      for (const key of wordKeys(form)) if (!table.has(key)) table.set(key, english);
    }
  }
  dictionary = table;
  return table;
}

/** The English word for a folded Russian or Kazakh word of a name, or undefined. */
export function englishWord(norm: string): string | undefined {
  const table = lookupTable();
  for (const key of wordKeys(norm)) {
    const english = table.get(key);
    if (english) return english;
  }
  return undefined;
}

const LETTERS: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "yo",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
  ә: "a",
  ғ: "g",
  қ: "k",
  ң: "ng",
  ө: "o",
  ұ: "u",
  ү: "u",
  һ: "h",
  і: "i",
};

/** The word with a capital first letter. */
export const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Latin letters for a Cyrillic word, capitalised as written. */
export function transliterate(raw: string): string {
  let out = "";
  for (const ch of raw) {
    const lower = ch.toLowerCase();
    const latin = LETTERS[lower];
    if (latin === undefined) out += ch;
    else out += ch === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  }
  return out;
}

const ADJECTIVE_ENDING =
  /(?:ский|ского|скому|ским|ском|ская|ской|скую|ские|ских|скими|ское|цкий|цкого|цким|цком)$/;

/** A proper name's base form for transliteration: "Лидса" -> "Лидс", "Уханьского" -> "Ухань". */
export function properBase(raw: string, genitive: boolean): string {
  if (ADJECTIVE_ENDING.test(raw.toLowerCase())) return raw.replace(/(?:с|ц)к\p{L}+$/u, "");
  if (genitive && /[бвгджзклмнпрстфхцчшщ][ая]$/i.test(raw)) return raw.slice(0, -1);
  return raw;
}
