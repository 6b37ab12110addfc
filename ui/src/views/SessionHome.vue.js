import { attempt } from "../logic/attempt";
import { computed, reactive, ref, watch } from "vue";
import { useT } from "../i18n";
import { ElMessage } from "element-plus";
import { LEVELS, NEW_SESSION_CATEGORIES, commands, pickFile, pickSavePath } from "../ipc";
import ProblemList from "../components/ProblemList.vue";
import NumberField from "../components/NumberField.vue";
import { useNumberChecks } from "../logic/numberChecks";
import { useSessionStore } from "../stores/session";
import { useLibraryStore } from "../stores/library";
import { lastOperator, operatorName, rememberOperator } from "../logic/user";
import { baseName, describeError } from "../logic/problems";
const { defineEmits, } = {};
const { t } = useT();
const store = useSessionStore();
const emit = defineEmits();
const creating = ref(false);
const library = useLibraryStore();
const form = reactive({
    name: "",
    year: 2025,
    level: LEVELS[1], // 市级: the commonest panel
    quotaFrom: "table",
    table: "2024-national",
    region: "",
    quotas: Object.fromEntries(NEW_SESSION_CATEGORIES.map((c) => [c, 0])),
});
const tables = computed(() => library.library?.quotas.map((e) => e.item) ?? []);
const table = computed(() => tables.value.find((q) => q.id === form.table) ?? null);
const row = computed(() => table.value?.regions.find((r) => r.name === form.region) ?? null);
/** What the new session's quotas will be, shown before it is created. */
const preview = computed(() => form.quotaFrom === "table"
    ? (table.value?.categories ?? []).map((c) => ({ category: c, n: row.value?.counts[c] ?? 0 }))
    : NEW_SESSION_CATEGORIES.map((c) => ({ category: c, n: form.quotas[c] ?? 0 })));
