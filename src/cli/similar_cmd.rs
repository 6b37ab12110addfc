//! `jingpin materials similar` and `jingpin materials archive`: 查重 of the lessons' documents.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

use clap::{Args, Subcommand};

use super::{io_error, print_json};
use jingpin::error::Error;
use jingpin::similar::run::{self, Request, DEFAULT_YEARS};
use jingpin::similar::screen::{Screening, Stage};
use jingpin::similar::Options;
use jingpin::store::{Actor, Store};

#[derive(Debug, Args)]
pub(super) struct SimilarArgs {
    db: PathBuf,
    /// The materials folder `materials check` reads (one folder per lesson).
    dir: PathBuf,
    /// An archive of earlier years (`materials archive add`), or a folder of earlier years'
    /// lesson folders (a year in a folder's path is that lesson's year). Repeatable.
    #[arg(long)]
    archive: Vec<PathBuf>,
    /// A folder of text allowed everywhere: the platform's templates, textbook passages,
    /// curriculum standards (.docx, .pptx, .pdf, .txt). Repeatable.
    #[arg(long)]
    reference: Vec<PathBuf>,
    /// Archived lessons of the last N years (counting the session's year) are compared.
    #[arg(long, default_value_t = DEFAULT_YEARS)]
    years: u32,
    /// Count passages marked as cited (引用/出自/来源 beside them) in the coverage.
    #[arg(long)]
    count_cited: bool,
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Subcommand)]
pub(super) enum ArchiveCommand {
    /// Keep this session's lessons' documents (text and fingerprints, not the videos) in ARCHIVE,
    /// with year, region, lesson, teachers, node and outcome, so that next year's sessions screen
    /// against them. Adding a session again replaces its earlier copy.
    Add { archive: PathBuf, db: PathBuf, dir: PathBuf },
}

/// Progress on stderr, a line per tenth, so that --json stays clean.
fn reporter() -> impl FnMut(Stage, usize, usize) {
    let mut last = (Stage::Reading, 0);
    move |stage, done, total| {
        let tenth = done * 10 / total.max(1);
        if (stage, tenth) != last && tenth > 0 {
            last = (stage, tenth);
            let what = match stage {
                Stage::Reading => "read",
                Stage::Archive => "archive",
                Stage::Comparing => "compared",
            };
            eprintln!("{what} {done}/{total}");
        }
    }
}

pub(super) fn run_similar(args: SimilarArgs, out: &mut dyn Write) -> Result<ExitCode, Error> {
    let mut store = Store::open(&args.db)?;
    let cancel = AtomicBool::new(false);
    let screening = run::screen_session(
        &mut store,
        &Request {
            root: &args.dir,
            archives: &args.archive,
            references: &args.reference,
            years: args.years,
            options: Options {
                count_cited: args.count_cited,
                ..Options::default()
            },
        },
        &jingpin::paths::text_cache_file(),
        &mut reporter(),
        &cancel,
        &Actor::now(),
    )?;
    if args.json {
        print_json(out, &screening)?;
    } else {
        print_screening(&screening, out).map_err(io_error)?;
    }
    Ok(if screening.findings.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn print_screening(s: &Screening, out: &mut dyn Write) -> std::io::Result<()> {
    let pct = |m: u32| format!("{}.{}%", m / 10, m % 10);
    for f in &s.findings {
        let b = match &f.b.archive {
            Some(a) => format!("{}年 {} {} [{}] {}", a.year, a.region, f.b.lesson, f.b.title, f.b.file),
            None => format!("{} [{}] {}", f.b.lesson, f.b.title, f.b.file),
        };
        let mut flags = Vec::new();
        if f.from_archive {
            flags.push("往年");
        }
        if f.same_teacher {
            flags.push("同一教师");
        }
        if f.same_school {
            flags.push("同一学校");
        }
        if f.same_node {
            flags.push("同一课程节点");
        }
        writeln!(
            out,
            "{} [{}] {} ↔ {b}：{} / {}，{}段相同{}",
            f.a.lesson,
            f.a.title,
            f.a.file,
            pct(f.coverage_a),
            pct(f.coverage_b),
            f.passages.len(),
            if flags.is_empty() {
                String::new()
            } else {
                format!("（{}）", flags.join("、"))
            }
        )?;
        for p in f.passages.iter().take(3) {
            let quoted: String = p.a_text.chars().take(60).collect();
            let more = if p.a_text.chars().count() > 60 { "…" } else { "" };
            writeln!(out, "  {}「{quoted}{more}」", if p.cited { "（已注明出处）" } else { "" })?;
        }
    }
    for u in &s.unscreened {
        writeln!(out, "未查重：{} {}（{}）", u.lesson, u.file, u.reason.code())?;
    }
    writeln!(
        out,
        "{} lessons, {} documents screened against {} archive documents and {} reference documents; {} findings, {} files not screened, {} lessons without a folder",
        s.lessons,
        s.documents,
        s.archive_documents,
        s.reference_documents,
        s.findings.len(),
        s.unscreened.len(),
        s.no_folder.len()
    )
}

pub(super) fn run_archive(command: ArchiveCommand, out: &mut dyn Write) -> Result<ExitCode, Error> {
    match command {
        ArchiveCommand::Add { archive, db, dir } => {
            let store = Store::open(&db)?;
            let cancel = AtomicBool::new(false);
            let (lessons, documents, skipped) = run::archive_session(
                &archive,
                &store,
                &dir,
                &jingpin::paths::text_cache_file(),
                &mut reporter(),
                &cancel,
            )?;
            writeln!(
                out,
                "archived {lessons} lessons, {documents} documents in {} ({skipped} files without text left out)",
                archive.display()
            )
            .map_err(io_error)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
