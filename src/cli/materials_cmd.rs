//! `jingpin materials`: 形式审查 of the lessons' submitted files.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;

use super::{io_error, print_json};
use jingpin::app;
use jingpin::app::{Actor, Session};
use jingpin::error::Error;
use jingpin::materials::{CheckStatus, Severity};

#[derive(Debug, Subcommand)]
pub(super) enum MaterialsCommand {
    /// Check every lesson's folder under DIR (one folder per lesson, named by 课程编号, 课名 or
    /// 序号-教师-课名) against the notice: materials present, documents openable, videos read from
    /// the file (MP4, H.264, 1920×1080, 16:9, 25 fps, AAC, duration, size). The result is stored in
    /// the session (a new run replaces it; the audit log records the run). Exit code 1 when any
    /// lesson has an error.
    Check {
        db: PathBuf,
        dir: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Keep a lesson out of the evaluation after 形式审查 (not assigned, not ranked), with the
    /// reason; --clear takes it back in.
    Exclude {
        db: PathBuf,
        lesson: String,
        #[arg(long, required_unless_present = "clear")]
        reason: Option<String>,
        #[arg(long)]
        clear: bool,
    },
    /// Time 形式审查 at province scale (docs/benchmarks.md): the province demo's 3,000 lessons,
    /// a folder per lesson with its documents and one or two videos (hard links to the fixture
    /// videos of tests/fixtures/make_videos.sh, in --videos), checked on every core; and one
    /// 3 GB video (sparse) read on its own.
    Bench {
        #[arg(long)]
        out: PathBuf,
        /// The folder tests/fixtures/make_videos.sh wrote.
        #[arg(long)]
        videos: PathBuf,
        #[arg(long, default_value_t = 1)]
        runs: u32,
    },
    /// 查重: screen every lesson's documents (.docx, .pptx, .pdf) for passages shared with another
    /// lesson's, or with an archived lesson's, as evidence for the 抄袭 veto (nothing is decided).
    /// Text in --reference folders and wording found in more than 10 lessons (a template's) is
    /// not counted. The screening is stored in the session and audited. Exit code 1 with findings.
    Similar(super::similar_cmd::SimilarArgs),
    /// Build the 查重 benchmark's inputs (docs/benchmarks.md): the national demo, four realistic
    /// documents per lesson with planted copies, and an archive of earlier years.
    SimilarCorpus(super::similar_cmd::CorpusArgs),
    /// The archive of earlier years' lessons that 查重 screens against.
    #[command(subcommand)]
    Archive(super::similar_cmd::ArchiveCommand),
    /// Write the stored 形式审查 as a workbook to send back to the regions.
    Export {
        db: PathBuf,
        #[arg(long)]
        out: PathBuf,
    },
}

pub(super) fn run_materials(command: MaterialsCommand, out: &mut dyn Write) -> Result<ExitCode, Error> {
    match command {
        MaterialsCommand::Similar(args) => super::similar_cmd::run_similar(args, out),
        MaterialsCommand::Archive(c) => super::similar_cmd::run_archive(c, out),
        MaterialsCommand::SimilarCorpus(args) => super::similar_cmd::run_corpus(args, out),
        MaterialsCommand::Bench { out: dir, videos, runs } => bench(&dir, &videos, runs, out),
        MaterialsCommand::Exclude {
            db,
            lesson,
            reason,
            clear,
        } => {
            let mut store = Session::open(&db)?;
            let id = jingpin::roster::LessonId::new(lesson.clone());
            let reason = if clear { None } else { reason };
            app::set_excluded(&mut store, &id, reason.as_deref(), &Actor::now())?;
            writeln!(
                out,
                "{lesson}: {}",
                if reason.is_some() { "excluded" } else { "included" }
            )
            .map_err(io_error)?;
            Ok(ExitCode::SUCCESS)
        }
        MaterialsCommand::Export { db, out: path } => {
            let store = Session::open(&db)?;
            app::export_material_report(&store, &path)?;
            writeln!(out, "wrote {}", path.display()).map_err(io_error)?;
            Ok(ExitCode::SUCCESS)
        }
        MaterialsCommand::Check { db, dir, json } => {
            let mut store = Session::open(&db)?;
            let mut last = 0;
            let report = app::check_materials(
                &mut store,
                &dir,
                &mut |done, total| {
                    // a line every tenth, on stderr, so that --json stays clean
                    let tenth = done * 10 / total.max(1);
                    if tenth > last {
                        last = tenth;
                        eprintln!("checked {done}/{total}");
                    }
                },
                &Actor::now(),
            )?;
            if json {
                print_json(out, &report)?;
            } else {
                let lessons = store.lessons()?;
                let title = |id: &jingpin::roster::LessonId| {
                    lessons
                        .iter()
                        .find(|l| &l.id == id)
                        .map(|l| l.fields.title.clone())
                        .unwrap_or_default()
                };
                for l in &report.lessons {
                    let mark = match l.status {
                        CheckStatus::Passed => "通过",
                        CheckStatus::Warnings => "通过（有提示）",
                        CheckStatus::Failed => "不通过",
                    };
                    writeln!(
                        out,
                        "{} {} [{}] {}",
                        l.lesson,
                        title(&l.lesson),
                        l.folder.as_deref().unwrap_or("—"),
                        mark
                    )
                    .map_err(io_error)?;
                    for f in &l.findings {
                        let level = if f.severity == Severity::Error {
                            "错误"
                        } else {
                            "提示"
                        };
                        writeln!(out, "  {level}：{}", f.text()).map_err(io_error)?;
                    }
                }
                for u in &report.unmatched {
                    writeln!(out, "未匹配到课例的文件夹：{u}").map_err(io_error)?;
                }
                writeln!(
                    out,
                    "{} lessons, {} failed, {} folders unmatched",
                    report.lessons.len(),
                    report.failed(),
                    report.unmatched.len()
                )
                .map_err(io_error)?;
            }
            Ok(if report.failed() > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
    }
}

fn bench(dir: &std::path::Path, videos: &std::path::Path, runs: u32, out: &mut dyn Write) -> Result<ExitCode, Error> {
    use std::time::Instant;
    let _ = std::fs::remove_dir_all(dir);
    jingpin::demo::build(dir, jingpin::demo::Scale::Province, 2025)?;
    let db = dir.join("session.jpsession");
    let mut store = Session::open(&db)?;
    let lessons = store.lessons()?;
    let root = dir.join("材料");
    let write = |p: &std::path::Path, bytes: &[u8]| -> Result<(), Error> {
        std::fs::create_dir_all(p.parent().expect("a parent")).map_err(|e| Error::write(p, e))?;
        std::fs::write(p, bytes).map_err(|e| Error::write(p, e))
    };
    let link = |from: &std::path::Path, to: &std::path::Path| -> Result<(), Error> {
        std::fs::create_dir_all(to.parent().expect("a parent")).map_err(|e| Error::write(to, e))?;
        std::fs::hard_link(from, to)
            .or_else(|_| std::fs::copy(from, to).map(drop))
            .map_err(|e| Error::write(to, e))
    };
    let docx = [b"PK\x03\x04".as_slice(), &[0u8; 60]].concat();
    let jpg = [[0xFF, 0xD8, 0xFF, 0xE0].as_slice(), &[0u8; 60]].concat();
    let mut video_count = 0;
    for (i, l) in lessons.iter().enumerate() {
        let folder = root.join(format!("{} {}", l.id, l.fields.title.replace(['/', '\\'], "_")));
        let (video, hours) = match (l.fields.category, l.fields.stage.as_str()) {
            (jingpin::Category::Experiment, _) => ("pass-experiment.mp4", 1),
            (_, "小学") => ("pass-primary.mp4", 1 + (i % 3).min(1)),
            _ => ("pass-middle.mp4", 1 + (i % 3).min(1)),
        };
        for h in 1..=hours {
            let sub = if hours > 1 {
                folder.join(format!("第{h}课时"))
            } else {
                folder.clone()
            };
            link(&videos.join(video), &sub.join("视频.mp4"))?;
            video_count += 1;
            let docs: &[&str] = if l.fields.category == jingpin::Category::Experiment {
                &["实验教学设计.docx", "导学案.docx", "课件.pptx", "佐证材料.docx"]
            } else {
                &["教学设计.docx", "学习任务单.docx", "课件.pptx", "作业练习.docx"]
            };
            for d in docs {
                write(&sub.join(d), &docx)?;
            }
            if l.fields.category == jingpin::Category::Experiment {
                for k in 1..=3 {
                    write(&sub.join(format!("学生导学案扫描件{k}.jpg")), &jpg)?;
                }
            }
        }
    }
    let mut times = Vec::new();
    let mut failed = 0;
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        let report = app::check_materials(&mut store, &root, &mut |_, _| {}, &Actor::now())?;
        times.push(t.elapsed());
        failed = report.failed();
    }
    times.sort();
    // one 3 GB video, its media data a hole in a sparse file
    let big = dir.join("大视频.mp4");
    let good = std::fs::read(videos.join("pass-experiment.mp4")).map_err(|e| Error::read(videos, e))?;
    let pad: u64 = 3 << 30;
    let mut bytes = good.clone();
    bytes.extend_from_slice(&1u32.to_be_bytes());
    bytes.extend_from_slice(b"free");
    bytes.extend_from_slice(&(pad + 16).to_be_bytes());
    std::fs::write(&big, &bytes).map_err(|e| Error::write(&big, e))?;
    std::fs::OpenOptions::new()
        .write(true)
        .open(&big)
        .and_then(|f| f.set_len(good.len() as u64 + 16 + pad))
        .map_err(|e| Error::write(&big, e))?;
    let t = Instant::now();
    let probed = jingpin::materials::video::probe(&big).is_ok();
    let big_time = t.elapsed();
    let _ = std::fs::remove_file(&big);
    writeln!(
        out,
        "形式审查 at province scale: {} lessons, {video_count} videos, {} worker threads, {} run(s), {failed} failed",
        lessons.len(),
        jingpin::par::workers(lessons.len()),
        times.len()
    )
    .map_err(io_error)?;
    writeln!(
        out,
        "check (best / median): {:.2} s / {:.2} s",
        times[0].as_secs_f64(),
        times[times.len() / 2].as_secs_f64()
    )
    .map_err(io_error)?;
    writeln!(
        out,
        "one 3 GB video: {:.1} ms (read: {probed})",
        big_time.as_secs_f64() * 1000.0
    )
    .map_err(io_error)?;
    Ok(ExitCode::SUCCESS)
}
