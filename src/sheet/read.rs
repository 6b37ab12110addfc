//! Reading a score sheet back, from the app, Excel, WPS or LibreOffice, and judging it.
//!
//! Columns are found by their header names, never by fixed positions. Every bad cell is named
//! (sheet, cell address, value, rule). A sheet is `intact` when its HMAC matches and the visible
//! cells equal what the app wrote; `external_edit` when it was changed elsewhere but every cell is
//! valid (the changes are listed); `rejected` when anything is wrong, and then nothing of it may
//! be stored.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use serde_json::value::RawValue;

pub use super::verdict::*;
use super::verdict::{cap, quoted};
use super::{headers, CategorySheet, IssuedSheet, ScoreSheet, SheetMeta, FORMAT_TAG, META_SHEET};
use crate::category::Category;
use crate::error::{column_letter, Error};
use crate::import::typed::{self, CellValue, TypedSheet};
use crate::judges::JudgeId;
use crate::points::Points;
use crate::roster::{Lesson, LessonFields, LessonId};
use crate::rubric::Rubric;
use crate::scores::{LessonScores, VetoMark};

/// Where each lesson's cells are, to name them.
struct Layout {
    sheet: String,
    rows: BTreeMap<LessonId, u32>,
    /// Indicator i → column.
    score_cols: Vec<u32>,
    veto_col: Option<u32>,
    comment_col: Option<u32>,
    unscored_col: Option<u32>,
}

fn addr(row: u32, col: u32) -> String {
    format!("{}{}", column_letter(col), row + 1)
}

fn file_problem(rule: SheetRule, value: &str) -> SheetProblem {
    SheetProblem {
        sheet: String::new(),
        cell: String::new(),
        value: value.to_owned(),
        rule,
    }
}

/// Reads and judges a sheet file. `expected` is the chair's session; without it (judge mode) the
/// sheet is checked against itself and its own key.
pub fn check(path: &Path, expected: Option<&Expected>) -> Result<SheetCheck, Error> {
    Ok(check_read(path, &typed::read(path)?, expected))
}

