//! What a video file really is, read from its container, never from its name.
//!
//! The boxes are parsed by `mp4parse` (Mozilla's parser, the one Firefox ships: fuzzed
//! continuously, fallible allocation, no `unsafe` in the parser). Chosen over the `mp4` crate,
//! whose reader panics on some malformed inputs and allocates what a box header claims. But
//! `mp4parse::read_mp4` reads every byte of the file to skip the media data, so this module walks
//! the top-level boxes itself, seeking over each (`mdat` of gigabytes included), and hands the
//! parser only `ftyp` and `moov` — a 3 GB video costs a few kilobytes of reading. A file that is
//! not MP4, is cut short, or has no readable `moov` is an outcome, never a panic or a hang.

use std::io::{Read, Seek, SeekFrom};
use std::path::Path;

use serde::{Deserialize, Serialize};

/// The largest `moov` read into memory (a 45-minute video's is a few megabytes).
const MAX_MOOV: u64 = 256 << 20;

/// What the container says.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct VideoInfo {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub bytes: u64,
    /// Seconds.
    pub duration: f64,
    /// `H.264`, `HEVC`, … (the sample entry's type when the parser does not name it).
    pub codec: String,
    pub width: u32,
    pub height: u32,
    /// The display size (`tkhd`), which carries the picture's aspect.
    pub display_width: u32,
    pub display_height: u32,
    pub fps: f64,
    /// `AAC`, `MP3`, …; None without an audio track.
    pub audio: Option<String>,
    pub audio_kbps: Option<f64>,
    pub overall_mbps: f64,
}

/// Why a file could not be read as a video.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "why", rename_all = "snake_case")]
#[derive(strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum Unreadable {
    /// Not an MP4 container at all (a renamed text file, another format).
    NotMp4,
    /// A box runs past the end of the file: the copy was cut short.
    Truncated,
    /// No movie header (`moov`): the file cannot be played.
    NoMovie,
    /// The container is damaged; `detail` is the parser's word.
    Damaged { detail: String },
    /// No video track.
    NoVideo,
    /// The file could not be opened or read.
    Io { detail: String },
}

impl Unreadable {
    /// Why, as a stable code: the serialized `why` tag.
    pub fn code(&self) -> &'static str {
        self.into()
    }
}

/// Reads a video's container (ftyp and moov only; the media data is seeked over).
pub fn probe(path: &Path) -> Result<VideoInfo, Unreadable> {
    let io = |e: std::io::Error| Unreadable::Io { detail: e.to_string() };
    let mut f = std::fs::File::open(path).map_err(io)?;
    let bytes = f.metadata().map_err(io)?.len();
    let (head, moov) = top_level(&mut f, bytes)?;
    let mut buf = head;
    buf.extend_from_slice(&moov);
    let moov_bytes = moov;
    // the parser is fuzzed, but a panic in it must never take the app down with it
    let parsed = std::panic::catch_unwind(|| mp4parse::read_mp4(&mut std::io::Cursor::new(&buf))).map_err(|_| {
        Unreadable::Damaged {
            detail: "parser panic".into(),
        }
    })?;
    let ctx = parsed.map_err(|e| Unreadable::Damaged {
        detail: format!("{e:?}"),
    })?;
    describe(&ctx, &moov_bytes, bytes)
}

