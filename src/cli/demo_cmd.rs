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
    /// Internal: build once, time the stages and the bare parse, print them as JSON and exit. The
    /// bench runs each build in a process of its own, as a user's session would be, so that no
    /// build starts with what the allocator kept from the one before.
    #[arg(long, hide = true)]
    build_only: bool,
}

/// What one build process reports to the bench (`--build-only`).
#[derive(serde::Serialize, serde::Deserialize)]
struct Build {
    /// (stage, seconds, peak RSS in KiB during the stage)
    stages: Vec<(String, f64, Option<u64>)>,
    bare_one: f64,
    bare_all: f64,
    threads: usize,
    /// The build process's own peak, over the whole build.
    peak_rss_kib: Option<u64>,
    lessons: u32,
    judges: u32,
    sheets: u32,
    /// quota per category name, for the peer script
    quota: serde_json::Map<String, serde_json::Value>,
    /// A judge's score saves in judge mode, the call the window's save makes (the workspace
    /// committed each time), without the window: each in seconds.
    saves: Vec<f64>,
}

/// `SAVES` score saves in the first blank sheet's judge-mode workspace, each timed.
fn judge_saves(dir: &std::path::Path) -> Result<Vec<f64>, Error> {
    const SAVES: usize = 1000;
    let blanks = files_in(&dir.join("评分表"))?;
    let Some(first) = blanks.first() else {
        return Ok(Vec::new());
    };
    let (mut ws, _) = jingpin::judge_mode::open_sheet(first, &dir.join("judge-workspaces"))?;
    let sheet = ws.sheet()?;
    let cells: Vec<(jingpin::roster::LessonId, usize)> = sheet
        .categories
        .iter()
        .flat_map(|c| {
            let n = c.rubric.indicators().len();
            c.lessons
                .iter()
                .flat_map(move |l| (0..n).map(move |i| (l.id.clone(), i)))
        })
        .collect();
    let mut times = Vec::with_capacity(SAVES);
    for k in 0..SAVES.min(cells.len() * 2) {
        let (lesson, indicator) = &cells[k % cells.len()];
        // 0 is a valid score on every indicator; the second pass clears what the first set
        let value = (k < cells.len()).then_some(jingpin::points::Points::ZERO);
        let t = Instant::now();
        ws.set_score(lesson, *indicator, value)?;
        times.push(t.elapsed().as_secs_f64());
    }
    Ok(times)
}

/// `bench --build-only`: one build of the demo and the bare parse of its returned sheets.
fn build_once(args: &BenchArgs, out: &mut dyn Write) -> Result<ExitCode, Error> {
    let _ = std::fs::remove_dir_all(&args.out);
    let (s, t) = demo::build_with(&args.out, args.scale.into(), args.seed, true)?;
    // the floor the sheet importer cannot beat: calamine reading the same files, nothing else
    let returned = returned_sheets(&args.out)?;
    let floor = |threads: usize| -> Result<f64, Error> {
        let t = Instant::now();
        jingpin::par::for_each_ordered(
            &returned,
            threads,
            |f| jingpin::import::typed::scan(f),
            |_, r| r.map(drop),
        )?;
        Ok(t.elapsed().as_secs_f64())
    };
    let threads = jingpin::par::workers(returned.len());
    let build = Build {
        stages: t
            .stages
            .iter()
            .map(|s| (s.stage.to_owned(), s.wall.as_secs_f64(), s.peak_rss_kib))
            .collect(),
        bare_one: floor(1)?,
        bare_all: floor(threads)?,
        threads,
        peak_rss_kib: demo::peak_rss_kib(),
        lessons: s.lessons,
        judges: s.judges,
        sheets: s.sheets,
        quota: s
            .categories
            .iter()
            .map(|c| (c.category.name().to_owned(), c.quota.into()))
            .collect(),
        saves: judge_saves(&args.out)?,
    };
    print_json(out, &build)?;
    Ok(ExitCode::SUCCESS)
}

/// Runs one build in a process of its own and reads its report.
fn build_in_child(args: &BenchArgs) -> Result<Build, Error> {
    let exe = std::env::current_exe().map_err(|e| Error::read(std::path::Path::new("jingpin"), e))?;
    let scale = format!("{:?}", args.scale).to_lowercase();
    let output = std::process::Command::new(&exe)
        .args([
            "bench",
            "--build-only",
            "--scale",
            &scale,
            "--seed",
            &args.seed.to_string(),
            "--out",
        ])
        .arg(&args.out)
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| Error::read(&exe, e))?;
    if !output.status.success() {
        return Err(Error::read(&exe, std::io::Error::other(format!("{}", output.status))));
    }
    serde_json::from_slice(&output.stdout)
        .map_err(|e| Error::read(&exe, std::io::Error::new(std::io::ErrorKind::InvalidData, e)))
}

