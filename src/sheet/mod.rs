//! The score sheet (评分表): one xlsx per judge, the one interchange format between the chair and
//! the judges, in both directions.
//!
//! Visible worksheets (one per category) hold a header row with `课程编号`, the lesson's
//! descriptive columns, one column per indicator (`教学目标科学合理（10分）`), 总分 (a live formula),
//! 否决项, 评语 and 未评原因. A hidden worksheet `_jingpin` carries the format version, session and
//! judge, each rubric (id, hash and full text, so the judge's app needs nothing else), the assigned
//! lessons, a revision, a snapshot of what the app wrote, and an HMAC-SHA256 over all of that.
//!
//! Threat model (see docs/threat-model.md): the HMAC key of a judge is derived from a secret that never
//! leaves the chair's session file; the judge's copy of that key travels inside the sheet, so the
//! judge's app can sign what it writes. A matching HMAC proves the sheet was written by software
//! holding this judge's key for this session and not edited since; it does not prove who typed the
//! scores, and someone who extracts the key from the hidden sheet can forge that one judge's sheet.

pub mod read;
mod verdict;
pub mod write;

use std::collections::BTreeMap;

use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use crate::category::Category;
use crate::judges::JudgeId;
use crate::roster::{Lesson, LessonId};
use crate::rubric::Rubric;
use crate::scores::{LessonScores, VetoMark};

/// The sheet format this program writes and reads.
pub const FORMAT_VERSION: u32 = 1;
/// The hidden worksheet's name.
pub const META_SHEET: &str = "_jingpin";
/// Marks the first cell of the hidden sheet.
pub const FORMAT_TAG: &str = "jingpin-score-sheet";

/// Column headers of the visible sheets (the indicator columns sit between `SCORE_AFTER` and 总分).
pub mod headers {
    pub const LESSON_ID: &str = "课程编号";
    pub const DESCRIPTIVE: [&str; 7] = ["类别", "学段", "学科", "年级", "课名", "主讲教师", "单位"];
    pub const TOTAL: &str = "总分";
    pub const VETO: &str = "否决项";
    pub const COMMENT: &str = "评语";
    pub const UNSCORED: &str = "未评原因";
}

/// One category's worksheet.
#[derive(Debug, Clone, PartialEq)]
pub struct CategorySheet {
    pub sheet_name: String,
    pub rubric: Rubric,
    pub lessons: Vec<Lesson>,
}

/// Who the sheet is for and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SheetMeta {
    pub version: u32,
    pub session_id: String,
    pub session_name: String,
    pub judge_id: JudgeId,
    pub judge_name: String,
    /// This judge's HMAC key, hex. See the module's threat model.
    pub judge_key: String,
    /// RFC 3339.
    pub generated_at: String,
    pub revision: u32,
    /// The token of the blank sheet the session issued (see [`IssuedSheet`]); kept through every
    /// revision the judge's app writes. Empty in sheets written before it existed.
    #[serde(default)]
    pub issue: String,
}

/// A whole score sheet: meta, the categories with their lessons, and the scores.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoreSheet {
    pub meta: SheetMeta,
    pub categories: Vec<CategorySheet>,
    pub scores: BTreeMap<LessonId, LessonScores>,
}

impl ScoreSheet {
    /// Every assigned lesson, in sheet order.
    pub fn lesson_ids(&self) -> Vec<LessonId> {
        self.categories
            .iter()
            .flat_map(|c| c.lessons.iter().map(|l| l.id.clone()))
            .collect()
    }

    pub fn category_of(&self, lesson: &LessonId) -> Option<&CategorySheet> {
        self.categories
            .iter()
            .find(|c| c.lessons.iter().any(|l| l.id == *lesson))
    }

    /// The sheet name for a category: `评分表` when the judge has one category, else `评分表-<类别>`.
    pub fn sheet_name(category: Category, categories: usize) -> String {
        if categories == 1 {
            "评分表".to_owned()
        } else {
            format!("评分表-{category}")
        }
    }

    /// The same sheet with an entry for every lesson (blank where nothing was entered), the form
    /// in which it is written and signed.
    pub fn normalized(&self) -> ScoreSheet {
        let mut out = self.clone();
        for c in &self.categories {
            for l in &c.lessons {
                out.scores
                    .entry(l.id.clone())
                    .or_insert_with(|| LessonScores::blank(c.rubric.indicators().len()));
            }
        }
        out
    }

    /// The signature over everything the sheet asserts, keyed with the judge's key.
    pub fn signature(&self, key: &[u8]) -> String {
        self.signature_over(key, &self.scores)
    }

