// The user's Directory sheet: their own institutions and aliases, which extend (and take precedence over) the
// built-in directory. One row: Name | Aliases | Country | Type | City.
import { isPartnerType } from "../schema";
import type { Institution } from "../types";
import type { Cell } from "./cells";
import { headerMap, RowAccess } from "./table";

/** Aliases are separated by ";", "|" or line breaks (not commas: "University of California, Berkeley"). */
export function splitAliases(text: string): string[] {
  return text
    .split(/[;|\n]+/)
    .map((alias) => alias.trim())
    .filter((alias) => alias !== "");
}

/** The Directory rows (header row first) as institutions; rows without a name are skipped. */
export function parseDirectoryRows(values: readonly (readonly Cell[])[]): Institution[] {
  const [header, ...rows] = values;
  if (!header) return [];
  const access = new RowAccess(headerMap(header), header.length);
  const out: Institution[] = [];
  for (const row of rows) {
    const name = access.text(row, "Name");
    if (name === "") continue;
    const type = access.text(row, "Type").toLowerCase();
    const country = access.text(row, "Country").toUpperCase();
    const city = access.text(row, "City");
    const institution: Institution = {
      name,
      aliases: splitAliases(access.text(row, "Aliases")),
      // A Kazakhstan institution is what a user most often adds.
      country: /^[A-Z]{2}$/.test(country) ? country : "KZ",
      type: isPartnerType(type) ? type : "university",
    };
    if (city !== "") institution.city = city;
    out.push(institution);
  }
  return out;
}
