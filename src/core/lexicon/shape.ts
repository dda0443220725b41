// The shape every language's lexicon has: the same keys in every language, so that a lexicon missing one
// is a type error, and `missingKeys` names it at run time (for a lexicon built from data, and for the tests).
import { AGREEMENTS, FIELDS } from "../schema";

/** Entries in the notation of compile.ts; an empty list says the language has none for this key. */
export type Entries = readonly string[];

/** The groups of keys, each a list of entries. */
export const LEXICON_SHAPE = {
  /** What a sentence says happened. */
  status: [
    "launched",
    /** Held or took place: an event or internship held is launched, a signing held is not. */
    "held",
    "signed",
    /** A signing named as a noun ("the signing of the memorandum"): signed, unless the sentence plans it. */
    "signing",
    /** "No documents were signed": talks still. */
    "notSigned",
    "planned",
    /** "Agreed to continue talks": talks still, not a plan. */
    "continueTalks",
    /** "A final decision is to be taken in autumn": talks still. */
    "decisionPending",
    "discussed",
  ],
  /** What kind of cooperation a sentence speaks of. */
  agreement: AGREEMENTS,
  /** Something opened of no stated kind: a laboratory is a joint lab, an academy or centre a training centre. */
  opening: ["verbs", "lab", "academy", "centre"],
  /** Fields of cooperation. */
  fields: FIELDS,
  /**
   * Words that give a field only when nothing else does, neither the pair's sentences nor its sides' names:
   * an exchange of students is education unless the article says in what subject.
   */
  defaultFields: ["education"],
  /** What a sentence's fields are fields of. */
  fieldContext: [
    /**
     * The relations of two states ("trade and economic ties between the two countries"): a sentence that
     * does not name the pair and says this speaks of the states, not of the pair's cooperation.
     */
    "states",
  ],
  /** Which sentences pair whom. */
  pairing: [
    /**
     * A standing relation, not news: "cooperates with", "among our partners are". A sentence saying this of
     * its foreign bodies pairs none of them unless something was signed or opened.
     */
    "background",
    /**
     * Ties a body has, told as a state ("has established partnerships with eleven universities, including
     * ..."): background even where a word of it ("established") would otherwise say something happened.
     */
    "existingTies",
    /**
     * Words that introduce a list, whatever it is a list of: "such as", "including", "в том числе". A list
     * is background when nothing happens to it in the sentence; "visited universities such as A and B" is news.
     */
    "listing",
    /** Results of a contest held at an institution: the venue, not a partner. */
    "contestResult",
    /** Words by which a sentence that does not name the Kazakhstan side still speaks of it. */
    "kzReference",
    /** Words by which a sentence about a branch speaks of its host ("at the university's base", "на базе"). */
    "hostReference",
    /** Words of being present or accompanying ("attended", "accompanied", "witnessed", "қатысты"). */
    "attendance",
    /**
     * A list of a delegation's members ("the delegation included", "в состав делегации вошли", "делегация
     * құрамында"): everyone named came with the visitors, a Kazakhstan body among them too.
     */
    "delegationMembers",
    /** Words of accompanying someone ("accompanied by", "сопровождал", "еріп"): an escort, never the one who came. */
    "escorting",
    /** A later sentence still about the same pair ("the sides", "по итогам встречи"). */
    "sides",
    /** A sentence that starts with what the pair opened or agreed on ("The laboratory will ..."). */
    "objectFirst",
  ],
  /** The kind of a pair. */
  kind: [
    /** What an agreement "provides for" is its scope, not what it sets up. */
    "scope",
    /** Topics of talks that are not an agreement ("joint research"). */
    "otherTopic",
    /** A delegation or visit (not a mere meeting): beside an event it is the news, the event its setting. */
    "delegation",
    /**
     * A centre that teaches a language ("a Korean language centre"): a training centre when it opens or is
     * to open, a topic when it is only talked of.
     */
    "languageCentre",
  ],
  /** Names and the words around them (matched in the text as written, any case). */
  names: [
    /** A name after these is no side: "a graduate of", "окончил". */
    "notASideBefore",
    /** A name before these is no side: "түлегі", "rankings". */
    "notASideAfter",
    /** Opening a bracket of another name of the same body: "(formerly ...", "(ранее ...". */
    "formerNameBracketed",
    /** Introducing another name of the same body: "formerly known as", "ранее назывался". */
    "formerName",
    /** A word after a name that makes it the other side of a verb, "... компаниясымен". */
    "withHead",
    /**
     * A local government named again by its head noun alone ("the regional akimat", "акимат области",
     * "облыс әкімдігі"): the akimat the article named last.
     */
    "akimatAgain",
    /**
     * Between a part of an institution and the institution ("the Department of International Cooperation of
     * Xinjiang University", "... Institute at Columbia University"): the part acts for the institution.
     */
    "partOf",
    /** A word for a country's region after or before its name ("Chelyabinsk Region", "провинции Шэньси"). */
    "regionWord",
    /**
     * The office of a region's government next to the region ("the governor of Gansu Province", "делегация
     * Челябинской области", "облысы үкіметі"): the regional government is the side.
     */
    "regionOffice",
  ],
  /** What a news page carries besides the article, matched against a whole line as written (any case). */
  page: [
    /** A heading that ends the article, alone on its line: "Other news", "Related stories:". */
    "endHeading",
    /** A line starting so ends the article (up to 20 more characters): "Читайте также", "Басқа жаңалықтар". */
    "endLead",
    /** A share widget's line: "Share", "Поделиться", "Бөлісу". */
    "share",
    /** A photo credit: "Photo: ...", "Фото: ...", "Сурет: ...". */
    "photoCredit",
    /** A copyright line (besides one starting with ©). */
    "copyright",
    /** A subscription call anywhere in a line: "Subscribe to our", "Подписывайтесь на наш". */
    "subscribe",
    /** A menu item alone on its line: "Menu", "Главная", "Іздеу". */
    "menu",
    /** The first word of a breadcrumb trail: "Home > News", "Главная / Новости". */
    "breadcrumb",
    /** A tags line: "Tags:", "Теги:". */
    "tags",
    /** Another article's headline quoted: "Read also: ...", "Читайте также — ...". */
    "readAlso",
    /** A press service's signature: "Пресс-служба ...". */
    "pressService",
    /** A bare "Published" line. */
    "published",
  ],
  /** Plain words (not notation): how news names a state body through its office or office-holder. */
  roles: [
    /** An embassy or its ambassador. */
    "embassy",
    /** A consulate (general) or its consul. */
    "consulate",
    /** A ministry or its minister. */
    "ministry",
    /** Before a role word, makes it no side: an honorary consul, a prime minister. */
    "notASide",
    /** Before a country: where the office sits, not whose it is ("in", "в"). */
    "host",
  ],
  /** Plain words (not notation), matched as whole folded words. */
  words: [
    /** Before a name: the other side of a verb ("with", "с"). */
    "with",
    /** Joining two names ("and", "и", "және"). */
    "and",
    /** An article that may stand between two joined names ("the"). */
    "article",
  ],
  /** Plain word endings (not notation). */
  suffixes: [
    /** A name ending in it is the other side of a verb (Kazakh "-мен/-бен/-пен"). */
    "with",
  ],
} as const;

