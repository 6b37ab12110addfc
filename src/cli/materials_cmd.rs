//! `jingpin materials`: 形式审查 of the lessons' submitted files.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;

use super::{io_error, print_json};
use crate::error::Error;
use crate::materials::{CheckStatus, Severity};
use crate::session;
use crate::store::{Actor, Store};

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
    /// Write the stored 形式审查 as a workbook to send back to the regions.
    Export {
        db: PathBuf,
        #[arg(long)]
        out: PathBuf,
    },
}

pub(super) fn run_materials(command: MaterialsCommand, out: &mut dyn Write) -> Result<ExitCode, Error> {
    match command {
        MaterialsCommand::Exclude {
            db,
            lesson,
            reason,
            clear,
        } => {
            let mut store = Store::open(&db)?;
            let id = crate::roster::LessonId::new(lesson.clone());
            let reason = if clear { None } else { reason };
            store.set_excluded(&id, reason.as_deref(), &Actor::now())?;
            writeln!(out, "{lesson}: {}", if reason.is_some() { "excluded" } else { "included" }).map_err(io_error)?;
            Ok(ExitCode::SUCCESS)
        }
        MaterialsCommand::Export { db, out: path } => {
            let store = Store::open(&db)?;
            session::export_material_report(&store, &path)?;
            writeln!(out, "wrote {}", path.display()).map_err(io_error)?;
            Ok(ExitCode::SUCCESS)
        }
        MaterialsCommand::Check { db, dir, json } => {
            let mut store = Store::open(&db)?;
            let mut last = 0;
            let report = session::check_materials(
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
                let title = |id: &crate::roster::LessonId| {
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
