//! Opening, creating and writing the index. All writes of one ingest run go into a single
//! tantivy commit, so a crash leaves the previous commit intact, never half a run.

use super::analyzer;
use super::directory::IndexDirectory;
use super::schema::{self, Fields, SCHEMA_VERSION, VERSION_FILE};
use crate::calendar::Date;
use crate::duplicates::{self, Signature};
use crate::error::{ArchiwumError, Result};
use crate::record::{Document, Entity, EntityType, Format, Metadata};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use tantivy::collector::{Count, TopDocs};
use tantivy::index::SegmentId;
use tantivy::indexer::LogMergePolicy;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, TantivyDocument, Value};
use tantivy::{
    DateTime, DocAddress, DocId, DocSet, Index, IndexReader, IndexWriter, ReloadPolicy, Searcher,
    Term, TERMINATED,
};

/// Bands a stored document must share with a new one to be compared with it.
const MIN_SHARED_BANDS: usize = 6;

/// Memory for tantivy's indexing buffers: bounded, whatever the corpus size.
const WRITER_MEMORY: usize = 60_000_000;
/// Segments this large are not merged further. Merging ever larger segments during ingest
/// made memory and time grow with the archive (100,000 pages: 800 MB peak); a search over
/// a few dozen segments of this size costs little.
const MAX_DOCS_MERGED: usize = 25_000;

pub struct IndexStore {
    pub index: Index,
    pub fields: Fields,
    pub dir: PathBuf,
    /// Opened on the first search and kept: opening a reader maps every segment's files,
    /// which cost a fifth of a one-word query at 100,000 documents when done per search.
    /// It sees the index as of that first search (`ingest` counts after its commit).
    reader: OnceLock<IndexReader>,
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
    #[serde(default)]
    origin: String,
    #[serde(default)]
    crawled: Option<String>,
}

