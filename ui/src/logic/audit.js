/** The translation key of an audit action (`decision.withdraw.accept` → `audit.actions.decision_withdraw_accept`). */
export function actionKey(action) {
    return `audit.actions.${action.replace(/\./g, "_")}`;
}
/** A long JSON value cut to what fits a table cell. */
export function shorten(text, max = 160) {
    return text.length > max ? `${text.slice(0, max)}…` : text;
}
export function auditMatches(e, query, actionText) {
    const q = query.trim().toLowerCase();
    if (!q)
        return true;
    return [e.who, e.action, actionText, e.target, e.old ?? "", e.new ?? "", e.at].some((x) => x.toLowerCase().includes(q));
}
