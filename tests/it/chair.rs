//! The chair's safety rules, on the county demo (a real session with scores): 定稿 locks every
//! write until reopened, arbitration takes only a score a judge could give, every decision can be
//! withdrawn, a backup taken while the session is open is the whole session, and a new session
//! takes its quotas from a table row instead of a silent 0.

use jingpin::aggregate::Hundredths;
use jingpin::app::{self, Decision, DecisionKind};
use jingpin::app::{Actor, Session};
use jingpin::demo::{build, Scale};
use jingpin::roster::LessonId;
use jingpin::select::Reason;
use jingpin::settings::{Level, QuotaSource, Settings};
use jingpin::{Category, ErrorKind, Library, ProblemKind};

fn actor() -> Actor {
    Actor {
        who: "张主任".into(),
        at: "2025-09-01T08:00:00Z".parse().unwrap(),
    }
}

fn demo() -> (tempfile::TempDir, Session) {
    let dir = tempfile::tempdir().unwrap();
    build(dir.path(), Scale::County, 7).unwrap();
    let store = Session::open(&dir.path().join("session.jpsession")).unwrap();
    (dir, store)
}

fn first_lesson(store: &Session) -> LessonId {
    store.lessons().unwrap()[0].id.clone()
}

/// Lessons whose outcome matches (held for their spread, short of scores, …).
fn lessons_where(store: &Session, pred: impl Fn(&Reason) -> bool) -> Vec<LessonId> {
    let r = app::results(store).unwrap();
    r.categories
        .iter()
        .flat_map(|c| &c.rows)
        .filter(|row| pred(&row.outcome.reason))
        .map(|row| row.lesson.id.clone())
        .collect()
}

fn held_for_spread(store: &Session) -> LessonId {
    lessons_where(store, |r| matches!(r, Reason::HeldGap { .. }))
        .into_iter()
        .next()
        .expect("the demo holds a lesson for its judges' spread")
}

fn accept_every_incomplete(store: &mut Session) {
    let r = app::results(store).unwrap();
    for c in &r.categories {
        for row in &c.rows {
            if matches!(row.outcome.reason, Reason::HeldIncomplete { .. } | Reason::NoScores) {
                let d = Decision::AcceptIncomplete {
                    lesson: row.lesson.id.clone(),
                };
                app::decide(store, &d, "缺席", &actor()).unwrap();
            }
        }
    }
}

#[test]
fn a_finalized_session_refuses_every_change_until_the_chair_reopens_it() {
    let (_dir, mut store) = demo();
    accept_every_incomplete(&mut store);
    app::finalize(&mut store, &actor()).unwrap();
    let lesson = held_for_spread(&store);
    let refused = |e: jingpin::Error| matches!(e.kind, ErrorKind::Finalized { .. });

    let d = Decision::Accept { lesson: lesson.clone() };
    assert!(
        refused(app::decide(&mut store, &d, "晚到的决定", &actor()).unwrap_err()),
        "a decision after 定稿"
    );
    let judge = store.judges().unwrap()[0].id.clone();
    assert!(
        refused(app::set_absent(&mut store, &judge, Some("病假"), &actor()).unwrap_err()),
        "an absence after 定稿"
    );
    assert!(
        refused(app::run_assignment(&mut store, &actor()).unwrap_err()),
        "a new assignment after 定稿"
    );
    let settings = store.settings().unwrap();
    assert!(
        refused(app::update_settings(&mut store, &settings, &Library::builtin(), &actor()).unwrap_err()),
        "settings after 定稿"
    );
    assert!(
        refused(app::finalize(&mut store, &actor()).unwrap_err()),
        "finalizing twice"
    );

    app::reopen(&mut store, "组长发现录入错误", &actor()).unwrap();
    assert_eq!(store.finalized().unwrap(), None);
    app::decide(&mut store, &d, "复核后维持", &actor()).unwrap();
    let audit = store.audit_log().unwrap();
    let reopen = audit
        .iter()
        .find(|a| a.action == "session.reopen")
        .expect("the reopening is audited");
    assert_eq!(reopen.target, "组长发现录入错误");
    assert_eq!(reopen.who, "张主任");
}

#[test]
fn arbitration_takes_only_a_score_a_judge_could_give_and_every_decision_can_be_withdrawn() {
    let (_dir, mut store) = demo();
    let lesson = held_for_spread(&store);
    let arbitrate = |score: i64| Decision::Arbitrate {
        lesson: lesson.clone(),
        score: Hundredths(score),
    };
    for bad in [15_000, -100, 8_650] {
        let e = app::decide(&mut store, &arbitrate(bad), "仲裁", &actor()).unwrap_err();
        assert!(
            matches!(e.problems()[0].kind, ProblemKind::ArbitrationInvalid { .. }),
            "{bad} hundredths must be refused (0..100 in steps of 1)"
        );
    }
    assert!(
        store.decisions().unwrap().0.arbitrations.is_empty(),
        "nothing stored by a refusal"
    );

    app::decide(&mut store, &arbitrate(8_600), "第三位评委复评", &actor()).unwrap();
    app::decide(&mut store, &arbitrate(8_700), "更正", &actor()).unwrap();
    assert_eq!(
        store.decisions().unwrap().0.arbitrations[&lesson],
        Hundredths(8_700),
        "changed, not added"
    );
    let detail = app::lesson_detail(&store, &lesson).unwrap();
    assert_eq!(detail.decisions.arbitration, Some(Hundredths(8_700)));
    assert!(detail
        .row
        .scored
        .as_ref()
        .unwrap()
        .notes
        .contains(&jingpin::aggregate::Note::Arbitrated));
    assert_eq!(detail.history.len(), 2, "both decisions are in the lesson's history");
    assert!(detail.history[1].new.as_deref().unwrap().contains("更正"));
    assert!(
        !detail.judges.is_empty(),
        "the judges' scores are shown beside the decision"
    );

    let withdraw = Decision::Withdraw {
        lesson: lesson.clone(),
        decision: DecisionKind::Arbitrate,
    };
    app::decide(&mut store, &withdraw, "误操作", &actor()).unwrap();
    assert!(store.decisions().unwrap().0.arbitrations.is_empty());
    let e = app::decide(&mut store, &withdraw, "再次撤回", &actor()).unwrap_err();
    assert!(matches!(e.problems()[0].kind, ProblemKind::NoSuchDecision { .. }));

    let unknown = Decision::Accept {
        lesson: LessonId::new("L99999"),
    };
    let e = app::decide(&mut store, &unknown, "x", &actor()).unwrap_err();
    assert!(
        matches!(e.kind, ErrorKind::NotFound { .. }),
        "a decision on no lesson is refused"
    );
}

