//! 形式审查: each lesson's submitted files checked against the notice before any expert sees it.
//!
//! Offices download every lesson's files into one folder per lesson, named by 课程编号, by 课名,
//! or `序号-教师-课名`. A folder is matched to a lesson by id, then title, then teacher and title;
//! its files are recognised as materials by the category's rules (`[check]` in the rubric:
//! keywords and formats, data an office can extend), documents are checked to be what their
//! extension says and not empty, and videos are read from the container ([`video`]). Every
//! finding has a severity, the file, the notice line, and a sentence a clerk understands.
//! Pure apart from reading the folder; lessons are checked on every core.

mod folders;
pub mod video;

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::roster::{Lesson, LessonId};
use crate::submission::{Condition, FileKind, FileRule, SubmissionRules};

pub use folders::match_folders;
pub(crate) use folders::{files_under, has_files, subdirs};
use folders::{relative, squash};
pub use video::{Unreadable, VideoInfo};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Advice of the notice (建议码率): worth telling, not a breach.
    Warning,
    /// Does not meet the notice.
    Error,
}

/// What is wrong, as data: the window and the workbook turn it into a sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum FindingKind {
    /// No folder of the materials folder matched the lesson.
    NoFolder,
    /// The category has no 形式审查 rules in its rubric.
    NoRules,
    /// A required material is missing (for 课时 `hour` when it is needed once per 课时).
    Missing {
        material: String,
        hour: Option<u32>,
    },
    /// Fewer files than required (学生导学案扫描件: at least 3).
    TooFew {
        material: String,
        found: u32,
        min: u32,
    },
    /// More 课时 than the notice allows.
    TooManyHours {
        found: u32,
        max: u32,
    },
    /// A file's format is not one the material may have.
    WrongFormat {
        material: String,
        format: String,
        allowed: Vec<String>,
    },
    /// An empty file.
    Empty,
    /// The file is not what its extension says, or cannot be opened.
    Unreadable {
        format: String,
    },
    /// A file no rule recognised.
    Unrecognised,
    /// The video cannot be read (`why`: not_mp4, truncated, no_movie, damaged, no_video, io).
    VideoUnreadable {
        why: String,
    },
    VideoCodec {
        found: String,
        want: String,
    },
    Resolution {
        width: u32,
        height: u32,
        want_width: u32,
        want_height: u32,
    },
    Aspect {
        width: u32,
        height: u32,
    },
    FrameRate {
        found: f64,
        want: f64,
    },
    AudioCodec {
        found: String,
        want: String,
    },
    NoAudio,
    Duration {
        minutes: f64,
        min: f64,
        max: f64,
        stage: String,
    },
    /// The lesson's stage has no duration rule (the duration is not checked).
    DurationUnchecked {
        stage: String,
    },
    TooLarge {
        megabytes: u32,
        max: u32,
    },
    /// Advice: overall bitrate far from the notice's.
    Bitrate {
        mbps: f64,
        advice: f64,
    },
    /// Advice: audio bitrate far from the notice's.
    AudioBitrate {
        kbps: f64,
        advice: f64,
    },
}

/// One finding about one lesson (or one of its files).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Finding {
    pub severity: Severity,
    #[serde(flatten)]
    pub kind: FindingKind,
    /// The file, relative to the lesson's folder; empty for the lesson as a whole.
    pub file: String,
    /// The notice line the rule comes from.
    pub source: String,
}

