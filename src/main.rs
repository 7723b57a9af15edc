//! The `archiwum` command line: parses arguments and hands them to the library.

use archiwum::commands::{extract, ingest, search, show, stats, timeline};
use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// glibc gives each thread that allocates at the same time as another its own arena, and
/// memory freed in one arena is not reused by another. An ingest runs cleaning, indexing
/// and merging threads at once: at 100,000 pages a fifth of its peak RSS was such idle
/// arena memory (495 MB; 392 MB with two arenas, at the same speed).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn limit_malloc_arenas() {
    // SAFETY: mallopt sets an allocator parameter and touches no Rust memory; it runs
    // first in main, before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn limit_malloc_arenas() {}

const EXIT_CODES: &str = "\
Exit codes:
  0  success
  1  nothing could be done (no index, no readable input, unknown document, bad query)
  2  usage error (unknown option, missing argument)";

/// Turns scraped pages of Polish municipal libraries into a clean, searchable archive.
#[derive(Parser)]
#[command(name = "archiwum", version, after_help = EXIT_CODES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read pages, strip boilerplate, extract dates, places, organizations and persons,
    /// and write them into the index. Re-ingesting replaces, never duplicates.
    #[command(after_help = "Examples:
  archiwum ingest                      # corpus/ into index/
  archiwum ingest ~/crawl --index ~/archiwum-index
  archiwum ingest page.html notes.txt
  archiwum ingest crawl-2015.warc.gz   # WARC: one document per HTML response, by URL
  archiwum ingest ~/crawl --prune      # also drop documents whose file is gone

Unreadable, empty and binary files (and non-HTML WARC records) are reported one line each
and skipped; the run goes on. Pages are processed on all cores; every --commit-every pages
and at the end, the changes so far are committed at once: if a run is interrupted, the
index keeps the last commit and running the same command again completes it.")]
    Ingest(ingest::IngestArgs),
    /// Search the index (Polish-aware: any inflected form, with or without diacritics).
    #[command(after_help = "Examples:
  archiwum search partnerstwo
  archiwum search \"Program Rozwoju Bibliotek\"
  archiwum search biblioteka place:Jasło --limit 20
  archiwum search spotkanie --from 2014-01-01 --to 2014-12-31 --on event
  archiwum search place:Szebnie --facets org,person,year --limit 0
  archiwum search \"Noc Bibliotek\" --sort -date
  archiwum search noc bibliotek --json | jq '.hits[].title'
  archiwum search \"Noc Bibliotek\" --all-duplicates   # every republished copy
  archiwum search 'warsztaty OR spotkanie -online year:[2012 TO 2014]'
  archiwum search 'bibliot* source:jaslo'

Query language:
  word            any inflected form, with or without Polish letters (Jasle = w Jaśle)
  \"a phrase\"      the words in this order, as typed (case and Polish letters aside)
  a b             both words (the default); a OR b: either; -a or NOT a: without a
  (a OR b) c      grouping; word^2 weighs a word more; bibliot* any word so beginning
  title:, body:   words in the title or the text only
  place:, org:, person:   an entity, in any spelling or case (place:jaśle finds Jasło)
  source:         part of the file path or URL;  year:2014, year:[2010 TO 2013]
A syntax error names the character it stopped at. A filter that matches nothing suggests
the nearest known values. A text republished on several sites is one hit that lists its
other sources.")]
    Search(search::SearchArgs),
    /// Show one stored document: metadata, clean text and entities.
    #[command(after_help = "Examples:
  archiwum show 3f9a2c71d0e4b8a6
  archiwum show corpus/wp-noc-bibliotek-2015.html --json")]
    Show(show::ShowArgs),
    /// Run the pipeline without an index and print clean text and entities.
    #[command(after_help = "Examples:
  archiwum extract page.html
  archiwum extract corpus --format text
  archiwum extract dump.txt --published 2014-10-07
  cat page.html | archiwum extract -
  archiwum extract pages/ --format text --out-dir cleaned/
  archiwum extract crawl.warc.gz")]
    Extract(extract::ExtractArgs),
    /// What the archive holds: documents, date span, top places, organizations, persons
    /// and programs, and the files the last ingest skipped.
    #[command(after_help = "Examples:
  archiwum stats
  archiwum stats --index ~/archiwum-index --json")]
    Stats(stats::StatsArgs),
    /// Matching documents per year or month: bars in the terminal, CSV and SVG files.
    #[command(after_help = "Examples:
  archiwum timeline '*' --by year
  archiwum timeline place:Szebnie --by month --csv szebnie.csv --svg szebnie.svg
  archiwum timeline program:PRB --on event

The query is the one `archiwum search` understands. Periods without a match between the
first and the last are shown as zeros.")]
    Timeline(timeline::TimelineArgs),
}

fn main() -> ExitCode {
    limit_malloc_arenas();
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Ingest(a) => ingest::run(a),
        Command::Search(a) => search::run(a),
        Command::Show(a) => show::run(a),
        Command::Extract(a) => extract::run(a),
        Command::Stats(a) => stats::run(a),
        Command::Timeline(a) => timeline::run(a),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("archiwum: error: {e}");
            ExitCode::from(archiwum::commands::NOTHING_DONE)
        }
    }
}
