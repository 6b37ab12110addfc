import { attempt } from "../logic/attempt";
import { computed, onMounted, reactive, ref } from "vue";
import { useT } from "../i18n";
import { ElMessage, ElMessageBox } from "element-plus";
import { commands, pickFile, pickSavePath } from "../ipc";
import { useSessionStore } from "../stores/session";
import { barredUntil, blankEntry, entryComplete } from "../logic/register";
import { actionKey } from "../logic/audit";
import { describeError } from "../logic/problems";
import ProblemList from "../components/ProblemList.vue";
import NumberField from "../components/NumberField.vue";
import { useNumberChecks } from "../logic/numberChecks";
const { t, te } = useT();
const session = useSessionStore();
const view = ref(null);
const failure = ref(null);
const busy = ref(false);
const barYears = computed(() => session.current?.settings.rules.bar_years ?? 5);
// the add / edit dialog
const dialog = ref(false);
const editingId = ref(null);
const draft = reactive(blankEntry(new Date().getFullYear()));
const why = ref("");
const badNumber = useNumberChecks();
const canSave = computed(() => !badNumber.value && entryComplete(draft) && (editingId.value === null || why.value.trim() !== ""));
async function load() {
    await attempt(failure, async () => {
        view.value = await commands.register();
    });
}
onMounted(load);
function openAdd() {
    const s = session.current?.settings;
    Object.assign(draft, blankEntry(s?.year ?? new Date().getFullYear(), s?.name ?? "", ""));
    editingId.value = null;
    why.value = "";
    dialog.value = true;
}
function openEdit(row) {
    const { id, ...entry } = row;
    Object.assign(draft, entry);
    editingId.value = id;
    why.value = "";
    dialog.value = true;
}
async function save() {
    const entry = { ...draft, year: Number(draft.year) };
    await attempt(failure, async () => {
        view.value =
            editingId.value === null
                ? await commands.registerAdd(entry)
                : await commands.registerEdit({ id: editingId.value, entry, reason: why.value.trim() });
        dialog.value = false;
        ElMessage.success(t("register.saved"));
    });
}
async function remove(row) {
    let reason;
    try {
        const { value } = await ElMessageBox.prompt(t("register.removeWhy"), `${t("register.remove")}：${row.name}`, {
            confirmButtonText: t("register.remove"),
            cancelButtonText: t("common.cancel"),
            inputValidator: (v) => (v && v.trim() ? true : t("register.removeWhy")),
        });
        reason = value.trim();
    }
    catch {
        return;
    }
    await attempt(failure, async () => {
        view.value = await commands.registerEdit({ id: row.id, entry: null, reason });
        ElMessage.success(t("register.removed"));
    });
}
async function importFile() {
    const path = await pickFile(t("register.import"), [{ name: t("register.fileType"), extensions: ["xlsx", "xls", "ods", "csv"] }]);
    if (!path)
        return;
    busy.value = true;
    await attempt(failure, async () => {
        const r = await commands.registerImport({ path });
        view.value = r.view;
        ElMessage.success(t("register.imported", { added: r.added.added, already: r.added.already }));
    });
    busy.value = false;
}
async function exportFile() {
    const path = await pickSavePath(t("register.export"), t("register.defaultFile"), [{ name: t("register.fileType"), extensions: ["xlsx"] }]);
    if (!path)
        return;
    await attempt(failure, async () => {
        await commands.registerExport({ path, unit: session.current?.settings.unit ?? "", bar_years: barYears.value });
        ElMessage.success(t("register.exported", { path }));
    });
}
const actionText = (a) => {
    const key = actionKey(a);
    return te(key) ? t(key) : a;
};
const __VLS_ctx = {};
let __VLS_components;
let __VLS_intrinsics;
let __VLS_directives;
void __VLS_ctx, __VLS_components, __VLS_intrinsics, __VLS_directives;
const __VLS_template = () => {
    __VLS_withDotValue(view, {});
    __VLS_withDotValue(editingId, {});
    __VLS_withDotValue(draft, {});
    __VLS_withDotValue(dialog, {});
    __VLS_withDotValue(canSave, {});
    __VLS_withDotValue(failure, {});
    void {};
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "register" },
        'data-test': "register-page",
    });
    const __VLS_0 = __VLS_asFunctionalDirective(__VLS_directives.vLoading, {});
    __VLS_0(__VLS_nonNull(null), { ...__VLS_directiveBindingRestFields, value: (__VLS_unwrap(busy, {})), }, ...__VLS_directiveHookArgsRest(__VLS_0));
    /** @type {__VLS_StyleScopedClasses['register']} */ ;
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "head" },
    });
    /** @type {__VLS_StyleScopedClasses['head']} */ ;
    __VLS_asFunctionalElement1(__VLS_intrinsics.h2, __VLS_intrinsics.h2)({});
    (__VLS_unwrap(t, {})("register.title"));
    __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({
        ...{ class: "intro" },
    });
    /** @type {__VLS_StyleScopedClasses['intro']} */ ;
    (__VLS_unwrap(t, {})("register.intro"));
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
        ...{ 'onClick': {} }, type: "primary", dataTest: "register-add",
    }));
    const __VLS_3 = __VLS_2({
        ...{ 'onClick': {} },
        type: "primary",
        dataTest: "register-add",
    }, ...__VLS_functionalComponentArgsRest(__VLS_2));
    let __VLS_6;
    const __VLS_7 = {
        /** @type {typeof __VLS_6.click} */
        onClick: (openAdd),
    };
    void __VLS_7;
    var __VLS_4;
    var __VLS_5;
    const { default: __VLS_8 } = __VLS_nonNull(__VLS_4.slots);
    (__VLS_unwrap(t, {})("register.add"));
    // @ts-ignore
    [vLoading, busy, t, t, t,];
    let __VLS_9;
    /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
    elButton;
    // @ts-ignore
    const __VLS_10 = __VLS_asFunctionalComponent1(__VLS_9, new __VLS_9({
        // @ts-ignore
        ...{ 'onClick': {} }, dataTest: "register-import",
    }));
    const __VLS_11 = __VLS_10({
        ...{ 'onClick': {} },
        dataTest: "register-import",
    }, ...__VLS_functionalComponentArgsRest(__VLS_10));
    let __VLS_14;
    const __VLS_15 = {
        /** @type {typeof __VLS_14.click} */
        onClick: (importFile),
    };
    void __VLS_15;
    var __VLS_12;
    var __VLS_13;
    const { default: __VLS_16 } = __VLS_nonNull(__VLS_12.slots);
    (__VLS_unwrap(t, {})("register.import"));
    // @ts-ignore
    [t,];
    let __VLS_17;
    /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
    elButton;
    // @ts-ignore
    const __VLS_18 = __VLS_asFunctionalComponent1(__VLS_17, new __VLS_17({
        // @ts-ignore
        ...{ 'onClick': {} }, disabled: (!view.value || view.value.entries.length === 0), dataTest: "register-export",
    }));
    const __VLS_19 = __VLS_18({
        ...{ 'onClick': {} },
        disabled: (!view.value || view.value.entries.length === 0),
        dataTest: "register-export",
    }, ...__VLS_functionalComponentArgsRest(__VLS_18));
    let __VLS_22;
    const __VLS_23 = {
        /** @type {typeof __VLS_22.click} */
        onClick: (exportFile),
    };
    void __VLS_23;
    var __VLS_20;
    var __VLS_21;
    const { default: __VLS_24 } = __VLS_nonNull(__VLS_20.slots);
    (__VLS_unwrap(t, {})("register.export"));
    // @ts-ignore
    [t, view, view,];
    if (view.value) {
        if (view.value.chain.broken_at === null) {
            let __VLS_25;
            /** @ts-ignore @type { | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag'] | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag']} */
            elTag;
            // @ts-ignore
            const __VLS_26 = __VLS_asFunctionalComponent1(__VLS_25, new __VLS_25({
                // @ts-ignore
                type: "success", size: "small", dataTest: "register-chain",
            }));
            const __VLS_27 = __VLS_26({
                type: "success",
                size: "small",
                dataTest: "register-chain",
            }, ...__VLS_functionalComponentArgsRest(__VLS_26));
            var __VLS_28;
            const { default: __VLS_30 } = __VLS_nonNull(__VLS_28.slots);
            (__VLS_unwrap(t, {})("register.chainOk", { rows: view.value.chain.rows, head: view.value.chain.head || "—" }));
            // @ts-ignore
            [t, view, view, view, view,];
        }
        else {
            let __VLS_31;
            /** @ts-ignore @type { | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag'] | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag']} */
            elTag;
            // @ts-ignore
            const __VLS_32 = __VLS_asFunctionalComponent1(__VLS_31, new __VLS_31({
                // @ts-ignore
                type: "danger", size: "small", dataTest: "register-chain",
            }));
            const __VLS_33 = __VLS_32({
                type: "danger",
                size: "small",
                dataTest: "register-chain",
            }, ...__VLS_functionalComponentArgsRest(__VLS_32));
            var __VLS_34;
            const { default: __VLS_36 } = __VLS_nonNull(__VLS_34.slots);
            (__VLS_unwrap(t, {})("register.chainBroken", { seq: view.value.chain.broken_at }));
            // @ts-ignore
            [t, view,];
        }
        __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
            ...{ class: "count" },
            'data-test': "register-count",
        });
        /** @type {__VLS_StyleScopedClasses['count']} */ ;
        (__VLS_unwrap(t, {})("register.count", { n: view.value.entries.length }));
    }
    let __VLS_37;
    /** @ts-ignore @type { | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table'] | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table']} */
    elTable;
    // @ts-ignore
    const __VLS_38 = __VLS_asFunctionalComponent1(__VLS_37, new __VLS_37({
        // @ts-ignore
        data: (view.value?.entries ?? []), border: true, stripe: true, emptyText: (__VLS_unwrap(t, {})('register.empty')), maxHeight: "calc(100vh - 330px)", dataTest: "register-table",
    }));
    const __VLS_39 = __VLS_38({
        data: (view.value?.entries ?? []),
        border: true,
        stripe: true,
        emptyText: (__VLS_unwrap(t, {})('register.empty')),
        maxHeight: "calc(100vh - 330px)",
        dataTest: "register-table",
    }, ...__VLS_functionalComponentArgsRest(__VLS_38));
    var __VLS_40;
    const { default: __VLS_42 } = __VLS_nonNull(__VLS_40.slots);
    let __VLS_43;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_44 = __VLS_asFunctionalComponent1(__VLS_43, new __VLS_43({
        // @ts-ignore
        prop: "name", label: (__VLS_unwrap(t, {})('register.name')), width: "100",
    }));
    const __VLS_45 = __VLS_44({
        prop: "name",
        label: (__VLS_unwrap(t, {})('register.name')),
        width: "100",
    }, ...__VLS_functionalComponentArgsRest(__VLS_44));
    let __VLS_48;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_49 = __VLS_asFunctionalComponent1(__VLS_48, new __VLS_48({
        // @ts-ignore
        prop: "school", label: (__VLS_unwrap(t, {})('register.school')), minWidth: "170",
    }));
    const __VLS_50 = __VLS_49({
        prop: "school",
        label: (__VLS_unwrap(t, {})('register.school')),
        minWidth: "170",
    }, ...__VLS_functionalComponentArgsRest(__VLS_49));
    let __VLS_53;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_54 = __VLS_asFunctionalComponent1(__VLS_53, new __VLS_53({
        // @ts-ignore
        prop: "region", label: (__VLS_unwrap(t, {})('register.region')), width: "100",
    }));
    const __VLS_55 = __VLS_54({
        prop: "region",
        label: (__VLS_unwrap(t, {})('register.region')),
        width: "100",
    }, ...__VLS_functionalComponentArgsRest(__VLS_54));
    let __VLS_58;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_59 = __VLS_asFunctionalComponent1(__VLS_58, new __VLS_58({
        // @ts-ignore
        prop: "year", label: (__VLS_unwrap(t, {})('register.year')), width: "70",
    }));
    const __VLS_60 = __VLS_59({
        prop: "year",
        label: (__VLS_unwrap(t, {})('register.year')),
        width: "70",
    }, ...__VLS_functionalComponentArgsRest(__VLS_59));
    let __VLS_63;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_64 = __VLS_asFunctionalComponent1(__VLS_63, new __VLS_63({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('register.until')), width: "80",
    }));
    const __VLS_65 = __VLS_64({
        label: (__VLS_unwrap(t, {})('register.until')),
        width: "80",
    }, ...__VLS_functionalComponentArgsRest(__VLS_64));
    var __VLS_66;
    const { default: __VLS_68 } = __VLS_nonNull(__VLS_66.slots);
    {
        const { default: __VLS_69 } = __VLS_nonNull(__VLS_66.slots);
        const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_69));
        (__VLS_unwrap(barredUntil, {})(row, __VLS_unwrap(barYears, {})));
        // @ts-ignore
        [t, t, t, t, t, t, t, view, view, barredUntil, barYears,];
    }
    // @ts-ignore
    [];
    let __VLS_70;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_71 = __VLS_asFunctionalComponent1(__VLS_70, new __VLS_70({
        // @ts-ignore
        prop: "session", label: (__VLS_unwrap(t, {})('register.session')), minWidth: "170",
    }));
    const __VLS_72 = __VLS_71({
        prop: "session",
        label: (__VLS_unwrap(t, {})('register.session')),
        minWidth: "170",
    }, ...__VLS_functionalComponentArgsRest(__VLS_71));
    let __VLS_75;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_76 = __VLS_asFunctionalComponent1(__VLS_75, new __VLS_75({
        // @ts-ignore
        prop: "reason", label: (__VLS_unwrap(t, {})('register.reason')), minWidth: "200",
    }));
    const __VLS_77 = __VLS_76({
        prop: "reason",
        label: (__VLS_unwrap(t, {})('register.reason')),
        minWidth: "200",
    }, ...__VLS_functionalComponentArgsRest(__VLS_76));
    let __VLS_80;
    /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
    elTableColumn;
    // @ts-ignore
    const __VLS_81 = __VLS_asFunctionalComponent1(__VLS_80, new __VLS_80({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('register.actions')), width: "130", fixed: "right",
    }));
    const __VLS_82 = __VLS_81({
        label: (__VLS_unwrap(t, {})('register.actions')),
        width: "130",
        fixed: "right",
    }, ...__VLS_functionalComponentArgsRest(__VLS_81));
    var __VLS_83;
    const { default: __VLS_85 } = __VLS_nonNull(__VLS_83.slots);
    {
        const { default: __VLS_86 } = __VLS_nonNull(__VLS_83.slots);
        const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_86));
        let __VLS_87;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_88 = __VLS_asFunctionalComponent1(__VLS_87, new __VLS_87({
            // @ts-ignore
            ...{ 'onClick': {} }, link: true, type: "primary", size: "small", dataTest: (`register-edit-${row.id}`),
        }));
        const __VLS_89 = __VLS_88({
            ...{ 'onClick': {} },
            link: true,
            type: "primary",
            size: "small",
            dataTest: (`register-edit-${row.id}`),
        }, ...__VLS_functionalComponentArgsRest(__VLS_88));
        let __VLS_92;
        const __VLS_93 = {
            /** @type {typeof __VLS_92.click} */
            onClick: (...[$event]) => {
                void $event;
                return (openEdit(row));
                // @ts-ignore
                [t, t, t,];
            },
        };
        void __VLS_93;
        var __VLS_90;
        var __VLS_91;
        const { default: __VLS_94 } = __VLS_nonNull(__VLS_90.slots);
        (__VLS_unwrap(t, {})("register.edit"));
        // @ts-ignore
        [t,];
        let __VLS_95;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_96 = __VLS_asFunctionalComponent1(__VLS_95, new __VLS_95({
            // @ts-ignore
            ...{ 'onClick': {} }, link: true, type: "danger", size: "small", dataTest: (`register-remove-${row.id}`),
        }));
        const __VLS_97 = __VLS_96({
            ...{ 'onClick': {} },
            link: true,
            type: "danger",
            size: "small",
            dataTest: (`register-remove-${row.id}`),
        }, ...__VLS_functionalComponentArgsRest(__VLS_96));
        let __VLS_100;
        const __VLS_101 = {
            /** @type {typeof __VLS_100.click} */
            onClick: (...[$event]) => {
                void $event;
                return (remove(row));
                // @ts-ignore
                [];
            },
        };
        void __VLS_101;
        var __VLS_98;
        var __VLS_99;
        const { default: __VLS_102 } = __VLS_nonNull(__VLS_98.slots);
        (__VLS_unwrap(t, {})("register.remove"));
        // @ts-ignore
        [t,];
        // @ts-ignore
        [];
    }
    // @ts-ignore
    [];
    // @ts-ignore
    [];
    if (view.value && view.value.audit.length) {
        let __VLS_103;
        /** @ts-ignore @type { | typeof __VLS_components.elCollapse | typeof __VLS_components.ElCollapse | typeof __VLS_components['el-collapse'] | typeof __VLS_components.elCollapse | typeof __VLS_components.ElCollapse | typeof __VLS_components['el-collapse']} */
        elCollapse;
        // @ts-ignore
        const __VLS_104 = __VLS_asFunctionalComponent1(__VLS_103, new __VLS_103({
            // @ts-ignore
            ...{ class: "log" },
        }));
        const __VLS_105 = __VLS_104({
            ...{ class: "log" },
        }, ...__VLS_functionalComponentArgsRest(__VLS_104));
        /** @type {__VLS_StyleScopedClasses['log']} */ ;
        var __VLS_106;
        const { default: __VLS_108 } = __VLS_nonNull(__VLS_106.slots);
        let __VLS_109;
        /** @ts-ignore @type { | typeof __VLS_components.elCollapseItem | typeof __VLS_components.ElCollapseItem | typeof __VLS_components['el-collapse-item'] | typeof __VLS_components.elCollapseItem | typeof __VLS_components.ElCollapseItem | typeof __VLS_components['el-collapse-item']} */
        elCollapseItem;
        // @ts-ignore
        const __VLS_110 = __VLS_asFunctionalComponent1(__VLS_109, new __VLS_109({
            // @ts-ignore
            title: (__VLS_unwrap(t, {})('register.log', { n: view.value.audit.length })), name: "log",
        }));
        const __VLS_111 = __VLS_110({
            title: (__VLS_unwrap(t, {})('register.log', { n: view.value.audit.length })),
            name: "log",
        }, ...__VLS_functionalComponentArgsRest(__VLS_110));
        var __VLS_112;
        const { default: __VLS_114 } = __VLS_nonNull(__VLS_112.slots);
        let __VLS_115;
        /** @ts-ignore @type { | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table'] | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table']} */
        elTable;
        // @ts-ignore
        const __VLS_116 = __VLS_asFunctionalComponent1(__VLS_115, new __VLS_115({
            // @ts-ignore
            data: ([...view.value.audit].reverse()), size: "small", border: true, maxHeight: "260", dataTest: "register-log",
        }));
        const __VLS_117 = __VLS_116({
            data: ([...view.value.audit].reverse()),
            size: "small",
            border: true,
            maxHeight: "260",
            dataTest: "register-log",
        }, ...__VLS_functionalComponentArgsRest(__VLS_116));
        var __VLS_118;
        const { default: __VLS_120 } = __VLS_nonNull(__VLS_118.slots);
        let __VLS_121;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_122 = __VLS_asFunctionalComponent1(__VLS_121, new __VLS_121({
            // @ts-ignore
            prop: "at", label: (__VLS_unwrap(t, {})('audit.at')), width: "190",
        }));
        const __VLS_123 = __VLS_122({
            prop: "at",
            label: (__VLS_unwrap(t, {})('audit.at')),
            width: "190",
        }, ...__VLS_functionalComponentArgsRest(__VLS_122));
        let __VLS_126;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_127 = __VLS_asFunctionalComponent1(__VLS_126, new __VLS_126({
            // @ts-ignore
            prop: "who", label: (__VLS_unwrap(t, {})('audit.who')), width: "100",
        }));
        const __VLS_128 = __VLS_127({
            prop: "who",
            label: (__VLS_unwrap(t, {})('audit.who')),
            width: "100",
        }, ...__VLS_functionalComponentArgsRest(__VLS_127));
        let __VLS_131;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_132 = __VLS_asFunctionalComponent1(__VLS_131, new __VLS_131({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('audit.action')), width: "140",
        }));
        const __VLS_133 = __VLS_132({
            label: (__VLS_unwrap(t, {})('audit.action')),
            width: "140",
        }, ...__VLS_functionalComponentArgsRest(__VLS_132));
        var __VLS_134;
        const { default: __VLS_136 } = __VLS_nonNull(__VLS_134.slots);
        {
            const { default: __VLS_137 } = __VLS_nonNull(__VLS_134.slots);
            const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_137));
            (__VLS_unwrap(actionText, {})(row.action));
            // @ts-ignore
            [t, t, t, t, view, view, view, view, actionText,];
        }
        // @ts-ignore
        [];
        let __VLS_138;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_139 = __VLS_asFunctionalComponent1(__VLS_138, new __VLS_138({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('audit.change')), minWidth: "300",
        }));
        const __VLS_140 = __VLS_139({
            label: (__VLS_unwrap(t, {})('audit.change')),
            minWidth: "300",
        }, ...__VLS_functionalComponentArgsRest(__VLS_139));
        var __VLS_141;
        const { default: __VLS_143 } = __VLS_nonNull(__VLS_141.slots);
        {
            const { default: __VLS_144 } = __VLS_nonNull(__VLS_141.slots);
            const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_144));
            __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                ...{ class: "change" },
            });
            /** @type {__VLS_StyleScopedClasses['change']} */ ;
            (row.old ? `${row.old} → ` : "");
            (row.new);
            // @ts-ignore
            [t,];
        }
        // @ts-ignore
        [];
        // @ts-ignore
        [];
        // @ts-ignore
        [];
        // @ts-ignore
        [];
    }
    let __VLS_145;
    /** @ts-ignore @type { | typeof __VLS_components.elDialog | typeof __VLS_components.ElDialog | typeof __VLS_components['el-dialog'] | typeof __VLS_components.elDialog | typeof __VLS_components.ElDialog | typeof __VLS_components['el-dialog']} */
    elDialog;
    // @ts-ignore
    const __VLS_146 = __VLS_asFunctionalComponent1(__VLS_145, new __VLS_145({
        // @ts-ignore
        modelValue: (dialog.value), title: (editingId.value === null ? __VLS_unwrap(t, {})('register.addTitle') : __VLS_unwrap(t, {})('register.editTitle')), width: "520px", dataTest: "register-dialog",
    }));
    const __VLS_147 = __VLS_146({
        modelValue: (dialog.value),
        title: (editingId.value === null ? __VLS_unwrap(t, {})('register.addTitle') : __VLS_unwrap(t, {})('register.editTitle')),
        width: "520px",
        dataTest: "register-dialog",
    }, ...__VLS_functionalComponentArgsRest(__VLS_146));
    var __VLS_148;
    const { default: __VLS_150 } = __VLS_nonNull(__VLS_148.slots);
    let __VLS_151;
    /** @ts-ignore @type { | typeof __VLS_components.elForm | typeof __VLS_components.ElForm | typeof __VLS_components['el-form'] | typeof __VLS_components.elForm | typeof __VLS_components.ElForm | typeof __VLS_components['el-form']} */
    elForm;
    // @ts-ignore
    const __VLS_152 = __VLS_asFunctionalComponent1(__VLS_151, new __VLS_151({
        // @ts-ignore
        ...{ 'onSubmit': {} }, labelWidth: "110px",
    }));
    const __VLS_153 = __VLS_152({
        ...{ 'onSubmit': {} },
        labelWidth: "110px",
    }, ...__VLS_functionalComponentArgsRest(__VLS_152));
    let __VLS_156;
    const __VLS_157 = {
        /** @type {typeof __VLS_156.submit} */
        onSubmit: () => { },
    };
    void __VLS_157;
    var __VLS_154;
    var __VLS_155;
    const { default: __VLS_158 } = __VLS_nonNull(__VLS_154.slots);
    let __VLS_159;
    /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
    elFormItem;
    // @ts-ignore
    const __VLS_160 = __VLS_asFunctionalComponent1(__VLS_159, new __VLS_159({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('register.name')), required: true,
    }));
    const __VLS_161 = __VLS_160({
        label: (__VLS_unwrap(t, {})('register.name')),
        required: true,
    }, ...__VLS_functionalComponentArgsRest(__VLS_160));
    var __VLS_162;
    const { default: __VLS_164 } = __VLS_nonNull(__VLS_162.slots);
    let __VLS_165;
    /** @ts-ignore @type { | typeof __VLS_components.elInput | typeof __VLS_components.ElInput | typeof __VLS_components['el-input']} */
    elInput;
    // @ts-ignore
    const __VLS_166 = __VLS_asFunctionalComponent1(__VLS_165, new __VLS_165({
        // @ts-ignore
        modelValue: (draft.value.name), dataTest: "register-name",
    }));
    const __VLS_167 = __VLS_166({
        modelValue: (draft.value.name),
        dataTest: "register-name",
    }, ...__VLS_functionalComponentArgsRest(__VLS_166));
    // @ts-ignore
    [t, t, t, dialog, editingId, draft,];
    let __VLS_170;
    /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
    elFormItem;
    // @ts-ignore
    const __VLS_171 = __VLS_asFunctionalComponent1(__VLS_170, new __VLS_170({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('register.school')), required: true,
    }));
    const __VLS_172 = __VLS_171({
        label: (__VLS_unwrap(t, {})('register.school')),
        required: true,
    }, ...__VLS_functionalComponentArgsRest(__VLS_171));
    var __VLS_173;
    const { default: __VLS_175 } = __VLS_nonNull(__VLS_173.slots);
    let __VLS_176;
    /** @ts-ignore @type { | typeof __VLS_components.elInput | typeof __VLS_components.ElInput | typeof __VLS_components['el-input']} */
    elInput;
    // @ts-ignore
    const __VLS_177 = __VLS_asFunctionalComponent1(__VLS_176, new __VLS_176({
        // @ts-ignore
        modelValue: (draft.value.school), dataTest: "register-school",
    }));
    const __VLS_178 = __VLS_177({
        modelValue: (draft.value.school),
        dataTest: "register-school",
    }, ...__VLS_functionalComponentArgsRest(__VLS_177));
    // @ts-ignore
    [t, draft,];
    let __VLS_181;
    /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
    elFormItem;
    // @ts-ignore
    const __VLS_182 = __VLS_asFunctionalComponent1(__VLS_181, new __VLS_181({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('register.region')),
    }));
    const __VLS_183 = __VLS_182({
        label: (__VLS_unwrap(t, {})('register.region')),
    }, ...__VLS_functionalComponentArgsRest(__VLS_182));
    var __VLS_184;
    const { default: __VLS_186 } = __VLS_nonNull(__VLS_184.slots);
    let __VLS_187;
    /** @ts-ignore @type { | typeof __VLS_components.elInput | typeof __VLS_components.ElInput | typeof __VLS_components['el-input']} */
    elInput;
    // @ts-ignore
    const __VLS_188 = __VLS_asFunctionalComponent1(__VLS_187, new __VLS_187({
        // @ts-ignore
        modelValue: (draft.value.region), dataTest: "register-region",
    }));
    const __VLS_189 = __VLS_188({
        modelValue: (draft.value.region),
        dataTest: "register-region",
    }, ...__VLS_functionalComponentArgsRest(__VLS_188));
    // @ts-ignore
    [t, draft,];
    let __VLS_192;
    /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
    elFormItem;
    // @ts-ignore
    const __VLS_193 = __VLS_asFunctionalComponent1(__VLS_192, new __VLS_192({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('register.year')), required: true,
    }));
    const __VLS_194 = __VLS_193({
        label: (__VLS_unwrap(t, {})('register.year')),
        required: true,
    }, ...__VLS_functionalComponentArgsRest(__VLS_193));
    var __VLS_195;
    const { default: __VLS_197 } = __VLS_nonNull(__VLS_195.slots);
    const __VLS_198 = NumberField;
    // @ts-ignore
    const __VLS_199 = __VLS_asFunctionalComponent1(__VLS_198, new __VLS_198({
        // @ts-ignore
        modelValue: (draft.value.year), min: (2000), max: (2100), dataTest: "register-year",
    }));
    const __VLS_200 = __VLS_199({
        modelValue: (draft.value.year),
        min: (2000),
        max: (2100),
        dataTest: "register-year",
    }, ...__VLS_functionalComponentArgsRest(__VLS_199));
    // @ts-ignore
    [t, draft,];
    let __VLS_203;
    /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
    elFormItem;
    // @ts-ignore
    const __VLS_204 = __VLS_asFunctionalComponent1(__VLS_203, new __VLS_203({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('register.session')),
    }));
    const __VLS_205 = __VLS_204({
        label: (__VLS_unwrap(t, {})('register.session')),
    }, ...__VLS_functionalComponentArgsRest(__VLS_204));
    var __VLS_206;
    const { default: __VLS_208 } = __VLS_nonNull(__VLS_206.slots);
    let __VLS_209;
    /** @ts-ignore @type { | typeof __VLS_components.elInput | typeof __VLS_components.ElInput | typeof __VLS_components['el-input']} */
    elInput;
    // @ts-ignore
    const __VLS_210 = __VLS_asFunctionalComponent1(__VLS_209, new __VLS_209({
        // @ts-ignore
        modelValue: (draft.value.session), dataTest: "register-session",
    }));
    const __VLS_211 = __VLS_210({
        modelValue: (draft.value.session),
        dataTest: "register-session",
    }, ...__VLS_functionalComponentArgsRest(__VLS_210));
    // @ts-ignore
    [t, draft,];
    let __VLS_214;
    /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
    elFormItem;
    // @ts-ignore
    const __VLS_215 = __VLS_asFunctionalComponent1(__VLS_214, new __VLS_214({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('register.reason')), required: true,
    }));
    const __VLS_216 = __VLS_215({
        label: (__VLS_unwrap(t, {})('register.reason')),
        required: true,
    }, ...__VLS_functionalComponentArgsRest(__VLS_215));
    var __VLS_217;
    const { default: __VLS_219 } = __VLS_nonNull(__VLS_217.slots);
    let __VLS_220;
    /** @ts-ignore @type { | typeof __VLS_components.elInput | typeof __VLS_components.ElInput | typeof __VLS_components['el-input']} */
    elInput;
    // @ts-ignore
    const __VLS_221 = __VLS_asFunctionalComponent1(__VLS_220, new __VLS_220({
        // @ts-ignore
        modelValue: (draft.value.reason), dataTest: "register-reason",
    }));
    const __VLS_222 = __VLS_221({
        modelValue: (draft.value.reason),
        dataTest: "register-reason",
    }, ...__VLS_functionalComponentArgsRest(__VLS_221));
    // @ts-ignore
    [t, draft,];
    if (editingId.value !== null) {
        let __VLS_225;
        /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
        elFormItem;
        // @ts-ignore
        const __VLS_226 = __VLS_asFunctionalComponent1(__VLS_225, new __VLS_225({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('register.edit')), required: true,
        }));
        const __VLS_227 = __VLS_226({
            label: (__VLS_unwrap(t, {})('register.edit')),
            required: true,
        }, ...__VLS_functionalComponentArgsRest(__VLS_226));
        var __VLS_228;
        const { default: __VLS_230 } = __VLS_nonNull(__VLS_228.slots);
        let __VLS_231;
        /** @ts-ignore @type { | typeof __VLS_components.elInput | typeof __VLS_components.ElInput | typeof __VLS_components['el-input']} */
        elInput;
        // @ts-ignore
        const __VLS_232 = __VLS_asFunctionalComponent1(__VLS_231, new __VLS_231({
            // @ts-ignore
            modelValue: (__VLS_unwrap(why, {})), placeholder: (__VLS_unwrap(t, {})('register.why')), dataTest: "register-why",
        }));
        const __VLS_233 = __VLS_232({
            modelValue: (__VLS_unwrap(why, {})),
            placeholder: (__VLS_unwrap(t, {})('register.why')),
            dataTest: "register-why",
        }, ...__VLS_functionalComponentArgsRest(__VLS_232));
        // @ts-ignore
        [t, t, editingId, why,];
    }
    // @ts-ignore
    [];
    {
        const { footer: __VLS_236 } = __VLS_nonNull(__VLS_148.slots);
        let __VLS_237;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_238 = __VLS_asFunctionalComponent1(__VLS_237, new __VLS_237({
            // @ts-ignore
            ...{ 'onClick': {} },
        }));
        const __VLS_239 = __VLS_238({
            ...{ 'onClick': {} },
        }, ...__VLS_functionalComponentArgsRest(__VLS_238));
        let __VLS_242;
        const __VLS_243 = {
            /** @type {typeof __VLS_242.click} */
            onClick: (...[$event]) => {
                void $event;
                return (dialog.value = false);
                // @ts-ignore
                [dialog,];
            },
        };
        void __VLS_243;
        var __VLS_240;
        var __VLS_241;
        const { default: __VLS_244 } = __VLS_nonNull(__VLS_240.slots);
        (__VLS_unwrap(t, {})("common.cancel"));
        // @ts-ignore
        [t,];
        let __VLS_245;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_246 = __VLS_asFunctionalComponent1(__VLS_245, new __VLS_245({
            // @ts-ignore
            ...{ 'onClick': {} }, type: "primary", disabled: (!canSave.value), dataTest: "register-save",
        }));
        const __VLS_247 = __VLS_246({
            ...{ 'onClick': {} },
            type: "primary",
            disabled: (!canSave.value),
            dataTest: "register-save",
        }, ...__VLS_functionalComponentArgsRest(__VLS_246));
        let __VLS_250;
        const __VLS_251 = {
            /** @type {typeof __VLS_250.click} */
            onClick: (save),
        };
        void __VLS_251;
        var __VLS_248;
        var __VLS_249;
        const { default: __VLS_252 } = __VLS_nonNull(__VLS_248.slots);
        (__VLS_unwrap(t, {})("common.save"));
        // @ts-ignore
        [t, canSave,];
        // @ts-ignore
        [];
    }
    // @ts-ignore
    [];
    let __VLS_253;
    /** @ts-ignore @type { | typeof __VLS_components.elDialog | typeof __VLS_components.ElDialog | typeof __VLS_components['el-dialog'] | typeof __VLS_components.elDialog | typeof __VLS_components.ElDialog | typeof __VLS_components['el-dialog']} */
    elDialog;
    // @ts-ignore
    const __VLS_254 = __VLS_asFunctionalComponent1(__VLS_253, new __VLS_253({
        // @ts-ignore
        ...{ 'onUpdate:modelValue': {} }, modelValue: (failure.value !== null), title: (__VLS_unwrap(t, {})('register.title')), width: "720px", dataTest: "register-problems",
    }));
    const __VLS_255 = __VLS_254({
        ...{ 'onUpdate:modelValue': {} },
        modelValue: (failure.value !== null),
        title: (__VLS_unwrap(t, {})('register.title')),
        width: "720px",
        dataTest: "register-problems",
    }, ...__VLS_functionalComponentArgsRest(__VLS_254));
    let __VLS_258;
    const __VLS_259 = {
        /** @type {typeof __VLS_258.'update:modelValue'} */
        'onUpdate:modelValue': (...[$event]) => {
            void $event;
            return (failure.value = null);
            // @ts-ignore
            [t, failure, failure,];
        },
    };
    void __VLS_259;
    var __VLS_256;
    var __VLS_257;
    const { default: __VLS_260 } = __VLS_nonNull(__VLS_256.slots);
    if (failure.value) {
        let __VLS_261;
        /** @ts-ignore @type { | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert']} */
        elAlert;
        // @ts-ignore
        const __VLS_262 = __VLS_asFunctionalComponent1(__VLS_261, new __VLS_261({
            // @ts-ignore
            type: "error", closable: (false), showIcon: true, title: (__VLS_unwrap(describeError, {})(__VLS_unwrap(t, {}), failure.value)), description: (__VLS_unwrap(t, {})('roster.nothingWritten')),
        }));
        const __VLS_263 = __VLS_262({
            type: "error",
            closable: (false),
            showIcon: true,
            title: (__VLS_unwrap(describeError, {})(__VLS_unwrap(t, {}), failure.value)),
            description: (__VLS_unwrap(t, {})('roster.nothingWritten')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_262));
        if (failure.value.details.length) {
            const __VLS_266 = ProblemList;
            // @ts-ignore
            const __VLS_267 = __VLS_asFunctionalComponent1(__VLS_266, new __VLS_266({
                // @ts-ignore
                problems: (failure.value.details), ...{ class: "problems" },
            }));
            const __VLS_268 = __VLS_267({
                problems: (failure.value.details),
                ...{ class: "problems" },
            }, ...__VLS_functionalComponentArgsRest(__VLS_267));
            /** @type {__VLS_StyleScopedClasses['problems']} */ ;
        }
    }
    // @ts-ignore
    [t, t, failure, failure, failure, failure, describeError,];
    // @ts-ignore
    [];
    return {};
};
void [__VLS_template];
const __VLS_export = (await import('vue')).defineComponent({});
export default {};
