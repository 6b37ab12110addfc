import { codeText } from "../../locales/keys";
import { computed, ref, watchEffect } from "vue";
import { useT } from "../../i18n";
import { useLibraryStore } from "../../stores/library";
import { quotaRows } from "./logic/quotas";
const { t } = useT();
const store = useLibraryStore();
const tables = computed(() => store.library?.quotas.map((e) => e.item) ?? []);
const selectedId = ref(null);
watchEffect(() => {
    if (!selectedId.value && tables.value.length)
        selectedId.value = tables.value[0].id;
});
const table = computed(() => tables.value.find((q) => q.id === selectedId.value) ?? null);
const rows = computed(() => (table.value ? quotaRows(table.value) : []));
function summary() {
    const q = table.value;
    if (!q)
        return [];
    return [t("quota.total"), ...q.categories.map((c) => String(q.totals[c] ?? 0))];
}
const __VLS_ctx = {};
let __VLS_components;
let __VLS_intrinsics;
let __VLS_directives;
void __VLS_ctx, __VLS_components, __VLS_intrinsics, __VLS_directives;
const __VLS_template = () => {
    __VLS_withDotValue(table, {});
    void {};
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "quotas" },
    });
    /** @type {__VLS_StyleScopedClasses['quotas']} */ ;
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "head" },
    });
    /** @type {__VLS_StyleScopedClasses['head']} */ ;
    let __VLS_0;
    /** @ts-ignore @type { | typeof __VLS_components.elRadioGroup | typeof __VLS_components.ElRadioGroup | typeof __VLS_components['el-radio-group'] | typeof __VLS_components.elRadioGroup | typeof __VLS_components.ElRadioGroup | typeof __VLS_components['el-radio-group']} */
    elRadioGroup;
    // @ts-ignore
    const __VLS_1 = __VLS_asFunctionalComponent1(__VLS_0, new __VLS_0({
        // @ts-ignore
        modelValue: (__VLS_unwrap(selectedId, {})), dataTest: "quota-select",
    }));
    const __VLS_2 = __VLS_1({
        modelValue: (__VLS_unwrap(selectedId, {})),
        dataTest: "quota-select",
    }, ...__VLS_functionalComponentArgsRest(__VLS_1));
    var __VLS_3;
    const { default: __VLS_5 } = __VLS_nonNull(__VLS_3.slots);
    const __VLS_6 = __VLS_tryAsConstant((__VLS_unwrap(tables, {})));
    for (const [q] of __VLS_vFor(__VLS_nonNull(__VLS_6))) {
        let __VLS_7;
        /** @ts-ignore @type { | typeof __VLS_components.elRadioButton | typeof __VLS_components.ElRadioButton | typeof __VLS_components['el-radio-button'] | typeof __VLS_components.elRadioButton | typeof __VLS_components.ElRadioButton | typeof __VLS_components['el-radio-button']} */
        elRadioButton;
        // @ts-ignore
        const __VLS_8 = __VLS_asFunctionalComponent1(__VLS_7, new __VLS_7({
            // @ts-ignore
            key: (q.id), value: (q.id),
        }));
        const __VLS_9 = __VLS_8({
            key: (q.id),
            value: (q.id),
        }, ...__VLS_functionalComponentArgsRest(__VLS_8));
        var __VLS_10;
        const { default: __VLS_12 } = __VLS_nonNull(__VLS_10.slots);
        (q.title);
        // @ts-ignore
        [selectedId, tables,];
        // @ts-ignore
        [];
    }
    // @ts-ignore
    [];
    if (table.value) {
        __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({
            ...{ class: "meta" },
        });
        /** @type {__VLS_StyleScopedClasses['meta']} */ ;
        (__VLS_unwrap(t, {})("quota.source"));
        (table.value.source);
        (__VLS_unwrap(t, {})("quota.level"));
        (__VLS_unwrap(codeText, {})(__VLS_unwrap(t, {}), "level", table.value.level));
        (__VLS_unwrap(t, {})("quota.regions", { n: table.value.regions.length }));
        let __VLS_13;
        /** @ts-ignore @type { | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table'] | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table']} */
        elTable;
        // @ts-ignore
        const __VLS_14 = __VLS_asFunctionalComponent1(__VLS_13, new __VLS_13({
            // @ts-ignore
            data: (__VLS_unwrap(rows, {})), border: true, stripe: true, showSummary: true, summaryMethod: (summary), height: "calc(100vh - 190px)", dataTest: "quota-table",
        }));
        const __VLS_15 = __VLS_14({
            data: (__VLS_unwrap(rows, {})),
            border: true,
            stripe: true,
            showSummary: true,
            summaryMethod: (summary),
            height: "calc(100vh - 190px)",
            dataTest: "quota-table",
        }, ...__VLS_functionalComponentArgsRest(__VLS_14));
        var __VLS_16;
        const { default: __VLS_18 } = __VLS_nonNull(__VLS_16.slots);
        let __VLS_19;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_20 = __VLS_asFunctionalComponent1(__VLS_19, new __VLS_19({
            // @ts-ignore
            prop: "name", label: (__VLS_unwrap(t, {})('quota.region')), width: "140", fixed: true,
        }));
        const __VLS_21 = __VLS_20({
            prop: "name",
            label: (__VLS_unwrap(t, {})('quota.region')),
            width: "140",
            fixed: true,
        }, ...__VLS_functionalComponentArgsRest(__VLS_20));
        const __VLS_24 = __VLS_tryAsConstant((table.value.categories));
        for (const [c] of __VLS_vFor(__VLS_nonNull(__VLS_24))) {
            let __VLS_25;
            /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
            elTableColumn;
            // @ts-ignore
            const __VLS_26 = __VLS_asFunctionalComponent1(__VLS_25, new __VLS_25({
                // @ts-ignore
                key: (c), prop: (c), label: (__VLS_unwrap(t, {})(`category.${c}`)), align: "right",
            }));
            const __VLS_27 = __VLS_26({
                key: (c),
                prop: (c),
                label: (__VLS_unwrap(t, {})(`category.${c}`)),
                align: "right",
            }, ...__VLS_functionalComponentArgsRest(__VLS_26));
            // @ts-ignore
            [table, table, table, table, table, t, t, t, t, t, t, codeText, rows,];
        }
        // @ts-ignore
        [];
    }
    // @ts-ignore
    [];
    return {};
};
void [__VLS_template];
const __VLS_export = (await import('vue')).defineComponent({});
export default {};
