// Institutions the directory has never seen, recognised by the shape of their names: "X University",
// "University of X", "X Vocational College", "Урумчийский профессиональный университет", "Университет Гази",
// "Самарқанд мемлекеттік университеті". Each gets a canonical English name and, when the name or the words
// right around it tell, a country.
import type { CountryHint } from "../countries";
import type { PartnerType } from "../schema";
import { isCapitalised, isCyrillic, type Token } from "../text/normalize";
import { wordFact } from "../text/wordFacts";
import type { CountryCode } from "../types";
import { englishName, LATIN_HEAD_ENGLISH, type Span } from "./english-name";
import { wordKeys } from "./inflection";
import type { PhraseMatch } from "./phrases";
import { englishWord, GENERIC_ENGLISH, subjectAt, transliterate } from "./translate";

export interface UnknownName {
  first: number;
  end: number;
  name: string;
  type: PartnerType;
  /** Null when nothing in or around the name tells. */
  country: CountryCode | null;
}

const HEAD_FORMS: Record<string, PartnerType> = {
  university: "university",
  universitesi: "university",
  yniversiteti: "university",
  universiteti: "university",
  universiteit: "university",
  universidade: "university",
  uniwersytet: "university",
  universitas: "university",
  hochschule: "university",
  университет: "university",
  университеті: "university",
  institute: "university",
  институт: "university",
  институты: "university",
  academy: "university",
  академия: "university",
  академиясы: "university",
  polytechnic: "university",
  college: "college",
  колледж: "college",
  колледжі: "college",
  conservatory: "university",
  консерватория: "university",
  ministry: "government",
  министерство: "government",
  министрлігі: "government",
  // Bodies that are not schools: agencies and offices of a state, foundations, associations, companies.
  agency: "government",
  агентство: "government",
  агенттігі: "government",
  office: "government",
  inspectorate: "government",
  инспекция: "government",
  administration: "government",
  foundation: "other",
  фонд: "other",
  қоры: "other",
  association: "other",
  ассоциация: "other",
  қауымдастығы: "other",
  assembly: "other",
  ассамблея: "other",
  council: "other",
  corporation: "company",
  корпорация: "company",
  корпорациясы: "company",
  holding: "company",
  холдинг: "company",
  холдингі: "company",
  group: "company",
  группа: "company",
  тобы: "company",
};

let heads: Map<string, PartnerType> | undefined;
/** Whether a word heads a name, and of what: every word of a sentence is asked, so it is kept per word. */
const headType = wordFact((norm): PartnerType | undefined => {
  if (!heads) {
    heads = new Map();
    // Keys of three letters ("кор" of "қоры") would make heads of unrelated words ("корей").
    for (const [form, type] of Object.entries(HEAD_FORMS))
      for (const key of wordKeys(form)) if (key.length >= 4) heads.set(key, type);
  }
  for (const key of wordKeys(norm)) {
    const type = heads.get(key);
    if (type) return type;
  }
  return undefined;
});

const CENTRE_NAMES = /confucius|konfuts/i;
const HEAD_FIRST = new Set([
  "universiti",
  "universitat",
  "universidad",
  "universite",
  "universita",
  "universidade",
  "uniwersytet",
  "universitatea",
  "univerzita",
  "universitas",
  "technische",
  "hochschule",
]);
const FOREIGN_OF = new Set(["de", "di", "del", "della", "du", "des", "zu", "der", "degli"]);
const EN_STOP = new Set([
  "the",
  "a",
  "an",
  "in",
  "at",
  "with",
  "from",
  "by",
  "during",
  "on",
  "for",
  "to",
  "of",
  "and",
  "as",
  "after",
  "president",
  "rector",
  "head",
  "director",
  "delegation",
  "students",
  "this",
  "that",
  "its",
  "their",
  "our",
  "both",
  "new",
  "between",
  "among",
  "under",
  "via",
  "meanwhile",
  "also",
  "while",
  "when",
  "since",
  "today",
]);
// "Universities", "университеттерімен", "университетов": many institutions, not one name.
const PLURAL_HEAD =
  /^(?:universities|colleges|institutes|academies|ministries|(?:университет|институт|колледж)(?:тер|тар|дер|дар|ов|ам|ами|ах)\p{L}*|академиялар\p{L}*|университеты)$/u;