impl Finding {
    /// The sentence printed for offices (Chinese, like the rest of the workbook).
    pub fn text(&self) -> String {
        use FindingKind::*;
        let body = match &self.kind {
            NoFolder => "材料文件夹中没有找到这节课例的文件夹".to_owned(),
            NoRules => "该类别的评分标准没有形式审查规则，未检查".to_owned(),
            Missing {
                material,
                hour: Some(h),
            } => format!("第{h}课时缺少{material}"),
            Missing { material, hour: None } => format!("缺少{material}"),
            TooFew { material, found, min } => format!("{material}只有{found}份，至少需要{min}份"),
            TooManyHours { found, max } => format!("共{found}个课时，超过最多{max}个课时"),
            WrongFormat {
                material,
                format,
                allowed,
            } => {
                format!("{material}的格式为{format}，应为{}", allowed.join("/"))
            }
            Empty => "文件为空".to_owned(),
            Unreadable { format } => format!("文件无法作为{format}打开（内容与扩展名不符或已损坏）"),
            Unrecognised => "未能识别是哪项材料（文件名中没有材料名称）".to_owned(),
            VideoUnreadable { why } => match why.as_str() {
                "not_mp4" => "不是MP4视频文件".to_owned(),
                "truncated" => "视频文件不完整（下载或拷贝中断）".to_owned(),
                "no_movie" => "视频缺少文件头，无法播放".to_owned(),
                "no_video" => "文件中没有视频画面".to_owned(),
                _ => "视频文件已损坏，无法读取".to_owned(),
            },
            VideoCodec { found, want } => format!("视频编码为{found}，应为{want}"),
            Resolution {
                width,
                height,
                want_width,
                want_height,
            } => format!("分辨率为{width}×{height}，应为{want_width}×{want_height}"),
            Aspect { width, height } => format!("画面比例为{width}:{height}，应为16:9"),
            FrameRate { found, want } => format!("帧率为{found:.2}帧/秒，应为{want}帧"),
            AudioCodec { found, want } => format!("音频编码为{found}，应为{want}"),
            NoAudio => "视频没有声音".to_owned(),
            Duration {
                minutes,
                min,
                max,
                stage,
            } => {
                format!("时长{minutes:.1}分钟，{stage}应为{min}—{max}分钟")
            }
            DurationUnchecked { stage } => format!("学段「{stage}」没有时长规定，未检查时长"),
            TooLarge { megabytes, max } => format!("文件{megabytes}MB，超过{max}MB"),
            Bitrate { mbps, advice } => format!("码率{mbps:.1}Mbps，建议{advice}Mbps"),
            AudioBitrate { kbps, advice } => format!("音频码率{kbps:.0}Kbps，建议{advice}Kbps"),
        };
        if self.file.is_empty() {
            body
        } else {
            format!("{}：{body}", self.file)
        }
    }
}

/// A file of the lesson's folder and what it was taken as.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SeenFile {
    /// Relative to the lesson's folder.
    pub path: String,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub bytes: u64,
    pub material: Option<String>,
    pub hour: Option<u32>,
    pub video: Option<VideoInfo>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
#[derive(strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum CheckStatus {
    Passed,
    Warnings,
    Failed,
}

impl CheckStatus {
    /// The result's stable code (`warnings`, …), as serialized and stored.
    pub fn code(self) -> &'static str {
        self.into()
    }

    /// Every result, worst first (the order the materials page's filter offers them).
    pub const ALL: [CheckStatus; 3] = [CheckStatus::Failed, CheckStatus::Warnings, CheckStatus::Passed];
}

/// One lesson's 形式审查.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LessonCheck {
    pub lesson: LessonId,
    /// The matched folder, relative to the materials folder.
    pub folder: Option<String>,
    pub files: Vec<SeenFile>,
    pub findings: Vec<Finding>,
    pub status: CheckStatus,
}

/// A whole check of a materials folder.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CheckReport {
    pub root: String,
    pub lessons: Vec<LessonCheck>,
    /// Folders that matched no lesson (or several), relative to the root.
    pub unmatched: Vec<String>,
}

impl CheckReport {
    pub fn failed(&self) -> usize {
        self.lessons.iter().filter(|l| l.status == CheckStatus::Failed).count()
    }
}

/// The 课时 a name marks: `第2课时`, `课时2`, `第二课时`.
fn hour_of(name: &str) -> Option<u32> {
    let digits = |s: &str| -> Option<u32> {
        let c = s.chars().next()?;
        c.to_digit(10)
            .or_else(|| "一二三四五六七八九".chars().position(|x| x == c).map(|i| i as u32 + 1))
    };
    if let Some(i) = name.find("课时") {
        // 课时N after, or 第N before
        if let Some(n) = digits(name[i + "课时".len()..].trim_start()) {
            return Some(n);
        }
        let before: String = name[..i].chars().rev().take_while(|c| *c != '第').collect();
        if let Some(n) = digits(&before.chars().rev().collect::<String>()) {
            return Some(n);
        }
    }
    None
}

