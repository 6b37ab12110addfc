//! `jingpin rubric …` and `jingpin quota …`: the rubric and quota library.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;

use super::{io_error, print_json, ListArgs};
use serde::Serialize;

use jingpin::category::Category;
use jingpin::error::Error;
use jingpin::import::{rubric_from_spreadsheet, RubricSheetOptions};
use jingpin::library::{self, Library, Origin};
use jingpin::paths;
use jingpin::points::Points;

#[derive(Debug, Subcommand)]
pub(super) enum RubricCommand {
    /// Validate rubric and quota files (or folders of them); exits non-zero listing every problem.
    Check {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// List the rubrics found: the built-in ones plus the user's rubric folder.
    List(ListArgs),
    /// Show one rubric's indicators, veto items and materials.
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Convert a spreadsheet laid out like the notice's table (一级指标 | 二级指标 | 指标描述 | 权重) to a rubric TOML file.
    ImportXlsx {
        file: PathBuf,
        #[arg(long)]
        year: u16,
        /// 学科课程, 特殊教育, 实验教学, 人工智能教育 or 阅读课.
        #[arg(long)]
        category: Category,
        #[arg(long)]
        out: PathBuf,
        /// Rubric id (default: <year>-<category>).
        #[arg(long)]
        id: Option<String>,
        #[arg(long)]
        title: Option<String>,
        /// The scoring step in points (default 1; 0.5 allows half points).
        #[arg(long, default_value = "1")]
        step: f64,
    },
}

#[derive(Debug, Subcommand)]
pub(super) enum QuotaCommand {
    /// List the quota tables found (built-in plus the user's quota folder).
    List(ListArgs),
    /// Show one quota table, region by region.
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
}

fn user_library() -> Library {
    Library::load(&paths::user_rubric_dir(), &paths::user_quota_dir())
}

pub(super) fn run_rubric(command: RubricCommand, out: &mut dyn Write) -> Result<ExitCode, Error> {
    let io = io_error;
    match command {
        RubricCommand::Check { paths } => {
            let (rubrics, quotas, report) = library::check_paths(&paths);
            if report.is_empty() {
                writeln!(out, "ok: {rubrics} rubric(s), {quotas} quota table(s)").map_err(io)?;
                Ok(ExitCode::SUCCESS)
            } else {
                for p in &report.problems {
                    eprintln!("error[{}]: {p}", code_of(&p.kind));
                }
                eprintln!("{} problem(s) found", report.problems.len());
                Ok(ExitCode::from(1))
            }
        }
        RubricCommand::List(args) => {
            let lib = user_library();
            warn_problems(&lib);
            if args.json {
                let rows: Vec<RubricRow> = lib.rubrics.iter().map(RubricRow::from).collect();
                print_json(out, &rows)?;
            } else {
                for e in &lib.rubrics {
                    let r = &e.item;
                    writeln!(
                        out,
                        "{:<20} {}  {:<6}  {:>2} indicators  total {:>3}  {}  [{}]",
                        r.id(),
                        r.year(),
                        r.category(),
                        r.indicators().len(),
                        r.total(),
                        r.title(),
                        origin_label(&e.origin)
                    )
                    .map_err(io)?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        RubricCommand::Show { id, json } => {
            let lib = user_library();
            let r = lib.rubric(&id)?;
            if json {
                print_json(out, r)?;
            } else {
                writeln!(out, "{} ({}; {})", r.title(), r.id(), r.source()).map_err(io)?;
                for i in r.indicators() {
                    writeln!(out, "  {:<4} {} / {}  {}", i.id(), i.group(), i.name(), i.weight()).map_err(io)?;
                }
                writeln!(out, "  total {}", r.total()).map_err(io)?;
                for v in r.vetoes() {
                    writeln!(out, "  veto: {}", v.name()).map_err(io)?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        RubricCommand::ImportXlsx {
            file,
            year,
            category,
            out: dest,
            id,
            title,
            step,
        } => {
            let step = Points::from_f64(step).unwrap_or(Points::ZERO);
            let options = RubricSheetOptions {
                year,
                category,
                id,
                title,
                step,
            };
            match rubric_from_spreadsheet(&file, &options) {
                Ok(rubric) => {
                    library::write_atomically(&dest, rubric.to_toml().as_bytes())?;
                    writeln!(
                        out,
                        "wrote {} ({} indicators, total {})",
                        dest.display(),
                        rubric.indicators().len(),
                        rubric.total()
                    )
                    .map_err(io)?;
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) if !e.problems().is_empty() => {
                    for p in e.problems() {
                        eprintln!("error[{}]: {p}", code_of(&p.kind));
                    }
                    eprintln!("{} problem(s) found; nothing written", e.problems().len());
                    Ok(ExitCode::from(1))
                }
                Err(e) => Err(e),
            }
        }
    }
}

pub(super) fn run_quota(command: QuotaCommand, out: &mut dyn Write) -> Result<ExitCode, Error> {
    let io = io_error;
    match command {
        QuotaCommand::List(args) => {
            let lib = user_library();
            warn_problems(&lib);
            if args.json {
                let rows: Vec<QuotaRow> = lib.quotas.iter().map(QuotaRow::from).collect();
                print_json(out, &rows)?;
            } else {
                for e in &lib.quotas {
                    let q = &e.item;
                    let totals: Vec<String> = q.categories().iter().map(|c| format!("{c} {}", q.total(*c))).collect();
                    writeln!(
                        out,
                        "{:<16} {}  {:>2} regions  {}  {}  [{}]",
                        q.id(),
                        q.year(),
                        q.regions().len(),
                        totals.join(" / "),
                        q.title(),
                        origin_label(&e.origin)
                    )
                    .map_err(io)?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        QuotaCommand::Show { id, json } => {
            let lib = user_library();
            let Some(q) = lib.quota(&id) else {
                eprintln!("error: no quota table with id `{id}`");
                return Ok(ExitCode::from(2));
            };
            if json {
                print_json(out, q)?;
            } else {
                writeln!(out, "{} ({})", q.title(), q.source()).map_err(io)?;
                for r in q.regions() {
                    let counts: Vec<String> = q.categories().iter().map(|c| r.count(*c).to_string()).collect();
                    writeln!(out, "  {:<8} {}", r.name(), counts.join("\t")).map_err(io)?;
                }
                let totals: Vec<String> = q.categories().iter().map(|c| q.total(*c).to_string()).collect();
                writeln!(out, "  total    {}", totals.join("\t")).map_err(io)?;
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

pub(super) fn code_of(kind: &jingpin::error::ProblemKind) -> &'static str {
    kind.code()
}

fn warn_problems(lib: &Library) {
    for p in &lib.problems {
        eprintln!("warning[{}]: {p}", code_of(&p.kind));
    }
}

fn origin_label(origin: &Origin) -> String {
    match origin {
        Origin::Builtin { file } => format!("built-in {file}"),
        Origin::User { path } => path.display().to_string(),
    }
}

#[derive(Serialize)]
struct RubricRow<'a> {
    id: &'a str,
    year: u16,
    category: Category,
    title: &'a str,
    source: &'a str,
    indicators: usize,
    total: Points,
    content_hash: &'a str,
    origin: &'a Origin,
}

impl<'a> From<&'a library::Entry<jingpin::rubric::Rubric>> for RubricRow<'a> {
    fn from(e: &'a library::Entry<jingpin::rubric::Rubric>) -> Self {
        let r = &e.item;
        RubricRow {
            id: r.id().as_str(),
            year: r.year(),
            category: r.category(),
            title: r.title(),
            source: r.source(),
            indicators: r.indicators().len(),
            total: r.total(),
            content_hash: r.content_hash(),
            origin: &e.origin,
        }
    }
}

#[derive(Serialize)]
struct QuotaRow<'a> {
    id: &'a str,
    year: u16,
    level: &'a str,
    title: &'a str,
    regions: usize,
    totals: std::collections::BTreeMap<Category, u32>,
    origin: &'a Origin,
}

impl<'a> From<&'a library::Entry<jingpin::quota::QuotaTable>> for QuotaRow<'a> {
    fn from(e: &'a library::Entry<jingpin::quota::QuotaTable>) -> Self {
        let q = &e.item;
        QuotaRow {
            id: q.id(),
            year: q.year(),
            level: q.level(),
            title: q.title(),
            regions: q.regions().len(),
            totals: q.categories().iter().map(|c| (*c, q.total(*c))).collect(),
            origin: &e.origin,
        }
    }
}
