//! Writes `tests/data/crawl.warc.gz`, the WARC test fixture, from corpus pages, the way a
//! crawler would have saved a few library sites: one gzip member per record, request and
//! warcinfo records, a revisit, an image, a missing page, a page whose charset only the
//! HTTP header gives, a chunked gzip-encoded response, and the same announcement at
//! three addresses (a mirror and a reprint with one sentence added).
//!
//! Run: `cargo run --example make_warc` (from the project root).

use archiwum::sources::warc::write::{http_response, record, Entry};
use std::io::Write;
use warc::RecordType;

const OUT: &str = "tests/data/crawl.warc.gz";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let corpus = |name: &str| std::fs::read(format!("corpus/{name}"));
    let noc = corpus("wp-noc-bibliotek-2015.html")?;
    let noc_text = String::from_utf8(noc.clone())?;
    // Another site's frame around the same article, with a source line added at its end.
    let reprint = noc_text
        .replace("Biblioteka w Szebniach", "Starostwo Powiatowe w Jaśle")
        .replace("Czytamy razem od lat", "Wiadomości z gmin powiatu")
        .replacen(
            "Do zobaczenia za rok!</p>",
            "Do zobaczenia za rok! Źródło: GBP w Szebniach.</p>",
            1,
        );
    let html = "text/html; charset=UTF-8";
    let mut records = vec![
        entry(
            RecordType::WarcInfo,
            "",
            "2016-02-01T08:00:00Z",
            b"software: archiwum fixture\r\n".to_vec(),
        ),
        entry(
            RecordType::Request,
            "http://gbp-szebnie.example.pl/noc-bibliotek-2015",
            "2016-02-01T08:00:01Z",
            b"GET /noc-bibliotek-2015 HTTP/1.1\r\nHost: gbp-szebnie.example.pl\r\n\r\n".to_vec(),
        ),
        entry(
            RecordType::Response,
            "http://gbp-szebnie.example.pl/noc-bibliotek-2015",
            "2016-02-01T08:00:02Z",
            http_response("200 OK", html, &noc),
        ),
        entry(
            RecordType::Response,
            "http://mirror.example.pl/gbp-szebnie/noc-bibliotek-2015",
            "2016-02-01T08:05:00Z",
            http_response("200 OK", html, &noc),
        ),
        entry(
            RecordType::Response,
            "http://powiat.example.pl/aktualnosci/noc-bibliotek",
            "2016-02-01T08:06:00Z",
            http_response("200 OK", html, reprint.as_bytes()),
        ),
        entry(
            RecordType::Response,
            "http://gmina-jaslo.example.pl/biblioteka/dzien-matki",
            "2016-02-01T08:10:00Z",
            http_response(
                "200 OK",
                "text/html; charset=windows-1250",
                &corpus("cp1250-bez-deklaracji-2012.html")?,
            ),
        ),
        entry(
            RecordType::Response,
            "http://gbp-szebnie.example.pl/podroznik-2015",
            "2016-02-01T08:11:00Z",
            chunked_gzip(&corpus("joomla-podroznik-2015.html")?)?,
        ),
        entry(
            RecordType::Response,
            "http://gbp-szebnie.example.pl/logo.png",
            "2016-02-01T08:12:00Z",
            http_response("200 OK", "image/png", b"\x89PNG\r\n\x1a\n"),
        ),
        entry(
            RecordType::Response,
            "http://gbp-szebnie.example.pl/stara-strona",
            "2016-02-01T08:13:00Z",
            http_response(
                "404 Not Found",
                html,
                b"<html><body>Nie ma takiej strony</body></html>",
            ),
        ),
    ];
    let mut revisit = entry(
        RecordType::Revisit,
        "http://gbp-szebnie.example.pl/noc-bibliotek-2015",
        "2016-03-01T08:00:00Z",
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n".to_vec(),
    );
    revisit.refers_to = Some("<urn:uuid:00000000-0000-4000-8000-000000000001>");
    records.push(revisit);
    let mut out = std::fs::File::create(OUT)?;
    for r in &records {
        out.write_all(&record(r, true)?)?;
    }
    println!("wrote {OUT}: {} records", records.len());
    Ok(())
}

fn entry(
    kind: RecordType,
    url: &'static str,
    date: &'static str,
    block: Vec<u8>,
) -> Entry<'static> {
    Entry {
        kind,
        url,
        date,
        block,
        refers_to: None,
    }
}

/// A response as a server using chunked transfer and gzip content encoding sends it.
fn chunked_gzip(body: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut gz = libflate::gzip::Encoder::new(Vec::new())?;
    gz.write_all(body)?;
    let gz = gz.finish().into_result()?;
    let mut block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
    for chunk in gz.chunks(700) {
        block.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
        block.extend_from_slice(chunk);
        block.extend_from_slice(b"\r\n");
    }
    block.extend_from_slice(b"0\r\n\r\n");
    Ok(block)
}
