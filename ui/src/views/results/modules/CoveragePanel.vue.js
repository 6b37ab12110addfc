import { attempt } from "../../../logic/attempt";
import { ref } from "vue";
import { useT } from "../../../i18n";
import { askReason } from "../logic/ask";
import { ElMessage, ElMessageBox } from "element-plus";
import { commands, pickFolder } from "../../../ipc";
import { baseName, describeProblem } from "../../../logic/problems";
import { shortOfScores } from "../../../logic/results";
import { useSessionStore } from "../../../stores/session";
const { defineProps, defineEmits, } = {};
const props = defineProps();
const emit = defineEmits();
const { t } = useT();
const session = useSessionStore();
const ask = (label) => askReason(t, label);
// an absent judge's unscored lessons handed to a replacement, whose sheet is written at once
const replacing = ref(null);
const replacement = ref("");
const replaceFailure = ref(null);
function startReplace(j) {
    replacing.value = j;
    replacement.value = "";
    replaceFailure.value = null;
}
async function doReplace() {
    const j = replacing.value;
    if (!j || !replacement.value)
        return;
    const dir = await pickFolder(t("results.replaceFolder"));
    if (!dir)
        return;
    const chosen = replacement.value;
    await attempt(replaceFailure, async () => {
        const r = await commands.replaceJudge({ absent: j.judge.id, replacement: chosen, dir });
        replacing.value = null;
        ElMessage.success(t("results.replaced", { n: r.lessons.length, sheet: baseName(r.sheet) }));
        await session.refresh();
        emit("reload");
    });
}
async function absent(j) {
    const reason = j.absent ? null : await ask(t("results.absentReason", { name: j.judge.name }));
    if (!j.absent && !reason)
        return;
    await attempt((e) => emit("failed", e), async () => {
        await commands.setAbsent({ judge: j.judge.id, reason });
        if (reason && j.missing.length) {
            // one step: accept the unscored lessons with the absence as the reason, or hand them to a
            // replacement judge
            const choice = await ElMessageBox.confirm(t("results.absentAccept", { name: j.judge.name, n: j.missing.length }), t("results.decision"), { confirmButtonText: t("results.absentAcceptYes"), cancelButtonText: t("results.replace"), distinguishCancelAndClose: true }).then(() => "accept", (action) => action);
            if (choice === "cancel") {
                emit("reload");
                startReplace({ ...j, absent: reason });
                return;
            }
            if (choice === "accept") {
                // only the lessons now short of scores: one another judge left held for its spread, say,
                // is not the absence's to settle
                const short = new Set((props.results?.categories ?? []).flatMap((c) => c.rows)
                    .filter(shortOfScores)
                    .map((r) => r.lesson.id));
                for (const lesson of j.missing.filter((l) => short.has(l))) {
                    await commands.decide({
                        decision: { kind: "accept_incomplete", lesson },
                        reason: t("results.absentAcceptReason", { name: j.judge.name, reason }),
                    });
                }
                ElMessage.success(t("results.decided"));
            }
        }
        emit("reload");
    });
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
    __VLS_withDotValue(replacing, {});
    __VLS_withDotValue(replaceFailure, {});
    __VLS_withDotValue(replacement, {});
    void {};
    let __VLS_0;
    /** @ts-ignore @type { | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table'] | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table']} */
    elTable;
    // @ts-ignore
    const __VLS_1 = __VLS_asFunctionalComponent1(__VLS_0, new __VLS_0({
        // @ts-ignore
        data: (__VLS_ctx.coverage), border: true, size: "small", dataTest: "coverage-table",
    }));
    const __VLS_2 = __VLS_1({
        data: (__VLS_ctx.coverage),
        border: true,
        size: "small",
        dataTest: "coverage-table",
    }, ...__VLS_functionalComponentArgsRest(__VLS_1));
    var __VLS_3;
    const { default: __VLS_5 } = __VLS_nonNull(__VLS_3.slots);
    let __VLS_6;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_7 = __VLS_asFunctionalComponent1(__VLS_6, new __VLS_6({
        // @ts-ignore
        prop: "judge.id", label: "ID", width: "70",
    }));
    const __VLS_8 = __VLS_7({
        prop: "judge.id",
        label: "ID",
        width: "70",
    }, ...__VLS_functionalComponentArgsRest(__VLS_7));
    let __VLS_11;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_12 = __VLS_asFunctionalComponent1(__VLS_11, new __VLS_11({
        // @ts-ignore
        prop: "judge.name", label: (__VLS_unwrap(t, {})('judges.col.name')), width: "90",
    }));
    const __VLS_13 = __VLS_12({
        prop: "judge.name",
        label: (__VLS_unwrap(t, {})('judges.col.name')),
        width: "90",
    }, ...__VLS_functionalComponentArgsRest(__VLS_12));
    let __VLS_16;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_17 = __VLS_asFunctionalComponent1(__VLS_16, new __VLS_16({
        // @ts-ignore
        prop: "judge.panel", label: (__VLS_unwrap(t, {})('judges.col.panel')), width: "110",
    }));
    const __VLS_18 = __VLS_17({
        prop: "judge.panel",
        label: (__VLS_unwrap(t, {})('judges.col.panel')),
        width: "110",
    }, ...__VLS_functionalComponentArgsRest(__VLS_17));
    let __VLS_21;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_22 = __VLS_asFunctionalComponent1(__VLS_21, new __VLS_21({
        // @ts-ignore
        prop: "assigned", label: (__VLS_unwrap(t, {})('results.assigned')), width: "80", align: "right",
    }));
    const __VLS_23 = __VLS_22({
        prop: "assigned",
        label: (__VLS_unwrap(t, {})('results.assigned')),
        width: "80",
        align: "right",
    }, ...__VLS_functionalComponentArgsRest(__VLS_22));
    let __VLS_26;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_27 = __VLS_asFunctionalComponent1(__VLS_26, new __VLS_26({
        // @ts-ignore
        prop: "scored", label: (__VLS_unwrap(t, {})('results.scored')), width: "80", align: "right",
    }));
    const __VLS_28 = __VLS_27({
        prop: "scored",
        label: (__VLS_unwrap(t, {})('results.scored')),
        width: "80",
        align: "right",
    }, ...__VLS_functionalComponentArgsRest(__VLS_27));
    let __VLS_31;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_32 = __VLS_asFunctionalComponent1(__VLS_31, new __VLS_31({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('results.missing')),
    }));
    const __VLS_33 = __VLS_32({
        label: (__VLS_unwrap(t, {})('results.missing')),
    }, ...__VLS_functionalComponentArgsRest(__VLS_32));
    var __VLS_34;
    const { default: __VLS_36 } = __VLS_nonNull(__VLS_34.slots);
    {
        const { default: __VLS_37 } = __VLS_nonNull(__VLS_34.slots);
        const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_37));
        (row.missing.join("、"));
        // @ts-ignore
        [coverage, t, t, t, t, t,];
    }
    // @ts-ignore
    [];
    let __VLS_38;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_39 = __VLS_asFunctionalComponent1(__VLS_38, new __VLS_38({
        // @ts-ignore
        prop: "recused", label: (__VLS_unwrap(t, {})('assign.recusals')), width: "70", align: "right",
    }));
    const __VLS_40 = __VLS_39({
        prop: "recused",
        label: (__VLS_unwrap(t, {})('assign.recusals')),
        width: "70",
        align: "right",
    }, ...__VLS_functionalComponentArgsRest(__VLS_39));
    let __VLS_43;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_44 = __VLS_asFunctionalComponent1(__VLS_43, new __VLS_43({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('results.absent')), width: "200",
    }));
    const __VLS_45 = __VLS_44({
        label: (__VLS_unwrap(t, {})('results.absent')),
        width: "200",
    }, ...__VLS_functionalComponentArgsRest(__VLS_44));
    var __VLS_46;
    const { default: __VLS_48 } = __VLS_nonNull(__VLS_46.slots);
    {
        const { default: __VLS_49 } = __VLS_nonNull(__VLS_46.slots);
        const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_49));
        if (row.absent) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({});
            (row.absent);
        }
        if (row.absent && row.missing.length && !__VLS_ctx.finalized) {
            let __VLS_50;
            /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
            elButton;
            // @ts-ignore
            const __VLS_51 = __VLS_asFunctionalComponent1(__VLS_50, new __VLS_50({
                // @ts-ignore
                ...{ 'onClick': {} }, link: true, type: "primary", dataTest: (`replace-${row.judge.id}`),
            }));
            const __VLS_52 = __VLS_51({
                ...{ 'onClick': {} },
                link: true,
                type: "primary",
                dataTest: (`replace-${row.judge.id}`),
            }, ...__VLS_functionalComponentArgsRest(__VLS_51));
            let __VLS_55;
            const __VLS_56 = {
                /** @type {typeof __VLS_55.click} */
                onClick: (...[$event]) => {
                    void $event;
                    if (!(row.absent && row.missing.length && !__VLS_ctx.finalized))
                        throw 0;
                    return (startReplace(row));
                    // @ts-ignore
                    [t, t, finalized,];
                },
            };
            void __VLS_56;
            var __VLS_53;
            var __VLS_54;
            const { default: __VLS_57 } = __VLS_nonNull(__VLS_53.slots);
            (__VLS_unwrap(t, {})("results.replace"));
            // @ts-ignore
            [t,];
        }
        let __VLS_58;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_59 = __VLS_asFunctionalComponent1(__VLS_58, new __VLS_58({
            // @ts-ignore
            ...{ 'onClick': {} }, link: true, type: (row.absent ? 'primary' : 'warning'), disabled: (!!__VLS_ctx.finalized), dataTest: (`absent-${row.judge.id}`),
        }));
        const __VLS_60 = __VLS_59({
            ...{ 'onClick': {} },
            link: true,
            type: (row.absent ? 'primary' : 'warning'),
            disabled: (!!__VLS_ctx.finalized),
            dataTest: (`absent-${row.judge.id}`),
        }, ...__VLS_functionalComponentArgsRest(__VLS_59));
        let __VLS_63;
        const __VLS_64 = {
            /** @type {typeof __VLS_63.click} */
            onClick: (...[$event]) => {
                void $event;
                return (absent(row));
                // @ts-ignore
                [finalized,];
            },
        };
        void __VLS_64;
        var __VLS_61;
        var __VLS_62;
        const { default: __VLS_65 } = __VLS_nonNull(__VLS_61.slots);
        (row.absent ? __VLS_unwrap(t, {})("results.present") : __VLS_unwrap(t, {})("results.markAbsent"));
        // @ts-ignore
        [t, t,];
        // @ts-ignore
        [];
    }
    // @ts-ignore
    [];
    // @ts-ignore
    [];
    let __VLS_66;
    /** @ts-ignore @type { | typeof __VLS_components.elDialog | typeof __VLS_components.ElDialog | typeof __VLS_components['el-dialog'] | typeof __VLS_components.elDialog | typeof __VLS_components.ElDialog | typeof __VLS_components['el-dialog']} */
    elDialog;
    // @ts-ignore
    const __VLS_67 = __VLS_asFunctionalComponent1(__VLS_66, new __VLS_66({
        // @ts-ignore
        ...{ 'onUpdate:modelValue': {} }, modelValue: (replacing.value !== null), title: (__VLS_unwrap(t, {})('results.replace')), width: "540px", closeOnClickModal: (false), dataTest: "replace-dialog",
    }));
    const __VLS_68 = __VLS_67({
        ...{ 'onUpdate:modelValue': {} },
        modelValue: (replacing.value !== null),
        title: (__VLS_unwrap(t, {})('results.replace')),
        width: "540px",
        closeOnClickModal: (false),
        dataTest: "replace-dialog",
    }, ...__VLS_functionalComponentArgsRest(__VLS_67));
    let __VLS_71;
    const __VLS_72 = {
        /** @type {typeof __VLS_71.'update:modelValue'} */
        'onUpdate:modelValue': (...[$event]) => {
            void $event;
            return (replacing.value = null);
            // @ts-ignore
            [t, replacing, replacing,];
        },
    };
    void __VLS_72;
    var __VLS_69;
    var __VLS_70;
    const { default: __VLS_73 } = __VLS_nonNull(__VLS_69.slots);
    if (replacing.value) {
        __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({});
        (__VLS_unwrap(t, {})("results.replaceText", { name: replacing.value.judge.name, n: replacing.value.missing.length, lessons: replacing.value.missing.join("、") }));
    }
    let __VLS_74;
    /** @ts-ignore @type { | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select'] | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select']} */
    elSelect;
    // @ts-ignore
    const __VLS_75 = __VLS_asFunctionalComponent1(__VLS_74, new __VLS_74({
        // @ts-ignore
        modelValue: (replacement.value), filterable: true, ...{ style: {} }, placeholder: (__VLS_unwrap(t, {})('assign.swapTo')), dataTest: "replace-with",
    }));
    const __VLS_76 = __VLS_75({
        modelValue: (replacement.value),
        filterable: true,
        ...{ style: {} },
        placeholder: (__VLS_unwrap(t, {})('assign.swapTo')),
        dataTest: "replace-with",
    }, ...__VLS_functionalComponentArgsRest(__VLS_75));
    var __VLS_77;
    const { default: __VLS_79 } = __VLS_nonNull(__VLS_77.slots);
    const __VLS_80 = __VLS_tryAsConstant((__VLS_ctx.coverage.filter((x) => x.judge.id !== replacing.value?.judge.id && !x.absent)));
    for (const [c] of __VLS_vFor(__VLS_nonNull(__VLS_80))) {
        let __VLS_81;
        /** @ts-ignore @type { | typeof __VLS_components.elOption | typeof __VLS_components.ElOption | typeof __VLS_components['el-option']} */
        elOption;
        // @ts-ignore
        const __VLS_82 = __VLS_asFunctionalComponent1(__VLS_81, new __VLS_81({
            // @ts-ignore
            key: (c.judge.id), value: (c.judge.id), label: (`${c.judge.id} ${c.judge.name} · ${c.judge.panel} · ${__VLS_unwrap(t, {})('results.assignedN', { n: c.assigned })}`),
        }));
        const __VLS_83 = __VLS_82({
            key: (c.judge.id),
            value: (c.judge.id),
            label: (`${c.judge.id} ${c.judge.name} · ${c.judge.panel} · ${__VLS_unwrap(t, {})('results.assignedN', { n: c.assigned })}`),
        }, ...__VLS_functionalComponentArgsRest(__VLS_82));
        // @ts-ignore
        [coverage, t, t, t, replacing, replacing, replacing, replacing, replacing, replacement,];
    }
    // @ts-ignore
    [];
    if (replaceFailure.value) {
        let __VLS_86;
        /** @ts-ignore @type { | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert'] | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert']} */
        elAlert;
        // @ts-ignore
        const __VLS_87 = __VLS_asFunctionalComponent1(__VLS_86, new __VLS_86({
            // @ts-ignore
            type: "error", closable: (false), showIcon: true, title: (__VLS_unwrap(t, {})('results.replaceFailed')), ...{ class: "rf" },
        }));
        const __VLS_88 = __VLS_87({
            type: "error",
            closable: (false),
            showIcon: true,
            title: (__VLS_unwrap(t, {})('results.replaceFailed')),
            ...{ class: "rf" },
        }, ...__VLS_functionalComponentArgsRest(__VLS_87));
        /** @type {__VLS_StyleScopedClasses['rf']} */ ;
        var __VLS_89;
        const { default: __VLS_91 } = __VLS_nonNull(__VLS_89.slots);
        const __VLS_92 = __VLS_tryAsConstant((replaceFailure.value.details));
        for (const [p, i] of __VLS_vFor(__VLS_nonNull(__VLS_92))) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
                key: (i),
            });
            (__VLS_unwrap(describeProblem, {})(__VLS_unwrap(t, {}), p));
            // @ts-ignore
            [t, t, replaceFailure, replaceFailure, describeProblem,];
        }
        // @ts-ignore
        [];
    }
    {
        const { footer: __VLS_93 } = __VLS_nonNull(__VLS_69.slots);
        let __VLS_94;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_95 = __VLS_asFunctionalComponent1(__VLS_94, new __VLS_94({
            // @ts-ignore
            ...{ 'onClick': {} },
        }));
        const __VLS_96 = __VLS_95({
            ...{ 'onClick': {} },
        }, ...__VLS_functionalComponentArgsRest(__VLS_95));
        let __VLS_99;
        const __VLS_100 = {
            /** @type {typeof __VLS_99.click} */
            onClick: (...[$event]) => {
                void $event;
                return (replacing.value = null);
                // @ts-ignore
                [replacing,];
            },
        };
        void __VLS_100;
        var __VLS_97;
        var __VLS_98;
        const { default: __VLS_101 } = __VLS_nonNull(__VLS_97.slots);
        (__VLS_unwrap(t, {})("common.cancel"));
        // @ts-ignore
        [t,];
        let __VLS_102;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_103 = __VLS_asFunctionalComponent1(__VLS_102, new __VLS_102({
            // @ts-ignore
            ...{ 'onClick': {} }, type: "primary", disabled: (!replacement.value), dataTest: "replace-save",
        }));
        const __VLS_104 = __VLS_103({
            ...{ 'onClick': {} },
            type: "primary",
            disabled: (!replacement.value),
            dataTest: "replace-save",
        }, ...__VLS_functionalComponentArgsRest(__VLS_103));
        let __VLS_107;
        const __VLS_108 = {
            /** @type {typeof __VLS_107.click} */
            onClick: (doReplace),
        };
        void __VLS_108;
        var __VLS_105;
        var __VLS_106;
        const { default: __VLS_109 } = __VLS_nonNull(__VLS_105.slots);
        (__VLS_unwrap(t, {})("results.replaceSave"));
        // @ts-ignore
        [t, replacement,];
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
const __VLS_export = (await import('vue')).defineComponent({
    __typeEmits: {},
    __typeProps: {},
});
export default {};
