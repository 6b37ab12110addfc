//! A complete, believable session built through the real code paths and the real files: an
//! office's roster workbook and judge list are written and imported, judges are assigned, one
//! score sheet per judge is exported, filled with plausible scores (judges of different severity,
//! a few large disagreements, a veto or two), imported back, ranked within the quotas, and the
//! results workbook is exported. Seeded: the same seed gives the same files.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::Serialize;

use crate::app;
use crate::category::Category;
use crate::error::{Error, ErrorKind};
use crate::export::office::{write_office_table, OfficeTable};
use crate::library::Library;
use crate::points::Points;
use crate::scores::VetoMark;
use crate::select::Status;
use crate::settings::{Aggregation, CategorySetup, Level, QuotaSource, Rules, Settings};
use crate::sheet::write;
use crate::store::Actor;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    County,
    City,
    Province,
    National,
}

/// The sheet-import stage's name (the benchmark compares it with the bare parse).
pub const SHEETS_IMPORT: &str = "sheets import (all)";

/// How long each stage took and the most memory the process held during it (for the benchmark).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Timings {
    pub stages: Vec<StageTiming>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StageTiming {
    pub stage: &'static str,
    pub wall: Duration,
    /// Peak resident memory during the stage (Linux only: the peak is reset as the stage starts).
    pub peak_rss_kib: Option<u64>,
}

impl Timings {
    /// Runs one stage, timing it and measuring its peak memory.
    pub fn stage<T>(&mut self, stage: &'static str, f: impl FnOnce() -> T) -> T {
        let _ = std::fs::write("/proc/self/clear_refs", "5"); // resets VmHWM to the current RSS
        let t = Instant::now();
        let out = f();
        let wall = t.elapsed();
        self.stages.push(StageTiming {
            stage,
            wall,
            peak_rss_kib: peak_rss_kib(),
        });
        out
    }
}

/// The process's peak resident memory since the last reset (`VmHWM`), in KiB.
pub fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CategorySummary {
    pub category: Category,
    pub lessons: u32,
    pub quota: u32,
    pub recommended: u32,
    pub alternates: u32,
    pub held: u32,
    pub vetoed: u32,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DemoSummary {
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub dir: PathBuf,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub session: PathBuf,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub roster: PathBuf,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub judges_file: PathBuf,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub results: PathBuf,
    pub lessons: u32,
    pub judges: u32,
    pub sheets: u32,
    pub categories: Vec<CategorySummary>,
}

const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const GIVEN: &str = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚华红玲晨思雨欣怡宇浩然梓涵子轩佳琪文博雅婷嘉俊鑫瑶辉建国志远海燕春梅秋菊晓东";
const EDITIONS: [&str; 8] = [
    "人教版",
    "统编版",
    "北师大版",
    "苏教版",
    "沪教版",
    "外研版",
    "湘教版",
    "教科版",
];
const TOPICS: [&str; 24] = [
    "观察与发现",
    "探究与实践",
    "问题与解决",
    "阅读与表达",
    "图形与几何",
    "数与运算",
    "生活中的学问",
    "合作与交流",
    "实验与论证",
    "规律与推理",
    "情境与应用",
    "综合实践",
    "文化与传承",
    "自然与生命",
    "物质与变化",
    "运动与力",
    "能量与转化",
    "地球与宇宙",
    "数据与统计",
    "设计与制作",
    "思辨与表达",
    "家国情怀",
    "健康生活",
    "审美与创造",
];

fn subjects(category: Category, stage: &str) -> &'static [&'static str] {
    match (category, stage) {
        (Category::Experiment, s) => crate::roster::experiment_subjects(s),
        (Category::SpecialEducation, _) => &[
            "语文",
            "数学",
            "生活适应",
            "唱游与律动",
            "绘画与手工",
            "运动与保健",
            "劳动技能",
        ],
        (_, "小学") => &[
            "语文",
            "数学",
            "英语",
            "道德与法治",
            "科学",
            "音乐",
            "美术",
            "体育与健康",
            "信息科技",
        ],
        (_, "初中") => &[
            "语文",
            "数学",
            "英语",
            "道德与法治",
            "历史",
            "地理",
            "物理",
            "化学",
            "生物学",
            "信息科技",
        ],
        _ => &[
            "语文",
            "数学",
            "英语",
            "思想政治",
            "历史",
            "地理",
            "物理",
            "化学",
            "生物学",
            "信息技术",
            "通用技术",
        ],
    }
}

