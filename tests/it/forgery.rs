//! Forged, replayed, renamed and edited score sheets (issue 12 §1). Nothing in a sheet whose
//! signature does not verify is trusted: its judge, revision, lessons and snapshot come from what
//! the session issued, every changed cell is listed against that, and its scores count only once
//! the chair confirms it.

use std::path::{Path, PathBuf};

use calamine::{open_workbook_auto, Reader};
use jingpin::app::{self, SheetImport};
use jingpin::app::{Session, SheetMerge, SheetPick, WaitReason};
use jingpin::judges::JudgeId;
use jingpin::points::Points;
use jingpin::scores::LessonScores;
use jingpin::sheet::read::{SheetRule, SheetStatus};
use jingpin::sheet::{write, ScoreSheet};

use crate::sheets::{actor, assigned_session, resave, sheet_of, Edit};

/// A judge's sheet as the judge's app writes it: issued by the session, every indicator scored
/// `value` (capped at its weight), at `revision`, signed with the judge's key.
fn filled(store: &mut Session, judge: &str, revision: u32, value: u32) -> ScoreSheet {
    let mut sheet = sheet_of(store, judge);
    sheet.meta.revision = revision;
    for id in sheet.lesson_ids() {
        let rubric = &sheet.category_of(&id).unwrap().rubric;
        let mut s = LessonScores::blank(rubric.indicators().len());
        s.scores = rubric
            .indicators()
            .iter()
            .map(|i| Some(Points::whole(value).min(i.weight())))
            .collect();
        sheet.scores.insert(id, s);
    }
    sheet
}

fn written(dir: &Path, name: &str, sheet: &ScoreSheet) -> PathBuf {
    let path = dir.join(name);
    write::write(sheet, &path).unwrap();
    path
}

/// The address of the value cell of `key` in the hidden sheet (`B8` for `revision`).
fn meta_cell(path: &Path, key: &str) -> &'static str {
    let mut wb = open_workbook_auto(path).unwrap();
    let range = wb.worksheet_range("_jingpin").unwrap();
    let row = range
        .rows()
        .position(|r| r.first().is_some_and(|c| *c == key))
        .unwrap_or_else(|| panic!("no `{key}` row in the hidden sheet"));
    Box::leak(format!("B{}", row + 1).into_boxed_str())
}

fn meta_value(path: &Path, key: &str) -> String {
    let mut wb = open_workbook_auto(path).unwrap();
    let range = wb.worksheet_range("_jingpin").unwrap();
    let row = range.rows().find(|r| r.first().is_some_and(|c| *c == key)).unwrap();
    row[1].to_string()
}

/// Whether `p` is a refused cell for `rule` (with `value`, when given).
fn refused_for(p: &jingpin::Problem, rule: SheetRule, value: Option<&str>) -> bool {
    matches!(&p.kind, jingpin::error::ProblemKind::SheetCell { rule: r, value: v }
        if *r == rule && value.is_none_or(|x| x == v))
}

fn import(store: &mut Session, file: &Path) -> SheetImport {
    app::import_sheets(store, &[file.to_path_buf()], false, &actor())
        .unwrap()
        .pop()
        .unwrap()
}