type Shape = typeof LEXICON_SHAPE;

/** The groups of plain words (matched whole, not read as notation). */
export const PLAIN_GROUPS: readonly (keyof Shape)[] = ["roles", "words", "suffixes"];
export type LexiconGroup = keyof Shape;
export type LexiconKey<G extends LexiconGroup> = Shape[G][number];

/** English and Russian put the verb before what it opens; Kazakh after. */
export type WordOrder = "verb-object" | "object-verb";

/** One language's words: every key of the shape, each a list of entries. */
export type Lexicon = {
  readonly lang: string;
  readonly wordOrder: WordOrder;
} & { readonly [G in LexiconGroup]: { readonly [K in LexiconKey<G>]: Entries } };

/** A part of a lexicon (a second script of a language): any keys, added after the main lexicon's. */
export type LexiconPart = { readonly [G in LexiconGroup]?: { readonly [K in LexiconKey<G>]?: Entries } };

/** Every key as "group.key", in the shape's order. */
export function lexiconKeys(): string[] {
  return Object.entries(LEXICON_SHAPE).flatMap(([group, keys]) =>
    (keys as readonly string[]).map((key) => `${group}.${key}`),
  );
}

/** The keys a lexicon lacks (or that are not lists), as "group.key": what a new language still needs. */
export function missingKeys(lexicon: unknown): string[] {
  const groups = (typeof lexicon === "object" && lexicon !== null ? lexicon : {}) as Record<string, unknown>;
  return lexiconKeys().filter((path) => {
    const [group, key] = path.split(".") as [string, string];
    const entries = groups[group];
    const list =
      typeof entries === "object" && entries !== null ? (entries as Record<string, unknown>)[key] : null;
    return !Array.isArray(list) || !list.every((entry) => typeof entry === "string");
  });
}

/** A lexicon with a part's entries added after its own. */
export function withPart(lexicon: Lexicon, part: LexiconPart): Lexicon {
  const out: Record<string, unknown> = { ...lexicon };
  for (const [group, keys] of Object.entries(part)) {
    const base = (lexicon as unknown as Record<string, Record<string, Entries>>)[group]!;
    const merged: Record<string, Entries> = { ...base };
    for (const [key, entries] of Object.entries(keys as Record<string, Entries>)) {
      merged[key] = [...(base[key] ?? []), ...entries];
    }
    out[group] = merged;
  }
  return out as Lexicon;
}
