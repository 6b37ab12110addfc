//! `jingpin demo` and `jingpin bench`: a whole session at a chosen scale, and its timings.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::Args;

use super::{io_error, print_json};
use jingpin::demo::{self, Scale};

/// `--scale`, as the command line spells it (the library's `Scale` knows nothing of clap).
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum ScaleArg {
    County,
    City,
    Province,
    National,
}

impl From<ScaleArg> for Scale {
    fn from(s: ScaleArg) -> Scale {
        match s {
            ScaleArg::County => Scale::County,
            ScaleArg::City => Scale::City,
            ScaleArg::Province => Scale::Province,
            ScaleArg::National => Scale::National,
        }
    }
}
use jingpin::error::Error;

#[derive(Debug, Args)]
pub(super) struct DemoArgs {
    /// Folder for the demo's files (it must not hold a demo session yet).
    #[arg(long)]
    out: PathBuf,
    #[arg(long, value_enum, default_value = "city")]
    scale: ScaleArg,
    #[arg(long, default_value_t = 2025)]
    seed: u64,
    /// Also keep a copy of the session as it stood before the returned sheets were imported
    /// (`session-before-import.jpsession`), to import 收回评分表/ yourself, in the window or with
    /// `sheets import`.
    #[arg(long)]
    before_import: bool,
    #[arg(long)]
    json: bool,
}

pub(super) fn run_demo(args: DemoArgs, out: &mut dyn Write) -> Result<ExitCode, Error> {
    let (summary, _) = demo::build_with(&args.out, args.scale.into(), args.seed, args.before_import)?;
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
    scale: ScaleArg,
    #[arg(long, default_value_t = 2025)]
    seed: u64,
    /// Build the session this many times and report each stage's best and median time (a
    /// shared machine's speed varies from minute to minute).
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..))]
    runs: u32,
    /// Also time the peer script an admin would write (`scripts/peer_merge_rank.py`, pandas
    /// reading through calamine) on the same files in the same run, with this Python (one with
    /// pandas, python-calamine and xlsxwriter; `scripts/bench.sh` makes one).
    #[arg(long, requires = "peer_script")]
    peer_python: Option<PathBuf>,
    /// The peer script (see `--peer-python`).
    #[arg(long, requires = "peer_python")]
    peer_script: Option<PathBuf>,
}

/// One build of the session, timed, and the bare parse of its returned sheets.
struct Run {
    stages: Vec<demo::StageTiming>,
    bare_one: Duration,
    bare_all: Duration,
    /// `sheets import`, `rank`, `export` as a user runs them: one process each.
    commands: [Duration; 3],
    peer: Option<Duration>,
}

/// The three commands a user runs once the sheets are back, each its own process (start-up and
/// opening the session included), on a copy of the demo session as it stood before the import.
fn user_commands(dir: &std::path::Path, returned: &[PathBuf]) -> Result<[Duration; 3], Error> {
    let exe = std::env::current_exe().map_err(|e| Error::read(std::path::Path::new("jingpin"), e))?;
    let db = dir.join("commands.jpsession");
    let before = dir.join(demo::BEFORE_IMPORT);
    std::fs::copy(&before, &db).map_err(|e| Error::write(&db, e))?;
    let results = dir.join("commands-评审结果.xlsx");
    let time = |args: Vec<&std::ffi::OsStr>| -> Result<Duration, Error> {
        let t = Instant::now();
        let status = std::process::Command::new(&exe)
            .args(args)
            .stdout(std::process::Stdio::null())
            .status()
            .map_err(|e| Error::read(&exe, e))?;
        if !status.success() {
            return Err(Error::read(&exe, std::io::Error::other(format!("{status}"))));
        }
        Ok(t.elapsed())
    };
    let mut import = vec!["sheets".as_ref(), "import".as_ref(), db.as_os_str()];
    import.extend(returned.iter().map(|p| p.as_os_str()));
    Ok([
        time(import)?,
        time(vec!["rank".as_ref(), db.as_os_str()])?,
        time(vec![
            "export".as_ref(),
            db.as_os_str(),
            "--out".as_ref(),
            results.as_os_str(),
        ])?,
    ])
}

