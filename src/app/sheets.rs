//! Score sheets: issuing blank ones, reading returned ones back in one transaction, who has scored what.

use std::path::Path;

use serde::Serialize;

use crate::app::Session;
use crate::error::{Error, Problem};
use crate::rubric::Rubric;
use crate::store::{Actor, Store};

/// A blank score sheet for every judge who has lessons, at `generated_at` (RFC 3339).
pub fn blank_sheets(session: &mut Session, generated_at: &str) -> Result<Vec<crate::sheet::ScoreSheet>, Error> {
    blanks_of(&mut session.store, generated_at)
}

/// [`blank_sheets`] inside a write.
fn blanks_of(store: &mut Store, generated_at: &str) -> Result<Vec<crate::sheet::ScoreSheet>, Error> {
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
    session: &mut Session,
    generated_at: &str,
    judge: Option<&crate::judges::JudgeId>,
    actor: &Actor,
) -> Result<Vec<crate::sheet::ScoreSheet>, Error> {
    let store = &mut session.store;
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
    let mut sheets = blanks_of(store, generated_at)?;
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
pub fn export_sheets(session: &mut Session, dir: &Path, actor: &Actor) -> Result<Vec<std::path::PathBuf>, Error> {
    let _store = &mut session.store;
    export_sheets_with(session, dir, actor, &mut |_, _| {})
}

/// [`export_sheets`], calling `progress(written, total)` as each workbook is written. A sheet is
/// recorded as issued only once every file is written: a failure (a full disk, a name the file
/// system refuses) removes the files written so far and records nothing, so a retry starts clean
/// and the session never counts a sheet no judge has.
pub fn export_sheets_with(
    session: &mut Session,
    dir: &Path,
    actor: &Actor,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Vec<std::path::PathBuf>, Error> {
    let store = &mut session.store;
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
pub fn expected(session: &mut Session) -> Result<crate::sheet::read::Expected, Error> {
    expected_of(&mut session.store)
}

/// [`expected`] inside a write.
pub(crate) fn expected_of(store: &mut Store) -> Result<crate::sheet::read::Expected, Error> {
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
    session: &mut Session,
    files: &[std::path::PathBuf],
    confirm_edits: bool,
    actor: &Actor,
) -> Result<Vec<SheetImport>, Error> {
    let _store = &mut session.store;
    import_sheets_with(session, files, confirm_edits, &mut |_, _| true, actor)
}

/// [`import_sheets`], telling `progress` (done, total) after each sheet; when it answers false
/// the import stops and nothing of it is stored (`ErrorKind::Cancelled`).
pub fn import_sheets_with(
    session: &mut Session,
    files: &[std::path::PathBuf],
    confirm_edits: bool,
    progress: &mut dyn FnMut(usize, usize) -> bool,
    actor: &Actor,
) -> Result<Vec<SheetImport>, Error> {
    let store = &mut session.store;
    use crate::sheet::read::{check_read, SheetStatus};
    let mut out = Vec::with_capacity(files.len());
    // reading and checking is pure and runs on every core, the files being read while what the
    // session expects is loaded; storing runs here, in file order, in one transaction: every
    // accepted sheet is stored, or none when anything fails
    let batch = crate::par::for_each_ordered_after(
        files,
        crate::par::workers(files.len()),
        || Ok::<_, Error>((expected_of(store)?, store.sheet_batch()?)),
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
                    status,
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

pub fn coverage(session: &Session) -> Result<Vec<JudgeCoverage>, Error> {
    let store = &session.store;
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

/// Writes one judge's blank sheet (a replacement judge's) into `dir`.
pub fn export_sheet_for(
    session: &mut Session,
    judge: &crate::judges::JudgeId,
    dir: &Path,
    actor: &Actor,
) -> Result<std::path::PathBuf, Error> {
    let store = &mut session.store;
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

/// The chair's confirmation of a returned sheet that waits (edited outside the app, or not
/// verifiable): the pick names which sheet; audited.
pub fn confirm_sheet(
    session: &mut Session,
    judge: &crate::judges::JudgeId,
    pick: &crate::store::SheetPick,
    actor: &Actor,
) -> Result<crate::store::SheetMerge, Error> {
    session.store.confirm_sheet(judge, pick, actor)
}
