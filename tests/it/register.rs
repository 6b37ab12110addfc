//! The bar register (失信名单, issue 16 §2): a finalized session bars the teachers of lessons
//! vetoed for plagiarism; next year's roster import matches them (exact, possible, expired);
//! pending matches block 定稿; a confirmed match keeps the lesson out as `barred`; the register
//! is shared as xlsx and its edits are audited in a hash chain.

use std::path::Path;

use jingpin::app;
use jingpin::app::Register;
use jingpin::app::{Actor, Session};
use jingpin::demo::{build, Scale};
use jingpin::register::{BarEntry, HitKind, HitStatus};
use jingpin::roster::LessonId;
use jingpin::scores::VetoMark;
use jingpin::select::Reason;
use jingpin::ProblemKind;

fn actor() -> Actor {
    Actor {
        who: "张主任".into(),
        at: "2025-10-20T08:00:00Z".parse().unwrap(),
    }
}

/// A county demo in which one judge marks 抄袭/冒名顶替/非原创 on one lesson (with a reason);
/// returns the store and the vetoed lesson.
fn demo_with_plagiarism(dir: &Path) -> (Session, LessonId) {
    build(dir, Scale::County, 7).unwrap();
    let mut store = Session::open(&dir.join("session.jpsession")).unwrap();
    let mut files: Vec<_> = std::fs::read_dir(dir.join("收回评分表"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let mut sheet = jingpin::sheet::read::check(&files[0], None).unwrap().sheet.unwrap();
    let lesson = sheet.lesson_ids()[0].clone();
    sheet.scores.get_mut(&lesson).unwrap().vetoes.push(VetoMark {
        veto: "plagiarism".into(),
        reason: "与他人2023年作品雷同".into(),
    });
    sheet.meta.revision += 1;
    let out = dir.join("改判.xlsx");
    jingpin::sheet::write::write(&sheet, &out).unwrap();
    app::import_sheets(&mut store, &[out], false, &actor()).unwrap();
    (store, lesson)
}

fn settle_everything_but_bars(store: &mut Session) {
    let r = app::results(store).unwrap();
    for row in r.categories.iter().flat_map(|c| &c.rows) {
        if matches!(row.outcome.reason, Reason::HeldIncomplete { .. } | Reason::NoScores) {
            let d = app::Decision::AcceptIncomplete {
                lesson: row.lesson.id.clone(),
            };
            app::decide(store, &d, "缺席", &actor()).unwrap();
        }
    }
}

fn entry(name: &str, school: &str, year: u16) -> BarEntry {
    BarEntry {
        name: name.into(),
        school: school.into(),
        region: "城关镇".into(),
        year,
        session: "2025年示例县县级初选".into(),
        reason: "抄袭/冒名顶替/非原创".into(),
    }
}

#[test]
fn a_finalized_session_bars_the_teachers_of_a_lesson_vetoed_for_plagiarism() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, vetoed) = demo_with_plagiarism(dir.path());
    let lesson = store.lesson(&vetoed).unwrap();
    settle_everything_but_bars(&mut store);
    assert!(
        app::barred_teachers(&store).unwrap().is_empty(),
        "nothing is barred before 定稿"
    );
    let mut register = Register::open(&dir.path().join("data").join("bar-register.sqlite")).unwrap();
    let added = app::finalize_into(&mut store, &mut register, &actor()).unwrap();
    assert_eq!(added.added as usize, lesson.fields.teachers.len());
    let rows = register.entries().unwrap();
    let settings = store.settings().unwrap();
    for t in &lesson.fields.teachers {
        let e = &rows
            .iter()
            .find(|r| &r.entry.name == t)
            .expect("every teacher of the lesson")
            .entry;
        assert_eq!(e.school, lesson.fields.school);
        assert_eq!(e.year, settings.year);
        assert_eq!(e.session, settings.name);
        assert_eq!(e.reason, "抄袭/冒名顶替/非原创：与他人2023年作品雷同");
    }
    // the advertising vetoes of the demo bar nobody
    assert_eq!(rows.len(), lesson.fields.teachers.len());
    // finalizing again after a reopen adds nothing twice
    app::reopen(&mut store, "复核", &actor()).unwrap();
    let again = app::finalize_into(&mut store, &mut register, &actor()).unwrap();
    assert_eq!((again.added, again.already as usize), (0, lesson.fields.teachers.len()));
    let log = register.audit_log().unwrap();
    assert!(log.iter().all(|a| a.action == "register.add"));
    assert!(register.verify_audit().unwrap().broken_at.is_none());
}

