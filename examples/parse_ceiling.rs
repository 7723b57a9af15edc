//! How fast can any DOM-based cleaner be? Parses pages with html5ever (scraper) and nothing
//! else, then runs the whole cleaning + extraction pipeline, on one core and on all cores,
//! and prints the rates. The ingest benchmark divides by the parse-only rate.
//!
//!     cargo run --release --example parse_ceiling -- DIR [MAX_PAGES]
//!
//! DIR is walked recursively (default: corpus); at most MAX_PAGES (default 5000) are read,
//! so the sample fits in memory whatever the corpus size.

use archiwum::pipeline::{process_page, Options};
use archiwum::record::Format;
use archiwum::sources::page_from_bytes;
use rayon::prelude::*;
use std::time::Instant;

fn parse(p: &[u8]) {
    let text = String::from_utf8_lossy(p);
    std::hint::black_box(scraper::Html::parse_document(&text));
}

fn pipeline(p: &[u8]) {
    if let Ok(page) = page_from_bytes("p".into(), "id".into(), p, Some(Format::Html), None) {
        std::hint::black_box(process_page(&page, Options::default()).ok());
    }
}

/// Seconds for `work` over all pages, on one core or on all.
fn time(pages: &[Vec<u8>], all_cores: bool, work: fn(&[u8])) -> f64 {
    let t = Instant::now();
    if all_cores {
        pages.par_iter().for_each(|p| work(p));
    } else {
        pages.iter().for_each(|p| work(p));
    }
    t.elapsed().as_secs_f64()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "corpus".into());
    let max: usize = args.next().and_then(|m| m.parse().ok()).unwrap_or(5000);
    let pages: Vec<Vec<u8>> = walkdir::WalkDir::new(&dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter(|e| {
            e.path()
                .extension()
                .is_some_and(|x| x == "html" || x == "htm")
        })
        .take(max)
        .filter_map(|e| std::fs::read(e.path()).ok())
        .collect();
    let n = pages.len() as f64;
    let mb = pages.iter().map(Vec::len).sum::<usize>() as f64 / 1e6;
    println!("{} pages, {mb:.1} MB", pages.len());
    for (label, all) in [("1 core", false), ("all cores", true)] {
        let parse_s = time(&pages, all, parse);
        let full_s = time(&pages, all, pipeline);
        println!(
            "{label:9}: html5ever parse only {:7.1} pages/s {:6.2} MB/s; full pipeline {:7.1} pages/s {:6.2} MB/s ({:.0}% of parse-only)",
            n / parse_s,
            mb / parse_s,
            n / full_s,
            mb / full_s,
            100.0 * parse_s / full_s
        );
    }
}
