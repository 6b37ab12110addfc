import { computed, onMounted, ref, watch } from "vue";
import { useT } from "./i18n";
import zhCn from "element-plus/es/locale/lang/zh-cn";
import en from "element-plus/es/locale/lang/en";
import { useLibraryStore } from "./stores/library";
import { LOCALES, saveLocale } from "./i18n";
import { describeError } from "./logic/problems";
import RubricLibrary from "./views/rubrics/RubricLibrary.vue";
import QuotaTables from "./views/quotas/QuotaTables.vue";
import SessionHome from "./views/SessionHome.vue";
import SessionSettings from "./views/SessionSettings.vue";
import RosterPage from "./views/roster/RosterPage.vue";
import JudgesPage from "./views/JudgesPage.vue";
import AssignmentPage from "./views/assignment/AssignmentPage.vue";
import JudgePage from "./views/judge/JudgePage.vue";
import ResultsPage from "./views/results/ResultsPage.vue";
import AuditPage from "./views/AuditPage.vue";
import MaterialsPage from "./views/materials/MaterialsPage.vue";
import RegisterPage from "./views/RegisterPage.vue";
import { lastOperator, rememberOperator } from "./logic/user";
import { onOperatorNeeded } from "./ipc";
import { ElMessageBox } from "element-plus";
import { useSessionStore } from "./stores/session";
const { t, locale } = useT();
const store = useLibraryStore();
const session = useSessionStore();
const SESSION_TABS = ["settings", "roster", "materials", "judges", "assignment", "results", "audit"];
const TABS = ["home", ...SESSION_TABS, "judge", "rubrics", "quotas", "register"];
const disabled = (x) => (SESSION_TABS.includes(x) && !session.current) || (x === "judge" && !session.judgeOpen);
const tab = ref("home");
const elLocale = computed(() => (locale.value === "en-US" ? en : zhCn));
const lang = computed({
    get: () => locale.value,
    set: (v) => {
        locale.value = v;
    },
});
watch(lang, (v) => {
    saveLocale(v);
    document.documentElement.lang = v;
    document.title = t("app.title");
}, { immediate: true });
/** Asks who is working (prefilled with the last name); null when the person cancels. */
async function askOperator() {
    try {
        const { value } = await ElMessageBox.prompt(t("session.operatorAsk"), t("session.operatorTitle"), {
            inputValue: lastOperator(),
            inputValidator: (v) => (v ?? "").trim() !== "" || t("session.operatorEmpty"),
            confirmButtonText: t("session.operatorOk"),
            cancelButtonText: t("common.cancel"),
            closeOnClickModal: false,
            customClass: "operator-box",
        });
        return rememberOperator(value) || null;
    }
    catch {
        return null;
    }
}
onMounted(() => {
    store.load();
    session.init();
    // the audit log names a person for every change: the first change of this run asks who
    onOperatorNeeded(askOperator);
});
const __VLS_ctx = {};
let __VLS_components;
let __VLS_intrinsics;
let __VLS_directives;
void __VLS_ctx, __VLS_components, __VLS_intrinsics, __VLS_directives;
const __VLS_template = () => {
    __VLS_withDotValue(tab, {});
    __VLS_withDotValue(session, {});
    __VLS_withDotValue(store, {});
    void {};
    /** @type {__VLS_StyleScopedClasses['tabs']} */ ;
    /** @type {__VLS_StyleScopedClasses['tabs']} */ ;
    /** @type {__VLS_StyleScopedClasses['tabs']} */ ;
    /** @type {__VLS_StyleScopedClasses['bar']} */ ;
    /** @type {__VLS_StyleScopedClasses['tabs']} */ ;
    /** @type {__VLS_StyleScopedClasses['tabs']} */ ;
    /** @type {__VLS_StyleScopedClasses['tabs']} */ ;
    let __VLS_0;
    /** @ts-ignore @type { | typeof __VLS_components.elConfigProvider | typeof __VLS_components.ElConfigProvider | typeof __VLS_components['el-config-provider'] | typeof __VLS_components.elConfigProvider | typeof __VLS_components.ElConfigProvider | typeof __VLS_components['el-config-provider']} */
    elConfigProvider;
    // @ts-ignore
    const __VLS_1 = __VLS_asFunctionalComponent1(__VLS_0, new __VLS_0({
        // @ts-ignore
        locale: (__VLS_unwrap(elLocale, {})), message: ({ max: 1, grouping: true, offset: 68 }),
    }));
    const __VLS_2 = __VLS_1({
        locale: (__VLS_unwrap(elLocale, {})),
        message: ({ max: 1, grouping: true, offset: 68 }),
    }, ...__VLS_functionalComponentArgsRest(__VLS_1));
    var __VLS_3;
    const { default: __VLS_5 } = __VLS_nonNull(__VLS_3.slots);
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "shell" },
    });
    /** @type {__VLS_StyleScopedClasses['shell']} */ ;
    __VLS_asFunctionalElement1(__VLS_intrinsics.header, __VLS_intrinsics.header)({
        ...{ class: "bar" },
    });
    /** @type {__VLS_StyleScopedClasses['bar']} */ ;
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "brand" },
    });
    /** @type {__VLS_StyleScopedClasses['brand']} */ ;
    __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
        ...{ class: "seal" },
    });
    /** @type {__VLS_StyleScopedClasses['seal']} */ ;
    (__VLS_unwrap(t, {})("app.seal"));
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({});
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "name" },
        'data-test': "app-title",
    });
    /** @type {__VLS_StyleScopedClasses['name']} */ ;
    (__VLS_unwrap(t, {})("app.title"));
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "sub" },
    });
    /** @type {__VLS_StyleScopedClasses['sub']} */ ;
    (__VLS_unwrap(t, {})("app.subtitle"));
    __VLS_asFunctionalElement1(__VLS_intrinsics.nav, __VLS_intrinsics.nav)({
        ...{ class: "tabs" },
    });
    /** @type {__VLS_StyleScopedClasses['tabs']} */ ;
    const __VLS_6 = __VLS_tryAsConstant((__VLS_unwrap(TABS, {})));
    for (const [x] of __VLS_vFor(__VLS_nonNull(__VLS_6))) {
        __VLS_asFunctionalElement1(__VLS_intrinsics.button, __VLS_intrinsics.button)({
            ...{ onClick: (...[$event]) => {
                    void $event;
                    return (tab.value = x);
                    // @ts-ignore
                    [elLocale, t, t, t, TABS, tab,];
                } },
            key: (x),
            ...{ class: ({ on: tab.value === x }) },
            disabled: (__VLS_unwrap(disabled, {})(x)),
            'data-test': (`nav-${x}`),
        });
        /** @type {__VLS_StyleScopedClasses['on']} */ ;
        (__VLS_unwrap(t, {})(`nav.${x}`));
        // @ts-ignore
        [t, tab, disabled,];
    }
    if (session.value.current?.damaged) {
        let __VLS_7;
        /** @ts-ignore @type { | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag'] | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag']} */
        elTag;
        // @ts-ignore
        const __VLS_8 = __VLS_asFunctionalComponent1(__VLS_7, new __VLS_7({
            // @ts-ignore
            type: "danger", effect: "dark", title: (session.value.current.damaged), dataTest: "read-only",
        }));
        const __VLS_9 = __VLS_8({
            type: "danger",
            effect: "dark",
            title: (session.value.current.damaged),
            dataTest: "read-only",
        }, ...__VLS_functionalComponentArgsRest(__VLS_8));
        var __VLS_10;
        const { default: __VLS_12 } = __VLS_nonNull(__VLS_10.slots);
        (__VLS_unwrap(t, {})("app.readOnlyDamaged"));
        // @ts-ignore
        [t, session, session,];
    }
    else if (session.value.current?.read_only) {
        let __VLS_13;
        /** @ts-ignore @type { | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag'] | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag']} */
        elTag;
        // @ts-ignore
        const __VLS_14 = __VLS_asFunctionalComponent1(__VLS_13, new __VLS_13({
            // @ts-ignore
            type: "warning", effect: "dark", dataTest: "read-only",
        }));
        const __VLS_15 = __VLS_14({
            type: "warning",
            effect: "dark",
            dataTest: "read-only",
        }, ...__VLS_functionalComponentArgsRest(__VLS_14));
        var __VLS_16;
        const { default: __VLS_18 } = __VLS_nonNull(__VLS_16.slots);
        (__VLS_unwrap(t, {})("app.readOnlyMedia"));
        // @ts-ignore
        [t, session,];
    }
    let __VLS_19;
    /** @ts-ignore @type { | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select'] | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select']} */
    elSelect;
    // @ts-ignore
    const __VLS_20 = __VLS_asFunctionalComponent1(__VLS_19, new __VLS_19({
        // @ts-ignore
        modelValue: (__VLS_unwrap(lang, {})), size: "small", ...{ style: {} }, 'aria-label': (__VLS_unwrap(t, {})('app.language')), dataTest: "lang",
    }));
    const __VLS_21 = __VLS_20({
        modelValue: (__VLS_unwrap(lang, {})),
        size: "small",
        ...{ style: {} },
        'aria-label': (__VLS_unwrap(t, {})('app.language')),
        dataTest: "lang",
    }, ...__VLS_functionalComponentArgsRest(__VLS_20));
    var __VLS_22;
    const { default: __VLS_24 } = __VLS_nonNull(__VLS_22.slots);
    const __VLS_25 = __VLS_tryAsConstant((__VLS_unwrap(LOCALES, {})));
    for (const [l] of __VLS_vFor(__VLS_nonNull(__VLS_25))) {
        let __VLS_26;
        /** @ts-ignore @type { | typeof __VLS_components.elOption | typeof __VLS_components.ElOption | typeof __VLS_components['el-option']} */
        elOption;
        // @ts-ignore
        const __VLS_27 = __VLS_asFunctionalComponent1(__VLS_26, new __VLS_26({
            // @ts-ignore
            key: (l), value: (l), label: (__VLS_unwrap(t, {})(`languages.${l}`)),
        }));
        const __VLS_28 = __VLS_27({
            key: (l),
            value: (l),
            label: (__VLS_unwrap(t, {})(`languages.${l}`)),
        }, ...__VLS_functionalComponentArgsRest(__VLS_27));
        // @ts-ignore
        [t, t, lang, LOCALES,];
    }
    // @ts-ignore
    [];
    __VLS_asFunctionalElement1(__VLS_intrinsics.main, __VLS_intrinsics.main)({
        ...{ class: "main" },
    });
    /** @type {__VLS_StyleScopedClasses['main']} */ ;
    if (session.value.current?.damaged) {
        let __VLS_31;
        /** @ts-ignore @type { | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert']} */
        elAlert;
        // @ts-ignore
        const __VLS_32 = __VLS_asFunctionalComponent1(__VLS_31, new __VLS_31({
            // @ts-ignore
            type: "error", closable: (false), showIcon: true, title: (__VLS_unwrap(t, {})('error.damaged')), description: (session.value.current.damaged), dataTest: "damaged-banner",
        }));
        const __VLS_33 = __VLS_32({
            type: "error",
            closable: (false),
            showIcon: true,
            title: (__VLS_unwrap(t, {})('error.damaged')),
            description: (session.value.current.damaged),
            dataTest: "damaged-banner",
        }, ...__VLS_functionalComponentArgsRest(__VLS_32));
    }
    if (store.value.error) {
        let __VLS_36;
        /** @ts-ignore @type { | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert']} */
        elAlert;
        // @ts-ignore
        const __VLS_37 = __VLS_asFunctionalComponent1(__VLS_36, new __VLS_36({
            // @ts-ignore
            type: "error", title: (__VLS_unwrap(describeError, {})(__VLS_unwrap(t, {}), store.value.error)), description: (store.value.error.message), showIcon: true,
        }));
        const __VLS_38 = __VLS_37({
            type: "error",
            title: (__VLS_unwrap(describeError, {})(__VLS_unwrap(t, {}), store.value.error)),
            description: (store.value.error.message),
            showIcon: true,
        }, ...__VLS_functionalComponentArgsRest(__VLS_37));
    }
    if (session.value.error) {
        let __VLS_41;
        /** @ts-ignore @type { | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert']} */
        elAlert;
        // @ts-ignore
        const __VLS_42 = __VLS_asFunctionalComponent1(__VLS_41, new __VLS_41({
            // @ts-ignore
            ...{ 'onClose': {} }, type: "error", title: (__VLS_unwrap(describeError, {})(__VLS_unwrap(t, {}), session.value.error)), description: (session.value.error.message), showIcon: true, closable: true, dataTest: "session-error",
        }));
        const __VLS_43 = __VLS_42({
            ...{ 'onClose': {} },
            type: "error",
            title: (__VLS_unwrap(describeError, {})(__VLS_unwrap(t, {}), session.value.error)),
            description: (session.value.error.message),
            showIcon: true,
            closable: true,
            dataTest: "session-error",
        }, ...__VLS_functionalComponentArgsRest(__VLS_42));
        let __VLS_46;
        const __VLS_47 = {
            /** @type {typeof __VLS_46.close} */
            onClose: (...[$event]) => {
                void $event;
                if (!(session.value.error))
                    throw 0;
                return (session.value.error = null);
                // @ts-ignore
                [t, t, t, session, session, session, session, session, session, store, store, store, describeError, describeError,];
            },
        };
        void __VLS_47;
        var __VLS_44;
        var __VLS_45;
    }
    if (tab.value === 'home') {
        const __VLS_48 = SessionHome;
        // @ts-ignore
        const __VLS_49 = __VLS_asFunctionalComponent1(__VLS_48, new __VLS_48({
            // @ts-ignore
            ...{ 'onOpened': {} }, ...{ 'onSheet': {} },
        }));
        const __VLS_50 = __VLS_49({
            ...{ 'onOpened': {} },
            ...{ 'onSheet': {} },
        }, ...__VLS_functionalComponentArgsRest(__VLS_49));
        let __VLS_53;
        const __VLS_54 = {
            /** @type {typeof __VLS_53.opened} */
            onOpened: (...[$event]) => {
                void $event;
                if (!(tab.value === 'home'))
                    throw 0;
                return (tab.value = 'roster');
                // @ts-ignore
                [tab, tab,];
            },
        };
        void __VLS_54;
        const __VLS_55 = {
            /** @type {typeof __VLS_53.sheet} */
            onSheet: (...[$event]) => {
                void $event;
                if (!(tab.value === 'home'))
                    throw 0;
                return (tab.value = 'judge');
                // @ts-ignore
                [tab,];
            },
        };
        void __VLS_55;
        var __VLS_51;
        var __VLS_52;
    }
    else if (tab.value === 'judge') {
        const __VLS_56 = JudgePage;
        // @ts-ignore
        const __VLS_57 = __VLS_asFunctionalComponent1(__VLS_56, new __VLS_56({
        // @ts-ignore
        }));
        const __VLS_58 = __VLS_57({}, ...__VLS_functionalComponentArgsRest(__VLS_57));
    }
    else if (tab.value === 'results') {
        const __VLS_61 = ResultsPage;
        // @ts-ignore
        const __VLS_62 = __VLS_asFunctionalComponent1(__VLS_61, new __VLS_61({
        // @ts-ignore
        }));
        const __VLS_63 = __VLS_62({}, ...__VLS_functionalComponentArgsRest(__VLS_62));
    }
    else if (tab.value === 'audit') {
        const __VLS_66 = AuditPage;
        // @ts-ignore
        const __VLS_67 = __VLS_asFunctionalComponent1(__VLS_66, new __VLS_66({
        // @ts-ignore
        }));
        const __VLS_68 = __VLS_67({}, ...__VLS_functionalComponentArgsRest(__VLS_67));
    }
    else if (tab.value === 'settings') {
        const __VLS_71 = SessionSettings;
        // @ts-ignore
        const __VLS_72 = __VLS_asFunctionalComponent1(__VLS_71, new __VLS_71({
        // @ts-ignore
        }));
        const __VLS_73 = __VLS_72({}, ...__VLS_functionalComponentArgsRest(__VLS_72));
    }
    else if (tab.value === 'roster') {
        const __VLS_76 = RosterPage;
        // @ts-ignore
        const __VLS_77 = __VLS_asFunctionalComponent1(__VLS_76, new __VLS_76({
        // @ts-ignore
        }));
        const __VLS_78 = __VLS_77({}, ...__VLS_functionalComponentArgsRest(__VLS_77));
    }
    else if (tab.value === 'materials') {
        const __VLS_81 = MaterialsPage;
        // @ts-ignore
        const __VLS_82 = __VLS_asFunctionalComponent1(__VLS_81, new __VLS_81({
        // @ts-ignore
        }));
        const __VLS_83 = __VLS_82({}, ...__VLS_functionalComponentArgsRest(__VLS_82));
    }
    else if (tab.value === 'judges') {
        const __VLS_86 = JudgesPage;
        // @ts-ignore
        const __VLS_87 = __VLS_asFunctionalComponent1(__VLS_86, new __VLS_86({
        // @ts-ignore
        }));
        const __VLS_88 = __VLS_87({}, ...__VLS_functionalComponentArgsRest(__VLS_87));
    }
    else if (tab.value === 'assignment') {
        const __VLS_91 = AssignmentPage;
        // @ts-ignore
        const __VLS_92 = __VLS_asFunctionalComponent1(__VLS_91, new __VLS_91({
        // @ts-ignore
        }));
        const __VLS_93 = __VLS_92({}, ...__VLS_functionalComponentArgsRest(__VLS_92));
    }
    else if (tab.value === 'rubrics') {
        const __VLS_96 = RubricLibrary;
        // @ts-ignore
        const __VLS_97 = __VLS_asFunctionalComponent1(__VLS_96, new __VLS_96({
        // @ts-ignore
        }));
        const __VLS_98 = __VLS_97({}, ...__VLS_functionalComponentArgsRest(__VLS_97));
    }
    else if (tab.value === 'register') {
        const __VLS_101 = RegisterPage;
        // @ts-ignore
        const __VLS_102 = __VLS_asFunctionalComponent1(__VLS_101, new __VLS_101({
        // @ts-ignore
        }));
        const __VLS_103 = __VLS_102({}, ...__VLS_functionalComponentArgsRest(__VLS_102));
    }
    else {
        const __VLS_106 = QuotaTables;
        // @ts-ignore
        const __VLS_107 = __VLS_asFunctionalComponent1(__VLS_106, new __VLS_106({
        // @ts-ignore
        }));
        const __VLS_108 = __VLS_107({}, ...__VLS_functionalComponentArgsRest(__VLS_107));
    }
    // @ts-ignore
    [tab, tab, tab, tab, tab, tab, tab, tab, tab, tab,];
    // @ts-ignore
    [];
    return {};
};
void [__VLS_template];
const __VLS_export = (await import('vue')).defineComponent({});
export default {};
