//! What a judge entered for one lesson: a score per indicator (or none yet), the veto items marked
//! with their reasons, the comment, or 未评 with its reason. The domain's record of a judgement,
//! whatever carried it: a score sheet (`sheet`), judge mode's workspace, the session file.

use serde::{Deserialize, Serialize};

use crate::points::Points;

/// A veto item a judge marked, with the reason they must give.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct VetoMark {
    pub veto: String,
    pub reason: String,
}

/// What one judge entered for one lesson.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LessonScores {
    /// One entry per indicator of the lesson's rubric, in rubric order; `None` = not scored.
    pub scores: Vec<Option<Points>>,
    pub vetoes: Vec<VetoMark>,
    pub comment: String,
    /// Set when the judge did not score the lesson on purpose (未评), with the reason.
    pub unscored: Option<String>,
}

impl LessonScores {
    pub fn blank(indicators: usize) -> Self {
        LessonScores {
            scores: vec![None; indicators],
            ..LessonScores::default()
        }
    }

    /// Scored completely, or marked 未评 with a reason.
    pub fn is_complete(&self) -> bool {
        self.unscored.as_ref().is_some_and(|r| !r.trim().is_empty()) || self.scores.iter().all(Option::is_some)
    }

    pub fn total(&self) -> Points {
        self.scores.iter().flatten().copied().sum()
    }
}
