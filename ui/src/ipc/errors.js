export function isApiError(e) {
    return (typeof e === "object" &&
        e !== null &&
        typeof e.code === "string" &&
        Array.isArray(e.details));
}
/** An ApiError from before errors carried their parameters (or a hand-made one) gets none. */
function withParams(e) {
    return e.params ? e : { ...e, params: {} };
}
/** Any rejection as an ApiError; things that are not one become code "unknown". */
export function toApiError(e) {
    if (isApiError(e))
        return withParams(e);
    return { code: "unknown", message: String(e), params: {}, details: [] };
}
