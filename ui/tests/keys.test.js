import { describe, expect, it } from "vitest";
import { codeText, isMessageKey } from "../src/locales/keys";
const t = (k, p) => `${k}${p ? JSON.stringify(p) : ""}`;
describe("message keys", () => {
    it("type-checks every key: a misspelled one does not compile", () => {
        const fine = "results.finalize";
        // each line below must fail `vue-tsc` (an unused @ts-expect-error fails it too)
        // @ts-expect-error a misspelled key
        t("results.finalise");
        // @ts-expect-error a section, not a message
        t("results");
        // @ts-expect-error a code the locale has no message for
        const status = `status.${"approved"}`;
        expect([fine, status]).toHaveLength(2);
    });
    it("checks a key that comes as data at run time", () => {
        expect(isMessageKey("results.finalize")).toBe(true);
        expect(isMessageKey("results")).toBe(false);
        expect(isMessageKey("results.finalize.more")).toBe(false);
        expect(isMessageKey("nope.nothing")).toBe(false);
        expect(codeText(t, "results.waitStatus", "edited")).toBe(isMessageKey("results.waitStatus.edited") ? "results.waitStatus.edited" : "edited");
        expect(codeText(t, "results.waitStatus", "a_status_no_locale_has")).toBe("a_status_no_locale_has");
    });
});
