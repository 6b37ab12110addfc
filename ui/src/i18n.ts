import { createI18n } from "vue-i18n";
import zhCN from "./locales/zh-CN";
import enUS from "./locales/en-US";

export type Locale = "zh-CN" | "en-US";
export const LOCALES: Locale[] = ["zh-CN", "en-US"];
const STORAGE_KEY = "jingpin.locale";

/** The saved language, zh-CN unless the user chose English before. */
export function savedLocale(storage: Pick<Storage, "getItem"> = localStorage): Locale {
  const v = storage.getItem(STORAGE_KEY);
  return v === "en-US" ? "en-US" : "zh-CN";
}

export function saveLocale(locale: Locale, storage: Pick<Storage, "setItem"> = localStorage) {
  storage.setItem(STORAGE_KEY, locale);
}

export function makeI18n(locale: Locale = savedLocale()) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: "zh-CN",
    messages: { "zh-CN": zhCN, "en-US": enUS },
  });
}
