import { attempt } from "../../../logic/attempt";
import { computed } from "vue";
import { useT } from "../../../i18n";
import { ElMessage, ElMessageBox } from "element-plus";
import { commands } from "../../../ipc";
import { matchRows, pendingMatches } from "../../../logic/register";
const { defineProps, defineEmits, } = {};
const props = defineProps();
const emit = defineEmits();
const { t } = useT();
const rows = computed(() => matchRows(props.matches));
const pending = computed(() => matchRows(pendingMatches(props.matches)).length);
const title = (id) => props.lessons.find((l) => l.id === id)?.title ?? "";
async function settle(m, status) {
    const label = status === "confirmed" ? t("bar.confirmWhy") : status === "dismissed" ? t("bar.dismissWhy") : t("bar.undoWhy");
    let reason;
    try {
        const { value } = await ElMessageBox.prompt(label, `${m.teacher} · ${m.lesson}`, {
            confirmButtonText: t("common.save"),
            cancelButtonText: t("common.cancel"),
            inputValidator: (v) => (v && v.trim() ? true : label),
        });
        reason = value.trim();
    }
    catch {
        return;
    }
    await attempt((e) => emit("failed", e), async () => {
        const r = await commands.settleBarMatch({ lesson: m.lesson, teacher: m.teacher, status, reason });
        emit("update", r.matches);
        ElMessage.success(t(`bar.${status}`));
    });
}
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
    __VLS_withDotValue(rows, {});
    __VLS_withDotValue(pending, {});
    void {};
    if (rows.value.length) {
        __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
            ...{ class: "bar-matches" },
            'data-test': "bar-matches",
        });
        /** @type {__VLS_StyleScopedClasses['bar-matches']} */ ;
        let __VLS_0;
        /** @ts-ignore @type { | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert']} */
        elAlert;
        // @ts-ignore
        const __VLS_1 = __VLS_asFunctionalComponent1(__VLS_0, new __VLS_0({
            // @ts-ignore
            type: (pending.value ? 'warning' : 'info'), closable: (false), showIcon: true, title: (pending.value ? __VLS_unwrap(t, {})('bar.title', { n: pending.value }) : __VLS_unwrap(t, {})('bar.settledTitle')), dataTest: "bar-alert",
        }));
        const __VLS_2 = __VLS_1({
            type: (pending.value ? 'warning' : 'info'),
            closable: (false),
            showIcon: true,
            title: (pending.value ? __VLS_unwrap(t, {})('bar.title', { n: pending.value }) : __VLS_unwrap(t, {})('bar.settledTitle')),
            dataTest: "bar-alert",
        }, ...__VLS_functionalComponentArgsRest(__VLS_1));
        let __VLS_5;
        /** @ts-ignore @type { | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table'] | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table']} */
        elTable;
        // @ts-ignore
        const __VLS_6 = __VLS_asFunctionalComponent1(__VLS_5, new __VLS_5({
            // @ts-ignore
            data: (rows.value), size: "small", border: true, ...{ class: "table" }, dataTest: "bar-table",
        }));
        const __VLS_7 = __VLS_6({
            data: (rows.value),
            size: "small",
            border: true,
            ...{ class: "table" },
            dataTest: "bar-table",
        }, ...__VLS_functionalComponentArgsRest(__VLS_6));
        /** @type {__VLS_StyleScopedClasses['table']} */ ;
        var __VLS_8;
        const { default: __VLS_10 } = __VLS_nonNull(__VLS_8.slots);
        let __VLS_11;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_12 = __VLS_asFunctionalComponent1(__VLS_11, new __VLS_11({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('bar.lesson')), minWidth: "200",
        }));
        const __VLS_13 = __VLS_12({
            label: (__VLS_unwrap(t, {})('bar.lesson')),
            minWidth: "200",
        }, ...__VLS_functionalComponentArgsRest(__VLS_12));
        var __VLS_14;
        const { default: __VLS_16 } = __VLS_nonNull(__VLS_14.slots);
        {
            const { default: __VLS_17 } = __VLS_nonNull(__VLS_14.slots);
            const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_17));
            (row.lesson);
            (__VLS_unwrap(title, {})(row.lesson));
            // @ts-ignore
            [rows, rows, pending, pending, pending, t, t, t, title,];
        }
        // @ts-ignore
        [];
        let __VLS_18;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_19 = __VLS_asFunctionalComponent1(__VLS_18, new __VLS_18({
            // @ts-ignore
            prop: "teacher", label: (__VLS_unwrap(t, {})('bar.teacher')), width: "90",
        }));
        const __VLS_20 = __VLS_19({
            prop: "teacher",
            label: (__VLS_unwrap(t, {})('bar.teacher')),
            width: "90",
        }, ...__VLS_functionalComponentArgsRest(__VLS_19));
        let __VLS_23;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_24 = __VLS_asFunctionalComponent1(__VLS_23, new __VLS_23({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('bar.kind')), width: "190",
        }));
        const __VLS_25 = __VLS_24({
            label: (__VLS_unwrap(t, {})('bar.kind')),
            width: "190",
        }, ...__VLS_functionalComponentArgsRest(__VLS_24));
        var __VLS_26;
        const { default: __VLS_28 } = __VLS_nonNull(__VLS_26.slots);
        {
            const { default: __VLS_29 } = __VLS_nonNull(__VLS_26.slots);
            const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_29));
            let __VLS_30;
            /** @ts-ignore @type { | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag'] | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag']} */
            elTag;
            // @ts-ignore
            const __VLS_31 = __VLS_asFunctionalComponent1(__VLS_30, new __VLS_30({
                // @ts-ignore
                size: "small", type: (row.kind === 'exact' ? 'danger' : 'warning'),
            }));
            const __VLS_32 = __VLS_31({
                size: "small",
                type: (row.kind === 'exact' ? 'danger' : 'warning'),
            }, ...__VLS_functionalComponentArgsRest(__VLS_31));
            var __VLS_33;
            const { default: __VLS_35 } = __VLS_nonNull(__VLS_33.slots);
            (__VLS_unwrap(t, {})(`bar.${row.kind}`));
            // @ts-ignore
            [t, t, t,];
            // @ts-ignore
            [];
        }
        // @ts-ignore
        [];
        let __VLS_36;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_37 = __VLS_asFunctionalComponent1(__VLS_36, new __VLS_36({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('bar.entry')), minWidth: "260",
        }));
        const __VLS_38 = __VLS_37({
            label: (__VLS_unwrap(t, {})('bar.entry')),
            minWidth: "260",
        }, ...__VLS_functionalComponentArgsRest(__VLS_37));
        var __VLS_39;
        const { default: __VLS_41 } = __VLS_nonNull(__VLS_39.slots);
        {
            const { default: __VLS_42 } = __VLS_nonNull(__VLS_39.slots);
            const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_42));
            (row.entry.school);
            (row.entry.year);
            (row.entry.session);
            (row.entry.reason);
            // @ts-ignore
            [t,];
        }
        // @ts-ignore
        [];
        let __VLS_43;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_44 = __VLS_asFunctionalComponent1(__VLS_43, new __VLS_43({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('bar.status')), width: "250",
        }));
        const __VLS_45 = __VLS_44({
            label: (__VLS_unwrap(t, {})('bar.status')),
            width: "250",
        }, ...__VLS_functionalComponentArgsRest(__VLS_44));
        var __VLS_46;
        const { default: __VLS_48 } = __VLS_nonNull(__VLS_46.slots);
        {
            const { default: __VLS_49 } = __VLS_nonNull(__VLS_46.slots);
            const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_49));
            if (row.status === 'pending') {
                let __VLS_50;
                /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
                elButton;
                // @ts-ignore
                const __VLS_51 = __VLS_asFunctionalComponent1(__VLS_50, new __VLS_50({
                    // @ts-ignore
                    ...{ 'onClick': {} }, size: "small", type: "danger", dataTest: (`bar-confirm-${row.lesson}`),
                }));
                const __VLS_52 = __VLS_51({
                    ...{ 'onClick': {} },
                    size: "small",
                    type: "danger",
                    dataTest: (`bar-confirm-${row.lesson}`),
                }, ...__VLS_functionalComponentArgsRest(__VLS_51));
                let __VLS_55;
                const __VLS_56 = {
                    /** @type {typeof __VLS_55.click} */
                    onClick: (...[$event]) => {
                        void $event;
                        if (!(rows.value.length))
                            throw 0;
                        if (!(row.status === 'pending'))
                            throw 0;
                        return (settle(row, 'confirmed'));
                        // @ts-ignore
                        [t,];
                    },
                };
                void __VLS_56;
                var __VLS_53;
                var __VLS_54;
                const { default: __VLS_57 } = __VLS_nonNull(__VLS_53.slots);
                (__VLS_unwrap(t, {})("bar.confirm"));
                // @ts-ignore
                [t,];
                let __VLS_58;
                /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
                elButton;
                // @ts-ignore
                const __VLS_59 = __VLS_asFunctionalComponent1(__VLS_58, new __VLS_58({
                    // @ts-ignore
                    ...{ 'onClick': {} }, size: "small", dataTest: (`bar-dismiss-${row.lesson}`),
                }));
                const __VLS_60 = __VLS_59({
                    ...{ 'onClick': {} },
                    size: "small",
                    dataTest: (`bar-dismiss-${row.lesson}`),
                }, ...__VLS_functionalComponentArgsRest(__VLS_59));
                let __VLS_63;
                const __VLS_64 = {
                    /** @type {typeof __VLS_63.click} */
                    onClick: (...[$event]) => {
                        void $event;
                        if (!(rows.value.length))
                            throw 0;
                        if (!(row.status === 'pending'))
                            throw 0;
                        return (settle(row, 'dismissed'));
                        // @ts-ignore
                        [];
                    },
                };
                void __VLS_64;
                var __VLS_61;
                var __VLS_62;
                const { default: __VLS_65 } = __VLS_nonNull(__VLS_61.slots);
                (__VLS_unwrap(t, {})("bar.dismiss"));
                // @ts-ignore
                [t,];
            }
            else {
                let __VLS_66;
                /** @ts-ignore @type { | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag'] | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag']} */
                elTag;
                // @ts-ignore
                const __VLS_67 = __VLS_asFunctionalComponent1(__VLS_66, new __VLS_66({
                    // @ts-ignore
                    size: "small", type: (row.status === 'confirmed' ? 'danger' : 'info'), title: (row.note), dataTest: (`bar-status-${row.lesson}`),
                }));
                const __VLS_68 = __VLS_67({
                    size: "small",
                    type: (row.status === 'confirmed' ? 'danger' : 'info'),
                    title: (row.note),
                    dataTest: (`bar-status-${row.lesson}`),
                }, ...__VLS_functionalComponentArgsRest(__VLS_67));
                var __VLS_69;
                const { default: __VLS_71 } = __VLS_nonNull(__VLS_69.slots);
                (__VLS_unwrap(t, {})(`bar.${row.status}`));
                // @ts-ignore
                [t,];
                let __VLS_72;
                /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
                elButton;
                // @ts-ignore
                const __VLS_73 = __VLS_asFunctionalComponent1(__VLS_72, new __VLS_72({
                    // @ts-ignore
                    ...{ 'onClick': {} }, link: true, size: "small", dataTest: (`bar-undo-${row.lesson}`),
                }));
                const __VLS_74 = __VLS_73({
                    ...{ 'onClick': {} },
                    link: true,
                    size: "small",
                    dataTest: (`bar-undo-${row.lesson}`),
                }, ...__VLS_functionalComponentArgsRest(__VLS_73));
                let __VLS_77;
                const __VLS_78 = {
                    /** @type {typeof __VLS_77.click} */
                    onClick: (...[$event]) => {
                        void $event;
                        if (!(rows.value.length))
                            throw 0;
                        if (!!(row.status === 'pending'))
                            throw 0;
                        return (settle(row, 'pending'));
                        // @ts-ignore
                        [];
                    },
                };
                void __VLS_78;
                var __VLS_75;
                var __VLS_76;
                const { default: __VLS_79 } = __VLS_nonNull(__VLS_75.slots);
                (__VLS_unwrap(t, {})("bar.undo"));
                // @ts-ignore
                [t,];
            }
            // @ts-ignore
            [];
        }
        // @ts-ignore
        [];
        // @ts-ignore
        [];
    }
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
