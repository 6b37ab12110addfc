//! 形式审查 (issue 14): videos read from the file against each category's rules, and a folder of
//! downloaded submissions matched to lessons, its files recognised and checked.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use jingpin::app;
use jingpin::materials::{self, CheckStatus, FindingKind, Severity};
use jingpin::roster::{Lesson, LessonFields, LessonId};
use jingpin::{Category, Library, Rubric};

/// The fixture videos, made once per test run by the committed ffmpeg script.
fn videos() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = crate::repo("target/test-videos");
        let ok = std::process::Command::new("bash")
            .arg(crate::repo("tests/fixtures/make_videos.sh"))
            .arg(&dir)
            .status()
            .expect("bash runs");
        assert!(
            ok.success(),
            "tests/fixtures/make_videos.sh failed (is ffmpeg installed? scripts/lib.sh installs it)"
        );
        dir
    })
}

fn rubric(category: Category) -> Rubric {
    Library::builtin()
        .rubrics
        .iter()
        .map(|e| e.item.clone())
        .find(|r| r.category() == category)
        .unwrap()
}

fn lesson(id: &str, category: Category, stage: &str, title: &str, teachers: &[&str]) -> Lesson {
    Lesson {
        id: LessonId::new(id),
        fields: LessonFields {
            category,
            region: "玄武区".into(),
            stage: stage.into(),
            subject: "数学".into(),
            grade: String::new(),
            edition: String::new(),
            node: String::new(),
            title: title.into(),
            teachers: teachers.iter().map(|t| t.to_string()).collect(),
            school: "南京市第一中学".into(),
            origin: String::new(),
        },
        source: Default::default(),
        warnings: vec![],
    }
}

/// A document whose first bytes are what its extension says.
fn doc(path: &Path) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let ext = path.extension().unwrap().to_string_lossy().to_lowercase();
    let head: &[u8] = match ext.as_str() {
        "docx" | "pptx" => b"PK\x03\x04\x14\x00\x06\x00",
        "doc" | "ppt" | "wps" => &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],
        "pdf" => b"%PDF-1.7\n",
        "jpg" => &[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10],
        "png" => &[0x89, b'P', b'N', b'G', 0x0D, 0x0A],
        _ => b"text",
    };
    let mut bytes = head.to_vec();
    bytes.extend_from_slice(&[0u8; 64]);
    std::fs::write(path, bytes).unwrap();
}

fn video(path: &Path, fixture: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::copy(videos().join(fixture), path).unwrap();
}

/// The kinds of the errors of one video checked as a 学科课程 lesson of `stage`.
fn video_errors(fixture: &str, category: Category, stage: &str) -> Vec<FindingKind> {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("L1");
    let r = rubric(category);
    // every other material present, so that only the video is judged
    for f in r.check().unwrap().files.iter() {
        if f.kind != jingpin::submission::FileKind::Video {
            for k in 0..f.min_count {
                let ext = f.formats()[0].to_owned();
                doc(&folder.join(format!("{}{k}.{ext}", f.material)));
            }
        }
    }
    let name = if category == Category::Experiment {
        "实验教学视频.mp4"
    } else {
        "微课视频.mp4"
    };
    video(&folder.join(name), fixture);
    let l = lesson("L1", category, stage, "课", &["张敏", "王芳"]);
    let c = materials::check_lesson(&l, Some((&folder, "L1")), Some(&r));
    c.findings
        .into_iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| f.kind)
        .collect()
}

