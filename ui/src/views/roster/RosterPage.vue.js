import { attempt } from "../../logic/attempt";
import { computed, onMounted, reactive, ref } from "vue";
import { useT } from "../../i18n";
import { ElMessage } from "element-plus";
import { commands, pickFile } from "../../ipc";
import { useSessionStore } from "../../stores/session";
import { emptyFilter, filterLessons, options } from "./logic/roster";
import { describeError, describeProblem } from "../../logic/problems";
import ProblemList from "../../components/ProblemList.vue";
import LessonDialog from "./modules/LessonDialog.vue";
import BarMatches from "./modules/BarMatches.vue";
import Pager from "../../components/Pager.vue";
import { usePages } from "../../logic/pages";
const { t } = useT();
const store = useSessionStore();
const filter = reactive(emptyFilter());
const warningsOnly = ref(false);
const shown = computed(() => filterLessons(store.lessons, filter).filter((l) => !warningsOnly.value || l.warnings.length > 0));
const { page, size, shown: pageRows } = usePages(shown);
const categories = computed(() => store.current?.settings.categories.map((c) => c.category) ?? []);
const importing = ref(false);
const failure = ref(null);
const editing = ref(null);
const dialog = ref(false);
const fileNotes = ref([]);
async function importFile() {
    const path = await pickFile(t("roster.import"), [{ name: t("roster.fileType"), extensions: ["xlsx", "xls", "ods", "csv"] }]);
    if (!path)
        return;
    importing.value = true;
    await attempt(failure, async () => {
        const r = await commands.importRoster({ path, category: null });
        ElMessage.success(t("roster.imported", { added: r.added, updated: r.updated, unchanged: r.unchanged, warnings: r.warnings.length }));
        // what concerns the file rather than one lesson (hidden rows) stays on screen until closed
        fileNotes.value = r.warnings.filter((w) => w.code === "hidden_rows");
        await store.refresh();
        matches.value = (await commands.barMatches()).matches;
    });
    importing.value = false;
}
function edit(l) {
    editing.value = l;
    dialog.value = true;
}
const rowClass = ({ row }) => (row.warnings.length ? "warn-row" : "");
// the roster's matches against the bar register (失信名单)
const matches = ref([]);
async function checkRegister() {
    await attempt(failure, async () => {
        matches.value = (await commands.checkRegister()).matches;
        ElMessage.success(t("bar.checked", { n: matches.value.filter((m) => m.status === "pending").length }));
    });
}
// each lesson's 形式审查 result, when a check ran
const checked = ref({});
const excluded = ref({});
const checkType = (s) => ({ passed: "success", warnings: "warning", failed: "danger" })[s];
onMounted(async () => {
    try {
        matches.value = (await commands.barMatches()).matches;
        const view = await commands.materials();
        checked.value = Object.fromEntries(view.lessons.map((c) => [c.lesson, c.status]));
        excluded.value = view.excluded;
    }
    catch {
        // no session yet: nothing to show
    }
});
const __VLS_ctx = {};
let __VLS_components;
let __VLS_intrinsics;
let __VLS_directives;
void __VLS_ctx, __VLS_components, __VLS_intrinsics, __VLS_directives;
const __VLS_template = () => {
    __VLS_withDotValue(filter, {});
    __VLS_withDotValue(store, {});
    __VLS_withDotValue(shown, {});
    __VLS_withDotValue(fileNotes, {});
    __VLS_withDotValue(matches, {});
    __VLS_withDotValue(failure, {});
    __VLS_withDotValue(checked, {});
    __VLS_withDotValue(excluded, {});
    void {};
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "roster" },
        'element-loading-text': (__VLS_unwrap(t, {})('roster.importing')),
    });
    const __VLS_0 = __VLS_asFunctionalDirective(__VLS_directives.vLoading, {});
    __VLS_0(__VLS_nonNull(null), { ...__VLS_directiveBindingRestFields, value: (__VLS_unwrap(importing, {})), }, ...__VLS_directiveHookArgsRest(__VLS_0));
    /** @type {__VLS_StyleScopedClasses['roster']} */ ;
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "toolbar" },
    });
    /** @type {__VLS_StyleScopedClasses['toolbar']} */ ;
    let __VLS_1;
    /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
    elButton;
    // @ts-ignore
    const __VLS_2 = __VLS_asFunctionalComponent1(__VLS_1, new __VLS_1({
        // @ts-ignore
        ...{ 'onClick': {} }, type: "primary", dataTest: "import-roster",
    }));
    const __VLS_3 = __VLS_2({
        ...{ 'onClick': {} },
        type: "primary",
        dataTest: "import-roster",
    }, ...__VLS_functionalComponentArgsRest(__VLS_2));
    let __VLS_6;
    const __VLS_7 = {
        /** @type {typeof __VLS_6.click} */
        onClick: (importFile),
    };
    void __VLS_7;
    var __VLS_4;
    var __VLS_5;
    const { default: __VLS_8 } = __VLS_nonNull(__VLS_4.slots);
    (__VLS_unwrap(t, {})("roster.import"));
    // @ts-ignore
    [t, t, vLoading, importing,];
    let __VLS_9;
    /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
    elButton;
    // @ts-ignore
    const __VLS_10 = __VLS_asFunctionalComponent1(__VLS_9, new __VLS_9({
        // @ts-ignore
        ...{ 'onClick': {} }, dataTest: "add-lesson",
    }));
    const __VLS_11 = __VLS_10({
        ...{ 'onClick': {} },
        dataTest: "add-lesson",
    }, ...__VLS_functionalComponentArgsRest(__VLS_10));
    let __VLS_14;
    const __VLS_15 = {
        /** @type {typeof __VLS_14.click} */
        onClick: (...[$event]) => {
            void $event;
            return (edit(null));
            // @ts-ignore
            [];
        },
    };
    void __VLS_15;
    var __VLS_12;
    var __VLS_13;
    const { default: __VLS_16 } = __VLS_nonNull(__VLS_12.slots);
    (__VLS_unwrap(t, {})("roster.add"));
    // @ts-ignore
    [t,];
    let __VLS_17;
    /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
    elButton;
    // @ts-ignore
    const __VLS_18 = __VLS_asFunctionalComponent1(__VLS_17, new __VLS_17({
        // @ts-ignore
        ...{ 'onClick': {} }, dataTest: "check-register",
    }));
    const __VLS_19 = __VLS_18({
        ...{ 'onClick': {} },
        dataTest: "check-register",
    }, ...__VLS_functionalComponentArgsRest(__VLS_18));
    let __VLS_22;
    const __VLS_23 = {
        /** @type {typeof __VLS_22.click} */
        onClick: (checkRegister),
    };
    void __VLS_23;
    var __VLS_20;
    var __VLS_21;
    const { default: __VLS_24 } = __VLS_nonNull(__VLS_20.slots);
    (__VLS_unwrap(t, {})("bar.check"));
    // @ts-ignore
    [t,];
    let __VLS_25;
    /** @ts-ignore @type { | typeof __VLS_components.elCheckbox | typeof __VLS_components.ElCheckbox | typeof __VLS_components['el-checkbox'] | typeof __VLS_components.elCheckbox | typeof __VLS_components.ElCheckbox | typeof __VLS_components['el-checkbox']} */
    elCheckbox;
    // @ts-ignore
    const __VLS_26 = __VLS_asFunctionalComponent1(__VLS_25, new __VLS_25({
        // @ts-ignore
        modelValue: (__VLS_unwrap(warningsOnly, {})), dataTest: "warnings-only",
    }));
    const __VLS_27 = __VLS_26({
        modelValue: (__VLS_unwrap(warningsOnly, {})),
        dataTest: "warnings-only",
    }, ...__VLS_functionalComponentArgsRest(__VLS_26));
    var __VLS_28;
    const { default: __VLS_30 } = __VLS_nonNull(__VLS_28.slots);
    (__VLS_unwrap(t, {})("roster.warningsOnly"));
    // @ts-ignore
    [t, warningsOnly,];
    let __VLS_31;
    /** @ts-ignore @type { | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select'] | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select']} */
    elSelect;
    // @ts-ignore
    const __VLS_32 = __VLS_asFunctionalComponent1(__VLS_31, new __VLS_31({
        // @ts-ignore
        modelValue: (filter.value.category), clearable: true, placeholder: (__VLS_unwrap(t, {})('roster.col.category')), ...{ style: {} },
    }));
    const __VLS_33 = __VLS_32({
        modelValue: (filter.value.category),
        clearable: true,
        placeholder: (__VLS_unwrap(t, {})('roster.col.category')),
        ...{ style: {} },
    }, ...__VLS_functionalComponentArgsRest(__VLS_32));
    var __VLS_34;
    const { default: __VLS_36 } = __VLS_nonNull(__VLS_34.slots);
    const __VLS_37 = __VLS_tryAsConstant((__VLS_unwrap(options, {})(store.value.lessons, 'category')));
    for (const [c] of __VLS_vFor(__VLS_nonNull(__VLS_37))) {
        let __VLS_38;
        /** @ts-ignore @type { | typeof __VLS_components.elOption | typeof __VLS_components.ElOption | typeof __VLS_components['el-option']} */
        elOption;
        // @ts-ignore
        const __VLS_39 = __VLS_asFunctionalComponent1(__VLS_38, new __VLS_38({
            // @ts-ignore
            key: (c), value: (c), label: (__VLS_unwrap(t, {})(`category.${c}`)),
        }));
        const __VLS_40 = __VLS_39({
            key: (c),
            value: (c),
            label: (__VLS_unwrap(t, {})(`category.${c}`)),
        }, ...__VLS_functionalComponentArgsRest(__VLS_39));
        // @ts-ignore
        [t, t, filter, options, store,];
    }
    // @ts-ignore
    [];
    let __VLS_43;
    /** @ts-ignore @type { | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select'] | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select']} */
    elSelect;
    // @ts-ignore
    const __VLS_44 = __VLS_asFunctionalComponent1(__VLS_43, new __VLS_43({
        // @ts-ignore
        modelValue: (filter.value.region), clearable: true, placeholder: (__VLS_unwrap(t, {})('roster.col.region')), ...{ style: {} },
    }));
    const __VLS_45 = __VLS_44({
        modelValue: (filter.value.region),
        clearable: true,
        placeholder: (__VLS_unwrap(t, {})('roster.col.region')),
        ...{ style: {} },
    }, ...__VLS_functionalComponentArgsRest(__VLS_44));
    var __VLS_46;
    const { default: __VLS_48 } = __VLS_nonNull(__VLS_46.slots);
    const __VLS_49 = __VLS_tryAsConstant((__VLS_unwrap(options, {})(store.value.lessons, 'region')));
    for (const [c] of __VLS_vFor(__VLS_nonNull(__VLS_49))) {
        let __VLS_50;
        /** @ts-ignore @type { | typeof __VLS_components.elOption | typeof __VLS_components.ElOption | typeof __VLS_components['el-option']} */
        elOption;
        // @ts-ignore
        const __VLS_51 = __VLS_asFunctionalComponent1(__VLS_50, new __VLS_50({
            // @ts-ignore
            key: (c), value: (c), label: (c),
        }));
        const __VLS_52 = __VLS_51({
            key: (c),
            value: (c),
            label: (c),
        }, ...__VLS_functionalComponentArgsRest(__VLS_51));
        // @ts-ignore
        [t, filter, options, store,];
    }
    // @ts-ignore
    [];
    let __VLS_55;
    /** @ts-ignore @type { | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select'] | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select']} */
    elSelect;
    // @ts-ignore
    const __VLS_56 = __VLS_asFunctionalComponent1(__VLS_55, new __VLS_55({
        // @ts-ignore
        modelValue: (filter.value.stage), clearable: true, placeholder: (__VLS_unwrap(t, {})('roster.col.stage')), ...{ style: {} },
    }));
    const __VLS_57 = __VLS_56({
        modelValue: (filter.value.stage),
        clearable: true,
        placeholder: (__VLS_unwrap(t, {})('roster.col.stage')),
        ...{ style: {} },
    }, ...__VLS_functionalComponentArgsRest(__VLS_56));
    var __VLS_58;
    const { default: __VLS_60 } = __VLS_nonNull(__VLS_58.slots);
    const __VLS_61 = __VLS_tryAsConstant((__VLS_unwrap(options, {})(store.value.lessons, 'stage')));
    for (const [c] of __VLS_vFor(__VLS_nonNull(__VLS_61))) {
        let __VLS_62;
        /** @ts-ignore @type { | typeof __VLS_components.elOption | typeof __VLS_components.ElOption | typeof __VLS_components['el-option']} */
        elOption;
        // @ts-ignore
        const __VLS_63 = __VLS_asFunctionalComponent1(__VLS_62, new __VLS_62({
            // @ts-ignore
            key: (c), value: (c), label: (c),
        }));
        const __VLS_64 = __VLS_63({
            key: (c),
            value: (c),
            label: (c),
        }, ...__VLS_functionalComponentArgsRest(__VLS_63));
        // @ts-ignore
        [t, filter, options, store,];
    }
    // @ts-ignore
    [];
    let __VLS_67;
    /** @ts-ignore @type { | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select'] | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select']} */
    elSelect;
    // @ts-ignore
    const __VLS_68 = __VLS_asFunctionalComponent1(__VLS_67, new __VLS_67({
        // @ts-ignore
        modelValue: (filter.value.subject), clearable: true, placeholder: (__VLS_unwrap(t, {})('roster.col.subject')), ...{ style: {} },
    }));
    const __VLS_69 = __VLS_68({
        modelValue: (filter.value.subject),
        clearable: true,
        placeholder: (__VLS_unwrap(t, {})('roster.col.subject')),
        ...{ style: {} },
    }, ...__VLS_functionalComponentArgsRest(__VLS_68));
    var __VLS_70;
    const { default: __VLS_72 } = __VLS_nonNull(__VLS_70.slots);
    const __VLS_73 = __VLS_tryAsConstant((__VLS_unwrap(options, {})(store.value.lessons, 'subject')));
    for (const [c] of __VLS_vFor(__VLS_nonNull(__VLS_73))) {
        let __VLS_74;
        /** @ts-ignore @type { | typeof __VLS_components.elOption | typeof __VLS_components.ElOption | typeof __VLS_components['el-option']} */
        elOption;
        // @ts-ignore
        const __VLS_75 = __VLS_asFunctionalComponent1(__VLS_74, new __VLS_74({
            // @ts-ignore
            key: (c), value: (c), label: (c),
        }));
        const __VLS_76 = __VLS_75({
            key: (c),
            value: (c),
            label: (c),
        }, ...__VLS_functionalComponentArgsRest(__VLS_75));
        // @ts-ignore
        [t, filter, options, store,];
    }
    // @ts-ignore
    [];
    let __VLS_79;
    /** @ts-ignore @type { | typeof __VLS_components.elInput | typeof __VLS_components.ElInput | typeof __VLS_components['el-input']} */
    elInput;
    // @ts-ignore
    const __VLS_80 = __VLS_asFunctionalComponent1(__VLS_79, new __VLS_79({
        // @ts-ignore
        modelValue: (filter.value.text), clearable: true, placeholder: (__VLS_unwrap(t, {})('roster.search')), ...{ class: "search" },
    }));
    const __VLS_81 = __VLS_80({
        modelValue: (filter.value.text),
        clearable: true,
        placeholder: (__VLS_unwrap(t, {})('roster.search')),
        ...{ class: "search" },
    }, ...__VLS_functionalComponentArgsRest(__VLS_80));
    /** @type {__VLS_StyleScopedClasses['search']} */ ;
    __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
        ...{ class: "count" },
        'data-test': "roster-count",
    });
    /** @type {__VLS_StyleScopedClasses['count']} */ ;
    (__VLS_unwrap(t, {})("roster.count", { shown: shown.value.length, total: store.value.lessons.length }));
    const __VLS_84 = __VLS_tryAsConstant((fileNotes.value));
    for (const [n, i] of __VLS_vFor(__VLS_nonNull(__VLS_84))) {
        let __VLS_85;
        /** @ts-ignore @type { | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert']} */
        elAlert;
        // @ts-ignore
        const __VLS_86 = __VLS_asFunctionalComponent1(__VLS_85, new __VLS_85({
            // @ts-ignore
            ...{ 'onClose': {} }, key: (i), type: "warning", showIcon: true, title: (__VLS_unwrap(describeProblem, {})(__VLS_unwrap(t, {}), n)), ...{ class: "file-note" }, dataTest: "roster-file-note",
        }));
        const __VLS_87 = __VLS_86({
            ...{ 'onClose': {} },
            key: (i),
            type: "warning",
            showIcon: true,
            title: (__VLS_unwrap(describeProblem, {})(__VLS_unwrap(t, {}), n)),
            ...{ class: "file-note" },
            dataTest: "roster-file-note",
        }, ...__VLS_functionalComponentArgsRest(__VLS_86));
        let __VLS_90;
        const __VLS_91 = {
            /** @type {typeof __VLS_90.close} */
            onClose: (...[$event]) => {
                void $event;
                return (fileNotes.value = []);
                // @ts-ignore
                [t, t, t, filter, store, shown, fileNotes, fileNotes, describeProblem,];
            },
        };
        void __VLS_91;
        /** @type {__VLS_StyleScopedClasses['file-note']} */ ;
        var __VLS_88;
        var __VLS_89;
        // @ts-ignore
        [];
    }
    const __VLS_92 = BarMatches;
    // @ts-ignore
    const __VLS_93 = __VLS_asFunctionalComponent1(__VLS_92, new __VLS_92({
        // @ts-ignore
        ...{ 'onUpdate': {} }, ...{ 'onFailed': {} }, matches: (matches.value), lessons: (store.value.lessons),
    }));
    const __VLS_94 = __VLS_93({
        ...{ 'onUpdate': {} },
        ...{ 'onFailed': {} },
        matches: (matches.value),
        lessons: (store.value.lessons),
    }, ...__VLS_functionalComponentArgsRest(__VLS_93));
    let __VLS_97;
    const __VLS_98 = {
        /** @type {typeof __VLS_97.update} */
        onUpdate: ((m) => (matches.value = m)),
    };
    void __VLS_98;
    const __VLS_99 = {
        /** @type {typeof __VLS_97.failed} */
        onFailed: ((e) => (failure.value = e)),
    };
    void __VLS_99;
    var __VLS_95;
    var __VLS_96;
    let __VLS_100;
    /** @ts-ignore @type { | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table'] | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table']} */
    elTable;
    // @ts-ignore
    const __VLS_101 = __VLS_asFunctionalComponent1(__VLS_100, new __VLS_100({
        // @ts-ignore
        ...{ 'onRowDblclick': {} }, data: (__VLS_unwrap(pageRows, {})), border: true, stripe: true, height: (matches.value.length ? 'calc(100vh - 370px)' : 'calc(100vh - 170px)'), rowClassName: (__VLS_unwrap(rowClass, {})), dataTest: "roster-table",
    }));
    const __VLS_102 = __VLS_101({
        ...{ 'onRowDblclick': {} },
        data: (__VLS_unwrap(pageRows, {})),
        border: true,
        stripe: true,
        height: (matches.value.length ? 'calc(100vh - 370px)' : 'calc(100vh - 170px)'),
        rowClassName: (__VLS_unwrap(rowClass, {})),
        dataTest: "roster-table",
    }, ...__VLS_functionalComponentArgsRest(__VLS_101));
    let __VLS_105;
    const __VLS_106 = {
        /** @type {typeof __VLS_105.rowDblclick} */
        onRowDblclick: (edit),
    };
    void __VLS_106;
    var __VLS_103;
    var __VLS_104;
    const { default: __VLS_107 } = __VLS_nonNull(__VLS_103.slots);
    let __VLS_108;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_109 = __VLS_asFunctionalComponent1(__VLS_108, new __VLS_108({
        // @ts-ignore
        prop: "id", label: "ID", width: "80", fixed: true,
    }));
    const __VLS_110 = __VLS_109({
        prop: "id",
        label: "ID",
        width: "80",
        fixed: true,
    }, ...__VLS_functionalComponentArgsRest(__VLS_109));
    let __VLS_113;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_114 = __VLS_asFunctionalComponent1(__VLS_113, new __VLS_113({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('roster.col.category')), width: "96",
    }));
    const __VLS_115 = __VLS_114({
        label: (__VLS_unwrap(t, {})('roster.col.category')),
        width: "96",
    }, ...__VLS_functionalComponentArgsRest(__VLS_114));
    var __VLS_116;
    const { default: __VLS_118 } = __VLS_nonNull(__VLS_116.slots);
    {
        const { default: __VLS_119 } = __VLS_nonNull(__VLS_116.slots);
        const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_119));
        (__VLS_unwrap(t, {})(`category.${row.category}`));
        // @ts-ignore
        [t, t, store, matches, matches, matches, failure, pageRows, rowClass,];
    }
    // @ts-ignore
    [];
    let __VLS_120;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_121 = __VLS_asFunctionalComponent1(__VLS_120, new __VLS_120({
        // @ts-ignore
        prop: "region", label: (__VLS_unwrap(t, {})('roster.col.region')), width: "84",
    }));
    const __VLS_122 = __VLS_121({
        prop: "region",
        label: (__VLS_unwrap(t, {})('roster.col.region')),
        width: "84",
    }, ...__VLS_functionalComponentArgsRest(__VLS_121));
    let __VLS_125;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_126 = __VLS_asFunctionalComponent1(__VLS_125, new __VLS_125({
        // @ts-ignore
        prop: "stage", label: (__VLS_unwrap(t, {})('roster.col.stage')), width: "64",
    }));
    const __VLS_127 = __VLS_126({
        prop: "stage",
        label: (__VLS_unwrap(t, {})('roster.col.stage')),
        width: "64",
    }, ...__VLS_functionalComponentArgsRest(__VLS_126));
    let __VLS_130;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_131 = __VLS_asFunctionalComponent1(__VLS_130, new __VLS_130({
        // @ts-ignore
        prop: "subject", label: (__VLS_unwrap(t, {})('roster.col.subject')), width: "76",
    }));
    const __VLS_132 = __VLS_131({
        prop: "subject",
        label: (__VLS_unwrap(t, {})('roster.col.subject')),
        width: "76",
    }, ...__VLS_functionalComponentArgsRest(__VLS_131));
    let __VLS_135;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_136 = __VLS_asFunctionalComponent1(__VLS_135, new __VLS_135({
        // @ts-ignore
        prop: "grade", label: (__VLS_unwrap(t, {})('roster.col.grade')), width: "72",
    }));
    const __VLS_137 = __VLS_136({
        prop: "grade",
        label: (__VLS_unwrap(t, {})('roster.col.grade')),
        width: "72",
    }, ...__VLS_functionalComponentArgsRest(__VLS_136));
    let __VLS_140;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_141 = __VLS_asFunctionalComponent1(__VLS_140, new __VLS_140({
        // @ts-ignore
        prop: "edition", label: (__VLS_unwrap(t, {})('roster.col.edition')), width: "76",
    }));
    const __VLS_142 = __VLS_141({
        prop: "edition",
        label: (__VLS_unwrap(t, {})('roster.col.edition')),
        width: "76",
    }, ...__VLS_functionalComponentArgsRest(__VLS_141));
    let __VLS_145;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_146 = __VLS_asFunctionalComponent1(__VLS_145, new __VLS_145({
        // @ts-ignore
        prop: "node", label: (__VLS_unwrap(t, {})('roster.col.node')), width: "96",
    }));
    const __VLS_147 = __VLS_146({
        prop: "node",
        label: (__VLS_unwrap(t, {})('roster.col.node')),
        width: "96",
    }, ...__VLS_functionalComponentArgsRest(__VLS_146));
    let __VLS_150;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_151 = __VLS_asFunctionalComponent1(__VLS_150, new __VLS_150({
        // @ts-ignore
        prop: "title", label: (__VLS_unwrap(t, {})('roster.col.title')), minWidth: "160",
    }));
    const __VLS_152 = __VLS_151({
        prop: "title",
        label: (__VLS_unwrap(t, {})('roster.col.title')),
        minWidth: "160",
    }, ...__VLS_functionalComponentArgsRest(__VLS_151));
    let __VLS_155;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_156 = __VLS_asFunctionalComponent1(__VLS_155, new __VLS_155({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('roster.col.teachers')), width: "120",
    }));
    const __VLS_157 = __VLS_156({
        label: (__VLS_unwrap(t, {})('roster.col.teachers')),
        width: "120",
    }, ...__VLS_functionalComponentArgsRest(__VLS_156));
    var __VLS_158;
    const { default: __VLS_160 } = __VLS_nonNull(__VLS_158.slots);
    {
        const { default: __VLS_161 } = __VLS_nonNull(__VLS_158.slots);
        const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_161));
        (row.teachers.join("、"));
        // @ts-ignore
        [t, t, t, t, t, t, t, t,];
    }
    // @ts-ignore
    [];
    let __VLS_162;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_163 = __VLS_asFunctionalComponent1(__VLS_162, new __VLS_162({
        // @ts-ignore
        prop: "school", label: (__VLS_unwrap(t, {})('roster.col.school')), minWidth: "140",
    }));
    const __VLS_164 = __VLS_163({
        prop: "school",
        label: (__VLS_unwrap(t, {})('roster.col.school')),
        minWidth: "140",
    }, ...__VLS_functionalComponentArgsRest(__VLS_163));
    if (store.value.lessons.some((l) => l.origin)) {
        let __VLS_167;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_168 = __VLS_asFunctionalComponent1(__VLS_167, new __VLS_167({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('roster.col.origin')), minWidth: "200",
        }));
        const __VLS_169 = __VLS_168({
            label: (__VLS_unwrap(t, {})('roster.col.origin')),
            minWidth: "200",
        }, ...__VLS_functionalComponentArgsRest(__VLS_168));
        var __VLS_170;
        const { default: __VLS_172 } = __VLS_nonNull(__VLS_170.slots);
        {
            const { default: __VLS_173 } = __VLS_nonNull(__VLS_170.slots);
            const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_173));
            (row.origin ?? "");
            // @ts-ignore
            [t, t, store,];
        }
        // @ts-ignore
        [];
    }
    let __VLS_174;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_175 = __VLS_asFunctionalComponent1(__VLS_174, new __VLS_174({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('materials.column')), width: "96", align: "center", fixed: "right",
    }));
    const __VLS_176 = __VLS_175({
        label: (__VLS_unwrap(t, {})('materials.column')),
        width: "96",
        align: "center",
        fixed: "right",
    }, ...__VLS_functionalComponentArgsRest(__VLS_175));
    var __VLS_177;
    const { default: __VLS_179 } = __VLS_nonNull(__VLS_177.slots);
    {
        const { default: __VLS_180 } = __VLS_nonNull(__VLS_177.slots);
        const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_180));
        if (checked.value[row.id]) {
            let __VLS_181;
            /** @ts-ignore @type { | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag'] | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag']} */
            elTag;
            // @ts-ignore
            const __VLS_182 = __VLS_asFunctionalComponent1(__VLS_181, new __VLS_181({
                // @ts-ignore
                size: "small", type: (__VLS_unwrap(checkType, {})(checked.value[row.id])), dataTest: (`check-${row.id}`),
            }));
            const __VLS_183 = __VLS_182({
                size: "small",
                type: (__VLS_unwrap(checkType, {})(checked.value[row.id])),
                dataTest: (`check-${row.id}`),
            }, ...__VLS_functionalComponentArgsRest(__VLS_182));
            var __VLS_184;
            const { default: __VLS_186 } = __VLS_nonNull(__VLS_184.slots);
            (__VLS_unwrap(t, {})(`materials.status.${checked.value[row.id]}`));
            // @ts-ignore
            [t, t, checked, checked, checked, checkType,];
        }
        if (excluded.value[row.id]) {
            let __VLS_187;
            /** @ts-ignore @type { | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag'] | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag']} */
            elTag;
            // @ts-ignore
            const __VLS_188 = __VLS_asFunctionalComponent1(__VLS_187, new __VLS_187({
                // @ts-ignore
                size: "small", type: "info", title: (excluded.value[row.id]),
            }));
            const __VLS_189 = __VLS_188({
                size: "small",
                type: "info",
                title: (excluded.value[row.id]),
            }, ...__VLS_functionalComponentArgsRest(__VLS_188));
            var __VLS_190;
            const { default: __VLS_192 } = __VLS_nonNull(__VLS_190.slots);
            (__VLS_unwrap(t, {})("materials.out"));
            // @ts-ignore
            [t, excluded, excluded,];
        }
        // @ts-ignore
        [];
    }
    // @ts-ignore
    [];
    let __VLS_193;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_194 = __VLS_asFunctionalComponent1(__VLS_193, new __VLS_193({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('roster.col.warnings')), width: "84", align: "center", fixed: "right",
    }));
    const __VLS_195 = __VLS_194({
        label: (__VLS_unwrap(t, {})('roster.col.warnings')),
        width: "84",
        align: "center",
        fixed: "right",
    }, ...__VLS_functionalComponentArgsRest(__VLS_194));
    var __VLS_196;
    const { default: __VLS_198 } = __VLS_nonNull(__VLS_196.slots);
    {
        const { default: __VLS_199 } = __VLS_nonNull(__VLS_196.slots);
        const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_199));
        if (row.warnings.length) {
            let __VLS_200;
            /** @ts-ignore @type { | typeof __VLS_components.elPopover | typeof __VLS_components.ElPopover | typeof __VLS_components['el-popover'] | typeof __VLS_components.elPopover | typeof __VLS_components.ElPopover | typeof __VLS_components['el-popover']} */
            elPopover;
            // @ts-ignore
            const __VLS_201 = __VLS_asFunctionalComponent1(__VLS_200, new __VLS_200({
                // @ts-ignore
                trigger: "hover", width: "380",
            }));
            const __VLS_202 = __VLS_201({
                trigger: "hover",
                width: "380",
            }, ...__VLS_functionalComponentArgsRest(__VLS_201));
            var __VLS_203;
            const { default: __VLS_205 } = __VLS_nonNull(__VLS_203.slots);
            {
                const { reference: __VLS_206 } = __VLS_nonNull(__VLS_203.slots);
                let __VLS_207;
                /** @ts-ignore @type { | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag'] | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag']} */
                elTag;
                // @ts-ignore
                const __VLS_208 = __VLS_asFunctionalComponent1(__VLS_207, new __VLS_207({
                    // @ts-ignore
                    type: "warning", size: "small",
                }));
                const __VLS_209 = __VLS_208({
                    type: "warning",
                    size: "small",
                }, ...__VLS_functionalComponentArgsRest(__VLS_208));
                var __VLS_210;
                const { default: __VLS_212 } = __VLS_nonNull(__VLS_210.slots);
                (row.warnings.length);
                // @ts-ignore
                [t,];
                // @ts-ignore
                [];
            }
            const __VLS_213 = __VLS_tryAsConstant((row.warnings));
            for (const [w, i] of __VLS_vFor(__VLS_nonNull(__VLS_213))) {
                __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({
                    key: (i),
                    ...{ class: "warning" },
                });
                /** @type {__VLS_StyleScopedClasses['warning']} */ ;
                (__VLS_unwrap(describeProblem, {})(__VLS_unwrap(t, {}), w));
                // @ts-ignore
                [t, describeProblem,];
            }
            // @ts-ignore
            [];
        }
        // @ts-ignore
        [];
    }
    // @ts-ignore
    [];
    // @ts-ignore
    [];
    const __VLS_214 = Pager;
    // @ts-ignore
    const __VLS_215 = __VLS_asFunctionalComponent1(__VLS_214, new __VLS_214({
        // @ts-ignore
        page: (__VLS_unwrap(page, {})), size: (__VLS_unwrap(size, {})), total: (shown.value.length),
    }));
    const __VLS_216 = __VLS_215({
        page: (__VLS_unwrap(page, {})),
        size: (__VLS_unwrap(size, {})),
        total: (shown.value.length),
    }, ...__VLS_functionalComponentArgsRest(__VLS_215));
    let __VLS_219;
    /** @ts-ignore @type { | typeof __VLS_components.elDialog | typeof __VLS_components.ElDialog | typeof __VLS_components['el-dialog'] | typeof __VLS_components.elDialog | typeof __VLS_components.ElDialog | typeof __VLS_components['el-dialog']} */
    elDialog;
    // @ts-ignore
    const __VLS_220 = __VLS_asFunctionalComponent1(__VLS_219, new __VLS_219({
        // @ts-ignore
        ...{ 'onUpdate:modelValue': {} }, modelValue: (failure.value !== null), title: (__VLS_unwrap(t, {})('roster.failed')), width: "760px", dataTest: "roster-problems",
    }));
    const __VLS_221 = __VLS_220({
        ...{ 'onUpdate:modelValue': {} },
        modelValue: (failure.value !== null),
        title: (__VLS_unwrap(t, {})('roster.failed')),
        width: "760px",
        dataTest: "roster-problems",
    }, ...__VLS_functionalComponentArgsRest(__VLS_220));
    let __VLS_224;
    const __VLS_225 = {
        /** @type {typeof __VLS_224.'update:modelValue'} */
        'onUpdate:modelValue': (...[$event]) => {
            void $event;
            return (failure.value = null);
            // @ts-ignore
            [t, shown, failure, failure, page, size,];
        },
    };
    void __VLS_225;
    var __VLS_222;
    var __VLS_223;
    const { default: __VLS_226 } = __VLS_nonNull(__VLS_222.slots);
    if (failure.value) {
        let __VLS_227;
        /** @ts-ignore @type { | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert']} */
        elAlert;
        // @ts-ignore
        const __VLS_228 = __VLS_asFunctionalComponent1(__VLS_227, new __VLS_227({
            // @ts-ignore
            type: "error", closable: (false), showIcon: true, title: (__VLS_unwrap(describeError, {})(__VLS_unwrap(t, {}), failure.value)), description: (__VLS_unwrap(t, {})('roster.nothingWritten')),
        }));
        const __VLS_229 = __VLS_228({
            type: "error",
            closable: (false),
            showIcon: true,
            title: (__VLS_unwrap(describeError, {})(__VLS_unwrap(t, {}), failure.value)),
            description: (__VLS_unwrap(t, {})('roster.nothingWritten')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_228));
        if (failure.value.details.length) {
            const __VLS_232 = ProblemList;
            // @ts-ignore
            const __VLS_233 = __VLS_asFunctionalComponent1(__VLS_232, new __VLS_232({
                // @ts-ignore
                problems: (failure.value.details), ...{ class: "problems" },
            }));
            const __VLS_234 = __VLS_233({
                problems: (failure.value.details),
                ...{ class: "problems" },
            }, ...__VLS_functionalComponentArgsRest(__VLS_233));
            /** @type {__VLS_StyleScopedClasses['problems']} */ ;
        }
    }
    // @ts-ignore
    [t, t, failure, failure, failure, failure, describeError,];
    const __VLS_237 = LessonDialog;
    // @ts-ignore
    const __VLS_238 = __VLS_asFunctionalComponent1(__VLS_237, new __VLS_237({
        // @ts-ignore
        ...{ 'onSaved': {} }, ...{ 'onDeleted': {} }, modelValue: (__VLS_unwrap(dialog, {})), lesson: (__VLS_unwrap(editing, {})), categories: (__VLS_unwrap(categories, {})),
    }));
    const __VLS_239 = __VLS_238({
        ...{ 'onSaved': {} },
        ...{ 'onDeleted': {} },
        modelValue: (__VLS_unwrap(dialog, {})),
        lesson: (__VLS_unwrap(editing, {})),
        categories: (__VLS_unwrap(categories, {})),
    }, ...__VLS_functionalComponentArgsRest(__VLS_238));
    let __VLS_242;
    const __VLS_243 = {
        /** @type {typeof __VLS_242.saved} */
        onSaved: (...[$event]) => {
            void $event;
            return (store.value.refresh());
            // @ts-ignore
            [store, dialog, editing, categories,];
        },
    };
    void __VLS_243;
    const __VLS_244 = {
        /** @type {typeof __VLS_242.deleted} */
        onDeleted: (...[$event]) => {
            void $event;
            return (store.value.refresh());
            // @ts-ignore
            [store,];
        },
    };
    void __VLS_244;
    var __VLS_240;
    var __VLS_241;
    // @ts-ignore
    [];
    return {};
};
void [__VLS_template];
const __VLS_export = (await import('vue')).defineComponent({});
export default {};
