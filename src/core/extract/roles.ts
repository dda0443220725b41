// State bodies named through an office or its holder: "the Consul General of Türkiye in Almaty", "посол
// Казахстана в России", "Қазақстанның Моңғолиядағы елшісі", "Министр образования и науки КР", "ҚР Денсаулық
// сақтау министрі". The person is never a side; the embassy, consulate general or ministry they speak for
// is. Whose office it is comes from the country named with it (of, genitive, adjective); where it sits,
// from the country or city named with "in", "в", or a Kazakh locative. Kazakhstan's own embassies and
// consulates abroad are Kazakhstan sides.
import { type CountryHint, countryName, countryNames } from "../countries";
import { kazakhBases } from "../directory/inflection";
import { lookupName } from "../directory/match";
import { addPhrase, emptyIndex, findPhrases, type PhraseIndex, type PhraseMatch } from "../directory/phrases";
import { isCyrillic, type Token } from "../text/normalize";
import { wordFact } from "../text/wordFacts";
import type { CountryCode, Institution } from "../types";
import type { Entity } from "./entities";
import {
  DEFAULT_CONSULATE_CITY,
  FORMAL_COUNTRY,
  MINISTRY_SUBJECTS,
  ROLE_WORDS,
  type RoleKind,
  SUBJECT_JOINERS,
  SUBJECT_LEADS,
} from "./roles-data";

export interface RoleMention {
  entity: Entity;
  first: number;
  end: number;
}

export interface RoleBodies {
  mentions: RoleMention[];
  /** Tokens of offices that name no side ("Prime Minister", "honorary consul"): no name may be read there. */
  blocked: Array<readonly [number, number]>;
}

interface Compiled {
  kinds: Map<string, RoleKind>;
  kazakh: Map<string, RoleKind>;
  /** The first two letters of the Kazakh role words: every base form of a word (endings come off its end, only
   * the last letter of what is left may change) keeps the word's first two. */
  kazakhHeads: Set<string>;
  notASide: Set<string>;
  host: Set<string>;
  subjects: PhraseIndex<string>;
}

let compiled: Compiled | undefined;

function compile(): Compiled {
  if (compiled) return compiled;
  const kinds = new Map<string, RoleKind>();
  const kazakh = new Map<string, RoleKind>();
  const notASide = new Set<string>();
  const host = new Set<string>();
  for (const [lang, words] of Object.entries(ROLE_WORDS)) {
    for (const [kind, list] of Object.entries(words.roles) as Array<[RoleKind, readonly string[]]>) {
      for (const word of list) (lang === "kk" && isCyrillic(word) ? kazakh : kinds).set(word, kind);
    }
    for (const word of words.notASide) notASide.add(word);
    for (const word of words.host) host.add(word);
  }
  const subjects = emptyIndex<string>();
  for (const line of MINISTRY_SUBJECTS.split("\n")) {
    const [english, phrases] = line.split("|").map((part) => part.trim());
    if (!english || !phrases) continue;
    for (const phrase of phrases.split(";")) addPhrase(subjects, phrase.trim(), english, 1);
  }
  const kazakhHeads = new Set([...kazakh.keys()].map((word) => word.slice(0, 2)));
  compiled = { kinds, kazakh, kazakhHeads, notASide, host, subjects };
  return compiled;
}

/** The office a word names, if any: asked of every word of a sentence, so kept per word. */
const roleKindOf = wordFact((norm): RoleKind | undefined => {
  const c = compile();
  const direct = c.kinds.get(norm);
  if (direct) return direct;
  if (!isCyrillic(norm) || !/[а-яәғқңөұүһі]/.test(norm)) return undefined;
  // Most words start unlike any role word: their endings need not be taken off.
  if (!c.kazakhHeads.has(norm.slice(0, 2))) return undefined;
  for (const base of kazakhBases(norm)) {
    const kind = c.kazakh.get(base);
    if (kind) return kind;
  }
  return undefined;
});

