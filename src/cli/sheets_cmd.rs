//! `jingpin sheets | judge`: score sheets issued, returned and confirmed; a judge's own sheet.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;

use super::session_cmd::actor;
use super::{io_error, print_json};
use jingpin::app;
use jingpin::app::{Actor, Session};
use jingpin::error::Error;
use jingpin::paths;

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
                        w.status.code(),
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
                writeln!(out, "  {sheet} {cell} `{value}`: {}", rule.code()).map_err(io_error)?
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
                        eprintln!("error: line {number}: `{line}`: {}", e.with_causes());
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

/// Full-width digits and point (as typed with a Chinese input method) read as ASCII.
/// Why a `score` line of `judge fill` changed nothing (said at the terminal).
#[derive(Debug)]
enum FillRefused {
    NotOnSheet {
        lesson: String,
    },
    Indicator {
        given: String,
        count: usize,
    },
    NotANumber {
        given: String,
    },
    NotPoints {
        given: String,
        indicator: String,
        weight: String,
        step: String,
    },
}

impl std::fmt::Display for FillRefused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FillRefused::NotOnSheet { lesson } => write!(f, "lesson {lesson} is not on this sheet"),
            FillRefused::Indicator { given, count } => {
                write!(f, "indicator `{given}` is not a number from 1 to {count}")
            }
            FillRefused::NotANumber { given } => {
                write!(f, "`{given}` is not a number (write only the number, e.g. 8 or 7.5)")
            }
            FillRefused::NotPoints {
                given,
                indicator,
                weight,
                step,
            } => write!(
                f,
                "{given} for `{indicator}` is not between 0 and {weight} in steps of {step}"
            ),
        }
    }
}

/// `score LESSON N VALUE` checked like a sheet cell: N an indicator of the lesson's rubric (from
/// 1), VALUE a number read as the importer reads a cell (`import::cell::number`: full-width digits,
/// `分`) or `-` to clear. Anything else is refused with the reason; nothing is ever cleared by a
/// value that could not be read.
fn parse_fill_score(
    sheet: &jingpin::sheet::ScoreSheet,
    lesson: &str,
    n: &str,
    value: &str,
) -> Result<(usize, Option<jingpin::points::Points>), FillRefused> {
    use jingpin::import::cell::number;
    let id = jingpin::roster::LessonId::new(lesson);
    let rubric = sheet
        .category_of(&id)
        .map(|c| c.rubric.clone())
        .ok_or_else(|| FillRefused::NotOnSheet {
            lesson: lesson.to_owned(),
        })?;
    let count = rubric.indicators().len();
    let i = number(n)
        .filter(|i| i.fract() == 0.0 && *i >= 1.0 && *i <= count as f64)
        .map(|i| i as usize)
        .ok_or_else(|| FillRefused::Indicator {
            given: n.to_owned(),
            count,
        })?;
    if value.trim() == "-" {
        return Ok((i - 1, None));
    }
    let v = number(value).ok_or_else(|| FillRefused::NotANumber {
        given: value.to_owned(),
    })?;
    let points = jingpin::points::Points::from_f64(v).ok_or_else(|| {
        let ind = &rubric.indicators()[i - 1];
        FillRefused::NotPoints {
            given: value.to_owned(),
            indicator: ind.name().to_owned(),
            weight: ind.weight().to_string(),
            step: rubric.step().to_string(),
        }
    })?;
    Ok((i - 1, Some(points)))
}
