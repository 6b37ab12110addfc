// Keys built from data (an audit action, a code a binding types as a plain string): checked against
// the locale at run time before use, so the type checker still sees only `MessageKey`s.
import zhCN from "./zh-CN";
/** Whether `key` names a message (a leaf of the zh-CN messages). */
export function isMessageKey(key) {
    let node = zhCN;
    for (const part of key.split(".")) {
        if (node === null || typeof node !== "object" || !(part in node))
            return false;
        node = node[part];
    }
    return typeof node === "string";
}
/** The message `prefix.code` says, or the code itself when the locale has no such message. */
export function codeText(t, prefix, code, params) {
    const key = `${prefix}.${code ?? ""}`;
    return isMessageKey(key) ? t(key, params) : String(code ?? "");
}