#[test]
fn a_backup_taken_while_the_session_is_open_holds_everything() {
    let (dir, mut store) = demo();
    let lesson = held_for_spread(&store);
    app::decide(&mut store, &Decision::Accept { lesson }, "讨论后维持", &actor()).unwrap();
    let copy = dir.path().join("备份.jpsession");
    store.backup(&copy, false).unwrap();
    let backed = Session::open(&copy).unwrap();
    assert_eq!(backed.lessons().unwrap(), store.lessons().unwrap());
    assert_eq!(backed.judgements().unwrap(), store.judgements().unwrap());
    assert_eq!(backed.decisions().unwrap(), store.decisions().unwrap());
    assert_eq!(backed.audit_log().unwrap(), store.audit_log().unwrap());
    assert!(
        store.backup(&copy, true).is_ok() && Session::open(&copy).is_ok(),
        "replacing an earlier backup, when asked, leaves a whole one"
    );
    // never silently over another file, never onto the session itself (by path, by a relative
    // name, or by a hard link): replacing it while a window holds it open corrupted it
    let e = store.backup(&copy, false).unwrap_err();
    assert!(matches!(e.kind, ErrorKind::SessionExists { .. }), "{e}");
    let itself = dir.path().join("session.jpsession");
    for target in [itself.clone(), dir.path().join(".").join("session.jpsession")] {
        for replace in [false, true] {
            let e = store.backup(&target, replace).unwrap_err();
            assert!(matches!(e.kind, ErrorKind::BackupOntoSource { .. }), "{e}");
        }
    }
    let linked = dir.path().join("link.jpsession");
    std::fs::hard_link(&itself, &linked).unwrap();
    let e = store.backup(&linked, true).unwrap_err();
    assert!(
        matches!(e.kind, ErrorKind::BackupOntoSource { .. }),
        "a hard link is the same file: {e}"
    );
    assert!(store.verify_audit().unwrap().broken_at.is_none());
    // a folder that does not exist is named as such
    let e = store
        .backup(&dir.path().join("没有的文件夹").join("备份.jpsession"), false)
        .unwrap_err();
    match e.kind {
        ErrorKind::NoFolder { ref path } => assert!(path.ends_with("没有的文件夹"), "{e}"),
        _ => panic!("{e}"),
    }
}

#[test]
fn a_new_session_takes_its_quotas_from_a_table_row_and_never_a_silent_zero() {
    let lib = Library::builtin();
    let source = |table: &str, region: &str| QuotaSource {
        table: table.into(),
        region: Some(region.into()),
        per_region: false,
    };
    let gd = Settings::from_quota_table(
        "广东省级遴选",
        2024,
        Some(Level::Province),
        source("2024-national", "广东"),
        &lib,
    )
    .unwrap();
    let quota = |s: &Settings, c| s.category(c).unwrap().quota;
    assert_eq!(
        (
            quota(&gd, Category::Subject),
            quota(&gd, Category::Experiment),
            quota(&gd, Category::SpecialEducation)
        ),
        (700, 175, 35)
    );
    let nj = Settings::from_quota_table(
        "南京市级遴选",
        2024,
        Some(Level::City),
        source("2023-jiangsu", "南京"),
        &lib,
    )
    .unwrap();
    assert!(
        nj.categories.iter().all(|c| c.quota > 0),
        "南京's row: {:?}",
        nj.categories
    );
    let e = Settings::from_quota_table("x", 2024, None, source("2024-national", "火星"), &lib).unwrap_err();
    assert!(matches!(e.problems[0].kind, ProblemKind::UnknownRegion { .. }));
    let typed = Settings::with_quotas("x", 2025, Level::County, &[(Category::Subject, 12)], &lib).unwrap();
    assert_eq!(quota(&typed, Category::Subject), 12);
}

