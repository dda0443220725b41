// Word forms: which base forms an inflected word can come from. Russian goes through the Snowball stemmer;
// Kazakh endings are stripped by hand, following the sound rules that choose between their variants.
import { stemmer as russianStem } from "@orama/stemmers/russian";
import { hasKazakhLetters, isCyrillic } from "../text/normalize";

const VOWELS = "аәеёиоөуұүыіэюя";
const VOICELESS = "кқпстфхцчшщ";

const isVowel = (ch: string) => VOWELS.includes(ch);
const isVoiceless = (ch: string) => VOICELESS.includes(ch);

type After = "vowel" | "nasal" | "voiced" | "voiceless" | "consonant" | "any" | "possessive";

// Kazakh case endings and what the stem must end with for each variant to be the right one.
const CASE_ENDINGS: ReadonlyArray<readonly [string, After]> = [
  ["ндағы", "possessive"],
  ["ндегі", "possessive"],
  ["дағы", "voiced"],
  ["дегі", "voiced"],
  ["тағы", "voiceless"],
  ["тегі", "voiceless"],
  // After a vowel and after м, н, ң: "Қазақстанның", "Үндістаннан".
  ["ның", "nasal"],
  ["нің", "nasal"],
  ["дың", "voiced"],
  ["дің", "voiced"],
  ["тың", "voiceless"],
  ["тің", "voiceless"],
  ["ға", "voiced"],
  ["ге", "voiced"],
  ["қа", "voiceless"],
  ["ке", "voiceless"],
  ["на", "possessive"],
  ["не", "possessive"],
  ["ны", "vowel"],
  ["ні", "vowel"],
  ["ды", "voiced"],
  ["ді", "voiced"],
  ["ты", "voiceless"],
  ["ті", "voiceless"],
  ["нда", "possessive"],
  ["нде", "possessive"],
  ["да", "voiced"],
  ["де", "voiced"],
  ["та", "voiceless"],
  ["те", "voiceless"],
  ["нан", "nasal"],
  ["нен", "nasal"],
  ["дан", "voiced"],
  ["ден", "voiced"],
  ["тан", "voiceless"],
  ["тен", "voiceless"],
  ["мен", "any"],
  ["бен", "any"],
  ["пен", "any"],
  ["н", "possessive"],
  ["ымен", "consonant"],
  ["імен", "consonant"],
];
const POSSESSIVE_ENDINGS: ReadonlyArray<readonly [string, After]> = [
  ["сы", "vowel"],
  ["сі", "vowel"],
  ["ы", "consonant"],
  ["і", "consonant"],
];
const PLURAL_ENDINGS: ReadonlyArray<readonly [string, After]> = [
  ["лар", "any"],
  ["лер", "any"],
  ["дар", "voiced"],
  ["дер", "voiced"],
  ["тар", "voiceless"],
  ["тер", "voiceless"],
];

function fits(stem: string, after: After): boolean {
  const last = stem[stem.length - 1] ?? "";
  switch (after) {
    case "vowel":
      return isVowel(last);
    case "nasal":
      return isVowel(last) || "мнң".includes(last);
    case "voiced":
      return !isVowel(last) || true;
    case "voiceless":
      return isVoiceless(last);
    case "consonant":
      return !isVowel(last);
    case "possessive":
      return last === "ы" || last === "і" || isVowel(last);
    default:
      return true;
  }
}

const MIN_STEM = 3;