/// Walks the top-level boxes, seeking over each; returns the `ftyp` box and the `moov` box.
fn top_level(f: &mut (impl Read + Seek), len: u64) -> Result<(Vec<u8>, Vec<u8>), Unreadable> {
    let io = |e: std::io::Error| Unreadable::Io { detail: e.to_string() };
    let mut at = 0u64;
    let mut ftyp = Vec::new();
    let mut moov = None;
    let mut first = true;
    while at < len {
        if len - at < 8 {
            return Err(if first {
                Unreadable::NotMp4
            } else {
                Unreadable::Truncated
            });
        }
        f.seek(SeekFrom::Start(at)).map_err(io)?;
        let mut header = [0u8; 16];
        let n = read_up_to(f, &mut header).map_err(io)?;
        let size32 = u32::from_be_bytes([header[0], header[1], header[2], header[3]]) as u64;
        let kind = [header[4], header[5], header[6], header[7]];
        if first && !known_top_level(&kind) {
            return Err(Unreadable::NotMp4);
        }
        let (size, header_len) = match size32 {
            1 if n >= 16 => (u64::from_be_bytes(header[8..16].try_into().expect("8 bytes")), 16),
            1 => return Err(Unreadable::Truncated),
            0 => (len - at, 8), // to the end of the file
            s => (s, 8),
        };
        if size < header_len {
            return Err(if first {
                Unreadable::NotMp4
            } else {
                Unreadable::Damaged {
                    detail: format!("box {} of size {size}", String::from_utf8_lossy(&kind)),
                }
            });
        }
        let end = at.checked_add(size).ok_or(Unreadable::Truncated)?;
        if end > len {
            return Err(Unreadable::Truncated);
        }
        match &kind {
            b"ftyp" | b"moov" => {
                if size > MAX_MOOV {
                    return Err(Unreadable::Damaged {
                        detail: format!("{} of {size} bytes", String::from_utf8_lossy(&kind)),
                    });
                }
                let mut b = vec![0u8; size as usize];
                f.seek(SeekFrom::Start(at)).map_err(io)?;
                f.read_exact(&mut b).map_err(io)?;
                if &kind == b"ftyp" {
                    ftyp = b;
                } else if moov.is_none() {
                    moov = Some(b);
                }
            }
            _ => {}
        }
        first = false;
        at = end;
    }
    match moov {
        Some(m) => Ok((ftyp, m)),
        None if first => Err(Unreadable::NotMp4),
        None => Err(Unreadable::NoMovie),
    }
}

fn read_up_to(f: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match f.read(&mut buf[n..])? {
            0 => break,
            k => n += k,
        }
    }
    Ok(n)
}

/// The box types an MP4 file may begin with.
fn known_top_level(kind: &[u8; 4]) -> bool {
    matches!(
        kind,
        b"ftyp" | b"moov" | b"mdat" | b"free" | b"skip" | b"wide" | b"pdin" | b"styp" | b"sidx" | b"uuid" | b"meta"
    )
}

fn describe(ctx: &mp4parse::MediaContext, moov: &[u8], bytes: u64) -> Result<VideoInfo, Unreadable> {
    use mp4parse::{SampleEntry, TrackType};
    let seconds = |t: &mp4parse::Track| -> Option<f64> {
        let scale = t.timescale?.0;
        let d = t.duration?.0;
        (scale > 0).then(|| d as f64 / scale as f64)
    };
    let payload = |t: &mp4parse::Track| -> u64 {
        t.stsz.as_ref().map_or(0, |s| {
            if s.sample_size > 0 {
                let n: u64 = t
                    .stts
                    .as_ref()
                    .map_or(0, |x| x.samples.iter().map(|e| u64::from(e.sample_count)).sum());
                u64::from(s.sample_size) * n
            } else {
                s.sample_sizes.iter().map(|x| u64::from(*x)).sum()
            }
        })
    };
    let video = ctx
        .tracks
        .iter()
        .find(|t| t.track_type == TrackType::Video)
        .ok_or(Unreadable::NoVideo)?;
    let entry = video
        .stsd
        .as_ref()
        .and_then(|d| d.descriptions.first())
        .and_then(|e| match e {
            SampleEntry::Video(v) => Some(v),
            _ => None,
        });
    let entry_types = sample_entry_types(moov);
    let codec = match entry.map(|e| e.codec_type) {
        Some(mp4parse::CodecType::H264) => "H.264".to_owned(),
        Some(c) if c != mp4parse::CodecType::Unknown => format!("{c:?}"),
        _ => entry_types
            .iter()
            .find(|t| matches!(t.as_str(), "hvc1" | "hev1"))
            .map(|_| "HEVC".to_owned())
            .or_else(|| entry_types.first().cloned())
            .unwrap_or_else(|| "unknown".into()),
    };
    let duration = seconds(video).unwrap_or(0.0);
    let frames: u64 = video
        .stts
        .as_ref()
        .map_or(0, |x| x.samples.iter().map(|e| u64::from(e.sample_count)).sum());
    let fps = if duration > 0.0 { frames as f64 / duration } else { 0.0 };
    let (display_width, display_height) = video.tkhd.as_ref().map_or((0, 0), |t| (t.width >> 16, t.height >> 16));
    let audio = ctx.tracks.iter().find(|t| t.track_type == TrackType::Audio);
    let audio_codec = audio.map(|a| {
        let entry = a
            .stsd
            .as_ref()
            .and_then(|d| d.descriptions.first())
            .and_then(|e| match e {
                SampleEntry::Audio(x) => Some(x.codec_type),
                _ => None,
            });
        match entry {
            Some(mp4parse::CodecType::AAC) => "AAC".to_owned(),
            Some(mp4parse::CodecType::MP3) => "MP3".to_owned(),
            Some(c) if c != mp4parse::CodecType::Unknown => format!("{c:?}"),
            _ => entry_types
                .iter()
                .find(|t| !matches!(t.as_str(), "avc1" | "avc3" | "hvc1" | "hev1"))
                .cloned()
                .unwrap_or_else(|| "unknown".into()),
        }
    });
    let audio_kbps = audio.and_then(|a| {
        let s = seconds(a)?;
        (s > 0.0).then(|| payload(a) as f64 * 8.0 / s / 1000.0)
    });
    Ok(VideoInfo {
        bytes,
        duration,
        codec,
        // a sample entry the parser does not know (HEVC) has no size of its own: the track's is it
        width: entry.map_or(display_width, |e| u32::from(e.width)),
        height: entry.map_or(display_height, |e| u32::from(e.height)),
        display_width,
        display_height,
        fps,
        audio: audio_codec,
        audio_kbps,
        overall_mbps: if duration > 0.0 {
            bytes as f64 * 8.0 / duration / 1_000_000.0
        } else {
            0.0
        },
    })
}

