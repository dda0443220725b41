// A time budget for reading one article. Every step of the engine is linear in its input, so a real article
// takes milliseconds; the budget is the net under that promise: the engine calls a checkpoint before each
// sentence, and the checkpoint stops an article that has run past its time, so that one bad article is
// recorded as an error and the others go on, instead of the whole run (or a formula) hitting Apps Script's
// limit and losing everything.

/** A menu action's time for one article (of the 4 minutes a run reads for). */
export const ARTICLE_BUDGET_MS = 30_000;
/** A formula call's time for all its articles (Apps Script stops a custom function at 30 seconds). */
export const FORMULA_BUDGET_MS = 20_000;

/** Thrown by a checkpoint once the time is up; callers turn it into the article's error. */
export class OverBudget extends Error {
  constructor(readonly budgetMs: number) {
    super(
      `reading it took longer than ${Math.round(budgetMs / 1000)} seconds, so it was stopped: check that the text is a news article (not a whole page of code or a list), or paste just the article`,
    );
    this.name = "OverBudget";
  }
}

/** A checkpoint that throws OverBudget once `budgetMs` have passed since it was made (or since `start`). */
export function timeBudget(budgetMs: number, now: () => number = Date.now, start = now()): () => void {
  const deadline = start + budgetMs;
  return () => {
    if (now() > deadline) throw new OverBudget(budgetMs);
  };
}
