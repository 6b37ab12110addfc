//! Score sheets on disk: written and read back, edited in a spreadsheet program, refused.

use std::path::{Path, PathBuf};

use calamine::{open_workbook_auto, Data, Reader};
use jingpin::app;
use jingpin::app::{Actor, Session};
use jingpin::judges::JudgeId;
use jingpin::points::Points;
use jingpin::roster::LessonId;
use jingpin::scores::{LessonScores, VetoMark};
use jingpin::settings::Settings;
use jingpin::sheet::read::{check, SheetRule, SheetStatus};
use jingpin::sheet::{write, ScoreSheet};
use jingpin::Library;

use crate::fixture;

pub(crate) fn actor() -> Actor {
    Actor {
        who: "组长".into(),
        at: "2025-10-08T09:00:00Z".parse().unwrap(),
    }
}

/// A session with the Nanjing roster and judges, assigned.
pub(crate) fn assigned_session(dir: &Path, uid: &str) -> Session {
    let lib = Library::builtin();
    let mut settings = Settings::default_for("南京市级遴选", 2025, &lib).unwrap();
    // these tests are about sheets, not recusal: every judge keeps lessons to score (recusal by
    // region, on by default for a judges list naming regions, would leave some judges none)
    settings.rules.recuse_same_region = Some(false);
    let mut store = app::create(&dir.join(format!("{uid}.jpsession")), &settings, &lib, uid, &actor()).unwrap();
    app::import_roster(&mut store, &fixture("roster-nanjing.xlsx"), None, &actor()).unwrap();
    app::import_judges(&mut store, &fixture("judges-nanjing.xlsx"), &actor()).unwrap();
    app::run_assignment(&mut store, &actor()).unwrap();
    store
}

pub(crate) fn sheet_of(store: &mut Session, judge: &str) -> ScoreSheet {
    app::issue_sheets(store, "2025-10-08T09:00:00Z", Some(&JudgeId::new(judge)), &actor())
        .unwrap()
        .pop()
        .expect("the judge has lessons")
}