fn grades(stage: &str) -> &'static [&'static str] {
    match stage {
        "小学" => &["一年级", "二年级", "三年级", "四年级", "五年级", "六年级"],
        "初中" => &["七年级", "八年级", "九年级"],
        _ => &["高一", "高二", "高三"],
    }
}

struct Plan {
    name: &'static str,
    level: Level,
    year: u16,
    /// (region, 学科课程, 实验教学, 特殊教育) lessons sent by each region.
    regions: Vec<(String, u32, u32, u32)>,
    quota: [u32; 3],
    quota_table: Option<QuotaSource>,
    judges_per_lesson: u32,
    aggregation: Aggregation,
    load: u32,
    stage_coverage: bool,
}

fn plan(scale: Scale, lib: &Library) -> Plan {
    let named = |names: &[&str], counts: (u32, u32, u32)| -> Vec<(String, u32, u32, u32)> {
        let n = names.len() as u32;
        names
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let share = |total: u32| total / n + u32::from((i as u32) < total % n);
                (r.to_string(), share(counts.0), share(counts.1), share(counts.2))
            })
            .collect()
    };
    match scale {
        Scale::County => Plan {
            name: "2025年示例县基础教育精品课县级初选",
            level: Level::County,
            year: 2025,
            regions: named(&["城关镇", "东湖镇", "西山乡", "南岭乡"], (30, 8, 2)),
            quota: [25, 10, 1], // 湛江：各县（市、区）推荐 25 / 10 / 1
            quota_table: None,
            judges_per_lesson: 3,
            aggregation: Aggregation::Mean,
            load: 20,
            stage_coverage: false,
        },
        Scale::City => Plan {
            name: "2025年南京市基础教育精品课市级遴选",
            level: Level::City,
            year: 2025,
            regions: named(
                &[
                    "玄武区",
                    "秦淮区",
                    "建邺区",
                    "鼓楼区",
                    "浦口区",
                    "栖霞区",
                    "雨花台区",
                    "江宁区",
                    "六合区",
                    "溧水区",
                    "高淳区",
                ],
                (240, 50, 10),
            ),
            quota: [111, 28, 4], // 苏教办基函〔2023〕25号 附件3：南京
            quota_table: None,
            judges_per_lesson: 3,
            aggregation: Aggregation::Mean,
            load: 40,
            stage_coverage: true,
        },
        Scale::Province => Plan {
            name: "2024年广东省基础教育精品课省级遴选",
            level: Level::Province,
            year: 2024,
            regions: named(
                &[
                    "广州", "深圳", "珠海", "汕头", "佛山", "韶关", "河源", "梅州", "惠州", "汕尾", "东莞", "中山",
                    "江门", "阳江", "湛江", "茂名", "肇庆", "清远", "潮州", "揭阳", "云浮",
                ],
                (2400, 500, 100),
            ),
            quota: [700, 175, 35],
            quota_table: Some(QuotaSource {
                table: "2024-national".into(),
                region: Some("广东".into()),
                per_region: false,
            }),
            judges_per_lesson: 5,
            aggregation: Aggregation::TrimmedMean,
            load: 100,
            stage_coverage: false,
        },
        Scale::National => {
            let table = lib.quota("2024-national").expect("the built-in national table");
            Plan {
                name: "2024年基础教育精品课部级遴选（演示）",
                level: Level::National,
                year: 2024,
                regions: table
                    .regions()
                    .iter()
                    .map(|r| {
                        (
                            r.name().to_owned(),
                            r.count(Category::Subject),
                            r.count(Category::Experiment),
                            r.count(Category::SpecialEducation),
                        )
                    })
                    .collect(),
                quota: [4473, 876, 170], // 2023年部级精品课数量 (seeds README)
                quota_table: Some(QuotaSource {
                    table: "2024-national".into(),
                    region: None,
                    per_region: true,
                }),
                judges_per_lesson: 5,
                aggregation: Aggregation::TrimmedMean,
                load: 100,
                stage_coverage: false,
            }
        }
    }
}

