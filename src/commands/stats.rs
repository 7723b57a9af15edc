//! `archiwum stats`: what the archive holds: documents, the span of publication dates, the
//! most frequent places, organizations, persons and programs, and what the last ingest
//! skipped.

use crate::calendar::Date;
use crate::error::Result;
use crate::index::IndexStore;
use crate::query::search::{count_facets, Facet, FacetCount};
use clap::Args;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;
use tantivy::query::AllQuery;

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Index directory.
    #[arg(long, default_value = "index")]
    pub index: PathBuf,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Serialize)]
pub struct Stats {
    pub documents: u64,
    pub with_publication_date: u64,
    pub first_published: Option<String>,
    pub last_published: Option<String>,
    /// The ten most frequent values per entity type, by documents.
    pub top: BTreeMap<String, Vec<FacetCount>>,
    /// The summary the last `ingest` wrote (new, updated, skipped files by reason).
    pub last_ingest: Option<serde_json::Value>,
}

pub fn run(args: &StatsArgs) -> Result<u8> {
    let store = IndexStore::open(&args.index)?;
    let stats = collect(&store, &args.index)?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&stats)?);
    } else {
        print!("{}", render(&stats));
    }
    Ok(crate::commands::SUCCESS)
}

fn collect(store: &IndexStore, dir: &std::path::Path) -> Result<Stats> {
    let searcher = store.searcher()?;
    let mut dated = 0;
    let (mut first, mut last): (Option<i64>, Option<i64>) = (None, None);
    for segment in searcher.segment_readers() {
        let column = segment.fast_fields().date("published")?;
        for doc in segment.doc_ids_alive() {
            if let Some(d) = column.first(doc) {
                let secs = d.into_timestamp_secs();
                dated += 1;
                first = Some(first.map_or(secs, |f| f.min(secs)));
                last = Some(last.map_or(secs, |l| l.max(secs)));
            }
        }
    }
    let day = |s: Option<i64>| s.and_then(Date::from_unix_seconds).map(|d| d.to_string());
    let facets = [Facet::Place, Facet::Org, Facet::Person, Facet::Program];
    Ok(Stats {
        documents: searcher.num_docs(),
        with_publication_date: dated,
        first_published: day(first),
        last_published: day(last),
        top: count_facets(&searcher, &AllQuery, &facets, 10)?,
        last_ingest: crate::commands::ingest::last_summary(dir),
    })
}

fn render(s: &Stats) -> String {
    let mut out = format!("{} documents", s.documents);
    match (&s.first_published, &s.last_published) {
        (Some(a), Some(b)) => out.push_str(&format!(
            "; published {a} … {b} ({} with a date)\n",
            s.with_publication_date
        )),
        _ => out.push_str("; none has a publication date\n"),
    }
    for (name, counts) in &s.top {
        let list: Vec<String> = counts
            .iter()
            .map(|c| format!("{} ({})", c.value, c.count))
            .collect();
        out.push_str(&format!("top {name}: {}\n", list.join(", ")));
    }
    if let Some(last) = &s.last_ingest {
        out.push_str(&format!(
            "last ingest: {} new, {} updated, {} unchanged; skipped {}\n",
            last["added"], last["updated"], last["unchanged"], last["skipped_count"]
        ));
        if let Some(skipped) = last["skipped"].as_object() {
            for (reason, files) in skipped {
                let files: Vec<&str> = files
                    .as_array()
                    .map(|f| f.iter().filter_map(|v| v.as_str()).collect())
                    .unwrap_or_default();
                out.push_str(&format!("  {reason}: {}\n", files.join(", ")));
            }
        }
    }
    out
}
