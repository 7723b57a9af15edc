//! Throughput of the stages on real pages: cleaning (HTML → text) on the scrapinghub
//! benchmark pages when ../shared is beside the project, else on the bundled corpus, and
//! extraction on the corpus texts; the Polish analyzer against tantivy's default one on the
//! KPWr texts.
//!
//!     cargo bench --bench pipeline

#[path = "analyzer_common.rs"]
mod analyzer_common;

use analyzer_common::{analyzer_texts, corpus_pages, index_texts, tantivy_default};
use archiwum::index::analyzer::{form_analyzer, lemma_analyzer};
use archiwum::pipeline::{process_page, Options};
use archiwum::record::Format;
use archiwum::sources::page_from_bytes;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::PathBuf;
use tantivy::schema::IndexRecordOption;
use tantivy::tokenizer::TextAnalyzer;

fn html_pages() -> Vec<(String, Vec<u8>)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let shub = root.join("../shared/eval/boilerplate/scrapinghub/html");
    let found = corpus_pages(&shub, 200);
    if found.is_empty() {
        corpus_pages(&root.join("corpus"), 200)
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
    let texts: Vec<String> = corpus_pages(&root.join("corpus"), 100)
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
    g.finish();
}

fn count_tokens(a: &mut TextAnalyzer, texts: &[String]) -> usize {
    let mut n = 0;
    for t in texts {
        let mut s = a.token_stream(t);
        while s.advance() {
            n += 1;
        }
    }
    n
}

/// The Polish analyzers (lemmas + forms) against tantivy's default one (split, drop long
/// tokens, lower-case) on the same texts: issue 4 allows at most 2×.
fn bench_analyzer(c: &mut Criterion) {
    let texts = analyzer_texts();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut g = c.benchmark_group("analyzer");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("polish (lemmas + forms)", |b| {
        let (mut lemmas, mut forms) = (lemma_analyzer(), form_analyzer());
        b.iter(|| count_tokens(&mut lemmas, &texts) + count_tokens(&mut forms, &texts))
    });
    g.bench_function("tantivy default", |b| {
        let mut a = tantivy_default();
        b.iter(|| count_tokens(&mut a, &texts))
    });
    g.bench_function("index in RAM, polish", |b| {
        b.iter(|| {
            index_texts(
                &[
                    (form_analyzer(), IndexRecordOption::WithFreqsAndPositions),
                    (lemma_analyzer(), IndexRecordOption::WithFreqs),
                ],
                &texts,
            )
        })
    });
    g.bench_function("index in RAM, tantivy default", |b| {
        let default = tantivy_default();
        b.iter(|| {
            index_texts(
                &[(default.clone(), IndexRecordOption::WithFreqsAndPositions)],
                &texts,
            )
        })
    });
    g.finish();
}

criterion_group!(benches, bench_cleaning, bench_extraction, bench_analyzer);
criterion_main!(benches);
