// Pure helpers for the assignment page.
import type { Assignment, Judge } from "../ipc";

export interface LoadRow {
  judge: string;
  name: string;
  panel: string;
  lessons: number;
}

/** One row per judge with their load, heaviest first, then by id. */
export function loadRows(a: Assignment, judges: Judge[]): LoadRow[] {
  return a.loads
    .map((l) => {
      const j = judges.find((x) => x.id === l.judge);
      return { judge: l.judge, name: j?.name ?? "", panel: j?.panel ?? "", lessons: l.lessons };
    })
    .sort((x, y) => y.lessons - x.lessons || x.judge.localeCompare(y.judge));
}
