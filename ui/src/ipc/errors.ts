// Narrowing what a rejected command gives back into the ApiError shape the shell sends.
import type { ApiError } from "./bindings/ApiError";

export type { ApiError };

export function isApiError(e: unknown): e is ApiError {
  return (
    typeof e === "object" &&
    e !== null &&
    typeof (e as ApiError).code === "string" &&
    Array.isArray((e as ApiError).details)
  );
}

/** An ApiError from before errors carried their parameters (or a hand-made one) gets none. */
function withParams(e: ApiError): ApiError {
  return e.params ? e : { ...e, params: {} };
}

/** Any rejection as an ApiError; things that are not one become code "unknown". */
export function toApiError(e: unknown): ApiError {
  if (isApiError(e)) return withParams(e);
  return { code: "unknown", message: String(e), params: {}, details: [] };
}
