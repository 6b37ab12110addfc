//! The list of commands the UI may call, for generating `ui/src/ipc/commands.ts`.
//! Keep it in step with `generate_handler!` in lib.rs and with each command's declaration in
//! commands.rs: `gen-ipc --check` compares the names with the one, and each command's request,
//! response and progress channel with the other.

use std::path::Path;

use ts_rs::{Config, TS};

use crate::commands::*;
use crate::error::ApiError;
use crate::similar::*;

pub struct CommandSig {
    /// The Rust command name (snake_case); the TS wrapper is its camelCase.
    pub name: &'static str,
    /// The single `request` argument's type, if any.
    pub request: Option<String>,
    pub response: String,
    /// Reports progress over a channel (`on_progress: Channel<Progress>` in Rust; the TS wrapper
    /// takes a callback).
    pub progress: bool,
    /// The named (exported) types the wrapper refers to.
    imports: Vec<String>,
    export: fn(&Config) -> Result<(), ts_rs::ExportError>,
}

/// The type's name when it is exported to its own file (not a primitive such as `null`).
fn named<T: TS + 'static>() -> Option<String> {
    T::output_path().map(|_| T::name(&Config::new()))
}

fn call<Resp: TS + 'static>(name: &'static str) -> CommandSig {
    CommandSig {
        name,
        request: None,
        response: Resp::name(&Config::new()),
        progress: false,
        imports: named::<Resp>().into_iter().collect(),
        export: |cfg| {
            if named::<Resp>().is_some() {
                Resp::export_all(cfg)?;
            }
            Ok(())
        },
    }
}

fn call_with<Req: TS + 'static, Resp: TS + 'static>(name: &'static str) -> CommandSig {
    CommandSig {
        name,
        request: Some(Req::name(&Config::new())),
        response: Resp::name(&Config::new()),
        progress: false,
        imports: named::<Req>().into_iter().chain(named::<Resp>()).collect(),
        export: |cfg| {
            Req::export_all(cfg)?;
            if named::<Resp>().is_some() {
                Resp::export_all(cfg)?;
            }
            Ok(())
        },
    }
}

/// A long command with a request that reports its progress (see [`Progress`]).
fn call_with_progress<Req: TS + 'static, Resp: TS + 'static>(name: &'static str) -> CommandSig {
    let mut sig = call_with::<Req, Resp>(name);
    sig.progress = true;
    // `Progress` itself is exported once, with the other shared types
    sig.imports.push(Progress::name(&Config::new()));
    sig
}

