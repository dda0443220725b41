// A proper name written in Cyrillic, back in the spelling its own country uses in English: Chinese names by
// Palladius (Ланьчжоу -> Lanzhou), Korean by Kontsevich (Чонбук -> Jeonbuk), Japanese by Polivanov (Цукуба
// -> Tsukuba), Turkish (Хаджеттепе -> Hacettepe), Central Asian, Kazakh and Russian names in their usual
// English forms. The system is the one of the country the text names around the word; without one, a word
// that reads completely as Palladius (or Polivanov) and shows a sign of it is taken for Chinese (Japanese).
import { fold } from "../../text/normalize";
import type { CountryCode } from "../../types";
import { builtinPlaces } from "../data/index";
import { type LetterSystem, romanizeLetters } from "./letters";
import { palladiusSign, readPalladius } from "./palladius";
import { looksPolivanov, readPolivanov } from "./polivanov";
import { SPELLINGS } from "./spellings";

export type TranslitSystem = "chinese" | "japanese" | LetterSystem;

// The system of each country whose names reach the news in Cyrillic; any other country's names are read
// as Russian spells foreign names.
const COUNTRY_SYSTEMS: Record<string, TranslitSystem> = {
  CN: "chinese",
  TW: "chinese",
  MO: "chinese",
  KR: "korean",
  KP: "korean",
  JP: "japanese",
  TR: "turkish",
  UZ: "central-asian",
  KG: "central-asian",
  TJ: "central-asian",
  TM: "central-asian",
  AZ: "central-asian",
  KZ: "kazakh",
};

export function systemOfCountry(code: CountryCode | null | undefined): TranslitSystem | undefined {
  return code ? COUNTRY_SYSTEMS[code] : undefined;
}

interface Spelling {
  english: string;
  country: CountryCode;
}
let spellings: Map<string, Spelling> | undefined;
function spellingOf(word: string): Spelling | undefined {
  if (!spellings) {
    spellings = new Map();
    for (const line of SPELLINGS.split("\n")) {
      if (line.startsWith("#")) continue;
      const [country, english, forms] = line.split("|").map((f) => f.trim());
      if (!country || !english || !forms) continue;
      for (const form of forms.split(";")) spellings.set(fold(form.trim()), { english, country });
    }
  }
  return spellings.get(fold(word));
}

let chinesePlaces: Set<string> | undefined;
/** Pinyin spellings of the Chinese places the directory knows, folded ("lanzhou", "xian"). */
function isChinesePlace(pinyin: string): boolean {
  chinesePlaces ??= new Set(
    builtinPlaces()
      .filter((p) => p.country === "CN")
      .map((p) => fold(p.name).replace(/'/g, "")),
  );
  return chinesePlaces.has(pinyin.replace(/'/g, ""));
}

/** Of Palladius's readings, a place the directory knows, else the most regular one. */
function bestPinyin(word: string): string | undefined {
  const readings = readPalladius(word);
  return readings.find(isChinesePlace) ?? readings[0];
}

/**
 * The system a word's own letters point to when the text names no country: a Chinese place the directory
 * knows, a strong sign of Palladius, a sign of Polivanov, a weak sign of Palladius, in that order.
 */
function systemOfShape(lower: string): "chinese" | "japanese" | undefined {
  if (readPalladius(lower).some(isChinesePlace)) return "chinese";
  const chinese = palladiusSign(lower);
  if (chinese === "strong") return "chinese";
  if (looksPolivanov(lower)) return "japanese";
  return chinese ? "chinese" : undefined;
}

export interface Romanized {
  latin: string;
  /** The country the spelling tells, when the context did not: a Korean university's name, a Chinese word. */
  country?: CountryCode;
}

export interface RomanizeContext {
  /** The country of the institution the word names, as the words in and right around the name tell. */
  country?: CountryCode | null;
  /**
   * The one foreign country the sentence names elsewhere: a weaker sign, taken only by a syllable system
   * whose reading must fit the whole word (a Kazakh name in a sentence about Türkiye stays Kazakh).
   */
  around?: CountryCode | null;
  /** The word is Kazakh, or in a Kazakh text: Kazakh letters and spellings. */
  kazakh?: boolean;
}

/** The word read by the syllable system of its context or of its shape (Palladius, Polivanov), if one fits. */
function readSyllables(lower: string, context: RomanizeContext): Romanized | undefined {
  let system = systemOfCountry(context.country);
  const weak = systemOfCountry(context.around);
  if (!system && (weak === "chinese" || weak === "japanese")) system = weak;
  const shape = system ? undefined : systemOfShape(lower);
  const chinese = system === "chinese" || shape === "chinese";
  const japanese = system === "japanese" || shape === "japanese";
  const latin = chinese ? bestPinyin(lower) : japanese ? readPolivanov(lower) : undefined;
  if (latin === undefined) return undefined;
  const found = capitalised(latin, chinese ? "chinese" : "japanese");
  return system ? { latin: found } : { latin: found, country: chinese ? "CN" : "JP" };
}

function capitalised(latin: string, system: TranslitSystem): string {
  const first = latin.charAt(0);
  // Turkish capital i keeps its dot: İnönü.
  const upper = system === "turkish" && first === "i" ? "İ" : first.toUpperCase();
  return upper + latin.slice(1);
}

/**
 * A Cyrillic proper word in the Latin spelling of its own country. `word` is its base form as Russian
 * grammar gives it ("Лидс" of "Лидса"); `written`, the word as written, is tried first where a foreign
 * name does not decline ("университет Васэда", "университет Инха").
 */
export function romanizeProper(word: string, context: RomanizeContext = {}, written = word): Romanized {
  for (const form of written === word ? [word] : [written, word]) {
    const known = spellingOf(form);
    if (known && (!context.country || context.country === known.country))
      return { latin: known.english, country: known.country };
  }
  if (written !== word) {
    const asWritten = readSyllables(written.toLowerCase(), context);
    if (asWritten) return asWritten;
  }
  const lower = word.toLowerCase();
  let system = systemOfCountry(context.country);
  if (!system) {
    const weak = systemOfCountry(context.around);
    if (weak === "chinese" || weak === "japanese") system = weak;
  }
  let country: CountryCode | undefined;
  if (!system) {
    system = systemOfShape(lower);
    if (system) country = system === "chinese" ? "CN" : "JP";
  }
  let latin: string | undefined;
  if (system === "chinese") latin = bestPinyin(lower);
  else if (system === "japanese") latin = readPolivanov(lower);
  else if (system) latin = romanizeLetters(lower, system);
  if (latin === undefined) {
    country = undefined;
    system = context.kazakh ? "kazakh" : "russian";
    latin = romanizeLetters(lower, system);
  }
  const out = capitalised(latin, system ?? "russian");
  return country ? { latin: out, country } : { latin: out };
}
