//! Cleaning: from a decoded page to title, clean text and metadata.
//! HTML goes through main-content extraction, text dumps through line classification.

pub mod boilerplate;
pub mod html;
pub mod metadata;
pub mod stopwords;
pub mod text;

use crate::error::InputError;
use crate::record::{Document, Format, RawPage};

/// Cleans one page into a document without entities (the extraction stage adds them).
pub fn clean(page: &RawPage) -> Result<Document, InputError> {
    let (title, text, mut metadata) = match page.format {
        Format::Html => {
            let doc = scraper::Html::parse_document(&page.content);
            let (mut metadata, title) = metadata::from_html(&doc);
            let text = html::main_text(&doc, &title);
            let from = metadata.title_from.as_deref();
            match metadata::headline_over_section_title(from, &title, &text) {
                Some(headline) => {
                    metadata.title_from = Some(
                        "first line of the text (<title> names only the site and section)".into(),
                    );
                    (headline, text, metadata)
                }
                None => (title, text, metadata),
            }
        }
        Format::Text => {
            let c = text::clean(&page.content);
            (c.title, c.text, c.metadata)
        }
    };
    if text.trim().is_empty() {
        return Err(InputError::NoText);
    }
    if metadata.author.is_none() {
        if let Some(name) = metadata::closing_signature(&text) {
            metadata.author = Some(name);
            metadata.author_from = Some("signature at the end of the text".into());
        }
    }
    Ok(Document {
        id: page.id.clone(),
        source: page.source.clone(),
        format: page.format,
        title,
        published: metadata.published.as_ref().map(|p| p.value.to_string()),
        text,
        entities: Vec::new(),
        metadata,
        encoding: page.encoding.clone(),
        content_hash: page.content_hash.clone(),
        origin: page.origin.clone(),
        crawled: page.crawled.clone(),
    })
}

/// A lead printed above the body and repeated as its first words: `next` opens with `lead`,
/// which has 40 characters or more (a short line a paragraph opens with is a heading's).
pub(crate) fn opens_with_lead(lead: &str, next: &str) -> bool {
    let (lead, next) = (lead.trim(), next.trim());
    lead.chars().count() >= 40 && next.len() > lead.len() && next.starts_with(lead)
}

/// The words of `s` joined by single spaces: line breaks and runs of spaces from markup or
/// layout are not text.
pub(crate) fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
