// The History cell: the date of each status step, "discussed 2025-01-10; signed 2025-03-12". A partnership only
// moves forward (discussed -> planned -> signed -> launched); each step keeps the earliest date it was reported.
import { isStatus, STATUSES, type Status } from "../schema";

export type History = Partial<Record<Status, string>>;

export function statusRank(status: Status): number {
  return STATUSES.indexOf(status);
}

/** The further of two statuses. */
export function laterStatus(a: Status, b: Status): Status {
  return statusRank(b) > statusRank(a) ? b : a;
}

export function parseHistory(text: string): History {
  const history: History = {};
  for (const part of text.split(/[;\n]+/)) {
    const [word, date = ""] = part.trim().split(/\s+/, 2);
    const status = word?.toLowerCase();
    if (isStatus(status)) history[status] = date === "?" ? "" : date;
  }
  return history;
}

export function formatHistory(history: History): string {
  return STATUSES.filter((s) => history[s] !== undefined)
    .map((s) => `${s} ${history[s] || "?"}`)
    .join("; ");
}

/** Earlier of two ISO dates of any precision; blank counts as unknown. */
function earlier(a: string, b: string): string {
  if (a === "") return b;
  if (b === "") return a;
  return a <= b ? a : b;
}

/** A history with one more step (a step already there keeps its earliest known date). */
export function withStep(history: History, status: Status, date: string | null): History {
  const known = history[status];
  return { ...history, [status]: known === undefined ? (date ?? "") : earlier(known, date ?? "") };
}

export function mergeHistories(a: History, b: History): History {
  let out: History = { ...a };
  for (const status of STATUSES) {
    const date = b[status];
    if (date !== undefined) out = withStep(out, status, date);
  }
  return out;
}