#[test]
fn lessons_and_judges_can_be_deleted_until_scores_exist_and_a_lesson_swapped_within_recusal() {
    let (dir, mut store) = demo();
    let scored = first_lesson(&store);
    let e = app::delete_lesson(&mut store, &scored, &actor()).unwrap_err();
    assert!(
        matches!(e.problems()[0].kind, ProblemKind::HasScores { .. }),
        "a scored lesson stays"
    );
    let judge = store.judges().unwrap()[0].id.clone();
    let e = app::delete_judge(&mut store, &judge, &actor()).unwrap_err();
    assert!(
        matches!(e.problems()[0].kind, ProblemKind::HasScores { .. }),
        "a judge whose sheet came back stays"
    );

    // a fresh session: nothing scored yet
    let lib = Library::builtin();
    let settings = Settings::with_quotas("删改", 2025, Level::County, &THREE, &lib).unwrap();
    let path = dir.path().join("fresh.jpsession");
    let mut fresh = app::create(&path, &settings, &lib, "uid-2", &actor()).unwrap();
    app::import_roster(&mut fresh, &crate::fixture("roster-nanjing.xlsx"), None, &actor()).unwrap();
    assert_eq!(
        fresh.settings().unwrap().rules.recuse_same_region,
        None,
        "left to the judges list"
    );
    let report = app::import_judges(&mut fresh, &crate::fixture("judges-nanjing.xlsx"), &actor()).unwrap();
    // the list names each judge's 所在地区: recusal by region is on, and the chair is told
    assert!(app::recusal_by_region(
        &fresh.settings().unwrap(),
        &fresh.judges().unwrap()
    ));
    assert!(
        report
            .warnings
            .iter()
            .any(|w| matches!(w.kind, ProblemKind::RegionRecusalOn { .. })),
        "{:?}",
        report.warnings
    );
    let a = app::run_assignment(&mut fresh, &actor()).unwrap();
    let pair = a.pairs[0].clone();
    let judges = fresh.judges().unwrap();
    let lessons = fresh.lessons().unwrap();
    let lesson = lessons.iter().find(|l| l.id == pair.lesson).unwrap();
    // someone of the lesson's own school may not take it
    if let Some(own) = judges.iter().find(|j| j.fields.unit == lesson.fields.school) {
        let e = app::swap_judge(&mut fresh, &pair.lesson, &pair.judge, &own.id, &actor()).unwrap_err();
        assert!(matches!(e.problems()[0].kind, ProblemKind::RecusalConflict { .. }));
    }
    // the swap dialog offers only judges who can take the lesson, and says why of the others
    let candidates = app::swap_candidates(&fresh, &pair.lesson, &pair.judge).unwrap();
    assert_eq!(
        candidates.len(),
        judges.len() - 1,
        "every judge but the one giving the lesson away"
    );
    for c in &candidates {
        let on_it = a.pairs.iter().any(|p| p.judge == c.judge.id && p.lesson == pair.lesson);
        match &c.not_offered {
            Some(app::NotOffered::AlreadyAssigned) => assert!(on_it, "{c:?}"),
            Some(app::NotOffered::Recused { .. }) | Some(app::NotOffered::OtherPanel { .. }) => {
                // what is not offered is what the swap would refuse
                let mut probe = Session::open(&path).unwrap();
                let e = app::swap_judge(&mut probe, &pair.lesson, &pair.judge, &c.judge.id, &actor()).unwrap_err();
                assert!(
                    matches!(
                        e.problems()[0].kind,
                        ProblemKind::RecusalConflict { .. } | ProblemKind::OtherPanel { .. }
                    ),
                    "{c:?}: {e}"
                );
            }
            Some(app::NotOffered::Absent) => panic!("nobody is absent: {c:?}"),
            None => assert!(!on_it && c.judge.fields.unit != lesson.fields.school, "{c:?}"),
        }
    }
    if let Some(own) = judges
        .iter()
        .find(|j| j.fields.unit == lesson.fields.school && j.id != pair.judge)
    {
        let listed = candidates.iter().find(|c| c.judge.id == own.id).unwrap();
        assert!(
            matches!(listed.not_offered, Some(app::NotOffered::Recused { .. })),
            "a judge of the lesson's own school is not offered: {listed:?}"
        );
    }
    // this small 小学组 has nobody left for any lesson; a judge from another district joins it
    let joined = app::save_judge(
        &mut fresh,
        &jingpin::judges::JudgeFields {
            name: "外区评委".into(),
            unit: "南京市外区实验学校".into(),
            region: "外区".into(),
            panel: "小学组".into(),
            role: String::new(),
        },
        &actor(),
    )
    .unwrap();
    // a lesson someone can take: the first judge offered takes it
    let (pair, other) = a
        .pairs
        .iter()
        .find_map(|p| {
            app::swap_candidates(&fresh, &p.lesson, &p.judge)
                .unwrap()
                .into_iter()
                .find(|c| c.not_offered.is_none())
                .map(|c| (p.clone(), c.judge))
        })
        .expect("some lesson can be given to another judge");
    assert_eq!(other.id, joined.id, "the judge who joined the panel is offered");
    app::swap_judge(&mut fresh, &pair.lesson, &pair.judge, &other.id, &actor()).unwrap();
    let after = fresh.assignment().unwrap();
    assert!(after
        .pairs
        .iter()
        .any(|p| p.judge == other.id && p.lesson == pair.lesson));
    assert!(!after
        .pairs
        .iter()
        .any(|p| p.judge == pair.judge && p.lesson == pair.lesson));
    let log = fresh.audit_log().unwrap();
    assert!(log
        .iter()
        .any(|x| x.action == "assignment.swap" && x.target == pair.lesson.as_str()));

    let gone = lessons.last().unwrap().id.clone();
    app::delete_lesson(&mut fresh, &gone, &actor()).unwrap();
    assert!(!fresh.lessons().unwrap().iter().any(|l| l.id == gone));
    assert!(
        !fresh.assignment().unwrap().pairs.iter().any(|p| p.lesson == gone),
        "its assignment goes too"
    );
    let j = judges.last().unwrap().id.clone();
    app::delete_judge(&mut fresh, &j, &actor()).unwrap();
    assert!(fresh.audit_log().unwrap().iter().any(|x| x.action == "judge.delete"));
}

#[test]
fn an_absent_judges_unscored_lessons_go_to_a_replacement_with_a_sheet_or_nowhere() {
    let dir = tempfile::tempdir().unwrap();
    let lib = Library::builtin();
    let settings = Settings::with_quotas("替补", 2025, Level::County, &THREE, &lib).unwrap();
    let mut fresh = app::create(&dir.path().join("r.jpsession"), &settings, &lib, "uid-3", &actor()).unwrap();
    app::import_roster(&mut fresh, &crate::fixture("roster-nanjing.xlsx"), None, &actor()).unwrap();
    app::import_judges(&mut fresh, &crate::fixture("judges-nanjing.xlsx"), &actor()).unwrap();
    let a = app::run_assignment(&mut fresh, &actor()).unwrap();
    let absent = a.pairs[0].judge.clone();
    app::set_absent(&mut fresh, &absent, Some("病假"), &actor()).unwrap();
    let theirs: Vec<LessonId> = a
        .pairs
        .iter()
        .filter(|p| p.judge == absent)
        .map(|p| p.lesson.clone())
        .collect();
    let lessons = fresh.lessons().unwrap();
    let judges = fresh.judges().unwrap();
    let fits = |j: &jingpin::judges::Judge| {
        j.id != absent
            && theirs.iter().all(|l| {
                let lesson = lessons.iter().find(|x| &x.id == l).unwrap();
                j.fields.unit != lesson.fields.school && !a.pairs.iter().any(|p| p.judge == j.id && &p.lesson == l)
            })
    };
    let replacement = judges.iter().find(|j| fits(j)).expect("a judge who may take them all");
    let moved = app::replace_judge(&mut fresh, &absent, &replacement.id, &actor()).unwrap();
    assert_eq!(moved, theirs);
    let sheet = app::export_sheet_for(&mut fresh, &replacement.id, &dir.path().join("替补"), &actor()).unwrap();
    assert!(sheet.exists(), "the replacement's sheet is written");
    assert!(!fresh.assignment().unwrap().pairs.iter().any(|p| p.judge == absent));
    // nothing moves when one lesson may not go to the chosen judge (their own school)
    app::set_absent(&mut fresh, &replacement.id, Some("临时有事"), &actor()).unwrap();
    let lesson = lessons.iter().find(|l| l.id == theirs[0]).unwrap();
    if let Some(own) = judges.iter().find(|j| j.fields.unit == lesson.fields.school) {
        let before = fresh.assignment().unwrap().pairs;
        let e = app::replace_judge(&mut fresh, &replacement.id, &own.id, &actor()).unwrap_err();
        assert!(matches!(e.problems()[0].kind, ProblemKind::RecusalConflict { .. }));
        assert_eq!(fresh.assignment().unwrap().pairs, before, "nothing moved");
    }
}

