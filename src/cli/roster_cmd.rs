//! `jingpin roster | judges | panels | assign | absent`: who is judged and who judges.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Subcommand};

use super::session_cmd::{actor, print_report};
use super::{io_error, print_json, ListArgs};
use jingpin::app;
use jingpin::app::Session;
use jingpin::category::Category;
use jingpin::error::Error;
use jingpin::judges::Panel;

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

#[derive(Debug, Args)]
pub(super) struct AbsentArgs {
    db: PathBuf,
    judge: String,
    #[arg(long, required_unless_present = "clear")]
    reason: Option<String>,
    #[arg(long)]
    clear: bool,
}

#[derive(Debug, Args)]
pub(super) struct AssignArgs {
    db: PathBuf,
    #[arg(long)]
    json: bool,
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
