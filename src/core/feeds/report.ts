// The plain answer of a check: "3 feeds checked: 40 new items, 6 about partnerships added to Sources, 1 feed
// failed: see Feeds."
import type { CheckTotals } from "./check";

const count = (n: number) => n.toLocaleString("en-US");
const plural = (n: number, noun: string) => `${count(n)} ${n === 1 ? noun : `${noun}s`}`;

export function checkMessage(t: CheckTotals, runs: number): string {
  if (t.feeds === 0) return "No feed was checked.";
  let text = `${plural(t.feeds, "feed")} checked: ${plural(t.fresh, "new item")}, ${count(t.added)} about partnerships added to Sources`;
  if (t.failed > 0) text += `, ${plural(t.failed, "feed")} failed: see Feeds`;
  text += ".";
  if (t.turnedOff > 0)
    text += ` ${plural(t.turnedOff, "feed")} failed ${t.turnedOff === 1 ? "its" : "their"} fifth check in a row and ${t.turnedOff === 1 ? "was" : "were"} turned off.`;
  if (t.pageErrors > 0) text += ` ${plural(t.pageErrors, "page")} could not be fetched: Extract tries again.`;
  if (runs > 1) text += ` (${runs} runs.)`;
  return text;
}
