// One way for a page to run a command and show what went wrong: the last failure is cleared, the
// work runs, and a rejection lands in the page's failure ref as an ApiError (shown by its problem
// list), never as an unhandled promise. The work's value comes back, or undefined when it failed.
import type { Ref } from "vue";
import { toApiError, type ApiError } from "../ipc/errors";

export async function attempt<T>(failure: Ref<ApiError | null>, work: () => Promise<T>): Promise<T | undefined> {
  failure.value = null;
  try {
    return await work();
  } catch (e) {
    failure.value = toApiError(e);
    return undefined;
  }
}
