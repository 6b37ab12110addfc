//! The rubrics and quota tables a user can pick from.
//!
//! The files under `rubrics/` are compiled into the binary, so the app and the CLI work from any
//! folder. Files in the user's folders (see [`crate::paths`]) extend them, and a user file with
//! the same id as a built-in one replaces it (reported as a note, not an error). Invalid user
//! files are listed with their problems instead of hiding the valid ones.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::error::{Error, ErrorKind, Location, Problem, ProblemKind, Report};
use crate::quota::QuotaTable;
use crate::rubric::Rubric;

/// The built-in rubric files: (file name, text).
pub const EMBEDDED_RUBRICS: [(&str, &str); 3] = [
    ("2024-subject.toml", include_str!("../rubrics/2024-subject.toml")),
    (
        "2024-special-education.toml",
        include_str!("../rubrics/2024-special-education.toml"),
    ),
    ("2024-experiment.toml", include_str!("../rubrics/2024-experiment.toml")),
];

/// The built-in quota tables: (file name, text).
pub const EMBEDDED_QUOTAS: [(&str, &str); 2] = [
    (
        "2024-national.toml",
        include_str!("../rubrics/quotas/2024-national.toml"),
    ),
    ("2023-jiangsu.toml", include_str!("../rubrics/quotas/2023-jiangsu.toml")),
];

/// Where a library entry came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Origin {
    /// Compiled into the binary from `rubrics/<file>`.
    Builtin { file: String },
    /// A file in the user's folder.
    User {
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        path: PathBuf,
    },
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Entry<T> {
    pub item: T,
    pub origin: Origin,
}

/// Everything found, plus the problems of the user files that could not be loaded.
#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Library {
    pub rubrics: Vec<Entry<Rubric>>,
    pub quotas: Vec<Entry<QuotaTable>>,
    /// Problems in user files (those files are skipped) and notes such as overrides.
    pub problems: Vec<Problem>,
}

impl Library {
    /// The built-in files only.
    pub fn builtin() -> Library {
        let mut lib = Library::default();
        for (file, text) in EMBEDDED_RUBRICS {
            let rubric = Rubric::from_toml(text, Path::new(file))
                .unwrap_or_else(|r| panic!("built-in rubric {file} must be valid (tested): {r}"));
            lib.rubrics.push(Entry {
                item: rubric,
                origin: Origin::Builtin { file: file.into() },
            });
        }
        for (file, text) in EMBEDDED_QUOTAS {
            let table = QuotaTable::from_toml(text, Path::new(file))
                .unwrap_or_else(|r| panic!("built-in quota table {file} must be valid (tested): {r}"));
            lib.quotas.push(Entry {
                item: table,
                origin: Origin::Builtin { file: file.into() },
            });
        }
        lib
    }

    /// The built-in files, extended and overridden by `*.toml` in the given folders.
    /// Missing folders are fine (a fresh install has none).
    pub fn load(rubric_dir: &Path, quota_dir: &Path) -> Library {
        let mut lib = Library::builtin();
        load_user(
            rubric_dir,
            &mut lib.rubrics,
            &mut lib.problems,
            Rubric::from_toml,
            |r| r.id().to_string(),
        );
        load_user(
            quota_dir,
            &mut lib.quotas,
            &mut lib.problems,
            QuotaTable::from_toml,
            |q| q.id().to_owned(),
        );
        lib.rubrics.sort_by(|a, b| {
            (std::cmp::Reverse(a.item.year()), a.item.category(), a.item.id()).cmp(&(
                std::cmp::Reverse(b.item.year()),
                b.item.category(),
                b.item.id(),
            ))
        });
        lib
    }

    pub fn rubric(&self, id: &str) -> Result<&Rubric, Error> {
        self.rubrics
            .iter()
            .map(|e| &e.item)
            .find(|r| r.id().as_str() == id)
            .ok_or_else(|| ErrorKind::RubricNotFound { id: id.to_owned() }.into())
    }

    pub fn quota(&self, id: &str) -> Option<&QuotaTable> {
        self.quotas.iter().map(|e| &e.item).find(|q| q.id() == id)
    }
}

/// Loads every `*.toml` of `dir` into `list`, replacing an entry with the same id (noted as an
/// override) and collecting the problems of files that do not load.
fn load_user<T>(
    dir: &Path,
    list: &mut Vec<Entry<T>>,
    problems: &mut Vec<Problem>,
    parse: impl Fn(&str, &Path) -> Result<T, Report>,
    id_of: impl Fn(&T) -> String,
) {
    for path in toml_files(dir) {
        match read(&path).map(|text| parse(&text, &path)) {
            Ok(Ok(item)) => {
                let id = id_of(&item);
                let entry = Entry {
                    item,
                    origin: Origin::User { path: path.clone() },
                };
                if replace_or_push(list, entry, |e| id_of(&e.item) == id) {
                    problems.push(Problem::new(Location::file(&path), ProblemKind::Overrides { id }));
                }
            }
            Ok(Err(report)) => problems.extend(report.problems),
            Err(problem) => problems.push(*problem),
        }
    }
}

