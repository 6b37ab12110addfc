// Turning the core's problem codes and places into translated sentences.
import { isMessageKey } from "../locales/keys";
import type { ApiError, Location, Problem } from "../ipc";

import type { Translate } from "../locales/schema";

/** “file, line 12” / “file, sheet “评分标准”, row 4, column D”, translated. */
export function describeLocation(t: Translate, loc: Location): string {
  const parts: string[] = [];
  if (loc.file) parts.push(baseName(loc.file));
  if (loc.line != null) parts.push(t("location.line", { line: loc.line }));
  if (loc.sheet != null) parts.push(t("location.sheet", { sheet: loc.sheet }));
  if (loc.row != null) parts.push(t("location.row", { row: loc.row }));
  if (loc.column != null) parts.push(t("location.column", { column: loc.column }));
  return parts.join("，");
}

export function describeProblem(t: Translate, p: Problem): string {
  const { location: _location, code, ...params } = p as Problem & Record<string, unknown>;
  if (!code) return ""; // el-table probes cell slots with an empty row
  const shown: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) shown[k] = Array.isArray(v) ? v.join("｜") : v;
  // a score sheet's cell names the rule it breaks by its code: said in words
  if (p.code === "sheet_cell") shown.rule = t(`sheetRule.${p.rule}`);
  // a decision refused for the lesson's state: the state in words, not its code
  if (p.code === "decision_not_applicable") shown.status = t(`reasonShort.${p.status}`);
  // a recusal says which: the judge's own school or own region
  if (p.code === "recusal_conflict") shown.reason = t(`assign.reasons.${p.reason}`);
  return t(`problem.${code}`, shown);
}

/** A heading that says what went wrong in the user's terms: an incomplete submission or a
 *  refused 定稿 counts the lessons instead of calling the input "wrong". */
export function headline(t: Translate, e: ApiError, context: "submit" | "finalize" | "form" | "other" = "other"): string {
  const count = (code: string) => e.details.filter((p) => (p as { code?: string }).code === code).length;
  const ties = count("tie_at_cut");
  if (e.code === "invalid" && context === "submit" && count("lesson_incomplete") === e.details.length && e.details.length) {
    return t("judge.summaryOpen", { n: e.details.length });
  }
  const incomplete = count("scores_missing");
  if (e.code === "invalid" && context === "finalize" && incomplete + ties === e.details.length && e.details.length) {
    const parts = [];
    if (incomplete) parts.push(t("results.finalizeIncomplete", { n: incomplete }));
    if (ties) parts.push(t("results.finalizeTies", { n: ties }));
    return `${t("results.finalizeFailed")}：${parts.join("；")}`;
  }
  if (context === "finalize") return `${t("results.finalizeFailed")}：${describeError(t, e)}`;
  // what a person typed into a form is not a file
  if (context === "form" && e.code === "invalid") return t("error.invalidForm", { n: e.details.length });
  return describeError(t, e);
}

export function describeError(t: Translate, e: ApiError): string {
  const key = `error.${e.code}`;
  if (!isMessageKey(key)) return t("error.unknown");
  // what the error names, as the sentence says it: when 定稿 was, which file (by its name)
  const { at, path } = e.params ?? {};
  if (e.code === "finalized" && at) return t("error.finalizedAt", { at: at.replace("T", " ").replace("Z", "").slice(0, 16) });
  const text = t(key);
  return path ? `${text}${t("error.fileSuffix", { file: baseName(path) })}` : text;
}

export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}
