//! The text of the documents lessons submit: .docx (the body, not headers, footers or deleted
//! text), .pptx (the slides in order, not masters or layouts) and .pdf (lopdf's parser; the text
//! decoded by the font's ToUnicode map, UniGB-UCS2-H/UTF16-H, the GBK CMaps of 公文 typesetting,
//! or WinAnsi). Every file is read under `catch_unwind` and a time limit; what yields no text is
//! [`Unscreened`] with its reason, never an empty text.

use std::io::Read;
use std::path::Path;
use std::time::Duration;

use serde::{Deserialize, Serialize};

/// Why a file was not screened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
#[derive(strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum Unscreened {
    /// A format whose text is not read (.doc, .ppt, images, …).
    Format,
    /// The file could not be opened as what its extension says (damaged, encrypted, not a zip).
    Unreadable,
    /// It opened, but carries no text (a scan, pictures only, a font without a Unicode map).
    NoText,
    /// Reading it took longer than the limit.
    TooSlow,
    /// Too large to read (a part over the size limit).
    TooLarge,
}

impl Unscreened {
    /// The reason's stable code (`no_text`, …), as serialized and stored.
    pub fn code(self) -> &'static str {
        self.into()
    }
}

/// The formats whose text is read (.txt for the reference folders: curriculum standards, textbook
/// passages; UTF-8, else GBK).
pub const FORMATS: [&str; 4] = ["docx", "pptx", "pdf", "txt"];

/// The largest XML part or PDF page content read (bytes, decompressed).
const PART_LIMIT: u64 = 64 << 20;
/// How long one file may take.
pub const TIME_LIMIT: Duration = Duration::from_secs(20);
/// Bumped when extraction changes, so that cached texts of an older extractor are not used.
pub const VERSION: u32 = 1;

/// Whether a file's name says it is one of [`FORMATS`] (the extension, lowercased).
pub fn format_of(path: &Path) -> Option<&'static str> {
    let ext = path.extension()?.to_string_lossy().to_lowercase();
    FORMATS.iter().copied().find(|f| *f == ext)
}

/// The text of a file's bytes, by its format, paragraphs on lines of their own. Never panics,
/// never takes longer than `limit`: a parser that does either is reported, not propagated.
pub fn text_of(format: &str, bytes: Vec<u8>, limit: Duration) -> Result<String, Unscreened> {
    let format = format.to_owned();
    let (tx, rx) = std::sync::mpsc::channel();
    let spawned = std::thread::Builder::new().name("extract".into()).spawn(move || {
        let r = std::panic::catch_unwind(move || extract(&format, &bytes)).unwrap_or(Err(Unscreened::Unreadable));
        let _ = tx.send(r);
    });
    if spawned.is_err() {
        return Err(Unscreened::Unreadable);
    }
    // a parser caught in a loop is left to finish on its own; the file is reported
    let text = rx.recv_timeout(limit).map_err(|e| match e {
        std::sync::mpsc::RecvTimeoutError::Timeout => Unscreened::TooSlow,
        std::sync::mpsc::RecvTimeoutError::Disconnected => Unscreened::Unreadable,
    })??;
    if text.chars().any(|c| c.is_alphanumeric()) {
        Ok(text)
    } else {
        Err(Unscreened::NoText)
    }
}

/// The same as [`text_of`] on the calling thread, without the time limit (for the fuzz tests,
/// which check that it returns at all).
pub fn extract(format: &str, bytes: &[u8]) -> Result<String, Unscreened> {
    match format {
        "docx" => office(bytes, Office::Word),
        "pptx" => office(bytes, Office::Slides),
        "pdf" => pdf(bytes),
        "txt" => Ok(match std::str::from_utf8(bytes) {
            Ok(s) => s.trim_start_matches('\u{feff}').to_owned(),
            Err(_) => encoding_rs::GBK.decode_without_bom_handling(bytes).0.into_owned(),
        }),
        _ => Err(Unscreened::Format),
    }
}

#[derive(Clone, Copy)]
enum Office {
    Word,
    Slides,
}

fn office(bytes: &[u8], kind: Office) -> Result<String, Unscreened> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|_| Unscreened::Unreadable)?;
    let parts: Vec<String> = match kind {
        Office::Word => vec!["word/document.xml".to_owned()],
        Office::Slides => {
            // ppt/slides/slide12.xml: in slide order by number (not the zip's order)
            let mut slides: Vec<(u32, String)> = zip
                .file_names()
                .filter_map(|n| {
                    let n = n.ok()?;
                    let number = n.strip_prefix("ppt/slides/slide")?.strip_suffix(".xml")?;
                    Some((number.parse().ok()?, n.to_string()))
                })
                .collect();
            slides.sort();
            slides.into_iter().map(|(_, n)| n).collect()
        }
    };
    if parts.is_empty() {
        return Err(Unscreened::Unreadable);
    }
    let mut out = String::new();
    for part in parts {
        let file = zip.by_name(&part).map_err(|_| Unscreened::Unreadable)?;
        if file.size() > PART_LIMIT {
            return Err(Unscreened::TooLarge);
        }
        let mut xml = Vec::with_capacity(file.size() as usize);
        file.take(PART_LIMIT + 1)
            .read_to_end(&mut xml)
            .map_err(|_| Unscreened::Unreadable)?;
        if xml.len() as u64 > PART_LIMIT {
            return Err(Unscreened::TooLarge);
        }
        xml_text(&xml, kind, &mut out)?;
        if !out.ends_with('\n') && !out.is_empty() {
            out.push('\n');
        }
    }
    Ok(out)
}

