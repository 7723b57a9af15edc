//! Opening, creating and writing the index. All writes of one ingest run go into a single
//! tantivy commit, so a crash leaves the previous commit intact, never half a run.

use super::analyzer;
use super::schema::{self, Fields, SCHEMA_VERSION, VERSION_FILE};
use crate::calendar::Date;
use crate::error::{ArchiwumError, Result};
use crate::record::{Document, Entity, EntityType, Format, Metadata};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, TantivyDocument, Value};
use tantivy::{DateTime, Index, IndexWriter, Searcher, Term};

/// Memory for tantivy's indexing buffers: bounded, whatever the corpus size.
const WRITER_MEMORY: usize = 100_000_000;

pub struct IndexStore {
    pub index: Index,
    pub fields: Fields,
    pub dir: PathBuf,
}

/// A document's state in the index before this run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Previous {
    Absent,
    Same,
    Changed,
}

/// What an upsert did to the index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Upsert {
    Added,
    Updated,
    Unchanged,
}

/// The stored fields that are not indexed separately.
#[derive(Serialize, Deserialize)]
struct StoredMeta {
    format: Format,
    encoding: String,
    published: Option<String>,
    metadata: Metadata,
}

impl IndexStore {
    /// Opens the index in `dir`, creating it (and the directory) when there is none.
    pub fn open_or_create(dir: &Path) -> Result<IndexStore> {
        if dir.join("meta.json").exists() {
            return IndexStore::open(dir);
        }
        std::fs::create_dir_all(dir)?;
        let (schema, fields) = schema::build();
        let index = Index::create_in_dir(dir, schema)?;
        std::fs::write(dir.join(VERSION_FILE), SCHEMA_VERSION)?;
        analyzer::register(&index);
        Ok(IndexStore {
            index,
            fields,
            dir: dir.to_path_buf(),
        })
    }

    /// Opens an existing index; a missing or foreign one is an error that says what to do.
    pub fn open(dir: &Path) -> Result<IndexStore> {
        if !dir.join("meta.json").exists() {
            return Err(ArchiwumError::NoIndex(dir.to_path_buf()));
        }
        let found = std::fs::read_to_string(dir.join(VERSION_FILE)).unwrap_or_default();
        if found.trim() != SCHEMA_VERSION {
            return Err(ArchiwumError::SchemaMismatch {
                path: dir.to_path_buf(),
                found: if found.trim().is_empty() {
                    "unknown".into()
                } else {
                    found.trim().into()
                },
                expected: SCHEMA_VERSION.into(),
            });
        }
        let index = Index::open_in_dir(dir)?;
        analyzer::register(&index);
        let fields = schema::fields_of(&index.schema())?;
        Ok(IndexStore {
            index,
            fields,
            dir: dir.to_path_buf(),
        })
    }

    pub fn searcher(&self) -> Result<Searcher> {
        Ok(self.index.reader()?.searcher())
    }

    pub fn writer(&self) -> Result<Writer> {
        Ok(Writer {
            writer: self.index.writer(WRITER_MEMORY)?,
            searcher: self.searcher()?,
            fields: self.fields,
        })
    }

    /// The stored document with this id, if any.
    pub fn get(&self, id: &str) -> Result<Option<Document>> {
        let searcher = self.searcher()?;
        match find_by_id(&searcher, self.fields, id)? {
            Some(doc) => Ok(Some(to_document(&doc, self.fields)?)),
            None => Ok(None),
        }
    }
}

fn find_by_id(searcher: &Searcher, f: Fields, id: &str) -> Result<Option<TantivyDocument>> {
    let query = TermQuery::new(Term::from_field_text(f.id, id), IndexRecordOption::Basic);
    let top = searcher.search(&query, &TopDocs::with_limit(1).order_by_score())?;
    match top.first() {
        Some((_, addr)) => Ok(Some(searcher.doc(*addr)?)),
        None => Ok(None),
    }
}

/// Writes documents, replacing any earlier version with the same id.
pub struct Writer {
    writer: IndexWriter,
    /// The index as it was before this run: what "unchanged" is measured against.
    searcher: Searcher,
    fields: Fields,
}

