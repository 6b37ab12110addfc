//! Jingpin Panel (精品课评审台): the core.
//!
//! Everything the desktop shell and the `jingpin` CLI do goes through this crate, so it can be
//! tested without a window. See ARCHITECTURE.md for the code map and the invariants.

pub mod aggregate;
pub mod app;
pub mod assign;
pub mod calibration;
pub mod category;
pub mod codes;

pub mod demo;
pub mod error;
pub mod export;
pub mod fairness;
mod ids;
pub mod import;
pub mod judge_mode;
pub mod judges;
pub mod library;
pub mod materials;
pub mod par;
pub mod paths;
pub mod points;
pub mod quota;
pub mod recent;
pub mod register;
pub mod results;
pub mod roster;
pub mod rubric;
pub mod scores;
pub mod select;

pub mod settings;
pub mod sheet;
pub mod similar;
pub mod simulate;
pub mod stability;
pub(crate) mod store;
pub mod submission;
mod toml_source;

pub use category::Category;
pub use error::{Error, ErrorKind, Location, Problem, ProblemKind, Report};
pub use library::{Library, Origin};
pub use points::Points;
pub use quota::QuotaTable;
pub use rubric::Rubric;