function strip(word: string, endings: ReadonlyArray<readonly [string, After]>): string[] {
  const out: string[] = [];
  for (const [ending, after] of endings) {
    if (word.length - ending.length < MIN_STEM || !word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (fits(stem, after)) out.push(stem);
  }
  return out;
}

// Before a vowel Kazakh voices a final consonant: "мектеп" -> "мектебі", "ұлттық" -> "ұлттығы".
const UNVOICE: Record<string, string> = { ғ: "қ", г: "к", б: "п" };

/** Every base form a Kazakh word can have: the word itself, without case, possessive and plural endings. */
export function kazakhBases(word: string): string[] {
  const found = new Set<string>([word]);
  const afterCase = [word, ...strip(word, CASE_ENDINGS)];
  for (const form of afterCase) {
    found.add(form);
    for (const bare of strip(form, POSSESSIVE_ENDINGS)) {
      found.add(bare);
      const last = bare[bare.length - 1] ?? "";
      const unvoiced = UNVOICE[last];
      if (unvoiced) found.add(bare.slice(0, -1) + unvoiced);
      for (const single of strip(bare, PLURAL_ENDINGS)) found.add(single);
    }
    for (const single of strip(form, PLURAL_ENDINGS)) found.add(single);
  }
  return [...found];
}

const russianMemo = new Map<string, string>();

/** Snowball stem of a folded Russian word (memoised: the same words recur in every article). */
export function russianBase(word: string): string {
  let stem = russianMemo.get(word);
  if (stem === undefined) {
    stem = word.length <= 3 ? word : russianStem(word);
    if (russianMemo.size > 50000) russianMemo.clear();
    russianMemo.set(word, stem);
  }
  return stem;
}

// Words that name the same thing for matching purposes (folded forms).
const SAME: Record<string, string> = {
  им: "имени",
  // A minister speaks for the ministry: "министр науки ... подписал" names the ministry.
  министр: "министерство",
  министра: "министерство",
  министром: "министерство",
  министру: "министерство",
  министрі: "министрлігі",
  minister: "ministry",
  ministers: "ministry",
  // An akim speaks for the akimat: "the akim of Turkistan Region met ...".
  akim: "akimat",
  аким: "акимат",
  акима: "акимат",
  акимом: "акимат",
  акиму: "акимат",
  әкімі: "әкімдігі",
  named: "named",
  centre: "center",
  programme: "program",
  technologies: "technology",
  universitat: "university",
  universitaet: "university",
  universiteti: "university",
  yniversiteti: "university",
  universiti: "university",
  universidad: "university",
  universite: "university",
  universita: "university",
  "&": "and",
};

const KAZAKH_TO_RUSSIAN: Record<string, string> = {
  ә: "а",
  ғ: "г",
  қ: "к",
  ң: "н",
  ө: "о",
  ұ: "у",
  ү: "у",
  һ: "х",
  і: "и",
};

export function russianSpelling(word: string): string {
  return word.replace(/[әғқңөұүһі]/g, (ch) => KAZAKH_TO_RUSSIAN[ch] ?? ch);
}

const keyMemo = new Map<string, readonly string[]>();

/**
 * The keys a folded word is known by: the word, its Russian stem, its Kazakh base forms. Two words match
 * when their keys meet. Acronyms are not inflected this way ("КазНУ" stays "казну").
 */
export function wordKeys(norm: string): readonly string[] {
  let keys = keyMemo.get(norm);
  if (keys) return keys;
  const word = SAME[norm] ?? norm;
  const out = new Set<string>([word]);
  if (isCyrillic(word)) {
    if (!hasKazakhLetters(word)) out.add(russianBase(word));
    for (const base of kazakhBases(word)) {
      out.add(base);
      // Kazakh spelling of a name the data holds in Russian spelling: "Бішкек" / "Бишкек".
      if (hasKazakhLetters(base)) out.add(russianSpelling(base));
    }
  } else if (word.length > 4 && word.endsWith("s") && !word.endsWith("ss")) {
    // English plural in names: "Technologies"/"Technology" are folded above; "Sciences" -> "science".
    out.add(word.slice(0, -1));
  }
  keys = [...out];
  if (keyMemo.size > 100000) keyMemo.clear();
  keyMemo.set(norm, keys);
  return keys;
}

/** The single key an index stores for a word of an institution's name. */
export function indexKeys(norm: string): readonly string[] {
  const word = SAME[norm] ?? norm;
  if (!isCyrillic(word)) return [word];
  const keys = new Set<string>([word]);
  if (!hasKazakhLetters(word)) keys.add(russianBase(word));
  return [...keys];
}
