//! The window's bindings, generated (`examples/gen_ipc.rs`): `ui/src/ipc/commands.ts` (a typed
//! wrapper per command, in the order the commands are declared), its types in `bindings/` (ts-rs),
//! and `values.ts` (the domain's value lists), all from the Rust declarations in `commands/`.

use std::path::Path;

use ts_rs::{Config, TS};

use crate::error::ApiError;
use crate::ipc::{CommandSig, Progress};

/// Every command's signature, file by file.
pub fn commands() -> Vec<CommandSig> {
    crate::commands::signatures()
}

/// Writes every binding into `dir` (`bindings/*.ts` and `commands.ts`).
pub fn export(dir: &Path) -> Result<(), ts_rs::ExportError> {
    let cfg = Config::new().with_out_dir(dir.join("bindings"));
    for c in commands() {
        for export in &c.exports {
            export(&cfg)?;
        }
    }
    ApiError::export_all(&cfg)?;
    Progress::export_all(&cfg)?;
    // named by values.ts and the locales' schema only, not by any command: a sheet cell's rule
    // travels as its code inside a `sheet_cell` problem, and the locales must translate each
    jingpin::roster::Stage::export_all(&cfg)?;
    jingpin::sheet::read::SheetRule::export_all(&cfg)?;
    std::fs::write(dir.join("commands.ts"), commands_ts())?;
    std::fs::write(dir.join("values.ts"), values_ts())?;
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
        for t in &c.imports {
            if !imports.contains(t) {
                imports.push(t.clone());
            }
        }
        let (name, resp) = (camel(c.name), &c.response);
        match &c.request {
            Some(req) if c.progress => body.push_str(&format!(
                "  {name}: (request: {req}, onProgress: (p: Progress) => void): Promise<{resp}> => {{\n    const channel = new Channel<Progress>();\n    channel.onmessage = onProgress;\n    return invoke<{resp}>(\"{}\", {{ request, onProgress: channel }});\n  }},\n",
                c.name
            )),
            Some(req) => body.push_str(&format!(
                "  {name}: (request: {req}): Promise<{resp}> => invoke<{resp}>(\"{}\", {{ request }}),\n",
                c.name
            )),
            None => body.push_str(&format!(
                "  {name}: (): Promise<{resp}> => invoke<{resp}>(\"{}\"),\n",
                c.name
            )),
        }
    }
    imports.sort();
    let mut out = String::from(
        "// GENERATED from src-tauri/src/commands/ by `cargo run -p jingpin-desktop --example gen-ipc`. Do not edit.\n\
         import { Channel } from \"@tauri-apps/api/core\";\n\
         import { invoke } from \"./invoke\";\n",
    );
    for t in imports {
        out.push_str(&format!("import type {{ {t} }} from \"./bindings/{t}\";\n"));
    }
    out.push_str("\nexport const commands = {\n");
    out.push_str(&body);
    out.push_str("};\n");
    out
}

/// The domain's value lists, from the core's own constants, so that no page types them (their
/// labels come from the locales: `category.*`, `level.*`, `stage.*`).
fn values_ts() -> String {
    fn json<T: serde::Serialize>(v: &T) -> String {
        serde_json::to_string(v).expect("a value list serializes")
    }
    format!(
        "// GENERATED from src-tauri/src/commands/ by `cargo run -p jingpin-desktop --example gen-ipc`. Do not edit.\n\
         import type {{ Category }} from \"./bindings/Category\";\n\
         import type {{ Level }} from \"./bindings/Level\";\n\
         import type {{ Stage }} from \"./bindings/Stage\";\n\
         import type {{ Status }} from \"./bindings/Status\";\n\
         import type {{ Aggregation }} from \"./bindings/Aggregation\";\n\
         import type {{ CheckStatus }} from \"./bindings/CheckStatus\";\n\n\
         /** Every category, in the notices' order (`Category::ALL`). */\n\
         export const CATEGORIES: Category[] = {};\n\n\
         /** The categories a new session covers: the 2024 notice's three (`Category::NOTICE_2024`). */\n\
         export const NEW_SESSION_CATEGORIES: Category[] = {};\n\n\
         /** Every level, county first (`Level::ALL`). */\n\
         export const LEVELS: Level[] = {};\n\n\
         /** The stages of basic education, youngest first (`Stage::ALL`); a roster may type others, kept as typed. */\n\
         export const STAGES: Stage[] = {};\n\n\
         /** Every selection status (`Status::ALL`). */\n\
         export const STATUSES: Status[] = {};\n\n\
         /** Every aggregation method (`Aggregation::ALL`). */\n\
         export const AGGREGATIONS: Aggregation[] = {};\n\n\
         /** Every 形式审查 result, worst first (`CheckStatus::ALL`). */\n\
         export const CHECK_STATUSES: CheckStatus[] = {};\n\n\
         /** 推荐稳定性 as the window asks for it: the core's seed and number of resamples (`stability::DEFAULT_SEED`, `DEFAULT_RESAMPLES`). */\n\
         export const STABILITY_DEFAULTS = {{ seed: {}, resamples: {} }} as const;\n",
        json(&jingpin::category::Category::ALL.to_vec()),
        json(&jingpin::category::Category::NOTICE_2024.to_vec()),
        json(&jingpin::settings::Level::ALL.to_vec()),
        json(&jingpin::roster::Stage::ALL.to_vec()),
        json(&jingpin::select::Status::ALL.to_vec()),
        json(&jingpin::settings::Aggregation::ALL.to_vec()),
        json(&jingpin::materials::CheckStatus::ALL.to_vec()),
        jingpin::stability::DEFAULT_SEED,
        jingpin::stability::DEFAULT_RESAMPLES,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sig(name: &str) -> CommandSig {
        commands()
            .into_iter()
            .find(|c| c.name == name)
            .expect("the command is declared")
    }

    /// What the window sends, whether it reports progress and what it answers are read from the
    /// function: `request`, `on_progress`, the `Ok` of its result; state arguments are not sent.
    #[test]
    fn a_signature_is_read_from_its_function() {
        let s = sig("stability");
        assert_eq!(
            (s.request.as_deref(), s.progress, s.response.as_str()),
            (Some("StabilityRequest"), true, "StabilityList")
        );
        let s = sig("library");
        assert_eq!(
            (s.request.as_deref(), s.progress, s.response.as_str()),
            (None, false, "Library")
        );
        let s = sig("cancel_import");
        assert_eq!((s.request.as_deref(), s.response.as_str()), (None, "null"));
        let s = sig("set_panel");
        assert_eq!(
            (s.request.as_deref(), s.response.as_str()),
            (Some("Panel"), "JudgeList")
        );
    }

    /// No command is declared twice (the handler would answer only the first), and the TS file
    /// has a wrapper for each.
    #[test]
    fn every_command_is_declared_once() {
        let mut names: Vec<&str> = commands().iter().map(|c| c.name).collect();
        let count = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), count, "a command name is declared twice");
        assert!(count > 70, "the signatures of every file were read ({count})");
        let ts = commands_ts();
        for name in names {
            assert!(ts.contains(&format!("(\"{name}\"")), "{name} has a wrapper");
        }
    }
}
