//! 查重 (issue 32): documents made by tests/fixtures/make_documents.py (docx, pptx, pdf with a
//! non-embedded CJK font, a GBK-EUC-H pdf) with planted copies; every copy found with its
//! passages, no template-only or reference-only pair a finding, every unreadable file listed; the
//! extractors fuzzed.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::OnceLock;

use jingpin::app::similar::screen::{self, Inputs};
use jingpin::app::similar::{Archive, TextCache};
use jingpin::roster::{Lesson, LessonFields, LessonId};
use jingpin::similar::extract::{self, Unscreened};
use jingpin::similar::report::Screening;
use jingpin::similar::{kept, Options};
use jingpin::Category;
use proptest::prelude::*;
use serde::Deserialize;

/// The documents, made once per test run.
fn documents() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = crate::repo("target/test-documents");
        let _ = std::fs::remove_dir_all(&dir);
        let ok = std::process::Command::new("python3")
            .arg(crate::repo("tests/fixtures/make_documents.py"))
            .arg(&dir)
            .status()
            .expect("python3 runs");
        assert!(
            ok.success(),
            "tests/fixtures/make_documents.py failed (python-docx, python-pptx, reportlab: scripts/lib.sh installs them)"
        );
        dir
    })
}

#[derive(Deserialize)]
struct Made {
    id: String,
    title: String,
    teacher: String,
    school: String,
}

#[derive(Deserialize, Debug)]
struct Planted {
    a: String,
    b: String,
    a_file: String,
    b_file: String,
    kind: String,
    shared: Vec<String>,
    min_coverage: u32,
    max_coverage: Option<u32>,
    #[serde(default)]
    same_teacher: bool,
    year: Option<i32>,
}

fn lessons() -> Vec<Lesson> {
    let made: Vec<Made> =
        serde_json::from_str(&std::fs::read_to_string(documents().join("lessons.json")).unwrap()).unwrap();
    made.into_iter()
        .map(|m| Lesson {
            id: LessonId::new(&m.id),
            fields: LessonFields {
                category: Category::Subject,
                region: "玄武区".into(),
                stage: "小学".into(),
                subject: "数学".into(),
                grade: String::new(),
                edition: String::new(),
                node: String::new(),
                title: m.title,
                teachers: vec![m.teacher],
                school: m.school,
                origin: String::new(),
            },
            source: Default::default(),
            warnings: vec![],
        })
        .collect()
}

fn planted() -> Vec<Planted> {
    serde_json::from_str(&std::fs::read_to_string(documents().join("expected.json")).unwrap()).unwrap()
}

fn squash(s: &str) -> String {
    s.chars().filter_map(kept).collect()
}

fn run(cache: &Path, with_reference: bool, archive: Option<&Archive>) -> Screening {
    let lessons = lessons();
    let refs: Vec<&Lesson> = lessons.iter().collect();
    let references = if with_reference {
        vec![documents().join("参考")]
    } else {
        vec![]
    };
    let archives: Vec<Archive> = archive
        .map(|_| {
            let mut c = TextCache::open(cache).unwrap();
            vec![screen::archive_from_folder(
                &documents().join("往年"),
                &mut c,
                &mut |_, _, _| {},
                &AtomicBool::new(false),
            )
            .unwrap()]
        })
        .unwrap_or_default();
    let mut c = TextCache::open(cache).unwrap();
    screen::screen(
        &Inputs {
            root: &documents().join("材料"),
            lessons: &refs,
            archives: &archives,
            archive_since: 2021,
            references: &references,
            options: Options::default(),
        },
        &mut c,
        &mut |_, _, _| {},
        &AtomicBool::new(false),
    )
    .unwrap()
    .0
}

