// Chinese names written in Cyrillic by the Palladius system (Ланьчжоу, Чжэцзян, Цзинань, Сиань), read back
// into pinyin (Lanzhou, Zhejiang, Jinan, Xi'an), syllable by syllable.
import { compileTable, type Parse, parseWord, type SyllableTable } from "./syllables";

// The syllables of Mandarin: for each pinyin initial, the finals it takes (ü written "v").
const INVENTORY = `
- a o e ai ei ao ou an en ang eng er
y i a e ao ou an in ang ing ong u ue uan un
w u a o ai ei an en ang eng
b a o ai ei ao an en ang eng i ie iao ian in ing u
p a o ai ei ao ou an en ang eng i ie iao ian in ing u
m a o e ai ei ao ou an en ang eng i ie iao iu ian in ing u
f a o ei ou an en ang eng u
d a e ai ei ao ou an en ang eng ong i ia ie iao iu ian ing u uo ui uan un
t a e ai ao ou an ang eng ong i ie iao ian ing u uo ui uan un
n a e ai ei ao ou an en ang eng ong i ie iao iu ian in iang ing u uo uan v ve
l a o e ai ei ao ou an ang eng ong i ia ie iao iu ian in iang ing u uo uan un v ve
g a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang
k a e ai ao ou an en ang eng ong u ua uo uai ui uan un uang
h a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang
j i ia ie iao iu ian in iang ing iong u ue uan un
q i ia ie iao iu ian in iang ing iong u ue uan un
x i ia ie iao iu ian in iang ing iong u ue uan un
zh a e i ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang
ch a e i ai ao ou an en ang eng ong u ua uo uai ui uan un uang
sh a e i ai ei ao ou an en ang eng u ua uo uai ui uan un uang
r e i ao ou an en ang eng ong u ua uo ui uan un
z a e i ai ei ao ou an en ang eng ong u uo ui uan un
c a e i ai ao ou an en ang eng ong u uo ui uan un
s a e i ai ao ou an en ang eng ong u uo ui uan un
`;

// Palladius: initials, and finals after a consonant. j, q and x take "ü" finals where pinyin writes "u".
const INITIALS: Record<string, string> = {
  b: "б",
  p: "п",
  m: "м",
  f: "ф",
  d: "д",
  t: "т",
  n: "н",
  l: "л",
  g: "г",
  k: "к",
  h: "х",
  j: "цз",
  q: "ц",
  x: "с",
  zh: "чж",
  ch: "ч",
  sh: "ш",
  r: "ж",
  z: "цз",
  c: "ц",
  s: "с",
};
const FINALS: Record<string, string> = {
  a: "а",
  o: "о",
  e: "э",
  ai: "ай",
  ei: "эй",
  ao: "ао",
  ou: "оу",
  an: "ань",
  en: "энь",
  ang: "ан",
  eng: "эн",
  ong: "ун",
  er: "эр",
  i: "и",
  ia: "я",
  ie: "е",
  iao: "яо",
  iu: "ю",
  ian: "янь",
  in: "инь",
  iang: "ян",
  ing: "ин",
  iong: "юн",
  u: "у",
  ua: "уа",
  uo: "о",
  uai: "уай",
  ui: "уй",
  uan: "уань",
  un: "унь",
  uang: "уан",
  v: "юй",
  ve: "юэ",
  // After j, q, x: pinyin "u" is ü.
  "j:u": "юй",
  "j:ue": "юэ",
  "j:uan": "юань",
  "j:un": "юнь",
};
// Syllables with no initial consonant, and the few the rules above do not give.
const WHOLE: Record<string, string> = {
  yi: "и",
  ya: "я",
  ye: "е",
  yao: "яо",
  you: "ю",
  yan: "янь",
  yin: "инь",
  yang: "ян",
  ying: "ин",
  yong: "юн",
  yu: "юй",
  yue: "юэ",
  yuan: "юань",
  yun: "юнь",
  wu: "у",
  wa: "ва",
  wo: "во",
  wai: "вай",
  wei: "вэй",
  wan: "вань",
  wen: "вэнь",
  wang: "ван",
  weng: "вэн",
  hui: "хуэй",
  zi: "цзы",
  ci: "цы",
  si: "сы",
};

