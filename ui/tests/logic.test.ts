import { describe, expect, it } from "vitest";
import { groupRubrics, groupSpan, isSpreadsheet, weightTotal } from "../src/views/rubrics/logic/rubrics";
import { quotaRows, sumCategory } from "../src/views/quotas/logic/quotas";
import { describeError, describeLocation, describeProblem } from "../src/logic/problems";
import { savedLocale, saveLocale } from "../src/i18n";
import { toApiError, type ApiError } from "../src/ipc/errors";
import { makeI18n } from "../src/i18n";
import { library } from "./fixtures";
import { nextTick, ref } from "vue";
import { PAGE_SIZES, pageOf, usePages } from "../src/logic/pages";

describe("rubric library", () => {
  it("groups by year, newest first, categories in the notices' order", () => {
    const groups = groupRubrics(library());
    expect(groups.map((g) => g.year)).toEqual([2025, 2024]);
    expect(groups[1].categories.map((c) => c.category)).toEqual(["学科课程", "实验教学"]);
    expect(groups[0].categories[0].rubrics[0].builtin).toBe(false);
  });

  it("spans merged 一级指标 cells over their run", () => {
    const r = library().rubrics[0].item;
    expect(r.indicators.map((_, i) => groupSpan(r.indicators, i))).toEqual([2, 0, 3, 0, 0, 3, 0, 0]);
  });

  it("adds weights exactly", () => {
    const r = library().rubrics[0].item;
    expect(weightTotal(r.indicators)).toBe(100);
    expect(weightTotal([{ ...r.indicators[0], weight: 0.1 }, { ...r.indicators[0], weight: 0.2 }])).toBe(0.3);
  });

  it("tells spreadsheets from TOML files", () => {
    expect(isSpreadsheet("/a/评价指标.XLSX")).toBe(true);
    expect(isSpreadsheet("C:\\x\\b.ods")).toBe(true);
    expect(isSpreadsheet("/a/b.toml")).toBe(false);
  });
});

describe("quota tables", () => {
  it("flattens regions with a zero where the table has no count", () => {
    const q = library().quotas[0].item;
    expect(quotaRows(q)).toEqual([
      { name: "南京", 学科课程: 111, 实验教学: 28 },
      { name: "镇江", 学科课程: 38, 实验教学: 0 },
    ]);
    expect(sumCategory(q, "学科课程")).toBe(q.totals["学科课程"]);
  });
});

