import { attempt } from "../../logic/attempt";
import { computed, nextTick, onBeforeUnmount, onMounted, reactive, ref, watch } from "vue";
import { useT } from "../../i18n";
import { ElMessage } from "element-plus";
import { commands, pickFolder, pickSavePath } from "../../ipc/index";
import { baseName } from "../../logic/problems";
import { flatLessons, isComplete, parseScore, progress, total } from "./logic/judge";
import { headline } from "../../logic/problems";
import ProblemList from "../../components/ProblemList.vue";
const { t } = useT();
const view = ref(null);
const index = ref(0);
const failure = ref(null);
// per input: what is typed, and whether it is saved
const typed = reactive({});
const status = reactive({});
// per input: why the typed text was refused (shown beside the box)
const refusal = reactive({});
const vetoReason = reactive({});
// the comment and the 未评 reason as typed, per lesson (saved on change)
const commentText = reactive({});
const unscoredText = reactive({});
const inputs = ref([]);
const lessons = computed(() => (view.value ? flatLessons(view.value) : []));
const current = computed(() => lessons.value[index.value] ?? null);
const lessonInfo = computed(() => {
    const v = view.value;
    const c = current.value;
    if (!v || !c)
        return null;
    return v.categories.flatMap((x) => x.lessons).find((l) => l.id === c.id) ?? null;
});
const scores = computed(() => (current.value ? view.value?.scores[current.value.id] : undefined));
const prog = computed(() => (view.value ? progress(view.value) : { done: 0, total: 0 }));
const locked = computed(() => view.value?.locked ?? false);
const key = (i) => `${current.value?.id}:${i}`;
function loadTyped() {
    const s = scores.value;
    if (!s || !current.value)
        return;
    s.scores.forEach((v, i) => {
        typed[key(i)] = v === null ? "" : String(v);
        delete refusal[key(i)];
        if (status[key(i)] === "error")
            delete status[key(i)];
    });
    commentText[current.value.id] = s.comment ?? "";
    unscoredText[current.value.id] = s.unscored ?? "";
    for (const veto of current.value.rubric.vetoes) {
        vetoReason[`${current.value.id}:${veto.id}`] = s.vetoes.find((m) => m.veto === veto.id)?.reason ?? "";
    }
}
async function focusFirst() {
    await nextTick();
    const first = inputs.value[0];
    // focusing twice (the view loads, then the first open lesson is chosen) would select and
    // overwrite what the judge already started typing
    if (!first || document.activeElement === first)
        return;
    first.focus();
    first.select();
    reveal(first);
}
/** The box being typed into is never hidden under the sticky lesson header. */
function reveal(el) {
    el.scrollIntoView?.({ block: "center", inline: "nearest" });
}
onMounted(async () => {
    await attempt(failure, async () => {
        view.value = (await commands.judgeView()).view;
        const firstOpen = lessons.value.findIndex((l) => !isComplete(view.value?.scores[l.id]));
        index.value = Math.max(0, firstOpen);
    });
    window.addEventListener("keydown", onKey);
});
onBeforeUnmount(() => window.removeEventListener("keydown", onKey));
const materials = ref([]);
async function loadMaterials() {
    materials.value = current.value && view.value?.materials ? (await commands.judgeMaterials({ lesson: current.value.id })).files : [];
}
async function chooseMaterials() {
    const dir = await pickFolder(t("judge.materialsPick"));
    if (!dir)
        return;
    view.value = await commands.judgeSetMaterials({ path: dir });
    await loadMaterials();
}
async function openMaterial(path) {
    await attempt(failure, async () => {
        await commands.openMaterial({ path });
    });
}
watch(current, () => {
    loadTyped();
    focusFirst();
    loadMaterials();
}, { immediate: false });
watch(view, (v, old) => {
    if (v && !old) {
        loadTyped();
        focusFirst();
        loadMaterials();
    }
});
function stored(lesson, s) {
    if (view.value)
        view.value.scores[lesson] = s;
}
async function saveScore(i) {
    const c = current.value;
    if (!c || locked.value)
        return true;
    const ind = c.rubric.indicators[i];
    const parsed = parseScore(typed[key(i)] ?? "", ind.weight, c.rubric.step);
    const k = key(i);
    if (!parsed.ok) {
        // refused beside the box; the typed text stays for correction and nothing is saved
        status[k] = "error";
        refusal[k] = t(`judge.bad.${parsed.reason}`, { max: ind.weight, step: c.rubric.step });
        return false;
    }
    delete refusal[k];
    if (scores.value?.scores[i] === parsed.value) {
        // an empty box of a lesson not yet scored is not "saved": no ✓ for what was never typed
        if (parsed.value === null)
            delete status[k];
        else
            status[k] = "saved";
        return true;
    }
    status[k] = "saving";
    const saved = await attempt((e) => {
        status[k] = "error";
        failure.value = e;
    }, async () => {
        stored(c.id, await commands.judgeSetScore({ lesson: c.id, indicator: i, value: parsed.value }));
        status[k] = "saved";
        return true;
    });
    return saved ?? false;
}
async function onEnter(i) {
    if (!(await saveScore(i)))
        return;
    if (i + 1 < inputs.value.length) {
        inputs.value[i + 1].focus();
        inputs.value[i + 1].select();
        reveal(inputs.value[i + 1]);
    }
    else if (index.value + 1 < lessons.value.length) {
        index.value += 1;
    }
}
function onKey(e) {
    if (e.key === "PageDown" || (e.altKey && e.key === "ArrowDown")) {
        e.preventDefault();
        if (index.value + 1 < lessons.value.length)
            index.value += 1;
    }
    else if (e.key === "PageUp" || (e.altKey && e.key === "ArrowUp")) {
        e.preventDefault();
        if (index.value > 0)
            index.value -= 1;
    }
}
async function toggleVeto(vetoId, on) {
    const c = current.value;
    if (!c)
        return;
    const reason = vetoReason[`${c.id}:${vetoId}`]?.trim() ?? "";
    if (on && !reason) {
        ElMessage.warning(t("judge.vetoNeedsReason"));
        return;
    }
    await attempt((e) => (failure.value = e), async () => stored(c.id, await commands.judgeSetVeto({ lesson: c.id, veto: vetoId, reason: on ? reason : null })));
}
// the text being saved per lesson and kind: a second change event for the same text (a box
// fires one on blur and one on Enter) while the first save is on its way saves nothing more
const savingText = {};
async function saveText(kind) {
    const c = current.value;
    if (!c || locked.value)
        return;
    const typedText = (kind === "comment" ? commentText[c.id] : unscoredText[c.id]) ?? "";
    const text = kind === "comment" ? typedText : typedText.trim() || null;
    const saved = kind === "comment" ? scores.value?.comment ?? "" : scores.value?.unscored ?? null;
    const slot = `${c.id}:${kind}`;
    if (text === saved || (slot in savingText && savingText[slot] === text))
        return;
    savingText[slot] = text;
    await attempt(failure, async () => {
        const request = { lesson: c.id, text };
        stored(c.id, kind === "comment" ? await commands.judgeSetComment(request) : await commands.judgeSetUnscored(request));
        ElMessage.success(t(kind === "comment" ? "judge.commentSaved" : "judge.unscoredSaved"));
    });
    delete savingText[slot];
}
/** What the judge is about to hand in: scored, 未评 with reasons, vetoes. */
const summary = computed(() => {
    const v = view.value;
    if (!v)
        return { scored: 0, open: 0, unscored: [], vetoed: [] };
    const all = lessons.value;
    const unscored = all.filter((l) => v.scores[l.id]?.unscored).map((l) => `${l.id} ${l.title}：${v.scores[l.id]?.unscored}`);
    const vetoed = all.filter((l) => v.scores[l.id]?.vetoes.length).map((l) => `${l.id} ${l.title}`);
    const scored = all.filter((l) => !v.scores[l.id]?.unscored && v.scores[l.id]?.scores.every((x) => x !== null)).length;
    return { scored, open: all.length - scored - unscored.length, unscored, vetoed };
});
const confirming = ref(false);
const exportedTo = ref(null);
async function submit() {
    failure.value = null;
    confirming.value = false;
    await attempt(failure, async () => {
        view.value = await commands.judgeSubmit();
        ElMessage.success(t("judge.submitted"));
    });
}
async function exportSheet() {
    const v = view.value;
    if (!v)
        return;
    const path = await pickSavePath(t("judge.export"), t("files.judgeSheet", { id: v.meta.judge_id, name: v.meta.judge_name }), [
        { name: t("judge.xlsx"), extensions: ["xlsx"] },
    ]);
    if (!path)
        return;
    await attempt(failure, async () => {
        const r = await commands.judgeExport({ path });
        view.value = (await commands.judgeView()).view;
        exportedTo.value = t("judge.exported", { path: r.path, revision: r.revision });
    });
}
async function unlock() {
    view.value = await commands.judgeUnlock();
}
const __VLS_ctx = {};
let __VLS_components;
let __VLS_intrinsics;
let __VLS_directives;
void __VLS_ctx, __VLS_components, __VLS_intrinsics, __VLS_directives;
const __VLS_template = () => {
    __VLS_withDotValue(view, {});
    __VLS_withDotValue(locked, {});
    __VLS_withDotValue(confirming, {});
    __VLS_withDotValue(failure, {});
    __VLS_withDotValue(exportedTo, {});
    __VLS_withDotValue(summary, {});
    __VLS_withDotValue(index, {});
    __VLS_withDotValue(current, {});
    __VLS_withDotValue(scores, {});
    __VLS_withDotValue(lessonInfo, {});
    __VLS_withDotValue(materials, {});
    __VLS_withDotValue(status, {});
    __VLS_withDotValue(typed, {});
    __VLS_withDotValue(refusal, {});
    __VLS_withDotValue(vetoReason, {});
    __VLS_withDotValue(commentText, {});
    __VLS_withDotValue(unscoredText, {});
    void {};
    /** @type {__VLS_StyleScopedClasses['lessons']} */ ;
    /** @type {__VLS_StyleScopedClasses['lessons']} */ ;
    /** @type {__VLS_StyleScopedClasses['lessons']} */ ;
    /** @type {__VLS_StyleScopedClasses['lesson-head']} */ ;
    /** @type {__VLS_StyleScopedClasses['lesson-head']} */ ;
    /** @type {__VLS_StyleScopedClasses['materials']} */ ;
    /** @type {__VLS_StyleScopedClasses['total']} */ ;
    /** @type {__VLS_StyleScopedClasses['indicators']} */ ;
    /** @type {__VLS_StyleScopedClasses['in']} */ ;
    /** @type {__VLS_StyleScopedClasses['in']} */ ;
    /** @type {__VLS_StyleScopedClasses['in']} */ ;
    /** @type {__VLS_StyleScopedClasses['st']} */ ;
    /** @type {__VLS_StyleScopedClasses['error']} */ ;
    /** @type {__VLS_StyleScopedClasses['form']} */ ;
    /** @type {__VLS_StyleScopedClasses['veto']} */ ;
    if (view.value) {
        __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
            ...{ class: "judge" },
        });
        /** @type {__VLS_StyleScopedClasses['judge']} */ ;
        __VLS_asFunctionalElement1(__VLS_intrinsics.header, __VLS_intrinsics.header)({
            ...{ class: "strip" },
        });
        /** @type {__VLS_StyleScopedClasses['strip']} */ ;
        __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({});
        __VLS_asFunctionalElement1(__VLS_intrinsics.strong, __VLS_intrinsics.strong)({});
        (view.value.meta.session_name);
        (__VLS_unwrap(t, {})("judge.judge"));
        (view.value.meta.judge_name);
        (view.value.meta.judge_id);
        if (locked.value) {
            let __VLS_0;
            /** @ts-ignore @type { | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag'] | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag']} */
            elTag;
            // @ts-ignore
            const __VLS_1 = __VLS_asFunctionalComponent1(__VLS_0, new __VLS_0({
                // @ts-ignore
                type: "success", size: "small", ...{ class: "lock" },
            }));
            const __VLS_2 = __VLS_1({
                type: "success",
                size: "small",
                ...{ class: "lock" },
            }, ...__VLS_functionalComponentArgsRest(__VLS_1));
            /** @type {__VLS_StyleScopedClasses['lock']} */ ;
            var __VLS_3;
            const { default: __VLS_5 } = __VLS_nonNull(__VLS_3.slots);
            (__VLS_unwrap(t, {})("judge.locked"));
            // @ts-ignore
            [view, view, view, view, t, t, locked,];
        }
        __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
            ...{ class: "actions" },
        });
        /** @type {__VLS_StyleScopedClasses['actions']} */ ;
        __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
            ...{ class: "progress" },
            'data-test': "judge-progress",
        });
        /** @type {__VLS_StyleScopedClasses['progress']} */ ;
        (__VLS_unwrap(t, {})("judge.progress", __VLS_unwrap(prog, {})));
        if (!locked.value) {
            let __VLS_6;
            /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
            elButton;
            // @ts-ignore
            const __VLS_7 = __VLS_asFunctionalComponent1(__VLS_6, new __VLS_6({
                // @ts-ignore
                ...{ 'onClick': {} }, type: "primary", dataTest: "judge-submit",
            }));
            const __VLS_8 = __VLS_7({
                ...{ 'onClick': {} },
                type: "primary",
                dataTest: "judge-submit",
            }, ...__VLS_functionalComponentArgsRest(__VLS_7));
            let __VLS_11;
            const __VLS_12 = {
                /** @type {typeof __VLS_11.click} */
                onClick: (...[$event]) => {
                    void $event;
                    if (!(view.value))
                        throw 0;
                    if (!(!locked.value))
                        throw 0;
                    return (confirming.value = true);
                    // @ts-ignore
                    [t, locked, prog, confirming,];
                },
            };
            void __VLS_12;
            var __VLS_9;
            var __VLS_10;
            const { default: __VLS_13 } = __VLS_nonNull(__VLS_9.slots);
            (__VLS_unwrap(t, {})("judge.submit"));
            // @ts-ignore
            [t,];
        }
        else {
            let __VLS_14;
            /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
            elButton;
            // @ts-ignore
            const __VLS_15 = __VLS_asFunctionalComponent1(__VLS_14, new __VLS_14({
                // @ts-ignore
                ...{ 'onClick': {} }, type: "primary", dataTest: "judge-export",
            }));
            const __VLS_16 = __VLS_15({
                ...{ 'onClick': {} },
                type: "primary",
                dataTest: "judge-export",
            }, ...__VLS_functionalComponentArgsRest(__VLS_15));
            let __VLS_19;
            const __VLS_20 = {
                /** @type {typeof __VLS_19.click} */
                onClick: (exportSheet),
            };
            void __VLS_20;
            var __VLS_17;
            var __VLS_18;
            const { default: __VLS_21 } = __VLS_nonNull(__VLS_17.slots);
            (__VLS_unwrap(t, {})("judge.export"));
            // @ts-ignore
            [t,];
            let __VLS_22;
            /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
            elButton;
            // @ts-ignore
            const __VLS_23 = __VLS_asFunctionalComponent1(__VLS_22, new __VLS_22({
                // @ts-ignore
                ...{ 'onClick': {} },
            }));
            const __VLS_24 = __VLS_23({
                ...{ 'onClick': {} },
            }, ...__VLS_functionalComponentArgsRest(__VLS_23));
            let __VLS_27;
            const __VLS_28 = {
                /** @type {typeof __VLS_27.click} */
                onClick: (unlock),
            };
            void __VLS_28;
            var __VLS_25;
            var __VLS_26;
            const { default: __VLS_29 } = __VLS_nonNull(__VLS_25.slots);
            (__VLS_unwrap(t, {})("judge.unlock"));
            // @ts-ignore
            [t,];
        }
        if (failure.value) {
            let __VLS_30;
            /** @ts-ignore @type { | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert']} */
            elAlert;
            // @ts-ignore
            const __VLS_31 = __VLS_asFunctionalComponent1(__VLS_30, new __VLS_30({
                // @ts-ignore
                ...{ 'onClose': {} }, type: "error", title: (__VLS_unwrap(headline, {})(__VLS_unwrap(t, {}), failure.value, 'submit')), showIcon: true, dataTest: "judge-failure",
            }));
            const __VLS_32 = __VLS_31({
                ...{ 'onClose': {} },
                type: "error",
                title: (__VLS_unwrap(headline, {})(__VLS_unwrap(t, {}), failure.value, 'submit')),
                showIcon: true,
                dataTest: "judge-failure",
            }, ...__VLS_functionalComponentArgsRest(__VLS_31));
            let __VLS_35;
            const __VLS_36 = {
                /** @type {typeof __VLS_35.close} */
                onClose: (...[$event]) => {
                    void $event;
                    if (!(view.value))
                        throw 0;
                    if (!(failure.value))
                        throw 0;
                    return (failure.value = null);
                    // @ts-ignore
                    [t, failure, failure, failure, headline,];
                },
            };
            void __VLS_36;
            var __VLS_33;
            var __VLS_34;
        }
        if (exportedTo.value) {
            let __VLS_37;
            /** @ts-ignore @type { | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert']} */
            elAlert;
            // @ts-ignore
            const __VLS_38 = __VLS_asFunctionalComponent1(__VLS_37, new __VLS_37({
                // @ts-ignore
                type: "success", title: (exportedTo.value), description: (__VLS_unwrap(t, {})('judge.handIn')), showIcon: true, closable: (false), dataTest: "judge-exported",
            }));
            const __VLS_39 = __VLS_38({
                type: "success",
                title: (exportedTo.value),
                description: (__VLS_unwrap(t, {})('judge.handIn')),
                showIcon: true,
                closable: (false),
                dataTest: "judge-exported",
            }, ...__VLS_functionalComponentArgsRest(__VLS_38));
        }
        let __VLS_42;
        /** @ts-ignore @type { | typeof __VLS_components.elDialog | typeof __VLS_components.ElDialog | typeof __VLS_components['el-dialog'] | typeof __VLS_components.elDialog | typeof __VLS_components.ElDialog | typeof __VLS_components['el-dialog']} */
        elDialog;
        // @ts-ignore
        const __VLS_43 = __VLS_asFunctionalComponent1(__VLS_42, new __VLS_42({
            // @ts-ignore
            modelValue: (confirming.value), title: (__VLS_unwrap(t, {})('judge.summaryTitle')), width: "560px", dataTest: "submit-summary",
        }));
        const __VLS_44 = __VLS_43({
            modelValue: (confirming.value),
            title: (__VLS_unwrap(t, {})('judge.summaryTitle')),
            width: "560px",
            dataTest: "submit-summary",
        }, ...__VLS_functionalComponentArgsRest(__VLS_43));
        var __VLS_45;
        const { default: __VLS_47 } = __VLS_nonNull(__VLS_45.slots);
        __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({
            'data-test': "summary-counts",
        });
        (__VLS_unwrap(t, {})("judge.summaryCounts", { scored: summary.value.scored, unscored: summary.value.unscored.length, open: summary.value.open, vetoed: summary.value.vetoed.length }));
        if (summary.value.open) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({
                ...{ class: "warn" },
            });
            /** @type {__VLS_StyleScopedClasses['warn']} */ ;
            (__VLS_unwrap(t, {})("judge.summaryOpen", { n: summary.value.open }));
        }
        if (summary.value.unscored.length) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.h4, __VLS_intrinsics.h4)({});
            (__VLS_unwrap(t, {})("judge.summaryUnscored"));
            __VLS_asFunctionalElement1(__VLS_intrinsics.ul, __VLS_intrinsics.ul)({});
            const __VLS_48 = __VLS_tryAsConstant((summary.value.unscored));
            for (const [u] of __VLS_vFor(__VLS_nonNull(__VLS_48))) {
                __VLS_asFunctionalElement1(__VLS_intrinsics.li, __VLS_intrinsics.li)({
                    key: (u),
                });
                (u);
                // @ts-ignore
                [t, t, t, t, t, confirming, exportedTo, exportedTo, summary, summary, summary, summary, summary, summary, summary, summary,];
            }
        }
        if (summary.value.vetoed.length) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.h4, __VLS_intrinsics.h4)({});
            (__VLS_unwrap(t, {})("judge.summaryVetoed"));
            __VLS_asFunctionalElement1(__VLS_intrinsics.ul, __VLS_intrinsics.ul)({});
            const __VLS_49 = __VLS_tryAsConstant((summary.value.vetoed));
            for (const [u] of __VLS_vFor(__VLS_nonNull(__VLS_49))) {
                __VLS_asFunctionalElement1(__VLS_intrinsics.li, __VLS_intrinsics.li)({
                    key: (u),
                });
                (u);
                // @ts-ignore
                [t, summary, summary,];
            }
        }
        {
            const { footer: __VLS_50 } = __VLS_nonNull(__VLS_45.slots);
            let __VLS_51;
            /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
            elButton;
            // @ts-ignore
            const __VLS_52 = __VLS_asFunctionalComponent1(__VLS_51, new __VLS_51({
                // @ts-ignore
                ...{ 'onClick': {} },
            }));
            const __VLS_53 = __VLS_52({
                ...{ 'onClick': {} },
            }, ...__VLS_functionalComponentArgsRest(__VLS_52));
            let __VLS_56;
            const __VLS_57 = {
                /** @type {typeof __VLS_56.click} */
                onClick: (...[$event]) => {
                    void $event;
                    if (!(view.value))
                        throw 0;
                    return (confirming.value = false);
                    // @ts-ignore
                    [confirming,];
                },
            };
            void __VLS_57;
            var __VLS_54;
            var __VLS_55;
            const { default: __VLS_58 } = __VLS_nonNull(__VLS_54.slots);
            (__VLS_unwrap(t, {})("common.cancel"));
            // @ts-ignore
            [t,];
            let __VLS_59;
            /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
            elButton;
            // @ts-ignore
            const __VLS_60 = __VLS_asFunctionalComponent1(__VLS_59, new __VLS_59({
                // @ts-ignore
                ...{ 'onClick': {} }, type: "primary", dataTest: "confirm-submit",
            }));
            const __VLS_61 = __VLS_60({
                ...{ 'onClick': {} },
                type: "primary",
                dataTest: "confirm-submit",
            }, ...__VLS_functionalComponentArgsRest(__VLS_60));
            let __VLS_64;
            const __VLS_65 = {
                /** @type {typeof __VLS_64.click} */
                onClick: (submit),
            };
            void __VLS_65;
            var __VLS_62;
            var __VLS_63;
            const { default: __VLS_66 } = __VLS_nonNull(__VLS_62.slots);
            (__VLS_unwrap(t, {})("judge.submit"));
            // @ts-ignore
            [t,];
            // @ts-ignore
            [];
        }
        // @ts-ignore
        [];
        if (failure.value?.details.length && failure.value.details.length <= 8) {
            const __VLS_67 = ProblemList;
            // @ts-ignore
            const __VLS_68 = __VLS_asFunctionalComponent1(__VLS_67, new __VLS_67({
                // @ts-ignore
                problems: (failure.value.details),
            }));
            const __VLS_69 = __VLS_68({
                problems: (failure.value.details),
            }, ...__VLS_functionalComponentArgsRest(__VLS_68));
        }
        __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
            ...{ class: "body" },
        });
        /** @type {__VLS_StyleScopedClasses['body']} */ ;
        __VLS_asFunctionalElement1(__VLS_intrinsics.ol, __VLS_intrinsics.ol)({
            ...{ class: "lessons" },
            'data-test': "judge-lessons",
        });
        /** @type {__VLS_StyleScopedClasses['lessons']} */ ;
        const __VLS_72 = __VLS_tryAsConstant((__VLS_unwrap(lessons, {})));
        for (const [l, i] of __VLS_vFor(__VLS_nonNull(__VLS_72))) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.li, __VLS_intrinsics.li)({
                ...{ onClick: (...[$event]) => {
                        void $event;
                        if (!(view.value))
                            throw 0;
                        return (index.value = i);
                        // @ts-ignore
                        [failure, failure, failure, lessons, index,];
                    } },
                key: (l.id),
                ...{ class: ({ on: i === index.value, done: __VLS_unwrap(isComplete, {})(view.value.scores[l.id]) }) },
            });
            /** @type {__VLS_StyleScopedClasses['on']} */ ;
            /** @type {__VLS_StyleScopedClasses['done']} */ ;
            __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                ...{ class: "mark" },
            });
            /** @type {__VLS_StyleScopedClasses['mark']} */ ;
            (__VLS_unwrap(isComplete, {})(view.value.scores[l.id]) ? "✓" : "○");
            __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                ...{ class: "lid" },
            });
            /** @type {__VLS_StyleScopedClasses['lid']} */ ;
            (l.id);
            (l.title);
            if (view.value.scores[l.id]?.vetoes.length) {
                let __VLS_73;
                /** @ts-ignore @type { | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag'] | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag']} */
                elTag;
                // @ts-ignore
                const __VLS_74 = __VLS_asFunctionalComponent1(__VLS_73, new __VLS_73({
                    // @ts-ignore
                    type: "danger", size: "small", effect: "plain", ...{ class: "vmark" },
                }));
                const __VLS_75 = __VLS_74({
                    type: "danger",
                    size: "small",
                    effect: "plain",
                    ...{ class: "vmark" },
                }, ...__VLS_functionalComponentArgsRest(__VLS_74));
                /** @type {__VLS_StyleScopedClasses['vmark']} */ ;
                var __VLS_76;
                const { default: __VLS_78 } = __VLS_nonNull(__VLS_76.slots);
                (__VLS_unwrap(t, {})("judge.vetoedMark"));
                // @ts-ignore
                [view, view, view, t, index, isComplete, isComplete,];
            }
            else if (view.value.scores[l.id]?.unscored) {
                let __VLS_79;
                /** @ts-ignore @type { | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag'] | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag']} */
                elTag;
                // @ts-ignore
                const __VLS_80 = __VLS_asFunctionalComponent1(__VLS_79, new __VLS_79({
                    // @ts-ignore
                    type: "info", size: "small", effect: "plain", ...{ class: "vmark" },
                }));
                const __VLS_81 = __VLS_80({
                    type: "info",
                    size: "small",
                    effect: "plain",
                    ...{ class: "vmark" },
                }, ...__VLS_functionalComponentArgsRest(__VLS_80));
                /** @type {__VLS_StyleScopedClasses['vmark']} */ ;
                var __VLS_82;
                const { default: __VLS_84 } = __VLS_nonNull(__VLS_82.slots);
                (__VLS_unwrap(t, {})("results.notScored"));
                // @ts-ignore
                [view, t,];
            }
            // @ts-ignore
            [];
        }
        if (current.value && scores.value && lessonInfo.value) {
            __VLS_asFunctionalElement1(__VLS_intrinsics.section, __VLS_intrinsics.section)({
                ...{ class: "form" },
            });
            /** @type {__VLS_StyleScopedClasses['form']} */ ;
            __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
                ...{ class: "lesson-head" },
            });
            /** @type {__VLS_StyleScopedClasses['lesson-head']} */ ;
            __VLS_asFunctionalElement1(__VLS_intrinsics.h2, __VLS_intrinsics.h2)({
                'data-test': "judge-lesson-title",
            });
            (lessonInfo.value.id);
            (lessonInfo.value.title);
            __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({});
            (lessonInfo.value.stage);
            (lessonInfo.value.subject);
            (lessonInfo.value.grade);
            (lessonInfo.value.teachers.join("、"));
            (lessonInfo.value.school);
            __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
                ...{ class: "materials" },
                'data-test': "judge-materials",
            });
            /** @type {__VLS_StyleScopedClasses['materials']} */ ;
            __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({});
            (__VLS_unwrap(t, {})("judge.materials"));
            (__VLS_unwrap(t, {})("common.colon"));
            if (view.value.materials) {
                const __VLS_85 = __VLS_tryAsConstant((materials.value));
                for (const [f] of __VLS_vFor(__VLS_nonNull(__VLS_85))) {
                    let __VLS_86;
                    /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
                    elButton;
                    // @ts-ignore
                    const __VLS_87 = __VLS_asFunctionalComponent1(__VLS_86, new __VLS_86({
                        // @ts-ignore
                        ...{ 'onClick': {} }, key: (f), link: true, type: "primary",
                    }));
                    const __VLS_88 = __VLS_87({
                        ...{ 'onClick': {} },
                        key: (f),
                        link: true,
                        type: "primary",
                    }, ...__VLS_functionalComponentArgsRest(__VLS_87));
                    let __VLS_91;
                    const __VLS_92 = {
                        /** @type {typeof __VLS_91.click} */
                        onClick: (...[$event]) => {
                            void $event;
                            if (!(view.value))
                                throw 0;
                            if (!(current.value && scores.value && lessonInfo.value))
                                throw 0;
                            if (!(view.value.materials))
                                throw 0;
                            return (openMaterial(f));
                            // @ts-ignore
                            [view, t, t, current, scores, lessonInfo, lessonInfo, lessonInfo, lessonInfo, lessonInfo, lessonInfo, lessonInfo, lessonInfo, materials,];
                        },
                    };
                    void __VLS_92;
                    var __VLS_89;
                    var __VLS_90;
                    const { default: __VLS_93 } = __VLS_nonNull(__VLS_89.slots);
                    (__VLS_unwrap(baseName, {})(f));
                    // @ts-ignore
                    [baseName,];
                    // @ts-ignore
                    [];
                }
                if (!materials.value.length) {
                    __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                        ...{ class: "none" },
                    });
                    /** @type {__VLS_StyleScopedClasses['none']} */ ;
                    (__VLS_unwrap(t, {})("judge.noMaterials"));
                }
                let __VLS_94;
                /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
                elButton;
                // @ts-ignore
                const __VLS_95 = __VLS_asFunctionalComponent1(__VLS_94, new __VLS_94({
                    // @ts-ignore
                    ...{ 'onClick': {} }, link: true,
                }));
                const __VLS_96 = __VLS_95({
                    ...{ 'onClick': {} },
                    link: true,
                }, ...__VLS_functionalComponentArgsRest(__VLS_95));
                let __VLS_99;
                const __VLS_100 = {
                    /** @type {typeof __VLS_99.click} */
                    onClick: (chooseMaterials),
                };
                void __VLS_100;
                var __VLS_97;
                var __VLS_98;
                const { default: __VLS_101 } = __VLS_nonNull(__VLS_97.slots);
                (__VLS_unwrap(t, {})("judge.materialsChange"));
                // @ts-ignore
                [t, t, materials,];
            }
            else {
                let __VLS_102;
                /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
                elButton;
                // @ts-ignore
                const __VLS_103 = __VLS_asFunctionalComponent1(__VLS_102, new __VLS_102({
                    // @ts-ignore
                    ...{ 'onClick': {} }, link: true, type: "primary",
                }));
                const __VLS_104 = __VLS_103({
                    ...{ 'onClick': {} },
                    link: true,
                    type: "primary",
                }, ...__VLS_functionalComponentArgsRest(__VLS_103));
                let __VLS_107;
                const __VLS_108 = {
                    /** @type {typeof __VLS_107.click} */
                    onClick: (chooseMaterials),
                };
                void __VLS_108;
                var __VLS_105;
                var __VLS_106;
                const { default: __VLS_109 } = __VLS_nonNull(__VLS_105.slots);
                (__VLS_unwrap(t, {})("judge.materialsPick"));
                // @ts-ignore
                [t,];
            }
            __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
                ...{ class: "total" },
                'data-test': "judge-total",
            });
            /** @type {__VLS_StyleScopedClasses['total']} */ ;
            (__VLS_unwrap(t, {})("judge.total"));
            __VLS_asFunctionalElement1(__VLS_intrinsics.b, __VLS_intrinsics.b)({});
            (__VLS_unwrap(total, {})(scores.value));
            (current.value.rubric.total);
            __VLS_asFunctionalElement1(__VLS_intrinsics.table, __VLS_intrinsics.table)({
                ...{ class: "indicators" },
            });
            /** @type {__VLS_StyleScopedClasses['indicators']} */ ;
            __VLS_asFunctionalElement1(__VLS_intrinsics.tbody, __VLS_intrinsics.tbody)({});
            const __VLS_110 = __VLS_tryAsConstant((current.value.rubric.indicators));
            for (const [ind, i] of __VLS_vFor(__VLS_nonNull(__VLS_110))) {
                __VLS_asFunctionalElement1(__VLS_intrinsics.tr, __VLS_intrinsics.tr)({
                    key: (ind.id),
                });
                __VLS_asFunctionalElement1(__VLS_intrinsics.td, __VLS_intrinsics.td)({
                    ...{ class: "group" },
                });
                /** @type {__VLS_StyleScopedClasses['group']} */ ;
                (ind.group);
                __VLS_asFunctionalElement1(__VLS_intrinsics.td, __VLS_intrinsics.td)({
                    ...{ class: "name" },
                });
                /** @type {__VLS_StyleScopedClasses['name']} */ ;
                __VLS_asFunctionalElement1(__VLS_intrinsics.b, __VLS_intrinsics.b)({});
                (ind.name);
                __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
                    ...{ class: "desc" },
                });
                /** @type {__VLS_StyleScopedClasses['desc']} */ ;
                (ind.description);
                __VLS_asFunctionalElement1(__VLS_intrinsics.td, __VLS_intrinsics.td)({
                    ...{ class: "w" },
                });
                /** @type {__VLS_StyleScopedClasses['w']} */ ;
                (ind.weight);
                __VLS_asFunctionalElement1(__VLS_intrinsics.td, __VLS_intrinsics.td)({
                    ...{ class: "in" },
                });
                /** @type {__VLS_StyleScopedClasses['in']} */ ;
                __VLS_asFunctionalElement1(__VLS_intrinsics.input)({
                    ...{ onKeydown: (...[$event]) => {
                            void $event;
                            if (!(view.value))
                                throw 0;
                            if (!(current.value && scores.value && lessonInfo.value))
                                throw 0;
                            return (onEnter(i));
                            // @ts-ignore
                            [t, current, current, scores, total,];
                        } },
                    ...{ onBlur: (...[$event]) => {
                            void $event;
                            if (!(view.value))
                                throw 0;
                            if (!(current.value && scores.value && lessonInfo.value))
                                throw 0;
                            return (saveScore(i));
                            // @ts-ignore
                            [];
                        } },
                    ref: "inputs",
                    disabled: (locked.value),
                    inputmode: "decimal",
                    'data-test': (`score-${i}`),
                    ...{ class: (status.value[__VLS_unwrap(key, {})(i)]) },
                });
                (typed.value[__VLS_unwrap(key, {})(i)]);
                __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                    ...{ class: "st" },
                    ...{ class: (status.value[__VLS_unwrap(key, {})(i)]) },
                    'data-test': (`score-state-${i}`),
                });
                /** @type {__VLS_StyleScopedClasses['st']} */ ;
                (status.value[__VLS_unwrap(key, {})(i)] === "saving" ? "…" : status.value[__VLS_unwrap(key, {})(i)] === "saved" ? "✓" : status.value[__VLS_unwrap(key, {})(i)] === "error" ? "✗" : "");
                if (refusal.value[__VLS_unwrap(key, {})(i)]) {
                    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
                        ...{ class: "refusal" },
                        role: "alert",
                        'data-test': (`score-error-${i}`),
                    });
                    /** @type {__VLS_StyleScopedClasses['refusal']} */ ;
                    (refusal.value[__VLS_unwrap(key, {})(i)]);
                }
                // @ts-ignore
                [locked, status, status, status, status, status, key, key, key, key, key, key, key, key, typed, refusal, refusal,];
            }
            __VLS_asFunctionalElement1(__VLS_intrinsics.h3, __VLS_intrinsics.h3)({});
            (__VLS_unwrap(t, {})("judge.vetoes"));
            const __VLS_111 = __VLS_tryAsConstant((current.value.rubric.vetoes));
            for (const [v] of __VLS_vFor(__VLS_nonNull(__VLS_111))) {
                __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
                    key: (v.id),
                    ...{ class: "veto" },
                });
                /** @type {__VLS_StyleScopedClasses['veto']} */ ;
                let __VLS_112;
                /** @ts-ignore @type { | typeof __VLS_components.elCheckbox | typeof __VLS_components.ElCheckbox | typeof __VLS_components['el-checkbox'] | typeof __VLS_components.elCheckbox | typeof __VLS_components.ElCheckbox | typeof __VLS_components['el-checkbox']} */
                elCheckbox;
                // @ts-ignore
                const __VLS_113 = __VLS_asFunctionalComponent1(__VLS_112, new __VLS_112({
                    // @ts-ignore
                    ...{ 'onChange': {} }, modelValue: (scores.value.vetoes.some((m) => m.veto === v.id)), disabled: (locked.value),
                }));
                const __VLS_114 = __VLS_113({
                    ...{ 'onChange': {} },
                    modelValue: (scores.value.vetoes.some((m) => m.veto === v.id)),
                    disabled: (locked.value),
                }, ...__VLS_functionalComponentArgsRest(__VLS_113));
                let __VLS_117;
                const __VLS_118 = {
                    /** @type {typeof __VLS_117.change} */
                    onChange: ((on) => toggleVeto(v.id, on)),
                };
                void __VLS_118;
                var __VLS_115;
                var __VLS_116;
                const { default: __VLS_119 } = __VLS_nonNull(__VLS_115.slots);
                (v.name);
                // @ts-ignore
                [t, locked, current, scores,];
                let __VLS_120;
                /** @ts-ignore @type { | typeof __VLS_components.elInput | typeof __VLS_components.ElInput | typeof __VLS_components['el-input']} */
                elInput;
                // @ts-ignore
                const __VLS_121 = __VLS_asFunctionalComponent1(__VLS_120, new __VLS_120({
                    // @ts-ignore
                    modelValue: (vetoReason.value[`${current.value.id}:${v.id}`]), size: "small", disabled: (locked.value), placeholder: (__VLS_unwrap(t, {})('judge.vetoReason')), ...{ class: "reason" },
                }));
                const __VLS_122 = __VLS_121({
                    modelValue: (vetoReason.value[`${current.value.id}:${v.id}`]),
                    size: "small",
                    disabled: (locked.value),
                    placeholder: (__VLS_unwrap(t, {})('judge.vetoReason')),
                    ...{ class: "reason" },
                }, ...__VLS_functionalComponentArgsRest(__VLS_121));
                /** @type {__VLS_StyleScopedClasses['reason']} */ ;
                // @ts-ignore
                [t, locked, current, vetoReason,];
            }
            __VLS_asFunctionalElement1(__VLS_intrinsics.h3, __VLS_intrinsics.h3)({});
            (__VLS_unwrap(t, {})("judge.comment"));
            let __VLS_125;
            /** @ts-ignore @type { | typeof __VLS_components.elInput | typeof __VLS_components.ElInput | typeof __VLS_components['el-input']} */
            elInput;
            // @ts-ignore
            const __VLS_126 = __VLS_asFunctionalComponent1(__VLS_125, new __VLS_125({
                // @ts-ignore
                ...{ 'onChange': {} }, type: "textarea", rows: (3), modelValue: (commentText.value[current.value.id]), disabled: (locked.value), dataTest: "judge-comment",
            }));
            const __VLS_127 = __VLS_126({
                ...{ 'onChange': {} },
                type: "textarea",
                rows: (3),
                modelValue: (commentText.value[current.value.id]),
                disabled: (locked.value),
                dataTest: "judge-comment",
            }, ...__VLS_functionalComponentArgsRest(__VLS_126));
            let __VLS_130;
            const __VLS_131 = {
                /** @type {typeof __VLS_130.change} */
                onChange: (...[$event]) => {
                    void $event;
                    if (!(view.value))
                        throw 0;
                    if (!(current.value && scores.value && lessonInfo.value))
                        throw 0;
                    return (saveText('comment'));
                    // @ts-ignore
                    [t, locked, current, commentText,];
                },
            };
            void __VLS_131;
            var __VLS_128;
            var __VLS_129;
            __VLS_asFunctionalElement1(__VLS_intrinsics.h3, __VLS_intrinsics.h3)({});
            (__VLS_unwrap(t, {})("judge.unscored"));
            let __VLS_132;
            /** @ts-ignore @type { | typeof __VLS_components.elInput | typeof __VLS_components.ElInput | typeof __VLS_components['el-input']} */
            elInput;
            // @ts-ignore
            const __VLS_133 = __VLS_asFunctionalComponent1(__VLS_132, new __VLS_132({
                // @ts-ignore
                ...{ 'onChange': {} }, modelValue: (unscoredText.value[current.value.id]), disabled: (locked.value), placeholder: (__VLS_unwrap(t, {})('judge.unscoredHint')), dataTest: "judge-unscored",
            }));
            const __VLS_134 = __VLS_133({
                ...{ 'onChange': {} },
                modelValue: (unscoredText.value[current.value.id]),
                disabled: (locked.value),
                placeholder: (__VLS_unwrap(t, {})('judge.unscoredHint')),
                dataTest: "judge-unscored",
            }, ...__VLS_functionalComponentArgsRest(__VLS_133));
            let __VLS_137;
            const __VLS_138 = {
                /** @type {typeof __VLS_137.change} */
                onChange: (...[$event]) => {
                    void $event;
                    if (!(view.value))
                        throw 0;
                    if (!(current.value && scores.value && lessonInfo.value))
                        throw 0;
                    return (saveText('unscored'));
                    // @ts-ignore
                    [t, t, locked, current, unscoredText,];
                },
            };
            void __VLS_138;
            var __VLS_135;
            var __VLS_136;
            __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({
                ...{ class: "keys" },
            });
            /** @type {__VLS_StyleScopedClasses['keys']} */ ;
            (__VLS_unwrap(t, {})("judge.keys"));
        }
    }
    else {
        let __VLS_139;
        /** @ts-ignore @type { | typeof __VLS_components.elEmpty | typeof __VLS_components.ElEmpty | typeof __VLS_components['el-empty']} */
        elEmpty;
        // @ts-ignore
        const __VLS_140 = __VLS_asFunctionalComponent1(__VLS_139, new __VLS_139({
            // @ts-ignore
            description: (__VLS_unwrap(t, {})('judge.none')),
        }));
        const __VLS_141 = __VLS_140({
            description: (__VLS_unwrap(t, {})('judge.none')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_140));
    }
    // @ts-ignore
    [t, t,];
    return {};
};
void [__VLS_template];
const __VLS_export = (await import('vue')).defineComponent({});
export default {};