/// A cell edit, as a person would make it in Excel/WPS.
pub(crate) enum Edit {
    Number(f64),
    Text(&'static str),
    Formula(&'static str),
}

/// Re-saves `src` as `dst` the way a spreadsheet program would after the edits: same sheets
/// (the meta sheet stays hidden), values and formulas kept, the HMAC untouched.
pub(crate) fn resave(src: &Path, dst: &Path, edits: &[(&str, &str, Edit)]) {
    let mut wb = open_workbook_auto(src).unwrap();
    let mut out = rust_xlsxwriter::Workbook::new();
    for name in wb.sheet_names() {
        let range = wb.worksheet_range(&name).unwrap();
        let formulas = wb.worksheet_formula(&name).unwrap();
        let ws = out.add_worksheet();
        ws.set_name(&name).unwrap();
        if name == "_jingpin" {
            ws.set_hidden(true);
        }
        let (r0, c0) = range.start().unwrap_or((0, 0));
        for (r, c, v) in range.used_cells() {
            let (r, c) = (r0 + r as u32, (c0 + c as u32) as u16);
            match v {
                Data::Float(f) => ws.write_number(r, c, *f).map(|_| ()).unwrap(),
                Data::Int(i) => ws.write_number(r, c, *i as f64).map(|_| ()).unwrap(),
                Data::String(s) => ws.write_string(r, c, s).map(|_| ()).unwrap(),
                _ => {}
            }
        }
        let (f0, g0) = formulas.start().unwrap_or((0, 0));
        for (r, c, f) in formulas.used_cells() {
            if !f.is_empty() {
                ws.write_formula(f0 + r as u32, (g0 + c as u32) as u16, format!("={f}").as_str())
                    .unwrap();
            }
        }
        for (sheet, cell, edit) in edits {
            if *sheet != name {
                continue;
            }
            let (row, col) = cell_index(cell);
            match edit {
                Edit::Number(n) => ws.write_number(row, col, *n).map(|_| ()).unwrap(),
                Edit::Text(t) => ws.write_string(row, col, *t).map(|_| ()).unwrap(),
                Edit::Formula(f) => ws.write_formula(row, col, *f).map(|_| ()).unwrap(),
            }
        }
    }
    out.save(dst).unwrap();
}

fn cell_index(cell: &str) -> (u32, u16) {
    let letters: String = cell.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
    let col = letters.bytes().fold(0u32, |n, b| n * 26 + (b - b'A' + 1) as u32) - 1;
    let row: u32 = cell[letters.len()..].parse().unwrap();
    (row - 1, col as u16)
}

pub(crate) fn tmp_file(dir: &Path, name: &str) -> PathBuf {
    dir.join(name)
}

#[test]
fn a_sheet_written_by_the_app_reads_back_identical_and_intact() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = assigned_session(dir.path(), "s-roundtrip");
    let mut sheet = sheet_of(&mut store, "J007");
    sheet.meta.revision = 1;
    for (i, id) in sheet.lesson_ids().into_iter().enumerate() {
        let n = sheet.category_of(&id).unwrap().rubric.indicators().len();
        let mut s = LessonScores::blank(n);
        s.scores = (0..n).map(|k| Some(Points::whole(((i + k) % 8 + 2) as u32))).collect();
        s.comment = format!("评语{i}");
        if i == 0 {
            s.vetoes.push(VetoMark {
                veto: "advertising".into(),
                reason: "片尾出现商标".into(),
            });
        }
        sheet.scores.insert(id, s);
    }
    let path = tmp_file(dir.path(), "J007.xlsx");
    write::write(&sheet, &path).unwrap();
    let expected = app::expected(&mut store).unwrap();
    let c = check(&path, Some(&expected)).unwrap();
    assert_eq!(
        c.status,
        SheetStatus::Intact,
        "problems {:?} changes {:?}",
        c.problems,
        c.changes
    );
    assert!(c.incomplete.is_empty());
    let back = c.sheet.unwrap();
    assert_eq!(
        back.scores, sheet.scores,
        "scores, vetoes and comments survive the round trip"
    );
    assert_eq!(back.lesson_ids(), sheet.lesson_ids());
    assert_eq!(back.meta, sheet.meta);
    let hashes: Vec<&str> = back.categories.iter().map(|c| c.rubric.content_hash()).collect();
    assert_eq!(
        hashes,
        sheet
            .categories
            .iter()
            .map(|c| c.rubric.content_hash())
            .collect::<Vec<_>>()
    );
    // the same sheet gives the same bytes
    assert_eq!(write::to_bytes(&sheet).unwrap(), write::to_bytes(&sheet).unwrap());
}

#[test]
fn a_sheet_filled_in_excel_is_accepted_as_an_external_edit_with_its_changes() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = assigned_session(dir.path(), "s-excel");
    let files = app::export_sheets(&mut store, &dir.path().join("out"), &actor()).unwrap();
    let blank = files.iter().find(|f| f.to_string_lossy().contains("J002")).unwrap();
    let expected = app::expected(&mut store).unwrap();
    assert_eq!(
        check(blank, Some(&expected)).unwrap().status,
        SheetStatus::Intact,
        "a fresh sheet is intact"
    );

