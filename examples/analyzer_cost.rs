//! What indexing with the Polish analyzers costs against tantivy's default tokenizer
//! (issue 4 allows at most 2×): the same KPWr texts indexed into a fresh in-memory index,
//! the two set-ups alternated run after run so both see the same machine. Wall-clock times
//! on a shared VM swing by ±30% between runs, so the figure to read is the ratio of the
//! processor time both set-ups used over all runs (user + system, every thread, from
//! /proc/self/stat), which time stolen by other guests does not inflate.
//!
//!     cargo run --release --example analyzer_cost [-- RUNS]

#[path = "../benches/analyzer_common.rs"]
mod analyzer_common;

use analyzer_common::{analyzer_texts, index_texts, tantivy_default};
use archiwum::index::analyzer::{form_analyzer, lemma_analyzer};
use std::time::{Duration, Instant};
use tantivy::schema::IndexRecordOption;
use tantivy::tokenizer::TextAnalyzer;

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
    let default = [(tantivy_default(), IndexRecordOption::WithFreqsAndPositions)];
    let (mut cpu_ours, mut cpu_base) = (0, 0);
    let time = |set: &[(TextAnalyzer, IndexRecordOption)], cpu: &mut u64| {
        let (start, ticks) = (Instant::now(), cpu_ticks());
        index_texts(set, &texts);
        *cpu += cpu_ticks().saturating_sub(ticks);
        start.elapsed()
    };
    // One warm-up each: the lexicon and the lemma cache fill on the first.
    time(&polish, &mut 0);
    time(&default, &mut 0);
    let (mut ours, mut base) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        ours.push(time(&polish, &mut cpu_ours));
        base.push(time(&default, &mut cpu_base));
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
    if cpu_base > 0 {
        println!(
            "processor time over all runs: {cpu_ours} vs {cpu_base} ticks, ratio {:.2}x",
            cpu_ours as f64 / cpu_base as f64
        );
    }
}

/// Processor time of the whole process so far, in clock ticks (utime + stime).
fn cpu_ticks() -> u64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name, which is in brackets and may hold spaces.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map_or("", |(_, rest)| rest)
        .split_whitespace()
        .collect();
    let field = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0)
    };
    field(11) + field(12)
}

fn summary(mut times: Vec<Duration>) -> (Duration, Duration) {
    times.sort();
    (times[0], times[times.len() / 2])
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}
