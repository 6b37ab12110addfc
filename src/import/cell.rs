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

pub fn is_blank(cell: &Data) -> bool {
    text(cell).is_empty()
}

/// Points from a number cell or from text such as `10`, `7.5`, `10分`, `１０`.
pub fn points(cell: &Data) -> Option<Points> {
    match cell {
        Data::Int(i) => Points::from_i64(*i),
        Data::Float(f) => Points::from_f64(*f),
        Data::String(s) => {
            let ascii: String = trim(s)
                .chars()
                .map(|c| match c {
                    '０'..='９' => {
                        char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c)
                    }
                    '．' => '.',
                    _ => c,
                })
                .collect();
            let number = ascii.trim_end_matches('分').trim();
            number.parse::<f64>().ok().and_then(Points::from_f64)
        }
        _ => None,
    }
}
