//! Which folder is which lesson's: offices download one folder per lesson, named by 课程编号, by
//! 课名 or `序号-教师-课名`, sometimes grouped by region or school one level down.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::roster::{Lesson, LessonId};

/// Text as compared when matching names: no spaces or punctuation, ASCII lowercased.
pub(super) fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Matches each lesson to its folder: a folder naming the lesson's id, else its title (when only
/// one lesson has it), else teacher and title. A folder that matches nothing is searched one
/// level down (offices group lessons by region or school).
pub fn match_folders(root: &Path, lessons: &[&Lesson]) -> (BTreeMap<LessonId, PathBuf>, Vec<String>) {
    let mut found: BTreeMap<LessonId, PathBuf> = BTreeMap::new();
    let mut unmatched = Vec::new();
    let mut queue: Vec<(PathBuf, u32)> = subdirs(root).into_iter().map(|d| (d, 0)).collect();
    let ids = Keys::new(lessons.iter().map(|l| (squash(l.id.as_str()), *l)));
    let titles = Keys::new(lessons.iter().map(|l| (squash(&l.fields.title), *l)));
    while let Some((dir, depth)) = queue.pop() {
        let name = squash(
            &dir.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
        );
        let by_id: Vec<&Lesson> = ids
            .within(&name)
            .into_iter()
            .flat_map(|(_, ls)| ls.iter().copied())
            .collect();
        let pick: Option<&Lesson> = if by_id.len() == 1 {
            Some(by_id[0])
        } else {
            // the longest title the name contains, unique or told apart by a teacher
            let mut candidates: Vec<&Lesson> = titles
                .within(&name)
                .into_iter()
                .max_by_key(|(t, _)| t.chars().count())
                .map(|(_, ls)| ls.clone())
                .unwrap_or_default();
            if candidates.len() > 1 {
                candidates.retain(|l| l.fields.teachers.iter().any(|t| name.contains(&squash(t))));
            }
            (candidates.len() == 1).then(|| candidates[0])
        };
        match pick {
            Some(l) if !found.contains_key(&l.id) => {
                found.insert(l.id.clone(), dir);
            }
            _ if depth == 0 && !subdirs(&dir).is_empty() && !has_files(&dir) => {
                queue.extend(subdirs(&dir).into_iter().map(|d| (d, 1)));
            }
            _ => unmatched.push(relative(root, &dir)),
        }
    }
    unmatched.sort();
    (found, unmatched)
}

/// Lessons by a key (a squashed id or title), found inside a folder's name by looking up each
/// of its substrings of a key's length: a national roster's 20,000 keys are not each searched
/// for in each of thousands of folder names.
struct Keys<'a> {
    lengths: Vec<usize>,
    lessons: std::collections::HashMap<String, Vec<&'a Lesson>>,
}

impl<'a> Keys<'a> {
    fn new(keys: impl Iterator<Item = (String, &'a Lesson)>) -> Keys<'a> {
        let mut lessons: std::collections::HashMap<String, Vec<&'a Lesson>> = Default::default();
        for (k, l) in keys.filter(|(k, _)| !k.is_empty()) {
            lessons.entry(k).or_default().push(l);
        }
        let mut lengths: Vec<usize> = lessons.keys().map(|k| k.chars().count()).collect();
        lengths.sort_unstable();
        lengths.dedup();
        Keys { lengths, lessons }
    }

    /// Every key the name contains, in key order, with its lessons.
    fn within(&self, name: &str) -> Vec<(&String, &Vec<&'a Lesson>)> {
        let bounds: Vec<usize> = name.char_indices().map(|(i, _)| i).chain([name.len()]).collect();
        let chars = bounds.len() - 1;
        let mut found: BTreeMap<&String, &Vec<&'a Lesson>> = BTreeMap::new();
        for &len in &self.lengths {
            for start in 0..=chars.saturating_sub(len) {
                if start + len > chars {
                    break;
                }
                if let Some((k, ls)) = self.lessons.get_key_value(&name[bounds[start]..bounds[start + len]]) {
                    found.insert(k, ls);
                }
            }
        }
        found.into_iter().collect()
    }
}

/// The folders directly under `dir`, sorted (none if it cannot be read).
pub(crate) fn subdirs(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    v.sort();
    v
}

/// Whether `dir` holds a file directly.
pub(crate) fn has_files(dir: &Path) -> bool {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .any(|e| e.path().is_file())
}

pub(super) fn relative(root: &Path, p: &Path) -> String {
    p.strip_prefix(root).unwrap_or(p).to_string_lossy().replace('\\', "/")
}

/// Every file under a lesson's folder (three levels at most), sorted.
pub(crate) fn files_under(dir: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, depth: u32, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = e.path();
            let hidden = p
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(['.', '~']));
            if hidden {
                continue;
            }
            if p.is_dir() && depth < 3 {
                walk(&p, depth + 1, out);
            } else if p.is_file() {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, 0, &mut out);
    out.sort();
    out
}
