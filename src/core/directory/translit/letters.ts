// Letter-by-letter romanisation tables: Cyrillic letters and letter groups, and the Latin each becomes,
// per system. A rule may hold only in one place of the word:
//   ^x  at the start     x$  at the end     +x  after a vowel     x>  before a consonant
// and the longest group that applies wins ("дж" before "д"). Rules are tried in that order of places.

/** The usual English spelling of Russian place and person names (BGN/PCGN, less its diacritics). */
const RUSSIAN = `
а=a б=b в=v г=g д=d е=e ^е=ye +е=ye ье=ye ъе=ye ё=yo +ё=yo ж=zh з=z и=i й=y к=k кс=ks л=l м=m н=n о=o п=p
р=r с=s т=t у=u ф=f х=kh ц=ts ч=ch ш=sh щ=shch ъ= ы=y ь= э=e ю=yu я=ya ий$=y ый$=y ие=ie ьи=yi ьо=yo
`;

/** The letters of the other Cyrillic alphabets of the region, in every system. */
const REGIONAL = `
ә=a ғ=g қ=k ң=ng ө=o ұ=u ү=u һ=h і=i ў=u ҳ=h ҷ=j ӣ=i ӯ=u
`;

/**
 * Kazakh names as they are spelled in English (Zhetysu, Baitursynuly, Seifullin, Abai, Nazarbayev; a place
 * or an institution with a first "Е" keeps it: Esil, Ertis, Ekibastuz).
 */
const KAZAKH = `
^е=e й>=i й$=i уе=ue
`;

/** Uzbek, Kyrgyz, Tajik and Turkmen names in their usual English spelling (Andijan, Jalal-Abad, Khujand). */
const CENTRAL_ASIAN = `
дж=j ж=j
`;

/** Turkish names written in Russian back in Turkish letters (Хаджеттепе, Карабюк, Улудаг, Инёню). */
const TURKISH = `
а=a б=b в=v г=g +г$=ğ д=d дж=c е=e ё=ö ^ё=yö +ё=yö ж=j з=z и=i й=y к=k л=l ль=l м=m н=n о=o п=p р=r
с=s т=t у=u ф=f х=h ц=ts ч=ç ш=ş ы=ı ь= ья=ya ье=ye ью=yu э=e ю=ü ^ю=yu +ю=yu я=ya ие=iye
`;

/**
 * Korean names written by the Kontsevich system, in the Revised Romanization Korea uses for new names
 * (Kontsevich does not tell ㅓ from ㅗ, nor a final ㄴ from ㅇ: "о" reads "eo" after the consonants where
 * ㅓ is the commoner vowel).
 */
const KOREAN = `
а=a б=b в=w г=g д=d е=e ё=yeo ж=j з=j и=i й=y к=k ^к=g л=l ль=l м=m н=n о=o п=p ^п=b р=r с=s т=t ^т=d
у=u х=h ч=j ^ч=j чх=ch кх=k тх=t пх=p кк=kk тт=tt пп=pp сс=ss чч=jj дж=j ы=eu ый=ui э=ae ю=yu я=ya
ва=wa вэ=wae ве=oe во=wo ви=wi со=seo чо=jeo чхо=cheo джо=jeo
`;

type Place = "start" | "vowelEnd" | "end" | "afterVowel" | "beforeConsonant" | "anywhere";
type Rules = Map<string, Partial<Record<Place, string>>>;

const VOWELS = "аәеёиоөуұүыіэюяӣӯў";
const CONSONANTS = "бвгғджзйкқлмнңпрстфхҳцчҷшщ";
// The order rules are tried in: the most particular place first.
const PLACES: ReadonlyArray<Place> = [
  "start",
  "vowelEnd",
  "end",
  "afterVowel",
  "beforeConsonant",
  "anywhere",
];

function compile(...tables: string[]): { rules: Rules; longest: number } {
  const rules: Rules = new Map();
  let longest = 1;
  for (const table of tables)
    for (const pair of table.trim().split(/\s+/)) {
      const eq = pair.indexOf("=");
      const to = pair.slice(eq + 1);
      const rule = /^(\^|\+)?(.+?)(\$|>)?$/.exec(pair.slice(0, eq));
      if (!rule) continue;
      const [, lead, from = "", tail] = rule;
      const place: Place =
        lead === "^"
          ? "start"
          : lead === "+"
            ? tail === "$"
              ? "vowelEnd"
              : "afterVowel"
            : tail === "$"
              ? "end"
              : tail === ">"
                ? "beforeConsonant"
                : "anywhere";
      const entry = rules.get(from) ?? {};
      entry[place] = to;
      rules.set(from, entry);
      longest = Math.max(longest, from.length);
    }
  return { rules, longest };
}

function ruleFor(entry: Partial<Record<Place, string>>, word: string, at: number, length: number) {
  const before = word[at - 1];
  const after = word[at + length];
  const afterVowel = before !== undefined && VOWELS.includes(before);
  for (const place of PLACES) {
    const out = entry[place];
    if (out === undefined) continue;
    if (place === "start" && at !== 0) continue;
    if ((place === "end" || place === "vowelEnd") && after !== undefined) continue;
    if ((place === "afterVowel" || place === "vowelEnd") && !afterVowel) continue;
    if (place === "beforeConsonant" && (after === undefined || !CONSONANTS.includes(after))) continue;
    return out;
  }
  return undefined;
}

export type LetterSystem = "russian" | "kazakh" | "central-asian" | "turkish" | "korean";

const SOURCES: Record<LetterSystem, string[]> = {
  russian: [RUSSIAN, REGIONAL],
  kazakh: [RUSSIAN, REGIONAL, KAZAKH],
  "central-asian": [RUSSIAN, REGIONAL, CENTRAL_ASIAN],
  turkish: [RUSSIAN, REGIONAL, TURKISH],
  korean: [RUSSIAN, REGIONAL, KOREAN],
};
const compiled = new Map<LetterSystem, ReturnType<typeof compile>>();

/** Latin letters for a lower-case Cyrillic word by one system's table; letters it lacks stay as they are. */
export function romanizeLetters(word: string, system: LetterSystem): string {
  let table = compiled.get(system);
  if (!table) {
    table = compile(...SOURCES[system]);
    compiled.set(system, table);
  }
  let out = "";
  for (let at = 0; at < word.length; ) {
    let done = false;
    for (let length = Math.min(table.longest, word.length - at); length >= 1 && !done; length--) {
      const entry = table.rules.get(word.slice(at, at + length));
      if (!entry) continue;
      const latin = ruleFor(entry, word, at, length);
      if (latin === undefined) continue;
      out += latin;
      at += length;
      done = true;
    }
    if (!done) out += word[at++];
  }
  return out;
}