fn scores_of(store: &Session, judge: &str) -> Vec<Option<Points>> {
    store
        .judgements()
        .unwrap()
        .into_iter()
        .filter(|((j, _), _)| j.as_str() == judge)
        .flat_map(|(_, s)| s.scores)
        .collect()
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

#[test]
fn j001s_sheet_rewritten_as_j002s_is_refused_and_stores_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = assigned_session(dir.path(), "s-as-other");
    let genuine = filled(&mut store, "J001", 1, 6);
    let genuine_file = written(dir.path(), "j001.xlsx", &genuine);
    let hmac = leak(meta_value(&genuine_file, "hmac"));

    // J002's lessons, all zeros, under J001's token and key, J001's HMAC left as it was: what
    // someone holding only J001's sheet can make
    let mut forged = store_blank_for(&mut store, "J002");
    forged.meta.issue = genuine.meta.issue.clone();
    forged.meta.judge_key = genuine.meta.judge_key.clone();
    for id in forged.lesson_ids() {
        let n = forged.category_of(&id).unwrap().rubric.indicators().len();
        let mut s = LessonScores::blank(n);
        s.scores = vec![Some(Points::ZERO); n];
        forged.scores.insert(id, s);
    }
    let draft = written(dir.path(), "draft.xlsx", &forged);
    let as_j002 = dir.path().join("as-j002.xlsx");
    resave(
        &draft,
        &as_j002,
        &[("_jingpin", meta_cell(&draft, "hmac"), Edit::Text(hmac))],
    );
    let r = import(&mut store, &as_j002);
    assert_eq!(
        (r.status, r.merge.clone()),
        (SheetStatus::Rejected, None),
        "{:?}",
        r.problems
    );
    assert_eq!(
        r.judge,
        Some(JudgeId::new("J001")),
        "the sheet is the one issued to J001"
    );
    assert!(
        r.problems
            .iter()
            .any(|p| refused_for(p, SheetRule::IssuedToOther, Some("J002 → J001"))),
        "{:?}",
        r.problems
    );

    // without a token, or with one the session never issued, it names no issued sheet at all
    let mut no_token = forged.clone();
    no_token.meta.issue.clear();
    let draft = written(dir.path(), "draft-no-token.xlsx", &no_token);
    let no_token = dir.path().join("no-token.xlsx");
    resave(
        &draft,
        &no_token,
        &[("_jingpin", meta_cell(&draft, "hmac"), Edit::Text(hmac))],
    );
    let guessed = dir.path().join("guessed.xlsx");
    resave(
        &as_j002,
        &guessed,
        &[(
            "_jingpin",
            meta_cell(&as_j002, "issue"),
            Edit::Text(leak("0".repeat(64))),
        )],
    );
    for f in [no_token, guessed] {
        let name = f.display().to_string();
        let r = import(&mut store, &f);
        assert_eq!(r.status, SheetStatus::Rejected, "{name}");
        assert!(
            refused_for(&r.problems[0], SheetRule::NotIssued, None),
            "{name}: {:?}",
            r.problems
        );
    }
    assert!(scores_of(&store, "J002").is_empty(), "nothing is stored as J002's");
    assert!(store.sheet_imports().unwrap().is_empty());
    assert!(store.waiting_sheets().unwrap().is_empty());
}

/// J002's blank sheet as the session would issue it (the forger's template: only its shape).
fn store_blank_for(store: &mut Session, judge: &str) -> ScoreSheet {
    app::blank_sheets(store, "2025-10-08T09:00:00Z")
        .unwrap()
        .into_iter()
        .find(|s| s.meta.judge_id == JudgeId::new(judge))
        .unwrap()
}