/// [`check`] of a workbook already read (an import reads files before it knows what to expect).
pub fn check_read(path: &Path, sheets: &[typed::TypedSheet], expected: Option<&Expected>) -> SheetCheck {
    let mut out = SheetCheck::refused(path);
    let Some(meta_sheet) = sheets.iter().find(|s| s.name == META_SHEET) else {
        out.problems.push(file_problem(SheetRule::NotAScoreSheet, ""));
        return out;
    };
    let Some(parsed) = parse_meta(meta_sheet, expected.is_none(), &mut out.problems) else {
        return out;
    };
    let Meta {
        meta,
        hmac,
        categories,
        mut snapshot,
    } = parsed;
    let mut sheet = ScoreSheet {
        meta,
        categories,
        scores: BTreeMap::new(),
    };
    out.judge = Some(sheet.meta.judge_id.clone());

    // whether the hidden sheet is what software holding the judge's key wrote (signed over the
    // snapshot as the text it was written as); in the chair's check an unverified sheet is read
    // against what the session issued, never against its own claims
    let signed = match expected {
        Some(e) => {
            let signed = e
                .judge_keys
                .get(&sheet.meta.judge_id)
                .is_some_and(|k| sheet.signature_over(k.as_bytes(), &snapshot) == hmac);
            let issue = e.issues.get(&sheet.meta.issue);
            let claimed = sheet.meta.judge_id.clone();
            if signed {
                if !sheet.meta.issue.is_empty() && issue.is_none() {
                    out.problems.push(file_problem(SheetRule::NotIssued, &sheet.meta.issue));
                }
            } else if e.session_id != sheet.meta.session_id && issue.is_none() {
                out.problems
                    .push(file_problem(SheetRule::OtherSession, &sheet.meta.session_id));
                return out;
            } else {
                let Some(issue) = issue else {
                    out.problems
                        .push(file_problem(SheetRule::NotIssued, sheet.meta.judge_id.as_str()));
                    out.judge = None;
                    return out;
                };
                out.judge = Some(issue.judge.clone());
                snapshot = from_issue(&mut sheet, issue, e);
            }
            if let Some(issue) = issue.filter(|i| i.judge != claimed) {
                out.problems.push(file_problem(
                    SheetRule::IssuedToOther,
                    &format!("{claimed} → {}", issue.judge),
                ));
            }
            if e.session_id != sheet.meta.session_id {
                out.problems
                    .push(file_problem(SheetRule::OtherSession, &sheet.meta.session_id));
            }
            if !e.judge_keys.contains_key(&sheet.meta.judge_id) {
                out.problems
                    .push(file_problem(SheetRule::UnknownJudge, sheet.meta.judge_id.as_str()));
            }
            for c in &sheet.categories {
                if e.rubrics.get(&c.rubric.category()).map(Rubric::content_hash) != Some(c.rubric.content_hash()) {
                    out.problems
                        .push(file_problem(SheetRule::RubricChanged, c.rubric.id().as_str()));
                }
            }
            signed
        }
        None => sheet.signature_over(sheet.meta.judge_key.as_bytes(), &snapshot) == hmac,
    };
    let assigned: Cow<'_, [LessonId]> = match expected {
        Some(e) => Cow::Borrowed(e.assigned.get(&sheet.meta.judge_id).map_or(&[][..], Vec::as_slice)),
        None => Cow::Owned(sheet.lesson_ids()),
    };

    // the visible cells
    let mut visible: BTreeMap<LessonId, LessonScores> = BTreeMap::new();
    let mut layouts = Vec::new();
    for (i, cat) in sheet.categories.iter().enumerate() {
        let Some(ws) = sheets.iter().find(|s| s.name == cat.sheet_name) else {
            out.problems.push(SheetProblem {
                sheet: cat.sheet_name.clone(),
                cell: String::new(),
                value: String::new(),
                rule: SheetRule::MissingColumn,
            });
            continue;
        };
        if let Some(layout) = read_visible(ws, cat, &assigned, &mut visible, &mut out.problems) {
            layouts.push((layout, i));
        }
    }

    // the sheet carries the visible scores
    sheet.scores = visible;
    let visible = &sheet.scores;
    out.incomplete = sheet
        .lesson_ids()
        .into_iter()
        .filter(|id| !visible.get(id).is_some_and(LessonScores::is_complete))
        .collect();
    // a lesson left as the app wrote it serializes to its snapshot byte for byte; only the others
    // are parsed and compared cell by cell
    out.scores_json = visible
        .iter()
        .map(|(id, s)| (id.clone(), serde_json::to_string(s).expect("scores serialize")))
        .collect();
    let mut differs: BTreeMap<&LessonId, LessonScores> = BTreeMap::new();
    for (id, was) in &snapshot {
        let now = out.scores_json.binary_search_by(|(l, _)| l.cmp(id)).ok();
        if now.is_some_and(|i| out.scores_json[i].1 == was.get()) {
            continue;
        }
        match serde_json::from_str::<LessonScores>(was.get()) {
            Ok(was) => {
                differs.insert(id, was);
            }
            Err(_) => out.problems.push(SheetProblem {
                sheet: META_SHEET.into(),
                cell: String::new(),
                value: id.as_str().to_owned(),
                rule: SheetRule::NotAScoreSheet,
            }),
        }
    }
    for (layout, c) in &layouts {
        let cat = &sheet.categories[*c];
        for l in &cat.lessons {
            let (Some(was), Some(now), Some(row)) = (differs.get(&l.id), visible.get(&l.id), layout.rows.get(&l.id))
            else {
                continue;
            };
            diff_lesson(cat, layout, *row, was, now, &mut out.changes);
        }
    }
    let stopped = out.problems.len() >= PROBLEMS_READ;
    cap(&mut out.problems, stopped);
    out.status = if !out.problems.is_empty() {
        SheetStatus::Rejected
    } else if !signed && expected.is_some() {
        SheetStatus::Unverified
    } else if signed && out.changes.is_empty() {
        SheetStatus::Intact
    } else {
        SheetStatus::ExternalEdit
    };
    out.sheet = Some(sheet);
    out
}

