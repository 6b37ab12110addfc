//! Every reader meets arbitrary bytes and damaged copies of valid files: it answers with an error
//! or a result, never a panic, and a refused import writes nothing.

use std::path::Path;

use jingpin::app;
use jingpin::app::{Actor, Session};
use jingpin::settings::Settings;
use jingpin::sheet::read::check;
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

fn session_in(dir: &Path) -> Session {
    let lib = Library::builtin();
    let settings = Settings::default_for("模糊测试", 2025, &lib).unwrap();
    app::create(&dir.join("s.jpsession"), &settings, &lib, "uid-fuzz", &actor()).unwrap()
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
            if app::import_roster(&mut store, f, None, &actor()).is_err() {
                prop_assert_eq!(store.lessons().unwrap().len(), before, "a refused import writes nothing");
            }
        }
        for f in [&random, &judges] {
            let before = store.judges().unwrap().len();
            if app::import_judges(&mut store, f, &actor()).is_err() {
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
        store.backup(&copy, false).unwrap();
        let broken = dir.path().join("broken.jpsession");
        damaged(&copy, &broken, &flips);
        if let Ok(s) = Session::open(&broken) {
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
        let (ws, _) = jingpin::app::workspace::Workspace::open_or_create(&dir.path().join("a"), &read).unwrap();
        let path = jingpin::app::workspace::path_for(&dir.path().join("a"), &read.meta);
        drop(ws);
        let target = dir.path().join("b");
        std::fs::create_dir_all(&target).unwrap();
        damaged(&path, &jingpin::app::workspace::path_for(&target, &read.meta), &flips);
        if let Ok((ws, _)) = jingpin::app::workspace::Workspace::open_or_create(&target, &read) {
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
            app::import_roster(&mut store, &fixture("roster-nanjing.xlsx"), None, &actor()).unwrap();
            app::import_judges(&mut store, &fixture("judges-nanjing.xlsx"), &actor()).unwrap();
            app::run_assignment(&mut store, &actor()).unwrap();
            app::export_sheets(&mut store, &dir.join("out"), &actor()).unwrap()[0].clone()
        })
        .clone()
}

/// `src` (an xlsx: a zip) with its first worksheet's XML changed by `edit`, written to `dst`.
fn with_first_sheet(src: &Path, dst: &Path, edit: impl Fn(&str) -> String) {
    use std::io::{Read, Write};
    let mut zin = zip::ZipArchive::new(std::fs::File::open(src).unwrap()).unwrap();
    let mut zout = zip::ZipWriter::new(std::fs::File::create(dst).unwrap());
    let mut edited = false;
    for i in 0..zin.len() {
        let mut part = zin.by_index(i).unwrap();
        let name = part.name().unwrap().into_owned();
        let mut data = Vec::new();
        part.read_to_end(&mut data).unwrap();
        if name == "xl/worksheets/sheet1.xml" {
            data = edit(std::str::from_utf8(&data).unwrap()).into_bytes();
            edited = true;
        }
        zout.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
        zout.write_all(&data).unwrap();
    }
    zout.finish().unwrap();
    assert!(edited, "{} has a first worksheet", src.display());
}

/// The cell references of a worksheet's XML, in order.
fn cell_refs(xml: &str) -> Vec<&str> {
    xml.match_indices("<c r=\"")
        .map(|(at, m)| {
            let rest = &xml[at + m.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect()
}

/// A session and a copy of the Nanjing judge list (`评委名单.xlsx`) with its sheet's XML edited.
fn judges_edited(dir: &Path, edit: impl Fn(&str) -> String) -> (Session, std::path::PathBuf) {
    let file = dir.join("评委名单.xlsx");
    with_first_sheet(&fixture("judges-nanjing.xlsx"), &file, edit);
    (session_in(dir), file)
}

/// A judge list with one stray value in the sheet's far corner (XFD1048576, where Ctrl+End lands
/// after someone typed there) is an ordinary file: its judges import, quickly and in little
/// memory (the reader used to lay the sheet out as a rectangle of 17 billion cells, and the
/// import ran out of memory).
#[test]
fn a_stray_value_in_the_sheets_far_corner_imports_like_any_file() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, file) = judges_edited(dir.path(), |xml| {
        xml.replace(
            "</sheetData>",
            r#"<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>"#,
        )
    });
    let plain = dir.path().join("plain");
    std::fs::create_dir_all(&plain).unwrap();
    let mut other = session_in(&plain);
    app::import_judges(&mut other, &fixture("judges-nanjing.xlsx"), &actor()).unwrap();
    app::import_judges(&mut store, &file, &actor()).unwrap();
    // the same judges from the same rows (only the file's path differs)
    let seen = |s: &Session| -> Vec<_> {
        s.judges()
            .unwrap()
            .into_iter()
            .map(|j| (j.id, j.fields, j.source.sheet, j.source.row))
            .collect()
    };
    assert_eq!(seen(&store), seen(&other));
    assert_eq!(seen(&store).len(), 12);
}

/// A cell past the last one a worksheet can have (only a damaged file has one), in a judge list
/// and in a returned score sheet: the file is refused as damaged, named, and nothing is stored.
#[test]
fn a_cell_past_the_sheets_last_cell_is_a_damaged_file_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, file) = judges_edited(dir.path(), |xml| {
        let last = *cell_refs(xml).last().unwrap();
        let col: String = last.chars().take_while(char::is_ascii_alphabetic).collect();
        xml.replace(&format!("<c r=\"{last}\""), &format!("<c r=\"{col}4000000000\""))
    });
    let e = app::import_judges(&mut store, &file, &actor()).unwrap_err();
    assert!(matches!(e.kind, jingpin::ErrorKind::Spreadsheet { .. }), "{e}");
    // the reader's reason is the cause, said once after the file (as the CLI prints it)
    let said = e.with_causes();
    assert!(
        said.contains("评委名单.xlsx") && said.contains("row 4000000000"),
        "{said}"
    );
    assert!(store.judges().unwrap().is_empty(), "nothing stored");

    let sheet = dir.path().join("评分表.xlsx");
    with_first_sheet(&sheets_once(), &sheet, |xml| {
        let last = *cell_refs(xml).last().unwrap();
        xml.replace(&format!("<c r=\"{last}\""), "<c r=\"XFE1\"")
    });
    let e = check(&sheet, None).unwrap_err();
    assert!(matches!(e.kind, jingpin::ErrorKind::Spreadsheet { .. }), "{e}");
    assert!(e.with_causes().contains("column 16385"), "{e}");
    // an import refuses it as `sheets check` does, with the same reason (it said only "unreadable")
    let refused = jingpin::sheet::read::unreadable(&sheet, Some(&e));
    assert!(
        refused.problems[0].value.starts_with("评分表.xlsx — ") && refused.problems[0].value.contains("column 16385"),
        "{:?}",
        refused.problems
    );
}