#[test]
fn an_intact_sheet_with_its_hmac_zeroed_waits_for_the_chair_with_every_cell_listed() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = assigned_session(dir.path(), "s-zeroed");
    let genuine = filled(&mut store, "J001", 1, 6);
    let file = written(dir.path(), "j001.xlsx", &genuine);
    let zeroed = dir.path().join("zeroed.xlsx");
    resave(
        &file,
        &zeroed,
        &[("_jingpin", meta_cell(&file, "hmac"), Edit::Text(leak("0".repeat(64))))],
    );

    let r = import(&mut store, &zeroed);
    assert_eq!(
        (r.status, r.merge.clone()),
        (SheetStatus::Unverified, Some(SheetMerge::Waiting))
    );
    let cells: usize = genuine
        .categories
        .iter()
        .map(|c| c.lessons.len() * c.rubric.indicators().len())
        .sum();
    assert_eq!(
        r.changes.len(),
        cells,
        "every filled cell is a change against the issued blank sheet"
    );
    assert!(r.changes.iter().all(|c| c.was.is_empty() && c.now == "6"));
    assert!(scores_of(&store, "J001").is_empty(), "its scores do not count yet");

    let waiting = store.waiting_sheets().unwrap();
    assert_eq!(waiting.len(), 1);
    assert_eq!(
        (waiting[0].revision, waiting[0].reason),
        (0, WaitReason::Unconfirmed),
        "the issued revision, not the claimed one"
    );
    assert_eq!(waiting[0].changes, r.changes);
    // the chair confirms such a sheet from a summary per lesson, not cell by cell
    let lessons: usize = genuine.categories.iter().map(|c| c.lessons.len()).sum();
    assert_eq!(waiting[0].lessons.len(), lessons, "one summary line per lesson");
    for l in &waiting[0].lessons {
        let indicators = genuine
            .categories
            .iter()
            .find(|c| c.lessons.iter().any(|x| x.id == l.lesson))
            .map(|c| c.rubric.indicators().len() as u32)
            .unwrap();
        assert_eq!(
            (l.total, l.blank, l.vetoes.len(), l.unscored.as_deref()),
            (Some(Points::whole(6 * indicators)), 0, 0, None),
            "{l:?}"
        );
    }

    let merge = app::confirm_sheet(&mut store, &JudgeId::new("J001"), &SheetPick::default(), &actor()).unwrap();
    assert_eq!(merge, SheetMerge::Added);
    assert!(scores_of(&store, "J001").iter().all(|s| *s == Some(Points::whole(6))));
    assert!(!scores_of(&store, "J001").is_empty());
    let confirmed = store
        .audit_log()
        .unwrap()
        .into_iter()
        .find(|a| a.action == "sheet.confirm")
        .expect("the confirmation is audited");
    assert_eq!(confirmed.who, "组长");
    let new = confirmed.new.unwrap();
    assert!(new.contains(&format!("评分表 {}: — → 6", r.changes[0].cell)), "{new}");
    assert!(store.waiting_sheets().unwrap().is_empty());
    let e = app::confirm_sheet(&mut store, &JudgeId::new("J001"), &SheetPick::default(), &actor()).unwrap_err();
    assert_eq!(e.code().as_str(), "nothing_to_confirm");
}

#[test]
fn a_claimed_revision_99_never_supersedes_the_judges_genuine_sheet() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = assigned_session(dir.path(), "s-rev99");
    let genuine = filled(&mut store, "J001", 1, 6);
    let file = written(dir.path(), "j001.xlsx", &genuine);
    assert_eq!(import(&mut store, &file).merge, Some(SheetMerge::Added));

    let forged = dir.path().join("rev99.xlsx");
    resave(
        &file,
        &forged,
        &[
            ("_jingpin", meta_cell(&file, "revision"), Edit::Text("99")),
            ("评分表", "I4", Edit::Number(2.0)),
        ],
    );
    let r = import(&mut store, &forged);
    assert_eq!(
        (r.status, r.merge.clone()),
        (SheetStatus::Unverified, Some(SheetMerge::Waiting))
    );
    assert!(
        scores_of(&store, "J001").iter().all(|s| *s == Some(Points::whole(6))),
        "the genuine sheet stays current"
    );
    let records = store.sheet_imports().unwrap();
    assert_eq!(
        records
            .iter()
            .map(|s| (s.revision, s.status.code(), s.counts))
            .collect::<Vec<_>>(),
        [(0, "unverified", false), (1, "intact", true)],
        "stored at the revision the session issued, not the one it claims"
    );
    // even confirmed, an unverified sheet does not supersede a verified one
    let merge = app::confirm_sheet(&mut store, &JudgeId::new("J001"), &SheetPick::default(), &actor()).unwrap();
    assert_eq!(merge, SheetMerge::Older { current: 1 });
    assert!(scores_of(&store, "J001").iter().all(|s| *s == Some(Points::whole(6))));

    // the judge's next genuine revision replaces the first
    let next = filled(&mut store, "J001", 2, 7);
    let next_file = written(dir.path(), "j001-2.xlsx", &next);
    assert_eq!(
        import(&mut store, &next_file).merge,
        Some(SheetMerge::Replaced { previous: 1 })
    );
}

