// Pure helpers for the assignment page.
import type { Assignment, Judge } from "../../../ipc/index";

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

export interface AssignFilter {
  panel: string;
  region: string;
  judge: string;
}

export interface LessonJudges {
  lesson: string;
  title: string;
  region: string;
  school: string;
  judges: { id: string; name: string; panel: string }[];
}

/** Who judges what: one row per lesson with its judges, narrowed by the judges' panel, the
 *  lesson's region, or one judge. */
export function whoJudgesWhat(
  a: Assignment,
  lessons: { id: string; title: string; region: string; school: string }[],
  judges: Judge[],
  f: AssignFilter,
): LessonJudges[] {
  const byLesson = new Map<string, string[]>();
  for (const p of a.pairs) byLesson.set(p.lesson, [...(byLesson.get(p.lesson) ?? []), p.judge]);
  const judge = (id: string) => judges.find((j) => j.id === id);
  return lessons
    .filter((l) => !f.region || l.region === f.region)
    .map((l) => ({
      lesson: l.id,
      title: l.title,
      region: l.region,
      school: l.school,
      judges: (byLesson.get(l.id) ?? []).map((id) => ({ id, name: judge(id)?.name ?? "", panel: judge(id)?.panel ?? "" })),
    }))
    .filter((r) => !f.judge || r.judges.some((j) => j.id === f.judge))
    .filter((r) => !f.panel || r.judges.some((j) => j.panel === f.panel));
}