impl Writer {
    /// How this id stood before the run began: absent, with the same content hash, or
    /// with another. Answered from the term index; no stored document is read.
    pub fn previous(&self, id: &str, hash: &str) -> Result<Previous> {
        let term = |field, value: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_field_text(field, value),
                IndexRecordOption::Basic,
            ))
        };
        let f = self.fields;
        if self.searcher.search(&*term(f.id, id), &Count)? == 0 {
            return Ok(Previous::Absent);
        }
        let same = BooleanQuery::new(vec![
            (Occur::Must, term(f.id, id)),
            (Occur::Must, term(f.hash, hash)),
        ]);
        Ok(if self.searcher.search(&same, &Count)? > 0 {
            Previous::Same
        } else {
            Previous::Changed
        })
    }

    /// Adds or replaces a document; the caller has already checked for "unchanged".
    pub fn put(&mut self, doc: &Document, existed: bool) -> Result<Upsert> {
        self.writer
            .delete_term(Term::from_field_text(self.fields.id, &doc.id));
        self.writer.add_document(to_tantivy(doc, self.fields)?)?;
        Ok(if existed {
            Upsert::Updated
        } else {
            Upsert::Added
        })
    }

    /// Publishes every change of this run at once.
    pub fn commit(mut self) -> Result<()> {
        self.writer.commit()?;
        self.writer.wait_merging_threads()?;
        Ok(())
    }
}

/// The first day a date value covers: "2014-10" → 2014-10-01, "2014" → 2014-01-01,
/// "2014-05-12/2014-05-14" → 2014-05-12. Year-less values ("--01-05") have none.
pub fn first_day(value: &str) -> Option<Date> {
    let start = value.split('/').next()?;
    match start.len() {
        4 => Date::new(start.parse().ok()?, 1, 1),
        7 => Date::parse_iso(&format!("{start}-01")),
        _ => Date::parse_iso(start),
    }
}

/// Midnight UTC of a day, as tantivy stores dates.
pub fn to_datetime(d: Date) -> DateTime {
    DateTime::from_timestamp_secs(d.unix_seconds())
}

fn to_tantivy(doc: &Document, f: Fields) -> Result<TantivyDocument> {
    let mut t = TantivyDocument::default();
    t.add_text(f.id, &doc.id);
    t.add_text(f.source, &doc.source);
    t.add_text(f.title, &doc.title);
    t.add_text(f.body, &doc.text);
    t.add_text(f.hash, &doc.content_hash);
    if let Some(d) = doc.published_date() {
        t.add_date(f.published, to_datetime(d));
        t.add_u64(f.year, d.year as u64);
    }
    for e in &doc.entities {
        match e.kind {
            EntityType::Place => t.add_text(f.place, &e.lemma),
            EntityType::Organization => t.add_text(f.org, &e.lemma),
            EntityType::Person => t.add_text(f.person, &e.lemma),
            EntityType::Date => {
                if let Some(d) = e.value.as_deref().and_then(first_day) {
                    t.add_date(f.event, to_datetime(d));
                }
            }
            EntityType::Time => {}
        }
    }
    t.add_text(f.entities, serde_json::to_string(&doc.entities)?);
    let meta = StoredMeta {
        format: doc.format,
        encoding: doc.encoding.clone(),
        published: doc.published.clone(),
        metadata: doc.metadata.clone(),
    };
    t.add_text(f.meta, serde_json::to_string(&meta)?);
    Ok(t)
}

fn text_of(doc: &TantivyDocument, field: tantivy::schema::Field) -> String {
    doc.get_first(field)
        .and_then(|v| v.as_str())
        .unwrap_or_default()
        .to_string()
}

/// Rebuilds the record from its stored fields.
pub fn to_document(doc: &TantivyDocument, f: Fields) -> Result<Document> {
    let meta: StoredMeta = serde_json::from_str(&text_of(doc, f.meta))?;
    let entities: Vec<Entity> = serde_json::from_str(&text_of(doc, f.entities))?;
    Ok(Document {
        id: text_of(doc, f.id),
        source: text_of(doc, f.source),
        format: meta.format,
        title: text_of(doc, f.title),
        published: meta.published,
        text: text_of(doc, f.body),
        entities,
        metadata: meta.metadata,
        encoding: meta.encoding,
        content_hash: text_of(doc, f.hash),
    })
}
