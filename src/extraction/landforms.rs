//! Seas, lakes, bays, forests, uplands and mountains named by a common noun written with a
//! capital and an adjective after it: "Morzu Bałtyckim" → Morze Bałtyckie, "Zatoce
//! Gdańskiej" → Zatoka Gdańska, "Górach Świętokrzyskich" → Góry Świętokrzyskie. The noun
//! says what the name is; neither word need be known to the lexicon as a place.

use super::places::plural_adjective_nominative;
use super::tokens::{at_sentence_start, gap, joined, Word};
use crate::polish::inflection::{adjective_nominative, NounGender};
use crate::polish::is_capitalized;
use std::collections::HashMap;
use std::sync::LazyLock;

/// A kind of landform: its nominative singular and plural, its gender, and its forms in
/// the other cases, singular then plural (facts of Polish declension).
struct Kind {
    singular: &'static str,
    plural: &'static str,
    gender: NounGender,
    forms: &'static [&'static str],
    plural_forms: &'static [&'static str],
}

use NounGender::{Feminine as F, Masculine as M, Neuter as N};

#[rustfmt::skip]
const KINDS: &[Kind] = &[
    Kind { singular: "Morze", plural: "Morza", gender: N, forms: &["Morza", "Morzu", "Morzem"], plural_forms: &["Mórz", "Morzach"] },
    Kind { singular: "Jezioro", plural: "Jeziora", gender: N, forms: &["Jeziora", "Jezioru", "Jeziorem", "Jeziorze"], plural_forms: &["Jezior", "Jeziorach"] },
    Kind { singular: "Pojezierze", plural: "Pojezierza", gender: N, forms: &["Pojezierza", "Pojezierzu", "Pojezierzem"], plural_forms: &[] },
    Kind { singular: "Pogórze", plural: "Pogórza", gender: N, forms: &["Pogórza", "Pogórzu", "Pogórzem"], plural_forms: &[] },
    Kind { singular: "Wybrzeże", plural: "Wybrzeża", gender: N, forms: &["Wybrzeża", "Wybrzeżu", "Wybrzeżem"], plural_forms: &[] },
    Kind { singular: "Zalew", plural: "Zalewy", gender: M, forms: &["Zalewu", "Zalewowi", "Zalewem", "Zalewie"], plural_forms: &["Zalewów", "Zalewach"] },
    Kind { singular: "Kanał", plural: "Kanały", gender: M, forms: &["Kanału", "Kanałowi", "Kanałem", "Kanale"], plural_forms: &[] },
    Kind { singular: "Półwysep", plural: "Półwyspy", gender: M, forms: &["Półwyspu", "Półwyspowi", "Półwyspem", "Półwyspie"], plural_forms: &[] },
    Kind { singular: "Zatoka", plural: "Zatoki", gender: F, forms: &["Zatoki", "Zatoce", "Zatokę", "Zatoką"], plural_forms: &["Zatok", "Zatokach"] },
    Kind { singular: "Puszcza", plural: "Puszcze", gender: F, forms: &["Puszczy", "Puszczę", "Puszczą"], plural_forms: &[] },
    Kind { singular: "Wyżyna", plural: "Wyżyny", gender: F, forms: &["Wyżyny", "Wyżynie", "Wyżynę", "Wyżyną"], plural_forms: &[] },
    Kind { singular: "Nizina", plural: "Niziny", gender: F, forms: &["Niziny", "Nizinie", "Nizinę", "Niziną"], plural_forms: &[] },
    Kind { singular: "Kotlina", plural: "Kotliny", gender: F, forms: &["Kotliny", "Kotlinie", "Kotlinę", "Kotliną"], plural_forms: &[] },
    Kind { singular: "Pustynia", plural: "Pustynie", gender: F, forms: &["Pustyni", "Pustynię", "Pustynią"], plural_forms: &[] },
    Kind { singular: "Wyspa", plural: "Wyspy", gender: F, forms: &["Wyspy", "Wyspie", "Wyspę", "Wyspą"], plural_forms: &["Wysp", "Wyspach", "Wyspami"] },
    Kind { singular: "Góra", plural: "Góry", gender: F, forms: &["Góry", "Górze", "Górę", "Górą"], plural_forms: &["Gór", "Górach", "Górami"] },
];

/// Each written form of a kind: the kind, and whether the form is plural only.
static FORMS: LazyLock<HashMap<&'static str, (&'static Kind, bool)>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for kind in KINDS {
        for f in kind.plural_forms {
            map.insert(*f, (kind, true));
        }
        // "Wyspy", "Góry" are a singular's genitive and the plural's nominative; the
        // adjective tells which.
        for f in std::iter::once(&kind.singular).chain(kind.forms) {
            map.insert(*f, (kind, false));
        }
    }
    // "Jez. Nidzkiego": the lake's abbreviation, followed by its dot.
    if let Some(lake) = KINDS.iter().find(|k| k.singular == "Jezioro") {
        map.insert("Jez", (lake, false));
    }
    map
});

