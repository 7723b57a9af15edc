//! The index schema. Bump [`SCHEMA_VERSION`] whenever a field changes: an index written
//! with another version is refused with a message to re-run ingest.

use super::analyzer::{POLISH_FORMS, POLISH_LEMMAS};
use tantivy::schema::{
    DateOptions, DateTimePrecision, Field, IndexRecordOption, NumericOptions, Schema,
    TextFieldIndexing, TextOptions, FAST, STORED, STRING,
};

pub const SCHEMA_VERSION: &str = "archiwum-index-8";
/// Written next to tantivy's files; read before opening.
pub const VERSION_FILE: &str = "archiwum-version";

#[derive(Clone, Copy, Debug)]
pub struct Fields {
    pub id: Field,
    pub source: Field,
    /// Title and clean text, stored, indexed as forms with positions (phrases).
    pub title: Field,
    pub body: Field,
    /// The same texts indexed as lemmas, without positions (words in any form).
    pub title_lemmas: Field,
    pub body_lemmas: Field,
    pub published: Field,
    pub year: Field,
    pub event: Field,
    pub place: Field,
    pub org: Field,
    pub person: Field,
    pub program: Field,
    pub entities: Field,
    pub meta: Field,
    pub hash: Field,
    /// The file a document was read from (a WARC file for its records): `--prune`.
    pub origin: Field,
    /// When a crawler fetched the page.
    pub crawled: Field,
    /// Hash of the normalised clean text: exact duplicates share it.
    pub text_hash: Field,
    /// Id of the first document of its near-duplicate group: search shows one per group.
    pub group: Field,
    /// MinHash band keys: near-duplicate candidates share one.
    pub band: Field,
    /// The MinHash signature, to confirm a candidate.
    pub signature: Field,
}

pub fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let forms = TextOptions::default().set_stored().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(POLISH_FORMS)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let lemmas = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(POLISH_LEMMAS)
            .set_index_option(IndexRecordOption::WithFreqs),
    );
    let date = DateOptions::default()
        .set_indexed()
        .set_stored()
        .set_fast()
        .set_precision(DateTimePrecision::Seconds);
    let fields = Fields {
        id: b.add_text_field("id", STRING | STORED),
        source: b.add_text_field("source", STRING | STORED),
        title: b.add_text_field("title", forms.clone()),
        body: b.add_text_field("body", forms),
        title_lemmas: b.add_text_field("title_lemmas", lemmas.clone()),
        body_lemmas: b.add_text_field("body_lemmas", lemmas),
        published: b.add_date_field("published", date.clone()),
        year: b.add_u64_field(
            "year",
            NumericOptions::default()
                .set_indexed()
                .set_stored()
                .set_fast(),
        ),
        event: b.add_date_field("event", date.clone()),
        place: b.add_text_field("place", STRING | STORED | FAST),
        org: b.add_text_field("org", STRING | STORED | FAST),
        person: b.add_text_field("person", STRING | STORED | FAST),
        program: b.add_text_field("program", STRING | STORED | FAST),
        entities: b.add_text_field("entities", STORED),
        meta: b.add_text_field("meta", STORED),
        hash: b.add_text_field("hash", STRING | STORED),
        origin: b.add_text_field("origin", STRING | STORED),
        crawled: b.add_date_field("crawled", date),
        text_hash: b.add_text_field("text_hash", STRING | STORED),
        group: b.add_text_field("group", STRING | STORED | FAST),
        band: b.add_text_field("band", STRING),
        signature: b.add_bytes_field("signature", STORED),
    };
    (b.build(), fields)
}

/// Looks the fields up in an opened index's schema (same names as [`build`]).
pub fn fields_of(schema: &Schema) -> tantivy::Result<Fields> {
    let f = |name: &str| schema.get_field(name);
    Ok(Fields {
        id: f("id")?,
        source: f("source")?,
        title: f("title")?,
        body: f("body")?,
        title_lemmas: f("title_lemmas")?,
        body_lemmas: f("body_lemmas")?,
        published: f("published")?,
        year: f("year")?,
        event: f("event")?,
        place: f("place")?,
        org: f("org")?,
        person: f("person")?,
        program: f("program")?,
        entities: f("entities")?,
        meta: f("meta")?,
        hash: f("hash")?,
        origin: f("origin")?,
        crawled: f("crawled")?,
        text_hash: f("text_hash")?,
        group: f("group")?,
        band: f("band")?,
        signature: f("signature")?,
    })
}
