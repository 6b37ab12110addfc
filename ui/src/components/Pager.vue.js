import { PAGE_SIZES } from "../logic/pages";
const { defineProps, defineModel, } = {};
const __VLS_props = defineProps();
const page = defineModel("page", { required: true });
const size = defineModel("size", { required: true });
let __VLS_modelEmit;
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
    __VLS_withDotValue(PAGE_SIZES, {});
    void {};
    if (__VLS_ctx.total > PAGE_SIZES.value[0]) {
        let __VLS_0;
        /** @ts-ignore @type { | typeof __VLS_components.elPagination | typeof __VLS_components.ElPagination | typeof __VLS_components['el-pagination']} */
        elPagination;
        // @ts-ignore
        const __VLS_1 = __VLS_asFunctionalComponent1(__VLS_0, new __VLS_0({
            // @ts-ignore
            currentPage: (__VLS_unwrap(page, {})), pageSize: (__VLS_unwrap(size, {})), pageSizes: (PAGE_SIZES.value), total: (__VLS_ctx.total), layout: "total, sizes, prev, pager, next, jumper", size: "small", background: true, ...{ class: "pager" }, dataTest: "pager",
        }));
        const __VLS_2 = __VLS_1({
            currentPage: (__VLS_unwrap(page, {})),
            pageSize: (__VLS_unwrap(size, {})),
            pageSizes: (PAGE_SIZES.value),
            total: (__VLS_ctx.total),
            layout: "total, sizes, prev, pager, next, jumper",
            size: "small",
            background: true,
            ...{ class: "pager" },
            dataTest: "pager",
        }, ...__VLS_functionalComponentArgsRest(__VLS_1));
        /** @type {__VLS_StyleScopedClasses['pager']} */ ;
    }
    // @ts-ignore
    [total, total, PAGE_SIZES, PAGE_SIZES, page, size,];
    return {};
};
void [__VLS_template];
const __VLS_export = (await import('vue')).defineComponent({
    __typeEmits: {},
    __typeProps: {},
});
export default {};
