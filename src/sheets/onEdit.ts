// The onEdit simple trigger: an edit of the Directory makes formulas see it at once; a correction typed into
// Partnerships rewrites that row's Summary. A failure here must not stop the user's typing: it is logged.
import { refreshEditedSummaries } from "./corrections";
import { onEdit as directoryEdited } from "./userDirectory";

export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  directoryEdited(e);
  if (!e?.range) return;
  try {
    refreshEditedSummaries(e.range);
  } catch (error) {
    console.warn(`Seriktes could not update the Summary of the edited rows: ${String(error)}`);
  }
}
