//! The query language. tantivy's grammar reads the text (words, "phrases", AND/OR/NOT, +/-,
//! field:value, parentheses, ^boost, word*); we turn its tree into queries on our fields
//! ourselves, because the stock parser joins the several lemmas of an ambiguous word with AND
//! (a phrase at one position) where search needs OR, and because an entity filter should
//! accept any spelling of a value ("place:Jaśle" finds Jasło).

use crate::error::{ArchiwumError, Result};
use crate::index::analyzer::{query_words as words, Word};
use crate::index::Fields;
use crate::polish::{fold_diacritics, is_capitalized};
use std::collections::BTreeSet;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, Occur, PhraseQuery, Query, RangeQuery,
    RegexQuery, TermQuery, TermSetQuery,
};
use tantivy::query_grammar::{
    parse_query_lenient, Delimiter, UserInputAst, UserInputBound, UserInputLeaf, UserInputLiteral,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{Searcher, Term};

/// Fields a query can name, for `--help` and error messages.
pub const FIELD_NAMES: &str = "title:, body:, place:, org:, person:, program:, source:, year:";
/// A title match counts this much more than a body match.
const TITLE_BOOST: f32 = 2.0;

/// A compiled query and what the user may have meant where an entity filter matched nothing.
pub struct Compiled {
    pub query: Box<dyn Query>,
    /// Known values close to a filter value that matched none ("place:Jasla" → Jasło).
    pub suggestions: Vec<String>,
}

/// Compiles the user's query. Entity values are looked up in the searcher's term
/// dictionaries.
pub fn compile(text: &str, fields: Fields, searcher: &Searcher) -> Result<Compiled> {
    let (ast, errors) = parse_query_lenient(text);
    if let Some(e) = errors.first() {
        let at = text[..e.pos.min(text.len())].chars().count() + 1;
        return Err(ArchiwumError::BadQuery(format!(
            "{} at character {at} of {text:?}",
            e.message
        )));
    }
    let mut compiler = Compiler {
        fields,
        searcher,
        suggestions: Vec::new(),
    };
    let query = compiler.ast(&ast)?.ok_or_else(|| {
        ArchiwumError::BadQuery(format!(
            "{text:?} has no word to search for (very common words like \"w\" or \"i\" are not indexed)"
        ))
    })?;
    Ok(Compiled {
        query,
        suggestions: compiler.suggestions,
    })
}

struct Compiler<'a> {
    fields: Fields,
    searcher: &'a Searcher,
    suggestions: Vec<String>,
}

/// A text as the index holds it: its forms (with positions) and its lemmas.
#[derive(Clone, Copy)]
struct TextFields {
    forms: Field,
    lemmas: Field,
}

/// What a field name in the query refers to.
enum Target {
    /// Words through the Polish analyzer, in these texts (and boosts).
    Text(Vec<(TextFields, f32)>),
    /// An entity's lemma, in any spelling.
    Entity(Field),
    /// A part of the page's path or URL.
    Source,
    Year,
}

