//! Lexicon figures for the README: coverage of the word tokens of the NER corpora (which
//! the lexicon was not built from), load time and lookup rate on one core.
//!
//!     cargo run --release --example lexicon_coverage -- ../shared/eval/ner/*.jsonl

use archiwum::polish::lexicon;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let t = Instant::now();
    lexicon::is_known("biblioteka");
    let load = t.elapsed();
    let mut words: Vec<String> = Vec::new();
    for path in std::env::args().skip(1) {
        for line in std::fs::read_to_string(&path)?.lines() {
            let doc: serde_json::Value = serde_json::from_str(line)?;
            let text = doc["text"].as_str().unwrap_or_default();
            words.extend(
                text.split(|c: char| !c.is_alphabetic())
                    .filter(|w| !w.is_empty())
                    .map(str::to_string),
            );
        }
    }
    let t = Instant::now();
    let known = words.iter().filter(|w| lexicon::is_known(w)).count();
    let secs = t.elapsed().as_secs_f64();
    let unknown: Vec<&String> = words
        .iter()
        .filter(|w| !lexicon::is_known(w))
        .take(40)
        .collect();
    println!(
        "{} word tokens, {known} known: coverage {:.4}",
        words.len(),
        known as f64 / words.len().max(1) as f64
    );
    println!(
        "lexicon load {:.1} ms; lookup {:.2} M words/s on one core",
        load.as_secs_f64() * 1e3,
        words.len() as f64 / secs / 1e6
    );
    println!("some unknown tokens: {unknown:?}");
    Ok(())
}
