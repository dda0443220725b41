// The label vocabulary every column, drop-down and output uses (see SCHEMA.md in the shared spec).

export const AGREEMENTS = [
  "memorandum",
  "agreement",
  "joint_program",
  "branch_campus",
  "joint_lab",
  "training_center",
  "academic_mobility",
  "internship",
  "visit",
  "event",
] as const;
export type Agreement = (typeof AGREEMENTS)[number];

/** Ordered: a partnership only moves forward along this list. */
export const STATUSES = ["discussed", "planned", "signed", "launched"] as const;
export type Status = (typeof STATUSES)[number];

export const FIELDS = [
  "it",
  "ai",
  "engineering",
  "mining",
  "energy",
  "oil_gas",
  "manufacturing",
  "transport_logistics",
  "marine",
  "remote_sensing",
  "nanotechnology",
  "economics_business",
  "education",
  "languages_culture",
  "medicine",
  "agriculture",
] as const;
export type Field = (typeof FIELDS)[number];

export const PARTNER_TYPES = ["university", "college", "company", "government", "embassy", "other"] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

export const LANGUAGES = ["en", "ru", "kk"] as const;
export type Lang = (typeof LANGUAGES)[number];

const member =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === "string" && (values as readonly string[]).includes(value);

export const isAgreement = member(AGREEMENTS);
export const isStatus = member(STATUSES);
export const isField = member(FIELDS);
export const isPartnerType = member(PARTNER_TYPES);
