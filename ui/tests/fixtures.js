export function rubric(id, year, category, weights) {
    return {
        id,
        year,
        category,
        title: `${year}年精品课评价指标（${category}）`,
        source: "test",
        step: 1,
        total: weights.reduce((a, b) => a + b, 0),
        content_hash: "0".repeat(64),
        indicators: weights.map((w, i) => ({
            id: `i${i + 1}`,
            group: i < 2 ? "目标内容" : i < 5 ? "教学过程" : "教学资源",
            name: `指标${i + 1}`,
            description: "",
            weight: w,
        })),
        vetoes: [{ id: "advertising", name: "含广告", basis: "质量要求" }],
        materials: [{ name: "课件", required: true, note: "" }],
    };
}
export function library() {
    return {
        rubrics: [
            { item: rubric("2024-学科课程", 2024, "学科课程", [10, 10, 15, 15, 15, 15, 10, 10]), origin: { kind: "builtin", file: "2024-subject.toml" } },
            { item: rubric("2024-实验教学", 2024, "实验教学", [10, 10, 10, 15, 15, 10, 10, 10, 10]), origin: { kind: "builtin", file: "2024-experiment.toml" } },
            { item: rubric("2025-阅读课", 2025, "阅读课", [50, 50]), origin: { kind: "user", path: "/data/rubrics/2025-阅读课.toml" } },
        ],
        quotas: [
            {
                item: {
                    id: "2023-jiangsu",
                    year: 2023,
                    level: "省级",
                    title: "2023年江苏省各设区市精品课推荐名额",
                    source: "苏教办基函〔2023〕25号 附件3",
                    categories: ["学科课程", "实验教学"],
                    regions: [
                        { name: "南京", counts: { 学科课程: 111, 实验教学: 28 } },
                        { name: "镇江", counts: { 学科课程: 38 } },
                    ],
                    totals: { 学科课程: 149, 实验教学: 28 },
                },
                origin: { kind: "builtin", file: "2023-jiangsu.toml" },
            },
        ],
        problems: [],
    };
}
