// 形式审查 as the table shows it: ✓/✗ per material and per video rule, filters, sentences.
import { codeText } from "../../../locales/keys";
/** The video rules a column each, and the finding codes that break them. */
export const VIDEO_RULES = {
    readable: ["video_unreadable"],
    codec: ["video_codec"],
    resolution: ["resolution"],
    aspect: ["aspect"],
    fps: ["frame_rate"],
    audio: ["audio_codec", "no_audio"],
    duration: ["duration"],
    size: ["too_large"],
};
const MATERIAL_CODES = ["missing", "too_few", "wrong_format", "empty", "unreadable"];
/** The materials named anywhere in the checks, in first-seen order (for the columns). */
export function materialColumns(checks) {
    const out = [];
    const add = (m) => {
        if (m && !out.includes(m))
            out.push(m);
    };
    for (const c of checks) {
        for (const f of c.files)
            add(f.material);
        for (const f of c.findings)
            add(f.material);
    }
    return out;
}
/** ✓ the material is there and sound, ✗ a finding about it, "" not relevant (no file, no finding). */
export function materialMark(c, material) {
    const fileOf = (path) => c.files.find((f) => f.path === path)?.material;
    const bad = c.findings.some((f) => MATERIAL_CODES.includes(f.code) &&
        (f.material === material || (f.file && fileOf(f.file) === material)));
    if (bad)
        return "bad";
    return c.files.some((f) => f.material === material) ? "ok" : "";
}
/** ✓ every video of the lesson meets the rule, ✗ one breaks it, "" no video read. */
export function videoMark(c, rule) {
    if (c.findings.some((f) => VIDEO_RULES[rule].includes(f.code)))
        return "bad";
    return c.files.some((f) => f.video) ? "ok" : "";
}
export function matchesFilter(c, lesson, f) {
    if (f.status && c.status !== f.status)
        return false;
    if (f.region && lesson?.region !== f.region)
        return false;
    const q = f.search.trim();
    if (!q)
        return true;
    return [c.lesson, lesson?.title ?? "", lesson?.school ?? "", ...(lesson?.teachers ?? []), c.folder ?? ""].some((x) => x.includes(q));
}
/** A finding as a sentence in the user's language, with its file. */
export function findingText(t, f) {
    const { severity: _s, file, source: _src, code, ...params } = f;
    const shown = {};
    for (const [k, v] of Object.entries(params))
        shown[k] = Array.isArray(v) ? v.join("/") : v;
    if (code === "missing" && params.hour != null)
        return prefix(file, t("finding.missing_hour", shown));
    if (code === "video_unreadable")
        return prefix(file, codeText(t, "finding.video_unreadable", String(params.why)));
    return prefix(file, t(`finding.${code}`, shown));
}
function prefix(file, text) {
    return file ? `${file}：${text}` : text;
}
