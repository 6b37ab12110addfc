// The one seam between the UI and the Rust core: only this folder calls invoke.
export { commands } from "./commands";
export { onOperatorNeeded } from "./invoke";
export { AGGREGATIONS, CATEGORIES, CHECK_STATUSES, LEVELS, NEW_SESSION_CATEGORIES, STABILITY_DEFAULTS, STAGES, STATUSES } from "./values";
export { isApiError, toApiError } from "./errors";
export { pickFile, pickFiles, pickFolder, pickSavePath } from "./dialog";
export { onFilesDropped } from "./dragdrop";