    // J002's lessons are on rows 4…; 学科课程 indicators sit in columns I..P
    let lessons = sheet_of(&mut store, "J002").lesson_ids().len() as u32;
    assert!(lessons >= 2);
    let mut edits = Vec::new();
    for row in 4..4 + lessons {
        for (k, col) in ["I", "J", "K", "L", "M", "N", "O", "P"].iter().enumerate() {
            let cell: &'static str = Box::leak(format!("{col}{row}").into_boxed_str());
            edits.push((
                "评分表",
                cell,
                Edit::Number([9.0, 8.0, 13.0, 12.0, 14.0, 13.0, 9.0, 8.0][k]),
            ));
        }
    }
    let filled = tmp_file(dir.path(), "filled.xlsx");
    resave(blank, &filled, &edits);
    let c = check(&filled, Some(&expected)).unwrap();
    assert_eq!(c.status, SheetStatus::ExternalEdit, "{:?}", c.problems);
    assert!(c.problems.is_empty());
    assert_eq!(
        c.changes.len(),
        8 * lessons as usize,
        "every filled cell is listed as changed"
    );
    assert_eq!(
        (
            c.changes[0].cell.as_str(),
            c.changes[0].was.as_str(),
            c.changes[0].now.as_str()
        ),
        ("I4", "", "9")
    );
    assert!(c.incomplete.is_empty());
    let sheet = c.sheet.unwrap();
    let first = &sheet.scores[&sheet.lesson_ids()[0]];
    assert_eq!(first.total(), Points::whole(86));
}

#[test]
fn every_bad_cell_is_named_and_the_sheet_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = assigned_session(dir.path(), "s-bad");
    let files = app::export_sheets(&mut store, &dir.path().join("out"), &actor()).unwrap();
    let blank = files.iter().find(|f| f.to_string_lossy().contains("J002")).unwrap();
    let bad = tmp_file(dir.path(), "bad.xlsx");
    resave(
        blank,
        &bad,
        &[
            ("评分表", "I4", Edit::Text("九")),
            ("评分表", "J4", Edit::Number(11.0)),
            ("评分表", "K4", Edit::Number(7.5)),
            ("评分表", "L4", Edit::Formula("=5+5")),
            ("评分表", "M4", Edit::Number(-1.0)),
            ("评分表", "R4", Edit::Text("含广告")),
            ("评分表", "R5", Edit::Text("太长了：超时")),
            ("评分表", "A6", Edit::Text("L00003")),
        ],
    );
    let expected = app::expected(&mut store).unwrap();
    let c = check(&bad, Some(&expected)).unwrap();
    assert_eq!(c.status, SheetStatus::Rejected);
    let got: Vec<(&str, &str, SheetRule)> = c
        .problems
        .iter()
        .map(|p| (p.cell.as_str(), p.value.as_str(), p.rule))
        .collect();
    for want in [
        ("I4", "九", SheetRule::NotANumber),
        ("J4", "11", SheetRule::OutOfRange),
        ("K4", "7.5", SheetRule::OffStep),
        ("L4", "=5+5", SheetRule::Formula),
        ("M4", "-1", SheetRule::OutOfRange),
        ("R4", "含广告", SheetRule::VetoNeedsReason),
        ("R5", "太长了：超时", SheetRule::UnknownVeto),
        ("A6", "L00003", SheetRule::UnknownLesson),
    ] {
        assert!(got.contains(&want), "{want:?} not in {got:?}");
    }
    assert!(c.problems.iter().all(|p| p.sheet == "评分表"));

    // the judge opening it in the app (or `jingpin judge open`) is told every cell, at its place
    let e = jingpin::judge_mode::open_sheet(&bad, &dir.path().join("ws")).unwrap_err();
    assert_eq!(e.code().as_str(), "sheet_rejected");
    let j4 = e
        .problems()
        .iter()
        .find(|p| p.location.column.as_deref() == Some("J"))
        .expect("J4 named");
    assert_eq!(
        (
            j4.location.sheet.as_deref(),
            j4.location.row,
            j4.location.file.as_deref()
        ),
        (Some("评分表"), Some(4), Some(bad.as_path()))
    );
    assert!(
        matches!(&j4.kind, jingpin::ProblemKind::SheetCell { rule, value } if *rule == jingpin::sheet::read::SheetRule::OutOfRange && value == "11"),
        "{j4:?}"
    );
    assert!(e.problems().len() >= 8, "every bad cell: {:?}", e.problems());

    // a lesson on the sheet that the session no longer assigns to this judge
    let mut expected = app::expected(&mut store).unwrap();
    let j002 = expected.assigned.get_mut(&JudgeId::new("J002")).unwrap();
    let dropped = j002.remove(0);
    let c = check(blank, Some(&expected)).unwrap();
    assert_eq!(c.status, SheetStatus::Rejected);
    assert!(
        c.problems
            .iter()
            .any(|p| p.rule == SheetRule::LessonNotAssigned && p.value == dropped.as_str() && p.cell == "A4"),
        "{:?}",
        c.problems
    );
}

