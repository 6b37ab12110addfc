import { attempt } from "../logic/attempt";
// One lesson as the chair decides on it: every judge's scores, vetoes and comments, the
// computation, the decisions in force (each can be changed or withdrawn) and their history.
import { computed, ref, watch } from "vue";
import { useT } from "../i18n";
import { ElMessage, ElMessageBox } from "element-plus";
import { plagiarismVeto } from "../logic/similar";
import { commands, pickFolder } from "../ipc";
import { baseName } from "../logic/problems";
import { fmt, reasonParams, shortOfScores } from "../logic/results";
import { decisionList, historyLine } from "../logic/detail";
import { describeError, describeProblem } from "../logic/problems";
import { useNumberChecks } from "../logic/numberChecks";
import NumberField from "./NumberField.vue";
const { defineProps, defineEmits, } = {};
const props = defineProps();
const emit = defineEmits();
const { t } = useT();
const detail = ref(null);
const failure = ref(null);
const score = ref(null);
const reason = ref("");
const badNumber = useNumberChecks();
const reviewer = ref("");
// the veto item a chair's veto names: the rubric's plagiarism item unless the chair picks another
const vetoItem = ref("");
// a decision in flight: the buttons wait for it (no second click acts twice)
const busy = ref(false);
/** Reads the lesson's detail; a reply for a lesson no longer asked for is dropped. */
async function load() {
    const lesson = props.lesson;
    if (!lesson)
        return;
    await attempt(failure, async () => {
        const d = await commands.lessonDetail({ lesson });
        if (props.lesson !== lesson)
            return;
        detail.value = d;
        score.value = d.decisions.arbitration ?? null;
    });
}
// another lesson: nothing of the previous one stays on screen or in the boxes while it loads, so
// no click can act on a lesson the chair is not looking at, and no typed reason is carried over
watch(() => props.lesson, () => {
    detail.value = null;
    failure.value = null;
    score.value = null;
    reason.value = props.evidence ?? "";
    vetoItem.value = "";
    reviewer.value = "";
    void load();
}, { immediate: true });
// the drawer has finished sliding in: a click during the slide lands where the button was
const opened = ref(false);
/** The lesson on screen, once its detail has loaded, the drawer stands still and no decision is
 *  in flight: only then is anything in the drawer actionable. */
