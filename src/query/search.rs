//! Search: the user's query compiled by `language` (every word in any inflected form, all
//! words required by default), ranked by BM25, with a highlighted snippet from the clean text.

use super::language;
use crate::calendar::Date;
use crate::error::Result;
use crate::index::store::to_document;
use crate::index::Fields;
use crate::index::IndexStore;
use crate::record::EntityType;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;
use std::ops::Bound;
use tantivy::aggregation::agg_req::Aggregations;
use tantivy::aggregation::AggregationCollector;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, Occur, Query, RangeQuery, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{DateTime, Term};
use tantivy::{DocAddress, Order, Searcher};

#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub id: String,
    pub score: f32,
    pub title: String,
    pub published: Option<String>,
    pub source: String,
    pub places: Vec<String>,
    pub organizations: Vec<String>,
    pub persons: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub programs: Vec<String>,
    /// A passage of the clean text around the matches.
    pub snippet: String,
    /// Character ranges of the matched words inside `snippet`.
    pub highlights: Vec<(usize, usize)>,
    /// Sources of the same text (or a near-duplicate of it) elsewhere, folded into this hit.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also_at: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Results {
    pub query: String,
    pub total: usize,
    pub hits: Vec<Hit>,
    /// Counts of documents per value over the whole result set, by facet name.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub facets: BTreeMap<String, Vec<FacetCount>>,
    /// Known values close to an entity filter that matched nothing.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suggestions: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FacetCount {
    pub value: String,
    pub count: u64,
}

/// Fields a result set can be counted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, clap::ValueEnum)]
pub enum Facet {
    Place,
    Org,
    Person,
    Program,
    Year,
}

impl Facet {
    fn field(self) -> &'static str {
        match self {
            Facet::Place => "place",
            Facet::Org => "org",
            Facet::Person => "person",
            Facet::Program => "program",
            Facet::Year => "year",
        }
    }
}

/// Order of the hits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Sort {
    /// Best match first.
    #[default]
    Relevance,
    /// Oldest publication date first.
    Date,
    /// Newest publication date first.
    #[value(name = "-date")]
    NewestFirst,
}

/// Which date a `--from/--to` range applies to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum DateOn {
    /// The publication date or any date mentioned in the text.
    #[default]
    Any,
    /// The page's publication date.
    Published,
    /// Dates mentioned in the text (events, deadlines).
    Event,
}

/// Restrictions applied on top of the query words, and how to present the result set.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    pub from: Option<Date>,
    pub to: Option<Date>,
    pub on: DateOn,
    pub sort: Sort,
    pub facets: Vec<Facet>,
    /// Show every copy of a republished text instead of one hit per duplicate group.
    pub all_duplicates: bool,
    /// Hits to pass over before the first one shown (paging).
    pub offset: usize,
    /// Entity filters in the query language (`place:"Szebnie"`), each required.
    pub entities: Vec<String>,
}

pub fn search(store: &IndexStore, query: &str, limit: usize, filters: Filters) -> Result<Results> {
    let f = store.fields;
    let searcher = store.searcher()?;
    let (parsed, suggestions) = compile_filtered(&searcher, f, query, &filters)?;
    // Fetch more than asked: some hits fold into an earlier one of their group.
    let page = filters.offset.saturating_add(limit.max(1));
    let wanted = if filters.all_duplicates {
        page
    } else {
        page.saturating_mul(4).saturating_add(16)
    };
    let (top, total) = top_docs(&searcher, &*parsed, wanted, filters.sort)?;
    let facets = count_facets(&searcher, &*parsed, &filters.facets, 20)?;
    // Words match by lemma (body_lemmas), phrases and prefixes by form (body): a snippet
    // comes from the lemma matches, or else from the form matches.
    let mut snippets = SnippetGenerator::create(&searcher, &*parsed, f.body_lemmas)?;
    snippets.set_max_num_chars(240);
    let mut form_snippets = SnippetGenerator::create(&searcher, &*parsed, f.body)?;
    form_snippets.set_max_num_chars(240);
    let shown = shown_hits(&searcher, f, top, limit, &filters)?;
    // Snippets cost most of a query (each hit's text goes through the Polish analyzer):
    // the hits are built on all cores.
    let hits = shown
        .into_par_iter()
        .map(|(score, stored, group)| {
            let doc = to_document(&stored, f)?;
            let also_at = if filters.all_duplicates {
                Vec::new()
            } else {
                other_sources(&searcher, f, &group, &doc.id)?
            };
            let (snippet, highlights) = snippet_of(&[&snippets, &form_snippets], &doc.text);
            Ok(Hit {
                places: doc.lemmas(EntityType::Place),
                organizations: doc.lemmas(EntityType::Organization),
                persons: doc.lemmas(EntityType::Person),
                programs: doc.lemmas(EntityType::Program),
                id: doc.id,
                score,
                title: doc.title,
                published: doc.published,
                source: doc.source,
                snippet,
                highlights,
                also_at,
            })
        })
        .collect::<Result<Vec<Hit>>>()?;
    Ok(Results {
        query: query.to_string(),
        total,
        hits,
        facets,
        suggestions,
    })
}