/// The four-character types of the sample entries in a `moov` (`avc1`, `hvc1`, `mp4a`, …), to
/// name a codec the parser does not know.
fn sample_entry_types(moov: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(p) = moov[i..].windows(4).position(|w| w == b"stsd") {
        let at = i + p;
        // stsd: type(4) version+flags(4) count(4), then the first entry: size(4) type(4)
        if let Some(t) = moov.get(at + 16..at + 20) {
            if t.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'.' || *c == b' ') {
                out.push(String::from_utf8_lossy(t).trim().to_owned());
            }
        }
        i = at + 4;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_text_file_named_mp4_is_not_mp4_and_an_empty_file_neither() {
        let dir = tempfile::tempdir().unwrap();
        let text = dir.path().join("视频.mp4");
        std::fs::write(&text, "这不是视频，是一段文字说明。\n").unwrap();
        assert_eq!(probe(&text), Err(Unreadable::NotMp4));
        let empty = dir.path().join("空.mp4");
        std::fs::write(&empty, b"").unwrap();
        assert_eq!(probe(&empty), Err(Unreadable::NotMp4));
    }

    #[test]
    fn a_box_claiming_more_than_the_file_holds_is_truncated() {
        let mut bytes = Vec::new();
        bytes.extend_from_slice(&24u32.to_be_bytes());
        bytes.extend_from_slice(b"ftypisom\0\0\x02\0isomiso2");
        bytes.extend_from_slice(&1_000_000u32.to_be_bytes());
        bytes.extend_from_slice(b"mdat");
        bytes.extend_from_slice(&[0u8; 100]);
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("cut.mp4");
        std::fs::write(&f, &bytes).unwrap();
        assert_eq!(probe(&f), Err(Unreadable::Truncated));
    }

    proptest! {
        /// Arbitrary bytes, and an MP4 header followed by arbitrary bytes, never panic.
        #[test]
        fn arbitrary_bytes_never_panic(tail in proptest::collection::vec(any::<u8>(), 0..600), head in any::<bool>()) {
            let dir = tempfile::tempdir().unwrap();
            let f = dir.path().join("x.mp4");
            let mut bytes = Vec::new();
            if head {
                bytes.extend_from_slice(&24u32.to_be_bytes());
                bytes.extend_from_slice(b"ftypisom\0\0\x02\0isomiso2");
            }
            bytes.extend_from_slice(&tail);
            std::fs::write(&f, &bytes).unwrap();
            let _ = probe(&f);
        }
    }
}
