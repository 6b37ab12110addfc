//! Reading loosely-typed, spanned TOML values into checked ones while collecting problems.
//!
//! The raw structs of `rubric` and `quota` keep every field as `Option<Spanned<Value>>` so that
//! one pass can report every missing field, wrong type and bad number with its line, instead of
//! serde's first-error-wins.

use std::ops::Range;
use std::path::Path;

use toml::{Spanned, Value};

use crate::error::{Location, ProblemKind, Report};
use crate::points::Points;

pub(crate) type Field = Option<Spanned<Value>>;

/// A TOML text and the file it came from, for turning byte spans into line numbers.
pub(crate) struct Source<'a> {
    pub path: &'a Path,
    pub text: &'a str,
}

impl<'a> Source<'a> {
    pub fn line_of(&self, offset: usize) -> u32 {
        let end = offset.min(self.text.len());
        self.text.as_bytes()[..end].iter().filter(|b| **b == b'\n').count() as u32 + 1
    }

    pub fn at(&self, span: &Range<usize>) -> Location {
        Location::line(self.path, Some(self.line_of(span.start)))
    }

    /// Parses the whole text, reporting a syntax or shape error with its line.
    pub fn parse<T: serde::de::DeserializeOwned>(&self, report: &mut Report) -> Option<T> {
        match toml::from_str::<T>(self.text) {
            Ok(value) => Some(value),
            Err(e) => {
                let line = e.span().map(|s| self.line_of(s.start));
                report.push(
                    Location::line(self.path, line),
                    ProblemKind::TomlSyntax {
                        message: e.message().to_owned(),
                    },
                );
                None
            }
        }
    }

    fn require<'f>(
        &self,
        report: &mut Report,
        field: &'f Field,
        name: &str,
        parent: &Range<usize>,
    ) -> Option<&'f Spanned<Value>> {
        if field.is_none() {
            report.push(self.at(parent), ProblemKind::MissingField { field: name.to_owned() });
        }
        field.as_ref()
    }

    fn wrong_type(&self, report: &mut Report, v: &Spanned<Value>, name: &str, expected: &str) {
        report.push(
            self.at(&v.span()),
            ProblemKind::WrongType {
                field: name.to_owned(),
                expected: expected.to_owned(),
            },
        );
    }

    /// A required, non-empty string (trimmed).
    pub fn text(&self, report: &mut Report, field: &Field, name: &str, parent: &Range<usize>) -> Option<String> {
        let v = self.require(report, field, name, parent)?;
        match v.get_ref() {
            Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
            Value::String(_) => {
                report.push(self.at(&v.span()), ProblemKind::EmptyValue { field: name.to_owned() });
                None
            }
            _ => {
                self.wrong_type(report, v, name, "a string");
                None
            }
        }
    }

    /// An optional string; empty when absent.
    pub fn optional_text(&self, report: &mut Report, field: &Field, name: &str) -> String {
        match field {
            None => String::new(),
            Some(v) => match v.get_ref() {
                Value::String(s) => s.trim().to_owned(),
                _ => {
                    self.wrong_type(report, v, name, "a string");
                    String::new()
                }
            },
        }
    }

    pub fn optional_bool(&self, report: &mut Report, field: &Field, name: &str, default: bool) -> bool {
        match field {
            None => default,
            Some(v) => match v.get_ref() {
                Value::Boolean(b) => *b,
                _ => {
                    self.wrong_type(report, v, name, "true or false");
                    default
                }
            },
        }
    }

    pub fn integer(&self, report: &mut Report, field: &Field, name: &str, parent: &Range<usize>) -> Option<i64> {
        let v = self.require(report, field, name, parent)?;
        match v.get_ref() {
            Value::Integer(i) => Some(*i),
            _ => {
                self.wrong_type(report, v, name, "an integer");
                None
            }
        }
    }

    /// A required calendar year (2000–2200).
    pub fn year(&self, report: &mut Report, field: &Field, parent: &Range<usize>) -> Option<u16> {
        let y = self.integer(report, field, "year", parent)?;
        let ok = u16::try_from(y).ok().filter(|y| (2000..=2200).contains(y));
        if ok.is_none() {
            let span = field.as_ref().map(|v| v.span()).unwrap_or_default();
            report.push(
                self.at(&span),
                ProblemKind::WrongType {
                    field: "year".into(),
                    expected: "a year such as 2024".into(),
                },
            );
        }
        ok
    }

    /// A number of points: an integer or a decimal with at most one place.
    pub fn points(&self, report: &mut Report, field: &Field, name: &str, parent: &Range<usize>) -> Option<Points> {
        let v = self.require(report, field, name, parent)?;
        let (parsed, shown) = match v.get_ref() {
            Value::Integer(i) => (Points::from_i64(*i), i.to_string()),
            Value::Float(f) => (Points::from_f64(*f), f.to_string()),
            _ => {
                self.wrong_type(report, v, name, "a number");
                return None;
            }
        };
        if parsed.is_none() {
            report.push(
                self.at(&v.span()),
                ProblemKind::InvalidPoints {
                    field: name.to_owned(),
                    value: shown,
                },
            );
        }
        parsed
    }
}