/// Takes a file as the first rule whose keyword its name (or its folder's, within the lesson
/// folder) contains; a video or slides file no keyword names goes to the first rule of its format
/// for a material the category requires (a video called 春.mp4 is the 微课视频, not the optional
/// 实验视频).
fn classify<'r>(rel: &str, ext: &str, rules: &'r [FileRule], required: &dyn Fn(&str) -> bool) -> Option<&'r FileRule> {
    let name = squash(rel);
    let named = |r: &&FileRule| r.keywords.iter().any(|k| name.contains(&squash(k)));
    // a name and a format that fit (实验教学设计.docx is not the 实验视频 for its 实验), else the
    // name alone (so that a wrong format is named), else the format
    rules
        .iter()
        .filter(named)
        .find(|r| r.formats().contains(&ext))
        .or_else(|| rules.iter().find(named))
        .or_else(|| {
            let by_format = || {
                rules
                    .iter()
                    .filter(|r| matches!(r.kind, FileKind::Video | FileKind::Slides))
                    .filter(|r| r.formats().contains(&ext))
            };
            by_format()
                .find(|r| required(&r.material))
                .or_else(|| by_format().next())
        })
}

/// Checks a document's first bytes against its extension.
fn opens_as(path: &Path, ext: &str) -> bool {
    let mut head = [0u8; 8];
    let n = std::fs::File::open(path)
        .and_then(|mut f| std::io::Read::read(&mut f, &mut head))
        .unwrap_or(0);
    let head = &head[..n];
    let zip = head.starts_with(b"PK\x03\x04");
    let ole = head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
    match ext {
        "docx" | "pptx" | "xlsx" => zip,
        "doc" | "ppt" | "xls" => ole,
        "wps" | "dps" | "et" => ole || zip,
        "pdf" => head.starts_with(b"%PDF"),
        "jpg" | "jpeg" => head.starts_with(&[0xFF, 0xD8, 0xFF]),
        "png" => head.starts_with(&[0x89, b'P', b'N', b'G']),
        _ => true,
    }
}