#[test]
fn every_planted_copy_is_found_with_its_passages_and_nothing_else() {
    let tmp = tempfile::tempdir().unwrap();
    let dummy = Archive::in_memory(Path::new("unused")).unwrap();
    let s = run(&tmp.path().join("cache.sqlite"), true, Some(&dummy));
    let planted = planted();
    for p in &planted {
        let f = s
            .findings
            .iter()
            .find(|f| f.a.lesson == p.a && f.b.lesson == p.b && f.a.file == p.a_file && f.b.file == p.b_file)
            .unwrap_or_else(|| {
                panic!(
                    "the {} copy {} {} ↔ {} {} was not found; findings: {:#?}",
                    p.kind,
                    p.a,
                    p.a_file,
                    p.b,
                    p.b_file,
                    s.findings
                        .iter()
                        .map(|f| (
                            &f.a.lesson,
                            &f.a.file,
                            &f.b.lesson,
                            &f.b.file,
                            f.coverage_a,
                            f.coverage_b
                        ))
                        .collect::<Vec<_>>()
                )
            });
        let coverage = f.coverage();
        assert!(
            coverage >= p.min_coverage,
            "the {} copy covers {coverage}‰, at least {} expected",
            p.kind,
            p.min_coverage
        );
        if let Some(max) = p.max_coverage {
            assert!(
                f.coverage_a.min(f.coverage_b) <= max,
                "a partial copy covers {}‰ of the copier's text, at most {max}‰ expected",
                f.coverage_a.min(f.coverage_b)
            );
        }
        // every planted passage is inside the finding's passages (in both documents' words)
        let found_a: String = f
            .passages
            .iter()
            .map(|x| squash(&x.a_text))
            .collect::<Vec<_>>()
            .join("|");
        let found_b: String = f
            .passages
            .iter()
            .map(|x| squash(&x.b_text))
            .collect::<Vec<_>>()
            .join("|");
        for shared in &p.shared {
            let want = squash(shared);
            assert!(
                found_a.contains(&want) && found_b.contains(&want),
                "the {} copy's passage 「{shared}」 is not among the finding's passages",
                p.kind
            );
        }
        for x in &f.passages {
            // the same on both sides, but for light edits
            let (a, b): (Vec<char>, Vec<char>) =
                (squash(&x.a_text).chars().collect(), squash(&x.b_text).chars().collect());
            let same = a.iter().zip(&b).filter(|(x, y)| x == y).count();
            assert!(
                a.len() == b.len() && same * 100 >= a.len() * 95,
                "a passage reads the same on both sides but for light edits: 「{}」 vs 「{}」",
                x.a_text,
                x.b_text
            );
        }
        assert_eq!(
            f.same_teacher, p.same_teacher,
            "the same-teacher flag of the {} copy",
            p.kind
        );
        assert_eq!(f.from_archive, p.year.is_some());
        if let Some(year) = p.year {
            assert_eq!(f.b.archive.as_ref().map(|a| a.year), Some(year));
        }
    }
    // nothing but the planted copies: the template (in every lesson) and the textbook passage
    // (L05, L06, given as reference) make no finding
    for f in &s.findings {
        assert!(
            planted.iter().any(|p| p.a == f.a.lesson && p.b == f.b.lesson),
            "{} {} ↔ {} {} is a finding but no copy was planted there ({}‰): {:?}",
            f.a.lesson,
            f.a.file,
            f.b.lesson,
            f.b.file,
            f.coverage(),
            f.passages.iter().map(|p| &p.a_text).collect::<Vec<_>>()
        );
    }
    assert!(s.boilerplate > 0, "the template's wording is counted as boilerplate");
    // not screened, with the reason: a scan, an old .doc, a damaged .docx
    let reason = |lesson: &str, file: &str| {
        s.unscreened
            .iter()
            .find(|u| u.lesson == lesson && u.file == file)
            .map(|u| u.reason)
    };
    assert_eq!(reason("L05", "导学案扫描件.pdf"), Some(Unscreened::NoText));
    assert_eq!(reason("L06", "旧版教案.doc"), Some(Unscreened::Format));
    assert_eq!(reason("L11", "反思.docx"), Some(Unscreened::Unreadable));
    // the 2019 lesson is outside the window
    assert!(s
        .findings
        .iter()
        .all(|f| f.b.archive.as_ref().is_none_or(|a| a.year >= 2021)));
}

#[test]
fn a_reference_passage_alone_is_no_finding_and_without_the_reference_it_is() {
    let tmp = tempfile::tempdir().unwrap();
    let without = run(&tmp.path().join("cache.sqlite"), false, None);
    assert!(
        without
            .findings
            .iter()
            .any(|f| f.a.lesson == "L05" && f.b.lesson == "L06"),
        "the textbook passage both quote is found when it is not given as reference"
    );
    let with = run(&tmp.path().join("cache.sqlite"), true, None);
    assert!(!with.findings.iter().any(|f| f.a.lesson == "L05" && f.b.lesson == "L06"));
}

#[test]
fn the_same_inputs_give_the_same_screening_byte_for_byte_cached_or_not() {
    let tmp = tempfile::tempdir().unwrap();
    let first = serde_json::to_string(&run(&tmp.path().join("a.sqlite"), true, None)).unwrap();
    let cached = serde_json::to_string(&run(&tmp.path().join("a.sqlite"), true, None)).unwrap();
    let fresh = serde_json::to_string(&run(&tmp.path().join("b.sqlite"), true, None)).unwrap();
    assert_eq!(first, cached, "a rerun from the cache");
    assert_eq!(first, fresh, "a run with a new cache");
}

