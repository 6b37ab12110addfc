//! `jingpin register`: the bar register (失信名单) in the user data folder — list, add, edit,
//! remove, import and export as xlsx, check a session's roster against it, and its audit log.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Subcommand};

use super::{io_error, print_json};
use jingpin::app;
use jingpin::app::Register;
use jingpin::app::{Actor, Session};
use jingpin::error::Error;
use jingpin::paths;
use jingpin::register::BarEntry;

#[derive(Debug, Subcommand)]
pub(super) enum RegisterCommand {
    /// List the entries (newest year first).
    List {
        #[arg(long)]
        json: bool,
    },
    /// Add a barred teacher by hand.
    Add(EntryArgs),
    /// Correct an entry (its id from `list`), with the reason.
    Edit {
        id: u32,
        #[command(flatten)]
        entry: EntryArgs,
        #[arg(long = "why")]
        why: String,
    },
    /// Remove an entry (entered by mistake, lifted on appeal), with the reason.
    Remove {
        id: u32,
        #[arg(long)]
        reason: String,
    },
    /// Add the entries of a register workbook another office sent (one transaction; entries
    /// already there are skipped).
    Import { file: PathBuf },
    /// Write the register as a workbook to share.
    Export {
        out: PathBuf,
        /// The office printed as 填报单位.
        #[arg(long, default_value = "")]
        unit: String,
        /// The bar period printed as 限制至 (years after the year found).
        #[arg(long, default_value_t = 5)]
        bar_years: u16,
    },
    /// Check a session's whole roster against the register; exit 1 while matches wait for the
    /// chair (`jingpin decide barred`).
    Check {
        db: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// The register's audit log; --verify checks its hash chain.
    Audit {
        #[arg(long)]
        verify: bool,
    },
}

#[derive(Debug, Args)]
pub(super) struct EntryArgs {
    #[arg(long)]
    name: String,
    #[arg(long)]
    school: String,
    #[arg(long, default_value = "")]
    region: String,
    #[arg(long)]
    year: u16,
    /// The session (评审活动) that found it.
    #[arg(long, default_value = "")]
    session: String,
    #[arg(long)]
    reason: String,
}

impl EntryArgs {
    fn entry(&self) -> BarEntry {
        BarEntry {
            name: self.name.clone(),
            school: self.school.clone(),
            region: self.region.clone(),
            year: self.year,
            session: self.session.clone(),
            reason: self.reason.clone(),
        }
    }
}

/// The register in the user data folder.
pub(super) fn open_register() -> Result<Register, Error> {
    Register::open(&paths::register_file())
}

pub(super) fn run_register(command: RegisterCommand, out: &mut dyn Write) -> Result<ExitCode, Error> {
    let actor = Actor::now();
    match command {
        RegisterCommand::List { json } => {
            let rows = open_register()?.entries()?;
            if json {
                print_json(out, &rows)?;
            } else {
                for r in &rows {
                    let e = &r.entry;
                    writeln!(
                        out,
                        "{}  {}  {}  {}  {}  {}  {}",
                        r.id, e.name, e.school, e.region, e.year, e.session, e.reason
                    )
                    .map_err(io_error)?;
                }
            }
        }
        RegisterCommand::Add(a) => {
            let added = open_register()?.add(&[a.entry()], "register.add", "jingpin register add", &actor)?;
            writeln!(out, "added {}, already there {}", added.added, added.already).map_err(io_error)?;
        }
        RegisterCommand::Edit { id, entry, why } => {
            open_register()?.update(id, &entry.entry(), &why, &actor)?;
            writeln!(out, "updated {id}").map_err(io_error)?;
        }
        RegisterCommand::Remove { id, reason } => {
            open_register()?.remove(id, &reason, &actor)?;
            writeln!(out, "removed {id}").map_err(io_error)?;
        }
        RegisterCommand::Import { file } => {
            let entries = jingpin::import::register_sheet::read_register(&file)?;
            let added = open_register()?.add(&entries, "register.import", &file.display().to_string(), &actor)?;
            writeln!(
                out,
                "imported {}: {} entries (added {}, already there {})",
                file.display(),
                entries.len(),
                added.added,
                added.already
            )
            .map_err(io_error)?;
        }
        RegisterCommand::Export {
            out: path,
            unit,
            bar_years,
        } => {
            let entries: Vec<BarEntry> = open_register()?.entries()?.into_iter().map(|r| r.entry).collect();
            let date = actor.at.format("%Y-%m-%d").to_string();
            jingpin::export::write_register(&entries, &unit, bar_years, &date, &path)?;
            writeln!(out, "wrote {} ({} entries)", path.display(), entries.len()).map_err(io_error)?;
        }
        RegisterCommand::Check { db, json } => {
            let entries: Vec<BarEntry> = open_register()?.entries()?.into_iter().map(|r| r.entry).collect();
            let mut store = Session::open(&db)?;
            let pending = app::check_register(&mut store, &entries, &actor)?;
            if json {
                print_json(out, &store.bar_matches()?)?;
            } else {
                for m in &store.bar_matches()? {
                    writeln!(
                        out,
                        "{}  {}  {}  {}（{}，{}年 {}）{}",
                        m.hit.lesson,
                        m.hit.teacher,
                        m.hit.kind.code(),
                        m.status.code(),
                        m.hit.entry.school,
                        m.hit.entry.year,
                        m.hit.entry.session,
                        if m.note.is_empty() {
                            String::new()
                        } else {
                            format!("  {}", m.note)
                        }
                    )
                    .map_err(io_error)?;
                }
                writeln!(out, "{} match(es) waiting for the chair", pending.len()).map_err(io_error)?;
            }
            if !pending.is_empty() {
                return Ok(ExitCode::from(1));
            }
        }
        RegisterCommand::Audit { verify } => {
            let register = open_register()?;
            if verify {
                let state = register.verify_audit()?;
                match state.broken_at {
                    None => writeln!(out, "chain intact: {} rows, head {}", state.rows, state.head),
                    Some(seq) => writeln!(out, "chain broken at row {seq}"),
                }
                .map_err(io_error)?;
                if state.broken_at.is_some() {
                    return Ok(ExitCode::from(1));
                }
            } else {
                for a in register.audit_log()? {
                    writeln!(
                        out,
                        "{}  {}  {}  {}  {} → {}",
                        a.at,
                        a.who,
                        a.action,
                        a.target,
                        a.old.unwrap_or_default(),
                        a.new.unwrap_or_default()
                    )
                    .map_err(io_error)?;
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
