import { describe, expect, it } from "vitest";
import { emptyFilter, filterLessons, options, splitTeachers } from "../src/views/roster/logic/roster";
import { loadRows } from "../src/views/assignment/logic/assignment";
const lesson = (id, over = {}) => ({
    id,
    category: "学科课程",
    region: "玄武区",
    stage: "小学",
    subject: "数学",
    grade: "三年级",
    edition: "人教版",
    node: "1020304",
    title: "分数的初步认识",
    teachers: ["张敏"],
    school: "南京市琅琊路小学",
    origin: "",
    source: { file: null, line: null, sheet: null, row: null, column: null },
    warnings: [],
    ...over,
});
describe("roster filters", () => {
    const lessons = [
        lesson("L00001"),
        lesson("L00002", { category: "实验教学", stage: "初中", subject: "物理", region: "鼓楼区", teachers: ["刘洋", "孙丽"], title: "凸透镜" }),
        lesson("L00003", { stage: "高中", subject: "化学", school: "南京市第一中学", title: "化学反应速率" }),
    ];
    it("combines category, region, stage, subject and text", () => {
        expect(filterLessons(lessons, emptyFilter()).length).toBe(3);
        expect(filterLessons(lessons, { ...emptyFilter(), category: "实验教学" }).map((l) => l.id)).toEqual(["L00002"]);
        expect(filterLessons(lessons, { ...emptyFilter(), region: "玄武区", stage: "高中" }).map((l) => l.id)).toEqual(["L00003"]);
        expect(filterLessons(lessons, { ...emptyFilter(), text: "孙丽" }).map((l) => l.id)).toEqual(["L00002"]);
        expect(filterLessons(lessons, { ...emptyFilter(), text: "第一中学" }).map((l) => l.id)).toEqual(["L00003"]);
    });
    it("offers the distinct values present", () => {
        expect(options(lessons, "stage").sort()).toEqual(["初中", "小学", "高中"].sort());
        expect(options(lessons, "region")).toHaveLength(2);
    });
    it("splits teachers like the importer", () => {
        expect(splitTeachers("张三、李四，王五 / 赵六\u3000钱七")).toEqual(["张三", "李四", "王五", "赵六", "钱七"]);
        expect(splitTeachers("  ")).toEqual([]);
    });
});
describe("assignment loads", () => {
    it("joins judges and sorts heaviest first", () => {
        const judges = [
            { id: "J001", name: "杨帆", unit: "", region: "", panel: "小学组", role: "", source: { file: null, line: null, sheet: null, row: null, column: null } },
            { id: "J002", name: "朱丽", unit: "", region: "", panel: "小学组", role: "", source: { file: null, line: null, sheet: null, row: null, column: null } },
        ];
        const rows = loadRows({ pairs: [], recusals: [], shortfalls: [], loads: [{ judge: "J001", lessons: 2 }, { judge: "J002", lessons: 3 }] }, judges);
        expect(rows.map((r) => [r.judge, r.name, r.lessons])).toEqual([["J002", "朱丽", 3], ["J001", "杨帆", 2]]);
    });
});
import { fmt, needsDecision, quotaFill, reasonParams } from "../src/logic/results";
describe("results", () => {
    it("turns a reason into a translation key and flat parameters", () => {
        expect(reasonParams({ code: "quota_full", rank: 26, quota: 25 })).toEqual(["reason.quota_full", { rank: 26, quota: 25 }]);
        expect(reasonParams({ code: "subject_share", subjects: ["语文", "数学"], max_percent: 80 })).toEqual([
            "reason.subject_share",
            { subjects: "语文、数学", max_percent: 80 },
        ]);
    });
    it("sums quota fill and lists what the chair must decide", () => {
        const row = (id, status, tie = false) => ({
            lesson: { id },
            scored: null,
            outcome: { id, category: "学科课程", rank: 1, tie, tie_at_cut: tie, tie_break: null, status, reason: { code: "recommended" }, prize: null },
        });
        const results = {
            session: "s",
            finalized: null,
            decisions: { arbitrations: {}, accepted: [], veto_overruled: [], accept_incomplete: [], tie_order: {} },
            categories: [
                { category: "学科课程", rubric: {}, quota: 2, rows: [row("A", "recommended", true), row("B", "recommended", true), row("C", "held"), row("D", "alternate"), { ...row("E", "held"), outcome: { ...row("E", "held").outcome, reason: { code: "no_scores" } } }] },
            ],
        };
        // a lesson no sheet has scored is counted apart, not as 待复议 (the summary said 待复议 39)
        expect(quotaFill(results)).toEqual([{ category: "学科课程", quota: 2, recommended: 2, alternates: 1, held: 1, notReceived: 1 }]);
        expect(needsDecision(results).map((r) => r.lesson.id)).toEqual(["A", "B", "C"]);
        expect(fmt(88.25)).toBe("88.25");
        expect(fmt(null)).toBe("");
    });
});
