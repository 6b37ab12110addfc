import { describe, expect, it } from "vitest";
import { codeText, isMessageKey } from "../src/locales/keys";
import type { MessageKey, Same, Translate } from "../src/locales/schema";

const t: Translate = (k, p) => `${k}${p ? JSON.stringify(p) : ""}`;

describe("message keys", () => {
  it("type-checks every key: a misspelled one does not compile", () => {
    const fine: MessageKey = "results.finalize";
    // each line below must fail `vue-tsc` (an unused @ts-expect-error fails it too)
    // @ts-expect-error a misspelled key
    t("results.finalise");
    // @ts-expect-error a section, not a message
    t("results");
    // @ts-expect-error a code the locale has no message for
    const status: MessageKey = `status.${"approved" as const}`;
    expect([fine, status]).toHaveLength(2);
  });

  it("fails the type check when two lists of codes differ (as ReasonCode and Reason's codes must not)", () => {
    const one: Same<"quota_full" | "barred", "barred" | "quota_full"> = true;
    // @ts-expect-error a code only one side has
    const two: Same<"quota_full" | "barred", "quota_full"> = true;
    expect([one, two]).toHaveLength(2);
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
