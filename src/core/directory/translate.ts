// The words of institution names in English: the Russian and Kazakh word tables (./words), compiled once,
// the English order a translated name takes by its country, and proper names in Latin letters (./translit).
import type { CountryCode } from "../types";
import { wordKeys } from "./inflection";
import { romanizeLetters } from "./translit/letters";
import { ENGLISH_ORDER, GENERIC_ENGLISH as GENERIC_WORDS } from "./words/english";
import { KK_SUBJECTS, KK_WORDS } from "./words/kk";
import { RU_SUBJECTS, RU_WORDS } from "./words/ru";

export interface Subject {
  /** How many tokens the form takes. */
  length: number;
  /** The English adjective used before the head; null when English names put the subject after it. */
  adjective: string | null;
  noun: string;
}

let subjects: Map<string, Omit<Subject, "length">> | undefined;
/** Every key the words can be known by, word keys combined: "сельского хозяйства" and "сельское хозяйство" meet. */
function subjectKeys(norms: readonly string[]): string[] {
  let keys = [""];
  for (const norm of norms) keys = keys.flatMap((k) => wordKeys(norm).map((w) => (k ? `${k} ${w}` : w)));
  return keys;
}

function compileSubjects(): Map<string, Omit<Subject, "length">> {
  const table = new Map<string, Omit<Subject, "length">>();
  for (const line of `${RU_SUBJECTS}\n${KK_SUBJECTS}`.split("\n")) {
    const [adjective, noun, forms] = line.split("|").map((f) => f.trim());
    if (!adjective || !noun || !forms) continue;
    for (const form of forms.split(";"))
      for (const key of subjectKeys(form.trim().split(/[\s-]+/)))
        if (!table.has(key)) table.set(key, { adjective: adjective === "-" ? null : adjective, noun });
  }
  return table;
}

/** A subject named at `norms[at]` (up to four folded words, hyphens counting as spaces), or undefined. */
export function subjectAt(norms: readonly string[], at: number): Subject | undefined {
  subjects ??= compileSubjects();
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
export const GENERIC_ENGLISH: ReadonlySet<string> = new Set(GENERIC_WORDS.trim().split(/\s+/));

let dictionary: Map<string, string> | undefined;

function lookupTable(): Map<string, string> {
  if (dictionary) return dictionary;
  const table = new Map<string, string>();
  for (const line of `${RU_WORDS}\n${KK_WORDS}`.split("\n")) {
    const bar = line.indexOf("|");
    if (bar < 0) continue;
    const english = line.slice(0, bar).trim();
    for (const form of line
      .slice(bar + 1)
      .trim()
      .split(/\s+/))
      for (const key of wordKeys(form)) if (!table.has(key)) table.set(key, english);
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

interface OrderRule {
  from: RegExp;
  to: string;
  /** Null: every country; else the countries it holds for. */
  only: ReadonlySet<string> | null;
  except: ReadonlySet<string>;
}
let orderRules: OrderRule[] | undefined;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function compileOrder(): OrderRule[] {
  const rules: OrderRule[] = [];
  for (const line of ENGLISH_ORDER.split("\n")) {
    const match = /^(.+?)\s*=>\s*(.+?)\s*\|\s*(.+)$/.exec(line.trim());
    if (!match) continue;
    const [, from = "", to = "", countries = ""] = match;
    const [included = "", excluded = ""] = countries.split("!");
    const only = included.trim() === "*" ? null : new Set(included.trim().split(/\s+/));
    // A rule for a city holds for the whole name only ("Warsaw University", not "Warsaw University of ...").
    const city = from.includes("{place}");
    const pattern = escapeRegExp(from).replace("\\{place\\}", "(?<place>\\{[^}]+\\})");
    rules.push({
      from: new RegExp(city ? `^${pattern}$` : `(?<![\\p{L}])${pattern}(?![\\p{L}])`, "u"),
      to: to.replace("{place}", "$<place>"),
      only,
      except: new Set(excluded.trim().split(/\s+/).filter(Boolean)),
    });
  }
  return rules;
}

/**
 * The name in the English order institutions of its country use ("Zhejiang Technological University" ->
 * "Zhejiang University of Technology"). City names in `name` are marked "{Warsaw}" by the caller, for the
 * rules that hold for a city only; the marks are gone from the result.
 */
export function englishOrder(name: string, country: CountryCode | null): string {
  orderRules ??= compileOrder();
  let out = name;
  for (const rule of orderRules) {
    const applies =
      country === null
        ? rule.only === null && rule.except.size === 0
        : (rule.only === null || rule.only.has(country)) && !rule.except.has(country);
    if (applies) out = out.replace(rule.from, rule.to);
  }
  return out.replace(/\{([^}]+)\}/g, "$1");
}

/** The word with a capital first letter. */
export const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * Latin letters for a Cyrillic word in Russian's usual English spelling, capitalised as written: an acronym
 * stays in capitals, and each capitalised part of a run-together name keeps its capital ("КазМунайГаз" ->
 * "KazMunayGaz").
 */
export function transliterate(raw: string): string {
  if (raw.length > 1 && raw === raw.toUpperCase())
    return romanizeLetters(raw.toLowerCase(), "russian").toUpperCase();
  return raw
    .split(/(?=\p{Lu})/u)
    .map((part) => {
      const latin = romanizeLetters(part.toLowerCase(), "russian");
      return part.charAt(0) === part.charAt(0).toLowerCase() ? latin : capitalise(latin);
    })
    .join("");
}

const ADJECTIVE_ENDING =
  /(?:ский|ского|скому|ским|ском|ская|ской|скую|ские|ских|скими|ское|цкий|цкого|цким|цком)$/;

/**
 * A proper name's base form for transliteration: "Лидса" -> "Лидс", "Уханьского" -> "Ухань",
 * "Хиросимы" -> "Хиросима".
 */
export function properBase(raw: string, genitive: boolean): string {
  if (ADJECTIVE_ENDING.test(raw.toLowerCase())) return raw.replace(/(?:с|ц)к\p{L}+$/u, "");
  if (genitive && /[бвдзлмнпрстфц]ы$/i.test(raw)) return `${raw.slice(0, -1)}а`;
  if (genitive && /[бвгджзклмнпрстфхцчшщ][ая]$/i.test(raw)) return raw.slice(0, -1);
  return raw;
}
