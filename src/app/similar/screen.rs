//! A screening of a session's materials folder: every lesson's documents read (through the
//! extraction cache), fingerprinted, compared with each other lesson's and with the archive's,
//! and the matches turned into [`Finding`]s that name both sides; what could not be read is
//! listed as not screened, with the reason.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use rustc_hash::{FxHashMap, FxHashSet};
use sha2::Digest;

use crate::error::{Error, ErrorKind};
use crate::roster::Lesson;
use crate::similar::extract::{self, Unscreened};
use crate::similar::report::{ArchiveLesson, Finding, NotScreened, Passage, Screening, Side, Stage};
use crate::similar::{candidates, fingerprints, judge, reference_mask, shared_runs, Entry, Options, Print, Text};
use crate::store::similar::{Archive, ArchivedText, Cached, TextCache};

/// Files larger than this are not read (a document of this size is pictures or video).
const FILE_LIMIT: u64 = 200 << 20;

/// Extensions of documents whose text is not read (listed as not screened, so that nobody takes
/// their silence for 0 %).
const UNREAD_DOCUMENTS: [&str; 8] = ["doc", "ppt", "wps", "dps", "rtf", "odt", "odp", "pages"];

/// A file to read and what it belongs to.
struct Source {
    path: PathBuf,
    /// Index of its lesson (or reference folder).
    owner: usize,
    rel: String,
}

/// A file read: its content hash and text, or why there is none.
struct Read {
    hash: String,
    got: Cached,
}

/// Reads every file through the cache (texts of unchanged files are not read again), on every
/// core, handing each to `each` in order; the cache is written as it goes, so that a cancelled
/// run keeps what it read.
fn read_all(
    files: &[Source],
    cache: &mut TextCache,
    stage: Stage,
    progress: &mut dyn FnMut(Stage, usize, usize),
    cancel: &AtomicBool,
    each: &mut dyn FnMut(usize, Read),
) -> Result<(), Error> {
    let total = files.len();
    // what the cache knows already, by path, size and modification time
    let mut known: Vec<Option<(String, Cached)>> = Vec::with_capacity(total);
    let mut stats: Vec<(u64, i64)> = Vec::with_capacity(total);
    for f in files {
        let meta = std::fs::metadata(&f.path).map_err(|e| Error::read(&f.path, e))?;
        let mtime = meta
            .modified()
            .ok()
            .and_then(|m| m.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos() as i64);
        stats.push((meta.len(), mtime));
        let hit = match cache.seen(&f.path.to_string_lossy(), meta.len(), mtime)? {
            Some(hash) => cache.get(&hash, extract::VERSION)?.map(|got| (hash, got)),
            None => None,
        };
        known.push(hit);
    }
    let todo: Vec<usize> = (0..total).filter(|&i| known[i].is_none()).collect();
    let mut fresh: BTreeMap<usize, Read> = BTreeMap::new();
    let mut batch: Vec<(String, u64, i64, String, Cached)> = Vec::new();
    let mut next = 0; // the next file to hand to `each`, in order
    let mut done = 0;
    // cached files before the first that must be read are handed on at once; the rest in order
    let hand_on = |upto: usize,
                   fresh: &mut BTreeMap<usize, Read>,
                   known: &mut Vec<Option<(String, Cached)>>,
                   next: &mut usize,
                   each: &mut dyn FnMut(usize, Read)| {
        while *next < upto {
            if let Some((hash, got)) = known[*next].take() {
                each(*next, Read { hash, got });
            } else if let Some(r) = fresh.remove(next) {
                each(*next, r);
            } else {
                break;
            }
            *next += 1;
        }
    };
    hand_on(
        todo.first().copied().unwrap_or(total),
        &mut fresh,
        &mut known,
        &mut next,
        each,
    );
    done += next;
    progress(stage, done, total);
    let workers = crate::par::workers(todo.len());
    let result = crate::par::for_each_ordered(
        &todo,
        workers,
        |&i| {
            let f = &files[i];
            let format = extract::format_of(&f.path);
            let (bytes, _) = stats[i];
            let Ok(content) = (if bytes > FILE_LIMIT {
                Ok(Vec::new())
            } else {
                std::fs::read(&f.path)
            }) else {
                return Read {
                    hash: String::new(),
                    got: Err(Unscreened::Unreadable),
                };
            };
            let hash = if bytes > FILE_LIMIT {
                format!("size:{bytes}")
            } else {
                hex::encode(sha2::Sha256::digest(&content))
            };
            let got = match format {
                _ if bytes > FILE_LIMIT => Err(Unscreened::TooLarge),
                Some(format) => extract::text_of(format, content, extract::TIME_LIMIT),
                None => Err(Unscreened::Format),
            };
            Read { hash, got }
        },
        |k, r| {
            if cancel.load(Ordering::Relaxed) {
                return Err(Error::from(ErrorKind::Cancelled));
            }
            let i = todo[k];
            let (bytes, mtime) = stats[i];
            if !r.hash.is_empty() {
                batch.push((
                    files[i].path.to_string_lossy().into_owned(),
                    bytes,
                    mtime,
                    r.hash.clone(),
                    r.got.clone(),
                ));
            }
            if batch.len() >= 256 {
                cache.put(extract::VERSION, &batch)?;
                batch.clear();
            }
            fresh.insert(i, r);
            let upto = todo.get(k + 1).copied().unwrap_or(total);
            let before = next;
            hand_on(upto, &mut fresh, &mut known, &mut next, each);
            done += next - before;
            progress(stage, done, total);
            Ok(())
        },
    );
    if !batch.is_empty() {
        cache.put(extract::VERSION, &batch)?;
    }
    result
}