#[test]
fn a_sheet_of_another_session_or_judge_or_rubric_is_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = assigned_session(dir.path(), "s-a");
    let mut b = assigned_session(dir.path(), "s-b");
    let files = app::export_sheets(&mut a, &dir.path().join("out"), &actor()).unwrap();
    let sheet = files.iter().find(|f| f.to_string_lossy().contains("J002")).unwrap();
    let c = check(sheet, Some(&app::expected(&mut b).unwrap())).unwrap();
    assert_eq!(c.status, SheetStatus::Rejected);
    assert_eq!(c.problems[0].rule, SheetRule::OtherSession);

    // a judge id the session does not know (row 4 of the meta sheet is judge_id): the signature
    // no longer holds, and the sheet was issued to J002
    let stranger = tmp_file(dir.path(), "stranger.xlsx");
    resave(sheet, &stranger, &[("_jingpin", "B4", Edit::Text("J999"))]);
    let c = check(&stranger, Some(&app::expected(&mut a).unwrap())).unwrap();
    assert_eq!(c.status, SheetStatus::Rejected);
    assert_eq!(
        c.judge,
        Some(JudgeId::new("J002")),
        "the judge is the one the sheet was issued to"
    );
    assert!(
        c.problems
            .iter()
            .any(|p| p.rule == SheetRule::IssuedToOther && p.value == "J999 → J002"),
        "{:?}",
        c.problems
    );

    // the session's rubric differs from the sheet's (the session was reconfigured meanwhile)
    let mut expected = app::expected(&mut a).unwrap();
    let other = Library::builtin()
        .rubrics
        .iter()
        .map(|e| &e.item)
        .find(|r| r.category() != jingpin::Category::Subject)
        .unwrap()
        .clone();
    expected.rubrics.insert(jingpin::Category::Subject, other);
    let c = check(sheet, Some(&expected)).unwrap();
    assert!(
        c.problems.iter().any(|p| p.rule == SheetRule::RubricChanged),
        "{:?}",
        c.problems
    );
}

#[test]
fn the_hmac_detects_a_score_changed_in_both_the_cells_and_the_hidden_copy() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = assigned_session(dir.path(), "s-hmac");
    let mut sheet = sheet_of(&mut store, "J002");
    let first = sheet.lesson_ids()[0].clone();
    let mut s = LessonScores::blank(8);
    s.scores = vec![Some(Points::whole(5)); 8];
    sheet.scores.insert(first.clone(), s.clone());
    let signed = tmp_file(dir.path(), "signed.xlsx");
    write::write(&sheet, &signed).unwrap();
    // a forger changes I4 and the hidden snapshot of that lesson consistently, but cannot sign
    let mut forged_scores = s;
    forged_scores.scores[0] = Some(Points::whole(10));
    let json: &'static str = Box::leak(serde_json::to_string(&forged_scores).unwrap().into_boxed_str());
    let meta_row = find_meta_row(&signed, first.as_str());
    let cell: &'static str = Box::leak(format!("D{meta_row}").into_boxed_str());
    let forged = tmp_file(dir.path(), "forged.xlsx");
    resave(
        &signed,
        &forged,
        &[
            ("评分表", "I4", Edit::Number(10.0)),
            ("_jingpin", cell, Edit::Text(json)),
        ],
    );
    let c = check(&forged, Some(&app::expected(&mut store).unwrap())).unwrap();
    assert_eq!(c.status, SheetStatus::Unverified, "the signature does not hold");
    // so the forged hidden copy is not what the cells are compared with: the issued blank sheet
    // is, and every filled cell of the lesson is listed
    assert_eq!(c.changes.len(), 8, "{:?}", c.changes);
    assert!(c
        .changes
        .iter()
        .any(|x| x.cell == "I4" && x.was.is_empty() && x.now == "10"));
}