fn name(rng: &mut ChaCha8Rng) -> String {
    let s: Vec<char> = SURNAMES.chars().collect();
    let g: Vec<char> = GIVEN.chars().collect();
    let mut out = String::new();
    out.push(s[rng.random_range(0..s.len())]);
    for _ in 0..rng.random_range(1..=2) {
        out.push(g[rng.random_range(0..g.len())]);
    }
    out
}

/// An approximately normal number (mean 0, sd 1): the sum of four uniforms, rescaled.
fn normal(rng: &mut ChaCha8Rng) -> f64 {
    let s: f64 = (0..4).map(|_| rng.random::<f64>()).sum();
    (s - 2.0) * 3f64.sqrt()
}

/// Judges fill their sheets: each lesson has a quality, each judge a severity and a spread, a few
/// scores disagree widely and a veto or two is marked. Returns the filled files.
fn fill_sheets(
    blanks: &[PathBuf],
    quality: &std::collections::BTreeMap<crate::roster::LessonId, f64>,
    returned_dir: &Path,
    rng: &mut ChaCha8Rng,
) -> Result<Vec<PathBuf>, Error> {
    let mut returned = Vec::new();
    for (k, file) in blanks.iter().enumerate() {
        let mut sheet = crate::sheet::read::check(file, None)?
            .sheet
            .expect("the app's own sheet reads back");
        let severity = 3.0 * normal(rng);
        let noise = 1.5 + 2.0 * rng.random::<f64>();
        for c in &sheet.categories {
            for (i, l) in c.lessons.iter().enumerate() {
                let mut target = quality[&l.id] + severity + noise * normal(rng);
                // at every scale at least one (the first judge's first lesson), so the demo always
                // shows a lesson held for its judges' spread
                if rng.random_range(0..60) == 0 || (k == 0 && i == 0) {
                    // a large disagreement
                    target += if rng.random::<bool>() { 22.0 } else { -22.0 };
                }
                let target = target.clamp(30.0, 100.0);
                let s = sheet.scores.entry(l.id.clone()).or_default();
                s.scores = c
                    .rubric
                    .indicators()
                    .iter()
                    .map(|ind| {
                        let w = f64::from(ind.weight().tenths()) / 10.0;
                        let v = (w * target / 100.0 + 0.6 * normal(rng)).round().clamp(0.0, w);
                        Points::from_f64(v)
                    })
                    .collect();
                s.comment = String::new();
                if rng.random_range(0..900) == 0 {
                    s.vetoes.push(VetoMark {
                        veto: "advertising".into(),
                        reason: "片尾出现商业标识".into(),
                    });
                }
            }
        }
        sheet.meta.revision = 1;
        sheet.meta.generated_at = "2025-10-09T17:00:00Z".into();
        let out = returned_dir.join(file.file_name().expect("a sheet has a file name"));
        write::write(&sheet, &out)?;
        returned.push(out);
    }
    Ok(returned)
}

/// A catalog node a region already sent a lesson on, with what makes it that node.
#[derive(Clone)]
struct SentNode {
    node: String,
    stage: &'static str,
    subject: &'static str,
    grade: usize,
    edition: usize,
}

/// Builds the demo in `dir` (which must not hold a session yet).
pub fn build(dir: &Path, scale: Scale, seed: u64) -> Result<(DemoSummary, Timings), Error> {
    build_with(dir, scale, seed, false)
}

/// The copy of the demo session as it stood before its returned sheets were imported, which
/// [`build_with`] leaves when asked (the bench runs the user's commands on it).
pub const BEFORE_IMPORT: &str = "session-before-import.jpsession";