/// Every file under a folder (three levels at most), sorted, with its path relative to it.
fn files_in(dir: &Path) -> Vec<(PathBuf, String)> {
    crate::materials::files_under(dir)
        .into_iter()
        .map(|p| {
            let rel = p.strip_prefix(dir).unwrap_or(&p).to_string_lossy().replace('\\', "/");
            (p, rel)
        })
        .collect()
}

/// Whether a file is a document to screen (or to list as not screened).
fn is_document(path: &Path) -> bool {
    extract::format_of(path).is_some()
        || path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .is_some_and(|e| UNREAD_DOCUMENTS.contains(&e.as_str()))
}

/// Reads the reference folders into the set of shingles allowed everywhere.
fn references(
    dirs: &[PathBuf],
    cache: &mut TextCache,
    progress: &mut dyn FnMut(Stage, usize, usize),
    cancel: &AtomicBool,
    unscreened: &mut Vec<NotScreened>,
) -> Result<(FxHashSet<u64>, u32), Error> {
    let mut files = Vec::new();
    for (owner, dir) in dirs.iter().enumerate() {
        if !dir.is_dir() {
            return Err(ErrorKind::NoFolder { path: dir.clone() }.into());
        }
        files.extend(
            files_in(dir)
                .into_iter()
                .filter(|(p, _)| is_document(p))
                .map(|(path, rel)| Source { path, owner, rel }),
        );
    }
    let mut set = FxHashSet::default();
    let mut read = 0;
    read_all(
        &files,
        cache,
        Stage::Reading,
        progress,
        cancel,
        &mut |i, r| match r.got {
            Ok(text) => {
                read += 1;
                set.extend(crate::similar::shingles(&Text::new(text).chars));
            }
            Err(reason) => unscreened.push(NotScreened {
                lesson: String::new(),
                file: format!("{}/{}", dirs[files[i].owner].display(), files[i].rel),
                reason,
            }),
        },
    )?;
    Ok((set, read))
}

