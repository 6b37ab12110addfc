//! 查重: near-duplicate screening of the lessons' documents, as evidence for the 抄袭 veto.
//!
//! The method, each step one a chair can be told:
//! 1. [`Text`]: the document's text with only Chinese characters, letters and digits kept
//!    (full-width letters and digits as ASCII, letters lowercased), each kept character knowing
//!    where it stands in the original.
//! 2. Shingles of [`K`] characters (no word segmentation: verbatim copying is copying of
//!    characters), hashed; winnowing keeps the smallest hash of every [`W`] consecutive shingles
//!    as the document's fingerprints, so that every shared run of `K + W - 1` = 19 characters or
//!    more leaves at least one fingerprint in both documents.
//! 3. Shingles found in the reference texts (templates, textbook passages, curriculum standards)
//!    are no fingerprints, and a fingerprint found in more than [`Options::boilerplate_units`]
//!    lessons (this year's and the archive's) is boilerplate and is dropped.
//! 4. Two documents of different lessons that share [`MIN_SEEDS`] fingerprints or more are
//!    compared: every shared fingerprint is a seed, extended character by character to the whole
//!    run both texts share; runs on the same line of text with small gaps (light edits) are one
//!    passage; what the references cover is cut out; passages shorter than
//!    [`Options::min_passage`] characters are dropped.
//! 5. A passage with 引用/出自/来源/摘自/选自/引自 beside it in either document is marked cited and
//!    left out of the coverage by default. The coverage of a document is the share of its kept
//!    characters inside passages.
//!
//! Pure: no files, no clock; the same texts give the same matches, in the same order.

pub mod corpus;
pub mod extract;
pub mod report;

use rustc_hash::FxHashSet;
use serde::{Deserialize, Serialize};

/// Shingle length, in kept characters.
pub const K: usize = 12;
/// Winnowing window, in shingles.
pub const W: usize = 8;
/// Shared fingerprints two documents need before they are compared.
pub const MIN_SEEDS: usize = 2;
/// The largest gap (kept characters, in both documents) between two runs that are one passage.
pub const GAP: u32 = 12;

/// What a screening counts as a finding (the notice is silent; these are the defaults the
/// report states).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "ScreenOptions"))]
pub struct Options {
    /// The shortest passage kept, in kept characters (about two sentences).
    pub min_passage: u32,
    /// The least matched text (kept characters, outside cited passages) for a pair to be a finding.
    pub min_total: u32,
    /// A fingerprint found in more lessons than this is boilerplate (a template's wording).
    pub boilerplate_units: u32,
    /// Count cited passages in the coverage.
    pub count_cited: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            min_passage: 30,
            min_total: 60,
            boilerplate_units: 10,
            count_cited: false,
        }
    }
}

/// A document's text as compared: the kept characters and where each stands in the original.
#[derive(Debug, Clone, Default)]
pub struct Text {
    pub original: String,
    pub chars: Vec<char>,
    /// Byte offset in `original` of each kept character.
    pub at: Vec<u32>,
}

/// The character as compared, or `None` for what is not kept (punctuation, spaces, symbols).
pub fn kept(c: char) -> Option<char> {
    let c = match c as u32 {
        // full-width ASCII letters and digits (ＡＢＣ１２３) as ASCII
        0xFF10..=0xFF19 | 0xFF21..=0xFF3A | 0xFF41..=0xFF5A => char::from_u32(c as u32 - 0xFEE0)?,
        _ => c,
    };
    c.is_alphanumeric().then(|| c.to_ascii_lowercase())
}

impl Text {
    pub fn new(original: String) -> Text {
        let mut chars = Vec::with_capacity(original.len() / 3);
        let mut at = Vec::with_capacity(original.len() / 3);
        for (i, c) in original.char_indices() {
            if let Some(k) = kept(c) {
                chars.push(k);
                at.push(i as u32);
            }
        }
        Text { original, chars, at }
    }

    pub fn len(&self) -> usize {
        self.chars.len()
    }

    pub fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }

    /// The original text of kept characters `start..end` (with the punctuation between them).
    pub fn slice(&self, start: u32, end: u32) -> &str {
        if start >= end || end as usize > self.at.len() {
            return "";
        }
        let from = self.at[start as usize] as usize;
        let last = self.at[end as usize - 1] as usize;
        let to = last + self.original[last..].chars().next().map_or(0, char::len_utf8);
        &self.original[from..to]
    }

    /// The character offset in the original of kept character `i` (what the window highlights).
    pub fn char_offset(&self, i: u32) -> u32 {
        match self.at.get(i as usize) {
            Some(&b) => self.original[..b as usize].chars().count() as u32,
            None => self.original.chars().count() as u32,
        }
    }
}

