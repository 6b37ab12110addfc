import { attempt } from "../logic/attempt";
import { computed, reactive, ref } from "vue";
import { useT } from "../i18n";
import { ElMessage } from "element-plus";
import { ElMessageBox } from "element-plus";
import { CATEGORIES, STAGES, commands, pickFile } from "../ipc";
import { useSessionStore } from "../stores/session";
import { describeError, describeProblem, headline } from "../logic/problems";
import ProblemList from "../components/ProblemList.vue";
import Pager from "../components/Pager.vue";
import { usePages } from "../logic/pages";
const { t } = useT();
const store = useSessionStore();
const { page, size, shown: pageRows } = usePages(computed(() => store.judges));
const failure = ref(null);
const adding = ref(false);
/** The judge being edited (null: a new one). */
const editingId = ref(null);
const judge = reactive({ name: "", unit: "", region: "", panel: "", role: "" });
const panelEdit = ref(null);
// what the import changed besides the judges (e.g. recusal by region turned on)
const notes = ref([]);
async function importFile() {
    const path = await pickFile(t("judges.import"), [{ name: t("roster.fileType"), extensions: ["xlsx", "xls", "ods", "csv"] }]);
    if (!path)
        return;
    await attempt(failure, async () => {
        const r = await commands.importJudges({ path, category: null });
        ElMessage.success(t("judges.imported", { added: r.added, updated: r.updated, unchanged: r.unchanged }));
        notes.value = r.warnings;
        await store.refresh();
    });
}
function startAdd() {
    editingId.value = null;
    Object.assign(judge, { name: "", unit: "", region: "", panel: "", role: "" });
    adding.value = true;
}
function startEdit(j) {
    editingId.value = j.id;
    Object.assign(judge, { name: j.name, unit: j.unit, region: j.region, panel: j.panel, role: j.role });
    adding.value = true;
}
async function remove(j) {
    const ok = await ElMessageBox.confirm(t("judges.deleteConfirm", { name: j.name, id: j.id }), t("judges.delete"), {
        type: "warning",
        confirmButtonText: t("judges.delete"),
        cancelButtonText: t("common.cancel"),
    }).then(() => true, () => false);
    if (!ok)
        return;
    await attempt(failure, async () => {
        await commands.deleteJudge({ judge: j.id });
        await store.refresh();
        ElMessage.success(t("judges.deleted", { name: j.name }));
    });
}
async function addJudge() {
    await attempt(failure, async () => {
        if (editingId.value)
            await commands.updateJudge({ judge: editingId.value, fields: { ...judge } });
        else
            await commands.saveJudge({ ...judge });
        adding.value = false;
        Object.assign(judge, { name: "", unit: "", region: "", panel: "", role: "" });
        await store.refresh();
    });
}
async function savePanel() {
    const panel = panelEdit.value;
    if (!panel)
        return;
    await attempt(failure, async () => {
        const r = await commands.setPanel(panel);
        store.panels = r.panels;
        panelEdit.value = null;
    });
}
function editPanel(p) {
    panelEdit.value = { ...p, categories: [...p.categories], stages: [...p.stages], subjects: [...p.subjects] };
}
const any = (v) => (v.length ? v.join("、") : t("judges.any"));
const __VLS_ctx = {};
let __VLS_components;
let __VLS_intrinsics;
let __VLS_directives;
void __VLS_ctx, __VLS_components, __VLS_intrinsics, __VLS_directives;
const __VLS_template = () => {
    __VLS_withDotValue(notes, {});
    __VLS_withDotValue(store, {});
    __VLS_withDotValue(editingId, {});
    __VLS_withDotValue(judge, {});
    __VLS_withDotValue(adding, {});
    __VLS_withDotValue(panelEdit, {});
    __VLS_withDotValue(failure, {});
    void {};
    /** @type {__VLS_StyleScopedClasses['panels']} */ ;
    /** @type {__VLS_StyleScopedClasses['panel']} */ ;
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "judges" },
    });
    /** @type {__VLS_StyleScopedClasses['judges']} */ ;
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "toolbar" },
    });
    /** @type {__VLS_StyleScopedClasses['toolbar']} */ ;
    let __VLS_0;
    /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
    elButton;
    // @ts-ignore
    const __VLS_1 = __VLS_asFunctionalComponent1(__VLS_0, new __VLS_0({
        // @ts-ignore
        ...{ 'onClick': {} }, type: "primary", dataTest: "import-judges",
    }));
    const __VLS_2 = __VLS_1({
        ...{ 'onClick': {} },
        type: "primary",
        dataTest: "import-judges",
    }, ...__VLS_functionalComponentArgsRest(__VLS_1));
    let __VLS_5;
    const __VLS_6 = {
        /** @type {typeof __VLS_5.click} */
        onClick: (importFile),
    };
    void __VLS_6;
    var __VLS_3;
    var __VLS_4;
    const { default: __VLS_7 } = __VLS_nonNull(__VLS_3.slots);
    (__VLS_unwrap(t, {})("judges.import"));
    // @ts-ignore
    [t,];
    let __VLS_8;
    /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
    elButton;
    // @ts-ignore
    const __VLS_9 = __VLS_asFunctionalComponent1(__VLS_8, new __VLS_8({
        // @ts-ignore
        ...{ 'onClick': {} },
    }));
    const __VLS_10 = __VLS_9({
        ...{ 'onClick': {} },
    }, ...__VLS_functionalComponentArgsRest(__VLS_9));
    let __VLS_13;
    const __VLS_14 = {
        /** @type {typeof __VLS_13.click} */
        onClick: (startAdd),
    };
    void __VLS_14;
    var __VLS_11;
    var __VLS_12;
    const { default: __VLS_15 } = __VLS_nonNull(__VLS_11.slots);
    (__VLS_unwrap(t, {})("judges.add"));
    // @ts-ignore
    [t,];
    const __VLS_16 = __VLS_tryAsConstant((notes.value));
    for (const [n, i] of __VLS_vFor(__VLS_nonNull(__VLS_16))) {
        let __VLS_17;
        /** @ts-ignore @type { | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert']} */
        elAlert;
        // @ts-ignore
        const __VLS_18 = __VLS_asFunctionalComponent1(__VLS_17, new __VLS_17({
            // @ts-ignore
            ...{ 'onClose': {} }, key: (i), type: "info", showIcon: true, closable: (true), title: (__VLS_unwrap(describeProblem, {})(__VLS_unwrap(t, {}), n)), ...{ class: "note" }, dataTest: "judges-note",
        }));
        const __VLS_19 = __VLS_18({
            ...{ 'onClose': {} },
            key: (i),
            type: "info",
            showIcon: true,
            closable: (true),
            title: (__VLS_unwrap(describeProblem, {})(__VLS_unwrap(t, {}), n)),
            ...{ class: "note" },
            dataTest: "judges-note",
        }, ...__VLS_functionalComponentArgsRest(__VLS_18));
        let __VLS_22;
        const __VLS_23 = {
            /** @type {typeof __VLS_22.close} */
            onClose: (...[$event]) => {
                void $event;
                return (notes.value = []);
                // @ts-ignore
                [t, notes, notes, describeProblem,];
            },
        };
        void __VLS_23;
        /** @type {__VLS_StyleScopedClasses['note']} */ ;
        var __VLS_20;
        var __VLS_21;
        // @ts-ignore
        [];
    }
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "cols" },
    });
    /** @type {__VLS_StyleScopedClasses['cols']} */ ;
    let __VLS_24;
    /** @ts-ignore @type { | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table'] | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table']} */
    elTable;
    // @ts-ignore
    const __VLS_25 = __VLS_asFunctionalComponent1(__VLS_24, new __VLS_24({
        // @ts-ignore
        data: (__VLS_unwrap(pageRows, {})), border: true, stripe: true, height: "calc(100vh - 170px)", dataTest: "judge-table", ...{ class: "list" },
    }));
    const __VLS_26 = __VLS_25({
        data: (__VLS_unwrap(pageRows, {})),
        border: true,
        stripe: true,
        height: "calc(100vh - 170px)",
        dataTest: "judge-table",
        ...{ class: "list" },
    }, ...__VLS_functionalComponentArgsRest(__VLS_25));
    /** @type {__VLS_StyleScopedClasses['list']} */ ;
    var __VLS_27;
    const { default: __VLS_29 } = __VLS_nonNull(__VLS_27.slots);
    let __VLS_30;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_31 = __VLS_asFunctionalComponent1(__VLS_30, new __VLS_30({
        // @ts-ignore
        prop: "id", label: "ID", width: "70",
    }));
    const __VLS_32 = __VLS_31({
        prop: "id",
        label: "ID",
        width: "70",
    }, ...__VLS_functionalComponentArgsRest(__VLS_31));
    let __VLS_35;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_36 = __VLS_asFunctionalComponent1(__VLS_35, new __VLS_35({
        // @ts-ignore
        prop: "name", label: (__VLS_unwrap(t, {})('judges.col.name')), width: "90",
    }));
    const __VLS_37 = __VLS_36({
        prop: "name",
        label: (__VLS_unwrap(t, {})('judges.col.name')),
        width: "90",
    }, ...__VLS_functionalComponentArgsRest(__VLS_36));
    let __VLS_40;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_41 = __VLS_asFunctionalComponent1(__VLS_40, new __VLS_40({
        // @ts-ignore
        prop: "unit", label: (__VLS_unwrap(t, {})('judges.col.unit')), minWidth: "170",
    }));
    const __VLS_42 = __VLS_41({
        prop: "unit",
        label: (__VLS_unwrap(t, {})('judges.col.unit')),
        minWidth: "170",
    }, ...__VLS_functionalComponentArgsRest(__VLS_41));
    let __VLS_45;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_46 = __VLS_asFunctionalComponent1(__VLS_45, new __VLS_45({
        // @ts-ignore
        prop: "region", label: (__VLS_unwrap(t, {})('judges.col.region')), width: "90",
    }));
    const __VLS_47 = __VLS_46({
        prop: "region",
        label: (__VLS_unwrap(t, {})('judges.col.region')),
        width: "90",
    }, ...__VLS_functionalComponentArgsRest(__VLS_46));
    let __VLS_50;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_51 = __VLS_asFunctionalComponent1(__VLS_50, new __VLS_50({
        // @ts-ignore
        prop: "panel", label: (__VLS_unwrap(t, {})('judges.col.panel')), width: "110",
    }));
    const __VLS_52 = __VLS_51({
        prop: "panel",
        label: (__VLS_unwrap(t, {})('judges.col.panel')),
        width: "110",
    }, ...__VLS_functionalComponentArgsRest(__VLS_51));
    let __VLS_55;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_56 = __VLS_asFunctionalComponent1(__VLS_55, new __VLS_55({
        // @ts-ignore
        prop: "role", label: (__VLS_unwrap(t, {})('judges.col.role')), width: "70",
    }));
    const __VLS_57 = __VLS_56({
        prop: "role",
        label: (__VLS_unwrap(t, {})('judges.col.role')),
        width: "70",
    }, ...__VLS_functionalComponentArgsRest(__VLS_56));
    let __VLS_60;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_61 = __VLS_asFunctionalComponent1(__VLS_60, new __VLS_60({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('results.actions')), width: "120",
    }));
    const __VLS_62 = __VLS_61({
        label: (__VLS_unwrap(t, {})('results.actions')),
        width: "120",
    }, ...__VLS_functionalComponentArgsRest(__VLS_61));
    var __VLS_63;
    const { default: __VLS_65 } = __VLS_nonNull(__VLS_63.slots);
    {
        const { default: __VLS_66 } = __VLS_nonNull(__VLS_63.slots);
        const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_66));
        let __VLS_67;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_68 = __VLS_asFunctionalComponent1(__VLS_67, new __VLS_67({
            // @ts-ignore
            ...{ 'onClick': {} }, link: true, type: "primary", dataTest: (`edit-judge-${row.id}`),
        }));
        const __VLS_69 = __VLS_68({
            ...{ 'onClick': {} },
            link: true,
            type: "primary",
            dataTest: (`edit-judge-${row.id}`),
        }, ...__VLS_functionalComponentArgsRest(__VLS_68));
        let __VLS_72;
        const __VLS_73 = {
            /** @type {typeof __VLS_72.click} */
            onClick: (...[$event]) => {
                void $event;
                return (startEdit(row));
                // @ts-ignore
                [t, t, t, t, t, t, pageRows,];
            },
        };
        void __VLS_73;
        var __VLS_70;
        var __VLS_71;
        const { default: __VLS_74 } = __VLS_nonNull(__VLS_70.slots);
        (__VLS_unwrap(t, {})("common.edit"));
        // @ts-ignore
        [t,];
        let __VLS_75;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_76 = __VLS_asFunctionalComponent1(__VLS_75, new __VLS_75({
            // @ts-ignore
            ...{ 'onClick': {} }, link: true, type: "danger", dataTest: (`delete-judge-${row.id}`),
        }));
        const __VLS_77 = __VLS_76({
            ...{ 'onClick': {} },
            link: true,
            type: "danger",
            dataTest: (`delete-judge-${row.id}`),
        }, ...__VLS_functionalComponentArgsRest(__VLS_76));
        let __VLS_80;
        const __VLS_81 = {
            /** @type {typeof __VLS_80.click} */
            onClick: (...[$event]) => {
                void $event;
                return (remove(row));
                // @ts-ignore
                [];
            },
        };
        void __VLS_81;
        var __VLS_78;
        var __VLS_79;
        const { default: __VLS_82 } = __VLS_nonNull(__VLS_78.slots);
        (__VLS_unwrap(t, {})("judges.delete"));
        // @ts-ignore
        [t,];
        // @ts-ignore
        [];
    }
    // @ts-ignore
    [];
    // @ts-ignore
    [];
    const __VLS_83 = Pager;
    // @ts-ignore
    const __VLS_84 = __VLS_asFunctionalComponent1(__VLS_83, new __VLS_83({
        // @ts-ignore
        page: (__VLS_unwrap(page, {})), size: (__VLS_unwrap(size, {})), total: (store.value.judges.length),
    }));
    const __VLS_85 = __VLS_84({
        page: (__VLS_unwrap(page, {})),
        size: (__VLS_unwrap(size, {})),
        total: (store.value.judges.length),
    }, ...__VLS_functionalComponentArgsRest(__VLS_84));
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "panels" },
    });
    /** @type {__VLS_StyleScopedClasses['panels']} */ ;
    __VLS_asFunctionalElement1(__VLS_intrinsics.h3, __VLS_intrinsics.h3)({});
    (__VLS_unwrap(t, {})("judges.panels"));
    const __VLS_88 = __VLS_tryAsConstant((store.value.panels));
    for (const [p] of __VLS_vFor(__VLS_nonNull(__VLS_88))) {
        let __VLS_89;
        /** @ts-ignore @type { | typeof __VLS_components.elCard | typeof __VLS_components.ElCard | typeof __VLS_components['el-card'] | typeof __VLS_components.elCard | typeof __VLS_components.ElCard | typeof __VLS_components['el-card']} */
        elCard;
        // @ts-ignore
        const __VLS_90 = __VLS_asFunctionalComponent1(__VLS_89, new __VLS_89({
            // @ts-ignore
            key: (p.name), shadow: "never", ...{ class: "panel" },
        }));
        const __VLS_91 = __VLS_90({
            key: (p.name),
            shadow: "never",
            ...{ class: "panel" },
        }, ...__VLS_functionalComponentArgsRest(__VLS_90));
        /** @type {__VLS_StyleScopedClasses['panel']} */ ;
        var __VLS_92;
        const { default: __VLS_94 } = __VLS_nonNull(__VLS_92.slots);
        __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
            ...{ class: "panel-head" },
        });
        /** @type {__VLS_StyleScopedClasses['panel-head']} */ ;
        __VLS_asFunctionalElement1(__VLS_intrinsics.strong, __VLS_intrinsics.strong)({});
        (p.name);
        let __VLS_95;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_96 = __VLS_asFunctionalComponent1(__VLS_95, new __VLS_95({
            // @ts-ignore
            ...{ 'onClick': {} }, link: true, type: "primary",
        }));
        const __VLS_97 = __VLS_96({
            ...{ 'onClick': {} },
            link: true,
            type: "primary",
        }, ...__VLS_functionalComponentArgsRest(__VLS_96));
        let __VLS_100;
        const __VLS_101 = {
            /** @type {typeof __VLS_100.click} */
            onClick: (...[$event]) => {
                void $event;
                return (editPanel(p));
                // @ts-ignore
                [t, page, size, store, store,];
            },
        };
        void __VLS_101;
        var __VLS_98;
        var __VLS_99;
        const { default: __VLS_102 } = __VLS_nonNull(__VLS_98.slots);
        (__VLS_unwrap(t, {})("common.edit"));
        // @ts-ignore
        [t,];
        __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({});
        (__VLS_unwrap(t, {})("judges.covers.categories"));
        (__VLS_unwrap(t, {})("common.colon"));
        (__VLS_unwrap(any, {})(p.categories.map((c) => __VLS_unwrap(t, {})(`category.${c}`))));
        __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({});
        (__VLS_unwrap(t, {})("judges.covers.stages"));
        (__VLS_unwrap(t, {})("common.colon"));
        (__VLS_unwrap(any, {})(p.stages));
        __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({});
        (__VLS_unwrap(t, {})("judges.covers.subjects"));
        (__VLS_unwrap(t, {})("common.colon"));
        (__VLS_unwrap(any, {})(p.subjects));
        // @ts-ignore
        [t, t, t, t, t, t, t, any, any, any,];
        // @ts-ignore
        [];
    }
    let __VLS_103;
    /** @ts-ignore @type { | typeof __VLS_components.elDialog | typeof __VLS_components.ElDialog | typeof __VLS_components['el-dialog'] | typeof __VLS_components.elDialog | typeof __VLS_components.ElDialog | typeof __VLS_components['el-dialog']} */
    elDialog;
    // @ts-ignore
    const __VLS_104 = __VLS_asFunctionalComponent1(__VLS_103, new __VLS_103({
        // @ts-ignore
        modelValue: (adding.value), title: (editingId.value ? __VLS_unwrap(t, {})('judges.edit', { id: editingId.value }) : __VLS_unwrap(t, {})('judges.add')), width: "480px",
    }));
    const __VLS_105 = __VLS_104({
        modelValue: (adding.value),
        title: (editingId.value ? __VLS_unwrap(t, {})('judges.edit', { id: editingId.value }) : __VLS_unwrap(t, {})('judges.add')),
        width: "480px",
    }, ...__VLS_functionalComponentArgsRest(__VLS_104));
    var __VLS_106;
    const { default: __VLS_108 } = __VLS_nonNull(__VLS_106.slots);
    let __VLS_109;
    /** @ts-ignore @type { | typeof __VLS_components.elForm | typeof __VLS_components.ElForm | typeof __VLS_components['el-form'] | typeof __VLS_components.elForm | typeof __VLS_components.ElForm | typeof __VLS_components['el-form']} */
    elForm;
    // @ts-ignore
    const __VLS_110 = __VLS_asFunctionalComponent1(__VLS_109, new __VLS_109({
        // @ts-ignore
        labelWidth: "90px",
    }));
    const __VLS_111 = __VLS_110({
        labelWidth: "90px",
    }, ...__VLS_functionalComponentArgsRest(__VLS_110));
    var __VLS_112;
    const { default: __VLS_114 } = __VLS_nonNull(__VLS_112.slots);
    const __VLS_115 = __VLS_tryAsConstant(['name', 'unit', 'region', 'panel', 'role']);
    for (const [f] of __VLS_vFor(__VLS_nonNull(__VLS_115))) {
        let __VLS_116;
        /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
        elFormItem;
        // @ts-ignore
        const __VLS_117 = __VLS_asFunctionalComponent1(__VLS_116, new __VLS_116({
            // @ts-ignore
            key: (f), label: (__VLS_unwrap(t, {})(`judges.col.${f}`)),
        }));
        const __VLS_118 = __VLS_117({
            key: (f),
            label: (__VLS_unwrap(t, {})(`judges.col.${f}`)),
        }, ...__VLS_functionalComponentArgsRest(__VLS_117));
        var __VLS_119;
        const { default: __VLS_121 } = __VLS_nonNull(__VLS_119.slots);
        let __VLS_122;
        /** @ts-ignore @type { | typeof __VLS_components.elInput | typeof __VLS_components.ElInput | typeof __VLS_components['el-input']} */
        elInput;
        // @ts-ignore
        const __VLS_123 = __VLS_asFunctionalComponent1(__VLS_122, new __VLS_122({
            // @ts-ignore
            modelValue: (judge.value[f]),
        }));
        const __VLS_124 = __VLS_123({
            modelValue: (judge.value[f]),
        }, ...__VLS_functionalComponentArgsRest(__VLS_123));
        // @ts-ignore
        [t, t, t, adding, editingId, editingId, judge,];
        // @ts-ignore
        [];
    }
    // @ts-ignore
    [];
    {
        const { footer: __VLS_127 } = __VLS_nonNull(__VLS_106.slots);
        let __VLS_128;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_129 = __VLS_asFunctionalComponent1(__VLS_128, new __VLS_128({
            // @ts-ignore
            ...{ 'onClick': {} },
        }));
        const __VLS_130 = __VLS_129({
            ...{ 'onClick': {} },
        }, ...__VLS_functionalComponentArgsRest(__VLS_129));
        let __VLS_133;
        const __VLS_134 = {
            /** @type {typeof __VLS_133.click} */
            onClick: (...[$event]) => {
                void $event;
                return (adding.value = false);
                // @ts-ignore
                [adding,];
            },
        };
        void __VLS_134;
        var __VLS_131;
        var __VLS_132;
        const { default: __VLS_135 } = __VLS_nonNull(__VLS_131.slots);
        (__VLS_unwrap(t, {})("common.cancel"));
        // @ts-ignore
        [t,];
        let __VLS_136;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_137 = __VLS_asFunctionalComponent1(__VLS_136, new __VLS_136({
            // @ts-ignore
            ...{ 'onClick': {} }, type: "primary",
        }));
        const __VLS_138 = __VLS_137({
            ...{ 'onClick': {} },
            type: "primary",
        }, ...__VLS_functionalComponentArgsRest(__VLS_137));
        let __VLS_141;
        const __VLS_142 = {
            /** @type {typeof __VLS_141.click} */
            onClick: (addJudge),
        };
        void __VLS_142;
        var __VLS_139;
        var __VLS_140;
        const { default: __VLS_143 } = __VLS_nonNull(__VLS_139.slots);
        (__VLS_unwrap(t, {})("common.save"));
        // @ts-ignore
        [t,];
        // @ts-ignore
        [];
    }
    // @ts-ignore
    [];
    let __VLS_144;
    /** @ts-ignore @type { | typeof __VLS_components.elDialog | typeof __VLS_components.ElDialog | typeof __VLS_components['el-dialog'] | typeof __VLS_components.elDialog | typeof __VLS_components.ElDialog | typeof __VLS_components['el-dialog']} */
    elDialog;
    // @ts-ignore
    const __VLS_145 = __VLS_asFunctionalComponent1(__VLS_144, new __VLS_144({
        // @ts-ignore
        ...{ 'onUpdate:modelValue': {} }, modelValue: (panelEdit.value !== null), title: (panelEdit.value?.name), width: "520px",
    }));
    const __VLS_146 = __VLS_145({
        ...{ 'onUpdate:modelValue': {} },
        modelValue: (panelEdit.value !== null),
        title: (panelEdit.value?.name),
        width: "520px",
    }, ...__VLS_functionalComponentArgsRest(__VLS_145));
    let __VLS_149;
    const __VLS_150 = {
        /** @type {typeof __VLS_149.'update:modelValue'} */
        'onUpdate:modelValue': (...[$event]) => {
            void $event;
            return (panelEdit.value = null);
            // @ts-ignore
            [panelEdit, panelEdit, panelEdit,];
        },
    };
    void __VLS_150;
    var __VLS_147;
    var __VLS_148;
    const { default: __VLS_151 } = __VLS_nonNull(__VLS_147.slots);
    if (panelEdit.value) {
        let __VLS_152;
        /** @ts-ignore @type { | typeof __VLS_components.elForm | typeof __VLS_components.ElForm | typeof __VLS_components['el-form'] | typeof __VLS_components.elForm | typeof __VLS_components.ElForm | typeof __VLS_components['el-form']} */
        elForm;
        // @ts-ignore
        const __VLS_153 = __VLS_asFunctionalComponent1(__VLS_152, new __VLS_152({
            // @ts-ignore
            labelWidth: "90px",
        }));
        const __VLS_154 = __VLS_153({
            labelWidth: "90px",
        }, ...__VLS_functionalComponentArgsRest(__VLS_153));
        var __VLS_155;
        const { default: __VLS_157 } = __VLS_nonNull(__VLS_155.slots);
        let __VLS_158;
        /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
        elFormItem;
        // @ts-ignore
        const __VLS_159 = __VLS_asFunctionalComponent1(__VLS_158, new __VLS_158({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('judges.covers.categories')),
        }));
        const __VLS_160 = __VLS_159({
            label: (__VLS_unwrap(t, {})('judges.covers.categories')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_159));
        var __VLS_161;
        const { default: __VLS_163 } = __VLS_nonNull(__VLS_161.slots);
        let __VLS_164;
        /** @ts-ignore @type { | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select'] | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select']} */
        elSelect;
        // @ts-ignore
        const __VLS_165 = __VLS_asFunctionalComponent1(__VLS_164, new __VLS_164({
            // @ts-ignore
            modelValue: (panelEdit.value.categories), multiple: true, placeholder: (__VLS_unwrap(t, {})('judges.any')), ...{ style: {} },
        }));
        const __VLS_166 = __VLS_165({
            modelValue: (panelEdit.value.categories),
            multiple: true,
            placeholder: (__VLS_unwrap(t, {})('judges.any')),
            ...{ style: {} },
        }, ...__VLS_functionalComponentArgsRest(__VLS_165));
        var __VLS_167;
        const { default: __VLS_169 } = __VLS_nonNull(__VLS_167.slots);
        const __VLS_170 = __VLS_tryAsConstant((__VLS_unwrap(CATEGORIES, {})));
        for (const [c] of __VLS_vFor(__VLS_nonNull(__VLS_170))) {
            let __VLS_171;
            /** @ts-ignore @type { | typeof __VLS_components.elOption | typeof __VLS_components.ElOption | typeof __VLS_components['el-option']} */
            elOption;
            // @ts-ignore
            const __VLS_172 = __VLS_asFunctionalComponent1(__VLS_171, new __VLS_171({
                // @ts-ignore
                key: (c), value: (c), label: (__VLS_unwrap(t, {})(`category.${c}`)),
            }));
            const __VLS_173 = __VLS_172({
                key: (c),
                value: (c),
                label: (__VLS_unwrap(t, {})(`category.${c}`)),
            }, ...__VLS_functionalComponentArgsRest(__VLS_172));
            // @ts-ignore
            [t, t, t, panelEdit, panelEdit, CATEGORIES,];
        }
        // @ts-ignore
        [];
        // @ts-ignore
        [];
        let __VLS_176;
        /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
        elFormItem;
        // @ts-ignore
        const __VLS_177 = __VLS_asFunctionalComponent1(__VLS_176, new __VLS_176({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('judges.covers.stages')),
        }));
        const __VLS_178 = __VLS_177({
            label: (__VLS_unwrap(t, {})('judges.covers.stages')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_177));
        var __VLS_179;
        const { default: __VLS_181 } = __VLS_nonNull(__VLS_179.slots);
        let __VLS_182;
        /** @ts-ignore @type { | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select'] | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select']} */
        elSelect;
        // @ts-ignore
        const __VLS_183 = __VLS_asFunctionalComponent1(__VLS_182, new __VLS_182({
            // @ts-ignore
            modelValue: (panelEdit.value.stages), multiple: true, allowCreate: true, filterable: true, placeholder: (__VLS_unwrap(t, {})('judges.any')), ...{ style: {} },
        }));
        const __VLS_184 = __VLS_183({
            modelValue: (panelEdit.value.stages),
            multiple: true,
            allowCreate: true,
            filterable: true,
            placeholder: (__VLS_unwrap(t, {})('judges.any')),
            ...{ style: {} },
        }, ...__VLS_functionalComponentArgsRest(__VLS_183));
        var __VLS_185;
        const { default: __VLS_187 } = __VLS_nonNull(__VLS_185.slots);
        const __VLS_188 = __VLS_tryAsConstant((__VLS_unwrap(STAGES, {})));
        for (const [s] of __VLS_vFor(__VLS_nonNull(__VLS_188))) {
            let __VLS_189;
            /** @ts-ignore @type { | typeof __VLS_components.elOption | typeof __VLS_components.ElOption | typeof __VLS_components['el-option']} */
            elOption;
            // @ts-ignore
            const __VLS_190 = __VLS_asFunctionalComponent1(__VLS_189, new __VLS_189({
                // @ts-ignore
                key: (s), value: (s), label: (__VLS_unwrap(t, {})(`stage.${s}`)),
            }));
            const __VLS_191 = __VLS_190({
                key: (s),
                value: (s),
                label: (__VLS_unwrap(t, {})(`stage.${s}`)),
            }, ...__VLS_functionalComponentArgsRest(__VLS_190));
            // @ts-ignore
            [t, t, t, panelEdit, STAGES,];
        }
        // @ts-ignore
        [];
        // @ts-ignore
        [];
        let __VLS_194;
        /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
        elFormItem;
        // @ts-ignore
        const __VLS_195 = __VLS_asFunctionalComponent1(__VLS_194, new __VLS_194({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('judges.covers.subjects')),
        }));
        const __VLS_196 = __VLS_195({
            label: (__VLS_unwrap(t, {})('judges.covers.subjects')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_195));
        var __VLS_197;
        const { default: __VLS_199 } = __VLS_nonNull(__VLS_197.slots);
        let __VLS_200;
        /** @ts-ignore @type { | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select']} */
        elSelect;
        // @ts-ignore
        const __VLS_201 = __VLS_asFunctionalComponent1(__VLS_200, new __VLS_200({
            // @ts-ignore
            modelValue: (panelEdit.value.subjects), multiple: true, allowCreate: true, filterable: true, placeholder: (__VLS_unwrap(t, {})('judges.any')), ...{ style: {} },
        }));
        const __VLS_202 = __VLS_201({
            modelValue: (panelEdit.value.subjects),
            multiple: true,
            allowCreate: true,
            filterable: true,
            placeholder: (__VLS_unwrap(t, {})('judges.any')),
            ...{ style: {} },
        }, ...__VLS_functionalComponentArgsRest(__VLS_201));
        // @ts-ignore
        [t, t, panelEdit,];
        // @ts-ignore
        [];
    }
    {
        const { footer: __VLS_205 } = __VLS_nonNull(__VLS_147.slots);
        let __VLS_206;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_207 = __VLS_asFunctionalComponent1(__VLS_206, new __VLS_206({
            // @ts-ignore
            ...{ 'onClick': {} },
        }));
        const __VLS_208 = __VLS_207({
            ...{ 'onClick': {} },
        }, ...__VLS_functionalComponentArgsRest(__VLS_207));
        let __VLS_211;
        const __VLS_212 = {
            /** @type {typeof __VLS_211.click} */
            onClick: (...[$event]) => {
                void $event;
                return (panelEdit.value = null);
                // @ts-ignore
                [panelEdit,];
            },
        };
        void __VLS_212;
        var __VLS_209;
        var __VLS_210;
        const { default: __VLS_213 } = __VLS_nonNull(__VLS_209.slots);
        (__VLS_unwrap(t, {})("common.cancel"));
        // @ts-ignore
        [t,];
        let __VLS_214;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_215 = __VLS_asFunctionalComponent1(__VLS_214, new __VLS_214({
            // @ts-ignore
            ...{ 'onClick': {} }, type: "primary",
        }));
        const __VLS_216 = __VLS_215({
            ...{ 'onClick': {} },
            type: "primary",
        }, ...__VLS_functionalComponentArgsRest(__VLS_215));
        let __VLS_219;
        const __VLS_220 = {
            /** @type {typeof __VLS_219.click} */
            onClick: (savePanel),
        };
        void __VLS_220;
        var __VLS_217;
        var __VLS_218;
        const { default: __VLS_221 } = __VLS_nonNull(__VLS_217.slots);
        (__VLS_unwrap(t, {})("common.save"));
        // @ts-ignore
        [t,];
        // @ts-ignore
        [];
    }
    // @ts-ignore
    [];
    let __VLS_222;
    /** @ts-ignore @type { | typeof __VLS_components.elDialog | typeof __VLS_components.ElDialog | typeof __VLS_components['el-dialog'] | typeof __VLS_components.elDialog | typeof __VLS_components.ElDialog | typeof __VLS_components['el-dialog']} */
    elDialog;
    // @ts-ignore
    const __VLS_223 = __VLS_asFunctionalComponent1(__VLS_222, new __VLS_222({
        // @ts-ignore
        ...{ 'onUpdate:modelValue': {} }, modelValue: (failure.value !== null), title: (__VLS_unwrap(t, {})('judges.failed')), width: "760px",
    }));
    const __VLS_224 = __VLS_223({
        ...{ 'onUpdate:modelValue': {} },
        modelValue: (failure.value !== null),
        title: (__VLS_unwrap(t, {})('judges.failed')),
        width: "760px",
    }, ...__VLS_functionalComponentArgsRest(__VLS_223));
    let __VLS_227;
    const __VLS_228 = {
        /** @type {typeof __VLS_227.'update:modelValue'} */
        'onUpdate:modelValue': (...[$event]) => {
            void $event;
            return (failure.value = null);
            // @ts-ignore
            [t, failure, failure,];
        },
    };
    void __VLS_228;
    var __VLS_225;
    var __VLS_226;
    const { default: __VLS_229 } = __VLS_nonNull(__VLS_225.slots);
    if (failure.value) {
        let __VLS_230;
        /** @ts-ignore @type { | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert']} */
        elAlert;
        // @ts-ignore
        const __VLS_231 = __VLS_asFunctionalComponent1(__VLS_230, new __VLS_230({
            // @ts-ignore
            type: "error", closable: (false), showIcon: true, title: (adding.value ? __VLS_unwrap(headline, {})(__VLS_unwrap(t, {}), failure.value, 'form') : __VLS_unwrap(describeError, {})(__VLS_unwrap(t, {}), failure.value)),
        }));
        const __VLS_232 = __VLS_231({
            type: "error",
            closable: (false),
            showIcon: true,
            title: (adding.value ? __VLS_unwrap(headline, {})(__VLS_unwrap(t, {}), failure.value, 'form') : __VLS_unwrap(describeError, {})(__VLS_unwrap(t, {}), failure.value)),
        }, ...__VLS_functionalComponentArgsRest(__VLS_231));
        if (failure.value.details.length) {
            const __VLS_235 = ProblemList;
            // @ts-ignore
            const __VLS_236 = __VLS_asFunctionalComponent1(__VLS_235, new __VLS_235({
                // @ts-ignore
                problems: (failure.value.details),
            }));
            const __VLS_237 = __VLS_236({
                problems: (failure.value.details),
            }, ...__VLS_functionalComponentArgsRest(__VLS_236));
        }
    }
    // @ts-ignore
    [t, t, adding, failure, failure, failure, failure, failure, headline, describeError,];
    // @ts-ignore
    [];
    return {};
};
void [__VLS_template];
const __VLS_export = (await import('vue')).defineComponent({});
export default {};