#[test]
fn a_sheet_renamed_to_another_judge_is_still_its_own_judges() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = assigned_session(dir.path(), "s-renamed");
    let genuine = filled(&mut store, "J001", 1, 6);
    let file = written(dir.path(), "评分表-J001.xlsx", &genuine);
    let renamed = dir.path().join("评分表-J002-某某.xlsx");
    std::fs::rename(&file, &renamed).unwrap();
    let r = import(&mut store, &renamed);
    assert_eq!(
        (r.status, r.judge.clone()),
        (SheetStatus::Intact, Some(JudgeId::new("J001")))
    );
    assert!(scores_of(&store, "J002").is_empty());
    assert!(!scores_of(&store, "J001").is_empty());

    // the judge name shown in the hidden sheet changed as well: names are never read, ids are
    let renamed_inside = dir.path().join("inside.xlsx");
    resave(
        &renamed,
        &renamed_inside,
        &[("_jingpin", meta_cell(&renamed, "judge_name"), Edit::Text("某某"))],
    );
    let r = import(&mut store, &renamed_inside);
    assert_eq!(
        (r.judge, r.merge),
        (Some(JudgeId::new("J001")), Some(SheetMerge::Duplicate))
    );
}

#[test]
fn a_replayed_old_revision_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = assigned_session(dir.path(), "s-replay");
    let one = filled(&mut store, "J001", 1, 6);
    let one = written(dir.path(), "rev1.xlsx", &one);
    let two = filled(&mut store, "J001", 2, 7);
    let two = written(dir.path(), "rev2.xlsx", &two);
    assert_eq!(import(&mut store, &two).merge, Some(SheetMerge::Added));
    assert_eq!(import(&mut store, &one).merge, Some(SheetMerge::Older { current: 2 }));
    assert_eq!(import(&mut store, &one).merge, Some(SheetMerge::Duplicate));
    // the old revision edited in a spreadsheet program: it waits, and confirmed it is still older
    let edited = dir.path().join("rev1-edited.xlsx");
    resave(&one, &edited, &[("评分表", "I4", Edit::Number(9.0))]);
    let r = import(&mut store, &edited);
    assert_eq!(
        (r.status, r.merge.clone()),
        (SheetStatus::ExternalEdit, Some(SheetMerge::Waiting))
    );
    assert_eq!(r.changes.len(), 1, "{:?}", r.changes);
    let merge = app::confirm_sheet(&mut store, &JudgeId::new("J001"), &SheetPick::default(), &actor()).unwrap();
    assert_eq!(merge, SheetMerge::Older { current: 2 });
    assert!(scores_of(&store, "J001").iter().all(|s| *s == Some(Points::whole(7))));
}

#[test]
fn a_sheet_from_a_copied_session_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = assigned_session(dir.path(), "s-copied");
    app::export_sheets(&mut store, &dir.path().join("out"), &actor()).unwrap();
    let copy_path = dir.path().join("copy.jpsession");
    store.backup(&copy_path, false).unwrap();
    // the copy issues its own sheets later; J001's, filled and signed with the copy's (the same)
    // secret, verifies, but the original never issued it
    let mut copy = Session::open(&copy_path).unwrap();
    let mut later = actor();
    later.at = "2025-10-09T10:00:00Z".parse().unwrap();
    let mut sheet = app::issue_sheets(&mut copy, "2025-10-09T10:00:00Z", Some(&JudgeId::new("J001")), &later)
        .unwrap()
        .pop()
        .unwrap();
    sheet.meta.revision = 1;
    let file = written(dir.path(), "from-copy.xlsx", &sheet);
    let r = import(&mut store, &file);
    assert_eq!(r.status, SheetStatus::Rejected);
    assert!(
        r.problems
            .iter()
            .any(|p| refused_for(p, SheetRule::NotIssued, Some(&sheet.meta.issue))),
        "{:?}",
        r.problems
    );
    // the copy itself accepts it
    assert_eq!(import(&mut copy, &file).status, SheetStatus::Intact);
}

