//! WARC input (`.warc` and multi-member `.warc.gz`): each `response` record holding an HTML
//! page becomes a [`RawPage`] whose id comes from the target URI, so the same URL crawled
//! again replaces its document instead of adding one.
//!
//! Records are streamed one at a time; a file of any size is read in bounded memory.

use super::document_id;
use crate::error::InputError;
use crate::record::{Format, RawPage};
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use warc::{RecordType, WarcHeader, WarcReader};

/// What one WARC record gave.
#[derive(Debug)]
pub enum Item {
    Page(Box<RawPage>),
    /// A `revisit` record: the crawler saw the same payload again; the original is
    /// (or will be) ingested from its own `response` record.
    Revisit {
        url: String,
    },
    /// A response that is not a page we read (image, PDF, redirect, error): counted only.
    Skipped {
        source: String,
        reason: InputError,
    },
    /// Request, warcinfo and metadata records: nothing to index.
    Other,
}

/// True for the names we read as WARC.
pub fn is_warc(path: &Path) -> bool {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    name.ends_with(".warc") || name.ends_with(".warc.gz")
}

type Records = warc::RecordIter<Counting<Box<dyn BufRead + Send>>>;

/// Counts the bytes the WARC parser consumes. The parser ends silently when a file is cut
/// inside a record's headers; comparing the count with the end of the last record tells
/// a clean end from a cut one.
struct Counting<R> {
    inner: R,
    consumed: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.add(n);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Counting<R> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amt: usize) {
        self.inner.consume(amt);
        self.add(amt);
    }
}

impl<R> Counting<R> {
    fn add(&self, n: usize) {
        self.consumed
            .fetch_add(n as u64, std::sync::atomic::Ordering::Relaxed);
    }
}

/// Streams the records of one WARC file. A broken or truncated file yields the records
/// before the damage and then one `Skipped` item that says where it stopped.
pub fn read(path: &Path) -> Result<impl Iterator<Item = Item>, InputError> {
    let file = std::fs::File::open(path).map_err(|e| InputError::Unreadable(e.to_string()))?;
    let reader: Box<dyn BufRead + Send> = if is_gzip(path) {
        let gz = libflate::gzip::MultiDecoder::new(BufReader::with_capacity(1 << 20, file))
            .map_err(|e| InputError::BadWarc(format!("not gzip data: {e}")))?;
        Box::new(BufReader::new(gz))
    } else {
        Box::new(BufReader::with_capacity(1 << 20, file))
    };
    let origin = super::stable_source(path);
    let consumed = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
    let counting = Counting {
        inner: reader,
        consumed: consumed.clone(),
    };
    Ok(RecordStream {
        records: WarcReader::new(counting).iter_records(),
        consumed,
        last_end: 0,
        origin,
        shown: path.display().to_string(),
        count: 0,
        done: false,
    })
}

fn is_gzip(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"))
}

struct RecordStream {
    records: Records,
    consumed: std::sync::Arc<std::sync::atomic::AtomicU64>,
    /// Bytes consumed when the last whole record had been read.
    last_end: u64,
    origin: String,
    shown: String,
    count: usize,
    done: bool,
}

impl Iterator for RecordStream {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        if self.done {
            return None;
        }
        let next = self.records.next();
        let consumed = self.consumed.load(std::sync::atomic::Ordering::Relaxed);
        match next {
            Some(Ok(record)) => {
                self.count += 1;
                self.last_end = consumed;
                Some(self.item(&record))
            }
            // The parser cannot resynchronise after a damaged record: stop here.
            Some(Err(e)) => self.stop(e.to_string()),
            None if consumed > self.last_end => self.stop("the file ends inside a record".into()),
            None => None,
        }
    }
}

impl RecordStream {
    fn stop(&mut self, why: String) -> Option<Item> {
        self.done = true;
        Some(Item::Skipped {
            source: format!("{} (after record {})", self.shown, self.count),
            reason: InputError::BadWarc(why),
        })
    }
}

impl RecordStream {
    fn item(&self, record: &warc::Record<warc::BufferedBody>) -> Item {
        let url = record
            .header(WarcHeader::TargetURI)
            .map(|u| {
                u.trim()
                    .trim_start_matches('<')
                    .trim_end_matches('>')
                    .to_string()
            })
            .unwrap_or_default();
        match record.warc_type() {
            RecordType::Revisit => Item::Revisit { url },
            RecordType::Response | RecordType::Resource if !url.is_empty() => {
                let crawled = record.date().format("%Y-%m-%dT%H:%M:%SZ").to_string();
                let is_http = *record.warc_type() == RecordType::Response
                    && url.starts_with("http")
                    && record.body().starts_with(b"HTTP/");
                let parsed = if is_http {
                    parse_http(record.body())
                } else {
                    Ok(HttpPayload {
                        body: record.body().to_vec(),
                        charset: None,
                    })
                };
                match parsed.and_then(|p| self.page(&url, crawled, p)) {
                    Ok(page) => Item::Page(Box::new(page)),
                    Err(reason) => Item::Skipped {
                        source: url,
                        reason,
                    },
                }
            }
            _ => Item::Other,
        }
    }