#[test]
fn a_hidden_snapshot_that_is_not_scores_rejects_the_sheet_and_names_the_lesson() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = assigned_session(dir.path(), "s-snap");
    let sheet = sheet_of(&mut store, "J002");
    let written = tmp_file(dir.path(), "written.xlsx");
    write::write(&sheet, &written).unwrap();
    let lesson = sheet.lesson_ids()[1].clone();
    let cell: &'static str = Box::leak(format!("D{}", find_meta_row(&written, lesson.as_str())).into_boxed_str());
    for (name, text) in [("garbage.xlsx", "{not json"), ("shape.xlsx", r#"{"scores":"many"}"#)] {
        let broken = tmp_file(dir.path(), name);
        resave(&written, &broken, &[("_jingpin", cell, Edit::Text(text))]);
        // the judge's app reads the sheet by itself: the damaged snapshot is named
        let c = check(&broken, None).unwrap();
        assert_eq!(c.status, SheetStatus::Rejected, "{text}");
        assert!(
            c.problems
                .iter()
                .any(|p| p.rule == SheetRule::NotAScoreSheet && p.sheet == "_jingpin" && p.value == lesson.as_str()),
            "{text}: {:?}",
            c.problems
        );
        // the chair's check refuses a hidden sheet that is not even JSON; one that is JSON but not
        // scores is never read (the signature fails): the cells are read against what the
        // session issued
        let c = check(&broken, Some(&app::expected(&mut store).unwrap())).unwrap();
        let want = if text.starts_with("{not") {
            SheetStatus::Rejected
        } else {
            SheetStatus::Unverified
        };
        assert_eq!(c.status, want, "{text}: {:?}", c.problems);
    }
}

fn find_meta_row(path: &Path, lesson: &str) -> u32 {
    let mut wb = open_workbook_auto(path).unwrap();
    let range = wb.worksheet_range("_jingpin").unwrap();
    for (r, row) in range.rows().enumerate() {
        if row.first().map(|c| c.to_string()) == Some("lesson".into())
            && row.get(1).map(|c| c.to_string()) == Some(lesson.into())
        {
            return r as u32 + 1;
        }
    }
    panic!("lesson {lesson} not in the meta sheet")
}

/// Filled sheets for every judge of the session, written to `dir`.
pub(crate) fn filled_sheets(store: &mut Session, dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for mut sheet in app::issue_sheets(store, "2025-10-08T09:00:00Z", None, &actor()).unwrap() {
        sheet.meta.revision = 1;
        for (i, id) in sheet.lesson_ids().into_iter().enumerate() {
            let n = sheet.category_of(&id).unwrap().rubric.indicators().len();
            let mut s = LessonScores::blank(n);
            s.scores = (0..n)
                .map(|k| Some(Points::whole(((i * 3 + k) % 9 + 1) as u32)))
                .collect();
            sheet.scores.insert(id, s);
        }
        std::fs::create_dir_all(dir).unwrap();
        let path = tmp_file(dir, &format!("{}.xlsx", sheet.meta.judge_id));
        write::write(&sheet, &path).unwrap();
        files.push(path);
    }
    files
}

#[test]
fn importing_sheets_on_every_core_stores_the_same_as_one_by_one() {
    let dir = tempfile::tempdir().unwrap();
    let files = {
        let mut store = assigned_session(dir.path(), "s-par");
        filled_sheets(&mut store, &dir.path().join("out"))
    };
    assert!(files.len() > 3);
    let copy = dir.path().join("s-par-copy.jpsession");
    std::fs::copy(dir.path().join("s-par.jpsession"), &copy).unwrap();
    let mut all = Session::open(&dir.path().join("s-par.jpsession")).unwrap();
    let reports = app::import_sheets(&mut all, &files, false, &actor()).unwrap();
    assert_eq!(
        reports.iter().map(|r| r.file.clone()).collect::<Vec<_>>(),
        files.iter().map(|f| f.display().to_string()).collect::<Vec<_>>(),
        "reports come back in file order"
    );
    assert!(reports
        .iter()
        .all(|r| r.status == SheetStatus::Intact && r.merge.is_some()));
    let mut one = Session::open(&copy).unwrap();
    for f in files.iter().rev() {
        app::import_sheets(&mut one, std::slice::from_ref(f), false, &actor()).unwrap();
    }
    assert_eq!(all.judgements().unwrap(), one.judgements().unwrap());
    assert!(!all.judgements().unwrap().is_empty());
}

