import { computed, inject, onBeforeUnmount, ref, watch } from "vue";
import { useT } from "../i18n";
import { formatNumber, parseNumber } from "../logic/number";
import { NUMBER_CHECKS } from "../logic/numberChecks";
const { defineProps, defineEmits, defineExpose, withDefaults, defineOptions, } = {};
const __VLS_export = ((__VLS_props, __VLS_ctx, __VLS_exposed, __VLS_setup = (async () => {
    defineOptions({ inheritAttrs: false });
    const props = withDefaults(defineProps(), { multipleOf: 1, nullable: false, size: "default", width: "130px", min: undefined, max: undefined, dataTest: undefined });
    const emit = defineEmits();
    const { t } = useT();
    const text = ref(formatNumber(props.modelValue));
    const rule = computed(() => ({ min: props.min, max: props.max, multipleOf: props.multipleOf, nullable: props.nullable }));
    const parsed = computed(() => parseNumber(text.value, rule.value));
    // a new value from outside (another lesson, a reloaded session) replaces the text only when it
    // is not what the text already says
    watch(() => props.modelValue, (v) => {
        const p = parsed.value;
        if (!(p.ok && p.value === (v ?? null)))
            text.value = formatNumber(v);
    });
    function onInput(v) {
        text.value = v;
        const p = parsed.value;
        // a null only comes from a nullable box, whose model admits it
        if (p.ok)
            emit("update:modelValue", p.value);
    }
    const message = computed(() => {
        const p = parsed.value;
        if (p.ok)
            return "";
        if (p.reason === "range")
            return props.max === undefined ? t("number.rangeMin", { min: props.min }) : t("number.range", { min: props.min ?? 0, max: props.max });
        if (p.reason === "step")
            return t("number.step", { step: props.multipleOf });
        return t(`number.${p.reason}`);
    });
    const checks = inject(NUMBER_CHECKS, null);
    const me = Symbol("number-field");
    watch(() => !parsed.value.ok, (bad) => checks?.set(me, bad), { immediate: true });
    onBeforeUnmount(() => checks?.delete(me));
    const __VLS_exposed = { valid: computed(() => parsed.value.ok) };
    defineExpose(__VLS_exposed);
    const __VLS_defaults = { multipleOf: 1, nullable: false, size: "default", width: "130px", min: undefined, max: undefined, dataTest: undefined };
    void __VLS_defaults;
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
        __VLS_withDotValue(parsed, {});
        void {};
        __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
            ...{ class: "number-field" },
            'data-test': (__VLS_ctx.dataTest),
            'data-invalid': (parsed.value.ok ? undefined : 'true'),
        });
        /** @type {__VLS_StyleScopedClasses['number-field']} */ ;
        let __VLS_0;
        /** @ts-ignore @type { | typeof __VLS_components.elInput | typeof __VLS_components.ElInput | typeof __VLS_components['el-input']} */
        elInput;
        // @ts-ignore
        const __VLS_1 = __VLS_asFunctionalComponent1(__VLS_0, new __VLS_0({
            // @ts-ignore
            ...{ 'onUpdate:modelValue': {} }, modelValue: (__VLS_unwrap(text, {})), size: (__VLS_ctx.size), ...{ style: ({ width: __VLS_ctx.width }) }, inputmode: "decimal", ...{ class: ({ refused: !parsed.value.ok }) },
        }));
        const __VLS_2 = __VLS_1({
            ...{ 'onUpdate:modelValue': {} },
            modelValue: (__VLS_unwrap(text, {})),
            size: (__VLS_ctx.size),
            ...{ style: ({ width: __VLS_ctx.width }) },
            inputmode: "decimal",
            ...{ class: ({ refused: !parsed.value.ok }) },
        }, ...__VLS_functionalComponentArgsRest(__VLS_1));
        (__VLS_ctx.$attrs);
        let __VLS_5;
        const __VLS_6 = {
            /** @type {typeof __VLS_5.'update:modelValue'} */
            'onUpdate:modelValue': (onInput),
        };
        void __VLS_6;
        /** @type {__VLS_StyleScopedClasses['refused']} */ ;
        var __VLS_3;
        var __VLS_4;
        if (!parsed.value.ok) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                ...{ class: "refusal" },
                role: "alert",
                'data-test': (__VLS_ctx.dataTest ? `${__VLS_ctx.dataTest}-error` : undefined),
            });
            /** @type {__VLS_StyleScopedClasses['refusal']} */ ;
            (__VLS_unwrap(message, {}));
        }
        // @ts-ignore
        [dataTest, dataTest, dataTest, parsed, parsed, parsed, text, size, width, $attrs, message,];
        return {};
    };
    void [__VLS_template];
    return {};
})()) => ({}));
export default {};