const badNumber = useNumberChecks();
const canCreate = computed(() => !!form.name.trim() && !badNumber.value && (form.quotaFrom === "hand" || !!row.value));
/** A failure said in a toast (this page has no place of its own for one). */
const toast = (e) => ElMessage.error(describeError(t, e));
const FILTER = () => [{ name: t("session.fileType"), extensions: ["jpsession"] }];
async function create() {
    const path = await pickSavePath(t("session.create"), `${form.name || "session"}.jpsession`, FILTER());
    if (!path)
        return;
    await attempt(toast, async () => {
        const byTable = form.quotaFrom === "table";
        await store.opened(await commands.createSession({
            path,
            name: form.name,
            year: form.year,
            level: form.level,
            quota_table: byTable ? { table: form.table, region: form.region, per_region: false } : null,
            quotas: byTable ? [] : NEW_SESSION_CATEGORIES.map((c) => ({ category: c, quota: form.quotas[c] ?? 0 })),
        }));
        creating.value = false;
        ElMessage.success(t("session.created"));
        emit("opened");
    });
}
const demoBusy = ref(false);
async function openDemo() {
    demoBusy.value = true;
    await attempt(toast, async () => {
        await store.opened(await commands.openDemo({ scale: "city" }));
        emit("opened");
    });
    demoBusy.value = false;
}
// the audit log's hash chain, checked whenever the open session changes
const chain = ref(null);
watch(() => store.current?.path, async (path) => {
    chain.value = path ? await commands.verifyAudit().catch(() => null) : null;
}, { immediate: true });
async function backup() {
    const name = t("files.backup", { name: store.current?.settings.name ?? t("files.unnamed"), date: new Date().toISOString().slice(0, 10) });
    const path = await pickSavePath(t("session.backup"), name, FILTER());
    if (!path)
        return;
    await attempt(toast, async () => {
        await commands.backupSession({ path });
        ElMessage.success(t("session.backedUp", { path }));
    });
}
// the name typed here is this window's operator until the app closes; before it is given, the
// first change asks for it (prefilled with the last one)
const user = ref(operatorName.value);
watch(operatorName, (n) => (user.value = n));
const lastUser = lastOperator();
async function saveUser() {
    const name = rememberOperator(user.value);
    if (name)
        await commands.setUser({ name });
}
const LAST_SHEET = "jingpin.lastSheet";
const sheetFailure = ref(null);
const lastSheet = ref(localStorage.getItem(LAST_SHEET));
async function openSheet(given) {
    const path = given ?? (await pickFile(t("judge.open"), [{ name: t("judge.xlsx"), extensions: ["xlsx"] }]));
    if (!path)
        return;
    await attempt(
    // a refused sheet names every bad cell: shown, so the judge knows what to fix
    (err) => (err.details.length ? (sheetFailure.value = err) : ElMessage.error(`${describeError(t, err)}：${path}`)), async () => {
        await commands.openSheet({ path });
        localStorage.setItem(LAST_SHEET, path);
        lastSheet.value = path;
        store.judgeOpen = true;
        emit("sheet");
    });
}
async function open(path) {
    const chosen = path ?? (await pickFile(t("session.open"), FILTER()));
    if (!chosen)
        return;
    await attempt((err) => ElMessage.error(`${describeError(t, err)}：${chosen}`), async () => {
        await store.opened(await commands.openSession({ path: chosen }));
        emit("opened");
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
    __VLS_withDotValue(store, {});
    __VLS_withDotValue(chain, {});
    __VLS_withDotValue(lastUser, {});
    __VLS_withDotValue(creating, {});
    __VLS_withDotValue(lastSheet, {});
    __VLS_withDotValue(form, {});
    __VLS_withDotValue(table, {});
    __VLS_withDotValue(preview, {});
    __VLS_withDotValue(canCreate, {});
    __VLS_withDotValue(sheetFailure, {});
    void {};
    /** @type {__VLS_StyleScopedClasses['current']} */ ;
    /** @type {__VLS_StyleScopedClasses['first']} */ ;
    /** @type {__VLS_StyleScopedClasses['judge-first']} */ ;
    /** @type {__VLS_StyleScopedClasses['judge-first']} */ ;
    /** @type {__VLS_StyleScopedClasses['demo']} */ ;
    /** @type {__VLS_StyleScopedClasses['demo']} */ ;
    /** @type {__VLS_StyleScopedClasses['recent']} */ ;
    /** @type {__VLS_StyleScopedClasses['recent']} */ ;
    /** @type {__VLS_StyleScopedClasses['chain']} */ ;
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "home" },
    });
    /** @type {__VLS_StyleScopedClasses['home']} */ ;
    if (store.value.current) {
        __VLS_asFunctionalElement1(__VLS_intrinsics.section, __VLS_intrinsics.section)({
            ...{ class: "current" },
            'data-test': "current-session",
        });
        /** @type {__VLS_StyleScopedClasses['current']} */ ;
        __VLS_asFunctionalElement1(__VLS_intrinsics.h2, __VLS_intrinsics.h2)({});
        (store.value.current.settings.name);
        __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({
            ...{ class: "meta" },
        });
        /** @type {__VLS_StyleScopedClasses['meta']} */ ;
        (__VLS_unwrap(t, {})(`level.${store.value.current.settings.level}`));
        (store.value.current.settings.year);
        (__VLS_unwrap(t, {})("session.counts", { lessons: store.value.current.lessons, judges: store.value.current.judges }));
        __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({
            ...{ class: "path" },
        });
        /** @type {__VLS_StyleScopedClasses['path']} */ ;
        __VLS_asFunctionalElement1(__VLS_intrinsics.code, __VLS_intrinsics.code)({});
        (store.value.current.path);
        __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({
            ...{ class: "quotas" },
            'data-test': "current-quotas",
        });
        /** @type {__VLS_StyleScopedClasses['quotas']} */ ;
        const __VLS_0 = __VLS_tryAsConstant((store.value.current.settings.categories));
        for (const [c] of __VLS_vFor(__VLS_nonNull(__VLS_0))) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                key: (c.category),
                ...{ class: ({ zero: c.quota === 0 }) },
            });
            /** @type {__VLS_StyleScopedClasses['zero']} */ ;
            (__VLS_unwrap(t, {})(`category.${c.category}`));
            (c.quota);
            // @ts-ignore
            [store, store, store, store, store, store, store, store, t, t, t,];
        }
        let __VLS_1;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_2 = __VLS_asFunctionalComponent1(__VLS_1, new __VLS_1({
            // @ts-ignore
            ...{ 'onClick': {} }, size: "small", dataTest: "backup",
        }));
        const __VLS_3 = __VLS_2({
            ...{ 'onClick': {} },
            size: "small",
            dataTest: "backup",
        }, ...__VLS_functionalComponentArgsRest(__VLS_2));
        let __VLS_6;
        const __VLS_7 = {
            /** @type {typeof __VLS_6.click} */
            onClick: (backup),
        };
        void __VLS_7;
        var __VLS_4;
        var __VLS_5;
        const { default: __VLS_8 } = __VLS_nonNull(__VLS_4.slots);
        (__VLS_unwrap(t, {})("session.backup"));
        // @ts-ignore
        [t,];
        __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
            ...{ class: "hint backup-hint" },
        });
        /** @type {__VLS_StyleScopedClasses['hint']} */ ;
        /** @type {__VLS_StyleScopedClasses['backup-hint']} */ ;
        (__VLS_unwrap(t, {})("session.backupHint"));
        if (chain.value) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({
                ...{ class: "chain" },
                ...{ class: ({ broken: chain.value.broken_at !== null }) },
                'data-test': "audit-chain",
            });
            /** @type {__VLS_StyleScopedClasses['chain']} */ ;
            /** @type {__VLS_StyleScopedClasses['broken']} */ ;
            (chain.value.broken_at === null ? __VLS_unwrap(t, {})("session.chainOk", { rows: chain.value.rows, head: chain.value.head }) : __VLS_unwrap(t, {})("session.chainBroken", { seq: chain.value.broken_at }));
        }
    }
    if (!store.value.recent.length) {
        __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
            ...{ class: "first" },
        });
        /** @type {__VLS_StyleScopedClasses['first']} */ ;
        let __VLS_9;
        /** @ts-ignore @type { | typeof __VLS_components.elCard | typeof __VLS_components.ElCard | typeof __VLS_components['el-card'] | typeof __VLS_components.elCard | typeof __VLS_components.ElCard | typeof __VLS_components['el-card']} */
        elCard;
        // @ts-ignore
        const __VLS_10 = __VLS_asFunctionalComponent1(__VLS_9, new __VLS_9({
            // @ts-ignore
            ...{ class: "judge-first" }, shadow: "never", dataTest: "judge-offer",
        }));
        const __VLS_11 = __VLS_10({
            ...{ class: "judge-first" },
            shadow: "never",
            dataTest: "judge-offer",
        }, ...__VLS_functionalComponentArgsRest(__VLS_10));
        /** @type {__VLS_StyleScopedClasses['judge-first']} */ ;
        var __VLS_12;
        const { default: __VLS_14 } = __VLS_nonNull(__VLS_12.slots);
        __VLS_asFunctionalElement1(__VLS_intrinsics.h3, __VLS_intrinsics.h3)({});
        (__VLS_unwrap(t, {})("session.judgeTitle"));
        __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({});
        (__VLS_unwrap(t, {})("session.judgeText"));
        let __VLS_15;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_16 = __VLS_asFunctionalComponent1(__VLS_15, new __VLS_15({
            // @ts-ignore
            ...{ 'onClick': {} }, type: "success", size: "large", dataTest: "open-sheet-first",
        }));
        const __VLS_17 = __VLS_16({
            ...{ 'onClick': {} },
            type: "success",
            size: "large",
            dataTest: "open-sheet-first",
        }, ...__VLS_functionalComponentArgsRest(__VLS_16));
        let __VLS_20;
        const __VLS_21 = {
            /** @type {typeof __VLS_20.click} */
            onClick: (...[$event]) => {
                void $event;
                if (!(!store.value.recent.length))
                    throw 0;
                return (openSheet());
                // @ts-ignore
                [store, t, t, t, t, t, chain, chain, chain, chain, chain, chain,];
            },
        };
        void __VLS_21;
        var __VLS_18;
        var __VLS_19;
        const { default: __VLS_22 } = __VLS_nonNull(__VLS_18.slots);
        (__VLS_unwrap(t, {})("judge.open"));
        // @ts-ignore
        [t,];
        // @ts-ignore
        [];
        let __VLS_23;
        /** @ts-ignore @type { | typeof __VLS_components.elCard | typeof __VLS_components.ElCard | typeof __VLS_components['el-card'] | typeof __VLS_components.elCard | typeof __VLS_components.ElCard | typeof __VLS_components['el-card']} */
        elCard;
        // @ts-ignore
        const __VLS_24 = __VLS_asFunctionalComponent1(__VLS_23, new __VLS_23({
            // @ts-ignore
            ...{ class: "demo" }, shadow: "never", dataTest: "demo-offer",
        }));
        const __VLS_25 = __VLS_24({
            ...{ class: "demo" },
            shadow: "never",
            dataTest: "demo-offer",
        }, ...__VLS_functionalComponentArgsRest(__VLS_24));
        /** @type {__VLS_StyleScopedClasses['demo']} */ ;
        var __VLS_26;
        const { default: __VLS_28 } = __VLS_nonNull(__VLS_26.slots);
        __VLS_asFunctionalElement1(__VLS_intrinsics.h3, __VLS_intrinsics.h3)({});
        (__VLS_unwrap(t, {})("session.demoTitle"));
        __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({});
        (__VLS_unwrap(t, {})("session.demoText"));
        let __VLS_29;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_30 = __VLS_asFunctionalComponent1(__VLS_29, new __VLS_29({
            // @ts-ignore
            ...{ 'onClick': {} }, type: "primary", loading: (__VLS_unwrap(demoBusy, {})), dataTest: "open-demo",
        }));
        const __VLS_31 = __VLS_30({
            ...{ 'onClick': {} },
            type: "primary",
            loading: (__VLS_unwrap(demoBusy, {})),
            dataTest: "open-demo",
        }, ...__VLS_functionalComponentArgsRest(__VLS_30));
        let __VLS_34;
        const __VLS_35 = {
            /** @type {typeof __VLS_34.click} */
            onClick: (openDemo),
        };
        void __VLS_35;
        var __VLS_32;
        var __VLS_33;
        const { default: __VLS_36 } = __VLS_nonNull(__VLS_32.slots);
        (__VLS_unwrap(t, {})("session.demoOpen"));
        // @ts-ignore
        [t, t, t, demoBusy,];
        // @ts-ignore
        [];
    }
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "user" },
    });
    /** @type {__VLS_StyleScopedClasses['user']} */ ;
    __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({});
    (__VLS_unwrap(t, {})("session.user"));
    let __VLS_37;
    /** @ts-ignore @type { | typeof __VLS_components.elInput | typeof __VLS_components.ElInput | typeof __VLS_components['el-input']} */
    elInput;
    // @ts-ignore
    const __VLS_38 = __VLS_asFunctionalComponent1(__VLS_37, new __VLS_37({
        // @ts-ignore
        ...{ 'onChange': {} }, modelValue: (__VLS_unwrap(user, {})), placeholder: (lastUser.value ? __VLS_unwrap(t, {})('session.userLast', { name: lastUser.value }) : __VLS_unwrap(t, {})('session.userHint')), ...{ style: {} }, dataTest: "user-name",
    }));
    const __VLS_39 = __VLS_38({
        ...{ 'onChange': {} },
        modelValue: (__VLS_unwrap(user, {})),
        placeholder: (lastUser.value ? __VLS_unwrap(t, {})('session.userLast', { name: lastUser.value }) : __VLS_unwrap(t, {})('session.userHint')),
        ...{ style: {} },
        dataTest: "user-name",
    }, ...__VLS_functionalComponentArgsRest(__VLS_38));
    let __VLS_42;
    const __VLS_43 = {
        /** @type {typeof __VLS_42.change} */
        onChange: (saveUser),
    };
    void __VLS_43;
    var __VLS_40;
    var __VLS_41;
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "actions" },
    });
    /** @type {__VLS_StyleScopedClasses['actions']} */ ;
    let __VLS_44;
    /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
    elButton;
    // @ts-ignore
    const __VLS_45 = __VLS_asFunctionalComponent1(__VLS_44, new __VLS_44({
        // @ts-ignore
        ...{ 'onClick': {} }, type: "primary", size: "large", dataTest: "new-session",
    }));
    const __VLS_46 = __VLS_45({
        ...{ 'onClick': {} },
        type: "primary",
        size: "large",
        dataTest: "new-session",
    }, ...__VLS_functionalComponentArgsRest(__VLS_45));
    let __VLS_49;
    const __VLS_50 = {
        /** @type {typeof __VLS_49.click} */
        onClick: (...[$event]) => {
            void $event;
            return (creating.value = true);
            // @ts-ignore
            [t, t, t, user, lastUser, lastUser, creating,];
        },
    };
    void __VLS_50;
    var __VLS_47;
    var __VLS_48;
    const { default: __VLS_51 } = __VLS_nonNull(__VLS_47.slots);
    (__VLS_unwrap(t, {})("session.create"));
    // @ts-ignore
    [t,];
    let __VLS_52;
    /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
    elButton;
    // @ts-ignore
    const __VLS_53 = __VLS_asFunctionalComponent1(__VLS_52, new __VLS_52({
        // @ts-ignore
        ...{ 'onClick': {} }, size: "large", dataTest: "open-session",
    }));
    const __VLS_54 = __VLS_53({
        ...{ 'onClick': {} },
        size: "large",
        dataTest: "open-session",
    }, ...__VLS_functionalComponentArgsRest(__VLS_53));
    let __VLS_57;
    const __VLS_58 = {
        /** @type {typeof __VLS_57.click} */
        onClick: (...[$event]) => {
            void $event;
            return (open());
            // @ts-ignore
            [];
        },
    };
    void __VLS_58;
    var __VLS_55;
    var __VLS_56;
    const { default: __VLS_59 } = __VLS_nonNull(__VLS_55.slots);
    (__VLS_unwrap(t, {})("session.open"));
    // @ts-ignore
    [t,];
    let __VLS_60;
    /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
    elButton;
    // @ts-ignore
    const __VLS_61 = __VLS_asFunctionalComponent1(__VLS_60, new __VLS_60({
        // @ts-ignore
        ...{ 'onClick': {} }, size: "large", type: "success", plain: true, dataTest: "open-sheet",
    }));
    const __VLS_62 = __VLS_61({
        ...{ 'onClick': {} },
        size: "large",
        type: "success",
        plain: true,
        dataTest: "open-sheet",
    }, ...__VLS_functionalComponentArgsRest(__VLS_61));
    let __VLS_65;
    const __VLS_66 = {
        /** @type {typeof __VLS_65.click} */
        onClick: (...[$event]) => {
            void $event;
            return (openSheet());
            // @ts-ignore
            [];
        },
    };
    void __VLS_66;
    var __VLS_63;
    var __VLS_64;
    const { default: __VLS_67 } = __VLS_nonNull(__VLS_63.slots);
    (__VLS_unwrap(t, {})("judge.open"));
    // @ts-ignore
    [t,];
    if (lastSheet.value && !store.value.judgeOpen) {
        let __VLS_68;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_69 = __VLS_asFunctionalComponent1(__VLS_68, new __VLS_68({
            // @ts-ignore
            ...{ 'onClick': {} }, type: "success", ...{ class: "resume" }, dataTest: "resume-sheet",
        }));
        const __VLS_70 = __VLS_69({
            ...{ 'onClick': {} },
            type: "success",
            ...{ class: "resume" },
            dataTest: "resume-sheet",
        }, ...__VLS_functionalComponentArgsRest(__VLS_69));
        let __VLS_73;
        const __VLS_74 = {
            /** @type {typeof __VLS_73.click} */
            onClick: (...[$event]) => {
                void $event;
                if (!(lastSheet.value && !store.value.judgeOpen))
                    throw 0;
                return (openSheet(lastSheet.value));
                // @ts-ignore
                [store, lastSheet, lastSheet,];
            },
        };
        void __VLS_74;
        /** @type {__VLS_StyleScopedClasses['resume']} */ ;
        var __VLS_71;
        var __VLS_72;
        const { default: __VLS_75 } = __VLS_nonNull(__VLS_71.slots);
        (__VLS_unwrap(t, {})("judge.resume", { file: __VLS_unwrap(baseName, {})(lastSheet.value) }));
        // @ts-ignore
        [t, lastSheet, baseName,];
    }
    __VLS_asFunctionalElement1(__VLS_intrinsics.h3, __VLS_intrinsics.h3)({});
    (__VLS_unwrap(t, {})("session.recent"));
    if (!store.value.recent.length) {
        let __VLS_76;
        /** @ts-ignore @type { | typeof __VLS_components.elEmpty | typeof __VLS_components.ElEmpty | typeof __VLS_components['el-empty']} */
        elEmpty;
        // @ts-ignore
        const __VLS_77 = __VLS_asFunctionalComponent1(__VLS_76, new __VLS_76({
            // @ts-ignore
            description: (__VLS_unwrap(t, {})('session.noRecent')), imageSize: (80),
        }));
        const __VLS_78 = __VLS_77({
            description: (__VLS_unwrap(t, {})('session.noRecent')),
            imageSize: (80),
        }, ...__VLS_functionalComponentArgsRest(__VLS_77));
    }
    else {
        __VLS_asFunctionalElement1(__VLS_intrinsics.ul, __VLS_intrinsics.ul)({
            ...{ class: "recent" },
        });
        /** @type {__VLS_StyleScopedClasses['recent']} */ ;
        const __VLS_81 = __VLS_tryAsConstant((store.value.recent));
        for (const [r] of __VLS_vFor(__VLS_nonNull(__VLS_81))) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.li, __VLS_intrinsics.li)({
                key: (r.path),
            });
            __VLS_asFunctionalElement1(__VLS_intrinsics.button, __VLS_intrinsics.button)({
                ...{ onClick: (...[$event]) => {
                        void $event;
                        if (!!(!store.value.recent.length))
                            throw 0;
                        return (open(r.path));
                        // @ts-ignore
                        [store, store, t, t,];
                    } },
            });
            __VLS_asFunctionalElement1(__VLS_intrinsics.strong, __VLS_intrinsics.strong)({});
            (r.name);
            __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                ...{ class: "path" },
            });
            /** @type {__VLS_StyleScopedClasses['path']} */ ;
            (r.path);
            // @ts-ignore
            [];
        }
    }
    let __VLS_82;
    /** @ts-ignore @type { | typeof __VLS_components.elDialog | typeof __VLS_components.ElDialog | typeof __VLS_components['el-dialog'] | typeof __VLS_components.elDialog | typeof __VLS_components.ElDialog | typeof __VLS_components['el-dialog']} */
    elDialog;
    // @ts-ignore
    const __VLS_83 = __VLS_asFunctionalComponent1(__VLS_82, new __VLS_82({
        // @ts-ignore
        modelValue: (creating.value), title: (__VLS_unwrap(t, {})('session.create')), width: "560px", closeOnClickModal: (false), dataTest: "create-dialog",
    }));
    const __VLS_84 = __VLS_83({
        modelValue: (creating.value),
        title: (__VLS_unwrap(t, {})('session.create')),
        width: "560px",
        closeOnClickModal: (false),
        dataTest: "create-dialog",
    }, ...__VLS_functionalComponentArgsRest(__VLS_83));
    var __VLS_85;
    const { default: __VLS_87 } = __VLS_nonNull(__VLS_85.slots);
    let __VLS_88;
    /** @ts-ignore @type { | typeof __VLS_components.elForm | typeof __VLS_components.ElForm | typeof __VLS_components['el-form'] | typeof __VLS_components.elForm | typeof __VLS_components.ElForm | typeof __VLS_components['el-form']} */
    elForm;
    // @ts-ignore
    const __VLS_89 = __VLS_asFunctionalComponent1(__VLS_88, new __VLS_88({
        // @ts-ignore
        labelWidth: "90px",
    }));
    const __VLS_90 = __VLS_89({
        labelWidth: "90px",
    }, ...__VLS_functionalComponentArgsRest(__VLS_89));
    var __VLS_91;
    const { default: __VLS_93 } = __VLS_nonNull(__VLS_91.slots);
    let __VLS_94;
    /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
    elFormItem;
    // @ts-ignore
    const __VLS_95 = __VLS_asFunctionalComponent1(__VLS_94, new __VLS_94({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('settings.name')),
    }));
    const __VLS_96 = __VLS_95({
        label: (__VLS_unwrap(t, {})('settings.name')),
    }, ...__VLS_functionalComponentArgsRest(__VLS_95));
    var __VLS_97;
    const { default: __VLS_99 } = __VLS_nonNull(__VLS_97.slots);
    let __VLS_100;
    /** @ts-ignore @type { | typeof __VLS_components.elInput | typeof __VLS_components.ElInput | typeof __VLS_components['el-input']} */
    elInput;
    // @ts-ignore
    const __VLS_101 = __VLS_asFunctionalComponent1(__VLS_100, new __VLS_100({
        // @ts-ignore
        modelValue: (form.value.name), placeholder: (__VLS_unwrap(t, {})('session.namePlaceholder')), dataTest: "session-name",
    }));
    const __VLS_102 = __VLS_101({
        modelValue: (form.value.name),
        placeholder: (__VLS_unwrap(t, {})('session.namePlaceholder')),
        dataTest: "session-name",
    }, ...__VLS_functionalComponentArgsRest(__VLS_101));
    // @ts-ignore
    [t, t, t, creating, form,];
    let __VLS_105;
    /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
    elFormItem;
    // @ts-ignore
    const __VLS_106 = __VLS_asFunctionalComponent1(__VLS_105, new __VLS_105({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('settings.level')),
    }));
    const __VLS_107 = __VLS_106({
        label: (__VLS_unwrap(t, {})('settings.level')),
    }, ...__VLS_functionalComponentArgsRest(__VLS_106));
    var __VLS_108;
    const { default: __VLS_110 } = __VLS_nonNull(__VLS_108.slots);
    let __VLS_111;
    /** @ts-ignore @type { | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select'] | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select']} */
    elSelect;
    // @ts-ignore
    const __VLS_112 = __VLS_asFunctionalComponent1(__VLS_111, new __VLS_111({
        // @ts-ignore
        modelValue: (form.value.level),
    }));
    const __VLS_113 = __VLS_112({
        modelValue: (form.value.level),
    }, ...__VLS_functionalComponentArgsRest(__VLS_112));
    var __VLS_114;
    const { default: __VLS_116 } = __VLS_nonNull(__VLS_114.slots);
    const __VLS_117 = __VLS_tryAsConstant((__VLS_unwrap(LEVELS, {})));
    for (const [l] of __VLS_vFor(__VLS_nonNull(__VLS_117))) {
        let __VLS_118;
        /** @ts-ignore @type { | typeof __VLS_components.elOption | typeof __VLS_components.ElOption | typeof __VLS_components['el-option']} */
        elOption;
        // @ts-ignore
        const __VLS_119 = __VLS_asFunctionalComponent1(__VLS_118, new __VLS_118({
            // @ts-ignore
            key: (l), value: (l), label: (__VLS_unwrap(t, {})(`level.${l}`)),
        }));
        const __VLS_120 = __VLS_119({
            key: (l),
            value: (l),
            label: (__VLS_unwrap(t, {})(`level.${l}`)),
        }, ...__VLS_functionalComponentArgsRest(__VLS_119));
        // @ts-ignore
        [t, t, form, LEVELS,];
    }
    // @ts-ignore
    [];
    // @ts-ignore
    [];
    let __VLS_123;
    /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
    elFormItem;
    // @ts-ignore
    const __VLS_124 = __VLS_asFunctionalComponent1(__VLS_123, new __VLS_123({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('settings.year')),
    }));
    const __VLS_125 = __VLS_124({
        label: (__VLS_unwrap(t, {})('settings.year')),
    }, ...__VLS_functionalComponentArgsRest(__VLS_124));
    var __VLS_126;
    const { default: __VLS_128 } = __VLS_nonNull(__VLS_126.slots);
    const __VLS_129 = NumberField;
    // @ts-ignore
    const __VLS_130 = __VLS_asFunctionalComponent1(__VLS_129, new __VLS_129({
        // @ts-ignore
        modelValue: (form.value.year), min: (2020), max: (2100), dataTest: "new-year",
    }));
    const __VLS_131 = __VLS_130({
        modelValue: (form.value.year),
        min: (2020),
        max: (2100),
        dataTest: "new-year",
    }, ...__VLS_functionalComponentArgsRest(__VLS_130));
    // @ts-ignore
    [t, form,];
    let __VLS_134;
    /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
    elFormItem;
    // @ts-ignore
    const __VLS_135 = __VLS_asFunctionalComponent1(__VLS_134, new __VLS_134({
        // @ts-ignore
        label: (__VLS_unwrap(t, {})('session.quotaFrom')),
    }));
    const __VLS_136 = __VLS_135({
        label: (__VLS_unwrap(t, {})('session.quotaFrom')),
    }, ...__VLS_functionalComponentArgsRest(__VLS_135));
    var __VLS_137;
    const { default: __VLS_139 } = __VLS_nonNull(__VLS_137.slots);
    let __VLS_140;
    /** @ts-ignore @type { | typeof __VLS_components.elRadioGroup | typeof __VLS_components.ElRadioGroup | typeof __VLS_components['el-radio-group'] | typeof __VLS_components.elRadioGroup | typeof __VLS_components.ElRadioGroup | typeof __VLS_components['el-radio-group']} */
    elRadioGroup;
    // @ts-ignore
    const __VLS_141 = __VLS_asFunctionalComponent1(__VLS_140, new __VLS_140({
        // @ts-ignore
        modelValue: (form.value.quotaFrom), dataTest: "quota-from",
    }));
    const __VLS_142 = __VLS_141({
        modelValue: (form.value.quotaFrom),
        dataTest: "quota-from",
    }, ...__VLS_functionalComponentArgsRest(__VLS_141));
    var __VLS_143;
    const { default: __VLS_145 } = __VLS_nonNull(__VLS_143.slots);
    let __VLS_146;
    /** @ts-ignore @type { | typeof __VLS_components.elRadio | typeof __VLS_components.ElRadio | typeof __VLS_components['el-radio'] | typeof __VLS_components.elRadio | typeof __VLS_components.ElRadio | typeof __VLS_components['el-radio']} */
    elRadio;
    // @ts-ignore
    const __VLS_147 = __VLS_asFunctionalComponent1(__VLS_146, new __VLS_146({
        // @ts-ignore
        value: "table",
    }));
    const __VLS_148 = __VLS_147({
        value: "table",
    }, ...__VLS_functionalComponentArgsRest(__VLS_147));
    var __VLS_149;
    const { default: __VLS_151 } = __VLS_nonNull(__VLS_149.slots);
    (__VLS_unwrap(t, {})("session.quotaFromTable"));
    // @ts-ignore
    [t, t, form,];
    let __VLS_152;
    /** @ts-ignore @type { | typeof __VLS_components.elRadio | typeof __VLS_components.ElRadio | typeof __VLS_components['el-radio'] | typeof __VLS_components.elRadio | typeof __VLS_components.ElRadio | typeof __VLS_components['el-radio']} */
    elRadio;
    // @ts-ignore
    const __VLS_153 = __VLS_asFunctionalComponent1(__VLS_152, new __VLS_152({
        // @ts-ignore
        value: "hand", dataTest: "quota-by-hand",
    }));
    const __VLS_154 = __VLS_153({
        value: "hand",
        dataTest: "quota-by-hand",
    }, ...__VLS_functionalComponentArgsRest(__VLS_153));
    var __VLS_155;
    const { default: __VLS_157 } = __VLS_nonNull(__VLS_155.slots);
    (__VLS_unwrap(t, {})("session.quotaByHand"));
    // @ts-ignore
    [t,];
    // @ts-ignore
    [];
    // @ts-ignore
    [];
    if (form.value.quotaFrom === 'table') {
        let __VLS_158;
        /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
        elFormItem;
        // @ts-ignore
        const __VLS_159 = __VLS_asFunctionalComponent1(__VLS_158, new __VLS_158({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('session.quotaTable')),
        }));
        const __VLS_160 = __VLS_159({
            label: (__VLS_unwrap(t, {})('session.quotaTable')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_159));
        var __VLS_161;
        const { default: __VLS_163 } = __VLS_nonNull(__VLS_161.slots);
        let __VLS_164;
        /** @ts-ignore @type { | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select'] | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select']} */
        elSelect;
        // @ts-ignore
        const __VLS_165 = __VLS_asFunctionalComponent1(__VLS_164, new __VLS_164({
            // @ts-ignore
            ...{ 'onChange': {} }, modelValue: (form.value.table), dataTest: "quota-table",
        }));
        const __VLS_166 = __VLS_165({
            ...{ 'onChange': {} },
            modelValue: (form.value.table),
            dataTest: "quota-table",
        }, ...__VLS_functionalComponentArgsRest(__VLS_165));
        let __VLS_169;
        const __VLS_170 = {
            /** @type {typeof __VLS_169.change} */
            onChange: (...[$event]) => {
                void $event;
                if (!(form.value.quotaFrom === 'table'))
                    throw 0;
                return (form.value.region = '');
                // @ts-ignore
                [t, form, form, form,];
            },
        };
        void __VLS_170;
        var __VLS_167;
        var __VLS_168;
        const { default: __VLS_171 } = __VLS_nonNull(__VLS_167.slots);
        const __VLS_172 = __VLS_tryAsConstant((__VLS_unwrap(tables, {})));
        for (const [q] of __VLS_vFor(__VLS_nonNull(__VLS_172))) {
            let __VLS_173;
            /** @ts-ignore @type { | typeof __VLS_components.elOption | typeof __VLS_components.ElOption | typeof __VLS_components['el-option']} */
            elOption;
            // @ts-ignore
            const __VLS_174 = __VLS_asFunctionalComponent1(__VLS_173, new __VLS_173({
                // @ts-ignore
                key: (q.id), value: (q.id), label: (q.title),
            }));
            const __VLS_175 = __VLS_174({
                key: (q.id),
                value: (q.id),
                label: (q.title),
            }, ...__VLS_functionalComponentArgsRest(__VLS_174));
            // @ts-ignore
            [tables,];
        }
        // @ts-ignore
        [];
        // @ts-ignore
        [];
        let __VLS_178;
        /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
        elFormItem;
        // @ts-ignore
        const __VLS_179 = __VLS_asFunctionalComponent1(__VLS_178, new __VLS_178({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('session.quotaRegion')),
        }));
        const __VLS_180 = __VLS_179({
            label: (__VLS_unwrap(t, {})('session.quotaRegion')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_179));
        var __VLS_181;
        const { default: __VLS_183 } = __VLS_nonNull(__VLS_181.slots);
        let __VLS_184;
        /** @ts-ignore @type { | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select'] | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select']} */
        elSelect;
        // @ts-ignore
        const __VLS_185 = __VLS_asFunctionalComponent1(__VLS_184, new __VLS_184({
            // @ts-ignore
            modelValue: (form.value.region), filterable: true, placeholder: (__VLS_unwrap(t, {})('session.quotaRegionPick')), dataTest: "quota-region",
        }));
        const __VLS_186 = __VLS_185({
            modelValue: (form.value.region),
            filterable: true,
            placeholder: (__VLS_unwrap(t, {})('session.quotaRegionPick')),
            dataTest: "quota-region",
        }, ...__VLS_functionalComponentArgsRest(__VLS_185));
        var __VLS_187;
        const { default: __VLS_189 } = __VLS_nonNull(__VLS_187.slots);
        const __VLS_190 = __VLS_tryAsConstant((table.value?.regions ?? []));
        for (const [r] of __VLS_vFor(__VLS_nonNull(__VLS_190))) {
            let __VLS_191;
            /** @ts-ignore @type { | typeof __VLS_components.elOption | typeof __VLS_components.ElOption | typeof __VLS_components['el-option']} */
            elOption;
            // @ts-ignore
            const __VLS_192 = __VLS_asFunctionalComponent1(__VLS_191, new __VLS_191({
                // @ts-ignore
                key: (r.name), value: (r.name), label: (r.name),
            }));
            const __VLS_193 = __VLS_192({
                key: (r.name),
                value: (r.name),
                label: (r.name),
            }, ...__VLS_functionalComponentArgsRest(__VLS_192));
            // @ts-ignore
            [t, t, form, table,];
        }
        // @ts-ignore
        [];
        // @ts-ignore
        [];
    }
    else {
        const __VLS_196 = __VLS_tryAsConstant((__VLS_unwrap(NEW_SESSION_CATEGORIES, {})));
        for (const [c] of __VLS_vFor(__VLS_nonNull(__VLS_196))) {
            let __VLS_197;
            /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
            elFormItem;
            // @ts-ignore
            const __VLS_198 = __VLS_asFunctionalComponent1(__VLS_197, new __VLS_197({
                // @ts-ignore
                key: (c), label: (__VLS_unwrap(t, {})(`category.${c}`)),
            }));
            const __VLS_199 = __VLS_198({
                key: (c),
                label: (__VLS_unwrap(t, {})(`category.${c}`)),
            }, ...__VLS_functionalComponentArgsRest(__VLS_198));
            var __VLS_200;
            const { default: __VLS_202 } = __VLS_nonNull(__VLS_200.slots);
            const __VLS_203 = NumberField;
            // @ts-ignore
            const __VLS_204 = __VLS_asFunctionalComponent1(__VLS_203, new __VLS_203({
                // @ts-ignore
                modelValue: (form.value.quotas[c]), min: (0), dataTest: (`new-quota-${c}`),
            }));
            const __VLS_205 = __VLS_204({
                modelValue: (form.value.quotas[c]),
                min: (0),
                dataTest: (`new-quota-${c}`),
            }, ...__VLS_functionalComponentArgsRest(__VLS_204));
            // @ts-ignore
            [t, form, NEW_SESSION_CATEGORIES,];
            // @ts-ignore
            [];
        }
    }
    __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({
        ...{ class: "preview" },
        'data-test': "quota-preview",
    });
    /** @type {__VLS_StyleScopedClasses['preview']} */ ;
    const __VLS_208 = __VLS_tryAsConstant((preview.value));
    for (const [p] of __VLS_vFor(__VLS_nonNull(__VLS_208))) {
        __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
            key: (p.category),
            ...{ class: ({ zero: p.n === 0 }) },
        });
        /** @type {__VLS_StyleScopedClasses['zero']} */ ;
        (__VLS_unwrap(t, {})("session.quotaPreview", { category: __VLS_unwrap(t, {})(`category.${p.category}`), n: p.n }));
        // @ts-ignore
        [t, t, preview,];
    }
    if (preview.value.some((p) => p.n === 0)) {
        __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({
            ...{ class: "hint warn" },
        });
        /** @type {__VLS_StyleScopedClasses['hint']} */ ;
        /** @type {__VLS_StyleScopedClasses['warn']} */ ;
        (__VLS_unwrap(t, {})("session.quotaZeroHint"));
    }
    // @ts-ignore
    [t, preview,];
    __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({
        ...{ class: "hint" },
    });
    /** @type {__VLS_StyleScopedClasses['hint']} */ ;
    (__VLS_unwrap(t, {})("session.createHint"));
    {
        const { footer: __VLS_209 } = __VLS_nonNull(__VLS_85.slots);
        let __VLS_210;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_211 = __VLS_asFunctionalComponent1(__VLS_210, new __VLS_210({
            // @ts-ignore
            ...{ 'onClick': {} },
        }));
        const __VLS_212 = __VLS_211({
            ...{ 'onClick': {} },
        }, ...__VLS_functionalComponentArgsRest(__VLS_211));
        let __VLS_215;
        const __VLS_216 = {
            /** @type {typeof __VLS_215.click} */
            onClick: (...[$event]) => {
                void $event;
                return (creating.value = false);
                // @ts-ignore
                [t, creating,];
            },
        };
        void __VLS_216;
        var __VLS_213;
        var __VLS_214;
        const { default: __VLS_217 } = __VLS_nonNull(__VLS_213.slots);
        (__VLS_unwrap(t, {})("common.cancel"));
        // @ts-ignore
        [t,];
        let __VLS_218;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_219 = __VLS_asFunctionalComponent1(__VLS_218, new __VLS_218({
            // @ts-ignore
            ...{ 'onClick': {} }, type: "primary", disabled: (!canCreate.value), dataTest: "create-choose-where",
        }));
        const __VLS_220 = __VLS_219({
            ...{ 'onClick': {} },
            type: "primary",
            disabled: (!canCreate.value),
            dataTest: "create-choose-where",
        }, ...__VLS_functionalComponentArgsRest(__VLS_219));
        let __VLS_223;
        const __VLS_224 = {
            /** @type {typeof __VLS_223.click} */
            onClick: (create),
        };
        void __VLS_224;
        var __VLS_221;
        var __VLS_222;
        const { default: __VLS_225 } = __VLS_nonNull(__VLS_221.slots);
        (__VLS_unwrap(t, {})("session.chooseWhere"));
        // @ts-ignore
        [t, canCreate,];
        // @ts-ignore
        [];
    }
    // @ts-ignore
    [];
    let __VLS_226;
    /** @ts-ignore @type { | typeof __VLS_components.elDialog | typeof __VLS_components.ElDialog | typeof __VLS_components['el-dialog'] | typeof __VLS_components.elDialog | typeof __VLS_components.ElDialog | typeof __VLS_components['el-dialog']} */
    elDialog;
    // @ts-ignore
    const __VLS_227 = __VLS_asFunctionalComponent1(__VLS_226, new __VLS_226({
        // @ts-ignore
        ...{ 'onUpdate:modelValue': {} }, modelValue: (sheetFailure.value !== null), title: (__VLS_unwrap(t, {})('judge.open')), width: "720px", dataTest: "sheet-problems",
    }));
    const __VLS_228 = __VLS_227({
        ...{ 'onUpdate:modelValue': {} },
        modelValue: (sheetFailure.value !== null),
        title: (__VLS_unwrap(t, {})('judge.open')),
        width: "720px",
        dataTest: "sheet-problems",
    }, ...__VLS_functionalComponentArgsRest(__VLS_227));
    let __VLS_231;
    const __VLS_232 = {
        /** @type {typeof __VLS_231.'update:modelValue'} */
        'onUpdate:modelValue': (...[$event]) => {
            void $event;
            return (sheetFailure.value = null);
            // @ts-ignore
            [t, sheetFailure, sheetFailure,];
        },
    };
    void __VLS_232;
    var __VLS_229;
    var __VLS_230;
    const { default: __VLS_233 } = __VLS_nonNull(__VLS_229.slots);
    if (sheetFailure.value) {
        let __VLS_234;
        /** @ts-ignore @type { | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert']} */
        elAlert;
        // @ts-ignore
        const __VLS_235 = __VLS_asFunctionalComponent1(__VLS_234, new __VLS_234({
            // @ts-ignore
            type: "error", closable: (false), showIcon: true, title: (__VLS_unwrap(describeError, {})(__VLS_unwrap(t, {}), sheetFailure.value)), description: (__VLS_unwrap(t, {})('judge.rejectedHint')),
        }));
        const __VLS_236 = __VLS_235({
            type: "error",
            closable: (false),
            showIcon: true,
            title: (__VLS_unwrap(describeError, {})(__VLS_unwrap(t, {}), sheetFailure.value)),
            description: (__VLS_unwrap(t, {})('judge.rejectedHint')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_235));
        const __VLS_239 = ProblemList;
        // @ts-ignore
        const __VLS_240 = __VLS_asFunctionalComponent1(__VLS_239, new __VLS_239({
            // @ts-ignore
            problems: (sheetFailure.value.details), ...{ class: "problems" },
        }));
        const __VLS_241 = __VLS_240({
            problems: (sheetFailure.value.details),
            ...{ class: "problems" },
        }, ...__VLS_functionalComponentArgsRest(__VLS_240));
        /** @type {__VLS_StyleScopedClasses['problems']} */ ;
    }
    // @ts-ignore
    [t, t, sheetFailure, sheetFailure, sheetFailure, describeError,];
    // @ts-ignore
    [];
    return {};
};
void [__VLS_template];
const __VLS_export = (await import('vue')).defineComponent({
    __typeEmits: {},
});
export default {};