/// Among many returned files, one that cannot be read as a workbook (here: not a zip at all) is
/// refused on its own and named, like any refused sheet; the others land, in the one transaction
/// of the import.
#[test]
fn an_unreadable_file_in_a_batch_is_refused_by_name_and_the_others_land() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = assigned_session(dir.path(), "s-batch");
    let mut files = filled_sheets(&mut store, &dir.path().join("out"));
    let good = files.len();
    let broken = tmp_file(dir.path(), "损坏.xlsx");
    std::fs::write(&broken, b"not a zip file").unwrap();
    files.insert(files.len() / 2, broken.clone());
    let reports = app::import_sheets(&mut store, &files, false, &actor()).unwrap();
    let refused: Vec<_> = reports.iter().filter(|r| r.status == SheetStatus::Rejected).collect();
    assert_eq!(refused.len(), 1, "{reports:?}");
    assert_eq!(refused[0].file, broken.display().to_string());
    assert!(refused[0].merge.is_none() && refused[0].judge.is_none());
    let p = &refused[0].problems[0];
    assert_eq!(p.location.file.as_deref(), Some(broken.as_path()));
    assert_eq!(
        p.kind,
        jingpin::ProblemKind::SheetCell {
            rule: jingpin::sheet::read::SheetRule::Unreadable,
            value: "损坏.xlsx".into()
        }
    );
    assert_eq!(
        store.sheet_imports().unwrap().len(),
        good,
        "every readable sheet landed"
    );
    assert!(!store.judgements().unwrap().is_empty());
}

#[test]
fn a_file_that_is_not_a_score_sheet_is_rejected() {
    let c = check(&fixture("roster-nanjing.xlsx"), None).unwrap();
    assert_eq!(c.status, SheetStatus::Rejected);
    assert_eq!(c.problems[0].rule, SheetRule::NotAScoreSheet);
    let _ = LessonId::new("unused");
}

/// Every lesson issued to the judge is on the sheet exactly once: a deleted row does not make its
/// scores vanish quietly, and a duplicated row is not resolved by guessing.
#[test]
fn a_missing_or_duplicated_lesson_row_rejects_the_sheet() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = assigned_session(dir.path(), "s-rows");
    let files = app::export_sheets(&mut store, &dir.path().join("out"), &actor()).unwrap();
    let blank = files.iter().find(|f| f.to_string_lossy().contains("J002")).unwrap();
    let expected = app::expected(&mut store).unwrap();
    let ids = sheet_of(&mut store, "J002").lesson_ids();
    assert!(ids.len() >= 2);

    let deleted = tmp_file(dir.path(), "deleted.xlsx");
    resave(blank, &deleted, &[("评分表", "A5", Edit::Text(" "))]); // the id cleared, as a deleted row reads
    let c = check(&deleted, Some(&expected)).unwrap();
    assert_eq!(
        c.status,
        SheetStatus::Rejected,
        "{:?} {:?} {:?}",
        ids,
        c.problems,
        c.changes
    );
    assert!(
        c.problems
            .iter()
            .any(|p| p.rule == SheetRule::MissingLesson && p.value == ids[1].as_str()),
        "{:?}",
        c.problems
    );

    let doubled = tmp_file(dir.path(), "doubled.xlsx");
    let first: &'static str = Box::leak(ids[0].as_str().to_owned().into_boxed_str());
    resave(blank, &doubled, &[("评分表", "A5", Edit::Text(first))]);
    let c = check(&doubled, Some(&expected)).unwrap();
    assert_eq!(c.status, SheetStatus::Rejected);
    assert!(c
        .problems
        .iter()
        .any(|p| p.rule == SheetRule::DuplicateLesson && p.cell == "A5"));
}

