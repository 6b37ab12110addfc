//! What a chair does to a session, end to end: create it, import the roster and the judge
//! list, assign. Each workflow reads a file (`import`), checks it (`roster`, `judges`), and
//! writes through `store` in one transaction — or writes nothing and returns every problem.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::assign::{self, AssignRules, Assignment};
use crate::category::Category;
use crate::error::{Error, Problem, Report};
use crate::import::{judges_sheet, roster_sheet};
use crate::judges;
use crate::library::Library;
use crate::results::{compute_results, ResultRow, Results, ResultsInput};
use crate::roster::{self, WarningRules};
use crate::rubric::Rubric;
use crate::settings::Settings;
use crate::store::{Actor, Merged, Store};

/// What the app shows of an open session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SessionView {
    pub path: String,
    pub uid: String,
    pub settings: Settings,
    pub lessons: u32,
    pub judges: u32,
    /// What the check on opening found wrong: the session is read-only (the window says so).
    pub damaged: Option<String>,
    /// Opened from a write-protected file or read-only media: read-only (the window says so).
    pub read_only: bool,
}

impl SessionView {
    pub fn of(store: &Store) -> Result<SessionView, Error> {
        Ok(SessionView {
            path: store.path().display().to_string(),
            uid: store.uid()?,
            settings: store.settings()?,
            lessons: store.lessons()?.len() as u32,
            judges: store.judges()?.len() as u32,
            damaged: if store.read_only() {
                None
            } else {
                store.damaged().map(str::to_owned)
            },
            read_only: store.read_only(),
        })
    }
}

/// Creates a session file from resolved settings, copying in each category's rubric.
pub fn create(path: &Path, settings: &Settings, library: &Library, uid: &str, actor: &Actor) -> Result<Store, Error> {
    let rubrics = rubrics_for(settings, library)?;
    Store::create(path, settings, &rubrics, uid, actor)
}

/// The library rubrics the settings name, in category order.
pub fn rubrics_for(settings: &Settings, library: &Library) -> Result<Vec<Rubric>, Error> {
    settings
        .categories
        .iter()
        .map(|c| library.rubric(&c.rubric).cloned())
        .collect()
}

/// The rules roster warnings are computed with.
pub fn warning_rules(settings: &Settings) -> WarningRules {
    WarningRules {
        region_quotas: settings
            .region_quotas
            .iter()
            .map(|q| ((q.region.clone(), q.category), q.quota))
            .collect(),
        one_per_node: settings.rules.one_per_node,
    }
}

/// The outcome of a roster import that landed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ImportReport {
    pub file: String,
    pub rows: u32,
    #[serde(flatten)]
    pub merged: Merged,
    /// Warnings of the lessons in this file (they stay visible in the roster).
    pub warnings: Vec<Problem>,
}

/// Imports a roster workbook: every row checked, then all lessons merged in one transaction.
/// On any error nothing is written and every problem is returned.
pub fn import_roster(
    store: &mut Store,
    path: &Path,
    default_category: Option<Category>,
    actor: &Actor,
) -> Result<ImportReport, Error> {
    import_roster_checked(store, path, default_category, &[], actor)
}

/// [`import_roster`], checking every teacher of the roster against the bar register (`register`)
/// in the same transaction: each match in force is recorded pending for the chair.
pub fn import_roster_checked(
    store: &mut Store,
    path: &Path,
    default_category: Option<Category>,
    register: &[crate::register::BarEntry],
    actor: &Actor,
) -> Result<ImportReport, Error> {
    let settings = store.settings()?;
    let categories: Vec<Category> = settings.categories.iter().map(|c| c.category).collect();
    let rows = roster_sheet::read_roster(path, default_category.is_some())?;
    if rows.is_empty() {
        return Err(refuse_at(path, crate::error::ProblemKind::NoRows));
    }
    let checked = roster::check_rows(&rows, &categories, default_category);
    if !checked.errors.is_empty() {
        return Err(Report {
            problems: checked.errors,
        }
        .capped()
        .into());
    }
    let rules = warning_rules(&settings);
    let (year, bar_years) = (settings.year, settings.rules.bar_years);
    let (merged, lessons) = store.merge_lessons_checked(
        &checked.lessons,
        |all| roster::warnings(all, &rules),
        |all| crate::register::hits(all, register, year, bar_years),
        actor,
    )?;
    let file = path.display().to_string();
    let mut warnings: Vec<Problem> = lessons
        .into_iter()
        .flat_map(|l| l.warnings)
        .filter(|w| w.location.file.as_deref() == Some(path))
        .collect();
    // rows the office hid are imported (hiding is not deleting) and named
    for (sheet, hidden) in crate::import::grid::hidden_rows(path) {
        let rows: Vec<u32> = hidden
            .into_iter()
            .filter(|r| {
                rows.iter()
                    .any(|x| x.location.sheet.as_deref() == Some(sheet.as_str()) && x.location.row == Some(*r))
            })
            .collect();
        if !rows.is_empty() {
            let mut at = crate::error::Location::file(path);
            at.sheet = Some(sheet);
            warnings.push(Problem {
                location: at,
                kind: crate::error::ProblemKind::HiddenRows { rows },
            });
        }
    }
    Ok(ImportReport {
        file,
        rows: checked.lessons.len() as u32,
        merged,
        warnings,
    })
}

/// Imports a judge list; panels it names are created with the coverage their names imply.
pub fn import_judges(store: &mut Store, path: &Path, actor: &Actor) -> Result<ImportReport, Error> {
    let rows = judges_sheet::read_judges(path)?;
    if rows.is_empty() {
        return Err(refuse_at(path, crate::error::ProblemKind::NoRows));
    }
    let (mut ok, errors) = judges::check_rows(&rows);
    if !errors.is_empty() {
        return Err(Report { problems: errors }.capped().into());
    }
    // a name with a tab, a line break or another control character (pasted from elsewhere)
    // reaches file names and printed lists: each becomes a space, and the chair is told where
    let mut warnings = Vec::new();
    for (fields, at) in &mut ok {
        if fields.name.chars().any(char::is_control) {
            fields.name = fields
                .name
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            warnings.push(Problem {
                location: at.clone(),
                kind: crate::error::ProblemKind::ControlCharacters {
                    column: "姓名".into(),
                    now: fields.name.clone(),
                },
            });
        }
    }
    let merged = store.merge_judges(&ok, actor)?;
    // a judges list that names regions means the office expects recusal by region: unless the
    // chair chose otherwise, it is on (`recuse_same_region` unset), and the chair is told so
    let with_region = ok.iter().filter(|(j, _)| !j.region.trim().is_empty()).count() as u32;
    if with_region > 0 && store.settings()?.rules.recuse_same_region.is_none() {
        warnings.push(Problem {
            location: crate::error::Location::file(path),
            kind: crate::error::ProblemKind::RegionRecusalOn { judges: with_region },
        });
    }
    Ok(ImportReport {
        file: path.display().to_string(),
        rows: ok.len() as u32,
        merged,
        warnings,
    })
}

/// The assignment rules of a session's settings. Recusal by region, unless the chair set it, is on
/// when the judges list names a region for any judge (an office that lists 所在地区 expects it).
fn assign_rules(settings: &Settings, judges: &[crate::judges::Judge]) -> AssignRules {
    AssignRules {
        mode: settings.rules.assignment,
        judges_per_lesson: settings.rules.judges_per_lesson,
        recuse_same_region: recusal_by_region(settings, judges),
    }
}

/// Whether judges are recused from lessons of their own region: the chair's setting, or, unset,
/// whether the judges list names regions.
pub fn recusal_by_region(settings: &Settings, judges: &[crate::judges::Judge]) -> bool {
    settings
        .rules
        .recuse_same_region
        .unwrap_or_else(|| judges.iter().any(|j| !j.fields.region.trim().is_empty()))
}