/// What a screening reads.
pub struct Inputs<'a> {
    pub root: &'a Path,
    pub lessons: &'a [&'a Lesson],
    pub archives: &'a [Archive],
    /// Archived lessons from this year on are compared (the five-year window).
    pub archive_since: i32,
    pub references: &'a [PathBuf],
    pub options: Options,
}

/// How many documents' texts the comparison holds at once.
const TEXTS_HELD: usize = 4096;

/// A compared document's text, and what of it the references and boilerplate cover (worked out
/// once, when a pair of it is judged).
struct Loaded {
    text: Text,
    mask: Option<Vec<bool>>,
}

/// A document in the comparison.
struct Doc {
    /// Index into the lessons (this year's) or into `archived` (the archive's).
    unit: usize,
    current: bool,
    file: String,
    hash: String,
    /// For an archive document: which archive and its document id.
    archive: Option<(usize, i64)>,
}

/// Screens the lessons' documents against each other and the archives. Returns the screening
/// and the texts its findings name (by hash), to keep with it.
pub fn screen(
    inputs: &Inputs<'_>,
    cache: &mut TextCache,
    progress: &mut dyn FnMut(Stage, usize, usize),
    cancel: &AtomicBool,
) -> Result<(Screening, Vec<(String, String)>), Error> {
    if !inputs.root.is_dir() {
        return Err(ErrorKind::NoFolder {
            path: inputs.root.to_path_buf(),
        }
        .into());
    }
    let options = inputs.options;
    let mut unscreened = Vec::new();
    let (reference, reference_documents) = references(inputs.references, cache, progress, cancel, &mut unscreened)?;

    // this year's documents
    let (folders, unmatched) = crate::materials::match_folders(inputs.root, inputs.lessons);
    let mut files = Vec::new();
    let mut no_folder = Vec::new();
    for (owner, l) in inputs.lessons.iter().enumerate() {
        match folders.get(&l.id) {
            Some(dir) => files.extend(
                files_in(dir)
                    .into_iter()
                    .filter(|(p, _)| is_document(p))
                    .map(|(path, rel)| Source { path, owner, rel }),
            ),
            None => no_folder.push(l.id.as_str().to_owned()),
        }
    }
    let mut docs: Vec<Doc> = Vec::new();
    let mut pool: Vec<Vec<Print>> = Vec::new();
    let mut current_text: FxHashMap<String, ()> = FxHashMap::default();
    read_all(&files, cache, Stage::Reading, progress, cancel, &mut |i, r| {
        let f = &files[i];
        match r.got {
            Ok(text) => {
                let text = Text::new(text);
                pool.push(fingerprints(&text.chars, &reference));
                current_text.insert(r.hash.clone(), ());
                docs.push(Doc {
                    unit: f.owner,
                    current: true,
                    file: f.rel.clone(),
                    hash: r.hash,
                    archive: None,
                });
            }
            Err(reason) => unscreened.push(NotScreened {
                lesson: inputs.lessons[f.owner].id.as_str().to_owned(),
                file: f.rel.clone(),
                reason,
            }),
        }
    })?;
    let documents = docs.len() as u32;

    // the archives' documents, streamed with their stored fingerprints
    let mut archived: Vec<ArchiveLesson> = Vec::new();
    let mut archive_documents = 0;
    for (n, archive) in inputs.archives.iter().enumerate() {
        let lessons: BTreeMap<i64, usize> = archive
            .lessons(inputs.archive_since)?
            .into_iter()
            .map(|(id, l)| {
                archived.push(l);
                (id, archived.len() - 1)
            })
            .collect();
        archive.each_document(inputs.archive_since, &mut |d, prints| {
            let Some(&unit) = lessons.get(&d.lesson) else { return };
            pool.push(prints.into_iter().filter(|p| !reference.contains(&p.hash)).collect());
            docs.push(Doc {
                unit,
                current: false,
                file: d.file,
                hash: d.hash,
                archive: Some((n, d.id)),
            });
            archive_documents += 1;
        })?;
        if cancel.load(Ordering::Relaxed) {
            return Err(ErrorKind::Cancelled.into());
        }
        progress(Stage::Archive, n + 1, inputs.archives.len());
    }

    // a unit per lesson: this year's lessons first, then the archive's
    let lessons_n = inputs.lessons.len();
    let entries: Vec<Entry> = docs
        .iter()
        .map(|d| Entry {
            unit: if d.current { d.unit } else { lessons_n + d.unit } as u32,
            current: d.current,
        })
        .collect();
    let (boilerplate, cands) = candidates(&entries, pool, &options);
    drop(entries);
    // what the references and the boilerplate cover is cut out of every passage
    let boilerplate_count = boilerplate.len();
    let mut allowed = boilerplate;
    allowed.extend(reference.iter().copied());

    // texts are read again only for the documents compared, and a few thousand at most are held
    // (a pair's text is dropped with the others once the cache is full); the documents a finding
    // shows are kept
    let mut texts: FxHashMap<usize, Loaded> = FxHashMap::default();
    let mut shown: BTreeMap<String, String> = BTreeMap::new();
    let text_of = |d: usize, texts: &mut FxHashMap<usize, Loaded>| -> Result<(), Error> {
        if texts.contains_key(&d) {
            return Ok(());
        }
        let doc = &docs[d];
        let original = match doc.archive {
            Some((n, id)) => inputs.archives[n].text(id)?,
            None => match cache.get(&doc.hash, extract::VERSION)? {
                Some(Ok(t)) => t,
                _ => String::new(),
            },
        };
        texts.insert(
            d,
            Loaded {
                text: Text::new(original),
                mask: None,
            },
        );
        Ok(())
    };
    let mut findings = Vec::new();
    let total = cands.len();
    for (k, c) in cands.iter().enumerate() {
        if cancel.load(Ordering::Relaxed) {
            return Err(ErrorKind::Cancelled.into());
        }
        let (a, b) = (c.a as usize, c.b as usize);
        if texts.len() + 2 > TEXTS_HELD {
            texts.clear();
        }
        text_of(a, &mut texts)?;
        text_of(b, &mut texts)?;
        progress(Stage::Comparing, k + 1, total);
        let runs = shared_runs(&texts[&a].text, &texts[&b].text, &c.seeds);
        if runs.iter().all(|r| r.1 - r.0 < options.min_passage) {
            continue; // chance: no run as long as a passage
        }
        for d in [a, b] {
            let l = texts.get_mut(&d).expect("loaded above");
            if l.mask.is_none() {
                l.mask = Some(reference_mask(&l.text.chars, &allowed));
            }
        }
        let (la, lb) = (&texts[&a], &texts[&b]);
        let (ma, mb) = (la.mask.as_deref().unwrap_or(&[]), lb.mask.as_deref().unwrap_or(&[]));
        if let Some(m) = judge(&la.text, &lb.text, runs, ma, mb, &options) {
            findings.push(finding(inputs, &archived, &docs[a], &docs[b], &la.text, &lb.text, &m));
            shown.insert(docs[a].hash.clone(), la.text.original.clone());
            shown.insert(docs[b].hash.clone(), lb.text.original.clone());
        }
    }
    findings.sort_by(|x, y| {
        y.coverage().cmp(&x.coverage()).then_with(|| {
            (&x.a.lesson, &x.a.file, &x.b.lesson, &x.b.file).cmp(&(&y.a.lesson, &y.a.file, &y.b.lesson, &y.b.file))
        })
    });
    let kept = shown;
    unscreened.sort_by(|x, y| (&x.lesson, &x.file).cmp(&(&y.lesson, &y.file)));
    let screening = Screening {
        root: inputs.root.display().to_string(),
        archives: inputs.archives.iter().map(|a| a.path().display().to_string()).collect(),
        references: inputs.references.iter().map(|p| p.display().to_string()).collect(),
        options,
        archive_since: inputs.archive_since,
        lessons: inputs.lessons.len() as u32,
        documents,
        archive_documents,
        reference_documents,
        boilerplate: boilerplate_count as u32,
        findings,
        unscreened,
        no_folder,
        unmatched,
    };
    Ok((screening, kept.into_iter().collect()))
}