    fn page(&self, url: &str, crawled: String, p: HttpPayload) -> Result<RawPage, InputError> {
        let mut page = super::page_from_bytes(
            url.to_string(),
            document_id(url),
            &p.body,
            Some(Format::Html),
            p.charset.as_deref(),
        )?;
        page.origin = self.origin.clone();
        page.crawled = Some(crawled);
        Ok(page)
    }
}

/// The page inside an HTTP response, with the charset the server declared.
#[derive(Debug, PartialEq)]
pub struct HttpPayload {
    pub body: Vec<u8>,
    pub charset: Option<String>,
}

/// Splits an HTTP response into its payload; non-HTML and unsuccessful responses are
/// refused with the reason. Chunked transfer and gzip/deflate content encoding are undone,
/// since crawlers store what the server sent.
pub fn parse_http(bytes: &[u8]) -> Result<HttpPayload, InputError> {
    let mut headers = [httparse::EMPTY_HEADER; 96];
    let mut response = httparse::Response::new(&mut headers);
    let head_len = match response.parse(bytes) {
        Ok(httparse::Status::Complete(n)) => n,
        Ok(httparse::Status::Partial) => {
            return Err(InputError::BadWarc("truncated HTTP headers".into()))
        }
        Err(e) => return Err(InputError::BadWarc(format!("bad HTTP headers: {e}"))),
    };
    let status = response.code.unwrap_or(0);
    if !(200..300).contains(&status) {
        return Err(InputError::HttpStatus(status));
    }
    let header = |name: &str| -> Option<String> {
        response
            .headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(name))
            .map(|h| String::from_utf8_lossy(h.value).trim().to_string())
    };
    let content_type = header("content-type").unwrap_or_default();
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    if !(mime.is_empty() || mime == "text/html" || mime == "application/xhtml+xml") {
        return Err(InputError::NotHtml(mime));
    }
    let mut body = bytes[head_len..].to_vec();
    if header("transfer-encoding").is_some_and(|t| t.to_ascii_lowercase().contains("chunked")) {
        body = dechunk(&body)?;
    }
    if let Some(enc) = header("content-encoding") {
        body = decompress(&enc.to_ascii_lowercase(), body)?;
    }
    Ok(HttpPayload {
        body,
        charset: charset_param(&content_type),
    })
}

fn charset_param(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|param| {
        let (key, value) = param.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches('"').to_string())
    })
}

/// Undoes `Transfer-Encoding: chunked`. A body cut short keeps the chunks before the cut.
fn dechunk(mut rest: &[u8]) -> Result<Vec<u8>, InputError> {
    let mut out = Vec::with_capacity(rest.len());
    while let Some(line_end) = rest.windows(2).position(|w| w == b"\r\n") {
        let size_text = String::from_utf8_lossy(&rest[..line_end]);
        let size_hex = size_text.split(';').next().unwrap_or_default().trim();
        let size = usize::from_str_radix(size_hex, 16)
            .map_err(|_| InputError::BadWarc(format!("bad chunk size {size_hex:?}")))?;
        rest = &rest[line_end + 2..];
        if size == 0 {
            break;
        }
        let take = size.min(rest.len());
        out.extend_from_slice(&rest[..take]);
        rest = rest.get(take + 2..).unwrap_or_default();
    }
    Ok(out)
}

fn decompress(encoding: &str, body: Vec<u8>) -> Result<Vec<u8>, InputError> {
    let mut out = Vec::new();
    let result = match encoding {
        "gzip" | "x-gzip" => {
            libflate::gzip::Decoder::new(&body[..]).and_then(|mut d| d.read_to_end(&mut out))
        }
        "deflate" => {
            libflate::zlib::Decoder::new(&body[..]).and_then(|mut d| d.read_to_end(&mut out))
        }
        "identity" | "" => return Ok(body),
        other => {
            return Err(InputError::BadWarc(format!(
                "unknown content encoding {other}"
            )))
        }
    };
    result.map_err(|e| InputError::BadWarc(format!("cannot decompress {encoding} body: {e}")))?;
    Ok(out)
}

/// Writes WARC files: used for the test fixture and the ingest benchmark, so both are made
/// by our own code from our own pages.
pub mod write {
    use std::io::Write;
    use warc::{RecordBuilder, RecordType, WarcHeader};

