//! Polish language knowledge shared by extraction and search: month names, first names,
//! inflection rules that bring names back to the nominative, and the SGJP lexicon.
//!
//! This is a rule-based first version; a dictionary-backed lexicon will replace the
//! guesses in [`inflection`] where it knows the word.

pub mod gazetteer;
pub mod inflection;
pub mod lexicon;
pub mod months;
pub mod names;

/// Replaces Polish letters with their base letters: "Jaśle" → "Jasle".
pub fn fold_diacritics(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

pub fn fold_char(c: char) -> char {
    match c {
        'ą' => 'a',
        'ć' => 'c',
        'ę' => 'e',
        'ł' => 'l',
        'ń' => 'n',
        'ó' => 'o',
        'ś' => 's',
        'ź' | 'ż' => 'z',
        'Ą' => 'A',
        'Ć' => 'C',
        'Ę' => 'E',
        'Ł' => 'L',
        'Ń' => 'N',
        'Ó' => 'O',
        'Ś' => 'S',
        'Ź' | 'Ż' => 'Z',
        other => other,
    }
}

/// The word with its first letter in upper case ("zdrój" → Zdrój).
pub fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// True for a word that starts with an upper-case letter (a name candidate).
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// A Polish postal code, "87-148".
pub fn is_postal_code(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() == 6
        && b[2] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 2 || c.is_ascii_digit())
}

/// A Roman number of up to four letters I, V, X ("II", "XIV"): regnal numbers and the
/// numbers in names of streets and popes.
pub fn is_small_roman(word: &str) -> bool {
    !word.is_empty() && word.len() <= 4 && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// True for an all-caps token of 2–8 letters, e.g. GBP, CAL, PAFW.
pub fn is_acronym(word: &str) -> bool {
    let n = word.chars().count();
    (2..=8).contains(&n) && word.chars().all(|c| c.is_uppercase() && c.is_alphabetic())
}

/// The acronym a token is written with: an acronym in capitals ("GOPS"), one with a case
/// ending after a hyphen ("WPEC-u", "PZU-em") or one with small letters inside ("PiS",
/// "LRKCh", "ZAiKS"), which are never two small letters in a row.
pub fn acronym_core(word: &str) -> Option<&str> {
    if is_acronym(word) {
        return Some(word);
    }
    if let Some((core, ending)) = word.split_once('-') {
        let short_ending = (1..=3).contains(&ending.chars().count());
        let core_is_acronym = is_acronym(core) || mixed_case_acronym(core);
        return (core_is_acronym && short_ending && ending.chars().all(char::is_lowercase))
            .then_some(core);
    }
    mixed_case_acronym(word).then_some(word)
}

/// "PiS", "LRKCh", "ZAiKS": capitals with single small letters among them.
fn mixed_case_acronym(word: &str) -> bool {
    // Runs for every capitalised word, without allocating.
    let (mut n, mut capitals, mut previous_small) = (0, 0, false);
    for (i, c) in word.chars().enumerate() {
        let small = c.is_lowercase();
        if !c.is_alphabetic() || (i == 0 && small) || (small && previous_small) || i >= 6 {
            return false;
        }
        n += 1;
        capitals += usize::from(c.is_uppercase());
        previous_small = small;
    }
    n >= 3 && capitals >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_all_polish_letters() {
        assert_eq!(
            fold_diacritics("Zażółć gęślą jaźń ŁÓDŹ"),
            "Zazolc gesla jazn LODZ"
        );
    }

    #[test]
    fn acronyms() {
        assert!(is_acronym("GBP"));
        assert!(is_acronym("PAFW"));
        assert!(!is_acronym("A"));
        assert!(!is_acronym("Gbp"));
        assert!(!is_acronym("PRB2"));
        assert_eq!(acronym_core("WPEC-u"), Some("WPEC"));
        assert_eq!(acronym_core("PiS"), Some("PiS"));
        assert_eq!(acronym_core("LRKCh"), Some("LRKCh"));
        assert_eq!(acronym_core("PiS-u"), Some("PiS"));
        assert_eq!(acronym_core("Nowa-Huta"), None);
        assert_eq!(acronym_core("McCain"), None);
        assert_eq!(acronym_core("Biało-Czerwoni"), None);
        assert_eq!(acronym_core("Kraków"), None);
    }
}
