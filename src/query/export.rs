//! Export of a whole result set, streamed: researchers take everything away for analysis,
//! so there is no limit and nothing is ranked. Documents come in index order.

use crate::error::Result;
use crate::index::store::{to_document, write_json_line};
use crate::index::IndexStore;
use crate::record::{Document, EntityType};
use rayon::prelude::*;
use std::io::Write;
use tantivy::collector::DocSetCollector;

/// How each document is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// One JSON object per line, with the clean text and all entities.
    Ndjson,
    /// One row per document: id, source, title, published, places, organizations, persons,
    /// programs (several values joined by "; ").
    Csv,
}

/// Documents prepared at once: enough to keep every core busy, little memory.
const EXPORT_BATCH: usize = 512;

const CSV_HEADER: &str = "id,source,title,published,places,organizations,persons,programs";

/// Writes every document the query matches; returns how many.
pub fn export(
    store: &IndexStore,
    query: &dyn tantivy::query::Query,
    format: ExportFormat,
    out: &mut dyn Write,
) -> Result<usize> {
    let searcher = store.searcher()?;
    let mut addresses: Vec<_> = searcher
        .search(query, &DocSetCollector)?
        .into_iter()
        .collect();
    addresses.sort();
    if format == ExportFormat::Csv {
        writeln!(out, "{CSV_HEADER}")?;
    }
    // Reading and serialising cost far more than writing: batches in index order are
    // prepared on all cores and written in the same order.
    for batch in addresses.chunks(EXPORT_BATCH) {
        let lines = batch
            .par_iter()
            .map(|address| {
                let stored: tantivy::TantivyDocument = searcher.doc(*address)?;
                let mut line = Vec::new();
                match format {
                    ExportFormat::Ndjson => write_json_line(&stored, store.fields, &mut line)?,
                    ExportFormat::Csv => {
                        writeln!(line, "{}", csv_row(&to_document(&stored, store.fields)?))?
                    }
                }
                Ok(line)
            })
            .collect::<Result<Vec<Vec<u8>>>>()?;
        for line in lines {
            out.write_all(&line)?;
        }
    }
    out.flush()?;
    Ok(addresses.len())
}

fn csv_row(doc: &Document) -> String {
    let list = |kind| doc.lemmas(kind).join("; ");
    [
        doc.id.clone(),
        doc.source.clone(),
        doc.title.clone(),
        doc.published.clone().unwrap_or_default(),
        list(EntityType::Place),
        list(EntityType::Organization),
        list(EntityType::Person),
        list(EntityType::Program),
    ]
    .iter()
    .map(|v| csv_field(v))
    .collect::<Vec<_>>()
    .join(",")
}

/// RFC 4180 quoting: fields with commas, quotes or line breaks are quoted, quotes doubled.
fn csv_field(value: &str) -> String {
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::csv_field;

    #[test]
    fn csv_fields_are_quoted_when_needed() {
        assert_eq!(csv_field("Jasło"), "Jasło");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"hi\"\n"), "\"say \"\"hi\"\"\n\"");
    }
}
