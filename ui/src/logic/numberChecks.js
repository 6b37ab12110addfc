// The numeric boxes of one page report here whether their text is refused, so the page's save or
// decide button can refuse too (a box never passes a refused value to its model; this makes sure
// the page does not save the last valid value instead, as if the correction had been made).
import { computed, provide, reactive } from "vue";
export const NUMBER_CHECKS = Symbol("number-checks");
/** Called by a page (or dialog) with numeric boxes: true while any of its boxes is refused. */
export function useNumberChecks() {
    const checks = reactive(new Map());
    provide(NUMBER_CHECKS, checks);
    return computed(() => [...checks.values()].some(Boolean));
}