#[test]
fn next_years_roster_matches_exact_possible_and_not_expired_and_the_chair_settles_each() {
    let dir = tempfile::tempdir().unwrap();
    build(dir.path(), Scale::County, 11).unwrap();
    let mut store = Session::open(&dir.path().join("session.jpsession")).unwrap();
    let lessons = store.lessons().unwrap();
    let (a, b) = (&lessons[0], &lessons[1]);
    let register = vec![
        // a's teacher at a's school: exact
        entry(&a.fields.teachers[0], &a.fields.school, 2023),
        // b's teacher at another school: possible
        entry(&b.fields.teachers[0], "另一所学校", 2024),
        // a's teacher again but barred in 2019: expired by 2025 (2019 + 5 < 2025)
        entry(&a.fields.teachers[0], "旧学校", 2019),
    ];
    // the roster again (unchanged lessons), now checked against the register
    let roster = dir.path().join("推荐汇总表.xlsx");
    app::import_roster_checked(&mut store, &roster, None, &register, &actor()).unwrap();
    let m = store.bar_matches().unwrap();
    assert_eq!(m.len(), 2, "{m:?}");
    let of = |id: &LessonId| m.iter().find(|x| &x.hit.lesson == id).unwrap();
    assert_eq!(of(&a.id).hit.kind, HitKind::Exact);
    assert_eq!(of(&b.id).hit.kind, HitKind::Possible);
    assert!(m.iter().all(|x| x.status == HitStatus::Pending));
    // the same import again records nothing twice
    app::import_roster_checked(&mut store, &roster, None, &register, &actor()).unwrap();
    assert_eq!(store.bar_matches().unwrap().len(), 2);
    assert_eq!(
        store
            .audit_log()
            .unwrap()
            .iter()
            .filter(|x| x.action == "bar.match")
            .count(),
        2
    );

    // pending matches block 定稿
    settle_everything_but_bars(&mut store);
    let e = app::finalize(&mut store, &actor()).unwrap_err();
    let pending: Vec<&ProblemKind> = e
        .problems()
        .iter()
        .map(|p| &p.kind)
        .filter(|k| matches!(k, ProblemKind::BarMatchPending { .. }))
        .collect();
    assert_eq!(pending.len(), 2, "{e}");

    // a word needs a reason
    assert!(app::settle_bar_match(
        &mut store,
        &a.id,
        &a.fields.teachers[0],
        HitStatus::Confirmed,
        " ",
        &actor()
    )
    .is_err());
    app::settle_bar_match(
        &mut store,
        &a.id,
        &a.fields.teachers[0],
        HitStatus::Confirmed,
        "经核实为同一人",
        &actor(),
    )
    .unwrap();
    app::settle_bar_match(
        &mut store,
        &b.id,
        &b.fields.teachers[0],
        HitStatus::Dismissed,
        "同名不同人：身份证号不同",
        &actor(),
    )
    .unwrap();
    let status = |id: &LessonId| {
        app::results(&store)
            .unwrap()
            .categories
            .iter()
            .flat_map(|c| &c.rows)
            .find(|r| &r.lesson.id == id)
            .unwrap()
            .outcome
            .reason
            .clone()
    };
    assert!(
        matches!(status(&a.id), Reason::Barred { ref teacher, year: 2023, .. } if teacher == &a.fields.teachers[0]),
        "{:?}",
        status(&a.id)
    );
    assert!(
        !matches!(status(&b.id), Reason::Barred { .. }),
        "a dismissed match changes nothing"
    );
    assert!(
        store.assignment().unwrap().pairs.iter().all(|p| p.lesson != a.id),
        "a barred lesson is not judged"
    );
    app::run_assignment(&mut store, &actor()).unwrap();
    assert!(store.assignment().unwrap().pairs.iter().all(|p| p.lesson != a.id));
    let audit = store.audit_log().unwrap();
    assert!(audit
        .iter()
        .any(|x| x.action == "bar.confirmed" && x.target == a.id.as_str()));
    assert!(audit
        .iter()
        .any(|x| x.action == "bar.dismissed" && x.new.as_deref().is_some_and(|n| n.contains("同名不同人"))));
}

