import { computed, ref, watch } from "vue";
import { useT } from "../../../i18n";
import { STATUSES } from "../../../ipc";
import { fmt, matches, reasonSentence, statusKey } from "../../../logic/results";
import { usePages } from "../../../logic/pages";
import Pager from "../../../components/Pager.vue";
const { defineProps, defineEmits, } = {};
const props = defineProps();
const emit = defineEmits();
const { t, locale } = useT();
// the status tag in English ("Recommended", "No scores yet") needs more room than 推荐 / 待复议
const statusWidth = computed(() => (locale.value === "en-US" ? 136 : 110));
const category = ref("");
const status = ref("");
watch(() => props.results, (r) => {
    if (!category.value && r?.categories.length)
        category.value = r.categories[0].category;
}, { immediate: true });
const stabilityOf = computed(() => new Map(props.stability.map((s) => [s.lesson, s])));
const search = ref("");
const current = computed(() => props.results?.categories.find((c) => c.category === category.value) ?? props.results?.categories[0] ?? null);
// sorted here, over every page (el-table would sort only the page it shows)
const sort = ref({ prop: null, order: null });
const sortKeys = {
    rank: (r) => r.outcome.rank ?? 1e9,
    raw: (r) => r.scored?.raw_mean ?? -1,
    final: (r) => r.scored?.final_score ?? -1,
};
const rows = computed(() => {
    const kept = (current.value?.rows ?? []).filter((r) => (!status.value || statusKey(r) === status.value) && matches(r, search.value));
    const key = sort.value.prop ? sortKeys[sort.value.prop] : undefined;
    if (!key || !sort.value.order)
        return kept;
    const sign = sort.value.order === "ascending" ? 1 : -1;
    return [...kept].sort((a, b) => sign * (key(a) - key(b)));
});
const { page, size, shown: pageRows } = usePages(rows);
const statusType = (s) => ({ recommended: "success", alternate: "primary", not_selected: "info", held: "warning", vetoed: "danger", not_received: "info" })[s];
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
    __VLS_withDotValue(sort, {});
    __VLS_withDotValue(stabilityOf, {});
    __VLS_withDotValue(rows, {});
    void {};
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "filters" },
    });
    /** @type {__VLS_StyleScopedClasses['filters']} */ ;
    let __VLS_0;
    /** @ts-ignore @type { | typeof __VLS_components.elRadioGroup | typeof __VLS_components.ElRadioGroup | typeof __VLS_components['el-radio-group'] | typeof __VLS_components.elRadioGroup | typeof __VLS_components.ElRadioGroup | typeof __VLS_components['el-radio-group']} */
    elRadioGroup;
    // @ts-ignore
    const __VLS_1 = __VLS_asFunctionalComponent1(__VLS_0, new __VLS_0({
        // @ts-ignore
        modelValue: (__VLS_unwrap(category, {})), size: "small",
    }));
    const __VLS_2 = __VLS_1({
        modelValue: (__VLS_unwrap(category, {})),
        size: "small",
    }, ...__VLS_functionalComponentArgsRest(__VLS_1));
    var __VLS_3;
    const { default: __VLS_5 } = __VLS_nonNull(__VLS_3.slots);
    const __VLS_6 = __VLS_tryAsConstant((__VLS_ctx.results?.categories ?? []));
    for (const [c] of __VLS_vFor(__VLS_nonNull(__VLS_6))) {
        let __VLS_7;
        /** @ts-ignore @type { | typeof __VLS_components.elRadioButton | typeof __VLS_components.ElRadioButton | typeof __VLS_components['el-radio-button'] | typeof __VLS_components.elRadioButton | typeof __VLS_components.ElRadioButton | typeof __VLS_components['el-radio-button']} */
        elRadioButton;
        // @ts-ignore
        const __VLS_8 = __VLS_asFunctionalComponent1(__VLS_7, new __VLS_7({
            // @ts-ignore
            key: (c.category), value: (c.category),
        }));
        const __VLS_9 = __VLS_8({
            key: (c.category),
            value: (c.category),
        }, ...__VLS_functionalComponentArgsRest(__VLS_8));
        var __VLS_10;
        const { default: __VLS_12 } = __VLS_nonNull(__VLS_10.slots);
        (__VLS_unwrap(t, {})(`category.${c.category}`));
        // @ts-ignore
        [category, results, t,];
        // @ts-ignore
        [];
    }
    // @ts-ignore
    [];
    let __VLS_13;
    /** @ts-ignore @type { | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select'] | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select']} */
    elSelect;
    // @ts-ignore
    const __VLS_14 = __VLS_asFunctionalComponent1(__VLS_13, new __VLS_13({
        // @ts-ignore
        modelValue: (__VLS_unwrap(status, {})), clearable: true, size: "small", placeholder: (__VLS_unwrap(t, {})('results.status')), ...{ style: {} }, dataTest: "status-filter",
    }));
    const __VLS_15 = __VLS_14({
        modelValue: (__VLS_unwrap(status, {})),
        clearable: true,
        size: "small",
        placeholder: (__VLS_unwrap(t, {})('results.status')),
        ...{ style: {} },
        dataTest: "status-filter",
    }, ...__VLS_functionalComponentArgsRest(__VLS_14));
    var __VLS_16;
    const { default: __VLS_18 } = __VLS_nonNull(__VLS_16.slots);
    const __VLS_19 = __VLS_tryAsConstant(([...__VLS_unwrap(STATUSES, {}), 'not_received']));
    for (const [s] of __VLS_vFor(__VLS_nonNull(__VLS_19))) {
        let __VLS_20;
        /** @ts-ignore @type { | typeof __VLS_components.elOption | typeof __VLS_components.ElOption | typeof __VLS_components['el-option']} */
        elOption;
        // @ts-ignore
        const __VLS_21 = __VLS_asFunctionalComponent1(__VLS_20, new __VLS_20({
            // @ts-ignore
            key: (s), value: (s), label: (__VLS_unwrap(t, {})(`status.${s}`)),
        }));
        const __VLS_22 = __VLS_21({
            key: (s),
            value: (s),
            label: (__VLS_unwrap(t, {})(`status.${s}`)),
        }, ...__VLS_functionalComponentArgsRest(__VLS_21));
        // @ts-ignore
        [t, t, status, STATUSES,];
    }
    // @ts-ignore
    [];
    let __VLS_25;
    /** @ts-ignore @type { | typeof __VLS_components.elInput | typeof __VLS_components.ElInput | typeof __VLS_components['el-input']} */
    elInput;
    // @ts-ignore
    const __VLS_26 = __VLS_asFunctionalComponent1(__VLS_25, new __VLS_25({
        // @ts-ignore
        modelValue: (__VLS_unwrap(search, {})), size: "small", clearable: true, placeholder: (__VLS_unwrap(t, {})('results.search')), ...{ style: {} }, dataTest: "results-search",
    }));
    const __VLS_27 = __VLS_26({
        modelValue: (__VLS_unwrap(search, {})),
        size: "small",
        clearable: true,
        placeholder: (__VLS_unwrap(t, {})('results.search')),
        ...{ style: {} },
        dataTest: "results-search",
    }, ...__VLS_functionalComponentArgsRest(__VLS_26));
    let __VLS_30;
    /** @ts-ignore @type { | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table'] | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table']} */
    elTable;
    // @ts-ignore
    const __VLS_31 = __VLS_asFunctionalComponent1(__VLS_30, new __VLS_30({
        // @ts-ignore
        ...{ 'onRowClick': {} }, ...{ 'onSortChange': {} }, data: (__VLS_unwrap(pageRows, {})), border: true, stripe: true, size: "small", height: "calc(100vh - 340px)", dataTest: "results-table", rowClassName: "clickable",
    }));
    const __VLS_32 = __VLS_31({
        ...{ 'onRowClick': {} },
        ...{ 'onSortChange': {} },
        data: (__VLS_unwrap(pageRows, {})),
        border: true,
        stripe: true,
        size: "small",
        height: "calc(100vh - 340px)",
        dataTest: "results-table",
        rowClassName: "clickable",
    }, ...__VLS_functionalComponentArgsRest(__VLS_31));
    let __VLS_35;
    const __VLS_36 = {
        /** @type {typeof __VLS_35.rowClick} */
        onRowClick: ((row) => __VLS_unwrap(emit, {})('open', row)),
    };
    void __VLS_36;
    const __VLS_37 = {
        /** @type {typeof __VLS_35.sortChange} */
        onSortChange: ((s) => (sort.value = { prop: s.prop, order: s.order })),
    };
    void __VLS_37;
    var __VLS_33;
    var __VLS_34;
    const { default: __VLS_38 } = __VLS_nonNull(__VLS_33.slots);
    let __VLS_39;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_40 = __VLS_asFunctionalComponent1(__VLS_39, new __VLS_39({
        // @ts-ignore
        prop: "rank", label: (__VLS_unwrap(t, {})('results.rank')), width: "64", align: "center", sortable: "custom",
    }));
    const __VLS_41 = __VLS_40({
        prop: "rank",
        label: (__VLS_unwrap(t, {})('results.rank')),
        width: "64",
        align: "center",
        sortable: "custom",
    }, ...__VLS_functionalComponentArgsRest(__VLS_40));
    var __VLS_42;
    const { default: __VLS_44 } = __VLS_nonNull(__VLS_42.slots);
    {
        const { default: __VLS_45 } = __VLS_nonNull(__VLS_42.slots);
        const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_45));
        (row.outcome.rank ?? "—");
        if (row.outcome.tie_at_cut) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                ...{ class: "tie" },
            });
            /** @type {__VLS_StyleScopedClasses['tie']} */ ;
            (__VLS_unwrap(t, {})("results.tie"));
        }
        else if (row.outcome.tie) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                ...{ class: "same" },
            });
            /** @type {__VLS_StyleScopedClasses['same']} */ ;
        }
        // @ts-ignore
        [t, t, t, search, pageRows, emit, sort, sort,];
    }
    // @ts-ignore
    [];
    let __VLS_46;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_47 = __VLS_asFunctionalComponent1(__VLS_46, new __VLS_46({
        // @ts-ignore
        prop: "lesson.id", label: "ID", width: "80",
    }));
    const __VLS_48 = __VLS_47({
        prop: "lesson.id",
        label: "ID",
        width: "80",
    }, ...__VLS_functionalComponentArgsRest(__VLS_47));
    let __VLS_51;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_52 = __VLS_asFunctionalComponent1(__VLS_51, new __VLS_51({
        // @ts-ignore
        prop: "lesson.title", label: (__VLS_unwrap(t, {})('roster.col.title')), minWidth: "160",
    }));
    const __VLS_53 = __VLS_52({
        prop: "lesson.title",
        label: (__VLS_unwrap(t, {})('roster.col.title')),
        minWidth: "160",
    }, ...__VLS_functionalComponentArgsRest(__VLS_52));
    let __VLS_56;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_57 = __VLS_asFunctionalComponent1(__VLS_56, new __VLS_56({
        // @ts-ignore
        prop: "lesson.region", label: (__VLS_unwrap(t, {})('roster.col.region')), width: "80",
    }));
    const __VLS_58 = __VLS_57({
        prop: "lesson.region",
        label: (__VLS_unwrap(t, {})('roster.col.region')),
        width: "80",
    }, ...__VLS_functionalComponentArgsRest(__VLS_57));
    let __VLS_61;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_62 = __VLS_asFunctionalComponent1(__VLS_61, new __VLS_61({
        // @ts-ignore
        prop: "lesson.school", label: (__VLS_unwrap(t, {})('roster.col.school')), minWidth: "140",
    }));
    const __VLS_63 = __VLS_62({
        prop: "lesson.school",
        label: (__VLS_unwrap(t, {})('roster.col.school')),
        minWidth: "140",
    }, ...__VLS_functionalComponentArgsRest(__VLS_62));
    let __VLS_66;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_67 = __VLS_asFunctionalComponent1(__VLS_66, new __VLS_66({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('results.judges')), width: "64", align: "center",
    }));
    const __VLS_68 = __VLS_67({
        label: (__VLS_unwrap(t, {})('results.judges')),
        width: "64",
        align: "center",
    }, ...__VLS_functionalComponentArgsRest(__VLS_67));
    var __VLS_69;
    const { default: __VLS_71 } = __VLS_nonNull(__VLS_69.slots);
    {
        const { default: __VLS_72 } = __VLS_nonNull(__VLS_69.slots);
        const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_72));
        (row.scored?.judges ?? 0);
        // @ts-ignore
        [t, t, t, t,];
    }
    // @ts-ignore
    [];
    let __VLS_73;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_74 = __VLS_asFunctionalComponent1(__VLS_73, new __VLS_73({
        // @ts-ignore
        prop: "raw", label: (__VLS_unwrap(t, {})('results.raw')), width: "80", align: "right", sortable: "custom",
    }));
    const __VLS_75 = __VLS_74({
        prop: "raw",
        label: (__VLS_unwrap(t, {})('results.raw')),
        width: "80",
        align: "right",
        sortable: "custom",
    }, ...__VLS_functionalComponentArgsRest(__VLS_74));
    var __VLS_76;
    const { default: __VLS_78 } = __VLS_nonNull(__VLS_76.slots);
    {
        const { default: __VLS_79 } = __VLS_nonNull(__VLS_76.slots);
        const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_79));
        (__VLS_unwrap(fmt, {})(row.scored?.raw_mean));
        // @ts-ignore
        [t, fmt,];
    }
    // @ts-ignore
    [];
    let __VLS_80;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_81 = __VLS_asFunctionalComponent1(__VLS_80, new __VLS_80({
        // @ts-ignore
        prop: "final", label: (__VLS_unwrap(t, {})('results.final')), width: "96", align: "right", sortable: "custom",
    }));
    const __VLS_82 = __VLS_81({
        prop: "final",
        label: (__VLS_unwrap(t, {})('results.final')),
        width: "96",
        align: "right",
        sortable: "custom",
    }, ...__VLS_functionalComponentArgsRest(__VLS_81));
    var __VLS_83;
    const { default: __VLS_85 } = __VLS_nonNull(__VLS_83.slots);
    {
        const { default: __VLS_86 } = __VLS_nonNull(__VLS_83.slots);
        const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_86));
        if (row.scored?.notes.includes('arbitrated')) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                ...{ class: "arb" },
                'data-test': "arbitrated-mark",
            });
            /** @type {__VLS_StyleScopedClasses['arb']} */ ;
            (__VLS_unwrap(t, {})("results.arbitrated"));
        }
        __VLS_asFunctionalElement1(__VLS_intrinsics.b, __VLS_intrinsics.b)({});
        (__VLS_unwrap(fmt, {})(row.scored?.final_score));
        // @ts-ignore
        [t, t, fmt,];
    }
    // @ts-ignore
    [];
    let __VLS_87;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_88 = __VLS_asFunctionalComponent1(__VLS_87, new __VLS_87({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('results.status')), width: (__VLS_unwrap(statusWidth, {})),
    }));
    const __VLS_89 = __VLS_88({
        label: (__VLS_unwrap(t, {})('results.status')),
        width: (__VLS_unwrap(statusWidth, {})),
    }, ...__VLS_functionalComponentArgsRest(__VLS_88));
    var __VLS_90;
    const { default: __VLS_92 } = __VLS_nonNull(__VLS_90.slots);
    {
        const { default: __VLS_93 } = __VLS_nonNull(__VLS_90.slots);
        const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_93));
        let __VLS_94;
        /** @ts-ignore @type { | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag'] | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag']} */
        elTag;
        // @ts-ignore
        const __VLS_95 = __VLS_asFunctionalComponent1(__VLS_94, new __VLS_94({
            // @ts-ignore
            size: "small", type: (__VLS_unwrap(statusType, {})(__VLS_unwrap(statusKey, {})(row))),
        }));
        const __VLS_96 = __VLS_95({
            size: "small",
            type: (__VLS_unwrap(statusType, {})(__VLS_unwrap(statusKey, {})(row))),
        }, ...__VLS_functionalComponentArgsRest(__VLS_95));
        var __VLS_97;
        const { default: __VLS_99 } = __VLS_nonNull(__VLS_97.slots);
        (__VLS_unwrap(t, {})(`status.${__VLS_unwrap(statusKey, {})(row)}`));
        // @ts-ignore
        [t, t, statusWidth, statusType, statusKey, statusKey,];
        // @ts-ignore
        [];
    }
    // @ts-ignore
    [];
    let __VLS_100;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_101 = __VLS_asFunctionalComponent1(__VLS_100, new __VLS_100({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('results.reasonCol')), minWidth: "200",
    }));
    const __VLS_102 = __VLS_101({
        label: (__VLS_unwrap(t, {})('results.reasonCol')),
        minWidth: "200",
    }, ...__VLS_functionalComponentArgsRest(__VLS_101));
    var __VLS_103;
    const { default: __VLS_105 } = __VLS_nonNull(__VLS_103.slots);
    {
        const { default: __VLS_106 } = __VLS_nonNull(__VLS_103.slots);
        const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_106));
        (__VLS_unwrap(reasonSentence, {})(__VLS_unwrap(t, {}), row));
        // @ts-ignore
        [t, t, reasonSentence,];
    }
    // @ts-ignore
    [];
    let __VLS_107;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_108 = __VLS_asFunctionalComponent1(__VLS_107, new __VLS_107({
        // @ts-ignore
        prop: "outcome.prize", label: (__VLS_unwrap(t, {})('results.prize')), width: "70",
    }));
    const __VLS_109 = __VLS_108({
        prop: "outcome.prize",
        label: (__VLS_unwrap(t, {})('results.prize')),
        width: "70",
    }, ...__VLS_functionalComponentArgsRest(__VLS_108));
    let __VLS_112;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_113 = __VLS_asFunctionalComponent1(__VLS_112, new __VLS_112({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('fairness.stability')), width: "84", align: "right",
    }));
    const __VLS_114 = __VLS_113({
        label: (__VLS_unwrap(t, {})('fairness.stability')),
        width: "84",
        align: "right",
    }, ...__VLS_functionalComponentArgsRest(__VLS_113));
    var __VLS_115;
    const { default: __VLS_117 } = __VLS_nonNull(__VLS_115.slots);
    {
        const { default: __VLS_118 } = __VLS_nonNull(__VLS_115.slots);
        const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_118));
        if (stabilityOf.value.get(row.lesson.id)) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                ...{ class: ({ fragile: stabilityOf.value.get(row.lesson.id).fragile }) },
                'data-test': (`stability-${row.lesson.id}`),
                title: (stabilityOf.value.get(row.lesson.id).fragile ? __VLS_unwrap(t, {})('fairness.fragileHint') : ''),
            });
            /** @type {__VLS_StyleScopedClasses['fragile']} */ ;
            (Math.round(stabilityOf.value.get(row.lesson.id).stability * 100));
            if (stabilityOf.value.get(row.lesson.id).fragile) {
                __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({});
            }
        }
        else if (__VLS_ctx.stabilityRunning && row.scored) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                ...{ class: "same" },
            });
            /** @type {__VLS_StyleScopedClasses['same']} */ ;
        }
        // @ts-ignore
        [t, t, t, stabilityOf, stabilityOf, stabilityOf, stabilityOf, stabilityOf, stabilityRunning,];
    }
    // @ts-ignore
    [];
    // @ts-ignore
    [];
    const __VLS_119 = Pager;
    // @ts-ignore
    const __VLS_120 = __VLS_asFunctionalComponent1(__VLS_119, new __VLS_119({
        // @ts-ignore
        page: (__VLS_unwrap(page, {})), size: (__VLS_unwrap(size, {})), total: (rows.value.length),
    }));
    const __VLS_121 = __VLS_120({
        page: (__VLS_unwrap(page, {})),
        size: (__VLS_unwrap(size, {})),
        total: (rows.value.length),
    }, ...__VLS_functionalComponentArgsRest(__VLS_120));
    // @ts-ignore
    [page, size, rows,];
    return {};
};
void [__VLS_template];
const __VLS_export = (await import('vue')).defineComponent({
    __typeEmits: {},
    __typeProps: {},
});
export default {};
