import { codeText } from "../../../locales/keys";
import { attempt } from "../../../logic/attempt";
// 公平性: which judges were harsh or lenient and how sure they are (severity with its 95 %
// interval), how each judge scored (box plots), where the cut line falls (score distribution) and
// how sure each recommendation is (stability against score). Every chart has a table view.
import { computed, onMounted, ref, watch } from "vue";
import { useT } from "../../../i18n";
import { use } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { BarChart, BoxplotChart, CustomChart, ScatterChart } from "echarts/charts";
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent } from "echarts/components";
import VChart from "vue-echarts";
import { commands } from "../../../ipc";
import { boxOf, histogram, judgesOf, stabilityPoints } from "../logic/fairness";
import { describeError } from "../../../logic/problems";
import { useSessionStore } from "../../../stores/session";
const { defineProps, } = {};
use([SVGRenderer, BarChart, BoxplotChart, CustomChart, ScatterChart, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent]);
const props = defineProps();
const { t } = useT();
const session = useSessionStore();
const method = computed(() => session.current?.settings.rules.aggregation ?? null);
const calibration = ref(null);
const failure = ref(null);
const category = ref("");
const panel = ref("");
const asTable = ref({});
const categories = computed(() => props.results?.categories.map((c) => c.category) ?? []);
const panels = computed(() => calibration.value?.panels.filter((p) => p.category === category.value) ?? []);
const judges = computed(() => judgesOf(calibration.value?.judges ?? [], category.value, panel.value));
const categoryResults = computed(() => props.results?.categories.find((c) => c.category === category.value) ?? null);
const hist = computed(() => (categoryResults.value ? histogram(categoryResults.value) : null));
const points = computed(() => (categoryResults.value ? stabilityPoints(categoryResults.value, props.stability) : []));
const flagged = computed(() => judges.value.filter((j) => j.flags.length > 0));
const fmt = (v, d = 2) => (v === null || v === undefined ? "—" : v.toFixed(d));
const label = (j) => j.name || j.id;
async function load() {
    await attempt(failure, async () => {
        calibration.value = await commands.calibration();
        if (!category.value && categories.value.length)
            category.value = categories.value[0];
    });
}
onMounted(load);
watch(() => props.results, load);
watch(category, () => (panel.value = ""));
const severityOption = computed(() => {
    const js = judges.value;
    const margin = calibration.value?.margin ?? 1;
    const range = Math.max(5, Math.ceil((2 * Math.max(margin, ...js.map((j) => Math.abs(j.severity)))) / 5) * 5);
    return {
        tooltip: { trigger: "item" },
        grid: { left: 48, right: 16, top: 36, bottom: 64 },
        legend: { top: 4, data: [t("fairness.severity"), t("fairness.interval")] },
        xAxis: { type: "category", data: js.map(label), axisLabel: { rotate: js.length > 12 ? 45 : 0, interval: 0 } },
        // the axis spans the severities (twice the largest, at least ±5): an interval wider than that
        // (a judge with very few lessons) is drawn to the edge, not to ±90
        yAxis: { type: "value", name: t("fairness.points"), min: -range, max: range },
        series: [
            {
                name: t("fairness.severity"),
                type: "scatter",
                symbolSize: 11,
                data: js.map((j) => ({ value: Number(j.severity.toFixed(2)), itemStyle: { color: j.flags.some((f) => f === "harsh" || f === "lenient") ? "#c0392b" : "#5470c6" } })),
                markLine: { silent: true, symbol: "none", label: { show: false }, lineStyle: { type: "dashed", color: "#999" }, data: [{ yAxis: 0 }, { yAxis: margin }, { yAxis: -margin }] },
            },
            {
                name: t("fairness.interval"),
                type: "custom",
                clip: true,
                itemStyle: { color: "#5470c6" },
                data: js.map((j, i) => [i, j.severity_low ?? j.severity, j.severity_high ?? j.severity]),
                renderItem: (_, api) => {
                    const lo = api.coord([api.value(0), api.value(1)]);
                    const hi = api.coord([api.value(0), api.value(2)]);
                    const style = { stroke: "#5470c6", lineWidth: 1.5 };
                    return {
                        type: "group",
                        children: [
                            { type: "line", shape: { x1: lo[0], y1: lo[1], x2: hi[0], y2: hi[1] }, style },
                            { type: "line", shape: { x1: lo[0] - 5, y1: lo[1], x2: lo[0] + 5, y2: lo[1] }, style },
                            { type: "line", shape: { x1: hi[0] - 5, y1: hi[1], x2: hi[0] + 5, y2: hi[1] }, style },
                        ],
                    };
                },
                z: 1,
            },
        ],
    };
});
const boxOption = computed(() => {
    const js = judges.value;
    return {
        tooltip: { trigger: "item" },
        grid: { left: 48, right: 16, top: 24, bottom: 64 },
        xAxis: { type: "category", data: js.map(label), axisLabel: { rotate: js.length > 12 ? 45 : 0, interval: 0 } },
        yAxis: { type: "value", name: t("fairness.total"), scale: true },
        series: [{ name: t("fairness.totals"), type: "boxplot", data: js.map((j) => boxOf(j.totals)) }],
    };
});
const histOption = computed(() => {
    const h = hist.value;
    if (!h)
        return {};
    return {
        tooltip: { trigger: "axis" },
        grid: { left: 48, right: 16, top: 36, bottom: 40 },
        legend: { top: 4, data: [t("fairness.lessons"), t("fairness.held")] },
        xAxis: { type: "value", name: t("fairness.finalScore"), scale: true },
        yAxis: { type: "value", name: t("fairness.lessons"), minInterval: 1 },
        series: [
            {
                name: t("fairness.lessons"),
                type: "bar",
                barWidth: "90%",
                data: h.edges.map((e, i) => [e + 1, h.counts[i]]),
                markLine: h.cut === null ? undefined : { symbol: "none", label: { formatter: t("fairness.cut", { score: h.cut.toFixed(2) }) }, lineStyle: { color: "#c0392b" }, data: [{ xAxis: h.cut }] },
            },
            { name: t("fairness.held"), type: "scatter", symbol: "triangle", symbolSize: 12, itemStyle: { color: "#e6a23c" }, data: h.held.map((s) => [s, 0]) },
        ],
    };
});
const stabilityOption = computed(() => {
    const ps = points.value;
    return {
        tooltip: { trigger: "item", formatter: (p) => `${p.seriesName}: ${p.data[0].toFixed(2)} · ${(p.data[1] * 100).toFixed(0)}%` },
        grid: { left: 48, right: 16, top: 36, bottom: 40 },
        legend: { top: 4, data: [t("fairness.stable"), t("fairness.fragile")] },
        xAxis: { type: "value", name: t("fairness.finalScore"), scale: true },
        yAxis: { type: "value", name: t("fairness.stability"), min: 0, max: 1 },
        series: [
            {
                name: t("fairness.stable"),
                type: "scatter",
                data: ps.filter((p) => !p.fragile).map((p) => [p.score, p.stability]),
                markLine: { silent: true, symbol: "none", lineStyle: { type: "dashed", color: "#c0392b" }, data: [{ yAxis: 0.8 }] },
            },
            { name: t("fairness.fragile"), type: "scatter", itemStyle: { color: "#c0392b" }, data: ps.filter((p) => p.fragile).map((p) => [p.score, p.stability]) },
        ],
    };
});
const charts = computed(() => [
    { key: "severity", title: t("fairness.severityTitle"), option: severityOption.value },
    { key: "box", title: t("fairness.boxTitle"), option: boxOption.value },
    { key: "hist", title: t("fairness.histTitle"), option: histOption.value },
    { key: "stability", title: t("fairness.stabilityTitle"), option: stabilityOption.value },
]);
const seriesCount = (o) => o.series?.length ?? 0;
const __VLS_ctx = {
    ...{},
    ...{},
    ...{},
};
let __VLS_components;
let __VLS_intrinsics;
let __VLS_directives;
void __VLS_ctx, __VLS_components, __VLS_intrinsics, __VLS_directives;
const __VLS_template = () => {
    __VLS_withDotValue(failure, {});
    __VLS_withDotValue(method, {});
    __VLS_withDotValue(flagged, {});
    __VLS_withDotValue(calibration, {});
    __VLS_withDotValue(asTable, {});
    __VLS_withDotValue(hist, {});
    __VLS_withDotValue(panels, {});
    void {};
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "fairness" },
        'data-test': "fairness",
    });
    /** @type {__VLS_StyleScopedClasses['fairness']} */ ;
    if (failure.value) {
        let __VLS_0;
        /** @ts-ignore @type { | typeof __VLS_components.elAlert | typeof __VLS_components.ElAlert | typeof __VLS_components['el-alert']} */
        elAlert;
        // @ts-ignore
        const __VLS_1 = __VLS_asFunctionalComponent1(__VLS_0, new __VLS_0({
            // @ts-ignore
            type: "error", closable: (false), showIcon: true, title: (__VLS_unwrap(describeError, {})(__VLS_unwrap(t, {}), failure.value)),
        }));
        const __VLS_2 = __VLS_1({
            type: "error",
            closable: (false),
            showIcon: true,
            title: (__VLS_unwrap(describeError, {})(__VLS_unwrap(t, {}), failure.value)),
        }, ...__VLS_functionalComponentArgsRest(__VLS_1));
    }
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "bar" },
    });
    /** @type {__VLS_StyleScopedClasses['bar']} */ ;
    let __VLS_5;
    /** @ts-ignore @type { | typeof __VLS_components.elRadioGroup | typeof __VLS_components.ElRadioGroup | typeof __VLS_components['el-radio-group'] | typeof __VLS_components.elRadioGroup | typeof __VLS_components.ElRadioGroup | typeof __VLS_components['el-radio-group']} */
    elRadioGroup;
    // @ts-ignore
    const __VLS_6 = __VLS_asFunctionalComponent1(__VLS_5, new __VLS_5({
        // @ts-ignore
        modelValue: (__VLS_unwrap(category, {})), size: "small", dataTest: "fairness-category",
    }));
    const __VLS_7 = __VLS_6({
        modelValue: (__VLS_unwrap(category, {})),
        size: "small",
        dataTest: "fairness-category",
    }, ...__VLS_functionalComponentArgsRest(__VLS_6));
    var __VLS_8;
    const { default: __VLS_10 } = __VLS_nonNull(__VLS_8.slots);
    const __VLS_11 = __VLS_tryAsConstant((__VLS_unwrap(categories, {})));
    for (const [c] of __VLS_vFor(__VLS_nonNull(__VLS_11))) {
        let __VLS_12;
        /** @ts-ignore @type { | typeof __VLS_components.elRadioButton | typeof __VLS_components.ElRadioButton | typeof __VLS_components['el-radio-button'] | typeof __VLS_components.elRadioButton | typeof __VLS_components.ElRadioButton | typeof __VLS_components['el-radio-button']} */
        elRadioButton;
        // @ts-ignore
        const __VLS_13 = __VLS_asFunctionalComponent1(__VLS_12, new __VLS_12({
            // @ts-ignore
            key: (c), value: (c),
        }));
        const __VLS_14 = __VLS_13({
            key: (c),
            value: (c),
        }, ...__VLS_functionalComponentArgsRest(__VLS_13));
        var __VLS_15;
        const { default: __VLS_17 } = __VLS_nonNull(__VLS_15.slots);
        (__VLS_unwrap(t, {})(`category.${c}`));
        // @ts-ignore
        [failure, failure, describeError, t, t, category, categories,];
        // @ts-ignore
        [];
    }
    // @ts-ignore
    [];
    let __VLS_18;
    /** @ts-ignore @type { | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select'] | typeof __VLS_components.elSelect | typeof __VLS_components.ElSelect | typeof __VLS_components['el-select']} */
    elSelect;
    // @ts-ignore
    const __VLS_19 = __VLS_asFunctionalComponent1(__VLS_18, new __VLS_18({
        // @ts-ignore
        modelValue: (__VLS_unwrap(panel, {})), size: "small", clearable: true, placeholder: (__VLS_unwrap(t, {})('fairness.allPanels')), ...{ style: {} }, dataTest: "fairness-panel",
    }));
    const __VLS_20 = __VLS_19({
        modelValue: (__VLS_unwrap(panel, {})),
        size: "small",
        clearable: true,
        placeholder: (__VLS_unwrap(t, {})('fairness.allPanels')),
        ...{ style: {} },
        dataTest: "fairness-panel",
    }, ...__VLS_functionalComponentArgsRest(__VLS_19));
    var __VLS_21;
    const { default: __VLS_23 } = __VLS_nonNull(__VLS_21.slots);
    const __VLS_24 = __VLS_tryAsConstant((panels.value));
    for (const [p] of __VLS_vFor(__VLS_nonNull(__VLS_24))) {
        let __VLS_25;
        /** @ts-ignore @type { | typeof __VLS_components.elOption | typeof __VLS_components.ElOption | typeof __VLS_components['el-option']} */
        elOption;
        // @ts-ignore
        const __VLS_26 = __VLS_asFunctionalComponent1(__VLS_25, new __VLS_25({
            // @ts-ignore
            key: (p.panel), value: (p.panel), label: (p.panel || __VLS_unwrap(t, {})('fairness.noPanel')),
        }));
        const __VLS_27 = __VLS_26({
            key: (p.panel),
            value: (p.panel),
            label: (p.panel || __VLS_unwrap(t, {})('fairness.noPanel')),
        }, ...__VLS_functionalComponentArgsRest(__VLS_26));
        // @ts-ignore
        [t, t, panel, panels,];
    }
    // @ts-ignore
    [];
    if (method.value) {
        __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
            ...{ class: "method" },
            'data-test': "fairness-method",
        });
        /** @type {__VLS_StyleScopedClasses['method']} */ ;
        (__VLS_unwrap(t, {})("fairness.method", { method: __VLS_unwrap(t, {})(`settings.agg.${method.value}`) }));
    }
    if (props.progress) {
        let __VLS_30;
        /** @ts-ignore @type { | typeof __VLS_components.elProgress | typeof __VLS_components.ElProgress | typeof __VLS_components['el-progress']} */
        elProgress;
        // @ts-ignore
        const __VLS_31 = __VLS_asFunctionalComponent1(__VLS_30, new __VLS_30({
            // @ts-ignore
            percentage: (Math.round((props.progress.done * 100) / Math.max(1, props.progress.total))), strokeWidth: (10), ...{ style: {} }, dataTest: "stability-progress",
        }));
        const __VLS_32 = __VLS_31({
            percentage: (Math.round((props.progress.done * 100) / Math.max(1, props.progress.total))),
            strokeWidth: (10),
            ...{ style: {} },
            dataTest: "stability-progress",
        }, ...__VLS_functionalComponentArgsRest(__VLS_31));
    }
    if (flagged.value.length) {
        __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
            ...{ class: "flags" },
            'data-test': "fairness-flags",
        });
        /** @type {__VLS_StyleScopedClasses['flags']} */ ;
        const __VLS_35 = __VLS_tryAsConstant((flagged.value));
        for (const [j] of __VLS_vFor(__VLS_nonNull(__VLS_35))) {
            let __VLS_36;
            /** @ts-ignore @type { | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag'] | typeof __VLS_components.elTag | typeof __VLS_components.ElTag | typeof __VLS_components['el-tag']} */
            elTag;
            // @ts-ignore
            const __VLS_37 = __VLS_asFunctionalComponent1(__VLS_36, new __VLS_36({
                // @ts-ignore
                key: (`${j.id}-${j.panel}`), type: "danger", effect: "plain", ...{ class: "flag" },
            }));
            const __VLS_38 = __VLS_37({
                key: (`${j.id}-${j.panel}`),
                type: "danger",
                effect: "plain",
                ...{ class: "flag" },
            }, ...__VLS_functionalComponentArgsRest(__VLS_37));
            /** @type {__VLS_StyleScopedClasses['flag']} */ ;
            var __VLS_39;
            const { default: __VLS_41 } = __VLS_nonNull(__VLS_39.slots);
            (__VLS_unwrap(label, {})(j));
            (j.panel);
            (j.flags.map((f) => __VLS_unwrap(t, {})(`fairness.flag.${f}`, { severity: __VLS_unwrap(fmt, {})(j.severity), low: __VLS_unwrap(fmt, {})(j.severity_low), high: __VLS_unwrap(fmt, {})(j.severity_high), margin: calibration.value?.margin ?? 1, agreement: __VLS_unwrap(fmt, {})(j.agreement) })).join("；"));
            // @ts-ignore
            [t, t, t, method, method, flagged, flagged, label, fmt, fmt, fmt, fmt, calibration,];
            // @ts-ignore
            [];
        }
    }
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "grid" },
    });
    /** @type {__VLS_StyleScopedClasses['grid']} */ ;
    const __VLS_42 = __VLS_tryAsConstant((__VLS_unwrap(charts, {})));
    for (const [c] of __VLS_vFor(__VLS_nonNull(__VLS_42))) {
        let __VLS_43;
        /** @ts-ignore @type { | typeof __VLS_components.elCard | typeof __VLS_components.ElCard | typeof __VLS_components['el-card'] | typeof __VLS_components.elCard | typeof __VLS_components.ElCard | typeof __VLS_components['el-card']} */
        elCard;
        // @ts-ignore
        const __VLS_44 = __VLS_asFunctionalComponent1(__VLS_43, new __VLS_43({
            // @ts-ignore
            key: (c.key), shadow: "never", ...{ class: "chart-card" }, dataTest: (`chart-${c.key}`),
        }));
        const __VLS_45 = __VLS_44({
            key: (c.key),
            shadow: "never",
            ...{ class: "chart-card" },
            dataTest: (`chart-${c.key}`),
        }, ...__VLS_functionalComponentArgsRest(__VLS_44));
        /** @type {__VLS_StyleScopedClasses['chart-card']} */ ;
        var __VLS_46;
        const { default: __VLS_48 } = __VLS_nonNull(__VLS_46.slots);
        {
            const { header: __VLS_49 } = __VLS_nonNull(__VLS_46.slots);
            __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
                ...{ class: "head" },
            });
            /** @type {__VLS_StyleScopedClasses['head']} */ ;
            __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({});
            (c.title);
            let __VLS_50;
            /** @ts-ignore @type { | typeof __VLS_components.elSwitch | typeof __VLS_components.ElSwitch | typeof __VLS_components['el-switch']} */
            elSwitch;
            // @ts-ignore
            const __VLS_51 = __VLS_asFunctionalComponent1(__VLS_50, new __VLS_50({
                // @ts-ignore
                modelValue: (asTable.value[c.key]), size: "small", activeText: (__VLS_unwrap(t, {})('fairness.table')), dataTest: (`table-${c.key}`),
            }));
            const __VLS_52 = __VLS_51({
                modelValue: (asTable.value[c.key]),
                size: "small",
                activeText: (__VLS_unwrap(t, {})('fairness.table')),
                dataTest: (`table-${c.key}`),
            }, ...__VLS_functionalComponentArgsRest(__VLS_51));
            // @ts-ignore
            [t, charts, asTable,];
        }
        if (!asTable.value[c.key]) {
            let __VLS_55;
            /** @ts-ignore @type { | typeof VChart} */
            VChart;
            // @ts-ignore
            const __VLS_56 = __VLS_asFunctionalComponent1(__VLS_55, new __VLS_55({
                // @ts-ignore
                ...{ class: "chart" }, option: (c.option), autoresize: true, dataSeries: (__VLS_unwrap(seriesCount, {})(c.option)),
            }));
            const __VLS_57 = __VLS_56({
                ...{ class: "chart" },
                option: (c.option),
                autoresize: true,
                dataSeries: (__VLS_unwrap(seriesCount, {})(c.option)),
            }, ...__VLS_functionalComponentArgsRest(__VLS_56));
            /** @type {__VLS_StyleScopedClasses['chart']} */ ;
        }
        else if (c.key === 'severity' || c.key === 'box') {
            let __VLS_60;
            /** @ts-ignore @type { | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table'] | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table']} */
            elTable;
            // @ts-ignore
            const __VLS_61 = __VLS_asFunctionalComponent1(__VLS_60, new __VLS_60({
                // @ts-ignore
                data: (__VLS_unwrap(judges, {})), size: "small", height: "260",
            }));
            const __VLS_62 = __VLS_61({
                data: (__VLS_unwrap(judges, {})),
                size: "small",
                height: "260",
            }, ...__VLS_functionalComponentArgsRest(__VLS_61));
            var __VLS_63;
            const { default: __VLS_65 } = __VLS_nonNull(__VLS_63.slots);
            let __VLS_66;
            /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
            elTableColumn;
            // @ts-ignore
            const __VLS_67 = __VLS_asFunctionalComponent1(__VLS_66, new __VLS_66({
                // @ts-ignore
                label: (__VLS_unwrap(t, {})('fairness.judge')), width: "90",
            }));
            const __VLS_68 = __VLS_67({
                label: (__VLS_unwrap(t, {})('fairness.judge')),
                width: "90",
            }, ...__VLS_functionalComponentArgsRest(__VLS_67));
            var __VLS_69;
            const { default: __VLS_71 } = __VLS_nonNull(__VLS_69.slots);
            {
                const { default: __VLS_72 } = __VLS_nonNull(__VLS_69.slots);
                const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_72));
                (__VLS_unwrap(label, {})(row));
                // @ts-ignore
                [t, label, asTable, seriesCount, judges,];
            }
            // @ts-ignore
            [];
            let __VLS_73;
            /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
            elTableColumn;
            // @ts-ignore
            const __VLS_74 = __VLS_asFunctionalComponent1(__VLS_73, new __VLS_73({
                // @ts-ignore
                prop: "lessons", label: (__VLS_unwrap(t, {})('fairness.lessons')), width: "60", align: "right",
            }));
            const __VLS_75 = __VLS_74({
                prop: "lessons",
                label: (__VLS_unwrap(t, {})('fairness.lessons')),
                width: "60",
                align: "right",
            }, ...__VLS_functionalComponentArgsRest(__VLS_74));
            let __VLS_78;
            /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
            elTableColumn;
            // @ts-ignore
            const __VLS_79 = __VLS_asFunctionalComponent1(__VLS_78, new __VLS_78({
                // @ts-ignore
                label: (__VLS_unwrap(t, {})('fairness.mean')), width: "70", align: "right",
            }));
            const __VLS_80 = __VLS_79({
                label: (__VLS_unwrap(t, {})('fairness.mean')),
                width: "70",
                align: "right",
            }, ...__VLS_functionalComponentArgsRest(__VLS_79));
            var __VLS_81;
            const { default: __VLS_83 } = __VLS_nonNull(__VLS_81.slots);
            {
                const { default: __VLS_84 } = __VLS_nonNull(__VLS_81.slots);
                const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_84));
                (__VLS_unwrap(fmt, {})(row.mean));
                // @ts-ignore
                [t, t, fmt,];
            }
            // @ts-ignore
            [];
            let __VLS_85;
            /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
            elTableColumn;
            // @ts-ignore
            const __VLS_86 = __VLS_asFunctionalComponent1(__VLS_85, new __VLS_85({
                // @ts-ignore
                label: (__VLS_unwrap(t, {})('fairness.severity')), width: "70", align: "right",
            }));
            const __VLS_87 = __VLS_86({
                label: (__VLS_unwrap(t, {})('fairness.severity')),
                width: "70",
                align: "right",
            }, ...__VLS_functionalComponentArgsRest(__VLS_86));
            var __VLS_88;
            const { default: __VLS_90 } = __VLS_nonNull(__VLS_88.slots);
            {
                const { default: __VLS_91 } = __VLS_nonNull(__VLS_88.slots);
                const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_91));
                (__VLS_unwrap(fmt, {})(row.severity));
                // @ts-ignore
                [t, fmt,];
            }
            // @ts-ignore
            [];
            let __VLS_92;
            /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
            elTableColumn;
            // @ts-ignore
            const __VLS_93 = __VLS_asFunctionalComponent1(__VLS_92, new __VLS_92({
                // @ts-ignore
                label: (__VLS_unwrap(t, {})('fairness.interval')), width: "120",
            }));
            const __VLS_94 = __VLS_93({
                label: (__VLS_unwrap(t, {})('fairness.interval')),
                width: "120",
            }, ...__VLS_functionalComponentArgsRest(__VLS_93));
            var __VLS_95;
            const { default: __VLS_97 } = __VLS_nonNull(__VLS_95.slots);
            {
                const { default: __VLS_98 } = __VLS_nonNull(__VLS_95.slots);
                const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_98));
                (__VLS_unwrap(fmt, {})(row.severity_low));
                (__VLS_unwrap(fmt, {})(row.severity_high));
                // @ts-ignore
                [t, fmt, fmt,];
            }
            // @ts-ignore
            [];
            let __VLS_99;
            /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
            elTableColumn;
            // @ts-ignore
            const __VLS_100 = __VLS_asFunctionalComponent1(__VLS_99, new __VLS_99({
                // @ts-ignore
                label: (__VLS_unwrap(t, {})('fairness.agreement')), width: "70", align: "right",
            }));
            const __VLS_101 = __VLS_100({
                label: (__VLS_unwrap(t, {})('fairness.agreement')),
                width: "70",
                align: "right",
            }, ...__VLS_functionalComponentArgsRest(__VLS_100));
            var __VLS_102;
            const { default: __VLS_104 } = __VLS_nonNull(__VLS_102.slots);
            {
                const { default: __VLS_105 } = __VLS_nonNull(__VLS_102.slots);
                const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_105));
                (__VLS_unwrap(fmt, {})(row.agreement));
                // @ts-ignore
                [t, fmt,];
            }
            // @ts-ignore
            [];
            let __VLS_106;
            /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
            elTableColumn;
            // @ts-ignore
            const __VLS_107 = __VLS_asFunctionalComponent1(__VLS_106, new __VLS_106({
                // @ts-ignore
                label: (__VLS_unwrap(t, {})('fairness.consistency')), width: "70", align: "right",
            }));
            const __VLS_108 = __VLS_107({
                label: (__VLS_unwrap(t, {})('fairness.consistency')),
                width: "70",
                align: "right",
            }, ...__VLS_functionalComponentArgsRest(__VLS_107));
            var __VLS_109;
            const { default: __VLS_111 } = __VLS_nonNull(__VLS_109.slots);
            {
                const { default: __VLS_112 } = __VLS_nonNull(__VLS_109.slots);
                const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_112));
                (__VLS_unwrap(fmt, {})(row.consistency));
                // @ts-ignore
                [t, fmt,];
            }
            // @ts-ignore
            [];
            // @ts-ignore
            [];
        }
        else if (c.key === 'hist') {
            let __VLS_113;
            /** @ts-ignore @type { | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table'] | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table']} */
            elTable;
            // @ts-ignore
            const __VLS_114 = __VLS_asFunctionalComponent1(__VLS_113, new __VLS_113({
                // @ts-ignore
                data: (hist.value?.edges.map((e, i) => ({ bin: `${e}–${e + 2}`, n: hist.value.counts[i] })) ?? []), size: "small", height: "260",
            }));
            const __VLS_115 = __VLS_114({
                data: (hist.value?.edges.map((e, i) => ({ bin: `${e}–${e + 2}`, n: hist.value.counts[i] })) ?? []),
                size: "small",
                height: "260",
            }, ...__VLS_functionalComponentArgsRest(__VLS_114));
            var __VLS_116;
            const { default: __VLS_118 } = __VLS_nonNull(__VLS_116.slots);
            let __VLS_119;
            /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
            elTableColumn;
            // @ts-ignore
            const __VLS_120 = __VLS_asFunctionalComponent1(__VLS_119, new __VLS_119({
                // @ts-ignore
                prop: "bin", label: (__VLS_unwrap(t, {})('fairness.finalScore')),
            }));
            const __VLS_121 = __VLS_120({
                prop: "bin",
                label: (__VLS_unwrap(t, {})('fairness.finalScore')),
            }, ...__VLS_functionalComponentArgsRest(__VLS_120));
            let __VLS_124;
            /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
            elTableColumn;
            // @ts-ignore
            const __VLS_125 = __VLS_asFunctionalComponent1(__VLS_124, new __VLS_124({
                // @ts-ignore
                prop: "n", label: (__VLS_unwrap(t, {})('fairness.lessons')), align: "right",
            }));
            const __VLS_126 = __VLS_125({
                prop: "n",
                label: (__VLS_unwrap(t, {})('fairness.lessons')),
                align: "right",
            }, ...__VLS_functionalComponentArgsRest(__VLS_125));
            // @ts-ignore
            [t, t, hist, hist,];
        }
        else {
            let __VLS_129;
            /** @ts-ignore @type { | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table'] | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table']} */
            elTable;
            // @ts-ignore
            const __VLS_130 = __VLS_asFunctionalComponent1(__VLS_129, new __VLS_129({
                // @ts-ignore
                data: (__VLS_unwrap(points, {})), size: "small", height: "260",
            }));
            const __VLS_131 = __VLS_130({
                data: (__VLS_unwrap(points, {})),
                size: "small",
                height: "260",
            }, ...__VLS_functionalComponentArgsRest(__VLS_130));
            var __VLS_132;
            const { default: __VLS_134 } = __VLS_nonNull(__VLS_132.slots);
            let __VLS_135;
            /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
            elTableColumn;
            // @ts-ignore
            const __VLS_136 = __VLS_asFunctionalComponent1(__VLS_135, new __VLS_135({
                // @ts-ignore
                prop: "id", label: "ID", width: "80",
            }));
            const __VLS_137 = __VLS_136({
                prop: "id",
                label: "ID",
                width: "80",
            }, ...__VLS_functionalComponentArgsRest(__VLS_136));
            let __VLS_140;
            /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
            elTableColumn;
            // @ts-ignore
            const __VLS_141 = __VLS_asFunctionalComponent1(__VLS_140, new __VLS_140({
                // @ts-ignore
                prop: "title", label: (__VLS_unwrap(t, {})('roster.col.title')), minWidth: "120",
            }));
            const __VLS_142 = __VLS_141({
                prop: "title",
                label: (__VLS_unwrap(t, {})('roster.col.title')),
                minWidth: "120",
            }, ...__VLS_functionalComponentArgsRest(__VLS_141));
            let __VLS_145;
            /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
            elTableColumn;
            // @ts-ignore
            const __VLS_146 = __VLS_asFunctionalComponent1(__VLS_145, new __VLS_145({
                // @ts-ignore
                label: (__VLS_unwrap(t, {})('fairness.finalScore')), width: "80", align: "right",
            }));
            const __VLS_147 = __VLS_146({
                label: (__VLS_unwrap(t, {})('fairness.finalScore')),
                width: "80",
                align: "right",
            }, ...__VLS_functionalComponentArgsRest(__VLS_146));
            var __VLS_148;
            const { default: __VLS_150 } = __VLS_nonNull(__VLS_148.slots);
            {
                const { default: __VLS_151 } = __VLS_nonNull(__VLS_148.slots);
                const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_151));
                (__VLS_unwrap(fmt, {})(row.score));
                // @ts-ignore
                [t, t, fmt, points,];
            }
            // @ts-ignore
            [];
            let __VLS_152;
            /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
            elTableColumn;
            // @ts-ignore
            const __VLS_153 = __VLS_asFunctionalComponent1(__VLS_152, new __VLS_152({
                // @ts-ignore
                label: (__VLS_unwrap(t, {})('fairness.stability')), width: "80", align: "right",
            }));
            const __VLS_154 = __VLS_153({
                label: (__VLS_unwrap(t, {})('fairness.stability')),
                width: "80",
                align: "right",
            }, ...__VLS_functionalComponentArgsRest(__VLS_153));
            var __VLS_155;
            const { default: __VLS_157 } = __VLS_nonNull(__VLS_155.slots);
            {
                const { default: __VLS_158 } = __VLS_nonNull(__VLS_155.slots);
                const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_158));
                ((row.stability * 100).toFixed(0));
                // @ts-ignore
                [t,];
            }
            // @ts-ignore
            [];
            // @ts-ignore
            [];
        }
        // @ts-ignore
        [];
        // @ts-ignore
        [];
    }
    if (panels.value.length) {
        let __VLS_159;
        /** @ts-ignore @type { | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table'] | typeof __VLS_components.elTable | typeof __VLS_components.ElTable | typeof __VLS_components['el-table']} */
        elTable;
        // @ts-ignore
        const __VLS_160 = __VLS_asFunctionalComponent1(__VLS_159, new __VLS_159({
            // @ts-ignore
            data: (panels.value), size: "small", border: true, ...{ class: "panels" }, dataTest: "fairness-panels",
        }));
        const __VLS_161 = __VLS_160({
            data: (panels.value),
            size: "small",
            border: true,
            ...{ class: "panels" },
            dataTest: "fairness-panels",
        }, ...__VLS_functionalComponentArgsRest(__VLS_160));
        /** @type {__VLS_StyleScopedClasses['panels']} */ ;
        var __VLS_162;
        const { default: __VLS_164 } = __VLS_nonNull(__VLS_162.slots);
        let __VLS_165;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_166 = __VLS_asFunctionalComponent1(__VLS_165, new __VLS_165({
            // @ts-ignore
            prop: "panel", label: (__VLS_unwrap(t, {})('fairness.panel')), width: "120",
        }));
        const __VLS_167 = __VLS_166({
            prop: "panel",
            label: (__VLS_unwrap(t, {})('fairness.panel')),
            width: "120",
        }, ...__VLS_functionalComponentArgsRest(__VLS_166));
        let __VLS_170;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_171 = __VLS_asFunctionalComponent1(__VLS_170, new __VLS_170({
            // @ts-ignore
            prop: "judges", label: (__VLS_unwrap(t, {})('fairness.judges')), width: "70", align: "right",
        }));
        const __VLS_172 = __VLS_171({
            prop: "judges",
            label: (__VLS_unwrap(t, {})('fairness.judges')),
            width: "70",
            align: "right",
        }, ...__VLS_functionalComponentArgsRest(__VLS_171));
        let __VLS_175;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_176 = __VLS_asFunctionalComponent1(__VLS_175, new __VLS_175({
            // @ts-ignore
            prop: "lessons", label: (__VLS_unwrap(t, {})('fairness.lessons')), width: "70", align: "right",
        }));
        const __VLS_177 = __VLS_176({
            prop: "lessons",
            label: (__VLS_unwrap(t, {})('fairness.lessons')),
            width: "70",
            align: "right",
        }, ...__VLS_functionalComponentArgsRest(__VLS_176));
        let __VLS_180;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_181 = __VLS_asFunctionalComponent1(__VLS_180, new __VLS_180({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('fairness.icc21')), width: "90", align: "right",
        }));
        const __VLS_182 = __VLS_181({
            label: (__VLS_unwrap(t, {})('fairness.icc21')),
            width: "90",
            align: "right",
        }, ...__VLS_functionalComponentArgsRest(__VLS_181));
        var __VLS_183;
        const { default: __VLS_185 } = __VLS_nonNull(__VLS_183.slots);
        {
            const { default: __VLS_186 } = __VLS_nonNull(__VLS_183.slots);
            const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_186));
            (__VLS_unwrap(fmt, {})(row.icc_2_1));
            // @ts-ignore
            [t, t, t, t, panels, panels, fmt,];
        }
        // @ts-ignore
        [];
        let __VLS_187;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_188 = __VLS_asFunctionalComponent1(__VLS_187, new __VLS_187({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('fairness.icc2k')), width: "90", align: "right",
        }));
        const __VLS_189 = __VLS_188({
            label: (__VLS_unwrap(t, {})('fairness.icc2k')),
            width: "90",
            align: "right",
        }, ...__VLS_functionalComponentArgsRest(__VLS_188));
        var __VLS_190;
        const { default: __VLS_192 } = __VLS_nonNull(__VLS_190.slots);
        {
            const { default: __VLS_193 } = __VLS_nonNull(__VLS_190.slots);
            const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_193));
            (__VLS_unwrap(fmt, {})(row.icc_2_k));
            // @ts-ignore
            [t, fmt,];
        }
        // @ts-ignore
        [];
        let __VLS_194;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_195 = __VLS_asFunctionalComponent1(__VLS_194, new __VLS_194({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('fairness.kendall')), width: "90", align: "right",
        }));
        const __VLS_196 = __VLS_195({
            label: (__VLS_unwrap(t, {})('fairness.kendall')),
            width: "90",
            align: "right",
        }, ...__VLS_functionalComponentArgsRest(__VLS_195));
        var __VLS_197;
        const { default: __VLS_199 } = __VLS_nonNull(__VLS_197.slots);
        {
            const { default: __VLS_200 } = __VLS_nonNull(__VLS_197.slots);
            const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_200));
            (__VLS_unwrap(fmt, {})(row.kendall_w));
            // @ts-ignore
            [t, fmt,];
        }
        // @ts-ignore
        [];
        let __VLS_201;
        /** @ts-ignore @type { | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column'] | typeof __VLS_components.elTableColumn | typeof __VLS_components.ElTableColumn | typeof __VLS_components['el-table-column']} */
        elTableColumn;
        // @ts-ignore
        const __VLS_202 = __VLS_asFunctionalComponent1(__VLS_201, new __VLS_201({
            // @ts-ignore
            label: (__VLS_unwrap(t, {})('fairness.design')), minWidth: "260",
        }));
        const __VLS_203 = __VLS_202({
            label: (__VLS_unwrap(t, {})('fairness.design')),
            minWidth: "260",
        }, ...__VLS_functionalComponentArgsRest(__VLS_202));
        var __VLS_204;
        const { default: __VLS_206 } = __VLS_nonNull(__VLS_204.slots);
        {
            const { default: __VLS_207 } = __VLS_nonNull(__VLS_204.slots);
            const [{ row }] = __VLS_vSlot(__VLS_nonNull(__VLS_207));
            (__VLS_unwrap(t, {})("fairness.designText", { common: row.block_lessons, sharing: row.pairs_sharing, pairs: row.pairs_total, min: row.pair_lessons_min, max: row.pair_lessons_max, parts: row.components }));
            if (row.why) {
                __VLS_asFunctionalElement1(__VLS_intrinsics.span, __VLS_intrinsics.span)({
                    ...{ class: "why" },
                });
                /** @type {__VLS_StyleScopedClasses['why']} */ ;
                (__VLS_unwrap(codeText, {})(__VLS_unwrap(t, {}), "fairness.why", row.why));
            }
            // @ts-ignore
            [t, t, t, codeText,];
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
    __typeProps: {},
});
export default {};
