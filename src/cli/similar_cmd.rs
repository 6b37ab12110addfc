//! `jingpin materials similar` and `jingpin materials archive`: 查重 of the lessons' documents.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

use clap::{Args, Subcommand};

use super::{io_error, print_json};
use jingpin::app::similar::{self as run, Request, DEFAULT_YEARS};
use jingpin::app::{Actor, Session};
use jingpin::error::Error;
use jingpin::similar::report::{Screening, Stage};
use jingpin::similar::Options;

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

/// The 查重 benchmark's inputs (docs/benchmarks.md, scripts/bench_similar.sh).
#[derive(Debug, Args)]
pub(super) struct CorpusArgs {
    /// A new folder: the national demo session, its materials folder (four documents per
    /// lesson: 教学设计.docx, 课件.pptx, 学习任务单.pdf, 作业练习.docx) and an archive of
    /// `--years` earlier years of the same size.
    #[arg(long)]
    out: PathBuf,
    #[arg(long, default_value_t = 3)]
    years: u32,
    /// Lessons with documents (the first of the demo's roster): 4,473 is a national year's
    /// 学科课程 recommendations (2023年部级精品课); the rest of the roster has no folder.
    #[arg(long, default_value_t = 4473)]
    lessons: usize,
    #[arg(long, default_value_t = 2025)]
    seed: u64,
}

#[derive(Debug, Subcommand)]
pub(super) enum ArchiveCommand {
    /// Keep this session's lessons' documents (text and fingerprints, not the videos) in ARCHIVE,
    /// with year, region, lesson, teachers, node and outcome, so that next year's sessions screen
    /// against them. Adding a session again replaces its earlier copy.
    Add {
        archive: PathBuf,
        db: PathBuf,
        dir: PathBuf,
    },
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
    let mut store = Session::open(&args.db)?;
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
            writeln!(
                out,
                "  {}「{quoted}{more}」",
                if p.cited { "（已注明出处）" } else { "" }
            )?;
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

/// Builds the benchmark's inputs, with planted copies: every 100th lesson's 教学设计 carries
/// three paragraphs of the lesson before it, every 100th (+50) three of an archived lesson's.
pub(super) fn run_corpus(args: CorpusArgs, out: &mut dyn Write) -> Result<ExitCode, Error> {
    use jingpin::similar::corpus;
    let dir = &args.out;
    let _ = std::fs::remove_dir_all(dir);
    jingpin::demo::build(dir, jingpin::demo::Scale::National, args.seed)?;
    let db = dir.join("session.jpsession");
    let store = Session::open(&db)?;
    let mut lessons = store.lessons()?;
    lessons.truncate(args.lessons);
    let year = store.settings()?.year as u64;
    drop(store);
    let seed = |y: u64, i: usize| args.seed ^ (y << 32) ^ i as u64;
    let root = dir.join("材料");
    let mut planted = 0;
    for (i, l) in lessons.iter().enumerate() {
        let mut text = corpus::lesson(seed(year, i));
        if i % 100 == 1 {
            let before = corpus::lesson(seed(year, i - 1));
            text.design.splice(5..5, before.design[3..6].iter().cloned());
            planted += 1;
        } else if i % 100 == 51 {
            let old = corpus::lesson(seed(year - 1, i));
            text.design.splice(5..5, old.design[10..13].iter().cloned());
            planted += 1;
        }
        let folder = root.join(format!("{} {}", l.id, l.fields.title.replace(['/', '\\'], "_")));
        corpus::write_lesson(&folder, &text)?;
    }
    let archive_path = dir.join("往年档案.jparchive");
    let mut archive = jingpin::app::similar::Archive::open(&archive_path, true)?;
    let none = Default::default();
    let mut documents = 0;
    for y in (year - args.years as u64)..year {
        let rows: Vec<_> = lessons
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let t = corpus::lesson(seed(y, i));
                let slides: Vec<String> = t.slides.iter().map(|(a, b)| format!("{a}\n{b}")).collect();
                let docs: Vec<jingpin::app::similar::ArchivedText> = [
                    ("教学设计.docx", t.design.join("\n")),
                    ("课件.pptx", slides.join("\n")),
                    ("学习任务单.pdf", t.tasks.join("\n")),
                    ("作业练习.docx", t.homework.join("\n")),
                ]
                .into_iter()
                .map(|(f, text)| {
                    let k = jingpin::similar::Text::new(text);
                    let prints = jingpin::similar::fingerprints(&k.chars, &none);
                    (f.to_owned(), format!("{y}-{i}-{f}"), k.original, prints)
                })
                .collect();
                (
                    jingpin::similar::report::ArchiveLesson {
                        year: y as i32,
                        session: format!("{y}年部级精品课遴选（演示）"),
                        lesson: format!("{}", l.id),
                        title: l.fields.title.clone(),
                        region: l.fields.region.clone(),
                        school: l.fields.school.clone(),
                        teachers: l.fields.teachers.clone(),
                        subject: l.fields.subject.clone(),
                        node: l.fields.node.clone(),
                        prize: String::new(),
                    },
                    docs,
                )
            })
            .collect();
        documents += archive.add(y as i32, &format!("{y}年部级精品课遴选（演示）"), &rows)?.1;
    }
    writeln!(
        out,
        "{} lessons, {} documents in {}; {} planted copies; archive {} ({} documents, {} years)",
        lessons.len(),
        lessons.len() * 4,
        root.display(),
        planted,
        archive_path.display(),
        documents,
        args.years
    )
    .map_err(io_error)?;
    Ok(ExitCode::SUCCESS)
}

pub(super) fn run_archive(command: ArchiveCommand, out: &mut dyn Write) -> Result<ExitCode, Error> {
    match command {
        ArchiveCommand::Add { archive, db, dir } => {
            let store = Session::open(&db)?;
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