/// Replaces the entry `matches` finds (returning true) or appends (returning false).
fn replace_or_push<T>(list: &mut Vec<Entry<T>>, entry: Entry<T>, matches: impl Fn(&Entry<T>) -> bool) -> bool {
    match list.iter_mut().find(|e| matches(e)) {
        Some(slot) => {
            *slot = entry;
            true
        }
        None => {
            list.push(entry);
            false
        }
    }
}

/// A file's text, or the problem that names it (boxed: a `Problem` is large beside a `String`).
fn read(path: &Path) -> Result<String, Box<Problem>> {
    std::fs::read_to_string(path).map_err(|e| {
        Box::new(Problem::new(
            Location::file(path),
            ProblemKind::TomlSyntax {
                message: format!("cannot read: {e}"),
            },
        ))
    })
}

/// `*.toml` directly in `dir`, sorted by name so loading is deterministic.
pub fn toml_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    files
}

/// Saves a validated rubric into the user's rubric folder as `<id>.toml` and returns the path.
pub fn save_user_rubric(dir: &Path, rubric: &Rubric) -> Result<PathBuf, Error> {
    std::fs::create_dir_all(dir).map_err(|e| Error::write(dir, e))?;
    let file: String = rubric
        .id()
        .as_str()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let path = dir.join(format!("{file}.toml"));
    write_atomically(&path, rubric.to_toml().as_bytes())?;
    Ok(path)
}

/// Reads a rubric file (TOML or spreadsheet), validates it and saves it into the user's rubric
/// folder, where the library picks it up. Nothing is written when it is invalid.
pub fn import_user_rubric(
    file: &Path,
    options: &crate::import::RubricSheetOptions,
    dir: &Path,
) -> Result<(Rubric, PathBuf), Error> {
    let rubric = crate::import::rubric_from_file(file, options)?;
    let saved = save_user_rubric(dir, &rubric)?;
    Ok((rubric, saved))
}

/// Writes through a temporary file and a rename, so a crash never leaves half a file.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    use std::io::Write;
    write_atomically_with(path, |file| file.write_all(bytes).map_err(|e| Error::write(path, e)))
}

/// [`write_atomically`] for content written piece by piece: `write` fills a buffered file beside
/// `path`, which replaces `path` only once it is complete.
pub fn write_atomically_with(
    path: &Path,
    write: impl FnOnce(&mut std::io::BufWriter<std::fs::File>) -> Result<(), Error>,
) -> Result<(), Error> {
    use std::io::Write;
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = PathBuf::from(tmp);
    let file = std::fs::File::create(&tmp).map_err(|e| Error::write(&tmp, e))?;
    let mut file = std::io::BufWriter::with_capacity(1 << 16, file);
    let written = write(&mut file).and_then(|()| file.flush().map_err(|e| Error::write(&tmp, e)));
    drop(file);
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    std::fs::rename(&tmp, path).map_err(|e| {
        // nothing half-done is left: the complete copy beside the target goes too
        let _ = std::fs::remove_file(&tmp);
        Error::write(path, e)
    })
}

/// Checks files or folders (folders: their `*.toml`, and a `quotas/` sub-folder's) and returns
/// how many rubrics and quota tables were valid, with every problem found.
pub fn check_paths(paths: &[PathBuf]) -> (usize, usize, Report) {
    let mut files = Vec::new();
    for p in paths {
        if p.is_dir() {
            files.extend(toml_files(p));
            files.extend(toml_files(&p.join("quotas")));
        } else {
            files.push(p.clone());
        }
    }
    let (mut rubrics, mut quotas, mut report) = (0, 0, Report::default());
    for file in files {
        let text = match std::fs::read_to_string(&file) {
            Ok(t) => t,
            Err(e) => {
                report.push(
                    Location::file(&file),
                    ProblemKind::TomlSyntax {
                        message: format!("cannot read: {e}"),
                    },
                );
                continue;
            }
        };
        // A quota table is recognised by its [[region]] rows; anything else is checked as a rubric.
        let is_quota = toml::from_str::<toml::Table>(&text).is_ok_and(|t| t.contains_key("region"));
        let result = if is_quota {
            QuotaTable::from_toml(&text, &file).map(|_| quotas += 1)
        } else {
            Rubric::from_toml(&text, &file).map(|_| rubrics += 1)
        };
        if let Err(r) = result {
            report.problems.extend(r.problems);
        }
    }
    (rubrics, quotas, report)
}
