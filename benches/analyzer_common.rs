//! Shared by `benches/pipeline.rs` and `examples/analyzer_cost.rs`: the texts the analyzers
//! are measured on, and indexing them into a fresh in-memory index.

use archiwum::pipeline::{process_page, Options};
use archiwum::sources::page_from_bytes;
use std::path::{Path, PathBuf};
use tantivy::schema::IndexRecordOption;
use tantivy::tokenizer::{LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer};

/// Texts for the analyzer: the KPWr NER test documents (varied vocabulary, 1 MB) when
/// ../shared is beside the project, else the corpus texts.
pub fn analyzer_texts() -> Vec<String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let kpwr = root.join("../shared/eval/ner/kpwr_n82_test.jsonl");
    let texts: Vec<String> = std::fs::read_to_string(kpwr)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    if !texts.is_empty() {
        return texts;
    }
    corpus_pages(&root.join("corpus"), 100)
        .into_iter()
        .filter_map(|(name, b)| {
            let p = page_from_bytes(name, "id".into(), &b, None, None).ok()?;
            Some(process_page(&p, Options::default()).ok()?.text)
        })
        .collect()
}

/// tantivy's default analyzer, as its tokenizer manager registers it under "default":
/// words, at most 40 bytes, lower-cased. Issue 4's reference.
pub fn tantivy_default() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .build()
}

/// Up to `limit` pages of a folder, sorted by name.
pub fn corpus_pages(dir: &Path, limit: usize) -> Vec<(String, Vec<u8>)> {
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

/// Indexes the texts into a fresh in-memory index, one field per analyzer, as the body is
/// indexed.
pub fn index_texts(analyzers: &[(TextAnalyzer, IndexRecordOption)], texts: &[String]) -> u64 {
    use tantivy::schema::{Schema, TextFieldIndexing, TextOptions};
    let mut schema = Schema::builder();
    let fields: Vec<_> = analyzers
        .iter()
        .enumerate()
        .map(|(i, (_, option))| {
            schema.add_text_field(
                &format!("f{i}"),
                TextOptions::default().set_indexing_options(
                    TextFieldIndexing::default()
                        .set_tokenizer(&format!("t{i}"))
                        .set_index_option(*option),
                ),
            )
        })
        .collect();
    let index = tantivy::Index::create_in_ram(schema.build());
    for (i, (analyzer, _)) in analyzers.iter().enumerate() {
        index
            .tokenizers()
            .register(&format!("t{i}"), analyzer.clone());
    }
    let mut writer: tantivy::IndexWriter = index.writer_with_num_threads(1, 50_000_000).unwrap();
    for t in texts {
        let mut doc = tantivy::TantivyDocument::default();
        for f in &fields {
            doc.add_text(*f, t);
        }
        writer.add_document(doc).unwrap();
    }
    writer.commit().unwrap()
}