#[allow(clippy::too_many_arguments)]
fn finding(
    inputs: &Inputs<'_>,
    archived: &[ArchiveLesson],
    da: &Doc,
    db: &Doc,
    ta: &Text,
    tb: &Text,
    m: &crate::similar::Match,
) -> Finding {
    let la = inputs.lessons[da.unit];
    let side_a = Side {
        lesson: la.id.as_str().to_owned(),
        title: la.fields.title.clone(),
        file: da.file.clone(),
        hash: da.hash.clone(),
        chars: ta.len() as u32,
        own: m.own_a,
        archive: None,
    };
    let (side_b, teachers_b, school_b, node_b) = if db.current {
        let lb = inputs.lessons[db.unit];
        (
            Side {
                lesson: lb.id.as_str().to_owned(),
                title: lb.fields.title.clone(),
                file: db.file.clone(),
                hash: db.hash.clone(),
                chars: tb.len() as u32,
                own: m.own_b,
                archive: None,
            },
            lb.fields.teachers.clone(),
            lb.fields.school.clone(),
            lb.fields.node.clone(),
        )
    } else {
        let al = &archived[db.unit];
        (
            Side {
                lesson: al.lesson.clone(),
                title: al.title.clone(),
                file: db.file.clone(),
                hash: db.hash.clone(),
                chars: tb.len() as u32,
                own: m.own_b,
                archive: Some(al.clone()),
            },
            al.teachers.clone(),
            al.school.clone(),
            al.node.clone(),
        )
    };
    let per_mille = |covered: u32, chars: usize| {
        if chars == 0 {
            0
        } else {
            (covered as u64 * 1000 / chars as u64) as u32
        }
    };
    Finding {
        coverage_a: per_mille(m.covered_a, m.own_a as usize),
        coverage_b: per_mille(m.covered_b, m.own_b as usize),
        passages: m
            .passages
            .iter()
            .map(|p| Passage {
                a_start: ta.char_offset(p.a.start),
                a_end: ta.char_offset(p.a.end - 1) + 1,
                b_start: tb.char_offset(p.b.start),
                b_end: tb.char_offset(p.b.end - 1) + 1,
                a_text: ta.slice(p.a.start, p.a.end).to_owned(),
                b_text: tb.slice(p.b.start, p.b.end).to_owned(),
                chars: p.a.len(),
                cited: p.cited,
            })
            .collect(),
        same_teacher: la
            .fields
            .teachers
            .iter()
            .any(|t| !t.is_empty() && teachers_b.contains(t)),
        same_school: !la.fields.school.is_empty() && la.fields.school == school_b,
        same_node: !la.fields.node.is_empty() && la.fields.node == node_b,
        from_archive: !db.current,
        a: side_a,
        b: side_b,
    }
}

