// each line fails to compile with `{ missing: "…" }` when a translation is missing
export const covered = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];