pub fn commands() -> Vec<CommandSig> {
    use jingpin::app::{ImportReport, SessionView};
    use jingpin::assign::Assignment;
    use jingpin::judge_mode::JudgeView;
    use jingpin::judges::{Judge, JudgeFields, Panel};
    use jingpin::results::Results;
    use jingpin::roster::Lesson;
    use jingpin::scores::LessonScores;
    use jingpin::settings::Settings;
    use jingpin::Library;
    vec![
        call::<Library>("library"),
        call_with::<ImportRubricRequest, ImportedRubric>("import_rubric"),
        call::<RecentList>("recent_sessions"),
        call_with::<CreateSessionRequest, SessionView>("create_session"),
        call_with::<OpenSessionRequest, SessionView>("open_session"),
        call::<CurrentSession>("current_session"),
        call_with::<Settings, SessionView>("update_settings"),
        call::<LessonList>("lessons"),
        call_with::<ImportFileRequest, ImportReport>("import_roster"),
        call_with::<SaveLessonRequest, Lesson>("save_lesson"),
        call::<JudgeList>("judges"),
        call_with::<ImportFileRequest, ImportReport>("import_judges"),
        call_with::<JudgeFields, Judge>("save_judge"),
        call_with::<Panel, JudgeList>("set_panel"),
        call::<Assignment>("assign"),
        call::<Assignment>("assignment"),
        call_with_progress::<ExportSheetsRequest, ExportedSheets>("export_sheets"),
        call_with::<OpenSheetRequest, JudgeView>("open_sheet"),
        call::<CurrentSheet>("judge_view"),
        call_with::<ScoreRequest, LessonScores>("judge_set_score"),
        call_with::<VetoRequest, LessonScores>("judge_set_veto"),
        call_with::<TextRequest, LessonScores>("judge_set_comment"),
        call_with::<TextRequest, LessonScores>("judge_set_unscored"),
        call::<JudgeView>("judge_submit"),
        call::<JudgeView>("judge_unlock"),
        call_with::<ExportSheetRequest, ExportedSheet>("judge_export"),
        call_with::<MaterialsDirRequest, JudgeView>("judge_set_materials"),
        call_with::<LessonRequest, MaterialList>("judge_materials"),
        call_with::<OpenFileRequest, ()>("open_material"),
        call_with_progress::<ImportSheetsRequest, SheetImportList>("import_sheets"),
        call::<()>("cancel_import"),
        call::<WaitingList>("waiting_sheets"),
        call_with::<ConfirmSheetRequest, WaitingList>("confirm_sheet"),
        call::<Results>("results"),
        call::<CoverageList>("coverage"),
        call_with::<AbsentRequest, CoverageList>("set_absent"),
        call_with::<DecideRequest, Results>("decide"),
        call_with::<ExportResultsRequest, Results>("export_results"),
        call::<Finalized>("finalize"),
        call_with::<DemoRequest, SessionView>("open_demo"),
        call_with::<ReasonRequest, Results>("reopen"),
        call_with::<BackupRequest, ()>("backup_session"),
        call_with::<LessonRequest, jingpin::app::LessonDetail>("lesson_detail"),
        call::<AuditList>("audit_log"),
        call_with::<UserRequest, ()>("set_user"),
        call_with::<LessonRequest, LessonList>("delete_lesson"),
        call_with::<JudgeRequest, JudgeList>("delete_judge"),
        call_with::<UpdateJudgeRequest, JudgeList>("update_judge"),
        call_with::<SwapCandidatesRequest, SwapCandidates>("swap_candidates"),
        call_with::<SwapRequest, Assignment>("swap_judge"),
        call_with::<ReplaceRequest, Replaced>("replace_judge"),
        call_with::<ReviewRequest, Reviewed>("request_review"),
        call_with_progress::<MaterialsRequest, jingpin::materials::CheckReport>("check_materials"),
        call::<MaterialsView>("materials"),
        call_with_progress::<ScreenRequest, ScreeningView>("screen_materials"),
        call::<()>("cancel_screening"),
        call::<ScreeningView>("screening"),
        call_with::<TextsRequest, ScreenedTexts>("screened_texts"),
        call_with::<DismissRequest, ScreeningView>("dismiss_finding"),
        call_with_progress::<ArchiveRequest, ArchiveAdded>("archive_session"),
        call_with::<ExcludeRequest, MaterialsView>("set_excluded"),
        call_with::<ExportMaterialsRequest, ()>("export_materials"),
        call::<jingpin::app::ChainState>("verify_audit"),
        call_with::<ExportAwardsRequest, ()>("export_awards"),
        call_with::<ExportAwardsRequest, ()>("export_handoff"),
        call::<RegisterView>("register"),
        call_with::<jingpin::register::BarEntry, RegisterView>("register_add"),
        call_with::<RegisterEditRequest, RegisterView>("register_edit"),
        call_with::<ExportAwardsRequest, RegisterImported>("register_import"),
        call_with::<RegisterExportRequest, ()>("register_export"),
        call::<BarMatchList>("bar_matches"),
        call::<BarMatchList>("check_register"),
        call_with::<SettleBarRequest, BarMatchList>("settle_bar_match"),
        call::<jingpin::calibration::Calibration>("calibration"),
        call_with_progress::<StabilityRequest, StabilityList>("stability"),
    ]
}

