// The chair's views as pure logic: who judges what, tie groups and tie-break sentences, the audit.
import { describe, expect, it } from "vitest";
import { whoJudgesWhat } from "../src/views/assignment/logic/assignment";
import { tieBreakParams, tieGroupOf } from "../src/logic/results";
import { actionKey, auditMatches } from "../src/logic/audit";
import { decisionChange } from "../src/logic/detail";
import { makeI18n } from "../src/i18n";
import { changedCellCount, confirmable, filledElsewhere, listedCellCount, signedChanges } from "../src/views/results/logic/waiting";
import { mount } from "@vue/test-utils";
import ElementPlus from "element-plus";
import WaitingSheets from "../src/views/results/modules/WaitingSheets.vue";
import type { WaitingSheet } from "../src/ipc/bindings/WaitingSheet";
import type { Assignment, Judge, ResultRow, Results } from "../src/ipc";

const judge = (id: string, name: string, panel: string) => ({ id, name, panel, unit: "", region: "", role: "", source: {} }) as unknown as Judge;
const t = makeI18n("zh-CN").global.t as unknown as (k: string, p?: Record<string, unknown>) => string;

describe("who judges what", () => {
  const a = {
    pairs: [
      { judge: "J001", lesson: "L1" },
      { judge: "J002", lesson: "L1" },
      { judge: "J002", lesson: "L2" },
    ],
    recusals: [],
    shortfalls: [],
    loads: [],
  } as unknown as Assignment;
  const lessons = [
    { id: "L1", title: "春", region: "秦淮区", school: "一中" },
    { id: "L2", title: "秋", region: "玄武区", school: "二中" },
    { id: "L3", title: "冬", region: "玄武区", school: "三中" },
  ];
  const judges = [judge("J001", "杨帆", "小学组"), judge("J002", "朱丽", "中学组")];
  it("lists every lesson with its judges and narrows by judge, panel and region", () => {
    const all = whoJudgesWhat(a, lessons, judges, { panel: "", region: "", judge: "" });
    expect(all.map((r) => [r.lesson, r.judges.map((j) => j.name)])).toEqual([["L1", ["杨帆", "朱丽"]], ["L2", ["朱丽"]], ["L3", []]]);
    expect(whoJudgesWhat(a, lessons, judges, { panel: "", region: "", judge: "J001" }).map((r) => r.lesson)).toEqual(["L1"]);
    expect(whoJudgesWhat(a, lessons, judges, { panel: "中学组", region: "", judge: "" }).map((r) => r.lesson)).toEqual(["L1", "L2"]);
    expect(whoJudgesWhat(a, lessons, judges, { panel: "", region: "玄武区", judge: "" }).map((r) => r.lesson)).toEqual(["L2", "L3"]);
  });
});

describe("ties", () => {
  const row = (id: string, rank: number, tie: boolean) =>
    ({ lesson: { id }, outcome: { rank, tie, tie_at_cut: tie } }) as unknown as ResultRow;
  it("a tie group is every lesson of the category sharing the rank", () => {
    const rows = [row("A", 1, false), row("B", 2, true), row("C", 2, true), row("D", 4, false)];
    const results = { categories: [{ category: "学科课程", rows }] } as unknown as Results;
    expect(tieGroupOf(results, rows[2]).map((r) => r.lesson.id)).toEqual(["B", "C"]);
  });
  it("says which tie-break separated equal scores", () => {
    const [key, params] = tieBreakParams({ by: "indicator", name: "教学目标科学合理" })!;
    expect(t(key, params)).toBe("与上一名同分，上一名「教学目标科学合理」得分更高");
    expect(tieBreakParams(null)).toBeNull();
  });
});

describe("audit", () => {
  it("translates actions and reads decisions as sentences", () => {
    expect(t(actionKey("decision.withdraw.accept"))).toBe("撤回维持");
    const e = {
      seq: 1, at: "2026-11-25T08:00:00Z", who: "张主任", action: "decision.tie_order", target: "L00004", old: null,
      new: JSON.stringify({ reason: "课堂实录更完整", decisions: { arbitration: null, accepted: false, veto_overruled: false, accept_incomplete: false, tie_order: 2 } }),
      // decoded by the core (`DecisionRecord::of`)
      decision: {
        kind: "tie_order" as const, withdrawn: false, reason: "课堂实录更完整",
        after: { arbitration: null, accepted: false, veto_overruled: false, accept_incomplete: false, tie_order: 2, review: null, veto: null },
      },
    };
    expect(decisionChange(t, e)).toBe("并列顺序 2（课堂实录更完整）");
    expect(auditMatches(e, "并列", "并列顺序")).toBe(true);
    expect(auditMatches(e, "朱丽", "并列顺序")).toBe(false);
  });
});

