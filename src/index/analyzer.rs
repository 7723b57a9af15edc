//! The Polish analyzers, at index time and (through [`query_words`]) at query time. A word
//! yields two kinds of token, in two fields:
//! - [`POLISH_LEMMAS`] (`title_lemmas`, `body_lemmas`, no positions): each of its lemmas from
//!   the lexicon, lower-case and without diacritics: every reading of an ambiguous form, so
//!   recall does not depend on guessing the sense ("w Jaśle" → `jaslo`), except a lemma
//!   spelled like the form itself ("Jasło" → no lemma token), which the form field holds:
//!   queries look for each lemma in both fields;
//! - [`POLISH_FORMS`] (`title`, `body`, with positions): the word itself, lower-case and
//!   without diacritics, for "exact phrases" and to rank the form that was typed first.
//!
//! Two fields rather than both tokens in one: only forms need positions (phrases), and
//! positions are most of what indexing a token costs.
//!
//! Both sides fold diacritics, so "Jaslo" and "Jasło" are one query. Two choices keep
//! ambiguity from costing precision (`examples/inflection_check.rs` measures it):
//! - in a text, a word written in lower case drops its proper-name readings when it has a
//!   common one ("gdańska" is the adjective, not the city's genitive);
//! - in a query, a word drops its verb readings when it has another ("spotkanie" does not
//!   find "spotkał", though SGJP files the gerund under "spotkać"), unless it is the
//!   infinitive (then "odbyć" is the verb, not the genitive plural of "odbycie"). Typed in
//!   lower case, a query word keeps its proper-name readings: people type "jasło".

use crate::duplicates::Fnv;
use crate::polish::fold_char;
use crate::polish::lexicon::{self, SearchReading};
use std::collections::HashMap;
use std::sync::{Arc, LazyLock, RwLock};
use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer};

/// Prepositions and conjunctions that occur in nearly every document: matching them adds
/// nothing to a search and only clutters highlights ("w Jaśle" matches on Jaśle). They still
/// take a position, so a phrase keeps its gaps.
const STOP_WORDS: &[&str] = &[
    "a", "i", "o", "u", "w", "we", "z", "ze", "na", "do", "od", "po", "za", "się", "sie", "że",
    "oraz",
];

/// Longer "words" are not words (base64, URLs glued together): skipped.
const MAX_WORD_CHARS: usize = 60;

/// The tokenizer of the form fields.
pub const POLISH_FORMS: &str = "pl_forms";
/// The tokenizer of the lemma fields.
pub const POLISH_LEMMAS: &str = "pl_lemmas";

/// One word of a text, as search sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Index of the word in the text (stop words count too).
    pub position: usize,
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
    /// The form, lower-case without diacritics.
    pub form: String,
    /// Its lemmas, lower-case without diacritics.
    pub lemmas: Vec<String>,
}

/// Whether a text is being indexed or is a query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Text,
    Query,
}

/// The words of a text that search indexes, in order.
pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    each_word(text, Mode::Text, |w| out.push(w));
    out
}

/// The words of a query, with the lemmas they are searched by.
pub fn query_words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    each_word(text, Mode::Query, |w| out.push(w));
    out
}

fn each_word(text: &str, mode: Mode, mut emit: impl FnMut(Word)) {
    let mut lower = String::new();
    scan(text, |raw, position, start| {
        if !lower_if_indexed(raw, &mut lower) {
            return;
        }
        let form: String = lower.chars().map(fold_char).collect();
        let readings = readings_cached(&lower);
        let mut lemmas: Vec<String> = chosen(&readings, raw, mode, &form)
            .map(str::to_string)
            .collect();
        if lemmas.is_empty() {
            lemmas.push(form.clone());
        }
        emit(Word {
            position,
            start,
            end: start + raw.len(),
            form,
            lemmas,
        });
    });
}

/// Calls `f(word, position, byte offset)` for every run of letters and digits; stop words
/// and overlong words are passed too, since they take a position.
fn scan(text: &str, mut f: impl FnMut(&str, usize, usize)) {
    let mut position = 0;
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                f(&text[s..i], position, s);
                position += 1;
                start = None;
            }
            _ => {}
        }
    }
}

/// Writes the lower-case word into `lower` (a buffer reused word after word); false for a
/// word that is not indexed (a stop word, or too long to be a word).
fn lower_if_indexed(raw: &str, lower: &mut String) -> bool {
    if raw.len() > MAX_WORD_CHARS && raw.chars().nth(MAX_WORD_CHARS).is_some() {
        return false;
    }
    lower.clear();
    if raw.is_ascii() {
        lower.push_str(raw);
        lower.make_ascii_lowercase();
    } else {
        lower.extend(raw.chars().flat_map(char::to_lowercase));
    }
    // Every stop word is at most four bytes: longer words skip the list.
    lower.len() > 4 || !STOP_WORDS.contains(&lower.as_str())
}

