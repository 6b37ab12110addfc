//! Judge mode: a judge scores, submits and exports a sheet; the chair verifies it.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use jingpin::app;
use jingpin::app::workspace::Workspace;
use jingpin::app::{Actor, Session};
use jingpin::judge_mode as judge;
use jingpin::judges::JudgeId;
use jingpin::points::Points;
use jingpin::roster::LessonId;
use jingpin::settings::Settings;
use jingpin::sheet::read::{check, SheetStatus};
use jingpin::{ErrorKind, Library, ProblemKind};

use crate::fixture;

fn actor() -> Actor {
    Actor {
        who: "组长".into(),
        at: "2025-10-08T09:00:00Z".parse().unwrap(),
    }
}

/// A session, its sheets exported; returns the store and J002's sheet.
fn exported(dir: &Path) -> (Session, PathBuf) {
    let lib = Library::builtin();
    let settings = Settings::default_for("南京市级遴选", 2025, &lib).unwrap();
    let mut store = app::create(&dir.join("s.jpsession"), &settings, &lib, "s-judge", &actor()).unwrap();
    app::import_roster(&mut store, &fixture("roster-nanjing.xlsx"), None, &actor()).unwrap();
    app::import_judges(&mut store, &fixture("judges-nanjing.xlsx"), &actor()).unwrap();
    app::run_assignment(&mut store, &actor()).unwrap();
    let files = app::export_sheets(&mut store, &dir.join("out"), &actor()).unwrap();
    let sheet = files
        .into_iter()
        .find(|f| f.to_string_lossy().contains("J002"))
        .unwrap();
    (store, sheet)
}

#[test]
fn a_judge_scores_submits_exports_and_the_chair_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, sheet) = exported(dir.path());
    let work = dir.path().join("judge");
    let (mut ws, created) = judge::open_sheet(&sheet, &work).unwrap();
    assert!(created);
    let lessons = ws.sheet().unwrap().lesson_ids();
    assert_eq!(
        ws.sheet().unwrap().meta.judge_id,
        JudgeId::new("J002"),
        "the judge sees only their own sheet"
    );

    let first = &lessons[0];
    ws.set_score(first, 0, Some(Points::whole(9))).unwrap();
    let e = ws.set_score(first, 1, Some(Points::whole(11))).unwrap_err();
    assert!(
        matches!(&e.problems()[0].kind, ProblemKind::ScoreInvalid { max, .. } if max == "10"),
        "{e}"
    );
    let e = ws.set_score(first, 1, Some(Points::from_tenths(75))).unwrap_err();
    assert!(
        matches!(&e.problems()[0].kind, ProblemKind::ScoreInvalid { step, .. } if step == "1"),
        "off-step: {e}"
    );
    ws.set_veto(first, "advertising", Some("片尾出现商标".into())).unwrap();
    drop(ws);

    // reopening resumes where the judge stopped
    let (mut ws, created) = judge::open_sheet(&sheet, &work).unwrap();
    assert!(!created);
    let s = ws.sheet().unwrap();
    assert_eq!(s.scores[first].scores[0], Some(Points::whole(9)));
    assert_eq!(s.scores[first].vetoes[0].reason, "片尾出现商标");

    let e = ws.submit().unwrap_err();
    let incomplete: Vec<&ProblemKind> = e.problems().iter().map(|p| &p.kind).collect();
    assert_eq!(
        incomplete.len(),
        lessons.len(),
        "every unfinished lesson is listed: {incomplete:?}"
    );
    assert!(matches!(
        ws.filled_sheet("t").unwrap_err().kind,
        ErrorKind::NotSubmitted
    ));

    for (i, id) in lessons.iter().enumerate() {
        if i == lessons.len() - 1 {
            ws.set_unscored(id, Some("视频无法播放".into())).unwrap();
            continue;
        }
        for k in 0..8 {
            ws.set_score(id, k, Some(Points::whole((5 + k as u32).min(10))))
                .unwrap();
        }
    }
    ws.set_comment(first, "讲解清楚").unwrap();
    ws.submit().unwrap();
    assert!(
        matches!(ws.set_score(first, 0, None).unwrap_err().kind, ErrorKind::Locked),
        "submitted scores are locked"
    );
    let filled = dir.path().join("filled.xlsx");
    assert_eq!(judge::export(&mut ws, &filled, "2025-10-09T15:00:00Z").unwrap(), 1);

    let expected = app::expected(&mut store).unwrap();
    let c = check(&filled, Some(&expected)).unwrap();
    assert_eq!(c.status, SheetStatus::Intact, "{:?}", c.problems);
    assert!(c.incomplete.is_empty());
    let back = c.sheet.unwrap();
    assert_eq!(back.meta.revision, 1);
    assert!(
        expected
            .issues
            .get(&back.meta.issue)
            .is_some_and(|i| i.judge == back.meta.judge_id),
        "the judge's app keeps the token of the sheet the session issued"
    );
    assert_eq!(
        back.scores,
        ws.sheet().unwrap().scores,
        "the written file has the judge's scores"
    );

    // unlock, change, export again: the revision goes up and the sheet is still intact
    ws.unlock().unwrap();
    ws.set_score(first, 0, Some(Points::whole(10))).unwrap();
    ws.submit().unwrap();
    let again = dir.path().join("filled-2.xlsx");
    assert_eq!(judge::export(&mut ws, &again, "2025-10-09T16:00:00Z").unwrap(), 2);
    let c = check(&again, Some(&expected)).unwrap();
    assert_eq!((c.status, c.sheet.unwrap().meta.revision), (SheetStatus::Intact, 2));
}

