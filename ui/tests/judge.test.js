import { describe, expect, it } from "vitest";
import { isComplete, parseScore, total } from "../src/views/judge/logic/judge";
const s = (scores, unscored = null) => ({ scores, vetoes: [], comment: "", unscored });
describe("judge scoring logic", () => {
    it("reads typed scores within the weight and step", () => {
        expect(parseScore("9", 10, 1)).toEqual({ ok: true, value: 9 });
        expect(parseScore(" ", 10, 1)).toEqual({ ok: true, value: null });
        expect(parseScore("１０", 10, 1)).toEqual({ ok: true, value: 10 });
        expect(parseScore("7.5", 10, 0.5)).toEqual({ ok: true, value: 7.5 });
        expect(parseScore("7.5", 10, 1)).toEqual({ ok: false, reason: "step" });
        expect(parseScore("11", 10, 1)).toEqual({ ok: false, reason: "range" });
        expect(parseScore("-1", 10, 1)).toEqual({ ok: false, reason: "range" });
        expect(parseScore("九", 10, 1)).toEqual({ ok: false, reason: "nan" });
    });
    it("totals exactly and knows when a lesson is done", () => {
        expect(total(s([0.1, 0.2, null]))).toBe(0.3);
        expect(isComplete(s([9, null]))).toBe(false);
        expect(isComplete(s([9, 8]))).toBe(true);
        expect(isComplete(s([null, null], "视频无法播放"))).toBe(true);
        expect(isComplete(s([null], "  "))).toBe(false);
    });
});
