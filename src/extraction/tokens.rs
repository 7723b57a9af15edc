//! Words with their byte spans, and the text between them. Name finders walk these.

use regex::Regex;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

/// Letters and digits, with inner hyphens and apostrophes ("Miejsko-Gminna", "O'Neill").
pub fn words(text: &str) -> Vec<Word<'_>> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE
        .get_or_init(|| Regex::new(r"[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*").expect("static regex"));
    re.find_iter(text)
        .map(|m| Word {
            text: m.as_str(),
            start: m.start(),
            end: m.end(),
        })
        .collect()
}

/// The characters between two consecutive words.
pub fn gap<'a>(text: &'a str, left: &Word, right: &Word) -> &'a str {
    &text[left.end..right.start]
}

/// Index of the word that starts (or, with `by_end`, ends) at byte `offset`: words are in
/// text order, so a binary search, not a scan per span.
pub fn index_at(words: &[Word], offset: usize, by_end: bool) -> Option<usize> {
    let key = |w: &Word| if by_end { w.end } else { w.start };
    words.binary_search_by_key(&offset, key).ok()
}

/// True when the word opens a sentence (or the text), where any word is capitalised.
pub fn at_sentence_start(text: &str, w: &Word) -> bool {
    let before = text[..w.start].trim_end();
    before.is_empty() || before.ends_with(['.', '!', '?', ':', '"', '„'])
}

/// True when only spaces or tabs stand between the start of a line (or of the text) and
/// byte `pos`: a heading, a programme line or a paragraph without a full stop before it.
pub fn opens_line(text: &str, pos: usize) -> bool {
    let before = text[..pos].trim_end_matches([' ', '\u{a0}', '\t']);
    before.is_empty() || before.ends_with('\n')
}

/// The word before byte `pos`, lower-case, without a trailing dot ("poz." → "poz").
pub fn word_before(text: &str, pos: usize) -> String {
    let before = text[..pos].trim_end().trim_end_matches('.');
    before
        .rsplit(|ch: char| !ch.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_lowercase()
}

/// `text` holds `word` (or words) with no letter or digit running into it on either side.
pub fn contains_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// True when only spaces (no line break, no punctuation) separate two words:
/// a name never runs across a comma, a full stop or a paragraph.
pub fn joined(text: &str, left: &Word, right: &Word) -> bool {
    let g = gap(text, left, right);
    !g.is_empty() && g.chars().all(|c| c == ' ' || c == '\u{a0}' || c == '\t')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyphenated_names_are_one_word() {
        let w = words("Miejsko-Gminny Ośrodek, w Jaśle.");
        let texts: Vec<_> = w.iter().map(|w| w.text).collect();
        assert_eq!(texts, ["Miejsko-Gminny", "Ośrodek", "w", "Jaśle"]);
        assert!(joined("Miejsko-Gminny Ośrodek, w", &w[0], &w[1]));
        assert!(!joined("Miejsko-Gminny Ośrodek, w Jaśle.", &w[1], &w[2]));
    }
}
