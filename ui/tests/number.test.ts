// Numeric boxes store what was typed or nothing: 150 in a 0–100 box is refused beside the box,
// the text stays for correction, and the model keeps its value (Element Plus's input-number
// clamped it to 100 and the chair's arbitration stored 100.00).
import { describe, expect, it } from "vitest";
import { defineComponent, h, ref } from "vue";
import { mount } from "@vue/test-utils";
import ElementPlus from "element-plus";
import { makeI18n } from "../src/i18n";
import { parseNumber } from "../src/logic/number";
import { parseScore } from "../src/views/judge/logic/judge";
import NumberField from "../src/components/NumberField.vue";
import { useNumberChecks } from "../src/logic/numberChecks";

describe("what a typed number means", () => {
  it("accepts values in range and on the step, exactly", () => {
    expect(parseNumber("86", { min: 0, max: 100 })).toEqual({ ok: true, value: 86 });
    expect(parseNumber(" 86.5 ", { min: 0, max: 100, multipleOf: 0.5 })).toEqual({ ok: true, value: 86.5 });
    expect(parseNumber("０．５", { min: 0, max: 1, multipleOf: 0.1 })).toEqual({ ok: true, value: 0.5 });
    expect(parseNumber("72.35", { min: 0, max: 100, multipleOf: 0.01 })).toEqual({ ok: true, value: 72.35 });
    expect(parseNumber("0.3", { multipleOf: 0.1 })).toEqual({ ok: true, value: 0.3 });
  });
  it("refuses instead of clamping or rounding", () => {
    expect(parseNumber("150", { min: 0, max: 100 })).toEqual({ ok: false, reason: "range" });
    expect(parseNumber("850", { min: 0, max: 100 })).toEqual({ ok: false, reason: "range" });
    expect(parseNumber("-1", { min: 0 })).toEqual({ ok: false, reason: "range" });
    expect(parseNumber("86.3", { min: 0, max: 100, multipleOf: 0.5 })).toEqual({ ok: false, reason: "step" });
    expect(parseNumber("2.5", { min: 0 })).toEqual({ ok: false, reason: "step" });
    expect(parseNumber("72.355", { multipleOf: 0.01 })).toEqual({ ok: false, reason: "step" });
    for (const junk of ["8 6", "1e2", "0x10", "Infinity", "八十", "86分"]) expect(parseNumber(junk).ok, junk).toBe(false);
  });
  it("an empty box is 'not set' only where the setting may be unset", () => {
    expect(parseNumber("", { nullable: true })).toEqual({ ok: true, value: null });
    expect(parseNumber("  ", {})).toEqual({ ok: false, reason: "empty" });
  });
  it("a judge's score follows the same rule (0..weight in the rubric's step)", () => {
    expect(parseScore("", 10, 1)).toEqual({ ok: true, value: null });
    expect(parseScore("11", 10, 1)).toEqual({ ok: false, reason: "range" });
    expect(parseScore("7.5", 10, 0.5)).toEqual({ ok: true, value: 7.5 });
    expect(parseScore("7.5", 10, 1)).toEqual({ ok: false, reason: "step" });
  });
});

describe("a numeric box", () => {
  // a page with one box and its save check, as LessonDetail and the settings page use them
  const Page = defineComponent({
    setup() {
      const value = ref<number | null>(null);
      const bad = useNumberChecks();
      return () =>
        h("div", [
          h(NumberField, { modelValue: value.value, "onUpdate:modelValue": (v: number | null | undefined) => (value.value = v ?? null), min: 0, max: 100, nullable: true, dataTest: "box" }),
          h("span", { "data-test": "stored" }, String(value.value)),
          h("span", { "data-test": "bad" }, String(bad.value)),
        ]);
    },
  });
  const mountPage = () => mount(Page, { global: { plugins: [makeI18n("zh-CN"), ElementPlus] } });

  it("keeps 150 as typed, says why beside it, and passes nothing on", async () => {
    const w = mountPage();
    const input = w.find("[data-test=box] input");
    await input.setValue("86");
    expect(w.find("[data-test=stored]").text()).toBe("86");
    await input.setValue("150");
    await input.trigger("blur");
    expect((input.element as HTMLInputElement).value).toBe("150");
    expect(w.find("[data-test=box-error]").text()).toBe("应在 0 至 100 之间");
    // the model keeps the last valid value, and the page knows a box is refused
    expect(w.find("[data-test=stored]").text()).toBe("86");
    expect(w.find("[data-test=bad]").text()).toBe("true");
    await input.setValue("99");
    expect(w.find("[data-test=box-error]").exists()).toBe(false);
    expect(w.find("[data-test=stored]").text()).toBe("99");
    expect(w.find("[data-test=bad]").text()).toBe("false");
    w.unmount();
  });
});