#[test]
fn text_comes_from_every_format_and_not_from_headers_or_footers() {
    let dir = documents().join("材料");
    let folder = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with("L15"))
        .unwrap();
    let gbk = extract::extract("pdf", &std::fs::read(folder.join("作业.pdf")).unwrap()).unwrap();
    assert!(gbk.contains("，"), "a GBK-EUC-H pdf reads as Chinese: {gbk}");
    let ucs2 = extract::extract("pdf", &std::fs::read(folder.join("学习任务单.pdf")).unwrap()).unwrap();
    assert!(
        squash(&ucs2).chars().count() > 100,
        "a UniGB-UCS2-H pdf reads as Chinese: {ucs2}"
    );
    let docx = extract::extract("docx", &std::fs::read(folder.join("教学设计.docx")).unwrap()).unwrap();
    assert!(
        docx.contains("教学设计") && !docx.contains("页眉") && !docx.contains("页脚"),
        "{docx}"
    );
    let pptx = extract::extract("pptx", &std::fs::read(folder.join("课件.pptx")).unwrap()).unwrap();
    assert!(pptx.starts_with("环节1"), "slides in order: {pptx}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Arbitrary bytes, and damaged copies of real documents, in every extractor: an answer,
    /// never a panic.
    #[test]
    fn every_extractor_answers_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..4096), flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..8)) {
        for format in ["docx", "pptx", "pdf", "txt"] {
            let _ = extract::extract(format, &bytes);
        }
        let dir = documents().join("材料");
        let folder = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).find(|p| p.file_name().unwrap().to_string_lossy().starts_with("L07")).unwrap();
        for (file, format) in [("教学设计.docx", "docx"), ("课件.pptx", "pptx"), ("学习任务单.pdf", "pdf")] {
            let mut b = std::fs::read(folder.join(file)).unwrap();
            let n = b.len();
            for (at, v) in &flips {
                b[at % n] ^= v | 1;
            }
            let r = extract::text_of(format, b, extract::TIME_LIMIT);
            prop_assert!(r.is_ok() || r.is_err());
        }
    }
}

