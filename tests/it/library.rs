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
    assert_eq!(e.code(), "invalid");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "nothing half-written"
    );
}