const HONORIFIC = new Set(["имени", "им", "атындағы", "named"]);
// Offices a person holds in a body ("ректор университета"), folded, in the forms news uses.
const PERSON_TITLES = new Set([
  "ректор",
  "ректора",
  "ректором",
  "проректор",
  "проректора",
  "директор",
  "директора",
  "директором",
  "президент",
  "президента",
  "президентом",
  "глава",
  "главы",
  "руководитель",
  "руководителя",
  "председатель",
  "председателя",
  "декан",
  "декана",
  "профессор",
  "профессора",
  "сотрудник",
  "представитель",
  "представителя",
]);
const RU_ADJECTIVE = /(?:ий|ый|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ей|ую|юю|ых|их|ыми|ими|но)$/;
const RU_CONNECTOR = new Set(["и"]);
const KK_CONNECTOR = new Set(["және"]);

// Only plain spaces, hyphens or an apostrophe between two words of one name.
// A dash between spaces ("NUR-SULTAN – Maksut Narikbayev ...") separates a dateline from the text.
const joined = (text: string, a: Token, b: Token) =>
  /^(?:\s*|[-–]|\s*&\s*|\s+-\s*)$/.test(text.slice(a.end, b.start));
const KAZAKH_GENITIVE = /(?:ның|нің|дың|дің|тың|тің)$/;
// "Қызылордада", and "Польшадағы" ("the one in Poland"): where, not part of a name.
const KAZAKH_LOCATIVE = /\p{L}{3}(?:да|де|та|те|дағы|дегі|тағы|тегі)$/u;
// Kazakh heads as a modifier of the next noun, lower case and without the possessive a name's head takes.
const BARE_KAZAKH_HEAD = new Set(["университет", "институт", "колледж", "академия"]);
// A Kazakh head with a case ending but no possessive before it is a common noun: "университеттің Құрмет
// кітапшасы" (the university's book of honour), "университетке келді"; a name's head has it
// ("университетінің", "университетіне").
const BARE_KAZAKH_CASES = new Set(
  [
    ["университет", "тің", "ке", "те", "тен", "пен", "ті"],
    ["институт", "тың", "қа", "та", "тан", "пен", "ты"],
    ["колледж", "дің", "ге", "де", "ден", "бен", "ді"],
  ].flatMap(([head, ...endings]) => endings.map((ending) => `${head}${ending}`)),
);

const KK_ADVERBS = new Set([
  "қазір",
  "биыл",
  "бүгін",
  "кеше",
  "ертең",
  "сонымен",
  "сондай",
  "осылайша",
  "алдағы",
  "қазіргі",
  "жыл",
]);
// Kazakh words no name is made of: case endings, verb and participle forms, postpositions, and adjectives
// of a country or place ("қытайлық университет" is "a Chinese university").
const KK_NOT_IN_NAME =
  /(?:да|де|та|те|дағы|дегі|тағы|тегі|ған|ген|қан|кен|ып|іп|ды|ді|ты|ті|мен|бен|пен|ға|ге|қа|ке|нан|нен|дан|ден|тан|тен|ны|ні|ын|ін|лар|лер|дар|дер|тар|тер|лары|лері|дары|дері|тары|тері|ларының|лерінің|лық|лік|дық|дік|тық|тік)$|^(?:бойынша|туралы|үшін|арқылы|сияқты|және|мен|бен|пен|жаңа|бұл|осы|сол|бір|екі)$/;

// Bounds that keep the search linear in a sentence's length: a name reaches back at most this many words
// before its head (the longest real ones take about eight), and the words' folded forms are listed once per
// token list, not once per head.
const MAX_WORDS_BEFORE_HEAD = 16;
const normsCache = new WeakMap<readonly Token[], readonly string[]>();
function normsOf(tokens: readonly Token[]): readonly string[] {
  let norms = normsCache.get(tokens);
  if (!norms) {
    norms = tokens.map((t) => t.norm);
    normsCache.set(tokens, norms);
  }
  return norms;
}

