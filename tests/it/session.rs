//! A session's life: settings, roster, judges, assignment, scores, decisions, results.

use std::path::{Path, PathBuf};

use jingpin::app;
use jingpin::app::{Actor, Session};
use jingpin::assign::{self, AssignRules, RecusalReason};
use jingpin::judges::{Judge, JudgeFields, JudgeId, Panel};
use jingpin::roster::{Lesson, LessonFields, LessonId};
use jingpin::settings::{AssignmentMode, Settings};
use jingpin::{Category, ErrorKind, Library, Location, ProblemKind};

use crate::{fixture, repo};

fn actor() -> Actor {
    Actor {
        who: "tester".into(),
        at: "2025-09-01T08:00:00Z".parse().unwrap(),
    }
}

fn new_session(dir: &Path) -> (PathBuf, Session) {
    let lib = Library::builtin();
    let settings = Settings::default_for("测试评审", 2025, &lib).unwrap();
    let path = dir.join("s.jpsession");
    let store = app::create(&path, &settings, &lib, "uid-1", &actor()).unwrap();
    (path, store)
}

#[test]
fn the_example_settings_resolve_guangdongs_quotas_from_the_national_table() {
    let path = repo("examples/session.toml");
    let s = Settings::from_toml(&std::fs::read_to_string(&path).unwrap(), &path, &Library::builtin()).unwrap();
    let q: Vec<(Category, u32)> = s.categories.iter().map(|c| (c.category, c.quota)).collect();
    assert_eq!(
        q,
        [
            (Category::Subject, 700),
            (Category::Experiment, 175),
            (Category::SpecialEducation, 35)
        ]
    );
    assert_eq!(
        s.rules.subject_caps[0].max_percent, 80,
        "the notice's 80% cap is the default"
    );
    assert!(s.rules.one_per_node);
    let again = Settings::from_toml(&s.to_toml(), Path::new("x.toml"), &Library::builtin()).unwrap();
    assert_eq!(s, again, "settings survive to_toml → from_toml");
}

#[test]
fn settings_problems_are_reported_together() {
    let text = r#"
name = "x"
level = "市级"
year = 2024
[quota_table]
table = "2024-national"
region = "火星"
[[category]]
category = "阅读课"
"#;
    let e = Settings::from_toml(text, Path::new("s.toml"), &Library::builtin()).unwrap_err();
    let kinds: Vec<ProblemKind> = e.problems.into_iter().map(|p| p.kind).collect();
    assert!(
        kinds
            .iter()
            .any(|k| matches!(k, ProblemKind::UnknownRegion { region, .. } if region == "火星")),
        "{kinds:?}"
    );
    assert!(
        kinds
            .iter()
            .any(|k| matches!(k, ProblemKind::NoRubric { category, .. } if category == "阅读课")),
        "no built-in 2025 阅读课 rubric: {kinds:?}"
    );
}

#[test]
fn a_file_that_is_not_a_session_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.jpsession");
    std::fs::write(&text, "not a database at all, just some text here").unwrap();
    assert!(matches!(
        Session::open(&text).unwrap_err().kind,
        ErrorKind::NotASession { .. }
    ));
    // a SQLite database of another program
    let other = dir.path().join("other.db");
    rusqlite_free_db(&other);
    assert!(matches!(
        Session::open(&other).unwrap_err().kind,
        ErrorKind::NotASession { .. }
    ));
}

/// Writes a SQLite file that is not ours, without a database dependency in the tests: copy a
/// session and clear its application id by patching the header (offset 68, big-endian).
fn rusqlite_free_db(path: &Path) {
    let dir = tempfile::tempdir().unwrap();
    let (src, store) = new_session(dir.path());
    drop(store);
    let mut bytes = std::fs::read(&src).unwrap();
    bytes[68..72].copy_from_slice(&0u32.to_be_bytes());
    std::fs::write(path, bytes).unwrap();
}

#[test]
fn a_session_from_a_newer_program_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (path, store) = new_session(dir.path());
    drop(store);
    let mut bytes = std::fs::read(&path).unwrap();
    bytes[60..64].copy_from_slice(&99u32.to_be_bytes()); // user_version lives at offset 60
    std::fs::write(&path, bytes).unwrap();
    match Session::open(&path).unwrap_err().kind {
        ErrorKind::NewerSchema { found, .. } => assert_eq!(found, 99),
        other => panic!("expected NewerSchema, got {other:?}"),
    }
}