const THREE: [(Category, u32); 3] = [
    (Category::Subject, 3),
    (Category::Experiment, 2),
    (Category::SpecialEducation, 1),
];

/// Two windows or commands writing to one session: the second waits for the first (IMMEDIATE
/// transactions under the busy timeout) instead of failing with "database is locked".
#[test]
fn two_writers_on_one_session_both_land() {
    let (dir, store) = demo();
    let path = dir.path().join("session.jpsession");
    let judges: Vec<_> = store.judges().unwrap().into_iter().map(|j| j.id).collect();
    let lessons = lessons_where(&store, |r| matches!(r, Reason::HeldGap { .. }));
    assert!(!lessons.is_empty());
    drop(store);
    let p = path.clone();
    let a = std::thread::spawn(move || {
        let mut s = Session::open(&p).unwrap();
        for (i, j) in judges.iter().cycle().take(60).enumerate() {
            let reason = if i % 2 == 0 { Some("病假") } else { None };
            app::set_absent(&mut s, j, reason, &actor()).expect("an absence lands");
        }
    });
    let p = path.clone();
    let b = std::thread::spawn(move || {
        let mut s = Session::open(&p).unwrap();
        for l in lessons.iter().cycle().take(60) {
            let d = Decision::Accept { lesson: l.clone() };
            app::decide(&mut s, &d, "讨论后维持", &actor()).expect("a decision lands");
        }
    });
    // a third re-imports the returned sheets (reads, then writes, inside its transaction)
    let p = path.clone();
    let returned: Vec<_> = std::fs::read_dir(dir.path().join("收回评分表"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    let c = std::thread::spawn(move || {
        let mut s = Session::open(&p).unwrap();
        for _ in 0..5 {
            app::import_sheets(&mut s, &returned, false, &actor()).expect("an import lands");
        }
    });
    a.join().unwrap();
    b.join().unwrap();
    c.join().unwrap();
    let s = Session::open(&path).unwrap();
    let log = s.audit_log().unwrap();
    assert_eq!(log.iter().filter(|x| x.action == "judge.absent").count(), 60);
    assert_eq!(log.iter().filter(|x| x.action == "decision.accept").count(), 60);
}

/// Each decision applies only to a lesson in the state it resolves (issue 13): arbitrating or
/// accepting a lesson that is not held for its spread, overruling a veto that is not there,
/// accepting a complete lesson as incomplete, ordering a lesson that is not tied — each refused,
/// naming the lesson's state, nothing stored.
#[test]
fn a_decision_on_a_lesson_not_in_the_state_it_resolves_is_refused() {
    let (_dir, mut store) = demo();
    let recommended = lessons_where(&store, |r| matches!(r, Reason::Recommended))[0].clone();
    let before = store.decisions().unwrap().0;
    let untied = app::results(&store)
        .unwrap()
        .categories
        .iter()
        .flat_map(|c| &c.rows)
        .find(|r| !r.outcome.tie && r.outcome.rank.is_some())
        .unwrap()
        .lesson
        .id
        .clone();
    let cases = [
        Decision::Arbitrate {
            lesson: recommended.clone(),
            score: Hundredths(9000),
        },
        Decision::Accept {
            lesson: recommended.clone(),
        },
        Decision::OverruleVeto {
            lesson: recommended.clone(),
        },
        Decision::AcceptIncomplete {
            lesson: recommended.clone(),
        },
        Decision::TieOrder {
            lesson: untied,
            order: 1,
        },
    ];
    for d in &cases {
        let e = app::decide(&mut store, d, "试一下", &actor()).unwrap_err();
        assert!(
            matches!(&e.problems()[0].kind, ProblemKind::DecisionNotApplicable { lesson, .. } if lesson == d.lesson().as_str()),
            "{d:?}: {e}"
        );
    }
    assert!(e_status_named(&mut store, &recommended).contains("recommended"));
    assert_eq!(store.decisions().unwrap().0, before, "nothing stored by a refusal");
}

fn e_status_named(store: &mut Session, lesson: &LessonId) -> String {
    let d = Decision::Accept { lesson: lesson.clone() };
    app::decide(store, &d, "x", &actor()).unwrap_err().to_string()
}

/// A lesson held for its spread stays held however many judges it has; the chair asks another
/// judge for a third review: the judge gets the lesson and a new sheet, their workspace takes
/// the lesson in beside the scores they already gave, and once their scores are imported the hold
/// is released. The request is audited and refused for a judge who may not score the lesson.
#[test]
fn a_third_review_the_chair_asks_for_releases_the_hold_once_its_scores_arrive() {
    let (dir, mut store) = demo();
    let lesson = held_for_spread(&store);
    let l = store.lesson(&lesson).unwrap();
    let assigned: Vec<_> = store
        .assignment()
        .unwrap()
        .pairs
        .iter()
        .filter(|p| p.lesson == lesson)
        .map(|p| p.judge.clone())
        .collect();
    // a judge of another school who does not score it yet, and who already has a sheet
    let have_sheet = store.assigned_lessons().unwrap();
    let reviewer = store
        .judges()
        .unwrap()
        .into_iter()
        .find(|j| !assigned.contains(&j.id) && j.fields.unit != l.fields.school && have_sheet.contains_key(&j.id))
        .expect("a possible reviewer");
    // the reviewer had scored and submitted their first sheet
    let first = app::export_sheet_for(&mut store, &reviewer.id, &dir.path().join("首次"), &actor()).unwrap();
    let work = dir.path().join("reviewer");
    let (mut ws, _) = jingpin::judge_mode::open_sheet(&first, &work).unwrap();
    let theirs = ws.sheet().unwrap().lesson_ids();
    for id in &theirs {
        ws.set_unscored(id, Some("示例".into())).unwrap();
    }
    ws.submit().unwrap();
    drop(ws);

    let own_school = store
        .judges()
        .unwrap()
        .into_iter()
        .find(|j| j.fields.unit == l.fields.school && !assigned.contains(&j.id));
    if let Some(j) = own_school {
        let d = Decision::Review {
            lesson: lesson.clone(),
            judge: j.id.clone(),
        };
        let e = app::decide(&mut store, &d, "复评", &actor()).unwrap_err();
        assert!(
            matches!(e.problems()[0].kind, ProblemKind::RecusalConflict { .. }),
            "{e}"
        );
    }
    let later = Actor {
        at: "2025-09-02T08:00:00Z".parse().unwrap(),
        ..actor()
    };
    let d = Decision::Review {
        lesson: lesson.clone(),
        judge: reviewer.id.clone(),
    };
    app::decide(&mut store, &d, "分差过大，请第三位评委复评", &later).unwrap();
    assert!(store
        .assignment()
        .unwrap()
        .pairs
        .iter()
        .any(|p| p.lesson == lesson && p.judge == reviewer.id));
    let audit = store.audit_log().unwrap();
    assert!(audit
        .iter()
        .any(|a| a.action == "decision.review" && a.target == lesson.as_str()));
    assert!(audit
        .iter()
        .any(|a| a.action == "assignment.review" && a.new.as_deref() == Some(reviewer.id.as_str())));
    let (status, _) = status_of(&store, &lesson);
    assert_eq!(
        status,
        jingpin::select::Status::Held,
        "still held until the review's scores arrive"
    );

    // the new sheet: the reviewer's workspace keeps what they entered and unlocks for the lesson
    let second = app::export_sheet_for(&mut store, &reviewer.id, &dir.path().join("复评"), &later).unwrap();
    let (mut ws, created) = jingpin::judge_mode::open_sheet(&second, &work).unwrap();
    assert!(!created);
    let sheet = ws.sheet().unwrap();
    assert!(sheet.lesson_ids().contains(&lesson));
    assert!(
        theirs
            .iter()
            .all(|id| sheet.scores[id].unscored.as_deref() == Some("示例")),
        "earlier entries kept"
    );
    assert!(!ws.state().unwrap().0, "unlocked for the new lesson");
    let rubric = store.rubric(l.fields.category).unwrap();
    for (i, ind) in rubric.indicators().iter().enumerate() {
        ws.set_score(&lesson, i, Some(ind.weight())).unwrap();
    }
    ws.submit().unwrap();
    // (this test's workspace is not the one the demo filled: export past the demo's revision 1)
    jingpin::judge_mode::export(&mut ws, &dir.path().join("复评-草稿.xlsx"), "2025-09-03T07:00:00Z").unwrap();
    let back = dir.path().join("复评-已评.xlsx");
    assert_eq!(
        jingpin::judge_mode::export(&mut ws, &back, "2025-09-03T08:00:00Z").unwrap(),
        2
    );
    let r = app::import_sheets(&mut store, &[back], false, &later).unwrap();
    assert_eq!(
        r[0].status,
        jingpin::sheet::read::SheetStatus::Intact,
        "{:?}",
        r[0].problems
    );
    let (status, reason) = status_of(&store, &lesson);
    assert!(
        !matches!(reason, Reason::HeldGap { .. }),
        "released once the review is in: {status:?} {reason:?}"
    );
}

fn status_of(store: &Session, lesson: &LessonId) -> (jingpin::select::Status, Reason) {
    let r = app::results(store).unwrap();
    let row = r
        .categories
        .iter()
        .flat_map(|c| &c.rows)
        .find(|x| &x.lesson.id == lesson)
        .unwrap();
    (row.outcome.status, row.outcome.reason.clone())
}

/// The audit log is a hash chain (issue 16 §3): a normal session verifies; a row changed, deleted
/// or inserted with sqlite3 breaks it at that row, and `jingpin audit verify` names the row.
#[test]
fn the_audit_chain_names_the_first_row_edited_outside_the_program() {
    let (dir, store) = demo();
    let ok = store.verify_audit().unwrap();
    assert_eq!(ok.broken_at, None);
    assert!(ok.rows > 10 && ok.head.len() == 12, "{ok:?}");
    drop(store);
    let path = dir.path().join("session.jpsession");
    let pristine = dir.path().join("pristine.jpsession");
    Session::open(&path).unwrap().backup(&pristine, false).unwrap();
    let tamper = |sql: &str| -> Option<u32> {
        std::fs::copy(&pristine, &path).unwrap();
        let _ = std::fs::remove_file(dir.path().join("session.jpsession-wal"));
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(sql).unwrap();
        drop(conn);
        Session::open(&path).unwrap().verify_audit().unwrap().broken_at
    };
    // the printed results carry the chain head
    {
        use calamine::Reader;
        let out = dir.path().join("评审结果.xlsx");
        app::export_results(&Session::open(&path).unwrap(), &out).unwrap();
        let mut wb = calamine::open_workbook_auto(&out).unwrap();
        let first = wb.sheet_names()[0].clone();
        let range = wb.worksheet_range(&first).unwrap();
        let line: String = range.rows().nth(1).unwrap().iter().map(|c| c.to_string()).collect();
        assert!(line.contains(&format!("日志校验码：{}", ok.head)), "{line}");
    }
    // a changed row
    assert_eq!(tamper("UPDATE audit SET who = '别人' WHERE seq = 7"), Some(7));
    // a deleted row: the next one no longer follows
    assert_eq!(tamper("DELETE FROM audit WHERE seq = 5"), Some(6));
    // an inserted row (even with a plausible hash of its own)
    assert_eq!(
        tamper("INSERT INTO audit (seq, at, who, action, target, old, new, prev, hash) SELECT 100000, at, who, action, target, old, new, prev, hash FROM audit WHERE seq = 3"),
        Some(100000)
    );
    // the command line names it and exits 1
    let out = assert_cmd::Command::cargo_bin("jingpin")
        .unwrap()
        .env("JINGPIN_DATA_DIR", dir.path().join("data"))
        .args(["audit", "verify"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("broken at row 100000"));
    std::fs::copy(&pristine, &path).unwrap();
    let out = assert_cmd::Command::cargo_bin("jingpin")
        .unwrap()
        .env("JINGPIN_DATA_DIR", dir.path().join("data"))
        .args(["audit", "verify"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains(&format!("chain head {}", ok.head)));
}

/// The 公示名单 as offices publish it, in the results workbook, and the 获奖名单 for a
/// certificate mail-merge: one row per teacher, so a lesson of several authors gives several.
#[test]
fn the_publication_list_and_one_certificate_row_per_teacher() {
    use calamine::Reader;
    let (dir, store) = demo();
    let r = app::results(&store).unwrap();
    let recommended: Vec<&jingpin::results::ResultRow> = r
        .categories
        .iter()
        .flat_map(|c| &c.rows)
        .filter(|x| x.outcome.status == jingpin::select::Status::Recommended)
        .collect();
    assert!(
        recommended.iter().any(|x| x.lesson.fields.teachers.len() > 1),
        "the demo has a lesson of several authors"
    );
    let results = dir.path().join("评审结果.xlsx");
    app::export_results(&store, &results).unwrap();
    let mut wb = calamine::open_workbook_auto(&results).unwrap();
    let range = wb.worksheet_range("公示名单").unwrap();
    let rows: Vec<Vec<String>> = range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert!(rows[0][0].contains("公示名单"), "a title: {:?}", rows[0]);
    assert_eq!(
        rows[2],
        ["序号", "类别", "课名", "主讲教师", "单位", "地区", "奖项"],
        "a public list numbers its own rows; no score rank without saying so"
    );
    let listed: Vec<&Vec<String>> = rows[3..].iter().filter(|r| r[0].parse::<u32>().is_ok()).collect();
    assert_eq!(listed.len(), recommended.len(), "every recommended lesson, once");
    let numbers: Vec<String> = listed.iter().map(|r| r[0].clone()).collect();
    let in_order: Vec<String> = (1..=listed.len()).map(|n| n.to_string()).collect();
    assert_eq!(numbers, in_order, "序号 counts the list in its own order");

    let awards = dir.path().join("获奖名单.xlsx");
    app::export_awards(&store, &awards).unwrap();
    let mut wb = calamine::open_workbook_auto(&awards).unwrap();
    let range = wb.worksheet_range("获奖名单").unwrap();
    let rows: Vec<Vec<String>> = range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert_eq!(
        rows[2],
        [
            "序号",
            "姓名",
            "单位",
            "地区",
            "类别",
            "课名",
            "奖项",
            "课程编号",
            "评审活动",
            "日期"
        ]
    );
    let people: Vec<&Vec<String>> = rows[3..].iter().filter(|r| r[0].parse::<u32>().is_ok()).collect();
    let teachers: usize = recommended.iter().map(|x| x.lesson.fields.teachers.len()).sum();
    assert_eq!(people.len(), teachers, "one row per teacher");
    let several = recommended.iter().find(|x| x.lesson.fields.teachers.len() > 1).unwrap();
    for t in &several.lesson.fields.teachers {
        assert!(
            people
                .iter()
                .any(|p| &p[1] == t && p[7] == several.lesson.id.as_str() && p[5] == several.lesson.fields.title),
            "{t} has a certificate row for {}",
            several.lesson.id
        );
    }
    assert!(
        people.iter().all(|p| !p[6].is_empty() && !p[9].is_empty()),
        "a prize (or 推荐) and a date on every row"
    );
}

/// County → city → province (issue 16 §1): two counties' 上报推荐汇总表 import unchanged as the
/// city's roster (every lesson and field survives, the region is the county that recommends); a
/// results workbook given as a roster is refused naming its sheets; the city scores and its own
/// hand-off goes up the same way, the city as the region and 原编号 two levels long.
#[test]
fn hand_offs_carry_the_recommended_lessons_up_a_level() {
    let dir = tempfile::tempdir().unwrap();
    let lib = Library::builtin();
    let mut handoffs = Vec::new();
    let mut sent = Vec::new();
    for (seed, unit) in [(7u64, "玄武区教育局"), (11, "秦淮区教育局")] {
        let d = dir.path().join(unit);
        build(&d, Scale::County, seed).unwrap();
        let mut store = Session::open(&d.join("session.jpsession")).unwrap();
        let mut settings = store.settings().unwrap();
        settings.unit = unit.into();
        settings.quota_table = None;
        app::update_settings(&mut store, &settings, &lib, &actor()).unwrap();
        let r = app::results(&store).unwrap();
        for row in r.categories.iter().flat_map(|c| &c.rows) {
            if row.outcome.status == jingpin::select::Status::Recommended {
                sent.push((
                    unit.trim_end_matches("教育局").to_owned(),
                    row.lesson.fields.clone(),
                    row.scored.as_ref().unwrap().final_score,
                ));
            }
        }
        let h = d.join("上报推荐汇总表.xlsx");
        app::export_handoff(&store, &h).unwrap();
        handoffs.push(h);
        // the results workbook is not a roster
        let results = d.join("评审结果.xlsx");
        app::export_results(&store, &results).unwrap();
        let mut city_try = app::create(
            &d.join("误.jpsession"),
            &Settings::default_for("试", 2025, &lib).unwrap(),
            &lib,
            "uid-try",
            &actor(),
        )
        .unwrap();
        let e = app::import_roster(&mut city_try, &results, None, &actor()).unwrap_err();
        assert!(
            matches!(&e.problems()[0].kind, ProblemKind::ResultsWorkbook { sheets } if sheets.iter().any(|s| s == "候补名单")),
            "{e}"
        );
        assert!(city_try.lessons().unwrap().is_empty(), "nothing imported");
    }
    assert!(sent.len() > 4);

    let mut settings = Settings::default_for("南京市级遴选", 2025, &lib).unwrap();
    settings.unit = "南京市教育局".into();
    let mut city = app::create(
        &dir.path().join("city.jpsession"),
        &settings,
        &lib,
        "uid-city",
        &actor(),
    )
    .unwrap();
    for h in &handoffs {
        app::import_roster(&mut city, h, None, &actor()).unwrap();
    }
    let lessons = city.lessons().unwrap();
    assert_eq!(
        lessons.len(),
        sent.len(),
        "every recommended lesson of both counties, once"
    );
    for (region, f, score) in &sent {
        let l = lessons
            .iter()
            .find(|l| l.fields.title == f.title && l.fields.teachers == f.teachers)
            .unwrap_or_else(|| panic!("{} arrived", f.title));
        assert_eq!(&l.fields.region, region, "the region is the county that recommends");
        assert!(
            l.fields.origin.starts_with(&format!("{region}:")) && l.fields.origin.ends_with(&format!("({score})")),
            "the lesson says where it came from and its score there: {}",
            l.fields.origin
        );
        assert_eq!(
            (
                &l.fields.category,
                &l.fields.stage,
                &l.fields.subject,
                &l.fields.grade,
                &l.fields.edition,
                &l.fields.node,
                &l.fields.school
            ),
            (
                &f.category,
                &f.stage,
                &f.subject,
                &f.grade,
                &f.edition,
                &f.node,
                &f.school
            ),
            "every field survives"
        );
    }
    // the county's score and rank travel in the file for the city to see
    {
        use calamine::Reader;
        let mut wb = calamine::open_workbook_auto(&handoffs[0]).unwrap();
        let range = wb.worksheet_range("上报推荐汇总表").unwrap();
        let rows: Vec<Vec<String>> = range
            .rows()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect();
        assert_eq!(rows[2][11..16], ["本级得分", "本级排名", "奖项", "推荐单位", "原编号"]);
        assert!(rows[3][14] == "玄武区教育局" && rows[3][2] == "玄武区", "{:?}", rows[3]);
    }
    // one level up the chain grows: what the lesson came with, then the city
    assert_eq!(
        jingpin::export::origin_chain(
            "玄武区:L00012(86.50)",
            "南京",
            "L00003",
            Some(jingpin::aggregate::Hundredths(8800))
        ),
        "玄武区:L00012(86.50) → 南京:L00003(88.00)"
    );
    let h = dir.path().join("南京-上报推荐汇总表.xlsx");
    app::export_handoff(&city, &h).unwrap();
    let mut province = app::create(
        &dir.path().join("province.jpsession"),
        &Settings::default_for("江苏省级遴选", 2025, &lib).unwrap(),
        &lib,
        "uid-prov",
        &actor(),
    )
    .unwrap();
    // before the city has scored, nothing is recommended: an empty hand-off is refused
    let e = app::import_roster(&mut province, &h, None, &actor()).unwrap_err();
    assert!(matches!(e.problems()[0].kind, ProblemKind::NoRows), "{e}");

    // the city scores (its judges, one judge a lesson, quotas of its own) and sends its hand-off up
    let mut s = Settings::with_quotas(
        "南京市级遴选",
        2025,
        jingpin::settings::Level::City,
        &[
            (Category::Subject, 5),
            (Category::Experiment, 2),
            (Category::SpecialEducation, 1),
        ],
        &lib,
    )
    .unwrap();
    s.unit = "南京市教育局".into();
    s.rules.judges_per_lesson = 1;
    app::update_settings(&mut city, &s, &lib, &actor()).unwrap();
    app::import_judges(&mut city, &crate::fixture("judges-nanjing.xlsx"), &actor()).unwrap();
    app::run_assignment(&mut city, &actor()).unwrap();
    let returned = crate::sheets::filled_sheets(&mut city, &dir.path().join("市级收回"));
    app::import_sheets(&mut city, &returned, false, &actor()).unwrap();
    let picked: Vec<jingpin::results::ResultRow> = app::results(&city)
        .unwrap()
        .categories
        .into_iter()
        .flat_map(|c| c.rows)
        .filter(|r| r.outcome.status == jingpin::select::Status::Recommended)
        .collect();
    assert!(!picked.is_empty(), "the city recommends");
    app::export_handoff(&city, &h).unwrap();
    app::import_roster(&mut province, &h, None, &actor()).unwrap();
    let at_province = province.lessons().unwrap();
    assert_eq!(at_province.len(), picked.len());
    for l in &at_province {
        assert_eq!(
            l.fields.region, "南京市",
            "the city recommends it (its 填报单位 without 教育局)"
        );
        let steps: Vec<&str> = l.fields.origin.split(" → ").collect();
        assert_eq!(steps.len(), 2, "two levels behind it: {}", l.fields.origin);
        assert!(
            steps[0].starts_with("玄武区:") || steps[0].starts_with("秦淮区:"),
            "{}",
            l.fields.origin
        );
        let city_row = picked.iter().find(|r| r.lesson.fields.title == l.fields.title).unwrap();
        assert_eq!(
            steps[1],
            format!(
                "南京市:{}({})",
                city_row.lesson.id,
                city_row.scored.as_ref().unwrap().final_score
            ),
            "the city's id and score"
        );
    }
}

#[test]
fn a_damaged_session_opens_read_only_and_says_to_restore_the_backup() {
    let (dir, store) = demo();
    let whole = store.integrity().unwrap();
    assert!(whole.is_empty(), "{whole:?}");
    assert_eq!(store.damaged(), None);
    drop(store); // checkpointed: the file alone is the session
    let path = dir.path().join("session.jpsession");
    // one 4 KiB page overwritten, as a failing USB stick or a bad copy does
    let mut bytes = std::fs::read(&path).unwrap();
    assert!(bytes.len() > 33 * 4096, "the demo spans more than 33 pages");
    for (i, b) in bytes[32 * 4096..33 * 4096].iter_mut().enumerate() {
        *b = (i * 131 % 251) as u8;
    }
    std::fs::write(&path, &bytes).unwrap();

    let mut store = Session::open(&path).unwrap();
    assert!(store.damaged().is_some(), "the check on opening finds the damage");
    assert!(!store.integrity().unwrap().is_empty(), "`session check` reports it");
    let damaged = |e: jingpin::Error| matches!(e.kind, ErrorKind::Damaged { .. });
    let judge = jingpin::judges::JudgeId::new("J001");
    assert!(damaged(
        app::set_absent(&mut store, &judge, Some("病假"), &actor()).unwrap_err()
    ));
    assert!(damaged(app::run_assignment(&mut store, &actor()).unwrap_err()));
    assert!(damaged(app::finalize(&mut store, &actor()).unwrap_err()));
    assert!(damaged(
        app::import_roster(&mut store, &crate::fixture("roster-nanjing.xlsx"), None, &actor()).unwrap_err()
    ));
    drop(store);
    assert_eq!(
        std::fs::read(&path).unwrap(),
        bytes,
        "nothing was written into the damaged file"
    );

    // a folder named like a session is said to be a folder
    let folder = dir.path().join("x.jpsession");
    std::fs::create_dir(&folder).unwrap();
    let e = Session::open(&folder).unwrap_err();
    assert!(matches!(e.kind, ErrorKind::IsFolder { .. }), "{e}");
}

#[test]
fn a_session_on_read_only_media_opens_for_reading() {
    let (dir, store) = demo();
    let expected = app::results(&store).unwrap();
    drop(store);
    let path = dir.path().join("session.jpsession");
    let mut perms = std::fs::metadata(&path).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&path, perms).unwrap();
    let before = std::fs::read(&path).unwrap();

    let mut store = Session::open(&path).unwrap();
    assert!(store.read_only());
    // everything that only reads works: the ranking, the roster, the audit chain, a backup
    assert_eq!(app::results(&store).unwrap(), expected);
    assert!(!store.lessons().unwrap().is_empty());
    assert!(store.verify_audit().unwrap().broken_at.is_none());
    let copy = dir.path().join("从只读盘备份.jpsession");
    store.backup(&copy, false).unwrap();
    assert!(Session::open(&copy).is_ok());
    // every change is refused as read-only, and nothing is written beside the file
    let ro = |e: jingpin::Error| matches!(e.kind, ErrorKind::ReadOnly { .. });
    let judge = store.judges().unwrap()[0].id.clone();
    assert!(ro(
        app::set_absent(&mut store, &judge, Some("病假"), &actor()).unwrap_err()
    ));
    assert!(ro(app::finalize(&mut store, &actor()).unwrap_err()));
    drop(store);
    assert_eq!(std::fs::read(&path).unwrap(), before);
    let mut perms = std::fs::metadata(&path).unwrap().permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    perms.set_readonly(false);
    std::fs::set_permissions(&path, perms).unwrap();
}

#[test]
fn a_file_with_thousands_of_problems_lists_the_first_hundred_and_counts_the_rest() {
    let lib = Library::builtin();
    let dir = tempfile::tempdir().unwrap();
    let settings = Settings::with_quotas("有界", 2025, Level::County, &THREE, &lib).unwrap();
    let mut store = app::create(&dir.path().join("s.jpsession"), &settings, &lib, "uid-b", &actor()).unwrap();
    // the same lesson pasted 3,000 times, with a long title
    let title = "长".repeat(3000);
    let mut csv = String::from("类别,地区,学段,学科,年级,版本,节点编号,课题,授课教师,工作单位\n");
    for _ in 0..3000 {
        csv.push_str(&format!(
            "学科课程,溧水区,小学,科学,五年级,教科版,1060201,{title},钱明,南京市溧水区实验小学\n"
        ));
    }
    let file = dir.path().join("推荐汇总表.csv");
    std::fs::write(&file, csv).unwrap();
    let e = app::import_roster(&mut store, &file, None, &actor()).unwrap_err();
    let problems = e.problems();
    assert_eq!(problems.len(), 101, "the first 100 and a count of the rest");
    match &problems[100].kind {
        ProblemKind::MoreProblems { count } => assert!(*count >= 2_800, "{count}"),
        other => panic!("{other:?}"),
    }
    assert!(store.lessons().unwrap().is_empty(), "nothing imported");
}

#[test]
fn hidden_roster_rows_are_imported_and_named() {
    let lib = Library::builtin();
    let dir = tempfile::tempdir().unwrap();
    let settings = Settings::with_quotas("隐藏行", 2025, Level::County, &THREE, &lib).unwrap();
    let mut store = app::create(&dir.path().join("s.jpsession"), &settings, &lib, "uid-h", &actor()).unwrap();
    let path = dir.path().join("推荐汇总表.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("推荐汇总").unwrap();
    let header = [
        "类别",
        "地区",
        "学段",
        "学科",
        "年级",
        "版本",
        "节点编号",
        "课题",
        "授课教师",
        "工作单位",
    ];
    for (c, h) in header.iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    for r in 1..=12u32 {
        let row = [
            "学科课程".to_owned(),
            "溧水区".into(),
            "小学".into(),
            "科学".into(),
            "五年级".into(),
            "教科版".into(),
            format!("10602{r:02}"),
            format!("第{r}课"),
            format!("教师{r}"),
            format!("第{r}小学"),
        ];
        for (c, v) in row.iter().enumerate() {
            ws.write_string(r, c as u16, v).unwrap();
        }
    }
    // the office hid two withdrawn lessons (rows 10 and 11 as a spreadsheet program numbers them)
    ws.set_row_hidden(9).unwrap();
    ws.set_row_hidden(10).unwrap();
    wb.save(&path).unwrap();

    let report = app::import_roster(&mut store, &path, None, &actor()).unwrap();
    assert_eq!(
        store.lessons().unwrap().len(),
        12,
        "hiding is not deleting: every row is imported"
    );
    let hidden: Vec<&Vec<u32>> = report
        .warnings
        .iter()
        .filter_map(|w| match &w.kind {
            ProblemKind::HiddenRows { rows } => Some(rows),
            _ => None,
        })
        .collect();
    assert_eq!(hidden, vec![&vec![10, 11]], "{:?}", report.warnings);
}

#[test]
fn a_judge_name_with_control_characters_is_normalised_and_said() {
    let lib = Library::builtin();
    let dir = tempfile::tempdir().unwrap();
    let settings = Settings::with_quotas("控制符", 2025, Level::County, &THREE, &lib).unwrap();
    let mut store = app::create(&dir.path().join("s.jpsession"), &settings, &lib, "uid-c", &actor()).unwrap();
    let file = dir.path().join("评委名单.csv");
    std::fs::write(
        &file,
        "序号,姓名,工作单位,所在地区,评审组,职务\n1,\"制表\t符\r\",南京市第一中学,秦淮区,小学组,组长\n2,杨帆,南京市第二中学,玄武区,小学组,\n",
    )
    .unwrap();
    let report = app::import_judges(&mut store, &file, &actor()).unwrap();
    let names: Vec<String> = store.judges().unwrap().into_iter().map(|j| j.fields.name).collect();
    assert!(names.contains(&"制表 符".to_owned()), "{names:?}");
    assert!(
        report.warnings.iter().any(
            |w| matches!(&w.kind, ProblemKind::ControlCharacters { now, .. } if now == "制表 符")
                && w.location.row.is_some()
        ),
        "{:?}",
        report.warnings
    );
}
