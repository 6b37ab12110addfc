import { codeText } from "../../locales/keys";
import { attempt } from "../../logic/attempt";
import { computed, reactive, ref } from "vue";
import { useT } from "../../i18n";
import { ElMessage } from "element-plus";
import { commands, pickFolder } from "../../ipc/index";
import { useSessionStore } from "../../stores/session";
import { describeError, describeProblem } from "../../logic/problems";
import { loadRows, whoJudgesWhat } from "./logic/assignment";
import Pager from "../../components/Pager.vue";
import { usePages } from "../../logic/pages";
const { t } = useT();
const store = useSessionStore();
const busy = ref(false);
const failure = ref(null);
const a = computed(() => store.assignment);
const loads = computed(() => (a.value ? loadRows(a.value, store.judges) : []));
const lessonTitle = (id) => store.lessons.find((l) => l.id === id)?.title ?? "";
const judgeName = (id) => store.judges.find((j) => j.id === id)?.name ?? "";
const view = ref("who");
const filter = reactive({ panel: "", region: "", judge: "" });
const rows = computed(() => (a.value ? whoJudgesWhat(a.value, store.lessons, store.judges, filter) : []));
const { page, size, shown: pageRows } = usePages(rows);
const regions = computed(() => [...new Set(store.lessons.map((l) => l.region))].sort());
const loadOf = (id) => a.value?.loads.find((l) => l.judge === id)?.lessons ?? 0;
// a hand swap: one judge's lesson given to another
const swap = ref(null);
const swapTo = ref("");
const swapFailure = ref(null);
// the core says who may take the lesson and why each other judge may not
const candidates = ref([]);
const offered = computed(() => candidates.value.filter((c) => !c.not_offered));
const notOffered = computed(() => candidates.value.filter((c) => c.not_offered));
async function startSwap(lesson, from) {
    swap.value = { lesson, from };
    swapTo.value = "";
    swapFailure.value = null;
    candidates.value = [];
    await attempt(swapFailure, async () => {
        const r = await commands.swapCandidates({ lesson, from });
        if (swap.value?.lesson === lesson && swap.value.from === from)
            candidates.value = r.judges;
    });
}
const whyNot = (c) => {
    const n = c.not_offered;
    if (!n)
        return "";
    return n.code === "recused" ? t(`assign.reasons.${n.reason}`) : t(`assign.notOffered.${n.code}`, n.code === "other_panel" ? { panel: n.panel, lessonPanel: n.lesson_panel } : {});
};
async function doSwap() {
    const s = swap.value;
    const to = swapTo.value;
    if (!s || !to)
        return;
    await attempt(swapFailure, async () => {
        store.assignment = await commands.swapJudge({ lesson: s.lesson, from: s.from, to });
        ElMessage.success(t("assign.swapped", { lesson: s.lesson, from: judgeName(s.from), to: judgeName(to) }));
        swap.value = null;
    });
}
// one workbook per judge, written off the window's thread: a national panel's thousand sheets
// take seconds, so the bar moves as they are written
const exporting = ref(null);
async function exportSheets() {
    const dir = await pickFolder(t("assign.exportSheets"));
    if (!dir)
        return;
    exporting.value = { done: 0, total: 0 };
    await attempt(failure, async () => {
        const r = await commands.exportSheets({ dir }, (p) => (exporting.value = p));
        ElMessage.success(t("assign.exported", { n: r.files.length, dir }));
    });
    exporting.value = null;
}
async function run() {
    busy.value = true;
    await attempt(failure, async () => {
        store.assignment = await commands.assign();
    });
    busy.value = false;
}
const __VLS_ctx = {};
let __VLS_components;
let __VLS_intrinsics;
let __VLS_directives;
void __VLS_ctx, __VLS_components, __VLS_intrinsics, __VLS_directives;
const __VLS_template = () => {
    __VLS_withDotValue(a, {});
    __VLS_withDotValue(exporting, {});
    __VLS_withDotValue(failure, {});
    __VLS_withDotValue(filter, {});
    __VLS_withDotValue(store, {});
    __VLS_withDotValue(rows, {});
    __VLS_withDotValue(swap, {});
    __VLS_withDotValue(notOffered, {});
    __VLS_withDotValue(swapFailure, {});
    __VLS_withDotValue(swapTo, {});
    void {};
    /** @type {__VLS_StyleScopedClasses['col']} */ ;
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "assignment" },
    });
    /** @type {__VLS_StyleScopedClasses['assignment']} */ ;
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "toolbar" },
    });
    /** @type {__VLS_StyleScopedClasses['toolbar']} */ ;
    let __VLS_0;
    /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
    elButton;
    // @ts-ignore
    const __VLS_1 = __VLS_asFunctionalComponent1(__VLS_0, new __VLS_0({
        // @ts-ignore
        ...{ 'onClick': {} }, type: "primary", loading: (__VLS_unwrap(busy, {})), dataTest: "run-assign",
    }));
    const __VLS_2 = __VLS_1({
        ...{ 'onClick': {} },
        type: "primary",
        loading: (__VLS_unwrap(busy, {})),
        dataTest: "run-assign",
    }, ...__VLS_functionalComponentArgsRest(__VLS_1));
    let __VLS_5;
    const __VLS_6 = {
        /** @type {typeof __VLS_5.click} */
        onClick: (run),
    };
    void __VLS_6;
    var __VLS_3;
    var __VLS_4;
    const { default: __VLS_7 } = __VLS_nonNull(__VLS_3.slots);
    (__VLS_unwrap(t, {})("assign.run"));
    // @ts-ignore
    [busy, t,];
    let __VLS_8;
    /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
    elButton;
    // @ts-ignore
    const __VLS_9 = __VLS_asFunctionalComponent1(__VLS_8, new __VLS_8({
        // @ts-ignore
        ...{ 'onClick': {} }, disabled: (!a.value || !a.value.pairs.length), loading: (exporting.value !== null), dataTest: "export-sheets",
    }));
    const __VLS_10 = __VLS_9({
        ...{ 'onClick': {} },
        disabled: (!a.value || !a.value.pairs.length),
        loading: (exporting.value !== null),
        dataTest: "export-sheets",
    }, ...__VLS_functionalComponentArgsRest(__VLS_9));
    let __VLS_13;
    const __VLS_14 = {
        /** @type {typeof __VLS_13.click} */
        onClick: (exportSheets),
    };
    void __VLS_14;
    var __VLS_11;
    var __VLS_12;
    const { default: __VLS_15 } = __VLS_nonNull(__VLS_11.slots);
    (__VLS_unwrap(t, {})("assign.exportSheets"));
    // @ts-ignore
    [t, a, a, exporting,];
    if (exporting.value && exporting.value.total) {
        let __VLS_16;
        /** @ts-ignore @type { | typeof __VLS_components.elProgress | typeof __VLS_components.ElProgress | typeof __VLS_components['el-progress']} */
        elProgress;
        // @ts-ignore
        const __VLS_17 = __VLS_asFunctionalComponent1(__VLS_16, new __VLS_16({
            // @ts-ignore
            percentage: (Math.round((exporting.value.done / exporting.value.total) * 100)), strokeWidth: (14), textInside: true, ...{ class: "bar" }, dataTest: "export-progress",
        }));
        const __VLS_18 = __VLS_17({
            percentage: (Math.round((exporting.value.done / exporting.value.total) * 100)),
            strokeWidth: (14),
            textInside: true,
            ...{ class: "bar" },
            dataTest: "export-progress",
        }, ...__VLS_functionalComponentArgsRest(__VLS_17));
        /** @type {__VLS_StyleScopedClasses['bar']} */ ;
    }
    if (a.value) {
        __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
            ...{ class: "summary" },
            'data-test': "assign-summary",
        });
        /** @type {__VLS_StyleScopedClasses['summary']} */ ;
        (__VLS_unwrap(t, {})("assign.summary", { pairs: a.value.pairs.length, recusals: a.value.recusals.length, shortfalls: a.value.shortfalls.length }));
    }
    if (failure.value) {
        let __VLS_21;
        /** @ts-ignore @type { | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert']} */
        elAlert;
        // @ts-ignore
        const __VLS_22 = __VLS_asFunctionalComponent1(__VLS_21, new __VLS_21({
            // @ts-ignore
            type: "error", title: (__VLS_unwrap(describeError, {})(__VLS_unwrap(t, {}), failure.value)), showIcon: true,
        }));
        const __VLS_23 = __VLS_22({
            type: "error",
            title: (__VLS_unwrap(describeError, {})(__VLS_unwrap(t, {}), failure.value)),
            showIcon: true,
        }, ...__VLS_functionalComponentArgsRest(__VLS_22));
    }
    if (a.value && a.value.shortfalls.length) {
        let __VLS_26;
        /** @ts-ignore @type { | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert'] | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert']} */
        elAlert;
        // @ts-ignore
        const __VLS_27 = __VLS_asFunctionalComponent1(__VLS_26, new __VLS_26({
            // @ts-ignore
            type: "error", closable: (false), showIcon: true, title: (__VLS_unwrap(t, {})('assign.shortTitle', { n: a.value.shortfalls.length })), dataTest: "shortfalls",
        }));
        const __VLS_28 = __VLS_27({
            type: "error",
            closable: (false),
            showIcon: true,
            title: (__VLS_unwrap(t, {})('assign.shortTitle', { n: a.value.shortfalls.length })),
            dataTest: "shortfalls",
        }, ...__VLS_functionalComponentArgsRest(__VLS_27));
        var __VLS_29;
        const { default: __VLS_31 } = __VLS_nonNull(__VLS_29.slots);
        const __VLS_32 = __VLS_tryAsConstant((a.value.shortfalls));
        for (const [s] of __VLS_vFor(__VLS_nonNull(__VLS_32))) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({
                key: (s.lesson),
                ...{ class: "short" },
            });
            /** @type {__VLS_StyleScopedClasses['short']} */ ;
            (__VLS_unwrap(t, {})(s.panel ? "assign.short" : "assign.noPanel", { lesson: s.lesson, title: __VLS_unwrap(lessonTitle, {})(s.lesson), assigned: s.assigned, required: s.required, panel: s.panel }));
            // @ts-ignore
            [t, t, t, t, a, a, a, a, a, a, a, a, exporting, exporting, exporting, exporting, failure, failure, describeError, lessonTitle,];
        }
        // @ts-ignore
        [];
    }
    let __VLS_33;
    /** @ts-ignore @type { | typeof __VLS_components.elTabs | typeof __VLS_components.ElTabs | typeof __VLS_components['el-tabs'] | typeof __VLS_components.elTabs | typeof __VLS_components.ElTabs | typeof __VLS_components['el-tabs']} */
    elTabs;
    // @ts-ignore
    const __VLS_34 = __VLS_asFunctionalComponent1(__VLS_33, new __VLS_33({
        // @ts-ignore
        modelValue: (__VLS_unwrap(view, {})),
    }));
    const __VLS_35 = __VLS_34({
        modelValue: (__VLS_unwrap(view, {})),
    }, ...__VLS_functionalComponentArgsRest(__VLS_34));
    var __VLS_36;
    const { default: __VLS_38 } = __VLS_nonNull(__VLS_36.slots);
    let __VLS_39;
    /** @ts-ignore @type { | typeof __VLS_components.elTabPane | typeof __VLS_components.ElTabPane | typeof __VLS_components['el-tab-pane'] | typeof __VLS_components.elTabPane | typeof __VLS_components.ElTabPane | typeof __VLS_components['el-tab-pane']} */
    elTabPane;
    // @ts-ignore
    const __VLS_40 = __VLS_asFunctionalComponent1(__VLS_39, new __VLS_39({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('assign.who')), name: "who",
    }));
    const __VLS_41 = __VLS_40({
        label: (__VLS_unwrap(t, {})('assign.who')),
        name: "who",
    }, ...__VLS_functionalComponentArgsRest(__VLS_40));
    var __VLS_42;
    const { default: __VLS_44 } = __VLS_nonNull(__VLS_42.slots);
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "filters" },
    });
    /** @type {__VLS_StyleScopedClasses['filters']} */ ;
    let __VLS_45;
    /** @ts-ignore @type { | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select'] | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select']} */
    elSelect;
    // @ts-ignore
    const __VLS_46 = __VLS_asFunctionalComponent1(__VLS_45, new __VLS_45({
        // @ts-ignore
        modelValue: (filter.value.panel), clearable: true, placeholder: (__VLS_unwrap(t, {})('judges.col.panel')), ...{ style: {} }, dataTest: "assign-filter-panel",
    }));
    const __VLS_47 = __VLS_46({
        modelValue: (filter.value.panel),
        clearable: true,
        placeholder: (__VLS_unwrap(t, {})('judges.col.panel')),
        ...{ style: {} },
        dataTest: "assign-filter-panel",
    }, ...__VLS_functionalComponentArgsRest(__VLS_46));
    var __VLS_48;
    const { default: __VLS_50 } = __VLS_nonNull(__VLS_48.slots);
    const __VLS_51 = __VLS_tryAsConstant((store.value.panels));
    for (const [p] of __VLS_vFor(__VLS_nonNull(__VLS_51))) {
        let __VLS_52;
        /** @ts-ignore @type { | typeof __VLS_components.elOption | typeof __VLS_components.ElOption | typeof __VLS_components['el-option']} */
        elOption;
        // @ts-ignore
        const __VLS_53 = __VLS_asFunctionalComponent1(__VLS_52, new __VLS_52({
            // @ts-ignore
            key: (p.name), value: (p.name), label: (p.name),
        }));
        const __VLS_54 = __VLS_53({
            key: (p.name),
            value: (p.name),
            label: (p.name),
        }, ...__VLS_functionalComponentArgsRest(__VLS_53));
        // @ts-ignore
        [t, t, view, filter, store,];
    }
    // @ts-ignore
    [];
    let __VLS_57;
    /** @ts-ignore @type { | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select'] | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select']} */
    elSelect;
    // @ts-ignore
    const __VLS_58 = __VLS_asFunctionalComponent1(__VLS_57, new __VLS_57({
        // @ts-ignore
        modelValue: (filter.value.region), clearable: true, placeholder: (__VLS_unwrap(t, {})('roster.col.region')), ...{ style: {} },
    }));
    const __VLS_59 = __VLS_58({
        modelValue: (filter.value.region),
        clearable: true,
        placeholder: (__VLS_unwrap(t, {})('roster.col.region')),
        ...{ style: {} },
    }, ...__VLS_functionalComponentArgsRest(__VLS_58));
    var __VLS_60;
    const { default: __VLS_62 } = __VLS_nonNull(__VLS_60.slots);
    const __VLS_63 = __VLS_tryAsConstant((__VLS_unwrap(regions, {})));
    for (const [r] of __VLS_vFor(__VLS_nonNull(__VLS_63))) {
        let __VLS_64;
        /** @ts-ignore @type { | typeof __VLS_components.elOption | typeof __VLS_components.ElOption | typeof __VLS_components['el-option']} */
        elOption;
        // @ts-ignore
        const __VLS_65 = __VLS_asFunctionalComponent1(__VLS_64, new __VLS_64({
            // @ts-ignore
            key: (r), value: (r), label: (r),
        }));
        const __VLS_66 = __VLS_65({
            key: (r),
            value: (r),
            label: (r),
        }, ...__VLS_functionalComponentArgsRest(__VLS_65));
        // @ts-ignore
        [t, filter, regions,];
    }
    // @ts-ignore
    [];
    let __VLS_69;
    /** @ts-ignore @type { | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select'] | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select']} */
    elSelect;
    // @ts-ignore
    const __VLS_70 = __VLS_asFunctionalComponent1(__VLS_69, new __VLS_69({
        // @ts-ignore
        modelValue: (filter.value.judge), clearable: true, filterable: true, placeholder: (__VLS_unwrap(t, {})('assign.judgeFilter')), ...{ style: {} }, dataTest: "assign-filter-judge",
    }));
    const __VLS_71 = __VLS_70({
        modelValue: (filter.value.judge),
        clearable: true,
        filterable: true,
        placeholder: (__VLS_unwrap(t, {})('assign.judgeFilter')),
        ...{ style: {} },
        dataTest: "assign-filter-judge",
    }, ...__VLS_functionalComponentArgsRest(__VLS_70));
    var __VLS_72;
    const { default: __VLS_74 } = __VLS_nonNull(__VLS_72.slots);
    const __VLS_75 = __VLS_tryAsConstant((store.value.judges));
    for (const [j] of __VLS_vFor(__VLS_nonNull(__VLS_75))) {
        let __VLS_76;
        /** @ts-ignore @type { | typeof __VLS_components.elOption | typeof __VLS_components.ElOption | typeof __VLS_components['el-option']} */
        elOption;
        // @ts-ignore
        const __VLS_77 = __VLS_asFunctionalComponent1(__VLS_76, new __VLS_76({
            // @ts-ignore
            key: (j.id), value: (j.id), label: (__VLS_unwrap(t, {})('assign.judgeLoad', { id: j.id, name: j.name, n: __VLS_unwrap(loadOf, {})(j.id) })),
        }));
        const __VLS_78 = __VLS_77({
            key: (j.id),
            value: (j.id),
            label: (__VLS_unwrap(t, {})('assign.judgeLoad', { id: j.id, name: j.name, n: __VLS_unwrap(loadOf, {})(j.id) })),
        }, ...__VLS_functionalComponentArgsRest(__VLS_77));
        // @ts-ignore
        [t, t, filter, store, loadOf,];
    }
    // @ts-ignore
    [];
    __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
        ...{ class: "summary" },
    });
    /** @type {__VLS_StyleScopedClasses['summary']} */ ;
    (__VLS_unwrap(t, {})("assign.shown", { n: rows.value.length }));
    let __VLS_81;
    /** @ts-ignore @type { | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table'] | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table']} */
    elTable;
    // @ts-ignore
    const __VLS_82 = __VLS_asFunctionalComponent1(__VLS_81, new __VLS_81({
        // @ts-ignore
        data: (__VLS_unwrap(pageRows, {})), border: true, size: "small", maxHeight: "calc(100vh - 300px)", dataTest: "who-table",
    }));
    const __VLS_83 = __VLS_82({
        data: (__VLS_unwrap(pageRows, {})),
        border: true,
        size: "small",
        maxHeight: "calc(100vh - 300px)",
        dataTest: "who-table",
    }, ...__VLS_functionalComponentArgsRest(__VLS_82));
    var __VLS_84;
    const { default: __VLS_86 } = __VLS_nonNull(__VLS_84.slots);
    let __VLS_87;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_88 = __VLS_asFunctionalComponent1(__VLS_87, new __VLS_87({
        // @ts-ignore
        prop: "lesson", label: "ID", width: "80",
    }));
    const __VLS_89 = __VLS_88({
        prop: "lesson",
        label: "ID",
        width: "80",
    }, ...__VLS_functionalComponentArgsRest(__VLS_88));
    let __VLS_92;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_93 = __VLS_asFunctionalComponent1(__VLS_92, new __VLS_92({
        // @ts-ignore
        prop: "title", label: (__VLS_unwrap(t, {})('roster.col.title')), minWidth: "160",
    }));
    const __VLS_94 = __VLS_93({
        prop: "title",
        label: (__VLS_unwrap(t, {})('roster.col.title')),
        minWidth: "160",
    }, ...__VLS_functionalComponentArgsRest(__VLS_93));
    let __VLS_97;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_98 = __VLS_asFunctionalComponent1(__VLS_97, new __VLS_97({
        // @ts-ignore
        prop: "region", label: (__VLS_unwrap(t, {})('roster.col.region')), width: "90",
    }));
    const __VLS_99 = __VLS_98({
        prop: "region",
        label: (__VLS_unwrap(t, {})('roster.col.region')),
        width: "90",
    }, ...__VLS_functionalComponentArgsRest(__VLS_98));
    let __VLS_102;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_103 = __VLS_asFunctionalComponent1(__VLS_102, new __VLS_102({
        // @ts-ignore
        prop: "school", label: (__VLS_unwrap(t, {})('roster.col.school')), minWidth: "140",
    }));
    const __VLS_104 = __VLS_103({
        prop: "school",
        label: (__VLS_unwrap(t, {})('roster.col.school')),
        minWidth: "140",
    }, ...__VLS_functionalComponentArgsRest(__VLS_103));
    let __VLS_107;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_108 = __VLS_asFunctionalComponent1(__VLS_107, new __VLS_107({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('assign.judges')), minWidth: "260",
    }));
    const __VLS_109 = __VLS_108({
        label: (__VLS_unwrap(t, {})('assign.judges')),
        minWidth: "260",
    }, ...__VLS_functionalComponentArgsRest(__VLS_108));
    var __VLS_110;
    const { default: __VLS_112 } = __VLS_nonNull(__VLS_110.slots);
    {
        const { default: __VLS_113 } = __VLS_nonNull(__VLS_110.slots);
        const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_113));
        const __VLS_114 = __VLS_tryAsConstant((row.judges));
        for (const [j] of __VLS_vFor(__VLS_nonNull(__VLS_114))) {
            let __VLS_115;
            /** @ts-ignore @type { | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag'] | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag']} */
            elTag;
            // @ts-ignore
            const __VLS_116 = __VLS_asFunctionalComponent1(__VLS_115, new __VLS_115({
                // @ts-ignore
                key: (j.id), ...{ class: "jt" }, effect: "plain", type: (filter.value.judge === j.id ? 'danger' : 'info'),
            }));
            const __VLS_117 = __VLS_116({
                key: (j.id),
                ...{ class: "jt" },
                effect: "plain",
                type: (filter.value.judge === j.id ? 'danger' : 'info'),
            }, ...__VLS_functionalComponentArgsRest(__VLS_116));
            /** @type {__VLS_StyleScopedClasses['jt']} */ ;
            var __VLS_118;
            const { default: __VLS_120 } = __VLS_nonNull(__VLS_118.slots);
            (j.id);
            (j.name);
            let __VLS_121;
            /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
            elButton;
            // @ts-ignore
            const __VLS_122 = __VLS_asFunctionalComponent1(__VLS_121, new __VLS_121({
                // @ts-ignore
                ...{ 'onClick': {} }, link: true, size: "small", type: "primary", dataTest: (`swap-${row.lesson}-${j.id}`),
            }));
            const __VLS_123 = __VLS_122({
                ...{ 'onClick': {} },
                link: true,
                size: "small",
                type: "primary",
                dataTest: (`swap-${row.lesson}-${j.id}`),
            }, ...__VLS_functionalComponentArgsRest(__VLS_122));
            let __VLS_126;
            const __VLS_127 = {
                /** @type {typeof __VLS_126.click} */
                onClick: (...[$event]) => {
                    void $event;
                    return (startSwap(row.lesson, j.id));
                    // @ts-ignore
                    [t, t, t, t, t, filter, rows, pageRows,];
                },
            };
            void __VLS_127;
            var __VLS_124;
            var __VLS_125;
            const { default: __VLS_128 } = __VLS_nonNull(__VLS_124.slots);
            (__VLS_unwrap(t, {})("assign.swap"));
            // @ts-ignore
            [t,];
            // @ts-ignore
            [];
            // @ts-ignore
            [];
        }
        // @ts-ignore
        [];
    }
    // @ts-ignore
    [];
    // @ts-ignore
    [];
    const __VLS_129 = Pager;
    // @ts-ignore
    const __VLS_130 = __VLS_asFunctionalComponent1(__VLS_129, new __VLS_129({
        // @ts-ignore
        page: (__VLS_unwrap(page, {})), size: (__VLS_unwrap(size, {})), total: (rows.value.length),
    }));
    const __VLS_131 = __VLS_130({
        page: (__VLS_unwrap(page, {})),
        size: (__VLS_unwrap(size, {})),
        total: (rows.value.length),
    }, ...__VLS_functionalComponentArgsRest(__VLS_130));
    // @ts-ignore
    [rows, page, size,];
    let __VLS_134;
    /** @ts-ignore @type { | typeof __VLS_components.elTabPane | typeof __VLS_components.ElTabPane | typeof __VLS_components['el-tab-pane'] | typeof __VLS_components.elTabPane | typeof __VLS_components.ElTabPane | typeof __VLS_components['el-tab-pane']} */
    elTabPane;
    // @ts-ignore
    const __VLS_135 = __VLS_asFunctionalComponent1(__VLS_134, new __VLS_134({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('assign.loadsAndRecusals')), name: "loads",
    }));
    const __VLS_136 = __VLS_135({
        label: (__VLS_unwrap(t, {})('assign.loadsAndRecusals')),
        name: "loads",
    }, ...__VLS_functionalComponentArgsRest(__VLS_135));
    var __VLS_137;
    const { default: __VLS_139 } = __VLS_nonNull(__VLS_137.slots);
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "cols" },
    });
    /** @type {__VLS_StyleScopedClasses['cols']} */ ;
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "col" },
    });
    /** @type {__VLS_StyleScopedClasses['col']} */ ;
    __VLS_asFunctionalElement1(__VLS_intrinsics.h3, __VLS_intrinsics.h3)({});
    (__VLS_unwrap(t, {})("assign.loads"));
    let __VLS_140;
    /** @ts-ignore @type { | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table'] | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table']} */
    elTable;
    // @ts-ignore
    const __VLS_141 = __VLS_asFunctionalComponent1(__VLS_140, new __VLS_140({
        // @ts-ignore
        data: (__VLS_unwrap(loads, {})), border: true, size: "small", maxHeight: "calc(100vh - 300px)", dataTest: "load-table",
    }));
    const __VLS_142 = __VLS_141({
        data: (__VLS_unwrap(loads, {})),
        border: true,
        size: "small",
        maxHeight: "calc(100vh - 300px)",
        dataTest: "load-table",
    }, ...__VLS_functionalComponentArgsRest(__VLS_141));
    var __VLS_143;
    const { default: __VLS_145 } = __VLS_nonNull(__VLS_143.slots);
    let __VLS_146;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_147 = __VLS_asFunctionalComponent1(__VLS_146, new __VLS_146({
        // @ts-ignore
        prop: "judge", label: "ID", width: "70",
    }));
    const __VLS_148 = __VLS_147({
        prop: "judge",
        label: "ID",
        width: "70",
    }, ...__VLS_functionalComponentArgsRest(__VLS_147));
    let __VLS_151;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_152 = __VLS_asFunctionalComponent1(__VLS_151, new __VLS_151({
        // @ts-ignore
        prop: "name", label: (__VLS_unwrap(t, {})('judges.col.name')),
    }));
    const __VLS_153 = __VLS_152({
        prop: "name",
        label: (__VLS_unwrap(t, {})('judges.col.name')),
    }, ...__VLS_functionalComponentArgsRest(__VLS_152));
    let __VLS_156;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_157 = __VLS_asFunctionalComponent1(__VLS_156, new __VLS_156({
        // @ts-ignore
        prop: "panel", label: (__VLS_unwrap(t, {})('judges.col.panel')),
    }));
    const __VLS_158 = __VLS_157({
        prop: "panel",
        label: (__VLS_unwrap(t, {})('judges.col.panel')),
    }, ...__VLS_functionalComponentArgsRest(__VLS_157));
    let __VLS_161;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_162 = __VLS_asFunctionalComponent1(__VLS_161, new __VLS_161({
        // @ts-ignore
        prop: "lessons", label: (__VLS_unwrap(t, {})('assign.load')), width: "90", align: "right",
    }));
    const __VLS_163 = __VLS_162({
        prop: "lessons",
        label: (__VLS_unwrap(t, {})('assign.load')),
        width: "90",
        align: "right",
    }, ...__VLS_functionalComponentArgsRest(__VLS_162));
    // @ts-ignore
    [t, t, t, t, t, loads,];
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "col" },
    });
    /** @type {__VLS_StyleScopedClasses['col']} */ ;
    __VLS_asFunctionalElement1(__VLS_intrinsics.h3, __VLS_intrinsics.h3)({});
    (__VLS_unwrap(t, {})("assign.recusals"));
    let __VLS_166;
    /** @ts-ignore @type { | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table'] | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table']} */
    elTable;
    // @ts-ignore
    const __VLS_167 = __VLS_asFunctionalComponent1(__VLS_166, new __VLS_166({
        // @ts-ignore
        data: (a.value?.recusals ?? []), border: true, size: "small", maxHeight: "calc(100vh - 300px)", dataTest: "recusal-table",
    }));
    const __VLS_168 = __VLS_167({
        data: (a.value?.recusals ?? []),
        border: true,
        size: "small",
        maxHeight: "calc(100vh - 300px)",
        dataTest: "recusal-table",
    }, ...__VLS_functionalComponentArgsRest(__VLS_167));
    var __VLS_169;
    const { default: __VLS_171 } = __VLS_nonNull(__VLS_169.slots);
    let __VLS_172;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_173 = __VLS_asFunctionalComponent1(__VLS_172, new __VLS_172({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('judges.col.name')), width: "110",
    }));
    const __VLS_174 = __VLS_173({
        label: (__VLS_unwrap(t, {})('judges.col.name')),
        width: "110",
    }, ...__VLS_functionalComponentArgsRest(__VLS_173));
    var __VLS_175;
    const { default: __VLS_177 } = __VLS_nonNull(__VLS_175.slots);
    {
        const { default: __VLS_178 } = __VLS_nonNull(__VLS_175.slots);
        const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_178));
        (row.judge);
        (__VLS_unwrap(judgeName, {})(row.judge));
        // @ts-ignore
        [t, t, a, judgeName,];
    }
    // @ts-ignore
    [];
    let __VLS_179;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_180 = __VLS_asFunctionalComponent1(__VLS_179, new __VLS_179({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('roster.col.title')),
    }));
    const __VLS_181 = __VLS_180({
        label: (__VLS_unwrap(t, {})('roster.col.title')),
    }, ...__VLS_functionalComponentArgsRest(__VLS_180));
    var __VLS_182;
    const { default: __VLS_184 } = __VLS_nonNull(__VLS_182.slots);
    {
        const { default: __VLS_185 } = __VLS_nonNull(__VLS_182.slots);
        const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_185));
        (row.lesson);
        (__VLS_unwrap(lessonTitle, {})(row.lesson));
        // @ts-ignore
        [t, lessonTitle,];
    }
    // @ts-ignore
    [];
    let __VLS_186;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_187 = __VLS_asFunctionalComponent1(__VLS_186, new __VLS_186({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('assign.reason')), width: "120",
    }));
    const __VLS_188 = __VLS_187({
        label: (__VLS_unwrap(t, {})('assign.reason')),
        width: "120",
    }, ...__VLS_functionalComponentArgsRest(__VLS_187));
    var __VLS_189;
    const { default: __VLS_191 } = __VLS_nonNull(__VLS_189.slots);
    {
        const { default: __VLS_192 } = __VLS_nonNull(__VLS_189.slots);
        const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_192));
        (__VLS_unwrap(codeText, {})(__VLS_unwrap(t, {}), "assign.reasons", row.reason));
        // @ts-ignore
        [t, t, codeText,];
    }
    // @ts-ignore
    [];
    // @ts-ignore
    [];
    // @ts-ignore
    [];
    // @ts-ignore
    [];
    let __VLS_193;
    /** @ts-ignore @type { | typeof __VLS_components.elDialog | typeof __VLS_components.ElDialog | typeof __VLS_components['el-dialog'] | typeof __VLS_components.elDialog | typeof __VLS_components.ElDialog | typeof __VLS_components['el-dialog']} */
    elDialog;
    // @ts-ignore
    const __VLS_194 = __VLS_asFunctionalComponent1(__VLS_193, new __VLS_193({
        // @ts-ignore
        ...{ 'onUpdate:modelValue': {} }, modelValue: (swap.value !== null), title: (__VLS_unwrap(t, {})('assign.swapTitle')), width: "520px", closeOnClickModal: (false), dataTest: "swap-dialog",
    }));
    const __VLS_195 = __VLS_194({
        ...{ 'onUpdate:modelValue': {} },
        modelValue: (swap.value !== null),
        title: (__VLS_unwrap(t, {})('assign.swapTitle')),
        width: "520px",
        closeOnClickModal: (false),
        dataTest: "swap-dialog",
    }, ...__VLS_functionalComponentArgsRest(__VLS_194));
    let __VLS_198;
    const __VLS_199 = {
        /** @type {typeof __VLS_198.'update:modelValue'} */
        'onUpdate:modelValue': (...[$event]) => {
            void $event;
            return (swap.value = null);
            // @ts-ignore
            [t, swap, swap,];
        },
    };
    void __VLS_199;
    var __VLS_196;
    var __VLS_197;
    const { default: __VLS_200 } = __VLS_nonNull(__VLS_196.slots);
    if (swap.value) {
        __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({});
        (__VLS_unwrap(t, {})("assign.swapText", { lesson: swap.value.lesson, title: __VLS_unwrap(lessonTitle, {})(swap.value.lesson), from: __VLS_unwrap(judgeName, {})(swap.value.from) }));
    }
    let __VLS_201;
    /** @ts-ignore @type { | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select'] | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select']} */
    elSelect;
    // @ts-ignore
    const __VLS_202 = __VLS_asFunctionalComponent1(__VLS_201, new __VLS_201({
        // @ts-ignore
        modelValue: (swapTo.value), filterable: true, ...{ style: {} }, placeholder: (__VLS_unwrap(t, {})('assign.swapTo')), dataTest: "swap-to",
    }));
    const __VLS_203 = __VLS_202({
        modelValue: (swapTo.value),
        filterable: true,
        ...{ style: {} },
        placeholder: (__VLS_unwrap(t, {})('assign.swapTo')),
        dataTest: "swap-to",
    }, ...__VLS_functionalComponentArgsRest(__VLS_202));
    var __VLS_204;
    const { default: __VLS_206 } = __VLS_nonNull(__VLS_204.slots);
    const __VLS_207 = __VLS_tryAsConstant((__VLS_unwrap(offered, {})));
    for (const [c] of __VLS_vFor(__VLS_nonNull(__VLS_207))) {
        let __VLS_208;
        /** @ts-ignore @type { | typeof __VLS_components.elOption | typeof __VLS_components.ElOption | typeof __VLS_components['el-option']} */
        elOption;
        // @ts-ignore
        const __VLS_209 = __VLS_asFunctionalComponent1(__VLS_208, new __VLS_208({
            // @ts-ignore
            key: (c.judge.id), value: (c.judge.id), label: (__VLS_unwrap(t, {})('assign.judgeLoad', { id: c.judge.id, name: c.judge.name, n: __VLS_unwrap(loadOf, {})(c.judge.id) }) + ' · ' + c.judge.panel),
        }));
        const __VLS_210 = __VLS_209({
            key: (c.judge.id),
            value: (c.judge.id),
            label: (__VLS_unwrap(t, {})('assign.judgeLoad', { id: c.judge.id, name: c.judge.name, n: __VLS_unwrap(loadOf, {})(c.judge.id) }) + ' · ' + c.judge.panel),
        }, ...__VLS_functionalComponentArgsRest(__VLS_209));
        // @ts-ignore
        [t, t, t, lessonTitle, loadOf, judgeName, swap, swap, swap, swap, swapTo, offered,];
    }
    if (notOffered.value.length) {
        let __VLS_213;
        /** @ts-ignore @type { | typeof __VLS_components.elOptionGroup | typeof __VLS_components.ElOptionGroup | typeof __VLS_components['el-option-group'] | typeof __VLS_components.elOptionGroup | typeof __VLS_components.ElOptionGroup | typeof __VLS_components['el-option-group']} */
        elOptionGroup;
        // @ts-ignore
        const __VLS_214 = __VLS_asFunctionalComponent1(__VLS_213, new __VLS_213({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('assign.notOfferedTitle')),
        }));
        const __VLS_215 = __VLS_214({
            label: (__VLS_unwrap(t, {})('assign.notOfferedTitle')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_214));
        var __VLS_216;
        const { default: __VLS_218 } = __VLS_nonNull(__VLS_216.slots);
        const __VLS_219 = __VLS_tryAsConstant((notOffered.value));
        for (const [c] of __VLS_vFor(__VLS_nonNull(__VLS_219))) {
            let __VLS_220;
            /** @ts-ignore @type { | typeof __VLS_components.elOption | typeof __VLS_components.ElOption | typeof __VLS_components['el-option']} */
            elOption;
            // @ts-ignore
            const __VLS_221 = __VLS_asFunctionalComponent1(__VLS_220, new __VLS_220({
                // @ts-ignore
                key: (c.judge.id), value: (c.judge.id), disabled: true, label: (`${c.judge.id} ${c.judge.name} · ${__VLS_unwrap(whyNot, {})(c)}`), dataTest: (`not-offered-${c.judge.id}`),
            }));
            const __VLS_222 = __VLS_221({
                key: (c.judge.id),
                value: (c.judge.id),
                disabled: true,
                label: (`${c.judge.id} ${c.judge.name} · ${__VLS_unwrap(whyNot, {})(c)}`),
                dataTest: (`not-offered-${c.judge.id}`),
            }, ...__VLS_functionalComponentArgsRest(__VLS_221));
            // @ts-ignore
            [t, notOffered, notOffered, whyNot,];
        }
        // @ts-ignore
        [];
    }
    // @ts-ignore
    [];
    if (swapFailure.value) {
        let __VLS_225;
        /** @ts-ignore @type { | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert'] | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert']} */
        elAlert;
        // @ts-ignore
        const __VLS_226 = __VLS_asFunctionalComponent1(__VLS_225, new __VLS_225({
            // @ts-ignore
            type: "error", closable: (false), showIcon: true, title: (__VLS_unwrap(t, {})('assign.swapRefused')), ...{ class: "sf" },
        }));
        const __VLS_227 = __VLS_226({
            type: "error",
            closable: (false),
            showIcon: true,
            title: (__VLS_unwrap(t, {})('assign.swapRefused')),
            ...{ class: "sf" },
        }, ...__VLS_functionalComponentArgsRest(__VLS_226));
        /** @type {__VLS_StyleScopedClasses['sf']} */ ;
        var __VLS_228;
        const { default: __VLS_230 } = __VLS_nonNull(__VLS_228.slots);
        const __VLS_231 = __VLS_tryAsConstant((swapFailure.value.details));
        for (const [p, i] of __VLS_vFor(__VLS_nonNull(__VLS_231))) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
                key: (i),
            });
            (__VLS_unwrap(describeProblem, {})(__VLS_unwrap(t, {}), p));
            // @ts-ignore
            [t, t, swapFailure, swapFailure, describeProblem,];
        }
        // @ts-ignore
        [];
    }
    {
        const { footer: __VLS_232 } = __VLS_nonNull(__VLS_196.slots);
        let __VLS_233;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_234 = __VLS_asFunctionalComponent1(__VLS_233, new __VLS_233({
            // @ts-ignore
            ...{ 'onClick': {} },
        }));
        const __VLS_235 = __VLS_234({
            ...{ 'onClick': {} },
        }, ...__VLS_functionalComponentArgsRest(__VLS_234));
        let __VLS_238;
        const __VLS_239 = {
            /** @type {typeof __VLS_238.click} */
            onClick: (...[$event]) => {
                void $event;
                return (swap.value = null);
                // @ts-ignore
                [swap,];
            },
        };
        void __VLS_239;
        var __VLS_236;
        var __VLS_237;
        const { default: __VLS_240 } = __VLS_nonNull(__VLS_236.slots);
        (__VLS_unwrap(t, {})("common.cancel"));
        // @ts-ignore
        [t,];
        let __VLS_241;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_242 = __VLS_asFunctionalComponent1(__VLS_241, new __VLS_241({
            // @ts-ignore
            ...{ 'onClick': {} }, type: "primary", disabled: (!swapTo.value), dataTest: "swap-save",
        }));
        const __VLS_243 = __VLS_242({
            ...{ 'onClick': {} },
            type: "primary",
            disabled: (!swapTo.value),
            dataTest: "swap-save",
        }, ...__VLS_functionalComponentArgsRest(__VLS_242));
        let __VLS_246;
        const __VLS_247 = {
            /** @type {typeof __VLS_246.click} */
            onClick: (doSwap),
        };
        void __VLS_247;
        var __VLS_244;
        var __VLS_245;
        const { default: __VLS_248 } = __VLS_nonNull(__VLS_244.slots);
        (__VLS_unwrap(t, {})("assign.swap"));
        // @ts-ignore
        [t, swapTo,];
        // @ts-ignore
        [];
    }
    // @ts-ignore
    [];
    // @ts-ignore
    [];
    return {};
};
void [__VLS_template];
const __VLS_export = (await import('vue')).defineComponent({});
export default {};
