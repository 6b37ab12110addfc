import { codeText } from "../../locales/keys";
import { attempt } from "../../logic/attempt";
// 形式审查: the clerk points the app at the folder of downloaded submissions; every lesson's
// materials and videos are checked against the notice, with progress, and the table shows ✓/✗
// per material and per video rule. A row opens the lesson's files and findings.
import { computed, onMounted, ref } from "vue";
import { useT } from "../../i18n";
import { ElMessage } from "element-plus";
import { CHECK_STATUSES, commands, pickFolder, pickSavePath } from "../../ipc";
import { describeError } from "../../logic/problems";
import Pager from "../../components/Pager.vue";
import { usePages } from "../../logic/pages";
import SimilarPanel from "./modules/SimilarPanel.vue";
import { VIDEO_RULES, findingText, matchesFilter, materialColumns, materialMark, videoMark } from "./logic/materials";
const { t, locale } = useT();
// the video checks' one-word headers: wider in English (Readable, Aspect, Length) so no word breaks
const videoWidth = computed(() => (locale.value === "en-US" ? 80 : 56));
const checks = ref([]);
const run = ref(null);
const lessons = ref([]);
const failure = ref(null);
const progress = ref(null);
const filter = ref({ status: "", region: "", search: "" });
const open = ref(null);
const excluded = ref({});
const excludeReason = ref("");
// 形式审查 and 查重 side by side, as tabs of one page
const pane = ref("check");
const lessonOf = computed(() => new Map(lessons.value.map((l) => [l.id, l])));
const regions = computed(() => [...new Set(lessons.value.map((l) => l.region))].filter(Boolean).sort());
const columns = computed(() => materialColumns(checks.value));
const rows = computed(() => checks.value.filter((c) => matchesFilter(c, lessonOf.value.get(c.lesson), filter.value)));
const { page, size, shown: pageRows } = usePages(rows);
const statusType = (s) => ({ passed: "success", warnings: "warning", failed: "danger" })[s];
const mark = (m) => (m === "ok" ? "✓" : m === "bad" ? "✗" : "");
async function load() {
    await attempt(failure, async () => {
        const view = await commands.materials();
        checks.value = view.lessons;
        run.value = view.run;
        excluded.value = view.excluded;
        lessons.value = (await commands.lessons()).lessons;
    });
}
async function choose() {
    const dir = await pickFolder(t("materials.chooseTitle"));
    if (!dir)
        return;
    failure.value = null;
    progress.value = { done: 0, total: 0 };
    await attempt(failure, async () => {
        const report = await commands.checkMaterials({ dir }, (p) => (progress.value = p));
        const failed = report.lessons.filter((l) => l.status === "failed").length;
        ElMessage[failed ? "warning" : "success"](t("materials.done", { n: report.lessons.length, failed }));
        await load();
    });
    progress.value = null;
}
/** Keeps the open lesson out of the evaluation with the reason typed, or takes it back in. */
async function setExcluded(out) {
    const lesson = open.value?.lesson;
    if (!lesson)
        return;
    await attempt(failure, async () => {
        const view = await commands.setExcluded({ lesson, reason: out ? excludeReason.value.trim() : null });
        excluded.value = view.excluded;
        excludeReason.value = "";
        ElMessage.success(t(out ? "materials.excludedDone" : "materials.includedDone"));
    });
}
async function exportReport() {
    const path = await pickSavePath(t("materials.export"), t("materials.exportName"), [{ name: "Excel", extensions: ["xlsx"] }]);
    if (!path)
        return;
    await attempt(failure, async () => {
        await commands.exportMaterials({ path });
        ElMessage.success(t("materials.exported", { path }));
    });
}
onMounted(load);
const __VLS_ctx = {};
let __VLS_components;
let __VLS_intrinsics;
let __VLS_directives;
void __VLS_ctx, __VLS_components, __VLS_intrinsics, __VLS_directives;
const __VLS_template = () => {
    __VLS_withDotValue(pane, {});
    __VLS_withDotValue(progress, {});
    __VLS_withDotValue(run, {});
    __VLS_withDotValue(checks, {});
    __VLS_withDotValue(failure, {});
    __VLS_withDotValue(filter, {});
    __VLS_withDotValue(rows, {});
    __VLS_withDotValue(open, {});
    __VLS_withDotValue(lessonOf, {});
    __VLS_withDotValue(excluded, {});
    __VLS_withDotValue(excludeReason, {});
    void {};
    /** @type {__VLS_StyleScopedClasses['detail']} */ ;
    /** @type {__VLS_StyleScopedClasses['findings']} */ ;
    /** @type {__VLS_StyleScopedClasses['findings']} */ ;
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "materials" },
    });
    /** @type {__VLS_StyleScopedClasses['materials']} */ ;
    let __VLS_0;
    /** @ts-ignore @type { | typeof __VLS_components.elTabs | typeof __VLS_components.ElTabs | typeof __VLS_components['el-tabs'] | typeof __VLS_components.elTabs | typeof __VLS_components.ElTabs | typeof __VLS_components['el-tabs']} */
    elTabs;
    // @ts-ignore
    const __VLS_1 = __VLS_asFunctionalComponent1(__VLS_0, new __VLS_0({
        // @ts-ignore
        modelValue: (pane.value), ...{ class: "panes" }, dataTest: "materials-panes",
    }));
    const __VLS_2 = __VLS_1({
        modelValue: (pane.value),
        ...{ class: "panes" },
        dataTest: "materials-panes",
    }, ...__VLS_functionalComponentArgsRest(__VLS_1));
    /** @type {__VLS_StyleScopedClasses['panes']} */ ;
    var __VLS_3;
    const { default: __VLS_5 } = __VLS_nonNull(__VLS_3.slots);
    let __VLS_6;
    /** @ts-ignore @type { | typeof __VLS_components.elTabPane | typeof __VLS_components.ElTabPane | typeof __VLS_components['el-tab-pane']} */
    elTabPane;
    // @ts-ignore
    const __VLS_7 = __VLS_asFunctionalComponent1(__VLS_6, new __VLS_6({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('similar.tabCheck')), name: "check",
    }));
    const __VLS_8 = __VLS_7({
        label: (__VLS_unwrap(t, {})('similar.tabCheck')),
        name: "check",
    }, ...__VLS_functionalComponentArgsRest(__VLS_7));
    let __VLS_11;
    /** @ts-ignore @type { | typeof __VLS_components.elTabPane | typeof __VLS_components.ElTabPane | typeof __VLS_components['el-tab-pane']} */
    elTabPane;
    // @ts-ignore
    const __VLS_12 = __VLS_asFunctionalComponent1(__VLS_11, new __VLS_11({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('similar.tab')), name: "similar",
    }));
    const __VLS_13 = __VLS_12({
        label: (__VLS_unwrap(t, {})('similar.tab')),
        name: "similar",
    }, ...__VLS_functionalComponentArgsRest(__VLS_12));
    // @ts-ignore
    [pane, t, t,];
    if (pane.value === 'similar') {
        const __VLS_16 = SimilarPanel;
        // @ts-ignore
        const __VLS_17 = __VLS_asFunctionalComponent1(__VLS_16, new __VLS_16({
        // @ts-ignore
        }));
        const __VLS_18 = __VLS_17({}, ...__VLS_functionalComponentArgsRest(__VLS_17));
    }
    else {
        __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
            ...{ class: "toolbar" },
        });
        /** @type {__VLS_StyleScopedClasses['toolbar']} */ ;
        let __VLS_21;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_22 = __VLS_asFunctionalComponent1(__VLS_21, new __VLS_21({
            // @ts-ignore
            ...{ 'onClick': {} }, type: "primary", loading: (progress.value !== null), dataTest: "check-materials",
        }));
        const __VLS_23 = __VLS_22({
            ...{ 'onClick': {} },
            type: "primary",
            loading: (progress.value !== null),
            dataTest: "check-materials",
        }, ...__VLS_functionalComponentArgsRest(__VLS_22));
        let __VLS_26;
        const __VLS_27 = {
            /** @type {typeof __VLS_26.click} */
            onClick: (choose),
        };
        void __VLS_27;
        var __VLS_24;
        var __VLS_25;
        const { default: __VLS_28 } = __VLS_nonNull(__VLS_24.slots);
        (__VLS_unwrap(t, {})("materials.choose"));
        // @ts-ignore
        [pane, t, progress,];
        if (progress.value && progress.value.total) {
            let __VLS_29;
            /** @ts-ignore @type { | typeof __VLS_components.elProgress | typeof __VLS_components.ElProgress | typeof __VLS_components['el-progress']} */
            elProgress;
            // @ts-ignore
            const __VLS_30 = __VLS_asFunctionalComponent1(__VLS_29, new __VLS_29({
                // @ts-ignore
                percentage: (Math.round((progress.value.done / progress.value.total) * 100)), strokeWidth: (14), textInside: true, ...{ class: "bar" }, dataTest: "materials-progress",
            }));
            const __VLS_31 = __VLS_30({
                percentage: (Math.round((progress.value.done / progress.value.total) * 100)),
                strokeWidth: (14),
                textInside: true,
                ...{ class: "bar" },
                dataTest: "materials-progress",
            }, ...__VLS_functionalComponentArgsRest(__VLS_30));
            /** @type {__VLS_StyleScopedClasses['bar']} */ ;
        }
        if (progress.value && progress.value.total) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                ...{ class: "hint" },
            });
            /** @type {__VLS_StyleScopedClasses['hint']} */ ;
            (__VLS_unwrap(t, {})("materials.checking", progress.value));
        }
        else {
            __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                ...{ class: "hint" },
            });
            /** @type {__VLS_StyleScopedClasses['hint']} */ ;
            (run.value ? __VLS_unwrap(t, {})("materials.lastRun", { at: run.value.at.replace("T", " ").slice(0, 16), root: run.value.root }) : __VLS_unwrap(t, {})("materials.never"));
        }
        __VLS_asFunctionalElement1(__VLS_intrinsics.span)({
            ...{ class: "spacer" },
        });
        /** @type {__VLS_StyleScopedClasses['spacer']} */ ;
        let __VLS_34;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_35 = __VLS_asFunctionalComponent1(__VLS_34, new __VLS_34({
            // @ts-ignore
            ...{ 'onClick': {} }, disabled: (!checks.value.length), dataTest: "export-materials",
        }));
        const __VLS_36 = __VLS_35({
            ...{ 'onClick': {} },
            disabled: (!checks.value.length),
            dataTest: "export-materials",
        }, ...__VLS_functionalComponentArgsRest(__VLS_35));
        let __VLS_39;
        const __VLS_40 = {
            /** @type {typeof __VLS_39.click} */
            onClick: (exportReport),
        };
        void __VLS_40;
        var __VLS_37;
        var __VLS_38;
        const { default: __VLS_41 } = __VLS_nonNull(__VLS_37.slots);
        (__VLS_unwrap(t, {})("materials.export"));
        // @ts-ignore
        [t, t, t, t, progress, progress, progress, progress, progress, progress, progress, run, run, run, checks,];
        __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({
            ...{ class: "hint small" },
        });
        /** @type {__VLS_StyleScopedClasses['hint']} */ ;
        /** @type {__VLS_StyleScopedClasses['small']} */ ;
        (__VLS_unwrap(t, {})("materials.hint"));
        if (failure.value) {
            let __VLS_42;
            /** @ts-ignore @type { | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert']} */
            elAlert;
            // @ts-ignore
            const __VLS_43 = __VLS_asFunctionalComponent1(__VLS_42, new __VLS_42({
                // @ts-ignore
                ...{ 'onClose': {} }, type: "error", title: (__VLS_unwrap(describeError, {})(__VLS_unwrap(t, {}), failure.value)), description: (failure.value.message), showIcon: true,
            }));
            const __VLS_44 = __VLS_43({
                ...{ 'onClose': {} },
                type: "error",
                title: (__VLS_unwrap(describeError, {})(__VLS_unwrap(t, {}), failure.value)),
                description: (failure.value.message),
                showIcon: true,
            }, ...__VLS_functionalComponentArgsRest(__VLS_43));
            let __VLS_47;
            const __VLS_48 = {
                /** @type {typeof __VLS_47.close} */
                onClose: (...[$event]) => {
                    void $event;
                    if (!!(pane.value === 'similar'))
                        throw 0;
                    if (!(failure.value))
                        throw 0;
                    return (failure.value = null);
                    // @ts-ignore
                    [t, t, failure, failure, failure, failure, describeError,];
                },
            };
            void __VLS_48;
            var __VLS_45;
            var __VLS_46;
        }
        if (run.value && run.value.unmatched.length) {
            let __VLS_49;
            /** @ts-ignore @type { | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert'] | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert']} */
            elAlert;
            // @ts-ignore
            const __VLS_50 = __VLS_asFunctionalComponent1(__VLS_49, new __VLS_49({
                // @ts-ignore
                type: "warning", closable: (false), title: (__VLS_unwrap(t, {})('materials.unmatched')), dataTest: "unmatched-folders",
            }));
            const __VLS_51 = __VLS_50({
                type: "warning",
                closable: (false),
                title: (__VLS_unwrap(t, {})('materials.unmatched')),
                dataTest: "unmatched-folders",
            }, ...__VLS_functionalComponentArgsRest(__VLS_50));
            var __VLS_52;
            const { default: __VLS_54 } = __VLS_nonNull(__VLS_52.slots);
            const __VLS_55 = __VLS_tryAsConstant((run.value.unmatched));
            for (const [u] of __VLS_vFor(__VLS_nonNull(__VLS_55))) {
                __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                    key: (u),
                    ...{ class: "folder" },
                });
                /** @type {__VLS_StyleScopedClasses['folder']} */ ;
                (u);
                // @ts-ignore
                [t, run, run, run,];
            }
            // @ts-ignore
            [];
        }
        __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
            ...{ class: "filters" },
        });
        /** @type {__VLS_StyleScopedClasses['filters']} */ ;
        let __VLS_56;
        /** @ts-ignore @type { | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select'] | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select']} */
        elSelect;
        // @ts-ignore
        const __VLS_57 = __VLS_asFunctionalComponent1(__VLS_56, new __VLS_56({
            // @ts-ignore
            modelValue: (filter.value.status), clearable: true, size: "small", placeholder: (__VLS_unwrap(t, {})('materials.statusFilter')), ...{ style: {} }, dataTest: "materials-status",
        }));
        const __VLS_58 = __VLS_57({
            modelValue: (filter.value.status),
            clearable: true,
            size: "small",
            placeholder: (__VLS_unwrap(t, {})('materials.statusFilter')),
            ...{ style: {} },
            dataTest: "materials-status",
        }, ...__VLS_functionalComponentArgsRest(__VLS_57));
        var __VLS_59;
        const { default: __VLS_61 } = __VLS_nonNull(__VLS_59.slots);
        const __VLS_62 = __VLS_tryAsConstant((__VLS_unwrap(CHECK_STATUSES, {})));
        for (const [s] of __VLS_vFor(__VLS_nonNull(__VLS_62))) {
            let __VLS_63;
            /** @ts-ignore @type { | typeof __VLS_components.elOption | typeof __VLS_components.ElOption | typeof __VLS_components['el-option']} */
            elOption;
            // @ts-ignore
            const __VLS_64 = __VLS_asFunctionalComponent1(__VLS_63, new __VLS_63({
                // @ts-ignore
                key: (s), value: (s), label: (__VLS_unwrap(t, {})(`materials.status.${s}`)),
            }));
            const __VLS_65 = __VLS_64({
                key: (s),
                value: (s),
                label: (__VLS_unwrap(t, {})(`materials.status.${s}`)),
            }, ...__VLS_functionalComponentArgsRest(__VLS_64));
            // @ts-ignore
            [t, t, filter, CHECK_STATUSES,];
        }
        // @ts-ignore
        [];
        let __VLS_68;
        /** @ts-ignore @type { | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select'] | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select']} */
        elSelect;
        // @ts-ignore
        const __VLS_69 = __VLS_asFunctionalComponent1(__VLS_68, new __VLS_68({
            // @ts-ignore
            modelValue: (filter.value.region), clearable: true, filterable: true, size: "small", placeholder: (__VLS_unwrap(t, {})('materials.region')), ...{ style: {} }, dataTest: "materials-region",
        }));
        const __VLS_70 = __VLS_69({
            modelValue: (filter.value.region),
            clearable: true,
            filterable: true,
            size: "small",
            placeholder: (__VLS_unwrap(t, {})('materials.region')),
            ...{ style: {} },
            dataTest: "materials-region",
        }, ...__VLS_functionalComponentArgsRest(__VLS_69));
        var __VLS_71;
        const { default: __VLS_73 } = __VLS_nonNull(__VLS_71.slots);
        const __VLS_74 = __VLS_tryAsConstant((__VLS_unwrap(regions, {})));
        for (const [r] of __VLS_vFor(__VLS_nonNull(__VLS_74))) {
            let __VLS_75;
            /** @ts-ignore @type { | typeof __VLS_components.elOption | typeof __VLS_components.ElOption | typeof __VLS_components['el-option']} */
            elOption;
            // @ts-ignore
            const __VLS_76 = __VLS_asFunctionalComponent1(__VLS_75, new __VLS_75({
                // @ts-ignore
                key: (r), value: (r), label: (r),
            }));
            const __VLS_77 = __VLS_76({
                key: (r),
                value: (r),
                label: (r),
            }, ...__VLS_functionalComponentArgsRest(__VLS_76));
            // @ts-ignore
            [t, filter, regions,];
        }
        // @ts-ignore
        [];
        let __VLS_80;
        /** @ts-ignore @type { | typeof __VLS_components.elInput | typeof __VLS_components.ElInput | typeof __VLS_components['el-input']} */
        elInput;
        // @ts-ignore
        const __VLS_81 = __VLS_asFunctionalComponent1(__VLS_80, new __VLS_80({
            // @ts-ignore
            modelValue: (filter.value.search), clearable: true, size: "small", placeholder: (__VLS_unwrap(t, {})('materials.search')), ...{ style: {} }, dataTest: "materials-search",
        }));
        const __VLS_82 = __VLS_81({
            modelValue: (filter.value.search),
            clearable: true,
            size: "small",
            placeholder: (__VLS_unwrap(t, {})('materials.search')),
            ...{ style: {} },
            dataTest: "materials-search",
        }, ...__VLS_functionalComponentArgsRest(__VLS_81));
        __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
            ...{ class: "hint" },
        });
        /** @type {__VLS_StyleScopedClasses['hint']} */ ;
        (__VLS_unwrap(t, {})("materials.count", { n: rows.value.length }));
        let __VLS_85;
        /** @ts-ignore @type { | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table'] | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table']} */
        elTable;
        // @ts-ignore
        const __VLS_86 = __VLS_asFunctionalComponent1(__VLS_85, new __VLS_85({
            // @ts-ignore
            ...{ 'onRowClick': {} }, data: (__VLS_unwrap(pageRows, {})), border: true, stripe: true, size: "small", height: "calc(100vh - 330px)", rowClassName: "clickable", dataTest: "materials-table",
        }));
        const __VLS_87 = __VLS_86({
            ...{ 'onRowClick': {} },
            data: (__VLS_unwrap(pageRows, {})),
            border: true,
            stripe: true,
            size: "small",
            height: "calc(100vh - 330px)",
            rowClassName: "clickable",
            dataTest: "materials-table",
        }, ...__VLS_functionalComponentArgsRest(__VLS_86));
        let __VLS_90;
        const __VLS_91 = {
            /** @type {typeof __VLS_90.rowClick} */
            onRowClick: ((r) => (open.value = r)),
        };
        void __VLS_91;
        var __VLS_88;
        var __VLS_89;
        const { default: __VLS_92 } = __VLS_nonNull(__VLS_88.slots);
        let __VLS_93;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_94 = __VLS_asFunctionalComponent1(__VLS_93, new __VLS_93({
            // @ts-ignore
            prop: "lesson", label: "ID", width: "76", fixed: true,
        }));
        const __VLS_95 = __VLS_94({
            prop: "lesson",
            label: "ID",
            width: "76",
            fixed: true,
        }, ...__VLS_functionalComponentArgsRest(__VLS_94));
        let __VLS_98;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_99 = __VLS_asFunctionalComponent1(__VLS_98, new __VLS_98({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('roster.col.title')), minWidth: "130", fixed: true,
        }));
        const __VLS_100 = __VLS_99({
            label: (__VLS_unwrap(t, {})('roster.col.title')),
            minWidth: "130",
            fixed: true,
        }, ...__VLS_functionalComponentArgsRest(__VLS_99));
        var __VLS_101;
        const { default: __VLS_103 } = __VLS_nonNull(__VLS_101.slots);
        {
            const { default: __VLS_104 } = __VLS_nonNull(__VLS_101.slots);
            const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_104));
            (lessonOf.value.get(row.lesson)?.title);
            // @ts-ignore
            [t, t, t, filter, rows, pageRows, open, lessonOf,];
        }
        // @ts-ignore
        [];
        let __VLS_105;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_106 = __VLS_asFunctionalComponent1(__VLS_105, new __VLS_105({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('roster.col.region')), width: "70",
        }));
        const __VLS_107 = __VLS_106({
            label: (__VLS_unwrap(t, {})('roster.col.region')),
            width: "70",
        }, ...__VLS_functionalComponentArgsRest(__VLS_106));
        var __VLS_108;
        const { default: __VLS_110 } = __VLS_nonNull(__VLS_108.slots);
        {
            const { default: __VLS_111 } = __VLS_nonNull(__VLS_108.slots);
            const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_111));
            (lessonOf.value.get(row.lesson)?.region);
            // @ts-ignore
            [t, lessonOf,];
        }
        // @ts-ignore
        [];
        let __VLS_112;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_113 = __VLS_asFunctionalComponent1(__VLS_112, new __VLS_112({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('materials.statusFilter')), width: "84",
        }));
        const __VLS_114 = __VLS_113({
            label: (__VLS_unwrap(t, {})('materials.statusFilter')),
            width: "84",
        }, ...__VLS_functionalComponentArgsRest(__VLS_113));
        var __VLS_115;
        const { default: __VLS_117 } = __VLS_nonNull(__VLS_115.slots);
        {
            const { default: __VLS_118 } = __VLS_nonNull(__VLS_115.slots);
            const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_118));
            let __VLS_119;
            /** @ts-ignore @type { | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag'] | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag']} */
            elTag;
            // @ts-ignore
            const __VLS_120 = __VLS_asFunctionalComponent1(__VLS_119, new __VLS_119({
                // @ts-ignore
                size: "small", type: (__VLS_unwrap(statusType, {})(row.status)),
            }));
            const __VLS_121 = __VLS_120({
                size: "small",
                type: (__VLS_unwrap(statusType, {})(row.status)),
            }, ...__VLS_functionalComponentArgsRest(__VLS_120));
            var __VLS_122;
            const { default: __VLS_124 } = __VLS_nonNull(__VLS_122.slots);
            (__VLS_unwrap(t, {})(`materials.status.${row.status}`));
            // @ts-ignore
            [t, t, statusType,];
            if (excluded.value[row.lesson]) {
                let __VLS_125;
                /** @ts-ignore @type { | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag'] | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag']} */
                elTag;
                // @ts-ignore
                const __VLS_126 = __VLS_asFunctionalComponent1(__VLS_125, new __VLS_125({
                    // @ts-ignore
                    size: "small", type: "info", ...{ class: "out" },
                }));
                const __VLS_127 = __VLS_126({
                    size: "small",
                    type: "info",
                    ...{ class: "out" },
                }, ...__VLS_functionalComponentArgsRest(__VLS_126));
                /** @type {__VLS_StyleScopedClasses['out']} */ ;
                var __VLS_128;
                const { default: __VLS_130 } = __VLS_nonNull(__VLS_128.slots);
                (__VLS_unwrap(t, {})("materials.out"));
                // @ts-ignore
                [t, excluded,];
            }
            // @ts-ignore
            [];
        }
        // @ts-ignore
        [];
        const __VLS_131 = __VLS_tryAsConstant((__VLS_unwrap(columns, {})));
        for (const [m] of __VLS_vFor(__VLS_nonNull(__VLS_131))) {
            let __VLS_132;
            /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
            elTableColumn;
            // @ts-ignore
            const __VLS_133 = __VLS_asFunctionalComponent1(__VLS_132, new __VLS_132({
                // @ts-ignore
                key: (m), label: (m), width: "64", align: "center",
            }));
            const __VLS_134 = __VLS_133({
                key: (m),
                label: (m),
                width: "64",
                align: "center",
            }, ...__VLS_functionalComponentArgsRest(__VLS_133));
            var __VLS_135;
            const { default: __VLS_137 } = __VLS_nonNull(__VLS_135.slots);
            {
                const { default: __VLS_138 } = __VLS_nonNull(__VLS_135.slots);
                const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_138));
                __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                    ...{ class: (__VLS_unwrap(materialMark, {})(row, m)) },
                });
                (__VLS_unwrap(mark, {})(__VLS_unwrap(materialMark, {})(row, m)));
                // @ts-ignore
                [columns, materialMark, materialMark, mark,];
            }
            // @ts-ignore
            [];
            // @ts-ignore
            [];
        }
        const __VLS_139 = __VLS_tryAsConstant((Object.keys(__VLS_unwrap(VIDEO_RULES, {}))));
        for (const [v] of __VLS_vFor(__VLS_nonNull(__VLS_139))) {
            let __VLS_140;
            /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
            elTableColumn;
            // @ts-ignore
            const __VLS_141 = __VLS_asFunctionalComponent1(__VLS_140, new __VLS_140({
                // @ts-ignore
                key: (v), label: (__VLS_unwrap(codeText, {})(__VLS_unwrap(t, {}), 'materials.video', v)), width: (__VLS_unwrap(videoWidth, {})), align: "center",
            }));
            const __VLS_142 = __VLS_141({
                key: (v),
                label: (__VLS_unwrap(codeText, {})(__VLS_unwrap(t, {}), 'materials.video', v)),
                width: (__VLS_unwrap(videoWidth, {})),
                align: "center",
            }, ...__VLS_functionalComponentArgsRest(__VLS_141));
            var __VLS_143;
            const { default: __VLS_145 } = __VLS_nonNull(__VLS_143.slots);
            {
                const { default: __VLS_146 } = __VLS_nonNull(__VLS_143.slots);
                const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_146));
                __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                    ...{ class: (__VLS_unwrap(videoMark, {})(row, v)) },
                });
                (__VLS_unwrap(mark, {})(__VLS_unwrap(videoMark, {})(row, v)));
                // @ts-ignore
                [t, mark, VIDEO_RULES, codeText, videoWidth, videoMark, videoMark,];
            }
            // @ts-ignore
            [];
            // @ts-ignore
            [];
        }
        let __VLS_147;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_148 = __VLS_asFunctionalComponent1(__VLS_147, new __VLS_147({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('materials.folder')), minWidth: "140",
        }));
        const __VLS_149 = __VLS_148({
            label: (__VLS_unwrap(t, {})('materials.folder')),
            minWidth: "140",
        }, ...__VLS_functionalComponentArgsRest(__VLS_148));
        var __VLS_150;
        const { default: __VLS_152 } = __VLS_nonNull(__VLS_150.slots);
        {
            const { default: __VLS_153 } = __VLS_nonNull(__VLS_150.slots);
            const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_153));
            (row.folder ?? "—");
            // @ts-ignore
            [t,];
        }
        // @ts-ignore
        [];
        // @ts-ignore
        [];
        const __VLS_154 = Pager;
        // @ts-ignore
        const __VLS_155 = __VLS_asFunctionalComponent1(__VLS_154, new __VLS_154({
            // @ts-ignore
            page: (__VLS_unwrap(page, {})), size: (__VLS_unwrap(size, {})), total: (rows.value.length),
        }));
        const __VLS_156 = __VLS_155({
            page: (__VLS_unwrap(page, {})),
            size: (__VLS_unwrap(size, {})),
            total: (rows.value.length),
        }, ...__VLS_functionalComponentArgsRest(__VLS_155));
    }
    let __VLS_159;
    /** @ts-ignore @type { | typeof __VLS_components.elDrawer | typeof __VLS_components.ElDrawer | typeof __VLS_components['el-drawer'] | typeof __VLS_components.elDrawer | typeof __VLS_components.ElDrawer | typeof __VLS_components['el-drawer']} */
    elDrawer;
    // @ts-ignore
    const __VLS_160 = __VLS_asFunctionalComponent1(__VLS_159, new __VLS_159({
        // @ts-ignore
        ...{ 'onClose': {} }, modelValue: (open.value !== null), size: "56%", title: (__VLS_unwrap(t, {})('materials.detail')), dataTest: "materials-detail",
    }));
    const __VLS_161 = __VLS_160({
        ...{ 'onClose': {} },
        modelValue: (open.value !== null),
        size: "56%",
        title: (__VLS_unwrap(t, {})('materials.detail')),
        dataTest: "materials-detail",
    }, ...__VLS_functionalComponentArgsRest(__VLS_160));
    let __VLS_164;
    const __VLS_165 = {
        /** @type {typeof __VLS_164.close} */
        onClose: (...[$event]) => {
            void $event;
            return (open.value = null);
            // @ts-ignore
            [t, rows, open, open, page, size,];
        },
    };
    void __VLS_165;
    var __VLS_162;
    var __VLS_163;
    const { default: __VLS_166 } = __VLS_nonNull(__VLS_162.slots);
    if (open.value) {
        __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
            ...{ class: "detail" },
        });
        /** @type {__VLS_StyleScopedClasses['detail']} */ ;
        __VLS_asFunctionalElement1(__VLS_intrinsics.h3, __VLS_intrinsics.h3)({});
        (open.value.lesson);
        (lessonOf.value.get(open.value.lesson)?.title);
        __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({
            ...{ class: "hint" },
        });
        /** @type {__VLS_StyleScopedClasses['hint']} */ ;
        (__VLS_unwrap(t, {})("materials.folder"));
        (__VLS_unwrap(t, {})("common.colon"));
        (open.value.folder ?? "—");
        __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
            ...{ class: "exclude" },
            'data-test': "materials-exclude",
        });
        /** @type {__VLS_StyleScopedClasses['exclude']} */ ;
        if (excluded.value[open.value.lesson]) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({});
            (__VLS_unwrap(t, {})("materials.excludedBecause", { reason: excluded.value[open.value.lesson] }));
            let __VLS_167;
            /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
            elButton;
            // @ts-ignore
            const __VLS_168 = __VLS_asFunctionalComponent1(__VLS_167, new __VLS_167({
                // @ts-ignore
                ...{ 'onClick': {} }, size: "small", dataTest: "include-lesson",
            }));
            const __VLS_169 = __VLS_168({
                ...{ 'onClick': {} },
                size: "small",
                dataTest: "include-lesson",
            }, ...__VLS_functionalComponentArgsRest(__VLS_168));
            let __VLS_172;
            const __VLS_173 = {
                /** @type {typeof __VLS_172.click} */
                onClick: (...[$event]) => {
                    void $event;
                    if (!(open.value))
                        throw 0;
                    if (!(excluded.value[open.value.lesson]))
                        throw 0;
                    return (setExcluded(false));
                    // @ts-ignore
                    [t, t, t, open, open, open, open, open, open, lessonOf, excluded, excluded,];
                },
            };
            void __VLS_173;
            var __VLS_170;
            var __VLS_171;
            const { default: __VLS_174 } = __VLS_nonNull(__VLS_170.slots);
            (__VLS_unwrap(t, {})("materials.include"));
            // @ts-ignore
            [t,];
        }
        else if (open.value.status === 'failed') {
            let __VLS_175;
            /** @ts-ignore @type { | typeof __VLS_components.elInput | typeof __VLS_components.ElInput | typeof __VLS_components['el-input']} */
            elInput;
            // @ts-ignore
            const __VLS_176 = __VLS_asFunctionalComponent1(__VLS_175, new __VLS_175({
                // @ts-ignore
                modelValue: (excludeReason.value), size: "small", placeholder: (__VLS_unwrap(t, {})('materials.excludeReason')), ...{ style: {} }, dataTest: "exclude-reason",
            }));
            const __VLS_177 = __VLS_176({
                modelValue: (excludeReason.value),
                size: "small",
                placeholder: (__VLS_unwrap(t, {})('materials.excludeReason')),
                ...{ style: {} },
                dataTest: "exclude-reason",
            }, ...__VLS_functionalComponentArgsRest(__VLS_176));
            let __VLS_180;
            /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
            elButton;
            // @ts-ignore
            const __VLS_181 = __VLS_asFunctionalComponent1(__VLS_180, new __VLS_180({
                // @ts-ignore
                ...{ 'onClick': {} }, size: "small", type: "danger", plain: true, disabled: (!excludeReason.value.trim()), dataTest: "exclude-lesson",
            }));
            const __VLS_182 = __VLS_181({
                ...{ 'onClick': {} },
                size: "small",
                type: "danger",
                plain: true,
                disabled: (!excludeReason.value.trim()),
                dataTest: "exclude-lesson",
            }, ...__VLS_functionalComponentArgsRest(__VLS_181));
            let __VLS_185;
            const __VLS_186 = {
                /** @type {typeof __VLS_185.click} */
                onClick: (...[$event]) => {
                    void $event;
                    if (!(open.value))
                        throw 0;
                    if (!!(excluded.value[open.value.lesson]))
                        throw 0;
                    if (!(open.value.status === 'failed'))
                        throw 0;
                    return (setExcluded(true));
                    // @ts-ignore
                    [t, open, excludeReason, excludeReason,];
                },
            };
            void __VLS_186;
            var __VLS_183;
            var __VLS_184;
            const { default: __VLS_187 } = __VLS_nonNull(__VLS_183.slots);
            (__VLS_unwrap(t, {})("materials.exclude"));
            // @ts-ignore
            [t,];
            __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                ...{ class: "hint" },
            });
            /** @type {__VLS_StyleScopedClasses['hint']} */ ;
            (__VLS_unwrap(t, {})("materials.excludeHint"));
        }
        __VLS_asFunctionalElement1(__VLS_intrinsics.h4, __VLS_intrinsics.h4)({});
        (__VLS_unwrap(t, {})("materials.findings"));
        if (!open.value.findings.length) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({
                ...{ class: "hint" },
            });
            /** @type {__VLS_StyleScopedClasses['hint']} */ ;
            (__VLS_unwrap(t, {})("materials.noFindings"));
        }
        __VLS_asFunctionalElement1(__VLS_intrinsics.ul, __VLS_intrinsics.ul)({
            ...{ class: "findings" },
            'data-test': "materials-findings",
        });
        /** @type {__VLS_StyleScopedClasses['findings']} */ ;
        const __VLS_188 = __VLS_tryAsConstant((open.value.findings));
        for (const [f, i] of __VLS_vFor(__VLS_nonNull(__VLS_188))) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.li, __VLS_intrinsics.li)({
                key: (i),
                ...{ class: (f.severity) },
            });
            (__VLS_unwrap(findingText, {})(__VLS_unwrap(t, {}), f));
            if (f.source) {
                __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                    ...{ class: "src" },
                });
                /** @type {__VLS_StyleScopedClasses['src']} */ ;
                (__VLS_unwrap(t, {})("materials.source", { source: f.source }));
            }
            // @ts-ignore
            [t, t, t, t, t, open, open, findingText,];
        }
        __VLS_asFunctionalElement1(__VLS_intrinsics.h4, __VLS_intrinsics.h4)({});
        (__VLS_unwrap(t, {})("materials.files"));
        let __VLS_189;
        /** @ts-ignore @type { | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table'] | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table']} */
        elTable;
        // @ts-ignore
        const __VLS_190 = __VLS_asFunctionalComponent1(__VLS_189, new __VLS_189({
            // @ts-ignore
            data: (open.value.files), border: true, size: "small", dataTest: "materials-files",
        }));
        const __VLS_191 = __VLS_190({
            data: (open.value.files),
            border: true,
            size: "small",
            dataTest: "materials-files",
        }, ...__VLS_functionalComponentArgsRest(__VLS_190));
        var __VLS_192;
        const { default: __VLS_194 } = __VLS_nonNull(__VLS_192.slots);
        let __VLS_195;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_196 = __VLS_asFunctionalComponent1(__VLS_195, new __VLS_195({
            // @ts-ignore
            prop: "path", label: (__VLS_unwrap(t, {})('materials.files')), minWidth: "200",
        }));
        const __VLS_197 = __VLS_196({
            prop: "path",
            label: (__VLS_unwrap(t, {})('materials.files')),
            minWidth: "200",
        }, ...__VLS_functionalComponentArgsRest(__VLS_196));
        let __VLS_200;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_201 = __VLS_asFunctionalComponent1(__VLS_200, new __VLS_200({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('materials.takenAs')), width: "130",
        }));
        const __VLS_202 = __VLS_201({
            label: (__VLS_unwrap(t, {})('materials.takenAs')),
            width: "130",
        }, ...__VLS_functionalComponentArgsRest(__VLS_201));
        var __VLS_203;
        const { default: __VLS_205 } = __VLS_nonNull(__VLS_203.slots);
        {
            const { default: __VLS_206 } = __VLS_nonNull(__VLS_203.slots);
            const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_206));
            (row.material ?? "—");
            // @ts-ignore
            [t, t, t, open,];
        }
        // @ts-ignore
        [];
        let __VLS_207;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_208 = __VLS_asFunctionalComponent1(__VLS_207, new __VLS_207({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('materials.hour')), width: "56", align: "center",
        }));
        const __VLS_209 = __VLS_208({
            label: (__VLS_unwrap(t, {})('materials.hour')),
            width: "56",
            align: "center",
        }, ...__VLS_functionalComponentArgsRest(__VLS_208));
        var __VLS_210;
        const { default: __VLS_212 } = __VLS_nonNull(__VLS_210.slots);
        {
            const { default: __VLS_213 } = __VLS_nonNull(__VLS_210.slots);
            const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_213));
            (row.hour ?? "");
            // @ts-ignore
            [t,];
        }
        // @ts-ignore
        [];
        let __VLS_214;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_215 = __VLS_asFunctionalComponent1(__VLS_214, new __VLS_214({
            // @ts-ignore
            label: "", minWidth: "220",
        }));
        const __VLS_216 = __VLS_215({
            label: "",
            minWidth: "220",
        }, ...__VLS_functionalComponentArgsRest(__VLS_215));
        var __VLS_217;
        const { default: __VLS_219 } = __VLS_nonNull(__VLS_217.slots);
        {
            const { default: __VLS_220 } = __VLS_nonNull(__VLS_217.slots);
            const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_220));
            if (row.video) {
                __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({});
                (__VLS_unwrap(t, {})("materials.videoInfo", { codec: row.video.codec, width: row.video.width, height: row.video.height, fps: row.video.fps.toFixed(2), minutes: (row.video.duration / 60).toFixed(1), audio: row.video.audio ?? "—" }));
            }
            // @ts-ignore
            [t,];
        }
        // @ts-ignore
        [];
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