#[test]
fn the_register_travels_as_a_workbook_and_every_edit_is_audited() {
    let dir = tempfile::tempdir().unwrap();
    let mut reg = Register::open(&dir.path().join("a").join("bar-register.sqlite")).unwrap();
    let added = reg
        .add(
            &[
                entry("王芳", "城关镇实验小学", 2024),
                entry("李明", "城关镇第二中学", 2023),
            ],
            "register.add",
            "test",
            &actor(),
        )
        .unwrap();
    assert_eq!(added.added, 2);
    let id = reg
        .entries()
        .unwrap()
        .iter()
        .find(|r| r.entry.name == "王芳")
        .unwrap()
        .id;
    let mut fixed = entry("王芳", "城关镇实验小学（本部）", 2024);
    fixed.reason = "冒名顶替".into();
    assert!(reg.update(id, &fixed, "", &actor()).is_err(), "an edit needs a reason");
    reg.update(id, &fixed, "学校全称更正", &actor()).unwrap();
    let out = dir.path().join("失信名单.xlsx");
    let entries: Vec<BarEntry> = reg.entries().unwrap().into_iter().map(|r| r.entry).collect();
    jingpin::export::write_register(&entries, "示例县教育局", 5, "2025-10-20", &out).unwrap();

    // another office imports it: the same entries, and importing twice adds nothing
    let read = jingpin::import::register_sheet::read_register(&out).unwrap();
    assert_eq!(read, entries);
    let mut other = Register::open(&dir.path().join("b").join("bar-register.sqlite")).unwrap();
    assert_eq!(
        other
            .add(&read, "register.import", "失信名单.xlsx", &actor())
            .unwrap()
            .added,
        2
    );
    assert_eq!(
        other
            .add(&read, "register.import", "失信名单.xlsx", &actor())
            .unwrap()
            .added,
        0
    );

    let victim = reg
        .entries()
        .unwrap()
        .iter()
        .find(|r| r.entry.name == "李明")
        .unwrap()
        .id;
    reg.remove(victim, "申诉成立，撤销", &actor()).unwrap();
    assert_eq!(reg.entries().unwrap().len(), 1);
    let log = reg.audit_log().unwrap();
    let actions: Vec<&str> = log.iter().map(|a| a.action.as_str()).collect();
    assert_eq!(
        actions,
        ["register.add", "register.add", "register.update", "register.remove"]
    );
    assert!(log[2].new.as_deref().unwrap().contains("学校全称更正"));
    assert!(log[3].new.as_deref().unwrap().contains("申诉成立"));
    let state = reg.verify_audit().unwrap();
    assert_eq!((state.rows, state.broken_at), (4, None));
    drop(reg);
    // a row edited outside the program breaks the chain at that row
    let conn = rusqlite::Connection::open(dir.path().join("a").join("bar-register.sqlite")).unwrap();
    conn.execute("UPDATE audit SET new = '{}' WHERE seq = 2", []).unwrap();
    drop(conn);
    let reg = Register::open(&dir.path().join("a").join("bar-register.sqlite")).unwrap();
    assert_eq!(reg.verify_audit().unwrap().broken_at, Some(2));
}

#[test]
fn a_register_workbook_with_a_bad_year_names_the_cell_and_adds_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("名单.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet().set_name("Sheet1").unwrap();
    for (c, h) in ["姓名", "单位", "年度", "原因"].iter().enumerate() {
        ws.write(0, c as u16, *h).unwrap();
    }
    ws.write(1, 0, "王芳").unwrap();
    ws.write(1, 1, "某小学").unwrap();
    ws.write(1, 2, 2024).unwrap();
    ws.write(2, 0, "李明").unwrap();
    ws.write(2, 1, "某中学").unwrap();
    ws.write(2, 2, "去年").unwrap();
    wb.save(&path).unwrap();
    let e = jingpin::import::register_sheet::read_register(&path).unwrap_err();
    let p = &e.problems()[0];
    assert_eq!(
        (p.location.row, p.location.column.as_deref()),
        (Some(3), Some("C")),
        "{e}"
    );
    assert!(matches!(&p.kind, ProblemKind::NotANumber { value, .. } if value == "去年"));
}