/// An indicator name may hold brackets of its own, and the app's own blank sheet still reads back
/// intact; two indicators whose names would share a column are refused when the rubric is read.
#[test]
fn indicator_names_with_brackets_read_back_and_duplicates_are_refused() {
    let builtin = std::fs::read_to_string(crate::repo("rubrics/2024-subject.toml")).unwrap();
    let bracketed = builtin.replacen(
        "name = \"教学目标科学合理\"",
        "name = \"教学目标科学合理（含核心素养）\"",
        1,
    );
    assert!(bracketed.contains("（含核心素养）"));
    blank_sheets_read_back_intact(&bracketed);

    let twice = builtin.replacen("name = \"教学内容组织科学\"", "name = \"教学目标科学合理\"", 1);
    let e = jingpin::Rubric::from_toml(&twice, Path::new("twice.toml")).unwrap_err();
    assert!(
        e.problems
            .iter()
            .any(|p| matches!(&p.kind, jingpin::ProblemKind::DuplicateId { id, .. } if id == "教学目标科学合理")),
        "{e:?}"
    );
}

/// Every sheet the session exports with a 2025 rubric of this text (in place of the built-in
/// 学科课程 one) reads back intact.
fn blank_sheets_read_back_intact(rubric: &str) {
    let dir = tempfile::tempdir().unwrap();
    let rubrics = dir.path().join("rubrics");
    std::fs::create_dir_all(&rubrics).unwrap();
    let rubric = rubric
        .replace("id = \"2024-学科课程\"", "id = \"2025-学科课程\"")
        .replace("year = 2024", "year = 2025");
    std::fs::write(rubrics.join("2025-subject.toml"), &rubric).unwrap();
    let lib = jingpin::Library::load(&rubrics, &dir.path().join("quotas"));
    let settings = Settings::with_quotas(
        "自定标准",
        2025,
        jingpin::settings::Level::County,
        &[
            (jingpin::Category::Subject, 3),
            (jingpin::Category::Experiment, 1),
            (jingpin::Category::SpecialEducation, 1),
        ],
        &lib,
    )
    .unwrap();
    assert_eq!(
        settings.categories[0].rubric,
        "2025-学科课程",
        "the rubric loads: {:?}",
        lib.rubrics.iter().map(|e| e.item.id().as_str()).collect::<Vec<_>>()
    );
    let mut store = app::create(&dir.path().join("s.jpsession"), &settings, &lib, "s-rubric", &actor()).unwrap();
    app::import_roster(&mut store, &crate::fixture("roster-nanjing.xlsx"), None, &actor()).unwrap();
    app::import_judges(&mut store, &crate::fixture("judges-nanjing.xlsx"), &actor()).unwrap();
    app::run_assignment(&mut store, &actor()).unwrap();
    let files = app::export_sheets(&mut store, &dir.path().join("out"), &actor()).unwrap();
    assert!(!files.is_empty());
    let expected = app::expected(&mut store).unwrap();
    for f in files {
        let c = check(&f, Some(&expected)).unwrap();
        assert_eq!(c.status, SheetStatus::Intact, "{}: {:?}", f.display(), c.problems);
    }
}

/// A long indicator name (the data validation's prompt holds 255 characters) and many veto items
/// (all listed in the 否决项 prompt) still export, and read back intact.
#[test]
fn long_indicator_names_and_many_veto_items_export_and_read_back() {
    let builtin = std::fs::read_to_string(crate::repo("rubrics/2024-subject.toml")).unwrap();
    let name = format!("教学目标科学合理{}", "且".repeat(300));
    let mut text = builtin.replacen("name = \"教学目标科学合理\"", &format!("name = \"{name}\""), 1);
    for k in 0..12 {
        text.push_str(&format!(
            "\n[[veto]]\nid = \"extra{k}\"\nname = \"第{k}项补充否决情形：与课程标准明显不符或存在科学性错误的其他情况\"\nbasis = \"测试\"\n"
        ));
    }
    blank_sheets_read_back_intact(&text);
}