#[test]
fn a_video_that_meets_the_notice_passes_and_each_broken_rule_is_named() {
    assert_eq!(video_errors("pass-primary.mp4", Category::Subject, "小学"), []);
    assert_eq!(video_errors("pass-middle.mp4", Category::Subject, "初中"), []);
    assert_eq!(video_errors("pass-middle.mp4", Category::SpecialEducation, "高中"), []);
    assert_eq!(video_errors("pass-experiment.mp4", Category::Experiment, "初中"), []);

    let one = |fixture: &str, stage: &str| {
        let e = video_errors(fixture, Category::Subject, stage);
        assert_eq!(e.len(), 1, "{fixture}: exactly one rule broken: {e:?}");
        e.into_iter().next().unwrap()
    };
    assert!(matches!(
        one("too-short.mp4", "小学"),
        FindingKind::Duration {
            min: 10.0,
            max: 15.0,
            ..
        }
    ));
    assert!(matches!(
        one("too-long.mp4", "初中"),
        FindingKind::Duration {
            min: 15.0,
            max: 20.0,
            ..
        }
    ));
    // a 12-minute video is right for 小学 and too short for 中学
    assert!(
        matches!(one("pass-primary.mp4", "高中"), FindingKind::Duration { minutes, .. } if (minutes - 12.0).abs() < 0.1)
    );
    assert!(matches!(
        one("720p.mp4", "小学"),
        FindingKind::Resolution {
            width: 1280,
            height: 720,
            want_width: 1920,
            want_height: 1080
        }
    ));
    assert!(
        matches!(one("30fps.mp4", "小学"), FindingKind::FrameRate { found, want } if (found - 30.0).abs() < 0.01 && want == 25.0)
    );
    assert_eq!(
        one("hevc.mp4", "小学"),
        FindingKind::VideoCodec {
            found: "HEVC".into(),
            want: "H.264".into()
        }
    );
    assert_eq!(one("4x3.mp4", "小学"), FindingKind::Aspect { width: 4, height: 3 });
    assert_eq!(
        one("mp3-audio.mp4", "小学"),
        FindingKind::AudioCodec {
            found: "MP3".into(),
            want: "AAC".into()
        }
    );
    assert_eq!(one("no-audio.mp4", "小学"), FindingKind::NoAudio);
    assert_eq!(
        one("truncated.mp4", "小学"),
        FindingKind::VideoUnreadable {
            why: "truncated".into()
        }
    );
    assert_eq!(
        one("text.mp4", "小学"),
        FindingKind::VideoUnreadable { why: "not_mp4".into() }
    );
    // 实验教学 wants 35—45 minutes
    assert!(matches!(
        video_errors("pass-primary.mp4", Category::Experiment, "初中")[..],
        [FindingKind::Duration {
            min: 35.0,
            max: 45.0,
            ..
        }]
    ));
}

#[test]
fn the_probe_reads_the_container_not_the_name_and_seeks_past_the_media() {
    let info = materials::video::probe(&videos().join("pass-experiment.mp4")).unwrap();
    assert_eq!((info.codec.as_str(), info.width, info.height), ("H.264", 1920, 1080));
    assert!((info.duration - 2400.0).abs() < 1.0, "{}", info.duration);
    assert!((info.fps - 25.0).abs() < 0.01);
    assert_eq!(info.audio.as_deref(), Some("AAC"));
    // a 3 GB file (sparse: its media data is a hole): the probe reads the header boxes and seeks
    // over the rest
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("L1")).unwrap();
    let big = dir.path().join("L1").join("微课视频.mp4");
    let good = std::fs::read(videos().join("pass-primary.mp4")).unwrap();
    let f = std::fs::File::create(&big).unwrap();
    use std::io::Write;
    let mut w = std::io::BufWriter::new(&f);
    w.write_all(&good).unwrap();
    // a trailing `free` box of 3 GB, left as a hole
    let pad: u64 = 3 << 30;
    w.write_all(&1u32.to_be_bytes()).unwrap();
    w.write_all(b"free").unwrap();
    w.write_all(&(pad + 16).to_be_bytes()).unwrap();
    w.flush().unwrap();
    drop(w);
    f.set_len(good.len() as u64 + 16 + pad).unwrap();
    // (how fast: `jingpin materials bench`, docs/benchmarks.md — never a timed test)
    let info = materials::video::probe(&big).unwrap();
    assert!(info.bytes > 3 << 30);
    let l = lesson("L1", Category::Subject, "小学", "课", &["张敏"]);
    let c = materials::check_lesson(
        &l,
        Some((&dir.path().join("L1"), "L1")),
        Some(&rubric(Category::Subject)),
    );
    assert!(
        c.findings
            .iter()
            .any(|f| matches!(f.kind, FindingKind::TooLarge { max: 1024, .. })),
        "{:?}",
        c.findings
    );
}

