import { describe, expect, it } from "vitest";
import { emptyFilter, filterLessons, options, splitTeachers } from "../src/logic/roster";
import { loadRows } from "../src/logic/assignment";
import type { Judge, Lesson } from "../src/ipc";

const lesson = (id: string, over: Partial<Lesson> = {}): Lesson => ({
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
    ] as Judge[];
    const rows = loadRows({ pairs: [], recusals: [], shortfalls: [], loads: [{ judge: "J001", lessons: 2 }, { judge: "J002", lessons: 3 }] }, judges);
    expect(rows.map((r) => [r.judge, r.name, r.lessons])).toEqual([["J002", "朱丽", 3], ["J001", "杨帆", 2]]);
  });
});
