/** The translation key and parameters of a reason (locales: reason.<code>). */
export function reasonParams(r) {
    const { code, ...rest } = r;
    const params = {};
    for (const [k, v] of Object.entries(rest))
        params[k] = Array.isArray(v) ? v.join("、") : v;
    return [`reason.${code}`, params];
}
export function quotaFill(results) {
    return results.categories.map((c) => ({
        category: c.category,
        quota: c.quota,
        recommended: c.rows.filter((r) => r.outcome.status === "recommended").length,
        alternates: c.rows.filter((r) => r.outcome.status === "alternate").length,
        held: c.rows.filter((r) => r.outcome.status === "held" && r.outcome.reason.code !== "no_scores").length,
        notReceived: c.rows.filter((r) => r.outcome.reason.code === "no_scores").length,
    }));
}
/** The status shown: a lesson no sheet has scored yet is “尚未收到评分”, not “待复议”. */
export function statusKey(r) {
    return r.outcome.reason.code === "no_scores" ? "not_received" : r.outcome.status;
}
/** Lessons the chair must act on: held for a gap or too few judges, vetoed, or tied across a
 *  cut. A lesson whose sheets have not arrived waits for them, not for the chair; a tie that
 *  straddles nothing is only a shared rank. */
export function needsDecision(results) {
    return results.categories.flatMap((c) => c.rows.filter((r) => r.outcome.reason.code !== "no_scores" && (r.outcome.status === "held" || r.outcome.status === "vetoed" || r.outcome.tie_at_cut)));
}
/** The whole tie group of a lesson: its category's lessons that share its rank. */
export function tieGroupOf(results, row) {
    const c = results?.categories.find((x) => x.rows.some((r) => r.lesson.id === row.lesson.id));
    return c ? c.rows.filter((r) => r.outcome.tie && r.outcome.rank === row.outcome.rank) : [row];
}
/** What the order of a tie group changes, read from how its members ended (the core marks a
 *  tie for the chair only when replaying the selection in another order changes one of these). */
export function tieStakes(group) {
    const out = [];
    if (new Set(group.map((r) => r.outcome.status)).size > 1)
        out.push("status");
    if (group.filter((r) => r.outcome.reason.code === "alternate" || r.outcome.reason.code === "swapped_out").length > 1)
        out.push("alternate");
    if (new Set(group.map((r) => r.outcome.prize ?? "")).size > 1)
        out.push("prize");
    return out.length ? out : ["status"];
}
/** The sentence saying which tie-break put a lesson below an equal score (locales: tieBreak.*). */
export function tieBreakParams(b) {
    if (!b)
        return null;
    const { by, ...rest } = b;
    return [`tieBreak.${by}`, rest];
}
/** Categories whose quota is 0: they recommend nothing, which the chair must be told. */
export function zeroQuota(results) {
    return results.categories.filter((c) => c.quota === 0 && c.rows.length > 0).map((c) => c.category);
}
/** Search over id, title, teachers, school and region. */
export function matches(r, query) {
    const q = query.trim().toLowerCase();
    if (!q)
        return true;
    const l = r.lesson;
    return [l.id, l.title, l.school, l.region, ...l.teachers].some((x) => x.toLowerCase().includes(q));
}
export function fmt(n) {
    return n === null || n === undefined ? "" : n.toFixed(2);
}
/** The sentence a row's reason reads as, with what broke its tie with the row above. */
export function reasonSentence(t, row) {
    const [key, params] = reasonParams(row.outcome.reason);
    const broken = tieBreakParams(row.outcome.tie_break);
    return broken ? `${t(key, params)} · ${t(broken[0], broken[1])}` : t(key, params);
}
/** The reasons of a lesson short of scores, which the chair may accept as they are (typed against
 * the core's reason codes). */
const SHORT_OF_SCORES = ["held_incomplete", "no_scores"];
export const shortOfScores = (row) => SHORT_OF_SCORES.includes(row.outcome.reason.code);
