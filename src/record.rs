//! The one record type that flows through every stage.
//!
//! `sources` fills `source`, `id` and the decoded `raw` input; `cleaning` fills `title`,
//! `text` and `metadata`; `extraction` fills `entities`; `index` stores all of it.

use crate::calendar::Date;
use serde::{Deserialize, Serialize};

/// What kind of page an input was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Html,
    Text,
}

/// A page as read from disk and decoded to Unicode, before cleaning.
#[derive(Debug, Clone)]
pub struct RawPage {
    /// Path (or later URL) as the user named it; shown in output.
    pub source: String,
    /// Stable identifier derived from the source, so re-ingesting replaces, never duplicates.
    pub id: String,
    pub format: Format,
    /// Decoded, NFC-normalised content.
    pub content: String,
    /// Name of the encoding the bytes were read in, and how it was decided.
    pub encoding: String,
    pub encoding_source: &'static str,
    /// Hash of the raw bytes: unchanged files are skipped on re-ingest.
    pub content_hash: String,
    /// The file the page was read from (canonical path): for a WARC record, the WARC file.
    /// `ingest --prune` drops documents whose origin is gone.
    pub origin: String,
    /// When a crawler fetched the page (WARC-Date), kept apart from the publication date.
    pub crawled: Option<String>,
}

/// A value found in the page together with where it came from, so a user can see why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sourced<T> {
    pub value: T,
    /// E.g. `meta[article:published_time]`, `text: Dodano:`, `<title>`.
    pub from: String,
}

/// Page-level metadata read by the cleaning stage.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    pub published: Option<Sourced<Date>>,
    pub title_from: Option<String>,
    pub author: Option<String>,
    /// Where the author was read: `meta[author]`, `byline markup`, `text: Tekst i zdjęcia:`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub author_from: Option<String>,
    pub site_name: Option<String>,
    /// `meta[og:site_name]`, or `<title> beside the heading` when the page title is the
    /// article's heading and the site's name joined by a dash or a bar.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub site_name_from: Option<String>,
    pub language: Option<String>,
    pub canonical_url: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    Person,
    Place,
    Organization,
    /// A program or campaign: Program Rozwoju Bibliotek, Noc Bibliotek.
    Program,
    Date,
    Time,
}

impl EntityType {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Place => "place",
            EntityType::Organization => "organization",
            EntityType::Program => "program",
            EntityType::Date => "date",
            EntityType::Time => "time",
        }
    }
}

/// One mention in the cleaned text. Offsets are in characters (not bytes) into `Document::text`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// The surface form exactly as in the text.
    pub text: String,
    /// Normalised form: nominative for names, the ISO value for dates.
    pub lemma: String,
    pub start: usize,
    pub end: usize,
    /// ISO 8601 for dates and times (`2014-10-20`, `2014-10-20T14:00`, `2014-05-12/2014-05-14`).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub value: Option<String>,
    /// Extra facts: `year-inferred`, `relative-year`, acronym expansion, etc.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub note: Option<String>,
    /// Dates and times: `day`, `month`, `year`, `datetime`, `range`, `time`, `day-no-year`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub granularity: Option<String>,
    /// Dates: `event`, `deadline` or `publication`, where the words around show it.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub role: Option<String>,
}

impl Entity {
    /// A mention made by an adjective ("polskich" of Polska, "Bożej" of Bóg) or a street
    /// ("ul. Długiej"): shown, but not a value of the place or person field and facet,
    /// which list places and persons proper.
    pub fn is_facet_value(&self) -> bool {
        use crate::extraction::{derived_places::DERIVED, streets::STREET};
        !matches!(self.note.as_deref(), Some(DERIVED | STREET))
    }
}

/// A cleaned, annotated page: what `extract` prints and `ingest` indexes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub id: String,
    pub source: String,
    pub format: Format,
    pub title: String,
    /// Publication date as ISO `YYYY-MM-DD`, from the page or from `--published`.
    pub published: Option<String>,
    pub text: String,
    pub entities: Vec<Entity>,
    pub metadata: Metadata,
    pub encoding: String,
    pub content_hash: String,
    pub origin: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub crawled: Option<String>,
}

impl Document {
    pub fn published_date(&self) -> Option<Date> {
        self.published.as_deref().and_then(Date::parse_iso)
    }

    /// Distinct lemmas of one entity type, in order of first mention.
    pub fn lemmas(&self, kind: EntityType) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for e in self
            .entities
            .iter()
            .filter(|e| e.kind == kind && e.is_facet_value())
        {
            if !out.contains(&e.lemma) {
                out.push(e.lemma.clone());
            }
        }
        out
    }
}