    /// The signature with `scores` in place of the sheet's own: anything that serializes as the
    /// scores map does, such as the reader's snapshot kept as the JSON text it was written as.
    pub(crate) fn signature_over<S: Serialize>(&self, key: &[u8], scores: &S) -> String {
        #[derive(Serialize)]
        struct Signed<'a, S> {
            version: u32,
            session_id: &'a str,
            judge_id: &'a JudgeId,
            generated_at: &'a str,
            revision: u32,
            // absent from sheets written before issues were recorded, which keep verifying
            #[serde(skip_serializing_if = "str::is_empty")]
            issue: &'a str,
            rubrics: Vec<(&'a str, &'a str)>,
            lessons: Vec<LessonId>,
            scores: &'a S,
        }
        let signed = Signed {
            version: self.meta.version,
            session_id: &self.meta.session_id,
            judge_id: &self.meta.judge_id,
            generated_at: &self.meta.generated_at,
            revision: self.meta.revision,
            issue: &self.meta.issue,
            rubrics: self
                .categories
                .iter()
                .map(|c| (c.rubric.id().as_str(), c.rubric.content_hash()))
                .collect(),
            lessons: self.lesson_ids(),
            scores,
        };
        let message = serde_json::to_vec(&signed).expect("signed content serializes");
        hmac_hex(key, &message)
    }
}

/// A blank sheet as the session issued it to a judge: the record a returned sheet is read against
/// when its own signature does not verify (nothing in such a sheet's hidden sheet is trusted).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct IssuedSheet {
    /// HMAC of the session secret over everything below: unguessable without the session file,
    /// carried in the sheet's hidden sheet as `issue`.
    pub token: String,
    pub judge: JudgeId,
    /// The sheet's `generated_at`.
    pub issued_at: String,
    pub revision: u32,
    pub categories: Vec<IssuedCategory>,
}

/// One category's worksheet of an issued sheet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct IssuedCategory {
    pub category: Category,
    pub sheet: String,
    pub rubric_hash: String,
    pub lessons: Vec<LessonId>,
}

impl IssuedSheet {
    /// The record of `sheet` (a blank sheet about to be written), with its token set in the
    /// sheet's meta as well.
    pub fn issue(sheet: &mut ScoreSheet, session_secret: &str) -> IssuedSheet {
        let categories: Vec<IssuedCategory> = sheet
            .categories
            .iter()
            .map(|c| IssuedCategory {
                category: c.rubric.category(),
                sheet: c.sheet_name.clone(),
                rubric_hash: c.rubric.content_hash().to_owned(),
                lessons: c.lessons.iter().map(|l| l.id.clone()).collect(),
            })
            .collect();
        let message = serde_json::to_vec(&(
            "issue",
            &sheet.meta.session_id,
            &sheet.meta.judge_id,
            &sheet.meta.generated_at,
            sheet.meta.revision,
            &categories,
        ))
        .expect("an issue serializes");
        let token = hmac_hex(session_secret.as_bytes(), &message);
        sheet.meta.issue = token.clone();
        IssuedSheet {
            token,
            judge: sheet.meta.judge_id.clone(),
            issued_at: sheet.meta.generated_at.clone(),
            revision: sheet.meta.revision,
            categories,
        }
    }

    pub fn lesson_ids(&self) -> impl Iterator<Item = &LessonId> {
        self.categories.iter().flat_map(|c| c.lessons.iter())
    }
}

pub fn hmac_hex(key: &[u8], message: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes keys of any length");
    mac.update(message);
    hex::encode(mac.finalize().into_bytes())
}

/// A judge's sheet key: HMAC(session secret, judge id), so the chair can recompute it and the
/// session secret never leaves the session file.
pub fn judge_key(session_secret: &str, judge: &JudgeId) -> String {
    hmac_hex(session_secret.as_bytes(), judge.as_str().as_bytes())
}

/// The 否决项 cell as the sheet writes it: `含广告：理由；抄袭/冒名顶替/非原创：理由` (item names, not ids).
pub fn veto_cell(rubric: &crate::rubric::Rubric, marks: &[VetoMark]) -> String {
    marks
        .iter()
        .map(|m| {
            let name = rubric
                .vetoes()
                .iter()
                .find(|v| v.id() == m.veto)
                .map_or(m.veto.as_str(), |v| v.name());
            format!("{name}：{}", m.reason)
        })
        .collect::<Vec<_>>()
        .join("；")
}