/// The peer script on the demo's files, timed; `quota` per category name.
fn peer(
    python: &std::path::Path,
    script: &std::path::Path,
    dir: &std::path::Path,
    quota: &serde_json::Value,
) -> Result<Duration, Error> {
    let t = Instant::now();
    let output = std::process::Command::new(python)
        .arg(script)
        .arg(dir)
        .arg(dir.join("peer.xlsx"))
        .arg("calamine")
        .arg(quota.to_string())
        .output()
        .map_err(|e| Error::read(python, e))?;
    if !output.status.success() {
        let said = String::from_utf8_lossy(&output.stderr).into_owned();
        return Err(Error::read(script, std::io::Error::other(said)));
    }
    Ok(t.elapsed())
}

impl Run {
    fn import_ratio(&self) -> Option<f64> {
        let import = self.stages.iter().find(|s| s.stage == demo::SHEETS_IMPORT)?;
        Some(import.wall.as_secs_f64() / self.bare_all.as_secs_f64())
    }
}

/// (best, median) of some measurements.
fn best_median<T: PartialOrd + Copy>(mut v: Vec<T>) -> (T, T) {
    v.sort_by(|a, b| a.partial_cmp(b).expect("measurements compare"));
    (v[0], v[v.len() / 2])
}

pub(super) fn run_bench(args: BenchArgs, out: &mut dyn Write) -> Result<ExitCode, Error> {
    let total = Instant::now();
    let mut runs = Vec::new();
    let mut summary = None;
    let mut threads = 1;
    for _ in 0..args.runs {
        let _ = std::fs::remove_dir_all(&args.out);
        let (s, t) = demo::build_with(&args.out, args.scale.into(), args.seed, true)?;
        // the floor the sheet importer cannot beat: calamine reading the same files, nothing else
        let mut returned: Vec<PathBuf> = std::fs::read_dir(args.out.join("收回评分表"))
            .map_err(|e| Error::read(&args.out, e))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        returned.sort();
        let floor = |threads: usize| -> Result<Duration, Error> {
            let t = Instant::now();
            jingpin::par::for_each_ordered(
                &returned,
                threads,
                |f| jingpin::import::typed::scan(f),
                |_, r| r.map(drop),
            )?;
            Ok(t.elapsed())
        };
        threads = jingpin::par::workers(returned.len());
        let commands = user_commands(&args.out, &returned)?;
        let quota: serde_json::Map<String, serde_json::Value> = s
            .categories
            .iter()
            .map(|c| (c.category.name().to_owned(), c.quota.into()))
            .collect();
        let peer = match (&args.peer_python, &args.peer_script) {
            (Some(python), Some(script)) => Some(peer(python, script, &args.out, &quota.into())?),
            _ => None,
        };
        runs.push(Run {
            stages: t.stages,
            bare_one: floor(1)?,
            bare_all: floor(threads)?,
            commands,
            peer,
        });
        summary = Some(s);
    }
    let summary = summary.expect("at least one run");
    let ms = |d: Duration| format!("{:>9.1} ms", d.as_secs_f64() * 1000.0);
    let mib = |k: Option<u64>| k.map(|k| format!("{:>6} MiB", k / 1024)).unwrap_or_default();
    let w = |out: &mut dyn Write, s: String| writeln!(out, "{s}").map_err(io_error);
    w(
        out,
        format!(
            "scale {:?}: {} lessons, {} judges, {} sheets, {} worker threads, {} run(s)",
            args.scale, summary.lessons, summary.judges, summary.sheets, threads, args.runs
        ),
    )?;
    w(
        out,
        format!(
            "{:<34}{:>12} {:>12}  {:>10}",
            "stage", "best", "median", "peak RSS (first run)"
        ),
    )?;
    let line = |out: &mut dyn Write, name: &str, walls: Vec<Duration>, rss: Option<u64>| {
        let (best, median) = best_median(walls);
        w(out, format!("{name:<34}{} {}  {}", ms(best), ms(median), mib(rss)))
    };
    for (i, s) in runs[0].stages.iter().enumerate() {
        let walls = runs.iter().map(|r| r.stages[i].wall).collect();
        // the first run's: later runs start with what the allocator kept from the earlier ones
        line(out, s.stage, walls, s.peak_rss_kib)?;
    }
    line(
        out,
        "bare calamine parse, 1 thread",
        runs.iter().map(|r| r.bare_one).collect(),
        None,
    )?;
    line(
        out,
        &format!("bare calamine parse, {threads} threads"),
        runs.iter().map(|r| r.bare_all).collect(),
        None,
    )?;
    if let Some(ratios) = runs.iter().map(Run::import_ratio).collect::<Option<Vec<f64>>>() {
        let (best, median) = best_median(ratios);
        w(
            out,
            format!(
                "{:<34}{:>10.2} × {:>10.2} ×",
                "sheets import / bare parse, same run", best, median
            ),
        )?;
    }
    let names = [
        "`sheets import` (a process)",
        "`rank` (a process)",
        "`export` (a process)",
    ];
    for (i, name) in names.iter().enumerate() {
        line(out, name, runs.iter().map(|r| r.commands[i]).collect(), None)?;
    }
    let three: Vec<Duration> = runs.iter().map(|r| r.commands.iter().sum()).collect();
    line(out, "the three commands", three.clone(), None)?;
    if let Some(peers) = runs.iter().map(|r| r.peer).collect::<Option<Vec<Duration>>>() {
        line(out, "peer: pandas + calamine", peers.clone(), None)?;
        // each run's ratio is the peer over the three commands of that same run
        let ratios: Vec<f64> = peers
            .iter()
            .zip(&three)
            .map(|(p, t)| p.as_secs_f64() / t.as_secs_f64())
            .collect();
        let (worst, median) = best_median(ratios);
        w(
            out,
            format!(
                "{:<34}{:>10.1} × {:>10.1} ×  (lowest, median)",
                "peer / the three commands", worst, median
            ),
        )?;
    }
    w(out, format!("{:<34}{}", "total", ms(total.elapsed())))?;
    w(
        out,
        format!("{:<34}{:>25}  {}", "peak RSS, whole run", "", mib(demo::peak_rss_kib())),
    )?;
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, Args)]
pub(super) struct SimulateArgs {
    /// How many seeds (independent panels) to run.
    #[arg(long, default_value_t = 200)]
    seeds: u64,
    /// The first seed.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Judges per lesson (the notices' panels use 3 to 5).
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(2..=10))]
    judges_per_lesson: u32,
    #[arg(long)]
    json: bool,
}