/// The hash of every shingle of `chars`, by start position (none when shorter than [`K`]).
pub fn shingles(chars: &[char]) -> Vec<u64> {
    const BASE: u64 = 0x100_0000_01b3;
    if chars.len() < K {
        return Vec::new();
    }
    let mut top = 1u64; // BASE^(K-1)
    for _ in 1..K {
        top = top.wrapping_mul(BASE);
    }
    let mut out = Vec::with_capacity(chars.len() - K + 1);
    let mut h = 0u64;
    for (i, c) in chars.iter().enumerate() {
        if i >= K {
            h = h.wrapping_sub((chars[i - K] as u64 + 1).wrapping_mul(top));
        }
        h = h.wrapping_mul(BASE).wrapping_add(*c as u64 + 1);
        if i + 1 >= K {
            out.push(mix(h));
        }
    }
    out
}

/// splitmix64's finalizer: the rolling hash's low bits are weak, winnowing needs them spread.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// A fingerprint: a shingle's hash and where it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Print {
    pub hash: u64,
    pub pos: u32,
}

/// The document's fingerprints: robust winnowing (the smallest hash of every window of [`W`]
/// shingles, the rightmost on a tie, each recorded once), without the shingles in `reference`.
pub fn fingerprints(chars: &[char], reference: &FxHashSet<u64>) -> Vec<Print> {
    let hashes = shingles(chars);
    let mut out: Vec<Print> = Vec::with_capacity(hashes.len() * 2 / (W + 1) + 1);
    if hashes.is_empty() {
        return out;
    }
    // a deque of positions with increasing hashes: its front is the window's minimum
    let mut deque: std::collections::VecDeque<usize> = std::collections::VecDeque::with_capacity(W);
    let mut last: Option<usize> = None;
    for i in 0..hashes.len() {
        while deque.back().is_some_and(|&j| hashes[j] >= hashes[i]) {
            deque.pop_back();
        }
        deque.push_back(i);
        if deque.front().is_some_and(|&j| j + W <= i) {
            deque.pop_front();
        }
        if i + 1 >= W.min(hashes.len()) {
            let m = deque[0];
            if last != Some(m) {
                last = Some(m);
                if !reference.contains(&hashes[m]) {
                    out.push(Print {
                        hash: hashes[m],
                        pos: m as u32,
                    });
                }
            }
        }
    }
    out
}

/// Which kept characters the reference texts cover (every shingle found in them).
pub fn reference_mask(chars: &[char], reference: &FxHashSet<u64>) -> Vec<bool> {
    let mut mask = vec![false; chars.len()];
    if reference.is_empty() {
        return mask;
    }
    for (i, h) in shingles(chars).iter().enumerate() {
        if reference.contains(h) {
            mask[i..i + K].iter_mut().for_each(|m| *m = true);
        }
    }
    mask
}

/// Every shingle of the reference texts.
pub fn reference_set<'a>(texts: impl IntoIterator<Item = &'a Text>) -> FxHashSet<u64> {
    texts.into_iter().flat_map(|t| shingles(&t.chars)).collect()
}

/// Whose a document is, as the screening compares it.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    /// The lesson (or archive entry): documents of one unit are never compared.
    pub unit: u32,
    /// This year's (an archive document is compared only with this year's).
    pub current: bool,
}

/// Two documents that share fingerprints, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub a: u32,
    pub b: u32,
    /// (position in a, position in b) of each shared fingerprint, sorted.
    pub seeds: Vec<(u32, u32)>,
}

