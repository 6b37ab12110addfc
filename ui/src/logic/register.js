/** A blank entry for the add dialog: this year, the session's name and region when one is open. */
export function blankEntry(year, session = "", region = "") {
    return { name: "", school: "", region, year, session, reason: "" };
}
/** The last year the bar holds: the year found and `barYears` after it. */
export function barredUntil(entry, barYears) {
    return entry.year + barYears;
}
/** Whether an entry can be saved: a name, a school, a plausible year and a reason. */
export function entryComplete(e) {
    return e.name.trim() !== "" && e.school.trim() !== "" && e.year >= 2000 && e.year <= 2100 && e.reason.trim() !== "";
}
/** Matches the chair has not settled. */
export function pendingMatches(matches) {
    return matches.filter((m) => m.status === "pending");
}
/** One row per lesson and teacher (a teacher may match several entries): the first entry shown. */
export function matchRows(matches) {
    const seen = new Set();
    return matches.filter((m) => {
        const key = `${m.lesson}\u0000${m.teacher}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
