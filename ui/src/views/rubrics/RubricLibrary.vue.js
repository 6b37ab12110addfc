import { computed, ref } from "vue";
import { useT } from "../../i18n";
import { useLibraryStore } from "../../stores/library";
import { groupRubrics, groupSpan, weightTotal } from "./logic/rubrics";
import ImportRubricDialog from "./modules/ImportRubricDialog.vue";
const { t } = useT();
const store = useLibraryStore();
const groups = computed(() => (store.library ? groupRubrics(store.library) : []));
const rubric = computed(() => store.selected);
const importing = ref(false);
function spanMethod({ rowIndex, columnIndex }) {
    if (columnIndex !== 0 || !rubric.value)
        return { rowspan: 1, colspan: 1 };
    const rowspan = groupSpan(rubric.value.indicators, rowIndex);
    return { rowspan, colspan: rowspan ? 1 : 0 };
}
function summary({ data }) {
    return [t("rubric.total"), "", "", String(weightTotal(data))];
}
async function onImported(result) {
    await store.load();
    store.select(result.rubric.id);
}
const __VLS_ctx = {};
let __VLS_components;
let __VLS_intrinsics;
let __VLS_directives;
void __VLS_ctx, __VLS_components, __VLS_intrinsics, __VLS_directives;
const __VLS_template = () => {
    __VLS_withDotValue(importing, {});
    __VLS_withDotValue(store, {});
    __VLS_withDotValue(rubric, {});
    void {};
    /** @type {__VLS_StyleScopedClasses['list-head']} */ ;
    /** @type {__VLS_StyleScopedClasses['item']} */ ;
    /** @type {__VLS_StyleScopedClasses['item']} */ ;
    /** @type {__VLS_StyleScopedClasses['detail']} */ ;
    /** @type {__VLS_StyleScopedClasses['detail']} */ ;
    /** @type {__VLS_StyleScopedClasses['detail']} */ ;
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "library" },
    });
    /** @type {__VLS_StyleScopedClasses['library']} */ ;
    __VLS_asFunctionalElement1(__VLS_intrinsics.aside, __VLS_intrinsics.aside)({
        ...{ class: "list" },
    });
    /** @type {__VLS_StyleScopedClasses['list']} */ ;
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "list-head" },
    });
    /** @type {__VLS_StyleScopedClasses['list-head']} */ ;
    __VLS_asFunctionalElement1(__VLS_intrinsics.h2, __VLS_intrinsics.h2)({});
    (__VLS_unwrap(t, {})("rubric.library"));
    let __VLS_0;
    /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
    elButton;
    // @ts-ignore
    const __VLS_1 = __VLS_asFunctionalComponent1(__VLS_0, new __VLS_0({
        // @ts-ignore
        ...{ 'onClick': {} }, type: "primary", size: "small", dataTest: "import-rubric",
    }));
    const __VLS_2 = __VLS_1({
        ...{ 'onClick': {} },
        type: "primary",
        size: "small",
        dataTest: "import-rubric",
    }, ...__VLS_functionalComponentArgsRest(__VLS_1));
    let __VLS_5;
    const __VLS_6 = {
        /** @type {typeof __VLS_5.click} */
        onClick: (...[$event]) => {
            void $event;
            return (importing.value = true);
            // @ts-ignore
            [t, importing,];
        },
    };
    void __VLS_6;
    var __VLS_3;
    var __VLS_4;
    const { default: __VLS_7 } = __VLS_nonNull(__VLS_3.slots);
    (__VLS_unwrap(t, {})("rubric.import"));
    // @ts-ignore
    [t,];
    const __VLS_8 = __VLS_tryAsConstant((__VLS_unwrap(groups, {})));
    for (const [g] of __VLS_vFor(__VLS_nonNull(__VLS_8))) {
        __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
            key: (g.year),
            ...{ class: "year" },
        });
        /** @type {__VLS_StyleScopedClasses['year']} */ ;
        __VLS_asFunctionalElement1(__VLS_intrinsics.h3, __VLS_intrinsics.h3)({});
        (__VLS_unwrap(t, {})("rubric.year", { year: g.year }));
        const __VLS_9 = __VLS_tryAsConstant((g.categories));
        for (const [c] of __VLS_vFor(__VLS_nonNull(__VLS_9))) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
                key: (c.category),
            });
            const __VLS_10 = __VLS_tryAsConstant((c.rubrics));
            for (const [r] of __VLS_vFor(__VLS_nonNull(__VLS_10))) {
                __VLS_asFunctionalElement1(__VLS_intrinsics.button, __VLS_intrinsics.button)({
                    ...{ onClick: (...[$event]) => {
                            void $event;
                            return (store.value.select(r.rubric.id));
                            // @ts-ignore
                            [t, groups, store,];
                        } },
                    key: (r.rubric.id),
                    ...{ class: "item" },
                    ...{ class: ({ active: store.value.selectedId === r.rubric.id }) },
                    'data-test': (`rubric-${r.rubric.id}`),
                });
                /** @type {__VLS_StyleScopedClasses['item']} */ ;
                /** @type {__VLS_StyleScopedClasses['active']} */ ;
                __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                    ...{ class: "cat" },
                });
                /** @type {__VLS_StyleScopedClasses['cat']} */ ;
                (__VLS_unwrap(t, {})(`category.${c.category}`));
                let __VLS_11;
                /** @ts-ignore @type { | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag'] | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag']} */
                elTag;
                // @ts-ignore
                const __VLS_12 = __VLS_asFunctionalComponent1(__VLS_11, new __VLS_11({
                    // @ts-ignore
                    size: "small", type: (r.builtin ? 'info' : 'success'),
                }));
                const __VLS_13 = __VLS_12({
                    size: "small",
                    type: (r.builtin ? 'info' : 'success'),
                }, ...__VLS_functionalComponentArgsRest(__VLS_12));
                var __VLS_14;
                const { default: __VLS_16 } = __VLS_nonNull(__VLS_14.slots);
                (r.builtin ? __VLS_unwrap(t, {})("rubric.builtin") : __VLS_unwrap(t, {})("rubric.user"));
                // @ts-ignore
                [t, t, t, store,];
                // @ts-ignore
                [];
            }
            // @ts-ignore
            [];
        }
        // @ts-ignore
        [];
    }
    if (rubric.value) {
        __VLS_asFunctionalElement1(__VLS_intrinsics.section, __VLS_intrinsics.section)({
            ...{ class: "detail" },
            'data-test': "rubric-detail",
        });
        /** @type {__VLS_StyleScopedClasses['detail']} */ ;
        __VLS_asFunctionalElement1(__VLS_intrinsics.h2, __VLS_intrinsics.h2)({
            'data-test': "rubric-title",
        });
        (rubric.value.title);
        __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({
            ...{ class: "meta" },
        });
        /** @type {__VLS_StyleScopedClasses['meta']} */ ;
        (__VLS_unwrap(t, {})("rubric.source"));
        (rubric.value.source);
        (__VLS_unwrap(t, {})("rubric.indicators", { n: rubric.value.indicators.length }));
        (__VLS_unwrap(t, {})("rubric.step"));
        (rubric.value.step);
        (__VLS_unwrap(t, {})("rubric.hash"));
        __VLS_asFunctionalElement1(__VLS_intrinsics.code, __VLS_intrinsics.code)({
            title: (rubric.value.content_hash),
        });
        (rubric.value.content_hash.slice(0, 12));
        let __VLS_17;
        /** @ts-ignore @type { | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table'] | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table']} */
        elTable;
        // @ts-ignore
        const __VLS_18 = __VLS_asFunctionalComponent1(__VLS_17, new __VLS_17({
            // @ts-ignore
            data: (rubric.value.indicators), border: true, spanMethod: (spanMethod), showSummary: true, summaryMethod: (summary), dataTest: "indicator-table", ...{ class: "indicators" },
        }));
        const __VLS_19 = __VLS_18({
            data: (rubric.value.indicators),
            border: true,
            spanMethod: (spanMethod),
            showSummary: true,
            summaryMethod: (summary),
            dataTest: "indicator-table",
            ...{ class: "indicators" },
        }, ...__VLS_functionalComponentArgsRest(__VLS_18));
        /** @type {__VLS_StyleScopedClasses['indicators']} */ ;
        var __VLS_20;
        const { default: __VLS_22 } = __VLS_nonNull(__VLS_20.slots);
        let __VLS_23;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_24 = __VLS_asFunctionalComponent1(__VLS_23, new __VLS_23({
            // @ts-ignore
            prop: "group", label: (__VLS_unwrap(t, {})('rubric.group')), width: "130",
        }));
        const __VLS_25 = __VLS_24({
            prop: "group",
            label: (__VLS_unwrap(t, {})('rubric.group')),
            width: "130",
        }, ...__VLS_functionalComponentArgsRest(__VLS_24));
        let __VLS_28;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_29 = __VLS_asFunctionalComponent1(__VLS_28, new __VLS_28({
            // @ts-ignore
            prop: "name", label: (__VLS_unwrap(t, {})('rubric.name')), width: "170",
        }));
        const __VLS_30 = __VLS_29({
            prop: "name",
            label: (__VLS_unwrap(t, {})('rubric.name')),
            width: "170",
        }, ...__VLS_functionalComponentArgsRest(__VLS_29));
        let __VLS_33;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_34 = __VLS_asFunctionalComponent1(__VLS_33, new __VLS_33({
            // @ts-ignore
            prop: "description", label: (__VLS_unwrap(t, {})('rubric.description')), minWidth: "360",
        }));
        const __VLS_35 = __VLS_34({
            prop: "description",
            label: (__VLS_unwrap(t, {})('rubric.description')),
            minWidth: "360",
        }, ...__VLS_functionalComponentArgsRest(__VLS_34));
        let __VLS_38;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_39 = __VLS_asFunctionalComponent1(__VLS_38, new __VLS_38({
            // @ts-ignore
            prop: "weight", label: (__VLS_unwrap(t, {})('rubric.weight')), width: "80", align: "center",
        }));
        const __VLS_40 = __VLS_39({
            prop: "weight",
            label: (__VLS_unwrap(t, {})('rubric.weight')),
            width: "80",
            align: "center",
        }, ...__VLS_functionalComponentArgsRest(__VLS_39));
        // @ts-ignore
        [t, t, t, t, t, t, t, t, rubric, rubric, rubric, rubric, rubric, rubric, rubric, rubric,];
        __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({
            ...{ class: "total" },
            'data-test': "rubric-total",
        });
        /** @type {__VLS_StyleScopedClasses['total']} */ ;
        (__VLS_unwrap(t, {})("rubric.totalIs", { n: rubric.value.total }));
        __VLS_asFunctionalElement1(__VLS_intrinsics.h3, __VLS_intrinsics.h3)({});
        (__VLS_unwrap(t, {})("rubric.vetoes"));
        __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
            ...{ class: "vetoes" },
            'data-test': "veto-list",
        });
        /** @type {__VLS_StyleScopedClasses['vetoes']} */ ;
        const __VLS_43 = __VLS_tryAsConstant((rubric.value.vetoes));
        for (const [v] of __VLS_vFor(__VLS_nonNull(__VLS_43))) {
            let __VLS_44;
            /** @ts-ignore @type { | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag'] | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag']} */
            elTag;
            // @ts-ignore
            const __VLS_45 = __VLS_asFunctionalComponent1(__VLS_44, new __VLS_44({
                // @ts-ignore
                key: (v.id), type: "danger", effect: "plain", title: (v.basis), ...{ class: "veto" },
            }));
            const __VLS_46 = __VLS_45({
                key: (v.id),
                type: "danger",
                effect: "plain",
                title: (v.basis),
                ...{ class: "veto" },
            }, ...__VLS_functionalComponentArgsRest(__VLS_45));
            /** @type {__VLS_StyleScopedClasses['veto']} */ ;
            var __VLS_47;
            const { default: __VLS_49 } = __VLS_nonNull(__VLS_47.slots);
            (v.name);
            // @ts-ignore
            [t, t, rubric, rubric,];
            // @ts-ignore
            [];
        }
        __VLS_asFunctionalElement1(__VLS_intrinsics.h3, __VLS_intrinsics.h3)({});
        (__VLS_unwrap(t, {})("rubric.materials"));
        let __VLS_50;
        /** @ts-ignore @type { | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table'] | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table']} */
        elTable;
        // @ts-ignore
        const __VLS_51 = __VLS_asFunctionalComponent1(__VLS_50, new __VLS_50({
            // @ts-ignore
            data: (rubric.value.materials), border: true, size: "small", dataTest: "material-table",
        }));
        const __VLS_52 = __VLS_51({
            data: (rubric.value.materials),
            border: true,
            size: "small",
            dataTest: "material-table",
        }, ...__VLS_functionalComponentArgsRest(__VLS_51));
        var __VLS_53;
        const { default: __VLS_55 } = __VLS_nonNull(__VLS_53.slots);
        let __VLS_56;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_57 = __VLS_asFunctionalComponent1(__VLS_56, new __VLS_56({
            // @ts-ignore
            prop: "name", label: (__VLS_unwrap(t, {})('rubric.material')), width: "200",
        }));
        const __VLS_58 = __VLS_57({
            prop: "name",
            label: (__VLS_unwrap(t, {})('rubric.material')),
            width: "200",
        }, ...__VLS_functionalComponentArgsRest(__VLS_57));
        let __VLS_61;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_62 = __VLS_asFunctionalComponent1(__VLS_61, new __VLS_61({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('rubric.required')), width: "110", align: "center",
        }));
        const __VLS_63 = __VLS_62({
            label: (__VLS_unwrap(t, {})('rubric.required')),
            width: "110",
            align: "center",
        }, ...__VLS_functionalComponentArgsRest(__VLS_62));
        var __VLS_64;
        const { default: __VLS_66 } = __VLS_nonNull(__VLS_64.slots);
        {
            const { default: __VLS_67 } = __VLS_nonNull(__VLS_64.slots);
            const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_67));
            let __VLS_68;
            /** @ts-ignore @type { | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag'] | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag']} */
            elTag;
            // @ts-ignore
            const __VLS_69 = __VLS_asFunctionalComponent1(__VLS_68, new __VLS_68({
                // @ts-ignore
                type: (row.required ? 'primary' : 'info'), size: "small",
            }));
            const __VLS_70 = __VLS_69({
                type: (row.required ? 'primary' : 'info'),
                size: "small",
            }, ...__VLS_functionalComponentArgsRest(__VLS_69));
            var __VLS_71;
            const { default: __VLS_73 } = __VLS_nonNull(__VLS_71.slots);
            (row.required ? __VLS_unwrap(t, {})("rubric.mustSubmit") : __VLS_unwrap(t, {})("rubric.optional"));
            // @ts-ignore
            [t, t, t, t, t, rubric,];
            // @ts-ignore
            [];
        }
        // @ts-ignore
        [];
        let __VLS_74;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_75 = __VLS_asFunctionalComponent1(__VLS_74, new __VLS_74({
            // @ts-ignore
            prop: "note", label: (__VLS_unwrap(t, {})('rubric.note')),
        }));
        const __VLS_76 = __VLS_75({
            prop: "note",
            label: (__VLS_unwrap(t, {})('rubric.note')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_75));
        // @ts-ignore
        [t,];
    }
    else {
        __VLS_asFunctionalElement1(__VLS_intrinsics.section, __VLS_intrinsics.section)({
            ...{ class: "detail empty" },
        });
        /** @type {__VLS_StyleScopedClasses['detail']} */ ;
        /** @type {__VLS_StyleScopedClasses['empty']} */ ;
        let __VLS_79;
        /** @ts-ignore @type { | typeof __VLS_components.elEmpty | typeof __VLS_components.ElEmpty | typeof __VLS_components['el-empty']} */
        elEmpty;
        // @ts-ignore
        const __VLS_80 = __VLS_asFunctionalComponent1(__VLS_79, new __VLS_79({
            // @ts-ignore
            description: (__VLS_unwrap(t, {})('rubric.empty')),
        }));
        const __VLS_81 = __VLS_80({
            description: (__VLS_unwrap(t, {})('rubric.empty')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_80));
    }
    const __VLS_84 = ImportRubricDialog;
    // @ts-ignore
    const __VLS_85 = __VLS_asFunctionalComponent1(__VLS_84, new __VLS_84({
        // @ts-ignore
        ...{ 'onImported': {} }, modelValue: (importing.value),
    }));
    const __VLS_86 = __VLS_85({
        ...{ 'onImported': {} },
        modelValue: (importing.value),
    }, ...__VLS_functionalComponentArgsRest(__VLS_85));
    let __VLS_89;
    const __VLS_90 = {
        /** @type {typeof __VLS_89.imported} */
        onImported: (onImported),
    };
    void __VLS_90;
    var __VLS_87;
    var __VLS_88;
    // @ts-ignore
    [t, importing,];
    return {};
};
void [__VLS_template];
const __VLS_export = (await import('vue')).defineComponent({});
export default {};