/// The check of a returned file that could not be read as a workbook: refused, the file named
/// with the reader's reason (a cell past the sheet's last row says so, as `sheets check` does).
pub fn unreadable(path: &Path, why: Option<&crate::error::Error>) -> SheetCheck {
    let mut name = path
        .file_name()
        .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    // the reader's reason when it is one a person can act on (the sheet runs past the last row
    // a worksheet can have); a damaged zip's technical message is not
    let mut source: Option<&(dyn std::error::Error + 'static)> = why.map(|e| e as _);
    while let Some(e) = source {
        if let Some(beyond) = e.downcast_ref::<crate::import::BeyondTheSheet>() {
            name = format!("{name} — {beyond}");
            break;
        }
        source = e.source();
    }
    let mut out = SheetCheck::refused(path);
    out.problems.push(SheetProblem {
        sheet: String::new(),
        cell: String::new(),
        value: name,
        rule: SheetRule::Unreadable,
    });
    out
}

struct Meta<'a> {
    meta: SheetMeta,
    hmac: String,
    categories: Vec<CategorySheet>,
    /// What the app wrote for each lesson, as the JSON text it was signed as (parsed only where
    /// the visible cells differ).
    snapshot: Snapshot<'a>,
}

type Snapshot<'a> = BTreeMap<LessonId, Cow<'a, RawValue>>;

/// Replaces everything an unverified sheet claims (judge, revision, time, lessons, rubrics,
/// worksheet names) by what the session issued, and returns the snapshot the session wrote: a
/// blank entry per issued lesson, so that every filled cell is a listed change.
fn from_issue<'a>(sheet: &mut ScoreSheet, issue: &IssuedSheet, e: &Expected) -> Snapshot<'a> {
    sheet.meta.session_id = e.session_id.clone();
    sheet.meta.judge_id = issue.judge.clone();
    sheet.meta.revision = issue.revision;
    sheet.meta.generated_at = issue.issued_at.clone();
    let mut snapshot = Snapshot::new();
    sheet.categories = issue
        .categories
        .iter()
        .filter_map(|c| {
            // a rubric the session no longer has is named by the rubric check, with the sheet's own
            let rubric = e
                .rubrics
                .get(&c.category)
                .filter(|r| r.content_hash() == c.rubric_hash)
                .or_else(|| {
                    sheet
                        .categories
                        .iter()
                        .map(|k| &k.rubric)
                        .find(|r| r.category() == c.category)
                })?
                .clone();
            let blank =
                serde_json::to_string(&LessonScores::blank(rubric.indicators().len())).expect("scores serialize");
            let blank = RawValue::from_string(blank).expect("serialized JSON is JSON");
            for l in &c.lessons {
                snapshot.insert(l.clone(), Cow::Owned(blank.clone()));
            }
            Some(CategorySheet {
                sheet_name: c.sheet.clone(),
                lessons: c
                    .lessons
                    .iter()
                    .map(|id| Lesson {
                        id: id.clone(),
                        fields: LessonFields::of_category(c.category),
                        source: Default::default(),
                        warnings: Vec::new(),
                    })
                    .collect(),
                rubric,
            })
        })
        .collect();
    snapshot
}