/// Makes and stores the assignment from the session's lessons, judges, panels and rules.
pub fn run_assignment(store: &mut Store, actor: &Actor) -> Result<Assignment, Error> {
    let settings = store.settings()?;
    let rules = assign_rules(&settings, &store.judges()?);
    // lessons the chair kept out after 形式审查 or for a barred teacher are not judged
    let excluded = store.exclusions()?;
    let barred = store.barred()?;
    let mut lessons = store.lessons()?;
    lessons.retain(|l| !excluded.contains_key(&l.id) && !barred.contains_key(&l.id));
    let a = assign::assign(&lessons, &store.judges()?, &store.panels()?, &rules);
    store.save_assignment(&a, actor)?;
    Ok(a)
}

/// Checks the whole roster against the bar register again (after the register changed, or for
/// lessons typed in by hand); new matches are recorded pending, in one transaction. Returns the
/// matches still waiting for the chair.
pub fn check_register(
    store: &mut Store,
    register: &[crate::register::BarEntry],
    actor: &Actor,
) -> Result<Vec<crate::register::BarMatch>, Error> {
    let settings = store.settings()?;
    let hits = crate::register::hits(&store.lessons()?, register, settings.year, settings.rules.bar_years);
    store.record_bar_hits(&hits, actor)?;
    Ok(store
        .bar_matches()?
        .into_iter()
        .filter(|m| m.status == crate::register::HitStatus::Pending)
        .collect())
}

/// The chair's word on a roster teacher matched against the bar register, with a reason (the
/// same rule as every decision: no word without one).
pub fn settle_bar_match(
    store: &mut Store,
    lesson: &crate::roster::LessonId,
    teacher: &str,
    status: crate::register::HitStatus,
    reason: &str,
    actor: &Actor,
) -> Result<(), Error> {
    crate::error::require_reason(reason)?;
    store.settle_bar_match(lesson, teacher, status, reason, actor)
}

/// The register entries a finalized session adds: every teacher of a lesson vetoed (and not
/// overruled) with an item the bar is for (抄袭 / 冒名顶替 / 非原创), with the judges' reasons.
/// Empty for a session not finalized.
pub fn barred_teachers(store: &Store) -> Result<Vec<crate::register::BarEntry>, Error> {
    let input = results_input(store)?;
    if input.finalized.is_none() {
        return Ok(Vec::new());
    }
    let results = compute_results(&input);
    let region = own_region(&input.settings);
    let mut out = Vec::new();
    for c in &results.categories {
        let rubric = input.rubrics.iter().find(|r| r.category() == c.category);
        for row in c
            .rows
            .iter()
            .filter(|r| r.outcome.status == crate::select::Status::Vetoed)
        {
            let mut reasons: Vec<String> = Vec::new();
            for ((_, l), s) in &input.judgements {
                if l != &row.lesson.id {
                    continue;
                }
                for v in &s.vetoes {
                    let name = rubric
                        .and_then(|r| r.vetoes().iter().find(|x| x.id() == v.veto))
                        .map_or(v.veto.as_str(), |x| x.name());
                    if crate::register::bars(&v.veto, name) {
                        let text = if v.reason.trim().is_empty() {
                            name.to_owned()
                        } else {
                            format!("{name}：{}", v.reason.trim())
                        };
                        if !reasons.contains(&text) {
                            reasons.push(text);
                        }
                    }
                }
            }
            if reasons.is_empty() {
                continue;
            }
            for t in &row.lesson.fields.teachers {
                out.push(crate::register::BarEntry {
                    name: t.clone(),
                    school: row.lesson.fields.school.clone(),
                    region: if row.lesson.fields.region.is_empty() {
                        region.clone()
                    } else {
                        row.lesson.fields.region.clone()
                    },
                    year: input.settings.year,
                    session: input.settings.name.clone(),
                    reason: reasons.join("；"),
                });
            }
        }
    }
    Ok(out)
}

/// Adds a lesson typed in by hand, or edits one (`id`), with the same checks as an import.
pub fn save_lesson(
    store: &mut Store,
    id: Option<&crate::roster::LessonId>,
    fields: &crate::roster::LessonFields,
    actor: &Actor,
) -> Result<crate::roster::Lesson, Error> {
    use crate::roster::{FieldText, RosterRow};
    let settings = store.settings()?;
    let categories: Vec<Category> = settings.categories.iter().map(|c| c.category).collect();
    let here = crate::error::Location::default();
    let cell = |text: &str| {
        Some(FieldText {
            text: text.to_owned(),
            column: None,
        })
    };
    let row = RosterRow {
        location: here.clone(),
        category: cell(fields.category.name()),
        region: cell(&fields.region),
        stage: cell(&fields.stage),
        subject: cell(&fields.subject),
        grade: cell(&fields.grade),
        edition: cell(&fields.edition),
        node: cell(&fields.node),
        title: cell(&fields.title),
        teachers: cell(&fields.teachers.join("、")),
        school: cell(&fields.school),
        origin: cell(&fields.origin),
    };
    let checked = roster::check_rows(&[row], &categories, None);
    if !checked.errors.is_empty() {
        return Err(Report {
            problems: checked.errors,
        }
        .capped()
        .into());
    }
    let (clean, _) = checked
        .lessons
        .into_iter()
        .next()
        .expect("a row without errors becomes a lesson");
    let existing = store.lessons()?;
    let clash = existing
        .iter()
        .find(|l| l.fields.key() == clean.key() && Some(&l.id) != id);
    if let Some(other) = clash {
        let mut report = Report::default();
        report.push(
            other.source.clone(),
            crate::error::ProblemKind::DuplicateLesson {
                first_row: other.source.row.unwrap_or(0),
            },
        );
        return Err(report.into());
    }
    let rules = warning_rules(&settings);
    let warn = |all: &[(crate::roster::LessonFields, crate::error::Location)]| roster::warnings(all, &rules);
    match id {
        Some(id) => store.update_lesson(id, &clean, warn, actor)?,
        None => {
            store.merge_lessons(&[(clean.clone(), here)], warn, actor)?;
        }
    }
    let saved = store.lessons()?;
    Ok(match id {
        Some(id) => saved.into_iter().find(|l| l.id == *id),
        None => saved.into_iter().find(|l| l.fields.key() == clean.key()),
    }
    .expect("the lesson just saved is in the store"))
}

/// Adds a judge typed in by hand (or updates the one with the same name and unit).
pub fn save_judge(
    store: &mut Store,
    fields: &crate::judges::JudgeFields,
    actor: &Actor,
) -> Result<crate::judges::Judge, Error> {
    use crate::judges::JudgeRow;
    use crate::roster::FieldText;
    let here = crate::error::Location::default();
    let cell = |text: &str| {
        Some(FieldText {
            text: text.to_owned(),
            column: None,
        })
    };
    let row = JudgeRow {
        location: here.clone(),
        name: cell(&fields.name),
        unit: cell(&fields.unit),
        region: cell(&fields.region),
        panel: cell(&fields.panel),
        role: cell(&fields.role),
    };
    let (ok, errors) = judges::check_rows(&[row]);
    if !errors.is_empty() {
        return Err(Report { problems: errors }.into());
    }
    store.merge_judges(&ok, actor)?;
    Ok(store
        .judges()?
        .into_iter()
        .find(|j| j.fields.name == ok[0].0.name && j.fields.unit == ok[0].0.unit)
        .expect("the judge just saved is in the store"))
}