/// Reads a session's lessons' documents for the archive: per lesson, its documents' (file, hash,
/// text, fingerprints). Files that yield no text are left out (and counted).
pub fn archive_documents(
    root: &Path,
    lessons: &[&Lesson],
    cache: &mut TextCache,
    progress: &mut dyn FnMut(Stage, usize, usize),
    cancel: &AtomicBool,
) -> Result<(Vec<Vec<ArchivedText>>, u32), Error> {
    if !root.is_dir() {
        return Err(ErrorKind::NoFolder {
            path: root.to_path_buf(),
        }
        .into());
    }
    let (folders, _) = crate::materials::match_folders(root, lessons);
    let mut files = Vec::new();
    for (owner, l) in lessons.iter().enumerate() {
        if let Some(dir) = folders.get(&l.id) {
            files.extend(
                files_in(dir)
                    .into_iter()
                    .filter(|(p, _)| extract::format_of(p).is_some())
                    .map(|(path, rel)| Source { path, owner, rel }),
            );
        }
    }
    let mut out: Vec<Vec<ArchivedText>> = vec![Vec::new(); lessons.len()];
    let mut skipped = 0;
    let none = FxHashSet::default();
    read_all(
        &files,
        cache,
        Stage::Reading,
        progress,
        cancel,
        &mut |i, r| match r.got {
            Ok(text) => {
                let t = Text::new(text);
                let prints = fingerprints(&t.chars, &none);
                out[files[i].owner].push((files[i].rel.clone(), r.hash, t.original, prints));
            }
            Err(_) => skipped += 1,
        },
    )?;
    Ok((out, skipped))
}