/// The returned sheets of a built demo, in name order.
fn returned_sheets(dir: &std::path::Path) -> Result<Vec<PathBuf>, Error> {
    files_in(&dir.join("收回评分表"))
}

/// The files of a folder, in name order.
fn files_in(dir: &std::path::Path) -> Result<Vec<PathBuf>, Error> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Error::read(dir, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    Ok(files)
}

/// One build of the session, timed, and the bare parse of its returned sheets.
struct Run {
    build: Build,
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
        let import = self.build.stages.iter().find(|s| s.0 == demo::SHEETS_IMPORT)?;
        Some(import.1 / self.build.bare_all)
    }
}

/// (best, median) of some measurements.
fn best_median<T: PartialOrd + Copy>(mut v: Vec<T>) -> (T, T) {
    v.sort_by(|a, b| a.partial_cmp(b).expect("measurements compare"));
    (v[0], v[v.len() / 2])
}

pub(super) fn run_bench(args: BenchArgs, out: &mut dyn Write) -> Result<ExitCode, Error> {
    if args.build_only {
        return build_once(&args, out);
    }
    let total = Instant::now();
    let mut runs: Vec<Run> = Vec::new();
    for _ in 0..args.runs {
        let build = build_in_child(&args)?;
        let returned = returned_sheets(&args.out)?;
        let commands = user_commands(&args.out, &returned)?;
        let peer = match (&args.peer_python, &args.peer_script) {
            (Some(python), Some(script)) => Some(peer(python, script, &args.out, &build.quota.clone().into())?),
            _ => None,
        };
        runs.push(Run { build, commands, peer });
    }
    let first = &runs[0].build;
    let secs = Duration::from_secs_f64;
    let ms = |d: Duration| format!("{:>9.1} ms", d.as_secs_f64() * 1000.0);
    let mib = |k: Option<u64>| k.map(|k| format!("{:>6} MiB", k / 1024)).unwrap_or_default();
    let w = |out: &mut dyn Write, s: String| writeln!(out, "{s}").map_err(io_error);
    w(
        out,
        format!(
            "scale {:?}: {} lessons, {} judges, {} sheets, {} worker threads, {} run(s), each build a process of its own",
            args.scale, first.lessons, first.judges, first.sheets, first.threads, args.runs
        ),
    )?;
    w(
        out,
        format!(
            "{:<34}{:>12} {:>12}  {:>10}",
            "stage", "best", "median", "peak RSS (highest run)"
        ),
    )?;
    let line = |out: &mut dyn Write, name: &str, walls: Vec<Duration>, rss: Option<u64>| {
        let (best, median) = best_median(walls);
        w(out, format!("{name:<34}{} {}  {}", ms(best), ms(median), mib(rss)))
    };
    for (i, (stage, _, _)) in first.stages.iter().enumerate() {
        let walls = runs.iter().map(|r| secs(r.build.stages[i].1)).collect();
        let rss = runs.iter().filter_map(|r| r.build.stages[i].2).max();
        line(out, stage, walls, rss)?;
    }
    line(
        out,
        "bare calamine parse, 1 thread",
        runs.iter().map(|r| secs(r.build.bare_one)).collect(),
        None,
    )?;
    line(
        out,
        &format!("bare calamine parse, {} threads", first.threads),
        runs.iter().map(|r| secs(r.build.bare_all)).collect(),
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
        let highest = ratios.iter().copied().fold(f64::MIN, f64::max);
        let (lowest, median) = best_median(ratios);
        w(
            out,
            format!(
                "{:<34}{:>10.1} × {:>10.1} ×  (highest, median; lowest {lowest:.1} ×)",
                "peer / the three commands", highest, median
            ),
        )?;
    }
    let mut saves: Vec<f64> = runs.iter().flat_map(|r| r.build.saves.iter().copied()).collect();
    if !saves.is_empty() {
        saves.sort_by(f64::total_cmp);
        let at = |p: usize| saves[(saves.len() * p / 100).min(saves.len() - 1)] * 1000.0;
        w(
            out,
            format!(
                "{:<34}p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms ({} saves, committed each)",
                "judge saves, without the window",
                at(50),
                at(99),
                saves[saves.len() - 1] * 1000.0,
                saves.len()
            ),
        )?;
    }
    w(out, format!("{:<34}{}", "total", ms(total.elapsed())))?;
    // the bench's own processes: the builds and this one (the three commands and the peer are
    // measured by time, not memory; `scripts/bench.sh` reports the peak of everything it ran)
    let peak = runs
        .iter()
        .filter_map(|r| r.build.peak_rss_kib)
        .chain(demo::peak_rss_kib())
        .max();
    w(out, format!("{:<34}{:>25}  {}", "peak RSS, whole bench", "", mib(peak)))?;
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
