// Sheets waiting for the chair (see views/results/modules/WaitingSheets.vue).
import type { WaitingSheet } from "../../../ipc/bindings/WaitingSheet";

/** The sheets "confirm all" may confirm: not the contents of a conflict, which need a choice. */
export function confirmable(sheets: WaitingSheet[]): WaitingSheet[] {
  return sheets.filter((w) => w.reason === "unconfirmed");
}

/** How many changed cells the sheets list in all. */
export function changedCellCount(sheets: WaitingSheet[]): number {
  return sheets.reduce((n, w) => n + w.changes.length, 0);
}

/** Cells whose value the judge's app had signed and that were changed afterwards: the only
 *  cells the chair checks one by one (a blank cell filled in a spreadsheet program is not a
 *  change of anything signed). */
export function signedChanges(w: WaitingSheet) {
  return w.changes.filter((c) => c.was !== "");
}

/** A sheet filled entirely in a spreadsheet program (Excel, WPS): every cell it changes was blank
 *  when the app wrote it. The chair confirms it from a per-lesson summary, in one step. */
export function filledElsewhere(w: WaitingSheet): boolean {
  return w.changes.length > 0 && signedChanges(w).length === 0;
}

/** How many changed cells the chair is shown one by one. */
export function listedCellCount(sheets: WaitingSheet[]): number {
  return sheets.reduce((n, w) => n + signedChanges(w).length, 0);
}
