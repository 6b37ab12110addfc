//! Every statistic of `jingpin::fairness` against a statistics package's value on a fixed fixture
//! (issue 15). The numbers were printed by `scripts/reference_stats.py` (statsmodels 0.14 OLS,
//! pingouin intraclass_corr / friedman, scipy.stats pearsonr / spearmanr, numpy std):
//!
//!     python3 -m venv /tmp/refenv && /tmp/refenv/bin/pip install pingouin statsmodels scipy numpy pandas
//!     /tmp/refenv/bin/python scripts/reference_stats.py

use jingpin::fairness::{self, Obs};

fn close(a: f64, b: f64, what: &str) {
    assert!((a - b).abs() < 1e-8, "{what}: {a} vs reference {b}");
}

/// The script's incomplete panel: lesson l scored by judges l%5, (l+1)%5, (l+3)%5, and two more
/// lessons by two judges each.
fn panel() -> Vec<Obs> {
    const TOTALS: [[f64; 3]; 10] = [
        [88.0, 84.5, 90.0],
        [76.0, 71.0, 79.5],
        [92.5, 86.0, 95.0],
        [65.0, 60.5, 70.0],
        [81.0, 77.5, 85.0],
        [70.5, 66.0, 74.0],
        [85.0, 83.0, 91.5],
        [78.0, 72.5, 80.0],
        [95.0, 88.0, 96.5],
        [60.0, 58.5, 67.0],
    ];
    let mut obs = Vec::new();
    for (l, ts) in TOTALS.iter().enumerate() {
        for (j, t) in [l % 5, (l + 1) % 5, (l + 3) % 5].into_iter().zip(ts) {
            obs.push(Obs {
                judge: j,
                lesson: l,
                total: *t,
                shares: Vec::new(),
            });
        }
    }
    for (l, pairs) in [(10, [(0, 83.0), (2, 87.5)]), (11, [(1, 69.0), (4, 64.5)])] {
        for (j, t) in pairs {
            obs.push(Obs {
                judge: j,
                lesson: l,
                total: t,
                shares: Vec::new(),
            });
        }
    }
    obs
}

#[test]
fn the_severity_model_equals_statsmodels_ols_with_sum_to_zero_judge_effects() {
    let obs = panel();
    let fit = fairness::fit(5, 12, &obs);
    assert_eq!(fit.components, 1);
    assert_eq!(fit.df, 18);
    close(fit.sigma.unwrap(), 4.4849246577065145, "sigma");
    close(fairness::t975(18), 2.1009220402410382, "t(0.975, 18)");
    let reference = [
        (
            -0.0902345742,
            1.7273219253,
            -3.7192032777,
            3.5387341293,
            2.8072920776,
            0.9239942127,
        ),
        (
            0.2138194799,
            1.7273219253,
            -3.4151492236,
            3.8427881833,
            2.9942068077,
            0.9005771775,
        ),
        (
            0.9882603628,
            1.7257942679,
            -2.6374988515,
            4.6140195771,
            3.3170420939,
            0.8468925949,
        ),
        (
            -0.3037735849,
            1.8108150201,
            -4.1081547714,
            3.5006076016,
            3.2658481727,
            0.8897202597,
        ),
        (
            -0.8080716835,
            1.7257942679,
            -4.4338308978,
            2.8176875308,
            3.8382432613,
            0.8895218706,
        ),
    ];
    let stats = fairness::judge_stats(5, 12, &obs, &fit, 1.0);
    for (j, (effect, se, low, high, rms, agreement)) in reference.into_iter().enumerate() {
        let s = stats[j].as_ref().unwrap();
        let tol = |a: f64, b: f64, what: &str| assert!((a - b).abs() < 1e-9, "J{j} {what}: {a} vs {b}");
        tol(fit.effect[j], effect, "effect");
        tol(fit.se[j].unwrap(), se, "se");
        tol(s.severity_low.unwrap(), low, "ci low");
        tol(s.severity_high.unwrap(), high, "ci high");
        tol(s.consistency.unwrap(), rms, "residual rms");
        tol(s.agreement.unwrap(), agreement, "agreement");
        assert!(s.flags.is_empty(), "no interval clears a 1-point margin: {:?}", s.flags);
    }
}

#[test]
fn icc_and_kendalls_w_equal_pingouin() {
    let block: Vec<Vec<f64>> = [
        [9, 2, 5, 8],
        [6, 1, 3, 2],
        [8, 4, 6, 8],
        [7, 1, 2, 6],
        [10, 5, 6, 9],
        [6, 2, 4, 7],
    ]
    .iter()
    .map(|r| r.iter().map(|v| f64::from(*v)).collect())
    .collect();
    let (one, k) = fairness::icc2(&block).unwrap();
    close(one, 0.28976377952755916, "ICC(2,1)");
    close(k, 0.6200505475989893, "ICC(2,k)");
    close(
        fairness::kendall_w(&block).unwrap(),
        0.8870370370370371,
        "Kendall's W (ties corrected)",
    );
    assert!(fairness::icc2(&block[..1]).is_none(), "one lesson: no ICC");
}

