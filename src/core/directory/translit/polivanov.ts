// Japanese names written in Cyrillic by the Polivanov system (Цукуба, Васэда, Хитоцубаси), read back into
// the Hepburn spelling Japanese institutions use in English (Tsukuba, Waseda, Hitotsubashi).
import { compileTable, parseWord, type SyllableTable } from "./syllables";

// Kana syllables: Polivanov = Hepburn, by consonant row.
const KANA = `
а=a и=i у=u э=e о=o я=ya ю=yu ё=yo ва=wa н=n й=i
ка=ka ки=ki ку=ku кэ=ke ко=ko кя=kya кю=kyu кё=kyo
га=ga ги=gi гу=gu гэ=ge го=go гя=gya гю=gyu гё=gyo
са=sa си=shi су=su сэ=se со=so ся=sha сю=shu сё=sho
дза=za дзи=ji дзу=zu дзэ=ze дзо=zo дзя=ja дзю=ju дзё=jo
та=ta ти=chi цу=tsu тэ=te то=to тя=cha тю=chu тё=cho
да=da дэ=de до=do
на=na ни=ni ну=nu нэ=ne но=no ня=nya ню=nyu нё=nyo
ха=ha хи=hi фу=fu хэ=he хо=ho хя=hya хю=hyu хё=hyo
ба=ba би=bi бу=bu бэ=be бо=bo бя=bya бю=byu бё=byo
па=pa пи=pi пу=pu пэ=pe по=po пя=pya пю=pyu пё=pyo
ма=ma ми=mi му=mu мэ=me мо=mo мя=mya мю=myu мё=myo
ра=ra ри=ri ру=ru рэ=re ро=ro ря=rya рю=ryu рё=ryo
`;
// A doubled consonant (っ): the first letter stands alone before its twin.
const GEMINATES = ["к", "с", "т", "п"];

function pairs(): Array<readonly [string, string, number]> {
  const out: Array<readonly [string, string, number]> = [];
  for (const pair of KANA.trim().split(/\s+/)) {
    const [cyrillic = "", latin = ""] = pair.split("=");
    out.push([cyrillic, latin, 0]);
    // Russian texts often write "е" for Polivanov's "э" (Васеда, Кобе).
    if (cyrillic.endsWith("э")) out.push([`${cyrillic.slice(0, -1)}е`, latin, 0.3]);
  }
  for (const letter of GEMINATES) out.push([letter, letter === "т" ? "t" : romanOf(letter), 0]);
  return out;
}
const romanOf = (letter: string) => ({ к: "k", с: "s", т: "t", п: "p" })[letter] ?? letter;

const VOWEL_START = /^[аиуэоеяюё]/;
function follows(previous: string, next: string): boolean {
  // "н" before a vowel is written "нъ": without the sign it starts the next syllable.
  if (previous === "н" && VOWEL_START.test(next)) return false;
  // "й" only after a vowel syllable: "кэй", "ай".
  if (next === "й" && (previous === "н" || GEMINATES.includes(previous))) return false;
  // A lone consonant only before its twin ("тц" before "цу" too).
  if (GEMINATES.includes(previous))
    return next.startsWith(previous) || (previous === "т" && next.startsWith("ц"));
  return true;
}

let table: SyllableTable | undefined;

/** The Hepburn reading of a Cyrillic word, or undefined when it is not made of Polivanov syllables. */
export function readPolivanov(word: string): string | undefined {
  table ??= compileTable(pairs(), follows);
  const parts = word.toLowerCase().split("ъ");
  let out = "";
  for (const part of parts) {
    const best = parseWord(part, table)[0];
    if (!best || (best.latin[0] === "i" && best.cut[0] === "й")) return undefined;
    out += best.latin.join("");
  }
  return out;
}

// Letter groups Polivanov has and Russian words hardly do: "э" after a consonant, "дз", "цу", a doubled
// consonant, a palatal syllable (кю, сё, рё).
const POLIVANOV_MARK = /[кгстнхбпмр]э|дз|цу|кк|пп|тт|сс|[кгсхтнмрбп][юё]/;

/** Whether a word is most likely Japanese: it reads completely as Polivanov and has a sign of it. */
export function looksPolivanov(word: string): boolean {
  const lower = word.toLowerCase();
  return POLIVANOV_MARK.test(lower) && readPolivanov(lower) !== undefined;
}
