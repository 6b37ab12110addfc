// What a typed number means, for every numeric box of the window (tested with Vitest). A box never
// changes what was typed: a value out of range or off its step is refused with a reason, the text
// stays for correction, and nothing reaches the session until it is valid.

export interface NumberRule {
  /** Smallest accepted value (inclusive). */
  min?: number;
  /** Largest accepted value (inclusive). */
  max?: number;
  /** The value must be a whole multiple of this (1 for counts, 0.5 for a half-point step). */
  multipleOf?: number;
  /** An empty box means "not set" (null) instead of being refused. */
  nullable?: boolean;
}

export type NumberParse =
  | { ok: true; value: number | null }
  | { ok: false; reason: "empty" | "nan" | "range" | "step" };

/** Full-width digits, point and minus (typed with a Chinese input method) read as ASCII. */
export function asciiDigits(text: string): string {
  return text
    .trim()
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, ".")
    .replace(/[－—]/g, "-");
}

/** Decimal places of a step: 0.5 → 1, 0.01 → 2, 1 → 0. */
function decimals(x: number): number {
  const s = String(x);
  const i = s.indexOf(".");
  return i < 0 ? 0 : s.length - i - 1;
}

export function parseNumber(text: string, rule: NumberRule = {}): NumberParse {
  const t = asciiDigits(text);
  if (t === "") return rule.nullable ? { ok: true, value: null } : { ok: false, reason: "empty" };
  // only plain decimals: no exponent, hex, "Infinity" or spaces inside
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(t)) return { ok: false, reason: "nan" };
  const n = Number(t);
  if (!Number.isFinite(n)) return { ok: false, reason: "nan" };
  if ((rule.min !== undefined && n < rule.min) || (rule.max !== undefined && n > rule.max)) return { ok: false, reason: "range" };
  const step = rule.multipleOf ?? 1;
  // exact at the step's own precision: 86.5 in a 0.5 step is 865 tenths, a multiple of 5
  const scale = 10 ** decimals(step);
  const scaled = n * scale;
  const whole = Math.round(scaled);
  if (Math.abs(whole - scaled) > 1e-6 || whole % Math.round(step * scale) !== 0) return { ok: false, reason: "step" };
  return { ok: true, value: whole / scale };
}

/** The text a stored value is shown as (never rounded: the value is already on its step). */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? "" : String(value);
}