/// `jingpin simulate`: the fairness simulation of docs/fairness.md.
pub(super) fn run_simulate(args: SimulateArgs, out: &mut dyn Write) -> Result<ExitCode, Error> {
    let lib = jingpin::library::Library::builtin();
    let rubric = lib.rubric("2024-学科课程")?;
    let setup = jingpin::simulate::Setup {
        judges_per_lesson: args.judges_per_lesson as usize,
        ..jingpin::simulate::Setup::default()
    };
    let rows = jingpin::simulate::run(&setup, args.seed, args.seeds, rubric);
    if args.json {
        print_json(
            out,
            &serde_json::json!({ "setup": setup, "seeds": args.seeds, "first_seed": args.seed, "rows": rows }),
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(
        out,
        "{} seeds from {}: {} lessons, {} judges, {} judges a lesson, top {}; quality N({}, {}²), severity N(0, {}²), noise N(0, {}²)\n",
        args.seeds,
        args.seed,
        setup.lessons,
        setup.judges,
        setup.judges_per_lesson,
        setup.top,
        setup.quality_mean,
        setup.quality_sd,
        setup.severity_sd,
        setup.noise_sd
    )
    .map_err(io_error)?;
    writeln!(
        out,
        "| design | method | Spearman ρ with the truth | share of the true top {} recommended |",
        setup.top
    )
    .map_err(io_error)?;
    writeln!(out, "|---|---|---|---|").map_err(io_error)?;
    for r in &rows {
        let method = r.method.code();
        writeln!(
            out,
            "| {} | {} | {:.4} ± {:.4} | {:.1} % ± {:.1} |",
            r.design,
            method,
            r.spearman_mean,
            r.spearman_sd,
            100.0 * r.top_share_mean,
            100.0 * r.top_share_sd
        )
        .map_err(io_error)?;
    }
    Ok(ExitCode::SUCCESS)
}
