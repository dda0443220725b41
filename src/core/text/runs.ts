// Cue and field patterns read a word to its end ("memorand\S*", "совместн\S*(?: \S+){0,2} лаборатори"): in
// a run of tens of thousands of characters without a space, each word start would read to the run's end.
// No word of the news is that long, so an overlong run is broken with spaces before the patterns read it.

/** The longest run without whitespace read as it is (the longest link in a news text is shorter). */
export const MAX_RUN_CHARS = 200;

/** The text with a space put after every MAX_RUN_CHARS characters of a run without whitespace. */
export function breakLongRuns(text: string): string {
  let out: string[] | null = null;
  let from = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13) || code === 0xa0) {
      run = 0;
      continue;
    }
    if (++run <= MAX_RUN_CHARS) continue;
    out ??= [];
    out.push(text.slice(from, i), " ");
    from = i;
    run = 1;
  }
  return out === null ? text : out.join("") + text.slice(from);
}