type Readings = Arc<[SearchReading]>;

/// Word frequencies follow Zipf's law: most tokens are a few thousand words, so their
/// readings are looked up in the lexicon once per process, by whichever indexing thread
/// meets the word first (tantivy's writer threads come and go). Cleared when full, to
/// bound memory.
static READINGS: LazyLock<RwLock<HashMap<String, Readings, Fnv>>> =
    LazyLock::new(|| RwLock::new(HashMap::default()));
const CACHE_WORDS: usize = 200_000;

fn readings_cached(lower: &str) -> Readings {
    // A poisoned lock only means another thread panicked mid-insert; the map is still valid.
    if let Some(hit) = READINGS
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .get(lower)
    {
        return hit.clone();
    }
    // Numbers and codes are their own lemma; the guesser would only invent endings.
    let readings: Readings = if lower.chars().any(|c| c.is_ascii_digit()) {
        Arc::new([])
    } else {
        lexicon::search_readings(lower).into()
    };
    let mut cache = READINGS.write().unwrap_or_else(|e| e.into_inner());
    if cache.len() >= CACHE_WORDS {
        cache.clear();
    }
    cache.insert(lower.to_string(), readings.clone());
    readings
}

/// The lemma keys of a word: its readings, less those the module comment explains (the
/// caller falls back to the folded form when there is none). Keys are distinct already.
/// `folded` (the word's folded form) is only consulted for queries.
fn chosen<'r>(
    readings: &'r [SearchReading],
    raw: &str,
    mode: Mode,
    folded: &str,
) -> impl Iterator<Item = &'r str> {
    let drop_proper = mode == Mode::Text && !crate::polish::is_capitalized(raw);
    let infinitive = mode == Mode::Query && readings.iter().any(|r| r.verb && r.key == folded);
    let drop = move |r: &SearchReading| match mode {
        Mode::Text => drop_proper && r.proper,
        Mode::Query => r.verb != infinitive,
    };
    let keep_all = readings.iter().all(drop);
    readings
        .iter()
        .filter(move |r| keep_all || !drop(r))
        .map(|r| r.key.as_str())
}

/// True when a lemma key is the folded spelling of the lower-case word.
fn is_form(key: &str, lower: &str) -> bool {
    if lower.is_ascii() {
        return key == lower;
    }
    key.chars().eq(lower.chars().map(fold_char))
}

/// The analyzer registered as [`POLISH_LEMMAS`].
pub fn lemma_analyzer() -> TextAnalyzer {
    TextAnalyzer::from(PolishTokenizer::new(true))
}

/// The analyzer registered as [`POLISH_FORMS`].
pub fn form_analyzer() -> TextAnalyzer {
    TextAnalyzer::from(PolishTokenizer::new(false))
}

pub fn register(index: &tantivy::Index) {
    index.tokenizers().register(POLISH_LEMMAS, lemma_analyzer());
    index.tokenizers().register(POLISH_FORMS, form_analyzer());
}

#[derive(Clone)]
pub struct PolishTokenizer {
    /// Lemma tokens, or form tokens.
    lemmas: bool,
    tokens: Vec<Token>,
    /// The current word in lower case.
    lower: String,
}

impl PolishTokenizer {
    fn new(lemmas: bool) -> PolishTokenizer {
        PolishTokenizer {
            lemmas,
            tokens: Vec::new(),
            lower: String::new(),
        }
    }
}

impl Tokenizer for PolishTokenizer {
    type TokenStream<'a> = PolishTokens<'a>;

    /// Fills the reused token buffers: no allocation per token once they have grown.
    fn token_stream<'a>(&'a mut self, text: &'a str) -> PolishTokens<'a> {
        let PolishTokenizer {
            lemmas,
            tokens,
            lower,
        } = self;
        let mut len = 0;
        scan(text, |raw, position, start| {
            if !lower_if_indexed(raw, lower) {
                return;
            }
            let mut next = |fill: &mut dyn FnMut(&mut String)| {
                if len == tokens.len() {
                    tokens.push(Token::default());
                }
                let t = &mut tokens[len];
                t.offset_from = start;
                t.offset_to = start + raw.len();
                t.position = position;
                t.position_length = 1;
                t.text.clear();
                fill(&mut t.text);
                len += 1;
            };
            let fold = |out: &mut String| {
                if lower.is_ascii() {
                    out.push_str(lower);
                } else {
                    out.extend(lower.chars().map(fold_char));
                }
            };
            if !*lemmas {
                next(&mut |t| fold(t));
                return;
            }
            // A lemma spelled like the form is left to the form field, which queries search
            // for lemmas too: a third of all lemma tokens, and the lemma field costs as much to
            // index as the positional one.
            let readings = readings_cached(lower);
            for key in chosen(&readings, raw, Mode::Text, "") {
                if !is_form(key, lower) {
                    next(&mut |t| t.push_str(key));
                }
            }
        });
        PolishTokens {
            tokens: &mut tokens[..len],
            next: 0,
        }
    }
}

