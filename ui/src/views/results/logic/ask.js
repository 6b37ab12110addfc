// A chair's decision asks for one line of text (a reason): the same prompt wherever it is asked.
import { ElMessageBox } from "element-plus";
/** Asks for one line of text under the decision title; null when cancelled or left empty. */
export async function askReason(t, label) {
    try {
        const { value } = await ElMessageBox.prompt(label, t("results.decision"), {
            confirmButtonText: t("common.save"),
            cancelButtonText: t("common.cancel"),
        });
        return value && value.trim() ? value.trim() : null;
    }
    catch {
        return null;
    }
}