/// A blank score sheet for every judge who has lessons, at `generated_at` (RFC 3339).
pub fn blank_sheets(store: &mut Store, generated_at: &str) -> Result<Vec<crate::sheet::ScoreSheet>, Error> {
    use crate::sheet::{judge_key, CategorySheet, ScoreSheet, SheetMeta, FORMAT_VERSION};
    let secret = store.secret()?;
    let settings = store.settings()?;
    let uid = store.uid()?;
    let lessons = store.lessons()?;
    let assignment = store.assignment()?;
    let mut rubrics = Vec::new();
    for c in &settings.categories {
        rubrics.push(store.rubric(c.category)?);
    }
    let mut assigned: std::collections::BTreeMap<
        &crate::judges::JudgeId,
        std::collections::BTreeSet<&crate::roster::LessonId>,
    > = Default::default();
    for p in &assignment.pairs {
        assigned.entry(&p.judge).or_default().insert(&p.lesson);
    }
    // each judge's lessons in roster order, found by id (not by scanning the roster per judge)
    let position: std::collections::HashMap<&crate::roster::LessonId, usize> =
        lessons.iter().enumerate().map(|(i, l)| (&l.id, i)).collect();
    let mut out = Vec::new();
    for judge in store.judges()? {
        let Some(theirs) = assigned.get(&judge.id) else {
            continue;
        };
        let mut at: Vec<usize> = theirs.iter().filter_map(|id| position.get(id).copied()).collect();
        at.sort_unstable();
        let mine: Vec<&crate::roster::Lesson> = at.into_iter().map(|i| &lessons[i]).collect();
        if mine.is_empty() {
            continue;
        }
        let used: Vec<&Rubric> = rubrics
            .iter()
            .filter(|r| mine.iter().any(|l| l.fields.category == r.category()))
            .collect();
        let categories = used
            .iter()
            .map(|r| CategorySheet {
                sheet_name: ScoreSheet::sheet_name(r.category(), used.len()),
                rubric: (*r).clone(),
                lessons: mine
                    .iter()
                    .filter(|l| l.fields.category == r.category())
                    .map(|l| (*l).clone())
                    .collect(),
            })
            .collect();
        out.push(ScoreSheet {
            meta: SheetMeta {
                version: FORMAT_VERSION,
                session_id: uid.clone(),
                session_name: settings.name.clone(),
                judge_key: judge_key(&secret, &judge.id),
                judge_id: judge.id,
                judge_name: judge.fields.name,
                generated_at: generated_at.to_owned(),
                revision: 0,
                issue: String::new(),
            },
            categories,
            scores: Default::default(),
        });
    }
    Ok(out)
}

/// Blank sheets as the session issues them: every judge's who has lessons (or only `judge`'s),
/// each carrying its issue token and recorded as issued (audited) before any file is written, so
/// that a returned sheet can always be read against what was issued.
pub fn issue_sheets(
    store: &mut Store,
    generated_at: &str,
    judge: Option<&crate::judges::JudgeId>,
    actor: &Actor,
) -> Result<Vec<crate::sheet::ScoreSheet>, Error> {
    let (sheets, issues) = prepared_sheets(store, generated_at, judge)?;
    store.record_issues(&issues, actor)?;
    Ok(sheets)
}

/// The blank sheets to issue (all judges', or one's), each with its issue token, not yet recorded.
fn prepared_sheets(
    store: &mut Store,
    generated_at: &str,
    judge: Option<&crate::judges::JudgeId>,
) -> Result<(Vec<crate::sheet::ScoreSheet>, Vec<crate::sheet::IssuedSheet>), Error> {
    let secret = store.secret()?;
    let mut sheets = blank_sheets(store, generated_at)?;
    if let Some(judge) = judge {
        sheets.retain(|s| &s.meta.judge_id == judge);
    }
    let issues: Vec<crate::sheet::IssuedSheet> = sheets
        .iter_mut()
        .map(|s| crate::sheet::IssuedSheet::issue(s, &secret))
        .collect();
    Ok((sheets, issues))
}

/// Longest judge-name part of a sheet's file name, in characters: the id identifies the sheet,
/// the name is for people; a 200-character name overflowed the file system's 255-byte limit,
/// and Excel refuses a path over 218 characters.
const NAME_IN_FILE: usize = 24;

