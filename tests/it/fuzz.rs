//! Every reader meets arbitrary bytes and damaged copies of valid files: it answers with an error
//! or a result, never a panic, and a refused import writes nothing.

use std::path::Path;

use jingpin::session;
use jingpin::settings::Settings;
use jingpin::sheet::read::check;
use jingpin::store::{Actor, Store};
use jingpin::Library;
use proptest::prelude::*;

use crate::fixture;

fn actor() -> Actor {
    Actor {
        who: "fuzz".into(),
        at: "2025-09-01T08:00:00Z".parse().unwrap(),
    }
}

/// A valid file with `flips` bytes changed (positions and values from the strategy).
fn damaged(src: &Path, dst: &Path, flips: &[(usize, u8)]) {
    let mut bytes = std::fs::read(src).unwrap();
    for (at, v) in flips {
        let n = bytes.len();
        bytes[at % n] ^= v | 1;
    }
    std::fs::write(dst, bytes).unwrap();
}

fn session_in(dir: &Path) -> Store {
    let lib = Library::builtin();
    let settings = Settings::default_for("模糊测试", 2025, &lib).unwrap();
    session::create(&dir.join("s.jpsession"), &settings, &lib, "uid-fuzz", &actor()).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Rosters and judge lists: random bytes under every extension, and damaged real workbooks.
    #[test]
    fn roster_and_judge_readers_never_panic_and_a_refusal_writes_nothing(
        bytes in proptest::collection::vec(any::<u8>(), 0..2048),
        ext in prop::sample::select(vec!["xlsx", "xls", "ods", "csv"]),
        flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..8),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = session_in(dir.path());
        let random = dir.path().join(format!("random.{ext}"));
        std::fs::write(&random, &bytes).unwrap();
        let broken = dir.path().join("roster.xlsx");
        damaged(&fixture("roster-nanjing.xlsx"), &broken, &flips);
        let judges = dir.path().join("judges.xlsx");
        damaged(&fixture("judges-nanjing.xlsx"), &judges, &flips);
        for f in [&random, &broken] {
            let before = store.lessons().unwrap().len();
            if session::import_roster(&mut store, f, None, &actor()).is_err() {
                prop_assert_eq!(store.lessons().unwrap().len(), before, "a refused import writes nothing");
            }
        }
        for f in [&random, &judges] {
            let before = store.judges().unwrap().len();
            if session::import_judges(&mut store, f, &actor()).is_err() {
                prop_assert_eq!(store.judges().unwrap().len(), before);
            }
        }
        // rubric sheets
        let rubric = dir.path().join("rubric.xlsx");
        damaged(&fixture("rubric-reading-sample.xlsx"), &rubric, &flips);
        let options = jingpin::import::RubricSheetOptions::new(2025, jingpin::Category::Reading);
        let _ = jingpin::library::import_user_rubric(&rubric, &options, &dir.path().join("user-rubrics"));
        let _ = jingpin::library::import_user_rubric(&random, &options, &dir.path().join("user-rubrics"));
    }

    /// Score sheets: damaged copies of a real one are read to a status, never a panic.
    #[test]
    fn the_score_sheet_reader_never_panics(flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..8)) {
        let dir = tempfile::tempdir().unwrap();
        let sheets = sheets_once();
        let broken = dir.path().join("sheet.xlsx");
        damaged(&sheets, &broken, &flips);
        let _ = check(&broken, None);
    }

    /// Session files: a damaged copy is opened or refused, never a panic.
    #[test]
    fn a_damaged_session_file_is_refused_not_a_panic(flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..16)) {
        let dir = tempfile::tempdir().unwrap();
        let store = session_in(dir.path());
        let copy = dir.path().join("copy.jpsession");
        store.backup(&copy).unwrap();
        let broken = dir.path().join("broken.jpsession");
        damaged(&copy, &broken, &flips);
        if let Ok(s) = Store::open(&broken) {
            let _ = s.lessons();
            let _ = s.settings();
            let _ = s.audit_log();
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    /// A judge's workspace damaged on disk is reopened or refused, never a panic.
    #[test]
    fn a_damaged_workspace_is_refused_not_a_panic(flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..16)) {
        let dir = tempfile::tempdir().unwrap();
        let sheet = sheets_once();
        let read = check(&sheet, None).unwrap().sheet.unwrap();
        let (ws, _) = jingpin::store::workspace::Workspace::open_or_create(&dir.path().join("a"), &read).unwrap();
        let path = jingpin::store::workspace::path_for(&dir.path().join("a"), &read.meta);
        drop(ws);
        let target = dir.path().join("b");
        std::fs::create_dir_all(&target).unwrap();
        damaged(&path, &jingpin::store::workspace::path_for(&target, &read.meta), &flips);
        if let Ok((ws, _)) = jingpin::store::workspace::Workspace::open_or_create(&target, &read) {
            let _ = ws.sheet();
            let _ = jingpin::judge_mode::JudgeView::of(&ws);
        }
    }
}

/// One real score sheet, written once for all cases.
fn sheets_once() -> std::path::PathBuf {
    static SHEET: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();
    SHEET
        .get_or_init(|| {
            let dir = std::env::temp_dir().join(format!("jingpin-fuzz-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).unwrap();
            let mut store = session_in(&dir);
            session::import_roster(&mut store, &fixture("roster-nanjing.xlsx"), None, &actor()).unwrap();
            session::import_judges(&mut store, &fixture("judges-nanjing.xlsx"), &actor()).unwrap();
            session::run_assignment(&mut store, &actor()).unwrap();
            session::export_sheets(&mut store, &dir.join("out"), &actor()).unwrap()[0].clone()
        })
        .clone()
}
