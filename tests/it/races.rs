//! 定稿 racing other writers, two connections on one session file (as two windows, or the window
//! and the CLI): `finalize` must finalize only a state it checked, and nothing may be written
//! after 定稿. Before the checks ran inside the write's transaction, a tester saw `finalize`
//! finalize a lesson held with 0 of 5 scores in 13 of 20 trials, and imports land after 定稿.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Barrier};

use jingpin::app::{self, Decision};
use jingpin::app::{Actor, Session};
use jingpin::demo::{build, Scale};
use jingpin::select::Reason;
use jingpin::ErrorKind;

fn actor() -> Actor {
    Actor {
        who: "张主任".into(),
        at: "2025-10-08T09:00:00Z".parse().unwrap(),
    }
}

/// The county demo with every incomplete lesson accepted: a session `finalize` accepts. Returns
/// it and its lessons held for their judges' spread (which do not block 定稿).
fn finalizable(dir: &Path) -> (PathBuf, Vec<jingpin::roster::LessonId>) {
    build(dir, Scale::County, 7).unwrap();
    let path = dir.join("session.jpsession");
    let mut store = Session::open(&path).unwrap();
    let r = app::results(&store).unwrap();
    let mut held = Vec::new();
    for row in r.categories.iter().flat_map(|c| &c.rows) {
        if matches!(row.outcome.reason, Reason::HeldIncomplete { .. } | Reason::NoScores) {
            let d = Decision::AcceptIncomplete {
                lesson: row.lesson.id.clone(),
            };
            app::decide(&mut store, &d, "缺席", &actor()).unwrap();
        }
        if matches!(row.outcome.reason, Reason::HeldGap { .. }) {
            held.push(row.lesson.id.clone());
        }
    }
    let pristine = dir.join("pristine.jpsession");
    store.backup(&pristine, false).unwrap();
    (pristine, held)
}

/// A returned sheet sent again with its first lesson marked 未评 (a judge who could not play the
/// video after all): once imported, that lesson lacks a score and `finalize` refuses.
fn resubmitted(dir: &Path) -> PathBuf {
    let returned = dir.join("收回评分表");
    let first = std::fs::read_dir(&returned)
        .unwrap()
        .map(|e| e.unwrap().path())
        .min()
        .unwrap();
    let (mut ws, _) = jingpin::judge_mode::open_sheet(&first, &dir.join("judge-laptop")).unwrap();
    ws.unlock().unwrap();
    let lesson = ws.sheet().unwrap().lesson_ids()[0].clone();
    ws.set_unscored(&lesson, Some("视频无法播放".into())).unwrap();
    ws.submit().unwrap();
    let out = dir.join("resubmitted.xlsx");
    jingpin::judge_mode::export(&mut ws, &out, "2025-10-09T09:00:00Z").unwrap();
    out
}

/// What must hold whoever won: a finalized session passes `finalize`'s own checks, and no row
/// of the audit log follows `session.finalize`.
fn consistent(db: &Path, what: &str) {
    let store = Session::open(db).unwrap();
    if store.finalized().unwrap().is_none() {
        return;
    }
    let r = app::results(&store).unwrap();
    let unsettled = jingpin::results::unsettled(&r, store.settings().unwrap().rules.judges_per_lesson);
    assert!(
        unsettled.is_empty(),
        "{what}: finalized with unsettled lessons: {:?}",
        unsettled.problems
    );
    let log = store.audit_log().unwrap();
    let at = log
        .iter()
        .rposition(|a| a.action == "session.finalize")
        .expect("the 定稿 is audited");
    assert!(
        log[at + 1..].is_empty(),
        "{what}: written after 定稿: {:?}",
        log[at + 1..].iter().map(|a| &a.action).collect::<Vec<_>>()
    );
}

/// Runs `other` against `finalize` from two connections started together, `rounds` times on
/// fresh copies; each round's outcome must be consistent, and both orders must occur.
fn hammer(
    dir: &Path,
    pristine: &Path,
    what: &str,
    rounds: usize,
    other: impl Fn(&mut Session) -> Result<(), jingpin::Error> + Send + Sync + Clone + 'static,
) {
    let (mut finalized_first, mut other_first) = (0, 0);
    for round in 0..rounds {
        let db = dir.join(format!("{what}-{round}.jpsession"));
        std::fs::copy(pristine, &db).unwrap();
        // both connections open first (as two windows already showing the session), then start
        // together
        let (mut s1, mut s2) = (Session::open(&db).unwrap(), Session::open(&db).unwrap());
        let gate = Arc::new(Barrier::new(2));
        let (g1, g2, other) = (gate.clone(), gate, other.clone());
        let fin = std::thread::spawn(move || {
            g1.wait();
            app::finalize(&mut s1, &actor())
        });
        let oth = std::thread::spawn(move || {
            g2.wait();
            other(&mut s2)
        });
        let (fin, oth) = (fin.join().unwrap(), oth.join().unwrap());
        consistent(&db, what);
        // every refusal is one of the expected ones, never a database error
        match (&fin, &oth) {
            (Ok(()), Err(e)) => {
                assert!(matches!(e.kind, ErrorKind::Finalized { .. }), "{what}: {e}");
                finalized_first += 1;
            }
            (Err(e), Ok(())) => {
                assert!(
                    !e.problems().is_empty(),
                    "{what}: finalize refused with its reasons: {e}"
                );
                other_first += 1;
            }
            (Ok(()), Ok(())) => other_first += 1,
            (Err(a), Err(b)) => panic!("{what}: both refused: {a} / {b}"),
        }
        std::fs::remove_file(&db).ok();
    }
    assert!(
        finalized_first + other_first == rounds,
        "{what}: every round ends one way or the other"
    );
}

#[test]
fn finalize_racing_an_import_a_decision_or_an_assignment_is_never_inconsistent() {
    let dir = tempfile::tempdir().unwrap();
    let (pristine, held) = finalizable(dir.path());
    let sheet = resubmitted(dir.path());

    // the two orders, one after the other: what the race may produce
    let db = dir.path().join("sequential.jpsession");
    std::fs::copy(&pristine, &db).unwrap();
    let mut s = Session::open(&db).unwrap();
    app::import_sheets(&mut s, std::slice::from_ref(&sheet), false, &actor()).unwrap();
    assert!(
        app::finalize(&mut s, &actor()).is_err(),
        "after the re-submitted sheet a lesson lacks a score: finalize refuses"
    );
    drop(s);
    std::fs::copy(&pristine, &db).unwrap();
    let mut s = Session::open(&db).unwrap();
    app::finalize(&mut s, &actor()).unwrap();
    let e = app::import_sheets(&mut s, std::slice::from_ref(&sheet), false, &actor()).unwrap_err();
    assert!(matches!(e.kind, ErrorKind::Finalized { .. }), "{e}");
    drop(s);

    let import = {
        let sheet = sheet.clone();
        move |s: &mut Session| app::import_sheets(s, std::slice::from_ref(&sheet), false, &actor()).map(|_| ())
    };
    hammer(dir.path(), &pristine, "import", 12, import);
    // a chair's decision from another window: lands before 定稿 or is refused, never after
    let lesson = held.first().cloned().expect("the demo holds a lesson for its spread");
    let accept = move |s: &mut Session| {
        let d = Decision::Accept { lesson: lesson.clone() };
        app::decide(s, &d, "组长合议后维持", &actor())
    };
    hammer(dir.path(), &pristine, "decide", 12, accept);
    let assign = |s: &mut Session| app::run_assignment(s, &actor()).map(|_| ());
    hammer(dir.path(), &pristine, "assign", 12, assign);
}
