//! `archiwum ingest`: read pages, clean, extract, and upsert them into the index in one commit.

use crate::duplicates::Signature;
use crate::error::{InputError, Result};
use crate::index::store::{Snapshot, Writer};
use crate::index::{IndexStore, Previous, Upsert};
use crate::pipeline::{self, Options};
use crate::record::Document;
use crate::sources::{self, Input};
use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashSet};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Files or directories to read (directories recursively: .html, .htm, .txt, .warc,
    /// .warc.gz, …). Default: corpus/
    pub paths: Vec<PathBuf>,
    /// Index directory (created when missing).
    #[arg(long, default_value = "index")]
    pub index: PathBuf,
    /// Remove documents whose source file is gone (or, for a WARC file read in this run,
    /// whose URL it no longer holds).
    #[arg(long)]
    pub prune: bool,
    /// Commit after this many new or changed pages. Each commit is atomic: a run that is
    /// killed keeps everything up to its last commit, and running it again completes it.
    #[arg(long, default_value_t = 10_000, value_name = "PAGES")]
    pub commit_every: usize,
}

#[derive(Debug, Default, serde::Serialize)]
pub struct Summary {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// WARC revisit records: the page is stored once, from its original record.
    pub revisits: usize,
    pub pruned: usize,
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
        if self.revisits > 0 {
            s.push_str(&format!(
                "; {} WARC revisits not stored twice",
                self.revisits
            ));
        }
        if self.pruned > 0 {
            s.push_str(&format!("; {} pruned", self.pruned));
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

/// Where the last run's summary is kept, for `archiwum stats`.
const SUMMARY_FILE: &str = "archiwum-last-ingest.json";

/// Writes the summary beside the index (to a temporary file first, so a reader never sees
/// half of it).
fn save_summary(index: &Path, summary: &Summary) -> Result<()> {
    let mut value = serde_json::to_value(summary)?;
    value["skipped_count"] = summary.skipped_count().into();
    let tmp = index.join(format!("{SUMMARY_FILE}.tmp"));
    std::fs::write(&tmp, serde_json::to_string_pretty(&value)?)?;
    std::fs::rename(&tmp, index.join(SUMMARY_FILE))?;
    Ok(())
}

/// The summary the last ingest into this index wrote, if any.
pub fn last_summary(index: &Path) -> Option<serde_json::Value> {
    let text = std::fs::read_to_string(index.join(SUMMARY_FILE)).ok()?;
    serde_json::from_str(&text).ok()
}

/// Pages read, cleaned and extracted in parallel at a time. Large enough to keep every core
/// busy, small enough that memory does not depend on the corpus.
const BATCH: usize = 256;

pub fn run(args: &IngestArgs) -> Result<u8> {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from("corpus")]
    } else {
        args.paths.clone()
    };
    let inputs = sources::collect(&paths)?;
    let warcs: HashSet<String> = inputs
        .files
        .iter()
        .filter(|p| sources::warc::is_warc(p))
        .map(|p| sources::stable_source(p))
        .collect();
    let store = IndexStore::open_or_create(&args.index)?;
    let mut run = Run {
        writer: store.writer()?,
        summary: Summary {
            ignored: inputs.ignored,
            ..Summary::default()
        },
        seen: HashSet::new(),
        progress: progress_bar(inputs.files.len()),
        since_commit: 0,
        commit_every: args.commit_every.max(1),
        prepared: Vec::new(),
    };
    let mut batch = Vec::with_capacity(BATCH);
    for input in sources::stream(inputs.files) {
        if matches!(input, Input::File(_)) {
            run.progress.inc(1);
        }
        batch.push(input);
        if batch.len() == BATCH {
            run.batch(std::mem::take(&mut batch))?;
        }
    }
    run.batch(batch)?;
    run.batch(Vec::new())?; // writes the last prepared batch
    run.progress.finish_and_clear();
    if args.prune {
        let seen = &run.seen;
        run.summary.pruned = run.writer.prune(|id, origin| {
            seen.contains(id) || (!warcs.contains(origin) && Path::new(origin).exists())
        })?;
    }
    let total = run.writer.commit()?;
    save_summary(&args.index, &run.summary)?;
    println!("{}", run.summary.render(&args.index, total));
    let done = run.summary.added + run.summary.updated + run.summary.unchanged;
    Ok(if done == 0 {
        crate::commands::NOTHING_DONE
    } else {
        crate::commands::SUCCESS
    })
}