const POSSESSIVE_END = /['’ʼ]s$/i;

function latinSpan(
  text: string,
  tokens: readonly Token[],
  h: number,
  covered: Uint8Array,
  hints: ReadonlyArray<PhraseMatch<CountryHint>>,
): Span | undefined {
  let first = h;
  for (let j = h - 1; j >= Math.max(0, h - MAX_WORDS_BEFORE_HEAD); j--) {
    const t = tokens[j]!;
    if (covered[j] || !joined(text, t, tokens[j + 1]!) || isCyrillic(t.raw)) break;
    // "Columbia University's Harriman Institute": a head with a possessive ends another name ("Hoseo
    // Women's University" is one).
    if (headType(t) && POSSESSIVE_END.test(text.slice(t.start, t.end))) break;
    if (isCapitalised(t.raw) && !EN_STOP.has(t.norm)) first = j;
    else if ((t.norm === "and" || t.norm === "&") && j > 0 && isCapitalised(tokens[j - 1]!.raw)) {
      // "X Institute and Y College": a head before "and" ends another name.
      if (headType(tokens[j - 1]!)) break;
    } else break;
  }
  // Leading "and" is not part of the name.
  while (first < h && tokens[first]!.norm === "and") first++;
  let end = h + 1;
  // "Universiti Putra Malaysia", "Universidad de Chile": these heads come first and the name follows.
  let tail = HEAD_FIRST.has(tokens[h]!.norm);
  for (let j = h + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    // Another head ("... College and X Institute") starts another name.
    if (covered[j] || !joined(text, tokens[j - 1]!, t) || isCyrillic(t.raw) || headType(t)) break;
    if (isCapitalised(t.raw) && !EN_STOP.has(t.norm)) {
      if (!tail) break;
      end = j + 1;
    } else if (t.norm === "in" && hints.some((hint) => hint.first === j + 1 && hint.value.kind !== "place"))
      // "the University of Zielona Góra in Poland": where it is, not its name ("... in Zlín" is).
      break;
    else if (t.norm === "of" || t.norm === "for" || t.norm === "in" || (tail && FOREIGN_OF.has(t.norm)))
      tail = true;
    else if ((t.norm === "and" || t.norm === "&" || t.norm === "the") && tail) continue;
    else break;
  }
  return { first, end, head: h };
}

function cyrillicSpan(
  text: string,
  tokens: readonly Token[],
  h: number,
  covered: Uint8Array,
  kazakh: boolean,
  hints: ReadonlyArray<PhraseMatch<CountryHint>>,
): Span | undefined {
  let first = h;
  let lowerRun = 0;
  let sawAnd = false;
  const norms = normsOf(tokens);
  for (let j = h - 1; j >= Math.max(0, h - MAX_WORDS_BEFORE_HEAD); j--) {
    const t = tokens[j]!;
    // "ветеринария медицинасы, мал шаруашылығы және биотехнологиялар университеті": a Kazakh name may list
    // its subjects, with commas before the last "және".
    const listed = kazakh && sawAnd && /^\s*,\s*$/.test(text.slice(t.end, tokens[j + 1]!.start));
    if (covered[j] || !(joined(text, t, tokens[j + 1]!) || listed) || HONORIFIC.has(t.norm)) break;
    if (KK_CONNECTOR.has(t.norm)) sawAnd = true;
    if (kazakh) {
      if (headType(t)) break;
      // A genitive before the name owns it ("Жапонияның Нагоя университеті"): not part of it.
      if (KAZAKH_GENITIVE.test(t.norm) && isCapitalised(t.raw)) break;
      // "Қызылордада Астрахан ... университеті": a place in the locative is where, not part of the name;
      // "Қазір университетте": a sentence's adverb is no name.
      if (
        isCapitalised(t.raw) &&
        (KK_ADVERBS.has(t.norm) ||
          (KAZAKH_LOCATIVE.test(t.norm) && first < h && isCapitalised(tokens[first]!.raw)))
      )
        break;
      if (isCapitalised(t.raw) || englishWord(t.norm) !== undefined) {
        // A sentence's first word is capitalised whatever it is ("Биыл ауыл шаруашылығы университеті"):
        // before lower-case words it starts a name only if it names a place.
        if (j === 0 && lowerRun > 0 && !hints.some((hint) => hint.first === 0)) break;
        // ... nor right before a head without its possessive ending: "Кездесу университет музейін аралаудан
        // басталды" (the meeting began at the university's museum); a Kazakh name is "... университеті".
        if (j === 0 && BARE_KAZAKH_HEAD.has(tokens[h]!.raw) && !hints.some((hint) => hint.first === 0)) break;
        first = j;
        lowerRun = 0;
      } else if (KK_CONNECTOR.has(t.norm)) continue;
      // Lower-case words of what the institution teaches ("Шыңжаң ауыл шаруашылығы университеті", "әлем
      // тілдері"): part of the name only if a capitalised word comes before them (checked below).
      else if (isCyrillic(t.raw) && !KK_NOT_IN_NAME.test(t.norm) && ++lowerRun <= 6) continue;
      else break;
    } else {
      // The first part of a compound adjective ("Северо-Казахстанский", "Химико-технологический").
      // ... or of a hyphenated place ("Иссык-Кульский").
      const compound =
        (/[ое]$/.test(t.norm) || isCapitalised(t.raw)) && text.slice(t.end, tokens[j + 1]!.start) === "-";
      if (
        (RU_ADJECTIVE.test(t.norm) || compound) &&
        (isCapitalised(t.raw) || englishWord(t.norm) !== undefined)
      )
        first = j;
      // A lower-case adjective the dictionary lacks, if a capitalised one comes before it.
      else if (RU_ADJECTIVE.test(t.norm) && !isCapitalised(t.raw) && h - j <= 2) continue;
      // Two adjectives joined by "и" ("сельскохозяйственный и лесной"): one name.
      else if (
        RU_CONNECTOR.has(t.norm) &&
        first === j + 1 &&
        j > 0 &&
        RU_ADJECTIVE.test(tokens[j - 1]!.norm) &&
        englishWord(tokens[j - 1]!.norm) !== undefined
      )
        continue;
      else break;
    }
  }
  // The name starts with a capital, or with the head itself ("Университет Гази").
  while (first < h && !isCapitalised(tokens[first]!.raw)) first++;
  let end = h + 1;
  // "ректор университета Ербол Исакаев", "директор корпорации Цзя Цзин": after an office and the body it
  // is of, a capitalised name is the office-holder's, not the body's.
  const holder = h > 0 && PERSON_TITLES.has(tokens[h - 1]!.norm);
  if (!kazakh) {
    for (let j = h + 1; j < tokens.length; j++) {
      const t = tokens[j]!;
      if (covered[j] || !joined(text, tokens[j - 1]!, t)) break;
      if (holder && isCapitalised(t.raw)) break;
      // "канцлер Университета Эмити А.Чаухан": a person's initial ends the name.
      if (t.raw.length === 1 && text.charAt(t.end) === ".") break;
      // "колледж и Университет Пири Рейса": another head starts another name.
      if (HONORIFIC.has(t.norm) || headType(t)) break;
      // "университет сельского хозяйства и лесоводства": what it teaches, in the genitive.
      const subject = isCapitalised(t.raw) ? undefined : subjectAt(norms, j);
      if (subject) {
        end = j + subject.length;
        j = end - 1;
      } else if (isCapitalised(t.raw) && !RU_ADJECTIVE.test(t.norm)) end = j + 1;
      else if (!isCapitalised(t.raw) && englishWord(t.norm) !== undefined && !RU_ADJECTIVE.test(t.norm))
        end = j + 1;
      else if (
        RU_CONNECTOR.has(t.norm) &&
        j + 1 < tokens.length &&
        !headType(tokens[j + 1]!) &&
        (englishWord(tokens[j + 1]!.norm) || subjectAt(norms, j + 1))
      )
        continue;
      else break;
    }
  }
  if (first === h && end === h + 1) return undefined;
  // "университетом Тоттори": a lower-case head with a proper name after it is a name too.
  const properTail = tokens.slice(h + 1, end).some((t) => isCapitalised(t.raw));
  if (!isCapitalised(tokens[first]!.raw) && !properTail) return undefined;
  return { first, end, head: h };
}

/** The one foreign country the sentence's words point to, if only one. */
function soleForeignCountry(hints: ReadonlyArray<PhraseMatch<CountryHint>>): CountryCode | null {
  const codes = new Set(hints.map((h) => h.value.code).filter((c) => c !== "KZ"));
  return codes.size === 1 ? [...codes][0]! : null;
}

function countryOf(
  text: string,
  tokens: readonly Token[],
  span: Span,
  hints: ReadonlyArray<PhraseMatch<CountryHint>>,
): CountryCode | null {
  // In the name itself: "Urumqi", "Қырғыз", "Korea".
  const inside = hints.find((h) => h.first >= span.first && h.end <= span.end);
  if (inside) return inside.value.code;
  // In brackets right after it: "(Великобритания)", "(КНР)", "(Hankuk University, Корея Республикасы)".
  const next = tokens[span.end];
  const gap = next ? text.slice(tokens[span.end - 1]!.end, next.start) : "";
  if (next && /^\s*\(/.test(gap)) {
    const close = text.indexOf(")", next.start);
    const inBrackets = hints.find(
      (h) => h.first >= span.end && tokens[h.first]!.start < (close < 0 ? Infinity : close),
    );
    if (inBrackets) return inBrackets.value.code;
  }
  // Right before it: "турецким Университетом Гази", "the German university".
  const adjacent = hints.find(
    (h) => h.end <= span.first && h.end >= span.first - 2 && h.value.kind !== "place",
  );
  if (adjacent) return adjacent.value.code;
  // Right after it: "of Germany", "in China".
  const following = hints.find(
    (h) =>
      h.first >= span.end &&
      h.first <= span.end + 1 &&
      (tokens[span.end]?.norm === "of" || tokens[span.end]?.norm === "in" || h.first === span.end),
  );
  if (following && following.value.code !== "KZ") return following.value.code;
  return null;
}

/**
 * Institution names in the tokens that the directory did not match (`covered` marks the tokens inside
 * directory names). `hints` are the sentence's country hints.
 */
export function findUnknownNames(
  text: string,
  tokens: readonly Token[],
  covered: Uint8Array,
  hints: ReadonlyArray<PhraseMatch<CountryHint>>,
): UnknownName[] {
  const found: UnknownName[] = [];
  let after = 0;
  const kazakhText = /[әғқңөұүһі]/i.test(text);
  for (let h = 0; h < tokens.length; h++) {
    if (h < after || covered[h]) continue;
    const token = tokens[h]!;
    const type = headType(token);
    if (!type) continue;
    if (PLURAL_HEAD.test(token.norm)) continue;
    if (BARE_KAZAKH_CASES.has(token.raw)) continue;
    const cyrillic = isCyrillic(token.raw);
    // "Polytechnic College", "University College": the last head of a run names the institution.
    const following = tokens[h + 1];
    if (
      !cyrillic &&
      following &&
      isCapitalised(following.raw) &&
      headType(following) &&
      joined(text, token, following)
    )
      continue;
    // English heads are capitalised in names; Kazakh ones in the Latin alphabet are not ("Ýhan ýnıversıteti").
    if (!cyrillic && !isCapitalised(token.raw) && !LATIN_HEAD_ENGLISH[token.norm]) continue;
    // Next to a known name, the head word belongs to it ("Университет КИМЭП").
    // A Kazakh sentence's heads end their names, even one spelled like Russian ("Университет ... жасасты").
    const kazakh = cyrillic && (/[әғқңөұүһі]/.test(token.norm) || kazakhText);
    const knownBefore = h > 0 && covered[h - 1] && joined(text, tokens[h - 1]!, token);
    // A Kazakh head ends its name; a Russian or English one may be followed by the rest of a known one.
    const knownAfter = !kazakh && covered[h + 1] && tokens[h + 1] && joined(text, token, tokens[h + 1]!);
    if (knownBefore || knownAfter) continue;
    const span = cyrillic
      ? cyrillicSpan(text, tokens, h, covered, kazakh, hints)
      : latinSpan(text, tokens, h, covered, hints);
    if (!span) continue;
    // "ведущим университетом Казахстана" describes; it names no institution.
    if (!isCapitalised(tokens[span.first]!.raw)) {
      const tail = hints.some(
        (hint) => hint.first === span.head + 1 && hint.end >= span.end && hint.value.kind !== "place",
      );
      if (tail) continue;
    }
    // A name needs a word of its own: "State University" alone names nothing.
    const placed = countryOf(text, tokens, span, hints);
    const english = englishName(text, tokens, normsOf(tokens), span, hints, {
      country: placed,
      around: placed ? null : soleForeignCountry(hints),
      kazakh: kazakh || kazakhText,
    });
    // "Columbia University's Harriman Institute": the name without the possessive.
    const name = english.name.replace(POSSESSIVE_END, "");
    // Nor a country and the head alone: "Қытай университеті" is "a Chinese university".
    const countryWords = new Set(
      hints
        .filter((hint) => hint.value.kind !== "place" && hint.first >= span.first && hint.end <= span.end)
        .flatMap((hint) => tokens.slice(hint.first, hint.end).map((t) => t.norm)),
    );
    const ownTokens = tokens
      .slice(span.first, span.end)
      .filter((t) => !countryWords.has(t.norm) && !headType(t));
    const own = name.split(" ").filter((w) => !GENERIC_ENGLISH.has(w) && w.length > 1);
    if (own.length === 0 || ownTokens.length === 0) continue;
    // A college of only what it teaches, with no place and no proper name, is a Kazakh text's name for a
    // university's college ("Ауыл шаруашылығы колледжі", the College of Agriculture), not an institution.
    const inPlace = hints.some((hint) => hint.first >= span.first && hint.end <= span.end);
    const norms = tokens.map((t) => t.norm);
    const ofSubjects = (i: number): boolean => {
      // Each word a dictionary word, or a word of a subject phrase ("ауыл шаруашылығы") starting here.
      if (i >= span.end) return true;
      const t = tokens[i]!;
      if (headType(t) || countryWords.has(t.norm)) return ofSubjects(i + 1);
      const subject = subjectAt(norms, i);
      if (subject && i + subject.length <= span.end) return ofSubjects(i + subject.length);
      return isCyrillic(t.raw) && englishWord(t.norm) !== undefined && ofSubjects(i + 1);
    };
    if (kazakh && type === "college" && !inPlace && ofSubjects(span.first)) continue;
    // A Confucius Institute is a centre a university hosts, not a partner of its own.
    if (CENTRE_NAMES.test(name)) continue;
    const country = placed ?? english.country;
    found.push({
      first: span.first,
      end: span.end,
      name,
      // A vocational institute ("Vocational Technical Institute", 职业技术学院) is a college.
      type:
        type === "university" && INSTITUTE_HEAD.test(token.norm) && VOCATIONAL.test(name) ? "college" : type,
      country,
    });
    after = span.end;
  }
  return found;
}

const INSTITUTE_HEAD = /^(?:institute|институт\p{L}*|instituty)$/u;
const VOCATIONAL = /\b(?:Vocational|Professional)\b/;

const COMPANY_WORD =
  /^(?:company|companies|corporation|corp|firm|group|giant|manufacturer|producer|maker|holding|компани\p{L}*|корпораци\p{L}*|концерн\p{L}*|холдинг\p{L}*|производител\p{L}*)$/u;
const ENGLISH_FILLER = /^(?:[a-z]+)$/;

/** A run of capitalised words (or a quoted name) starting at `from`: a company's name. */
function nameRun(text: string, tokens: readonly Token[], from: number, covered: Uint8Array): number {
  let end = from;
  while (end < tokens.length && end - from < 4) {
    const t = tokens[end]!;
    if (covered[end] || !(isCapitalised(t.raw) || /\d/.test(t.raw))) break;
    if (end > from && !/^[\s\-–&]*$/.test(text.slice(tokens[end - 1]!.end, t.start))) break;
    end++;
  }
  return end;
}

/**
 * Companies the directory does not know, where the text says what and whose they are: "the German company
 * Festo", "китайская компания «XCMG»", "қытайлық XCMG компаниясымен". Only foreign ones are returned: a
 * company whose country the text does not give is left alone.
 */
export function findUnknownCompanies(
  text: string,
  tokens: readonly Token[],
  covered: Uint8Array,
  hints: ReadonlyArray<PhraseMatch<CountryHint>>,
): UnknownName[] {
  const found: UnknownName[] = [];
  tokens.forEach((token, i) => {
    if (covered[i] || !COMPANY_WORD.test(token.norm)) return;
    // Country word shortly before the company word: "German (engineering) company", "китайская компания".
    const hint = hints.find((h) => h.end <= i && h.end >= i - 3 && h.value.kind !== "place");
    if (!hint || hint.value.code === "KZ") return;
    for (let j = hint.end; j < i; j++)
      if (!ENGLISH_FILLER.test(tokens[j]!.raw) && !isCyrillic(tokens[j]!.raw)) return;
    // Name after the word ("company Festo", "компания «XCMG»") or, in Kazakh, before it ("XCMG компаниясы").
    let first = i + 1;
    let end = nameRun(text, tokens, first, covered);
    if (end === first && hint.end < i) {
      first = hint.end;
      end = nameRun(text, tokens, first, covered);
      if (end !== i) return;
    }
    if (end === first) return;
    const words = tokens.slice(first, end).map((t) => (isCyrillic(t.raw) ? transliterate(t.raw) : t.raw));
    if (words.every((w) => GENERIC_ENGLISH.has(w))) return;
    found.push({ first, end, name: words.join(" "), type: "company", country: hint.value.code });
  });
  return found;
}
