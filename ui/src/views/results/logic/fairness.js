/** The q-th percentile (0–100) with linear interpolation between closest ranks — numpy's default
 *  (`np.percentile`), which the tests check against. */
export function percentile(values, q) {
    const v = [...values].sort((a, b) => a - b);
    if (v.length === 0)
        return NaN;
    const pos = ((v.length - 1) * q) / 100;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}
/** [min, Q1, median, Q3, max] for ECharts' box plot. */
export function boxOf(values) {
    return [0, 25, 50, 75, 100].map((q) => Math.round(percentile(values, q) * 100) / 100);
}
/** Judges of one category and panel ("" = every panel), in id order. */
export function judgesOf(all, category, panel) {
    return all
        .filter((j) => j.category === category && (panel === "" || j.panel === panel))
        .sort((a, b) => (a.panel === b.panel ? a.id.localeCompare(b.id) : a.panel.localeCompare(b.panel)));
}
/** Final scores of a category's scored lessons in bins of `width` points. */
export function histogram(c, width = 2) {
    const scored = c.rows.filter((r) => r.scored !== null && r.outcome.status !== "held");
    const scores = scored.map((r) => r.scored.final_score);
    const held = c.rows.filter((r) => r.scored !== null && r.outcome.status === "held").map((r) => r.scored.final_score);
    const all = [...scores, ...held];
    if (all.length === 0)
        return { edges: [], counts: [], cut: null, held: [] };
    const lo = Math.floor(Math.min(...all) / width) * width;
    const hi = Math.floor(Math.max(...all) / width) * width;
    const edges = [];
    for (let e = lo; e <= hi; e += width)
        edges.push(e);
    const counts = edges.map(() => 0);
    for (const s of scores)
        counts[Math.min(edges.length - 1, Math.floor((s - lo) / width))] += 1;
    const recommended = c.rows.filter((r) => r.outcome.status === "recommended" && r.scored).map((r) => r.scored.final_score);
    return { edges, counts, cut: recommended.length ? Math.min(...recommended) : null, held };
}
/** A category's lessons with a score and a stability, for the scatter and its table. */
export function stabilityPoints(c, stability) {
    const by = new Map(stability.map((s) => [s.lesson, s]));
    return c.rows
        .filter((r) => r.scored !== null && by.has(r.lesson.id))
        .map((r) => {
        const s = by.get(r.lesson.id);
        return { id: r.lesson.id, title: r.lesson.title, score: r.scored.final_score, stability: s.stability, recommended: s.recommended, fragile: s.fragile };
    });
}
