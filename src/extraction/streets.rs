//! Streets, squares and estates ("ul. Mickiewicza", "przy placu Wolności", "na osiedlu
//! Tysiąclecia"): place mentions in the NKJP typology, spanned with the word that names
//! the kind of place. The lemma is that word in full and in the nominative ("ulica
//! Krakowska"); the note [`STREET`] keeps them out of the place facet, which lists towns.

use super::organizations::looks_adjectival;
use super::tokens::{joined, Word};
use super::Span;
use crate::polish::inflection::{adjective_nominative, NounGender};
use crate::polish::{is_capitalized, is_small_roman};
use crate::record::EntityType;

/// The note of a street mention.
pub const STREET: &str = "street";

/// Words naming the kind of place, lower-case (capitalised ones count too), with the
/// nominative and its gender.
const KINDS: &[(&[&str], &str, NounGender)] = &[
    (
        &["ul", "ulica", "ulicy", "ulicę", "ulicą"],
        "ulica",
        NounGender::Feminine,
    ),
    (
        &["al", "aleja", "alei", "aleję", "aleją"],
        "aleja",
        NounGender::Feminine,
    ),
    (
        &["pl", "plac", "placu", "placem"],
        "plac",
        NounGender::Masculine,
    ),
    (
        &["os", "osiedle", "osiedla", "osiedlu", "osiedlem"],
        "osiedle",
        NounGender::Neuter,
    ),
    (
        &["rondo", "ronda", "rondzie", "rondem"],
        "rondo",
        NounGender::Neuter,
    ),
];

/// True for a word naming a kind of street, square or estate, lower-case ("ul", "placu").
pub fn is_kind_word(lower: &str) -> bool {
    KINDS.iter().any(|(forms, _, _)| forms.contains(&lower))
}

/// Abbreviations that are only street kinds when a dot follows ("ul.", "al.", "pl.", "os.").
const ABBREVIATED: &[&str] = &["ul", "al", "pl", "os"];

/// Every street mention among `words`.
pub fn find(text: &str, words: &[Word]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        match street_at(text, words, i) {
            Some((last, span)) => {
                out.push(span);
                i = last + 1;
            }
            None => i += 1,
        }
    }
    out
}

/// A street whose kind word is word `i`: (index of its last word, the mention).
fn street_at(text: &str, words: &[Word], i: usize) -> Option<(usize, Span)> {
    let kind_word = words[i].text;
    // Runs for every word: the kind words are short and start with one of five letters.
    if kind_word.len() > "osiedlem".len()
        || !kind_word.starts_with(['u', 'a', 'p', 'o', 'r', 'U', 'A', 'P', 'O', 'R'])
    {
        return None;
    }
    let lower = kind_word.to_lowercase();
    let (_, nominative, gender) = KINDS
        .iter()
        .find(|(forms, _, _)| forms.contains(&lower.as_str()))?;
    let abbreviated = ABBREVIATED.contains(&lower.as_str());
    if abbreviated && !text[words[i].end..].starts_with('.') {
        return None;
    }
    // "biblioteka@zmigrod.pl. Patronat": the end of an address, not "plac".
    if text[..words[i].start].ends_with(['.', '@', '/']) {
        return None;
    }
    let last = name_end(text, words, i + 1)?;
    // Adjectives agree with the kind word until the first noun: "ul. Krakowskiej" →
    // Krakowska, but "ul. Ligi Polskiej" keeps the genitive of its noun.
    let mut agreeing = true;
    let name: Vec<String> = words[i + 1..=last]
        .iter()
        .map(|w| {
            agreeing &= looks_adjectival(w.text);
            agreeing
                .then(|| adjective_nominative(w.text, *gender))
                .flatten()
                .unwrap_or_else(|| w.text.to_string())
        })
        .collect();
    let span = Span {
        kind: EntityType::Place,
        start: words[i].start,
        end: words[last].end,
        lemma: format!("{nominative} {}", name.join(" ")),
        value: None,
        note: Some(STREET.to_string()),
    };
    Some((last, span))
}

