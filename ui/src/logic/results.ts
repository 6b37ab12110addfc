// Pure helpers for the results page (tested with Vitest).
import type { Reason, ResultRow, Results } from "../ipc";

/** The translation key and parameters of a reason (locales: reason.<code>). */
export function reasonParams(r: Reason): [string, Record<string, unknown>] {
  const { code, ...rest } = r as Reason & Record<string, unknown>;
  const params: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rest)) params[k] = Array.isArray(v) ? v.join("、") : v;
  return [`reason.${code}`, params];
}

export interface QuotaFill {
  category: string;
  quota: number;
  recommended: number;
  alternates: number;
  held: number;
}

export function quotaFill(results: Results): QuotaFill[] {
  return results.categories.map((c) => ({
    category: c.category,
    quota: c.quota,
    recommended: c.rows.filter((r) => r.outcome.status === "recommended").length,
    alternates: c.rows.filter((r) => r.outcome.status === "alternate").length,
    held: c.rows.filter((r) => r.outcome.status === "held").length,
  }));
}

/** Lessons the chair must act on: held, vetoed, or tied. */
export function needsDecision(results: Results): ResultRow[] {
  return results.categories.flatMap((c) =>
    c.rows.filter((r) => r.outcome.status === "held" || r.outcome.status === "vetoed" || r.outcome.tie),
  );
}

export function fmt(n: number | null | undefined): string {
  return n === null || n === undefined ? "" : n.toFixed(2);
}
