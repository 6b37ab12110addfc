//! Quota tables (推荐名额): how many lessons each region may recommend per category.
//!
//! Two-step like rubrics: [`RawQuotaTable`] mirrors the file, [`QuotaTable::from_toml`] checks it
//! (non-negative integer counts, known categories, no duplicate region, stated totals match)
//! and reports every problem with its line.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::{Deserialize, Serialize};
use toml::{Spanned, Table, Value};

use crate::category::Category;
use crate::error::{ProblemKind, Report};
use crate::toml_source::{Field, Source};

#[derive(Debug, Deserialize)]
pub struct RawQuotaTable {
    id: Field,
    year: Field,
    level: Field,
    title: Field,
    source: Field,
    totals: Option<Spanned<Table>>,
    #[serde(default)]
    region: Vec<Spanned<Table>>,
}

/// One region's row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Region {
    name: String,
    counts: BTreeMap<Category, u32>,
}

impl Region {
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The region's quota for a category (0 when the table gives none).
    pub fn count(&self, category: Category) -> u32 {
        self.counts.get(&category).copied().unwrap_or(0)
    }
}

/// A validated quota table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct QuotaTable {
    id: String,
    year: u16,
    level: String,
    title: String,
    source: String,
    /// The categories the table has columns for, in the order the file first names them
    /// (the notice's column order).
    categories: Vec<Category>,
    regions: Vec<Region>,
    /// Sum over the regions per category.
    totals: BTreeMap<Category, u32>,
}

impl QuotaTable {
    pub fn id(&self) -> &str {
        &self.id
    }
    pub fn year(&self) -> u16 {
        self.year
    }
    pub fn level(&self) -> &str {
        &self.level
    }
    pub fn title(&self) -> &str {
        &self.title
    }
    pub fn source(&self) -> &str {
        &self.source
    }
    pub fn categories(&self) -> &[Category] {
        &self.categories
    }
    pub fn regions(&self) -> &[Region] {
        &self.regions
    }
    pub fn region(&self, name: &str) -> Option<&Region> {
        self.regions.iter().find(|r| r.name == name)
    }
    pub fn total(&self, category: Category) -> u32 {
        self.totals.get(&category).copied().unwrap_or(0)
    }

    pub fn from_toml(text: &str, path: &Path) -> Result<QuotaTable, Report> {
        let src = Source { path, text };
        let mut report = Report::default();
        let Some(raw) = src.parse::<RawQuotaTable>(&mut report) else {
            return Err(report);
        };
        let top = 0..0;
        let id = src.text(&mut report, &raw.id, "id", &top);
        let year = src.year(&mut report, &raw.year, &top);
        let level = src.text(&mut report, &raw.level, "level", &top);
        let title = src.text(&mut report, &raw.title, "title", &top);
        let source = src.text(&mut report, &raw.source, "source", &top);

        if raw.region.is_empty() {
            report.push(crate::error::Location::file(path), ProblemKind::NoRegions);
        }
        let mut regions = Vec::new();
        let mut names = BTreeSet::new();
        let mut categories: Vec<Category> = Vec::new();
        for item in &raw.region {
            let at = src.at(&item.span());
            let mut table = item.get_ref().clone();
            let name = match table.remove("name") {
                Some(Value::String(s)) if !s.trim().is_empty() => s.trim().to_owned(),
                Some(_) => {
                    report.push(
                        at,
                        ProblemKind::EmptyValue {
                            field: "region.name".into(),
                        },
                    );
                    continue;
                }
                None => {
                    report.push(
                        at,
                        ProblemKind::MissingField {
                            field: "region.name".into(),
                        },
                    );
                    continue;
                }
            };
            if !names.insert(name.clone()) {
                report.push(at.clone(), ProblemKind::DuplicateRegion { region: name.clone() });
            }
            let counts = counts(&table, &name, &src, &item.span(), &mut report);
            for (c, _) in &counts {
                if !categories.contains(c) {
                    categories.push(*c);
                }
            }
            regions.push(Region {
                name,
                counts: counts.into_iter().collect(),
            });
        }

        let mut totals = BTreeMap::new();
        for c in &categories {
            totals.insert(*c, regions.iter().map(|r| r.count(*c)).sum::<u32>());
        }
        if let Some(stated) = &raw.totals {
            let stated_counts = counts(stated.get_ref(), "totals", &src, &stated.span(), &mut report);
            for (c, n) in stated_counts {
                let actual = totals.get(&c).copied().unwrap_or(0);
                if actual != n {
                    report.push(
                        src.at(&stated.span()),
                        ProblemKind::TotalMismatch {
                            category: c.to_string(),
                            stated: n,
                            actual,
                        },
                    );
                }
            }
        }
        if !report.is_empty() {
            return Err(report);
        }
        Ok(QuotaTable {
            id: id.expect("reported when missing"),
            year: year.expect("reported when missing"),
            level: level.expect("reported when missing"),
            title: title.expect("reported when missing"),
            source: source.expect("reported when missing"),
            categories,
            regions,
            totals,
        })
    }
}

/// The `category = count` pairs of a region or totals table.
fn counts(
    table: &Table,
    region: &str,
    src: &Source<'_>,
    span: &std::ops::Range<usize>,
    report: &mut Report,
) -> Vec<(Category, u32)> {
    let mut out = Vec::new();
    for (key, value) in table {
        let Some(category) = Category::parse(key) else {
            report.push(src.at(span), ProblemKind::UnknownCategory { value: key.clone() });
            continue;
        };
        match value {
            Value::Integer(n) if *n >= 0 && *n <= i64::from(u32::MAX) => {
                out.push((category, *n as u32));
            }
            _ => report.push(
                src.at(span),
                ProblemKind::NegativeCount {
                    region: region.to_owned(),
                    category: key.clone(),
                },
            ),
        }
    }
    out
}
