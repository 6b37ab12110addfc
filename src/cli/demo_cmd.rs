//! `jingpin demo` and `jingpin bench`: a whole session at a chosen scale, and its timings.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::Args;

use super::{io_error, print_json};
use crate::demo::{self, Scale};
use crate::error::Error;

#[derive(Debug, Args)]
pub(super) struct DemoArgs {
    /// Folder for the demo's files (it must not hold a demo session yet).
    #[arg(long)]
    out: PathBuf,
    #[arg(long, value_enum, default_value = "city")]
    scale: Scale,
    #[arg(long, default_value_t = 2025)]
    seed: u64,
    #[arg(long)]
    json: bool,
}

pub(super) fn run_demo(args: DemoArgs, out: &mut dyn Write) -> Result<ExitCode, Error> {
    let (summary, _) = demo::build(&args.out, args.scale, args.seed)?;
    if args.json {
        print_json(out, &summary)?;
        return Ok(ExitCode::SUCCESS);
    }
    let w = |out: &mut dyn Write, s: String| writeln!(out, "{s}").map_err(io_error);
    w(out, format!("demo session: {}", summary.session.display()))?;
    w(out, format!("  roster:     {}", summary.roster.display()))?;
    w(out, format!("  judges:     {}", summary.judges_file.display()))?;
    w(
        out,
        format!(
            "  sheets:     {} blank in 评分表/, {} filled in 收回评分表/",
            summary.sheets, summary.sheets
        ),
    )?;
    w(out, format!("  results:    {}", summary.results.display()))?;
    w(out, format!("{} lessons, {} judges", summary.lessons, summary.judges))?;
    for c in &summary.categories {
        w(
            out,
            format!(
                "  {}: {} lessons, {} of {} recommended, {} alternates, {} held, {} vetoed",
                c.category, c.lessons, c.recommended, c.quota, c.alternates, c.held, c.vetoed
            ),
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, Args)]
pub(super) struct BenchArgs {
    /// Folder for the files (emptied first).
    #[arg(long)]
    out: PathBuf,
    #[arg(long, value_enum, default_value = "national")]
    scale: Scale,
    #[arg(long, default_value_t = 2025)]
    seed: u64,
}

pub(super) fn run_bench(args: BenchArgs, out: &mut dyn Write) -> Result<ExitCode, Error> {
    let _ = std::fs::remove_dir_all(&args.out);
    let total = Instant::now();
    let (summary, t) = demo::build(&args.out, args.scale, args.seed)?;
    // the floor the sheet importer cannot beat: calamine reading the same files, nothing else
    let returned: Vec<PathBuf> = std::fs::read_dir(args.out.join("收回评分表"))
        .map_err(|e| Error::read(&args.out, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    let floor = |threads: usize| -> Result<std::time::Duration, Error> {
        let t = Instant::now();
        crate::par::for_each_ordered(
            &returned,
            threads,
            |f| crate::import::typed::scan(f),
            |_, r| r.map(drop),
        )?;
        Ok(t.elapsed())
    };
    let threads = crate::par::workers(returned.len());
    let bare_one = floor(1)?;
    let bare_all = floor(threads)?;
    let ms = |d: std::time::Duration| format!("{:>9.1} ms", d.as_secs_f64() * 1000.0);
    let mib = |k: Option<u64>| k.map(|k| format!("{:>6} MiB", k / 1024)).unwrap_or_default();
    let w = |out: &mut dyn Write, s: String| writeln!(out, "{s}").map_err(io_error);
    w(
        out,
        format!(
            "scale {:?}: {} lessons, {} judges, {} sheets, {} worker threads",
            args.scale, summary.lessons, summary.judges, summary.sheets, threads
        ),
    )?;
    w(out, format!("{:<34}{:>12}  {:>10}", "stage", "wall", "peak RSS"))?;
    for s in &t.stages {
        w(out, format!("{:<34}{}  {}", s.stage, ms(s.wall), mib(s.peak_rss_kib)))?;
    }
    w(out, format!("{:<34}{}", "bare calamine parse, 1 thread", ms(bare_one)))?;
    w(
        out,
        format!(
            "{:<34}{}",
            format!("bare calamine parse, {threads} threads"),
            ms(bare_all)
        ),
    )?;
    if let Some(import) = t.stages.iter().find(|s| s.stage == demo::SHEETS_IMPORT) {
        w(
            out,
            format!(
                "{:<34}{:>9.2} ×",
                "sheets import / bare parse",
                import.wall.as_secs_f64() / bare_all.as_secs_f64()
            ),
        )?;
    }
    w(out, format!("{:<34}{}", "total", ms(total.elapsed())))?;
    w(
        out,
        format!("{:<34}{:>12}  {}", "peak RSS, whole run", "", mib(demo::peak_rss_kib())),
    )?;
    Ok(ExitCode::SUCCESS)
}