#[test]
fn a_session_reopens_with_its_settings_and_its_own_rubric_copies() {
    let dir = tempfile::tempdir().unwrap();
    let (path, store) = new_session(dir.path());
    let uid = store.uid().unwrap();
    drop(store);
    let store = Session::open(&path).unwrap();
    assert_eq!(store.uid().unwrap(), uid);
    assert_eq!(store.settings().unwrap().name, "测试评审");
    let r = store.rubric(Category::Subject).unwrap();
    let builtin = Library::builtin();
    assert_eq!(
        r.content_hash(),
        builtin.rubric("2024-学科课程").unwrap().content_hash(),
        "same content, same hash"
    );
    let log = store.audit_log().unwrap();
    assert_eq!(
        (log[0].action.as_str(), log[0].who.as_str(), log[0].at.as_str()),
        ("session.create", "tester", "2025-09-01T08:00:00Z")
    );
}

#[test]
fn an_office_roster_imports_normalized_with_warnings_and_reimports_as_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut store) = new_session(dir.path());
    let r = app::import_roster(&mut store, &fixture("roster-nanjing.xlsx"), None, &actor()).unwrap();
    assert_eq!(
        (r.rows, r.merged.added, r.merged.unchanged),
        (8, 8, 0),
        "title, 填报 line, blank row, 合计 and 备注 are not lessons"
    );
    let lessons = store.lessons().unwrap();
    let by_title = |t: &str| lessons.iter().find(|l| l.fields.title == t).unwrap();
    assert_eq!(
        by_title("分数的初步认识").fields.node,
        "1020304",
        "a node typed as a number reads as typed"
    );
    assert_eq!(by_title("牛顿第一定律").fields.stage, "高中", "普通高中 → 高中");
    assert_eq!(
        by_title("牛顿第一定律").fields.teachers,
        ["陈刚"],
        "full-width spaces trimmed"
    );
    assert_eq!(by_title("春").fields.teachers, ["王芳", "赵强"]);
    assert_eq!(
        by_title("探究凸透镜成像规律").fields.teachers.len(),
        5,
        "five experiment authors are allowed"
    );
    assert_eq!(by_title("分数的初步认识").id, LessonId::new("L00001"));
    assert_eq!(by_title("分数的初步认识").source.row, Some(4));

    let second = by_title("分数的初步认识（二）");
    assert!(
        matches!(&second.warnings[0].kind, ProblemKind::SameNode { node, .. } if node == "1020304"),
        "{:?}",
        second.warnings
    );
    let lab = by_title("观察植物的生长");
    assert!(matches!(&lab.warnings[0].kind, ProblemKind::ExperimentSubject { .. }));

    let audit_before = store.audit_log().unwrap().len();
    let again = app::import_roster(&mut store, &fixture("roster-nanjing.xlsx"), None, &actor()).unwrap();
    assert_eq!(
        (again.merged.added, again.merged.updated, again.merged.unchanged),
        (0, 0, 8)
    );
    assert_eq!(
        store.lessons().unwrap(),
        lessons,
        "re-importing the same file changes nothing"
    );
    assert_eq!(store.audit_log().unwrap().len(), audit_before, "and audits nothing");
}

#[test]
fn a_gbk_csv_roster_imports() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut store) = new_session(dir.path());
    let r = app::import_roster(&mut store, &fixture("roster-gbk.csv"), None, &actor()).unwrap();
    assert_eq!(r.merged.added, 2);
    let l = &store.lessons().unwrap()[1];
    assert_eq!(l.fields.title, "Unit 3 A day out");
    assert_eq!(l.fields.teachers, ["沈琳", "韩梅"]);
    assert_eq!(l.fields.school, "南京市高淳区第一中学");
}

#[test]
fn a_roster_with_errors_names_every_bad_cell_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut store) = new_session(dir.path());
    let e = app::import_roster(&mut store, &fixture("bad/roster-errors.xlsx"), None, &actor()).unwrap_err();
    let got: Vec<(Option<u32>, Option<String>, ProblemKind)> = e
        .problems()
        .iter()
        .map(|p| (p.location.row, p.location.column.clone(), p.kind.clone()))
        .collect();
    assert_eq!(
        got,
        vec![
            (
                Some(4),
                Some("I".into()),
                ProblemKind::MissingValue {
                    column: "课名".into()
                }
            ),
            (
                Some(5),
                Some("B".into()),
                ProblemKind::UnknownCategory {
                    value: "体育课".into()
                }
            ),
            (
                Some(6),
                Some("J".into()),
                ProblemKind::TooManyAuthors { count: 6, max: 5 }
            ),
            (Some(9), None, ProblemKind::DuplicateLesson { first_row: 7 }),
        ]
    );
    assert!(e
        .problems()
        .iter()
        .all(|p| p.location.sheet.as_deref() == Some("推荐汇总")));
    assert!(store.lessons().unwrap().is_empty(), "nothing half-imported");
}

