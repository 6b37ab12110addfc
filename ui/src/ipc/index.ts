// The one seam between the UI and the Rust core: only this folder calls invoke.
export { commands } from "./commands";
export { isApiError, toApiError } from "./errors";
export type { ApiError } from "./errors";
export { pickFile } from "./dialog";
export type { Category } from "./bindings/Category";
export type { Library } from "./bindings/Library";
export type { Rubric } from "./bindings/Rubric";
export type { Indicator } from "./bindings/Indicator";
export type { QuotaTable } from "./bindings/QuotaTable";
export type { Problem } from "./bindings/Problem";
export type { Location } from "./bindings/Location";
export type { Origin } from "./bindings/Origin";
export type { ImportedRubric } from "./bindings/ImportedRubric";