impl Compiler<'_> {
    fn ast(&mut self, ast: &UserInputAst) -> Result<Option<Box<dyn Query>>> {
        match ast {
            UserInputAst::Clause(items) => self.clause(items),
            UserInputAst::Boost(inner, boost) => Ok(self.ast(inner)?.map(|q| {
                Box::new(BoostQuery::new(q, boost.into_inner() as f32)) as Box<dyn Query>
            })),
            UserInputAst::Leaf(leaf) => self.leaf(leaf),
        }
    }

    fn clause(
        &mut self,
        items: &[(Option<Occur>, UserInputAst)],
    ) -> Result<Option<Box<dyn Query>>> {
        let mut parts = Vec::new();
        for (occur, sub) in items {
            if let Some(q) = self.ast(sub)? {
                // Words without an operator must all match (conjunction by default).
                parts.push((occur.unwrap_or(Occur::Must), q));
            }
        }
        if parts.is_empty() {
            return Ok(None);
        }
        if parts.iter().all(|(o, _)| *o == Occur::MustNot) {
            // "-word" alone means everything but documents with the word.
            parts.push((Occur::Must, Box::new(AllQuery)));
        }
        if parts.len() == 1 && parts[0].0 != Occur::MustNot {
            return Ok(parts.pop().map(|(_, q)| q));
        }
        Ok(Some(Box::new(BooleanQuery::new(parts))))
    }

    fn leaf(&mut self, leaf: &UserInputLeaf) -> Result<Option<Box<dyn Query>>> {
        match leaf {
            UserInputLeaf::Literal(literal) => self.literal(literal),
            UserInputLeaf::All => Ok(Some(Box::new(AllQuery))),
            UserInputLeaf::Range { field, lower, upper } => match field.as_deref() {
                Some("year") => Ok(Some(self.year_range(lower, upper)?)),
                _ => Err(ArchiwumError::BadQuery(
                    "ranges work on year:[2010 TO 2014]; for days use --from/--to".to_string(),
                )),
            },
            other => Err(ArchiwumError::BadQuery(format!(
                "{other:?} is not part of the query language: use words, \"phrases\", AND/OR/NOT and {FIELD_NAMES}"
            ))),
        }
    }

    fn target(&self, name: Option<&str>) -> Result<Target> {
        let f = self.fields;
        let title = TextFields {
            forms: f.title,
            lemmas: f.title_lemmas,
        };
        let body = TextFields {
            forms: f.body,
            lemmas: f.body_lemmas,
        };
        Ok(match name {
            None => Target::Text(vec![(title, TITLE_BOOST), (body, 1.0)]),
            Some("title") => Target::Text(vec![(title, 1.0)]),
            Some("body" | "text") => Target::Text(vec![(body, 1.0)]),
            Some("place") => Target::Entity(f.place),
            Some("org" | "organization") => Target::Entity(f.org),
            Some("person") => Target::Entity(f.person),
            Some("program") => Target::Entity(f.program),
            Some("source") => Target::Source,
            Some("year") => Target::Year,
            Some(other) => {
                return Err(ArchiwumError::BadQuery(format!(
                    "unknown field {other}: (fields are {FIELD_NAMES})"
                )))
            }
        })
    }

    fn literal(&mut self, lit: &UserInputLiteral) -> Result<Option<Box<dyn Query>>> {
        match self.target(lit.field_name.as_deref())? {
            Target::Text(fields) => Ok(text_query(lit, &fields)),
            Target::Entity(field) => self.entity(field, &lit.phrase).map(Some),
            Target::Source => source_query(self.fields.source, &lit.phrase).map(Some),
            Target::Year => {
                let year = parse_year(&lit.phrase)?;
                Ok(Some(Box::new(TermQuery::new(
                    Term::from_field_u64(self.fields.year, year),
                    IndexRecordOption::Basic,
                ))))
            }
        }
    }

    fn year_range(&self, lower: &UserInputBound, upper: &UserInputBound) -> Result<Box<dyn Query>> {
        use std::ops::Bound;
        let bound = |b: &UserInputBound| -> Result<Bound<Term>> {
            let term = |s: &str| parse_year(s).map(|y| Term::from_field_u64(self.fields.year, y));
            Ok(match b {
                UserInputBound::Inclusive(s) => Bound::Included(term(s)?),
                UserInputBound::Exclusive(s) => Bound::Excluded(term(s)?),
                UserInputBound::Unbounded => Bound::Unbounded,
            })
        };
        Ok(Box::new(RangeQuery::new(bound(lower)?, bound(upper)?)))
    }

    /// Documents with an entity whose lemma is `value` in any case, with or without Polish
    /// letters, or in an inflected form ("place:Jaśle", "org:\"gminnej biblioteki publicznej\"").
    fn entity(&mut self, field: Field, value: &str) -> Result<Box<dyn Query>> {
        let wanted = Name::new(value);
        let mut matches = BTreeSet::new();
        let mut known = BTreeSet::new();
        for segment in self.searcher.segment_readers() {
            let inverted = segment.inverted_index(field)?;
            let mut stream = inverted.terms().stream()?;
            while stream.advance() {
                let Ok(term) = std::str::from_utf8(stream.key()) else {
                    continue;
                };
                if wanted.names(term) {
                    matches.insert(term.to_string());
                } else if matches.is_empty() {
                    known.insert(term.to_string());
                }
            }
        }
        if matches.is_empty() {
            self.suggestions.extend(nearest(value, &known));
        }
        let terms = matches.iter().map(|t| Term::from_field_text(field, t));
        // A term set builds an automaton per segment: worth it only for many values.
        if matches.len() > 8 {
            return Ok(Box::new(TermSetQuery::new(terms)));
        }
        let any = BooleanQuery::new(
            terms
                .map(|t| -> (Occur, Box<dyn Query>) {
                    (
                        Occur::Should,
                        Box::new(TermQuery::new(t, IndexRecordOption::Basic)),
                    )
                })
                .collect(),
        );
        // Scored like the term set: a filter adds the same to every match.
        Ok(Box::new(ConstScoreQuery::new(Box::new(any), 1.0)))
    }
}

