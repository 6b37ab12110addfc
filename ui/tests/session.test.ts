// Regressions of the window bugs a new user hit: the settings page was blank (structuredClone on a
// reactive proxy), a judge's comment and 未评 reason vanished, pending counted unsent sheets.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { flushPromises, mount } from "@vue/test-utils";
import { createPinia, setActivePinia } from "pinia";
import ElementPlus from "element-plus";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import SessionSettings from "../src/views/SessionSettings.vue";
import JudgePage from "../src/views/judge/JudgePage.vue";
import { makeI18n } from "../src/i18n";
import { useSessionStore } from "../src/stores/session";
import { rubric } from "./fixtures";
import type { JudgeView, LessonScores, ResultRow, Results, Settings } from "../src/ipc";
import { needsDecision, statusKey, zeroQuota } from "../src/logic/results";
import { decisionList, historyLine } from "../src/logic/detail";
import { describeProblem, headline } from "../src/logic/problems";

const settings = (): Settings => ({
  name: "南京市级遴选",
  unit: "南京市教育局",
  level: "市级",
  year: 2025,
  quota_table: { table: "2023-jiangsu", region: "南京", per_region: false },
  categories: [{ category: "学科课程", rubric: "2024-学科课程", quota: 145 }],
  rules: {
    aggregation: "mean", trim: 1, zscore_min_scores: 5, gap_threshold: 20, min_score: null, one_per_node: true,
    one_per_teacher: false, teacher_scope: "session", stage_coverage: false, per_school_subject_cap: null, subject_caps: [], judges_per_lesson: 3,
    assignment: "per_lesson", recuse_same_region: false, veto_min_judges: 1, prizes: [], alternates_percent: 20, severity_margin: 1, bar_years: 5,
  },
  region_quotas: [],
}) as Settings;

function plugins() {
  const pinia = createPinia();
  setActivePinia(pinia);
  return { global: { plugins: [pinia, makeI18n("zh-CN"), ElementPlus] }, attachTo: document.body };
}

describe("settings page", () => {
  afterEach(() => clearMocks());

  it("shows the open session's settings and saves an edited quota (it was blank: DataCloneError)", async () => {
    const saved: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "update_settings") {
        saved.push((args as { request: Settings }).request);
        return { path: "/x.jpsession", uid: "u", settings: (args as { request: Settings }).request, lessons: 0, judges: 0, damaged: null, read_only: false };
      }
      throw new Error(`unexpected ${cmd}`);
    });
    const options = plugins();
    const store = useSessionStore();
    store.current = { path: "/x.jpsession", uid: "u", settings: settings(), lessons: 0, judges: 0, damaged: null, read_only: false };
    const wrapper = mount(SessionSettings, options);
    await flushPromises();
    expect(wrapper.find("[data-test=settings-form]").exists(), "the form renders from a reactive store").toBe(true);
    const quota = wrapper.find('input[data-test="quota-学科课程"], [data-test="quota-学科课程"] input');
    expect((quota.element as HTMLInputElement).value).toBe("145");
    await quota.setValue("150");
    await quota.trigger("change");
    await wrapper.find("[data-test=save-settings]").trigger("click");
    await flushPromises();
    expect((saved[0] as Settings).categories[0].quota).toBe(150);
    wrapper.unmount();
  });
});

describe("judge page", () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => clearMocks());

  it("keeps and saves what the judge types as comment and 未评 reason", async () => {
    const r = rubric("2024-学科课程", 2024, "学科课程", [50, 50]);
    const empty = (): LessonScores => ({ scores: [null, null], vetoes: [], comment: "", unscored: null });
    const view: JudgeView = {
      meta: { session_name: "南京", judge_id: "J002", judge_name: "朱丽" },
      categories: [{ rubric: r, lessons: [{ id: "L00001", title: "分数的初步认识", stage: "小学", subject: "数学", grade: "三年级", teachers: ["王芳"], school: "某小学" }] }],
      scores: { L00001: empty() },
      locked: false,
      materials: null,
    } as unknown as JudgeView;
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      const req = (args as { request?: { text: string | null } }).request;
      if (cmd === "judge_view") return { view };
      if (cmd === "judge_set_comment") {
        calls.push([cmd, req]);
        return { ...empty(), comment: req?.text ?? "" };
      }
      if (cmd === "judge_set_unscored") {
        calls.push([cmd, req]);
        return { ...empty(), unscored: req?.text ?? null };
      }
      throw new Error(`unexpected ${cmd}`);
    });
    const wrapper = mount(JudgePage, plugins());
    await flushPromises();
    const comment = wrapper.find("textarea[data-test=judge-comment]");
    await comment.setValue("导入环节设计巧妙");
    await comment.trigger("change");
    const unscored = wrapper.find("input[data-test=judge-unscored]");
    await unscored.setValue("视频无法播放");
    await unscored.trigger("change");
    await flushPromises();
    expect((comment.element as HTMLTextAreaElement).value, "the typed comment stays in the box").toBe("导入环节设计巧妙");
    expect((unscored.element as HTMLInputElement).value).toBe("视频无法播放");
    expect(calls).toEqual([
      ["judge_set_comment", { lesson: "L00001", text: "导入环节设计巧妙" }],
      ["judge_set_unscored", { lesson: "L00001", text: "视频无法播放" }],
    ]);
    expect(wrapper.find("[data-test=judge-progress]").text(), "a lesson with a reason counts as done").toContain("1 / 1");
    wrapper.unmount();
  });
});