/// The hits of the requested page, in order: one per duplicate group unless all copies are
/// wanted, after passing over `offset` of them. Each with its stored document and group.
fn shown_hits(
    searcher: &Searcher,
    f: Fields,
    top: Vec<(f32, DocAddress)>,
    limit: usize,
    filters: &Filters,
) -> Result<Vec<(f32, tantivy::TantivyDocument, String)>> {
    let mut shown = Vec::new();
    let mut groups_shown = std::collections::HashSet::new();
    // Hits after duplicate folding, counted to pass over the first `offset`.
    let mut eligible = 0;
    for (score, addr) in top {
        if shown.len() == limit {
            break;
        }
        let stored: tantivy::TantivyDocument = searcher.doc(addr)?;
        let group = stored
            .get_first(f.group)
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string();
        if !filters.all_duplicates && !groups_shown.insert(group.clone()) {
            continue;
        }
        eligible += 1;
        if eligible > filters.offset {
            shown.push((score, stored, group));
        }
    }
    Ok(shown)
}

/// The query with the date filters applied, as `search` runs it (for export).
pub fn filtered_query(
    store: &IndexStore,
    query: &str,
    filters: &Filters,
) -> Result<Box<dyn Query>> {
    let searcher = store.searcher()?;
    Ok(compile_filtered(&searcher, store.fields, query, filters)?.0)
}

/// The user's query compiled and restricted by the date filters, with the suggestions for
/// entity filters that matched nothing.
fn compile_filtered(
    searcher: &Searcher,
    f: Fields,
    query: &str,
    filters: &Filters,
) -> Result<(Box<dyn Query>, Vec<String>)> {
    let mut compiled = language::compile(query, f, searcher)?;
    for clause in &filters.entities {
        let filter = language::compile(clause, f, searcher)?;
        compiled.query = Box::new(BooleanQuery::new(vec![
            (Occur::Must, compiled.query),
            (Occur::Must, filter.query),
        ]));
        compiled.suggestions.extend(filter.suggestions);
    }
    Ok((
        with_date_range(compiled.query, f, filters),
        compiled.suggestions,
    ))
}

/// A one-line passage around the matches, or the text's beginning when none is in the body.
fn snippet_of(generators: &[&SnippetGenerator], text: &str) -> (String, Vec<(usize, usize)>) {
    let found = generators
        .iter()
        .enumerate()
        .map(|(k, g)| (k, g.snippet(text)))
        .find(|(_, s)| !s.fragment().is_empty());
    let Some((chosen, snippet)) = found else {
        let lead: String = text.chars().take(200).collect();
        return fold_whitespace(&lead, &[]);
    };
    let fragment = snippet.fragment();
    let mut ranges: Vec<(usize, usize)> = snippet
        .highlighted()
        .iter()
        .map(|r| (r.start, r.end))
        .collect();
    // Each field marks its own words: the lemma field a word whose lemma differs from its
    // form ("autorskie" for "autorskich"), the form field the rest ("spotkanie"). The
    // passage one chose gets the other's marks too (the generators before it found nothing
    // in the whole text).
    for other in &generators[chosen + 1..] {
        let more = other.snippet(fragment);
        if let Some(shift) = fragment
            .find(more.fragment())
            .filter(|_| !more.fragment().is_empty())
        {
            ranges.extend(
                more.highlighted()
                    .iter()
                    .map(|r| (r.start + shift, r.end + shift)),
            );
        }
    }
    fold_whitespace(fragment, &merged(ranges))
}

/// Ranges sorted, overlapping ones joined.
fn merged(mut ranges: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    ranges.sort_unstable();
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (start, end) in ranges {
        match out.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => out.push((start, end)),
        }
    }
    out
}

/// Sources of the other members of a duplicate group (at most 50).
fn other_sources(searcher: &Searcher, f: Fields, group: &str, id: &str) -> Result<Vec<String>> {
    if group.is_empty() {
        return Ok(Vec::new());
    }
    let term = Term::from_field_text(f.group, group);
    // Most documents are alone in their group: the term's document count says so without
    // a search or a stored-document read.
    if searcher.doc_freq(&term)? <= 1 {
        return Ok(Vec::new());
    }
    let query = TermQuery::new(term, IndexRecordOption::Basic);
    let mut out = Vec::new();
    for (_, addr) in searcher.search(&query, &TopDocs::with_limit(51).order_by_score())? {
        let doc: tantivy::TantivyDocument = searcher.doc(addr)?;
        let text = |field| {
            doc.get_first(field)
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_string()
        };
        if text(f.id) != id {
            out.push(text(f.source));
        }
    }
    out.sort();
    out.truncate(50);
    Ok(out)
}

