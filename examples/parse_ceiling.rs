//! How fast can any DOM-based cleaner be? Parses every page with html5ever (scraper) and
//! nothing else, then runs the whole cleaning + extraction pipeline, and prints both rates.
//!
//!     cargo run --release --example parse_ceiling -- ../shared/eval/boilerplate/scrapinghub/html

use archiwum::pipeline::{process_page, Options};
use archiwum::record::Format;
use archiwum::sources::page_from_bytes;
use std::time::Instant;

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "corpus".into());
    let mut pages = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for e in entries.flatten() {
            if let Ok(bytes) = std::fs::read(e.path()) {
                pages.push(bytes);
            }
        }
    }
    let mb = pages.iter().map(Vec::len).sum::<usize>() as f64 / 1e6;
    let t = Instant::now();
    for p in &pages {
        let text = String::from_utf8_lossy(p);
        std::hint::black_box(scraper::Html::parse_document(&text));
    }
    let parse = t.elapsed().as_secs_f64();
    let t = Instant::now();
    for p in &pages {
        if let Ok(page) = page_from_bytes("p".into(), "id".into(), p, Some(Format::Html), None) {
            std::hint::black_box(process_page(&page, Options::default()).ok());
        }
    }
    let full = t.elapsed().as_secs_f64();
    let n = pages.len() as f64;
    println!("{} pages, {mb:.1} MB", pages.len());
    println!(
        "html5ever parse only: {:7.1} pages/s {:6.2} MB/s",
        n / parse,
        mb / parse
    );
    println!(
        "full pipeline:        {:7.1} pages/s {:6.2} MB/s ({:.0}% of parse-only rate)",
        n / full,
        mb / full,
        100.0 * parse / full
    );
}
