import { attempt } from "../logic/attempt";
// The session's audit log: who changed what, when, old → new, newest first.
import { computed, onMounted, ref } from "vue";
import { useT } from "../i18n";
import { commands } from "../ipc";
import { describeError } from "../logic/problems";
import { actionKey, auditMatches, shorten } from "../logic/audit";
import { decisionChange } from "../logic/detail";
import Pager from "../components/Pager.vue";
import { usePages } from "../logic/pages";
const { t, te } = useT();
const entries = ref([]);
const failure = ref(null);
const search = ref("");
const shown = computed(() => [...entries.value].reverse().filter((e) => auditMatches(e, search.value, actionText(e.action))));
const { page, size, shown: pageRows } = usePages(shown);
const actionText = (action) => {
    const key = actionKey(action);
    return te(key) ? t(key) : action;
};
onMounted(async () => {
    await attempt(failure, async () => {
        entries.value = (await commands.auditLog()).entries;
    });
});
const __VLS_ctx = {};
let __VLS_components;
let __VLS_intrinsics;
let __VLS_directives;
void __VLS_ctx, __VLS_components, __VLS_intrinsics, __VLS_directives;
const __VLS_template = () => {
    __VLS_withDotValue(shown, {});
    __VLS_withDotValue(failure, {});
    void {};
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "audit" },
    });
    /** @type {__VLS_StyleScopedClasses['audit']} */ ;
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "toolbar" },
    });
    /** @type {__VLS_StyleScopedClasses['toolbar']} */ ;
    let __VLS_0;
    /** @ts-ignore @type { | typeof __VLS_components.elInput | typeof __VLS_components.ElInput | typeof __VLS_components['el-input']} */
    elInput;
    // @ts-ignore
    const __VLS_1 = __VLS_asFunctionalComponent1(__VLS_0, new __VLS_0({
        // @ts-ignore
        modelValue: (__VLS_unwrap(search, {})), clearable: true, placeholder: (__VLS_unwrap(t, {})('audit.search')), ...{ style: {} }, dataTest: "audit-search",
    }));
    const __VLS_2 = __VLS_1({
        modelValue: (__VLS_unwrap(search, {})),
        clearable: true,
        placeholder: (__VLS_unwrap(t, {})('audit.search')),
        ...{ style: {} },
        dataTest: "audit-search",
    }, ...__VLS_functionalComponentArgsRest(__VLS_1));
    __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
        ...{ class: "count" },
    });
    /** @type {__VLS_StyleScopedClasses['count']} */ ;
    (__VLS_unwrap(t, {})("audit.count", { n: shown.value.length }));
    if (failure.value) {
        let __VLS_5;
        /** @ts-ignore @type { | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert']} */
        elAlert;
        // @ts-ignore
        const __VLS_6 = __VLS_asFunctionalComponent1(__VLS_5, new __VLS_5({
            // @ts-ignore
            type: "error", title: (__VLS_unwrap(describeError, {})(__VLS_unwrap(t, {}), failure.value)), showIcon: true,
        }));
        const __VLS_7 = __VLS_6({
            type: "error",
            title: (__VLS_unwrap(describeError, {})(__VLS_unwrap(t, {}), failure.value)),
            showIcon: true,
        }, ...__VLS_functionalComponentArgsRest(__VLS_6));
    }
    let __VLS_10;
    /** @ts-ignore @type { | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table'] | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table']} */
    elTable;
    // @ts-ignore
    const __VLS_11 = __VLS_asFunctionalComponent1(__VLS_10, new __VLS_10({
        // @ts-ignore
        data: (__VLS_unwrap(pageRows, {})), border: true, size: "small", height: "calc(100vh - 170px)", dataTest: "audit-table",
    }));
    const __VLS_12 = __VLS_11({
        data: (__VLS_unwrap(pageRows, {})),
        border: true,
        size: "small",
        height: "calc(100vh - 170px)",
        dataTest: "audit-table",
    }, ...__VLS_functionalComponentArgsRest(__VLS_11));
    var __VLS_13;
    const { default: __VLS_15 } = __VLS_nonNull(__VLS_13.slots);
    let __VLS_16;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_17 = __VLS_asFunctionalComponent1(__VLS_16, new __VLS_16({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('audit.at')), width: "150",
    }));
    const __VLS_18 = __VLS_17({
        label: (__VLS_unwrap(t, {})('audit.at')),
        width: "150",
    }, ...__VLS_functionalComponentArgsRest(__VLS_17));
    var __VLS_19;
    const { default: __VLS_21 } = __VLS_nonNull(__VLS_19.slots);
    {
        const { default: __VLS_22 } = __VLS_nonNull(__VLS_19.slots);
        const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_22));
        (row.at.replace("T", " ").replace("Z", ""));
        // @ts-ignore
        [search, t, t, t, t, shown, failure, failure, describeError, pageRows,];
    }
    // @ts-ignore
    [];
    let __VLS_23;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_24 = __VLS_asFunctionalComponent1(__VLS_23, new __VLS_23({
        // @ts-ignore
        prop: "who", label: (__VLS_unwrap(t, {})('audit.who')), width: "100",
    }));
    const __VLS_25 = __VLS_24({
        prop: "who",
        label: (__VLS_unwrap(t, {})('audit.who')),
        width: "100",
    }, ...__VLS_functionalComponentArgsRest(__VLS_24));
    let __VLS_28;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_29 = __VLS_asFunctionalComponent1(__VLS_28, new __VLS_28({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('audit.action')), width: "150",
    }));
    const __VLS_30 = __VLS_29({
        label: (__VLS_unwrap(t, {})('audit.action')),
        width: "150",
    }, ...__VLS_functionalComponentArgsRest(__VLS_29));
    var __VLS_31;
    const { default: __VLS_33 } = __VLS_nonNull(__VLS_31.slots);
    {
        const { default: __VLS_34 } = __VLS_nonNull(__VLS_31.slots);
        const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_34));
        (__VLS_unwrap(actionText, {})(row.action));
        // @ts-ignore
        [t, t, actionText,];
    }
    // @ts-ignore
    [];
    let __VLS_35;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_36 = __VLS_asFunctionalComponent1(__VLS_35, new __VLS_35({
        // @ts-ignore
        prop: "target", label: (__VLS_unwrap(t, {})('audit.target')), width: "160",
    }));
    const __VLS_37 = __VLS_36({
        prop: "target",
        label: (__VLS_unwrap(t, {})('audit.target')),
        width: "160",
    }, ...__VLS_functionalComponentArgsRest(__VLS_36));
    let __VLS_40;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_41 = __VLS_asFunctionalComponent1(__VLS_40, new __VLS_40({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('audit.change')),
    }));
    const __VLS_42 = __VLS_41({
        label: (__VLS_unwrap(t, {})('audit.change')),
    }, ...__VLS_functionalComponentArgsRest(__VLS_41));
    var __VLS_43;
    const { default: __VLS_45 } = __VLS_nonNull(__VLS_43.slots);
    {
        const { default: __VLS_46 } = __VLS_nonNull(__VLS_43.slots);
        const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_46));
        if (row.decision) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({});
            (__VLS_unwrap(decisionChange, {})(__VLS_unwrap(t, {}), row));
        }
        else {
            if (row.old) {
                __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                    ...{ class: "old" },
                });
                /** @type {__VLS_StyleScopedClasses['old']} */ ;
                (__VLS_unwrap(shorten, {})(row.old));
            }
            if (row.old && row.new) {
                __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({});
            }
            if (row.new) {
                __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({});
                (__VLS_unwrap(shorten, {})(row.new));
            }
        }
        // @ts-ignore
        [t, t, t, decisionChange, shorten, shorten,];
    }
    // @ts-ignore
    [];
    // @ts-ignore
    [];
    const __VLS_47 = Pager;
    // @ts-ignore
    const __VLS_48 = __VLS_asFunctionalComponent1(__VLS_47, new __VLS_47({
        // @ts-ignore
        page: (__VLS_unwrap(page, {})), size: (__VLS_unwrap(size, {})), total: (shown.value.length),
    }));
    const __VLS_49 = __VLS_48({
        page: (__VLS_unwrap(page, {})),
        size: (__VLS_unwrap(size, {})),
        total: (shown.value.length),
    }, ...__VLS_functionalComponentArgsRest(__VLS_48));
    // @ts-ignore
    [shown, page, size,];
    return {};
};
void [__VLS_template];
const __VLS_export = (await import('vue')).defineComponent({});
export default {};
