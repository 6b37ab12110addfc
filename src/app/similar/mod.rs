//! 查重 on a session (the application layer of `similar`): the screening of its materials folder, stored and audited; the archive of
//! its lessons for the years after.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

pub mod screen;

use crate::error::Error;
use crate::similar::report::{ArchiveLesson, Screening, Stage};
use crate::similar::Options;
use crate::store::Actor;
use screen::Inputs;

use crate::app::Session;
pub use crate::store::similar::{Archive, ArchivedText, Dismissal, FindingKey, TextCache};

/// How many years back the archive is compared by default (Zhengzhou bars a copier for five).
pub const DEFAULT_YEARS: u32 = 5;

/// What a screening of a session is asked to do.
pub struct Request<'a> {
    pub root: &'a Path,
    pub archives: &'a [PathBuf],
    pub references: &'a [PathBuf],
    /// Archived lessons of the last `years` years (counting the session's) are compared.
    pub years: u32,
    pub options: Options,
}

/// Screens the session's materials folder, stores the screening with the texts its findings
/// show, and audits the run.
pub fn screen_session(
    session: &mut Session,
    request: &Request<'_>,
    cache: &Path,
    progress: &mut dyn FnMut(Stage, usize, usize),
    cancel: &AtomicBool,
    actor: &Actor,
) -> Result<Screening, Error> {
    let store = &mut session.store;
    let settings = store.settings()?;
    let lessons = store.lessons()?;
    let refs: Vec<&crate::roster::Lesson> = lessons.iter().collect();
    let mut cache = TextCache::open(cache)?;
    // an archive file (materials archive add), or a folder of earlier years' lesson folders
    let mut archives = Vec::new();
    for p in request.archives {
        archives.push(if p.is_dir() {
            screen::archive_from_folder(p, &mut cache, progress, cancel)?
        } else {
            Archive::open(p, false)?
        });
    }
    let since = settings.year as i32 - request.years.max(1) as i32 + 1;
    let (screening, texts) = screen::screen(
        &Inputs {
            root: request.root,
            lessons: &refs,
            archives: &archives,
            archive_since: since,
            references: request.references,
            options: request.options,
        },
        &mut cache,
        progress,
        cancel,
    )?;
    store.save_screening(&screening, &texts, actor)?;
    Ok(screening)
}

/// The chair dismisses a finding (a teacher's own earlier lesson, a joint work), with the reason.
pub fn dismiss(session: &mut Session, key: &FindingKey, reason: &str, actor: &Actor) -> Result<(), Error> {
    let store = &mut session.store;
    crate::error::require_reason(reason)?;
    store.dismiss_finding(key, reason.trim(), actor)
}

/// Adds the session's lessons (their documents' text and fingerprints, not the videos) to an
/// archive, with year, region, lesson, teachers, node and outcome. Returns (lessons, documents,
/// files without text).
pub fn archive_session(
    archive: &Path,
    session: &Session,
    root: &Path,
    cache: &Path,
    progress: &mut dyn FnMut(Stage, usize, usize),
    cancel: &AtomicBool,
) -> Result<(u32, u32, u32), Error> {
    let store = &session.store;
    let settings = store.settings()?;
    let lessons = store.lessons()?;
    let refs: Vec<&crate::roster::Lesson> = lessons.iter().collect();
    let results = crate::app::results(session)?;
    let outcome = |id: &crate::roster::LessonId| -> String {
        results
            .categories
            .iter()
            .flat_map(|c| &c.rows)
            .find(|r| &r.lesson.id == id)
            .map(|r| &r.outcome)
            .map(|o| match &o.prize {
                Some(p) => format!("{}·{p}", o.status.code()),
                None => o.status.code().to_owned(),
            })
            .unwrap_or_default()
    };
    let mut cache = TextCache::open(cache)?;
    let (documents, skipped) = screen::archive_documents(root, &refs, &mut cache, progress, cancel)?;
    let rows: Vec<(ArchiveLesson, _)> = lessons
        .iter()
        .zip(documents)
        .filter(|(_, d)| !d.is_empty())
        .map(|(l, d)| {
            (
                ArchiveLesson {
                    year: settings.year as i32,
                    session: settings.name.clone(),
                    lesson: l.id.as_str().to_owned(),
                    title: l.fields.title.clone(),
                    region: l.fields.region.clone(),
                    school: l.fields.school.clone(),
                    teachers: l.fields.teachers.clone(),
                    subject: l.fields.subject.clone(),
                    node: l.fields.node.clone(),
                    prize: outcome(&l.id),
                },
                d,
            )
        })
        .collect();
    let mut archive = Archive::open(archive, true)?;
    let (lessons, documents) = archive.add(settings.year as i32, &settings.name, &rows)?;
    Ok((lessons, documents, skipped))
}
