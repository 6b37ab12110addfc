/** One flat row per region with a count per category of the table (0 where absent). */
export function quotaRows(table) {
    return table.regions.map((r) => {
        const row = { name: r.name };
        for (const c of table.categories)
            row[c] = r.counts[c] ?? 0;
        return row;
    });
}
/** Sums the regions' counts, to cross-check the table's own totals. */
export function sumCategory(table, category) {
    return table.regions.reduce((s, r) => s + (r.counts[category] ?? 0), 0);
}