#[test]
fn correlations_and_halo_equal_scipy_and_numpy() {
    let a = [3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0];
    let b = [2.0, 7.0, 1.0, 8.0, 2.0, 8.0, 1.0, 8.0];
    close(fairness::spearman(&a, &b).unwrap(), 0.19885368120992467, "spearman");
    close(fairness::pearson(&a, &b).unwrap(), 0.2096553190730121, "pearson");
    let shares = [[0.9, 0.8, 0.85, 0.9], [0.5, 0.7, 0.6, 0.9], [1.0, 1.0, 0.95, 1.0]];
    let obs: Vec<Obs> = shares
        .iter()
        .enumerate()
        .map(|(l, s)| Obs {
            judge: 0,
            lesson: l,
            total: 80.0 + l as f64,
            shares: s.to_vec(),
        })
        .collect();
    let fit = fairness::fit(1, 3, &obs);
    let s = fairness::judge_stats(1, 3, &obs, &fit, 1.0)[0].clone().unwrap();
    close(s.halo.unwrap(), 0.07033681318384796, "halo");
}

/// The simulation of docs/fairness.md: the same seed gives the same numbers, and on a small run
/// the severity model beats z-scores and the mean where strong lessons cluster on some judges and
/// loses nothing where judges are drawn at random.
#[test]
fn the_simulation_is_reproducible_and_the_severity_model_wins_where_it_should() {
    use jingpin::settings::Aggregation;
    use jingpin::simulate::{one_seed, run, Setup};
    let lib = jingpin::Library::builtin();
    let rubric = lib.rubric("2024-学科课程").unwrap();
    let setup = Setup::default();
    let a = one_seed(&setup, 7, rubric);
    let b = one_seed(&setup, 7, rubric);
    assert_eq!(format!("{a:?}"), format!("{b:?}"), "deterministic for a seed");
    assert_ne!(format!("{a:?}"), format!("{:?}", one_seed(&setup, 8, rubric)));
    let rows = run(&setup, 1, 24, rubric);
    let get = |design: &str, m: Aggregation| rows.iter().find(|r| r.design == design && r.method == m).unwrap();
    let sev = get("clustered", Aggregation::SeverityAdjusted);
    for other in [Aggregation::Zscore, Aggregation::Mean] {
        let o = get("clustered", other);
        assert!(sev.spearman_mean > o.spearman_mean, "clustered: {sev:?} vs {o:?}");
        assert!(sev.top_share_mean > o.top_share_mean, "clustered: {sev:?} vs {o:?}");
    }
    let best_balanced = rows
        .iter()
        .filter(|r| r.design == "balanced")
        .map(|r| r.spearman_mean)
        .fold(f64::MIN, f64::max);
    assert!(
        get("balanced", Aggregation::SeverityAdjusted).spearman_mean >= best_balanced - 0.005,
        "balanced: nothing lost ({rows:?})"
    );
}

/// 推荐稳定性 on a county demo: deterministic for a seed, within 0–1, a lesson far above the cut
/// keeps its outcome in every replicate, and a lesson on the cut line is fragile.
#[test]
fn stability_is_deterministic_and_certain_far_from_the_cut() {
    let dir = tempfile::tempdir().unwrap();
    jingpin::demo::build(dir.path(), jingpin::demo::Scale::County, 7).unwrap();
    let store = jingpin::app::Session::open(&dir.path().join("session.jpsession")).unwrap();
    let input = jingpin::app::results_input(&store).unwrap();
    let run = |seed| jingpin::stability::stability(&input, seed, 300, &mut |_, _| true).unwrap();
    let a = run(11);
    assert_eq!(a, run(11), "the same seed gives the same shares");
    assert!(a.iter().all(|s| (0.0..=1.0).contains(&s.stability)));
    let results = jingpin::results::compute_results(&input);
    let subject = &results.categories[0];
    let top = subject.rows.iter().find(|r| r.outcome.rank == Some(1)).unwrap();
    let of = |id: &jingpin::roster::LessonId| a.iter().find(|s| &s.lesson == id).unwrap();
    assert_eq!(of(&top.lesson.id).stability, 1.0, "first place stays recommended");
    assert_eq!(of(&top.lesson.id).leave_one_out, Some(1.0));
    assert!(of(&top.lesson.id).recommended);
    assert!(
        a.iter().any(|s| s.fragile),
        "somewhere near the cut a lesson is fragile"
    );
    for s in a.iter().filter(|s| s.fragile) {
        assert!(s.stability < 0.8);
    }
    // cancelling stops it
    assert!(jingpin::stability::stability(&input, 11, 300, &mut |done, _| done < 5).is_none());
}

