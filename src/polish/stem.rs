//! A light stemmer for search. It works on lower-cased, diacritic-folded tokens, so
//! "Jaśle", "Jasle" and "Jasło" meet at "jasl", and "bibliotece"/"biblioteka" at "bibliotek".
//! It only has to map the forms of one word to the same key; the key need not be a word.

/// Endings stripped (longest first). Folded: "ą" is "a", "ę" is "e".
const SUFFIXES: &[&str] = &[
    "owskiego", "owskich", "iami", "ami", "iach", "ach", "owie", "owi", "iego", "ego", "iemu",
    "emu", "ymi", "imi", "ych", "ich", "iej", "ej", "iom", "om", "iem", "em", "ym", "im", "ow",
    "ie", "ia", "ii", "iu", "io", "a", "e", "i", "o", "u", "y",
];

/// Stems one folded, lower-case token. Short tokens and numbers pass unchanged.
pub fn stem(token: &str) -> String {
    if token.chars().count() < 4 || token.chars().any(|c| c.is_ascii_digit()) {
        return token.to_string();
    }
    let mut base = token;
    for suffix in SUFFIXES {
        if let Some(s) = token.strip_suffix(suffix) {
            if s.chars().count() >= 3 {
                base = s;
                break;
            }
        }
    }
    normalise_alternation(base)
}

/// Undoes the consonant changes before -e/-y endings so all forms share one key:
/// bibliotec-e → bibliotek, Pradz-e → prag, Barbarz-e → barbar.
fn normalise_alternation(stem: &str) -> String {
    for (soft, hard) in [("dz", "g"), ("rz", "r"), ("c", "k")] {
        if let Some(base) = stem.strip_suffix(soft) {
            if base.chars().count() >= 3 {
                return format!("{base}{hard}");
            }
        }
    }
    match stem.strip_suffix('i') {
        Some(base) if base.chars().count() >= 3 => base.to_string(),
        _ => stem.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::polish::fold_diacritics;

    fn key(word: &str) -> String {
        stem(&fold_diacritics(&word.to_lowercase()))
    }

    #[test]
    fn forms_of_one_word_share_a_key() {
        for group in [
            &[
                "biblioteka",
                "biblioteki",
                "bibliotece",
                "bibliotekę",
                "bibliotekach",
            ][..],
            &["partnerstwo", "partnerstwa", "partnerstwie", "partnerstwem"],
            &["Jasło", "Jaśle", "Jasla", "Jaslo"],
            &["Szebnie", "Szebniach"],
            &["Osobnica", "Osobnicy"],
            &["spotkanie", "spotkania", "spotkaniu", "spotkaniem"],
        ] {
            let k = key(group[0]);
            for w in group {
                assert_eq!(key(w), k, "{w} vs {}", group[0]);
            }
        }
    }

    #[test]
    fn unrelated_words_stay_apart() {
        assert_ne!(key("biblioteka"), key("bibliotekarz"));
        assert_ne!(key("program"), key("prognoza"));
    }
}
