import { attempt } from "../../../logic/attempt";
import { ref, watch } from "vue";
import { ElMessageBox } from "element-plus";
import { useT } from "../../../i18n";
import { CATEGORIES, STAGES, commands } from "../../../ipc";
import { splitTeachers } from "../logic/roster";
import { headline } from "../../../logic/problems";
import ProblemList from "../../../components/ProblemList.vue";
const { defineProps, defineEmits, defineModel, } = {};
const props = defineProps();
const visible = defineModel({ required: true });
const emit = defineEmits();
const { t } = useT();
const blank = () => ({ category: props.categories[0] ?? CATEGORIES[0], region: "", stage: STAGES[0], subject: "", grade: "",
    edition: "", node: "", title: "", teachers: "", school: "", origin: "" });
const form = ref(blank());
const failure = ref(null);
watch(visible, (v) => {
    if (!v)
        return;
    failure.value = null;
    const l = props.lesson;
    form.value = l ? { ...l, teachers: l.teachers.join("、"), origin: l.origin ?? "" } : blank();
});
async function remove() {
    if (!props.lesson)
        return;
    const ok = await ElMessageBox.confirm(t("roster.deleteConfirm", { id: props.lesson.id, title: props.lesson.title }), t("roster.delete"), {
        type: "warning",
        confirmButtonText: t("roster.delete"),
        cancelButtonText: t("common.cancel"),
    }).then(() => true, () => false);
    if (!ok)
        return;
    const id = props.lesson.id;
    await attempt(failure, async () => {
        await commands.deleteLesson({ lesson: id });
        emit("deleted");
        visible.value = false;
    });
}
async function save() {
    await attempt(failure, async () => {
        const { teachers, ...rest } = form.value;
        const saved = await commands.saveLesson({ id: props.lesson?.id ?? null, fields: { ...rest, teachers: splitTeachers(teachers) } });
        emit("saved", saved);
        visible.value = false;
    });
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
    __VLS_withDotValue(form, {});
    __VLS_withDotValue(failure, {});
    __VLS_withDotValue(visible, {});
    void {};
    let __VLS_0;
    /** @ts-ignore @type { | typeof __VLS_components.elDialog | typeof __VLS_components.ElDialog | typeof __VLS_components['el-dialog'] | typeof __VLS_components.elDialog | typeof __VLS_components.ElDialog | typeof __VLS_components['el-dialog']} */
    elDialog;
    // @ts-ignore
    const __VLS_1 = __VLS_asFunctionalComponent1(__VLS_0, new __VLS_0({
        // @ts-ignore
        modelValue: (visible.value), title: (__VLS_ctx.lesson ? __VLS_unwrap(t, {})('roster.edit', { id: __VLS_ctx.lesson.id }) : __VLS_unwrap(t, {})('roster.add')), width: "640px",
    }));
    const __VLS_2 = __VLS_1({
        modelValue: (visible.value),
        title: (__VLS_ctx.lesson ? __VLS_unwrap(t, {})('roster.edit', { id: __VLS_ctx.lesson.id }) : __VLS_unwrap(t, {})('roster.add')),
        width: "640px",
    }, ...__VLS_functionalComponentArgsRest(__VLS_1));
    var __VLS_3;
    const { default: __VLS_5 } = __VLS_nonNull(__VLS_3.slots);
    let __VLS_6;
    /** @ts-ignore @type { | typeof __VLS_components.elForm | typeof __VLS_components.ElForm | typeof __VLS_components['el-form'] | typeof __VLS_components.elForm | typeof __VLS_components.ElForm | typeof __VLS_components['el-form']} */
    elForm;
    // @ts-ignore
    const __VLS_7 = __VLS_asFunctionalComponent1(__VLS_6, new __VLS_6({
        // @ts-ignore
        labelWidth: "100px",
    }));
    const __VLS_8 = __VLS_7({
        labelWidth: "100px",
    }, ...__VLS_functionalComponentArgsRest(__VLS_7));
    var __VLS_9;
    const { default: __VLS_11 } = __VLS_nonNull(__VLS_9.slots);
    let __VLS_12;
    /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
    elFormItem;
    // @ts-ignore
    const __VLS_13 = __VLS_asFunctionalComponent1(__VLS_12, new __VLS_12({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('roster.col.category')),
    }));
    const __VLS_14 = __VLS_13({
        label: (__VLS_unwrap(t, {})('roster.col.category')),
    }, ...__VLS_functionalComponentArgsRest(__VLS_13));
    var __VLS_15;
    const { default: __VLS_17 } = __VLS_nonNull(__VLS_15.slots);
    let __VLS_18;
    /** @ts-ignore @type { | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select'] | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select']} */
    elSelect;
    // @ts-ignore
    const __VLS_19 = __VLS_asFunctionalComponent1(__VLS_18, new __VLS_18({
        // @ts-ignore
        modelValue: (form.value.category),
    }));
    const __VLS_20 = __VLS_19({
        modelValue: (form.value.category),
    }, ...__VLS_functionalComponentArgsRest(__VLS_19));
    var __VLS_21;
    const { default: __VLS_23 } = __VLS_nonNull(__VLS_21.slots);
    const __VLS_24 = __VLS_tryAsConstant((__VLS_ctx.categories));
    for (const [c] of __VLS_vFor(__VLS_nonNull(__VLS_24))) {
        let __VLS_25;
        /** @ts-ignore @type { | typeof __VLS_components.elOption | typeof __VLS_components.ElOption | typeof __VLS_components['el-option']} */
        elOption;
        // @ts-ignore
        const __VLS_26 = __VLS_asFunctionalComponent1(__VLS_25, new __VLS_25({
            // @ts-ignore
            key: (c), value: (c), label: (__VLS_unwrap(t, {})(`category.${c}`)),
        }));
        const __VLS_27 = __VLS_26({
            key: (c),
            value: (c),
            label: (__VLS_unwrap(t, {})(`category.${c}`)),
        }, ...__VLS_functionalComponentArgsRest(__VLS_26));
        // @ts-ignore
        [visible, lesson, lesson, t, t, t, t, form, categories,];
    }
    // @ts-ignore
    [];
    // @ts-ignore
    [];
    let __VLS_30;
    /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
    elFormItem;
    // @ts-ignore
    const __VLS_31 = __VLS_asFunctionalComponent1(__VLS_30, new __VLS_30({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('roster.col.stage')),
    }));
    const __VLS_32 = __VLS_31({
        label: (__VLS_unwrap(t, {})('roster.col.stage')),
    }, ...__VLS_functionalComponentArgsRest(__VLS_31));
    var __VLS_33;
    const { default: __VLS_35 } = __VLS_nonNull(__VLS_33.slots);
    let __VLS_36;
    /** @ts-ignore @type { | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select'] | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select']} */
    elSelect;
    // @ts-ignore
    const __VLS_37 = __VLS_asFunctionalComponent1(__VLS_36, new __VLS_36({
        // @ts-ignore
        modelValue: (form.value.stage), filterable: true, allowCreate: true,
    }));
    const __VLS_38 = __VLS_37({
        modelValue: (form.value.stage),
        filterable: true,
        allowCreate: true,
    }, ...__VLS_functionalComponentArgsRest(__VLS_37));
    var __VLS_39;
    const { default: __VLS_41 } = __VLS_nonNull(__VLS_39.slots);
    const __VLS_42 = __VLS_tryAsConstant((__VLS_unwrap(STAGES, {})));
    for (const [s] of __VLS_vFor(__VLS_nonNull(__VLS_42))) {
        let __VLS_43;
        /** @ts-ignore @type { | typeof __VLS_components.elOption | typeof __VLS_components.ElOption | typeof __VLS_components['el-option']} */
        elOption;
        // @ts-ignore
        const __VLS_44 = __VLS_asFunctionalComponent1(__VLS_43, new __VLS_43({
            // @ts-ignore
            key: (s), value: (s), label: (__VLS_unwrap(t, {})(`stage.${s}`)),
        }));
        const __VLS_45 = __VLS_44({
            key: (s),
            value: (s),
            label: (__VLS_unwrap(t, {})(`stage.${s}`)),
        }, ...__VLS_functionalComponentArgsRest(__VLS_44));
        // @ts-ignore
        [t, t, form, STAGES,];
    }
    // @ts-ignore
    [];
    // @ts-ignore
    [];
    const __VLS_48 = __VLS_tryAsConstant(['subject', 'grade', 'edition', 'node', 'title', 'teachers', 'school', 'region']);
    for (const [f] of __VLS_vFor(__VLS_nonNull(__VLS_48))) {
        let __VLS_49;
        /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
        elFormItem;
        // @ts-ignore
        const __VLS_50 = __VLS_asFunctionalComponent1(__VLS_49, new __VLS_49({
            // @ts-ignore
            key: (f), label: (__VLS_unwrap(t, {})(`roster.col.${f}`)),
        }));
        const __VLS_51 = __VLS_50({
            key: (f),
            label: (__VLS_unwrap(t, {})(`roster.col.${f}`)),
        }, ...__VLS_functionalComponentArgsRest(__VLS_50));
        var __VLS_52;
        const { default: __VLS_54 } = __VLS_nonNull(__VLS_52.slots);
        let __VLS_55;
        /** @ts-ignore @type { | typeof __VLS_components.elInput | typeof __VLS_components.ElInput | typeof __VLS_components['el-input']} */
        elInput;
        // @ts-ignore
        const __VLS_56 = __VLS_asFunctionalComponent1(__VLS_55, new __VLS_55({
            // @ts-ignore
            modelValue: (form.value[f]), dataTest: (`lesson-${f}`),
        }));
        const __VLS_57 = __VLS_56({
            modelValue: (form.value[f]),
            dataTest: (`lesson-${f}`),
        }, ...__VLS_functionalComponentArgsRest(__VLS_56));
        // @ts-ignore
        [t, form,];
        // @ts-ignore
        [];
    }
    // @ts-ignore
    [];
    if (failure.value) {
        let __VLS_60;
        /** @ts-ignore @type { | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert']} */
        elAlert;
        // @ts-ignore
        const __VLS_61 = __VLS_asFunctionalComponent1(__VLS_60, new __VLS_60({
            // @ts-ignore
            type: "error", closable: (false), title: (__VLS_unwrap(headline, {})(__VLS_unwrap(t, {}), failure.value, 'form')), showIcon: true,
        }));
        const __VLS_62 = __VLS_61({
            type: "error",
            closable: (false),
            title: (__VLS_unwrap(headline, {})(__VLS_unwrap(t, {}), failure.value, 'form')),
            showIcon: true,
        }, ...__VLS_functionalComponentArgsRest(__VLS_61));
        if (failure.value.details.length) {
            const __VLS_65 = ProblemList;
            // @ts-ignore
            const __VLS_66 = __VLS_asFunctionalComponent1(__VLS_65, new __VLS_65({
                // @ts-ignore
                problems: (failure.value.details),
            }));
            const __VLS_67 = __VLS_66({
                problems: (failure.value.details),
            }, ...__VLS_functionalComponentArgsRest(__VLS_66));
        }
    }
    {
        const { footer: __VLS_70 } = __VLS_nonNull(__VLS_3.slots);
        if (__VLS_ctx.lesson) {
            let __VLS_71;
            /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
            elButton;
            // @ts-ignore
            const __VLS_72 = __VLS_asFunctionalComponent1(__VLS_71, new __VLS_71({
                // @ts-ignore
                ...{ 'onClick': {} }, type: "danger", plain: true, ...{ class: "left" }, dataTest: "delete-lesson",
            }));
            const __VLS_73 = __VLS_72({
                ...{ 'onClick': {} },
                type: "danger",
                plain: true,
                ...{ class: "left" },
                dataTest: "delete-lesson",
            }, ...__VLS_functionalComponentArgsRest(__VLS_72));
            let __VLS_76;
            const __VLS_77 = {
                /** @type {typeof __VLS_76.click} */
                onClick: (remove),
            };
            void __VLS_77;
            /** @type {__VLS_StyleScopedClasses['left']} */ ;
            var __VLS_74;
            var __VLS_75;
            const { default: __VLS_78 } = __VLS_nonNull(__VLS_74.slots);
            (__VLS_unwrap(t, {})("roster.delete"));
            // @ts-ignore
            [lesson, t, t, failure, failure, failure, failure, headline,];
        }
        let __VLS_79;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_80 = __VLS_asFunctionalComponent1(__VLS_79, new __VLS_79({
            // @ts-ignore
            ...{ 'onClick': {} },
        }));
        const __VLS_81 = __VLS_80({
            ...{ 'onClick': {} },
        }, ...__VLS_functionalComponentArgsRest(__VLS_80));
        let __VLS_84;
        const __VLS_85 = {
            /** @type {typeof __VLS_84.click} */
            onClick: (...[$event]) => {
                void $event;
                return (visible.value = false);
                // @ts-ignore
                [visible,];
            },
        };
        void __VLS_85;
        var __VLS_82;
        var __VLS_83;
        const { default: __VLS_86 } = __VLS_nonNull(__VLS_82.slots);
        (__VLS_unwrap(t, {})("common.cancel"));
        // @ts-ignore
        [t,];
        let __VLS_87;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_88 = __VLS_asFunctionalComponent1(__VLS_87, new __VLS_87({
            // @ts-ignore
            ...{ 'onClick': {} }, type: "primary", dataTest: "save-lesson",
        }));
        const __VLS_89 = __VLS_88({
            ...{ 'onClick': {} },
            type: "primary",
            dataTest: "save-lesson",
        }, ...__VLS_functionalComponentArgsRest(__VLS_88));
        let __VLS_92;
        const __VLS_93 = {
            /** @type {typeof __VLS_92.click} */
            onClick: (save),
        };
        void __VLS_93;
        var __VLS_90;
        var __VLS_91;
        const { default: __VLS_94 } = __VLS_nonNull(__VLS_90.slots);
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
