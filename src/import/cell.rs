//! Cell values as the rest of `import` sees them.

use calamine::Data;

use crate::points::Points;

/// Trims ASCII and full-width (U+3000) spaces, and non-breaking spaces offices paste in.
pub fn trim(text: &str) -> &str {
    text.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}' || c == '\u{a0}')
}

/// The text a person sees in the cell (numbers without a spurious `.0`).
pub fn text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => trim(s).to_owned(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        other => trim(&other.to_string()).to_owned(),
    }
}

/// A number as people type one into a cell or a terminal: `10`, `7.5`, `１０` (full-width digits
/// and point), spaces around it; not `NaN` or infinite.
pub fn number(text: &str) -> Option<f64> {
    let ascii: String = trim(text)
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '．' => '.',
            _ => c,
        })
        .collect();
    ascii.trim().parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Points from a cell such as `10`, `7.5`, `１０`, or with the unit a sheet's writer adds, `10分`
/// (see [`number`]).
pub fn points(text: &str) -> Option<Points> {
    number(trim(text).trim_end_matches('分')).and_then(Points::from_f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_people_typed_them() {
        assert_eq!(text(&Data::Float(1020304.0)), "1020304", "node codes typed as numbers");
        assert_eq!(text(&Data::Float(7.5)), "7.5");
        assert_eq!(
            text(&Data::String("\u{3000} 高中 ".into())),
            "高中",
            "full-width spaces trimmed"
        );
        assert_eq!(points("１０分"), Some(Points::whole(10)));
        assert_eq!(points("7.5"), Some(Points::from_tenths(75)));
        assert_eq!(points("二十"), None);
        assert_eq!(number(" ９．５ "), Some(9.5));
        assert_eq!(number("9分"), None, "a unit only where a cell may carry one");
        assert_eq!(number("nan"), None);
    }
}