/// A folder as offices download it: lessons named by id, by title, by `序号-教师-课名`, grouped
/// by region one level down; a missing 学习任务单, 2 student scans instead of 3, four 课时, an
/// empty file, a .doc that is not one, a folder that matches nothing, a lesson with no folder.
#[test]
fn a_downloaded_folder_is_matched_to_lessons_and_what_each_lacks_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("材料");
    let lessons = [
        lesson("L00001", Category::Subject, "小学", "分数的初步认识", &["张敏"]),
        lesson("L00002", Category::Subject, "初中", "一元一次方程", &["王芳"]),
        lesson("L00003", Category::Subject, "小学", "春", &["李雷"]),
        lesson(
            "L00004",
            Category::Experiment,
            "初中",
            "探究浮力的大小",
            &["赵强", "钱进"],
        ),
        lesson("L00005", Category::Subject, "小学", "认识图形", &["孙悦"]),
        lesson("L00006", Category::Subject, "小学", "秋天", &["周正"]),
    ];
    // by id: complete (a 实验教学设计 in a 学科课程 lesson is not its 实验视频)
    let a = root.join("L00001 分数的初步认识");
    video(&a.join("微课视频.mp4"), "pass-primary.mp4");
    for f in [
        "教学设计.docx",
        "学习任务单.pdf",
        "课件.pptx",
        "作业练习.docx",
        "实验教学设计.docx",
    ] {
        doc(&a.join(f));
    }
    // by title, grouped under a region folder: 学习任务单 missing, an empty 作业, a fake .doc
    let b = root.join("玄武区").join("一元一次方程");
    // a video no keyword names is the required 微课视频, not the optional 实验视频
    video(&b.join("一元一次方程.mp4"), "pass-middle.mp4");
    doc(&b.join("教案.docx"));
    doc(&b.join("课件.ppt"));
    std::fs::write(b.join("作业练习.docx"), b"").unwrap();
    std::fs::write(b.join("说明.doc"), "一段文字").unwrap();
    // 序号-教师-课名, four 课时
    let c = root.join("03-李雷-春");
    for h in 1..=4 {
        video(&c.join(format!("第{h}课时/微课视频.mp4")), "pass-primary.mp4");
        for f in ["教学设计.docx", "学习任务单.docx", "课件.pptx", "作业练习.docx"] {
            doc(&c.join(format!("第{h}课时/{f}")));
        }
    }
    // an experiment with two authors: 2 student scans, no 佐证材料
    let d = root.join("实验-探究浮力的大小-赵强");
    video(&d.join("实验教学视频.mp4"), "pass-experiment.mp4");
    for f in [
        "实验教学设计.docx",
        "导学案.docx",
        "课件.pptx",
        "学生导学案扫描件1.jpg",
        "学生导学案扫描件2.jpg",
    ] {
        doc(&d.join(f));
    }
    // a folder of nobody's, and L00005 / L00006 have none
    doc(&root.join("杂项资料").join("通知.pdf"));

    let refs: Vec<&Lesson> = lessons.iter().collect();
    let rubrics: BTreeMap<Category, Rubric> = [Category::Subject, Category::Experiment]
        .into_iter()
        .map(|c| (c, rubric(c)))
        .collect();
    let mut seen = Vec::new();
    let report = materials::check(&root, &refs, &rubrics, &mut |done, total| seen.push((done, total)));
    assert_eq!(seen.last(), Some(&(6, 6)), "progress reaches the end");
    assert_eq!(report.unmatched, ["杂项资料"]);
    let of = |id: &str| report.lessons.iter().find(|l| l.lesson.as_str() == id).unwrap();
    let errors = |id: &str| -> Vec<FindingKind> {
        of(id)
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| f.kind.clone())
            .collect()
    };

    assert_eq!(of("L00001").folder.as_deref(), Some("L00001 分数的初步认识"));
    assert_eq!(errors("L00001"), [], "{:?}", of("L00001").findings);
    assert_ne!(of("L00001").status, CheckStatus::Failed);
    let taken: Vec<(&str, Option<&str>)> = of("L00001")
        .files
        .iter()
        .map(|f| (f.path.as_str(), f.material.as_deref()))
        .collect();
    assert!(taken.contains(&("教学设计.docx", Some("教学设计"))), "{taken:?}");
    assert!(taken.contains(&("微课视频.mp4", Some("微课视频"))), "{taken:?}");

    assert_eq!(of("L00002").folder.as_deref(), Some("玄武区/一元一次方程"));
    assert_eq!(
        of("L00002")
            .files
            .iter()
            .find(|f| f.path == "一元一次方程.mp4")
            .unwrap()
            .material
            .as_deref(),
        Some("微课视频")
    );
    let e = errors("L00002");
    assert!(
        e.contains(&FindingKind::Missing {
            material: "学习任务单".into(),
            hour: None
        }),
        "{e:?}"
    );
    assert!(e.contains(&FindingKind::Empty), "{e:?}");
    assert!(
        of("L00002")
            .findings
            .iter()
            .any(|f| f.file == "说明.doc" && f.severity == Severity::Warning && f.kind == FindingKind::Unrecognised),
        "a file no rule names is listed, not silently dropped"
    );
    assert_eq!(of("L00002").status, CheckStatus::Failed);

    assert_eq!(of("L00003").folder.as_deref(), Some("03-李雷-春"));
    assert!(errors("L00003").contains(&FindingKind::TooManyHours { found: 4, max: 3 }));
    assert!(of("L00003").files.iter().any(|f| f.hour == Some(4)));

    let e = errors("L00004");
    assert!(
        e.contains(&FindingKind::TooFew {
            material: "学生导学案扫描件".into(),
            found: 2,
            min: 3
        }),
        "{e:?}"
    );
    assert!(
        e.contains(&FindingKind::Missing {
            material: "参与工作的佐证材料".into(),
            hour: None
        }),
        "{e:?}"
    );

    for id in ["L00005", "L00006"] {
        assert_eq!(errors(id), [FindingKind::NoFolder]);
    }
    // every finding reads as a sentence, and names where its rule comes from
    let sentence = of("L00004")
        .findings
        .iter()
        .find(|f| matches!(f.kind, FindingKind::TooFew { .. }))
        .unwrap();
    assert_eq!(sentence.text(), "学生导学案扫描件只有2份，至少需要3份");
    assert!(sentence.source.contains("至少3份"), "{}", sentence.source);
}