// A Kazakh place or country in the locative ("Мажарстандағы", "Алматыда") is where, not whose.
const KAZAKH_LOCATIVE = /(?:дағы|дегі|тағы|тегі|ндағы|ндегі|да|де|та|те)$/;
const KAZAKH_CITY_OF = /^(?:қала|облыс)\p{L}*(?:дағы|дегі|да|де)$/u;
// Between a role word and its country: words, but no clause break.
const BREAK = /[,;:.!?()«»"“”„]|\s[-–—]\s/;

function isHost(hint: PhraseMatch<CountryHint>, tokens: readonly Token[], c: Compiled): boolean {
  // "to the Russian Federation": the article does not change what the preposition says.
  const skip = tokens[hint.first - 1]?.norm === "the" ? 1 : 0;
  const before = tokens[hint.first - 1 - skip];
  if (before && c.host.has(before.norm)) return true;
  const last = tokens[hint.end - 1]!;
  if (isCyrillic(last.norm) && KAZAKH_LOCATIVE.test(last.norm) && last.norm.length > 4) {
    // The locative must be an ending of the country's name, not the name itself ("Канада").
    const bare = last.norm.replace(KAZAKH_LOCATIVE, "");
    if (bare.length >= 3) return true;
  }
  const after = tokens[hint.end];
  // "ҚХР-дағы", "АҚШ-та": an abbreviation's ending is written after a hyphen, a word of its own.
  if (after && LOCATIVE_ENDING.test(after.norm) && after.start === last.end + 1) return true;
  return after !== undefined && KAZAKH_CITY_OF.test(after.norm);
}

const LOCATIVE_ENDING = /^(?:дағы|дегі|тағы|тегі|ндағы|ндегі|да|де|та|те|нда|нде)$/;

/** The tokens around a role word that belong to its phrase: up to a clause break or another name. */
function windowOf(
  text: string,
  tokens: readonly Token[],
  at: number,
  covered: Uint8Array,
  isRole: (i: number) => boolean,
): readonly [number, number] {
  let from = at;
  while (from > 0 && at - from < 8) {
    const gap = text.slice(tokens[from - 1]!.end, tokens[from]!.start);
    if (BREAK.test(gap) || covered[from - 1] || isRole(from - 1)) break;
    from--;
  }
  let to = at + 1;
  while (to < tokens.length && to - at < 13) {
    const gap = text.slice(tokens[to - 1]!.end, tokens[to]!.start);
    if (BREAK.test(gap) || covered[to] || isRole(to)) break;
    to++;
  }
  return [from, to];
}

/** "Чехия, Хорватия және Германия": the countries listed with the one found, in order. */
function listedWith(
  text: string,
  tokens: readonly Token[],
  owners: ReadonlyArray<PhraseMatch<CountryHint>>,
  found: PhraseMatch<CountryHint>,
): PhraseMatch<CountryHint>[] {
  const at = owners.indexOf(found);
  // An item the gazetteer does not know (a misspelt "Словокия") does not break the list.
  const linked = (a: PhraseMatch<CountryHint>, b: PhraseMatch<CountryHint>) =>
    /^\s*(?:,\s*\p{Lu}\p{L}*\s*){0,2}(?:,|,?\s*(?:and|и|және))\s*$/u.test(
      text.slice(tokens[a.end - 1]!.end, tokens[b.first]!.start),
    );
  let first = at;
  while (first > 0 && linked(owners[first - 1]!, owners[first]!)) first--;
  let last = at;
  while (last + 1 < owners.length && linked(owners[last]!, owners[last + 1]!)) last++;
  return owners.slice(first, last + 1);
}

/** "Education and Science": the subjects of a ministry named right after (or right before) its word. */
interface Subject {
  words: string;
  first: number;
  end: number;
}

function subjectOf(
  text: string,
  tokens: readonly Token[],
  at: number,
  window: readonly [number, number],
  subjects: ReadonlyArray<PhraseMatch<string>>,
): Subject | undefined {
  // Kazakh names the subject before the word ("Білім және ғылым министрі"), Russian after it.
  const kazakh = /[әғқңөұүһі]/.test(tokens[at]!.norm);
  return kazakh
    ? (subjectBefore(tokens, at, window, subjects) ?? subjectAfter(text, tokens, at, window, subjects))
    : (subjectAfter(text, tokens, at, window, subjects) ?? subjectBefore(tokens, at, window, subjects));
}

const joinerAt = (tokens: readonly Token[], i: number) => {
  const token = tokens[i];
  return token ? SUBJECT_JOINERS[token.norm] : undefined;
};

/** "Minister of Education and Science", "министр образования и науки". */
function subjectAfter(
  text: string,
  tokens: readonly Token[],
  at: number,
  window: readonly [number, number],
  subjects: ReadonlyArray<PhraseMatch<string>>,
): Subject | undefined {
  const commaBefore = (i: number) => /^\s*,\s*$/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
  let pos = at + 1;
  if (tokens[pos] && SUBJECT_LEADS.has(tokens[pos]!.norm)) pos++;
  if (tokens[pos]?.norm === "the") pos++;
  let after = "";
  let end = pos;
  for (;;) {
    const m = subjects.find((s) => s.first === pos && s.end <= window[1]);
    if (!m) break;
    after += m.value;
    end = m.end;
    const joiner = joinerAt(tokens, m.end);
    const next = (from: number) => subjects.some((s) => s.first === from && s.end <= window[1]);
    if (joiner && next(m.end + 1)) {
      after += joiner;
      pos = m.end + 1;
    } else if (next(m.end) && commaBefore(m.end)) {
      after += ", ";
      pos = m.end;
    } else if (next(m.end)) {
      // "высшего образования": words of one subject, side by side.
      after += " ";
      pos = m.end;
    } else break;
  }
  return after !== "" ? { words: after, first: at, end } : undefined;
}

/** "Education Minister", "Ғылым және жоғары білім министрі". */
function subjectBefore(
  tokens: readonly Token[],
  at: number,
  window: readonly [number, number],
  subjects: ReadonlyArray<PhraseMatch<string>>,
): Subject | undefined {
  let before = "";
  let stop = at;
  let first = at;
  for (;;) {
    const m = subjects.find((s) => s.end === stop && s.first >= window[0]);
    if (!m) break;
    before = m.value + before;
    first = m.first;
    const joiner = joinerAt(tokens, m.first - 1);
    const previous = (to: number) => subjects.some((s) => s.end === to && s.first >= window[0]);
    if (joiner && previous(m.first - 1)) {
      before = joiner + before;
      stop = m.first - 1;
    } else if (previous(m.first)) {
      before = ` ${before}`;
      stop = m.first;
    } else break;
  }
  return before !== "" ? { words: before, first, end: at + 1 } : undefined;
}

const formal = (code: CountryCode) => FORMAL_COUNTRY[code] ?? countryName(code, "en");

const embassies = new Map<CountryCode, Entity>();

/** A country's embassy in Kazakhstan: the directory's entry when it has one, else a new one. */
export function embassyOf(code: CountryCode): Entity {
  const cached = embassies.get(code);
  if (cached) return cached;
  const names = [formal(code), countryName(code, "en"), ...countryNames(code, "en")];
  let entity: Entity | undefined;
  for (const name of names) {
    const known = lookupName(`Embassy of ${name} in Kazakhstan`);
    if (known && known.type === "embassy" && known.country === code) {
      entity = { name: known.name, country: code, type: "embassy", known: true };
      break;
    }
  }
  entity ??= {
    name: `Embassy of ${formal(code)} in Kazakhstan`,
    country: code,
    type: "embassy",
    known: false,
  };
  embassies.set(code, entity);
  return entity;
}

function consulateOf(owner: CountryCode, city: string): Entity {
  return {
    name: `Consulate General of ${formal(owner)} in ${city}`,
    country: owner,
    type: "embassy",
    known: false,
  };
}

function ministryOf(owner: CountryCode, subject: string, extra: readonly Institution[]): Entity {
  const name = `Ministry of ${subject} of ${formal(owner)}`;
  const known = lookupName(name, extra);
  if (known && known.country === owner && known.type === "government")
    return { name: known.name, country: owner, type: "government", known: true };
  return { name, country: owner, type: "government", known: false };
}

/** The state bodies a sentence names through offices and office-holders, left to right. */
export function findRoleBodies(
  text: string,
  tokens: readonly Token[],
  hints: ReadonlyArray<PhraseMatch<CountryHint>>,
  covered: Uint8Array,
  extra: readonly Institution[] = [],
  lastEmbassy?: Entity,
): RoleBodies {
  const c = compile();
  const kinds = tokens.map((token, i) => (covered[i] ? undefined : roleKindOf(token)));
  const result: RoleBodies = { mentions: [], blocked: [] };
  if (!kinds.some((k) => k !== undefined)) return result;
  const subjects = kinds.includes("ministry") ? findPhrases(tokens, [c.subjects], true) : [];
  // The owner of the last office read, for one named with it: "the Uzbek Deputy Prime Minister and the
  // Minister of Public Education".
  let lastOwner: { owner: PhraseMatch<CountryHint>; end: number } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const kind = kinds[i];
    if (!kind) continue;
    // An office's word is never part of an institution's name read elsewhere ("Deputy Minister X").
    result.blocked.push([i, i + 1]);
    const previous = tokens[i - 1];
    if (previous && c.notASide.has(previous.norm)) {
      result.blocked.push([Math.max(0, i - 2), i + 1]);
      const own = hints.filter((h) => h.value.kind !== "place" && h.end <= i && h.end >= i - 3);
      if (own.length > 0) lastOwner = { owner: own[own.length - 1]!, end: i + 1 };
      continue;
    }
    const window = windowOf(text, tokens, i, covered, (j) => kinds[j] !== undefined);
    const near = hints.filter((h) => h.first >= window[0] && h.end <= window[1]);
    const hosts = near.filter((h) => isHost(h, tokens, c));
    const owners = near.filter((h) => h.value.kind !== "place" && !hosts.includes(h));
    const distance = (h: PhraseMatch<CountryHint>) => (h.first > i ? h.first - i : i - h.end + 1);
    const nearest = (list: ReadonlyArray<PhraseMatch<CountryHint>>) =>
      [...list].sort((a, b) => distance(a) - distance(b))[0];
    const host = nearest(hosts);
    let owner = nearest(owners);
    // "Ташкент қаласында ... министрінің орынбасары": no owner named, the meeting's foreign city tells.
    if (!owner && kind === "ministry" && host && host.value.code !== "KZ") owner = host;
    // "The ambassador noted ...": the embassy the text spoke of last.
    if (!owner && !host && kind === "embassy" && lastEmbassy) {
      result.mentions.push({ entity: lastEmbassy, first: i, end: i + 1 });
      continue;
    }
    if (
      !owner &&
      lastOwner &&
      i - lastOwner.end <= 8 &&
      /(?:^|\s)(?:and|и|және)\s/u.test(text.slice(tokens[lastOwner.end - 1]!.end, tokens[i]!.start))
    )
      owner = lastOwner.owner;
    if (!owner) continue;
    lastOwner = { owner, end: i + 1 };
    const span = (entity: Entity, from: number, to: number) =>
      result.mentions.push({ entity, first: from, end: to });
    const from = Math.min(i, owner.first);
    const to = Math.max(i + 1, owner.end);
    if (kind === "ministry") {
      const subject = subjectOf(text, tokens, i, window, subjects);
      if (!subject) continue;
      span(
        ministryOf(owner.value.code, subject.words, extra),
        Math.min(from, subject.first),
        Math.max(to, subject.end),
      );
      continue;
    }
    const own = owner.value.code;
    if (own === "KZ") {
      // Kazakhstan's own mission abroad: a Kazakhstan side, named by where it sits.
      if (!host || host.value.code === "KZ") continue;
      const where =
        kind === "consulate" && host.value.kind === "place" && host.value.place
          ? host.value.place
          : formal(host.value.code);
      const name =
        kind === "embassy"
          ? `Embassy of ${formal("KZ")} in ${formal(host.value.code)}`
          : `Consulate General of ${formal("KZ")} in ${where}`;
      // Typed as a state body: beside a university of its own country it is the host, not the side.
      span({ name, country: "KZ", type: "government", known: false }, from, Math.max(to, host.end));
      continue;
    }
    // A foreign mission elsewhere than Kazakhstan ("the Russian consul in Shanghai") is nobody's side here.
    if (host && host.value.code !== "KZ") continue;
    const listed =
      kind === "embassy"
        ? listedWith(
            text,
            tokens,
            hints.filter((h) => h.value.kind !== "place" && !isHost(h, tokens, c)),
            owner,
          )
        : [owner];
    for (const country of listed) {
      if (country.value.code === "KZ") continue;
      const entity =
        kind === "embassy"
          ? embassyOf(country.value.code)
          : consulateOf(
              country.value.code,
              host?.value.kind === "place" && host.value.place ? host.value.place : DEFAULT_CONSULATE_CITY,
            );
      // Several countries' envoys: each mention is its country's name alone, so that none overlaps another.
      if (listed.length > 1) span(entity, country.first, country.end);
      else span(entity, Math.min(i, country.first), Math.max(i + 1, country.end));
    }
  }
  return result;
}
