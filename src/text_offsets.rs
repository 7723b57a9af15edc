//! Byte → character offsets. Rust strings index by byte; the JSON contract promises
//! character offsets (what Python and the scorers count), so conversion lives here, once.

/// Maps byte offsets of one text to character offsets.
pub struct CharIndex {
    /// `starts[i]` is the byte offset of character `i`; one extra entry for the end.
    starts: Vec<usize>,
}

impl CharIndex {
    pub fn new(text: &str) -> CharIndex {
        let mut starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        starts.push(text.len());
        CharIndex { starts }
    }

    /// Character offset of a byte offset (a byte inside a character maps to that character).
    pub fn char_at(&self, byte: usize) -> usize {
        match self.starts.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polish_letters_are_one_character() {
        let t = "w Jaśle i Szebniach";
        let idx = CharIndex::new(t);
        let b = t.find("Szebniach").unwrap();
        assert_eq!(idx.char_at(b), 10);
        assert_eq!(idx.char_at(t.len()), t.chars().count());
    }
}