/// The fingerprints dropped as boilerplate (their text is cut out of every passage, as a
/// reference's is), and the pairs of documents to compare (`a < b`, `a` this year's), in order.
///
/// `prints` are the documents' fingerprints, by document as in `entries`; each is freed as soon
/// as it is copied into the one sorted table (a national screening holds it once, not twice).
pub fn candidates(entries: &[Entry], prints: Vec<Vec<Print>>, options: &Options) -> (FxHashSet<u64>, Vec<Candidate>) {
    // (hash, document, position), sorted: equal hashes are neighbours
    let total: usize = prints.iter().map(Vec::len).sum();
    let mut all: Vec<(u64, u32, u32)> = Vec::with_capacity(total);
    for (d, p) in prints.into_iter().enumerate() {
        all.extend(p.iter().map(|p| (p.hash, d as u32, p.pos)));
    }
    all.sort_unstable();
    let mut seeds: Vec<(u32, u32, u32, u32)> = Vec::new();
    let mut boilerplate = FxHashSet::default();
    let mut i = 0;
    while i < all.len() {
        let mut j = i + 1;
        while j < all.len() && all[j].0 == all[i].0 {
            j += 1;
        }
        let run = &all[i..j];
        i = j;
        if run.len() < 2 {
            continue;
        }
        let mut units: Vec<u32> = run.iter().map(|r| entries[r.1 as usize].unit).collect();
        units.dedup();
        units.sort_unstable();
        units.dedup();
        if units.len() < 2 {
            continue;
        }
        if units.len() as u32 > options.boilerplate_units {
            boilerplate.insert(run[0].0);
            continue;
        }
        for (x, &(_, da, pa)) in run.iter().enumerate() {
            for &(_, db, pb) in &run[x + 1..] {
                let (ea, eb) = (&entries[da as usize], &entries[db as usize]);
                if ea.unit == eb.unit || !(ea.current || eb.current) {
                    continue;
                }
                // the current document first (a < b when both are)
                if ea.current && (!eb.current || da < db) {
                    seeds.push((da, db, pa, pb));
                } else {
                    seeds.push((db, da, pb, pa));
                }
            }
        }
    }
    drop(all);
    seeds.sort_unstable();
    seeds.dedup();
    let mut out = Vec::new();
    let mut i = 0;
    while i < seeds.len() {
        let (a, b) = (seeds[i].0, seeds[i].1);
        let mut j = i;
        while j < seeds.len() && seeds[j].0 == a && seeds[j].1 == b {
            j += 1;
        }
        let pair: Vec<(u32, u32)> = seeds[i..j].iter().map(|s| (s.2, s.3)).collect();
        if j - i >= MIN_SEEDS && on_one_line(&pair) {
            out.push(Candidate { a, b, seeds: pair });
        }
        i = j;
    }
    (boilerplate, out)
}

/// How far apart (kept characters) two seeds of one shared passage may be.
const SEED_REACH: u32 = (K + 2 * W) as u32 + GAP;

/// Whether two seeds lie on one line of text shared by both documents: the same offset between
/// the documents, close together. A shared run of 30 characters leaves two such seeds (two
/// disjoint windows of [`W`] shingles inside it each keep one, the same in both documents);
/// shingles that two teachers' sentences share by chance scatter, and are not compared at all.
fn on_one_line(seeds: &[(u32, u32)]) -> bool {
    let mut by_line: Vec<(i64, u32)> = seeds.iter().map(|&(a, b)| (a as i64 - b as i64, a)).collect();
    by_line.sort_unstable();
    by_line
        .windows(2)
        .any(|w| w[0].0 == w[1].0 && w[1].1 - w[0].1 <= SEED_REACH)
}

/// A stretch of kept characters `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn len(&self) -> u32 {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

/// A passage both documents share.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shared {
    pub a: Span,
    pub b: Span,
    pub cited: bool,
}

/// The passages two documents share, and the kept characters of each they cover (cited
/// passages counted only when the options say so).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub passages: Vec<Shared>,
    pub covered_a: u32,
    pub covered_b: u32,
    /// Kept characters of each document outside what the references and boilerplate cover:
    /// the coverage's denominators (a template is nobody's own text).
    pub own_a: u32,
    pub own_b: u32,
}

/// Words that mark a passage as quoted with its source.
pub const CITATION_MARKS: [&str; 8] = ["引用", "引自", "出自", "来源", "摘自", "选自", "转引", "参考文献"];

/// How far (characters of the original) around a passage a citation mark is looked for.
const CITATION_REACH: usize = 40;

/// Compares two documents from their seeds: the passages they share, or `None` when that is
/// less than the options' minimum.
pub fn compare(
    a: &Text,
    b: &Text,
    seeds: &[(u32, u32)],
    mask_a: &[bool],
    mask_b: &[bool],
    options: &Options,
) -> Option<Match> {
    let merged = shared_runs(a, b, seeds);
    judge(a, b, merged, mask_a, mask_b, options)
}

/// A run of text both documents share: (start, end) in a, (start, end) in b.
pub type Run = (u32, u32, u32, u32);

