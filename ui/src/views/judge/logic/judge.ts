// Pure helpers for the judge's scoring page (tested with Vitest).
import type { JudgeView, LessonScores, Rubric } from "../../../ipc/index";
import { parseNumber } from "../../../logic/number";

export interface FlatLesson {
  id: string;
  title: string;
  rubric: Rubric;
}

/** The judge's lessons in sheet order, each with its rubric. */
export function flatLessons(view: JudgeView): FlatLesson[] {
  return view.categories.flatMap((c) => c.lessons.map((l) => ({ id: l.id, title: l.title, rubric: c.rubric })));
}

export function isComplete(s: LessonScores | undefined): boolean {
  if (!s) return false;
  if (s.unscored && s.unscored.trim()) return true;
  return s.scores.every((x) => x !== null);
}

export function progress(view: JudgeView): { done: number; total: number } {
  const lessons = flatLessons(view);
  return { done: lessons.filter((l) => isComplete(view.scores[l.id])).length, total: lessons.length };
}

/** Sum in tenths to stay exact. */
export function total(s: LessonScores | undefined): number {
  return (s?.scores ?? []).reduce<number>((sum, x) => sum + Math.round((x ?? 0) * 10), 0) / 10;
}

export type Parsed = { ok: true; value: number | null } | { ok: false; reason: "nan" | "range" | "step" };

/** What a typed score means: empty clears; otherwise a number within 0..max in the step. */
export function parseScore(text: string, max: number, step: number): Parsed {
  const p = parseNumber(text, { min: 0, max, multipleOf: step, nullable: true });
  return p.ok ? p : { ok: false, reason: p.reason === "empty" ? "nan" : p.reason };
}
