// One way for a page to run a command and show what went wrong: the work runs, and a rejection
// becomes an ApiError, never an unhandled promise. Given the page's failure ref, the last failure
// is cleared first and a new one lands there (shown by its problem list); given a handler (a toast,
// an emit to the parent), the handler gets it. The work's value comes back, or undefined when it
// failed.
import { isRef } from "vue";
import { toApiError } from "../ipc/errors";
export async function attempt(failure, work) {
    if (isRef(failure))
        failure.value = null;
    try {
        return await work();
    }
    catch (e) {
        if (isRef(failure))
            failure.value = toApiError(e);
        else
            failure(toApiError(e));
        return undefined;
    }
}