#[test]
fn a_rejected_sheet_cannot_be_opened_for_scoring() {
    let dir = tempfile::tempdir().unwrap();
    let e = judge::open_sheet(&fixture("roster-nanjing.xlsx"), dir.path()).unwrap_err();
    assert_eq!(e.code().as_str(), "sheet_rejected");
}

/// Every score the judge's process acknowledged survives a kill -9 of that process.
#[test]
fn acknowledged_scores_survive_a_killed_process() {
    let dir = tempfile::tempdir().unwrap();
    let (_store, sheet) = exported(dir.path());
    let data = dir.path().join("data");
    let mut child = Command::new(env!("CARGO_BIN_EXE_jingpin"))
        .args(["judge", "fill"])
        .arg(&sheet)
        .env("JINGPIN_DATA_DIR", &data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut acks = BufReader::new(child.stdout.take().unwrap()).lines();
    let lessons = ["L00001", "L00002"];
    let mut acknowledged = Vec::new();
    'outer: for round in 0..3 {
        for lesson in lessons {
            for n in 1..=8u32 {
                let value = (n + round) % 10;
                writeln!(stdin, "score {lesson} {n} {value}").unwrap();
                stdin.flush().unwrap();
                let ack = acks.next().unwrap().unwrap();
                assert_eq!(ack, format!("saved score {lesson} {n} {value}"));
                acknowledged.push((lesson, n, value));
                if acknowledged.len() == 37 {
                    break 'outer;
                }
            }
        }
    }
    child.kill().unwrap(); // SIGKILL: no chance to flush anything
    child.wait().unwrap();

    let sheet_read = check(&sheet, None).unwrap().sheet.unwrap();
    let (ws, created) = Workspace::open_or_create(&data.join("judge"), &sheet_read).unwrap();
    assert!(!created, "the killed process's workspace is reopened");
    let s = ws.sheet().unwrap();
    let mut last = std::collections::BTreeMap::new();
    for (lesson, n, value) in &acknowledged {
        last.insert((*lesson, *n), *value);
    }
    for ((lesson, n), value) in last {
        let got = s.scores[&LessonId::new(lesson)].scores[(n - 1) as usize];
        assert_eq!(
            got,
            Some(Points::whole(value)),
            "{lesson} indicator {n} was acknowledged as {value}"
        );
    }
}