/// The file name of a judge's sheet: `评分表-J001-杨帆.xlsx`. The name part keeps only what every
/// system allows in a file name (no control characters, none of `/\:*?"<>|`, no trailing dot or
/// space, which Windows drops) and at most [`NAME_IN_FILE`] characters.
pub fn sheet_file_name(sheet: &crate::sheet::ScoreSheet) -> String {
    let safe: String = sheet
        .meta
        .judge_name
        .chars()
        .map(|c| {
            if c.is_control() || "/\\:*?\"<>|".contains(c) {
                ' '
            } else {
                c
            }
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(NAME_IN_FILE)
        .collect();
    let safe = safe.trim_end_matches(['.', ' ']);
    if safe.is_empty() {
        format!("评分表-{}.xlsx", sheet.meta.judge_id)
    } else {
        format!("评分表-{}-{}.xlsx", sheet.meta.judge_id, safe)
    }
}

/// Writes every judge's blank sheet into `dir`; returns the files written.
pub fn export_sheets(store: &mut Store, dir: &Path, actor: &Actor) -> Result<Vec<std::path::PathBuf>, Error> {
    export_sheets_with(store, dir, actor, &mut |_, _| {})
}

/// [`export_sheets`], calling `progress(written, total)` as each workbook is written. A sheet is
/// recorded as issued only once every file is written: a failure (a full disk, a name the file
/// system refuses) removes the files written so far and records nothing, so a retry starts clean
/// and the session never counts a sheet no judge has.
pub fn export_sheets_with(
    store: &mut Store,
    dir: &Path,
    actor: &Actor,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Vec<std::path::PathBuf>, Error> {
    std::fs::create_dir_all(dir).map_err(|e| Error::write(dir, e))?;
    let at = actor.at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let (sheets, issues) = prepared_sheets(store, &at, None)?;
    // each workbook is built and written on its own core (most of the time is compression); every
    // file written is noted as it lands (workers run ahead of the failure that stops them)
    let landed = std::sync::Mutex::new(Vec::with_capacity(sheets.len()));
    let mut files = Vec::with_capacity(sheets.len());
    let written = crate::par::for_each_ordered(
        &sheets,
        crate::par::workers(sheets.len()),
        |sheet| {
            let path = dir.join(sheet_file_name(sheet));
            // each file is written whole or not at all (written beside it, then renamed)
            crate::sheet::write::write(sheet, &path)?;
            landed.lock().unwrap_or_else(|p| p.into_inner()).push(path.clone());
            Ok(path)
        },
        |i, written: Result<std::path::PathBuf, Error>| {
            files.push(written?);
            progress(i + 1, sheets.len());
            Ok::<(), Error>(())
        },
    );
    if let Err(e) = written.and_then(|()| store.record_issues(&issues, actor)) {
        for f in landed.into_inner().unwrap_or_else(|p| p.into_inner()) {
            let _ = std::fs::remove_file(f);
        }
        return Err(e);
    }
    Ok(files)
}

/// What the session expects of returned sheets.
pub fn expected(store: &mut Store) -> Result<crate::sheet::read::Expected, Error> {
    use crate::sheet::judge_key;
    let secret = store.secret()?;
    let settings = store.settings()?;
    let mut rubrics = std::collections::BTreeMap::new();
    for c in &settings.categories {
        rubrics.insert(c.category, store.rubric(c.category)?);
    }
    let assigned = store.assigned_lessons()?;
    Ok(crate::sheet::read::Expected {
        session_id: store.uid()?,
        judge_keys: store
            .judges()?
            .into_iter()
            .map(|j| (j.id.clone(), judge_key(&secret, &j.id)))
            .collect(),
        assigned,
        rubrics,
        issues: store.issued_sheets()?,
    })
}

/// What happened to one returned sheet.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SheetImport {
    pub file: String,
    pub judge: Option<crate::judges::JudgeId>,
    pub status: crate::sheet::read::SheetStatus,
    /// None when the sheet was rejected (nothing stored).
    pub merge: Option<crate::store::SheetMerge>,
    /// Why it was refused: each bad cell as a `sheet_cell` problem at its place (file, sheet, row,
    /// column), the one problem model the window lists everywhere.
    pub problems: Vec<Problem>,
    pub changes: Vec<crate::sheet::read::SheetChange>,
}

/// Checks and stores returned sheets (all in one transaction); rejected sheets store nothing.
/// Intact sheets count at once; edits made outside the app and sheets that cannot be verified
/// wait for the chair's confirmation, unless `confirm_edits` confirms each of them in this step
/// (audited with its changed cells).
pub fn import_sheets(
    store: &mut Store,
    files: &[std::path::PathBuf],
    confirm_edits: bool,
    actor: &Actor,
) -> Result<Vec<SheetImport>, Error> {
    import_sheets_with(store, files, confirm_edits, &mut |_, _| true, actor)
}

/// [`import_sheets`], telling `progress` (done, total) after each sheet; when it answers false
/// the import stops and nothing of it is stored (`ErrorKind::Cancelled`).
pub fn import_sheets_with(
    store: &mut Store,
    files: &[std::path::PathBuf],
    confirm_edits: bool,
    progress: &mut dyn FnMut(usize, usize) -> bool,
    actor: &Actor,
) -> Result<Vec<SheetImport>, Error> {
    use crate::sheet::read::{check_read, SheetStatus};
    let mut out = Vec::with_capacity(files.len());
    // reading and checking is pure and runs on every core, the files being read while what the
    // session expects is loaded; storing runs here, in file order, in one transaction: every
    // accepted sheet is stored, or none when anything fails
    let batch = crate::par::for_each_ordered_after(
        files,
        crate::par::workers(files.len()),
        || Ok::<_, Error>((expected(store)?, store.sheet_batch()?)),
        |file| crate::import::typed::read(file),
        |file, read, expected| {
            // a file that cannot be read as a workbook is refused on its own, by name, like any
            // refused sheet: among a thousand returned files the chair must know which one
            let sheets = match read {
                Ok(sheets) => sheets,
                Err(why) => return Ok::<_, Error>((crate::sheet::read::unreadable(file, Some(&why)), None)),
            };
            let mut c = check_read(file, &sheets, Some(expected));
            let prepared = match (c.status, c.sheet.take(), &c.judge) {
                (SheetStatus::Rejected, _, _) | (_, None, _) | (_, _, None) => None,
                (status, Some(sheet), Some(judge)) => Some(crate::store::PreparedSheet::new(
                    judge.clone(),
                    sheet.meta.revision,
                    status.code().to_owned(),
                    c.file.clone(),
                    std::mem::take(&mut c.scores_json),
                    &c.changes,
                )),
            };
            Ok::<_, Error>((c, prepared))
        },
        |batch, _, checked| {
            let (c, prepared) = checked?;
            let merge = match prepared {
                Some(p) => Some(batch.import(&p, confirm_edits, actor)?),
                None => None,
            };
            let at = std::path::Path::new(&c.file);
            let problems = c.problems.iter().map(|p| p.at(at)).collect();
            out.push(SheetImport {
                file: c.file,
                judge: c.judge,
                status: c.status,
                merge,
                problems,
                changes: c.changes,
            });
            if !progress(out.len(), files.len()) {
                // the batch is dropped unsaved: nothing of this import lands
                return Err(Error::from(crate::error::ErrorKind::Cancelled));
            }
            Ok::<_, Error>(())
        },
    )?;
    batch.commit()?;
    Ok(out)
}

pub fn results_input(store: &Store) -> Result<ResultsInput, Error> {
    // the scores' JSON is parsed on other threads while the rest is read here
    let stored = store.judgement_rows()?;
    std::thread::scope(|s| {
        let parsing = s.spawn(|| stored.parse());
        let rest = (|| {
            let settings = store.settings()?;
            let mut rubrics = Vec::new();
            for c in &settings.categories {
                rubrics.push(store.rubric(c.category)?);
            }
            Ok::<_, Error>((
                settings,
                rubrics,
                store.decisions()?,
                store.lessons()?,
                store.panels()?,
                store.exclusions()?,
                store.barred()?,
            ))
        })();
        let judgements = parsing.join().expect("parsing scores does not panic")?;
        let (settings, rubrics, (decisions, finalized), lessons, panels, excluded, barred) = rest?;
        Ok(ResultsInput {
            lessons,
            panels,
            judgements,
            settings,
            rubrics,
            decisions,
            finalized,
            excluded,
            barred,
        })
    })
}

pub fn results(store: &Store) -> Result<Results, Error> {
    Ok(compute_results(&results_input(store)?))
}

/// 评委校准 of the session: per judge and panel (see `calibration`), with the judges' names.
pub fn calibration(store: &Store) -> Result<crate::calibration::Calibration, Error> {
    let mut c = crate::calibration::calibrate(&results_input(store)?);
    let names: std::collections::HashMap<crate::judges::JudgeId, String> =
        store.judges()?.into_iter().map(|j| (j.id, j.fields.name)).collect();
    for j in &mut c.judges {
        j.name = names.get(&j.id).cloned().unwrap_or_default();
    }
    Ok(c)
}

/// 推荐稳定性 of the session as it is now (`stability::stability` over its results input), with
/// the audit head it was computed at; None when `progress` cancels.
pub fn stability(
    store: &Store,
    seed: u64,
    resamples: u32,
    progress: &mut dyn FnMut(u32, u32) -> bool,
) -> Result<Option<(String, Vec<crate::stability::LessonStability>)>, Error> {
    let head = store.audit_head()?;
    let input = results_input(store)?;
    Ok(crate::stability::stability(&input, seed, resamples, progress).map(|s| (head, s)))
}

/// Writes the results workbook.
pub fn export_results(store: &Store, path: &Path) -> Result<Results, Error> {
    export_results_with(store, path, None)
}

/// [`export_results`], with a 推荐稳定性 column on 推荐名单 and 候补名单 from `stability` (see
/// [`stability`]; the same seed gives the same workbook).
pub fn export_results_with(
    store: &Store,
    path: &Path,
    stability: Option<&[crate::stability::LessonStability]>,
) -> Result<Results, Error> {
    let input = results_input(store)?;
    // the results, the calibration (评委统计) and the rest the workbook shows depend on none of
    // each other: they are computed side by side
    let (results, calibration, rest) = std::thread::scope(|s| {
        let calibration = s.spawn(|| crate::calibration::calibrate(&input));
        let results = s.spawn(|| compute_results(&input));
        // the session's connection stays on this thread
        let rest = workbook_rest(store);
        (
            results.join().expect("the results do not panic"),
            calibration.join().expect("the calibration does not panic"),
            rest,
        )
    });
    let Rest {
        judges,
        sheets,
        conflicts,
        recusals,
        as_of,
        decision_log,
        absences,
        materials,
        excluded,
        chain,
        screening,
    } = rest?;
    let stability: Option<std::collections::BTreeMap<crate::roster::LessonId, crate::stability::LessonStability>> =
        stability.map(|s| s.iter().map(|x| (x.lesson.clone(), x.clone())).collect());
    let workbook = crate::export::WorkbookInput {
        screening: screening.as_ref(),
        stability: stability.as_ref(),
        calibration: &calibration,
        chain: &chain,
        materials: &materials,
        excluded: &excluded,
        decision_log: &decision_log,
        absences: &absences,
        as_of: as_of.as_deref(),
        results: &results,
        settings: &input.settings,
        judges: &judges,
        judgements: &input.judgements,
        sheets: &sheets,
        conflicts: &conflicts,
        recusals: &recusals,
    };
    crate::export::write_results(&workbook, path)?;
    crate::par::drop_later((input, calibration, judges, decision_log, stability));
    Ok(results)
}

/// What the results workbook shows besides the results and the calibration.
struct Rest {
    judges: Vec<crate::judges::Judge>,
    sheets: Vec<crate::store::SheetRecord>,
    conflicts: Vec<(crate::judges::JudgeId, u32)>,
    recusals: Vec<crate::assign::Recusal>,
    as_of: Option<String>,
    decision_log: Vec<crate::store::AuditEntry>,
    absences: std::collections::BTreeMap<crate::judges::JudgeId, String>,
    materials: Vec<crate::materials::LessonCheck>,
    excluded: std::collections::BTreeMap<crate::roster::LessonId, String>,
    chain: String,
    screening: Option<crate::similar::report::Screening>,
}

fn workbook_rest(store: &Store) -> Result<Rest, Error> {
    let (audit, chain) = store.audit_log_verified()?;
    let as_of = audit.last().map(|a| a.at.clone());
    let decision_log = audit
        .into_iter()
        .filter(|a| a.action.starts_with("decision."))
        .collect();
    let chain = match chain.broken_at {
        None => chain.head,
        Some(seq) => format!("{}（第{seq}行被改动）", chain.head),
    };
    Ok(Rest {
        judges: store.judges()?,
        sheets: store.sheet_imports()?,
        conflicts: store.conflicts()?,
        recusals: store.assignment()?.recusals,
        as_of,
        decision_log,
        absences: store.absences()?,
        materials: store.material_checks()?,
        excluded: store.exclusions()?,
        chain,
        screening: store.screening()?.map(|(s, _)| s),
    })
}

/// Finalizes the session; refused while a lesson lacks scores the chair has not explained.
pub fn finalize(store: &mut Store, actor: &Actor) -> Result<(), Error> {
    // the checks and the write in one transaction: an import or a decision that lands while this
    // waits for the lock is checked too, and none lands after it (each write checks 定稿 inside
    // its own transaction)
    store.exclusive(|store| finalize_checked(store, actor))
}

fn finalize_checked(store: &mut Store, actor: &Actor) -> Result<(), Error> {
    store.writable()?;
    let r = results(store)?;
    let mut report = crate::results::unsettled(&r, store.settings()?.rules.judges_per_lesson);
    for m in store.bar_matches()? {
        if m.status == crate::register::HitStatus::Pending {
            report.push(
                crate::error::Location::default(),
                crate::error::ProblemKind::BarMatchPending {
                    lesson: m.hit.lesson.to_string(),
                    teacher: m.hit.teacher.clone(),
                },
            );
        }
    }
    if !report.is_empty() {
        return Err(report.into());
    }
    store.finalize(actor)
}

/// Finalizes the session (see [`finalize`]), then adds the teachers it barred for plagiarism or
/// impersonation to the bar register (`register.add`, the session file as the source). The
/// register is another file: an entry already there is not added twice, so finalizing again
/// after a reopen adds nothing new.
pub fn finalize_into(
    store: &mut Store,
    register: &mut crate::store::register::Register,
    actor: &Actor,
) -> Result<crate::store::register::RegisterAdded, Error> {
    finalize(store, actor)?;
    let entries = barred_teachers(store)?;
    register.add(&entries, "register.add", &store.path().display().to_string(), actor)
}

/// A chair's decision, as data (the CLI and the app both record them through `decide`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "snake_case")]
#[derive(strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum Decision {
    Arbitrate {
        lesson: crate::roster::LessonId,
        score: crate::aggregate::Hundredths,
    },
    Accept {
        lesson: crate::roster::LessonId,
    },
    OverruleVeto {
        lesson: crate::roster::LessonId,
    },
    AcceptIncomplete {
        lesson: crate::roster::LessonId,
    },
    TieOrder {
        lesson: crate::roster::LessonId,
        order: u32,
    },
    /// Asks `judge` for a third review of a lesson held for its judges' spread: the judge is
    /// assigned the lesson (recusal holds) and the hold is released once their scores arrive.
    Review {
        lesson: crate::roster::LessonId,
        judge: crate::judges::JudgeId,
    },
    /// Vetoes a lesson with one of its rubric's veto items, by id or name (抄袭 on 查重's
    /// evidence: the reason carries the files, the coverage and the first passage).
    Veto {
        lesson: crate::roster::LessonId,
        item: String,
    },
    /// Takes back an earlier decision on a lesson (the reason says why).
    Withdraw {
        lesson: crate::roster::LessonId,
        decision: DecisionKind,
    },
}

impl Decision {
    /// The decision's kind (`arbitrate`, …): its serialized `kind` tag.
    pub fn code(&self) -> &'static str {
        self.into()
    }
}