describe("results logic", () => {
  const row = (id: string, status: string, code: string, tie = false) =>
    ({ lesson: { id, title: id, teachers: [], school: "", region: "" }, scored: null, outcome: { status, reason: { code }, tie, tie_at_cut: tie } }) as unknown as ResultRow;
  const results = (quota: number, rows: ResultRow[]) =>
    ({ session: "s", categories: [{ category: "学科课程", quota, rows }], decisions: {}, finalized: null }) as unknown as Results;

  it("a lesson without any sheet is 尚未收到评分 and does not count as pending", () => {
    const r = results(3, [row("A", "held", "no_scores"), row("B", "held", "held_gap"), row("C", "recommended", "recommended", true)]);
    expect(statusKey(r.categories[0].rows[0])).toBe("not_received");
    expect(needsDecision(r).map((x) => x.lesson.id)).toEqual(["B", "C"]);
  });

  it("a category with quota 0 is named", () => {
    expect(zeroQuota(results(0, [row("A", "not_selected", "quota_full")]))).toEqual(["学科课程"]);
    expect(zeroQuota(results(5, [row("A", "recommended", "recommended")]))).toEqual([]);
  });

  it("decisions and their history read as sentences", () => {
    const i18n = makeI18n("zh-CN");
    const t = i18n.global.t as unknown as (k: string, p?: Record<string, unknown>) => string;
    const d = { arbitration: 86, accepted: false, veto_overruled: false, accept_incomplete: true, tie_order: null, review: null };
    expect(decisionList(d).map((x) => x.kind)).toEqual(["arbitrate", "accept_incomplete"]);
    expect(decisionList({ ...d, arbitration: null, accept_incomplete: false, review: "J004" }).map((x) => [x.kind, x.params.judge])).toEqual([["review", "J004"]]);
    const line = historyLine(t, {
      seq: 9, at: "2026-11-25T08:01:02Z", who: "张主任", action: "decision.arbitrate", target: "L00012", old: null,
      new: JSON.stringify({ reason: "第三位评委复评", decisions: d }),
      decision: { kind: "arbitrate", withdrawn: false, reason: "第三位评委复评", after: { ...d, veto: null } },
    });
    // a withdrawal reads as such; a row the core could not decode says what it holds
    expect(
      historyLine(t, {
        seq: 10, at: "2026-11-25T08:05:00Z", who: "张主任", action: "decision.withdraw.arbitrate", target: "L00012", old: null, new: null,
        decision: { kind: "arbitrate", withdrawn: true, reason: "", after: null },
      }),
    ).toBe("2026-11-25 08:05 张主任：撤回 仲裁定分");
    expect(line).toBe("2026-11-25 08:01 张主任：仲裁定分 86.00（第三位评委复评）");
  });

  it("an incomplete submission says how many lessons are left, not that the file is wrong", () => {
    const i18n = makeI18n("zh-CN");
    const t = i18n.global.t as unknown as (k: string, p?: Record<string, unknown>) => string;
    const details = Array.from({ length: 33 }, (_, k) => ({ code: "lesson_incomplete", lesson: `L${k}`, location: {} }));
    const e = { code: "invalid", message: "", details } as never;
    expect(headline(t, e, "submit")).toBe("还有 33 节未评完：请打分，或填写未评原因。");
    // 定稿 names lessons short of scores, with how many they have
    const missing = details.map((d) => ({ ...d, code: "scores_missing", judges: 2, required: 3 }));
    const refused = { code: "invalid", message: "", details: missing } as never;
    expect(headline(t, refused, "finalize")).toBe("无法定稿：还有 33 节课例缺少评分且未确认评分不全");
    expect(describeProblem(t, missing[0] as never)).toBe("课例 L0 只收到 2/3 位评委的完整评分：请确认评分不全，或等待评分");
    const mixed = { code: "invalid", message: "", details: [...missing.slice(0, 2), { code: "tie_at_cut", lesson: "L9", rank: 2, location: {} }] } as never;
    expect(headline(t, { code: "invalid", message: "", details: details.slice(0, 1) } as never, "form")).toBe("填写的内容有 1 处问题，未保存");
    expect(headline(t, mixed, "finalize")).toBe("无法定稿：还有 2 节课例缺少评分且未确认评分不全；1 节课例并列且跨越名额、候补或奖项线，需排定顺序");
  });
});