pub struct PolishTokens<'a> {
    tokens: &'a mut [Token],
    next: usize,
}

impl TokenStream for PolishTokens<'_> {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.tokens.len()
    }

    fn token(&self) -> &Token {
        &self.tokens[self.next - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.next - 1]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(mut a: TextAnalyzer, text: &str) -> Vec<(usize, String)> {
        let mut s = a.token_stream(text);
        let mut out = Vec::new();
        while s.advance() {
            out.push((s.token().position, s.token().text.clone()));
        }
        out
    }

    fn lemmas(word: &str) -> Vec<String> {
        query_words(word).remove(0).lemmas
    }

    #[test]
    fn a_lemma_spelled_like_the_form_is_left_to_the_form_field() {
        assert!(tokens(lemma_analyzer(), "Jasło").is_empty());
        assert_eq!(tokens(form_analyzer(), "Jasło"), [(0, "jaslo".to_string())]);
        // Its other lemmas stay: "mam" is a form of "mieć" (and of "mama").
        let mam = tokens(lemma_analyzer(), "mam");
        assert!(mam.iter().any(|(_, t)| t == "miec"), "{mam:?}");
        assert!(mam.iter().all(|(_, t)| t != "mam"), "{mam:?}");
    }

    #[test]
    fn a_word_gives_its_lemmas_and_its_form_at_one_position() {
        assert_eq!(
            tokens(lemma_analyzer(), "w Jaśle"),
            [(1, "jaslo".to_string())]
        );
        assert_eq!(
            tokens(form_analyzer(), "w Jaśle"),
            [(1, "jasle".to_string())]
        );
    }

    #[test]
    fn inflected_and_ascii_forms_meet() {
        for (a, b) in [
            ("Jaśle", "Jaslo"),
            ("Jasle", "Jasło"),
            ("Szebniach", "Szebnie"),
            ("Osobnicy", "Osobnica"),
            ("Trzcinicy", "Trzcinica"),
            ("Warzycach", "Warzyce"),
            ("bibliotece", "biblioteka"),
            ("bibliotekach", "biblioteki"),
            ("spotkaniu", "spotkanie"),
            ("odbędzie", "odbyć"),
            ("odbedzie", "odbyła"),
            ("publicznej", "publiczny"),
            ("Barbarę", "Barbara"),
        ] {
            let (la, lb) = (lemmas(a), lemmas(b));
            assert!(
                la.iter().any(|l| lb.contains(l)),
                "{a} {la:?} vs {b} {lb:?}"
            );
        }
    }

    #[test]
    fn words_that_only_share_a_prefix_stay_apart() {
        for (a, b) in [
            ("biblioteka", "bibliotekarz"),
            ("program", "prognoza"),
            ("program", "programista"),
            ("Jasło", "Jasień"),
        ] {
            let (la, lb) = (lemmas(a), lemmas(b));
            assert!(
                !la.iter().any(|l| lb.contains(l)),
                "{a} {la:?} vs {b} {lb:?}"
            );
        }
    }

    #[test]
    fn lower_case_text_is_not_a_name_and_a_query_noun_is_not_a_verb() {
        let text = |w: &str| words(w).remove(0).lemmas;
        assert!(text("Gdańska").contains(&"gdansk".to_string()));
        assert!(!text("gdańska").contains(&"gdansk".to_string()));
        assert!(text("spotkanie").contains(&"spotkac".to_string()));
        assert!(!lemmas("spotkanie").contains(&"spotkac".to_string()));
        assert!(lemmas("jasło").contains(&"jaslo".to_string()));
        assert_eq!(lemmas("odbyć"), ["odbyc"]);
        assert!(lemmas("spotkaniu").contains(&"spotkanie".to_string()));
    }

    #[test]
    fn stop_words_keep_their_position_and_numbers_stay_numbers() {
        let w = words("Noc Bibliotek w 2014 r.");
        let positions: Vec<usize> = w.iter().map(|w| w.position).collect();
        assert_eq!(positions, [0, 1, 3, 4]);
        assert_eq!(w[2].lemmas, ["2014"]);
    }

    #[test]
    fn hostile_text_is_split_or_skipped() {
        let long = "ą".repeat(10_000);
        assert!(words(&long).is_empty());
        let w = words("abc\u{0}def\u{7}ghi\u{FFFD}jkl Ωмешанный字");
        assert!(w.len() >= 4);
        assert!(words("").is_empty());
    }
}
