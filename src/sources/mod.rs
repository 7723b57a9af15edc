//! Input sources: finding files, reading them, and decoding their bytes.
//!
//! Every problem with one file is an [`InputError`] for that file only; the caller reports
//! it and goes on.

pub mod encoding;
pub mod warc;

use crate::error::{ArchiwumError, InputError};
use crate::record::{Format, RawPage};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// File endings read when walking a directory.
const HTML_EXTENSIONS: &[&str] = &["html", "htm", "xhtml", "shtml", "php", "asp", "aspx"];
const TEXT_EXTENSIONS: &[&str] = &["txt", "text"];

/// The files named by the user's paths, directories walked recursively in sorted order.
pub struct Inputs {
    pub files: Vec<PathBuf>,
    /// Files inside directories with other endings (images, PDFs, READMEs): counted only.
    pub ignored: usize,
}

/// Expands paths into input files. A file named explicitly is always taken, whatever its
/// ending; in directories only page-like endings are, so a corpus README is not a document.
pub fn collect(paths: &[PathBuf]) -> Result<Inputs, ArchiwumError> {
    let mut files = Vec::new();
    let mut ignored = 0;
    for path in paths {
        if path.is_file() {
            files.push(path.clone());
        } else if path.is_dir() {
            let walker = walkdir::WalkDir::new(path)
                .follow_links(true)
                .sort_by_file_name();
            for entry in walker.into_iter().filter_map(|e| e.ok()) {
                let p = entry.path();
                if !entry.file_type().is_file() || is_hidden(p) {
                    continue;
                }
                if format_for(p).is_some() || warc::is_warc(p) {
                    files.push(p.to_path_buf());
                } else {
                    ignored += 1;
                }
            }
        } else {
            return Err(ArchiwumError::MissingPath(path.clone()));
        }
    }
    Ok(Inputs { files, ignored })
}

fn is_hidden(p: &Path) -> bool {
    p.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

/// One unit of work: a file still to be read, or a page a WARC record already gave.
#[derive(Debug)]
pub enum Input {
    File(PathBuf),
    Page(Box<RawPage>),
    /// A WARC `revisit` record: its page comes from the original response record.
    Revisit(String),
    /// A WARC record or file that could not be read.
    Failed {
        source: String,
        reason: InputError,
    },
}

impl Input {
    /// The name shown in messages.
    pub fn source(&self) -> String {
        match self {
            Input::File(p) => p.display().to_string(),
            Input::Page(p) => p.source.clone(),
            Input::Revisit(url) => url.clone(),
            Input::Failed { source, .. } => source.clone(),
        }
    }

    /// Reads the page: files from disk (the slow part, done in parallel by callers).
    pub fn load(self) -> Result<RawPage, InputError> {
        match self {
            Input::File(path) => load(&path),
            Input::Page(page) => Ok(*page),
            Input::Revisit(_) => Err(InputError::NoText),
            Input::Failed { reason, .. } => Err(reason),
        }
    }
}

/// The inputs of these files in order: a WARC file expands into its records as they are
/// read, so a large WARC is never held in memory.
pub fn stream(files: Vec<PathBuf>) -> impl Iterator<Item = Input> {
    files
        .into_iter()
        .flat_map(|path| -> Box<dyn Iterator<Item = Input>> {
            if !warc::is_warc(&path) {
                return Box::new(std::iter::once(Input::File(path)));
            }
            match warc::read(&path) {
                Ok(items) => Box::new(items.filter_map(|item| match item {
                    warc::Item::Page(page) => Some(Input::Page(page)),
                    warc::Item::Revisit { url } => Some(Input::Revisit(url)),
                    warc::Item::Skipped { source, reason } => {
                        Some(Input::Failed { source, reason })
                    }
                    warc::Item::Other => None,
                })),
                Err(reason) => Box::new(std::iter::once(Input::Failed {
                    source: path.display().to_string(),
                    reason,
                })),
            }
        })
}

/// Format by file ending; `None` for endings we do not read in directory walks.
pub fn format_for(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    if HTML_EXTENSIONS.contains(&ext.as_str()) {
        Some(Format::Html)
    } else if TEXT_EXTENSIONS.contains(&ext.as_str()) {
        Some(Format::Text)
    } else {
        None
    }
}

/// Reads and decodes one file.
pub fn load(path: &Path) -> Result<RawPage, InputError> {
    let bytes = std::fs::read(path).map_err(|e| InputError::Unreadable(e.to_string()))?;
    let source = path.display().to_string();
    let origin = stable_source(path);
    let id = document_id(&origin);
    let mut page = page_from_bytes(source, id, &bytes, format_for(path), None)?;
    page.origin = origin;
    Ok(page)
}

/// Builds a page from bytes (a file, standard input, later a WARC record).
/// `format` is a hint from the file name; markup in the content wins over it.
pub fn page_from_bytes(
    source: String,
    id: String,
    bytes: &[u8],
    format: Option<Format>,
    declared_charset: Option<&str>,
) -> Result<RawPage, InputError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(InputError::Empty);
    }
    if let Some(kind) = binary_signature(bytes) {
        return Err(InputError::Binary(kind));
    }
    let decoded = encoding::decode(bytes, declared_charset);
    if looks_binary(&decoded.text) {
        return Err(InputError::Binary("control characters".into()));
    }
    let format = match format {
        Some(Format::Html) => Format::Html,
        _ if looks_like_html(&decoded.text) => Format::Html,
        Some(f) => f,
        None => Format::Text,
    };
    Ok(RawPage {
        source,
        id,
        format,
        content: decoded.text,
        encoding: if decoded.repaired {
            format!("{} (mojibake repaired)", decoded.encoding)
        } else {
            decoded.encoding.to_string()
        },
        encoding_source: decoded.how,
        content_hash: hex_digest(bytes),
        origin: String::new(),
        crawled: None,
    })
}

