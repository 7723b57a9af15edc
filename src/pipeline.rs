//! The stages chained for one input: read → clean → extract. `ingest` and `extract`
//! both call this, so they always agree on what a page yields.

use crate::calendar::Date;
use crate::error::InputError;
use crate::record::{Document, RawPage, Sourced};
use crate::{cleaning, extraction};

/// Options that change how pages are read.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Publication date for pages that carry none (text dumps, NER corpora).
    pub published: Option<Date>,
}

/// Runs cleaning and extraction on a page that is already read and decoded.
pub fn process_page(page: &RawPage, opts: Options) -> Result<Document, InputError> {
    let mut doc = cleaning::clean(page)?;
    if doc.published.is_none() {
        if let Some(d) = opts.published {
            doc.published = Some(d.to_string());
            doc.metadata.published = Some(Sourced {
                value: d,
                from: "--published".into(),
            });
        }
    }
    extraction::annotate(&mut doc);
    Ok(doc)
}