/// The kinds of decision a chair can make on a lesson.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum DecisionKind {
    Arbitrate,
    Accept,
    OverruleVeto,
    AcceptIncomplete,
    TieOrder,
    Review,
    Veto,
}

impl DecisionKind {
    fn name(self) -> &'static str {
        match self {
            DecisionKind::Arbitrate => "arbitrate",
            DecisionKind::Accept => "accept",
            DecisionKind::OverruleVeto => "overrule_veto",
            DecisionKind::AcceptIncomplete => "accept_incomplete",
            DecisionKind::TieOrder => "tie_order",
            DecisionKind::Review => "review",
            DecisionKind::Veto => "veto",
        }
    }
}

impl Decision {
    pub fn lesson(&self) -> &crate::roster::LessonId {
        match self {
            Decision::Arbitrate { lesson, .. }
            | Decision::Accept { lesson }
            | Decision::OverruleVeto { lesson }
            | Decision::AcceptIncomplete { lesson }
            | Decision::TieOrder { lesson, .. }
            | Decision::Review { lesson, .. }
            | Decision::Veto { lesson, .. }
            | Decision::Withdraw { lesson, .. } => lesson,
        }
    }

    /// `arbitrate`, `accept`, …, `withdraw`.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Decision::Arbitrate { .. } => DecisionKind::Arbitrate.name(),
            Decision::Accept { .. } => DecisionKind::Accept.name(),
            Decision::OverruleVeto { .. } => DecisionKind::OverruleVeto.name(),
            Decision::AcceptIncomplete { .. } => DecisionKind::AcceptIncomplete.name(),
            Decision::TieOrder { .. } => DecisionKind::TieOrder.name(),
            Decision::Review { .. } => DecisionKind::Review.name(),
            Decision::Veto { .. } => DecisionKind::Veto.name(),
            Decision::Withdraw { .. } => "withdraw",
        }
    }
}

/// An arbitrated score must be one a judge could give: 0..the rubric's total, in its step.
fn check_arbitration(
    lesson: &crate::roster::LessonId,
    score: crate::aggregate::Hundredths,
    rubric: &Rubric,
) -> Result<(), Error> {
    let max = i64::from(rubric.total().tenths()) * 10;
    let step = i64::from(rubric.step().tenths()).max(1) * 10;
    if score.0 < 0 || score.0 > max || score.0 % step != 0 {
        let mut r = Report::default();
        r.push(
            crate::error::Location::default(),
            crate::error::ProblemKind::ArbitrationInvalid {
                lesson: lesson.to_string(),
                value: score.to_string(),
                max: rubric.total().to_string(),
                step: rubric.step().to_string(),
            },
        );
        return Err(r.into());
    }
    Ok(())
}