/// [`build`], and with `snapshot` a copy of the session just before the returned sheets are
/// imported, as [`BEFORE_IMPORT`] in `dir`.
pub fn build_with(dir: &Path, scale: Scale, seed: u64, snapshot: bool) -> Result<(DemoSummary, Timings), Error> {
    let lib = Library::builtin();
    let plan = plan(scale, &lib);
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut timings = Timings::default();
    std::fs::create_dir_all(dir).map_err(|e| Error::write(dir, e))?;
    let db = dir.join("session.jpsession");
    if db.exists() {
        return Err(ErrorKind::SessionExists { path: db }.into());
    }
    let actor = Actor {
        who: "演示".into(),
        at: "2025-10-08T09:00:00Z".parse().expect("a valid time"),
    };

    // the roster workbook, in an office's layout
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut keys = std::collections::BTreeSet::new();
    let mut schools_by_region: Vec<(String, Vec<String>)> = Vec::new();
    for (region, subject_n, lab_n, special_n) in &plan.regions {
        // schools by stage, so a lesson comes from a school that teaches it
        let primary: Vec<String> = vec![
            format!("{region}实验小学"),
            format!("{region}第二小学"),
            format!("{region}第五小学"),
        ];
        let junior: Vec<String> = vec![
            format!("{region}第三中学"),
            format!("{region}实验初级中学"),
            format!("{region}第六中学"),
        ];
        let senior: Vec<String> = vec![format!("{region}第一高级中学"), format!("{region}实验高级中学")];
        let schools: Vec<String> = primary.iter().chain(&junior).chain(&senior).cloned().collect();
        // the nodes this region sent already, per category: now and then an office sends two
        // lessons on one node (the roster warns; one is recommended)
        let mut special_sent = 0usize;
        let mut sent: std::collections::BTreeMap<Category, Vec<SentNode>> = Default::default();
        for (category, count) in [
            (Category::Subject, *subject_n),
            (Category::Experiment, *lab_n),
            (Category::SpecialEducation, *special_n),
        ] {
            for _ in 0..count {
                let stage = ["小学", "小学", "初中", "高中"][rng.random_range(0..4)];
                let stage = if category == Category::SpecialEducation {
                    ["小学", "初中"][rng.random_range(0..2)]
                } else {
                    stage
                };
                let subs = subjects(category, stage);
                let subject = if category == Category::SpecialEducation && special_sent % 2 == 0 {
                    // offices send special-education lessons beyond 语文、数学、生活适应 too (the
                    // 80 % cap of the notice would leave a small quota unfilled otherwise)
                    subs[3 + rng.random_range(0..subs.len() - 3)]
                } else {
                    subs[rng.random_range(0..subs.len())]
                };
                if category == Category::SpecialEducation {
                    special_sent += 1;
                }
                let gr = grades(stage);
                let mut gi = rng.random_range(0..gr.len());
                let mut edition = rng.random_range(0..EDITIONS.len());
                let unit = rng.random_range(1..=12);
                // a catalog node is one lesson of one unit of one edition's textbook
                let lesson_no = rng.random_range(1..=4);
                let si = subs.iter().position(|s| *s == subject).unwrap_or(0);
                let mut node = format!(
                    "{}{}{:02}{}{}{:02}{}",
                    [1, 2, 3][Category::ALL.iter().position(|c| *c == category).unwrap_or(0).min(2)],
                    ["小学", "初中", "高中"].iter().position(|s| *s == stage).unwrap_or(0) + 1,
                    si,
                    gi + 1,
                    edition + 1,
                    unit,
                    lesson_no
                );
                let mut subject = subject;
                let earlier = sent.entry(category).or_default();
                if !earlier.is_empty() && rng.random_range(0..60) == 0 {
                    let e = earlier[rng.random_range(0..earlier.len())].clone();
                    if e.stage == stage {
                        // the same node as a lesson this region already sent
                        (node, subject, gi, edition) = (e.node, e.subject, e.grade, e.edition);
                    }
                }
                earlier.push(SentNode {
                    node: node.clone(),
                    stage,
                    subject,
                    grade: gi,
                    edition,
                });
                let authors = if category == Category::Experiment {
                    rng.random_range(1..=5)
                } else {
                    1
                };
                let title = format!("{}：{}", TOPICS[rng.random_range(0..TOPICS.len())], subject);
                let mut teachers: Vec<String> = (0..authors).map(|_| name(&mut rng)).collect();
                while !keys.insert((category, node.clone(), title.clone(), unit, teachers.join("、"))) {
                    teachers = (0..authors).map(|_| name(&mut rng)).collect(); // one lesson per node, teacher and title
                }
                let school = if category == Category::SpecialEducation {
                    format!("{region}特殊教育学校")
                } else {
                    let fit = match stage {
                        "小学" => &primary,
                        "初中" => &junior,
                        _ => &senior,
                    };
                    fit[rng.random_range(0..fit.len())].clone()
                };
                rows.push(vec![
                    (rows.len() + 1).to_string(),
                    category.name().to_owned(),
                    region.clone(),
                    if stage == "高中" && rng.random_range(0..3) == 0 {
                        "普通高中".into()
                    } else {
                        stage.to_owned()
                    },
                    subject.to_owned(),
                    gr[gi].to_owned(),
                    EDITIONS[edition].to_owned(),
                    if category == Category::Experiment {
                        String::new()
                    } else {
                        node
                    },
                    format!("第{unit}单元 {title}"),
                    teachers.join("、"),
                    school,
                ]);
            }
        }
        schools_by_region.push((region.clone(), schools));
    }
    // a duplicate catalog node from one region, as offices do send
    if rows.len() > 2 && rows[0][1] == rows[1][1] && !rows[0][7].is_empty() {
        rows[1][7] = rows[0][7].clone();
        rows[1][2] = rows[0][2].clone();
    }
    let roster = dir.join("推荐汇总表.xlsx");
    let roster_headers: Vec<&str> = ["序号", "精品课类别", "推荐地区"]
        .into_iter()
        .chain(crate::export::LESSON_COLUMNS)
        .collect();
    write_office_table(
        &OfficeTable {
            title: &format!("{}推荐汇总表", plan.name),
            unit_line: "填报单位：（盖章）        填报日期：2025年9月",
            headers: &roster_headers,
            rows: &rows,
            numeric: &[0, 7],
            notes: &[
                "1. 同一课程节点编号原则上只推荐1节。",
                "2. 实验教学类每节署名作者不超过5人。",
            ],
        },
        &roster,
    )?;

    // the judge list: panels sized to the load
    let count = |c: Category, stage: Option<&str>| {
        rows.iter()
            .filter(|r| r[1] == c.name() && stage.is_none_or(|s| crate::roster::normalize_stage(&r[3]) == s))
            .count() as u32
    };
    let panels: Vec<(&str, u32)> = vec![
        ("小学组", count(Category::Subject, Some("小学"))),
        ("初中组", count(Category::Subject, Some("初中"))),
        ("高中组", count(Category::Subject, Some("高中"))),
        ("实验教学组", count(Category::Experiment, None)),
        ("特殊教育组", count(Category::SpecialEducation, None)),
    ];
    let mut judge_rows = Vec::new();
    let mut taken = std::collections::BTreeSet::new();
    for (panel, lessons) in &panels {
        let needed = (lessons * plan.judges_per_lesson)
            .div_ceil(plan.load)
            .max(plan.judges_per_lesson + 2);
        for k in 0..needed {
            let (region, schools) = &schools_by_region[rng.random_range(0..schools_by_region.len())];
            let unit = if k % 3 == 0 {
                schools[rng.random_range(0..schools.len())].clone()
            } else {
                format!("{region}教师发展中心")
            };
            let mut who = name(&mut rng);
            while !taken.insert((who.clone(), unit.clone())) {
                who = name(&mut rng); // the same name at the same unit would be the same judge
            }
            judge_rows.push(vec![
                (judge_rows.len() + 1).to_string(),
                who,
                unit,
                region.clone(),
                panel.to_string(),
                if k == 0 { "组长".into() } else { "组员".into() },
            ]);
        }
    }
    let judges_file = dir.join("评委名单.xlsx");
    write_office_table(
        &OfficeTable {
            title: &format!("{}评审专家名单", plan.name),
            unit_line: "",
            headers: &["序号", "姓名", "工作单位", "所在地区", "评审组", "职务"],
            rows: &judge_rows,
            numeric: &[0],
            notes: &["评委不评审本单位课例。"],
        },
        &judges_file,
    )?;

    // the session, through the real code paths
    let rubric_id = |c: Category| format!("2024-{c}");
    let settings = Settings {
        name: plan.name.into(),
        unit: demo_unit(plan.level).into(),
        level: plan.level,
        year: plan.year,
        quota_table: plan.quota_table.clone(),
        categories: Category::NOTICE_2024
            .iter()
            .zip(plan.quota)
            .map(|(c, q)| CategorySetup {
                category: *c,
                rubric: rubric_id(*c),
                quota: q,
            })
            .collect(),
        rules: Rules {
            judges_per_lesson: plan.judges_per_lesson,
            aggregation: plan.aggregation,
            stage_coverage: plan.stage_coverage,
            // the demo's judges list names districts, and its panels are sized for recusal from
            // the judge's own school only: said in the settings, so the demo stays whole (every
            // lesson judged) and the same from one version to the next
            recuse_same_region: Some(false),
            ..Rules::default()
        },
        region_quotas: Vec::new(),
    }
    .checked(&lib)?;
    let uid = format!("demo-{scale:?}-{seed}").to_lowercase();
    let mut store = app::create(&db, &settings, &lib, &uid, &actor)?;
    store
        .store
        .set_secret(&format!("{seed:016x}{:016x}", seed.wrapping_mul(0x9E37_79B9_7F4A_7C15)))?;
    timings.stage("roster import", || {
        app::import_roster(&mut store, &roster, None, &actor)
    })?;
    timings.stage("judges import + assign", || {
        app::import_judges(&mut store, &judges_file, &actor)?;
        app::run_assignment(&mut store, &actor)
    })?;
    let blank_dir = dir.join("评分表");
    let blanks = timings.stage("sheets export", || app::export_sheets(&mut store, &blank_dir, &actor))?;

    // judges fill their sheets
    let returned_dir = dir.join("收回评分表");
    std::fs::create_dir_all(&returned_dir).map_err(|e| Error::write(&returned_dir, e))?;
    let lessons = store.lessons()?;
    let quality: std::collections::BTreeMap<_, f64> = lessons
        .iter()
        .map(|l| (l.id.clone(), 80.0 + 6.0 * normal(&mut rng)))
        .collect();
    let returned = timings.stage("sheets fill (demo only)", || {
        fill_sheets(&blanks, &quality, &returned_dir, &mut rng)
    })?;
    // what the later stages do not need is not held through them (their peak memory is measured)
    let lesson_count = lessons.len() as u32;
    drop((lessons, quality, blanks));

    if snapshot {
        store.backup(&dir.join(BEFORE_IMPORT), false)?;
    }
    timings.stage(SHEETS_IMPORT, || {
        app::import_sheets(&mut store, &returned, false, &actor)
    })?;
    let input = timings.stage("load scores from session", || app::results_input(&store))?;
    let results = timings.stage("aggregate + rank + pick", || crate::results::compute_results(&input));
    drop(input);
    let categories: Vec<CategorySummary> = results
        .categories
        .iter()
        .map(|c| {
            let n = |s: Status| c.rows.iter().filter(|r| r.outcome.status == s).count() as u32;
            CategorySummary {
                category: c.category,
                lessons: c.rows.len() as u32,
                quota: c.quota,
                recommended: n(Status::Recommended),
                alternates: n(Status::Alternate),
                held: n(Status::Held),
                vetoed: n(Status::Vetoed),
            }
        })
        .collect();
    drop(results);
    let results_file = dir.join("评审结果.xlsx");
    timings.stage("results export", || app::export_results(&store, &results_file))?;
    let summary = DemoSummary {
        dir: dir.to_path_buf(),
        session: db,
        roster,
        judges_file,
        results: results_file,
        lessons: lesson_count,
        judges: store.judges()?.len() as u32,
        sheets: returned.len() as u32,
        categories,
    };
    Ok((summary, timings))
}

/// The office a demo session files its results as (填报单位).
fn demo_unit(level: crate::settings::Level) -> &'static str {
    use crate::settings::Level;
    match level {
        Level::County => "示例县教育局",
        Level::City => "南京市教育局",
        Level::Province => "广东省教育厅",
        Level::National => "教育部基础教育司（演示）",
    }
}