/// The last word of a street's name starting at word `first`: capitalised words, and
/// numbers that are part of the name ("3 Maja", "Dywizjonu 303"), one space apart. A number
/// after the name is the house number and stays out.
fn name_end(text: &str, words: &[Word], first: usize) -> Option<usize> {
    let starts = |k: usize| {
        words.get(k).is_some_and(|w| {
            is_capitalized(w.text) || (is_number(w.text) && next_is_capitalized(text, words, k))
        })
    };
    if !starts(first) || !space_before(text, words, first) {
        return None;
    }
    let mut last = first;
    while let Some(next) = words.get(last + 1) {
        let previous = words[last].text;
        // "ul. Żwirki i Wigury", "Cyryla i Metodego": two nouns joined by "i" are one
        // name; adjectives so joined are two streets ("ul. Kościelnej i Szkolnej").
        let and_noun = next.text == "i"
            && joined(text, &words[last], next)
            && !looks_adjectival(previous)
            && words.get(last + 2).is_some_and(|n| {
                // Not a second street named by a phrase: "ul. Norwida i Na Równi".
                let phrase = matches!(n.text, "Na" | "Pod" | "Przy" | "Nad" | "Za" | "W" | "Do");
                joined(text, next, n)
                    && is_capitalized(n.text)
                    && !looks_adjectival(n.text)
                    && !phrase
            });
        if and_noun {
            last += 2;
            continue;
        }
        let continues = joined(text, &words[last], next)
            && (is_capitalized(next.text)
                || is_small_roman(next.text)
                || (is_number(next.text) && is_unit_name(previous)));
        if !continues {
            break;
        }
        last += 1;
    }
    Some(last)
}

fn space_before(text: &str, words: &[Word], k: usize) -> bool {
    let gap = &text[words[k - 1].end..words[k].start];
    matches!(gap, " " | ". " | "\u{a0}" | ".\u{a0}")
}

fn next_is_capitalized(text: &str, words: &[Word], k: usize) -> bool {
    words
        .get(k + 1)
        .is_some_and(|n| is_capitalized(n.text) && joined(text, &words[k], n))
}

fn is_number(w: &str) -> bool {
    !w.is_empty() && w.len() <= 4 && w.chars().all(|c| c.is_ascii_digit())
}

/// Units numbered after their name ("Dywizjonu 303", "Pułku 1").
fn is_unit_name(w: &str) -> bool {
    ["Dywizj", "Pułk", "Brygad"]
        .iter()
        .any(|u| w.starts_with(u))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extraction::tokens;

    fn streets(text: &str) -> Vec<(String, String)> {
        find(text, &tokens::words(text))
            .into_iter()
            .map(|s| (text[s.start..s.end].to_string(), s.lemma))
            .collect()
    }

    #[test]
    fn streets_squares_and_estates_with_their_kind_word() {
        let found = streets(
            "Biblioteka przy ul. Krakowskiej 12 zaprasza, a filia na placu Wolności i na \
             osiedlu Tysiąclecia. Pomnik stoi przy ulicy 3 Maja, blisko al. Jana Pawła II.",
        );
        assert_eq!(
            found,
            [
                ("ul. Krakowskiej".into(), "ulica Krakowska".into()),
                ("placu Wolności".into(), "plac Wolności".into()),
                ("osiedlu Tysiąclecia".into(), "osiedle Tysiąclecia".into()),
                ("ulicy 3 Maja".into(), "ulica 3 Maja".into()),
                ("al. Jana Pawła II".into(), "aleja Jana Pawła II".into()),
            ]
        );
    }

    #[test]
    fn two_nouns_joined_by_and_name_one_street_two_adjectives_two() {
        let surfaces =
            |text: &str| -> Vec<String> { streets(text).into_iter().map(|s| s.0).collect() };
        assert_eq!(
            surfaces("Filia przy ul. Żwirki i Wigury 11."),
            ["ul. Żwirki i Wigury"]
        );
        assert_eq!(
            surfaces("Róg ul. Kościelnej i Szkolnej."),
            ["ul. Kościelnej"]
        );
        assert_eq!(
            surfaces("Kanalizacja w ul. Norwida i Na Równi."),
            ["ul. Norwida"]
        );
    }

    #[test]
    fn kind_words_without_a_name_are_no_streets() {
        assert!(streets("Na ulicy było pusto, a ul przy pasiece brzęczał. Plac zabaw.").is_empty());
        assert!(streets("Pisz na adres biblioteka@zmigrod.pl. Patronat objął wójt.").is_empty());
    }
}
