//! Recall and precision of inflected queries, word level: does a query in one form find the
//! documents that hold any form of the word, and only those? Ground truth is
//! `benches/inflected_queries.tsv` (every form of the intended word, written by us) over the
//! texts of the NER corpora; a document "matches" a query as `archiwum search` matches a word
//! (a shared lemma or the same form). The baseline is tantivy's default analyzer: only the
//! same lower-case form matches.
//!
//!     cargo run --release --example inflection_check [-- NKJP_DOCS]

use archiwum::index::analyzer::{query_words, words};
use regex::Regex;
use std::collections::HashSet;

struct Doc {
    /// Words as written.
    raw: Vec<String>,
    /// Lemmas and `=forms` of every word: what the index holds.
    keys: HashSet<String>,
    /// Lower-case words: what tantivy's default analyzer holds.
    lower: HashSet<String>,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let nkjp_docs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(3000);
    let ner = "../shared/eval/ner";
    let mut texts = texts_of(&format!("{ner}/kpwr_n82_test.jsonl"), usize::MAX)?;
    texts.extend(texts_of(&format!("{ner}/nkjp1m_ner.jsonl"), nkjp_docs)?);
    let docs: Vec<Doc> = texts.iter().map(|t| doc(t)).collect();
    println!("{} documents", docs.len());
    let table = std::fs::read_to_string("benches/inflected_queries.tsv")?;
    let (mut ours, mut base) = (Counts::default(), Counts::default());
    println!(
        "{:<12} {:>8} | {:>6} {:>6} | {:>6} {:>6}",
        "query", "relevant", "P", "R", "P base", "R base"
    );
    for line in table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let Some((queries, pattern)) = line.split_once('\t') else {
            continue;
        };
        let truth = Regex::new(pattern)?;
        let relevant: HashSet<usize> = (0..docs.len())
            .filter(|&i| docs[i].raw.iter().any(|w| truth.is_match(w)))
            .collect();
        let (mut row, mut row_base) = (Counts::default(), Counts::default());
        for query in queries.split(',') {
            let Some(q) = query_words(query).into_iter().next() else {
                continue;
            };
            let keys: Vec<&String> = q.lemmas.iter().chain([&q.form]).collect();
            let lower = query.to_lowercase();
            let found = |hit: &dyn Fn(&Doc) -> bool| -> HashSet<usize> {
                (0..docs.len()).filter(|&i| hit(&docs[i])).collect()
            };
            row.add(
                &found(&|d| keys.iter().any(|k| d.keys.contains(*k))),
                &relevant,
            );
            row_base.add(&found(&|d| d.lower.contains(&lower)), &relevant);
        }
        println!(
            "{:<12} {:>8} | {:>6.3} {:>6.3} | {:>6.3} {:>6.3}",
            queries.split(',').next().unwrap_or_default(),
            relevant.len(),
            row.precision(),
            row.recall(),
            row_base.precision(),
            row_base.recall()
        );
        ours.merge(&row);
        base.merge(&row_base);
    }
    println!(
        "micro: archiwum P {:.3} R {:.3}; tantivy default P {:.3} R {:.3}",
        ours.precision(),
        ours.recall(),
        base.precision(),
        base.recall()
    );
    Ok(())
}

#[derive(Default)]
struct Counts {
    true_pos: usize,
    found: usize,
    relevant: usize,
}

impl Counts {
    fn add(&mut self, found: &HashSet<usize>, relevant: &HashSet<usize>) {
        self.true_pos += found.intersection(relevant).count();
        self.found += found.len();
        self.relevant += relevant.len();
    }
    fn merge(&mut self, o: &Counts) {
        self.true_pos += o.true_pos;
        self.found += o.found;
        self.relevant += o.relevant;
    }
    fn precision(&self) -> f64 {
        self.true_pos as f64 / self.found.max(1) as f64
    }
    fn recall(&self) -> f64 {
        self.true_pos as f64 / self.relevant.max(1) as f64
    }
}

fn doc(text: &str) -> Doc {
    let ws = words(text);
    Doc {
        raw: ws
            .iter()
            .map(|w| text[w.start..w.end].to_string())
            .collect(),
        lower: ws
            .iter()
            .map(|w| text[w.start..w.end].to_lowercase())
            .collect(),
        keys: ws
            .into_iter()
            .flat_map(|w| w.lemmas.into_iter().chain([w.form]))
            .collect(),
    }
}

fn texts_of(path: &str, limit: usize) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    let data = std::fs::read_to_string(path)?;
    Ok(data
        .lines()
        .take(limit)
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect())
}