/// Checks one lesson's folder against its category's rubric (its `[check]` rules, and its
/// material list for what is required).
pub fn check_lesson(
    lesson: &Lesson,
    folder: Option<(&Path, &str)>,
    rubric: Option<&crate::rubric::Rubric>,
) -> LessonCheck {
    let rules: Option<&SubmissionRules> = rubric.and_then(|r| r.check());
    let mut out = LessonCheck {
        lesson: lesson.id.clone(),
        folder: folder.map(|(_, rel)| rel.to_owned()),
        files: Vec::new(),
        findings: Vec::new(),
        status: CheckStatus::Passed,
    };
    let lesson_finding = |severity, kind, source: &str| Finding {
        severity,
        kind,
        file: String::new(),
        source: source.to_owned(),
    };
    let Some(rules) = rules else {
        out.findings
            .push(lesson_finding(Severity::Warning, FindingKind::NoRules, ""));
        return finish(out);
    };
    let Some((dir, _)) = folder else {
        out.findings
            .push(lesson_finding(Severity::Error, FindingKind::NoFolder, &rules.source));
        return finish(out);
    };
    let required = |material: &str| {
        rubric
            .and_then(|r| r.materials().iter().find(|m| m.name() == material))
            .is_none_or(|m| m.required())
    };
    let mut taken: BTreeMap<(&str, u32), u32> = BTreeMap::new();
    let mut hours = std::collections::BTreeSet::new();
    // several videos of one material without a 课时 mark are several 课时, in name order
    let mut unmarked_videos: BTreeMap<String, u32> = BTreeMap::new();
    for path in files_under(dir) {
        let rel = relative(dir, &path);
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        let bytes = std::fs::metadata(&path).map_or(0, |m| m.len());
        let mut seen = SeenFile {
            path: rel.clone(),
            bytes,
            material: None,
            hour: None,
            video: None,
        };
        let file_finding = |severity, kind, source: &str| Finding {
            severity,
            kind,
            file: rel.clone(),
            source: source.to_owned(),
        };
        let Some(rule) = classify(&rel, &ext, &rules.files, &required) else {
            out.findings
                .push(file_finding(Severity::Warning, FindingKind::Unrecognised, ""));
            out.files.push(seen);
            continue;
        };
        seen.material = Some(rule.material.clone());
        let hour = if rule.per_hour {
            let marked = hour_of(&rel);
            let h = match (marked, rule.kind) {
                (Some(h), _) => h,
                // several videos without a mark are several 课时, in name order
                (None, FileKind::Video) => {
                    let n = unmarked_videos.entry(rule.material.clone()).or_default();
                    *n += 1;
                    *n
                }
                (None, _) => 1,
            };
            hours.insert(h);
            Some(h)
        } else {
            None
        };
        seen.hour = hour;
        let formats = rule.formats();
        if !formats.contains(&ext.as_str()) {
            out.findings.push(file_finding(
                Severity::Error,
                FindingKind::WrongFormat {
                    material: rule.material.clone(),
                    format: if ext.is_empty() {
                        "（无扩展名）".into()
                    } else {
                        ext.clone()
                    },
                    allowed: formats.iter().map(|s| s.to_string()).collect(),
                },
                &rule.source,
            ));
        } else if bytes == 0 {
            out.findings
                .push(file_finding(Severity::Error, FindingKind::Empty, &rule.source));
        } else if rule.kind == FileKind::Video {
            match video::probe(&path) {
                Ok(info) => {
                    if let Some(v) = &rules.video {
                        video_findings(&info, v, &lesson.fields.stage, &rel, &mut out.findings);
                    }
                    seen.video = Some(info);
                }
                Err(why) => out.findings.push(file_finding(
                    Severity::Error,
                    FindingKind::VideoUnreadable {
                        why: why.code().to_owned(),
                    },
                    rules.video.as_ref().map_or("", |v| v.source.as_str()),
                )),
            }
            *taken.entry((rule.material.as_str(), hour.unwrap_or(0))).or_default() += 1;
        } else if !opens_as(&path, &ext) {
            out.findings.push(file_finding(
                Severity::Error,
                FindingKind::Unreadable { format: ext.clone() },
                &rule.source,
            ));
        } else {
            *taken.entry((rule.material.as_str(), hour.unwrap_or(0))).or_default() += 1;
        }
        out.files.push(seen);
    }
    if hours.is_empty() {
        hours.insert(1);
    }
    let several_authors = lesson.fields.teachers.len() > 1;
    if hours.len() as u32 > rules.max_hours {
        out.findings.push(lesson_finding(
            Severity::Error,
            FindingKind::TooManyHours {
                found: hours.len() as u32,
                max: rules.max_hours,
            },
            &rules.source,
        ));
    }
    for rule in &rules.files {
        let needed = match rule.when {
            Some(Condition::SeveralAuthors) => several_authors,
            None => true,
        };
        // the material list says what the category may omit (特殊教育: 作业练习); a rule for an
        // optional material only recognises its files
        if !needed || !required(&rule.material) {
            continue;
        }
        let wanted: Vec<Option<u32>> = if rule.per_hour {
            hours.iter().map(|h| Some(*h)).collect()
        } else {
            vec![None]
        };
        for h in wanted {
            let n = taken
                .get(&(rule.material.as_str(), h.unwrap_or(0)))
                .copied()
                .unwrap_or(0);
            let hour = h.filter(|_| hours.len() > 1);
            if n == 0 {
                out.findings.push(lesson_finding(
                    Severity::Error,
                    FindingKind::Missing {
                        material: rule.material.clone(),
                        hour,
                    },
                    &rule.source,
                ));
            } else if n < rule.min_count {
                out.findings.push(lesson_finding(
                    Severity::Error,
                    FindingKind::TooFew {
                        material: rule.material.clone(),
                        found: n,
                        min: rule.min_count,
                    },
                    &rule.source,
                ));
            }
        }
    }
    finish(out)
}

fn finish(mut out: LessonCheck) -> LessonCheck {
    out.status = if out.findings.iter().any(|f| f.severity == Severity::Error) {
        CheckStatus::Failed
    } else if out.findings.is_empty() {
        CheckStatus::Passed
    } else {
        CheckStatus::Warnings
    };
    out
}