/// A sheet import reports its progress and can be stopped: stopped, nothing of it is stored.
#[test]
fn a_cancelled_import_stores_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = assigned_session(dir.path(), "s-cancel");
    let files = filled_sheets(&mut store, &dir.path().join("out"));
    assert!(files.len() > 3);
    let mut seen = Vec::new();
    let e = app::import_sheets_with(
        &mut store,
        &files,
        false,
        &mut |done, total| {
            seen.push((done, total));
            done < 2
        },
        &actor(),
    )
    .unwrap_err();
    assert_eq!(e.code().as_str(), "cancelled");
    assert_eq!(seen, [(1, files.len()), (2, files.len())]);
    assert!(
        store.sheet_imports().unwrap().is_empty(),
        "nothing of a cancelled import lands"
    );
    assert!(store.audit_log().unwrap().iter().all(|a| a.action != "sheet.import"));
    // run to the end, it reports every sheet
    let mut last = (0, 0);
    app::import_sheets_with(
        &mut store,
        &files,
        false,
        &mut |d, t| {
            last = (d, t);
            true
        },
        &actor(),
    )
    .unwrap();
    assert_eq!(last, (files.len(), files.len()));
}

/// A failure while the sheets are written (a full disk, a name the file system refuses) leaves
/// no sheet recorded as issued and no file behind; the retry writes them all. Names that no file
/// system takes (control characters, `/`, `:`, 200 characters) make safe file names.
#[test]
fn sheets_are_recorded_as_issued_only_once_every_file_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = assigned_session(dir.path(), "s-issue");
    let judges = store.judges().unwrap();
    let (odd, long) = (&judges[0], &judges[1]);
    let mut fields = odd.fields.clone();
    fields.name = "制表\t符:/\u{1}名.".into();
    app::update_judge(&mut store, &odd.id, &fields, &actor()).unwrap();
    let mut fields = long.fields.clone();
    fields.name = "很".repeat(200);
    app::update_judge(&mut store, &long.id, &fields, &actor()).unwrap();

    let out = dir.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    // the last judge's file cannot be written: a folder stands where it goes
    let last = app::blank_sheets(&mut store, "2025-10-08T09:00:00Z")
        .unwrap()
        .pop()
        .unwrap();
    let blocked = out.join(app::sheet_file_name(&last));
    std::fs::create_dir(&blocked).unwrap();
    let issued_before = store.issued_sheets().unwrap().len();
    assert!(app::export_sheets(&mut store, &out, &actor()).is_err());
    assert_eq!(
        store.issued_sheets().unwrap().len(),
        issued_before,
        "nothing recorded as issued"
    );
    let left: Vec<_> = std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(left, vec![blocked.clone()], "no sheet file left behind");

    std::fs::remove_dir(&blocked).unwrap();
    let files = app::export_sheets(&mut store, &out, &actor()).unwrap();
    assert_eq!(
        files.len(),
        judges
            .iter()
            .filter(|j| store.assignment().unwrap().pairs.iter().any(|p| p.judge == j.id))
            .count()
    );
    assert!(store.issued_sheets().unwrap().len() > issued_before);
    for f in &files {
        let name = f.file_name().unwrap().to_str().unwrap();
        assert!(name.len() < 120, "a short file name: {name}");
        assert!(
            !name.chars().any(|c| c.is_control() || "/\\:*?\"<>|".contains(c)),
            "no character a file system refuses: {name:?}"
        );
        assert!(f.exists());
    }
    assert!(
        files
            .iter()
            .any(|f| f.to_str().unwrap().contains(&format!("{}-制表 符 名.xlsx", odd.id))),
        "{files:?}"
    );
}