fn cli(data: &Path, args: &[&str]) -> std::process::Output {
    assert_cmd::Command::cargo_bin("jingpin")
        .unwrap()
        .env("JINGPIN_DATA_DIR", data)
        .env("JINGPIN_USER", "组长")
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn a_chair_screens_a_session_and_next_years_session_screens_against_its_archive() {
    let data = tempfile::tempdir().unwrap();
    let db = data.path().join("查重.jpsession");
    let dbs = db.to_str().unwrap();
    let out = cli(
        data.path(),
        &[
            "session",
            "init",
            dbs,
            "--config",
            crate::repo("examples/session.toml").to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let roster = documents().join("roster.csv");
    let out = cli(data.path(), &["roster", "import", dbs, roster.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let materials = documents().join("材料");
    let reference = documents().join("参考");
    let args = [
        "materials",
        "similar",
        dbs,
        materials.to_str().unwrap(),
        "--reference",
        reference.to_str().unwrap(),
    ];
    let out = cli(data.path(), &[&args[..], &["--json"]].concat());
    assert_eq!(
        out.status.code(),
        Some(1),
        "findings: exit 1; {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s: Screening = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(s.findings.len(), 6, "the six planted copies among this year's lessons");
    let again = cli(data.path(), &[&args[..], &["--json"]].concat());
    assert_eq!(
        out.stdout, again.stdout,
        "the same inputs, the same findings, byte for byte"
    );
    let text = cli(data.path(), &args);
    let shown = String::from_utf8_lossy(&text.stdout);
    assert!(
        shown.contains("100.0% / 100.0%") && shown.contains("未查重") && shown.contains("同一教师"),
        "{shown}"
    );
    let store = jingpin::app::Session::open(&db).unwrap();
    let (stored, _) = store.screening().unwrap().expect("the screening is stored");
    assert_eq!(stored, s);
    let first = &stored.findings[0];
    let kept = store
        .screened_text(&first.a.hash)
        .unwrap()
        .expect("a finding's text is kept");
    let p = &first.passages[0];
    let shown: String = kept
        .chars()
        .skip(p.a_start as usize)
        .take((p.a_end - p.a_start) as usize)
        .collect();
    assert_eq!(
        shown, p.a_text,
        "a passage's place in the kept text is where its words are"
    );
    assert_eq!(
        store
            .audit_log()
            .unwrap()
            .iter()
            .filter(|a| a.action == "materials.similar")
            .count(),
        3,
        "each run is audited"
    );
    drop(store);

    // the chair turns the first finding into a 抄袭 veto, on its evidence; an unknown item is refused
    let copier = first.b.lesson.clone();
    let evidence = format!(
        "查重：{} 与 {} 相同 {}‰",
        first.b.file, first.a.lesson, first.coverage_b
    );
    let bad = cli(
        data.path(),
        &["decide", "veto", dbs, &copier, "不存在的否决项", "--reason", &evidence],
    );
    assert_eq!(bad.status.code(), Some(1), "{}", String::from_utf8_lossy(&bad.stderr));
    let out = cli(
        data.path(),
        &["decide", "veto", dbs, &copier, "plagiarism", "--reason", &evidence],
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let store = jingpin::app::Session::open(&db).unwrap();
    let results = jingpin::app::results(&store).unwrap();
    let row = results
        .categories
        .iter()
        .flat_map(|c| &c.rows)
        .find(|r| r.lesson.id.as_str() == copier)
        .unwrap();
    assert_eq!(row.outcome.status, jingpin::select::Status::Vetoed);
    // the results workbook's 查重 sheet: every finding, the files not screened, the chair's veto
    let book = data.path().join("结果.xlsx");
    let out = cli(data.path(), &["export", dbs, "--out", book.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut wb = calamine::open_workbook_auto(&book).unwrap();
    use calamine::Reader;
    let sheet = wb.worksheet_range("查重").expect("a 查重 sheet");
    let table = crate::table_of(&sheet, "序号");
    assert_eq!(
        table.iter().filter(|r| r[0].parse::<u32>().is_ok()).count(),
        s.findings.len()
    );
    assert!(table.iter().any(|r| r[4] == "未查重" && r[10].contains("扫描件")));
    assert!(
        table.iter().any(|r| r[12].contains("组长否决（抄袭")),
        "the chair's veto is on the sheet"
    );
    assert_eq!(
        row.outcome.reason,
        jingpin::select::Reason::VetoedByChair {
            item: "抄袭/冒名顶替/非原创".into()
        }
    );
    let audit = store.audit_log().unwrap();
    let last = audit
        .iter()
        .rev()
        .find(|a| a.action == "decision.veto")
        .expect("the veto is audited");
    assert!(
        last.new.as_deref().unwrap_or("").contains(&evidence),
        "its reason carries the evidence"
    );
    drop(store);
    let out = cli(
        data.path(),
        &[
            "decide",
            "withdraw",
            dbs,
            &copier,
            "veto",
            "--reason",
            "复核后认定为同一教师的合作成果",
        ],
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let store = jingpin::app::Session::open(&db).unwrap();
    let results = jingpin::app::results(&store).unwrap();
    let row = results
        .categories
        .iter()
        .flat_map(|c| &c.rows)
        .find(|r| r.lesson.id.as_str() == copier)
        .unwrap();
    assert_ne!(
        row.outcome.status,
        jingpin::select::Status::Vetoed,
        "withdrawn, the veto is gone"
    );
    drop(store);

    // this year's lessons archived; screened against the archive, each is found again in it
    let archive = data.path().join("往年档案.jparchive");
    let out = cli(
        data.path(),
        &[
            "materials",
            "archive",
            "add",
            archive.to_str().unwrap(),
            dbs,
            materials.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("archived 16 lessons"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let out = cli(
        data.path(),
        &[&args[..], &["--archive", archive.to_str().unwrap(), "--json"]].concat(),
    );
    let s: Screening = serde_json::from_slice(&out.stdout).unwrap();
    let archived: Vec<_> = s.findings.iter().filter(|f| f.from_archive).collect();
    assert!(
        archived.len() >= 16,
        "every lesson's documents match their archived copy"
    );
    let lessons: std::collections::BTreeSet<&String> = s.findings.iter().map(|f| &f.a.lesson).collect();
    for l in lessons {
        assert!(
            archived.iter().any(|f| &f.a.lesson == l
                && &f.b.lesson == l
                && f.same_teacher
                && f.coverage() == 1000
                && f.b
                    .archive
                    .as_ref()
                    .is_some_and(|a| a.year == 2024 && a.session.contains("精品课"))),
            "{l} is found in the archive as itself"
        );
    }
    let missing = cli(
        data.path(),
        &[
            "materials",
            "similar",
            dbs,
            materials.to_str().unwrap(),
            "--archive",
            "/nowhere/档案",
        ],
    );
    assert_eq!(
        missing.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&missing.stderr)
    );
    assert!(String::from_utf8_lossy(&missing.stderr).contains("/nowhere/档案"));
}
