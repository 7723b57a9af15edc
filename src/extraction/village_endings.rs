//! Which ending a village takes when its form reads as either: "w Konarzewie" is the
//! locative of Konarzew and of Konarzewo, and SGJP knows villages of both names. The
//! page's region tells, through its other places and its postal codes.

use super::tokens::Word;
use super::Span;
use crate::polish::{gazetteer, is_postal_code, lexicon};

/// -owo/-ewo (Konarzewo) or -ów/-ew (Konarzew), None for other endings.
fn neuter_ending(lemma: &str) -> Option<bool> {
    if lemma.ends_with("owo") || lemma.ends_with("ewo") {
        Some(true)
    } else if lemma.ends_with("ów") || lemma.ends_with("ew") {
        Some(false)
    } else {
        None
    }
}

/// Centres and lands of the west and north, where village names in -owo/-ewo gather
/// (facts of geography).
#[rustfmt::skip]
const NEUTER_REGIONS: &[&str] = &[
    "Poznań", "Gdańsk", "Gdynia", "Sopot", "Bydgoszcz", "Toruń", "Olsztyn", "Szczecin",
    "Koszalin", "Słupsk", "Elbląg", "Białystok", "Gniezno", "Leszno", "Piła", "Konin",
    "Suwałki", "Łomża", "Włocławek", "Grudziądz", "Malbork", "Tczew", "Wielkopolska", "Pomorze",
    "Kujawy", "Mazury", "Warmia", "Kaszuby", "Podlasie", "Żuławy", "Kociewie",
];

/// Centres and lands of the south and centre, where names in -ów/-ew gather.
#[rustfmt::skip]
const MASCULINE_REGIONS: &[&str] = &[
    "Kraków", "Rzeszów", "Lublin", "Kielce", "Katowice", "Łódź", "Tarnów", "Radom", "Opole",
    "Wrocław", "Częstochowa", "Przemyśl", "Krosno", "Jasło", "Sanok", "Nowy Sącz", "Zamość",
    "Chełm", "Gliwice", "Małopolska", "Śląsk", "Podkarpacie", "Lubelszczyzna", "Podhale",
    "Bieszczady", "Kielecczyzna",
];

/// The region a postal code's first two digits point to: Olsztyn and Białystok (1x) and
/// Poznań to Gdańsk (6x–8x) the north and west, 2x–5x and 9x the south and centre.
fn postal_region(code: &str) -> Option<bool> {
    match code.get(..1)? {
        "1" | "6" | "7" | "8" => Some(true),
        "2" | "3" | "4" | "5" | "9" => Some(false),
        _ => None,
    }
}

/// "w Konarzewie" is the locative of Konarzew and of Konarzewo, and SGJP knows villages of
/// both names. Names in -owo/-ewo gather in the west and north (Wielkopolska, Pomorze,
/// Kujawy, Mazury), names in -ów/-ew in the south and centre: the page's other places
/// (those only one ending reads, Dopiewo or Kraków, and the region's centres) and its
/// postal codes settle the ending of the doubtful ones.
pub(crate) fn settle(text: &str, words: &[Word], places: &mut [Span]) {
    let readings: Vec<Vec<String>> = places
        .iter()
        .map(|p| match &text[p.start..p.end] {
            // The gazetteer's towns are sure: "w Rzeszowie" is no village Rzeszowo.
            form if form.contains([' ', '-']) || gazetteer::lookup(form).is_some() => Vec::new(),
            form => lexicon::all_place_lemmas(form),
        })
        .collect();
    // Konarzewo beside Konarzew or Skórzewo beside Skórzewa, Robakowo beside Robaków.
    let doubtful = |r: &[String]| {
        r.iter()
            .filter(|n| neuter_ending(n) == Some(true))
            .any(|n| {
                let stem = &n[..n.len() - 1];
                let masculine = format!("{}ów", &n[..n.len() - 3]);
                r.iter()
                    .any(|o| *o == stem || *o == format!("{stem}a") || *o == masculine)
            })
    };
    let doubts: Vec<bool> = readings.iter().map(|r| doubtful(r)).collect();
    if !doubts.contains(&true) {
        return;
    }
    let region = |lemma: &str| {
        let listed = |list: &[&str]| list.contains(&lemma);
        (listed(NEUTER_REGIONS) || listed(MASCULINE_REGIONS)).then(|| listed(NEUTER_REGIONS))
    };
    let mut votes: Vec<(&str, bool)> = places
        .iter()
        .zip(&doubts)
        .filter(|(_, doubt)| !**doubt)
        .filter_map(|(p, _)| {
            let lemma = p.lemma.as_str();
            Some((lemma, region(lemma).or_else(|| neuter_ending(lemma))?))
        })
        .chain(
            words
                .iter()
                .filter(|w| is_postal_code(w.text))
                .filter_map(|w| Some((w.text, postal_region(w.text)?))),
        )
        .collect();
    votes.sort_unstable();
    votes.dedup();
    let neuter = votes.iter().filter(|v| v.1).count();
    let winner = match neuter.cmp(&(votes.len() - neuter)) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => return,
    };
    for ((p, r), doubt) in places.iter_mut().zip(&readings).zip(doubts) {
        let chosen = r.iter().find(|l| neuter_ending(l) == Some(winner));
        // "(Klonowa)": a form read as its own nominative is a third name, not a case of
        // Klonów or Klonowo.
        let as_written = p.lemma == text[p.start..p.end];
        let unlike = neuter_ending(&p.lemma) != Some(winner) && r.contains(&p.lemma) && !as_written;
        if let (Some(chosen), true) = (chosen, unlike && doubt) {
            p.lemma = chosen.clone();
        }
    }
}
