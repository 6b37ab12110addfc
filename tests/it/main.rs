//! Integration tests of the core and the `jingpin` CLI over the public API, with the fixture
//! files in tests/fixtures/ (made by tests/fixtures/make_fixtures.py).

mod chair;
mod cli;
mod demo;
mod judge;
mod library;
mod quotas;
mod ranking;
mod rubric_files;
mod session;
mod sheets;
mod spreadsheets;

use std::path::PathBuf;

pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

pub fn repo(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path)
}