/// The query for words in text fields: every word must match, each by any of its lemmas
/// (or, quoted, the words as a phrase of their forms).
fn text_query(lit: &UserInputLiteral, fields: &[(TextFields, f32)]) -> Option<Box<dyn Query>> {
    let words = words(&lit.phrase);
    if words.is_empty() {
        return None;
    }
    // The grammar marks `"…"*` as a prefix and leaves the star on an unquoted `word*`.
    let prefix = lit.prefix || (lit.delimiter == Delimiter::None && lit.phrase.ends_with('*'));
    let per_field = |field: TextFields| -> Box<dyn Query> {
        if lit.delimiter != Delimiter::None && words.len() > 1 {
            return phrase_query(field.forms, &words, lit.slop);
        }
        let mut all: Vec<(Occur, Box<dyn Query>)> = words
            .iter()
            .map(|w| {
                (
                    Occur::Must,
                    word_query(field, w, lit.delimiter != Delimiter::None),
                )
            })
            .collect();
        if prefix {
            if let Some(last) = words.last() {
                all.pop();
                all.push((Occur::Must, prefix_query(field.forms, last)));
            }
        }
        if all.len() == 1 {
            all.remove(0).1
        } else {
            Box::new(BooleanQuery::new(all))
        }
    };
    let alternatives: Vec<(Occur, Box<dyn Query>)> = fields
        .iter()
        .map(|&(field, boost)| {
            let q = per_field(field);
            let q: Box<dyn Query> = if boost == 1.0 {
                q
            } else {
                Box::new(BoostQuery::new(q, boost))
            };
            (Occur::Should, q)
        })
        .collect();
    Some(if alternatives.len() == 1 {
        alternatives.into_iter().next()?.1
    } else {
        Box::new(BooleanQuery::new(alternatives))
    })
}

/// One word: any of its lemmas, or (quoted) only its own form. The form is a Should clause
/// too, so documents with the form that was typed rank first.
fn word_query(field: TextFields, word: &Word, exact: bool) -> Box<dyn Query> {
    let term = |field: Field, text: &str| -> (Occur, Box<dyn Query>) {
        (
            Occur::Should,
            Box::new(TermQuery::new(
                Term::from_field_text(field, text),
                IndexRecordOption::WithFreqs,
            )),
        )
    };
    let mut any = vec![term(field.forms, &word.form)];
    if !exact {
        // A lemma spelled like a form is indexed only as that form (index::analyzer).
        for l in &word.lemmas {
            any.push(term(field.lemmas, l));
            if *l != word.form {
                any.push(term(field.forms, l));
            }
        }
    }
    Box::new(BooleanQuery::new(any))
}

fn phrase_query(field: Field, words: &[Word], slop: u32) -> Box<dyn Query> {
    let first = words.first().map_or(0, |w| w.position);
    let terms = words
        .iter()
        .map(|w| (w.position - first, Term::from_field_text(field, &w.form)))
        .collect();
    Box::new(PhraseQuery::new_with_offset_and_slop(terms, slop))
}

/// `bibliot*`: any form that starts so.
fn prefix_query(field: Field, word: &Word) -> Box<dyn Query> {
    let pattern = format!("{}.*", regex::escape(&word.form));
    match RegexQuery::from_pattern(&pattern, field) {
        Ok(q) => Box::new(q),
        // An escaped literal prefix always compiles; fall back to the word itself.
        Err(_) => Box::new(TermQuery::new(
            Term::from_field_text(field, &word.form),
            IndexRecordOption::WithFreqs,
        )),
    }
}

/// `source:jaslo.pl`: pages whose path or URL contains the text.
fn source_query(field: Field, part: &str) -> Result<Box<dyn Query>> {
    let pattern = format!(".*{}.*", regex::escape(part));
    RegexQuery::from_pattern(&pattern, field)
        .map(|q| Box::new(q) as Box<dyn Query>)
        .map_err(|e| ArchiwumError::BadQuery(format!("source:{part}: {e}")))
}

fn parse_year(text: &str) -> Result<u64> {
    text.trim()
        .parse::<u64>()
        .ok()
        .filter(|y| (1000..=2999).contains(y))
        .ok_or_else(|| ArchiwumError::BadQuery(format!("year:{text} is not a year like 2014")))
}

/// An entity value as the user wrote it, analysed once and compared with every indexed
/// lemma of the field.
struct Name {
    key: String,
    words: Vec<Word>,
    /// The value in capitals when it could be initials ("prb" → PRB).
    initials: Option<String>,
}

impl Name {
    fn new(value: &str) -> Name {
        let n = value.chars().count();
        let could_be_initials = (2..=8).contains(&n) && value.chars().all(char::is_alphabetic);
        Name {
            key: key(value),
            words: words(value),
            initials: could_be_initials.then(|| value.to_uppercase()),
        }
    }

