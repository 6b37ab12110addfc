// GENERATED from src-tauri/src/ipc.rs by `cargo run -p jingpin-desktop --bin gen-ipc`. Do not edit.
import { invoke } from "@tauri-apps/api/core";
import type { ImportRubricRequest } from "./bindings/ImportRubricRequest";
import type { ImportedRubric } from "./bindings/ImportedRubric";
import type { Library } from "./bindings/Library";

export const commands = {
  library: (): Promise<Library> => invoke<Library>("library"),
  importRubric: (request: ImportRubricRequest): Promise<ImportedRubric> => invoke<ImportedRubric>("import_rubric", { request }),
};