#[test]
fn a_same_revision_conflict_holds_the_judge_until_the_chair_picks_one() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = assigned_session(dir.path(), "s-conflict");
    // the judge's workspace copied to two machines: two different revision-1 sheets
    let a = filled(&mut store, "J001", 1, 6);
    let a = written(dir.path(), "a.xlsx", &a);
    let b = filled(&mut store, "J001", 1, 8);
    let b = written(dir.path(), "b.xlsx", &b);
    assert_eq!(import(&mut store, &a).merge, Some(SheetMerge::Added));
    assert_eq!(import(&mut store, &b).merge, Some(SheetMerge::Conflict { revision: 1 }));
    assert!(scores_of(&store, "J001").is_empty(), "held until the chair decides");
    assert_eq!(store.conflicts().unwrap(), [(JudgeId::new("J001"), 1)]);
    let waiting = store.waiting_sheets().unwrap();
    assert_eq!(waiting.len(), 2);
    assert!(waiting.iter().all(|w| w.reason == WaitReason::Conflict));

    // a third content of the same revision, through the command line: it says the chair must
    // choose, and exits 1
    let third = filled(&mut store, "J001", 1, 7);
    let again = written(dir.path(), "c.xlsx", &third);
    drop(store);
    let db = dir.path().join("s-conflict.jpsession");
    let out = assert_cmd::Command::cargo_bin("jingpin")
        .unwrap()
        .env("JINGPIN_DATA_DIR", dir.path().join("data"))
        .args(["sheets", "import"])
        .arg(&db)
        .arg(&again)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(
        said.contains("J001 has two different sheets of revision 1") && said.contains("sheets confirm"),
        "{said}"
    );
    let mut store = Session::open(&db).unwrap();
    let e = app::confirm_sheet(&mut store, &JudgeId::new("J001"), &SheetPick::default(), &actor()).unwrap_err();
    assert_eq!(e.code().as_str(), "ambiguous_sheet");
    assert!(e.to_string().contains("b.xlsx"), "{e}");
    let pick = SheetPick {
        file: Some("b.xlsx".into()),
        ..SheetPick::default()
    };
    assert_eq!(
        app::confirm_sheet(&mut store, &JudgeId::new("J001"), &pick, &actor()).unwrap(),
        SheetMerge::Added
    );
    assert!(scores_of(&store, "J001")
        .iter()
        .all(|s| *s == Some(Points::whole(8).min(*s.as_ref().unwrap()))));
    assert!(scores_of(&store, "J001").contains(&Some(Points::whole(8))));
    assert!(store.conflicts().unwrap().is_empty());

    // an edit of the chosen sheet, confirmed, takes over from it: the latest confirmation settles
    let edited = dir.path().join("b-edited.xlsx");
    resave(&b, &edited, &[("评分表", "I4", Edit::Number(3.0))]);
    assert_eq!(import(&mut store, &edited).merge, Some(SheetMerge::Waiting));
    assert_eq!(
        app::confirm_sheet(&mut store, &JudgeId::new("J001"), &SheetPick::default(), &actor()).unwrap(),
        SheetMerge::Replaced { previous: 1 }
    );
    assert!(scores_of(&store, "J001").contains(&Some(Points::whole(3))));
}

