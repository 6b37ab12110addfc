import { computed, onMounted, ref } from "vue";
import { useT } from "../../../i18n";
import { ElMessage } from "element-plus";
import { commands, pickFile, pickFolder, pickSavePath } from "../../../ipc";
import { attempt } from "../../../logic/attempt";
import { describeError } from "../../../logic/problems";
import { dismissalOf, evidence, flags, keyOf, matches, percent, stretches } from "../../../logic/similar";
import { useNumberChecks } from "../../../logic/numberChecks";
import NumberField from "../../../components/NumberField.vue";
import LessonDetail from "../../../components/LessonDetail.vue";
import Pager from "../../../components/Pager.vue";
import { usePages } from "../../../logic/pages";
const { t } = useT();
const view = ref(null);
const failure = ref(null);
const progress = ref(null);
const archives = ref([]);
const references = ref([]);
const years = ref(5);
const countCited = ref(false);
const badNumber = useNumberChecks();
const search = ref("");
// a finalized session refuses the veto with its own message (已定稿) in the lesson's detail
const finalized = ref(false);
const screening = computed(() => view.value?.screening ?? null);
const rows = computed(() => (screening.value?.findings ?? []).filter((f) => matches(f, search.value)));
const { page, size, shown: pageRows } = usePages(rows);
async function load() {
    await attempt(failure, async () => {
        view.value = await commands.screening();
        const s = view.value.screening;
        if (s && !archives.value.length && !references.value.length) {
            archives.value = [...s.archives];
            references.value = [...s.references];
        }
    });
}
async function addArchive(folder) {
    const path = folder
        ? await pickFolder(t("similar.archiveFolderTitle"))
        : await pickFile(t("similar.archiveTitle"), [{ name: "jparchive", extensions: ["jparchive", "sqlite"] }]);
    if (path && !archives.value.includes(path))
        archives.value.push(path);
}
async function addReference() {
    const path = await pickFolder(t("similar.referenceTitle"));
    if (path && !references.value.includes(path))
        references.value.push(path);
}
async function run() {
    if (badNumber.value || years.value === null)
        return;
    const dir = await pickFolder(t("similar.chooseTitle"));
    if (!dir)
        return;
    failure.value = null;
    progress.value = { done: 0, total: 0 };
    await attempt(failure, async () => {
        const v = await commands.screenMaterials({ dir, archives: archives.value, references: references.value, years: years.value ?? 5, count_cited: countCited.value }, (p) => (progress.value = p));
        view.value = v;
        const s = v.screening;
        if (s)
            ElMessage[s.findings.length ? "warning" : "success"](t("similar.done", { n: s.findings.length, unscreened: s.unscreened.length }));
    });
    progress.value = null;
}
async function cancel() {
    await commands.cancelScreening();
}
// what the last 存入往年档案 kept, shown until the next one (a toast alone is gone while the chair
// looks elsewhere)
const archived = ref(null);
async function archive() {
    const dir = screening.value?.root ?? (await pickFolder(t("similar.chooseTitle")));
    if (!dir)
        return;
    const path = await pickSavePath(t("similar.archiveSave"), t("similar.archiveName"), [{ name: "jparchive", extensions: ["jparchive"] }]);
    if (!path)
        return;
    progress.value = { done: 0, total: 0 };
    await attempt(failure, async () => {
        const r = await commands.archiveSession({ archive: path, dir }, (p) => (progress.value = p));
        archived.value = `${t("similar.archived", { lessons: r.lessons, documents: r.documents })} · ${path}`;
        ElMessage.success(t("similar.archived", { lessons: r.lessons, documents: r.documents }));
    });
    progress.value = null;
}
// side by side
const open = ref(null);
const texts = ref(null);
const picked = ref(null);
async function compare(f) {
    open.value = f;
    texts.value = null;
    picked.value = null;
    await attempt(failure, async () => {
        const got = await commands.screenedTexts({ a: f.a.hash, b: f.b.hash });
        if (open.value === f)
            texts.value = got;
    });
}
const left = computed(() => (open.value && texts.value ? stretches(texts.value.a, open.value.passages, "a") : []));
const right = computed(() => (open.value && texts.value ? stretches(texts.value.b, open.value.passages, "b") : []));
const textA = ref(null);
const textB = ref(null);
/** Scrolls both texts to passage `i`. */
function show(i) {
    picked.value = i;
    for (const box of [textA.value, textB.value]) {
        const mark = box?.querySelector(`[data-passage="${i}"]`);
        if (box && mark)
            box.scrollTop = mark.offsetTop - box.offsetTop - 40;
    }
}
// a finding turned into a veto: the lesson's detail with the evidence as the reason
const vetoLesson = ref(null);
const vetoEvidence = ref(null);
const vetoFinding = ref(null);
function asVeto(f, side) {
    vetoFinding.value = f;
    vetoEvidence.value = evidence(t, f, side);
    vetoLesson.value = side === "a" ? f.a.lesson : f.b.lesson;
}
async function dismiss(reason) {
    const f = vetoFinding.value;
    if (!f)
        return;
    await attempt(failure, async () => {
        view.value = await commands.dismissFinding({ key: keyOf(f), reason });
        ElMessage.success(t("similar.dismissed"));
        vetoLesson.value = null;
    });
}
function vetoed() {
    if (vetoLesson.value)
        ElMessage.success(t("similar.vetoDone", { lesson: vetoLesson.value }));
}
const dismissal = (f) => dismissalOf(f, view.value?.dismissed ?? []);
onMounted(load);
const __VLS_ctx = {};
let __VLS_components;
let __VLS_intrinsics;
let __VLS_directives;
void __VLS_ctx, __VLS_components, __VLS_intrinsics, __VLS_directives;
const __VLS_template = () => {
    __VLS_withDotValue(archives, {});
    __VLS_withDotValue(references, {});
    __VLS_withDotValue(progress, {});
    __VLS_withDotValue(screening, {});
    __VLS_withDotValue(view, {});
    __VLS_withDotValue(failure, {});
    __VLS_withDotValue(archived, {});
    __VLS_withDotValue(rows, {});
    __VLS_withDotValue(open, {});
    __VLS_withDotValue(picked, {});
    __VLS_withDotValue(vetoLesson, {});
    void {};
    /** @type {__VLS_StyleScopedClasses['compare']} */ ;
    /** @type {__VLS_StyleScopedClasses['compare']} */ ;
    /** @type {__VLS_StyleScopedClasses['passages']} */ ;
    /** @type {__VLS_StyleScopedClasses['passages']} */ ;
    /** @type {__VLS_StyleScopedClasses['picked']} */ ;
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "similar" },
        'data-test': "similar",
    });
    /** @type {__VLS_StyleScopedClasses['similar']} */ ;
    __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({
        ...{ class: "hint small" },
    });
    /** @type {__VLS_StyleScopedClasses['hint']} */ ;
    /** @type {__VLS_StyleScopedClasses['small']} */ ;
    (__VLS_unwrap(t, {})("similar.intro"));
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "sources" },
    });
    /** @type {__VLS_StyleScopedClasses['sources']} */ ;
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "source" },
    });
    /** @type {__VLS_StyleScopedClasses['source']} */ ;
    __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
        ...{ class: "label" },
    });
    /** @type {__VLS_StyleScopedClasses['label']} */ ;
    (__VLS_unwrap(t, {})("similar.archives"));
    const __VLS_0 = __VLS_tryAsConstant((archives.value));
    for (const [a, i] of __VLS_vFor(__VLS_nonNull(__VLS_0))) {
        let __VLS_1;
        /** @ts-ignore @type { | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag'] | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag']} */
        elTag;
        // @ts-ignore
        const __VLS_2 = __VLS_asFunctionalComponent1(__VLS_1, new __VLS_1({
            // @ts-ignore
            ...{ 'onClose': {} }, key: (a), closable: true, size: "small", dataTest: "similar-archive",
        }));
        const __VLS_3 = __VLS_2({
            ...{ 'onClose': {} },
            key: (a),
            closable: true,
            size: "small",
            dataTest: "similar-archive",
        }, ...__VLS_functionalComponentArgsRest(__VLS_2));
        let __VLS_6;
        const __VLS_7 = {
            /** @type {typeof __VLS_6.close} */
            onClose: (...[$event]) => {
                void $event;
                return (archives.value.splice(i, 1));
                // @ts-ignore
                [t, t, archives, archives,];
            },
        };
        void __VLS_7;
        var __VLS_4;
        var __VLS_5;
        const { default: __VLS_8 } = __VLS_nonNull(__VLS_4.slots);
        (a);
        // @ts-ignore
        [];
        // @ts-ignore
        [];
    }
    let __VLS_9;
    /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
    elButton;
    // @ts-ignore
    const __VLS_10 = __VLS_asFunctionalComponent1(__VLS_9, new __VLS_9({
        // @ts-ignore
        ...{ 'onClick': {} }, size: "small", dataTest: "add-archive",
    }));
    const __VLS_11 = __VLS_10({
        ...{ 'onClick': {} },
        size: "small",
        dataTest: "add-archive",
    }, ...__VLS_functionalComponentArgsRest(__VLS_10));
    let __VLS_14;
    const __VLS_15 = {
        /** @type {typeof __VLS_14.click} */
        onClick: (...[$event]) => {
            void $event;
            return (addArchive(false));
            // @ts-ignore
            [];
        },
    };
    void __VLS_15;
    var __VLS_12;
    var __VLS_13;
    const { default: __VLS_16 } = __VLS_nonNull(__VLS_12.slots);
    (__VLS_unwrap(t, {})("similar.addArchive"));
    // @ts-ignore
    [t,];
    let __VLS_17;
    /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
    elButton;
    // @ts-ignore
    const __VLS_18 = __VLS_asFunctionalComponent1(__VLS_17, new __VLS_17({
        // @ts-ignore
        ...{ 'onClick': {} }, size: "small", dataTest: "add-archive-folder",
    }));
    const __VLS_19 = __VLS_18({
        ...{ 'onClick': {} },
        size: "small",
        dataTest: "add-archive-folder",
    }, ...__VLS_functionalComponentArgsRest(__VLS_18));
    let __VLS_22;
    const __VLS_23 = {
        /** @type {typeof __VLS_22.click} */
        onClick: (...[$event]) => {
            void $event;
            return (addArchive(true));
            // @ts-ignore
            [];
        },
    };
    void __VLS_23;
    var __VLS_20;
    var __VLS_21;
    const { default: __VLS_24 } = __VLS_nonNull(__VLS_20.slots);
    (__VLS_unwrap(t, {})("similar.addArchiveFolder"));
    // @ts-ignore
    [t,];
    __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
        ...{ class: "label" },
    });
    /** @type {__VLS_StyleScopedClasses['label']} */ ;
    (__VLS_unwrap(t, {})("similar.years"));
    const __VLS_25 = NumberField;
    // @ts-ignore
    const __VLS_26 = __VLS_asFunctionalComponent1(__VLS_25, new __VLS_25({
        // @ts-ignore
        modelValue: (__VLS_unwrap(years, {})), min: (1), max: (20), multipleOf: (1), ...{ style: {} }, dataTest: "similar-years",
    }));
    const __VLS_27 = __VLS_26({
        modelValue: (__VLS_unwrap(years, {})),
        min: (1),
        max: (20),
        multipleOf: (1),
        ...{ style: {} },
        dataTest: "similar-years",
    }, ...__VLS_functionalComponentArgsRest(__VLS_26));
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "source" },
    });
    /** @type {__VLS_StyleScopedClasses['source']} */ ;
    __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
        ...{ class: "label" },
        title: (__VLS_unwrap(t, {})('similar.referenceHint')),
    });
    /** @type {__VLS_StyleScopedClasses['label']} */ ;
    (__VLS_unwrap(t, {})("similar.references"));
    const __VLS_30 = __VLS_tryAsConstant((references.value));
    for (const [r, i] of __VLS_vFor(__VLS_nonNull(__VLS_30))) {
        let __VLS_31;
        /** @ts-ignore @type { | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag'] | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag']} */
        elTag;
        // @ts-ignore
        const __VLS_32 = __VLS_asFunctionalComponent1(__VLS_31, new __VLS_31({
            // @ts-ignore
            ...{ 'onClose': {} }, key: (r), closable: true, size: "small", dataTest: "similar-reference",
        }));
        const __VLS_33 = __VLS_32({
            ...{ 'onClose': {} },
            key: (r),
            closable: true,
            size: "small",
            dataTest: "similar-reference",
        }, ...__VLS_functionalComponentArgsRest(__VLS_32));
        let __VLS_36;
        const __VLS_37 = {
            /** @type {typeof __VLS_36.close} */
            onClose: (...[$event]) => {
                void $event;
                return (references.value.splice(i, 1));
                // @ts-ignore
                [t, t, t, years, references, references,];
            },
        };
        void __VLS_37;
        var __VLS_34;
        var __VLS_35;
        const { default: __VLS_38 } = __VLS_nonNull(__VLS_34.slots);
        (r);
        // @ts-ignore
        [];
        // @ts-ignore
        [];
    }
    let __VLS_39;
    /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
    elButton;
    // @ts-ignore
    const __VLS_40 = __VLS_asFunctionalComponent1(__VLS_39, new __VLS_39({
        // @ts-ignore
        ...{ 'onClick': {} }, size: "small", dataTest: "add-reference",
    }));
    const __VLS_41 = __VLS_40({
        ...{ 'onClick': {} },
        size: "small",
        dataTest: "add-reference",
    }, ...__VLS_functionalComponentArgsRest(__VLS_40));
    let __VLS_44;
    const __VLS_45 = {
        /** @type {typeof __VLS_44.click} */
        onClick: (addReference),
    };
    void __VLS_45;
    var __VLS_42;
    var __VLS_43;
    const { default: __VLS_46 } = __VLS_nonNull(__VLS_42.slots);
    (__VLS_unwrap(t, {})("similar.addReference"));
    // @ts-ignore
    [t,];
    let __VLS_47;
    /** @ts-ignore @type { | typeof __VLS_components.elCheckbox | typeof __VLS_components.ElCheckbox | typeof __VLS_components['el-checkbox'] | typeof __VLS_components.elCheckbox | typeof __VLS_components.ElCheckbox | typeof __VLS_components['el-checkbox']} */
    elCheckbox;
    // @ts-ignore
    const __VLS_48 = __VLS_asFunctionalComponent1(__VLS_47, new __VLS_47({
        // @ts-ignore
        modelValue: (__VLS_unwrap(countCited, {})), size: "small", dataTest: "count-cited",
    }));
    const __VLS_49 = __VLS_48({
        modelValue: (__VLS_unwrap(countCited, {})),
        size: "small",
        dataTest: "count-cited",
    }, ...__VLS_functionalComponentArgsRest(__VLS_48));
    var __VLS_50;
    const { default: __VLS_52 } = __VLS_nonNull(__VLS_50.slots);
    (__VLS_unwrap(t, {})("similar.countCited"));
    // @ts-ignore
    [t, countCited,];
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "toolbar" },
    });
    /** @type {__VLS_StyleScopedClasses['toolbar']} */ ;
    let __VLS_53;
    /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
    elButton;
    // @ts-ignore
    const __VLS_54 = __VLS_asFunctionalComponent1(__VLS_53, new __VLS_53({
        // @ts-ignore
        ...{ 'onClick': {} }, type: "primary", loading: (progress.value !== null), disabled: (__VLS_unwrap(badNumber, {})), dataTest: "run-similar",
    }));
    const __VLS_55 = __VLS_54({
        ...{ 'onClick': {} },
        type: "primary",
        loading: (progress.value !== null),
        disabled: (__VLS_unwrap(badNumber, {})),
        dataTest: "run-similar",
    }, ...__VLS_functionalComponentArgsRest(__VLS_54));
    let __VLS_58;
    const __VLS_59 = {
        /** @type {typeof __VLS_58.click} */
        onClick: (run),
    };
    void __VLS_59;
    var __VLS_56;
    var __VLS_57;
    const { default: __VLS_60 } = __VLS_nonNull(__VLS_56.slots);
    (__VLS_unwrap(t, {})("similar.choose"));
    // @ts-ignore
    [t, progress, badNumber,];
    if (progress.value) {
        if (progress.value.total) {
            let __VLS_61;
            /** @ts-ignore @type { | typeof __VLS_components.elProgress | typeof __VLS_components.ElProgress | typeof __VLS_components['el-progress']} */
            elProgress;
            // @ts-ignore
            const __VLS_62 = __VLS_asFunctionalComponent1(__VLS_61, new __VLS_61({
                // @ts-ignore
                percentage: (Math.round((progress.value.done / progress.value.total) * 100)), strokeWidth: (14), textInside: true, ...{ class: "bar" }, dataTest: "similar-progress",
            }));
            const __VLS_63 = __VLS_62({
                percentage: (Math.round((progress.value.done / progress.value.total) * 100)),
                strokeWidth: (14),
                textInside: true,
                ...{ class: "bar" },
                dataTest: "similar-progress",
            }, ...__VLS_functionalComponentArgsRest(__VLS_62));
            /** @type {__VLS_StyleScopedClasses['bar']} */ ;
        }
        __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
            ...{ class: "hint" },
        });
        /** @type {__VLS_StyleScopedClasses['hint']} */ ;
        (__VLS_unwrap(t, {})("similar.running", progress.value));
        let __VLS_66;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_67 = __VLS_asFunctionalComponent1(__VLS_66, new __VLS_66({
            // @ts-ignore
            ...{ 'onClick': {} }, size: "small", dataTest: "cancel-similar",
        }));
        const __VLS_68 = __VLS_67({
            ...{ 'onClick': {} },
            size: "small",
            dataTest: "cancel-similar",
        }, ...__VLS_functionalComponentArgsRest(__VLS_67));
        let __VLS_71;
        const __VLS_72 = {
            /** @type {typeof __VLS_71.click} */
            onClick: (cancel),
        };
        void __VLS_72;
        var __VLS_69;
        var __VLS_70;
        const { default: __VLS_73 } = __VLS_nonNull(__VLS_69.slots);
        (__VLS_unwrap(t, {})("similar.cancel"));
        // @ts-ignore
        [t, t, progress, progress, progress, progress, progress,];
    }
    else {
        __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
            ...{ class: "hint" },
            'data-test': "similar-last",
        });
        /** @type {__VLS_StyleScopedClasses['hint']} */ ;
        (screening.value && view.value?.at ? __VLS_unwrap(t, {})("similar.lastRun", { at: view.value.at.replace("T", " ").slice(0, 16), lessons: screening.value.lessons, documents: screening.value.documents, archive: screening.value.archive_documents }) : __VLS_unwrap(t, {})("similar.never"));
    }
    __VLS_asFunctionalElement1(__VLS_intrinsics.span)({
        ...{ class: "spacer" },
    });
    /** @type {__VLS_StyleScopedClasses['spacer']} */ ;
    let __VLS_74;
    /** @ts-ignore @type { | typeof __VLS_components.elInput | typeof __VLS_components.ElInput | typeof __VLS_components['el-input']} */
    elInput;
    // @ts-ignore
    const __VLS_75 = __VLS_asFunctionalComponent1(__VLS_74, new __VLS_74({
        // @ts-ignore
        modelValue: (__VLS_unwrap(search, {})), clearable: true, size: "small", placeholder: (__VLS_unwrap(t, {})('similar.search')), ...{ style: {} }, dataTest: "similar-search",
    }));
    const __VLS_76 = __VLS_75({
        modelValue: (__VLS_unwrap(search, {})),
        clearable: true,
        size: "small",
        placeholder: (__VLS_unwrap(t, {})('similar.search')),
        ...{ style: {} },
        dataTest: "similar-search",
    }, ...__VLS_functionalComponentArgsRest(__VLS_75));
    let __VLS_79;
    /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
    elButton;
    // @ts-ignore
    const __VLS_80 = __VLS_asFunctionalComponent1(__VLS_79, new __VLS_79({
        // @ts-ignore
        ...{ 'onClick': {} }, disabled: (progress.value !== null), dataTest: "archive-session",
    }));
    const __VLS_81 = __VLS_80({
        ...{ 'onClick': {} },
        disabled: (progress.value !== null),
        dataTest: "archive-session",
    }, ...__VLS_functionalComponentArgsRest(__VLS_80));
    let __VLS_84;
    const __VLS_85 = {
        /** @type {typeof __VLS_84.click} */
        onClick: (archive),
    };
    void __VLS_85;
    var __VLS_82;
    var __VLS_83;
    const { default: __VLS_86 } = __VLS_nonNull(__VLS_82.slots);
    (__VLS_unwrap(t, {})("similar.archiveAdd"));
    // @ts-ignore
    [t, t, t, t, progress, screening, screening, screening, screening, view, view, search,];
    if (failure.value) {
        let __VLS_87;
        /** @ts-ignore @type { | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert']} */
        elAlert;
        // @ts-ignore
        const __VLS_88 = __VLS_asFunctionalComponent1(__VLS_87, new __VLS_87({
            // @ts-ignore
            ...{ 'onClose': {} }, type: "error", title: (__VLS_unwrap(describeError, {})(__VLS_unwrap(t, {}), failure.value)), description: (failure.value.message), showIcon: true,
        }));
        const __VLS_89 = __VLS_88({
            ...{ 'onClose': {} },
            type: "error",
            title: (__VLS_unwrap(describeError, {})(__VLS_unwrap(t, {}), failure.value)),
            description: (failure.value.message),
            showIcon: true,
        }, ...__VLS_functionalComponentArgsRest(__VLS_88));
        let __VLS_92;
        const __VLS_93 = {
            /** @type {typeof __VLS_92.close} */
            onClose: (...[$event]) => {
                void $event;
                if (!(failure.value))
                    throw 0;
                return (failure.value = null);
                // @ts-ignore
                [t, failure, failure, failure, failure, describeError,];
            },
        };
        void __VLS_93;
        var __VLS_90;
        var __VLS_91;
    }
    if (archived.value) {
        let __VLS_94;
        /** @ts-ignore @type { | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert']} */
        elAlert;
        // @ts-ignore
        const __VLS_95 = __VLS_asFunctionalComponent1(__VLS_94, new __VLS_94({
            // @ts-ignore
            ...{ 'onClose': {} }, type: "success", title: (archived.value), showIcon: true, dataTest: "similar-archived",
        }));
        const __VLS_96 = __VLS_95({
            ...{ 'onClose': {} },
            type: "success",
            title: (archived.value),
            showIcon: true,
            dataTest: "similar-archived",
        }, ...__VLS_functionalComponentArgsRest(__VLS_95));
        let __VLS_99;
        const __VLS_100 = {
            /** @type {typeof __VLS_99.close} */
            onClose: (...[$event]) => {
                void $event;
                if (!(archived.value))
                    throw 0;
                return (archived.value = null);
                // @ts-ignore
                [archived, archived, archived,];
            },
        };
        void __VLS_100;
        var __VLS_97;
        var __VLS_98;
    }
    if (screening.value) {
        __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({
            ...{ class: "hint small" },
        });
        /** @type {__VLS_StyleScopedClasses['hint']} */ ;
        /** @type {__VLS_StyleScopedClasses['small']} */ ;
        (__VLS_unwrap(t, {})("similar.rule", { min: screening.value.options.min_passage, total: screening.value.options.min_total, boiler: screening.value.options.boilerplate_units }));
        if (screening.value.no_folder.length) {
            let __VLS_101;
            /** @ts-ignore @type { | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert']} */
            elAlert;
            // @ts-ignore
            const __VLS_102 = __VLS_asFunctionalComponent1(__VLS_101, new __VLS_101({
                // @ts-ignore
                type: "warning", closable: (false), title: (__VLS_unwrap(t, {})('similar.noFolder', { n: screening.value.no_folder.length })),
            }));
            const __VLS_103 = __VLS_102({
                type: "warning",
                closable: (false),
                title: (__VLS_unwrap(t, {})('similar.noFolder', { n: screening.value.no_folder.length })),
            }, ...__VLS_functionalComponentArgsRest(__VLS_102));
        }
        if (!screening.value.findings.length) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({
                ...{ class: "none" },
                'data-test': "similar-none",
            });
            /** @type {__VLS_StyleScopedClasses['none']} */ ;
            (__VLS_unwrap(t, {})("similar.none"));
        }
        else {
            let __VLS_106;
            /** @ts-ignore @type { | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table'] | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table']} */
            elTable;
            // @ts-ignore
            const __VLS_107 = __VLS_asFunctionalComponent1(__VLS_106, new __VLS_106({
                // @ts-ignore
                data: (__VLS_unwrap(pageRows, {})), border: true, stripe: true, size: "small", height: "calc(100vh - 420px)", dataTest: "similar-table",
            }));
            const __VLS_108 = __VLS_107({
                data: (__VLS_unwrap(pageRows, {})),
                border: true,
                stripe: true,
                size: "small",
                height: "calc(100vh - 420px)",
                dataTest: "similar-table",
            }, ...__VLS_functionalComponentArgsRest(__VLS_107));
            var __VLS_109;
            const { default: __VLS_111 } = __VLS_nonNull(__VLS_109.slots);
            let __VLS_112;
            /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
            elTableColumn;
            // @ts-ignore
            const __VLS_113 = __VLS_asFunctionalComponent1(__VLS_112, new __VLS_112({
                // @ts-ignore
                label: (__VLS_unwrap(t, {})('similar.col.lesson')), minWidth: "190",
            }));
            const __VLS_114 = __VLS_113({
                label: (__VLS_unwrap(t, {})('similar.col.lesson')),
                minWidth: "190",
            }, ...__VLS_functionalComponentArgsRest(__VLS_113));
            var __VLS_115;
            const { default: __VLS_117 } = __VLS_nonNull(__VLS_115.slots);
            {
                const { default: __VLS_118 } = __VLS_nonNull(__VLS_115.slots);
                const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_118));
                __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({});
                __VLS_asFunctionalElement1(__VLS_intrinsics.b, __VLS_intrinsics.b)({});
                (row.a.lesson);
                (row.a.title);
                __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
                    ...{ class: "file" },
                });
                /** @type {__VLS_StyleScopedClasses['file']} */ ;
                (row.a.file);
                // @ts-ignore
                [t, t, t, t, screening, screening, screening, screening, screening, screening, screening, pageRows,];
            }
            // @ts-ignore
            [];
            let __VLS_119;
            /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
            elTableColumn;
            // @ts-ignore
            const __VLS_120 = __VLS_asFunctionalComponent1(__VLS_119, new __VLS_119({
                // @ts-ignore
                label: (__VLS_unwrap(t, {})('similar.col.source')), minWidth: "190",
            }));
            const __VLS_121 = __VLS_120({
                label: (__VLS_unwrap(t, {})('similar.col.source')),
                minWidth: "190",
            }, ...__VLS_functionalComponentArgsRest(__VLS_120));
            var __VLS_122;
            const { default: __VLS_124 } = __VLS_nonNull(__VLS_122.slots);
            {
                const { default: __VLS_125 } = __VLS_nonNull(__VLS_122.slots);
                const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_125));
                __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({});
                __VLS_asFunctionalElement1(__VLS_intrinsics.b, __VLS_intrinsics.b)({});
                (row.b.archive?.year ? `${row.b.archive.year} ` : "");
                (row.b.lesson);
                (row.b.title);
                __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
                    ...{ class: "file" },
                });
                /** @type {__VLS_StyleScopedClasses['file']} */ ;
                (row.b.file);
                // @ts-ignore
                [t,];
            }
            // @ts-ignore
            [];
            let __VLS_126;
            /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
            elTableColumn;
            // @ts-ignore
            const __VLS_127 = __VLS_asFunctionalComponent1(__VLS_126, new __VLS_126({
                // @ts-ignore
                label: (__VLS_unwrap(t, {})('similar.col.coverageA')), width: "82", align: "right",
            }));
            const __VLS_128 = __VLS_127({
                label: (__VLS_unwrap(t, {})('similar.col.coverageA')),
                width: "82",
                align: "right",
            }, ...__VLS_functionalComponentArgsRest(__VLS_127));
            var __VLS_129;
            const { default: __VLS_131 } = __VLS_nonNull(__VLS_129.slots);
            {
                const { default: __VLS_132 } = __VLS_nonNull(__VLS_129.slots);
                const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_132));
                __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                    ...{ class: ({ high: row.coverage_a >= 500 }) },
                });
                /** @type {__VLS_StyleScopedClasses['high']} */ ;
                (__VLS_unwrap(percent, {})(row.coverage_a));
                // @ts-ignore
                [t, percent,];
            }
            // @ts-ignore
            [];
            let __VLS_133;
            /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
            elTableColumn;
            // @ts-ignore
            const __VLS_134 = __VLS_asFunctionalComponent1(__VLS_133, new __VLS_133({
                // @ts-ignore
                label: (__VLS_unwrap(t, {})('similar.col.coverageB')), width: "82", align: "right",
            }));
            const __VLS_135 = __VLS_134({
                label: (__VLS_unwrap(t, {})('similar.col.coverageB')),
                width: "82",
                align: "right",
            }, ...__VLS_functionalComponentArgsRest(__VLS_134));
            var __VLS_136;
            const { default: __VLS_138 } = __VLS_nonNull(__VLS_136.slots);
            {
                const { default: __VLS_139 } = __VLS_nonNull(__VLS_136.slots);
                const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_139));
                __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                    ...{ class: ({ high: row.coverage_b >= 500 }) },
                });
                /** @type {__VLS_StyleScopedClasses['high']} */ ;
                (__VLS_unwrap(percent, {})(row.coverage_b));
                // @ts-ignore
                [t, percent,];
            }
            // @ts-ignore
            [];
            let __VLS_140;
            /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
            elTableColumn;
            // @ts-ignore
            const __VLS_141 = __VLS_asFunctionalComponent1(__VLS_140, new __VLS_140({
                // @ts-ignore
                label: (__VLS_unwrap(t, {})('similar.col.passages')), width: "56", align: "center", prop: "passages.length",
            }));
            const __VLS_142 = __VLS_141({
                label: (__VLS_unwrap(t, {})('similar.col.passages')),
                width: "56",
                align: "center",
                prop: "passages.length",
            }, ...__VLS_functionalComponentArgsRest(__VLS_141));
            let __VLS_145;
            /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
            elTableColumn;
            // @ts-ignore
            const __VLS_146 = __VLS_asFunctionalComponent1(__VLS_145, new __VLS_145({
                // @ts-ignore
                label: (__VLS_unwrap(t, {})('similar.col.flags')), minWidth: "130",
            }));
            const __VLS_147 = __VLS_146({
                label: (__VLS_unwrap(t, {})('similar.col.flags')),
                minWidth: "130",
            }, ...__VLS_functionalComponentArgsRest(__VLS_146));
            var __VLS_148;
            const { default: __VLS_150 } = __VLS_nonNull(__VLS_148.slots);
            {
                const { default: __VLS_151 } = __VLS_nonNull(__VLS_148.slots);
                const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_151));
                const __VLS_152 = __VLS_tryAsConstant((__VLS_unwrap(flags, {})(row)));
                for (const [[k, p]] of __VLS_vFor(__VLS_nonNull(__VLS_152))) {
                    let __VLS_153;
                    /** @ts-ignore @type { | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag'] | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag']} */
                    elTag;
                    // @ts-ignore
                    const __VLS_154 = __VLS_asFunctionalComponent1(__VLS_153, new __VLS_153({
                        // @ts-ignore
                        key: (k), size: "small", type: "warning", ...{ class: "flag" },
                    }));
                    const __VLS_155 = __VLS_154({
                        key: (k),
                        size: "small",
                        type: "warning",
                        ...{ class: "flag" },
                    }, ...__VLS_functionalComponentArgsRest(__VLS_154));
                    /** @type {__VLS_StyleScopedClasses['flag']} */ ;
                    var __VLS_156;
                    const { default: __VLS_158 } = __VLS_nonNull(__VLS_156.slots);
                    (__VLS_unwrap(t, {})(k, p));
                    // @ts-ignore
                    [t, t, t, flags,];
                    // @ts-ignore
                    [];
                }
                if (__VLS_unwrap(dismissal, {})(row)) {
                    let __VLS_159;
                    /** @ts-ignore @type { | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag'] | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag']} */
                    elTag;
                    // @ts-ignore
                    const __VLS_160 = __VLS_asFunctionalComponent1(__VLS_159, new __VLS_159({
                        // @ts-ignore
                        size: "small", type: "info", ...{ class: "flag" }, title: (__VLS_unwrap(t, {})('similar.dismissedBy', { who: __VLS_unwrap(dismissal, {})(row).who, at: __VLS_unwrap(dismissal, {})(row).at.slice(0, 16).replace('T', ' '), reason: __VLS_unwrap(dismissal, {})(row).reason })),
                    }));
                    const __VLS_161 = __VLS_160({
                        size: "small",
                        type: "info",
                        ...{ class: "flag" },
                        title: (__VLS_unwrap(t, {})('similar.dismissedBy', { who: __VLS_unwrap(dismissal, {})(row).who, at: __VLS_unwrap(dismissal, {})(row).at.slice(0, 16).replace('T', ' '), reason: __VLS_unwrap(dismissal, {})(row).reason })),
                    }, ...__VLS_functionalComponentArgsRest(__VLS_160));
                    /** @type {__VLS_StyleScopedClasses['flag']} */ ;
                    var __VLS_162;
                    const { default: __VLS_164 } = __VLS_nonNull(__VLS_162.slots);
                    (__VLS_unwrap(t, {})("similar.flag.dismissed"));
                    // @ts-ignore
                    [t, t, dismissal, dismissal, dismissal, dismissal,];
                }
                // @ts-ignore
                [];
            }
            // @ts-ignore
            [];
            let __VLS_165;
            /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
            elTableColumn;
            // @ts-ignore
            const __VLS_166 = __VLS_asFunctionalComponent1(__VLS_165, new __VLS_165({
                // @ts-ignore
                label: (__VLS_unwrap(t, {})('similar.col.action')), width: "96", align: "center",
            }));
            const __VLS_167 = __VLS_166({
                label: (__VLS_unwrap(t, {})('similar.col.action')),
                width: "96",
                align: "center",
            }, ...__VLS_functionalComponentArgsRest(__VLS_166));
            var __VLS_168;
            const { default: __VLS_170 } = __VLS_nonNull(__VLS_168.slots);
            {
                const { default: __VLS_171 } = __VLS_nonNull(__VLS_168.slots);
                const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_171));
                let __VLS_172;
                /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
                elButton;
                // @ts-ignore
                const __VLS_173 = __VLS_asFunctionalComponent1(__VLS_172, new __VLS_172({
                    // @ts-ignore
                    ...{ 'onClick': {} }, link: true, type: "primary", dataTest: "similar-compare",
                }));
                const __VLS_174 = __VLS_173({
                    ...{ 'onClick': {} },
                    link: true,
                    type: "primary",
                    dataTest: "similar-compare",
                }, ...__VLS_functionalComponentArgsRest(__VLS_173));
                let __VLS_177;
                const __VLS_178 = {
                    /** @type {typeof __VLS_177.click} */
                    onClick: (...[$event]) => {
                        void $event;
                        if (!(screening.value))
                            throw 0;
                        if (!!(!screening.value.findings.length))
                            throw 0;
                        return (compare(row));
                        // @ts-ignore
                        [t,];
                    },
                };
                void __VLS_178;
                var __VLS_175;
                var __VLS_176;
                const { default: __VLS_179 } = __VLS_nonNull(__VLS_175.slots);
                (__VLS_unwrap(t, {})("similar.view"));
                // @ts-ignore
                [t,];
                // @ts-ignore
                [];
            }
            // @ts-ignore
            [];
            // @ts-ignore
            [];
        }
        if (screening.value.findings.length) {
            const __VLS_180 = Pager;
            // @ts-ignore
            const __VLS_181 = __VLS_asFunctionalComponent1(__VLS_180, new __VLS_180({
                // @ts-ignore
                page: (__VLS_unwrap(page, {})), size: (__VLS_unwrap(size, {})), total: (rows.value.length),
            }));
            const __VLS_182 = __VLS_181({
                page: (__VLS_unwrap(page, {})),
                size: (__VLS_unwrap(size, {})),
                total: (rows.value.length),
            }, ...__VLS_functionalComponentArgsRest(__VLS_181));
        }
        if (screening.value.unscreened.length) {
            let __VLS_185;
            /** @ts-ignore @type { | typeof __VLS_components.elCollapse | typeof __VLS_components.ElCollapse | typeof __VLS_components['el-collapse'] | typeof __VLS_components.elCollapse | typeof __VLS_components.ElCollapse | typeof __VLS_components['el-collapse']} */
            elCollapse;
            // @ts-ignore
            const __VLS_186 = __VLS_asFunctionalComponent1(__VLS_185, new __VLS_185({
                // @ts-ignore
                ...{ class: "unscreened" },
            }));
            const __VLS_187 = __VLS_186({
                ...{ class: "unscreened" },
            }, ...__VLS_functionalComponentArgsRest(__VLS_186));
            /** @type {__VLS_StyleScopedClasses['unscreened']} */ ;
            var __VLS_188;
            const { default: __VLS_190 } = __VLS_nonNull(__VLS_188.slots);
            let __VLS_191;
            /** @ts-ignore @type { | typeof __VLS_components.elCollapseItem | typeof __VLS_components.ElCollapseItem | typeof __VLS_components['el-collapse-item'] | typeof __VLS_components.elCollapseItem | typeof __VLS_components.ElCollapseItem | typeof __VLS_components['el-collapse-item']} */
            elCollapseItem;
            // @ts-ignore
            const __VLS_192 = __VLS_asFunctionalComponent1(__VLS_191, new __VLS_191({
                // @ts-ignore
                title: (__VLS_unwrap(t, {})('similar.unscreened', { n: screening.value.unscreened.length })), name: "u", dataTest: "similar-unscreened",
            }));
            const __VLS_193 = __VLS_192({
                title: (__VLS_unwrap(t, {})('similar.unscreened', { n: screening.value.unscreened.length })),
                name: "u",
                dataTest: "similar-unscreened",
            }, ...__VLS_functionalComponentArgsRest(__VLS_192));
            var __VLS_194;
            const { default: __VLS_196 } = __VLS_nonNull(__VLS_194.slots);
            let __VLS_197;
            /** @ts-ignore @type { | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table'] | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table']} */
            elTable;
            // @ts-ignore
            const __VLS_198 = __VLS_asFunctionalComponent1(__VLS_197, new __VLS_197({
                // @ts-ignore
                data: (screening.value.unscreened), border: true, size: "small", maxHeight: "240",
            }));
            const __VLS_199 = __VLS_198({
                data: (screening.value.unscreened),
                border: true,
                size: "small",
                maxHeight: "240",
            }, ...__VLS_functionalComponentArgsRest(__VLS_198));
            var __VLS_200;
            const { default: __VLS_202 } = __VLS_nonNull(__VLS_200.slots);
            let __VLS_203;
            /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
            elTableColumn;
            // @ts-ignore
            const __VLS_204 = __VLS_asFunctionalComponent1(__VLS_203, new __VLS_203({
                // @ts-ignore
                prop: "lesson", label: (__VLS_unwrap(t, {})('similar.unscreenedCol.lesson')), width: "90",
            }));
            const __VLS_205 = __VLS_204({
                prop: "lesson",
                label: (__VLS_unwrap(t, {})('similar.unscreenedCol.lesson')),
                width: "90",
            }, ...__VLS_functionalComponentArgsRest(__VLS_204));
            let __VLS_208;
            /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
            elTableColumn;
            // @ts-ignore
            const __VLS_209 = __VLS_asFunctionalComponent1(__VLS_208, new __VLS_208({
                // @ts-ignore
                prop: "file", label: (__VLS_unwrap(t, {})('similar.unscreenedCol.file')), minWidth: "200",
            }));
            const __VLS_210 = __VLS_209({
                prop: "file",
                label: (__VLS_unwrap(t, {})('similar.unscreenedCol.file')),
                minWidth: "200",
            }, ...__VLS_functionalComponentArgsRest(__VLS_209));
            let __VLS_213;
            /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
            elTableColumn;
            // @ts-ignore
            const __VLS_214 = __VLS_asFunctionalComponent1(__VLS_213, new __VLS_213({
                // @ts-ignore
                label: (__VLS_unwrap(t, {})('similar.unscreenedCol.reason')), minWidth: "220",
            }));
            const __VLS_215 = __VLS_214({
                label: (__VLS_unwrap(t, {})('similar.unscreenedCol.reason')),
                minWidth: "220",
            }, ...__VLS_functionalComponentArgsRest(__VLS_214));
            var __VLS_216;
            const { default: __VLS_218 } = __VLS_nonNull(__VLS_216.slots);
            {
                const { default: __VLS_219 } = __VLS_nonNull(__VLS_216.slots);
                const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_219));
                (__VLS_unwrap(t, {})(`similar.reason.${row.reason}`));
                // @ts-ignore
                [t, t, t, t, t, screening, screening, screening, screening, page, size, rows,];
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
    }
    let __VLS_220;
    /** @ts-ignore @type { | typeof __VLS_components.elDialog | typeof __VLS_components.ElDialog | typeof __VLS_components['el-dialog'] | typeof __VLS_components.elDialog | typeof __VLS_components.ElDialog | typeof __VLS_components['el-dialog']} */
    elDialog;
    // @ts-ignore
    const __VLS_221 = __VLS_asFunctionalComponent1(__VLS_220, new __VLS_220({
        // @ts-ignore
        ...{ 'onClose': {} }, modelValue: (open.value !== null), title: (__VLS_unwrap(t, {})('similar.compareTitle')), width: "92%", top: "3vh", dataTest: "similar-dialog",
    }));
    const __VLS_222 = __VLS_221({
        ...{ 'onClose': {} },
        modelValue: (open.value !== null),
        title: (__VLS_unwrap(t, {})('similar.compareTitle')),
        width: "92%",
        top: "3vh",
        dataTest: "similar-dialog",
    }, ...__VLS_functionalComponentArgsRest(__VLS_221));
    let __VLS_225;
    const __VLS_226 = {
        /** @type {typeof __VLS_225.close} */
        onClose: (...[$event]) => {
            void $event;
            return (open.value = null);
            // @ts-ignore
            [t, open, open,];
        },
    };
    void __VLS_226;
    var __VLS_223;
    var __VLS_224;
    const { default: __VLS_227 } = __VLS_nonNull(__VLS_223.slots);
    if (open.value) {
        __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
            ...{ class: "compare" },
        });
        /** @type {__VLS_StyleScopedClasses['compare']} */ ;
        __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({
            ...{ class: "hint" },
        });
        /** @type {__VLS_StyleScopedClasses['hint']} */ ;
        (__VLS_unwrap(t, {})("similar.coverageLine", { a: __VLS_unwrap(percent, {})(open.value.coverage_a), b: __VLS_unwrap(percent, {})(open.value.coverage_b) }));
        __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
            ...{ class: "sides" },
        });
        /** @type {__VLS_StyleScopedClasses['sides']} */ ;
        __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
            ...{ class: "side" },
        });
        /** @type {__VLS_StyleScopedClasses['side']} */ ;
        __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
            ...{ class: "head" },
        });
        /** @type {__VLS_StyleScopedClasses['head']} */ ;
        __VLS_asFunctionalElement1(__VLS_intrinsics.b, __VLS_intrinsics.b)({});
        (__VLS_unwrap(t, {})("similar.thisLesson"));
        (open.value.a.lesson);
        (open.value.a.title);
        (open.value.a.file);
        __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
            ref: "textA",
            ...{ class: "text" },
            'data-test': "similar-text-a",
        });
        /** @type {__VLS_StyleScopedClasses['text']} */ ;
        const __VLS_228 = __VLS_tryAsConstant((__VLS_unwrap(left, {})));
        for (const [s, i] of __VLS_vFor(__VLS_nonNull(__VLS_228))) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                key: (i),
                ...{ class: ({ shared: s.passage !== null, picked: s.passage === picked.value }) },
                'data-passage': (s.passage ?? undefined),
            });
            /** @type {__VLS_StyleScopedClasses['shared']} */ ;
            /** @type {__VLS_StyleScopedClasses['picked']} */ ;
            (s.text);
            // @ts-ignore
            [t, t, percent, percent, open, open, open, open, open, open, left, picked,];
        }
        __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
            ...{ class: "side" },
        });
        /** @type {__VLS_StyleScopedClasses['side']} */ ;
        __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
            ...{ class: "head" },
        });
        /** @type {__VLS_StyleScopedClasses['head']} */ ;
        __VLS_asFunctionalElement1(__VLS_intrinsics.b, __VLS_intrinsics.b)({});
        (__VLS_unwrap(t, {})("similar.otherSide"));
        (open.value.b.archive?.year ? `${open.value.b.archive.year} ` : "");
        (open.value.b.lesson);
        (open.value.b.title);
        (open.value.b.file);
        __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
            ref: "textB",
            ...{ class: "text" },
            'data-test': "similar-text-b",
        });
        /** @type {__VLS_StyleScopedClasses['text']} */ ;
        const __VLS_229 = __VLS_tryAsConstant((__VLS_unwrap(right, {})));
        for (const [s, i] of __VLS_vFor(__VLS_nonNull(__VLS_229))) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                key: (i),
                ...{ class: ({ shared: s.passage !== null, picked: s.passage === picked.value }) },
                'data-passage': (s.passage ?? undefined),
            });
            /** @type {__VLS_StyleScopedClasses['shared']} */ ;
            /** @type {__VLS_StyleScopedClasses['picked']} */ ;
            (s.text);
            // @ts-ignore
            [t, open, open, open, open, open, picked, right,];
        }
        __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
            ...{ class: "passages" },
        });
        /** @type {__VLS_StyleScopedClasses['passages']} */ ;
        __VLS_asFunctionalElement1(__VLS_intrinsics.b, __VLS_intrinsics.b)({});
        (__VLS_unwrap(t, {})("similar.passageList", { n: open.value.passages.length }));
        __VLS_asFunctionalElement1(__VLS_intrinsics.ol, __VLS_intrinsics.ol)({
            'data-test': "similar-passages",
        });
        const __VLS_230 = __VLS_tryAsConstant((open.value.passages));
        for (const [p, i] of __VLS_vFor(__VLS_nonNull(__VLS_230))) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.li, __VLS_intrinsics.li)({
                ...{ onClick: (...[$event]) => {
                        void $event;
                        if (!(open.value))
                            throw 0;
                        return (show(i));
                        // @ts-ignore
                        [t, open, open,];
                    } },
                key: (i),
                ...{ class: ({ picked: picked.value === i }) },
            });
            /** @type {__VLS_StyleScopedClasses['picked']} */ ;
            (Array.from(p.a_text).slice(0, 70).join(""));
            (Array.from(p.a_text).length > 70 ? "…" : "");
            if (p.cited) {
                let __VLS_231;
                /** @ts-ignore @type { | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag'] | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag']} */
                elTag;
                // @ts-ignore
                const __VLS_232 = __VLS_asFunctionalComponent1(__VLS_231, new __VLS_231({
                    // @ts-ignore
                    size: "small", type: "info",
                }));
                const __VLS_233 = __VLS_232({
                    size: "small",
                    type: "info",
                }, ...__VLS_functionalComponentArgsRest(__VLS_232));
                var __VLS_234;
                const { default: __VLS_236 } = __VLS_nonNull(__VLS_234.slots);
                (__VLS_unwrap(t, {})("similar.passageCited"));
                // @ts-ignore
                [t, picked,];
            }
            // @ts-ignore
            [];
        }
    }
    {
        const { footer: __VLS_237 } = __VLS_nonNull(__VLS_223.slots);
        let __VLS_238;
        /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
        elButton;
        // @ts-ignore
        const __VLS_239 = __VLS_asFunctionalComponent1(__VLS_238, new __VLS_238({
            // @ts-ignore
            ...{ 'onClick': {} }, type: "danger", plain: true, disabled: (__VLS_unwrap(finalized, {})), dataTest: "veto-a",
        }));
        const __VLS_240 = __VLS_239({
            ...{ 'onClick': {} },
            type: "danger",
            plain: true,
            disabled: (__VLS_unwrap(finalized, {})),
            dataTest: "veto-a",
        }, ...__VLS_functionalComponentArgsRest(__VLS_239));
        let __VLS_243;
        const __VLS_244 = {
            /** @type {typeof __VLS_243.click} */
            onClick: (...[$event]) => {
                void $event;
                return (open.value && asVeto(open.value, 'a'));
                // @ts-ignore
                [open, open, finalized,];
            },
        };
        void __VLS_244;
        var __VLS_241;
        var __VLS_242;
        const { default: __VLS_245 } = __VLS_nonNull(__VLS_241.slots);
        (open.value ? __VLS_unwrap(t, {})("similar.asVeto", { lesson: open.value.a.lesson }) : "");
        // @ts-ignore
        [t, open, open,];
        if (open.value && !open.value.from_archive) {
            let __VLS_246;
            /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
            elButton;
            // @ts-ignore
            const __VLS_247 = __VLS_asFunctionalComponent1(__VLS_246, new __VLS_246({
                // @ts-ignore
                ...{ 'onClick': {} }, type: "danger", plain: true, disabled: (__VLS_unwrap(finalized, {})), dataTest: "veto-b",
            }));
            const __VLS_248 = __VLS_247({
                ...{ 'onClick': {} },
                type: "danger",
                plain: true,
                disabled: (__VLS_unwrap(finalized, {})),
                dataTest: "veto-b",
            }, ...__VLS_functionalComponentArgsRest(__VLS_247));
            let __VLS_251;
            const __VLS_252 = {
                /** @type {typeof __VLS_251.click} */
                onClick: (...[$event]) => {
                    void $event;
                    if (!(open.value && !open.value.from_archive))
                        throw 0;
                    return (open.value && asVeto(open.value, 'b'));
                    // @ts-ignore
                    [open, open, open, open, finalized,];
                },
            };
            void __VLS_252;
            var __VLS_249;
            var __VLS_250;
            const { default: __VLS_253 } = __VLS_nonNull(__VLS_249.slots);
            (__VLS_unwrap(t, {})("similar.asVeto", { lesson: open.value.b.lesson }));
            // @ts-ignore
            [t, open,];
        }
        // @ts-ignore
        [];
    }
    // @ts-ignore
    [];
    const __VLS_254 = LessonDetail;
    // @ts-ignore
    const __VLS_255 = __VLS_asFunctionalComponent1(__VLS_254, new __VLS_254({
        // @ts-ignore
        ...{ 'onClose': {} }, ...{ 'onDecided': {} }, ...{ 'onDismiss': {} }, lesson: (vetoLesson.value), finalized: (__VLS_unwrap(finalized, {})), evidence: (__VLS_unwrap(vetoEvidence, {})),
    }));
    const __VLS_256 = __VLS_255({
        ...{ 'onClose': {} },
        ...{ 'onDecided': {} },
        ...{ 'onDismiss': {} },
        lesson: (vetoLesson.value),
        finalized: (__VLS_unwrap(finalized, {})),
        evidence: (__VLS_unwrap(vetoEvidence, {})),
    }, ...__VLS_functionalComponentArgsRest(__VLS_255));
    let __VLS_259;
    const __VLS_260 = {
        /** @type {typeof __VLS_259.close} */
        onClose: (...[$event]) => {
            void $event;
            return (vetoLesson.value = null);
            // @ts-ignore
            [finalized, vetoLesson, vetoLesson, vetoEvidence,];
        },
    };
    void __VLS_260;
    const __VLS_261 = {
        /** @type {typeof __VLS_259.decided} */
        onDecided: (vetoed),
    };
    void __VLS_261;
    const __VLS_262 = {
        /** @type {typeof __VLS_259.dismiss} */
        onDismiss: (dismiss),
    };
    void __VLS_262;
    var __VLS_257;
    var __VLS_258;
    // @ts-ignore
    [];
    return {};
};
void [__VLS_template];
const __VLS_export = (await import('vue')).defineComponent({});
export default {};
