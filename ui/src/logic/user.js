// Who is working in this window: the name the audit log records for every change. It is asked
// before the first change of each run of the app (prefilled with the last name given), never
// assumed, so no audit row says "unknown".
import { ref } from "vue";
export const USER_KEY = "jingpin.user";
/** The name given in this window since it started ("" until given). */
export const operatorName = ref("");
/** The last name given in this window, on this computer (to prefill the question). */
export function lastOperator(storage = localStorage) {
    return storage.getItem(USER_KEY) ?? "";
}
/** Records a name given now; the core is told by the caller. */
export function rememberOperator(name, storage = localStorage) {
    const n = name.trim();
    operatorName.value = n;
    if (n)
        storage.setItem(USER_KEY, n);
    return n;
}
