//! The rubric and quota library: the built-in files, the user's own, and refused imports.

use jingpin::import::RubricSheetOptions;
use jingpin::library::{import_user_rubric, Library};
use jingpin::{Category, Origin, ProblemKind};

use crate::{fixture, repo};

#[test]
fn the_builtin_library_has_the_three_2024_rubrics_and_two_quota_tables() {
    let lib = Library::builtin();
    let ids: Vec<&str> = lib.rubrics.iter().map(|e| e.item.id().as_str()).collect();
    assert_eq!(ids, ["2024-学科课程", "2024-特殊教育", "2024-实验教学"]);
    let quotas: Vec<&str> = lib.quotas.iter().map(|e| e.item.id()).collect();
    assert_eq!(quotas, ["2024-national", "2023-jiangsu"]);
    assert!(lib.problems.is_empty());
}

#[test]
fn user_files_extend_and_override_the_builtin_ones() {
    let dir = tempfile::tempdir().unwrap();
    let rubrics = dir.path().join("rubrics");
    std::fs::create_dir_all(&rubrics).unwrap();
    // an override of a built-in id, a new rubric, and a broken file
    let subject = std::fs::read_to_string(repo("rubrics/2024-subject.toml")).unwrap();
    std::fs::write(
        rubrics.join("override.toml"),
        subject.replace("2024年精品课评价指标（学科课程）", "本地修订版"),
    )
    .unwrap();
    let options = RubricSheetOptions::new(2025, Category::Reading);
    let (imported, saved) = import_user_rubric(&fixture("rubric-reading-sample.xlsx"), &options, &rubrics).unwrap();
    assert!(saved.starts_with(&rubrics));
    std::fs::copy(fixture("bad/duplicate-id.toml"), rubrics.join("broken.toml")).unwrap();

    let lib = Library::load(&rubrics, &dir.path().join("quotas"));
    assert_eq!(
        lib.rubrics.len(),
        4,
        "three built-in (one overridden) plus the imported one"
    );
    assert_eq!(lib.rubrics[0].item.id(), imported.id(), "newest year first");
    let subject = lib.rubric("2024-学科课程").unwrap();
    assert_eq!(subject.title(), "本地修订版");
    assert!(lib
        .rubrics
        .iter()
        .any(|e| matches!(&e.origin, Origin::User { .. }) && e.item.title() == "本地修订版"));
    assert!(lib
        .problems
        .iter()
        .any(|p| matches!(&p.kind, ProblemKind::Overrides { id } if id == "2024-学科课程")));
    assert!(
        lib.problems
            .iter()
            .any(|p| matches!(p.kind, ProblemKind::DuplicateId { .. })
                && p.location.file.as_deref() == Some(rubrics.join("broken.toml").as_path())),
        "the broken user file is reported, not silently dropped: {:?}",
        lib.problems
    );
}

#[test]
fn an_invalid_import_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let options = RubricSheetOptions::new(2025, Category::Reading);
    let e = import_user_rubric(&fixture("bad/rubric-text-weight.xlsx"), &options, dir.path()).unwrap_err();
    assert_eq!(e.code().as_str(), "invalid");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "nothing half-written"
    );
}

/// A score sheet carries the whole rubric in one hidden cell: a rubric longer than a cell holds
/// is refused when it is read (naming the file, or the row of a rubric spreadsheet), never later
/// by every sheet export.
#[test]
fn a_rubric_longer_than_a_cell_is_refused_where_it_comes_in() {
    let builtin = std::fs::read_to_string(crate::repo("rubrics/2024-subject.toml")).unwrap();
    let long = "很".repeat(40_000);
    let toml = builtin.replacen(
        "description = \"落实立德树人",
        &format!("description = \"{long}落实立德树人"),
        1,
    );
    let e = jingpin::Rubric::from_toml(&toml, std::path::Path::new("长.toml")).unwrap_err();
    assert!(
        e.problems.iter().any(
            |p| matches!(&p.kind, jingpin::ProblemKind::TooLong { field, max: 32_767, .. } if field == "评分标准全文")
                && p.location.file.as_ref().is_some_and(|f| f.ends_with("长.toml"))
        ),
        "{e:?}"
    );

    // a rubric spreadsheet: no cell can exceed the limit, but descriptions of 9,000 characters
    // together do; the file is named and nothing is saved
    let dir = tempfile::tempdir().unwrap();
    let src = fixture("rubric-reading-sample.xlsx");
    let mut wb = calamine::open_workbook_auto(&src).unwrap();
    use calamine::Reader;
    let name = wb.sheet_names()[0].clone();
    let range = wb.worksheet_range(&name).unwrap();
    let mut out = rust_xlsxwriter::Workbook::new();
    let ws = out.add_worksheet();
    let header = range
        .rows()
        .position(|r| r.iter().any(|c| *c == "指标描述"))
        .expect("the sample has a 指标描述 column");
    let col = range
        .rows()
        .nth(header)
        .unwrap()
        .iter()
        .position(|c| *c == "指标描述")
        .unwrap();
    for (r, row) in range.rows().enumerate() {
        for (c, v) in row.iter().enumerate() {
            let text = if r > header && c == col {
                "长".repeat(9_000)
            } else {
                v.to_string()
            };
            match v {
                calamine::Data::Float(f) if !(r > header && c == col) => {
                    ws.write_number(r as u32, c as u16, *f).map(|_| ())
                }
                calamine::Data::Int(i) => ws.write_number(r as u32, c as u16, *i as f64).map(|_| ()),
                _ => ws.write_string(r as u32, c as u16, &text).map(|_| ()),
            }
            .unwrap();
        }
    }
    let file = dir.path().join("长描述.xlsx");
    out.save(&file).unwrap();
    let saved = dir.path().join("saved");
    let options = RubricSheetOptions::new(2025, Category::Reading);
    let e = import_user_rubric(&file, &options, &saved).unwrap_err();
    let p = e
        .problems()
        .iter()
        .find(|p| matches!(&p.kind, jingpin::ProblemKind::TooLong { field, .. } if field == "评分标准全文"))
        .unwrap_or_else(|| panic!("{e}"));
    assert!(
        p.location.file.as_ref().is_some_and(|f| f.ends_with("长描述.xlsx")),
        "{p}"
    );
    assert!(
        !saved.exists() || std::fs::read_dir(&saved).unwrap().count() == 0,
        "nothing saved"
    );
}

#[test]
fn a_file_written_piece_by_piece_replaces_the_old_one_only_when_complete() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("评审结果.xlsx");
    std::fs::write(&path, b"the old results").unwrap();
    // a writer that fails half way: the old file stays whole and nothing is left beside it
    let failed = jingpin::library::write_atomically_with(&path, |file| {
        file.write_all(b"half of the new").unwrap();
        Err(jingpin::error::Error::from(jingpin::error::ErrorKind::Cancelled))
    });
    assert!(failed.is_err());
    assert_eq!(std::fs::read(&path).unwrap(), b"the old results");
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "no temporary file is left: {names:?}");
    // written in pieces larger than the buffer: all of it lands
    let big: Vec<u8> = (0..300_000u32).map(|i| (i % 251) as u8).collect();
    jingpin::library::write_atomically_with(&path, |file| {
        for piece in big.chunks(7_000) {
            file.write_all(piece).unwrap();
        }
        Ok(())
    })
    .unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), big);
}
