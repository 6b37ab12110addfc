import { attempt } from "../../logic/attempt";
import { computed, onBeforeUnmount, onMounted, ref, shallowRef, watch } from "vue";
import { useT } from "../../i18n";
import { askReason } from "./logic/ask";
import { ElMessage, ElMessageBox } from "element-plus";
import { commands, onFilesDropped, pickFiles, pickSavePath, STABILITY_DEFAULTS, } from "../../ipc";
import { needsDecision, quotaFill, reasonSentence, tieGroupOf, zeroQuota } from "../../logic/results";
import { describeProblem, headline } from "../../logic/problems";
import { useSessionStore } from "../../stores/session";
import LessonDetail from "../../components/LessonDetail.vue";
import TieOrderDialog from "./modules/TieOrderDialog.vue";
import FairnessPanel from "./modules/FairnessPanel.vue";
import WaitingSheets from "./modules/WaitingSheets.vue";
import CoveragePanel from "./modules/CoveragePanel.vue";
import ProblemList from "../../components/ProblemList.vue";
import RankingTable from "./modules/RankingTable.vue";
const { t } = useT();
const session = useSessionStore();
// replaced whole, never changed inside: shallow, so a province's 3,000 rows are not each wrapped
// in a reactive proxy (that alone kept the window busy for most of a second after an import)
const results = shallowRef(null);
const coverage = ref([]);
const failure = ref(null);
const tab = ref("ranking");
const progress = ref(null);
const imports = ref([]);
// the refused sheets of the last import: every bad cell with its file, sheet, row and column
const refused = computed(() => imports.value.filter((i) => i.merge === null).flatMap((i) => i.problems));
const waiting = ref([]);
// 推荐稳定性, recomputed off the window's thread whenever the results change (the latest wins)
const stability = shallowRef([]);
const stabilityProgress = ref(null);
let stabilityRun = 0;
watch(results, async (r) => {
    if (!r)
        return;
    const run = ++stabilityRun;
    stabilityProgress.value = { done: 0, total: 1 };
    try {
        // jingpin::stability::DEFAULT_SEED / DEFAULT_RESAMPLES: the workbook prints the same numbers
        const s = await commands.stability({ ...STABILITY_DEFAULTS }, (p) => {
            if (run === stabilityRun)
                stabilityProgress.value = p;
        });
        if (run === stabilityRun)
            stability.value = s.lessons;
    }
    catch {
        // the ranking stands without it; the fairness tab shows the error when it loads
    }
    finally {
        if (run === stabilityRun)
            stabilityProgress.value = null;
    }
});
const judgeNames = computed(() => Object.fromEntries(coverage.value.map((c) => [c.judge.id, c.judge.name])));
const hovering = ref(false);
let unlisten = null;
const detailOf = ref(null);
const zero = computed(() => (results.value ? zeroQuota(results.value) : []));
const finalized = computed(() => results.value?.finalized ?? null);
const pending = computed(() => (results.value ? needsDecision(results.value) : []));
const fill = computed(() => (results.value ? quotaFill(results.value) : []));
async function load() {
    // a refresh keeps what the page says of the last action (an import's refusal stays shown)
    await attempt((e) => (failure.value = e), async () => {
        results.value = await commands.results();
        coverage.value = (await commands.coverage()).judges;
        waiting.value = (await commands.waitingSheets()).sheets;
    });
}
async function importPaths(paths) {
    const sheets = paths.filter((p) => p.toLowerCase().endsWith(".xlsx"));
    if (!sheets.length)
        return;
    failure.value = null; // a new import: the last one's refusal or cancel no longer stands
    progress.value = { done: 0, total: sheets.length };
    // one command, one transaction, off the window's thread: every accepted sheet lands, or none
    // (a cancel stores nothing)
    const done = await attempt((e) => {
        // refused or cancelled: nothing of it was stored, and the alert says so
        failure.value = e;
        progress.value = null;
    }, async () => (await commands.importSheets({ paths: sheets }, (p) => (progress.value = p))).imports);
    if (!done)
        return;
    imports.value = done;
    progress.value = null;
    const rejected = done.filter((d) => d.merge === null).length;
    const held = done.filter((d) => d.merge?.outcome === "waiting").length;
    ElMessage[rejected || held ? "warning" : "success"](t("results.imported", { n: done.length - rejected, rejected, waiting: held }));
    await load();
}
async function chooseSheets() {
    importPaths(await pickFiles(t("results.import"), [{ name: t("judge.xlsx"), extensions: ["xlsx"] }]));
}
const failureContext = ref("other");
const ask = (label) => askReason(t, label);
function openDetail(row) {
    detailOf.value = row.lesson.id;
}
/** A refusal names lessons: a tie opens its ordering dialog, anything else the lesson's detail. */
function openProblem(p) {
    const lesson = String(p.lesson ?? "");
    const row = results.value?.categories.flatMap((c) => c.rows).find((r) => r.lesson.id === lesson);
    if (p.code === "tie_at_cut" && row)
        order(row);
    else
        detailOf.value = lesson;
}
const tieGroup = ref([]);
function order(row) {
    tieGroup.value = tieGroupOf(results.value, row);
}
async function saveOrder(ids, reason) {
    tieGroup.value = [];
    await attempt(failure, async () => {
        for (const [i, lesson] of ids.entries()) {
            results.value = await commands.decide({ decision: { kind: "tie_order", lesson, order: i + 1 }, reason });
        }
        ElMessage.success(t("results.decided"));
    });
}
async function exportResults() {
    const name = t("files.results", { name: session.current?.settings.name ?? t("files.unnamed") });
    const path = await pickSavePath(t("results.export"), name, [{ name: t("results.xlsxType"), extensions: ["xlsx"] }]);
    if (!path)
        return;
    await attempt(failure, async () => {
        await commands.exportResults({ path, stability: true });
        ElMessage.success(t("results.exported", { path }));
    });
}
/** The 获奖名单 (certificates) or the 上报推荐汇总表 (the next level's roster). */
async function exportList(kind) {
    const name = t(kind === "awards" ? "files.awards" : "files.handoff", { name: session.current?.settings.name ?? t("files.unnamed") });
    const path = await pickSavePath(t(kind === "awards" ? "results.exportAwards" : "results.exportHandoff"), name, [{ name: t("results.xlsxType"), extensions: ["xlsx"] }]);
    if (!path)
        return;
    await attempt(failure, async () => {
        await (kind === "awards" ? commands.exportAwards({ path }) : commands.exportHandoff({ path }));
        ElMessage.success(t("results.exported", { path }));
    });
}
async function finalize() {
    failure.value = null;
    // one click must not lock the session: say what locks and how to undo it
    try {
        await ElMessageBox.confirm(t("results.finalizeConfirm"), t("results.finalizeConfirmTitle"), {
            confirmButtonText: t("results.finalizeConfirmOk"),
            cancelButtonText: t("common.cancel"),
            type: "warning",
            closeOnClickModal: false,
            customClass: "finalize-confirm",
        });
    }
    catch {
        return;
    }
    await attempt((e) => {
        failure.value = e;
        failureContext.value = "finalize";
    }, async () => {
        const done = await commands.finalize();
        results.value = done.results;
        ElMessage.success(done.barred.added > 0 ? t("results.finalizedBarred", { n: done.barred.added }) : t("results.finalized"));
    });
}
async function reopen() {
    const reason = await ask(t("results.reopenReason"));
    if (!reason)
        return;
    await attempt(failure, async () => {
        results.value = await commands.reopen({ reason });
        ElMessage.success(t("results.reopened"));
    });
}
async function waitingChanged(sheets) {
    waiting.value = sheets;
    await load();
}
onMounted(async () => {
    await load();
    unlisten = await onFilesDropped(importPaths, (over) => (hovering.value = over)).catch(() => null);
});
onBeforeUnmount(() => unlisten?.());
const __VLS_ctx = {};
let __VLS_components;
let __VLS_intrinsics;
let __VLS_directives;
void __VLS_ctx, __VLS_components, __VLS_intrinsics, __VLS_directives;
const __VLS_template = () => {
    __VLS_withDotValue(progress, {});
    __VLS_withDotValue(commands, {});
    __VLS_withDotValue(finalized, {});
    __VLS_withDotValue(failure, {});
    __VLS_withDotValue(refused, {});
    __VLS_withDotValue(stabilityProgress, {});
    __VLS_withDotValue(pending, {});
    __VLS_withDotValue(tab, {});
    __VLS_withDotValue(tieGroup, {});
    __VLS_withDotValue(detailOf, {});
    void {};
    /** @type {__VLS_StyleScopedClasses['results']} */ ;
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "results" },
        ...{ class: ({ hovering: __VLS_unwrap(hovering, {}) }) },
    });
    /** @type {__VLS_StyleScopedClasses['results']} */ ;
    /** @type {__VLS_StyleScopedClasses['hovering']} */ ;
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
        ...{ 'onClick': {} }, type: "primary", dataTest: "import-sheets",
    }));
    const __VLS_2 = __VLS_1({
        ...{ 'onClick': {} },
        type: "primary",
        dataTest: "import-sheets",
    }, ...__VLS_functionalComponentArgsRest(__VLS_1));
    let __VLS_5;
    const __VLS_6 = {
        /** @type {typeof __VLS_5.click} */
        onClick: (chooseSheets),
    };
    void __VLS_6;
    var __VLS_3;
    var __VLS_4;
    const { default: __VLS_7 } = __VLS_nonNull(__VLS_3.slots);
    (__VLS_unwrap(t, {})("results.import"));
    // @ts-ignore
    [hovering, t,];
    __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
        ...{ class: "drop" },
    });
    /** @type {__VLS_StyleScopedClasses['drop']} */ ;
    (__VLS_unwrap(t, {})("results.drop"));
    if (progress.value) {
        let __VLS_8;
        /** @ts-ignore @type { | typeof __VLS_components.elProgress | typeof __VLS_components.ElProgress | typeof __VLS_components['el-progress']} */
        elProgress;
        // @ts-ignore
        const __VLS_9 = __VLS_asFunctionalComponent1(__VLS_8, new __VLS_8({
            // @ts-ignore
            percentage: (Math.round((progress.value.done / progress.value.total) * 100)), strokeWidth: (14), textInside: true, ...{ class: "bar" }, dataTest: "import-progress",
        }));
        const __VLS_10 = __VLS_9({
            percentage: (Math.round((progress.value.done / progress.value.total) * 100)),
            strokeWidth: (14),
            textInside: true,
            ...{ class: "bar" },
            dataTest: "import-progress",
        }, ...__VLS_functionalComponentArgsRest(__VLS_9));
        /** @type {__VLS_StyleScopedClasses['bar']} */ ;
    }
    if (progress.value) {
        let __VLS_13;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_14 = __VLS_asFunctionalComponent1(__VLS_13, new __VLS_13({
            // @ts-ignore
            ...{ 'onClick': {} }, size: "small", dataTest: "cancel-import",
        }));
        const __VLS_15 = __VLS_14({
            ...{ 'onClick': {} },
            size: "small",
            dataTest: "cancel-import",
        }, ...__VLS_functionalComponentArgsRest(__VLS_14));
        let __VLS_18;
        const __VLS_19 = {
            /** @type {typeof __VLS_18.click} */
            onClick: (...[$event]) => {
                void $event;
                __VLS_withDotValue(commands, {});
                if (!(progress.value))
                    throw 0;
                return (commands.value.cancelImport());
                // @ts-ignore
                [t, progress, progress, progress, progress, commands,];
            },
        };
        void __VLS_19;
        var __VLS_16;
        var __VLS_17;
        const { default: __VLS_20 } = __VLS_nonNull(__VLS_16.slots);
        (__VLS_unwrap(t, {})("common.cancel"));
        // @ts-ignore
        [t,];
    }
    __VLS_asFunctionalElement1(__VLS_intrinsics.span)({
        ...{ class: "spacer" },
    });
    /** @type {__VLS_StyleScopedClasses['spacer']} */ ;
    let __VLS_21;
    /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
    elButton;
    // @ts-ignore
    const __VLS_22 = __VLS_asFunctionalComponent1(__VLS_21, new __VLS_21({
        // @ts-ignore
        ...{ 'onClick': {} }, dataTest: "export-results",
    }));
    const __VLS_23 = __VLS_22({
        ...{ 'onClick': {} },
        dataTest: "export-results",
    }, ...__VLS_functionalComponentArgsRest(__VLS_22));
    let __VLS_26;
    const __VLS_27 = {
        /** @type {typeof __VLS_26.click} */
        onClick: (exportResults),
    };
    void __VLS_27;
    var __VLS_24;
    var __VLS_25;
    const { default: __VLS_28 } = __VLS_nonNull(__VLS_24.slots);
    (__VLS_unwrap(t, {})("results.export"));
    // @ts-ignore
    [t,];
    let __VLS_29;
    /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
    elButton;
    // @ts-ignore
    const __VLS_30 = __VLS_asFunctionalComponent1(__VLS_29, new __VLS_29({
        // @ts-ignore
        ...{ 'onClick': {} }, dataTest: "export-awards",
    }));
    const __VLS_31 = __VLS_30({
        ...{ 'onClick': {} },
        dataTest: "export-awards",
    }, ...__VLS_functionalComponentArgsRest(__VLS_30));
    let __VLS_34;
    const __VLS_35 = {
        /** @type {typeof __VLS_34.click} */
        onClick: (...[$event]) => {
            void $event;
            return (exportList('awards'));
            // @ts-ignore
            [];
        },
    };
    void __VLS_35;
    var __VLS_32;
    var __VLS_33;
    const { default: __VLS_36 } = __VLS_nonNull(__VLS_32.slots);
    (__VLS_unwrap(t, {})("results.exportAwards"));
    // @ts-ignore
    [t,];
    let __VLS_37;
    /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
    elButton;
    // @ts-ignore
    const __VLS_38 = __VLS_asFunctionalComponent1(__VLS_37, new __VLS_37({
        // @ts-ignore
        ...{ 'onClick': {} }, dataTest: "export-handoff",
    }));
    const __VLS_39 = __VLS_38({
        ...{ 'onClick': {} },
        dataTest: "export-handoff",
    }, ...__VLS_functionalComponentArgsRest(__VLS_38));
    let __VLS_42;
    const __VLS_43 = {
        /** @type {typeof __VLS_42.click} */
        onClick: (...[$event]) => {
            void $event;
            return (exportList('handoff'));
            // @ts-ignore
            [];
        },
    };
    void __VLS_43;
    var __VLS_40;
    var __VLS_41;
    const { default: __VLS_44 } = __VLS_nonNull(__VLS_40.slots);
    (__VLS_unwrap(t, {})("results.exportHandoff"));
    // @ts-ignore
    [t,];
    if (!finalized.value) {
        let __VLS_45;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_46 = __VLS_asFunctionalComponent1(__VLS_45, new __VLS_45({
            // @ts-ignore
            ...{ 'onClick': {} }, type: "success", dataTest: "finalize",
        }));
        const __VLS_47 = __VLS_46({
            ...{ 'onClick': {} },
            type: "success",
            dataTest: "finalize",
        }, ...__VLS_functionalComponentArgsRest(__VLS_46));
        let __VLS_50;
        const __VLS_51 = {
            /** @type {typeof __VLS_50.click} */
            onClick: (finalize),
        };
        void __VLS_51;
        var __VLS_48;
        var __VLS_49;
        const { default: __VLS_52 } = __VLS_nonNull(__VLS_48.slots);
        (__VLS_unwrap(t, {})("results.finalize"));
        // @ts-ignore
        [t, finalized,];
    }
    else {
        let __VLS_53;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_54 = __VLS_asFunctionalComponent1(__VLS_53, new __VLS_53({
            // @ts-ignore
            ...{ 'onClick': {} }, type: "warning", plain: true, dataTest: "reopen",
        }));
        const __VLS_55 = __VLS_54({
            ...{ 'onClick': {} },
            type: "warning",
            plain: true,
            dataTest: "reopen",
        }, ...__VLS_functionalComponentArgsRest(__VLS_54));
        let __VLS_58;
        const __VLS_59 = {
            /** @type {typeof __VLS_58.click} */
            onClick: (reopen),
        };
        void __VLS_59;
        var __VLS_56;
        var __VLS_57;
        const { default: __VLS_60 } = __VLS_nonNull(__VLS_56.slots);
        (__VLS_unwrap(t, {})("results.reopen"));
        // @ts-ignore
        [t,];
    }
    if (finalized.value) {
        let __VLS_61;
        /** @ts-ignore @type { | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert']} */
        elAlert;
        // @ts-ignore
        const __VLS_62 = __VLS_asFunctionalComponent1(__VLS_61, new __VLS_61({
            // @ts-ignore
            type: "success", closable: (false), showIcon: true, dataTest: "finalized-banner", title: (__VLS_unwrap(t, {})('results.finalizedBanner', { at: finalized.value.replace('T', ' ').slice(0, 16) })),
        }));
        const __VLS_63 = __VLS_62({
            type: "success",
            closable: (false),
            showIcon: true,
            dataTest: "finalized-banner",
            title: (__VLS_unwrap(t, {})('results.finalizedBanner', { at: finalized.value.replace('T', ' ').slice(0, 16) })),
        }, ...__VLS_functionalComponentArgsRest(__VLS_62));
    }
    const __VLS_66 = __VLS_tryAsConstant((__VLS_unwrap(zero, {})));
    for (const [z] of __VLS_vFor(__VLS_nonNull(__VLS_66))) {
        let __VLS_67;
        /** @ts-ignore @type { | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert']} */
        elAlert;
        // @ts-ignore
        const __VLS_68 = __VLS_asFunctionalComponent1(__VLS_67, new __VLS_67({
            // @ts-ignore
            key: (z), type: "error", closable: (false), showIcon: true, dataTest: "zero-quota", title: (__VLS_unwrap(t, {})('results.zeroQuota', { categories: __VLS_unwrap(t, {})(`category.${z}`) })),
        }));
        const __VLS_69 = __VLS_68({
            key: (z),
            type: "error",
            closable: (false),
            showIcon: true,
            dataTest: "zero-quota",
            title: (__VLS_unwrap(t, {})('results.zeroQuota', { categories: __VLS_unwrap(t, {})(`category.${z}`) })),
        }, ...__VLS_functionalComponentArgsRest(__VLS_68));
        // @ts-ignore
        [t, t, t, finalized, finalized, zero,];
    }
    if (failure.value) {
        let __VLS_72;
        /** @ts-ignore @type { | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert'] | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert']} */
        elAlert;
        // @ts-ignore
        const __VLS_73 = __VLS_asFunctionalComponent1(__VLS_72, new __VLS_72({
            // @ts-ignore
            ...{ 'onClose': {} }, type: "error", title: (__VLS_unwrap(headline, {})(__VLS_unwrap(t, {}), failure.value, __VLS_unwrap(failureContext, {}))), showIcon: true, dataTest: "results-failure",
        }));
        const __VLS_74 = __VLS_73({
            ...{ 'onClose': {} },
            type: "error",
            title: (__VLS_unwrap(headline, {})(__VLS_unwrap(t, {}), failure.value, __VLS_unwrap(failureContext, {}))),
            showIcon: true,
            dataTest: "results-failure",
        }, ...__VLS_functionalComponentArgsRest(__VLS_73));
        let __VLS_77;
        const __VLS_78 = {
            /** @type {typeof __VLS_77.close} */
            onClose: (...[$event]) => {
                void $event;
                if (!(failure.value))
                    throw 0;
                return (failure.value = null);
                // @ts-ignore
                [t, failure, failure, failure, headline, failureContext,];
            },
        };
        void __VLS_78;
        var __VLS_75;
        var __VLS_76;
        const { default: __VLS_79 } = __VLS_nonNull(__VLS_75.slots);
        if (failure.value.details.length && failure.value.details.length <= 12) {
            const __VLS_80 = __VLS_tryAsConstant((failure.value.details));
            for (const [p, i] of __VLS_vFor(__VLS_nonNull(__VLS_80))) {
                __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
                    key: (i),
                });
                (__VLS_unwrap(describeProblem, {})(__VLS_unwrap(t, {}), p));
                if ('lesson' in p) {
                    let __VLS_81;
                    /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
                    elButton;
                    // @ts-ignore
                    const __VLS_82 = __VLS_asFunctionalComponent1(__VLS_81, new __VLS_81({
                        // @ts-ignore
                        ...{ 'onClick': {} }, link: true, type: "primary", size: "small", dataTest: (`problem-lesson-${p.code}`),
                    }));
                    const __VLS_83 = __VLS_82({
                        ...{ 'onClick': {} },
                        link: true,
                        type: "primary",
                        size: "small",
                        dataTest: (`problem-lesson-${p.code}`),
                    }, ...__VLS_functionalComponentArgsRest(__VLS_82));
                    let __VLS_86;
                    const __VLS_87 = {
                        /** @type {typeof __VLS_86.click} */
                        onClick: (...[$event]) => {
                            void $event;
                            if (!(failure.value))
                                throw 0;
                            if (!(failure.value.details.length && failure.value.details.length <= 12))
                                throw 0;
                            if (!('lesson' in p))
                                throw 0;
                            return (openProblem(p));
                            // @ts-ignore
                            [t, failure, failure, failure, describeProblem,];
                        },
                    };
                    void __VLS_87;
                    var __VLS_84;
                    var __VLS_85;
                    const { default: __VLS_88 } = __VLS_nonNull(__VLS_84.slots);
                    (p.code === "tie_at_cut" ? __VLS_unwrap(t, {})("results.setOrder") : __VLS_unwrap(t, {})("results.detail"));
                    // @ts-ignore
                    [t, t,];
                }
                // @ts-ignore
                [];
            }
        }
        // @ts-ignore
        [];
    }
    if (refused.value.length) {
        __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
            ...{ class: "rejected" },
        });
        /** @type {__VLS_StyleScopedClasses['rejected']} */ ;
        let __VLS_89;
        /** @ts-ignore @type { | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert']} */
        elAlert;
        // @ts-ignore
        const __VLS_90 = __VLS_asFunctionalComponent1(__VLS_89, new __VLS_89({
            // @ts-ignore
            type: "warning", closable: (false), title: (__VLS_unwrap(t, {})('results.rejectedTitle')),
        }));
        const __VLS_91 = __VLS_90({
            type: "warning",
            closable: (false),
            title: (__VLS_unwrap(t, {})('results.rejectedTitle')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_90));
        const __VLS_94 = ProblemList;
        // @ts-ignore
        const __VLS_95 = __VLS_asFunctionalComponent1(__VLS_94, new __VLS_94({
            // @ts-ignore
            problems: (refused.value),
        }));
        const __VLS_96 = __VLS_95({
            problems: (refused.value),
        }, ...__VLS_functionalComponentArgsRest(__VLS_95));
    }
    const __VLS_99 = WaitingSheets;
    // @ts-ignore
    const __VLS_100 = __VLS_asFunctionalComponent1(__VLS_99, new __VLS_99({
        // @ts-ignore
        ...{ 'onChanged': {} }, ...{ 'onFailed': {} }, sheets: (__VLS_unwrap(waiting, {})), names: (__VLS_unwrap(judgeNames, {})), finalized: (!!finalized.value),
    }));
    const __VLS_101 = __VLS_100({
        ...{ 'onChanged': {} },
        ...{ 'onFailed': {} },
        sheets: (__VLS_unwrap(waiting, {})),
        names: (__VLS_unwrap(judgeNames, {})),
        finalized: (!!finalized.value),
    }, ...__VLS_functionalComponentArgsRest(__VLS_100));
    let __VLS_104;
    const __VLS_105 = {
        /** @type {typeof __VLS_104.changed} */
        onChanged: (waitingChanged),
    };
    void __VLS_105;
    const __VLS_106 = {
        /** @type {typeof __VLS_104.failed} */
        onFailed: ((e) => (failure.value = e)),
    };
    void __VLS_106;
    var __VLS_102;
    var __VLS_103;
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "fill" },
        'data-test': "quota-fill",
    });
    /** @type {__VLS_StyleScopedClasses['fill']} */ ;
    const __VLS_107 = __VLS_tryAsConstant((__VLS_unwrap(fill, {})));
    for (const [f] of __VLS_vFor(__VLS_nonNull(__VLS_107))) {
        __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
            key: (f.category),
            ...{ class: "fillitem" },
        });
        /** @type {__VLS_StyleScopedClasses['fillitem']} */ ;
        (__VLS_unwrap(t, {})(`category.${f.category}`));
        (__VLS_unwrap(t, {})("common.colon"));
        (__VLS_unwrap(t, {})("results.fill", { ...f }));
        (f.notReceived ? __VLS_unwrap(t, {})("results.fillNotReceived", { notReceived: f.notReceived }) : "");
        // @ts-ignore
        [t, t, t, t, t, finalized, failure, refused, refused, waiting, judgeNames, fill,];
    }
    let __VLS_108;
    /** @ts-ignore @type { | typeof __VLS_components.elTabs | typeof __VLS_components.ElTabs | typeof __VLS_components['el-tabs'] | typeof __VLS_components.elTabs | typeof __VLS_components.ElTabs | typeof __VLS_components['el-tabs']} */
    elTabs;
    // @ts-ignore
    const __VLS_109 = __VLS_asFunctionalComponent1(__VLS_108, new __VLS_108({
        // @ts-ignore
        modelValue: (tab.value),
    }));
    const __VLS_110 = __VLS_109({
        modelValue: (tab.value),
    }, ...__VLS_functionalComponentArgsRest(__VLS_109));
    var __VLS_111;
    const { default: __VLS_113 } = __VLS_nonNull(__VLS_111.slots);
    let __VLS_114;
    /** @ts-ignore @type { | typeof __VLS_components.elTabPane | typeof __VLS_components.ElTabPane | typeof __VLS_components['el-tab-pane'] | typeof __VLS_components.elTabPane | typeof __VLS_components.ElTabPane | typeof __VLS_components['el-tab-pane']} */
    elTabPane;
    // @ts-ignore
    const __VLS_115 = __VLS_asFunctionalComponent1(__VLS_114, new __VLS_114({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('results.ranking')), name: "ranking",
    }));
    const __VLS_116 = __VLS_115({
        label: (__VLS_unwrap(t, {})('results.ranking')),
        name: "ranking",
    }, ...__VLS_functionalComponentArgsRest(__VLS_115));
    var __VLS_117;
    const { default: __VLS_119 } = __VLS_nonNull(__VLS_117.slots);
    const __VLS_120 = RankingTable;
    // @ts-ignore
    const __VLS_121 = __VLS_asFunctionalComponent1(__VLS_120, new __VLS_120({
        // @ts-ignore
        ...{ 'onOpen': {} }, results: (__VLS_unwrap(results, {})), stability: (__VLS_unwrap(stability, {})), stabilityRunning: (stabilityProgress.value !== null),
    }));
    const __VLS_122 = __VLS_121({
        ...{ 'onOpen': {} },
        results: (__VLS_unwrap(results, {})),
        stability: (__VLS_unwrap(stability, {})),
        stabilityRunning: (stabilityProgress.value !== null),
    }, ...__VLS_functionalComponentArgsRest(__VLS_121));
    let __VLS_125;
    const __VLS_126 = {
        /** @type {typeof __VLS_125.open} */
        onOpen: (openDetail),
    };
    void __VLS_126;
    var __VLS_123;
    var __VLS_124;
    // @ts-ignore
    [t, tab, results, stability, stabilityProgress,];
    let __VLS_127;
    /** @ts-ignore @type { | typeof __VLS_components.elTabPane | typeof __VLS_components.ElTabPane | typeof __VLS_components['el-tab-pane'] | typeof __VLS_components.elTabPane | typeof __VLS_components.ElTabPane | typeof __VLS_components['el-tab-pane']} */
    elTabPane;
    // @ts-ignore
    const __VLS_128 = __VLS_asFunctionalComponent1(__VLS_127, new __VLS_127({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('results.pending', { n: pending.value.length })), name: "pending", lazy: true,
    }));
    const __VLS_129 = __VLS_128({
        label: (__VLS_unwrap(t, {})('results.pending', { n: pending.value.length })),
        name: "pending",
        lazy: true,
    }, ...__VLS_functionalComponentArgsRest(__VLS_128));
    var __VLS_130;
    const { default: __VLS_132 } = __VLS_nonNull(__VLS_130.slots);
    let __VLS_133;
    /** @ts-ignore @type { | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table'] | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table']} */
    elTable;
    // @ts-ignore
    const __VLS_134 = __VLS_asFunctionalComponent1(__VLS_133, new __VLS_133({
        // @ts-ignore
        ...{ 'onRowClick': {} }, data: (pending.value), border: true, size: "small", dataTest: "pending-table", rowClassName: "clickable",
    }));
    const __VLS_135 = __VLS_134({
        ...{ 'onRowClick': {} },
        data: (pending.value),
        border: true,
        size: "small",
        dataTest: "pending-table",
        rowClassName: "clickable",
    }, ...__VLS_functionalComponentArgsRest(__VLS_134));
    let __VLS_138;
    const __VLS_139 = {
        /** @type {typeof __VLS_138.rowClick} */
        onRowClick: (openDetail),
    };
    void __VLS_139;
    var __VLS_136;
    var __VLS_137;
    const { default: __VLS_140 } = __VLS_nonNull(__VLS_136.slots);
    let __VLS_141;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_142 = __VLS_asFunctionalComponent1(__VLS_141, new __VLS_141({
        // @ts-ignore
        prop: "lesson.id", label: "ID", width: "80",
    }));
    const __VLS_143 = __VLS_142({
        prop: "lesson.id",
        label: "ID",
        width: "80",
    }, ...__VLS_functionalComponentArgsRest(__VLS_142));
    let __VLS_146;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_147 = __VLS_asFunctionalComponent1(__VLS_146, new __VLS_146({
        // @ts-ignore
        prop: "lesson.title", label: (__VLS_unwrap(t, {})('roster.col.title')),
    }));
    const __VLS_148 = __VLS_147({
        prop: "lesson.title",
        label: (__VLS_unwrap(t, {})('roster.col.title')),
    }, ...__VLS_functionalComponentArgsRest(__VLS_147));
    let __VLS_151;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_152 = __VLS_asFunctionalComponent1(__VLS_151, new __VLS_151({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('results.spread')), width: "80", align: "right",
    }));
    const __VLS_153 = __VLS_152({
        label: (__VLS_unwrap(t, {})('results.spread')),
        width: "80",
        align: "right",
    }, ...__VLS_functionalComponentArgsRest(__VLS_152));
    var __VLS_154;
    const { default: __VLS_156 } = __VLS_nonNull(__VLS_154.slots);
    {
        const { default: __VLS_157 } = __VLS_nonNull(__VLS_154.slots);
        const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_157));
        (row.scored?.spread ?? "");
        // @ts-ignore
        [t, t, t, pending, pending,];
    }
    // @ts-ignore
    [];
    let __VLS_158;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_159 = __VLS_asFunctionalComponent1(__VLS_158, new __VLS_158({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('results.reasonCol')), minWidth: "220",
    }));
    const __VLS_160 = __VLS_159({
        label: (__VLS_unwrap(t, {})('results.reasonCol')),
        minWidth: "220",
    }, ...__VLS_functionalComponentArgsRest(__VLS_159));
    var __VLS_161;
    const { default: __VLS_163 } = __VLS_nonNull(__VLS_161.slots);
    {
        const { default: __VLS_164 } = __VLS_nonNull(__VLS_161.slots);
        const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_164));
        (__VLS_unwrap(reasonSentence, {})(__VLS_unwrap(t, {}), row));
        (row.outcome.tie_at_cut ? ` · ${__VLS_unwrap(t, {})("results.tieNote")}` : "");
        // @ts-ignore
        [t, t, t, reasonSentence,];
    }
    // @ts-ignore
    [];
    let __VLS_165;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_166 = __VLS_asFunctionalComponent1(__VLS_165, new __VLS_165({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('results.actions')), width: "300",
    }));
    const __VLS_167 = __VLS_166({
        label: (__VLS_unwrap(t, {})('results.actions')),
        width: "300",
    }, ...__VLS_functionalComponentArgsRest(__VLS_166));
    var __VLS_168;
    const { default: __VLS_170 } = __VLS_nonNull(__VLS_168.slots);
    {
        const { default: __VLS_171 } = __VLS_nonNull(__VLS_168.slots);
        const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_171));
        let __VLS_172;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_173 = __VLS_asFunctionalComponent1(__VLS_172, new __VLS_172({
            // @ts-ignore
            ...{ 'onClick': {} }, link: true, type: "primary", dataTest: (`decide-${row.lesson.id}`),
        }));
        const __VLS_174 = __VLS_173({
            ...{ 'onClick': {} },
            link: true,
            type: "primary",
            dataTest: (`decide-${row.lesson.id}`),
        }, ...__VLS_functionalComponentArgsRest(__VLS_173));
        let __VLS_177;
        const __VLS_178 = {
            /** @type {typeof __VLS_177.click} */
            onClick: (...[$event]) => {
                void $event;
                return (openDetail(row));
                // @ts-ignore
                [t,];
            },
        };
        void __VLS_178;
        var __VLS_175;
        var __VLS_176;
        const { default: __VLS_179 } = __VLS_nonNull(__VLS_175.slots);
        (__VLS_unwrap(t, {})("results.detail"));
        // @ts-ignore
        [t,];
        if (row.outcome.tie_at_cut && !finalized.value) {
            let __VLS_180;
            /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
            elButton;
            // @ts-ignore
            const __VLS_181 = __VLS_asFunctionalComponent1(__VLS_180, new __VLS_180({
                // @ts-ignore
                ...{ 'onClick': {} }, link: true, type: "primary", dataTest: (`order-${row.lesson.id}`),
            }));
            const __VLS_182 = __VLS_181({
                ...{ 'onClick': {} },
                link: true,
                type: "primary",
                dataTest: (`order-${row.lesson.id}`),
            }, ...__VLS_functionalComponentArgsRest(__VLS_181));
            let __VLS_185;
            const __VLS_186 = {
                /** @type {typeof __VLS_185.click} */
                onClick: (...[$event]) => {
                    void $event;
                    if (!(row.outcome.tie_at_cut && !finalized.value))
                        throw 0;
                    return (order(row));
                    // @ts-ignore
                    [finalized,];
                },
            };
            void __VLS_186;
            var __VLS_183;
            var __VLS_184;
            const { default: __VLS_187 } = __VLS_nonNull(__VLS_183.slots);
            (__VLS_unwrap(t, {})("results.setOrder"));
            // @ts-ignore
            [t,];
        }
        // @ts-ignore
        [];
    }
    // @ts-ignore
    [];
    // @ts-ignore
    [];
    // @ts-ignore
    [];
    let __VLS_188;
    /** @ts-ignore @type { | typeof __VLS_components.elTabPane | typeof __VLS_components.ElTabPane | typeof __VLS_components['el-tab-pane'] | typeof __VLS_components.elTabPane | typeof __VLS_components.ElTabPane | typeof __VLS_components['el-tab-pane']} */
    elTabPane;
    // @ts-ignore
    const __VLS_189 = __VLS_asFunctionalComponent1(__VLS_188, new __VLS_188({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('fairness.tab')), name: "fairness",
    }));
    const __VLS_190 = __VLS_189({
        label: (__VLS_unwrap(t, {})('fairness.tab')),
        name: "fairness",
    }, ...__VLS_functionalComponentArgsRest(__VLS_189));
    var __VLS_191;
    const { default: __VLS_193 } = __VLS_nonNull(__VLS_191.slots);
    if (tab.value === 'fairness') {
        const __VLS_194 = FairnessPanel;
        // @ts-ignore
        const __VLS_195 = __VLS_asFunctionalComponent1(__VLS_194, new __VLS_194({
            // @ts-ignore
            results: (__VLS_unwrap(results, {})), stability: (__VLS_unwrap(stability, {})), progress: (stabilityProgress.value),
        }));
        const __VLS_196 = __VLS_195({
            results: (__VLS_unwrap(results, {})),
            stability: (__VLS_unwrap(stability, {})),
            progress: (stabilityProgress.value),
        }, ...__VLS_functionalComponentArgsRest(__VLS_195));
    }
    // @ts-ignore
    [t, tab, results, stability, stabilityProgress,];
    let __VLS_199;
    /** @ts-ignore @type { | typeof __VLS_components.elTabPane | typeof __VLS_components.ElTabPane | typeof __VLS_components['el-tab-pane'] | typeof __VLS_components.elTabPane | typeof __VLS_components.ElTabPane | typeof __VLS_components['el-tab-pane']} */
    elTabPane;
    // @ts-ignore
    const __VLS_200 = __VLS_asFunctionalComponent1(__VLS_199, new __VLS_199({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('results.coverage')), name: "coverage", lazy: true,
    }));
    const __VLS_201 = __VLS_200({
        label: (__VLS_unwrap(t, {})('results.coverage')),
        name: "coverage",
        lazy: true,
    }, ...__VLS_functionalComponentArgsRest(__VLS_200));
    var __VLS_202;
    const { default: __VLS_204 } = __VLS_nonNull(__VLS_202.slots);
    const __VLS_205 = CoveragePanel;
    // @ts-ignore
    const __VLS_206 = __VLS_asFunctionalComponent1(__VLS_205, new __VLS_205({
        // @ts-ignore
        ...{ 'onReload': {} }, ...{ 'onFailed': {} }, coverage: (__VLS_unwrap(coverage, {})), results: (__VLS_unwrap(results, {})), finalized: (!!finalized.value),
    }));
    const __VLS_207 = __VLS_206({
        ...{ 'onReload': {} },
        ...{ 'onFailed': {} },
        coverage: (__VLS_unwrap(coverage, {})),
        results: (__VLS_unwrap(results, {})),
        finalized: (!!finalized.value),
    }, ...__VLS_functionalComponentArgsRest(__VLS_206));
    let __VLS_210;
    const __VLS_211 = {
        /** @type {typeof __VLS_210.reload} */
        onReload: (load),
    };
    void __VLS_211;
    const __VLS_212 = {
        /** @type {typeof __VLS_210.failed} */
        onFailed: ((e) => (failure.value = e)),
    };
    void __VLS_212;
    var __VLS_208;
    var __VLS_209;
    // @ts-ignore
    [t, finalized, failure, results, coverage,];
    // @ts-ignore
    [];
    const __VLS_213 = TieOrderDialog;
    // @ts-ignore
    const __VLS_214 = __VLS_asFunctionalComponent1(__VLS_213, new __VLS_213({
        // @ts-ignore
        ...{ 'onClose': {} }, ...{ 'onSave': {} }, group: (tieGroup.value),
    }));
    const __VLS_215 = __VLS_214({
        ...{ 'onClose': {} },
        ...{ 'onSave': {} },
        group: (tieGroup.value),
    }, ...__VLS_functionalComponentArgsRest(__VLS_214));
    let __VLS_218;
    const __VLS_219 = {
        /** @type {typeof __VLS_218.close} */
        onClose: (...[$event]) => {
            void $event;
            return (tieGroup.value = []);
            // @ts-ignore
            [tieGroup, tieGroup,];
        },
    };
    void __VLS_219;
    const __VLS_220 = {
        /** @type {typeof __VLS_218.save} */
        onSave: (saveOrder),
    };
    void __VLS_220;
    var __VLS_216;
    var __VLS_217;
    const __VLS_221 = LessonDetail;
    // @ts-ignore
    const __VLS_222 = __VLS_asFunctionalComponent1(__VLS_221, new __VLS_221({
        // @ts-ignore
        ...{ 'onClose': {} }, ...{ 'onDecided': {} }, lesson: (detailOf.value), finalized: (!!finalized.value),
    }));
    const __VLS_223 = __VLS_222({
        ...{ 'onClose': {} },
        ...{ 'onDecided': {} },
        lesson: (detailOf.value),
        finalized: (!!finalized.value),
    }, ...__VLS_functionalComponentArgsRest(__VLS_222));
    let __VLS_226;
    const __VLS_227 = {
        /** @type {typeof __VLS_226.close} */
        onClose: (...[$event]) => {
            void $event;
            return (detailOf.value = null);
            // @ts-ignore
            [finalized, detailOf, detailOf,];
        },
    };
    void __VLS_227;
    const __VLS_228 = {
        /** @type {typeof __VLS_226.decided} */
        onDecided: (load),
    };
    void __VLS_228;
    var __VLS_224;
    var __VLS_225;
    // @ts-ignore
    [];
    return {};
};
void [__VLS_template];
const __VLS_export = (await import('vue')).defineComponent({});
export default {};
