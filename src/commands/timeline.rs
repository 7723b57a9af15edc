//! `archiwum timeline`: how many matching documents per month or year, as bars in the
//! terminal, and as CSV and SVG files for a paper.

use crate::calendar::Date;
use crate::error::Result;
use crate::index::IndexStore;
use crate::query::search::Filters;
use crate::query::timeline::{self, DateSource, Period};
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct TimelineArgs {
    /// What to count, in the query language of `archiwum search` (`*` for every document).
    #[arg(required = true)]
    pub query: Vec<String>,
    /// Index directory.
    #[arg(long, default_value = "index")]
    pub index: PathBuf,
    /// Width of a bar.
    #[arg(long, value_enum, default_value = "year")]
    pub by: Period,
    /// Which date places a document: its publication date, or every date its text mentions.
    #[arg(long, value_enum, default_value = "published")]
    pub on: DateSource,
    /// Only documents with a date on or after this day (YYYY-MM-DD).
    #[arg(long, value_parser = crate::commands::parse_date_arg)]
    pub from: Option<Date>,
    /// Only documents with a date on or before this day (YYYY-MM-DD).
    #[arg(long, value_parser = crate::commands::parse_date_arg)]
    pub to: Option<Date>,
    /// Also write the counts as CSV (period,documents) to this file.
    #[arg(long, value_name = "FILE")]
    pub csv: Option<PathBuf>,
    /// Also write a bar chart as SVG to this file.
    #[arg(long, value_name = "FILE")]
    pub svg: Option<PathBuf>,
}

pub fn run(args: &TimelineArgs) -> Result<u8> {
    let store = IndexStore::open(&args.index)?;
    let query = args.query.join(" ");
    let filters = Filters {
        from: args.from,
        to: args.to,
        ..Filters::default()
    };
    let counts = timeline::timeline(&store, &query, &filters, args.by, args.on)?;
    if counts.is_empty() {
        println!("No dated documents match {query:?}.");
        return Ok(crate::commands::SUCCESS);
    }
    print!("{}", timeline::bars(&counts, 50));
    if let Some(path) = &args.csv {
        std::fs::write(path, timeline::csv(&counts, args.by))?;
        eprintln!("wrote {}", path.display());
    }
    if let Some(path) = &args.svg {
        std::fs::write(path, timeline::svg(&counts, &query))?;
        eprintln!("wrote {}", path.display());
    }
    Ok(crate::commands::SUCCESS)
}
