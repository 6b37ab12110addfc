/** The decisions in force on one lesson, in the order a chair makes them. */
export function decisionList(d) {
    const out = [];
    if (d.arbitration !== null)
        out.push({ kind: "arbitrate", params: { score: d.arbitration.toFixed(2) } });
    if (d.accepted)
        out.push({ kind: "accept", params: {} });
    if (d.veto_overruled)
        out.push({ kind: "overrule_veto", params: {} });
    if (d.accept_incomplete)
        out.push({ kind: "accept_incomplete", params: {} });
    if (d.tie_order !== null)
        out.push({ kind: "tie_order", params: { order: d.tie_order } });
    if (d.review)
        out.push({ kind: "review", params: { judge: d.review } });
    if (d.veto)
        out.push({ kind: "veto", params: { item: d.veto } });
    return out;
}
/** “2026-11-25 16:02 张主任：仲裁定分 86.00（第三位评委复评）”. */
export function historyLine(t, h) {
    const when = h.at.replace("T", " ").slice(0, 16);
    return `${when} ${h.who}：${decisionChange(t, h)}`;
}
/** A decision's audit row as a sentence: “仲裁定分 86.00（第三位评委复评）” (the row's typed
 *  `decision`, decoded by the core; the row's own text for any other row). */
export function decisionChange(t, h) {
    const d = h.decision;
    if (!d)
        return h.new ?? "";
    const after = d.after;
    const params = {};
    if (after?.arbitration != null)
        params.score = after.arbitration.toFixed(2);
    if (after?.tie_order != null)
        params.order = after.tie_order;
    if (after?.review)
        params.judge = after.review;
    if (after?.veto)
        params.item = after.veto;
    const label = d.withdrawn
        ? `${t("results.decisionKind.withdraw")} ${t(`results.decisionKind.${d.kind}`, { score: "", order: "", item: "" }).trim()}`
        : t(`results.decisionKind.${d.kind}`, params);
    return `${label}${d.reason ? `（${d.reason}）` : ""}`;
}