#[test]
fn a_roster_missing_a_required_column_says_which() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut store) = new_session(dir.path());
    let e = app::import_roster(
        &mut store,
        &fixture("bad/roster-no-teacher-column.xlsx"),
        None,
        &actor(),
    )
    .unwrap_err();
    assert_eq!(e.problems().len(), 1);
    assert_eq!(
        e.problems()[0].kind,
        ProblemKind::MissingColumn {
            column: "主讲教师".into()
        }
    );
    assert_eq!(e.problems()[0].location.row, Some(3));
}

#[test]
fn region_quotas_warn_when_a_region_sends_too_many() {
    let lib = Library::builtin();
    let text = r#"
name = "江苏省级遴选"
level = "省级"
year = 2024
[quota_table]
table = "2023-jiangsu"
per_region = true
[[category]]
category = "特殊教育"
quota = 52
"#;
    let settings = Settings::from_toml(text, Path::new("s.toml"), &lib).unwrap();
    let rules = app::warning_rules(&settings);
    // 镇江 may send 2 特殊教育 lessons; a third is over quota
    let lesson = |title: &str| {
        (
            LessonFields {
                category: Category::SpecialEducation,
                region: "镇江".into(),
                stage: "小学".into(),
                subject: "语文".into(),
                grade: String::new(),
                edition: String::new(),
                node: String::new(),
                title: title.into(),
                teachers: vec![title.into()],
                school: "镇江市特殊教育学校".into(),
                origin: String::new(),
            },
            Location::default(),
        )
    };
    let w = jingpin::roster::warnings(&[lesson("a"), lesson("b"), lesson("c")], &rules);
    assert!(w[0].is_empty() && w[1].is_empty());
    assert!(
        matches!(&w[2][0].kind, ProblemKind::OverQuota { count: 3, quota: 2, .. }),
        "{:?}",
        w[2]
    );

    // a region with no row in the table is never silently unlimited: it is named once
    let elsewhere = |title: &str| {
        let (mut f, at) = lesson(title);
        f.region = "镇江市".into(); // not the table's spelling
        (f, at)
    };
    let w = jingpin::roster::warnings(&[elsewhere("d"), elsewhere("e"), lesson("f")], &rules);
    let named: Vec<&ProblemKind> = w.iter().flatten().map(|p| &p.kind).collect();
    assert_eq!(
        named,
        [&ProblemKind::RegionNotInTable {
            region: "镇江市".into()
        }],
        "once per region, not once per row"
    );
}

#[test]
fn judges_import_infers_panels_and_assignment_respects_recusal() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut store) = new_session(dir.path());
    app::import_roster(&mut store, &fixture("roster-nanjing.xlsx"), None, &actor()).unwrap();
    let r = app::import_judges(&mut store, &fixture("judges-nanjing.xlsx"), &actor()).unwrap();
    assert_eq!(r.merged.added, 12);
    let panels = store.panels().unwrap();
    let lab = panels.iter().find(|p| p.name == "实验教学组").unwrap();
    assert_eq!(lab.categories, [Category::Experiment]);
    let a = app::run_assignment(&mut store, &actor()).unwrap();
    let judges = store.judges().unwrap();
    let lessons = store.lessons().unwrap();
    for p in &a.pairs {
        let j = judges.iter().find(|j| j.id == p.judge).unwrap();
        let l = lessons.iter().find(|l| l.id == p.lesson).unwrap();
        assert_ne!(
            j.fields.unit, l.fields.school,
            "{} must not score a lesson of their own school",
            j.fields.name
        );
    }
    // 杨帆 works at 南京市琅琊路小学, which sent L00001
    assert!(a.recusals.iter().any(|r| r.judge == JudgeId::new("J001")
        && r.lesson == LessonId::new("L00001")
        && r.reason == RecusalReason::SameSchool));
    // the experiment panel has 3 judges and one is recused from L00005; the special-education panel has one judge, from the school
    let short: Vec<&str> = a.shortfalls.iter().map(|s| s.lesson.as_str()).collect();
    assert_eq!(short, ["L00005", "L00007"]);
    assert_eq!(store.assignment().unwrap(), a, "what is stored is what was made");
    let again = app::run_assignment(&mut store, &actor()).unwrap();
    assert_eq!(a, again, "assignment is deterministic");
}

