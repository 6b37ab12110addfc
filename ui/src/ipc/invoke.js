// Every command goes through here (the generated `commands` call this `invoke`). One thing is
// handled for all of them: a change refused because the window's user has not given their name
// (`operator_needed`, refused before anything was done) asks for the name once, records it, and
// runs the same command again — so every audit row names a person, whichever button came first.
import { invoke as tauriInvoke } from "@tauri-apps/api/core";
import { isApiError } from "./errors";
let ask = null;
let asking = null;
/** The window's way to ask who is working (a dialog prefilled with the last name). */
export function onOperatorNeeded(fn) {
    ask = fn;
}
export async function invoke(cmd, args) {
    try {
        return await tauriInvoke(cmd, args);
    }
    catch (e) {
        if (!(isApiError(e) && e.code === "operator_needed" && ask))
            throw e;
        // two changes at once ask once
        asking ??= ask().finally(() => (asking = null));
        const name = (await asking)?.trim();
        if (!name)
            throw e;
        await tauriInvoke("set_user", { request: { name } });
        return await tauriInvoke(cmd, args);
    }
}