/// The landforms the words name, as (start, end, lemma); the caller drops those that
/// overlap what it found before.
pub fn find(text: &str, words: &[Word]) -> Vec<(usize, usize, String)> {
    let capitalised_at = |k: usize, after: &Word| {
        words
            .get(k)
            .is_some_and(|w| is_capitalized(w.text) && joined(text, after, w))
    };
    let mut found: Vec<_> = (0..words.len().saturating_sub(1))
        .filter_map(|i| {
            let (noun, adjective) = (&words[i], &words[i + 1]);
            let (kind, plural_only) = FORMS.get(noun.text)?;
            let abbreviated = noun.text == "Jez" && gap(text, noun, adjective) == ". ";
            // "Górę Świętej Anny": the adjective belongs to the name after it.
            if !(joined(text, noun, adjective) || abbreviated)
                || !is_capitalized(adjective.text)
                || capitalised_at(i + 2, adjective)
            {
                return None;
            }
            let lemma = lemma(kind, *plural_only, adjective.text)?;
            let singular = lemma.starts_with(kind.singular);
            // "Małej Niziny Węgierskiej": a singular's adjective before the noun too.
            let before = i
                .checked_sub(1)
                .map(|b| &words[b])
                .filter(|b| singular && is_capitalized(b.text) && joined(text, b, noun))
                .filter(|b| !at_sentence_start(text, b) && same_case(b.text, adjective.text))
                .and_then(|b| Some((b, adjective_nominative(b.text, kind.gender)?)))
                .filter(|(_, nominative)| is_name_adjective(nominative));
            Some(match before {
                Some((b, nominative)) => (b.start, adjective.end, format!("{nominative} {lemma}")),
                None => (noun.start, adjective.end, lemma),
            })
        })
        .collect();
    found.extend(parks(text, words));
    found
}

/// A park's noun in its cases.
const PARK_FORMS: &[&str] = &["Park", "Parku", "Parkiem", "Parkowi"];

/// The kind of park a word after "Park" names, in the nominative.
fn park_kind(word: &str) -> Option<&'static str> {
    [("Narodow", "Narodowy"), ("Krajobrazow", "Krajobrazowy")]
        .into_iter()
        .find(|(stem, _)| word.starts_with(stem))
        .map(|(_, kind)| kind)
}

/// "z Parku Narodowego „Bory Tucholskie”": a place found as a park's noun and kind takes
/// the name in quotes after it. The new end and the lemma.
pub fn park_named_in_quotes(text: &str, start: usize, end: usize) -> Option<(usize, String)> {
    let mut parts = text.get(start..end)?.split(' ');
    let (Some(park), Some(kind), None) = (parts.next(), parts.next(), parts.next()) else {
        return None;
    };
    let kind = park_kind(kind).filter(|_| PARK_FORMS.contains(&park))?;
    let rest = text.get(end..)?;
    let inner = rest
        .strip_prefix(" „")
        .or_else(|| rest.strip_prefix(" \""))?;
    let close = inner.find(['”', '"'])?;
    let name = &inner[..close];
    if name.is_empty() || name.chars().count() > 60 || name.contains('\n') {
        return None;
    }
    let closing = inner[close..].chars().next()?.len_utf8();
    let new_end = end + (rest.len() - inner.len()) + close + closing;
    Some((new_end, format!("Park {kind} „{name}”")))
}

/// "w Rudniku nad Sanem", "Nowe Miasto nad Pilicą", "Kostrzyn nad Odrą": the river that
/// official names of towns add after "nad", when the text at `end` goes on so. One or two
/// capitalised words in the instrumental ("nad Nysą Kłodzką"), as written.
pub fn river_after(text: &str, end: usize) -> Option<&str> {
    let rest = text.get(end..)?.strip_prefix(" nad ")?;
    let instrumental = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().count() >= 3
            && ["ą", "em", "ią"].iter().any(|e| w.ends_with(e))
    };
    let mut words = rest.split(|c: char| !c.is_alphabetic());
    let first = words.next().filter(|w| instrumental(w))?;
    let spaced = rest[first.len()..].starts_with(' ');
    let second = words
        .next()
        .filter(|w| spaced && instrumental(w) && w.ends_with('ą'));
    let len = second.map_or(first.len(), |s| first.len() + 1 + s.len());
    Some(&rest[..len])
}

/// National and landscape parks, which NKJP marks as geographic names: "Magurskiego Parku
/// Narodowego" → Magurski Park Narodowy, "Załęczańskim Parkiem Krajobrazowym".
fn parks(text: &str, words: &[Word]) -> Vec<(usize, usize, String)> {
    words
        .windows(3)
        .filter_map(|w| {
            let (adjective, park, kind) = (&w[0], &w[1], &w[2]);
            if !PARK_FORMS.contains(&park.text)
                || !is_capitalized(adjective.text)
                || !joined(text, adjective, park)
                || !joined(text, park, kind)
            {
                return None;
            }
            let kind = park_kind(kind.text)?;
            let nominative = adjective_nominative(adjective.text, M)?;
            is_name_adjective(&nominative).then(|| {
                let lemma = format!("{nominative} Park {kind}");
                (adjective.start, w[2].end, lemma)
            })
        })
        .collect()
}

