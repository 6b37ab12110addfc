// What a typed number means, for every numeric box of the window (tested with Vitest). A box never
// changes what was typed: a value out of range or off its step is refused with a reason, the text
// stays for correction, and nothing reaches the session until it is valid.
/** Full-width digits, point and minus (typed with a Chinese input method) read as ASCII. */
export function asciiDigits(text) {
    return text
        .trim()
        .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
        .replace(/[．。]/g, ".")
        .replace(/[－—]/g, "-");
}
/** Decimal places of a step: 0.5 → 1, 0.01 → 2, 1 → 0. */
function decimals(x) {
    const s = String(x);
    const i = s.indexOf(".");
    return i < 0 ? 0 : s.length - i - 1;
}
export function parseNumber(text, rule = {}) {
    const t = asciiDigits(text);
    if (t === "")
        return rule.nullable ? { ok: true, value: null } : { ok: false, reason: "empty" };
    // only plain decimals: no exponent, hex, "Infinity" or spaces inside
    if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(t))
        return { ok: false, reason: "nan" };
    const n = Number(t);
    if (!Number.isFinite(n))
        return { ok: false, reason: "nan" };
    if ((rule.min !== undefined && n < rule.min) || (rule.max !== undefined && n > rule.max))
        return { ok: false, reason: "range" };
    const step = rule.multipleOf ?? 1;
    // exact at the step's own precision: 86.5 in a 0.5 step is 865 tenths, a multiple of 5
    const scale = 10 ** decimals(step);
    const scaled = n * scale;
    const whole = Math.round(scaled);
    if (Math.abs(whole - scaled) > 1e-6 || whole % Math.round(step * scale) !== 0)
        return { ok: false, reason: "step" };
    return { ok: true, value: whole / scale };
}
/** The text a stored value is shown as (never rounded: the value is already on its step). */
export function formatNumber(value) {
    return value === null || value === undefined ? "" : String(value);
}