/// A decision applies only to a lesson in the state it resolves, judged without the decisions it
/// would replace: arbitrate and accept a lesson held for its judges' spread, accept as incomplete
/// a lesson short of scores, overrule a veto on a vetoed lesson, order a lesson in a tie nothing
/// else breaks. Withdrawing is checked against the decisions themselves.
fn check_applies(store: &Store, decision: &Decision, category: Category) -> Result<(), Error> {
    use crate::select::Reason;
    if matches!(decision, Decision::Withdraw { .. }) {
        return Ok(());
    }
    if let Decision::Veto { item, .. } = decision {
        // any lesson may be vetoed, with one of its rubric's veto items
        return veto_name(&store.rubric(category)?, item).map(drop);
    }
    let id = decision.lesson();
    let mut input = results_input(store)?;
    // only the lesson's category: holds, vetoes and ties do not depend on the others
    input.settings.categories.retain(|c| c.category == category);
    let d = &mut input.decisions;
    match decision {
        Decision::Arbitrate { .. } | Decision::Accept { .. } | Decision::Review { .. } => {
            d.arbitrations.remove(id);
            d.accepted.remove(id);
            d.reviews.remove(id);
        }
        Decision::AcceptIncomplete { .. } => {
            d.accept_incomplete.remove(id);
        }
        Decision::OverruleVeto { .. } => {
            d.veto_overruled.remove(id);
        }
        Decision::TieOrder { .. } => d.tie_order.clear(),
        Decision::Veto { .. } | Decision::Withdraw { .. } => {}
    }
    let results = compute_results(&input);
    let Some(outcome) = results
        .categories
        .iter()
        .flat_map(|c| &c.rows)
        .find(|r| &r.lesson.id == id)
        .map(|r| &r.outcome)
    else {
        return Ok(());
    };
    let applies = match decision {
        Decision::Arbitrate { .. } | Decision::Accept { .. } | Decision::Review { .. } => {
            matches!(outcome.reason, Reason::HeldGap { .. })
        }
        Decision::AcceptIncomplete { .. } => {
            matches!(outcome.reason, Reason::HeldIncomplete { .. } | Reason::NoScores)
        }
        Decision::OverruleVeto { .. } => matches!(outcome.reason, Reason::Vetoed { .. }),
        Decision::TieOrder { .. } => outcome.tie,
        Decision::Veto { .. } | Decision::Withdraw { .. } => true,
    };
    if applies {
        return Ok(());
    }
    let status = outcome.reason.code().to_owned();
    let mut r = Report::default();
    r.push(
        crate::error::Location::default(),
        crate::error::ProblemKind::DecisionNotApplicable {
            lesson: id.to_string(),
            decision: decision.kind_name().to_owned(),
            status,
        },
    );
    Err(r.into())
}

/// The name of the rubric's veto item named by `item` (its id or its name).
fn veto_name(rubric: &crate::rubric::Rubric, item: &str) -> Result<String, Error> {
    match rubric.vetoes().iter().find(|v| v.id() == item || v.name() == item) {
        Some(v) => Ok(v.name().to_owned()),
        None => {
            let mut r = Report::default();
            r.push(
                crate::error::Location::default(),
                crate::error::ProblemKind::UnknownVeto { veto: item.to_owned() },
            );
            Err(r.into())
        }
    }
}

/// Records a decision with its reason (audited). Its checks (the lesson is in the state the
/// decision resolves) and its write are one transaction.
pub fn decide(store: &mut Store, decision: &Decision, reason: &str, actor: &Actor) -> Result<(), Error> {
    crate::error::require_reason(reason)?;
    store.exclusive(|store| decide_checked(store, decision, reason, actor))
}

fn decide_checked(store: &mut Store, decision: &Decision, reason: &str, actor: &Actor) -> Result<(), Error> {
    store.writable()?;
    let lesson = store.lesson(decision.lesson())?;
    if let Decision::Arbitrate { lesson: id, score } = decision {
        check_arbitration(id, *score, &store.rubric(lesson.fields.category)?)?;
    }
    check_applies(store, decision, lesson.fields.category)?;
    let mut d = store.decisions()?.0;
    let kind = match decision {
        Decision::Arbitrate { lesson: id, score } => {
            d.arbitrations.insert(id.clone(), *score);
            "arbitrate"
        }
        Decision::Withdraw { lesson, decision } => {
            let had = match decision {
                DecisionKind::Arbitrate => d.arbitrations.remove(lesson).is_some(),
                DecisionKind::Accept => d.accepted.remove(lesson),
                DecisionKind::OverruleVeto => d.veto_overruled.remove(lesson),
                DecisionKind::AcceptIncomplete => d.accept_incomplete.remove(lesson),
                DecisionKind::TieOrder => d.tie_order.remove(lesson).is_some(),
                DecisionKind::Review => d.reviews.remove(lesson).is_some(),
                DecisionKind::Veto => d.vetoes.remove(lesson).is_some(),
            };
            if !had {
                let mut r = Report::default();
                r.push(
                    crate::error::Location::default(),
                    crate::error::ProblemKind::NoSuchDecision {
                        lesson: lesson.to_string(),
                        decision: decision.name().to_owned(),
                    },
                );
                return Err(r.into());
            }
            match decision {
                DecisionKind::Arbitrate => "withdraw.arbitrate",
                DecisionKind::Accept => "withdraw.accept",
                DecisionKind::OverruleVeto => "withdraw.overrule_veto",
                DecisionKind::AcceptIncomplete => "withdraw.accept_incomplete",
                DecisionKind::TieOrder => "withdraw.tie_order",
                DecisionKind::Review => "withdraw.review",
                DecisionKind::Veto => "withdraw.veto",
            }
        }
        Decision::Accept { lesson } => {
            d.accepted.insert(lesson.clone());
            "accept"
        }
        Decision::OverruleVeto { lesson } => {
            d.veto_overruled.insert(lesson.clone());
            "overrule_veto"
        }
        Decision::AcceptIncomplete { lesson } => {
            d.accept_incomplete.insert(lesson.clone());
            "accept_incomplete"
        }
        Decision::TieOrder { lesson, order } => {
            d.tie_order.insert(lesson.clone(), *order);
            "tie_order"
        }
        Decision::Veto { lesson: id, item } => {
            d.vetoes
                .insert(id.clone(), veto_name(&store.rubric(lesson.fields.category)?, item)?);
            "veto"
        }
        Decision::Review { lesson: id, judge } => {
            let rules = assign_rules(&store.settings()?, &store.judges()?);
            if let Some(kind) = refuse_move(&store.judge(judge)?, &lesson, &rules, &store.assignment()?.pairs) {
                return Err(refuse(kind));
            }
            d.reviews.insert(id.clone(), judge.clone());
            store.record_decision(&d, id, "review", reason.trim(), Some(judge), actor)?;
            return Ok(());
        }
    };
    store.record_decision(&d, decision.lesson(), kind, reason.trim(), None, actor)
}

/// Scoring progress per judge: assigned, scored, missing, recused, absent.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct JudgeCoverage {
    pub judge: crate::judges::Judge,
    pub assigned: u32,
    pub scored: u32,
    pub missing: Vec<crate::roster::LessonId>,
    pub recused: u32,
    pub absent: Option<String>,
}

pub fn coverage(store: &Store) -> Result<Vec<JudgeCoverage>, Error> {
    let a = store.assignment()?;
    let judgements = store.judgements()?;
    let absences = store.absences()?;
    Ok(store
        .judges()?
        .into_iter()
        .map(|j| {
            let mine: Vec<&crate::roster::LessonId> =
                a.pairs.iter().filter(|p| p.judge == j.id).map(|p| &p.lesson).collect();
            let done = |l: &crate::roster::LessonId| {
                judgements
                    .get(&(j.id.clone(), l.clone()))
                    .is_some_and(|s| s.is_complete())
            };
            JudgeCoverage {
                assigned: mine.len() as u32,
                scored: mine.iter().filter(|l| done(l)).count() as u32,
                missing: mine.iter().filter(|l| !done(l)).map(|l| (*l).clone()).collect(),
                recused: a.recusals.iter().filter(|r| r.judge == j.id).count() as u32,
                absent: absences.get(&j.id).cloned(),
                judge: j,
            }
        })
        .collect())
}

