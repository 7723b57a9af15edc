//! The Polish analyzer used for `title` and `body`, at index and at query time:
//! split on non-letters, lower-case, fold diacritics, stem. "w Jaśle", "Jaslo" and
//! "Jasło" all reach the key "jasl".

use crate::polish::{fold_diacritics, stem::stem};
use tantivy::tokenizer::{
    LowerCaser, RemoveLongFilter, SimpleTokenizer, StopWordFilter, TextAnalyzer, Token,
    TokenFilter, TokenStream, Tokenizer,
};

/// Prepositions and conjunctions that occur in nearly every document: matching them adds
/// nothing to a search and only clutters highlights ("w Jaśle" matches on Jaśle).
const STOP_WORDS: &[&str] = &[
    "a", "i", "o", "u", "w", "we", "z", "ze", "na", "do", "od", "po", "za", "się", "że", "oraz",
];

pub const POLISH: &str = "pl";

pub fn polish_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(60))
        .filter(LowerCaser)
        .filter(StopWordFilter::remove(
            STOP_WORDS.iter().map(|w| w.to_string()),
        ))
        .filter(PolishStem)
        .build()
}

pub fn register(index: &tantivy::Index) {
    index.tokenizers().register(POLISH, polish_analyzer());
}

/// Replaces each token's text by its folded stem.
#[derive(Clone)]
pub struct PolishStem;

impl TokenFilter for PolishStem {
    type Tokenizer<T: Tokenizer> = PolishStemFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> PolishStemFilter<T> {
        PolishStemFilter { inner: tokenizer }
    }
}

#[derive(Clone)]
pub struct PolishStemFilter<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for PolishStemFilter<T> {
    type TokenStream<'a> = PolishStemStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        PolishStemStream {
            tail: self.inner.token_stream(text),
        }
    }
}

pub struct PolishStemStream<T> {
    tail: T,
}

impl<T: TokenStream> TokenStream for PolishStemStream<T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        token.text = stem(&fold_diacritics(&token.text));
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<String> {
        let mut a = polish_analyzer();
        let mut s = a.token_stream(text);
        let mut out = Vec::new();
        while s.advance() {
            out.push(s.token().text.clone());
        }
        out
    }

    #[test]
    fn inflected_and_ascii_forms_meet() {
        assert_eq!(keys("w Jaśle"), keys("w Jaslo"));
        assert_eq!(keys("w Jaśle"), ["jasl"]);
        assert_eq!(keys("Bibliotece"), keys("biblioteka"));
    }
}
