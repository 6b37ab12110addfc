import { createI18n, useI18n } from "vue-i18n";
import zhCN from "./locales/zh-CN";
import enUS from "./locales/en-US";
export const LOCALES = ["zh-CN", "en-US"];
const STORAGE_KEY = "jingpin.locale";
/** The saved language, zh-CN unless the user chose English before. */
export function savedLocale(storage = localStorage) {
    const v = storage.getItem(STORAGE_KEY);
    return v === "en-US" ? "en-US" : "zh-CN";
}
export function saveLocale(locale, storage = localStorage) {
    storage.setItem(STORAGE_KEY, locale);
}
export function makeI18n(locale = savedLocale()) {
    return createI18n({
        legacy: false,
        locale,
        fallbackLocale: "zh-CN",
        messages: { "zh-CN": zhCN, "en-US": enUS },
    });
}
/** `useI18n` with its `t` typed by the locales' keys ([`Translate`]): every component takes its
 *  `t` from here, so a misspelled key fails the type check. */
export function useT() {
    const i18n = useI18n();
    const t = (key, params) => (params === undefined ? i18n.t(key) : i18n.t(key, params));
    /** Whether the locale has `key`: for a key that comes as data (an audit action), checked before
     *  it is used as a [`MessageKey`]. */
    const te = (key) => i18n.te(key);
    return { locale: i18n.locale, t, te };
}
