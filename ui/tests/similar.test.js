// 查重 in the window: the marked stretches land on the passages' characters (astral characters
// counted as the core counts them), the evidence names both sides, dismissals are found by key.
import { describe, expect, it } from "vitest";
import { dismissalOf, evidence, flags, keyOf, matches, percent, plagiarismVeto, stretches } from "../src/logic/similar";
import { makeI18n } from "../src/i18n";
const finding = (over = {}) => ({
    a: { lesson: "L00002", title: "分数的意义", file: "教学设计.docx", hash: "a", chars: 100, own: 90, archive: null },
    b: { lesson: "L00001", title: "认识分数", file: "课件讲稿.pdf", hash: "b", chars: 80, own: 80, archive: null },
    coverage_a: 987,
    coverage_b: 1000,
    passages: [
        { a_start: 2, a_end: 6, b_start: 0, b_end: 4, a_text: "分数意义", b_text: "分数意义", chars: 4, cited: false },
    ],
    same_teacher: false,
    same_school: true,
    same_node: false,
    from_archive: false,
    ...over,
});
describe("查重 view", () => {
    it("prints per mille as a percentage with one decimal", () => {
        expect(percent(1000)).toBe("100.0%");
        expect(percent(987)).toBe("98.7%");
        expect(percent(5)).toBe("0.5%");
    });
    it("marks exactly the passage's characters, counting a character outside the BMP as one", () => {
        const text = "𠀀甲分数意义乙";
        const s = stretches(text, finding().passages, "a");
        expect(s.map((x) => [x.text, x.passage])).toEqual([
            ["𠀀甲", null],
            ["分数意义", 0],
            ["乙", null],
        ]);
        const b = stretches("分数意义", finding().passages, "b");
        expect(b).toEqual([{ text: "分数意义", passage: 0 }]);
    });
    it("writes the evidence a veto carries: both files, both shares, the first passage", () => {
        const { global } = makeI18n("zh-CN");
        const t = global.t;
        const text = evidence(t, finding(), "a");
        expect(text).toContain("教学设计.docx");
        expect(text).toContain("L00001《认识分数》的 课件讲稿.pdf");
        expect(text).toContain("98.7%");
        expect(text).toContain("100.0%");
        expect(text).toContain("「分数意义」");
        const other = evidence(t, finding(), "b");
        expect(other).toContain("课件讲稿.pdf 与 L00002");
    });
    it("notes the flags, searches and finds a dismissal by its documents", () => {
        expect(flags(finding()).map(([k]) => k)).toEqual(["similar.flag.school"]);
        expect(matches(finding(), "课件讲稿")).toBe(true);
        expect(matches(finding(), "L00009")).toBe(false);
        const d = { key: keyOf(finding()), reason: "同一教师", who: "张主任", at: "2026-12-07T08:00:00Z" };
        expect(dismissalOf(finding(), [d])?.reason).toBe("同一教师");
        expect(dismissalOf(finding({ a: { ...finding().a, file: "其他.docx" } }), [d])).toBeUndefined();
    });
    it("finds the rubric's plagiarism veto by id, else by name", () => {
        expect(plagiarismVeto([{ id: "ads", name: "含广告" }, { id: "plagiarism", name: "抄袭/冒名顶替/非原创" }])).toBe("plagiarism");
        expect(plagiarismVeto([{ id: "x", name: "存在抄袭" }])).toBe("x");
        expect(plagiarismVeto([{ id: "ads", name: "含广告" }])).toBeNull();
    });
});
