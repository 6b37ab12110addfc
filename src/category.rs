//! The lesson categories (精品课类别) the notices define.
//!
//! 2023–2025: 学科课程, 特殊教育, 实验教学; from 2025 also 人工智能教育（义务教育阶段） and 阅读课
//! (教基厅函〔2025〕20号). The Chinese name is the serialized form because it is what users type
//! into rubric files, rosters and quota tables.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Category {
    #[serde(rename = "学科课程")]
    Subject,
    #[serde(rename = "特殊教育")]
    SpecialEducation,
    #[serde(rename = "实验教学")]
    Experiment,
    #[serde(rename = "人工智能教育")]
    ArtificialIntelligence,
    #[serde(rename = "阅读课")]
    Reading,
}

impl Category {
    /// The three categories of the 2024 notice (附件2's columns), which a new session covers.
    pub const NOTICE_2024: [Category; 3] = [Category::Subject, Category::Experiment, Category::SpecialEducation];

    pub const ALL: [Category; 5] = [
        Category::Subject,
        Category::SpecialEducation,
        Category::Experiment,
        Category::ArtificialIntelligence,
        Category::Reading,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Category::Subject => "学科课程",
            Category::SpecialEducation => "特殊教育",
            Category::Experiment => "实验教学",
            Category::ArtificialIntelligence => "人工智能教育",
            Category::Reading => "阅读课",
        }
    }

    /// Accepts the canonical name and the spellings the notices and offices use
    /// (`人工智能教育（义务教育阶段）`, `学科课程类`, `实验教学类精品课`, half-width brackets…).
    pub fn parse(text: &str) -> Option<Category> {
        let t: String = text
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '\u{3000}')
            .collect();
        let t = t.trim_end_matches("精品课");
        let t = t.trim_end_matches('类');
        Category::ALL
            .into_iter()
            .find(|c| t == c.name() || t.starts_with(c.name()))
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Category {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Category::parse(s).ok_or_else(|| s.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_spellings_offices_use() {
        assert_eq!(Category::parse("学科课程"), Some(Category::Subject));
        assert_eq!(Category::parse(" 实验教学类 "), Some(Category::Experiment));
        assert_eq!(Category::parse("特殊教育类精品课"), Some(Category::SpecialEducation));
        assert_eq!(
            Category::parse("人工智能教育（义务教育阶段）"),
            Some(Category::ArtificialIntelligence)
        );
        assert_eq!(Category::parse("阅读课"), Some(Category::Reading));
        assert_eq!(Category::parse("体育"), None);
    }
}
