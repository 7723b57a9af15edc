//! What indexing with the Polish analyzers costs against tantivy's default tokenizer
//! (issue 4 allows at most 2×): the same 1 MB of KPWr texts indexed into a fresh in-memory
//! index, the two set-ups alternated run after run so both see the same machine, and the
//! fastest run of each compared (a shared VM's noise only ever adds time).
//!
//!     cargo run --release --example analyzer_cost [-- RUNS]

#[path = "../benches/analyzer_common.rs"]
mod analyzer_common;

use analyzer_common::{analyzer_texts, index_texts};
use archiwum::index::analyzer::{form_analyzer, lemma_analyzer};
use std::time::{Duration, Instant};
use tantivy::schema::IndexRecordOption;
use tantivy::tokenizer::{SimpleTokenizer, TextAnalyzer};

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(20);
    let texts = analyzer_texts();
    let bytes: usize = texts.iter().map(String::len).sum();
    println!(
        "{} texts, {:.1} MB, {runs} runs each",
        texts.len(),
        bytes as f64 / 1e6
    );
    let polish = [
        (form_analyzer(), IndexRecordOption::WithFreqsAndPositions),
        (lemma_analyzer(), IndexRecordOption::WithFreqs),
    ];
    let default = [(
        TextAnalyzer::from(SimpleTokenizer::default()),
        IndexRecordOption::WithFreqsAndPositions,
    )];
    let time = |set: &[(TextAnalyzer, IndexRecordOption)]| {
        let start = Instant::now();
        index_texts(set, &texts);
        start.elapsed()
    };
    // One warm-up each: the lexicon and the lemma cache fill on the first.
    time(&polish);
    time(&default);
    let (mut ours, mut base) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        ours.push(time(&polish));
        base.push(time(&default));
    }
    let (ours, base) = (summary(ours), summary(base));
    println!(
        "polish analyzers: fastest {:.1} ms, median {:.1} ms",
        ms(ours.0),
        ms(ours.1)
    );
    println!(
        "tantivy default:  fastest {:.1} ms, median {:.1} ms",
        ms(base.0),
        ms(base.1)
    );
    println!(
        "ratio: fastest {:.2}x, median {:.2}x",
        ms(ours.0) / ms(base.0),
        ms(ours.1) / ms(base.1)
    );
}

fn summary(mut times: Vec<Duration>) -> (Duration, Duration) {
    times.sort();
    (times[0], times[times.len() / 2])
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}
