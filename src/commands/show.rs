//! `archiwum show`: one stored document with its metadata, clean text and entities.

use crate::error::{ArchiwumError, Result};
use crate::index::IndexStore;
use crate::query::output;
use crate::sources;
use clap::Args;
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Document id (as printed by search) or the path of an ingested file.
    pub id: String,
    /// Index directory.
    #[arg(long, default_value = "index")]
    pub index: PathBuf,
    /// Print the document as JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &ShowArgs) -> Result<u8> {
    let store = IndexStore::open(&args.index)?;
    let by_path = sources::document_id(&sources::stable_source(Path::new(&args.id)));
    let doc = match store.get(&args.id)? {
        Some(d) => d,
        None => store
            .get(&by_path)?
            .ok_or_else(|| ArchiwumError::UnknownDocument(args.id.clone()))?,
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&doc)?);
    } else {
        print!("{}", output::document(&doc, output::Style::detect()));
    }
    Ok(crate::commands::SUCCESS)
}
