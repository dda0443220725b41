// What one generated article is about, before it is written in a language.
import type { Agreement, Field, Lang, Status } from "../../src/core/schema";
import type { ForeignInstitution, KzInstitution } from "./names";
import type { Rng } from "./rng";

/** The agreement kinds the writers know how to phrase. */
export type StoryAgreement = Exclude<Agreement, "event">;
/** The fields the writers know how to phrase. */
export type StoryField = Exclude<Field, "manufacturing" | "marine" | "nanotechnology" | "education">;

export interface Pair {
  kz: KzInstitution;
  partner: ForeignInstitution;
  agreement: StoryAgreement;
  status: Status;
  field: StoryField;
}

export interface Story {
  main: Pair;
  /** A second pair reported in the same article. */
  second: Pair | null;
  /** Existing partners merely listed (not partnerships of this article). */
  listed: ForeignInstitution[];
  date: { year: number; month: number; day: number };
}

/** One way of writing stories in a language: the lead, then paragraphs that pad to the target size. */
export interface Writer {
  lang: Lang;
  title(story: Story): string;
  lead(story: Story, rng: Rng): string;
  second(pair: Pair, rng: Rng): string;
  listed(story: Story, rng: Rng): string;
  /** Background paragraphs: context, numbers, quotes, noise. */
  background: ReadonlyArray<(story: Story, rng: Rng) => string>;
  credit(rng: Rng): string;
}