/// Reads the hidden sheet; `all_fields` parses each lesson's descriptive fields, else only its
/// category.
fn parse_meta<'a>(ws: &'a TypedSheet, all_fields: bool, problems: &mut Vec<SheetProblem>) -> Option<Meta<'a>> {
    let bad = |problems: &mut Vec<SheetProblem>, v: &str| {
        problems.push(SheetProblem {
            sheet: META_SHEET.into(),
            cell: String::new(),
            value: v.to_owned(),
            rule: SheetRule::NotAScoreSheet,
        });
    };
    if ws.text(0, 0) != FORMAT_TAG {
        bad(problems, &ws.text(0, 0));
        return None;
    }
    let version: u32 = ws.text(0, 1).parse().unwrap_or(0);
    if version > super::FORMAT_VERSION {
        problems.push(file_problem(SheetRule::NewerFormat, &version.to_string()));
        return None;
    }
    let mut kv: BTreeMap<String, String> = BTreeMap::new();
    let mut categories: Vec<CategorySheet> = Vec::new();
    let mut snapshot = BTreeMap::new();
    let mut hmac = String::new();
    let mut sheet_names: BTreeMap<String, String> = BTreeMap::new();
    for r in 1..ws.rows() {
        let row = ws.row(r);
        let key = row.str(0);
        match key {
            "rubric" => match embedded_rubric(row.str(4)) {
                Some(rubric) if rubric.content_hash() == row.str(3) => categories.push(CategorySheet {
                    sheet_name: String::new(),
                    rubric,
                    lessons: Vec::new(),
                }),
                _ => {
                    problems.push(SheetProblem {
                        sheet: META_SHEET.into(),
                        cell: addr(r, 4),
                        value: quoted(row.text(2)),
                        rule: SheetRule::RubricChanged,
                    });
                    return None;
                }
            },
            "sheet" => {
                sheet_names.insert(row.text(2), row.text(1));
            }
            "lesson" => {
                let id = LessonId::new(row.text(1));
                let fields = if all_fields {
                    serde_json::from_str::<LessonFields>(row.str(2)).ok()
                } else {
                    serde_json::from_str::<CategoryOnly>(row.str(2))
                        .ok()
                        .map(|c| LessonFields::of_category(c.category))
                };
                let scores: Option<&RawValue> = serde_json::from_str(row.str(3)).ok();
                let (Some(fields), Some(scores)) = (fields, scores) else {
                    bad(problems, &row.text(1));
                    return None;
                };
                let Some(cat) = categories.iter_mut().find(|c| c.rubric.category() == fields.category) else {
                    bad(problems, id.as_str());
                    return None;
                };
                cat.lessons.push(Lesson {
                    id: id.clone(),
                    fields,
                    source: Default::default(),
                    warnings: Vec::new(),
                });
                snapshot.insert(id, Cow::Borrowed(scores));
            }
            "hmac" => hmac = row.text(1),
            "" => {}
            _ => {
                kv.insert(key.to_owned(), row.text(1));
            }
        }
    }
    for c in &mut categories {
        c.sheet_name = sheet_names.get(c.rubric.category().name()).cloned().unwrap_or_default();
    }
    let get = |k: &str| kv.get(k).cloned().unwrap_or_default();
    let meta = SheetMeta {
        version,
        session_id: get("session_id"),
        session_name: get("session_name"),
        judge_id: JudgeId::new(get("judge_id")),
        judge_name: get("judge_name"),
        judge_key: get("judge_key"),
        generated_at: get("generated_at"),
        revision: get("revision").parse().unwrap_or(0),
        issue: get("issue"),
    };
    Some(Meta {
        meta,
        hmac,
        categories,
        snapshot,
    })
}

/// A lesson's fields with all but the category skipped (checked as JSON, not kept).
#[derive(Deserialize)]
struct CategoryOnly {
    category: Category,
}

/// The rubric a sheet embeds. Every sheet of a session carries the same few rubric texts, so each
/// text is parsed once per process (keyed by the whole text, so a changed rubric is parsed anew).
fn embedded_rubric(text: &str) -> Option<Rubric> {
    use std::sync::{LazyLock, Mutex};
    static PARSED: LazyLock<Mutex<std::collections::HashMap<String, Rubric>>> = LazyLock::new(Default::default);
    if let Some(r) = PARSED.lock().ok()?.get(text) {
        return Some(r.clone());
    }
    let rubric = Rubric::from_toml(text, Path::new(META_SHEET)).ok()?;
    let mut parsed = PARSED.lock().ok()?;
    if parsed.len() >= 16 {
        parsed.clear();
    }
    parsed.insert(text.to_owned(), rubric.clone());
    Some(rubric)
}