#[test]
fn a_lessons_materials_are_found_by_id_or_title() {
    let dir = tempfile::tempdir().unwrap();
    let m = dir.path();
    std::fs::create_dir_all(m.join("L00001 分数的初步认识/学生导学案")).unwrap();
    std::fs::write(m.join("L00001 分数的初步认识/教学设计.docx"), "x").unwrap();
    std::fs::write(m.join("L00001 分数的初步认识/学生导学案/1.pdf"), "x").unwrap();
    std::fs::write(m.join("分数的初步认识-课件.pptx"), "x").unwrap();
    std::fs::write(m.join("L00002-微课视频.mp4"), "x").unwrap();
    let lesson = jingpin::roster::Lesson {
        id: LessonId::new("L00001"),
        fields: jingpin::roster::LessonFields {
            category: jingpin::Category::Subject,
            region: String::new(),
            stage: "小学".into(),
            subject: "数学".into(),
            grade: String::new(),
            edition: String::new(),
            node: String::new(),
            title: "分数的初步认识".into(),
            teachers: vec![],
            school: String::new(),
            origin: String::new(),
        },
        source: Default::default(),
        warnings: vec![],
    };
    let names: Vec<String> = judge::materials(m, &lesson)
        .iter()
        .map(|p| p.strip_prefix(m).unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        [
            "L00001 分数的初步认识/学生导学案/1.pdf",
            "L00001 分数的初步认识/教学设计.docx",
            "分数的初步认识-课件.pptx"
        ]
    );
}

/// Two processes (here: two connections on two threads) saving scores of the same lesson at once
/// lose nothing: each save is one IMMEDIATE transaction, and the second waits for the first.
#[test]
fn two_writers_on_one_workspace_lose_no_acknowledged_score() {
    let dir = tempfile::tempdir().unwrap();
    let (_store, sheet) = exported(dir.path());
    let work = dir.path().join("judge");
    let (ws, _) = judge::open_sheet(&sheet, &work).unwrap();
    let lesson = ws.sheet().unwrap().lesson_ids()[0].clone();
    drop(ws);
    let writer = |indicators: Vec<usize>, value: u32| {
        let (sheet, work, lesson) = (sheet.clone(), work.clone(), lesson.clone());
        std::thread::spawn(move || {
            let (mut ws, _) = judge::open_sheet(&sheet, &work).unwrap();
            for round in 0..100 {
                for i in &indicators {
                    let v = Points::whole(value - (round % 2));
                    ws.set_score(&lesson, *i, Some(v)).expect("every save is acknowledged");
                }
            }
        })
    };
    let a = writer(vec![0, 2, 4, 6], 8);
    let b = writer(vec![1, 3, 5, 7], 9);
    a.join().unwrap();
    b.join().unwrap();
    let (ws, _) = judge::open_sheet(&sheet, &work).unwrap();
    let view = judge::JudgeView::of(&ws).unwrap();
    let got = &view.scores[&lesson].scores;
    // the last round (99, odd) wrote value − 1 everywhere
    let want: Vec<Option<Points>> = (0..8)
        .map(|i| Some(Points::whole(if i % 2 == 0 { 7 } else { 8 })))
        .collect();
    assert_eq!(
        got[..8].to_vec(),
        want,
        "no save of either writer was overwritten by the other"
    );
}

/// `judge fill` never answers `saved` to a value it cannot read and never clears a score by one:
/// each bad line is named with its number, changes nothing, and the exit code says so.
#[test]
fn judge_fill_refuses_what_it_cannot_read_and_keeps_the_scores() {
    let dir = tempfile::tempdir().unwrap();
    let (_store, sheet) = exported(dir.path());
    let data = dir.path().join("data");
    let fill = |input: &str| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_jingpin"))
            .args(["judge", "fill"])
            .arg(&sheet)
            .env("JINGPIN_DATA_DIR", &data)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
        child.wait_with_output().unwrap()
    };
    let (ws, _) = judge::open_sheet(&sheet, &data.join("judge")).unwrap();
    let lesson = ws.sheet().unwrap().lesson_ids()[0].to_string();
    drop(ws);
    let ok = fill(&format!("score {lesson} 1 ９\nscore {lesson} 2 7\n"));
    assert!(
        ok.status.success(),
        "full-width digits read as digits: {}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let bad = [
        format!("score {lesson} 1 9分"),
        format!("score {lesson} 1 -5"),
        format!("score {lesson} 1 nan"),
        format!("score {lesson} x 3"),
        format!("score {lesson} 0 3"),
        format!("score {lesson} 99 3"),
    ];
    let out = fill(&(bad.join("\n") + "\n"));
    assert_eq!(out.status.code(), Some(1), "a bad line is an error");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stdout.contains("saved"), "nothing is acknowledged: {stdout}");
    for n in 1..=bad.len() {
        assert!(stderr.contains(&format!("line {n}:")), "line {n} is named: {stderr}");
    }
    let sheet_read = check(&sheet, None).unwrap().sheet.unwrap();
    let (ws, _) = Workspace::open_or_create(&data.join("judge"), &sheet_read).unwrap();
    let s = &ws.sheet().unwrap().scores[&LessonId::new(&lesson)];
    assert_eq!(
        (s.scores[0], s.scores[1]),
        (Some(Points::whole(9)), Some(Points::whole(7))),
        "the scores saved before are all still there"
    );
}

