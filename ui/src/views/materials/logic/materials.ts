// 形式审查 as the table shows it: ✓/✗ per material and per video rule, filters, sentences.
import { codeText } from "../../../locales/keys";
import type { Finding } from "../../../ipc/bindings/Finding";
import type { LessonCheck } from "../../../ipc/bindings/LessonCheck";
import type { Lesson } from "../../../ipc/index";

import type { Translate } from "../../../locales/schema";

/** The video rules a column each, and the finding codes that break them. */
export const VIDEO_RULES: Record<string, string[]> = {
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
export function materialColumns(checks: LessonCheck[]): string[] {
  const out: string[] = [];
  const add = (m: string | null | undefined) => {
    if (m && !out.includes(m)) out.push(m);
  };
  for (const c of checks) {
    for (const f of c.files) add(f.material);
    for (const f of c.findings) add((f as Finding & { material?: string }).material);
  }
  return out;
}

/** ✓ the material is there and sound, ✗ a finding about it, "" not relevant (no file, no finding). */
export function materialMark(c: LessonCheck, material: string): "ok" | "bad" | "" {
  const fileOf = (path: string) => c.files.find((f) => f.path === path)?.material;
  const bad = c.findings.some(
    (f) =>
      MATERIAL_CODES.includes(f.code) &&
      ((f as Finding & { material?: string }).material === material || (f.file && fileOf(f.file) === material)),
  );
  if (bad) return "bad";
  return c.files.some((f) => f.material === material) ? "ok" : "";
}

/** ✓ every video of the lesson meets the rule, ✗ one breaks it, "" no video read. */
export function videoMark(c: LessonCheck, rule: string): "ok" | "bad" | "" {
  if (c.findings.some((f) => VIDEO_RULES[rule].includes(f.code))) return "bad";
  return c.files.some((f) => f.video) ? "ok" : "";
}

export interface MaterialsFilter {
  status: "" | "failed" | "warnings" | "passed";
  region: string;
  search: string;
}

export function matchesFilter(c: LessonCheck, lesson: Lesson | undefined, f: MaterialsFilter): boolean {
  if (f.status && c.status !== f.status) return false;
  if (f.region && lesson?.region !== f.region) return false;
  const q = f.search.trim();
  if (!q) return true;
  return [c.lesson, lesson?.title ?? "", lesson?.school ?? "", ...(lesson?.teachers ?? []), c.folder ?? ""].some((x) => x.includes(q));
}

/** A finding as a sentence in the user's language, with its file. */
export function findingText(t: Translate, f: Finding): string {
  const { severity: _s, file, source: _src, code, ...params } = f as Finding & Record<string, unknown>;
  const shown: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) shown[k] = Array.isArray(v) ? v.join("/") : v;
  if (code === "missing" && params.hour != null) return prefix(file, t("finding.missing_hour", shown));
  if (code === "video_unreadable") return prefix(file, codeText(t, "finding.video_unreadable", String(params.why)));
  return prefix(file, t(`finding.${code}`, shown));
}

function prefix(file: string, text: string): string {
  return file ? `${file}：${text}` : text;
}
