//! The store's own merges, below the application layer: rosters merged lesson by lesson and
//! returned sheets merged by revision (idempotent, order-independent, conflicts kept).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use proptest::prelude::*;

use super::{Actor, ImportedSheet, Store};
use crate::app;
use crate::category::Category;
use crate::error::Location;
use crate::judges::JudgeId;
use crate::library::Library;
use crate::points::Points;
use crate::roster::{Lesson, LessonFields, LessonId};
use crate::scores::LessonScores;
use crate::settings::Settings;

fn actor() -> Actor {
    Actor {
        who: "组长".into(),
        at: "2025-10-08T09:00:00Z".parse().unwrap(),
    }
}

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn new_session(dir: &Path) -> (PathBuf, Store) {
    let lib = Library::builtin();
    let settings = Settings::default_for("测试评审", 2025, &lib).unwrap();
    let path = dir.join("s.jpsession");
    let session = app::create(&path, &settings, &lib, "uid-1", &actor()).unwrap();
    (path, session.store)
}

/// A session with the Nanjing roster and judges, assigned.
fn assigned_session(dir: &Path, uid: &str) -> Store {
    let lib = Library::builtin();
    let mut settings = Settings::default_for("南京市级遴选", 2025, &lib).unwrap();
    settings.rules.recuse_same_region = Some(false);
    let mut session = app::create(&dir.join(format!("{uid}.jpsession")), &settings, &lib, uid, &actor()).unwrap();
    app::import_roster(&mut session, &fixture("roster-nanjing.xlsx"), None, &actor()).unwrap();
    app::import_judges(&mut session, &fixture("judges-nanjing.xlsx"), &actor()).unwrap();
    app::run_assignment(&mut session, &actor()).unwrap();
    session.store
}

fn lesson(i: usize, school: u8, region: u8, stage: u8) -> Lesson {
    Lesson {
        id: LessonId::from_seq(i as u32 + 1),
        fields: LessonFields {
            category: Category::Subject,
            region: format!("区{region}"),
            stage: ["小学", "初中", "高中"][stage as usize % 3].into(),
            subject: "数学".into(),
            grade: String::new(),
            edition: String::new(),
            node: format!("{i}"),
            title: format!("课{i}"),
            teachers: vec![format!("师{i}")],
            school: format!("学校{school}"),
            origin: String::new(),
        },
        source: Location::default(),
        warnings: Vec::new(),
    }
}

#[test]
fn merging_a_roster_returns_exactly_what_is_stored() {
    use crate::roster::{warnings, WarningRules};
    let dir = tempfile::tempdir().unwrap();
    let (_, mut store) = new_session(dir.path());
    let rules = WarningRules {
        one_per_node: true,
        ..WarningRules::default()
    };
    let at = |row: u32| Location {
        row: Some(row),
        ..Location::default()
    };
    let mut first: Vec<(LessonFields, Location)> =
        (0..4).map(|i| (lesson(i, 1, 1, 0).fields, at(i as u32 + 2))).collect();
    first[3].0.node = first[2].0.node.clone(); // the same node twice: both warned
    let (merged, roster) = store
        .merge_lessons(&first, |all| warnings(all, &rules), &actor())
        .unwrap();
    assert_eq!(merged.added, 4);
    assert_eq!(roster, store.lessons().unwrap());
    assert!(!roster[3].warnings.is_empty());

    // unchanged, updated (same key, another school: the node clash goes away), and added
    let mut second = first.clone();
    second[3].0.node = "other".into();
    second[1].0.school = "另一所学校".into();
    second[1].1 = at(9);
    second.push((lesson(7, 2, 2, 1).fields, at(6)));
    second.swap(0, 4); // a new lesson first: new lessons still come last, in seq order
    let (merged, roster) = store
        .merge_lessons(&second, |all| warnings(all, &rules), &actor())
        .unwrap();
    assert_eq!(
        (merged.added, merged.updated, merged.unchanged),
        (2, 1, 2),
        "the changed node is a new key"
    );
    assert_eq!(roster, store.lessons().unwrap());
    assert_eq!(roster[1].fields.school, "另一所学校");
    assert_eq!(roster[1].source.row, Some(9));
}

/// A region re-sending a lesson with its title corrected updates that lesson (same node, teachers
/// and school), audited old → new, instead of adding a second, unscored copy beside it.
#[test]
fn a_corrected_title_updates_the_lesson_instead_of_adding_one() {
    let dir = tempfile::tempdir().unwrap();
    let lib = Library::builtin();
    let settings = Settings::default_for("测试评审", 2025, &lib).unwrap();
    let mut session = app::create(&dir.path().join("s.jpsession"), &settings, &lib, "uid-1", &actor()).unwrap();
    let first = app::import_roster(&mut session, &fixture("roster-nanjing.xlsx"), None, &actor()).unwrap();
    let mut store = session.store;
    let before = store.lessons().unwrap();
    let lesson = before.iter().find(|l| !l.fields.node.is_empty()).unwrap().clone();
    let mut fields = lesson.fields.clone();
    fields.title = format!("{}（修订）", fields.title);
    let (merged, _) = store
        .merge_lessons(
            &[(fields, Location::default())],
            |_| vec![Vec::new(); before.len()],
            &actor(),
        )
        .unwrap();
    assert_eq!((merged.added, merged.updated), (0, 1), "an update, not an add");
    let after = store.lessons().unwrap();
    assert_eq!(after.len(), before.len());
    assert!(after
        .iter()
        .any(|l| l.id == lesson.id && l.fields.title.ends_with("（修订）")));
    assert!(store
        .audit_log()
        .unwrap()
        .iter()
        .any(|a| a.action == "lesson.update" && a.target == lesson.id.as_str()));
    assert!(first.merged.added > 0);
}

