//! Words with their byte spans, and the text between them. Name finders walk these.

use crate::static_regex::compiled;
use regex::Regex;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

/// Letters and digits, with inner hyphens and apostrophes ("Miejsko-Gminna", "O'Neill").
/// The same words as the regex `[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*`, scanned by hand
/// because every document is split once and the regex cost 2% of an ingest.
pub fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut start = None;
    while let Some((i, c)) = chars.next() {
        if is_word_char(c) {
            start.get_or_insert(i);
            continue;
        }
        let Some(s) = start else {
            continue;
        };
        // A forum nick ("Ewa_z_Bystrzycy") is one word, not a name and a place.
        let joins = matches!(c, '-' | '\'' | '’' | '_')
            && chars.peek().is_some_and(|&(_, next)| is_word_char(next));
        if !joins {
            out.push(Word {
                text: &text[s..i],
                start: s,
                end: i,
            });
            start = None;
        }
    }
    if let Some(s) = start {
        out.push(Word {
            text: &text[s..],
            start: s,
            end: text.len(),
        });
    }
    out
}

/// A letter or digit in Unicode's sense (`\p{L}` or `\p{N}`): ASCII and Polish letters
/// answered at once, other scripts by the regex's tables (`char::is_alphabetic` would
/// also take combining marks).
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    if crate::polish::POLISH_LETTERS.contains(c) {
        return true;
    }
    static RE: OnceLock<Regex> = OnceLock::new();
    compiled(&RE, r"^[\p{L}\p{N}]$").is_match(c.encode_utf8(&mut [0; 4]))
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
        // A forum nick is one word too; a trailing underscore is no joint.
        let texts: Vec<_> = words("od Ewa_z_Bystrzycy _x")
            .iter()
            .map(|w| w.text)
            .collect();
        assert_eq!(texts, ["od", "Ewa_z_Bystrzycy", "x"]);
    }

    proptest::proptest! {
        /// The hand scanner splits as the regex it replaced, over letters of several
        /// scripts, digits, joiners, combining marks and punctuation.
        #[test]
        fn words_are_those_of_the_regex(text in "[a-zA-Z0-9ąŁóŻéßжЖ٣Ⅻ①\u{301}\u{93f} .,'’-]{0,40}") {
            let re = Regex::new(r"[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*").expect("regex");
            let expected: Vec<(usize, usize)> = re.find_iter(&text).map(|m| (m.start(), m.end())).collect();
            let found: Vec<(usize, usize)> = words(&text).iter().map(|w| (w.start, w.end)).collect();
            proptest::prop_assert_eq!(found, expected);
        }
    }
}
