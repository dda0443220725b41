// Plural choice for counts in the brief. Russian has three forms after a numeral (1 партнёрство,
// 2 партнёрства, 5 партнёрств; 21 like 1, 12 like 5); English two; Kazakh none (the noun stays singular).

/** [one, few, many]: "меморандум", "меморандума", "меморандумов". */
export type RuForms = readonly [string, string, string];
/** [one, other]: "memorandum", "memoranda". */
export type EnForms = readonly [string, string];

export function ruPlural(n: number, forms: RuForms): string {
  const tens = Math.abs(n) % 100;
  const units = tens % 10;
  if (tens >= 11 && tens <= 14) return forms[2];
  if (units === 1) return forms[0];
  if (units >= 2 && units <= 4) return forms[1];
  return forms[2];
}

export function enPlural(n: number, forms: EnForms): string {
  return n === 1 ? forms[0] : forms[1];
}

/** "a", "a and b", "a, b and c": `and` is the language's word. */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}
