//! Persons: a known first name followed by a capitalised surname, optionally after a
//! title ("p.", "dr", "dyrektor", "wójt"). The first name's case tells the surname's, so
//! "p. Barbarę Chmurę" becomes Barbara Chmura and "Ewą Jędrysiak" Ewa Jędrysiak.

use super::tokens::{joined, Word};
use super::Span;
use crate::polish::inflection::{org_head, surname_nominative};
use crate::polish::{is_acronym, is_capitalized, names};
use crate::record::EntityType;

pub fn find(text: &str, words: &[Word]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut i = 0;
    while i + 1 < words.len() {
        let (first, second) = (&words[i], &words[i + 1]);
        let name = names::first_name(first.text);
        match name {
            Some(form) if joined(text, first, second) && is_surname(second.text) => {
                // A second given name ("Anna Maria Nowak") belongs to the same person.
                let (surname, last) = match words.get(i + 2) {
                    Some(third)
                        if names::first_name(second.text).is_some()
                            && joined(text, second, third)
                            && is_surname(third.text) =>
                    {
                        (third, i + 2)
                    }
                    _ => (second, i + 1),
                };
                let given: Vec<&str> = (i..last)
                    .map(|k| names::first_name(words[k].text).map_or(words[k].text, |f| f.lemma))
                    .collect();
                let lemma = format!(
                    "{} {}",
                    given.join(" "),
                    surname_nominative(surname.text, form.gender, form.case)
                );
                out.push(Span {
                    kind: EntityType::Person,
                    start: first.start,
                    end: surname.end,
                    lemma,
                    value: None,
                    note: None,
                });
                i = last + 1;
            }
            _ => i += 1,
        }
    }
    out
}

fn is_surname(w: &str) -> bool {
    is_capitalized(w)
        && w.chars().count() >= 2
        && !is_acronym(w)
        && org_head(w).is_none()
        && !crate::polish::months::is_month_name(w)
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extraction::tokens::words;

    fn persons(text: &str) -> Vec<(String, String)> {
        find(text, &words(text))
            .into_iter()
            .map(|s| (text[s.start..s.end].to_string(), s.lemma))
            .collect()
    }

    #[test]
    fn names_in_any_case() {
        assert_eq!(
            persons("Konferencję poprowadziła Elżbieta Tomczak z CAL.")[0].1,
            "Elżbieta Tomczak"
        );
        assert_eq!(
            persons("podziękowania dla p. Barbarę Chmurę")[0].1,
            "Barbara Chmura"
        );
        assert_eq!(persons("rozmowa z Ewą Jędrysiak")[0].1, "Ewa Jędrysiak");
        assert_eq!(persons("spotkanie z Janem Kowalskim")[0].1, "Jan Kowalski");
        assert_eq!(
            persons("wizyta Marka Nowaka")[0],
            ("Marka Nowaka".into(), "Marek Nowak".into())
        );
        assert_eq!(
            persons("Anna Maria Wiśniewska")[0].1,
            "Anna Maria Wiśniewska"
        );
    }

    #[test]
    fn not_persons() {
        assert!(persons("Maja Biblioteka").is_empty());
        assert!(persons("w maju").is_empty());
    }
}
