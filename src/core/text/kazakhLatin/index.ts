// Kazakh in the Latin alphabet, read in the Cyrillic one: the spelling is told per text (spelling.ts), each
// word is read by that spelling's table (tables.ts, letters.ts) or kept as written (convert.ts).
export { type Converted, convertText, originalSlice, type WordLookup } from "./convert";
export { detectSpelling, isMostlyLatin } from "./spelling";
export { SPELLINGS, type Spelling } from "./tables";
