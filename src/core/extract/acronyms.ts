// Acronyms an article defines: "the Open University of China (OUC)" makes every later "OUC" of the article
// that university, whatever else the directory files under those letters ("Ocean University of China"), and
// a bare "PSU" the directory does not know the Pavlodar university the article named in full.
import { isAcronym, type Token } from "../text/normalize";
import type { Entity, EntityMention } from "./entities";

/** An acronym in brackets right after a name: "(OUC)", "(ШУИЯ)", "(KAZGUU)". */
const BRACKETED = /^\s*\(\s*([\p{Lu}][\p{L}\d&-]{1,11})\s*\)/u;

interface Definition {
  entity: Entity;
  /** The name's initials spell it ("Open University of China (OUC)"): it overrides the directory too. */
  spelled: boolean;
}

export class ArticleAcronyms {
  private readonly defined = new Map<string, Definition>();
  /** Names the engine made whose article gives their Latin acronym: shown with it ("... Centre (CATARC)"). */
  private readonly written = new Map<string, string>();

  /** The name to show: an unknown institution's name with the acronym the article gives it, the way its own
   * pages write it and readers search for it. */
  shown(name: string): string {
    const acronym = this.written.get(name);
    return acronym ? `${name} (${acronym})` : name;
  }

  /**
   * Reads a sentence's definitions, then gives its mentions of defined acronyms their entity (and adds a
   * mention for a defined acronym nothing else recognised). Mentions are changed in place, left to right.
   */
  apply(text: string, tokens: readonly Token[], mentions: EntityMention[]): void {
    if (this.defined.size > 0) {
      for (const m of mentions) {
        const only = m.end - m.first === 1 ? tokens[m.first] : undefined;
        const found = only && this.defined.get(only.raw);
        // A name the engine made itself does not override what the directory knows by those letters,
        // unless it spells them out.
        if (found && (found.spelled || found.entity.known || !m.entity.known)) m.entity = found.entity;
      }
      const covered = (i: number) => mentions.some((m) => m.first <= i && i < m.end);
      tokens.forEach((token, i) => {
        const found = this.defined.get(token.raw);
        if (found && !covered(i))
          mentions.push({ entity: found.entity, first: i, end: i + 1, withGroup: withBefore(tokens, i) });
      });
      mentions.sort((a, b) => a.first - b.first);
    }
    for (const m of mentions) {
      if (m.end - m.first < 2) continue;
      // A school's acronym written as the end of its name ("S. Toraighyrov PSU", "Abai KazNPU") stands for
      // it too (a ministry's "КНР" or "РК" is its country's, not its own).
      const lastWord = tokens[m.end - 1]!.raw;
      const school = m.entity.type === "university" || m.entity.type === "college";
      if (school && isAcronym(lastWord) && lastWord.length >= 3 && !this.defined.has(lastWord))
        this.defined.set(lastWord, { entity: m.entity, spelled: false });
      const last = tokens[m.end - 1]!;
      // The acronym outside the mention ("Name (ACR)"), or merged into it as its last word.
      const after = BRACKETED.exec(text.slice(last.end));
      const merged = /\(\s*$/.test(text.slice(tokens[m.end - 2]!.end, last.start)) ? last.raw : undefined;
      const acronym = after?.[1] ?? merged;
      if (!acronym || !isAcronym(acronym)) continue;
      if (!m.entity.known && /^[A-Z][A-Za-z\d&-]+$/.test(acronym) && !m.entity.name.includes(acronym))
        this.written.set(m.entity.name, acronym);
      this.defined.set(acronym, {
        entity: m.entity,
        spelled: initialsOf(m.entity.name) === acronym.toUpperCase(),
      });
    }
  }
}

const initialsOf = (name: string) =>
  name
    .split(/[\s-]+/)
    .filter((word) => !/^(?:of|and|the|for|in|at|named|after)$/i.test(word))
    .map((word) => word.charAt(0).toUpperCase())
    .join("");

const WITH = new Set(["with", "с", "со"]);
const withBefore = (tokens: readonly Token[], i: number) => WITH.has(tokens[i - 1]?.norm ?? "");