/// Finds the header row (the one with 课程编号) and reads every lesson row under it.
fn read_visible(
    ws: &TypedSheet,
    cat: &CategorySheet,
    assigned: &[LessonId],
    visible: &mut BTreeMap<LessonId, LessonScores>,
    problems: &mut Vec<SheetProblem>,
) -> Option<Layout> {
    let sheet = ws.name.clone();
    let cols = ws.cols();
    let header_row = (0..ws.rows().min(20)).find(|r| (0..cols).any(|c| ws.text(*r, c) == headers::LESSON_ID));
    let Some(hr) = header_row else {
        problems.push(SheetProblem {
            sheet,
            cell: String::new(),
            value: headers::LESSON_ID.into(),
            rule: SheetRule::MissingColumn,
        });
        return None;
    };
    let header: Vec<String> = (0..cols).map(|c| ws.text(hr, c)).collect();
    let find = |name: &str| header.iter().position(|h| h == name).map(|c| c as u32);
    let id_col = find(headers::LESSON_ID).expect("found above");
    let rubric = &cat.rubric;
    let mut score_cols = Vec::new();
    // a header is `name（N分）`: the name is what precedes the last bracket group that gives the
    // points, so a name may itself hold brackets (目标明确（含核心素养）)
    let keys: Vec<String> = header
        .iter()
        .map(|h| crate::rubric::indicator_key(strip_points(h)))
        .collect();
    for ind in rubric.indicators() {
        let key = crate::rubric::indicator_key(ind.name());
        let matching: Vec<usize> = (0..keys.len()).filter(|c| keys[*c] == key).collect();
        if matching.len() > 1 {
            problems.push(SheetProblem {
                sheet: sheet.clone(),
                cell: addr(hr, matching[1] as u32),
                value: quoted(header[matching[1]].clone()),
                rule: SheetRule::AmbiguousColumn,
            });
            return None;
        }
        match matching.first().copied() {
            Some(c) => score_cols.push(c as u32),
            None => {
                problems.push(SheetProblem {
                    sheet: sheet.clone(),
                    cell: addr(hr, 0),
                    value: super::write::indicator_header(ind.name(), ind.weight()),
                    rule: SheetRule::MissingColumn,
                });
                return None;
            }
        }
    }
    let mut layout = Layout {
        sheet: sheet.clone(),
        rows: BTreeMap::new(),
        score_cols,
        veto_col: find(headers::VETO),
        comment_col: find(headers::COMMENT),
        unscored_col: find(headers::UNSCORED),
    };
    let step = rubric.step();
    let lessons: std::collections::BTreeSet<&LessonId> = cat.lessons.iter().map(|l| &l.id).collect();
    let assigned: std::collections::BTreeSet<&LessonId> = assigned.iter().collect();
    let veto_names: Vec<&str> = rubric.vetoes().iter().flat_map(|v| [v.name(), v.id()]).collect();
    for r in hr + 1..ws.rows() {
        // a file this wrong is refused already: reading on only costs memory
        if problems.len() >= PROBLEMS_READ {
            break;
        }
        let row = ws.row(r);
        let formulas = ws.formulas.row(r);
        let id = LessonId::new(row.text(id_col));
        if id.as_str().is_empty() {
            continue;
        }
        let refused = if !lessons.contains(&id) {
            Some(SheetRule::UnknownLesson)
        } else if !assigned.contains(&id) {
            Some(SheetRule::LessonNotAssigned)
        } else if layout.rows.contains_key(&id) {
            Some(SheetRule::DuplicateLesson)
        } else {
            None
        };
        if let Some(rule) = refused {
            problems.push(SheetProblem {
                sheet: sheet.clone(),
                cell: addr(r, id_col),
                value: quoted(id.as_str().to_owned()),
                rule,
            });
            continue;
        }
        layout.rows.insert(id.clone(), r);
        let mut scores = LessonScores::blank(rubric.indicators().len());
        for (i, ind) in rubric.indicators().iter().enumerate() {
            let c = layout.score_cols[i];
            let value = row.get(c);
            let problem = |rule| SheetProblem {
                sheet: sheet.clone(),
                cell: addr(r, c),
                value: quoted(value.text()),
                rule,
            };
            if let Some((_, f)) = formulas.iter().find(|((_, at), _)| *at == c) {
                problems.push(SheetProblem {
                    sheet: sheet.clone(),
                    cell: addr(r, c),
                    value: quoted(format!("={}", f.trim_start_matches('='))),
                    rule: SheetRule::Formula,
                });
                continue;
            }
            match value {
                CellValue::Empty => {}
                CellValue::Number(n) => match Points::from_f64(n) {
                    Some(p) if p > ind.weight() => problems.push(problem(SheetRule::OutOfRange)),
                    Some(p) if !p.is_multiple_of(step) && p != Points::ZERO => {
                        problems.push(problem(SheetRule::OffStep))
                    }
                    Some(p) => scores.scores[i] = Some(p),
                    None if n < 0.0 => problems.push(problem(SheetRule::OutOfRange)),
                    None => problems.push(problem(SheetRule::OffStep)),
                },
                CellValue::Text(_) | CellValue::Other(_) => problems.push(problem(SheetRule::NotANumber)),
            }
        }
        if let Some(c) = layout.veto_col.filter(|c| row.get(*c) != CellValue::Empty) {
            let text = row.text(c);
            for entry in split_vetoes(&text, &veto_names) {
                let (name, reason) = match entry.split_once(['：', ':']) {
                    Some((n, reason)) => (n.trim(), reason.trim()),
                    None => (entry, ""),
                };
                let problem = |rule| SheetProblem {
                    sheet: sheet.clone(),
                    cell: addr(r, c),
                    value: quoted(entry.to_owned()),
                    rule,
                };
                match rubric.vetoes().iter().find(|v| v.name() == name || v.id() == name) {
                    None => problems.push(problem(SheetRule::UnknownVeto)),
                    Some(_) if reason.is_empty() => problems.push(problem(SheetRule::VetoNeedsReason)),
                    Some(v) => scores.vetoes.push(VetoMark {
                        veto: v.id().to_owned(),
                        reason: reason.to_owned(),
                    }),
                }
            }
        }
        scores.comment = layout.comment_col.map(|c| row.text(c)).unwrap_or_default();
        scores.unscored = layout.unscored_col.map(|c| row.text(c)).filter(|t| !t.is_empty());
        visible.insert(id, scores);
    }
    // every lesson issued on this sheet has its row
    for l in &cat.lessons {
        if assigned.contains(&l.id) && !layout.rows.contains_key(&l.id) {
            problems.push(SheetProblem {
                sheet: sheet.clone(),
                cell: String::new(),
                value: l.id.as_str().to_owned(),
                rule: SheetRule::MissingLesson,
            });
        }
    }
    Some(layout)
}