/// Reads a folder of earlier years' lesson folders as an archive (in memory): each folder that
/// holds files is a lesson, named by its folder; its year is the first year (19xx/20xx) in its
/// path, else 0 (always compared).
pub fn archive_from_folder(
    dir: &Path,
    cache: &mut TextCache,
    progress: &mut dyn FnMut(Stage, usize, usize),
    cancel: &AtomicBool,
) -> Result<Archive, Error> {
    if !dir.is_dir() {
        return Err(ErrorKind::NoFolder {
            path: dir.to_path_buf(),
        }
        .into());
    }
    fn lesson_dirs(dir: &Path, depth: u32, out: &mut Vec<PathBuf>) {
        for s in crate::materials::subdirs(dir) {
            if crate::materials::has_files(&s) || depth >= 2 {
                out.push(s);
            } else {
                lesson_dirs(&s, depth + 1, out);
            }
        }
    }
    let mut dirs = Vec::new();
    lesson_dirs(dir, 0, &mut dirs);
    let mut files = Vec::new();
    for (owner, d) in dirs.iter().enumerate() {
        files.extend(
            files_in(d)
                .into_iter()
                .filter(|(p, _)| extract::format_of(p).is_some())
                .map(|(path, rel)| Source { path, owner, rel }),
        );
    }
    let mut docs: Vec<Vec<ArchivedText>> = vec![Vec::new(); dirs.len()];
    let none = FxHashSet::default();
    read_all(&files, cache, Stage::Archive, progress, cancel, &mut |i, r| {
        if let Ok(text) = r.got {
            let t = Text::new(text);
            let prints = fingerprints(&t.chars, &none);
            docs[files[i].owner].push((files[i].rel.clone(), r.hash, t.original, prints));
        }
    })?;
    let year_in = |rel: &str| -> i32 {
        let chars: Vec<char> = rel.chars().collect();
        chars
            .windows(4)
            .find(|w| {
                (w[0] == '1' && w[1] == '9' || w[0] == '2' && w[1] == '0')
                    && w[2].is_ascii_digit()
                    && w[3].is_ascii_digit()
            })
            .map(|w| w.iter().collect::<String>().parse().unwrap_or(0))
            .unwrap_or(0)
    };
    let mut by_year: BTreeMap<i32, Vec<(ArchiveLesson, Vec<ArchivedText>)>> = BTreeMap::new();
    for (d, docs) in dirs.iter().zip(docs) {
        if docs.is_empty() {
            continue;
        }
        let rel = d.strip_prefix(dir).unwrap_or(d).to_string_lossy().replace('\\', "/");
        let name = d
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let year = year_in(&rel);
        by_year.entry(year).or_default().push((
            ArchiveLesson {
                year,
                session: dir.display().to_string(),
                lesson: rel.clone(),
                title: name,
                region: String::new(),
                school: String::new(),
                teachers: Vec::new(),
                subject: String::new(),
                node: String::new(),
                prize: String::new(),
            },
            docs,
        ));
    }
    let mut archive = Archive::in_memory(dir)?;
    for (year, lessons) in by_year {
        archive.add(year, &dir.display().to_string(), &lessons)?;
    }
    Ok(archive)
}