    /// True when an indexed entity lemma `term` is this value: the same words, case and
    /// diacritics aside; word by word forms of the same lemmas; or its initials.
    fn names(&self, term: &str) -> bool {
        if self.key == key(term) || self.initials_of(term) {
            return true;
        }
        // "Gminna Biblioteka Publiczna w Jaśle" is the one "… w Jaśle z/s w Szebniach" too:
        // the seat is said after the name.
        let seat = term
            .split_once(" z/s ")
            .or_else(|| term.split_once(" z siedzibą "));
        if seat.is_some_and(|(name, _)| self.names(name)) {
            return true;
        }
        let have = words(term);
        have.len() == self.words.len()
            && !have.is_empty()
            && have
                .iter()
                .zip(&self.words)
                .all(|(h, w)| h.lemmas.iter().any(|l| w.lemmas.contains(l)))
    }

    /// "PRB" for "Program Rozwoju Bibliotek", "gbp" for "Gminna Biblioteka Publiczna w
    /// Jaśle": the initials of the capitalised words before the first lower-case one.
    fn initials_of(&self, term: &str) -> bool {
        let Some(wanted) = &self.initials else {
            return false;
        };
        let initials: String = term
            .split_whitespace()
            .take_while(|w| is_capitalized(w))
            .filter_map(|w| w.chars().next())
            .collect();
        initials.chars().count() > 1 && initials.to_uppercase() == *wanted
    }
}

fn key(s: &str) -> String {
    fold_diacritics(&s.to_lowercase())
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Up to three known values within a few typing errors of `value`, closest first.
fn nearest(value: &str, known: &BTreeSet<String>) -> Vec<String> {
    let wanted = key(value);
    let limit = (wanted.chars().count() / 4).clamp(1, 3);
    let mut scored: Vec<(usize, &String)> = known
        .iter()
        .map(|k| (edit_distance(&wanted, &key(k)), k))
        .filter(|(d, _)| *d <= limit)
        .collect();
    scored.sort();
    scored.into_iter().take(3).map(|(_, k)| k.clone()).collect()
}

/// Edits between two spellings, in characters: insertions, deletions, substitutions, and
/// two neighbours swapped ("Szebnei" for Szebnie), a typing error as common as the others.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d: Vec<Vec<usize>> = (0..=a.len())
        .map(|i| (0..=b.len()).map(|j| if i == 0 { j } else { i }).collect())
        .collect();
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let substitution = d[i - 1][j - 1] + usize::from(a[i - 1] != b[j - 1]);
            let mut best = substitution.min(d[i - 1][j] + 1).min(d[i][j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_typing_errors() {
        assert_eq!(edit_distance("jaslo", "jaslo"), 0);
        assert_eq!(edit_distance("jasla", "jaslo"), 1);
        assert_eq!(edit_distance("szebnie", "szebnia"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("abc", ""), 3);
        assert_eq!(edit_distance("szebnei", "szebnie"), 1);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn entity_values_match_in_any_spelling() {
        let same = |value: &str, term: &str| Name::new(value).names(term);
        assert!(same("jaslo", "Jasło"));
        assert!(same("Jaśle", "Jasło"));
        assert!(same("szebniach", "Szebnie"));
        assert!(same(
            "gminnej biblioteki publicznej w jaśle",
            "Gminna Biblioteka Publiczna w Jaśle"
        ));
        assert!(!same("Jasło", "Jasień"));
        assert!(same("prb", "Program Rozwoju Bibliotek"));
        assert!(same("GBP", "Gminna Biblioteka Publiczna w Jaśle"));
        assert!(!same("GB", "Gminna Biblioteka Publiczna w Jaśle"));
        assert!(!same(
            "Gminna Biblioteka",
            "Gminna Biblioteka Publiczna w Jaśle"
        ));
        let with_seat = "Gminna Biblioteka Publiczna w Jaśle z/s w Szebniach";
        assert!(same("Gminna Biblioteka Publiczna w Jaśle", with_seat));
        assert!(same(with_seat, with_seat));
        assert!(!same("Gminna Biblioteka Publiczna w Szebniach", with_seat));
    }

    #[test]
    fn nearest_known_values_within_a_few_errors() {
        let known: BTreeSet<String> = ["Jasło", "Szebnie", "Krosno"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(nearest("Jaslu", &known), ["Jasło"]);
        assert_eq!(nearest("Szebnei", &known), ["Szebnie"]);
        assert!(nearest("Warszawa", &known).is_empty());
    }
}