/// The runs of text of a WordprocessingML or DrawingML part: `w:t`/`a:t`, a line per paragraph,
/// tabs and breaks as spaces; deleted text (`w:del`), field codes and the text of moves away are
/// left out.
fn xml_text(xml: &[u8], kind: Office, out: &mut String) -> Result<(), Unscreened> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut in_text = false;
    let mut skip = 0u32; // depth inside w:del / w:moveFrom
                         // w:p/w:t in a document, a:p/a:t on a slide: the same local names
    let _ = kind;
    let (para, text) = ("p", "t");
    loop {
        match reader.read_event_into(&mut buf).map_err(|_| Unscreened::Unreadable)? {
            Event::Start(e) => {
                let name = e.local_name();
                let name: &str = name.as_ref();
                if name == "del" || name == "moveFrom" {
                    skip += 1;
                } else if name == text {
                    in_text = skip == 0;
                }
            }
            Event::End(e) => {
                let name = e.local_name();
                let name: &str = name.as_ref();
                if name == "del" || name == "moveFrom" {
                    skip = skip.saturating_sub(1);
                } else if name == text {
                    in_text = false;
                } else if name == para && skip == 0 && !out.ends_with('\n') && !out.is_empty() {
                    out.push('\n');
                }
            }
            Event::Empty(e) => {
                let name = e.local_name();
                if skip == 0 && matches!(AsRef::<str>::as_ref(&name), "tab" | "br") {
                    out.push(' ');
                }
            }
            Event::Text(t) if in_text => {
                // entities arrive as their own events: the text is the text
                out.push_str(&t.xml10_content());
            }
            Event::GeneralRef(r) if in_text => {
                // &amp; and friends arrive on their own in quick-xml 0.38+
                if let Some(c) = r.resolve_char_ref().ok().flatten() {
                    out.push(c);
                } else if let Some(s) = quick_xml::escape::resolve_predefined_entity(&r.into_inner()) {
                    out.push_str(s);
                }
            }
            Event::CData(t) if in_text => out.push_str(&t.into_inner()),
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(())
}

/// How a PDF font's string bytes become text.
enum Decode<'a> {
    /// lopdf's own decoding (ToUnicode, UniGB-UCS2-H, WinAnsi, differences).
    Lopdf(lopdf::Encoding<'a>),
    /// GBK-EUC-H, GBpc-EUC-H, GB-EUC-H, GBK2K-H: the bytes are GBK (a predefined CMap, no
    /// ToUnicode, font not embedded: what 公文 typesetting writes).
    Gbk,
    /// No way to Unicode (Identity-H without ToUnicode).
    Unknown,
}

fn pdf(bytes: &[u8]) -> Result<String, Unscreened> {
    let doc = lopdf::Document::load_mem(bytes).map_err(|_| Unscreened::Unreadable)?;
    if doc.is_encrypted() {
        return Err(Unscreened::Unreadable);
    }
    pdf_text(&doc)
}

fn pdf_text(doc: &lopdf::Document) -> Result<String, Unscreened> {
    let mut out = String::new();
    for (_, page) in doc.get_pages() {
        let fonts = doc.get_page_fonts(page).unwrap_or_default();
        let mut decoders: std::collections::BTreeMap<Vec<u8>, Decode> = Default::default();
        for (name, font) in fonts {
            decoders.insert(name, decoder(doc, font));
        }
        let Ok(content) = doc.get_page_content_with_limit(page, PART_LIMIT as usize) else {
            continue;
        };
        let Ok(content) = lopdf::content::Content::decode(&content) else {
            continue;
        };
        let mut current: Option<&Decode> = None;
        for op in &content.operations {
            match op.operator.as_str() {
                "Tf" => {
                    current = op
                        .operands
                        .first()
                        .and_then(|o| o.as_name().ok())
                        .and_then(|n| decoders.get(n));
                }
                "Tj" | "TJ" => show(current, &op.operands, &mut out),
                "'" => {
                    newline(&mut out);
                    show(current, &op.operands, &mut out);
                }
                "\"" => {
                    newline(&mut out);
                    show(current, op.operands.get(2..).unwrap_or(&[]), &mut out);
                }
                "T*" | "ET" | "Td" | "TD" => newline(&mut out),
                _ => {}
            }
        }
        newline(&mut out);
    }
    Ok(out)
}

fn newline(out: &mut String) {
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}

fn decoder<'a>(doc: &'a lopdf::Document, font: &'a lopdf::Dictionary) -> Decode<'a> {
    let encoding_name = font
        .get(b"Encoding")
        .ok()
        .and_then(|e| e.as_name().ok())
        .map(|n| n.to_vec())
        .unwrap_or_default();
    let has_to_unicode = font.get(b"ToUnicode").is_ok();
    if !has_to_unicode
        && matches!(
            &encoding_name[..],
            b"GBK-EUC-H" | b"GBpc-EUC-H" | b"GB-EUC-H" | b"GBK2K-H"
        )
    {
        return Decode::Gbk;
    }
    if !has_to_unicode && matches!(&encoding_name[..], b"Identity-H" | b"Identity-V") {
        return Decode::Unknown;
    }
    match font.get_font_encoding(doc) {
        Ok(e) => Decode::Lopdf(e),
        Err(_) => Decode::Unknown,
    }
}

fn show(decode: Option<&Decode<'_>>, operands: &[lopdf::Object], out: &mut String) {
    let Some(decode) = decode else { return };
    for o in operands {
        match o {
            lopdf::Object::String(bytes, _) => match decode {
                Decode::Lopdf(e) => {
                    let _ = e.write_to_string(bytes, out);
                }
                Decode::Gbk => out.push_str(&encoding_rs::GBK.decode_without_bom_handling(bytes).0),
                Decode::Unknown => {}
            },
            lopdf::Object::Array(items) => show(Some(decode), items, out),
            _ => {}
        }
    }
}