/// The identity of a file: its canonical path when it exists, so `corpus/a.html` and
/// `./corpus/a.html` are the same document.
pub fn stable_source(path: &Path) -> String {
    std::fs::canonicalize(path)
        .unwrap_or_else(|_| path.to_path_buf())
        .display()
        .to_string()
}

/// A short, stable id: the first 16 hex digits of SHA-256 of the source.
pub fn document_id(stable_source: &str) -> String {
    hex_digest(stable_source.as_bytes())[..16].to_string()
}

pub fn hex_digest(bytes: &[u8]) -> String {
    hex_of(&Sha256::digest(bytes))
}

/// Lower-case hexadecimal of a digest.
pub fn hex_of(digest: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(digest.len() * 2);
    for b in digest {
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 15)]));
    }
    out
}

/// Magic numbers of formats that crawlers save under page names.
fn binary_signature(bytes: &[u8]) -> Option<String> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"\x89PNG", "PNG image"),
        (b"\xFF\xD8\xFF", "JPEG image"),
        (b"GIF8", "GIF image"),
        (b"%PDF", "PDF document"),
        (b"PK\x03\x04", "ZIP archive or office document"),
        (b"\x1F\x8B", "gzip data"),
        (b"\xD0\xCF\x11\xE0", "legacy office document"),
        (b"RIFF", "RIFF media"),
    ];
    for (magic, name) in SIGNATURES {
        if bytes.starts_with(magic) {
            return Some((*name).to_string());
        }
    }
    let head = &bytes[..bytes.len().min(4096)];
    // Text in any of our encodings has no NUL bytes (UTF-16 is declared by a BOM).
    let utf16_bom = head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF");
    (!utf16_bom && head.contains(&0)).then(|| "NUL bytes".to_string())
}

/// More than 1% of C0 control characters (besides tab and newlines) means it is not text.
fn looks_binary(text: &str) -> bool {
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars().take(20_000) {
        total += 1;
        if (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0C')) || c == '\u{FFFD}' {
            control += 1;
        }
    }
    total > 0 && control * 100 > total
}

fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .chars()
        .take(2048)
        .collect::<String>()
        .to_ascii_lowercase();
    head.contains("<html")
        || head.contains("<!doctype html")
        || head.contains("<body")
        || head.contains("<div")
        || head.contains("<p>")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(bytes: &[u8]) -> Result<RawPage, InputError> {
        page_from_bytes("t".into(), "id".into(), bytes, Some(Format::Text), None)
    }

    #[test]
    fn empty_and_whitespace_files_are_empty() {
        assert_eq!(page(b"").unwrap_err(), InputError::Empty);
        assert_eq!(page(b" \n\t ").unwrap_err(), InputError::Empty);
    }

    #[test]
    fn images_are_binary() {
        let err = page(b"\x89PNG\r\n\x1a\n\0\0\0").unwrap_err();
        assert_eq!(err, InputError::Binary("PNG image".into()));
        assert!(matches!(
            page(b"abc\0def").unwrap_err(),
            InputError::Binary(_)
        ));
    }

    #[test]
    fn markup_makes_html_whatever_the_name() {
        let p = page(b"<html><body><p>Tekst</p></body></html>").unwrap();
        assert_eq!(p.format, Format::Html);
    }

    #[test]
    fn ids_are_stable_and_short() {
        assert_eq!(document_id("/a/b.html"), document_id("/a/b.html"));
        assert_ne!(document_id("/a/b.html"), document_id("/a/c.html"));
        assert_eq!(document_id("x").len(), 16);
    }
}