describe("problems and errors", () => {
  const i18n = makeI18n("zh-CN");
  const t = i18n.global.t as (k: string, p?: Record<string, unknown>) => string;

  it("translates a problem code with its parameters", () => {
    const text = describeProblem(t, {
      location: { file: "/x/y.toml", line: 3, sheet: null, row: null, column: null },
      code: "weight_sum",
      sum: "105",
      expected: "100",
    });
    expect(text).toBe("权重合计为 105，应为 100");
  });

  it("says which rule a refused score-sheet cell breaks, in words", () => {
    const text = describeProblem(t, {
      location: { file: "/x/评分表-J002.xlsx", line: null, sheet: "评分表", row: 4, column: "J" },
      code: "sheet_cell",
      rule: "out_of_range",
      value: "11",
    });
    expect(text).toBe(`「11」${t("sheetRule.out_of_range")}`);
    expect(text).not.toContain("out_of_range");
  });

  it("names a spreadsheet cell", () => {
    const where = describeLocation(t, { file: "/x/评价指标.xlsx", line: null, sheet: "评价指标", row: 6, column: "D" });
    expect(where).toBe("评价指标.xlsx，工作表「评价指标」，第 6 行，D 列");
  });

  it("every problem code has a message in both languages", async () => {
    const zh = (await import("../src/locales/zh-CN")).default;
    const en = (await import("../src/locales/en-US")).default;
    // the codes of the generated ProblemKind union
    const src = (await import("node:fs")).readFileSync("src/ipc/bindings/Problem.ts", "utf8");
    const codes = [...src.matchAll(/"code": "([a-z_]+)"/g)].map((m) => m[1]);
    expect(codes.length).toBeGreaterThan(10);
    for (const c of codes) {
      expect(zh.problem, c).toHaveProperty(c);
      expect(en.problem, c).toHaveProperty(c);
    }
  });

  it("says a refused decision's lesson state in words", () => {
    const p = { code: "decision_not_applicable", lesson: "L00012", decision: "arbitrate", status: "quota_full", location: {} } as never;
    expect(describeProblem(t, p)).toBe("该项决定不适用于课例 L00012（当前：名额已满）");
  });

  it("says which recusal keeps a judge from a lesson", () => {
    const p = { code: "recusal_conflict", judge: "J003", lesson: "L00012", reason: "same_region", location: {} } as never;
    expect(describeProblem(t, p)).toBe("评委 J003 须回避课例 L00012（本地区课例）");
  });

  it("maps unknown error codes to a generic message", () => {
    expect(describeError(t, { code: "invalid", message: "", params: {}, details: [] })).toBe("文件内容有误");
    // a code this window does not know (a newer shell): the generic message
    expect(describeError(t, { code: "nope" as ApiError["code"], message: "", params: {}, details: [] })).toBe("发生未知错误");
    expect(toApiError("boom")).toEqual({ code: "unknown", message: "boom", params: {}, details: [] });
    // what the error names reaches the sentence
    expect(describeError(t, { code: "finalized", message: "", params: { at: "2026-12-07T10:30:00Z" }, details: [] })).toBe(
      "本评审活动已于 2026-12-07 10:30 定稿，只读；如需修改请先解除定稿",
    );
    expect(describeError(t, { code: "busy", message: "", params: { path: "/home/u/县级初评.jpsession" }, details: [] })).toBe(
      "另一个窗口或命令正在修改这个评审活动文件，请稍后再试（县级初评.jpsession）",
    );
  });
});

describe("language", () => {
  it("defaults to Chinese and remembers English", () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(savedLocale(storage)).toBe("zh-CN");
    saveLocale("en-US", storage);
    expect(savedLocale(storage)).toBe("en-US");
  });
});

describe("long tables a page at a time", () => {
  const rows = Array.from({ length: 250 }, (_, i) => i);
  it("gives the rows of a page, the last page short and a page past the end clamped", () => {
    expect(pageOf(rows, 1, 100)).toEqual(rows.slice(0, 100));
    expect(pageOf(rows, 3, 100)).toEqual(rows.slice(200));
    expect(pageOf(rows, 9, 100)).toEqual(rows.slice(200));
    expect(pageOf(rows, 0, 100)).toEqual(rows.slice(0, 100));
    expect(pageOf([], 1, 100)).toEqual([]);
  });
  it("goes back to page 1 when a filter changes the rows", async () => {
    const source = ref<number[]>(rows);
    const { page, size, shown } = usePages(source);
    expect(size.value).toBe(PAGE_SIZES[0]);
    size.value = 100;
    page.value = 3;
    expect(shown.value).toEqual(rows.slice(200));
    source.value = rows.filter((r) => r % 2 === 0);
    await nextTick();
    expect(page.value).toBe(1);
    expect(shown.value[0]).toBe(0);
  });
});

describe("attempt", () => {
  it("clears the last failure, returns the work's value, and keeps a rejection as an ApiError", async () => {
    const { attempt } = await import("../src/logic/attempt");
    const failure = ref<ApiError | null>({ code: "read", message: "old", params: {}, details: [] });
    expect(await attempt(failure, async () => 7)).toBe(7);
    expect(failure.value).toBeNull();
    const refused = { code: "invalid", message: "bad", details: [] };
    expect(await attempt(failure, () => Promise.reject(refused))).toBeUndefined();
    // a rejection without parameters (an older shell's) gets none
    expect(failure.value).toEqual({ ...refused, params: {} });
    expect(await attempt(failure, async () => {
      throw new Error("boom");
    })).toBeUndefined();
    expect(failure.value?.code).toBe("unknown");
  });
});
