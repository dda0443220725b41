// "With <country>" in Russian and Kazakh, for the brief: the instrumental case of a country's name as the
// locale files give it ("с Россией", "со Швецией", "с Республикой Корея"; "Қытаймен", "АҚШ-пен"). The
// endings are tables of data, read from the end of each word; names that don't follow them are listed.

/** Russian nouns whose instrumental the endings below would get wrong. */
const RU_NOUN_EXCEPTIONS: Record<string, string> = {
  Египет: "Египтом",
  Беларусь: "Беларусью",
  Бангладеш: "Бангладеш",
  Тайвань: "Тайванем",
};

/** [ending, instrumental ending], longest first; a noun's last word. */
const RU_NOUN_ENDINGS: readonly (readonly [string, string])[] = [
  ["ия", "ией"],
  ["ея", "еей"],
  ["ья", "ьей"],
  ["жа", "жей"],
  ["ша", "шей"],
  ["ча", "чей"],
  ["ща", "щей"],
  ["ца", "цей"],
  ["я", "ей"],
  ["а", "ой"],
  ["й", "ем"],
  ["ь", "ем"],
  ["ы", "ами"],
];

/** Adjectives before the noun: "Саудовская Аравия" → "Саудовской Аравией". */
const RU_ADJECTIVE_ENDINGS: readonly (readonly [string, string])[] = [
  ["ая", "ой"],
  ["яя", "ей"],
  ["ый", "ым"],
  ["ий", "им"],
  ["ое", "ым"],
  ["ые", "ыми"],
  ["ие", "ими"],
];

/** Nouns ending in these letters do not decline (Перу, Чили, Марокко, Сан-Марино). */
const RU_INDECLINABLE_FINAL = /[оеиуюэ]$/;
/** Russian words (of a country's name) that are never declined. */
const RU_KEPT = new Set(["и"]);
/** A title that heads the name and declines alone: "Республикой Корея". */
const RU_HEADS = new Set(["Республика", "Королевство", "Федерация", "Содружество", "Союз"]);

const isAcronym = (word: string) => word.length > 1 && word === word.toUpperCase();

function endWith(word: string, table: readonly (readonly [string, string])[]): string | null {
  const lower = word.toLowerCase();
  for (const [from, to] of table)
    if (lower.endsWith(from)) return word.slice(0, word.length - from.length) + to;
  return null;
}

function ruNoun(word: string): string {
  // "Шри-Ланка", "Гвинея-Бисау": the last part declines.
  const dash = word.lastIndexOf("-");
  if (dash > 0) return `${word.slice(0, dash + 1)}${ruNoun(word.slice(dash + 1))}`;
  const known = RU_NOUN_EXCEPTIONS[word];
  if (known) return known;
  // An acronym, a Latin name or one ending in a vowel that Russian leaves as it is ("с ОАЭ", "с Перу").
  if (isAcronym(word) || !/[а-яё]/i.test(word) || RU_INDECLINABLE_FINAL.test(word)) return word;
  return endWith(word, RU_NOUN_ENDINGS) ?? `${word}ом`;
}

/** The Russian instrumental of a country's name: "Россия" → "Россией", "Новая Зеландия" → "Новой Зеландией". */
export function ruInstrumental(name: string): string {
  const words = name.split(" ");
  if (words.length > 1 && RU_HEADS.has(words[0]!)) return [ruNoun(words[0]!), ...words.slice(1)].join(" ");
  return words
    .map((w) => (RU_KEPT.has(w) || !/[а-яё]/i.test(w) ? w : (endWith(w, RU_ADJECTIVE_ENDINGS) ?? ruNoun(w))))
    .join(" ");
}

/** "с Китаем", "со Швецией" ("со" before с, з, ш, ж or щ and a consonant). */
export function ruWith(name: string): string {
  const form = ruInstrumental(name);
  // An acronym is read letter by letter ("с США"), so it takes "с" whatever its first letters.
  const first = form.split(" ")[0] ?? "";
  return !isAcronym(first) && /^[СсЗзШшЖжЩщ][^аеёиоуыэюяАЕЁИОУЫЭЮЯ]/.test(form) ? `со ${form}` : `с ${form}`;
}

/** Kazakh's instrumental suffix by the name's last sound: after vowels and р, й, у, л, м, н, ң "мен", after ж, з
 * "бен", after the other consonants "пен". */
const KK_MEN = new Set([..."аәеёиоөұүуыіэюяйрлмнң"]);
const KK_BEN = new Set([..."жз"]);

function kkSuffix(word: string): string {
  const letters = word.toLowerCase().replace(/[ьъ]+$/, "");
  const last = letters.charAt(letters.length - 1);
  if (KK_MEN.has(last)) return "мен";
  if (KK_BEN.has(last)) return "бен";
  return "пен";
}

/** "with <country>" in Kazakh: "Қытаймен", "Германиямен", "АҚШ-пен" (an acronym takes a hyphen). */
export function kkWith(name: string): string {
  const words = name.split(" ");
  const last = words[words.length - 1] ?? "";
  return `${name}${isAcronym(last) ? "-" : ""}${kkSuffix(last)}`;
}
