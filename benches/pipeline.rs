//! Throughput of the stages on real pages: cleaning (HTML → text) on the scrapinghub
//! benchmark pages when ../shared is beside the project, else on the bundled corpus, and
//! extraction and the analyzer on the corpus texts.
//!
//!     cargo bench --bench pipeline

use archiwum::index::analyzer::polish_analyzer;
use archiwum::pipeline::{process_page, Options};
use archiwum::record::Format;
use archiwum::sources::page_from_bytes;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::{Path, PathBuf};

fn pages(dir: &Path, limit: usize) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    files
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "html" || e == "txt"))
        .filter_map(|p| Some((p.display().to_string(), std::fs::read(&p).ok()?)))
        .filter(|(_, b)| !b.is_empty())
        .take(limit)
        .collect()
}

fn html_pages() -> Vec<(String, Vec<u8>)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let shub = root.join("../shared/eval/boilerplate/scrapinghub/html");
    let found = pages(&shub, 200);
    if found.is_empty() {
        pages(&root.join("corpus"), 200)
    } else {
        found
    }
}

fn bench_cleaning(c: &mut Criterion) {
    let pages = html_pages();
    let bytes: usize = pages.iter().map(|(_, b)| b.len()).sum();
    let mut g = c.benchmark_group("clean+extract");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function(format!("{} pages", pages.len()), |b| {
        b.iter(|| {
            for (name, data) in &pages {
                if let Ok(p) =
                    page_from_bytes(name.clone(), "id".into(), data, Some(Format::Html), None)
                {
                    let _ = process_page(&p, Options::default());
                }
            }
        })
    });
    g.finish();
}

fn bench_extraction(c: &mut Criterion) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let texts: Vec<String> = pages(&root.join("corpus"), 100)
        .into_iter()
        .filter_map(|(name, b)| {
            let p = page_from_bytes(name, "id".into(), &b, None, None).ok()?;
            Some(process_page(&p, Options::default()).ok()?.text)
        })
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut g = c.benchmark_group("stages on clean text");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("entities", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| archiwum::extraction::entities(t, None).len())
                .sum::<usize>()
        })
    });
    g.bench_function("dates and times", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| archiwum::extraction::dates::find(t, None).len())
                .sum::<usize>()
        })
    });
    g.bench_function("polish analyzer", |b| {
        let mut a = polish_analyzer();
        b.iter(|| {
            let mut n = 0;
            for t in &texts {
                let mut s = a.token_stream(t);
                while s.advance() {
                    n += 1;
                }
            }
            n
        })
    });
    g.finish();
}

criterion_group!(benches, bench_cleaning, bench_extraction);
criterion_main!(benches);
