// The lesson drawer never acts on a lesson it does not show: while the next lesson's detail loads,
// nothing is actionable, nothing of the previous one stays, a typed reason is not lost to a late
// reply, and a decision always carries the lesson on screen (one cold gate run stored nothing
// for a click made in that window; before, a click could decide the lesson not yet shown).
import { afterEach, describe, expect, it } from "vitest";
import { flushPromises, mount } from "@vue/test-utils";
import ElementPlus from "element-plus";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import LessonDetail from "../src/components/LessonDetail.vue";
import { makeI18n } from "../src/i18n";
import { rubric } from "./fixtures";
const detailOf = (id) => ({
    row: {
        lesson: { id, title: `课例${id}`, region: "玄武区", stage: "小学", subject: "数学", grade: "三年级", teachers: ["王芳"], school: "某小学" },
        scored: null,
        outcome: { id, category: "学科课程", rank: null, tie: false, tie_at_cut: false, tie_break: null, status: "held", reason: { code: "held_incomplete", judges: 1, required: 3 }, prize: null },
    },
    rubric: rubric("2024-学科课程", 2024, "学科课程", [50, 50]),
    method: "mean",
    gap_threshold: 20,
    judges: [],
    reviewers: [],
    decisions: { arbitration: null, accepted: false, veto_overruled: false, accept_incomplete: false, tie_order: null, review: null },
    history: [],
});
describe("the lesson drawer", () => {
    afterEach(() => clearMocks());
    it("acts only on the lesson it shows, once loaded", async () => {
        const pending = {};
        const decided = [];
        mockIPC((cmd, args) => {
            const request = args.request;
            if (cmd === "lesson_detail")
                return new Promise((resolve) => (pending[request.lesson] = resolve));
            if (cmd === "decide") {
                decided.push(request.decision.lesson);
                return { categories: [] };
            }
            throw new Error(`unexpected ${cmd}`);
        });
        const w = mount(LessonDetail, {
            props: { lesson: "L00001", finalized: false },
            global: { plugins: [makeI18n("zh-CN"), ElementPlus] },
            attachTo: document.body,
        });
        await flushPromises();
        // nothing to act on while L00001 loads
        expect(document.querySelector("[data-test=accept-incomplete]")).toBeNull();
        expect(document.querySelector("[data-test=detail-loading]")?.textContent).toContain("L00001");
        pending.L00001(detailOf("L00001"));
        await flushPromises();
        // the drawer has slid in: actionable
        w.findComponent({ name: "ElDrawer" }).vm.$emit("opened");
        await flushPromises();
        const reason = () => document.querySelector("input[data-test=decision-reason]");
        reason().value = "评委缺席";
        reason().dispatchEvent(new Event("input"));
        await flushPromises();
        expect(document.querySelector("[data-test=accept-incomplete]").disabled).toBe(false);
        // the chair opens the next lesson: L00001 leaves the screen at once, nothing is actionable,
        // and the typed reason does not carry over to it
        await w.setProps({ lesson: "L00002" });
        await flushPromises();
        expect(document.querySelector("[data-test=detail-title]")).toBeNull();
        expect(document.querySelector("[data-test=accept-incomplete]")).toBeNull();
        pending.L00002(detailOf("L00002"));
        await flushPromises();
        expect(document.querySelector("[data-test=detail-title]")?.textContent).toContain("L00002");
        expect(reason().value).toBe("");
        reason().value = "组长确认";
        reason().dispatchEvent(new Event("input"));
        await flushPromises();
        // a late reply for the lesson no longer asked for changes nothing on screen
        pending.L00001?.(detailOf("L00001"));
        await flushPromises();
        expect(document.querySelector("[data-test=detail-title]")?.textContent).toContain("L00002");
        expect(reason().value, "the typed reason survives").toBe("组长确认");
        document.querySelector("[data-test=accept-incomplete]").click();
        await flushPromises();
        expect(decided, "the decision carries the lesson on screen").toEqual(["L00002"]);
        w.unmount();
    });
});