/// A sheet: (judge index, revision, a seed for its scores).
fn imported(judges: &[JudgeId], lessons: &[LessonId], (j, rev, seed): (usize, u32, u32)) -> ImportedSheet {
    let mut scores = BTreeMap::new();
    for (k, l) in lessons.iter().enumerate() {
        let mut s = LessonScores::blank(8);
        s.scores = (0..8)
            .map(|i| Some(Points::whole((seed + k as u32 + i) % 10)))
            .collect();
        scores.insert(l.clone(), s);
    }
    ImportedSheet {
        judge: judges[j].clone(),
        revision: rev,
        status: crate::sheet::read::SheetStatus::Intact,
        file: format!("{j}-{rev}-{seed}.xlsx"),
        scores,
        changes: vec![],
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]
    #[test]
    fn merging_is_idempotent_and_order_independent(
        sheets in prop::collection::vec((0usize..3, 0u32..3, 0u32..2), 1..8),
        shuffle in prop::collection::vec(any::<u32>(), 8),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let mut a = assigned_session(dir.path(), "m-a");
        let mut b = assigned_session(dir.path(), "m-b");
        let judges: Vec<JudgeId> = (1..=3).map(JudgeId::from_seq).collect();
        let lessons: Vec<LessonId> = a.lessons().unwrap().iter().take(2).map(|l| l.id.clone()).collect();
        let list: Vec<ImportedSheet> = sheets.iter().map(|s| imported(&judges, &lessons, *s)).collect();
        for s in &list {
            a.import_sheet(s, &actor()).unwrap();
        }
        // another order, with every sheet imported twice
        let mut order: Vec<usize> = (0..list.len()).chain(0..list.len()).collect();
        order.sort_by_key(|i| (shuffle[i % shuffle.len()].wrapping_mul(*i as u32 + 7), *i));
        for i in order {
            b.import_sheet(&list[i], &actor()).unwrap();
        }
        prop_assert_eq!(a.judgements().unwrap(), b.judgements().unwrap());
        prop_assert_eq!(a.conflicts().unwrap(), b.conflicts().unwrap());
        let strip = |v: Vec<crate::app::SheetRecord>| v.into_iter().map(|r| (r.judge, r.revision, r.content_hash)).collect::<Vec<_>>();
        prop_assert_eq!(strip(a.sheet_imports().unwrap()), strip(b.sheet_imports().unwrap()));
        // a judge's current scores come from their highest revision, unless it is in conflict
        for j in &judges {
            let top = sheets.iter().filter(|s| judges[s.0] == *j).map(|s| s.1).max();
            let contents: std::collections::BTreeSet<u32> = sheets.iter().filter(|s| judges[s.0] == *j && Some(s.1) == top).map(|s| s.2).collect();
            let has = a.judgements().unwrap().keys().any(|(jj, _)| jj == j);
            prop_assert_eq!(has, top.is_some() && contents.len() == 1);
        }
    }
}

#[test]
fn a_higher_revision_replaces_and_the_same_revision_with_other_content_conflicts() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = assigned_session(dir.path(), "m-c");
    let judges: Vec<JudgeId> = (1..=3).map(JudgeId::from_seq).collect();
    let lessons: Vec<LessonId> = s.lessons().unwrap().iter().take(1).map(|l| l.id.clone()).collect();
    use crate::app::SheetMerge;
    assert_eq!(
        s.import_sheet(&imported(&judges, &lessons, (0, 1, 0)), &actor())
            .unwrap(),
        SheetMerge::Added
    );
    assert_eq!(
        s.import_sheet(&imported(&judges, &lessons, (0, 1, 0)), &actor())
            .unwrap(),
        SheetMerge::Duplicate
    );
    assert_eq!(
        s.import_sheet(&imported(&judges, &lessons, (0, 2, 1)), &actor())
            .unwrap(),
        SheetMerge::Replaced { previous: 1 }
    );
    assert_eq!(
        s.import_sheet(&imported(&judges, &lessons, (0, 2, 0)), &actor())
            .unwrap(),
        SheetMerge::Conflict { revision: 2 }
    );
    assert_eq!(s.conflicts().unwrap(), vec![(judges[0].clone(), 2)]);
    assert!(
        s.judgements().unwrap().is_empty(),
        "a conflict is not silently resolved"
    );
    let log = s.audit_log().unwrap();
    assert!(log
        .iter()
        .any(|e| e.action == "judgement.replace" && e.old.as_deref() == Some("revision 1")));
    assert_eq!(
        log.iter().filter(|e| e.action == "sheet.import").count(),
        3,
        "the audit log keeps every sheet"
    );
}
