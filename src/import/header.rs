//! Finding the header row of a sheet and matching its columns by meaning.
//!
//! Real sheets put a merged title, a 填报单位 line or notes above the header, and name the same
//! column several ways (权重 / 分值 / 满分). A column is described by its synonyms; the header row
//! is the first row that names every required column.

/// A column the importer looks for.
use crate::error::{Location, ProblemKind, Report};

#[derive(Debug, Clone, Copy)]
pub struct ColumnSpec {
    /// The canonical header, used in problem reports.
    pub name: &'static str,
    pub synonyms: &'static [&'static str],
    pub required: bool,
}

/// A header row found in a sheet: its 0-based index in the range and the 0-based column of each
/// spec (in the order of the specs; `None` for an optional column that is absent).
#[derive(Debug, Clone)]
pub struct Header {
    pub row: usize,
    pub columns: Vec<Option<usize>>,
}

/// The best candidate when no row names every required column: the row and what it lacks.
#[derive(Debug, Clone)]
pub struct Partial {
    pub row: usize,
    pub missing: Vec<&'static str>,
}

/// A header cell reduced to what matters for matching: no spaces or line breaks, no bracketed
/// unit suffix (`权重（分）` → `权重`), no trailing colon.
pub fn normalize(text: &str) -> String {
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{3000}' && *c != '*')
        .collect();
    let cut = compact.find(['（', '(']).unwrap_or(compact.len());
    compact[..cut].trim_end_matches([':', '：']).to_owned()
}

fn matches(spec: &ColumnSpec, header: &str) -> bool {
    !header.is_empty() && spec.synonyms.contains(&header)
}

/// Scans the first rows for the header. `Err(Some(partial))` names the closest row's missing
/// columns when at least two specs matched there; `Err(None)` when nothing looked like a header.
pub fn find(rows: &[Vec<String>], specs: &[ColumnSpec], scan: usize) -> Result<Header, Option<Partial>> {
    let mut best: Option<(usize, Partial)> = None;
    for (r, row) in rows.iter().enumerate().take(scan) {
        let headers: Vec<String> = row.iter().map(|c| normalize(c)).collect();
        let columns: Vec<Option<usize>> = specs
            .iter()
            .map(|s| headers.iter().position(|h| matches(s, h)))
            .collect();
        let found = columns.iter().filter(|c| c.is_some()).count();
        let missing: Vec<&'static str> = specs
            .iter()
            .zip(&columns)
            .filter(|(s, c)| s.required && c.is_none())
            .map(|(s, _)| s.name)
            .collect();
        if missing.is_empty() {
            return Ok(Header { row: r, columns });
        }
        if found >= 2 && best.as_ref().is_none_or(|(n, _)| found > *n) {
            best = Some((found, Partial { row: r, missing }));
        }
    }
    Err(best.map(|(_, p)| p))
}

/// The problems to report when no sheet had the header: the closest row's missing columns, or
/// that no header row was found at all.
pub fn missing_report(
    path: &std::path::Path,
    closest: Option<(Location, Vec<&'static str>)>,
    specs: &[ColumnSpec],
) -> Report {
    let mut report = Report::default();
    match closest {
        Some((location, missing)) => {
            for column in missing {
                report.push(location.clone(), ProblemKind::MissingColumn { column: column.into() });
            }
        }
        None => report.push(
            Location::file(path),
            ProblemKind::NoHeaderRow {
                wanted: specs.iter().filter(|s| s.required).map(|s| s.name.to_owned()).collect(),
            },
        ),
    }
    report
}

/// Whether a row repeats the header (a second table below the first).
pub fn is_header_like(row: &[String], specs: &[ColumnSpec]) -> bool {
    // most rows are data: normalize (allocate) only the cells normalizing would change
    let plain = |c: &str| {
        !c.chars()
            .any(|ch| ch.is_whitespace() || matches!(ch, '\u{3000}' | '*' | '（' | '(' | ':' | '：'))
    };
    let headers: Vec<std::borrow::Cow<str>> = row
        .iter()
        .map(|c| {
            if plain(c) {
                c.as_str().into()
            } else {
                normalize(c).into()
            }
        })
        .collect();
    specs
        .iter()
        .filter(|s| s.required)
        .all(|s| headers.iter().any(|h| matches(s, h)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_units_and_spaces() {
        assert_eq!(normalize(" 权 重（分）"), "权重");
        assert_eq!(normalize("分值(分)"), "分值");
        assert_eq!(normalize("*二级指标："), "二级指标");
    }
}