/// What judge mode accepts, the sheet carries and the chair reads back: a veto reason with the
/// separator, quotes, a newline and an emoji; and text longer than a cell is refused when typed.
#[test]
fn whatever_judge_mode_accepts_the_chair_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, sheet) = exported(dir.path());
    let (mut ws, _) = judge::open_sheet(&sheet, &dir.path().join("judge")).unwrap();
    let lessons = ws.sheet().unwrap().lesson_ids();
    let reason = "片头“某品牌”；片尾又出现\n商标 😀";
    for l in &lessons {
        let n = ws.sheet().unwrap().category_of(l).unwrap().rubric.indicators().len();
        for i in 0..n {
            ws.set_score(l, i, Some(Points::whole(5))).unwrap();
        }
    }
    let veto = ws.sheet().unwrap().category_of(&lessons[0]).unwrap().rubric.vetoes()[1]
        .id()
        .to_owned();
    ws.set_veto(&lessons[0], &veto, Some(reason.into())).unwrap();
    let long = "很".repeat(32_768);
    let e = ws.set_comment(&lessons[0], &long).unwrap_err();
    assert!(
        matches!(&e.problems()[0].kind, ProblemKind::TooLong { field, .. } if field == "评语"),
        "{e}"
    );
    assert!(
        ws.sheet().unwrap().scores[&lessons[0]].comment.is_empty(),
        "nothing saved"
    );
    ws.submit().unwrap();
    let out = dir.path().join("filled.xlsx");
    judge::export(&mut ws, &out, "2025-10-08T10:00:00Z").unwrap();
    let expected = app::expected(&mut store).unwrap();
    let c = check(&out, Some(&expected)).unwrap();
    assert_eq!(c.status, SheetStatus::Intact, "{:?}", c.problems);
    let back = &c.sheet.unwrap().scores[&lessons[0]];
    assert_eq!(back.vetoes[0].reason, reason, "the reason reads back unchanged");
}

/// A kill during the first `judge open` never leaves a workspace that cannot be opened, an empty
/// leftover of an older version is rebuilt, and two first opens at once both succeed.
#[test]
fn the_first_open_survives_kills_leftovers_and_races() {
    let dir = tempfile::tempdir().unwrap();
    let (_store, sheet) = exported(dir.path());
    for (k, wait) in [0u64, 1, 2, 3, 5, 8, 12, 20].iter().enumerate() {
        let data = dir.path().join(format!("killed-{k}"));
        let mut child = Command::new(env!("CARGO_BIN_EXE_jingpin"))
            .args(["judge", "open"])
            .arg(&sheet)
            .env("JINGPIN_DATA_DIR", &data)
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(*wait));
        let _ = child.kill();
        child.wait().unwrap();
        let (ws, _) =
            judge::open_sheet(&sheet, &data.join("judge")).expect("a killed first open leaves nothing broken");
        assert!(!ws.sheet().unwrap().lesson_ids().is_empty());
    }

    // an empty file where the workspace goes (left by an older version's killed first open)
    let data = dir.path().join("leftover");
    let sheet_read = check(&sheet, None).unwrap().sheet.unwrap();
    let path = jingpin::app::workspace::path_for(&data, &sheet_read.meta);
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(&path, b"").unwrap();
    let (_, created) = Workspace::open_or_create(&data, &sheet_read).unwrap();
    assert!(created, "the empty leftover is rebuilt");

    // two first opens at once
    let data = dir.path().join("race");
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let (s, d) = (sheet_read.clone(), data.clone());
            std::thread::spawn(move || Workspace::open_or_create(&d, &s).map(|(_, c)| c))
        })
        .collect();
    let created: Vec<bool> = threads
        .into_iter()
        .map(|t| t.join().unwrap().expect("every open succeeds"))
        .collect();
    assert!(created.iter().any(|c| *c), "one of them built it");
    let leftovers = std::fs::read_dir(&data)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".partial"))
        .count();
    assert_eq!(leftovers, 0, "no temporary file is left behind");
}