#[test]
fn a_category_without_rules_is_said_so_not_passed() {
    let dir = tempfile::tempdir().unwrap();
    let l = lesson("L1", Category::Subject, "小学", "课", &["张敏"]);
    let c = materials::check_lesson(&l, Some((dir.path(), "L1")), None);
    assert_eq!(c.findings[0].kind, FindingKind::NoRules);
    assert_eq!(c.status, CheckStatus::Warnings);
}

/// `jingpin materials check SESSION DIR`: the result is stored in the session (a new run
/// replaces it), the run is audited, and the exit code is 1 when a lesson fails.
#[test]
fn the_cli_checks_a_folder_stores_the_result_and_audits_the_run() {
    use assert_cmd::Command;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.jpsession");
    {
        let lib = Library::builtin();
        let settings = jingpin::settings::Settings::default_for("形式审查", 2025, &lib).unwrap();
        let actor = jingpin::app::Actor {
            who: "t".into(),
            at: "2025-09-01T08:00:00Z".parse().unwrap(),
        };
        let mut store = jingpin::app::create(&db, &settings, &lib, "uid-m", &actor).unwrap();
        jingpin::app::import_roster(&mut store, &crate::fixture("roster-nanjing.xlsx"), None, &actor).unwrap();
    }
    let first = jingpin::app::Session::open(&db).unwrap().lessons().unwrap()[0].clone();
    let root = dir.path().join("材料");
    let folder = root.join(format!("{} {}", first.id, first.fields.title));
    let fixture = if first.fields.stage == "小学" {
        "pass-primary.mp4"
    } else {
        "pass-middle.mp4"
    };
    video(&folder.join("微课视频.mp4"), fixture);
    for f in ["教学设计.docx", "学习任务单.docx", "课件.pptx", "作业练习.docx"] {
        doc(&folder.join(f));
    }
    let run = || {
        Command::cargo_bin("jingpin")
            .unwrap()
            .env("JINGPIN_DATA_DIR", dir.path().join("data"))
            .env("JINGPIN_USER", "审查员")
            .args(["materials", "check"])
            .arg(&db)
            .arg(&root)
            .output()
            .unwrap()
    };
    let out = run();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "the other lessons have no folder: {stdout}");
    assert!(
        stdout.contains(&format!("{} {}", first.id, first.fields.title)),
        "{stdout}"
    );
    assert!(stdout.contains("材料文件夹中没有找到这节课例的文件夹"), "{stdout}");
    let store = jingpin::app::Session::open(&db).unwrap();
    let checks = store.material_checks().unwrap();
    assert_eq!(checks.len(), store.lessons().unwrap().len());
    assert_ne!(checks[0].status, CheckStatus::Failed, "{:?}", checks[0].findings);
    let runs: Vec<_> = store
        .audit_log()
        .unwrap()
        .into_iter()
        .filter(|a| a.action == "materials.check")
        .collect();
    assert_eq!(runs.len(), 1);
    assert_eq!(runs[0].who, "审查员");
    drop(store);
    // a second run replaces the stored result
    std::fs::remove_file(folder.join("课件.pptx")).unwrap();
    run();
    let store = jingpin::app::Session::open(&db).unwrap();
    let checks = store.material_checks().unwrap();
    assert_eq!(checks.len(), store.lessons().unwrap().len(), "replaced, not added");
    assert_eq!(checks[0].status, CheckStatus::Failed);
    assert_eq!(store.material_run().unwrap().unwrap().root, root.display().to_string());
}

