//! `archiwum ingest`: read pages, clean, extract, and upsert them into the index in one commit.

use crate::error::{InputError, Result};
use crate::index::{IndexStore, Previous, Upsert};
use crate::pipeline::{self, Options};
use crate::sources;
use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use std::collections::{BTreeMap, HashSet};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Files or directories to read (directories recursively: .html, .htm, .txt, …).
    /// Default: corpus/
    pub paths: Vec<PathBuf>,
    /// Index directory (created when missing).
    #[arg(long, default_value = "index")]
    pub index: PathBuf,
}

#[derive(Debug, Default)]
pub struct Summary {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Reason → files.
    pub skipped: BTreeMap<String, Vec<String>>,
    pub ignored: usize,
}

impl Summary {
    fn skipped_count(&self) -> usize {
        self.skipped.values().map(Vec::len).sum()
    }

    pub fn render(&self, index: &Path, total_docs: u64) -> String {
        let mut s = format!(
            "ingested {} new, {} updated, {} unchanged; skipped {}",
            self.added,
            self.updated,
            self.unchanged,
            self.skipped_count()
        );
        if !self.skipped.is_empty() {
            let reasons: Vec<String> = self
                .skipped
                .iter()
                .map(|(r, f)| format!("{} {r}", f.len()))
                .collect();
            s.push_str(&format!(" ({})", reasons.join(", ")));
        }
        if self.ignored > 0 {
            s.push_str(&format!("; {} other files ignored", self.ignored));
        }
        s.push_str(&format!(
            "\nindex {}: {total_docs} documents",
            index.display()
        ));
        s
    }
}

pub fn run(args: &IngestArgs) -> Result<u8> {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from("corpus")]
    } else {
        args.paths.clone()
    };
    let inputs = sources::collect(&paths)?;
    let store = IndexStore::open_or_create(&args.index)?;
    let mut writer = store.writer()?;
    let mut summary = Summary {
        ignored: inputs.ignored,
        ..Summary::default()
    };
    let progress = progress_bar(inputs.files.len());
    let mut seen = HashSet::new();
    for path in &inputs.files {
        progress.inc(1);
        match ingest_one(&mut writer, path, &mut seen)? {
            Ok(Upsert::Added) => summary.added += 1,
            Ok(Upsert::Updated) => summary.updated += 1,
            Ok(Upsert::Unchanged) => summary.unchanged += 1,
            Err(reason) => {
                progress.suspend(|| eprintln!("archiwum: skipped {}: {reason}", path.display()));
                summary
                    .skipped
                    .entry(reason.label().to_string())
                    .or_default()
                    .push(path.display().to_string());
            }
        }
    }
    progress.finish_and_clear();
    writer.commit()?;
    let total = store.searcher()?.num_docs();
    println!("{}", summary.render(&args.index, total));
    let done = summary.added + summary.updated + summary.unchanged;
    Ok(if done == 0 {
        crate::commands::NOTHING_DONE
    } else {
        crate::commands::SUCCESS
    })
}

/// One file: an input problem skips it (inner error); an index problem stops the run.
fn ingest_one(
    writer: &mut crate::index::store::Writer,
    path: &Path,
    seen: &mut HashSet<String>,
) -> Result<std::result::Result<Upsert, InputError>> {
    let page = match sources::load(path) {
        Ok(p) => p,
        Err(e) => return Ok(Err(e)),
    };
    if !seen.insert(page.id.clone()) {
        return Ok(Ok(Upsert::Unchanged)); // named twice on the command line
    }
    let previous = writer.previous(&page.id, &page.content_hash)?;
    if previous == Previous::Same {
        return Ok(Ok(Upsert::Unchanged));
    }
    match pipeline::process_page(&page, Options::default()) {
        Ok(doc) => Ok(Ok(writer.put(&doc, previous == Previous::Changed)?)),
        Err(e) => Ok(Err(e)),
    }
}

fn progress_bar(len: usize) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len as u64);
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} pages {elapsed}") {
        bar.set_style(style);
    }
    bar
}