/// One judge's line in a lesson's detail.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct JudgeLine {
    pub judge: crate::judges::Judge,
    /// None until the judge's sheet with this lesson arrives.
    pub scores: Option<crate::scores::LessonScores>,
    /// Counts toward the lesson's score (complete, not 未评).
    pub counts: bool,
    pub total: Option<crate::points::Points>,
    pub absent: Option<String>,
}

/// Everything the chair needs to decide on one lesson: each judge's scores, vetoes and comments,
/// the computation, the outcome, the decisions in force and their history.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LessonDetail {
    pub row: ResultRow,
    pub rubric: Rubric,
    pub method: crate::settings::Aggregation,
    pub gap_threshold: crate::points::Points,
    pub judges: Vec<JudgeLine>,
    /// Judges who may be asked for a third review: not on the lesson, not absent, recusal holding.
    pub reviewers: Vec<crate::judges::Judge>,
    pub decisions: crate::aggregate::LessonDecisions,
    pub history: Vec<crate::store::AuditEntry>,
}

pub fn lesson_detail(store: &Store, lesson: &crate::roster::LessonId) -> Result<LessonDetail, Error> {
    let input = results_input(store)?;
    let results = compute_results(&input);
    let (row, rubric) = results
        .categories
        .iter()
        .find_map(|c| {
            c.rows
                .iter()
                .find(|r| &r.lesson.id == lesson)
                .map(|r| (r.clone(), c.rubric.clone()))
        })
        .ok_or_else(|| {
            Error::from(crate::error::ErrorKind::NotFound {
                what: "lesson",
                id: lesson.to_string(),
            })
        })?;
    let assignment = store.assignment()?;
    let absences = store.absences()?;
    let judges = store.judges()?;
    let lines = assignment
        .pairs
        .iter()
        .filter(|p| &p.lesson == lesson)
        .filter_map(|p| judges.iter().find(|j| j.id == p.judge))
        .map(|j| {
            let scores = input.judgements.get(&(j.id.clone(), lesson.clone())).cloned();
            let counts = scores
                .as_ref()
                .is_some_and(|s| s.unscored.is_none() && s.scores.iter().all(Option::is_some));
            JudgeLine {
                total: scores.as_ref().filter(|_| counts).map(|s| s.total()),
                judge: j.clone(),
                scores,
                counts,
                absent: absences.get(&j.id).cloned(),
            }
        })
        .collect();
    let history = store
        .audit_log()?
        .into_iter()
        .filter(|a| a.action.starts_with("decision.") && a.target == lesson.as_str())
        .collect();
    let rules = assign_rules(&input.settings, &judges);
    let the_lesson = &row.lesson;
    let reviewers = judges
        .iter()
        .filter(|j| !absences.contains_key(&j.id) && refuse_move(j, the_lesson, &rules, &assignment.pairs).is_none())
        .cloned()
        .collect();
    Ok(LessonDetail {
        reviewers,
        decisions: input.decisions.of(lesson),
        method: input.settings.rules.aggregation,
        gap_threshold: input.settings.rules.gap_threshold,
        row,
        rubric,
        judges: lines,
        history,
    })
}

/// A whole-file problem: nothing was written.
fn refuse_at(path: &Path, kind: crate::error::ProblemKind) -> Error {
    let mut r = Report::default();
    r.push(crate::error::Location::file(path), kind);
    r.into()
}

fn refuse(kind: crate::error::ProblemKind) -> Error {
    let mut r = Report::default();
    r.push(crate::error::Location::default(), kind);
    r.into()
}

/// Deletes a lesson typed or imported by mistake; refused once any judge has scored it.
pub fn delete_lesson(store: &mut Store, id: &crate::roster::LessonId, actor: &Actor) -> Result<(), Error> {
    if store.judgements()?.keys().any(|(_, l)| l == id) {
        return Err(refuse(crate::error::ProblemKind::HasScores { id: id.to_string() }));
    }
    let rules = warning_rules(&store.settings()?);
    store.delete_lesson(id, |all| roster::warnings(all, &rules), actor)
}

/// Deletes a judge; refused once a sheet of theirs has been imported.
pub fn delete_judge(store: &mut Store, id: &crate::judges::JudgeId, actor: &Actor) -> Result<(), Error> {
    if store.sheet_imports()?.iter().any(|s| &s.judge == id) {
        return Err(refuse(crate::error::ProblemKind::HasScores { id: id.to_string() }));
    }
    store.delete_judge(id, actor)
}

/// Why `judge` may not take `lesson`: recusal (own school or region), or they already have it.
fn refuse_move(
    judge: &crate::judges::Judge,
    lesson: &crate::roster::Lesson,
    rules: &AssignRules,
    pairs: &[assign::Pair],
) -> Option<crate::error::ProblemKind> {
    if let Some(reason) = assign::conflict(judge, lesson, rules) {
        return Some(crate::error::ProblemKind::RecusalConflict {
            judge: judge.id.to_string(),
            lesson: lesson.id.to_string(),
            reason: reason.code().to_owned(),
        });
    }
    if pairs.iter().any(|p| p.judge == judge.id && p.lesson == lesson.id) {
        return Some(crate::error::ProblemKind::AlreadyAssigned {
            judge: judge.id.to_string(),
            lesson: lesson.id.to_string(),
        });
    }
    None
}

/// Why a judge is not offered to take a lesson by hand (the swap dialog lists them apart).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum NotOffered {
    /// The judge is marked absent.
    Absent,
    /// The judge already has the lesson.
    AlreadyAssigned,
    /// Recusal: the lesson is from the judge's school or region.
    Recused { reason: crate::assign::RecusalReason },
    /// The judge sits on another panel than the one that covers the lesson.
    OtherPanel { panel: String, lesson_panel: String },
}

/// A judge the chair might give a lesson to, and why not, if not.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SwapCandidate {
    pub judge: crate::judges::Judge,
    pub not_offered: Option<NotOffered>,
}

/// Every judge but `from`, each with the reason they may not take `lesson` (none: offered), in
/// id order: the eligible ones are offered, the others shown with their reason, so the chair is
/// never refused after choosing.
pub fn swap_candidates(
    store: &Store,
    lesson: &crate::roster::LessonId,
    from: &crate::judges::JudgeId,
) -> Result<Vec<SwapCandidate>, Error> {
    let rules = assign_rules(&store.settings()?, &store.judges()?);
    let l = store.lesson(lesson)?;
    let pairs = store.assignment()?.pairs;
    let absences = store.absences()?;
    let panels = store.panels()?;
    let lesson_panel = crate::judges::panel_for(&panels, &l.fields).map(|p| p.name.clone());
    let mut out: Vec<SwapCandidate> = store
        .judges()?
        .into_iter()
        .filter(|j| &j.id != from)
        .map(|j| {
            let not_offered = if absences.contains_key(&j.id) {
                Some(NotOffered::Absent)
            } else if pairs.iter().any(|p| p.judge == j.id && p.lesson == l.id) {
                Some(NotOffered::AlreadyAssigned)
            } else if let Some(reason) = assign::conflict(&j, &l, &rules) {
                Some(NotOffered::Recused { reason })
            } else {
                match &lesson_panel {
                    Some(p) if *p != j.fields.panel => Some(NotOffered::OtherPanel {
                        panel: j.fields.panel.clone(),
                        lesson_panel: p.clone(),
                    }),
                    _ => None,
                }
            };
            SwapCandidate { judge: j, not_offered }
        })
        .collect();
    out.sort_by(|a, b| a.judge.id.cmp(&b.judge.id));
    Ok(out)
}

