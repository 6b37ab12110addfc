//! `jingpin session | audit`: a session file itself — create, show, check, configure, back up,
//! reopen — and its audit log. The helpers every command group shares live here.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Subcommand};

use super::library_cmd::code_of;
use super::{io_error, print_json};
use jingpin::app;
use jingpin::app::{Actor, Session};
use jingpin::error::Error;
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

pub(super) fn actor() -> Actor {
    Actor::now()
}

pub(super) fn library() -> Library {
    Library::load(&paths::user_rubric_dir(), &paths::user_quota_dir())
}

pub(super) fn settings_from(path: &PathBuf, library: &Library) -> Result<Settings, Error> {
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

pub(super) fn print_report(out: &mut dyn Write, what: &str, r: &app::ImportReport) -> Result<(), Error> {
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
