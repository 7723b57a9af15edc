//! The CLI subcommands: each parses nothing itself (clap does), chains the stages, and
//! prints. They return the process exit code: 0 success, 1 nothing could be done.

pub mod extract;
pub mod ingest;
pub mod search;
pub mod show;
pub mod stats;
pub mod timeline;

use crate::calendar::Date;
use std::path::PathBuf;

/// Exit code when the command did its job.
pub const SUCCESS: u8 = 0;
/// Exit code when nothing could be done (no index, no readable input).
pub const NOTHING_DONE: u8 = 1;

/// Where the index lives unless `--index` says otherwise.
pub fn default_index() -> PathBuf {
    PathBuf::from("index")
}

/// clap value parser for `--published YYYY-MM-DD`.
pub fn parse_date_arg(s: &str) -> Result<Date, String> {
    Date::parse_iso(s)
        .filter(|_| s.trim().len() == 10)
        .ok_or_else(|| format!("{s:?} is not a date: use YYYY-MM-DD, e.g. 2014-10-07"))
}