describe("sheets waiting for the chair", () => {
  const w = (judge: string, reason: "unconfirmed" | "conflict", cells: number, status = "external_edit") =>
    ({
      judge, revision: 1, content_hash: judge + reason, status, file: `/x/${judge}.xlsx`, imported_at: "", reason,
      changes: Array.from({ length: cells }, (_, i) => ({ sheet: "评分表", cell: `I${i + 4}`, was: "6", now: "5" })),
    }) as unknown as WaitingSheet;
  it("confirms all but the contents of a conflict, which need a choice", () => {
    const list = [w("J001", "unconfirmed", 2), w("J002", "conflict", 0), w("J002", "conflict", 1), w("J003", "unconfirmed", 3, "unverified")];
    expect(confirmable(list).map((x) => x.judge)).toEqual(["J001", "J003"]);
    expect(changedCellCount(confirmable(list))).toBe(5);
  });
  it("a sheet filled entirely in Excel/WPS is confirmed from a summary per lesson, not 128 cells", () => {
    // the walk-through: a judge without the app filled the issued blank sheet; every cell was
    // blank when the app wrote it, so nothing signed was changed
    const lessons = Array.from({ length: 16 }, (_, i) => ({ lesson: `L000${10 + i}`, total: 80 + (i % 5), blank: 0, vetoes: i === 3 ? ["plagiarism"] : [], comment: i % 2 === 0, unscored: null }));
    const filled = {
      judge: "J007", revision: 0, content_hash: "h", status: "unverified", file: "/x/评分表-J007.xlsx", imported_at: "", reason: "unconfirmed",
      changes: Array.from({ length: 128 }, (_, i) => ({ sheet: "评分表", cell: `I${i + 4}`, was: "", now: "7" })),
      lessons,
    } as unknown as WaitingSheet;
    const edited = { ...filled, judge: "J008", changes: [...filled.changes.slice(0, 3), { sheet: "评分表", cell: "J4", was: "6", now: "9" }] } as WaitingSheet;
    expect(filledElsewhere(filled)).toBe(true);
    expect(filledElsewhere(edited)).toBe(false);
    expect(signedChanges(edited).map((c) => c.cell)).toEqual(["J4"]);
    expect(listedCellCount([filled, edited])).toBe(1);
    const w = mount(WaitingSheets, {
      props: { sheets: [filled, edited], names: { J007: "赵老师", J008: "钱老师" }, finalized: false },
      global: { plugins: [makeI18n("zh-CN"), ElementPlus] },
    });
    const first = w.find("[data-test=waiting-J007]");
    expect(first.text()).toContain("在表格软件中填写");
    expect(first.text()).not.toContain("第0版");
    expect(first.find("[data-test=filled-elsewhere]").text()).toContain("16 节课例");
    expect(first.findAll("[data-test=sheet-summary] tbody tr")).toHaveLength(16);
    expect(first.find("[data-test=changed-cells]").exists()).toBe(false);
    // a sheet whose signed value was changed lists that cell alone, the fills only counted
    const second = w.find("[data-test=waiting-J008]");
    expect(second.findAll("[data-test=changed-cells] .cell").map((c) => c.text())).toEqual(["评分表 J4：6 → 9"]);
    expect(second.text()).toContain("另有 3 格为空白处新填写");
    w.unmount();
  });
  it("names every stored status in both languages", () => {
    for (const lang of ["zh-CN", "en-US"] as const) {
      const tt = makeI18n(lang).global.t as unknown as (k: string) => string;
      for (const s of ["intact", "external_edit", "unverified"]) expect(tt(`results.waitStatus.${s}`)).not.toBe(`results.waitStatus.${s}`);
      expect(tt("results.waitReason.conflict")).not.toBe("results.waitReason.conflict");
    }
  });
});
