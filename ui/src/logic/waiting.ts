// Sheets waiting for the chair (see components/WaitingSheets.vue).
import type { WaitingSheet } from "../ipc/bindings/WaitingSheet";

/** The sheets "confirm all" may confirm: not the contents of a conflict, which need a choice. */
export function confirmable(sheets: WaitingSheet[]): WaitingSheet[] {
  return sheets.filter((w) => w.reason === "unconfirmed");
}

/** How many changed cells the sheets list in all. */
export function changedCellCount(sheets: WaitingSheet[]): number {
  return sheets.reduce((n, w) => n + w.changes.length, 0);
}
