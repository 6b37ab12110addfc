//! The list of commands the UI may call, for generating `ui/src/ipc/commands.ts`.
//! Keep it in step with `generate_handler!` in lib.rs (the end-to-end test calls every command).

use std::path::Path;

use ts_rs::TS;

use crate::commands::{ImportRubricRequest, ImportedRubric};
use crate::error::ApiError;

pub struct CommandSig {
    /// The Rust command name (snake_case); the TS wrapper is its camelCase.
    pub name: &'static str,
    /// The single `request` argument's type, if any.
    pub request: Option<String>,
    pub response: String,
}

pub fn commands() -> Vec<CommandSig> {
    let cfg = ts_rs::Config::new();
    vec![
        CommandSig {
            name: "library",
            request: None,
            response: jingpin::Library::name(&cfg),
        },
        CommandSig {
            name: "import_rubric",
            request: Some(ImportRubricRequest::name(&cfg)),
            response: ImportedRubric::name(&cfg),
        },
    ]
}

/// Writes every binding into `dir` (`bindings/*.ts` and `commands.ts`).
pub fn export(dir: &Path) -> Result<(), ts_rs::ExportError> {
    let cfg = ts_rs::Config::new().with_out_dir(dir.join("bindings"));
    jingpin::Library::export_all(&cfg)?;
    ImportRubricRequest::export_all(&cfg)?;
    ImportedRubric::export_all(&cfg)?;
    ApiError::export_all(&cfg)?;
    std::fs::write(dir.join("commands.ts"), commands_ts())?;
    Ok(())
}

fn camel(name: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

fn commands_ts() -> String {
    let mut imports: Vec<String> = Vec::new();
    let mut body = String::new();
    for c in commands() {
        for t in c.request.iter().chain([&c.response]) {
            if !imports.contains(t) {
                imports.push(t.clone());
            }
        }
        match &c.request {
            Some(req) => body.push_str(&format!(
                "  {}: (request: {req}): Promise<{}> => invoke<{}>(\"{}\", {{ request }}),\n",
                camel(c.name),
                c.response,
                c.response,
                c.name
            )),
            None => body.push_str(&format!(
                "  {}: (): Promise<{}> => invoke<{}>(\"{}\"),\n",
                camel(c.name),
                c.response,
                c.response,
                c.name
            )),
        }
    }
    imports.sort();
    let mut out = String::from(
        "// GENERATED from src-tauri/src/ipc.rs by `cargo run -p jingpin-desktop --bin gen-ipc`. Do not edit.\n\
         import { invoke } from \"@tauri-apps/api/core\";\n",
    );
    for t in imports {
        out.push_str(&format!("import type {{ {t} }} from \"./bindings/{t}\";\n"));
    }
    out.push_str("\nexport const commands = {\n");
    out.push_str(&body);
    out.push_str("};\n");
    out
}