// ---- property: recusal is never violated, and shortfalls are exactly the lessons without enough eligible judges

use proptest::prelude::*;

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

fn judge(i: usize, school: u8, region: u8, panel: u8) -> Judge {
    Judge {
        id: JudgeId::from_seq(i as u32 + 1),
        fields: JudgeFields {
            name: format!("评委{i}"),
            unit: format!("学校{school}"),
            region: format!("区{region}"),
            panel: ["小学组", "中学组"][panel as usize % 2].into(),
            role: String::new(),
        },
        source: Location::default(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn recusal_is_never_violated(
        lessons in prop::collection::vec((0u8..6, 0u8..4, 0u8..3), 1..40),
        judges in prop::collection::vec((0u8..6, 0u8..4, 0u8..2), 0..12),
        per_lesson in 1u32..5,
        recuse_region in any::<bool>(),
        whole_panel in any::<bool>(),
    ) {
        let lessons: Vec<Lesson> = lessons.iter().enumerate().map(|(i, (s, r, st))| lesson(i, *s, *r, *st)).collect();
        let judges: Vec<Judge> = judges.iter().enumerate().map(|(i, (s, r, p))| judge(i, *s, *r, *p)).collect();
        let panels = vec![Panel::from_name("小学组"), Panel::from_name("中学组")];
        let rules = AssignRules {
            mode: if whole_panel { AssignmentMode::WholePanel } else { AssignmentMode::PerLesson },
            judges_per_lesson: per_lesson,
            recuse_same_region: recuse_region,
        };
        let a = assign::assign(&lessons, &judges, &panels, &rules);
        for l in &lessons {
            let panel = jingpin::judges::panel_for(&panels, &l.fields).unwrap();
            let eligible = judges.iter().filter(|j| j.fields.panel == panel.name && assign::conflict(j, l, &rules).is_none()).count() as u32;
            let got: Vec<&Judge> = a.pairs.iter().filter(|p| p.lesson == l.id)
                .map(|p| judges.iter().find(|j| j.id == p.judge).unwrap()).collect();
            for j in &got {
                prop_assert_ne!(&j.fields.unit, &l.fields.school);
                if recuse_region { prop_assert_ne!(&j.fields.region, &l.fields.region); }
                prop_assert_eq!(&j.fields.panel, &panel.name);
            }
            let expected = if whole_panel { eligible } else { eligible.min(per_lesson) };
            prop_assert_eq!(got.len() as u32, expected);
            let short = a.shortfalls.iter().any(|s| s.lesson == l.id);
            prop_assert_eq!(short, (got.len() as u32) < per_lesson);
        }
        prop_assert_eq!(a.loads.iter().map(|l| l.lessons).sum::<u32>() as usize, a.pairs.len());
    }
}

/// A footer is recognised by its shape (a 合计/备注 label on an otherwise empty line), never by a
/// title's first characters; a roster with a header and no rows says so instead of adding nothing.
#[test]
fn titles_that_start_like_footers_are_data_and_an_empty_roster_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let headers = [
        "课名",
        "类别",
        "推荐地区",
        "学段",
        "学科",
        "年级",
        "教材版本",
        "课程节点编号",
        "主讲教师",
        "单位",
    ];
    let write = |name: &str, rows: &[[&str; 10]], footer: bool| {
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet();
        for (c, h) in headers.iter().enumerate() {
            ws.write_string(0, c as u16, *h).unwrap();
        }
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                ws.write_string(r as u32 + 1, c as u16, *v).unwrap();
            }
        }
        if footer {
            ws.write_string(rows.len() as u32 + 2, 0, "备注：本表由区教育局汇总")
                .unwrap();
        }
        let path = dir.path().join(name);
        wb.save(&path).unwrap();
        path
    };
    let rows = [
        [
            "说明文的写作",
            "学科课程",
            "玄武区",
            "初中",
            "语文",
            "八年级",
            "统编版",
            "1208101",
            "王芳",
            "南京市第一中学",
        ],
        [
            "说明书里的数学",
            "学科课程",
            "秦淮区",
            "小学",
            "数学",
            "五年级",
            "苏教版",
            "1105201",
            "李华",
            "南京市琅琊路小学",
        ],
        [
            "备注与批注",
            "学科课程",
            "鼓楼区",
            "高中",
            "语文",
            "高一",
            "统编版",
            "1301101",
            "赵强",
            "南京市金陵中学",
        ],
    ];
    let roster = write("说明开头.xlsx", &rows, true);
    let (_, mut store) = new_session(dir.path());
    let r = app::import_roster(&mut store, &roster, None, &actor()).unwrap();
    assert_eq!(
        r.merged.added, 3,
        "every lesson is kept, whatever its title starts with"
    );
    let titles: Vec<String> = store.lessons().unwrap().into_iter().map(|l| l.fields.title).collect();
    assert!(titles.contains(&"说明文的写作".to_owned()) && titles.contains(&"备注与批注".to_owned()));
    assert!(
        !titles.iter().any(|t| t.starts_with("备注：")),
        "the real footer line is not a lesson"
    );

    let empty = write("只有表头.xlsx", &[], false);
    let e = app::import_roster(&mut store, &empty, None, &actor()).unwrap_err();
    assert!(matches!(e.problems()[0].kind, ProblemKind::NoRows), "{e}");
    assert_eq!(e.problems()[0].location.file.as_deref(), Some(empty.as_path()));
}

