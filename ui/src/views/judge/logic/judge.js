import { parseNumber } from "../../../logic/number";
/** The judge's lessons in sheet order, each with its rubric. */
export function flatLessons(view) {
    return view.categories.flatMap((c) => c.lessons.map((l) => ({ id: l.id, title: l.title, rubric: c.rubric })));
}
export function isComplete(s) {
    if (!s)
        return false;
    if (s.unscored && s.unscored.trim())
        return true;
    return s.scores.every((x) => x !== null);
}
export function progress(view) {
    const lessons = flatLessons(view);
    return { done: lessons.filter((l) => isComplete(view.scores[l.id])).length, total: lessons.length };
}
/** Sum in tenths to stay exact. */
export function total(s) {
    return (s?.scores ?? []).reduce((sum, x) => sum + Math.round((x ?? 0) * 10), 0) / 10;
}
/** What a typed score means: empty clears; otherwise a number within 0..max in the step. */
export function parseScore(text, max, step) {
    const p = parseNumber(text, { min: 0, max, multipleOf: step, nullable: true });
    return p.ok ? p : { ok: false, reason: p.reason === "empty" ? "nan" : p.reason };
}