/// The best `limit` hits in the requested order, and the number of all matches, in one
/// pass over the matching documents.
fn top_docs(
    searcher: &Searcher,
    query: &dyn Query,
    limit: usize,
    sort: Sort,
) -> Result<(Vec<(f32, DocAddress)>, usize)> {
    let by_date = |order: Order| -> Result<(Vec<(f32, DocAddress)>, usize)> {
        let top = TopDocs::with_limit(limit).order_by_fast_field::<DateTime>("published", order);
        let (hits, total) = searcher.search(query, &(top, Count))?;
        Ok((hits.into_iter().map(|(_, a)| (0.0, a)).collect(), total))
    };
    match sort {
        Sort::Relevance => {
            Ok(searcher.search(query, &(TopDocs::with_limit(limit).order_by_score(), Count))?)
        }
        Sort::Date => by_date(Order::Asc),
        Sort::NewestFirst => by_date(Order::Desc),
    }
}

/// Document counts per value of each requested facet, over every matching document
/// (tantivy's terms aggregation on the fast fields: no stored document is read).
pub fn count_facets(
    searcher: &Searcher,
    query: &dyn Query,
    facets: &[Facet],
    size: usize,
) -> Result<BTreeMap<String, Vec<FacetCount>>> {
    let mut out = BTreeMap::new();
    if facets.is_empty() {
        return Ok(out);
    }
    let request: serde_json::Map<String, serde_json::Value> = facets
        .iter()
        .map(|f| {
            (
                f.field().to_string(),
                serde_json::json!({"terms": {"field": f.field(), "size": size}}),
            )
        })
        .collect();
    let aggs: Aggregations = serde_json::from_value(serde_json::Value::Object(request))?;
    let collector = AggregationCollector::from_aggs(aggs, Default::default());
    let result = serde_json::to_value(searcher.search(query, &collector)?)?;
    for f in facets {
        let buckets = result[f.field()]["buckets"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let counts = buckets
            .iter()
            .map(|b| FacetCount {
                value: match &b["key"] {
                    serde_json::Value::String(s) => s.clone(),
                    other => other.to_string(),
                },
                count: b["doc_count"].as_u64().unwrap_or(0),
            })
            .collect();
        out.insert(f.field().to_string(), counts);
    }
    Ok(out)
}

/// The query, restricted to documents with a date in [from, to] (inclusive days).
fn with_date_range(query: Box<dyn Query>, f: Fields, filters: &Filters) -> Box<dyn Query> {
    if filters.from.is_none() && filters.to.is_none() {
        return query;
    }
    let range = |field| -> Box<dyn Query> {
        let bound = |d: Option<Date>, end_of_day: bool| match d {
            Some(d) => {
                let secs = d.unix_seconds() + if end_of_day { 86_399 } else { 0 };
                Bound::Included(Term::from_field_date_for_search(
                    field,
                    crate::index::store::seconds_to_datetime(secs),
                ))
            }
            None => Bound::Unbounded,
        };
        Box::new(RangeQuery::new(
            bound(filters.from, false),
            bound(filters.to, true),
        ))
    };
    let dates: Box<dyn Query> = match filters.on {
        DateOn::Published => range(f.published),
        DateOn::Event => range(f.event),
        DateOn::Any => Box::new(BooleanQuery::new(vec![
            (Occur::Should, range(f.published)),
            (Occur::Should, range(f.event)),
        ])),
    };
    Box::new(BooleanQuery::new(vec![
        (Occur::Must, query),
        (Occur::Must, dates),
    ]))
}

/// Folds runs of whitespace (paragraph breaks too) into one space for a one-line snippet,
/// and turns byte ranges of the raw fragment into character ranges of the folded one.
fn fold_whitespace(raw: &str, ranges: &[(usize, usize)]) -> (String, Vec<(usize, usize)>) {
    let mut out = String::with_capacity(raw.len());
    let mut byte_to_char = vec![0usize; raw.len() + 1];
    let mut chars = 0usize;
    let mut pending_space = false;
    for (b, c) in raw.char_indices() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
        } else {
            if pending_space {
                out.push(' ');
                chars += 1;
                pending_space = false;
            }
            byte_to_char[b] = chars;
            out.push(c);
            chars += 1;
        }
        byte_to_char[b + c.len_utf8()] = chars;
    }
    let mapped = ranges
        .iter()
        .map(|&(s, e)| (byte_to_char[s], byte_to_char[e]))
        .collect();
    (out, mapped)
}

#[cfg(test)]
mod tests {
    use super::fold_whitespace;

    #[test]
    fn folding_keeps_highlights_on_their_words() {
        let raw = "w  Jaśle\n\nbiblioteka";
        let b = raw.find("biblioteka").unwrap();
        let (s, r) = fold_whitespace(raw, &[(b, b + "biblioteka".len())]);
        assert_eq!(s, "w Jaśle biblioteka");
        let (a, e) = r[0];
        assert_eq!(
            s.chars().skip(a).take(e - a).collect::<String>(),
            "biblioteka"
        );
    }
}