/// A header without its trailing points, `教学目标科学合理（10分）` → `教学目标科学合理`.
fn strip_points(h: &str) -> &str {
    let h = h.trim();
    let Some(open) = h.rfind(['（', '(']) else {
        return h;
    };
    let inner = h[open..].trim_start_matches(['（', '(']).trim_end_matches(['）', ')']);
    if (h.ends_with('）') || h.ends_with(')')) && inner.ends_with('分') {
        h[..open].trim_end()
    } else {
        h
    }
}

/// Splits a 否决项 cell into its entries. An entry starts where a veto item's name (or id) and a
/// colon begin the cell or follow a `；`, so a reason may itself contain `；` (and quotes,
/// newlines, anything): what judge mode accepts reads back unchanged. Text before the first such
/// start is split on separators, so an unknown item is still named on its own.
pub fn split_vetoes<'t>(text: &'t str, names: &[&str]) -> Vec<&'t str> {
    let starts_entry = |rest: &str| {
        let rest = rest.trim_start();
        names.iter().any(|n| {
            rest.strip_prefix(n)
                .is_some_and(|after| after.trim_start().starts_with(['：', ':']))
        })
    };
    // byte offsets where entries begin: the start, and after each separator that precedes a name
    let mut cuts: Vec<(usize, usize)> = Vec::new(); // (separator start, entry start)
    for (i, c) in text.char_indices() {
        if (c == '；' || c == ';') && starts_entry(&text[i + c.len_utf8()..]) {
            cuts.push((i, i + c.len_utf8()));
        }
    }
    let mut out = Vec::new();
    let mut from = 0;
    let head_end = cuts.first().map_or(text.len(), |c| c.0);
    if starts_entry(text) {
        // the whole head is one entry
    } else {
        // before the first known name: split on separators (unknown items, each named)
        out.extend(
            text[..head_end]
                .split(['；', ';'])
                .map(str::trim)
                .filter(|e| !e.is_empty()),
        );
        from = head_end;
    }
    let mut bounds: Vec<(usize, usize)> = Vec::new();
    let mut start = from;
    for (sep, next) in &cuts {
        if *sep < from {
            continue;
        }
        if *sep > start {
            bounds.push((start, *sep));
        }
        start = *next;
    }
    if start < text.len() && from < text.len() {
        bounds.push((start, text.len()));
    }
    out.extend(
        bounds
            .into_iter()
            .map(|(a, b)| text[a..b].trim())
            .filter(|e| !e.is_empty()),
    );
    out
}

fn show(p: Option<Points>) -> String {
    p.map(|p| p.to_string()).unwrap_or_default()
}