/// A cell reference with more letters than any column has overflows the reader's own arithmetic
/// (calamine 0.38 panics in a debug build, as a fuzz run found): the file is a read error named
/// like any other, in the import and in the score-sheet check, never a panic.
#[test]
fn a_reference_that_stops_the_reader_is_a_read_error() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = session_in(dir.path());
    let mangle = |xml: &str| {
        let first = *cell_refs(xml).first().unwrap();
        xml.replacen(&format!("<c r=\"{first}\""), "<c r=\"AAAAAAAAAAAAAAAAAAAA1\"", 1)
    };
    let file = dir.path().join("roster.xlsx");
    with_first_sheet(&fixture("roster-nanjing.xlsx"), &file, mangle);
    let e = app::import_roster(&mut store, &file, None, &actor()).unwrap_err();
    assert!(matches!(e.kind, jingpin::ErrorKind::Spreadsheet { .. }), "{e}");
    assert!(e.to_string().contains("roster.xlsx"), "{e}");
    assert!(store.lessons().unwrap().is_empty(), "nothing stored");
    let sheet = dir.path().join("sheet.xlsx");
    with_first_sheet(&sheets_once(), &sheet, mangle);
    let e = check(&sheet, None).unwrap_err();
    assert!(matches!(e.kind, jingpin::ErrorKind::Spreadsheet { .. }), "{e}");
}
