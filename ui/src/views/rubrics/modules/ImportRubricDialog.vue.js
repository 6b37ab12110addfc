import { attempt } from "../../../logic/attempt";
import { computed, ref } from "vue";
import { useT } from "../../../i18n";
import { ElMessage } from "element-plus";
import { CATEGORIES, commands, pickFile } from "../../../ipc";
import { isSpreadsheet } from "../logic/rubrics";
import { baseName, describeError } from "../../../logic/problems";
import ProblemList from "../../../components/ProblemList.vue";
import NumberField from "../../../components/NumberField.vue";
import { useNumberChecks } from "../../../logic/numberChecks";
const { defineEmits, defineModel, } = {};
const visible = defineModel({ required: true });
const emit = defineEmits();
const { t } = useT();
const path = ref(null);
const year = ref(2025);
// a new rubric is most often for a category the built-in library lacks: the last one
const category = ref(CATEGORIES[CATEGORIES.length - 1]);
const step = ref(1);
const busy = ref(false);
const badNumber = useNumberChecks();
const failure = ref(null);
const spreadsheet = computed(() => path.value != null && isSpreadsheet(path.value));
async function choose() {
    const picked = await pickFile(t("import.title"), [
        { name: t("import.filterName"), extensions: ["xlsx", "xls", "ods", "toml"] },
    ]);
    if (picked) {
        path.value = picked;
        failure.value = null;
    }
}
async function submit() {
    const file = path.value;
    if (!file)
        return;
    busy.value = true;
    await attempt(failure, async () => {
        const result = await commands.importRubric({
            path: file,
            year: spreadsheet.value ? year.value : null,
            category: spreadsheet.value ? category.value : null,
            step: spreadsheet.value ? step.value : null,
        });
        ElMessage.success(t("import.success", { title: result.rubric.title }));
        emit("imported", result);
        visible.value = false;
        path.value = null;
    });
    busy.value = false;
}
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
    __VLS_withDotValue(path, {});
    __VLS_withDotValue(spreadsheet, {});
    __VLS_withDotValue(failure, {});
    __VLS_withDotValue(visible, {});
    void {};
    let __VLS_0;
    /** @ts-ignore @type { | typeof __VLS_components.elDialog | typeof __VLS_components.ElDialog | typeof __VLS_components['el-dialog'] | typeof __VLS_components.elDialog | typeof __VLS_components.ElDialog | typeof __VLS_components['el-dialog']} */
    elDialog;
    // @ts-ignore
    const __VLS_1 = __VLS_asFunctionalComponent1(__VLS_0, new __VLS_0({
        // @ts-ignore
        modelValue: (visible.value), title: (__VLS_unwrap(t, {})('import.title')), width: "720px", dataTest: "import-dialog",
    }));
    const __VLS_2 = __VLS_1({
        modelValue: (visible.value),
        title: (__VLS_unwrap(t, {})('import.title')),
        width: "720px",
        dataTest: "import-dialog",
    }, ...__VLS_functionalComponentArgsRest(__VLS_1));
    var __VLS_3;
    const { default: __VLS_5 } = __VLS_nonNull(__VLS_3.slots);
    __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({
        ...{ class: "hint" },
    });
    /** @type {__VLS_StyleScopedClasses['hint']} */ ;
    (__VLS_unwrap(t, {})("import.hint"));
    let __VLS_6;
    /** @ts-ignore @type { | typeof __VLS_components.elForm | typeof __VLS_components.ElForm | typeof __VLS_components['el-form'] | typeof __VLS_components.elForm | typeof __VLS_components.ElForm | typeof __VLS_components['el-form']} */
    elForm;
    // @ts-ignore
    const __VLS_7 = __VLS_asFunctionalComponent1(__VLS_6, new __VLS_6({
        // @ts-ignore
        labelWidth: "96px",
    }));
    const __VLS_8 = __VLS_7({
        labelWidth: "96px",
    }, ...__VLS_functionalComponentArgsRest(__VLS_7));
    var __VLS_9;
    const { default: __VLS_11 } = __VLS_nonNull(__VLS_9.slots);
    let __VLS_12;
    /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
    elFormItem;
    // @ts-ignore
    const __VLS_13 = __VLS_asFunctionalComponent1(__VLS_12, new __VLS_12({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('import.file')),
    }));
    const __VLS_14 = __VLS_13({
        label: (__VLS_unwrap(t, {})('import.file')),
    }, ...__VLS_functionalComponentArgsRest(__VLS_13));
    var __VLS_15;
    const { default: __VLS_17 } = __VLS_nonNull(__VLS_15.slots);
    let __VLS_18;
    /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
    elButton;
    // @ts-ignore
    const __VLS_19 = __VLS_asFunctionalComponent1(__VLS_18, new __VLS_18({
        // @ts-ignore
        ...{ 'onClick': {} }, dataTest: "choose-file",
    }));
    const __VLS_20 = __VLS_19({
        ...{ 'onClick': {} },
        dataTest: "choose-file",
    }, ...__VLS_functionalComponentArgsRest(__VLS_19));
    let __VLS_23;
    const __VLS_24 = {
        /** @type {typeof __VLS_23.click} */
        onClick: (choose),
    };
    void __VLS_24;
    var __VLS_21;
    var __VLS_22;
    const { default: __VLS_25 } = __VLS_nonNull(__VLS_21.slots);
    (__VLS_unwrap(t, {})("import.choose"));
    // @ts-ignore
    [visible, t, t, t, t,];
    if (path.value) {
        __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
            ...{ class: "file" },
            title: (path.value),
        });
        /** @type {__VLS_StyleScopedClasses['file']} */ ;
        (__VLS_unwrap(baseName, {})(path.value));
    }
    // @ts-ignore
    [path, path, path, baseName,];
    if (spreadsheet.value) {
        let __VLS_26;
        /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
        elFormItem;
        // @ts-ignore
        const __VLS_27 = __VLS_asFunctionalComponent1(__VLS_26, new __VLS_26({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('import.year')),
        }));
        const __VLS_28 = __VLS_27({
            label: (__VLS_unwrap(t, {})('import.year')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_27));
        var __VLS_29;
        const { default: __VLS_31 } = __VLS_nonNull(__VLS_29.slots);
        const __VLS_32 = NumberField;
        // @ts-ignore
        const __VLS_33 = __VLS_asFunctionalComponent1(__VLS_32, new __VLS_32({
            // @ts-ignore
            modelValue: (__VLS_unwrap(year, {})), min: (2000), max: (2200), dataTest: "rubric-year",
        }));
        const __VLS_34 = __VLS_33({
            modelValue: (__VLS_unwrap(year, {})),
            min: (2000),
            max: (2200),
            dataTest: "rubric-year",
        }, ...__VLS_functionalComponentArgsRest(__VLS_33));
        // @ts-ignore
        [t, spreadsheet, year,];
        let __VLS_37;
        /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
        elFormItem;
        // @ts-ignore
        const __VLS_38 = __VLS_asFunctionalComponent1(__VLS_37, new __VLS_37({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('import.category')),
        }));
        const __VLS_39 = __VLS_38({
            label: (__VLS_unwrap(t, {})('import.category')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_38));
        var __VLS_40;
        const { default: __VLS_42 } = __VLS_nonNull(__VLS_40.slots);
        let __VLS_43;
        /** @ts-ignore @type { | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select'] | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select']} */
        elSelect;
        // @ts-ignore
        const __VLS_44 = __VLS_asFunctionalComponent1(__VLS_43, new __VLS_43({
            // @ts-ignore
            modelValue: (__VLS_unwrap(category, {})), ...{ style: {} },
        }));
        const __VLS_45 = __VLS_44({
            modelValue: (__VLS_unwrap(category, {})),
            ...{ style: {} },
        }, ...__VLS_functionalComponentArgsRest(__VLS_44));
        var __VLS_46;
        const { default: __VLS_48 } = __VLS_nonNull(__VLS_46.slots);
        const __VLS_49 = __VLS_tryAsConstant((__VLS_unwrap(CATEGORIES, {})));
        for (const [c] of __VLS_vFor(__VLS_nonNull(__VLS_49))) {
            let __VLS_50;
            /** @ts-ignore @type { | typeof __VLS_components.elOption | typeof __VLS_components.ElOption | typeof __VLS_components['el-option']} */
            elOption;
            // @ts-ignore
            const __VLS_51 = __VLS_asFunctionalComponent1(__VLS_50, new __VLS_50({
                // @ts-ignore
                key: (c), value: (c), label: (__VLS_unwrap(t, {})(`category.${c}`)),
            }));
            const __VLS_52 = __VLS_51({
                key: (c),
                value: (c),
                label: (__VLS_unwrap(t, {})(`category.${c}`)),
            }, ...__VLS_functionalComponentArgsRest(__VLS_51));
            // @ts-ignore
            [t, t, category, CATEGORIES,];
        }
        // @ts-ignore
        [];
        // @ts-ignore
        [];
        let __VLS_55;
        /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
        elFormItem;
        // @ts-ignore
        const __VLS_56 = __VLS_asFunctionalComponent1(__VLS_55, new __VLS_55({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('import.step')),
        }));
        const __VLS_57 = __VLS_56({
            label: (__VLS_unwrap(t, {})('import.step')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_56));
        var __VLS_58;
        const { default: __VLS_60 } = __VLS_nonNull(__VLS_58.slots);
        const __VLS_61 = NumberField;
        // @ts-ignore
        const __VLS_62 = __VLS_asFunctionalComponent1(__VLS_61, new __VLS_61({
            // @ts-ignore
            modelValue: (__VLS_unwrap(step, {})), min: (0.1), max: (100), multipleOf: (0.1), dataTest: "rubric-step",
        }));
        const __VLS_63 = __VLS_62({
            modelValue: (__VLS_unwrap(step, {})),
            min: (0.1),
            max: (100),
            multipleOf: (0.1),
            dataTest: "rubric-step",
        }, ...__VLS_functionalComponentArgsRest(__VLS_62));
        // @ts-ignore
        [t, step,];
    }
    // @ts-ignore
    [];
    if (failure.value) {
        let __VLS_66;
        /** @ts-ignore @type { | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert']} */
        elAlert;
        // @ts-ignore
        const __VLS_67 = __VLS_asFunctionalComponent1(__VLS_66, new __VLS_66({
            // @ts-ignore
            type: "error", closable: (false), showIcon: true, title: (failure.value.details.length ? __VLS_unwrap(t, {})('import.failed', { n: failure.value.details.length }) : __VLS_unwrap(describeError, {})(__VLS_unwrap(t, {}), failure.value)),
        }));
        const __VLS_68 = __VLS_67({
            type: "error",
            closable: (false),
            showIcon: true,
            title: (failure.value.details.length ? __VLS_unwrap(t, {})('import.failed', { n: failure.value.details.length }) : __VLS_unwrap(describeError, {})(__VLS_unwrap(t, {}), failure.value)),
        }, ...__VLS_functionalComponentArgsRest(__VLS_67));
        if (failure.value.details.length) {
            const __VLS_71 = ProblemList;
            // @ts-ignore
            const __VLS_72 = __VLS_asFunctionalComponent1(__VLS_71, new __VLS_71({
                // @ts-ignore
                problems: (failure.value.details), ...{ class: "problems" },
            }));
            const __VLS_73 = __VLS_72({
                problems: (failure.value.details),
                ...{ class: "problems" },
            }, ...__VLS_functionalComponentArgsRest(__VLS_72));
            /** @type {__VLS_StyleScopedClasses['problems']} */ ;
        }
    }
    {
        const { footer: __VLS_76 } = __VLS_nonNull(__VLS_3.slots);
        let __VLS_77;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_78 = __VLS_asFunctionalComponent1(__VLS_77, new __VLS_77({
            // @ts-ignore
            ...{ 'onClick': {} },
        }));
        const __VLS_79 = __VLS_78({
            ...{ 'onClick': {} },
        }, ...__VLS_functionalComponentArgsRest(__VLS_78));
        let __VLS_82;
        const __VLS_83 = {
            /** @type {typeof __VLS_82.click} */
            onClick: (...[$event]) => {
                void $event;
                return (visible.value = false);
                // @ts-ignore
                [visible, t, t, failure, failure, failure, failure, failure, failure, describeError,];
            },
        };
        void __VLS_83;
        var __VLS_80;
        var __VLS_81;
        const { default: __VLS_84 } = __VLS_nonNull(__VLS_80.slots);
        (__VLS_unwrap(t, {})("import.cancel"));
        // @ts-ignore
        [t,];
        let __VLS_85;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_86 = __VLS_asFunctionalComponent1(__VLS_85, new __VLS_85({
            // @ts-ignore
            ...{ 'onClick': {} }, type: "primary", disabled: (!path.value || __VLS_unwrap(badNumber, {})), loading: (__VLS_unwrap(busy, {})), dataTest: "import-submit",
        }));
        const __VLS_87 = __VLS_86({
            ...{ 'onClick': {} },
            type: "primary",
            disabled: (!path.value || __VLS_unwrap(badNumber, {})),
            loading: (__VLS_unwrap(busy, {})),
            dataTest: "import-submit",
        }, ...__VLS_functionalComponentArgsRest(__VLS_86));
        let __VLS_90;
        const __VLS_91 = {
            /** @type {typeof __VLS_90.click} */
            onClick: (submit),
        };
        void __VLS_91;
        var __VLS_88;
        var __VLS_89;
        const { default: __VLS_92 } = __VLS_nonNull(__VLS_88.slots);
        (__VLS_unwrap(t, {})("import.submit"));
        // @ts-ignore
        [t, path, badNumber, busy,];
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