/// Two adjectives with one ending, so in one case ("Małej", "Węgierskiej"; "Wielkim",
/// "Słonym").
pub(crate) fn same_case(a: &str, b: &str) -> bool {
    let ending = |w: &str| {
        let e = ["ego", "emu", "ej", "ym", "im", "ą", "a", "e", "y", "i"]
            .into_iter()
            .find(|e| w.ends_with(e));
        e.map(|e| e.replace('i', "y"))
    };
    ending(a).is_some_and(|e| ending(b) == Some(e))
}

/// "Wyspach Kanaryjskich" → Wyspy Kanaryjskie, "Górze Świętej" → Góra Święta; `None` when
/// the second word has no adjective's ending of a suffix names take (-ski, -cki, -ny, …).
fn lemma(kind: &Kind, plural_only: bool, adjective: &str) -> Option<String> {
    let plural = plural_only
        || adjective.ends_with("ich")
        || adjective.ends_with("ych")
        || (kind.gender != N && adjective.ends_with('e') && !adjective.ends_with("ej"));
    let nominative = if plural {
        // The instrumental plural ("Wyspami Kanaryjskimi") beside the genitive and locative.
        let stem = plural_adjective_nominative(adjective)
            .or_else(|| adjective.strip_suffix("imi").map(|s| format!("{s}ie")))
            .or_else(|| adjective.strip_suffix("ymi").map(|s| format!("{s}e")));
        stem.or_else(|| adjective.ends_with('e').then(|| adjective.to_string()))?
    } else {
        adjective_nominative(adjective, kind.gender)?
    };
    if !is_name_adjective(&nominative) {
        return None;
    }
    let noun = if plural { kind.plural } else { kind.singular };
    Some(format!("{noun} {nominative}"))
}

/// The endings adjectives in geographic names take: Bałtyckie, Gdańska, Martwe, Czarne,
/// Śródziemne, Biały.
fn is_name_adjective(nominative: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ski", "ska", "skie", "cki", "cka", "ckie", "dzki", "dzka", "dzkie", "ny", "na", "ne",
        "wy", "wa", "we", "ty", "ta", "te", "ły", "ła", "łe", "ry", "ra", "re",
    ];
    ENDINGS.iter().any(|e| nominative.ends_with(e)) && nominative.chars().count() >= 4
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extraction::tokens::words;

    fn lemmas(text: &str) -> Vec<String> {
        find(text, &words(text))
            .into_iter()
            .map(|(.., l)| l)
            .collect()
    }

    #[test]
    fn a_landforms_noun_and_adjective_are_its_name_in_the_nominative() {
        assert_eq!(
            lemmas(
                "Pływali po Morzu Bałtyckim i Zatoce Gdańskiej, nad Jeziorem Rożnowskim, \
                 w Górach Świętokrzyskich i na Wyspach Kanaryjskich, po Wyspy Kanaryjskie."
            ),
            [
                "Morze Bałtyckie",
                "Zatoka Gdańska",
                "Jezioro Rożnowskie",
                "Góry Świętokrzyskie",
                "Wyspy Kanaryjskie",
                "Wyspy Kanaryjskie",
            ]
        );
        assert_eq!(lemmas("Szczyt Góry Grójeckiej"), ["Góra Grójecka"]);
        assert_eq!(
            lemmas("Z Magurskim Parkiem Narodowym i Załęczańskiego Parku Krajobrazowego."),
            ["Magurski Park Narodowy", "Załęczański Park Krajobrazowy"]
        );
        let text = "Strażnicy z Parku Narodowego „Bory Tucholskie” przyszli.";
        let start = text.find("Parku").unwrap_or_default();
        let end = text.find(" „").unwrap_or_default();
        assert_eq!(
            park_named_in_quotes(text, start, end),
            Some((
                text.find(" przyszli").unwrap_or_default(),
                "Park Narodowy „Bory Tucholskie”".to_string()
            ))
        );
        assert_eq!(lemmas("Brzegiem Jez. Nidzkiego"), ["Jezioro Nidzkie"]);
        assert_eq!(
            lemmas("Leży na Małej Nizinie Węgierskiej."),
            ["Mała Nizina Węgierska"]
        );
        // The adjective before another name is that name's: Góra Świętej Anny.
        assert!(lemmas("Autostrada przez Górę Świętej Anny").is_empty());
        // A noun written small, or a second word that is no adjective, names nothing.
        assert!(lemmas("nad morzem Bałtyckim, w Górach Kalwarii, Wyspy Hipopotama").is_empty());
    }
}