/// Writes every binding into `dir` (`bindings/*.ts` and `commands.ts`).
pub fn export(dir: &Path) -> Result<(), ts_rs::ExportError> {
    let cfg = Config::new().with_out_dir(dir.join("bindings"));
    for c in commands() {
        (c.export)(&cfg)?;
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
        "// GENERATED from src-tauri/src/ipc.rs by `cargo run -p jingpin-desktop --example gen-ipc`. Do not edit.\n\
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
        "// GENERATED from src-tauri/src/ipc.rs by `cargo run -p jingpin-desktop --example gen-ipc`. Do not edit.\n\
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
         export const CHECK_STATUSES: CheckStatus[] = {};\n",
        json(&jingpin::category::Category::ALL.to_vec()),
        json(&jingpin::category::Category::NOTICE_2024.to_vec()),
        json(&jingpin::settings::Level::ALL.to_vec()),
        json(&jingpin::roster::Stage::ALL.to_vec()),
        json(&jingpin::select::Status::ALL.to_vec()),
        json(&jingpin::settings::Aggregation::ALL.to_vec()),
        json(&jingpin::materials::CheckStatus::ALL.to_vec()),
    )
}

/// What commands.rs declares of a command: its request type, response type (as their TypeScript
/// names) and whether it takes a progress channel, read from the source as `registered_handlers`
/// reads lib.rs.
#[derive(Debug, PartialEq)]
pub struct Declared {
    pub name: String,
    pub request: Option<String>,
    pub response: String,
    pub progress: bool,
}

/// A Rust type as ts-rs names it: the last path segment, `Vec` as `Array`, `()` as `null`.
fn ts_name(rust: &str) -> String {
    let rust = rust.trim();
    if rust == "()" {
        return "null".into();
    }
    if let Some(inner) = rust.strip_prefix("Vec<").and_then(|r| r.strip_suffix('>')) {
        return format!("Array<{}>", ts_name(inner));
    }
    rust.rsplit("::").next().unwrap_or(rust).to_string()
}

/// Every `#[tauri::command]` of commands.rs, as declared.
pub fn declared() -> Vec<Declared> {
    // every file that declares commands
    let src = [include_str!("commands.rs"), include_str!("similar.rs")].concat();
    let mut out = Vec::new();
    for part in src.split("#[tauri::command").skip(1) {
        let Some(at) = part.find("pub fn ") else { continue };
        let sig = &part[at + "pub fn ".len()..];
        let sig = &sig[..sig.find('{').unwrap_or(sig.len())];
        let name = sig[..sig.find('(').unwrap_or(0)].trim().to_string();
        let request = sig.find("request: ").map(|i| {
            let rest = &sig[i + "request: ".len()..];
            ts_name(&rest[..rest.find([',', ')']).unwrap_or(rest.len())])
        });
        let response = match sig.rfind("->") {
            None => "null".to_string(),
            Some(i) => {
                let ret = sig[i + 2..].trim();
                match ret.strip_prefix("Result<").and_then(|r| r.strip_suffix(", ApiError>")) {
                    Some(ok) => ts_name(ok),
                    None => ts_name(ret),
                }
            }
        };
        out.push(Declared {
            progress: sig.contains("Channel<Progress>"),
            name,
            request,
            response,
        });
    }
    out
}

/// Where ipc.rs's list says something of a command that its declaration in commands.rs does not.
pub fn drift() -> Vec<String> {
    let declared = declared();
    let mut out = Vec::new();
    for c in commands() {
        let listed = Declared {
            name: c.name.to_string(),
            request: c.request.clone(),
            response: c.response.clone(),
            progress: c.progress,
        };
        match declared.iter().find(|d| d.name == c.name) {
            None => out.push(format!(
                "{}: listed in ipc.rs, not declared in commands.rs or similar.rs",
                c.name
            )),
            Some(d) if *d != listed => out.push(format!(
                "{}: ipc.rs lists {listed:?}, commands.rs declares {d:?}",
                c.name
            )),
            Some(_) => {}
        }
    }
    out
}

/// The command names `generate_handler!` registers in lib.rs, in order.
pub fn registered_handlers() -> Vec<&'static str> {
    let lib = include_str!("lib.rs");
    let start = lib.find("generate_handler![").expect("lib.rs registers its handlers");
    let end = start + lib[start..].find(']').expect("the handler list ends");
    lib[start..end]
        .split(|c: char| c == ',' || c == '[' || c.is_whitespace())
        .filter_map(|s| s.strip_prefix("commands::").or_else(|| s.strip_prefix("similar::")))
        .collect()
}
