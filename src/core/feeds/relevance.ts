// Whether a feed item is news of an institution's international cooperation, judged from its title and
// description alone (before its page is fetched) with the engine's own detection: a partnership Extract would
// find, or an institution named together with a kind of cooperation and a foreign side.
import { agreementOf, extractArticle, namedIn } from "../api";
import type { Institution } from "../types";

export interface Relevance {
  relevant: boolean;
  /** Why, in a few words (for tests and the log): "partnership: A – B", "no institution named", ... */
  reason: string;
}

const HOME = "KZ";

/** The text judged: the title, then the description, cut to a headline's worth. */
export function itemText(title: string, description: string): string {
  const head = title.trim().replace(/[.!?…]*$/, "");
  const body = description.trim().slice(0, 1_500);
  if (head === "") return body;
  return body === "" ? `${head}.` : `${head}.\n${body}`;
}

export function judgeItem(title: string, description: string, extra: readonly Institution[] = []): Relevance {
  const text = itemText(title, description);
  if (text === "") return { relevant: false, reason: "no title or description" };
  const found = extractArticle(text, { extra }).partnerships[0];
  if (found) return { relevant: true, reason: `partnership: ${found.kz} – ${found.partner}` };
  const named = namedIn(text, extra);
  if (named.institutions.length === 0) return { relevant: false, reason: "no institution named" };
  const cue = agreementOf(text);
  if (cue === null) return { relevant: false, reason: "no cooperation named" };
  const sides = new Set(named.institutions.map((i) => i.country).filter((c): c is string => !!c));
  const foreign = [...sides, ...named.countries].find((c) => c !== HOME);
  if (foreign === undefined) return { relevant: false, reason: "no foreign side" };
  // An event (a forum, an olympiad) counts only between institutions of two countries.
  if (cue === "event" && sides.size < 2)
    return { relevant: false, reason: "an event, no foreign institution" };
  return { relevant: true, reason: `${cue}: ${named.institutions[0]!.name}, ${foreign}` };
}