fn diff_lesson(
    cat: &CategorySheet,
    layout: &Layout,
    row: u32,
    was: &LessonScores,
    now: &LessonScores,
    out: &mut Vec<SheetChange>,
) {
    let mut change = |col: Option<u32>, a: String, b: String| {
        if a != b {
            if let Some(col) = col {
                out.push(SheetChange {
                    sheet: layout.sheet.clone(),
                    cell: addr(row, col),
                    was: a,
                    now: b,
                });
            }
        }
    };
    for i in 0..cat.rubric.indicators().len() {
        let (a, b) = (
            was.scores.get(i).copied().flatten(),
            now.scores.get(i).copied().flatten(),
        );
        if a != b {
            change(Some(layout.score_cols[i]), show(a), show(b));
        }
    }
    let vetoes = |s: &LessonScores| {
        s.vetoes
            .iter()
            .map(|v| format!("{}：{}", v.veto, v.reason))
            .collect::<Vec<_>>()
            .join("；")
    };
    change(layout.veto_col, vetoes(was), vetoes(now));
    change(layout.comment_col, was.comment.clone(), now.comment.clone());
    change(
        layout.unscored_col,
        was.unscored.clone().unwrap_or_default(),
        now.unscored.clone().unwrap_or_default(),
    );
}

#[cfg(test)]
mod tests {
    use super::split_vetoes;
    use proptest::prelude::*;

    #[test]
    fn a_refused_sheet_lists_a_hundred_problems_each_quoted_short() {
        use super::{cap, quoted, SheetProblem, SheetRule, PROBLEMS_LISTED};
        let long = "评".repeat(6000);
        assert_eq!(
            quoted(long.clone()).chars().count(),
            61,
            "60 characters and the cut mark"
        );
        assert_eq!(quoted("8.5".into()), "8.5");
        let mut problems: Vec<SheetProblem> = (0..191_030)
            .map(|i| SheetProblem {
                sheet: "评分表".into(),
                cell: format!("I{i}"),
                value: quoted(long.clone()),
                rule: SheetRule::NotANumber,
            })
            .collect();
        cap(&mut problems, false);
        assert_eq!(problems.len(), PROBLEMS_LISTED + 1);
        assert_eq!(problems[PROBLEMS_LISTED].rule, SheetRule::MoreProblems);
        assert_eq!(problems[PROBLEMS_LISTED].value, "190930");
        let mut few = problems[..3].to_vec();
        cap(&mut few, false);
        assert_eq!(few.len(), 3, "a few problems are all listed");
    }

    const NAMES: [&str; 3] = ["含广告", "抄袭/冒名顶替/非原创", "advertising"];

    #[test]
    fn entries_start_at_a_known_item_so_reasons_may_hold_separators() {
        assert_eq!(split_vetoes("含广告：片尾出现商标", &NAMES), ["含广告：片尾出现商标"]);
        assert_eq!(
            split_vetoes("含广告：片头；片尾都有商标；抄袭/冒名顶替/非原创：与某平台雷同", &NAMES),
            ["含广告：片头；片尾都有商标", "抄袭/冒名顶替/非原创：与某平台雷同"]
        );
        assert_eq!(split_vetoes("乱写；含广告：x", &NAMES), ["乱写", "含广告：x"]);
        assert_eq!(split_vetoes("乱写；也乱写", &NAMES), ["乱写", "也乱写"]);
        assert!(split_vetoes("  ", &NAMES).is_empty());
    }

    proptest! {
        /// Whatever reason text judge mode accepts (separators, quotes, newlines, emoji) reads
        /// back unchanged, as long as it does not itself spell another item's start.
        #[test]
        fn any_reason_reads_back(reasons in proptest::collection::vec("[^\\u{0}]{1,40}", 1..4)) {
            let reasons: Vec<String> = reasons.iter().map(|r| r.trim().to_owned()).collect();
            prop_assume!(reasons.iter().all(|r| !r.is_empty()));
            prop_assume!(reasons.iter().all(|r| !NAMES.iter().any(|n| r.contains(&format!("；{n}")) || r.contains(&format!(";{n}")))));
            let cell: Vec<String> = reasons.iter().zip(NAMES.iter().cycle()).map(|(r, n)| format!("{n}：{r}")).collect();
            let text = cell.join("；");
            let back: Vec<String> = split_vetoes(&text, &NAMES)
                .iter()
                .map(|e| e.split_once(['：', ':']).map(|(_, r)| r.trim().to_owned()).unwrap_or_default())
                .collect();
            prop_assert_eq!(back, reasons);
        }
    }
}
