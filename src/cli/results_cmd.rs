//! `jingpin rank | calibrate | export | decide | finalize`: results, the chair's decisions, 定稿.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Subcommand};

use super::session_cmd::actor;
use super::{io_error, print_json};
use jingpin::app;
use jingpin::app::Session;
use jingpin::error::Error;

#[derive(Debug, Args)]
pub(super) struct RankArgs {
    db: PathBuf,
    #[arg(long)]
    json: bool,
    /// Compute 推荐稳定性 per lesson (a whole selection per replicate: about 1.5 s at national scale).
    #[arg(long)]
    stability: bool,
    /// Seed of the stability bootstrap (implies --stability; the same seed gives the same shares).
    #[arg(long)]
    stability_seed: Option<u64>,
    /// Bootstrap resamples for stability (0: leave-one-out only).
    #[arg(long, default_value_t = jingpin::stability::DEFAULT_RESAMPLES)]
    resamples: u32,
}

#[derive(Debug, Args)]
pub(super) struct CalibrateArgs {
    db: PathBuf,
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
pub(super) struct ExportArgs {
    db: PathBuf,
    /// The results workbook.
    #[arg(long, required_unless_present_any = ["awards", "handoff"])]
    out: Option<PathBuf>,
    /// Also (or only) the 获奖名单 for certificates: one row per teacher.
    #[arg(long)]
    awards: Option<PathBuf>,
    /// Also (or only) the 上报推荐汇总表 the next level imports as its roster.
    #[arg(long)]
    handoff: Option<PathBuf>,
    /// Add 推荐稳定性 to 推荐名单 and 候补名单 (bootstrap with --stability-seed, --resamples).
    #[arg(long)]
    stability: bool,
    #[arg(long, default_value_t = jingpin::stability::DEFAULT_SEED)]
    stability_seed: u64,
    #[arg(long, default_value_t = jingpin::stability::DEFAULT_RESAMPLES)]
    resamples: u32,
}

#[derive(Debug, Args)]
pub(super) struct DbArg {
    db: PathBuf,
}

#[derive(Debug, Subcommand)]
pub(super) enum DecideCommand {
    /// Set a held lesson's final score (仲裁).
    Arbitrate {
        db: PathBuf,
        lesson: String,
        score: f64,
        #[arg(long)]
        reason: String,
    },
    /// Accept a held lesson's computed score.
    Accept {
        db: PathBuf,
        lesson: String,
        #[arg(long)]
        reason: String,
    },
    /// Overrule the veto marks of a lesson.
    OverruleVeto {
        db: PathBuf,
        lesson: String,
        #[arg(long)]
        reason: String,
    },
    /// Veto a lesson with one of its rubric's veto items (id or name, e.g. plagiarism), on
    /// evidence the reason states (查重's files, coverage and passage).
    Veto {
        db: PathBuf,
        lesson: String,
        item: String,
        #[arg(long)]
        reason: String,
    },
    /// Accept a lesson with fewer scores than required.
    AcceptIncomplete {
        db: PathBuf,
        lesson: String,
        #[arg(long)]
        reason: String,
    },
    /// Order lessons of a tie nothing broke (lower first).
    TieOrder {
        db: PathBuf,
        lesson: String,
        order: u32,
        #[arg(long)]
        reason: String,
    },
    /// Ask a judge for a third review of a lesson held for its judges' spread: the judge gets the
    /// lesson (recusal holds) and a new sheet written into --out; the hold is released once their
    /// scores are imported.
    Review {
        db: PathBuf,
        lesson: String,
        judge: String,
        #[arg(long)]
        reason: String,
        /// Folder for the judge's new sheet.
        #[arg(long)]
        out: PathBuf,
    },
    /// Settle a roster teacher's match against the bar register (失信名单): confirm keeps the
    /// lesson out (reason `barred`), dismiss clears it (a namesake), pending takes it back.
    Barred {
        db: PathBuf,
        lesson: String,
        teacher: String,
        #[arg(value_enum)]
        word: BarWord,
        #[arg(long)]
        reason: String,
    },
    /// Take back an earlier decision on a lesson.
    Withdraw {
        db: PathBuf,
        lesson: String,
        /// arbitrate | accept | overrule-veto | accept-incomplete | tie-order | review | veto
        #[arg(value_enum)]
        decision: WithdrawKind,
        #[arg(long)]
        reason: String,
    },
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub(super) enum BarWord {
    Confirm,
    Dismiss,
    Pending,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub(super) enum WithdrawKind {
    Arbitrate,
    Accept,
    OverruleVeto,
    AcceptIncomplete,
    TieOrder,
    Review,
    Veto,
}

/// `jingpin calibrate`: per judge and panel (see `calibration`).
pub(super) fn run_calibrate(args: CalibrateArgs, out: &mut dyn Write) -> Result<ExitCode, Error> {
    let store = Session::open(&args.db)?;
    let c = app::calibration(&store)?;
    if args.json {
        print_json(out, &c)?;
        return Ok(ExitCode::SUCCESS);
    }
    let num = |v: Option<f64>| v.map_or("—".to_owned(), |x| format!("{x:.2}"));
    for p in &c.panels {
        writeln!(
            out,
            "{} {}: {} judges, {} lessons, {} part(s); ICC(2,1) {} ICC(2,k) {} Kendall's W {} on {} common lesson(s){}; pairs sharing a lesson {}/{} ({}–{} lessons)",
            p.category,
            if p.panel.is_empty() { "(no panel)" } else { &p.panel },
            p.judges,
            p.lessons,
            p.components,
            num(p.icc_2_1),
            num(p.icc_2_k),
            num(p.kendall_w),
            p.block_lessons,
            p.why.as_ref().map_or(String::new(), |w| format!(" ({w})")),
            p.pairs_sharing,
            p.pairs_total,
            p.pair_lessons_min,
            p.pair_lessons_max
        )
        .map_err(io_error)?;
        for j in c
            .judges
            .iter()
            .filter(|j| j.panel == p.panel && j.category == p.category)
        {
            let s = &j.stats;
            writeln!(
                out,
                "  {} {:<6} n={:<3} mean {:.2} sd {}  severity {:+.2} [{}, {}]  agreement {}  consistency {}  halo {}  {}",
                j.id,
                j.name,
                s.lessons,
                s.mean,
                num(s.sd),
                s.severity,
                num(s.severity_low),
                num(s.severity_high),
                num(s.agreement),
                num(s.consistency),
                num(s.halo),
                s.flags
                    .iter()
                    .map(|f| f.code())
                    .collect::<Vec<_>>()
                    .join(",")
            )
            .map_err(io_error)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub(super) fn run_rank(args: RankArgs, out: &mut dyn Write) -> Result<ExitCode, Error> {
    use jingpin::export::{reason_code, reason_text};
    let store = Session::open(&args.db)?;
    let input = app::results_input(&store)?;
    let results = jingpin::results::compute_results(&input);
    let stability: std::collections::HashMap<jingpin::roster::LessonId, jingpin::stability::LessonStability> =
        if args.stability || args.stability_seed.is_some() {
            let seed = args.stability_seed.unwrap_or(jingpin::stability::DEFAULT_SEED);
            jingpin::stability::stability(&input, seed, args.resamples, &mut |_, _| true)
                .unwrap_or_default()
                .into_iter()
                .map(|s| (s.lesson.clone(), s))
                .collect()
        } else {
            Default::default()
        };
    #[derive(serde::Serialize)]
    struct Row {
        id: String,
        category: jingpin::category::Category,
        title: String,
        region: String,
        teachers: Vec<String>,
        school: String,
        raw_mean: Option<jingpin::aggregate::Hundredths>,
        final_score: Option<jingpin::aggregate::Hundredths>,
        rank: Option<u32>,
        tie: bool,
        /// The lessons sharing this rank (this one included) when a tie nothing broke.
        tie_group: Vec<String>,
        /// The tie changes who is recommended, an alternate or a prize: 定稿 waits for an order.
        tie_at_cut: bool,
        status: jingpin::select::Status,
        /// 候补第N名.
        alternate: Option<u32>,
        reason: &'static str,
        reason_text: String,
        judges: u32,
        prize: Option<String>,
        /// 推荐稳定性: share of bootstrap replicates keeping the outcome (0–1); None unscored or
        /// without --stability.
        stability: Option<f64>,
        /// Share of the lesson's judges whose removal keeps the outcome.
        leave_one_out: Option<f64>,
        /// stability below 80 %: a third review matters most here.
        fragile: bool,
    }
    if !args.json {
        // the text needs a few fields of each row: printed straight from the results
        for c in &results.categories {
            for r in &c.rows {
                let s = stability.get(&r.lesson.id);
                writeln!(
                    out,
                    "{:<4} {} {} {:>7} {:<12} {}{}{}",
                    r.outcome.rank.map(|x| x.to_string()).unwrap_or_else(|| "-".into()),
                    r.lesson.id,
                    c.category,
                    r.scored.as_ref().map(|x| x.final_score.to_string()).unwrap_or_default(),
                    jingpin::export::status_text(r.outcome.status),
                    reason_text(&r.outcome.reason),
                    r.outcome.prize.as_ref().map(|p| format!(" {p}")).unwrap_or_default(),
                    s.map(|s| format!(
                        "  稳定性 {:.0}%{}",
                        s.stability * 100.0,
                        if s.fragile { " ⚠" } else { "" }
                    ))
                    .unwrap_or_default()
                )
                .map_err(io_error)?;
            }
        }
        jingpin::par::drop_later((input, results, stability));
        return Ok(ExitCode::SUCCESS);
    }
    let rows: Vec<Row> = results
        .categories
        .iter()
        .flat_map(|c| c.rows.iter().map(move |r| (c, r)))
        .map(|(c, r)| {
            let f = &r.lesson.fields;
            let tie_group = if r.outcome.tie {
                c.rows
                    .iter()
                    .filter(|x| x.outcome.tie && x.outcome.rank == r.outcome.rank)
                    .map(|x| x.lesson.id.to_string())
                    .collect()
            } else {
                Vec::new()
            };
            Row {
                id: r.lesson.id.to_string(),
                category: f.category,
                title: f.title.clone(),
                region: f.region.clone(),
                teachers: f.teachers.clone(),
                school: f.school.clone(),
                raw_mean: r.scored.as_ref().map(|s| s.raw_mean),
                final_score: r.scored.as_ref().map(|s| s.final_score),
                rank: r.outcome.rank,
                tie: r.outcome.tie,
                tie_group,
                tie_at_cut: r.outcome.tie_at_cut,
                status: r.outcome.status,
                alternate: match r.outcome.reason {
                    jingpin::select::Reason::Alternate { order }
                    | jingpin::select::Reason::SwappedOut { order, .. } => Some(order),
                    _ => None,
                },
                reason: reason_code(&r.outcome.reason),
                reason_text: reason_text(&r.outcome.reason),
                judges: r.scored.as_ref().map_or(0, |s| s.judges),
                prize: r.outcome.prize.clone(),
                stability: stability.get(&r.lesson.id).map(|s| s.stability),
                leave_one_out: stability.get(&r.lesson.id).and_then(|s| s.leave_one_out),
                fragile: stability.get(&r.lesson.id).is_some_and(|s| s.fragile),
            }
        })
        .collect();
    print_json(out, &rows)?;
    jingpin::par::drop_later((input, results, rows, stability));
    Ok(ExitCode::SUCCESS)
}

pub(super) fn run_export(args: ExportArgs, out: &mut dyn Write) -> Result<ExitCode, Error> {
    let store = Session::open(&args.db)?;
    if let Some(path) = &args.out {
        let stability = if args.stability {
            app::stability(&store, args.stability_seed, args.resamples, &mut |_, _| true)?.map(|(_, s)| s)
        } else {
            None
        };
        jingpin::par::drop_later(app::export_results_with(&store, path, stability.as_deref())?);
        writeln!(out, "wrote {}", path.display()).map_err(io_error)?;
    }
    if let Some(path) = &args.awards {
        app::export_awards(&store, path)?;
        writeln!(out, "wrote {}", path.display()).map_err(io_error)?;
    }
    if let Some(path) = &args.handoff {
        app::export_handoff(&store, path)?;
        writeln!(out, "wrote {}", path.display()).map_err(io_error)?;
    }
    Ok(ExitCode::SUCCESS)
}

pub(super) fn run_decide(command: DecideCommand, out: &mut dyn Write) -> Result<ExitCode, Error> {
    use jingpin::app::{Decision, DecisionKind};
    use jingpin::roster::LessonId;
    let id = |l: &String| LessonId::new(l.clone());
    if let DecideCommand::Barred {
        db,
        lesson,
        teacher,
        word,
        reason,
    } = &command
    {
        let status = match word {
            BarWord::Confirm => jingpin::register::HitStatus::Confirmed,
            BarWord::Dismiss => jingpin::register::HitStatus::Dismissed,
            BarWord::Pending => jingpin::register::HitStatus::Pending,
        };
        let mut store = Session::open(db)?;
        app::settle_bar_match(&mut store, &id(lesson), teacher, status, reason, &actor())?;
        writeln!(out, "recorded barred {}", status.code()).map_err(io_error)?;
        return Ok(ExitCode::SUCCESS);
    }
    let (db, decision, reason) = match &command {
        DecideCommand::Barred { .. } => unreachable!("handled above"),
        DecideCommand::Arbitrate {
            db,
            lesson,
            score,
            reason,
        } => (
            db,
            Decision::Arbitrate {
                lesson: id(lesson),
                score: jingpin::aggregate::Hundredths::from_f64(*score),
            },
            reason,
        ),
        DecideCommand::Accept { db, lesson, reason } => (db, Decision::Accept { lesson: id(lesson) }, reason),
        DecideCommand::OverruleVeto { db, lesson, reason } => {
            (db, Decision::OverruleVeto { lesson: id(lesson) }, reason)
        }
        DecideCommand::Veto {
            db,
            lesson,
            item,
            reason,
        } => (
            db,
            Decision::Veto {
                lesson: id(lesson),
                item: item.clone(),
            },
            reason,
        ),
        DecideCommand::AcceptIncomplete { db, lesson, reason } => {
            (db, Decision::AcceptIncomplete { lesson: id(lesson) }, reason)
        }
        DecideCommand::Withdraw {
            db,
            lesson,
            decision,
            reason,
        } => (
            db,
            Decision::Withdraw {
                lesson: id(lesson),
                decision: match decision {
                    WithdrawKind::Arbitrate => DecisionKind::Arbitrate,
                    WithdrawKind::Accept => DecisionKind::Accept,
                    WithdrawKind::OverruleVeto => DecisionKind::OverruleVeto,
                    WithdrawKind::AcceptIncomplete => DecisionKind::AcceptIncomplete,
                    WithdrawKind::TieOrder => DecisionKind::TieOrder,
                    WithdrawKind::Review => DecisionKind::Review,
                    WithdrawKind::Veto => DecisionKind::Veto,
                },
            },
            reason,
        ),
        DecideCommand::TieOrder {
            db,
            lesson,
            order,
            reason,
        } => (
            db,
            Decision::TieOrder {
                lesson: id(lesson),
                order: *order,
            },
            reason,
        ),
        DecideCommand::Review {
            db,
            lesson,
            judge,
            reason,
            ..
        } => (
            db,
            Decision::Review {
                lesson: id(lesson),
                judge: jingpin::judges::JudgeId::new(judge.clone()),
            },
            reason,
        ),
    };
    let mut store = Session::open(db)?;
    app::decide(&mut store, &decision, reason, &actor())?;
    if let (DecideCommand::Review { out: dir, .. }, Decision::Review { judge, .. }) = (&command, &decision) {
        let sheet = app::export_sheet_for(&mut store, judge, dir, &actor())?;
        writeln!(out, "wrote {}", sheet.display()).map_err(io_error)?;
    }
    writeln!(out, "recorded {}", decision.code()).map_err(io_error)?;
    Ok(ExitCode::SUCCESS)
}

pub(super) fn run_finalize(args: DbArg, out: &mut dyn Write) -> Result<ExitCode, Error> {
    let mut store = Session::open(&args.db)?;
    let mut register = super::register_cmd::open_register()?;
    let added = app::finalize_into(&mut store, &mut register, &actor())?;
    writeln!(out, "finalized").map_err(io_error)?;
    if added.added > 0 {
        writeln!(
            out,
            "added {} teacher(s) to the bar register ({})",
            added.added,
            register.path().display()
        )
        .map_err(io_error)?;
    }
    Ok(ExitCode::SUCCESS)
}
