// Pure helpers for the quota view.
import type { Category, QuotaTable } from "../../../ipc/index";

export type QuotaRow = { name: string } & Partial<Record<Category, number>>;

/** One flat row per region with a count per category of the table (0 where absent). */
export function quotaRows(table: QuotaTable): QuotaRow[] {
  return table.regions.map((r) => {
    const row: QuotaRow = { name: r.name };
    for (const c of table.categories) row[c] = r.counts[c] ?? 0;
    return row;
  });
}

/** Sums the regions' counts, to cross-check the table's own totals. */
export function sumCategory(table: QuotaTable, category: Category): number {
  return table.regions.reduce((s, r) => s + (r.counts[category] ?? 0), 0);
}