/// The stability replicates select through `select::Replay` (integers, no strings) instead of
/// `select`; on perturbed scores, with every rule on, the two recommend exactly the same lessons.
/// Each rule is checked to have decided something in some replicate, so the agreement is not
/// vacuous.
#[test]
fn the_replay_recommends_what_select_recommends() {
    use jingpin::aggregate::{Hundredths, TieBreak};
    use jingpin::select::{Reason, Status};
    use jingpin::settings::{RegionQuota, SubjectCap, TeacherScope};
    use rand::{Rng, SeedableRng};

    let dir = tempfile::tempdir().unwrap();
    jingpin::demo::build(dir.path(), jingpin::demo::Scale::City, 3).unwrap();
    let store = jingpin::app::Session::open(&dir.path().join("session.jpsession")).unwrap();
    let mut input = jingpin::app::results_input(&store).unwrap();
    // one teacher with a lesson in every seventh roster row, across categories
    for l in input.lessons.iter_mut().step_by(7) {
        l.fields.teachers.push("共同教师".into());
    }
    let subject = input.settings.categories[0].category;
    let common_subject = {
        let mut n = std::collections::BTreeMap::<&str, u32>::new();
        for l in input.lessons.iter().filter(|l| l.fields.category == subject) {
            *n.entry(&l.fields.subject).or_default() += 1;
        }
        n.into_iter().max_by_key(|(_, c)| *c).unwrap().0.to_owned()
    };
    let region = input.lessons[0].fields.region.clone();
    let rules = &mut input.settings.rules;
    rules.one_per_node = true;
    rules.one_per_teacher = true;
    rules.teacher_scope = TeacherScope::Session;
    rules.stage_coverage = true;
    rules.per_school_subject_cap = Some(1);
    rules.min_score = Some(75.0);
    rules.subject_caps = vec![SubjectCap {
        category: subject,
        subjects: vec![common_subject],
        max_percent: 5,
    }];
    input.settings.region_quotas = vec![RegionQuota {
        region,
        category: subject,
        quota: 2,
    }];
    // three lessons alike below the score, in an order the chair set
    let tied_ids: Vec<jingpin::roster::LessonId> = {
        let probe = jingpin::results::aggregate_all(&input);
        let c = &probe.categories[0].scored;
        c.iter().step_by(c.len() / 3).take(3).map(|s| s.id.clone()).collect()
    };
    for (k, id) in tied_ids.iter().enumerate() {
        input.decisions.tie_order.insert(id.clone(), [2, 1, 3][k]);
    }
    let mut agg = jingpin::results::aggregate_all(&input);
    let tied: Vec<usize> = {
        let c = &mut agg.categories[0];
        let picked: Vec<usize> = tied_ids
            .iter()
            .map(|id| c.scored.iter().position(|s| s.id == *id).unwrap())
            .collect();
        let first = c.scored[picked[0]].clone();
        for i in &picked {
            let s = &mut c.scored[*i];
            (s.median, s.spread, s.indicator_means) = (first.median, first.spread, first.indicator_means.clone());
        }
        picked
    };
    let outcomes = jingpin::results::select_all(&input, &agg, None);
    let replay = jingpin::stability::replay(&input, &agg, &outcomes);
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(15);
    let mut seen = std::collections::BTreeSet::new();
    for r in 0..300 {
        let mut scored: Vec<Vec<jingpin::aggregate::Scored>> =
            agg.categories.iter().map(|c| c.scored.clone()).collect();
        for (k, c) in scored.iter_mut().enumerate() {
            for (i, s) in c.iter_mut().enumerate() {
                let lesson = agg.categories[k].lessons.iter().find(|l| l.id == s.id).unwrap();
                let mut v = s.final_score.0 + rng.random_range(-1500..=1500);
                if r % 5 == 0 && lesson.fields.stage == "高中" {
                    v -= 3000; // no 高中 lesson high enough: stage coverage swaps one in
                }
                if k == 0 && r % 2 == 0 && tied.contains(&i) {
                    v = 9000;
                }
                s.final_score = Hundredths(v / 100 * 100); // whole points: ties
            }
        }
        let by_select = jingpin::results::select_all(&input, &agg, Some(&scored));
        let finals: Vec<Vec<Hundredths>> = scored
            .iter()
            .map(|c| c.iter().map(|s| s.final_score).collect())
            .collect();
        let mut mask = vec![false; replay.lessons()];
        replay.recommend(&finals, &mut mask);
        let ids: Vec<&jingpin::roster::LessonId> = scored.iter().flatten().map(|s| &s.id).collect();
        for o in by_select.iter().flatten() {
            if let Some(i) = ids.iter().position(|id| **id == o.id) {
                assert_eq!(
                    mask[i],
                    o.status == Status::Recommended,
                    "replicate {r}: {} ({:?})",
                    o.id,
                    o.reason
                );
            }
            seen.insert(match &o.reason {
                Reason::BelowMinimum { .. } => "minimum",
                Reason::NodeTaken { .. } => "node",
                Reason::TeacherTaken { .. } => "teacher",
                Reason::RegionQuotaFull { .. } => "region",
                Reason::SchoolSubjectCap { .. } => "school",
                Reason::SubjectShare { .. } => "share",
                Reason::StageFloor { .. } => "stage",
                _ if o.tie_break == Some(TieBreak::ChairOrder) => "chair",
                _ => "other",
            });
        }
    }
    assert_eq!(
        seen.into_iter().collect::<Vec<_>>(),
        ["chair", "minimum", "node", "other", "region", "school", "share", "stage", "teacher"]
    );
}
