//! `jingpin session | roster | judges | panels | assign | audit`: a chair's work on a session file.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Subcommand};

use super::library_cmd::code_of;
use super::{io_error, print_json, ListArgs};
use jingpin::app;
use jingpin::app::{Actor, Session};
use jingpin::category::Category;
use jingpin::error::Error;
use jingpin::judges::Panel;
use jingpin::library::Library;
use jingpin::paths;
use jingpin::settings::Settings;

#[derive(Debug, Subcommand)]
pub(super) enum SessionCommand {
    /// Create a new session file (defaults: county level, the three 2024 categories, notice rules).
    Init {
        db: PathBuf,
        /// Settings file; see examples/session.toml for every key.
        #[arg(long)]
        config: Option<PathBuf>,
        /// Session name when no --config is given.
        #[arg(long, default_value = "精品课评审")]
        name: String,
        #[arg(long, default_value_t = 2025)]
        year: u16,
        /// A quota table (jingpin quota list) whose row for --region gives the category quotas.
        #[arg(long, requires = "region")]
        quota_table: Option<String>,
        /// This session's own row in --quota-table (e.g. 广东, 南京).
        #[arg(long, requires = "quota_table")]
        region: Option<String>,
    },
    /// Check the whole session file (SQLite's integrity check: every table, index and page);
    /// exit 1 when it is damaged (restore the last backup).
    Check { db: PathBuf },
    /// Write a complete copy of a session, safe while the app has it open (SQLite VACUUM INTO).
    /// Never onto the session itself; an existing file only with --force.
    Backup {
        db: PathBuf,
        out: PathBuf,
        /// Replace an existing file at OUT.
        #[arg(long)]
        force: bool,
    },
    /// Lift 定稿 so the session can be changed again (audited with the reason).
    Reopen {
        db: PathBuf,
        #[arg(long)]
        reason: String,
    },
    /// Show a session's settings and counts.
    Show {
        db: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Replace a session's settings from a file (every change is audited).
    Configure { db: PathBuf, config: PathBuf },
}

#[derive(Debug, Subcommand)]
pub(super) enum RosterCommand {
    /// Import a roster workbook (xlsx, xls, ods, csv in UTF-8 or GBK). All or nothing.
    Import {
        db: PathBuf,
        file: PathBuf,
        /// The category of every row, for a roster without a 类别 column.
        #[arg(long)]
        category: Option<Category>,
    },
    /// List the lessons.
    List {
        db: PathBuf,
        #[command(flatten)]
        list: ListArgs,
    },
}

#[derive(Debug, Subcommand)]
pub(super) enum JudgesCommand {
    /// Import a judge list (姓名, 工作单位, 所在地区, 评审组, 职务). All or nothing.
    Import { db: PathBuf, file: PathBuf },
    /// List the judges.
    List {
        db: PathBuf,
        #[command(flatten)]
        list: ListArgs,
    },
}

#[derive(Debug, Subcommand)]
pub(super) enum PanelsCommand {
    /// List the panels and what each covers (empty = any).
    List {
        db: PathBuf,
        #[command(flatten)]
        list: ListArgs,
    },
    /// Set what a panel covers; lists are comma-separated. A list left out or given empty
    /// (`--subjects ""`) means any; `--any` makes the panel cover every lesson.
    Set {
        db: PathBuf,
        name: String,
        #[arg(long, value_delimiter = ',')]
        categories: Vec<Category>,
        #[arg(long, value_delimiter = ',')]
        stages: Vec<String>,
        #[arg(long, value_delimiter = ',')]
        subjects: Vec<String>,
        /// Cover any category, stage and subject.
        #[arg(long, conflicts_with_all = ["categories", "stages", "subjects"])]
        any: bool,
    },
}

#[derive(Debug, Subcommand)]
pub(super) enum SheetsCommand {
    /// Write one score sheet per judge, from the assignment.
    Export {
        db: PathBuf,
        #[arg(long)]
        out: PathBuf,
    },
    /// Check and store returned sheets (all in one transaction; rejected ones store nothing).
    /// Intact sheets count at once. Sheets edited outside the app, and sheets whose signature does
    /// not verify, are stored but wait for the chair's confirmation (listed with every changed
    /// cell; exit code 1) — see `sheets confirm`.
    Import {
        db: PathBuf,
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Confirm every edited or unverified sheet of this import in the same step (scripted
        /// use); each confirmation is audited with its changed cells.
        #[arg(long)]
        confirm_edits: bool,
        #[arg(long)]
        json: bool,
    },
    /// The chair confirms a judge's waiting sheet (its scores count from now on, audited with its
    /// changed cells), or settles a same-revision conflict in favour of one sheet.
    Confirm {
        db: PathBuf,
        judge: String,
        #[arg(long)]
        revision: Option<u32>,
        /// The sheet's file (path or name), when several wait.
        #[arg(long)]
        file: Option<String>,
    },
    /// List the sheets waiting for the chair's confirmation, with every changed cell.
    Waiting {
        db: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Read returned sheets and judge each (intact, external_edit, unverified, rejected) without storing anything.
    Check {
        db: PathBuf,
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub(super) enum JudgeCommand {
    /// Open a score sheet into this judge's workspace and show the progress.
    Open { sheet: PathBuf },
    /// Read edits from standard input, one per line, and answer `saved …` after each is committed:
    /// `score LESSON N VALUE` (N from 1; VALUE `-` clears), `veto LESSON VETO-ID REASON`,
    /// `clear-veto LESSON VETO-ID`, `comment LESSON TEXT`, `unscored LESSON REASON`.
    Fill { sheet: PathBuf },
    /// Check completeness, lock, and write the filled sheet.
    Submit {
        sheet: PathBuf,
        #[arg(long)]
        out: PathBuf,
    },
    /// Unlock submitted scores to change them.
    Unlock { sheet: PathBuf },
}

#[derive(Debug, Args)]
pub(super) struct RankArgs {
    db: PathBuf,
    #[arg(long)]
    json: bool,
    /// Compute 推荐稳定性 per lesson (a whole selection per replicate: about 1.5 s at national scale).
    #[arg(long)]
    stability: bool,
    /// Seed of the stability bootstrap (implies --stability; the same seed gives the same shares).
    #[arg(long)]
    stability_seed: Option<u64>,
    /// Bootstrap resamples for stability (0: leave-one-out only).
    #[arg(long, default_value_t = jingpin::stability::DEFAULT_RESAMPLES)]
    resamples: u32,
}

#[derive(Debug, Args)]
pub(super) struct CalibrateArgs {
    db: PathBuf,
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
pub(super) struct ExportArgs {
    db: PathBuf,
    /// The results workbook.
    #[arg(long, required_unless_present_any = ["awards", "handoff"])]
    out: Option<PathBuf>,
    /// Also (or only) the 获奖名单 for certificates: one row per teacher.
    #[arg(long)]
    awards: Option<PathBuf>,
    /// Also (or only) the 上报推荐汇总表 the next level imports as its roster.
    #[arg(long)]
    handoff: Option<PathBuf>,
    /// Add 推荐稳定性 to 推荐名单 and 候补名单 (bootstrap with --stability-seed, --resamples).
    #[arg(long)]
    stability: bool,
    #[arg(long, default_value_t = jingpin::stability::DEFAULT_SEED)]
    stability_seed: u64,
    #[arg(long, default_value_t = jingpin::stability::DEFAULT_RESAMPLES)]
    resamples: u32,
}

#[derive(Debug, Args)]
pub(super) struct DbArg {
    db: PathBuf,
}

#[derive(Debug, Args)]
pub(super) struct AbsentArgs {
    db: PathBuf,
    judge: String,
    #[arg(long, required_unless_present = "clear")]
    reason: Option<String>,
    #[arg(long)]
    clear: bool,
}

#[derive(Debug, Subcommand)]
pub(super) enum DecideCommand {
    /// Set a held lesson's final score (仲裁).
    Arbitrate {
        db: PathBuf,
        lesson: String,
        score: f64,
        #[arg(long)]
        reason: String,
    },
    /// Accept a held lesson's computed score.
    Accept {
        db: PathBuf,
        lesson: String,
        #[arg(long)]
        reason: String,
    },
    /// Overrule the veto marks of a lesson.
    OverruleVeto {
        db: PathBuf,
        lesson: String,
        #[arg(long)]
        reason: String,
    },
    /// Veto a lesson with one of its rubric's veto items (id or name, e.g. plagiarism), on
    /// evidence the reason states (查重's files, coverage and passage).
    Veto {
        db: PathBuf,
        lesson: String,
        item: String,
        #[arg(long)]
        reason: String,
    },
    /// Accept a lesson with fewer scores than required.
    AcceptIncomplete {
        db: PathBuf,
        lesson: String,
        #[arg(long)]
        reason: String,
    },
    /// Order lessons of a tie nothing broke (lower first).
    TieOrder {
        db: PathBuf,
        lesson: String,
        order: u32,
        #[arg(long)]
        reason: String,
    },
    /// Ask a judge for a third review of a lesson held for its judges' spread: the judge gets the
    /// lesson (recusal holds) and a new sheet written into --out; the hold is released once their
    /// scores are imported.
    Review {
        db: PathBuf,
        lesson: String,
        judge: String,
        #[arg(long)]
        reason: String,
        /// Folder for the judge's new sheet.
        #[arg(long)]
        out: PathBuf,
    },
    /// Settle a roster teacher's match against the bar register (失信名单): confirm keeps the
    /// lesson out (reason `barred`), dismiss clears it (a namesake), pending takes it back.
    Barred {
        db: PathBuf,
        lesson: String,
        teacher: String,
        #[arg(value_enum)]
        word: BarWord,
        #[arg(long)]
        reason: String,
    },
    /// Take back an earlier decision on a lesson.
    Withdraw {
        db: PathBuf,
        lesson: String,
        /// arbitrate | accept | overrule-veto | accept-incomplete | tie-order | review | veto
        #[arg(value_enum)]
        decision: WithdrawKind,
        #[arg(long)]
        reason: String,
    },
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub(super) enum BarWord {
    Confirm,
    Dismiss,
    Pending,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub(super) enum WithdrawKind {
    Arbitrate,
    Accept,
    OverruleVeto,
    AcceptIncomplete,
    TieOrder,
    Review,
    Veto,
}

#[derive(Debug, Args)]
pub(super) struct AssignArgs {
    db: PathBuf,
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub(super) struct AuditArgs {
    #[command(subcommand)]
    command: Option<AuditCommand>,
    db: Option<PathBuf>,
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Subcommand)]
pub(super) enum AuditCommand {
    /// Check the audit log's hash chain: names the first row changed, deleted or inserted outside
    /// the program (exit 1), or prints the chain head that printed lists carry.
    Verify { db: PathBuf },
}

fn actor() -> Actor {
    Actor::now()
}

fn library() -> Library {
    Library::load(&paths::user_rubric_dir(), &paths::user_quota_dir())
}

fn settings_from(path: &PathBuf, library: &Library) -> Result<Settings, Error> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::read(path, e))?;
    Ok(Settings::from_toml(&text, path, library)?)
}

pub(super) fn run_session(command: SessionCommand, out: &mut dyn Write) -> Result<ExitCode, Error> {
    let lib = library();
    match command {
        SessionCommand::Init {
            db,
            config,
            name,
            year,
            quota_table,
            region,
        } => {
            let settings = match (config, quota_table, region) {
                (Some(path), _, _) => settings_from(&path, &lib)?,
                (None, Some(table), Some(region)) => {
                    let source = jingpin::settings::QuotaSource {
                        table,
                        region: Some(region),
                        per_region: false,
                    };
                    Settings::from_quota_table(&name, year, None, source, &lib)?
                }
                _ => Settings::default_for(&name, year, &lib)?,
            };
            if settings.categories.iter().any(|c| c.quota == 0) {
                writeln!(
                    out,
                    "warning: a category has quota 0 (nothing will be recommended); set it with --quota-table/--region or session configure"
                )
                .map_err(io_error)?;
            }
            let uid = uuid::Uuid::new_v4().to_string();
            app::create(&db, &settings, &lib, &uid, &actor())?;
            writeln!(out, "created {} ({}; session id {uid})", db.display(), settings.name).map_err(io_error)?;
            Ok(ExitCode::SUCCESS)
        }
        SessionCommand::Check { db } => {
            let store = Session::open(&db)?;
            let problems = store.integrity()?;
            if problems.is_empty() {
                writeln!(out, "{}: whole (integrity check ok)", db.display()).map_err(io_error)?;
                return Ok(ExitCode::SUCCESS);
            }
            writeln!(
                out,
                "{}: damaged; it opens read-only — restore the last backup ({} problem(s)):",
                db.display(),
                problems.len()
            )
            .map_err(io_error)?;
            for p in problems.iter().take(20) {
                writeln!(out, "  {p}").map_err(io_error)?;
            }
            Ok(ExitCode::from(1))
        }
        SessionCommand::Backup { db, out: dest, force } => {
            let store = Session::open(&db)?;
            store.backup(&dest, force)?;
            writeln!(out, "wrote {}", dest.display()).map_err(io_error)?;
            Ok(ExitCode::SUCCESS)
        }
        SessionCommand::Reopen { db, reason } => {
            let mut store = Session::open(&db)?;
            app::reopen(&mut store, &reason, &actor())?;
            writeln!(out, "reopened").map_err(io_error)?;
            Ok(ExitCode::SUCCESS)
        }
        SessionCommand::Show { db, json } => {
            let store = Session::open(&db)?;
            let settings = store.settings()?;
            if json {
                #[derive(serde::Serialize)]
                struct Shown {
                    uid: String,
                    settings: Settings,
                    lessons: usize,
                    judges: usize,
                }
                print_json(
                    out,
                    &Shown {
                        uid: store.uid()?,
                        settings,
                        lessons: store.lessons()?.len(),
                        judges: store.judges()?.len(),
                    },
                )?;
            } else {
                write!(out, "{}", settings.to_toml()).map_err(io_error)?;
                writeln!(
                    out,
                    "# {} lessons, {} judges",
                    store.lessons()?.len(),
                    store.judges()?.len()
                )
                .map_err(io_error)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        SessionCommand::Configure { db, config } => {
            let settings = settings_from(&config, &lib)?;
            let mut store = Session::open(&db)?;
            let changes = app::update_settings(&mut store, &settings, &lib, &actor())?;
            for (key, old, new) in &changes {
                writeln!(out, "{key}: {old} → {new}").map_err(io_error)?;
            }
            writeln!(out, "{} setting(s) changed", changes.len()).map_err(io_error)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn print_report(out: &mut dyn Write, what: &str, r: &app::ImportReport) -> Result<(), Error> {
    writeln!(
        out,
        "imported {}: {} {what} (added {}, updated {}, unchanged {}), {} warning(s)",
        r.file,
        r.rows,
        r.merged.added,
        r.merged.updated,
        r.merged.unchanged,
        r.warnings.len()
    )
    .map_err(io_error)?;
    for w in &r.warnings {
        writeln!(out, "warning[{}]: {w}", code_of(&w.kind)).map_err(io_error)?;
    }
    Ok(())
}

pub(super) fn run_roster(command: RosterCommand, out: &mut dyn Write) -> Result<ExitCode, Error> {
    match command {
        RosterCommand::Import { db, file, category } => {
            let mut store = Session::open(&db)?;
            let register: Vec<jingpin::register::BarEntry> = super::register_cmd::open_register()?
                .entries()?
                .into_iter()
                .map(|r| r.entry)
                .collect();
            let report = app::import_roster_checked(&mut store, &file, category, &register, &actor())?;
            print_report(out, "lessons", &report)?;
            let pending: Vec<_> = store
                .bar_matches()?
                .into_iter()
                .filter(|m| m.status == jingpin::register::HitStatus::Pending)
                .collect();
            for m in &pending {
                writeln!(
                    out,
                    "  失信名单 {} ({}): {} {} — {}年 {}，{}",
                    m.hit.kind.code(),
                    m.hit.lesson,
                    m.hit.teacher,
                    m.hit.entry.school,
                    m.hit.entry.year,
                    m.hit.entry.session,
                    m.hit.entry.reason
                )
                .map_err(io_error)?;
            }
            if !pending.is_empty() {
                writeln!(
                    out,
                    "{} teacher(s) match the bar register: confirm or dismiss each with `jingpin decide barred`",
                    pending.len()
                )
                .map_err(io_error)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        RosterCommand::List { db, list } => {
            let lessons = Session::open(&db)?.lessons()?;
            if list.json {
                print_json(out, &lessons)?;
            } else {
                for l in &lessons {
                    let f = &l.fields;
                    writeln!(
                        out,
                        "{}  {}  {}  {} {} {}  {}  {}  {}{}",
                        l.id,
                        f.category,
                        f.region,
                        f.stage,
                        f.subject,
                        f.grade,
                        f.title,
                        f.teachers.join("、"),
                        f.school,
                        if l.warnings.is_empty() {
                            String::new()
                        } else {
                            format!("  ⚠ {}", l.warnings.len())
                        }
                    )
                    .map_err(io_error)?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

pub(super) fn run_judges(command: JudgesCommand, out: &mut dyn Write) -> Result<ExitCode, Error> {
    match command {
        JudgesCommand::Import { db, file } => {
            let mut store = Session::open(&db)?;
            let report = app::import_judges(&mut store, &file, &actor())?;
            print_report(out, "judges", &report)?;
            Ok(ExitCode::SUCCESS)
        }
        JudgesCommand::List { db, list } => {
            let judges = Session::open(&db)?.judges()?;
            if list.json {
                print_json(out, &judges)?;
            } else {
                for j in &judges {
                    let f = &j.fields;
                    writeln!(
                        out,
                        "{}  {}  {}  {}  {}  {}",
                        j.id, f.name, f.unit, f.region, f.panel, f.role
                    )
                    .map_err(io_error)?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

pub(super) fn run_panels(command: PanelsCommand, out: &mut dyn Write) -> Result<ExitCode, Error> {
    match command {
        PanelsCommand::List { db, list } => {
            let panels = Session::open(&db)?.panels()?;
            if list.json {
                print_json(out, &panels)?;
            } else {
                let any = |v: Vec<String>| {
                    if v.is_empty() {
                        "*".to_string()
                    } else {
                        v.join(",")
                    }
                };
                for p in panels {
                    let cats = p.categories.iter().map(|c| c.to_string()).collect();
                    writeln!(
                        out,
                        "{}  categories {}  stages {}  subjects {}",
                        p.name,
                        any(cats),
                        any(p.stages),
                        any(p.subjects)
                    )
                    .map_err(io_error)?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        PanelsCommand::Set {
            db,
            name,
            categories,
            stages,
            subjects,
            any: _,
        } => {
            let mut store = Session::open(&db)?;
            app::set_panel(
                &mut store,
                &Panel {
                    name: name.clone(),
                    categories,
                    stages,
                    subjects,
                },
                &actor(),
            )?;
            writeln!(out, "panel {name} updated").map_err(io_error)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

pub(super) fn run_assign(args: AssignArgs, out: &mut dyn Write) -> Result<ExitCode, Error> {
    let mut store = Session::open(&args.db)?;
    let a = app::run_assignment(&mut store, &actor())?;
    if args.json {
        print_json(out, &a)?;
    } else {
        let judges = store.judges()?;
        let name = |id: &jingpin::judges::JudgeId| {
            judges
                .iter()
                .find(|j| j.id == *id)
                .map(|j| j.fields.name.clone())
                .unwrap_or_default()
        };
        writeln!(out, "{} assignments", a.pairs.len()).map_err(io_error)?;
        for l in &a.loads {
            writeln!(out, "  load {} {}: {} lessons", l.judge, name(&l.judge), l.lessons).map_err(io_error)?;
        }
        for r in &a.recusals {
            writeln!(
                out,
                "  recused {} {} from {}: {}",
                r.judge,
                name(&r.judge),
                r.lesson,
                r.reason.code()
            )
            .map_err(io_error)?;
        }
    }
    for s in &a.shortfalls {
        eprintln!(
            "error[shortfall]: lesson {} has {} of {} required judges{}",
            s.lesson,
            s.assigned,
            s.required,
            s.panel
                .as_ref()
                .map(|p| format!(" (panel {p})"))
                .unwrap_or_else(|| " (no panel covers it)".into())
        );
    }
    Ok(if a.shortfalls.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

pub(super) fn run_audit(args: AuditArgs, out: &mut dyn Write) -> Result<ExitCode, Error> {
    if let Some(AuditCommand::Verify { db }) = args.command {
        let state = Session::open(&db)?.verify_audit()?;
        return Ok(match state.broken_at {
            None => {
                writeln!(
                    out,
                    "audit log intact: {} rows, chain head {} (the log's chain only; `jingpin session check` checks the whole file)",
                    state.rows, state.head
                )
                .map_err(io_error)?;
                ExitCode::SUCCESS
            }
            Some(seq) => {
                writeln!(
                    out,
                    "audit log broken at row {seq}: that row was changed, or a row before it deleted or inserted outside the program"
                )
                .map_err(io_error)?;
                ExitCode::from(1)
            }
        });
    }
    let Some(db) = args.db else {
        writeln!(
            out,
            "usage: jingpin audit SESSION [--json] | jingpin audit verify SESSION"
        )
        .map_err(io_error)?;
        return Ok(ExitCode::from(2));
    };
    let log = Session::open(&db)?.audit_log()?;
    if args.json {
        print_json(out, &log)?;
    } else {
        for e in &log {
            writeln!(
                out,
                "{:>5} {} {} {} {} {} → {}",
                e.seq,
                e.at,
                e.who,
                e.action,
                e.target,
                e.old.as_deref().unwrap_or("-"),
                e.new.as_deref().unwrap_or("-")
            )
            .map_err(io_error)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub(super) fn run_sheets(command: SheetsCommand, out: &mut dyn Write) -> Result<ExitCode, Error> {
    match command {
        SheetsCommand::Export { db, out: dir } => {
            let mut store = Session::open(&db)?;
            let files = app::export_sheets(&mut store, &dir, &actor())?;
            for f in &files {
                writeln!(out, "wrote {}", f.display()).map_err(io_error)?;
            }
            writeln!(out, "{} sheet(s)", files.len()).map_err(io_error)?;
            Ok(ExitCode::SUCCESS)
        }
        SheetsCommand::Import {
            db,
            files,
            confirm_edits,
            json,
        } => {
            let mut store = Session::open(&db)?;
            let reports = app::import_sheets(&mut store, &files, confirm_edits, &actor())?;
            let rejected = reports.iter().any(|r| r.merge.is_none());
            let waiting = reports
                .iter()
                .any(|r| r.merge == Some(jingpin::app::SheetMerge::Waiting));
            let conflicts: Vec<(String, u32)> = reports
                .iter()
                .filter_map(|r| match (&r.merge, &r.judge) {
                    (Some(jingpin::app::SheetMerge::Conflict { revision }), Some(j)) => {
                        Some((j.to_string(), *revision))
                    }
                    _ => None,
                })
                .collect();
            if json {
                print_json(out, &reports)?;
            } else {
                for r in &reports {
                    let judge = r.judge.as_ref().map(|j| j.to_string()).unwrap_or_default();
                    let merge = r.merge.as_ref().map(|m| m.code());
                    writeln!(
                        out,
                        "{}: {judge} {} {}",
                        r.file,
                        r.status.code(),
                        merge.unwrap_or("rejected")
                    )
                    .map_err(io_error)?;
                    write_located(out, &r.problems)?;
                    write_changes(out, &r.changes)?;
                }
                if waiting {
                    writeln!(
                        out,
                        "waiting for the chair's confirmation: check the changed cells, then `jingpin sheets confirm {} JUDGE`",
                        db.display()
                    )
                    .map_err(io_error)?;
                }
                for (judge, revision) in &conflicts {
                    writeln!(
                        out,
                        "{judge} has two different sheets of revision {revision}: their scores are held until the chair chooses one (`jingpin sheets waiting {0}`, then `jingpin sheets confirm {0} {judge} --file FILE`)",
                        db.display()
                    )
                    .map_err(io_error)?;
                }
            }
            Ok(if rejected || waiting || !conflicts.is_empty() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        SheetsCommand::Confirm {
            db,
            judge,
            revision,
            file,
        } => {
            let mut store = Session::open(&db)?;
            let pick = jingpin::app::SheetPick {
                revision,
                content_hash: None,
                file,
            };
            let merge = app::confirm_sheet(
                &mut store,
                &jingpin::judges::JudgeId::new(judge.clone()),
                &pick,
                &actor(),
            )?;
            writeln!(out, "{judge}: confirmed, {}", merge.code()).map_err(io_error)?;
            Ok(ExitCode::SUCCESS)
        }
        SheetsCommand::Waiting { db, json } => {
            let store = Session::open(&db)?;
            let waiting = store.waiting_sheets()?;
            if json {
                print_json(out, &waiting)?;
            } else {
                for w in &waiting {
                    writeln!(
                        out,
                        "{}: {} revision {} {} {}",
                        w.file,
                        w.judge,
                        w.revision,
                        w.status,
                        w.reason.code()
                    )
                    .map_err(io_error)?;
                    write_changes(out, &w.changes)?;
                }
                writeln!(out, "{} sheet(s) waiting", waiting.len()).map_err(io_error)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        SheetsCommand::Check { db, files, json } => {
            let mut store = Session::open(&db)?;
            let expected = app::expected(&mut store)?;
            let mut rows = Vec::new();
            for f in &files {
                rows.push(jingpin::sheet::read::check(f, Some(&expected))?);
            }
            let rejected = rows
                .iter()
                .any(|c| c.status == jingpin::sheet::read::SheetStatus::Rejected);
            if json {
                #[derive(serde::Serialize)]
                struct Row<'a> {
                    file: &'a str,
                    judge: Option<&'a jingpin::judges::JudgeId>,
                    status: jingpin::sheet::read::SheetStatus,
                    problems: &'a [jingpin::sheet::read::SheetProblem],
                    changes: &'a [jingpin::sheet::read::SheetChange],
                    incomplete: &'a [jingpin::roster::LessonId],
                }
                let view: Vec<Row> = rows
                    .iter()
                    .map(|c| Row {
                        file: &c.file,
                        judge: c.judge.as_ref(),
                        status: c.status,
                        problems: &c.problems,
                        changes: &c.changes,
                        incomplete: &c.incomplete,
                    })
                    .collect();
                print_json(out, &view)?;
            } else {
                for c in &rows {
                    let judge = c.judge.as_ref().map(|j| j.to_string()).unwrap_or_default();
                    writeln!(out, "{}: {} {}", c.file, judge, c.status.code()).map_err(io_error)?;
                    write_problems(out, &c.problems)?;
                    write_changes(out, &c.changes)?;
                    if !c.incomplete.is_empty() {
                        writeln!(out, "  {} lesson(s) not yet scored", c.incomplete.len()).map_err(io_error)?;
                    }
                }
            }
            Ok(if rejected { ExitCode::from(1) } else { ExitCode::SUCCESS })
        }
    }
}

fn write_problems(out: &mut dyn Write, problems: &[jingpin::sheet::read::SheetProblem]) -> Result<(), Error> {
    for p in problems {
        writeln!(out, "  {} {} `{}`: {}", p.sheet, p.cell, p.value, p.rule.code()).map_err(io_error)?;
    }
    Ok(())
}

/// A refused sheet's problems, one per line as `sheet cell `value`: rule` (what `write_problems`
/// prints for a checked sheet).
fn write_located(out: &mut dyn Write, problems: &[jingpin::Problem]) -> Result<(), Error> {
    for p in problems {
        let l = &p.location;
        let cell = format!(
            "{}{}",
            l.column.as_deref().unwrap_or_default(),
            l.row.map(|r| r.to_string()).unwrap_or_default()
        );
        let sheet = l.sheet.as_deref().unwrap_or_default();
        match &p.kind {
            jingpin::error::ProblemKind::SheetCell { rule, value } => {
                writeln!(out, "  {sheet} {cell} `{value}`: {rule}").map_err(io_error)?
            }
            other => writeln!(out, "  {sheet} {cell} {}: {other}", other.code()).map_err(io_error)?,
        }
    }
    Ok(())
}

fn write_changes(out: &mut dyn Write, changes: &[jingpin::sheet::read::SheetChange]) -> Result<(), Error> {
    for ch in changes {
        writeln!(out, "  changed {} {}: `{}` → `{}`", ch.sheet, ch.cell, ch.was, ch.now).map_err(io_error)?;
    }
    Ok(())
}

pub(super) fn run_judge(command: JudgeCommand, out: &mut dyn Write) -> Result<ExitCode, Error> {
    use jingpin::judge_mode as judge;
    use jingpin::roster::LessonId;
    let dir = paths::judge_dir();
    match command {
        JudgeCommand::Open { sheet } => {
            let (ws, created) = judge::open_sheet(&sheet, &dir)?;
            let s = ws.sheet()?;
            let done = s.scores.values().filter(|x| x.is_complete()).count();
            writeln!(
                out,
                "{} {} ({} of {} lessons scored)",
                if created { "created" } else { "reopened" },
                ws.path().display(),
                done,
                s.scores.len()
            )
            .map_err(io_error)?;
            Ok(ExitCode::SUCCESS)
        }
        JudgeCommand::Fill { sheet } => {
            let (mut ws, _) = judge::open_sheet(&sheet, &dir)?;
            // the lessons and rubrics do not change while scoring: read once, not per line
            let issued = ws.sheet()?;
            let stdin = std::io::stdin();
            let mut failed = false;
            for (number, line) in std::io::BufRead::lines(stdin.lock()).enumerate() {
                let number = number + 1;
                let line = line.map_err(|e| Error::read(std::path::Path::new("<stdin>"), e))?;
                let parts: Vec<&str> = line.splitn(4, ' ').collect();
                let result = match parts.as_slice() {
                    ["score", lesson, n, value] => match parse_fill_score(&issued, lesson, n, value) {
                        Ok((i, v)) => ws.set_score(&LessonId::new(*lesson), i, v),
                        Err(why) => {
                            eprintln!("error: line {number}: `{line}`: {why}; nothing changed");
                            failed = true;
                            continue;
                        }
                    },
                    ["veto", lesson, veto, reason] => {
                        ws.set_veto(&LessonId::new(*lesson), veto, Some((*reason).to_owned()))
                    }
                    ["clear-veto", lesson, veto] => ws.set_veto(&LessonId::new(*lesson), veto, None),
                    ["comment", lesson, rest @ ..] => ws.set_comment(&LessonId::new(*lesson), &rest.join(" ")),
                    ["unscored", lesson, rest @ ..] => ws.set_unscored(&LessonId::new(*lesson), Some(rest.join(" "))),
                    _ => {
                        eprintln!("error: line {number}: cannot read `{line}`");
                        failed = true;
                        continue;
                    }
                };
                match result {
                    Ok(_) => {
                        writeln!(out, "saved {line}").map_err(io_error)?;
                        out.flush().map_err(io_error)?;
                    }
                    Err(e) => {
                        eprintln!("error: line {number}: `{line}`: {e}");
                        failed = true;
                    }
                }
            }
            Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
        }
        JudgeCommand::Submit { sheet, out: file } => {
            let (mut ws, _) = judge::open_sheet(&sheet, &dir)?;
            ws.submit()?;
            let at = Actor::now().at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
            let revision = judge::export(&mut ws, &file, &at)?;
            writeln!(out, "wrote {} (revision {revision})", file.display()).map_err(io_error)?;
            Ok(ExitCode::SUCCESS)
        }
        JudgeCommand::Unlock { sheet } => {
            let (mut ws, _) = judge::open_sheet(&sheet, &dir)?;
            ws.unlock()?;
            writeln!(out, "unlocked").map_err(io_error)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `jingpin calibrate`: per judge and panel (see `calibration`).
pub(super) fn run_calibrate(args: CalibrateArgs, out: &mut dyn Write) -> Result<ExitCode, Error> {
    let store = Session::open(&args.db)?;
    let c = app::calibration(&store)?;
    if args.json {
        print_json(out, &c)?;
        return Ok(ExitCode::SUCCESS);
    }
    let num = |v: Option<f64>| v.map_or("—".to_owned(), |x| format!("{x:.2}"));
    for p in &c.panels {
        writeln!(
            out,
            "{} {}: {} judges, {} lessons, {} part(s); ICC(2,1) {} ICC(2,k) {} Kendall's W {} on {} common lesson(s){}; pairs sharing a lesson {}/{} ({}–{} lessons)",
            p.category,
            if p.panel.is_empty() { "(no panel)" } else { &p.panel },
            p.judges,
            p.lessons,
            p.components,
            num(p.icc_2_1),
            num(p.icc_2_k),
            num(p.kendall_w),
            p.block_lessons,
            p.why.as_ref().map_or(String::new(), |w| format!(" ({w})")),
            p.pairs_sharing,
            p.pairs_total,
            p.pair_lessons_min,
            p.pair_lessons_max
        )
        .map_err(io_error)?;
        for j in c
            .judges
            .iter()
            .filter(|j| j.panel == p.panel && j.category == p.category)
        {
            let s = &j.stats;
            writeln!(
                out,
                "  {} {:<6} n={:<3} mean {:.2} sd {}  severity {:+.2} [{}, {}]  agreement {}  consistency {}  halo {}  {}",
                j.id,
                j.name,
                s.lessons,
                s.mean,
                num(s.sd),
                s.severity,
                num(s.severity_low),
                num(s.severity_high),
                num(s.agreement),
                num(s.consistency),
                num(s.halo),
                s.flags
                    .iter()
                    .map(|f| f.code())
                    .collect::<Vec<_>>()
                    .join(",")
            )
            .map_err(io_error)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub(super) fn run_rank(args: RankArgs, out: &mut dyn Write) -> Result<ExitCode, Error> {
    use jingpin::export::{reason_code, reason_text};
    let store = Session::open(&args.db)?;
    let input = app::results_input(&store)?;
    let results = jingpin::results::compute_results(&input);
    let stability: std::collections::HashMap<jingpin::roster::LessonId, jingpin::stability::LessonStability> =
        if args.stability || args.stability_seed.is_some() {
            let seed = args.stability_seed.unwrap_or(jingpin::stability::DEFAULT_SEED);
            jingpin::stability::stability(&input, seed, args.resamples, &mut |_, _| true)
                .unwrap_or_default()
                .into_iter()
                .map(|s| (s.lesson.clone(), s))
                .collect()
        } else {
            Default::default()
        };
    #[derive(serde::Serialize)]
    struct Row {
        id: String,
        category: jingpin::category::Category,
        title: String,
        region: String,
        teachers: Vec<String>,
        school: String,
        raw_mean: Option<jingpin::aggregate::Hundredths>,
        final_score: Option<jingpin::aggregate::Hundredths>,
        rank: Option<u32>,
        tie: bool,
        /// The lessons sharing this rank (this one included) when a tie nothing broke.
        tie_group: Vec<String>,
        /// The tie changes who is recommended, an alternate or a prize: 定稿 waits for an order.
        tie_at_cut: bool,
        status: jingpin::select::Status,
        /// 候补第N名.
        alternate: Option<u32>,
        reason: &'static str,
        reason_text: String,
        judges: u32,
        prize: Option<String>,
        /// 推荐稳定性: share of bootstrap replicates keeping the outcome (0–1); None unscored or
        /// without --stability.
        stability: Option<f64>,
        /// Share of the lesson's judges whose removal keeps the outcome.
        leave_one_out: Option<f64>,
        /// stability below 80 %: a third review matters most here.
        fragile: bool,
    }
    if !args.json {
        // the text needs a few fields of each row: printed straight from the results
        for c in &results.categories {
            for r in &c.rows {
                let s = stability.get(&r.lesson.id);
                writeln!(
                    out,
                    "{:<4} {} {} {:>7} {:<12} {}{}{}",
                    r.outcome.rank.map(|x| x.to_string()).unwrap_or_else(|| "-".into()),
                    r.lesson.id,
                    c.category,
                    r.scored.as_ref().map(|x| x.final_score.to_string()).unwrap_or_default(),
                    jingpin::export::status_text(r.outcome.status),
                    reason_text(&r.outcome.reason),
                    r.outcome.prize.as_ref().map(|p| format!(" {p}")).unwrap_or_default(),
                    s.map(|s| format!(
                        "  稳定性 {:.0}%{}",
                        s.stability * 100.0,
                        if s.fragile { " ⚠" } else { "" }
                    ))
                    .unwrap_or_default()
                )
                .map_err(io_error)?;
            }
        }
        jingpin::par::drop_later((input, results, stability));
        return Ok(ExitCode::SUCCESS);
    }
    let rows: Vec<Row> = results
        .categories
        .iter()
        .flat_map(|c| c.rows.iter().map(move |r| (c, r)))
        .map(|(c, r)| {
            let f = &r.lesson.fields;
            let tie_group = if r.outcome.tie {
                c.rows
                    .iter()
                    .filter(|x| x.outcome.tie && x.outcome.rank == r.outcome.rank)
                    .map(|x| x.lesson.id.to_string())
                    .collect()
            } else {
                Vec::new()
            };
            Row {
                id: r.lesson.id.to_string(),
                category: f.category,
                title: f.title.clone(),
                region: f.region.clone(),
                teachers: f.teachers.clone(),
                school: f.school.clone(),
                raw_mean: r.scored.as_ref().map(|s| s.raw_mean),
                final_score: r.scored.as_ref().map(|s| s.final_score),
                rank: r.outcome.rank,
                tie: r.outcome.tie,
                tie_group,
                tie_at_cut: r.outcome.tie_at_cut,
                status: r.outcome.status,
                alternate: match r.outcome.reason {
                    jingpin::select::Reason::Alternate { order }
                    | jingpin::select::Reason::SwappedOut { order, .. } => Some(order),
                    _ => None,
                },
                reason: reason_code(&r.outcome.reason),
                reason_text: reason_text(&r.outcome.reason),
                judges: r.scored.as_ref().map_or(0, |s| s.judges),
                prize: r.outcome.prize.clone(),
                stability: stability.get(&r.lesson.id).map(|s| s.stability),
                leave_one_out: stability.get(&r.lesson.id).and_then(|s| s.leave_one_out),
                fragile: stability.get(&r.lesson.id).is_some_and(|s| s.fragile),
            }
        })
        .collect();
    print_json(out, &rows)?;
    jingpin::par::drop_later((input, results, rows, stability));
    Ok(ExitCode::SUCCESS)
}

pub(super) fn run_export(args: ExportArgs, out: &mut dyn Write) -> Result<ExitCode, Error> {
    let store = Session::open(&args.db)?;
    if let Some(path) = &args.out {
        let stability = if args.stability {
            app::stability(&store, args.stability_seed, args.resamples, &mut |_, _| true)?.map(|(_, s)| s)
        } else {
            None
        };
        jingpin::par::drop_later(app::export_results_with(&store, path, stability.as_deref())?);
        writeln!(out, "wrote {}", path.display()).map_err(io_error)?;
    }
    if let Some(path) = &args.awards {
        app::export_awards(&store, path)?;
        writeln!(out, "wrote {}", path.display()).map_err(io_error)?;
    }
    if let Some(path) = &args.handoff {
        app::export_handoff(&store, path)?;
        writeln!(out, "wrote {}", path.display()).map_err(io_error)?;
    }
    Ok(ExitCode::SUCCESS)
}

pub(super) fn run_decide(command: DecideCommand, out: &mut dyn Write) -> Result<ExitCode, Error> {
    use jingpin::app::{Decision, DecisionKind};
    use jingpin::roster::LessonId;
    let id = |l: &String| LessonId::new(l.clone());
    if let DecideCommand::Barred {
        db,
        lesson,
        teacher,
        word,
        reason,
    } = &command
    {
        let status = match word {
            BarWord::Confirm => jingpin::register::HitStatus::Confirmed,
            BarWord::Dismiss => jingpin::register::HitStatus::Dismissed,
            BarWord::Pending => jingpin::register::HitStatus::Pending,
        };
        let mut store = Session::open(db)?;
        app::settle_bar_match(&mut store, &id(lesson), teacher, status, reason, &actor())?;
        writeln!(out, "recorded barred {}", status.code()).map_err(io_error)?;
        return Ok(ExitCode::SUCCESS);
    }
    let (db, decision, reason) = match &command {
        DecideCommand::Barred { .. } => unreachable!("handled above"),
        DecideCommand::Arbitrate {
            db,
            lesson,
            score,
            reason,
        } => (
            db,
            Decision::Arbitrate {
                lesson: id(lesson),
                score: jingpin::aggregate::Hundredths::from_f64(*score),
            },
            reason,
        ),
        DecideCommand::Accept { db, lesson, reason } => (db, Decision::Accept { lesson: id(lesson) }, reason),
        DecideCommand::OverruleVeto { db, lesson, reason } => {
            (db, Decision::OverruleVeto { lesson: id(lesson) }, reason)
        }
        DecideCommand::Veto {
            db,
            lesson,
            item,
            reason,
        } => (
            db,
            Decision::Veto {
                lesson: id(lesson),
                item: item.clone(),
            },
            reason,
        ),
        DecideCommand::AcceptIncomplete { db, lesson, reason } => {
            (db, Decision::AcceptIncomplete { lesson: id(lesson) }, reason)
        }
        DecideCommand::Withdraw {
            db,
            lesson,
            decision,
            reason,
        } => (
            db,
            Decision::Withdraw {
                lesson: id(lesson),
                decision: match decision {
                    WithdrawKind::Arbitrate => DecisionKind::Arbitrate,
                    WithdrawKind::Accept => DecisionKind::Accept,
                    WithdrawKind::OverruleVeto => DecisionKind::OverruleVeto,
                    WithdrawKind::AcceptIncomplete => DecisionKind::AcceptIncomplete,
                    WithdrawKind::TieOrder => DecisionKind::TieOrder,
                    WithdrawKind::Review => DecisionKind::Review,
                    WithdrawKind::Veto => DecisionKind::Veto,
                },
            },
            reason,
        ),
        DecideCommand::TieOrder {
            db,
            lesson,
            order,
            reason,
        } => (
            db,
            Decision::TieOrder {
                lesson: id(lesson),
                order: *order,
            },
            reason,
        ),
        DecideCommand::Review {
            db,
            lesson,
            judge,
            reason,
            ..
        } => (
            db,
            Decision::Review {
                lesson: id(lesson),
                judge: jingpin::judges::JudgeId::new(judge.clone()),
            },
            reason,
        ),
    };
    let mut store = Session::open(db)?;
    app::decide(&mut store, &decision, reason, &actor())?;
    if let (DecideCommand::Review { out: dir, .. }, Decision::Review { judge, .. }) = (&command, &decision) {
        let sheet = app::export_sheet_for(&mut store, judge, dir, &actor())?;
        writeln!(out, "wrote {}", sheet.display()).map_err(io_error)?;
    }
    writeln!(out, "recorded {}", decision.code()).map_err(io_error)?;
    Ok(ExitCode::SUCCESS)
}

pub(super) fn run_absent(args: AbsentArgs, out: &mut dyn Write) -> Result<ExitCode, Error> {
    let mut store = Session::open(&args.db)?;
    let reason = if args.clear { None } else { args.reason.as_deref() };
    app::set_absent(
        &mut store,
        &jingpin::judges::JudgeId::new(args.judge.clone()),
        reason,
        &actor(),
    )?;
    writeln!(
        out,
        "{} {}",
        args.judge,
        if reason.is_some() { "marked absent" } else { "present" }
    )
    .map_err(io_error)?;
    Ok(ExitCode::SUCCESS)
}

pub(super) fn run_finalize(args: DbArg, out: &mut dyn Write) -> Result<ExitCode, Error> {
    let mut store = Session::open(&args.db)?;
    let mut register = super::register_cmd::open_register()?;
    let added = app::finalize_into(&mut store, &mut register, &actor())?;
    writeln!(out, "finalized").map_err(io_error)?;
    if added.added > 0 {
        writeln!(
            out,
            "added {} teacher(s) to the bar register ({})",
            added.added,
            register.path().display()
        )
        .map_err(io_error)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Full-width digits and point (as typed with a Chinese input method) read as ASCII.
fn ascii_digits(s: &str) -> String {
    s.trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' => '.',
            _ => c,
        })
        .collect()
}

/// `score LESSON N VALUE` checked like a sheet cell: N an indicator of the lesson's rubric (from
/// 1), VALUE a plain number (full-width digits allowed) or `-` to clear. Anything else is refused
/// with the reason; nothing is ever cleared by a value that could not be read.
/// The `String` is the line's message for the judge at the terminal (this command's own output).
fn parse_fill_score(
    sheet: &jingpin::sheet::ScoreSheet,
    lesson: &str,
    n: &str,
    value: &str,
) -> Result<(usize, Option<jingpin::points::Points>), String> {
    let id = jingpin::roster::LessonId::new(lesson);
    let rubric = sheet
        .category_of(&id)
        .map(|c| c.rubric.clone())
        .ok_or_else(|| format!("lesson {lesson} is not on this sheet"))?;
    let count = rubric.indicators().len();
    let i: usize = ascii_digits(n)
        .parse()
        .ok()
        .filter(|i| (1..=count).contains(i))
        .ok_or_else(|| format!("indicator `{n}` is not a number from 1 to {count}"))?;
    if value.trim() == "-" {
        return Ok((i - 1, None));
    }
    let v: f64 = ascii_digits(value)
        .parse()
        .ok()
        .filter(|v: &f64| v.is_finite())
        .ok_or_else(|| format!("`{value}` is not a number (write only the number, e.g. 8 or 7.5)"))?;
    let points = jingpin::points::Points::from_f64(v).ok_or_else(|| {
        let ind = &rubric.indicators()[i - 1];
        format!(
            "{value} for `{}` is not between 0 and {} in steps of {}",
            ind.name(),
            ind.weight(),
            rubric.step()
        )
    })?;
    Ok((i - 1, Some(points)))
}
