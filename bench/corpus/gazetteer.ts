// Names only the world gazetteer knows, as a user's column of partners would hold them: the gazetteer's
// own names, reordered ("X University" / "University of X"), with their country in brackets, some with a
// vowel misspelt. Every one misses the curated directory, so every cell takes the gazetteer's path.
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import { GAZETTEER } from "../../src/core/directory/gazetteer/data";
import { Rng } from "./rng";

countries.registerLocale(en);

function entries(): Array<{ name: string; country: string }> {
  const out: Array<{ name: string; country: string }> = [];
  let country = "";
  for (const line of GAZETTEER.split("\n")) {
    if (line.startsWith("@")) country = line.slice(1);
    else out.push({ name: line.split(";")[0]!, country });
  }
  return out;
}

/** "University of X" <-> "X University", where the name has that shape. */
function reordered(name: string): string {
  const of = /^University of ([\p{L} '-]+)$/u.exec(name);
  if (of) return `${of[1]} University`;
  const head = /^([\p{L} '-]+) University$/u.exec(name);
  return head ? `University of ${head[1]}` : name;
}

// Words that say what an institution is; a transliteration misspells the name's own words.
const GENERIC = /^(?:univ|unive|coll|inst|acad|tech|poly|scho|state|nation)/i;

/** One vowel of the name's longest own word changed, as a transliteration might. */
function misspelt(name: string, rng: Rng): string {
  const words = name.split(" ").filter((w) => !GENERIC.test(w));
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), "");
  const at = [...longest].findIndex((ch, i) => i > 0 && "aeiou".includes(ch));
  if (at < 0) return name;
  const swapped = `${longest.slice(0, at)}${rng.pick(["a", "e", "i", "o", "u"])}${longest.slice(at + 1)}`;
  return name.replace(longest, swapped);
}

export function gazetteerNames(count: number, seed: number): string[] {
  const rng = new Rng(seed ^ 0x6a2e);
  const all = entries();
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const { name, country } = rng.pick(all);
    const shown = rng.chance(0.1) ? misspelt(name, rng) : rng.chance(0.5) ? reordered(name) : name;
    out.push(`${shown} (${countries.getName(country, "en") ?? country})`);
  }
  return out;
}