fn video_findings(info: &VideoInfo, v: &crate::submission::VideoRules, stage: &str, rel: &str, out: &mut Vec<Finding>) {
    let f = |severity, kind| Finding {
        severity,
        kind,
        file: rel.to_owned(),
        source: v.source.clone(),
    };
    let norm = |s: &str| squash(s).replace("avc", "h264");
    if norm(&info.codec) != norm(&v.codec) {
        out.push(f(
            Severity::Error,
            FindingKind::VideoCodec {
                found: info.codec.clone(),
                want: v.codec.clone(),
            },
        ));
    }
    if (info.width, info.height) != (v.width, v.height) {
        out.push(f(
            Severity::Error,
            FindingKind::Resolution {
                width: info.width,
                height: info.height,
                want_width: v.width,
                want_height: v.height,
            },
        ));
    }
    let (dw, dh) = if info.display_width > 0 && info.display_height > 0 {
        (info.display_width, info.display_height)
    } else {
        (info.width, info.height)
    };
    if dh == 0 || (f64::from(dw) / f64::from(dh) - 16.0 / 9.0).abs() > 0.02 {
        let g = gcd(dw, dh).max(1);
        out.push(f(
            Severity::Error,
            FindingKind::Aspect {
                width: dw / g,
                height: dh / g,
            },
        ));
    }
    if (info.fps - v.fps).abs() > 0.5 {
        out.push(f(
            Severity::Error,
            FindingKind::FrameRate {
                found: (info.fps * 100.0).round() / 100.0,
                want: v.fps,
            },
        ));
    }
    match &info.audio {
        None => out.push(f(Severity::Error, FindingKind::NoAudio)),
        Some(a) if squash(a) != squash(&v.audio) => out.push(f(
            Severity::Error,
            FindingKind::AudioCodec {
                found: a.clone(),
                want: v.audio.clone(),
            },
        )),
        Some(_) => {}
    }
    let minutes = info.duration / 60.0;
    match v.duration_for(stage) {
        Some(d) if minutes < d.min_minutes - 0.05 || minutes > d.max_minutes + 0.05 => out.push(Finding {
            source: if d.source.is_empty() {
                v.source.clone()
            } else {
                d.source.clone()
            },
            ..f(
                Severity::Error,
                FindingKind::Duration {
                    minutes: (minutes * 10.0).round() / 10.0,
                    min: d.min_minutes,
                    max: d.max_minutes,
                    stage: stage.to_owned(),
                },
            )
        }),
        Some(_) => {}
        None => out.push(f(
            Severity::Warning,
            FindingKind::DurationUnchecked {
                stage: stage.to_owned(),
            },
        )),
    }
    let megabytes = u32::try_from(info.bytes.div_ceil(1 << 20)).unwrap_or(u32::MAX);
    if megabytes > v.max_megabytes {
        out.push(f(
            Severity::Error,
            FindingKind::TooLarge {
                megabytes,
                max: v.max_megabytes,
            },
        ));
    }
    if let Some(advice) = v.advice_mbps {
        if info.overall_mbps < advice / 2.0 || info.overall_mbps > advice * 2.0 {
            out.push(f(
                Severity::Warning,
                FindingKind::Bitrate {
                    mbps: (info.overall_mbps * 10.0).round() / 10.0,
                    advice,
                },
            ));
        }
    }
    if let (Some(advice), Some(kbps)) = (v.advice_audio_kbps, info.audio_kbps) {
        if kbps < advice / 2.0 || kbps > advice * 2.0 {
            out.push(f(
                Severity::Warning,
                FindingKind::AudioBitrate {
                    kbps: kbps.round(),
                    advice,
                },
            ));
        }
    }
}

fn gcd(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

/// Checks every lesson against the folder `root`, on every core, with its category's rubric;
/// `progress` is called after each lesson with (done, total).
pub fn check(
    root: &Path,
    lessons: &[&Lesson],
    rubrics: &BTreeMap<crate::Category, crate::rubric::Rubric>,
    progress: &mut dyn FnMut(usize, usize),
) -> CheckReport {
    let (folders, unmatched) = match_folders(root, lessons);
    let total = lessons.len();
    let mut checks: Vec<LessonCheck> = Vec::with_capacity(total);
    let _ = crate::par::for_each_ordered(
        lessons,
        crate::par::workers(total),
        |l| {
            let folder = folders.get(&l.id).map(|d| (d.as_path(), relative(root, d)));
            check_lesson(
                l,
                folder.as_ref().map(|(d, rel)| (*d, rel.as_str())),
                rubrics.get(&l.fields.category),
            )
        },
        |i, c| {
            checks.push(c);
            progress(i + 1, total);
            Ok::<_, ()>(())
        },
    );
    CheckReport {
        root: root.display().to_string(),
        lessons: checks,
        unmatched,
    }
}
