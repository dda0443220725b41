// Reads the compact line format of the built-in directory. The data ships as template strings (far smaller
// in the bundle than object literals) and is parsed once, at first use.
//
// Line format: fields separated by " | ", list items separated by "; ".
// Blank lines and lines starting with "#" are ignored. A malformed line throws, naming the line, so the data
// test catches it long before a user could.

import { isPartnerType } from "../../schema";
import type { CountryCode, Institution } from "../../types";

export interface Place {
  /** English name, e.g. "Harbin". */
  name: string;
  country: CountryCode;
  kind: "city" | "region" | "country";
  /** Russian, Kazakh and older or variant spellings, including Russian adjectives ("Харбинский"). */
  aliases: string[];
}

const PLACE_KINDS = ["city", "region", "country"] as const;
const isPlaceKind = (value: string): value is Place["kind"] =>
  (PLACE_KINDS as readonly string[]).includes(value);
const COUNTRY_CODE = /^[A-Z]{2}$/;

interface DataLine {
  number: number;
  text: string;
  fields: string[];
}

function dataLines(text: string): DataLine[] {
  const result: DataLine[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    result.push({ number: index + 1, text: line, fields: line.split("|").map((field) => field.trim()) });
  });
  return result;
}

function fail(line: DataLine, why: string): never {
  throw new Error(`directory data line ${line.number}: ${why}: "${line.text}"`);
}

/** Splits "a; b; c" into distinct, non-empty items, leaving out `except` (the canonical name). */
function listOf(field: string | undefined, except = ""): string[] {
  if (!field) return [];
  const seen = new Set<string>();
  for (const item of field.split(";")) {
    const value = item.trim();
    if (value !== "" && value !== except) seen.add(value);
  }
  return [...seen];
}

function countryOf(line: DataLine, value: string | undefined): CountryCode {
  if (!value || !COUNTRY_CODE.test(value)) fail(line, `bad country code "${value ?? ""}"`);
  return value;
}

/**
 * Institutions, one a line.
 * With `defaultCountry` (the Kazakhstan file): `Name | type | City | alias; alias`.
 * Without: `Name | CC | type | City | alias; alias`.
 * The city may be empty; the aliases field may be empty or left out.
 */
export function parseInstitutions(text: string, defaultCountry?: CountryCode): Institution[] {
  const withCountry = defaultCountry === undefined;
  const minimum = withCountry ? 4 : 3;
  return dataLines(text).map((line) => {
    const { fields } = line;
    if (fields.length < minimum || fields.length > minimum + 1) {
      fail(line, `expected ${minimum} or ${minimum + 1} fields, found ${fields.length}`);
    }
    const [name = "", ...rest] = fields;
    if (name === "") fail(line, "empty name");
    const country = withCountry ? countryOf(line, rest.shift()) : countryOf(line, defaultCountry);
    const [type = "", city = "", aliases] = rest;
    if (!isPartnerType(type)) fail(line, `unknown type "${type}"`);
    const institution: Institution = {
      name,
      aliases: listOf(aliases, name),
      country,
      type,
    };
    if (city !== "") institution.city = city;
    return institution;
  });
}

/** Places, one a line: `English | CC | kind | alias; alias`. */
export function parsePlaces(text: string): Place[] {
  return dataLines(text).map((line) => {
    const { fields } = line;
    if (fields.length < 3 || fields.length > 4) fail(line, `expected 3 or 4 fields, found ${fields.length}`);
    const [name = "", code, kind = "", aliases] = fields;
    if (name === "") fail(line, "empty name");
    const country = countryOf(line, code);
    if (!isPlaceKind(kind)) fail(line, `unknown place kind "${kind}"`);
    return { name, country, kind, aliases: listOf(aliases, name) };
  });
}

/** Country words, one country a line: `CC | word; word`. A code given twice gets the words of both lines. */
export function parseCountryWords(text: string): Map<CountryCode, string[]> {
  const words = new Map<CountryCode, string[]>();
  for (const line of dataLines(text)) {
    if (line.fields.length !== 2) fail(line, `expected 2 fields, found ${line.fields.length}`);
    const country = countryOf(line, line.fields[0]);
    const list = listOf(line.fields[1]);
    if (list.length === 0) fail(line, "no words");
    const known = words.get(country) ?? [];
    words.set(country, [...new Set([...known, ...list])]);
  }
  return words;
}
