/** Per mille as printed: 1000 → "100.0%". */
export function percent(perMille) {
    return `${Math.floor(perMille / 10)}.${perMille % 10}%`;
}
/** The two documents a finding names: what a dismissal is kept by. */
export function keyOf(f) {
    return { a_lesson: f.a.lesson, a_file: f.a.file, b_lesson: f.b.lesson, b_file: f.b.file };
}
export function sameKey(x, y) {
    return x.a_lesson === y.a_lesson && x.a_file === y.a_file && x.b_lesson === y.b_lesson && x.b_file === y.b_file;
}
export function dismissalOf(f, dismissed) {
    const k = keyOf(f);
    return dismissed.find((d) => sameKey(d.key, k));
}
/** The notes shown beside a finding, as translation keys with their parameters. */
export function flags(f) {
    const out = [];
    if (f.from_archive)
        out.push(["similar.flag.archive", { year: f.b.archive?.year || "" }]);
    if (f.same_teacher)
        out.push(["similar.flag.teacher", {}]);
    if (f.same_school)
        out.push(["similar.flag.school", {}]);
    if (f.same_node)
        out.push(["similar.flag.node", {}]);
    if (f.passages.some((p) => p.cited))
        out.push(["similar.flag.cited", {}]);
    return out;
}
/** Whether a finding matches the search box (lesson ids, titles, files). */
export function matches(f, search) {
    const q = search.trim().toLowerCase();
    if (!q)
        return true;
    return [f.a.lesson, f.a.title, f.a.file, f.b.lesson, f.b.title, f.b.file].some((s) => s.toLowerCase().includes(q));
}
/** Cuts a document's text (characters, as the core counts them) into plain and shared stretches,
 *  for side `a` or `b` of the finding's passages. */
export function stretches(text, passages, side) {
    const chars = Array.from(text);
    const spans = passages
        .map((p, i) => ({ start: side === "a" ? p.a_start : p.b_start, end: side === "a" ? p.a_end : p.b_end, i }))
        .sort((x, y) => x.start - y.start);
    const out = [];
    let at = 0;
    for (const s of spans) {
        const start = Math.max(s.start, at);
        const end = Math.min(s.end, chars.length);
        if (end <= start)
            continue;
        if (start > at)
            out.push({ text: chars.slice(at, start).join(""), passage: null });
        out.push({ text: chars.slice(start, end).join(""), passage: s.i });
        at = end;
    }
    if (at < chars.length)
        out.push({ text: chars.slice(at).join(""), passage: null });
    return out;
}
/** The sentence a 抄袭 veto carries as its reason, naming both documents, the shares and the
 *  first shared passage (not one marked as quoted). */
export function evidence(t, f, against) {
    const [own, other] = against === "a" ? [f.a, f.b] : [f.b, f.a];
    const [mine, theirs] = against === "a" ? [f.coverage_a, f.coverage_b] : [f.coverage_b, f.coverage_a];
    const first = f.passages.find((p) => !p.cited) ?? f.passages[0];
    const words = first ? Array.from(against === "a" ? first.a_text : first.b_text).filter((c) => c !== "\n") : [];
    const quoted = words.length > 60 ? `${words.slice(0, 60).join("")}…` : words.join("");
    const where = other.archive ? `${other.archive.year || ""} ${other.lesson}`.trim() : other.lesson;
    return t("similar.evidence", {
        file: own.file,
        other: where,
        title: other.title,
        otherFile: other.file,
        a: percent(mine),
        b: percent(theirs),
        n: f.passages.length,
        first: quoted,
    });
}
/** The rubric's plagiarism veto: the item whose id is `plagiarism`, else whose name says 抄袭. */
export function plagiarismVeto(vetoes) {
    return (vetoes.find((v) => v.id === "plagiarism") ?? vetoes.find((v) => v.name.includes("抄袭")))?.id ?? null;
}
