//! Integration tests of the core and the `jingpin` CLI over the public API, with the fixture
//! files in tests/fixtures/ (made by tests/fixtures/make_fixtures.py).

mod chair;
mod cli;
mod codes;
mod demo;
mod fairness;
mod forgery;
mod fuzz;
mod judge;
mod library;
mod materials;
mod quotas;
mod races;
mod ranking;
mod register;
mod rubric_files;
mod session;
mod sheets;
mod similar;
mod spreadsheets;
mod tidy;

use std::path::PathBuf;

pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

pub fn repo(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// A printed sheet's table as text: from the header row (the first whose first cell is
/// `first_header`, below the title and the 填报单位 line) to the last row before the blank line
/// above the signatures.
pub fn table_of(range: &calamine::Range<calamine::Data>, first_header: &str) -> Vec<Vec<String>> {
    let rows: Vec<Vec<String>> = range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    let start = rows
        .iter()
        .position(|r| r.first().is_some_and(|c| c == first_header))
        .unwrap_or_else(|| panic!("no header row starting with {first_header}"));
    rows[start..]
        .iter()
        .take_while(|r| r.iter().any(|c| !c.is_empty()))
        .cloned()
        .collect()
}
