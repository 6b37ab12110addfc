//! The `jingpin` command line: parses arguments and calls the core. `main` only calls [`main`].
//!
//! JSON output field names are a stable contract for scripts. Exit codes: 0 success, 1 problems
//! found (validation, refused import, assignment shortfall), 2 the command could not run.

mod demo_cmd;
mod library_cmd;
mod materials_cmd;
mod register_cmd;
mod results_cmd;
mod roster_cmd;
mod session_cmd;
mod sheets_cmd;
mod similar_cmd;

use std::io::Write;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use jingpin::error::Error;

#[derive(Debug, Parser)]
#[command(
    name = "jingpin",
    version,
    about = "精品课评审台 (Jingpin Panel): rubrics, quotas and scoring for 基础教育精品课 panels"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Rubrics (评价指标): check, list, show, import from a spreadsheet.
    #[command(subcommand)]
    Rubric(library_cmd::RubricCommand),
    /// Quota tables (推荐名额): list and show.
    #[command(subcommand)]
    Quota(library_cmd::QuotaCommand),
    /// Evaluation sessions (评审活动): create and show.
    #[command(subcommand)]
    Session(session_cmd::SessionCommand),
    /// The lessons of a session (课例): import a roster workbook, list.
    #[command(subcommand)]
    Roster(roster_cmd::RosterCommand),
    /// The judges of a session (评委): import a judge list, list.
    #[command(subcommand)]
    Judges(roster_cmd::JudgesCommand),
    /// Panels (评审组) and what each covers: list, set.
    #[command(subcommand)]
    Panels(roster_cmd::PanelsCommand),
    /// Score sheets (评分表): export one per judge, check returned ones.
    #[command(subcommand)]
    Sheets(sheets_cmd::SheetsCommand),
    /// Judge mode from the command line: open a sheet, score it (scriptable), submit and export.
    #[command(subcommand)]
    Judge(sheets_cmd::JudgeCommand),
    /// Rank and recommend within quota and the session's rules.
    Rank(results_cmd::RankArgs),
    /// 评委校准: each judge's severity (with its 95 % interval), agreement, consistency, halo and
    /// flags; each panel's ICC(2,1), ICC(2,k), Kendall's W and design.
    Calibrate(results_cmd::CalibrateArgs),
    /// Write the results workbook (推荐名单, 候补名单, 未推荐, 评分明细, 评委统计, 名额使用, 问题记录).
    Export(results_cmd::ExportArgs),
    /// Record a chair's decision (with a reason, in the audit log).
    #[command(subcommand)]
    Decide(results_cmd::DecideCommand),
    /// Mark a judge absent (or back, with --clear), with a reason.
    Absent(roster_cmd::AbsentArgs),
    /// Finalize the session (refused while a lesson lacks scores without a recorded reason).
    Finalize(results_cmd::DbArg),
    /// Build a complete demo session (roster, judges, assignment, sheets filled and merged, results).
    Demo(demo_cmd::DemoArgs),
    /// Time every stage of a demo at a given scale (see docs/benchmarks.md).
    Bench(demo_cmd::BenchArgs),
    /// The fairness simulation: every aggregation method against known true quality, on
    /// balanced and clustered panels (see docs/fairness.md).
    Simulate(demo_cmd::SimulateArgs),
    /// Assign judges to lessons with recusal, and report loads, recusals and shortfalls.
    Assign(roster_cmd::AssignArgs),
    /// The audit log of a session: every change, who, when, old → new.
    Audit(session_cmd::AuditArgs),
    /// 形式审查: check the lessons' submitted materials and videos against the notice.
    #[command(subcommand)]
    Materials(materials_cmd::MaterialsCommand),
    /// The bar register (失信名单): teachers barred after plagiarism or impersonation, checked
    /// at every roster import; list, add, edit, remove, import, export, check a session.
    #[command(subcommand)]
    Register(register_cmd::RegisterCommand),
}

#[derive(Debug, Args)]
pub(crate) struct ListArgs {
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
}

/// The process entry point: runs and maps the outcome to an exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    // buffered: a ranking is 21k lines at national scale, and a line-buffered stdout makes each
    // its own write (commands that wait for input flush what they printed first)
    let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let outcome = run(cli, &mut stdout).and_then(|code| {
        std::io::Write::flush(&mut stdout).map_err(io_error)?;
        Ok(code)
    });
    let _ = std::io::Write::flush(&mut stdout); // what a failed command printed before it failed
    match outcome {
        Ok(code) => code,
        Err(e) if e.problems().is_empty() => {
            eprintln!("error: {}", e.with_causes());
            ExitCode::from(2)
        }
        Err(e) => {
            for p in e.problems() {
                eprintln!("error[{}]: {p}", library_cmd::code_of(&p.kind));
            }
            eprintln!("{} problem(s) found; nothing was written", e.problems().len());
            ExitCode::from(1)
        }
    }
}

pub fn run(cli: Cli, out: &mut dyn Write) -> Result<ExitCode, Error> {
    match cli.command {
        Command::Rubric(c) => library_cmd::run_rubric(c, out),
        Command::Quota(c) => library_cmd::run_quota(c, out),
        Command::Session(c) => session_cmd::run_session(c, out),
        Command::Roster(c) => roster_cmd::run_roster(c, out),
        Command::Judges(c) => roster_cmd::run_judges(c, out),
        Command::Panels(c) => roster_cmd::run_panels(c, out),
        Command::Sheets(c) => sheets_cmd::run_sheets(c, out),
        Command::Judge(c) => sheets_cmd::run_judge(c, out),
        Command::Rank(a) => results_cmd::run_rank(a, out),
        Command::Calibrate(a) => results_cmd::run_calibrate(a, out),
        Command::Export(a) => results_cmd::run_export(a, out),
        Command::Decide(c) => results_cmd::run_decide(c, out),
        Command::Absent(a) => roster_cmd::run_absent(a, out),
        Command::Finalize(a) => results_cmd::run_finalize(a, out),
        Command::Demo(a) => demo_cmd::run_demo(a, out),
        Command::Bench(a) => demo_cmd::run_bench(a, out),
        Command::Simulate(a) => demo_cmd::run_simulate(a, out),
        Command::Assign(a) => roster_cmd::run_assign(a, out),
        Command::Audit(a) => session_cmd::run_audit(a, out),
        Command::Materials(c) => materials_cmd::run_materials(c, out),
        Command::Register(c) => register_cmd::run_register(c, out),
    }
}

fn io_error(e: std::io::Error) -> Error {
    Error::write(std::path::Path::new("<stdout>"), e)
}

fn print_json(out: &mut dyn Write, value: &impl serde::Serialize) -> Result<(), Error> {
    writeln!(
        out,
        "{}",
        serde_json::to_string_pretty(value).expect("json output always serializes")
    )
    .map_err(io_error)
}