/// A lesson that fails 形式审查 can be kept out by the chair with a reason (not assigned, not
/// ranked, audited) or taken back in; the results workbook gains a 形式审查 sheet, and the check
/// can be exported alone for the regions.
#[test]
fn a_failing_lesson_can_be_kept_out_and_the_check_is_printed() {
    use calamine::Reader;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.jpsession");
    let actor = jingpin::app::Actor {
        who: "组长".into(),
        at: "2025-09-01T08:00:00Z".parse().unwrap(),
    };
    let lib = Library::builtin();
    let settings = jingpin::settings::Settings::default_for("形式审查", 2025, &lib).unwrap();
    let mut store = jingpin::app::create(&db, &settings, &lib, "uid-x", &actor).unwrap();
    jingpin::app::import_roster(&mut store, &crate::fixture("roster-nanjing.xlsx"), None, &actor).unwrap();
    jingpin::app::import_judges(&mut store, &crate::fixture("judges-nanjing.xlsx"), &actor).unwrap();
    let root = dir.path().join("空的材料");
    std::fs::create_dir_all(&root).unwrap();
    let report = jingpin::app::check_materials(&mut store, &root, &mut |_, _| {}, &actor).unwrap();
    assert_eq!(report.failed(), report.lessons.len(), "no folder for anyone");
    let out = store.lessons().unwrap()[1].id.clone();

    app::set_excluded(&mut store, &out, Some("缺少全部材料，县里确认不再补交"), &actor).unwrap();
    let a = jingpin::app::run_assignment(&mut store, &actor).unwrap();
    assert!(
        a.pairs.iter().all(|p| p.lesson != out),
        "a lesson kept out is not assigned"
    );
    let r = jingpin::app::results(&store).unwrap();
    let row = r
        .categories
        .iter()
        .flat_map(|c| &c.rows)
        .find(|x| x.lesson.id == out)
        .unwrap();
    assert_eq!(
        row.outcome.reason,
        jingpin::select::Reason::Excluded {
            reason: "缺少全部材料，县里确认不再补交".into()
        }
    );
    assert!(store
        .audit_log()
        .unwrap()
        .iter()
        .any(|e| e.action == "lesson.exclude" && e.target == out.as_str()));

    // printed: the results workbook has the sheet, and the check alone for the regions
    let results = dir.path().join("评审结果.xlsx");
    jingpin::app::export_results(&store, &results).unwrap();
    let alone = dir.path().join("形式审查.xlsx");
    jingpin::app::export_material_report(&store, &alone).unwrap();
    for f in [&results, &alone] {
        let mut wb = calamine::open_workbook_auto(f).unwrap();
        let range = wb.worksheet_range("形式审查").unwrap();
        let text: Vec<String> = range
            .rows()
            .map(|r| r.iter().map(|c| c.to_string()).collect::<Vec<_>>().join("|"))
            .collect();
        assert!(text[0].contains("形式审查"), "a title: {}", text[0]);
        assert!(text[1].contains("填报单位"), "{}", text[1]);
        let line = text.iter().find(|l| l.contains(out.as_str())).unwrap();
        assert!(
            line.contains("不通过")
                && line.contains("不参评：缺少全部材料")
                && line.contains("材料文件夹中没有找到这节课例的文件夹"),
            "{line}"
        );
        assert!(text.iter().any(|l| l.contains("评审组长（签字）")), "signature lines");
    }

    // taken back in
    app::set_excluded(&mut store, &out, None, &actor).unwrap();
    assert!(store.exclusions().unwrap().is_empty());
}

