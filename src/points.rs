//! Exact scores and weights.
//!
//! Points are stored as whole tenths of a point so that sums and comparisons are exact; a value
//! like 7.5 is `Points(75)`. Floating point is only ever met at the edge (a TOML number or a
//! spreadsheet cell) and is converted here, refusing anything that is not a multiple of 0.1.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A non-negative amount of points in tenths.
///
/// In JSON (the CLI's output, the desktop IPC) a value is a plain number of points (`7.5`), so
/// nobody downstream has to know about tenths; reading one back refuses non-multiples of 0.1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "number"))]
pub struct Points(u32);

impl Serialize for Points {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0 % 10 == 0 {
            s.serialize_u32(self.0 / 10)
        } else {
            s.serialize_f64(f64::from(self.0) / 10.0)
        }
    }
}

impl<'de> Deserialize<'de> for Points {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = f64::deserialize(d)?;
        Points::from_f64(v)
            .ok_or_else(|| serde::de::Error::custom(format!("{v} is not a non-negative multiple of 0.1 points")))
    }
}

impl Points {
    pub const ZERO: Points = Points(0);

    pub const fn from_tenths(tenths: u32) -> Self {
        Points(tenths)
    }

    pub const fn whole(points: u32) -> Self {
        Points(points * 10)
    }

    pub const fn tenths(self) -> u32 {
        self.0
    }

    /// Converts a number read from a file; `None` unless it is a non-negative multiple of 0.1.
    pub fn from_f64(value: f64) -> Option<Self> {
        if !value.is_finite() || value < 0.0 || value > (u32::MAX / 10) as f64 {
            return None;
        }
        let tenths = (value * 10.0).round();
        if (tenths - value * 10.0).abs() > 1e-6 {
            return None;
        }
        Some(Points(tenths as u32))
    }

    pub fn from_i64(value: i64) -> Option<Self> {
        u32::try_from(value).ok().and_then(|v| v.checked_mul(10)).map(Points)
    }

    /// Whether `self` is a whole multiple of `step` (a zero step divides nothing).
    pub fn is_multiple_of(self, step: Points) -> bool {
        step.0 != 0 && self.0 % step.0 == 0
    }

    pub fn checked_add(self, other: Points) -> Option<Points> {
        self.0.checked_add(other.0).map(Points)
    }
}

impl std::iter::Sum for Points {
    fn sum<I: Iterator<Item = Points>>(iter: I) -> Self {
        Points(iter.map(|p| p.0).sum())
    }
}

impl fmt::Display for Points {
    /// `10`, `7.5`: the shortest exact decimal form.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (whole, tenth) = (self.0 / 10, self.0 % 10);
        if tenth == 0 {
            write!(f, "{whole}")
        } else {
            write!(f, "{whole}.{tenth}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_exact_decimals_and_refuses_the_rest() {
        assert_eq!(Points::from_f64(10.0), Some(Points::whole(10)));
        assert_eq!(Points::from_f64(7.5), Some(Points::from_tenths(75)));
        assert_eq!(Points::from_f64(0.1), Some(Points::from_tenths(1)));
        assert_eq!(Points::from_f64(0.25), None, "hundredths are not representable");
        assert_eq!(Points::from_f64(-1.0), None, "points are never negative");
        assert_eq!(Points::from_f64(f64::NAN), None);
        assert_eq!(Points::from_i64(-3), None);
    }

    #[test]
    fn displays_the_shortest_exact_form() {
        assert_eq!(Points::whole(15).to_string(), "15");
        assert_eq!(Points::from_tenths(75).to_string(), "7.5");
        assert_eq!(Points::from_tenths(5).to_string(), "0.5");
    }

    #[test]
    fn json_uses_plain_points() {
        assert_eq!(serde_json::to_string(&Points::whole(10)).unwrap(), "10");
        assert_eq!(serde_json::to_string(&Points::from_tenths(75)).unwrap(), "7.5");
        assert_eq!(serde_json::from_str::<Points>("7.5").unwrap(), Points::from_tenths(75));
        assert!(
            serde_json::from_str::<Points>("7.55").is_err(),
            "hundredths are refused"
        );
    }

    #[test]
    fn multiples() {
        assert!(Points::whole(15).is_multiple_of(Points::from_tenths(5)));
        assert!(!Points::whole(15).is_multiple_of(Points::whole(2)));
        assert!(!Points::whole(15).is_multiple_of(Points::ZERO));
    }
}
