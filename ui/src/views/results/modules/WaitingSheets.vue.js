import { attempt } from "../../../logic/attempt";
import { codeText } from "../../../locales/keys";
import { computed, ref } from "vue";
import { useT } from "../../../i18n";
import { ElMessage, ElMessageBox } from "element-plus";
import { commands } from "../../../ipc";
import { baseName } from "../../../logic/problems";
import { confirmable, filledElsewhere, listedCellCount, signedChanges } from "../logic/waiting";
const { defineProps, defineEmits, } = {};
const props = defineProps();
const emit = defineEmits();
const { t } = useT();
const busy = ref(false);
const ready = computed(() => confirmable(props.sheets));
const judgeText = (w) => `${w.judge} ${props.names[w.judge] ?? ""}`.trim();
async function ask(text) {
    try {
        await ElMessageBox.confirm(text, t("results.confirmSheetTitle"), {
            confirmButtonText: t("results.confirmSheet"),
            cancelButtonText: t("common.cancel"),
            type: "warning",
        });
        return true;
    }
    catch {
        return false;
    }
}
async function confirmOne(w) {
    const text = filledElsewhere(w)
        ? t("results.confirmFilledText", { judge: judgeText(w), file: baseName(w.file), n: w.lessons.length })
        : t("results.confirmSheetText", { judge: judgeText(w), file: baseName(w.file), n: signedChanges(w).length });
    const ok = await ask(text);
    if (ok)
        await run([w]);
}
async function confirmAll() {
    const list = ready.value;
    const ok = await ask(t("results.confirmAllText", { n: list.length, cells: listedCellCount(list) }));
    if (ok)
        await run(list);
}
const vetoCount = (w) => w.lessons.filter((l) => l.vetoes.length).length;
async function run(list) {
    busy.value = true;
    let left = props.sheets;
    await attempt((e) => emit("failed", e), async () => {
        for (const w of list) {
            left = (await commands.confirmSheet({ judge: w.judge, revision: w.revision, content_hash: w.content_hash })).sheets;
        }
        ElMessage.success(t("results.confirmed"));
    });
    busy.value = false;
    emit("changed", left);
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
    __VLS_withDotValue(ready, {});
    void {};
    /** @type {__VLS_StyleScopedClasses['summary']} */ ;
    /** @type {__VLS_StyleScopedClasses['summary']} */ ;
    /** @type {__VLS_StyleScopedClasses['summary']} */ ;
    /** @type {__VLS_StyleScopedClasses['summary']} */ ;
    /** @type {__VLS_StyleScopedClasses['summary']} */ ;
    if (__VLS_ctx.sheets.length) {
        __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
            ...{ class: "waiting" },
            'data-test': "waiting-sheets",
        });
        /** @type {__VLS_StyleScopedClasses['waiting']} */ ;
        __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
            ...{ class: "head" },
        });
        /** @type {__VLS_StyleScopedClasses['head']} */ ;
        __VLS_asFunctionalElement1(__VLS_intrinsics.b, __VLS_intrinsics.b)({});
        (__VLS_unwrap(t, {})("results.waitingTitle", { n: __VLS_ctx.sheets.length }));
        __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
            ...{ class: "hint" },
        });
        /** @type {__VLS_StyleScopedClasses['hint']} */ ;
        (__VLS_unwrap(t, {})("results.waitingHint"));
        __VLS_asFunctionalElement1(__VLS_intrinsics.span)({
            ...{ class: "spacer" },
        });
        /** @type {__VLS_StyleScopedClasses['spacer']} */ ;
        if (ready.value.length > 1 && !__VLS_ctx.finalized) {
            let __VLS_0;
            /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
            elButton;
            // @ts-ignore
            const __VLS_1 = __VLS_asFunctionalComponent1(__VLS_0, new __VLS_0({
                // @ts-ignore
                ...{ 'onClick': {} }, size: "small", type: "warning", loading: (__VLS_unwrap(busy, {})), dataTest: "confirm-all-sheets",
            }));
            const __VLS_2 = __VLS_1({
                ...{ 'onClick': {} },
                size: "small",
                type: "warning",
                loading: (__VLS_unwrap(busy, {})),
                dataTest: "confirm-all-sheets",
            }, ...__VLS_functionalComponentArgsRest(__VLS_1));
            let __VLS_5;
            const __VLS_6 = {
                /** @type {typeof __VLS_5.click} */
                onClick: (confirmAll),
            };
            void __VLS_6;
            var __VLS_3;
            var __VLS_4;
            const { default: __VLS_7 } = __VLS_nonNull(__VLS_3.slots);
            (__VLS_unwrap(t, {})("results.confirmAll", { n: ready.value.length }));
            // @ts-ignore
            [sheets, sheets, t, t, t, ready, ready, finalized, busy,];
        }
        __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
            ...{ class: "list" },
        });
        /** @type {__VLS_StyleScopedClasses['list']} */ ;
        const __VLS_8 = __VLS_tryAsConstant((__VLS_ctx.sheets));
        for (const [w] of __VLS_vFor(__VLS_nonNull(__VLS_8))) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
                key: (`${w.judge}-${w.revision}-${w.content_hash}`),
                ...{ class: "item" },
                'data-test': (`waiting-${w.judge}`),
            });
            /** @type {__VLS_StyleScopedClasses['item']} */ ;
            __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
                ...{ class: "line" },
            });
            /** @type {__VLS_StyleScopedClasses['line']} */ ;
            __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({});
            (__VLS_unwrap(t, {})("results.waitingLine", { file: __VLS_unwrap(baseName, {})(w.file), judge: __VLS_unwrap(judgeText, {})(w), revision: w.revision ? __VLS_unwrap(t, {})("results.revisionN", { n: w.revision }) : __VLS_unwrap(t, {})("results.revisionIssued"), status: __VLS_unwrap(filledElsewhere, {})(w) ? __VLS_unwrap(t, {})("results.waitStatus.filled_elsewhere") : __VLS_unwrap(codeText, {})(__VLS_unwrap(t, {}), "results.waitStatus", w.status) }));
            if (w.reason === 'conflict') {
                let __VLS_9;
                /** @ts-ignore @type { | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag'] | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag']} */
                elTag;
                // @ts-ignore
                const __VLS_10 = __VLS_asFunctionalComponent1(__VLS_9, new __VLS_9({
                    // @ts-ignore
                    size: "small", type: "danger",
                }));
                const __VLS_11 = __VLS_10({
                    size: "small",
                    type: "danger",
                }, ...__VLS_functionalComponentArgsRest(__VLS_10));
                var __VLS_12;
                const { default: __VLS_14 } = __VLS_nonNull(__VLS_12.slots);
                (__VLS_unwrap(t, {})("results.waitReason.conflict"));
                // @ts-ignore
                [sheets, t, t, t, t, t, t, baseName, judgeText, filledElsewhere, codeText,];
            }
            __VLS_asFunctionalElement1(__VLS_intrinsics.span)({
                ...{ class: "spacer" },
            });
            /** @type {__VLS_StyleScopedClasses['spacer']} */ ;
            if (!__VLS_ctx.finalized) {
                let __VLS_15;
                /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
                elButton;
                // @ts-ignore
                const __VLS_16 = __VLS_asFunctionalComponent1(__VLS_15, new __VLS_15({
                    // @ts-ignore
                    ...{ 'onClick': {} }, size: "small", type: "primary", plain: true, loading: (__VLS_unwrap(busy, {})), dataTest: (`confirm-sheet-${w.judge}`),
                }));
                const __VLS_17 = __VLS_16({
                    ...{ 'onClick': {} },
                    size: "small",
                    type: "primary",
                    plain: true,
                    loading: (__VLS_unwrap(busy, {})),
                    dataTest: (`confirm-sheet-${w.judge}`),
                }, ...__VLS_functionalComponentArgsRest(__VLS_16));
                let __VLS_20;
                const __VLS_21 = {
                    /** @type {typeof __VLS_20.click} */
                    onClick: (...[$event]) => {
                        void $event;
                        if (!(__VLS_ctx.sheets.length))
                            throw 0;
                        if (!(!__VLS_ctx.finalized))
                            throw 0;
                        return (confirmOne(w));
                        // @ts-ignore
                        [finalized, busy,];
                    },
                };
                void __VLS_21;
                var __VLS_18;
                var __VLS_19;
                const { default: __VLS_22 } = __VLS_nonNull(__VLS_18.slots);
                (w.reason === "conflict" ? __VLS_unwrap(t, {})("results.useThisOne") : __VLS_unwrap(t, {})("results.confirmSheet"));
                // @ts-ignore
                [t, t,];
            }
            if (__VLS_unwrap(filledElsewhere, {})(w)) {
                __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
                    ...{ class: "filled" },
                    'data-test': "filled-elsewhere",
                });
                /** @type {__VLS_StyleScopedClasses['filled']} */ ;
                (__VLS_unwrap(t, {})("results.filledElsewhere", { n: w.lessons.length, vetoed: __VLS_unwrap(vetoCount, {})(w) }));
                __VLS_asFunctionalElement1(__VLS_intrinsics.table, __VLS_intrinsics.table)({
                    ...{ class: "summary" },
                    'data-test': "sheet-summary",
                });
                /** @type {__VLS_StyleScopedClasses['summary']} */ ;
                __VLS_asFunctionalElement1(__VLS_intrinsics.thead, __VLS_intrinsics.thead)({});
                __VLS_asFunctionalElement1(__VLS_intrinsics.tr, __VLS_intrinsics.tr)({});
                __VLS_asFunctionalElement1(__VLS_intrinsics.th, __VLS_intrinsics.th)({});
                (__VLS_unwrap(t, {})("results.sumLesson"));
                __VLS_asFunctionalElement1(__VLS_intrinsics.th, __VLS_intrinsics.th)({});
                (__VLS_unwrap(t, {})("results.sumTotal"));
                __VLS_asFunctionalElement1(__VLS_intrinsics.th, __VLS_intrinsics.th)({});
                (__VLS_unwrap(t, {})("results.sumBlank"));
                __VLS_asFunctionalElement1(__VLS_intrinsics.th, __VLS_intrinsics.th)({});
                (__VLS_unwrap(t, {})("results.vetoCol"));
                __VLS_asFunctionalElement1(__VLS_intrinsics.th, __VLS_intrinsics.th)({});
                (__VLS_unwrap(t, {})("results.commentCol"));
                __VLS_asFunctionalElement1(__VLS_intrinsics.th, __VLS_intrinsics.th)({});
                (__VLS_unwrap(t, {})("results.sumUnscored"));
                __VLS_asFunctionalElement1(__VLS_intrinsics.tbody, __VLS_intrinsics.tbody)({});
                const __VLS_23 = __VLS_tryAsConstant((w.lessons));
                for (const [l] of __VLS_vFor(__VLS_nonNull(__VLS_23))) {
                    __VLS_asFunctionalElement1(__VLS_intrinsics.tr, __VLS_intrinsics.tr)({
                        key: (l.lesson),
                    });
                    __VLS_asFunctionalElement1(__VLS_intrinsics.td, __VLS_intrinsics.td)({});
                    (l.lesson);
                    __VLS_asFunctionalElement1(__VLS_intrinsics.td, __VLS_intrinsics.td)({
                        ...{ class: "num" },
                    });
                    /** @type {__VLS_StyleScopedClasses['num']} */ ;
                    (l.total ?? "—");
                    __VLS_asFunctionalElement1(__VLS_intrinsics.td, __VLS_intrinsics.td)({
                        ...{ class: "num" },
                    });
                    /** @type {__VLS_StyleScopedClasses['num']} */ ;
                    (l.blank || "");
                    __VLS_asFunctionalElement1(__VLS_intrinsics.td, __VLS_intrinsics.td)({
                        ...{ class: "veto" },
                    });
                    /** @type {__VLS_StyleScopedClasses['veto']} */ ;
                    (l.vetoes.length ? __VLS_unwrap(t, {})("results.sumVetoes", { n: l.vetoes.length }) : "");
                    __VLS_asFunctionalElement1(__VLS_intrinsics.td, __VLS_intrinsics.td)({});
                    (l.comment ? "✓" : "");
                    __VLS_asFunctionalElement1(__VLS_intrinsics.td, __VLS_intrinsics.td)({});
                    (l.unscored ?? "");
                    // @ts-ignore
                    [t, t, t, t, t, t, t, t, filledElsewhere, vetoCount,];
                }
            }
            else {
                __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
                    ...{ class: "cells" },
                    'data-test': "changed-cells",
                });
                /** @type {__VLS_StyleScopedClasses['cells']} */ ;
                if (!__VLS_unwrap(signedChanges, {})(w).length) {
                    __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                        ...{ class: "none" },
                    });
                    /** @type {__VLS_StyleScopedClasses['none']} */ ;
                    (__VLS_unwrap(t, {})("results.noChanges"));
                }
                const __VLS_24 = __VLS_tryAsConstant((__VLS_unwrap(signedChanges, {})(w)));
                for (const [c, k] of __VLS_vFor(__VLS_nonNull(__VLS_24))) {
                    __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                        key: (k),
                        ...{ class: "cell" },
                    });
                    /** @type {__VLS_StyleScopedClasses['cell']} */ ;
                    (__VLS_unwrap(t, {})("results.changedCell", { sheet: c.sheet, cell: c.cell, old: c.was || "—", new: c.now || "—" }));
                    // @ts-ignore
                    [t, t, signedChanges, signedChanges,];
                }
                if (w.changes.length > __VLS_unwrap(signedChanges, {})(w).length) {
                    __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                        ...{ class: "none" },
                    });
                    /** @type {__VLS_StyleScopedClasses['none']} */ ;
                    (__VLS_unwrap(t, {})("results.alsoFilled", { n: w.changes.length - __VLS_unwrap(signedChanges, {})(w).length }));
                }
            }
            // @ts-ignore
            [t, signedChanges, signedChanges,];
        }
    }
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