/// The runs both documents share around the seeds, extended character by character, runs on
/// one line with small gaps (light edits) made one. Needs neither reference nor boilerplate: a
/// pair whose longest run is short of a passage is dismissed from this alone.
pub fn shared_runs(a: &Text, b: &Text, seeds: &[(u32, u32)]) -> Vec<Run> {
    let (ca, cb) = (&a.chars, &b.chars);
    // runs: (a start, a end, b start, b end)
    let mut runs: Vec<(u32, u32, u32, u32)> = Vec::new();
    for &(pa, pb) in seeds {
        let (pa, pb) = (pa as usize, pb as usize);
        if pa + K > ca.len() || pb + K > cb.len() || ca[pa..pa + K] != cb[pb..pb + K] {
            continue; // a hash collision, not shared text
        }
        let inside = runs.iter().any(|&(s, e, bs, _)| {
            (s as usize) <= pa && pa < e as usize && pa as i64 - s as i64 == pb as i64 - bs as i64
        });
        if inside {
            continue;
        }
        let (mut s, mut t) = (pa, pb);
        while s > 0 && t > 0 && ca[s - 1] == cb[t - 1] {
            s -= 1;
            t -= 1;
        }
        let (mut e, mut f) = (pa + K, pb + K);
        while e < ca.len() && f < cb.len() && ca[e] == cb[f] {
            e += 1;
            f += 1;
        }
        runs.push((s as u32, e as u32, t as u32, f as u32));
    }
    runs.sort_unstable();
    runs.dedup();
    // one passage for runs in order in both texts with small gaps (light edits)
    let mut merged: Vec<(u32, u32, u32, u32)> = Vec::new();
    for r in runs {
        if let Some(last) = merged.last_mut() {
            let (ga, gb) = (r.0 as i64 - last.1 as i64, r.2 as i64 - last.3 as i64);
            if (0..=GAP as i64).contains(&ga) && (0..=GAP as i64).contains(&gb) {
                last.1 = last.1.max(r.1);
                last.3 = last.3.max(r.3);
                continue;
            }
            if r.1 <= last.1 {
                continue; // inside the one before in a (the same text found twice in b)
            }
        }
        merged.push(r);
    }
    merged
}

/// The passages of the shared runs, what they cover of each document's own text, and whether
/// that is a finding.
pub fn judge(
    a: &Text,
    b: &Text,
    merged: Vec<Run>,
    mask_a: &[bool],
    mask_b: &[bool],
    options: &Options,
) -> Option<Match> {
    let (ca, cb) = (&a.chars, &b.chars);
    // what the references (and boilerplate) cover is nobody's own text: a passage counts only
    // its other characters, and is kept when they are enough
    let masked = |mask: &[bool], i: u32| mask.get(i as usize).copied().unwrap_or(false);
    let mut passages = Vec::new();
    for (s, e, t, f) in merged {
        let own = (s..e)
            .filter(|&i| !masked(mask_a, i) && !masked(mask_b, t + (i - s)))
            .count() as u32;
        if own >= options.min_passage {
            passages.push(Shared {
                a: Span { start: s, end: e },
                b: Span { start: t, end: f },
                cited: false,
            });
        }
    }
    for p in &mut passages {
        p.cited = cited(a, p.a) || cited(b, p.b);
    }
    let counted: Vec<&Shared> = passages.iter().filter(|p| options.count_cited || !p.cited).collect();
    let covered = |len: usize, mask: &[bool], spans: &mut dyn Iterator<Item = Span>| -> u32 {
        let mut on = vec![false; len];
        for sp in spans {
            on[sp.start as usize..sp.end as usize]
                .iter_mut()
                .for_each(|x| *x = true);
        }
        on.iter()
            .enumerate()
            .filter(|(i, x)| **x && !mask.get(*i).copied().unwrap_or(false))
            .count() as u32
    };
    let covered_a = covered(ca.len(), mask_a, &mut counted.iter().map(|p| p.a));
    let covered_b = covered(cb.len(), mask_b, &mut counted.iter().map(|p| p.b));
    if covered_a < options.min_total && covered_b < options.min_total {
        return None;
    }
    let own = |mask: &[bool], len: usize| (len - mask.iter().take(len).filter(|m| **m).count()) as u32;
    Some(Match {
        passages,
        covered_a,
        covered_b,
        own_a: own(mask_a, ca.len()),
        own_b: own(mask_b, cb.len()),
    })
}

