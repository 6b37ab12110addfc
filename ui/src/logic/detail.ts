// Pure helpers for a lesson's detail: the decisions in force and their history, as sentences.
import { codeText } from "../locales/keys";
import type { AuditEntry, DecisionKind, LessonDecisions } from "../ipc";

import type { Translate } from "../locales/schema";

export interface DecisionItem {
  kind: DecisionKind;
  params: Record<string, unknown>;
}

/** The decisions in force on one lesson, in the order a chair makes them. */
export function decisionList(d: LessonDecisions): DecisionItem[] {
  const out: DecisionItem[] = [];
  if (d.arbitration !== null) out.push({ kind: "arbitrate", params: { score: d.arbitration.toFixed(2) } });
  if (d.accepted) out.push({ kind: "accept", params: {} });
  if (d.veto_overruled) out.push({ kind: "overrule_veto", params: {} });
  if (d.accept_incomplete) out.push({ kind: "accept_incomplete", params: {} });
  if (d.tie_order !== null) out.push({ kind: "tie_order", params: { order: d.tie_order } });
  if (d.review) out.push({ kind: "review", params: { judge: d.review } });
  if (d.veto) out.push({ kind: "veto", params: { item: d.veto } });
  return out;
}

/** “2026-11-25 16:02 张主任：仲裁定分 86.00（第三位评委复评）”. */
export function historyLine(t: Translate, h: AuditEntry): string {
  const when = h.at.replace("T", " ").slice(0, 16);
  return `${when} ${h.who}：${decisionChange(t, h)}`;
}

/** A decision's audit row as a sentence: “仲裁定分 86.00（第三位评委复评）”. */
export function decisionChange(t: Translate, h: AuditEntry): string {
  const what = h.action.replace(/^decision\./, "");
  let reason = "";
  let params: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(h.new ?? "{}") as { reason?: string; decisions?: LessonDecisions };
    reason = parsed.reason ?? "";
    if (parsed.decisions?.arbitration != null) params = { score: parsed.decisions.arbitration.toFixed(2) };
    if (parsed.decisions?.tie_order != null) params = { ...params, order: parsed.decisions.tie_order };
    if (parsed.decisions?.review) params = { ...params, judge: parsed.decisions.review };
    if (parsed.decisions?.veto) params = { ...params, item: parsed.decisions.veto };
  } catch {
    reason = h.new ?? "";
  }
  const label = what.startsWith("withdraw.")
    ? `${t("results.decisionKind.withdraw")} ${codeText(t, "results.decisionKind", what.slice(9), { score: "", order: "", item: "" })}`
    : codeText(t, "results.decisionKind", what, params);
  return `${label}${reason ? `（${reason}）` : ""}`;
}
