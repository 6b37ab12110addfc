// Every change names a person: a change refused for want of the operator's name asks for it once,
// records it and runs again; cancelling stores nothing (the audit said "unknown" before).
import { afterEach, describe, expect, it } from "vitest";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { commands, onOperatorNeeded } from "../src/ipc";
import { lastOperator, operatorName, rememberOperator } from "../src/logic/user";
const needed = { code: "operator_needed", message: "the operator's name is needed before a change", details: [] };
describe("the operator's name", () => {
    afterEach(() => clearMocks());
    function session() {
        const calls = [];
        let named = null;
        mockIPC((cmd, args) => {
            calls.push(cmd);
            if (cmd === "set_user") {
                named = args.request.name;
                return null;
            }
            if (cmd === "set_absent") {
                if (!named)
                    throw needed;
                return { judges: [], by: named };
            }
            throw new Error(`unexpected ${cmd}`);
        });
        return calls;
    }
    it("is asked before the first change, then the change runs under it", async () => {
        const calls = session();
        let asked = 0;
        onOperatorNeeded(async () => {
            asked++;
            return "张主任";
        });
        const r = (await commands.setAbsent({ judge: "J001", reason: "病假" }));
        expect(r.by).toBe("张主任");
        expect(calls).toEqual(["set_absent", "set_user", "set_absent"]);
        await commands.setAbsent({ judge: "J002", reason: "病假" });
        expect(asked, "asked once").toBe(1);
    });
    it("a cancelled question changes nothing and says why", async () => {
        const calls = session();
        onOperatorNeeded(async () => null);
        await expect(commands.setAbsent({ judge: "J001", reason: "病假" })).rejects.toMatchObject({ code: "operator_needed" });
        expect(calls).toEqual(["set_absent"]);
    });
    it("remembers the last name to prefill the question", () => {
        const store = new Map();
        const storage = { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) };
        expect(lastOperator(storage)).toBe("");
        rememberOperator("  李组长 ", storage);
        expect(lastOperator(storage)).toBe("李组长");
        expect(operatorName.value).toBe("李组长");
    });
});
