import { useT } from "../i18n";
import { describeLocation, describeProblem } from "../logic/problems";
const { defineProps, } = {};
const __VLS_props = defineProps();
const { t } = useT();
const __VLS_ctx = {
    ...{},
    ...{},
    ...{},
};
let __VLS_components;
let __VLS_intrinsics;
let __VLS_directives;
void __VLS_ctx, __VLS_components, __VLS_intrinsics, __VLS_directives;
const __VLS_template = () => {
    void {};
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "problem-list" },
        'data-test': "problem-list",
    });
    /** @type {__VLS_StyleScopedClasses['problem-list']} */ ;
    __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({
        ...{ class: "count" },
    });
    /** @type {__VLS_StyleScopedClasses['count']} */ ;
    (__VLS_unwrap(t, {})("problems.count", { n: __VLS_ctx.problems.length }));
    let __VLS_0;
    /** @ts-ignore @type { | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table'] | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table']} */
    elTable;
    // @ts-ignore
    const __VLS_1 = __VLS_asFunctionalComponent1(__VLS_0, new __VLS_0({
        // @ts-ignore
        data: (__VLS_ctx.problems), size: "small", border: true, maxHeight: "320",
    }));
    const __VLS_2 = __VLS_1({
        data: (__VLS_ctx.problems),
        size: "small",
        border: true,
        maxHeight: "320",
    }, ...__VLS_functionalComponentArgsRest(__VLS_1));
    var __VLS_3;
    const { default: __VLS_5 } = __VLS_nonNull(__VLS_3.slots);
    let __VLS_6;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_7 = __VLS_asFunctionalComponent1(__VLS_6, new __VLS_6({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('problems.where')), minWidth: "220",
    }));
    const __VLS_8 = __VLS_7({
        label: (__VLS_unwrap(t, {})('problems.where')),
        minWidth: "220",
    }, ...__VLS_functionalComponentArgsRest(__VLS_7));
    var __VLS_9;
    const { default: __VLS_11 } = __VLS_nonNull(__VLS_9.slots);
    {
        const { default: __VLS_12 } = __VLS_nonNull(__VLS_9.slots);
        const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_12));
        (__VLS_unwrap(describeLocation, {})(__VLS_unwrap(t, {}), row.location));
        // @ts-ignore
        [t, t, t, problems, problems, describeLocation,];
    }
    // @ts-ignore
    [];
    let __VLS_13;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_14 = __VLS_asFunctionalComponent1(__VLS_13, new __VLS_13({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('problems.what')), minWidth: "280",
    }));
    const __VLS_15 = __VLS_14({
        label: (__VLS_unwrap(t, {})('problems.what')),
        minWidth: "280",
    }, ...__VLS_functionalComponentArgsRest(__VLS_14));
    var __VLS_16;
    const { default: __VLS_18 } = __VLS_nonNull(__VLS_16.slots);
    {
        const { default: __VLS_19 } = __VLS_nonNull(__VLS_16.slots);
        const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_19));
        (__VLS_unwrap(describeProblem, {})(__VLS_unwrap(t, {}), row));
        // @ts-ignore
        [t, t, describeProblem,];
    }
    // @ts-ignore
    [];
    // @ts-ignore
    [];
    // @ts-ignore
    [];
    return {};
};
void [__VLS_template];
const __VLS_export = (await import('vue')).defineComponent({
    __typeProps: {},
});
export default {};
