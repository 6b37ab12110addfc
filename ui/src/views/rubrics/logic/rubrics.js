const CATEGORY_ORDER = ["学科课程", "特殊教育", "实验教学", "人工智能教育", "阅读课"];
/** Rubrics grouped by year (newest first), then by category in the notices' order. */
export function groupRubrics(library) {
    const years = new Map();
    for (const entry of library.rubrics) {
        const r = entry.item;
        let group = years.get(r.year);
        if (!group) {
            group = { year: r.year, categories: [] };
            years.set(r.year, group);
        }
        let cat = group.categories.find((c) => c.category === r.category);
        if (!cat) {
            cat = { category: r.category, rubrics: [] };
            group.categories.push(cat);
        }
        cat.rubrics.push({ rubric: r, builtin: entry.origin.kind === "builtin" });
    }
    const out = [...years.values()].sort((a, b) => b.year - a.year);
    for (const g of out) {
        g.categories.sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category));
    }
    return out;
}
/**
 * For an indicator table with merged 一级指标 cells: how many rows the group cell of row `index`
 * spans (0 when it is covered by the row above).
 */
export function groupSpan(indicators, index) {
    const group = indicators[index]?.group;
    if (index > 0 && indicators[index - 1].group === group)
        return 0;
    let n = 1;
    while (index + n < indicators.length && indicators[index + n].group === group)
        n++;
    return n;
}
/** Sum of the weights in tenths, to stay exact, shown as points. */
export function weightTotal(indicators) {
    return indicators.reduce((sum, i) => sum + Math.round(i.weight * 10), 0) / 10;
}
/** Whether a file name is a spreadsheet (needs year and category) rather than a TOML rubric. */
export function isSpreadsheet(path) {
    return /\.(xlsx|xlsm|xls|ods)$/i.test(path);
}
