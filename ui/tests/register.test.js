import { describe, expect, it } from "vitest";
import { barredUntil, blankEntry, entryComplete, matchRows, pendingMatches } from "../src/logic/register";
const entry = { name: "王芳", school: "城关镇实验小学", region: "城关镇", year: 2024, session: "2024年县级初选", reason: "抄袭" };
const match = (lesson, teacher, status, school = entry.school) => ({
    lesson,
    teacher,
    status,
    note: "",
    kind: "exact",
    entry: { ...entry, school },
});
describe("bar register", () => {
    it("a bar holds the year found and the years after it", () => {
        expect(barredUntil(entry, 5)).toBe(2029);
    });
    it("an entry needs a name, a school, a year and a reason", () => {
        expect(entryComplete(entry)).toBe(true);
        expect(entryComplete({ ...entry, name: "  " })).toBe(false);
        expect(entryComplete({ ...entry, reason: "" })).toBe(false);
        expect(entryComplete({ ...entry, year: 199 })).toBe(false);
        expect(entryComplete(blankEntry(2025, "示例", "城关镇"))).toBe(false);
    });
    it("one row per lesson and teacher, pending ones apart", () => {
        const ms = [match("L1", "王芳", "pending"), match("L1", "王芳", "pending", "旧学校"), match("L2", "李明", "dismissed")];
        expect(matchRows(ms).map((m) => m.lesson)).toEqual(["L1", "L2"]);
        expect(matchRows(pendingMatches(ms)).length).toBe(1);
    });
});