#[test]
fn confirm_edits_confirms_every_edit_of_the_import_each_audited() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = assigned_session(dir.path(), "s-confirm-all");
    let mut files = Vec::new();
    for judge in ["J001", "J002"] {
        let s = filled(&mut store, judge, 1, 6);
        let f = written(dir.path(), &format!("{judge}.xlsx"), &s);
        let edited = dir.path().join(format!("{judge}-edited.xlsx"));
        resave(&f, &edited, &[("评分表", "I4", Edit::Number(4.0))]);
        files.push(edited);
    }
    let reports = app::import_sheets(&mut store, &files, true, &actor()).unwrap();
    assert!(reports
        .iter()
        .all(|r| r.status == SheetStatus::ExternalEdit && r.merge == Some(SheetMerge::Added)));
    assert!(store.waiting_sheets().unwrap().is_empty());
    assert!(scores_of(&store, "J002").contains(&Some(Points::whole(4))));
    let confirmations: Vec<String> = store
        .audit_log()
        .unwrap()
        .into_iter()
        .filter(|a| a.action == "sheet.confirm")
        .map(|a| a.new.unwrap())
        .collect();
    assert_eq!(confirmations.len(), 2);
    assert!(
        confirmations.iter().all(|c| c.contains("评分表 I4: 6 → 4")),
        "{confirmations:?}"
    );
}

#[test]
fn the_cli_lists_waiting_sheets_and_the_chair_confirms_them() {
    use assert_cmd::Command;
    let dir = tempfile::tempdir().unwrap();
    let (db, edited, zeroed) = {
        let mut store = assigned_session(dir.path(), "s-cli");
        let j1 = written(dir.path(), "j1.xlsx", &filled(&mut store, "J001", 1, 6));
        let j2 = written(dir.path(), "j2.xlsx", &filled(&mut store, "J002", 1, 6));
        let edited = dir.path().join("评分表-J001-改.xlsx");
        resave(&j1, &edited, &[("评分表", "I4", Edit::Number(5.0))]);
        let zeroed = dir.path().join("评分表-J002-零.xlsx");
        resave(
            &j2,
            &zeroed,
            &[("_jingpin", meta_cell(&j2, "hmac"), Edit::Text(leak("0".repeat(64))))],
        );
        (dir.path().join("s-cli.jpsession"), edited, zeroed)
    };
    let run = |args: &[&str]| {
        Command::cargo_bin("jingpin")
            .unwrap()
            .env("JINGPIN_DATA_DIR", dir.path().join("data"))
            .env("JINGPIN_USER", "组长甲")
            .args(args)
            .output()
            .unwrap()
    };
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    let db = db.to_str().unwrap();
    let out = run(&["sheets", "import", db, edited.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "waiting sheets make the exit code 1");
    let stdout = text(&out.stdout);
    assert!(stdout.contains("J001 external_edit waiting"), "{stdout}");
    assert!(stdout.contains("changed 评分表 I4: `6` → `5`"), "{stdout}");
    assert!(stdout.contains("sheets confirm"), "{stdout}");

    let out = run(&["sheets", "waiting", db]);
    assert!(
        text(&out.stdout).contains("J001 revision 1 external_edit unconfirmed"),
        "{}",
        text(&out.stdout)
    );
    let out = run(&["sheets", "confirm", db, "J001"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("J001: confirmed, added"),
        "{}",
        text(&out.stdout)
    );
    let out = run(&["sheets", "confirm", db, "J001"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("no sheet of judge J001 waits for confirmation"),
        "{}",
        text(&out.stderr)
    );

    let out = run(&["sheets", "import", "--confirm-edits", db, zeroed.to_str().unwrap()]);
    assert!(out.status.success(), "{}{}", text(&out.stdout), text(&out.stderr));
    assert!(
        text(&out.stdout).contains("J002 unverified added"),
        "{}",
        text(&out.stdout)
    );
    let store = Session::open(Path::new(db)).unwrap();
    let who: Vec<String> = store
        .audit_log()
        .unwrap()
        .into_iter()
        .filter(|a| a.action == "sheet.confirm")
        .map(|a| a.who)
        .collect();
    assert_eq!(who, ["组长甲", "组长甲"]);
}