/// The 2025 categories have no built-in rubric; their 形式审查 rules are data too: 人工智能教育 asks
/// for 实践作业 instead of 作业练习, 阅读课 may omit 作业练习, and every rule names a material of the
/// category's list.
#[test]
fn the_2025_categories_have_rules_as_data() {
    for (category, asked, optional) in [
        (Category::ArtificialIntelligence, Some("实践作业"), None),
        (Category::Reading, None, Some("作业练习")),
    ] {
        let check = jingpin::submission::category_check(category).expect("rules for the category");
        let materials = jingpin::rubric::default_materials(category);
        for f in &check.files {
            assert!(
                materials.iter().any(|m| m.name() == f.material),
                "{category}: {}",
                f.material
            );
        }
        if let Some(m) = asked {
            assert!(materials.iter().any(|x| x.name() == m && x.required()));
            assert!(!materials.iter().any(|x| x.name() == "作业练习"));
        }
        if let Some(m) = optional {
            assert!(materials.iter().any(|x| x.name() == m && !x.required()));
        }
        // a reading lesson without 作业练习 passes; an AI lesson without 实践作业 does not
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("L1");
        video(&folder.join("微课视频.mp4"), "pass-primary.mp4");
        for d in ["教学设计.docx", "学习任务单.docx", "课件.pptx"] {
            doc(&folder.join(d));
        }
        let l = lesson("L1", category, "小学", "课", &["张敏"]);
        // the category's rubric comes from a spreadsheet, and takes the category's rules
        let imported = jingpin::rubric::SheetRubric {
            id: format!("2025-{category}"),
            year: 2025,
            category,
            title: "导入".into(),
            source: "表格".into(),
            step: jingpin::Points::whole(1),
            rows: (0..10)
                .map(|i| jingpin::rubric::SheetIndicator {
                    location: Default::default(),
                    group: "组".into(),
                    name: format!("指标{i}"),
                    description: String::new(),
                    weight: jingpin::Points::whole(10),
                })
                .collect(),
        }
        .validate(std::path::Path::new("导入.xlsx"))
        .unwrap();
        assert!(
            imported.check().is_some(),
            "an imported rubric of the category takes its rules"
        );
        let c = materials::check_lesson(&l, Some((&folder, "L1")), Some(&imported));
        let errors: Vec<FindingKind> = c
            .findings
            .into_iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| f.kind)
            .collect();
        match asked {
            Some(m) => assert_eq!(
                errors,
                [FindingKind::Missing {
                    material: m.into(),
                    hour: None
                }]
            ),
            None => assert_eq!(errors, []),
        }
    }
}