/// Gives one judge's lesson to another judge by hand: recusal still holds, the new judge must
/// not already have it and sits on the panel that covers it, and a lesson the first judge has
/// scored stays theirs.
pub fn swap_judge(
    store: &mut Store,
    lesson: &crate::roster::LessonId,
    from: &crate::judges::JudgeId,
    to: &crate::judges::JudgeId,
    actor: &Actor,
) -> Result<(), Error> {
    let rules = assign_rules(&store.settings()?, &store.judges()?);
    let l = store.lesson(lesson)?;
    let target = store.judge(to)?;
    if let Some(kind) = refuse_move(&target, &l, &rules, &store.assignment()?.pairs) {
        return Err(refuse(kind));
    }
    // a lesson stays with the panel that covers it (its judges know its stage and subject)
    if let Some(p) = crate::judges::panel_for(&store.panels()?, &l.fields) {
        if p.name != target.fields.panel {
            return Err(refuse(crate::error::ProblemKind::OtherPanel {
                judge: to.to_string(),
                lesson: lesson.to_string(),
                panel: p.name.clone(),
            }));
        }
    }
    if store.judgements()?.contains_key(&(from.clone(), lesson.clone())) {
        return Err(refuse(crate::error::ProblemKind::HasScores {
            id: format!("{from}/{lesson}"),
        }));
    }
    store.move_pairs(&[(lesson.clone(), from.clone(), to.clone())], actor)
}

/// Hands every lesson an absent judge has not scored to a replacement judge, in one step: every
/// lesson is checked first (recusal, already assigned) and nothing moves if any is refused.
/// Returns the lessons moved.
pub fn replace_judge(
    store: &mut Store,
    absent: &crate::judges::JudgeId,
    replacement: &crate::judges::JudgeId,
    actor: &Actor,
) -> Result<Vec<crate::roster::LessonId>, Error> {
    let missing: Vec<crate::roster::LessonId> = coverage(store)?
        .into_iter()
        .find(|c| &c.judge.id == absent)
        .map(|c| c.missing)
        .unwrap_or_default();
    let rules = assign_rules(&store.settings()?, &store.judges()?);
    let target = store.judge(replacement)?;
    let pairs = store.assignment()?.pairs;
    let lessons = store.lessons()?;
    let mut report = Report::default();
    for l in lessons.iter().filter(|l| missing.contains(&l.id)) {
        if let Some(kind) = refuse_move(&target, l, &rules, &pairs) {
            report.push(crate::error::Location::default(), kind);
        }
    }
    if !report.is_empty() {
        return Err(report.into());
    }
    let moves: Vec<_> = missing
        .iter()
        .map(|id| (id.clone(), absent.clone(), replacement.clone()))
        .collect();
    store.move_pairs(&moves, actor)?;
    Ok(missing)
}

/// Writes one judge's blank sheet (a replacement judge's) into `dir`.
pub fn export_sheet_for(
    store: &mut Store,
    judge: &crate::judges::JudgeId,
    dir: &Path,
    actor: &Actor,
) -> Result<std::path::PathBuf, Error> {
    std::fs::create_dir_all(dir).map_err(|e| Error::write(dir, e))?;
    let at = actor.at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let (mut sheets, issues) = prepared_sheets(store, &at, Some(judge))?;
    let sheet = sheets.pop().ok_or_else(|| {
        Error::from(crate::error::ErrorKind::NotFound {
            what: "assignment",
            id: judge.to_string(),
        })
    })?;
    // written first, recorded as issued once it exists (see `export_sheets_with`)
    let path = dir.join(sheet_file_name(&sheet));
    let recorded = crate::sheet::write::write(&sheet, &path).and_then(|()| store.record_issues(&issues, actor));
    if let Err(e) = recorded {
        let _ = std::fs::remove_file(&path);
        return Err(e);
    }
    Ok(path)
}

/// 形式审查: checks every lesson's folder under `root` against its category's rules and stores
/// the result (replacing the last run's, audited). A category whose session rubric has no
/// `[check]` rules (a rubric imported from a spreadsheet) uses the built-in rubric's of the same
/// category, when there is one. `progress` gets (done, total) after each lesson.
pub fn check_materials(
    store: &mut Store,
    root: &Path,
    progress: &mut dyn FnMut(usize, usize),
    actor: &Actor,
) -> Result<crate::materials::CheckReport, Error> {
    if !root.is_dir() {
        return Err(Error::read(
            root,
            std::io::Error::new(std::io::ErrorKind::NotFound, "not a folder"),
        ));
    }
    let settings = store.settings()?;
    let builtin = crate::Library::builtin();
    let mut rubrics = std::collections::BTreeMap::new();
    for c in &settings.categories {
        let own = store.rubric(c.category)?;
        let rubric = if own.check().is_some() {
            own
        } else {
            builtin
                .rubrics
                .iter()
                .map(|e| &e.item)
                .filter(|r| r.category() == c.category && r.check().is_some())
                .max_by_key(|r| r.year())
                .cloned()
                .unwrap_or_else(|| own.with_check(crate::submission::category_check(c.category)))
        };
        rubrics.insert(c.category, rubric);
    }
    let lessons = store.lessons()?;
    let refs: Vec<&crate::roster::Lesson> = lessons.iter().collect();
    let report = crate::materials::check(root, &refs, &rubrics, progress);
    store.save_material_check(&report, actor)?;
    Ok(report)
}

/// Writes the stored 形式审查 alone as a workbook (to send back to the regions).
pub fn export_material_report(store: &Store, path: &Path) -> Result<(), Error> {
    let settings = store.settings()?;
    let lessons = store.lessons()?;
    let refs: Vec<&crate::roster::Lesson> = lessons.iter().collect();
    let run = store.material_run()?;
    crate::export::write_material_report(
        &settings.name,
        &settings.unit,
        run.as_ref().map(|r| r.at.as_str()),
        &store.material_checks()?,
        &refs,
        &store.exclusions()?,
        path,
    )
}

/// Writes the 获奖名单 (one row per teacher of every recommended lesson) for certificates; dated
/// with the 定稿 date, else the session's last change.
pub fn export_awards(store: &Store, path: &Path) -> Result<(), Error> {
    let results = results(store)?;
    let settings = store.settings()?;
    let date = results
        .finalized
        .clone()
        .or_else(|| store.audit_log().ok().and_then(|a| a.last().map(|e| e.at.clone())))
        .map(|d| d.get(..10).unwrap_or(&d).to_owned())
        .unwrap_or_default();
    crate::export::write_awards(&results, &settings, &date, path)
}

/// The region this session recommends for (the 推荐地区 of its hand-off): its quota table row,
/// else its 填报单位 without the office's suffix (玄武区教育局 → 玄武区), else its name.
pub fn own_region(settings: &Settings) -> String {
    if let Some(r) = settings.quota_table.as_ref().and_then(|q| q.region.clone()) {
        return r;
    }
    let unit = settings.unit.trim();
    for suffix in [
        "教育体育局",
        "教育和体育局",
        "教体局",
        "教育局",
        "教育委员会",
        "教委",
        "教育厅",
    ] {
        if let Some(r) = unit.strip_suffix(suffix).filter(|r| !r.is_empty()) {
            return r.to_owned();
        }
    }
    if unit.is_empty() {
        settings.name.clone()
    } else {
        unit.to_owned()
    }
}

/// Writes the 上报推荐汇总表 the next level imports as its roster.
pub fn export_handoff(store: &Store, path: &Path) -> Result<(), Error> {
    let results = results(store)?;
    let settings = store.settings()?;
    let as_of = store.audit_log()?.last().map(|a| a.at.clone());
    crate::export::write_handoff(&results, &settings, &own_region(&settings), as_of.as_deref(), path)
}
