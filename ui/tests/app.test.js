// The real components over a mocked IPC: the library screen shows a rubric and its total,
// and a failed import lists every problem with its place.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { flushPromises, mount } from "@vue/test-utils";
import { createPinia, setActivePinia } from "pinia";
import ElementPlus from "element-plus";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import App from "../src/App.vue";
import { makeI18n } from "../src/i18n";
import { library } from "./fixtures";
import { useLibraryStore } from "../src/stores/library";
import ImportRubricDialog from "../src/views/rubrics/modules/ImportRubricDialog.vue";
function mountApp() {
    const pinia = createPinia();
    setActivePinia(pinia);
    return mount(App, { global: { plugins: [pinia, makeI18n("zh-CN"), ElementPlus] }, attachTo: document.body });
}
describe("App", () => {
    beforeEach(() => localStorage.clear());
    afterEach(() => clearMocks());
    it("loads the library and shows the selected rubric with its total", async () => {
        mockIPC((cmd) => {
            if (cmd === "library")
                return library();
            if (cmd === "current_session")
                return { session: null };
            if (cmd === "recent_sessions")
                return { sessions: [] };
            if (cmd === "judge_view")
                return { view: null };
            throw new Error(`unexpected ${cmd}`);
        });
        const wrapper = mountApp();
        await flushPromises();
        expect(wrapper.find("[data-test=app-title]").text()).toBe("精品课评审台");
        expect(wrapper.find("[data-test=nav-roster]").attributes("disabled")).toBeDefined();
        await wrapper.find("[data-test=nav-rubrics]").trigger("click");
        await flushPromises();
        await wrapper.find('[data-test="rubric-2024-学科课程"]').trigger("click");
        await flushPromises();
        expect(wrapper.find("[data-test=rubric-title]").text()).toBe("2024年精品课评价指标（学科课程）");
        expect(wrapper.find("[data-test=rubric-total]").text()).toContain("100");
        wrapper.unmount();
    });
    it("shows a load failure translated", async () => {
        mockIPC(() => {
            throw { code: "read", message: "cannot read x", details: [] };
        });
        const wrapper = mountApp();
        await flushPromises();
        expect(useLibraryStore().error?.code).toBe("read");
        expect(wrapper.text()).toContain("无法读取文件");
        wrapper.unmount();
    });
});
describe("App, the open session", () => {
    beforeEach(() => localStorage.clear());
    afterEach(() => clearMocks());
    it("says when the session open at start cannot be read, and lets the user dismiss it", async () => {
        mockIPC((cmd) => {
            if (cmd === "library")
                return library();
            if (cmd === "current_session")
                throw { code: "busy", message: "another window is changing x", details: [] };
            throw new Error(`unexpected ${cmd}`);
        });
        const wrapper = mountApp();
        await flushPromises();
        const alert = wrapper.find("[data-test=session-error]");
        expect(alert.exists()).toBe(true);
        expect(alert.text()).toContain("另一个窗口或命令正在修改这个评审活动文件");
        await alert.find(".el-alert__close-btn").trigger("click");
        await flushPromises();
        expect(wrapper.find("[data-test=session-error]").exists()).toBe(false);
        wrapper.unmount();
    });
});
describe("ImportRubricDialog", () => {
    afterEach(() => clearMocks());
    it("lists every problem of a refused spreadsheet with its cell", async () => {
        const calls = [];
        mockIPC((cmd, args) => {
            if (cmd === "plugin:dialog|open")
                return "/home/u/评价指标.xlsx";
            if (cmd === "import_rubric") {
                calls.push(args);
                throw {
                    code: "invalid",
                    message: "1 problem(s) found",
                    details: [
                        {
                            location: { file: "/home/u/评价指标.xlsx", line: null, sheet: "评价指标", row: 6, column: "D" },
                            code: "not_a_number",
                            column: "权重",
                            value: "二十",
                        },
                    ],
                };
            }
            throw new Error(`unexpected ${cmd}`);
        });
        setActivePinia(createPinia());
        const wrapper = mount(ImportRubricDialog, {
            props: { modelValue: true },
            global: { plugins: [makeI18n("zh-CN"), ElementPlus] },
            attachTo: document.body,
        });
        await flushPromises();
        document.querySelector("[data-test=choose-file]").click();
        await flushPromises();
        document.querySelector("[data-test=import-submit]").click();
        await flushPromises();
        expect(calls).toEqual([{ request: { path: "/home/u/评价指标.xlsx", year: 2025, category: "阅读课", step: 1 } }]);
        const list = document.querySelector("[data-test=problem-list]");
        expect(list.textContent).toContain("共 1 个问题");
        expect(list.textContent).toContain("工作表「评价指标」，第 6 行，D 列");
        expect(list.textContent).toContain("「权重」列的「二十」不是数字");
        wrapper.unmount();
    });
});
