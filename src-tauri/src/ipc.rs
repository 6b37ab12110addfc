//! The commands the UI may call, listed once (`with_commands!`): the Tauri handler (lib.rs) and
//! `ui/src/ipc/commands.ts` with its types are generated from the list; `gen-ipc --check` compares
//! each line with the function it names.

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

/// Every command the window may call, declared once: `with_commands!(m)` hands the list to the
/// macro `m`. lib.rs makes the Tauri handler from it (`handlers!`), gen-ipc the TypeScript wrappers
/// and their types (`signatures!`); `drift` checks each line against the function it names (request,
/// response, progress channel). A new command is its function in commands.rs (or similar.rs) and
/// one line here: `module::name() => Response;`, `module::name(Request) => Response;` or
/// `module::name(Request, progress) => Response;`.
#[macro_export]
macro_rules! with_commands {
    ($then:ident) => {
        $then! {
            commands::library() => Library;
            commands::import_rubric(ImportRubricRequest) => ImportedRubric;
            commands::recent_sessions() => RecentList;
            commands::create_session(CreateSessionRequest) => SessionView;
            commands::open_session(OpenSessionRequest) => SessionView;
            commands::current_session() => CurrentSession;
            commands::update_settings(Settings) => SessionView;
            commands::lessons() => LessonList;
            commands::import_roster(ImportFileRequest) => ImportReport;
            commands::save_lesson(SaveLessonRequest) => Lesson;
            commands::judges() => JudgeList;
            commands::import_judges(ImportFileRequest) => ImportReport;
            commands::save_judge(JudgeFields) => Judge;
            commands::set_panel(Panel) => JudgeList;
            commands::assign() => Assignment;
            commands::assignment() => Assignment;
            commands::export_sheets(ExportSheetsRequest, progress) => ExportedSheets;
            commands::open_sheet(OpenSheetRequest) => JudgeView;
            commands::judge_view() => CurrentSheet;
            commands::judge_set_score(ScoreRequest) => LessonScores;
            commands::judge_set_veto(VetoRequest) => LessonScores;
            commands::judge_set_comment(TextRequest) => LessonScores;
            commands::judge_set_unscored(TextRequest) => LessonScores;
            commands::judge_submit() => JudgeView;
            commands::judge_unlock() => JudgeView;
            commands::judge_export(ExportSheetRequest) => ExportedSheet;
            commands::judge_set_materials(MaterialsDirRequest) => JudgeView;
            commands::judge_materials(LessonRequest) => MaterialList;
            commands::open_material(OpenFileRequest) => ();
            commands::import_sheets(ImportSheetsRequest, progress) => SheetImportList;
            commands::cancel_import() => ();
            commands::waiting_sheets() => WaitingList;
            commands::confirm_sheet(ConfirmSheetRequest) => WaitingList;
            commands::results() => Results;
            commands::coverage() => CoverageList;
            commands::set_absent(AbsentRequest) => CoverageList;
            commands::decide(DecideRequest) => Results;
            commands::export_results(ExportResultsRequest) => Results;
            commands::finalize() => Finalized;
            commands::open_demo(DemoRequest) => SessionView;
            commands::reopen(ReasonRequest) => Results;
            commands::backup_session(BackupRequest) => ();
            commands::lesson_detail(LessonRequest) => jingpin::app::LessonDetail;
            commands::audit_log() => AuditList;
            commands::set_user(UserRequest) => ();
            commands::delete_lesson(LessonRequest) => LessonList;
            commands::delete_judge(JudgeRequest) => JudgeList;
            commands::update_judge(UpdateJudgeRequest) => JudgeList;
            commands::swap_candidates(SwapCandidatesRequest) => SwapCandidates;
            commands::swap_judge(SwapRequest) => Assignment;
            commands::replace_judge(ReplaceRequest) => Replaced;
            commands::request_review(ReviewRequest) => Reviewed;
            commands::check_materials(MaterialsRequest, progress) => jingpin::materials::CheckReport;
            commands::materials() => MaterialsView;
            similar::screen_materials(ScreenRequest, progress) => ScreeningView;
            similar::cancel_screening() => ();
            similar::screening() => ScreeningView;
            similar::screened_texts(TextsRequest) => ScreenedTexts;
            similar::dismiss_finding(DismissRequest) => ScreeningView;
            similar::archive_session(ArchiveRequest, progress) => ArchiveAdded;
            commands::set_excluded(ExcludeRequest) => MaterialsView;
            commands::export_materials(ExportMaterialsRequest) => ();
            commands::verify_audit() => jingpin::app::ChainState;
            commands::export_awards(ExportAwardsRequest) => ();
            commands::export_handoff(ExportAwardsRequest) => ();
            commands::register() => RegisterView;
            commands::register_add(jingpin::register::BarEntry) => RegisterView;
            commands::register_edit(RegisterEditRequest) => RegisterView;
            commands::register_import(ExportAwardsRequest) => RegisterImported;
            commands::register_export(RegisterExportRequest) => ();
            commands::bar_matches() => BarMatchList;
            commands::check_register() => BarMatchList;
            commands::settle_bar_match(SettleBarRequest) => BarMatchList;
            commands::calibration() => jingpin::calibration::Calibration;
            commands::stability(StabilityRequest, progress) => StabilityList;
        }
    };
}

/// The Tauri handler for every command of [`with_commands!`].
#[macro_export]
macro_rules! handlers {
    ($($module:ident :: $name:ident ( $($request:ty $(, $progress:ident)?)? ) => $response:ty;)*) => {
        tauri::generate_handler![$($module::$name),*]
    };
}

/// One command's signature (see [`with_commands!`]).
macro_rules! signature {
    ($name:ident, [], $response:ty) => {
        call::<$response>(stringify!($name))
    };
    ($name:ident, [$request:ty], $response:ty) => {
        call_with::<$request, $response>(stringify!($name))
    };
    ($name:ident, [$request:ty, progress], $response:ty) => {
        call_with_progress::<$request, $response>(stringify!($name))
    };
}

/// The signatures of every command of [`with_commands!`], in its order.
macro_rules! signatures {
    ($($module:ident :: $name:ident ( $($request:ty $(, $progress:ident)?)? ) => $response:ty;)*) => {
        vec![$(signature!($name, [$($request $(, $progress)?)?], $response)),*]
    };
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
    with_commands!(signatures)
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

/// What commands.rs declares of a command: its request type, response type (as their TypeScript
/// names) and whether it takes a progress channel, read from the source.
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
    // a command declared but not listed is unreachable from the window
    let listed: Vec<&str> = commands().iter().map(|c| c.name).collect();
    for d in declared.iter().filter(|d| !listed.contains(&d.name.as_str())) {
        out.push(format!("{}: declared, not listed in with_commands!", d.name));
    }
    out
}