/// A 推荐地区 merged down over a district's lessons applies to each of them, as the office meant.
#[test]
fn a_region_merged_down_over_rows_applies_to_every_row() {
    let dir = tempfile::tempdir().unwrap();
    let headers = ROSTER_HEADERS;
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.merge_range(
        0,
        0,
        0,
        9,
        "2025年南京市精品课推荐汇总表",
        &rust_xlsxwriter::Format::new(),
    )
    .unwrap();
    for (c, h) in headers.iter().enumerate() {
        ws.write_string(1, c as u16, *h).unwrap();
    }
    let rows = [
        [
            "学科课程",
            "",
            "小学",
            "数学",
            "三年级",
            "苏教版",
            "1103201",
            "认识分数",
            "王芳",
            "南京市琅琊路小学",
        ],
        [
            "学科课程",
            "",
            "小学",
            "语文",
            "四年级",
            "统编版",
            "1104101",
            "古诗三首",
            "李华",
            "南京市北京东路小学",
        ],
        [
            "学科课程",
            "",
            "初中",
            "物理",
            "八年级",
            "苏科版",
            "1208301",
            "光的折射",
            "赵强",
            "南京市第一中学",
        ],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            if !v.is_empty() {
                ws.write_string(r as u32 + 2, c as u16, *v).unwrap();
            }
        }
    }
    ws.merge_range(2, 1, 4, 1, "玄武区", &rust_xlsxwriter::Format::new())
        .unwrap();
    let path = dir.path().join("合并单元格.xlsx");
    wb.save(&path).unwrap();
    let (_, mut store) = new_session(dir.path());
    app::import_roster(&mut store, &path, None, &actor()).unwrap();
    let regions: Vec<String> = store.lessons().unwrap().into_iter().map(|l| l.fields.region).collect();
    assert_eq!(
        regions,
        ["玄武区", "玄武区", "玄武区"],
        "no lesson is left without its region"
    );
}

/// A field longer than a spreadsheet cell holds is refused at import with its place, instead of
/// importing and then making every export fail.
#[test]
fn a_field_longer_than_a_cell_is_refused_at_import_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let headers = ROSTER_HEADERS;
    let long = "长".repeat(100_000);
    let row = [
        "学科课程",
        "玄武区",
        "小学",
        "数学",
        "三年级",
        "苏教版",
        "1103201",
        long.as_str(),
        "王芳",
        "南京市琅琊路小学",
    ];
    // a spreadsheet program cannot save such a cell; a csv (or another tool's xlsx) can hold it
    let path = dir.path().join("推荐汇总.csv");
    std::fs::write(&path, format!("{}\n{}\n", headers.join(","), row.join(","))).unwrap();
    let (_, mut store) = new_session(dir.path());
    let e = app::import_roster(&mut store, &path, None, &actor()).unwrap_err();
    let p = &e.problems()[0];
    assert!(
        matches!(&p.kind, ProblemKind::TooLong { field, .. } if field == "课名"),
        "{e}"
    );
    assert_eq!(
        (
            p.location.sheet.as_deref(),
            p.location.row,
            p.location.column.as_deref()
        ),
        (Some("推荐汇总"), Some(2), Some("H"))
    );
    assert!(store.lessons().unwrap().is_empty(), "nothing was written");
}

/// A roster's columns in the order offices send them.
const ROSTER_HEADERS: [&str; 10] = [
    "类别",
    "推荐地区",
    "学段",
    "学科",
    "年级",
    "教材版本",
    "课程节点编号",
    "课名",
    "主讲教师",
    "单位",
];