/// Whether a citation mark stands near the passage (or in its paragraph's last words).
fn cited(text: &Text, span: Span) -> bool {
    if span.is_empty() {
        return false;
    }
    let from = text.at[span.start as usize] as usize;
    let last = text.at[span.end as usize - 1] as usize;
    let before: String = text.original[..from]
        .chars()
        .rev()
        .take(CITATION_REACH)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let after: String = text.original[last..].chars().take(CITATION_REACH).collect();
    CITATION_MARKS.iter().any(|m| before.contains(m) || after.contains(m))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Text {
        Text::new(s.to_owned())
    }

    #[test]
    fn kept_characters_know_their_place() {
        let t = text("第一，ＡＢ１２ 学习。");
        assert_eq!(t.chars.iter().collect::<String>(), "第一ab12学习");
        assert_eq!(t.slice(2, 6), "ＡＢ１２", "the original, full-width as written");
        assert_eq!(t.char_offset(2), 3);
    }

    #[test]
    fn a_shingle_hashes_the_same_wherever_it_stands() {
        let a: Vec<char> = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰".chars().collect();
        let b: Vec<char> = "天地玄黄宇宙洪荒甲乙丙丁戊己庚辛壬癸子丑寅卯辰".chars().collect();
        assert_eq!(
            shingles(&a),
            shingles(&b)[8..].to_vec(),
            "a shingle's hash depends on its characters only"
        );
    }

    #[test]
    fn winnowing_leaves_a_print_in_every_window() {
        let t = text(&"春眠不觉晓处处闻啼鸟夜来风雨声花落知多少".repeat(5));
        let prints = fingerprints(&t.chars, &FxHashSet::default());
        let shingles = t.chars.len() - K + 1;
        for w in 0..=shingles - W {
            assert!(
                prints.iter().any(|p| (w..w + W).contains(&(p.pos as usize))),
                "window {w} has no fingerprint: a run of K+W-1 characters could be missed"
            );
        }
    }

    #[test]
    fn a_shared_passage_is_found_whole_and_a_reference_is_cut_out() {
        let shared = "教学目标是让学生在真实情境中理解分数的意义并能用分数解决生活中的简单问题体会数学与生活的联系，再通过小组合作比较分数的大小并说明理由";
        let a = text(&format!("甲校的设计。{shared}。后面是甲自己写的很多内容和反思。"));
        let b = text(&format!("乙校开头完全不同的一段话。{shared}。乙校的结尾也不一样。"));
        let none = FxHashSet::default();
        let (pa, pb) = (fingerprints(&a.chars, &none), fingerprints(&b.chars, &none));
        let entries = [Entry { unit: 0, current: true }, Entry { unit: 1, current: true }];
        let (_, cands) = candidates(&entries, vec![pa, pb], &Options::default());
        assert_eq!(cands.len(), 1);
        let mask = vec![false; 1000];
        let m = compare(&a, &b, &cands[0].seeds, &mask, &mask, &Options::default()).expect("a finding");
        assert_eq!(m.passages.len(), 1);
        assert_eq!(a.slice(m.passages[0].a.start, m.passages[0].a.end), shared);
        assert_eq!(m.covered_a as usize, shared.chars().filter_map(kept).count());

        // the same passage given as reference: nothing left
        let reference = reference_set([&text(shared)]);
        let (pa, pb) = (fingerprints(&a.chars, &reference), fingerprints(&b.chars, &reference));
        let entries = [Entry { unit: 0, current: true }, Entry { unit: 1, current: true }];
        assert!(candidates(&entries, vec![pa, pb], &Options::default()).1.is_empty());
    }

    #[test]
    fn a_cited_passage_is_left_out_of_the_coverage() {
        let quote = "学而时习之不亦说乎有朋自远方来不亦乐乎人不知而不愠不亦君子乎这是论语的开篇告诉我们学习的快乐，温故而知新可以为师矣学而不思则罔";
        let a = text(&format!("课文导入：{quote}（出自《论语·学而》）。"));
        let b = text(&format!("另一课：{quote}。"));
        let none = FxHashSet::default();
        let (pa, pb) = (fingerprints(&a.chars, &none), fingerprints(&b.chars, &none));
        let entries = [Entry { unit: 0, current: true }, Entry { unit: 1, current: true }];
        let (_, cands) = candidates(&entries, vec![pa, pb], &Options::default());
        let mask = vec![false; 1000];
        assert_eq!(
            compare(&a, &b, &cands[0].seeds, &mask, &mask, &Options::default()),
            None
        );
        let counted = Options {
            count_cited: true,
            ..Options::default()
        };
        let m = compare(&a, &b, &cands[0].seeds, &mask, &mask, &counted).expect("counted when asked");
        assert!(m.passages[0].cited);
    }
}