impl IndexStore {
    /// Opens the index in `dir`, creating it (and the directory) when there is none.
    pub fn open_or_create(dir: &Path) -> Result<IndexStore> {
        if dir.join("meta.json").exists() {
            return IndexStore::open(dir);
        }
        std::fs::create_dir_all(dir)?;
        let (schema, fields) = schema::build();
        let index = Index::create(
            IndexDirectory::open(dir)?,
            schema,
            tantivy::IndexSettings::default(),
        )?;
        std::fs::write(dir.join(VERSION_FILE), SCHEMA_VERSION)?;
        analyzer::register(&index);
        Ok(IndexStore {
            index,
            fields,
            dir: dir.to_path_buf(),
            reader: OnceLock::new(),
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
        let index = Index::open(IndexDirectory::open(dir)?)?;
        analyzer::register(&index);
        let fields = schema::fields_of(&index.schema())?;
        Ok(IndexStore {
            index,
            fields,
            dir: dir.to_path_buf(),
            reader: OnceLock::new(),
        })
    }

    pub fn searcher(&self) -> Result<Searcher> {
        if let Some(reader) = self.reader.get() {
            return Ok(reader.searcher());
        }
        let reader = self
            .index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(self.reader.get_or_init(|| reader).searcher())
    }

    pub fn writer(&self) -> Result<Writer> {
        let reader = self
            .index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let searcher = reader.searcher();
        let writer: IndexWriter = self.index.writer(WRITER_MEMORY)?;
        let mut policy = LogMergePolicy::default();
        policy.set_max_docs_before_merge(MAX_DOCS_MERGED);
        writer.set_merge_policy(Box::new(policy));
        Ok(Writer {
            writer,
            reader,
            searcher,
            fields: self.fields,
            pending: Vec::new(),
            pending_bands: HashMap::new(),
            band_filters: HashMap::new(),
            committed_bands: BandFilter::with_bits(COMMITTED_BAND_BITS),
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

/// Writes documents, replacing any earlier version with the same id, and groups
/// near-duplicates as they arrive.
pub struct Writer {
    writer: IndexWriter,
    reader: IndexReader,
    /// The index as of the last commit: what "unchanged" and duplicates are measured against.
    searcher: Searcher,
    fields: Fields,
    /// Documents written since the last commit, which `searcher` cannot see yet. Cleared at
    /// every commit, so memory is bounded by the commit interval, not the corpus.
    pending: Vec<Pending>,
    pending_bands: HashMap<String, Vec<usize>>,
    /// For each committed segment, the band keys it may hold, so a key is looked up only in
    /// the segments that may have it. Built when a segment first appears (at the first `put`,
    /// so a run that writes nothing reads no term dictionary, and at each checkpoint),
    /// dropped when a merge retires it.
    band_filters: HashMap<SegmentId, BandFilter>,
    /// Every band key of a committed segment, in one fixed filter (4 MB): most keys are in
    /// no segment, and one check rules them out for all segments at once. Keys written in
    /// this run enter it with their segment, at the checkpoint that commits them.
    committed_bands: BandFilter,
}

/// The size of `Writer::committed_bands`: about one false "maybe" in ten at 3 million keys.
const COMMITTED_BAND_BITS: usize = 1 << 25;

/// A blocked bit filter of band keys: two bits in one 64-bit word per key, so a check is one
/// memory access. It answers "surely absent" for most keys a set lacks. Before the filters,
/// looking each of a page's 32 keys up in every segment's term dictionary took 14 s of a
/// 100,000-page ingest; most keys of most pages are in no segment, or in a few.
struct BandFilter {
    words: Vec<u64>,
}

impl BandFilter {
    fn with_bits(bits: usize) -> BandFilter {
        BandFilter {
            words: vec![0; bits.next_power_of_two().max(64) / 64],
        }
    }

    /// The word of a key and its two bits: the hash's low bits choose the word, its top
    /// twelve the bits.
    fn slot(&self, key: &[u8]) -> (usize, u64) {
        let h = duplicates::fnv1a_extend(duplicates::FNV_OFFSET, key);
        let word = h as usize & (self.words.len() - 1);
        (word, 1 << ((h >> 52) & 63) | 1 << (h >> 58))
    }

    fn insert(&mut self, key: &[u8]) {
        let (word, bits) = self.slot(key);
        self.words[word] |= bits;
    }

    fn may_hold(&self, key: &[u8]) -> bool {
        let (word, bits) = self.slot(key);
        self.words[word] & bits == bits
    }
}

struct Pending {
    id: String,
    group: String,
    signature: Signature,
}

/// The index as of the last commit, for checks that run in parallel with writing.
#[derive(Clone)]
pub struct Snapshot {
    searcher: Searcher,
    fields: Fields,
}

impl Snapshot {
    /// How this id stood at the last commit: absent, with the same content hash, or with
    /// another. Answered from the term index; no stored document is read.
    pub fn previous(&self, id: &str, hash: &str) -> Result<Previous> {
        let f = self.fields;
        if self.searcher.search(&term_query(f.id, id), &Count)? == 0 {
            return Ok(Previous::Absent);
        }
        let same = BooleanQuery::new(vec![
            (
                Occur::Must,
                Box::new(term_query(f.id, id)) as Box<dyn Query>,
            ),
            (Occur::Must, Box::new(term_query(f.hash, hash))),
        ]);
        Ok(if self.searcher.search(&same, &Count)? > 0 {
            Previous::Same
        } else {
            Previous::Changed
        })
    }
}

impl Writer {
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            searcher: self.searcher.clone(),
            fields: self.fields,
        }
    }

    /// Adds or replaces a document; the caller has already checked for "unchanged".
    pub fn put(&mut self, doc: &Document, signature: Signature, existed: bool) -> Result<Upsert> {
        if self.band_filters.is_empty() {
            self.refresh_band_filters()?;
        }
        let group = self.group_for(&doc.id, &signature)?;
        self.writer
            .delete_term(Term::from_field_text(self.fields.id, &doc.id));
        let mut t = to_tantivy(doc, self.fields)?;
        let f = self.fields;
        t.add_text(f.group, &group);
        t.add_text(f.text_hash, duplicates::text_hash(&doc.text));
        for key in signature.band_keys() {
            t.add_text(f.band, &key);
            self.pending_bands
                .entry(key)
                .or_default()
                .push(self.pending.len());
        }
        t.add_bytes(f.signature, &signature.to_bytes());
        self.writer.add_document(t)?;
        self.pending.push(Pending {
            id: doc.id.clone(),
            group,
            signature,
        });
        Ok(if existed {
            Upsert::Updated
        } else {
            Upsert::Added
        })
    }

    /// The group of the most similar earlier document when it is a near-duplicate,
    /// else a new group named after this document.
    fn group_for(&self, id: &str, signature: &Signature) -> Result<String> {
        let keys = signature.band_keys();
        let mut best: Option<(f64, String)> = None;
        let mut consider = |other_id: &str, group: &str, other: &Signature| {
            let sim = signature.similarity(other);
            if other_id != id && sim >= duplicates::NEAR && best.as_ref().is_none_or(|b| sim > b.0)
            {
                best = Some((sim, group.to_string()));
            }
        };
        for key in &keys {
            for &i in self.pending_bands.get(key).into_iter().flatten() {
                let p = &self.pending[i];
                consider(&p.id, &p.group, &p.signature);
            }
        }
        let f = self.fields;
        for addr in self.shared_band_candidates(&keys)? {
            let stored: TantivyDocument = self.searcher.doc(addr)?;
            let sig = stored
                .get_first(f.signature)
                .and_then(|v| v.as_bytes())
                .and_then(Signature::from_bytes);
            if let Some(sig) = sig {
                consider(&text_of(&stored, f.id), &text_of(&stored, f.group), &sig);
            }
        }
        Ok(best.map_or_else(|| id.to_string(), |(_, g)| g))
    }

    /// The committed documents sharing the most band keys with a new one (at least
    /// `MIN_SHARED_BANDS`; the five best). A pair at the threshold shares about 19 of the
    /// 32 bands; one that shares fewer than 6 is almost never that similar, and requiring 6
    /// keeps templated texts, which share a band or two by chance, from being read as
    /// candidates. Postings are counted directly: a scored query computed BM25 statistics
    /// over every segment for each page, a sixth of ingest time at 100,000 pages.
    fn shared_band_candidates(&self, keys: &[String]) -> Result<Vec<DocAddress>> {
        let mut found: Vec<(usize, DocAddress)> = Vec::new();
        let keys: Vec<&str> = keys
            .iter()
            .map(String::as_str)
            .filter(|k| self.committed_bands.may_hold(str::as_bytes(k)))
            .collect();
        if keys.len() < MIN_SHARED_BANDS {
            return Ok(Vec::new());
        }
        for (ord, segment) in self.searcher.segment_readers().iter().enumerate() {
            let filter = self.band_filters.get(&segment.segment_id());
            // No document of this segment can share enough bands when fewer of the keys
            // may be in it (the filter misses none that are): most segments, for most pages.
            let held: Vec<&str> = keys
                .iter()
                .copied()
                .filter(|k| filter.is_none_or(|f| f.may_hold(str::as_bytes(k))))
                .collect();
            if held.len() < MIN_SHARED_BANDS {
                continue;
            }
            let postings_of = segment.inverted_index(self.fields.band)?;
            let mut shared: HashMap<DocId, usize, duplicates::Fnv> = HashMap::default();
            for key in held {
                let term = Term::from_field_text(self.fields.band, key);
                let Some(mut postings) =
                    postings_of.read_postings(&term, IndexRecordOption::Basic)?
                else {
                    continue;
                };
                while postings.doc() != TERMINATED {
                    *shared.entry(postings.doc()).or_default() += 1;
                    postings.advance();
                }
            }
            let alive = |doc: DocId| segment.alive_bitset().is_none_or(|a| a.is_alive(doc));
            found.extend(
                shared
                    .into_iter()
                    .filter(|&(doc, n)| n >= MIN_SHARED_BANDS && alive(doc))
                    .map(|(doc, n)| (n, DocAddress::new(ord as u32, doc))),
            );
        }
        // Most bands shared first; index order among equals, so runs are reproducible.
        found.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        Ok(found.into_iter().take(5).map(|(_, addr)| addr).collect())
    }

    /// Removes the documents for which `keep(id, origin)` is false; returns how many.
    pub fn prune(&mut self, keep: impl Fn(&str, &str) -> bool) -> Result<usize> {
        let f = self.fields;
        let mut removed = 0;
        for segment in self.searcher.segment_readers() {
            let store = segment.get_store_reader(64)?;
            for doc_id in segment.doc_ids_alive() {
                let doc: TantivyDocument = store.get(doc_id)?;
                let id = text_of(&doc, f.id);
                if !keep(&id, &text_of(&doc, f.origin)) {
                    self.writer.delete_term(Term::from_field_text(f.id, &id));
                    removed += 1;
                }
            }
        }
        Ok(removed)
    }

    /// Publishes every change so far at once; later `previous` and duplicate checks see them.
    pub fn checkpoint(&mut self) -> Result<()> {
        self.writer.commit()?;
        self.reader.reload()?;
        self.searcher = self.reader.searcher();
        self.pending.clear();
        self.pending_bands.clear();
        self.refresh_band_filters()
    }

    /// A band filter for each segment of `searcher` that has none; none for retired ones.
    fn refresh_band_filters(&mut self) -> Result<()> {
        let segments = self.searcher.segment_readers();
        self.band_filters
            .retain(|id, _| segments.iter().any(|s| s.segment_id() == *id));
        for segment in segments {
            if !self.band_filters.contains_key(&segment.segment_id()) {
                let index = segment.inverted_index(self.fields.band)?;
                let mut filter = BandFilter::with_bits(index.terms().num_terms() * 16);
                let mut terms = index.terms().stream()?;
                while terms.advance() {
                    filter.insert(terms.key());
                    self.committed_bands.insert(terms.key());
                }
                self.band_filters.insert(segment.segment_id(), filter);
            }
        }
        Ok(())
    }

    /// Publishes the rest and waits for merges, so the directory is tidy when the run ends;
    /// returns the number of documents now in the index.
    pub fn commit(mut self) -> Result<u64> {
        self.checkpoint()?;
        let total = self.searcher.num_docs();
        self.writer.wait_merging_threads()?;
        Ok(total)
    }
}

fn term_query(field: tantivy::schema::Field, value: &str) -> TermQuery {
    TermQuery::new(
        Term::from_field_text(field, value),
        IndexRecordOption::Basic,
    )
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
    seconds_to_datetime(d.unix_seconds())
}

/// tantivy keeps dates as nanoseconds in an i64, which ends in 1677: earlier dates (a
/// founding charter of 1350) are clamped to that first instant instead of overflowing.
/// They still sort before every later date, and a `--from` before 1678 matches them all.
pub fn seconds_to_datetime(secs: i64) -> DateTime {
    DateTime::from_timestamp_nanos(secs.saturating_mul(1_000_000_000))
}

/// A stored date that [`seconds_to_datetime`] clamped: some day before 1678. Compared in
/// seconds, since fast fields keep dates to the second.
pub fn is_clamped(d: DateTime) -> bool {
    d.into_timestamp_secs() <= i64::MIN / 1_000_000_000
}

fn to_tantivy(doc: &Document, f: Fields) -> Result<TantivyDocument> {
    let mut t = TantivyDocument::default();
    t.add_text(f.id, &doc.id);
    t.add_text(f.source, &doc.source);
    t.add_text(f.title, &doc.title);
    t.add_text(f.body, &doc.text);
    t.add_text(f.title_lemmas, &doc.title);
    t.add_text(f.body_lemmas, &doc.text);
    t.add_text(f.hash, &doc.content_hash);
    t.add_text(f.origin, &doc.origin);
    if let Some(when) = doc
        .crawled
        .as_deref()
        .and_then(|c| c.get(..10))
        .and_then(Date::parse_iso)
    {
        t.add_date(f.crawled, to_datetime(when));
    }
    if let Some(d) = doc.published_date() {
        t.add_date(f.published, to_datetime(d));
        t.add_u64(f.year, d.year as u64);
    }
    for e in doc.entities.iter().filter(|e| e.is_facet_value()) {
        match e.kind {
            EntityType::Place => t.add_text(f.place, &e.lemma),
            EntityType::Organization => t.add_text(f.org, &e.lemma),
            EntityType::Person => t.add_text(f.person, &e.lemma),
            EntityType::Program => t.add_text(f.program, &e.lemma),
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
        origin: doc.origin.clone(),
        crawled: doc.crawled.clone(),
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

/// A stored document as the NDJSON line `Document`'s serialization gives, written without
/// rebuilding the record: the entities' stored JSON is passed through as it is (decoding
/// and re-encoding it was most of an export's time).
pub fn write_json_line(
    doc: &TantivyDocument,
    f: Fields,
    out: &mut dyn std::io::Write,
) -> Result<()> {
    #[derive(Serialize)]
    struct Line<'a> {
        id: &'a str,
        source: &'a str,
        format: Format,
        title: &'a str,
        published: Option<String>,
        text: &'a str,
        entities: &'a serde_json::value::RawValue,
        metadata: Metadata,
        encoding: String,
        content_hash: &'a str,
        origin: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        crawled: Option<String>,
    }
    let text = |field| {
        doc.get_first(field)
            .and_then(|v| v.as_str())
            .unwrap_or_default()
    };
    let meta: StoredMeta = serde_json::from_str(text(f.meta))?;
    let line = Line {
        id: text(f.id),
        source: text(f.source),
        format: meta.format,
        title: text(f.title),
        published: meta.published,
        text: text(f.body),
        entities: serde_json::from_str(text(f.entities))?,
        metadata: meta.metadata,
        encoding: meta.encoding,
        content_hash: text(f.hash),
        origin: meta.origin,
        crawled: meta.crawled,
    };
    serde_json::to_writer(&mut *out, &line)?;
    out.write_all(b"\n")?;
    Ok(())
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
        origin: meta.origin,
        crawled: meta.crawled,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_band_filter_holds_every_key_put_in_and_rules_out_most_others() {
        let keys: Vec<String> = (0..10_000)
            .map(|i| format!("{:02}{i:016x}", i % 32))
            .collect();
        let mut filter = BandFilter::with_bits(keys.len() * 16);
        for key in &keys {
            filter.insert(key.as_bytes());
        }
        assert!(keys.iter().all(|k| filter.may_hold(k.as_bytes())));
        let others = (10_000..20_000)
            .map(|i| format!("{:02}{i:016x}", i % 32))
            .filter(|k| filter.may_hold(k.as_bytes()))
            .count();
        assert!(others < 500, "{others} of 10,000 absent keys let through");
    }

    #[test]
    fn dates_before_tantivys_range_are_clamped_not_overflowed() {
        let charter = Date::new(1350, 6, 1).expect("a valid date");
        let later = Date::new(1700, 1, 1).expect("a valid date");
        let (a, b) = (to_datetime(charter), to_datetime(later));
        assert!(a < b);
        assert_eq!(a, to_datetime(Date::new(1000, 1, 1).expect("a valid date")));
        assert!(is_clamped(a) && !is_clamped(b));
        assert_eq!(
            to_datetime(later).into_timestamp_secs(),
            later.unix_seconds()
        );
    }
}
