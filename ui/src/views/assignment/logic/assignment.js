/** One row per judge with their load, heaviest first, then by id. */
export function loadRows(a, judges) {
    return a.loads
        .map((l) => {
        const j = judges.find((x) => x.id === l.judge);
        return { judge: l.judge, name: j?.name ?? "", panel: j?.panel ?? "", lessons: l.lessons };
    })
        .sort((x, y) => y.lessons - x.lessons || x.judge.localeCompare(y.judge));
}
/** Who judges what: one row per lesson with its judges, narrowed by the judges' panel, the
 *  lesson's region, or one judge. */
export function whoJudgesWhat(a, lessons, judges, f) {
    const byLesson = new Map();
    for (const p of a.pairs)
        byLesson.set(p.lesson, [...(byLesson.get(p.lesson) ?? []), p.judge]);
    const judge = (id) => judges.find((j) => j.id === id);
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