/// The state of one ingest run.
struct Run {
    writer: Writer,
    summary: Summary,
    /// Ids met in this run (also those that failed): named twice, or kept by `--prune`.
    seen: HashSet<String>,
    progress: ProgressBar,
    since_commit: usize,
    commit_every: usize,
    /// The previous batch, read and extracted, waiting to be written.
    prepared: Vec<Result<Outcome>>,
}

/// What the parallel stage made of one input.
enum Outcome {
    Unchanged(String),
    Revisit,
    Skipped(String, InputError),
    Ready(Box<Document>, Signature, bool),
}

impl Run {
    /// Reads, cleans and extracts a batch on all cores while the previous batch is written
    /// (in input order), so neither stage waits for the other.
    fn batch(&mut self, inputs: Vec<Input>) -> Result<()> {
        let snapshot = self.writer.snapshot();
        let previous = std::mem::take(&mut self.prepared);
        let (prepared, written) = rayon::join(
            || {
                inputs
                    .into_par_iter()
                    .map(|input| prepare(&snapshot, input))
                    .collect()
            },
            || -> Result<()> {
                for outcome in previous {
                    self.apply(outcome?)?;
                }
                Ok(())
            },
        );
        written?;
        self.prepared = prepared;
        Ok(())
    }

    fn apply(&mut self, outcome: Outcome) -> Result<()> {
        match outcome {
            Outcome::Unchanged(id) => {
                self.seen.insert(id);
                self.summary.unchanged += 1;
            }
            Outcome::Revisit => self.summary.revisits += 1,
            Outcome::Skipped(source, reason) => {
                self.progress
                    .suspend(|| eprintln!("archiwum: skipped {source}: {reason}"));
                self.summary
                    .skipped
                    .entry(reason.label().to_string())
                    .or_default()
                    .push(source);
            }
            Outcome::Ready(doc, signature, existed) => {
                if !self.seen.insert(doc.id.clone()) {
                    // Named twice, or the same URL crawled twice in one WARC: first wins.
                    self.summary.unchanged += 1;
                    return Ok(());
                }
                match self.writer.put(&doc, signature, existed)? {
                    Upsert::Added => self.summary.added += 1,
                    Upsert::Updated => self.summary.updated += 1,
                    Upsert::Unchanged => self.summary.unchanged += 1,
                }
                self.since_commit += 1;
                if self.since_commit >= self.commit_every {
                    self.writer.checkpoint()?;
                    self.since_commit = 0;
                }
            }
        }
        Ok(())
    }
}

/// One input through read → unchanged check → clean → extract → signature. An input
/// problem is an outcome; only an index problem is an error.
fn prepare(snapshot: &Snapshot, input: Input) -> Result<Outcome> {
    if matches!(input, Input::Revisit(_)) {
        return Ok(Outcome::Revisit);
    }
    let source = input.source();
    let page = match input.load() {
        Ok(p) => p,
        Err(e) => return Ok(Outcome::Skipped(source, e)),
    };
    let previous = snapshot.previous(&page.id, &page.content_hash)?;
    if previous == Previous::Same {
        return Ok(Outcome::Unchanged(page.id));
    }
    Ok(match pipeline::process_page(&page, Options::default()) {
        Ok(doc) => {
            let signature = Signature::of(&doc.text);
            Outcome::Ready(Box::new(doc), signature, previous == Previous::Changed)
        }
        Err(e) => Outcome::Skipped(source, e),
    })
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