// Ways texts depart from strict Palladius, each with its cost: "е" for "э" after a consonant (Шеньчжень,
// Хебей), the soft sign left out (Тянцзинь, Ланчжоу), Kazakh "ң" for a final -ng and "ж" for zh and j.
function variants(cyrillic: string, pinyin: string): Array<readonly [string, number]> {
  const out: Array<readonly [string, number]> = [];
  if (/^[бвгджзклмнпрстфхцчшщ]+э/.test(cyrillic)) out.push([cyrillic.replace("э", "е"), 0.5]);
  if (cyrillic.endsWith("нь")) out.push([cyrillic.slice(0, -1), 0.6]);
  if (/ng$/.test(pinyin) && cyrillic.endsWith("н")) out.push([`${cyrillic.slice(0, -1)}ң`, 0.3]);
  if (/^(?:zh|j)/.test(pinyin)) out.push([cyrillic.replace(/^(?:чж|цз)/, "ж"), 0.7]);
  return out;
}

function syllablePairs(): Array<readonly [string, string, number]> {
  const pairs: Array<readonly [string, string, number]> = [];
  for (const line of INVENTORY.trim().split("\n")) {
    const [initial = "", ...finals] = line.trim().split(/\s+/);
    for (const final of finals) {
      let pinyin: string;
      let cyrillic: string | undefined;
      if (initial === "-") {
        pinyin = final;
        cyrillic = FINALS[final];
      } else if (initial === "y" || initial === "w") {
        pinyin = initial === "y" && final.startsWith("i") ? `y${final}` : `${initial}${final}`;
        if (initial === "y" && final === "i") pinyin = "yi";
        if (initial === "w" && final === "u") pinyin = "wu";
        cyrillic = WHOLE[pinyin];
      } else {
        pinyin = initial + final;
        const jqx = initial === "j" || initial === "q" || initial === "x";
        const finalCyrillic = (jqx && FINALS[`j:${final}`]) || FINALS[final];
        cyrillic = WHOLE[pinyin] ?? (finalCyrillic ? INITIALS[initial] + finalCyrillic : undefined);
      }
      if (!cyrillic) continue;
      pinyin = pinyin.replace(/v/g, "ü");
      pairs.push([cyrillic, pinyin, 0]);
      for (const [variant, cost] of variants(cyrillic, pinyin)) pairs.push([variant, pinyin, cost]);
    }
  }
  return pairs;
}

// A syllable starting with a vowel after one ending in "н" is written with "ъ" between them (Цзинъань is
// Jing'an); without it, "н" starts the next syllable (Цзинань is Jinan).
const VOWEL_START = /^[аэоеияюу]/;
const follows = (previous: string, next: string) => !(/[нң]$/.test(previous) && VOWEL_START.test(next));

let table: SyllableTable | undefined;
function palladius(): SyllableTable {
  table ??= compileTable(syllablePairs(), follows);
  return table;
}

/** Pinyin syllables joined into one word, with the apostrophe pinyin puts before a/e/o inside a word. */
function join(syllables: readonly string[]): string {
  let out = "";
  for (const s of syllables) out += out !== "" && /^[aeo]/.test(s) ? `'${s}` : s;
  return out.replace(/ü/g, "u");
}

/** The pinyin readings of a Cyrillic word (lower case, "ъ" marking a syllable break), best first. */
export function readPalladius(word: string): string[] {
  const parts = word.toLowerCase().replace(/ё/g, "е").split("ъ");
  let readings = [""];
  for (const part of parts) {
    const parses: Parse[] = parseWord(part, palladius());
    if (parses.length === 0) return [];
    const next: string[] = [];
    for (const prefix of readings)
      for (const parse of parses.slice(0, 8))
        next.push(prefix === "" ? join(parse.latin) : `${prefix}'${join(parse.latin)}`);
    readings = [...new Set(next)].slice(0, 12);
  }
  return readings;
}

// Letters and pairs no Russian word but a Palladius one would have: "цз", "чж", a soft sign inside or
// after "н", "оу", "юй", "уэй", "ао", "сы" (strong signs); "э" after a consonant and "эй" (weak ones, as
// Polivanov writes them too: "Васэда" reads as Palladius and is Japanese).
const STRONG_MARK = /цз|чж|ь(?=[бвгджзклмнпрстфхцчшщ])|нь$|оу|юй|уэй|ао|[сц]ы/;
const WEAK_MARK = /[бпмфдтнлгкхцчшжс]э|эй/;

/** How surely a word is Chinese: it reads completely as Palladius and has a strong or a weak sign of it. */
export function palladiusSign(word: string): "strong" | "weak" | undefined {
  const lower = word.toLowerCase();
  const sign = STRONG_MARK.test(lower) ? "strong" : WEAK_MARK.test(lower) ? "weak" : undefined;
  return sign && readPalladius(lower).length > 0 ? sign : undefined;
}