    /// One record to write.
    pub struct Entry<'a> {
        pub kind: RecordType,
        pub url: &'a str,
        /// RFC 3339, e.g. `2015-03-02T10:00:00Z`.
        pub date: &'a str,
        /// The record block: for responses, the HTTP status line, headers and body.
        pub block: Vec<u8>,
        pub refers_to: Option<&'a str>,
    }

    /// An HTTP response block around a page.
    pub fn http_response(status: &str, content_type: &str, body: &[u8]) -> Vec<u8> {
        let mut block = format!(
            "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            body.len()
        )
        .into_bytes();
        block.extend_from_slice(body);
        block
    }

    /// Serialises one record; with `gzip`, as its own gzip member, as crawlers write them.
    pub fn record(entry: &Entry, gzip: bool) -> std::io::Result<Vec<u8>> {
        let date = chrono_date(entry.date)?;
        let mut builder = RecordBuilder::default()
            .warc_type(entry.kind.clone())
            .date(date)
            .header(WarcHeader::TargetURI, entry.url.as_bytes().to_vec())
            .body(entry.block.clone());
        if entry.kind == RecordType::Response || entry.kind == RecordType::Revisit {
            builder = builder.header(
                WarcHeader::ContentType,
                b"application/http; msgtype=response".to_vec(),
            );
        }
        if let Some(original) = entry.refers_to {
            builder = builder.header(WarcHeader::RefersTo, original.as_bytes().to_vec());
        }
        let record = builder
            .build()
            .map_err(|e| std::io::Error::other(e.to_string()))?;
        let mut plain = Vec::new();
        warc::WarcWriter::new(&mut plain).write(&record)?;
        if !gzip {
            return Ok(plain);
        }
        let mut encoder = libflate::gzip::Encoder::new(Vec::new())?;
        encoder.write_all(&plain)?;
        encoder.finish().into_result()
    }

    fn chrono_date(s: &str) -> std::io::Result<chrono::DateTime<chrono::Utc>> {
        chrono::DateTime::parse_from_rfc3339(s)
            .map(|d| d.with_timezone(&chrono::Utc))
            .map_err(|e| std::io::Error::other(format!("bad date {s:?}: {e}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_payload_and_charset() {
        let block = write::http_response(
            "200 OK",
            "text/html; charset=windows-1250",
            b"<html><p>Tekst</p></html>",
        );
        let p = parse_http(&block).unwrap();
        assert_eq!(p.body, b"<html><p>Tekst</p></html>");
        assert_eq!(p.charset.as_deref(), Some("windows-1250"));
    }

    #[test]
    fn images_and_errors_are_refused() {
        let png = write::http_response("200 OK", "image/png", b"\x89PNG");
        assert_eq!(
            parse_http(&png).unwrap_err(),
            InputError::NotHtml("image/png".into())
        );
        let missing = write::http_response("404 Not Found", "text/html", b"nie ma");
        assert_eq!(
            parse_http(&missing).unwrap_err(),
            InputError::HttpStatus(404)
        );
    }

    #[test]
    fn chunked_bodies_are_joined() {
        let block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<p>Ab\r\n6\r\nc</p>\n\r\n0\r\n\r\n";
        assert_eq!(parse_http(block).unwrap().body, b"<p>Abc</p>\n");
    }

    #[test]
    fn truncated_headers_are_an_input_error() {
        assert!(matches!(
            parse_http(b"HTTP/1.1 200 OK\r\nContent-Ty"),
            Err(InputError::BadWarc(_))
        ));
    }

    #[test]
    fn records_round_trip_through_gzip_members() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.warc.gz");
        let page = write::Entry {
            kind: RecordType::Response,
            url: "http://gbp.example.pl/a",
            date: "2015-03-02T10:00:00Z",
            block: write::http_response(
                "200 OK",
                "text/html",
                "<p>Spotkanie w Jaśle</p>".as_bytes(),
            ),
            refers_to: None,
        };
        let revisit = write::Entry {
            kind: RecordType::Revisit,
            url: "http://gbp.example.pl/a",
            date: "2015-04-02T10:00:00Z",
            block: Vec::new(),
            refers_to: Some("<urn:uuid:x>"),
        };
        let mut bytes = write::record(&page, true).unwrap();
        bytes.extend(write::record(&revisit, true).unwrap());
        std::fs::write(&path, bytes).unwrap();
        let items: Vec<Item> = read(&path).unwrap().collect();
        assert_eq!(items.len(), 2);
        let Item::Page(p) = &items[0] else {
            panic!("{:?}", items[0])
        };
        assert_eq!(p.source, "http://gbp.example.pl/a");
        assert!(p.content.contains("Jaśle"));
        assert_eq!(p.crawled.as_deref(), Some("2015-03-02T10:00:00Z"));
        assert!(matches!(items[1], Item::Revisit { .. }));
    }

    #[test]
    fn a_cut_file_keeps_the_records_before_the_cut() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.warc");
        let entry = |url| write::Entry {
            kind: RecordType::Response,
            url,
            date: "2015-03-02T10:00:00Z",
            block: write::http_response("200 OK", "text/html", b"<p>Tekst strony</p>"),
            refers_to: None,
        };
        let first = write::record(&entry("http://a.pl/1"), false).unwrap();
        let second = write::record(&entry("http://a.pl/2"), false).unwrap();
        // Cut inside the second record's headers, and inside its body.
        for cut in [second.len() / 3, second.len() - 10] {
            let mut bytes = first.clone();
            bytes.extend_from_slice(&second[..cut]);
            std::fs::write(&path, bytes).unwrap();
            let items: Vec<Item> = read(&path).unwrap().collect();
            assert_eq!(items.len(), 2, "cut at {cut}: {items:?}");
            assert!(matches!(items[0], Item::Page(_)));
            assert!(matches!(
                items[1],
                Item::Skipped {
                    reason: InputError::BadWarc(_),
                    ..
                }
            ));
        }
    }
}
