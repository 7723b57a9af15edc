//! `archiwum search`: ranked hits from the index, for people or (with --json) for scripts.

use crate::calendar::Date;
use crate::error::Result;
use crate::index::IndexStore;
use crate::query::export::{self, ExportFormat};
use crate::query::search::{DateOn, Facet, Filters, Sort};
use crate::query::{output, search};
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Words to find, in any inflected form, with or without Polish letters.
    /// "Quoted phrases", AND / OR / NOT, -word, (groups), word* and field:value
    /// (title:, body:, place:, org:, person:, source:, year:) are understood; see below.
    /// Several words must all match.
    #[arg(required = true)]
    pub query: Vec<String>,
    /// Index directory.
    #[arg(long, default_value = "index")]
    pub index: PathBuf,
    /// Only documents that name this place, in any spelling or inflected form (--place
    /// Szebnie finds "w Szebniach"); the same as place:"…" in the query. Repeat to require
    /// several.
    #[arg(long, value_name = "PLACE")]
    pub place: Vec<String>,
    /// Only documents that name this organization (full name or acronym); the same as
    /// org:"…" in the query.
    #[arg(long, value_name = "ORG")]
    pub org: Vec<String>,
    /// Only documents that name this person; the same as person:"…" in the query.
    #[arg(long, value_name = "PERSON")]
    pub person: Vec<String>,
    /// Number of hits to show.
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
    /// Skip this many hits first (the next page: --offset 10 --limit 10).
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    /// Print one JSON document {query, total, hits} instead of text.
    #[arg(long)]
    pub json: bool,
    /// Export every matching document, without a limit or ranking, streamed to standard
    /// output: ndjson (the whole document: text, entities, metadata) or csv (one row each).
    #[arg(long, value_enum, conflicts_with = "json")]
    pub format: Option<ExportFormat>,
    /// Only documents with a date on or after this day (YYYY-MM-DD).
    #[arg(long, value_parser = crate::commands::parse_date_arg)]
    pub from: Option<Date>,
    /// Only documents with a date on or before this day (YYYY-MM-DD).
    #[arg(long, value_parser = crate::commands::parse_date_arg)]
    pub to: Option<Date>,
    /// Which date --from/--to look at.
    #[arg(long, value_enum, default_value = "any")]
    pub on: DateOn,
    /// Order of the hits: relevance, date (oldest first) or -date (newest first).
    #[arg(
        long,
        value_enum,
        default_value = "relevance",
        allow_hyphen_values = true
    )]
    pub sort: Sort,
    /// Count the whole result set by these fields, e.g. --facets place,org,year.
    #[arg(long, value_enum, value_delimiter = ',')]
    pub facets: Vec<Facet>,
    /// Show every copy of a republished announcement; by default each group of (near-)
    /// duplicates is one hit that lists where else it appeared.
    #[arg(long)]
    pub all_duplicates: bool,
}

pub fn run(args: &SearchArgs) -> Result<u8> {
    let store = IndexStore::open(&args.index)?;
    let query = args.query.join(" ");
    let filters = Filters {
        from: args.from,
        to: args.to,
        on: args.on,
        sort: args.sort,
        facets: args.facets.clone(),
        all_duplicates: args.all_duplicates,
        offset: args.offset,
        entities: entity_filters(args),
    };
    if let Some(format) = args.format {
        let q = search::filtered_query(&store, &query, &filters)?;
        let stdout = std::io::stdout();
        let mut out = std::io::BufWriter::with_capacity(1 << 20, stdout.lock());
        let n = export::export(&store, &*q, format, &mut out)?;
        eprintln!("exported {n} document(s)");
        return Ok(crate::commands::SUCCESS);
    }
    // Say what was searched for, filters included: "biblioteka place:\"Szebnie\"".
    let shown = std::iter::once(query.as_str())
        .chain(filters.entities.iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join(" ");
    let mut results = search::search(&store, &query, args.limit, filters)?;
    results.query = shown;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&results)?);
    } else {
        print!("{}", output::results(&results, output::Style::detect()));
    }
    Ok(crate::commands::SUCCESS)
}

/// --place, --org and --person as clauses of the query language: `place:"Szebnie"`.
fn entity_filters(args: &SearchArgs) -> Vec<String> {
    let fields = [
        ("place", &args.place),
        ("org", &args.org),
        ("person", &args.person),
    ];
    fields
        .iter()
        .flat_map(|(field, values)| {
            values
                .iter()
                .map(move |v| format!("{field}:\"{}\"", v.replace('"', " ")))
        })
        .collect()
}
