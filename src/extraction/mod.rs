//! Extraction: entities in the cleaned text. Each finder returns byte spans; this module
//! merges them, drops same-type overlaps, and converts offsets to characters once.

pub mod dates;
pub mod organizations;
pub mod persons;
pub mod places;
pub mod programs;
pub mod tokens;
mod unheaded_orgs;

use crate::record::{Document, Entity, EntityType};
use crate::text_offsets::CharIndex;

/// A mention found by one finder, in byte offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub kind: EntityType,
    pub start: usize,
    pub end: usize,
    pub lemma: String,
    pub value: Option<String>,
    pub note: Option<String>,
}

/// True when one of `spans` shares a byte with `start..end`: the finders' test for a word
/// or a candidate already claimed by an earlier finder.
pub(crate) fn overlaps_any(spans: &[Span], start: usize, end: usize) -> bool {
    spans.iter().any(|s| s.start < end && start < s.end)
}

/// Fills `doc.entities` from `doc.text`, using the publication date to resolve years.
pub fn annotate(doc: &mut Document) {
    doc.entities = entities(&doc.text, doc.published_date());
}

/// All entities of a text, sorted by position. Different types may nest (a place inside
/// an organization's name); within one type the longer mention wins.
pub fn entities(text: &str, published: Option<crate::calendar::Date>) -> Vec<Entity> {
    let words = tokens::words(text);
    let orgs = organizations::find(text, &words);
    let mut spans = dates::find(text, published);
    spans.extend(places::find(text, &words, &orgs));
    spans.extend(persons::find(text, &words));
    spans.extend(orgs);
    spans.extend(programs::find(text, &words));
    let spans = drop_overlaps(spans);
    let index = CharIndex::new(text);
    spans
        .into_iter()
        .map(|s| Entity {
            granularity: dates::granularity(s.kind, s.value.as_deref()).map(String::from),
            role: dates::role(text, s.kind, s.start, s.end).map(String::from),
            kind: s.kind,
            text: text[s.start..s.end].to_string(),
            lemma: s.lemma,
            start: index.char_at(s.start),
            end: index.char_at(s.end),
            value: s.value,
            note: s.note,
        })
        .collect()
}

/// Within one type the longer mention wins; across types, a person's name wins over a
/// place inside it ("Jarosław Kaczyński" is no mention of the town Jarosław), and a longer
/// place over a "person" inside it ("Stany" of Stany Zjednoczone).
fn drop_overlaps(mut spans: Vec<Span>) -> Vec<Span> {
    spans.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
    let of_kind = |kind: EntityType| -> Vec<(usize, usize)> {
        spans
            .iter()
            .filter(|s| s.kind == kind)
            .map(|s| (s.start, s.end))
            .collect()
    };
    let (persons, places) = (of_kind(EntityType::Person), of_kind(EntityType::Place));
    let inside = |outer: &[(usize, usize)], s: &Span, strictly: bool| {
        outer
            .iter()
            .any(|&(a, b)| a <= s.start && s.end <= b && (!strictly || b - a > s.end - s.start))
    };
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        let clash = out
            .iter()
            .any(|o| o.kind == s.kind && o.start < s.end && s.start < o.end);
        let covered = match s.kind {
            EntityType::Place => inside(&persons, &s, false),
            EntityType::Person => inside(&places, &s, true),
            _ => false,
        };
        if !clash && !covered {
            out.push(s);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_are_characters() {
        let text = "Zażółć gęślą jaźń w Jaśle 3 maja 2014 r.";
        let e = entities(text, None);
        for ent in &e {
            let by_chars: String = text
                .chars()
                .skip(ent.start)
                .take(ent.end - ent.start)
                .collect();
            assert_eq!(by_chars, ent.text);
        }
        assert!(e
            .iter()
            .any(|x| x.kind == EntityType::Place && x.lemma == "Jasło"));
        assert!(e
            .iter()
            .any(|x| x.kind == EntityType::Date && x.lemma == "2014-05-03"));
    }
}
