import { computed, ref, watch } from "vue";
import { useT } from "../../../i18n";
import { fmt, tieStakes } from "../../../logic/results";
const { defineProps, defineEmits, } = {};
const props = defineProps();
const emit = defineEmits();
const { t } = useT();
const order = ref([]);
const reason = ref("");
watch(() => props.group, (g) => {
    order.value = [...g];
    reason.value = "";
}, { immediate: true });
const open = computed(() => props.group.length > 0);
// what this group's order changes (the core asks a tie for an order only when it changes one)
const stakes = computed(() => tieStakes(props.group).map((k) => t(`results.tieStake.${k}`)).join("、"));
function move(i, by) {
    const j = i + by;
    if (j < 0 || j >= order.value.length)
        return;
    const next = [...order.value];
    [next[i], next[j]] = [next[j], next[i]];
    order.value = next;
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
    __VLS_withDotValue(order, {});
    __VLS_withDotValue(reason, {});
    void {};
    /** @type {__VLS_StyleScopedClasses['order']} */ ;
    let __VLS_0;
    /** @ts-ignore @type { | typeof __VLS_components.elDialog | typeof __VLS_components.ElDialog | typeof __VLS_components['el-dialog'] | typeof __VLS_components.elDialog | typeof __VLS_components.ElDialog | typeof __VLS_components['el-dialog']} */
    elDialog;
    // @ts-ignore
    const __VLS_1 = __VLS_asFunctionalComponent1(__VLS_0, new __VLS_0({
        // @ts-ignore
        ...{ 'onClose': {} }, modelValue: (__VLS_unwrap(open, {})), title: (__VLS_unwrap(t, {})('results.tieTitle', { rank: __VLS_ctx.group[0]?.outcome.rank ?? '' })), width: "640px", closeOnClickModal: (false), dataTest: "tie-dialog",
    }));
    const __VLS_2 = __VLS_1({
        ...{ 'onClose': {} },
        modelValue: (__VLS_unwrap(open, {})),
        title: (__VLS_unwrap(t, {})('results.tieTitle', { rank: __VLS_ctx.group[0]?.outcome.rank ?? '' })),
        width: "640px",
        closeOnClickModal: (false),
        dataTest: "tie-dialog",
    }, ...__VLS_functionalComponentArgsRest(__VLS_1));
    let __VLS_5;
    const __VLS_6 = {
        /** @type {typeof __VLS_5.close} */
        onClose: (...[$event]) => {
            void $event;
            return (__VLS_unwrap(emit, {})('close'));
            // @ts-ignore
            [open, t, group, emit,];
        },
    };
    void __VLS_6;
    var __VLS_3;
    var __VLS_4;
    const { default: __VLS_7 } = __VLS_nonNull(__VLS_3.slots);
    __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({
        ...{ class: "hint" },
        'data-test': "tie-stakes",
    });
    /** @type {__VLS_StyleScopedClasses['hint']} */ ;
    (__VLS_unwrap(t, {})("results.tieHint", { stakes: __VLS_unwrap(stakes, {}) }));
    __VLS_asFunctionalElement1(__VLS_intrinsics.ol, __VLS_intrinsics.ol)({
        ...{ class: "order" },
        'data-test': "tie-order",
    });
    /** @type {__VLS_StyleScopedClasses['order']} */ ;
    const __VLS_8 = __VLS_tryAsConstant((order.value));
    for (const [r, i] of __VLS_vFor(__VLS_nonNull(__VLS_8))) {
        __VLS_asFunctionalElement1(__VLS_intrinsics.li, __VLS_intrinsics.li)({
            key: (r.lesson.id),
        });
        __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
            ...{ class: "n" },
        });
        /** @type {__VLS_StyleScopedClasses['n']} */ ;
        (i + 1);
        __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
            ...{ class: "what" },
        });
        /** @type {__VLS_StyleScopedClasses['what']} */ ;
        (r.lesson.id);
        (r.lesson.title);
        (r.lesson.school);
        (__VLS_unwrap(fmt, {})(r.scored?.final_score));
        let __VLS_9;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_10 = __VLS_asFunctionalComponent1(__VLS_9, new __VLS_9({
            // @ts-ignore
            ...{ 'onClick': {} }, size: "small", disabled: (i === 0), dataTest: (`tie-up-${r.lesson.id}`),
        }));
        const __VLS_11 = __VLS_10({
            ...{ 'onClick': {} },
            size: "small",
            disabled: (i === 0),
            dataTest: (`tie-up-${r.lesson.id}`),
        }, ...__VLS_functionalComponentArgsRest(__VLS_10));
        let __VLS_14;
        const __VLS_15 = {
            /** @type {typeof __VLS_14.click} */
            onClick: (...[$event]) => {
                void $event;
                return (move(i, -1));
                // @ts-ignore
                [t, stakes, order, fmt,];
            },
        };
        void __VLS_15;
        var __VLS_12;
        var __VLS_13;
        const { default: __VLS_16 } = __VLS_nonNull(__VLS_12.slots);
        // @ts-ignore
        [];
        let __VLS_17;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_18 = __VLS_asFunctionalComponent1(__VLS_17, new __VLS_17({
            // @ts-ignore
            ...{ 'onClick': {} }, size: "small", disabled: (i === order.value.length - 1),
        }));
        const __VLS_19 = __VLS_18({
            ...{ 'onClick': {} },
            size: "small",
            disabled: (i === order.value.length - 1),
        }, ...__VLS_functionalComponentArgsRest(__VLS_18));
        let __VLS_22;
        const __VLS_23 = {
            /** @type {typeof __VLS_22.click} */
            onClick: (...[$event]) => {
                void $event;
                return (move(i, 1));
                // @ts-ignore
                [order,];
            },
        };
        void __VLS_23;
        var __VLS_20;
        var __VLS_21;
        const { default: __VLS_24 } = __VLS_nonNull(__VLS_20.slots);
        // @ts-ignore
        [];
        // @ts-ignore
        [];
    }
    let __VLS_25;
    /** @ts-ignore @type { | typeof __VLS_components.elInput | typeof __VLS_components.ElInput | typeof __VLS_components['el-input']} */
    elInput;
    // @ts-ignore
    const __VLS_26 = __VLS_asFunctionalComponent1(__VLS_25, new __VLS_25({
        // @ts-ignore
        modelValue: (reason.value), placeholder: (__VLS_unwrap(t, {})('results.reason')), dataTest: "tie-reason",
    }));
    const __VLS_27 = __VLS_26({
        modelValue: (reason.value),
        placeholder: (__VLS_unwrap(t, {})('results.reason')),
        dataTest: "tie-reason",
    }, ...__VLS_functionalComponentArgsRest(__VLS_26));
    {
        const { footer: __VLS_30 } = __VLS_nonNull(__VLS_3.slots);
        let __VLS_31;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_32 = __VLS_asFunctionalComponent1(__VLS_31, new __VLS_31({
            // @ts-ignore
            ...{ 'onClick': {} },
        }));
        const __VLS_33 = __VLS_32({
            ...{ 'onClick': {} },
        }, ...__VLS_functionalComponentArgsRest(__VLS_32));
        let __VLS_36;
        const __VLS_37 = {
            /** @type {typeof __VLS_36.click} */
            onClick: (...[$event]) => {
                void $event;
                return (__VLS_unwrap(emit, {})('close'));
                // @ts-ignore
                [t, emit, reason,];
            },
        };
        void __VLS_37;
        var __VLS_34;
        var __VLS_35;
        const { default: __VLS_38 } = __VLS_nonNull(__VLS_34.slots);
        (__VLS_unwrap(t, {})("common.cancel"));
        // @ts-ignore
        [t,];
        let __VLS_39;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_40 = __VLS_asFunctionalComponent1(__VLS_39, new __VLS_39({
            // @ts-ignore
            ...{ 'onClick': {} }, type: "primary", disabled: (!reason.value.trim()), dataTest: "tie-save",
        }));
        const __VLS_41 = __VLS_40({
            ...{ 'onClick': {} },
            type: "primary",
            disabled: (!reason.value.trim()),
            dataTest: "tie-save",
        }, ...__VLS_functionalComponentArgsRest(__VLS_40));
        let __VLS_44;
        const __VLS_45 = {
            /** @type {typeof __VLS_44.click} */
            onClick: (...[$event]) => {
                void $event;
                return (__VLS_unwrap(emit, {})('save', order.value.map((r) => r.lesson.id), reason.value.trim()));
                // @ts-ignore
                [emit, order, reason, reason,];
            },
        };
        void __VLS_45;
        var __VLS_42;
        var __VLS_43;
        const { default: __VLS_46 } = __VLS_nonNull(__VLS_42.slots);
        (__VLS_unwrap(t, {})("common.save"));
        // @ts-ignore
        [t,];
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
