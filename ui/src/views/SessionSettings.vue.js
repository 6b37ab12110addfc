import { attempt } from "../logic/attempt";
import { computed, ref, watch } from "vue";
import { useT } from "../i18n";
import { ElMessage } from "element-plus";
import { AGGREGATIONS, LEVELS, commands } from "../ipc";
import { useSessionStore } from "../stores/session";
import { headline } from "../logic/problems";
import ProblemList from "../components/ProblemList.vue";
import NumberField from "../components/NumberField.vue";
import { useNumberChecks } from "../logic/numberChecks";
const { t } = useT();
const store = useSessionStore();
const draft = ref(null);
const failure = ref(null);
const saving = ref(false);
// a plain copy to edit: structuredClone throws DataCloneError on Vue's reactive proxies
watch(() => store.current?.settings, (s) => (draft.value = s ? JSON.parse(JSON.stringify(s)) : null), { immediate: true });
const badNumber = useNumberChecks();
// unset: on when the judges list names regions (as the core decides it)
const recuseRegion = computed(() => draft.value?.rules.recuse_same_region ?? store.judges.some((j) => j.region.trim() !== ""));
async function save() {
    const settings = draft.value;
    if (!settings)
        return;
    if (badNumber.value) {
        ElMessage.error(t("number.fixFirst"));
        return;
    }
    saving.value = true;
    await attempt(failure, async () => {
        store.current = await commands.updateSettings(settings);
        // the home page's recent list names the session as renamed
        store.recent = (await commands.recentSessions()).sessions;
        ElMessage.success(t("settings.saved"));
    });
    saving.value = false;
}
const __VLS_ctx = {};
let __VLS_components;
let __VLS_intrinsics;
let __VLS_directives;
void __VLS_ctx, __VLS_components, __VLS_intrinsics, __VLS_directives;
const __VLS_template = () => {
    __VLS_withDotValue(draft, {});
    __VLS_withDotValue(recuseRegion, {});
    __VLS_withDotValue(failure, {});
    void {};
    if (draft.value) {
        __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
            ...{ class: "settings" },
        });
        /** @type {__VLS_StyleScopedClasses['settings']} */ ;
        let __VLS_0;
        /** @ts-ignore @type { | typeof __VLS_components.elForm | typeof __VLS_components.ElForm | typeof __VLS_components['el-form'] | typeof __VLS_components.elForm | typeof __VLS_components.ElForm | typeof __VLS_components['el-form']} */
        elForm;
        // @ts-ignore
        const __VLS_1 = __VLS_asFunctionalComponent1(__VLS_0, new __VLS_0({
            // @ts-ignore
            labelWidth: "210px", ...{ class: "form" }, dataTest: "settings-form",
        }));
        const __VLS_2 = __VLS_1({
            labelWidth: "210px",
            ...{ class: "form" },
            dataTest: "settings-form",
        }, ...__VLS_functionalComponentArgsRest(__VLS_1));
        /** @type {__VLS_StyleScopedClasses['form']} */ ;
        var __VLS_3;
        const { default: __VLS_5 } = __VLS_nonNull(__VLS_3.slots);
        __VLS_asFunctionalElement1(__VLS_intrinsics.h3, __VLS_intrinsics.h3)({});
        (__VLS_unwrap(t, {})("settings.general"));
        let __VLS_6;
        /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
        elFormItem;
        // @ts-ignore
        const __VLS_7 = __VLS_asFunctionalComponent1(__VLS_6, new __VLS_6({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('settings.name')),
        }));
        const __VLS_8 = __VLS_7({
            label: (__VLS_unwrap(t, {})('settings.name')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_7));
        var __VLS_9;
        const { default: __VLS_11 } = __VLS_nonNull(__VLS_9.slots);
        let __VLS_12;
        /** @ts-ignore @type { | typeof __VLS_components.elInput | typeof __VLS_components.ElInput | typeof __VLS_components['el-input']} */
        elInput;
        // @ts-ignore
        const __VLS_13 = __VLS_asFunctionalComponent1(__VLS_12, new __VLS_12({
            // @ts-ignore
            modelValue: (draft.value.name),
        }));
        const __VLS_14 = __VLS_13({
            modelValue: (draft.value.name),
        }, ...__VLS_functionalComponentArgsRest(__VLS_13));
        // @ts-ignore
        [draft, draft, t, t,];
        let __VLS_17;
        /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
        elFormItem;
        // @ts-ignore
        const __VLS_18 = __VLS_asFunctionalComponent1(__VLS_17, new __VLS_17({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('settings.unit')),
        }));
        const __VLS_19 = __VLS_18({
            label: (__VLS_unwrap(t, {})('settings.unit')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_18));
        var __VLS_20;
        const { default: __VLS_22 } = __VLS_nonNull(__VLS_20.slots);
        let __VLS_23;
        /** @ts-ignore @type { | typeof __VLS_components.elInput | typeof __VLS_components.ElInput | typeof __VLS_components['el-input']} */
        elInput;
        // @ts-ignore
        const __VLS_24 = __VLS_asFunctionalComponent1(__VLS_23, new __VLS_23({
            // @ts-ignore
            modelValue: (draft.value.unit), placeholder: (__VLS_unwrap(t, {})('settings.unitHint')), dataTest: "settings-unit",
        }));
        const __VLS_25 = __VLS_24({
            modelValue: (draft.value.unit),
            placeholder: (__VLS_unwrap(t, {})('settings.unitHint')),
            dataTest: "settings-unit",
        }, ...__VLS_functionalComponentArgsRest(__VLS_24));
        // @ts-ignore
        [draft, t, t,];
        let __VLS_28;
        /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
        elFormItem;
        // @ts-ignore
        const __VLS_29 = __VLS_asFunctionalComponent1(__VLS_28, new __VLS_28({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('settings.level')),
        }));
        const __VLS_30 = __VLS_29({
            label: (__VLS_unwrap(t, {})('settings.level')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_29));
        var __VLS_31;
        const { default: __VLS_33 } = __VLS_nonNull(__VLS_31.slots);
        let __VLS_34;
        /** @ts-ignore @type { | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select'] | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select']} */
        elSelect;
        // @ts-ignore
        const __VLS_35 = __VLS_asFunctionalComponent1(__VLS_34, new __VLS_34({
            // @ts-ignore
            modelValue: (draft.value.level), ...{ style: {} },
        }));
        const __VLS_36 = __VLS_35({
            modelValue: (draft.value.level),
            ...{ style: {} },
        }, ...__VLS_functionalComponentArgsRest(__VLS_35));
        var __VLS_37;
        const { default: __VLS_39 } = __VLS_nonNull(__VLS_37.slots);
        const __VLS_40 = __VLS_tryAsConstant((__VLS_unwrap(LEVELS, {})));
        for (const [l] of __VLS_vFor(__VLS_nonNull(__VLS_40))) {
            let __VLS_41;
            /** @ts-ignore @type { | typeof __VLS_components.elOption | typeof __VLS_components.ElOption | typeof __VLS_components['el-option']} */
            elOption;
            // @ts-ignore
            const __VLS_42 = __VLS_asFunctionalComponent1(__VLS_41, new __VLS_41({
                // @ts-ignore
                key: (l), value: (l), label: (__VLS_unwrap(t, {})(`level.${l}`)),
            }));
            const __VLS_43 = __VLS_42({
                key: (l),
                value: (l),
                label: (__VLS_unwrap(t, {})(`level.${l}`)),
            }, ...__VLS_functionalComponentArgsRest(__VLS_42));
            // @ts-ignore
            [draft, t, t, LEVELS,];
        }
        // @ts-ignore
        [];
        // @ts-ignore
        [];
        let __VLS_46;
        /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
        elFormItem;
        // @ts-ignore
        const __VLS_47 = __VLS_asFunctionalComponent1(__VLS_46, new __VLS_46({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('settings.year')),
        }));
        const __VLS_48 = __VLS_47({
            label: (__VLS_unwrap(t, {})('settings.year')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_47));
        var __VLS_49;
        const { default: __VLS_51 } = __VLS_nonNull(__VLS_49.slots);
        const __VLS_52 = NumberField;
        // @ts-ignore
        const __VLS_53 = __VLS_asFunctionalComponent1(__VLS_52, new __VLS_52({
            // @ts-ignore
            modelValue: (draft.value.year), min: (2020), max: (2100), dataTest: "settings-year",
        }));
        const __VLS_54 = __VLS_53({
            modelValue: (draft.value.year),
            min: (2020),
            max: (2100),
            dataTest: "settings-year",
        }, ...__VLS_functionalComponentArgsRest(__VLS_53));
        // @ts-ignore
        [draft, t,];
        __VLS_asFunctionalElement1(__VLS_intrinsics.h3, __VLS_intrinsics.h3)({});
        (__VLS_unwrap(t, {})("settings.categories"));
        let __VLS_57;
        /** @ts-ignore @type { | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table'] | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table']} */
        elTable;
        // @ts-ignore
        const __VLS_58 = __VLS_asFunctionalComponent1(__VLS_57, new __VLS_57({
            // @ts-ignore
            data: (draft.value.categories), border: true, size: "small", ...{ class: "cats" },
        }));
        const __VLS_59 = __VLS_58({
            data: (draft.value.categories),
            border: true,
            size: "small",
            ...{ class: "cats" },
        }, ...__VLS_functionalComponentArgsRest(__VLS_58));
        /** @type {__VLS_StyleScopedClasses['cats']} */ ;
        var __VLS_60;
        const { default: __VLS_62 } = __VLS_nonNull(__VLS_60.slots);
        let __VLS_63;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_64 = __VLS_asFunctionalComponent1(__VLS_63, new __VLS_63({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('import.category')), width: "160",
        }));
        const __VLS_65 = __VLS_64({
            label: (__VLS_unwrap(t, {})('import.category')),
            width: "160",
        }, ...__VLS_functionalComponentArgsRest(__VLS_64));
        var __VLS_66;
        const { default: __VLS_68 } = __VLS_nonNull(__VLS_66.slots);
        {
            const { default: __VLS_69 } = __VLS_nonNull(__VLS_66.slots);
            const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_69));
            (__VLS_unwrap(t, {})(`category.${row.category}`));
            // @ts-ignore
            [draft, t, t, t,];
        }
        // @ts-ignore
        [];
        let __VLS_70;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_71 = __VLS_asFunctionalComponent1(__VLS_70, new __VLS_70({
            // @ts-ignore
            prop: "rubric", label: (__VLS_unwrap(t, {})('settings.rubric')),
        }));
        const __VLS_72 = __VLS_71({
            prop: "rubric",
            label: (__VLS_unwrap(t, {})('settings.rubric')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_71));
        let __VLS_75;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_76 = __VLS_asFunctionalComponent1(__VLS_75, new __VLS_75({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('settings.quota')), width: "180",
        }));
        const __VLS_77 = __VLS_76({
            label: (__VLS_unwrap(t, {})('settings.quota')),
            width: "180",
        }, ...__VLS_functionalComponentArgsRest(__VLS_76));
        var __VLS_78;
        const { default: __VLS_80 } = __VLS_nonNull(__VLS_78.slots);
        {
            const { default: __VLS_81 } = __VLS_nonNull(__VLS_78.slots);
            const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_81));
            const __VLS_82 = NumberField;
            // @ts-ignore
            const __VLS_83 = __VLS_asFunctionalComponent1(__VLS_82, new __VLS_82({
                // @ts-ignore
                modelValue: (row.quota), min: (0), size: "small", width: "100px", dataTest: (`quota-${row.category}`),
            }));
            const __VLS_84 = __VLS_83({
                modelValue: (row.quota),
                min: (0),
                size: "small",
                width: "100px",
                dataTest: (`quota-${row.category}`),
            }, ...__VLS_functionalComponentArgsRest(__VLS_83));
            // @ts-ignore
            [t, t,];
        }
        // @ts-ignore
        [];
        // @ts-ignore
        [];
        __VLS_asFunctionalElement1(__VLS_intrinsics.h3, __VLS_intrinsics.h3)({});
        (__VLS_unwrap(t, {})("settings.scoring"));
        let __VLS_87;
        /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
        elFormItem;
        // @ts-ignore
        const __VLS_88 = __VLS_asFunctionalComponent1(__VLS_87, new __VLS_87({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('settings.aggregation')),
        }));
        const __VLS_89 = __VLS_88({
            label: (__VLS_unwrap(t, {})('settings.aggregation')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_88));
        var __VLS_90;
        const { default: __VLS_92 } = __VLS_nonNull(__VLS_90.slots);
        let __VLS_93;
        /** @ts-ignore @type { | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select'] | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select']} */
        elSelect;
        // @ts-ignore
        const __VLS_94 = __VLS_asFunctionalComponent1(__VLS_93, new __VLS_93({
            // @ts-ignore
            modelValue: (draft.value.rules.aggregation), ...{ style: {} },
        }));
        const __VLS_95 = __VLS_94({
            modelValue: (draft.value.rules.aggregation),
            ...{ style: {} },
        }, ...__VLS_functionalComponentArgsRest(__VLS_94));
        var __VLS_96;
        const { default: __VLS_98 } = __VLS_nonNull(__VLS_96.slots);
        const __VLS_99 = __VLS_tryAsConstant((__VLS_unwrap(AGGREGATIONS, {})));
        for (const [a] of __VLS_vFor(__VLS_nonNull(__VLS_99))) {
            let __VLS_100;
            /** @ts-ignore @type { | typeof __VLS_components.elOption | typeof __VLS_components.ElOption | typeof __VLS_components['el-option']} */
            elOption;
            // @ts-ignore
            const __VLS_101 = __VLS_asFunctionalComponent1(__VLS_100, new __VLS_100({
                // @ts-ignore
                key: (a), value: (a), label: (__VLS_unwrap(t, {})(`settings.agg.${a}`)),
            }));
            const __VLS_102 = __VLS_101({
                key: (a),
                value: (a),
                label: (__VLS_unwrap(t, {})(`settings.agg.${a}`)),
            }, ...__VLS_functionalComponentArgsRest(__VLS_101));
            // @ts-ignore
            [draft, t, t, t, AGGREGATIONS,];
        }
        // @ts-ignore
        [];
        // @ts-ignore
        [];
        if (draft.value.rules.aggregation === 'trimmed_mean') {
            let __VLS_105;
            /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
            elFormItem;
            // @ts-ignore
            const __VLS_106 = __VLS_asFunctionalComponent1(__VLS_105, new __VLS_105({
                // @ts-ignore
                label: (__VLS_unwrap(t, {})('settings.trim')),
            }));
            const __VLS_107 = __VLS_106({
                label: (__VLS_unwrap(t, {})('settings.trim')),
            }, ...__VLS_functionalComponentArgsRest(__VLS_106));
            var __VLS_108;
            const { default: __VLS_110 } = __VLS_nonNull(__VLS_108.slots);
            const __VLS_111 = NumberField;
            // @ts-ignore
            const __VLS_112 = __VLS_asFunctionalComponent1(__VLS_111, new __VLS_111({
                // @ts-ignore
                modelValue: (draft.value.rules.trim), min: (0), max: (5), dataTest: "settings-trim",
            }));
            const __VLS_113 = __VLS_112({
                modelValue: (draft.value.rules.trim),
                min: (0),
                max: (5),
                dataTest: "settings-trim",
            }, ...__VLS_functionalComponentArgsRest(__VLS_112));
            // @ts-ignore
            [draft, draft, t,];
        }
        let __VLS_116;
        /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
        elFormItem;
        // @ts-ignore
        const __VLS_117 = __VLS_asFunctionalComponent1(__VLS_116, new __VLS_116({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('settings.gapThreshold')),
        }));
        const __VLS_118 = __VLS_117({
            label: (__VLS_unwrap(t, {})('settings.gapThreshold')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_117));
        var __VLS_119;
        const { default: __VLS_121 } = __VLS_nonNull(__VLS_119.slots);
        const __VLS_122 = NumberField;
        // @ts-ignore
        const __VLS_123 = __VLS_asFunctionalComponent1(__VLS_122, new __VLS_122({
            // @ts-ignore
            modelValue: (draft.value.rules.gap_threshold), min: (0), max: (100), multipleOf: (0.1), dataTest: "gap-threshold",
        }));
        const __VLS_124 = __VLS_123({
            modelValue: (draft.value.rules.gap_threshold),
            min: (0),
            max: (100),
            multipleOf: (0.1),
            dataTest: "gap-threshold",
        }, ...__VLS_functionalComponentArgsRest(__VLS_123));
        // @ts-ignore
        [draft, t,];
        let __VLS_127;
        /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
        elFormItem;
        // @ts-ignore
        const __VLS_128 = __VLS_asFunctionalComponent1(__VLS_127, new __VLS_127({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('settings.minScore')),
        }));
        const __VLS_129 = __VLS_128({
            label: (__VLS_unwrap(t, {})('settings.minScore')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_128));
        var __VLS_130;
        const { default: __VLS_132 } = __VLS_nonNull(__VLS_130.slots);
        const __VLS_133 = NumberField;
        // @ts-ignore
        const __VLS_134 = __VLS_asFunctionalComponent1(__VLS_133, new __VLS_133({
            // @ts-ignore
            modelValue: (draft.value.rules.min_score), nullable: true, min: (0), max: (100), multipleOf: (0.01), dataTest: "min-score",
        }));
        const __VLS_135 = __VLS_134({
            modelValue: (draft.value.rules.min_score),
            nullable: true,
            min: (0),
            max: (100),
            multipleOf: (0.01),
            dataTest: "min-score",
        }, ...__VLS_functionalComponentArgsRest(__VLS_134));
        // @ts-ignore
        [draft, t,];
        let __VLS_138;
        /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
        elFormItem;
        // @ts-ignore
        const __VLS_139 = __VLS_asFunctionalComponent1(__VLS_138, new __VLS_138({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('settings.severityMargin')),
        }));
        const __VLS_140 = __VLS_139({
            label: (__VLS_unwrap(t, {})('settings.severityMargin')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_139));
        var __VLS_141;
        const { default: __VLS_143 } = __VLS_nonNull(__VLS_141.slots);
        const __VLS_144 = NumberField;
        // @ts-ignore
        const __VLS_145 = __VLS_asFunctionalComponent1(__VLS_144, new __VLS_144({
            // @ts-ignore
            modelValue: (draft.value.rules.severity_margin), min: (0), max: (20), multipleOf: (0.1), dataTest: "severity-margin",
        }));
        const __VLS_146 = __VLS_145({
            modelValue: (draft.value.rules.severity_margin),
            min: (0),
            max: (20),
            multipleOf: (0.1),
            dataTest: "severity-margin",
        }, ...__VLS_functionalComponentArgsRest(__VLS_145));
        __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
            ...{ class: "hint" },
        });
        /** @type {__VLS_StyleScopedClasses['hint']} */ ;
        (__VLS_unwrap(t, {})("settings.severityMarginHint"));
        // @ts-ignore
        [draft, t, t,];
        let __VLS_149;
        /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
        elFormItem;
        // @ts-ignore
        const __VLS_150 = __VLS_asFunctionalComponent1(__VLS_149, new __VLS_149({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('settings.vetoMinJudges')),
        }));
        const __VLS_151 = __VLS_150({
            label: (__VLS_unwrap(t, {})('settings.vetoMinJudges')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_150));
        var __VLS_152;
        const { default: __VLS_154 } = __VLS_nonNull(__VLS_152.slots);
        const __VLS_155 = NumberField;
        // @ts-ignore
        const __VLS_156 = __VLS_asFunctionalComponent1(__VLS_155, new __VLS_155({
            // @ts-ignore
            modelValue: (draft.value.rules.veto_min_judges), min: (1), max: (9), dataTest: "veto-min-judges",
        }));
        const __VLS_157 = __VLS_156({
            modelValue: (draft.value.rules.veto_min_judges),
            min: (1),
            max: (9),
            dataTest: "veto-min-judges",
        }, ...__VLS_functionalComponentArgsRest(__VLS_156));
        // @ts-ignore
        [draft, t,];
        __VLS_asFunctionalElement1(__VLS_intrinsics.h3, __VLS_intrinsics.h3)({});
        (__VLS_unwrap(t, {})("settings.selection"));
        let __VLS_160;
        /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
        elFormItem;
        // @ts-ignore
        const __VLS_161 = __VLS_asFunctionalComponent1(__VLS_160, new __VLS_160({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('settings.onePerNode')),
        }));
        const __VLS_162 = __VLS_161({
            label: (__VLS_unwrap(t, {})('settings.onePerNode')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_161));
        var __VLS_163;
        const { default: __VLS_165 } = __VLS_nonNull(__VLS_163.slots);
        let __VLS_166;
        /** @ts-ignore @type { | typeof __VLS_components.elSwitch | typeof __VLS_components.ElSwitch | typeof __VLS_components['el-switch']} */
        elSwitch;
        // @ts-ignore
        const __VLS_167 = __VLS_asFunctionalComponent1(__VLS_166, new __VLS_166({
            // @ts-ignore
            modelValue: (draft.value.rules.one_per_node),
        }));
        const __VLS_168 = __VLS_167({
            modelValue: (draft.value.rules.one_per_node),
        }, ...__VLS_functionalComponentArgsRest(__VLS_167));
        // @ts-ignore
        [draft, t, t,];
        let __VLS_171;
        /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
        elFormItem;
        // @ts-ignore
        const __VLS_172 = __VLS_asFunctionalComponent1(__VLS_171, new __VLS_171({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('settings.onePerTeacher')),
        }));
        const __VLS_173 = __VLS_172({
            label: (__VLS_unwrap(t, {})('settings.onePerTeacher')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_172));
        var __VLS_174;
        const { default: __VLS_176 } = __VLS_nonNull(__VLS_174.slots);
        let __VLS_177;
        /** @ts-ignore @type { | typeof __VLS_components.elSwitch | typeof __VLS_components.ElSwitch | typeof __VLS_components['el-switch']} */
        elSwitch;
        // @ts-ignore
        const __VLS_178 = __VLS_asFunctionalComponent1(__VLS_177, new __VLS_177({
            // @ts-ignore
            modelValue: (draft.value.rules.one_per_teacher),
        }));
        const __VLS_179 = __VLS_178({
            modelValue: (draft.value.rules.one_per_teacher),
        }, ...__VLS_functionalComponentArgsRest(__VLS_178));
        if (draft.value.rules.one_per_teacher) {
            let __VLS_182;
            /** @ts-ignore @type { | typeof __VLS_components.elRadioGroup | typeof __VLS_components.ElRadioGroup | typeof __VLS_components['el-radio-group'] | typeof __VLS_components.elRadioGroup | typeof __VLS_components.ElRadioGroup | typeof __VLS_components['el-radio-group']} */
            elRadioGroup;
            // @ts-ignore
            const __VLS_183 = __VLS_asFunctionalComponent1(__VLS_182, new __VLS_182({
                // @ts-ignore
                modelValue: (draft.value.rules.teacher_scope), size: "small", ...{ class: "scope" }, dataTest: "teacher-scope",
            }));
            const __VLS_184 = __VLS_183({
                modelValue: (draft.value.rules.teacher_scope),
                size: "small",
                ...{ class: "scope" },
                dataTest: "teacher-scope",
            }, ...__VLS_functionalComponentArgsRest(__VLS_183));
            /** @type {__VLS_StyleScopedClasses['scope']} */ ;
            var __VLS_185;
            const { default: __VLS_187 } = __VLS_nonNull(__VLS_185.slots);
            let __VLS_188;
            /** @ts-ignore @type { | typeof __VLS_components.elRadioButton | typeof __VLS_components.ElRadioButton | typeof __VLS_components['el-radio-button'] | typeof __VLS_components.elRadioButton | typeof __VLS_components.ElRadioButton | typeof __VLS_components['el-radio-button']} */
            elRadioButton;
            // @ts-ignore
            const __VLS_189 = __VLS_asFunctionalComponent1(__VLS_188, new __VLS_188({
                // @ts-ignore
                value: "session",
            }));
            const __VLS_190 = __VLS_189({
                value: "session",
            }, ...__VLS_functionalComponentArgsRest(__VLS_189));
            var __VLS_191;
            const { default: __VLS_193 } = __VLS_nonNull(__VLS_191.slots);
            (__VLS_unwrap(t, {})("settings.teacherScope.session"));
            // @ts-ignore
            [draft, draft, draft, t, t,];
            let __VLS_194;
            /** @ts-ignore @type { | typeof __VLS_components.elRadioButton | typeof __VLS_components.ElRadioButton | typeof __VLS_components['el-radio-button'] | typeof __VLS_components.elRadioButton | typeof __VLS_components.ElRadioButton | typeof __VLS_components['el-radio-button']} */
            elRadioButton;
            // @ts-ignore
            const __VLS_195 = __VLS_asFunctionalComponent1(__VLS_194, new __VLS_194({
                // @ts-ignore
                value: "category",
            }));
            const __VLS_196 = __VLS_195({
                value: "category",
            }, ...__VLS_functionalComponentArgsRest(__VLS_195));
            var __VLS_197;
            const { default: __VLS_199 } = __VLS_nonNull(__VLS_197.slots);
            (__VLS_unwrap(t, {})("settings.teacherScope.category"));
            // @ts-ignore
            [t,];
            // @ts-ignore
            [];
        }
        // @ts-ignore
        [];
        let __VLS_200;
        /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
        elFormItem;
        // @ts-ignore
        const __VLS_201 = __VLS_asFunctionalComponent1(__VLS_200, new __VLS_200({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('settings.stageCoverage')),
        }));
        const __VLS_202 = __VLS_201({
            label: (__VLS_unwrap(t, {})('settings.stageCoverage')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_201));
        var __VLS_203;
        const { default: __VLS_205 } = __VLS_nonNull(__VLS_203.slots);
        let __VLS_206;
        /** @ts-ignore @type { | typeof __VLS_components.elSwitch | typeof __VLS_components.ElSwitch | typeof __VLS_components['el-switch']} */
        elSwitch;
        // @ts-ignore
        const __VLS_207 = __VLS_asFunctionalComponent1(__VLS_206, new __VLS_206({
            // @ts-ignore
            modelValue: (draft.value.rules.stage_coverage),
        }));
        const __VLS_208 = __VLS_207({
            modelValue: (draft.value.rules.stage_coverage),
        }, ...__VLS_functionalComponentArgsRest(__VLS_207));
        // @ts-ignore
        [draft, t,];
        let __VLS_211;
        /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
        elFormItem;
        // @ts-ignore
        const __VLS_212 = __VLS_asFunctionalComponent1(__VLS_211, new __VLS_211({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('settings.barYears')),
        }));
        const __VLS_213 = __VLS_212({
            label: (__VLS_unwrap(t, {})('settings.barYears')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_212));
        var __VLS_214;
        const { default: __VLS_216 } = __VLS_nonNull(__VLS_214.slots);
        const __VLS_217 = NumberField;
        // @ts-ignore
        const __VLS_218 = __VLS_asFunctionalComponent1(__VLS_217, new __VLS_217({
            // @ts-ignore
            modelValue: (draft.value.rules.bar_years), min: (0), max: (20), dataTest: "bar-years",
        }));
        const __VLS_219 = __VLS_218({
            modelValue: (draft.value.rules.bar_years),
            min: (0),
            max: (20),
            dataTest: "bar-years",
        }, ...__VLS_functionalComponentArgsRest(__VLS_218));
        __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
            ...{ class: "hint" },
        });
        /** @type {__VLS_StyleScopedClasses['hint']} */ ;
        (__VLS_unwrap(t, {})("settings.barYearsHint"));
        // @ts-ignore
        [draft, t, t,];
        let __VLS_222;
        /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
        elFormItem;
        // @ts-ignore
        const __VLS_223 = __VLS_asFunctionalComponent1(__VLS_222, new __VLS_222({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('settings.perSchoolSubjectCap')),
        }));
        const __VLS_224 = __VLS_223({
            label: (__VLS_unwrap(t, {})('settings.perSchoolSubjectCap')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_223));
        var __VLS_225;
        const { default: __VLS_227 } = __VLS_nonNull(__VLS_225.slots);
        const __VLS_228 = NumberField;
        // @ts-ignore
        const __VLS_229 = __VLS_asFunctionalComponent1(__VLS_228, new __VLS_228({
            // @ts-ignore
            modelValue: (draft.value.rules.per_school_subject_cap), nullable: true, min: (1), max: (20), dataTest: "school-subject-cap",
        }));
        const __VLS_230 = __VLS_229({
            modelValue: (draft.value.rules.per_school_subject_cap),
            nullable: true,
            min: (1),
            max: (20),
            dataTest: "school-subject-cap",
        }, ...__VLS_functionalComponentArgsRest(__VLS_229));
        // @ts-ignore
        [draft, t,];
        const __VLS_233 = __VLS_tryAsConstant((draft.value.rules.subject_caps));
        for (const [cap, i] of __VLS_vFor(__VLS_nonNull(__VLS_233))) {
            let __VLS_234;
            /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
            elFormItem;
            // @ts-ignore
            const __VLS_235 = __VLS_asFunctionalComponent1(__VLS_234, new __VLS_234({
                // @ts-ignore
                key: (i), label: (__VLS_unwrap(t, {})('settings.subjectCap', { category: cap.category })),
            }));
            const __VLS_236 = __VLS_235({
                key: (i),
                label: (__VLS_unwrap(t, {})('settings.subjectCap', { category: cap.category })),
            }, ...__VLS_functionalComponentArgsRest(__VLS_235));
            var __VLS_237;
            const { default: __VLS_239 } = __VLS_nonNull(__VLS_237.slots);
            __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                ...{ class: "cap" },
            });
            /** @type {__VLS_StyleScopedClasses['cap']} */ ;
            (cap.subjects.join("、"));
            const __VLS_240 = NumberField;
            // @ts-ignore
            const __VLS_241 = __VLS_asFunctionalComponent1(__VLS_240, new __VLS_240({
                // @ts-ignore
                modelValue: (cap.max_percent), min: (0), max: (100), size: "small", width: "80px", dataTest: (`subject-cap-${i}`),
            }));
            const __VLS_242 = __VLS_241({
                modelValue: (cap.max_percent),
                min: (0),
                max: (100),
                size: "small",
                width: "80px",
                dataTest: (`subject-cap-${i}`),
            }, ...__VLS_functionalComponentArgsRest(__VLS_241));
            __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                ...{ class: "hint" },
            });
            /** @type {__VLS_StyleScopedClasses['hint']} */ ;
            (__VLS_unwrap(t, {})("settings.capLifeSubjects"));
            // @ts-ignore
            [draft, t, t,];
            // @ts-ignore
            [];
        }
        let __VLS_245;
        /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
        elFormItem;
        // @ts-ignore
        const __VLS_246 = __VLS_asFunctionalComponent1(__VLS_245, new __VLS_245({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('settings.alternatesPercent')),
        }));
        const __VLS_247 = __VLS_246({
            label: (__VLS_unwrap(t, {})('settings.alternatesPercent')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_246));
        var __VLS_248;
        const { default: __VLS_250 } = __VLS_nonNull(__VLS_248.slots);
        const __VLS_251 = NumberField;
        // @ts-ignore
        const __VLS_252 = __VLS_asFunctionalComponent1(__VLS_251, new __VLS_251({
            // @ts-ignore
            modelValue: (draft.value.rules.alternates_percent), min: (0), max: (100), width: "80px", dataTest: "alternates-percent",
        }));
        const __VLS_253 = __VLS_252({
            modelValue: (draft.value.rules.alternates_percent),
            min: (0),
            max: (100),
            width: "80px",
            dataTest: "alternates-percent",
        }, ...__VLS_functionalComponentArgsRest(__VLS_252));
        __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
            ...{ class: "hint" },
        });
        /** @type {__VLS_StyleScopedClasses['hint']} */ ;
        (__VLS_unwrap(t, {})("settings.alternatesHint"));
        // @ts-ignore
        [draft, t, t,];
        const __VLS_256 = __VLS_tryAsConstant((draft.value.rules.prizes));
        for (const [p, i] of __VLS_vFor(__VLS_nonNull(__VLS_256))) {
            let __VLS_257;
            /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
            elFormItem;
            // @ts-ignore
            const __VLS_258 = __VLS_asFunctionalComponent1(__VLS_257, new __VLS_257({
                // @ts-ignore
                key: (`prize-${i}`), label: (p.name),
            }));
            const __VLS_259 = __VLS_258({
                key: (`prize-${i}`),
                label: (p.name),
            }, ...__VLS_functionalComponentArgsRest(__VLS_258));
            var __VLS_260;
            const { default: __VLS_262 } = __VLS_nonNull(__VLS_260.slots);
            if (p.percent !== null && p.percent !== undefined) {
                const __VLS_263 = NumberField;
                // @ts-ignore
                const __VLS_264 = __VLS_asFunctionalComponent1(__VLS_263, new __VLS_263({
                    // @ts-ignore
                    modelValue: (p.percent), min: (0), max: (100), width: "80px", dataTest: (`prize-${i}`),
                }));
                const __VLS_265 = __VLS_264({
                    modelValue: (p.percent),
                    min: (0),
                    max: (100),
                    width: "80px",
                    dataTest: (`prize-${i}`),
                }, ...__VLS_functionalComponentArgsRest(__VLS_264));
            }
            else {
                const __VLS_268 = NumberField;
                // @ts-ignore
                const __VLS_269 = __VLS_asFunctionalComponent1(__VLS_268, new __VLS_268({
                    // @ts-ignore
                    modelValue: (p.count), min: (0), width: "80px", dataTest: (`prize-${i}`),
                }));
                const __VLS_270 = __VLS_269({
                    modelValue: (p.count),
                    min: (0),
                    width: "80px",
                    dataTest: (`prize-${i}`),
                }, ...__VLS_functionalComponentArgsRest(__VLS_269));
                (__VLS_unwrap(t, {})("settings.prizeCount"));
            }
            // @ts-ignore
            [draft, t,];
            // @ts-ignore
            [];
        }
        __VLS_asFunctionalElement1(__VLS_intrinsics.h3, __VLS_intrinsics.h3)({});
        (__VLS_unwrap(t, {})("settings.assignment"));
        let __VLS_273;
        /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
        elFormItem;
        // @ts-ignore
        const __VLS_274 = __VLS_asFunctionalComponent1(__VLS_273, new __VLS_273({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('settings.assignmentMode')),
        }));
        const __VLS_275 = __VLS_274({
            label: (__VLS_unwrap(t, {})('settings.assignmentMode')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_274));
        var __VLS_276;
        const { default: __VLS_278 } = __VLS_nonNull(__VLS_276.slots);
        let __VLS_279;
        /** @ts-ignore @type { | typeof __VLS_components.elRadioGroup | typeof __VLS_components.ElRadioGroup | typeof __VLS_components['el-radio-group'] | typeof __VLS_components.elRadioGroup | typeof __VLS_components.ElRadioGroup | typeof __VLS_components['el-radio-group']} */
        elRadioGroup;
        // @ts-ignore
        const __VLS_280 = __VLS_asFunctionalComponent1(__VLS_279, new __VLS_279({
            // @ts-ignore
            modelValue: (draft.value.rules.assignment),
        }));
        const __VLS_281 = __VLS_280({
            modelValue: (draft.value.rules.assignment),
        }, ...__VLS_functionalComponentArgsRest(__VLS_280));
        var __VLS_282;
        const { default: __VLS_284 } = __VLS_nonNull(__VLS_282.slots);
        let __VLS_285;
        /** @ts-ignore @type { | typeof __VLS_components.elRadio | typeof __VLS_components.ElRadio | typeof __VLS_components['el-radio'] | typeof __VLS_components.elRadio | typeof __VLS_components.ElRadio | typeof __VLS_components['el-radio']} */
        elRadio;
        // @ts-ignore
        const __VLS_286 = __VLS_asFunctionalComponent1(__VLS_285, new __VLS_285({
            // @ts-ignore
            value: "per_lesson",
        }));
        const __VLS_287 = __VLS_286({
            value: "per_lesson",
        }, ...__VLS_functionalComponentArgsRest(__VLS_286));
        var __VLS_288;
        const { default: __VLS_290 } = __VLS_nonNull(__VLS_288.slots);
        (__VLS_unwrap(t, {})("settings.perLesson"));
        // @ts-ignore
        [draft, t, t, t,];
        let __VLS_291;
        /** @ts-ignore @type { | typeof __VLS_components.elRadio | typeof __VLS_components.ElRadio | typeof __VLS_components['el-radio'] | typeof __VLS_components.elRadio | typeof __VLS_components.ElRadio | typeof __VLS_components['el-radio']} */
        elRadio;
        // @ts-ignore
        const __VLS_292 = __VLS_asFunctionalComponent1(__VLS_291, new __VLS_291({
            // @ts-ignore
            value: "whole_panel",
        }));
        const __VLS_293 = __VLS_292({
            value: "whole_panel",
        }, ...__VLS_functionalComponentArgsRest(__VLS_292));
        var __VLS_294;
        const { default: __VLS_296 } = __VLS_nonNull(__VLS_294.slots);
        (__VLS_unwrap(t, {})("settings.wholePanel"));
        // @ts-ignore
        [t,];
        // @ts-ignore
        [];
        // @ts-ignore
        [];
        let __VLS_297;
        /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
        elFormItem;
        // @ts-ignore
        const __VLS_298 = __VLS_asFunctionalComponent1(__VLS_297, new __VLS_297({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('settings.judgesPerLesson')),
        }));
        const __VLS_299 = __VLS_298({
            label: (__VLS_unwrap(t, {})('settings.judgesPerLesson')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_298));
        var __VLS_300;
        const { default: __VLS_302 } = __VLS_nonNull(__VLS_300.slots);
        const __VLS_303 = NumberField;
        // @ts-ignore
        const __VLS_304 = __VLS_asFunctionalComponent1(__VLS_303, new __VLS_303({
            // @ts-ignore
            modelValue: (draft.value.rules.judges_per_lesson), min: (1), max: (15), dataTest: "judges-per-lesson",
        }));
        const __VLS_305 = __VLS_304({
            modelValue: (draft.value.rules.judges_per_lesson),
            min: (1),
            max: (15),
            dataTest: "judges-per-lesson",
        }, ...__VLS_functionalComponentArgsRest(__VLS_304));
        // @ts-ignore
        [draft, t,];
        let __VLS_308;
        /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
        elFormItem;
        // @ts-ignore
        const __VLS_309 = __VLS_asFunctionalComponent1(__VLS_308, new __VLS_308({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('settings.recuseRegion')),
        }));
        const __VLS_310 = __VLS_309({
            label: (__VLS_unwrap(t, {})('settings.recuseRegion')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_309));
        var __VLS_311;
        const { default: __VLS_313 } = __VLS_nonNull(__VLS_311.slots);
        let __VLS_314;
        /** @ts-ignore @type { | typeof __VLS_components.elSwitch | typeof __VLS_components.ElSwitch | typeof __VLS_components['el-switch']} */
        elSwitch;
        // @ts-ignore
        const __VLS_315 = __VLS_asFunctionalComponent1(__VLS_314, new __VLS_314({
            // @ts-ignore
            ...{ 'onUpdate:modelValue': {} }, modelValue: (recuseRegion.value), dataTest: "recuse-region",
        }));
        const __VLS_316 = __VLS_315({
            ...{ 'onUpdate:modelValue': {} },
            modelValue: (recuseRegion.value),
            dataTest: "recuse-region",
        }, ...__VLS_functionalComponentArgsRest(__VLS_315));
        let __VLS_319;
        const __VLS_320 = {
            /** @type {typeof __VLS_319.'update:modelValue'} */
            'onUpdate:modelValue': ((v) => (draft.value.rules.recuse_same_region = !!v)),
        };
        void __VLS_320;
        var __VLS_317;
        var __VLS_318;
        if (draft.value.rules.recuse_same_region == null) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                ...{ class: "hint" },
            });
            /** @type {__VLS_StyleScopedClasses['hint']} */ ;
            (__VLS_unwrap(t, {})(recuseRegion.value ? "settings.recuseRegionAuto" : "settings.recuseRegionAutoOff"));
        }
        // @ts-ignore
        [draft, draft, t, t, recuseRegion, recuseRegion,];
        if (failure.value) {
            let __VLS_321;
            /** @ts-ignore @type { | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert']} */
            elAlert;
            // @ts-ignore
            const __VLS_322 = __VLS_asFunctionalComponent1(__VLS_321, new __VLS_321({
                // @ts-ignore
                type: "error", closable: (false), title: (__VLS_unwrap(headline, {})(__VLS_unwrap(t, {}), failure.value, 'form')), showIcon: true,
            }));
            const __VLS_323 = __VLS_322({
                type: "error",
                closable: (false),
                title: (__VLS_unwrap(headline, {})(__VLS_unwrap(t, {}), failure.value, 'form')),
                showIcon: true,
            }, ...__VLS_functionalComponentArgsRest(__VLS_322));
        }
        if (failure.value?.details.length) {
            const __VLS_326 = ProblemList;
            // @ts-ignore
            const __VLS_327 = __VLS_asFunctionalComponent1(__VLS_326, new __VLS_326({
                // @ts-ignore
                problems: (failure.value.details),
            }));
            const __VLS_328 = __VLS_327({
                problems: (failure.value.details),
            }, ...__VLS_functionalComponentArgsRest(__VLS_327));
        }
        __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
            ...{ class: "save" },
        });
        /** @type {__VLS_StyleScopedClasses['save']} */ ;
        let __VLS_331;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_332 = __VLS_asFunctionalComponent1(__VLS_331, new __VLS_331({
            // @ts-ignore
            ...{ 'onClick': {} }, type: "primary", loading: (__VLS_unwrap(saving, {})), disabled: (__VLS_unwrap(badNumber, {})), dataTest: "save-settings",
        }));
        const __VLS_333 = __VLS_332({
            ...{ 'onClick': {} },
            type: "primary",
            loading: (__VLS_unwrap(saving, {})),
            disabled: (__VLS_unwrap(badNumber, {})),
            dataTest: "save-settings",
        }, ...__VLS_functionalComponentArgsRest(__VLS_332));
        let __VLS_336;
        const __VLS_337 = {
            /** @type {typeof __VLS_336.click} */
            onClick: (save),
        };
        void __VLS_337;
        var __VLS_334;
        var __VLS_335;
        const { default: __VLS_338 } = __VLS_nonNull(__VLS_334.slots);
        (__VLS_unwrap(t, {})("settings.save"));
        // @ts-ignore
        [t, t, failure, failure, failure, failure, headline, saving, badNumber,];
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