const shown = computed(() => detail.value && detail.value.row.lesson.id === props.lesson && opened.value && !busy.value ? detail.value.row.lesson.id : null);
const ready = computed(() => shown.value !== null);
const row = computed(() => detail.value?.row ?? null);
const rubric = computed(() => detail.value?.rubric ?? null);
const decisions = computed(() => (detail.value ? decisionList(detail.value.decisions) : []));
const reasonText = computed(() => {
    if (!row.value)
        return "";
    const [key, params] = reasonParams(row.value.outcome.reason);
    return t(key, params);
});
const computation = computed(() => {
    const d = detail.value;
    const s = d?.row.scored;
    if (!d || !s)
        return "";
    return t("results.computationText", {
        method: t(`settings.agg.${d.method}`),
        raw: fmt(s.raw_mean),
        adjusted: fmt(s.adjusted),
        final: fmt(s.final_score),
        median: fmt(s.median),
        spread: s.spread,
        threshold: d.gap_threshold,
    });
});
const vetoName = (id) => rubric.value?.vetoes.find((v) => v.id === id)?.name ?? id;
const vetoChoice = computed(() => vetoItem.value || (rubric.value ? plagiarismVeto(rubric.value.vetoes) ?? "" : ""));
const veto = () => {
    const lesson = shown.value;
    if (lesson && vetoChoice.value)
        void decide({ kind: "veto", lesson, item: vetoChoice.value });
};
async function dismissEvidence() {
    try {
        const { value } = await ElMessageBox.prompt(t("similar.dismissAsk"), t("similar.dismissTitle"), {
            inputValidator: (v) => (v ?? "").trim() !== "",
            confirmButtonText: t("similar.dismissTitle"),
            cancelButtonText: t("common.cancel"),
            customClass: "dismiss-box",
        });
        emit("dismiss", value.trim());
    }
    catch {
        // cancelled: nothing recorded
    }
}
async function decide(decision) {
    busy.value = true;
    await attempt(failure, async () => {
        await commands.decide({ decision, reason: reason.value.trim() });
        reason.value = "";
        emit("decided");
        await load();
    });
    busy.value = false;
}
const arbitrate = () => {
    const lesson = shown.value;
    if (lesson && score.value !== null && !badNumber.value)
        void decide({ kind: "arbitrate", lesson, score: score.value });
};
const simple = (kind) => {
    const lesson = shown.value;
    if (lesson)
        void decide({ kind, lesson });
};
const noReason = computed(() => !ready.value || !reason.value.trim());
const withdraw = (decision) => {
    const lesson = shown.value;
    if (lesson)
        void decide({ kind: "withdraw", lesson, decision });
};
// a third review: another judge of the session gets the lesson and a new sheet; the hold is
// released once their scores come back
// the core lists who may review: not on the lesson, not absent, recusal holding
const reviewers = computed(() => detail.value?.reviewers ?? []);
async function requestReview() {
    const lesson = shown.value;
    const judge = reviewer.value;
    if (!lesson || !judge)
        return;
    const dir = await pickFolder(t("results.reviewFolder"));
    if (!dir)
        return;
    if (props.lesson !== lesson)
        return;
    busy.value = true;
    await attempt(failure, async () => {
        const r = await commands.requestReview({ lesson, judge, reason: reason.value.trim(), dir });
        ElMessage.success(t("results.reviewed", { judge, sheet: baseName(r.sheet) }));
        reviewer.value = "";
        reason.value = "";
        emit("decided");
        await load();
    });
    busy.value = false;
}
const __VLS_ctx = {
    ...{},
    ...{},
    ...{},
    ...{},
};
let __VLS_components;
let __VLS_intrinsics;
let __VLS_directives;
void __VLS_ctx, __VLS_components, __VLS_intrinsics, __VLS_directives;
const __VLS_template = () => {
    __VLS_withDotValue(opened, {});
    __VLS_withDotValue(detail, {});
    __VLS_withDotValue(row, {});
    __VLS_withDotValue(rubric, {});
    __VLS_withDotValue(ready, {});
    __VLS_withDotValue(computation, {});
    __VLS_withDotValue(decisions, {});
    __VLS_withDotValue(vetoItem, {});
    __VLS_withDotValue(noReason, {});
    __VLS_withDotValue(vetoChoice, {});
    __VLS_withDotValue(score, {});
    __VLS_withDotValue(badNumber, {});
    __VLS_withDotValue(reviewer, {});
    __VLS_withDotValue(failure, {});
    void {};
    /** @type {__VLS_StyleScopedClasses['detail']} */ ;
    /** @type {__VLS_StyleScopedClasses['grid']} */ ;
    /** @type {__VLS_StyleScopedClasses['grid']} */ ;
    /** @type {__VLS_StyleScopedClasses['grid']} */ ;
    /** @type {__VLS_StyleScopedClasses['grid']} */ ;
    /** @type {__VLS_StyleScopedClasses['grid']} */ ;
    /** @type {__VLS_StyleScopedClasses['grid']} */ ;
    /** @type {__VLS_StyleScopedClasses['grid']} */ ;
    /** @type {__VLS_StyleScopedClasses['grid']} */ ;
    let __VLS_0;
    /** @ts-ignore @type { | typeof __VLS_components.elDrawer | typeof __VLS_components.ElDrawer | typeof __VLS_components['el-drawer'] | typeof __VLS_components.elDrawer | typeof __VLS_components.ElDrawer | typeof __VLS_components['el-drawer']} */
    elDrawer;
    // @ts-ignore
    const __VLS_1 = __VLS_asFunctionalComponent1(__VLS_0, new __VLS_0({
        // @ts-ignore
        ...{ 'onOpened': {} }, ...{ 'onClose': {} }, modelValue: (!!__VLS_ctx.lesson), size: "62%", title: (__VLS_unwrap(t, {})('results.detail')), dataTest: "lesson-detail",
    }));
    const __VLS_2 = __VLS_1({
        ...{ 'onOpened': {} },
        ...{ 'onClose': {} },
        modelValue: (!!__VLS_ctx.lesson),
        size: "62%",
        title: (__VLS_unwrap(t, {})('results.detail')),
        dataTest: "lesson-detail",
    }, ...__VLS_functionalComponentArgsRest(__VLS_1));
    let __VLS_5;
    const __VLS_6 = {
        /** @type {typeof __VLS_5.opened} */
        onOpened: (...[$event]) => {
            void $event;
            return (opened.value = true);
            // @ts-ignore
            [lesson, t, opened,];
        },
    };
    void __VLS_6;
    const __VLS_7 = {
        /** @type {typeof __VLS_5.close} */
        onClose: (...[$event]) => {
            void $event;
            opened.value = false;
            __VLS_unwrap(emit, {})('close');
            // @ts-ignore
            [opened, emit,];
        },
    };
    void __VLS_7;
    var __VLS_3;
    var __VLS_4;
    const { default: __VLS_8 } = __VLS_nonNull(__VLS_3.slots);
    if (detail.value && row.value && rubric.value) {
        __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
            ...{ class: "detail" },
            'data-lesson': (row.value.lesson.id),
            'data-ready': (ready.value ? 'true' : undefined),
        });
        /** @type {__VLS_StyleScopedClasses['detail']} */ ;
        __VLS_asFunctionalElement1(__VLS_intrinsics.h3, __VLS_intrinsics.h3)({
            'data-test': "detail-title",
        });
        (row.value.lesson.id);
        (row.value.lesson.title);
        __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({
            ...{ class: "meta" },
        });
        /** @type {__VLS_StyleScopedClasses['meta']} */ ;
        (row.value.lesson.region);
        (row.value.lesson.stage);
        (row.value.lesson.subject);
        (row.value.lesson.grade);
        (row.value.lesson.teachers.join("、"));
        (row.value.lesson.school);
        __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({
            ...{ class: "outcome" },
            'data-test': "detail-outcome",
        });
        /** @type {__VLS_StyleScopedClasses['outcome']} */ ;
        __VLS_asFunctionalElement1(__VLS_intrinsics.b, __VLS_intrinsics.b)({});
        (__VLS_unwrap(t, {})(`status.${row.value.outcome.status}`));
        (__VLS_unwrap(reasonText, {}));
        __VLS_asFunctionalElement1(__VLS_intrinsics.h4, __VLS_intrinsics.h4)({});
        (__VLS_unwrap(t, {})("results.detailJudges"));
        __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
            ...{ class: "scroll" },
        });
        /** @type {__VLS_StyleScopedClasses['scroll']} */ ;
        __VLS_asFunctionalElement1(__VLS_intrinsics.table, __VLS_intrinsics.table)({
            ...{ class: "grid" },
            'data-test': "detail-judges",
        });
        /** @type {__VLS_StyleScopedClasses['grid']} */ ;
        __VLS_asFunctionalElement1(__VLS_intrinsics.thead, __VLS_intrinsics.thead)({});
        __VLS_asFunctionalElement1(__VLS_intrinsics.tr, __VLS_intrinsics.tr)({});
        __VLS_asFunctionalElement1(__VLS_intrinsics.th, __VLS_intrinsics.th)({});
        (__VLS_unwrap(t, {})("judges.col.name"));
        const __VLS_9 = __VLS_tryAsConstant((rubric.value.indicators));
        for (const [ind] of __VLS_vFor(__VLS_nonNull(__VLS_9))) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.th, __VLS_intrinsics.th)({
                key: (ind.id),
                title: (ind.name),
            });
            (ind.name);
            __VLS_asFunctionalElement1(__VLS_intrinsics.br)({});
            __VLS_asFunctionalElement1(__VLS_intrinsics.small, __VLS_intrinsics.small)({});
            (ind.weight);
            // @ts-ignore
            [t, t, t, detail, row, row, row, row, row, row, row, row, row, row, row, rubric, rubric, ready, reasonText,];
        }
        __VLS_asFunctionalElement1(__VLS_intrinsics.th, __VLS_intrinsics.th)({});
        (__VLS_unwrap(t, {})("results.judgeTotal"));
        __VLS_asFunctionalElement1(__VLS_intrinsics.th, __VLS_intrinsics.th)({});
        (__VLS_unwrap(t, {})("results.vetoCol"));
        __VLS_asFunctionalElement1(__VLS_intrinsics.th, __VLS_intrinsics.th)({});
        (__VLS_unwrap(t, {})("results.commentCol"));
        __VLS_asFunctionalElement1(__VLS_intrinsics.tbody, __VLS_intrinsics.tbody)({});
        const __VLS_10 = __VLS_tryAsConstant((detail.value.judges));
        for (const [j] of __VLS_vFor(__VLS_nonNull(__VLS_10))) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.tr, __VLS_intrinsics.tr)({
                key: (j.judge.id),
                ...{ class: ({ muted: !j.counts }) },
            });
            /** @type {__VLS_StyleScopedClasses['muted']} */ ;
            __VLS_asFunctionalElement1(__VLS_intrinsics.td, __VLS_intrinsics.td)({
                ...{ class: "name" },
            });
            /** @type {__VLS_StyleScopedClasses['name']} */ ;
            (j.judge.name);
            if (j.absent) {
                __VLS_asFunctionalElement1(__VLS_intrinsics.small, __VLS_intrinsics.small)({});
                (__VLS_unwrap(t, {})("results.absent"));
            }
            if (j.scores && !j.scores.unscored) {
                const __VLS_11 = __VLS_tryAsConstant((j.scores.scores));
                for (const [v, k] of __VLS_vFor(__VLS_nonNull(__VLS_11))) {
                    __VLS_asFunctionalElement1(__VLS_intrinsics.td, __VLS_intrinsics.td)({
                        key: (k),
                        ...{ class: "num" },
                    });
                    /** @type {__VLS_StyleScopedClasses['num']} */ ;
                    (v ?? "—");
                    // @ts-ignore
                    [t, t, t, t, detail,];
                }
            }
            else {
                __VLS_asFunctionalElement1(__VLS_intrinsics.td, __VLS_intrinsics.td)({
                    colspan: (rubric.value.indicators.length),
                    ...{ class: "none" },
                });
                /** @type {__VLS_StyleScopedClasses['none']} */ ;
                (j.scores?.unscored ? `${__VLS_unwrap(t, {})("results.notScored")}：${j.scores.unscored}` : __VLS_unwrap(t, {})("results.noSheetYet"));
            }
            __VLS_asFunctionalElement1(__VLS_intrinsics.td, __VLS_intrinsics.td)({
                ...{ class: "num total" },
            });
            /** @type {__VLS_StyleScopedClasses['num']} */ ;
            /** @type {__VLS_StyleScopedClasses['total']} */ ;
            (j.total ?? "—");
            __VLS_asFunctionalElement1(__VLS_intrinsics.td, __VLS_intrinsics.td)({
                ...{ class: "veto" },
            });
            /** @type {__VLS_StyleScopedClasses['veto']} */ ;
            const __VLS_12 = __VLS_tryAsConstant((j.scores?.vetoes ?? []));
            for (const [m] of __VLS_vFor(__VLS_nonNull(__VLS_12))) {
                __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
                    key: (m.veto),
                });
                (__VLS_unwrap(vetoName, {})(m.veto));
                (m.reason);
                // @ts-ignore
                [t, t, rubric, vetoName,];
            }
            __VLS_asFunctionalElement1(__VLS_intrinsics.td, __VLS_intrinsics.td)({});
            (j.scores?.comment);
            // @ts-ignore
            [];
        }
        __VLS_asFunctionalElement1(__VLS_intrinsics.h4, __VLS_intrinsics.h4)({});
        (__VLS_unwrap(t, {})("results.computation"));
        __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({
            'data-test': "detail-computation",
        });
        (computation.value || __VLS_unwrap(t, {})("results.notReceived"));
        __VLS_asFunctionalElement1(__VLS_intrinsics.h4, __VLS_intrinsics.h4)({});
        (__VLS_unwrap(t, {})("results.decisionsNow"));
        if (!decisions.value.length) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({
                ...{ class: "meta" },
            });
            /** @type {__VLS_StyleScopedClasses['meta']} */ ;
            (__VLS_unwrap(t, {})("results.noDecisions"));
        }
        else {
            __VLS_asFunctionalElement1(__VLS_intrinsics.ul, __VLS_intrinsics.ul)({
                ...{ class: "decisions" },
                'data-test': "detail-decisions",
            });
            /** @type {__VLS_StyleScopedClasses['decisions']} */ ;
            const __VLS_13 = __VLS_tryAsConstant((decisions.value));
            for (const [d] of __VLS_vFor(__VLS_nonNull(__VLS_13))) {
                __VLS_asFunctionalElement1(__VLS_intrinsics.li, __VLS_intrinsics.li)({
                    key: (d.kind),
                });
                (__VLS_unwrap(t, {})(`results.decisionKind.${d.kind}`, d.params));
                if (!__VLS_ctx.finalized) {
                    let __VLS_14;
                    /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
                    elButton;
                    // @ts-ignore
                    const __VLS_15 = __VLS_asFunctionalComponent1(__VLS_14, new __VLS_14({
                        // @ts-ignore
                        ...{ 'onClick': {} }, link: true, type: "danger", size: "small", disabled: (noReason.value), dataTest: (`withdraw-${d.kind}`),
                    }));
                    const __VLS_16 = __VLS_15({
                        ...{ 'onClick': {} },
                        link: true,
                        type: "danger",
                        size: "small",
                        disabled: (noReason.value),
                        dataTest: (`withdraw-${d.kind}`),
                    }, ...__VLS_functionalComponentArgsRest(__VLS_15));
                    let __VLS_19;
                    const __VLS_20 = {
                        /** @type {typeof __VLS_19.click} */
                        onClick: (...[$event]) => {
                            void $event;
                            if (!(detail.value && row.value && rubric.value))
                                throw 0;
                            if (!!(!decisions.value.length))
                                throw 0;
                            if (!(!__VLS_ctx.finalized))
                                throw 0;
                            return (__VLS_unwrap(withdraw, {})(d.kind));
                            // @ts-ignore
                            [t, t, t, t, t, computation, decisions, decisions, finalized, noReason, withdraw,];
                        },
                    };
                    void __VLS_20;
                    var __VLS_17;
                    var __VLS_18;
                    const { default: __VLS_21 } = __VLS_nonNull(__VLS_17.slots);
                    (__VLS_unwrap(t, {})("results.withdraw"));
                    // @ts-ignore
                    [t,];
                }
                // @ts-ignore
                [];
            }
        }
        if (__VLS_ctx.evidence && !__VLS_ctx.finalized) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
                ...{ class: "evidence" },
                'data-test': "veto-evidence",
            });
            /** @type {__VLS_StyleScopedClasses['evidence']} */ ;
            __VLS_asFunctionalElement1(__VLS_intrinsics.h4, __VLS_intrinsics.h4)({});
            (__VLS_unwrap(t, {})("similar.evidenceTitle"));
            __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({
                ...{ class: "meta" },
            });
            /** @type {__VLS_StyleScopedClasses['meta']} */ ;
            (__VLS_ctx.evidence);
            __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
                ...{ class: "buttons" },
            });
            /** @type {__VLS_StyleScopedClasses['buttons']} */ ;
            __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({});
            (__VLS_unwrap(t, {})("similar.vetoItem"));
            let __VLS_22;
            /** @ts-ignore @type { | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select'] | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select']} */
            elSelect;
            // @ts-ignore
            const __VLS_23 = __VLS_asFunctionalComponent1(__VLS_22, new __VLS_22({
                // @ts-ignore
                ...{ 'onUpdate:modelValue': {} }, modelValue: (vetoChoice.value), disabled: (!ready.value), ...{ style: {} }, dataTest: "veto-item",
            }));
            const __VLS_24 = __VLS_23({
                ...{ 'onUpdate:modelValue': {} },
                modelValue: (vetoChoice.value),
                disabled: (!ready.value),
                ...{ style: {} },
                dataTest: "veto-item",
            }, ...__VLS_functionalComponentArgsRest(__VLS_23));
            let __VLS_27;
            const __VLS_28 = {
                /** @type {typeof __VLS_27.'update:modelValue'} */
                'onUpdate:modelValue': ((v) => (vetoItem.value = v)),
            };
            void __VLS_28;
            var __VLS_25;
            var __VLS_26;
            const { default: __VLS_29 } = __VLS_nonNull(__VLS_25.slots);
            const __VLS_30 = __VLS_tryAsConstant((rubric.value.vetoes));
            for (const [v] of __VLS_vFor(__VLS_nonNull(__VLS_30))) {
                let __VLS_31;
                /** @ts-ignore @type { | typeof __VLS_components.elOption | typeof __VLS_components.ElOption | typeof __VLS_components['el-option']} */
                elOption;
                // @ts-ignore
                const __VLS_32 = __VLS_asFunctionalComponent1(__VLS_31, new __VLS_31({
                    // @ts-ignore
                    key: (v.id), value: (v.id), label: (v.name),
                }));
                const __VLS_33 = __VLS_32({
                    key: (v.id),
                    value: (v.id),
                    label: (v.name),
                }, ...__VLS_functionalComponentArgsRest(__VLS_32));
                // @ts-ignore
                [t, t, rubric, ready, finalized, evidence, evidence, vetoChoice, vetoItem,];
            }
            // @ts-ignore
            [];
            let __VLS_36;
            /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
            elButton;
            // @ts-ignore
            const __VLS_37 = __VLS_asFunctionalComponent1(__VLS_36, new __VLS_36({
                // @ts-ignore
                ...{ 'onClick': {} }, type: "danger", disabled: (noReason.value || !vetoChoice.value || !!detail.value.decisions.veto), dataTest: "confirm-veto",
            }));
            const __VLS_38 = __VLS_37({
                ...{ 'onClick': {} },
                type: "danger",
                disabled: (noReason.value || !vetoChoice.value || !!detail.value.decisions.veto),
                dataTest: "confirm-veto",
            }, ...__VLS_functionalComponentArgsRest(__VLS_37));
            let __VLS_41;
            const __VLS_42 = {
                /** @type {typeof __VLS_41.click} */
                onClick: (__VLS_unwrap(veto, {})),
            };
            void __VLS_42;
            var __VLS_39;
            var __VLS_40;
            const { default: __VLS_43 } = __VLS_nonNull(__VLS_39.slots);
            (__VLS_unwrap(t, {})("similar.confirmVeto"));
            // @ts-ignore
            [t, detail, noReason, vetoChoice, veto,];
            let __VLS_44;
            /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
            elButton;
            // @ts-ignore
            const __VLS_45 = __VLS_asFunctionalComponent1(__VLS_44, new __VLS_44({
                // @ts-ignore
                ...{ 'onClick': {} }, disabled: (!ready.value), dataTest: "dismiss-evidence",
            }));
            const __VLS_46 = __VLS_45({
                ...{ 'onClick': {} },
                disabled: (!ready.value),
                dataTest: "dismiss-evidence",
            }, ...__VLS_functionalComponentArgsRest(__VLS_45));
            let __VLS_49;
            const __VLS_50 = {
                /** @type {typeof __VLS_49.click} */
                onClick: (dismissEvidence),
            };
            void __VLS_50;
            var __VLS_47;
            var __VLS_48;
            const { default: __VLS_51 } = __VLS_nonNull(__VLS_47.slots);
            (__VLS_unwrap(t, {})("similar.dismiss"));
            // @ts-ignore
            [t, ready,];
        }
        if (!__VLS_ctx.finalized) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
                ...{ class: "act" },
            });
            /** @type {__VLS_StyleScopedClasses['act']} */ ;
            let __VLS_52;
            /** @ts-ignore @type { | typeof __VLS_components.elInput | typeof __VLS_components.ElInput | typeof __VLS_components['el-input']} */
            elInput;
            // @ts-ignore
            const __VLS_53 = __VLS_asFunctionalComponent1(__VLS_52, new __VLS_52({
                // @ts-ignore
                modelValue: (__VLS_unwrap(reason, {})), disabled: (!ready.value), placeholder: (__VLS_unwrap(t, {})('results.reason')), dataTest: "decision-reason",
            }));
            const __VLS_54 = __VLS_53({
                modelValue: (__VLS_unwrap(reason, {})),
                disabled: (!ready.value),
                placeholder: (__VLS_unwrap(t, {})('results.reason')),
                dataTest: "decision-reason",
            }, ...__VLS_functionalComponentArgsRest(__VLS_53));
            __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
                ...{ class: "buttons" },
            });
            /** @type {__VLS_StyleScopedClasses['buttons']} */ ;
            if (row.value.outcome.reason.code === 'held_gap' || detail.value.decisions.arbitration !== null) {
                const __VLS_57 = NumberField;
                // @ts-ignore
                const __VLS_58 = __VLS_asFunctionalComponent1(__VLS_57, new __VLS_57({
                    // @ts-ignore
                    modelValue: (score.value), min: (0), max: (rubric.value.total), multipleOf: (rubric.value.step), nullable: true, disabled: (!ready.value), dataTest: "arbitrate-score",
                }));
                const __VLS_59 = __VLS_58({
                    modelValue: (score.value),
                    min: (0),
                    max: (rubric.value.total),
                    multipleOf: (rubric.value.step),
                    nullable: true,
                    disabled: (!ready.value),
                    dataTest: "arbitrate-score",
                }, ...__VLS_functionalComponentArgsRest(__VLS_58));
                __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                    ...{ class: "hint" },
                });
                /** @type {__VLS_StyleScopedClasses['hint']} */ ;
                (__VLS_unwrap(t, {})("results.arbitrateHint", { max: rubric.value.total, step: rubric.value.step }));
                let __VLS_62;
                /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
                elButton;
                // @ts-ignore
                const __VLS_63 = __VLS_asFunctionalComponent1(__VLS_62, new __VLS_62({
                    // @ts-ignore
                    ...{ 'onClick': {} }, type: "primary", disabled: (!ready.value || score.value === null || badNumber.value || noReason.value), dataTest: "arbitrate",
                }));
                const __VLS_64 = __VLS_63({
                    ...{ 'onClick': {} },
                    type: "primary",
                    disabled: (!ready.value || score.value === null || badNumber.value || noReason.value),
                    dataTest: "arbitrate",
                }, ...__VLS_functionalComponentArgsRest(__VLS_63));
                let __VLS_67;
                const __VLS_68 = {
                    /** @type {typeof __VLS_67.click} */
                    onClick: (__VLS_unwrap(arbitrate, {})),
                };
                void __VLS_68;
                var __VLS_65;
                var __VLS_66;
                const { default: __VLS_69 } = __VLS_nonNull(__VLS_65.slots);
                (__VLS_unwrap(t, {})("results.arbitrate"));
                // @ts-ignore
                [t, t, t, detail, row, rubric, rubric, rubric, rubric, ready, ready, ready, finalized, noReason, reason, score, score, badNumber, arbitrate,];
                let __VLS_70;
                /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
                elButton;
                // @ts-ignore
                const __VLS_71 = __VLS_asFunctionalComponent1(__VLS_70, new __VLS_70({
                    // @ts-ignore
                    ...{ 'onClick': {} }, disabled: (noReason.value), dataTest: "accept",
                }));
                const __VLS_72 = __VLS_71({
                    ...{ 'onClick': {} },
                    disabled: (noReason.value),
                    dataTest: "accept",
                }, ...__VLS_functionalComponentArgsRest(__VLS_71));
                let __VLS_75;
                const __VLS_76 = {
                    /** @type {typeof __VLS_75.click} */
                    onClick: (...[$event]) => {
                        void $event;
                        if (!(detail.value && row.value && rubric.value))
                            throw 0;
                        if (!(!__VLS_ctx.finalized))
                            throw 0;
                        if (!(row.value.outcome.reason.code === 'held_gap' || detail.value.decisions.arbitration !== null))
                            throw 0;
                        return (__VLS_unwrap(simple, {})('accept'));
                        // @ts-ignore
                        [noReason, simple,];
                    },
                };
                void __VLS_76;
                var __VLS_73;
                var __VLS_74;
                const { default: __VLS_77 } = __VLS_nonNull(__VLS_73.slots);
                (__VLS_unwrap(t, {})("results.accept"));
                // @ts-ignore
                [t,];
            }
            if (row.value.outcome.status === 'vetoed') {
                let __VLS_78;
                /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
                elButton;
                // @ts-ignore
                const __VLS_79 = __VLS_asFunctionalComponent1(__VLS_78, new __VLS_78({
                    // @ts-ignore
                    ...{ 'onClick': {} }, type: "danger", disabled: (noReason.value), dataTest: "overrule",
                }));
                const __VLS_80 = __VLS_79({
                    ...{ 'onClick': {} },
                    type: "danger",
                    disabled: (noReason.value),
                    dataTest: "overrule",
                }, ...__VLS_functionalComponentArgsRest(__VLS_79));
                let __VLS_83;
                const __VLS_84 = {
                    /** @type {typeof __VLS_83.click} */
                    onClick: (...[$event]) => {
                        void $event;
                        if (!(detail.value && row.value && rubric.value))
                            throw 0;
                        if (!(!__VLS_ctx.finalized))
                            throw 0;
                        if (!(row.value.outcome.status === 'vetoed'))
                            throw 0;
                        return (__VLS_unwrap(simple, {})('overrule_veto'));
                        // @ts-ignore
                        [row, noReason, simple,];
                    },
                };
                void __VLS_84;
                var __VLS_81;
                var __VLS_82;
                const { default: __VLS_85 } = __VLS_nonNull(__VLS_81.slots);
                (__VLS_unwrap(t, {})("results.overrule"));
                // @ts-ignore
                [t,];
            }
            if (__VLS_unwrap(shortOfScores, {})(row.value)) {
                let __VLS_86;
                /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
                elButton;
                // @ts-ignore
                const __VLS_87 = __VLS_asFunctionalComponent1(__VLS_86, new __VLS_86({
                    // @ts-ignore
                    ...{ 'onClick': {} }, disabled: (noReason.value), dataTest: "accept-incomplete",
                }));
                const __VLS_88 = __VLS_87({
                    ...{ 'onClick': {} },
                    disabled: (noReason.value),
                    dataTest: "accept-incomplete",
                }, ...__VLS_functionalComponentArgsRest(__VLS_87));
                let __VLS_91;
                const __VLS_92 = {
                    /** @type {typeof __VLS_91.click} */
                    onClick: (...[$event]) => {
                        void $event;
                        if (!(detail.value && row.value && rubric.value))
                            throw 0;
                        if (!(!__VLS_ctx.finalized))
                            throw 0;
                        if (!(__VLS_unwrap(shortOfScores, {})(row.value)))
                            throw 0;
                        return (__VLS_unwrap(simple, {})('accept_incomplete'));
                        // @ts-ignore
                        [row, noReason, simple, shortOfScores,];
                    },
                };
                void __VLS_92;
                var __VLS_89;
                var __VLS_90;
                const { default: __VLS_93 } = __VLS_nonNull(__VLS_89.slots);
                (__VLS_unwrap(t, {})("results.acceptIncomplete"));
                // @ts-ignore
                [t,];
            }
            if (row.value.outcome.reason.code === 'held_gap' && !detail.value.decisions.review) {
                __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
                    ...{ class: "buttons" },
                    'data-test': "review-box",
                });
                /** @type {__VLS_StyleScopedClasses['buttons']} */ ;
                let __VLS_94;
                /** @ts-ignore @type { | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select'] | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select']} */
                elSelect;
                // @ts-ignore
                const __VLS_95 = __VLS_asFunctionalComponent1(__VLS_94, new __VLS_94({
                    // @ts-ignore
                    modelValue: (reviewer.value), disabled: (!ready.value), filterable: true, ...{ style: {} }, placeholder: (__VLS_unwrap(t, {})('results.reviewPick')), dataTest: "review-judge",
                }));
                const __VLS_96 = __VLS_95({
                    modelValue: (reviewer.value),
                    disabled: (!ready.value),
                    filterable: true,
                    ...{ style: {} },
                    placeholder: (__VLS_unwrap(t, {})('results.reviewPick')),
                    dataTest: "review-judge",
                }, ...__VLS_functionalComponentArgsRest(__VLS_95));
                var __VLS_97;
                const { default: __VLS_99 } = __VLS_nonNull(__VLS_97.slots);
                const __VLS_100 = __VLS_tryAsConstant((__VLS_unwrap(reviewers, {})));
                for (const [j] of __VLS_vFor(__VLS_nonNull(__VLS_100))) {
                    let __VLS_101;
                    /** @ts-ignore @type { | typeof __VLS_components.elOption | typeof __VLS_components.ElOption | typeof __VLS_components['el-option']} */
                    elOption;
                    // @ts-ignore
                    const __VLS_102 = __VLS_asFunctionalComponent1(__VLS_101, new __VLS_101({
                        // @ts-ignore
                        key: (j.id), value: (j.id), label: (`${j.id} ${j.name} · ${j.panel}`),
                    }));
                    const __VLS_103 = __VLS_102({
                        key: (j.id),
                        value: (j.id),
                        label: (`${j.id} ${j.name} · ${j.panel}`),
                    }, ...__VLS_functionalComponentArgsRest(__VLS_102));
                    // @ts-ignore
                    [t, detail, row, ready, reviewer, reviewers,];
                }
                // @ts-ignore
                [];
                let __VLS_106;
                /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
                elButton;
                // @ts-ignore
                const __VLS_107 = __VLS_asFunctionalComponent1(__VLS_106, new __VLS_106({
                    // @ts-ignore
                    ...{ 'onClick': {} }, disabled: (!reviewer.value || noReason.value), dataTest: "request-review",
                }));
                const __VLS_108 = __VLS_107({
                    ...{ 'onClick': {} },
                    disabled: (!reviewer.value || noReason.value),
                    dataTest: "request-review",
                }, ...__VLS_functionalComponentArgsRest(__VLS_107));
                let __VLS_111;
                const __VLS_112 = {
                    /** @type {typeof __VLS_111.click} */
                    onClick: (requestReview),
                };
                void __VLS_112;
                var __VLS_109;
                var __VLS_110;
                const { default: __VLS_113 } = __VLS_nonNull(__VLS_109.slots);
                (__VLS_unwrap(t, {})("results.review"));
                // @ts-ignore
                [t, noReason, reviewer,];
                __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                    ...{ class: "hint" },
                });
                /** @type {__VLS_StyleScopedClasses['hint']} */ ;
                (__VLS_unwrap(t, {})("results.reviewHint"));
            }
        }
        if (failure.value) {
            let __VLS_114;
            /** @ts-ignore @type { | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert'] | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert']} */
            elAlert;
            // @ts-ignore
            const __VLS_115 = __VLS_asFunctionalComponent1(__VLS_114, new __VLS_114({
                // @ts-ignore
                type: "error", closable: (false), title: (__VLS_unwrap(describeError, {})(__VLS_unwrap(t, {}), failure.value)), showIcon: true, dataTest: "detail-failure",
            }));
            const __VLS_116 = __VLS_115({
                type: "error",
                closable: (false),
                title: (__VLS_unwrap(describeError, {})(__VLS_unwrap(t, {}), failure.value)),
                showIcon: true,
                dataTest: "detail-failure",
            }, ...__VLS_functionalComponentArgsRest(__VLS_115));
            var __VLS_117;
            const { default: __VLS_119 } = __VLS_nonNull(__VLS_117.slots);
            const __VLS_120 = __VLS_tryAsConstant((failure.value.details));
            for (const [p, i] of __VLS_vFor(__VLS_nonNull(__VLS_120))) {
                __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
                    key: (i),
                });
                (__VLS_unwrap(describeProblem, {})(__VLS_unwrap(t, {}), p));
                // @ts-ignore
                [t, t, t, failure, failure, failure, describeError, describeProblem,];
            }
            // @ts-ignore
            [];
        }
        __VLS_asFunctionalElement1(__VLS_intrinsics.h4, __VLS_intrinsics.h4)({});
        (__VLS_unwrap(t, {})("results.history"));
        if (!detail.value.history.length) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({
                ...{ class: "meta" },
            });
            /** @type {__VLS_StyleScopedClasses['meta']} */ ;
            (__VLS_unwrap(t, {})("results.noHistory"));
        }
        else {
            __VLS_asFunctionalElement1(__VLS_intrinsics.ul, __VLS_intrinsics.ul)({
                ...{ class: "history" },
                'data-test': "detail-history",
            });
            /** @type {__VLS_StyleScopedClasses['history']} */ ;
            const __VLS_121 = __VLS_tryAsConstant((detail.value.history));
            for (const [h] of __VLS_vFor(__VLS_nonNull(__VLS_121))) {
                __VLS_asFunctionalElement1(__VLS_intrinsics.li, __VLS_intrinsics.li)({
                    key: (h.seq),
                });
                (__VLS_unwrap(historyLine, {})(__VLS_unwrap(t, {}), h));
                // @ts-ignore
                [t, t, t, detail, detail, historyLine,];
            }
        }
    }
    else if (__VLS_ctx.lesson) {
        __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
            ...{ class: "loading" },
            'data-test': "detail-loading",
        });
        /** @type {__VLS_StyleScopedClasses['loading']} */ ;
        if (failure.value) {
            let __VLS_122;
            /** @ts-ignore @type { | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert']} */
            elAlert;
            // @ts-ignore
            const __VLS_123 = __VLS_asFunctionalComponent1(__VLS_122, new __VLS_122({
                // @ts-ignore
                type: "error", closable: (false), title: (__VLS_unwrap(describeError, {})(__VLS_unwrap(t, {}), failure.value)), showIcon: true,
            }));
            const __VLS_124 = __VLS_123({
                type: "error",
                closable: (false),
                title: (__VLS_unwrap(describeError, {})(__VLS_unwrap(t, {}), failure.value)),
                showIcon: true,
            }, ...__VLS_functionalComponentArgsRest(__VLS_123));
        }
        else {
            __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({});
            (__VLS_unwrap(t, {})("results.detailLoading", { lesson: __VLS_ctx.lesson }));
        }
    }
    // @ts-ignore
    [lesson, lesson, t, t, failure, failure, describeError,];
    // @ts-ignore
    [];
    return {};
};
void [__VLS_template];
const __VLS_export = (await import('vue')).defineComponent({
    __typeEmits: {},
    __typeProps: {},
});
export default {};
