// Pure helpers for the roster page (tested with Vitest).
import type { Lesson } from "../../../ipc/index";

export interface RosterFilter {
  category: string;
  region: string;
  stage: string;
  subject: string;
  text: string;
}

export const emptyFilter = (): RosterFilter => ({ category: "", region: "", stage: "", subject: "", text: "" });

export function filterLessons(lessons: Lesson[], f: RosterFilter): Lesson[] {
  const text = f.text.trim();
  return lessons.filter(
    (l) =>
      (!f.category || l.category === f.category) &&
      (!f.region || l.region === f.region) &&
      (!f.stage || l.stage === f.stage) &&
      (!f.subject || l.subject === f.subject) &&
      (!text ||
        l.title.includes(text) ||
        l.school.includes(text) ||
        l.node.includes(text) ||
        l.teachers.some((t) => t.includes(text))),
  );
}

/** Sorted distinct non-empty values of a field, for the filter menus. */
export function options(lessons: Lesson[], field: "category" | "region" | "stage" | "subject"): string[] {
  return [...new Set(lessons.map((l) => l[field]).filter((v) => v))].sort((a, b) => a.localeCompare(b, "zh-CN"));
}

/** “张三、李四” ⇄ ["张三", "李四"], splitting on the separators offices use. */
export function splitTeachers(text: string): string[] {
  return text.split(/[、，,;；/／\s\u3000]+/).map((s) => s.trim()).filter((s) => s);
}
