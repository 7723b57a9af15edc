//! Organization names, found by their head noun ("Biblioteka", "Stowarzyszenie", "Urząd"…)
//! with the capitalised words around it and a "w X" tail, lemmatised to the nominative,
//! and acronyms linked to the full names they stand for ("GBP" ↔ "Gminna Biblioteka
//! Publiczna", "(CAL)").

use super::tokens::{joined, Word};
use super::Span;
use crate::polish::inflection::{adjective_nominative, org_head, NounGender, SOLO_ORGS};
use crate::polish::{is_acronym, is_capitalized};
use crate::record::EntityType;

/// Lower-case words allowed inside a name when a capitalised word follows them.
const CONNECTORS: &[&str] = &[
    "i", "im", "nr", "na", "ds", "dla", "w", "we", "z", "s", "oraz",
];

/// Acronyms that are never organizations on their own.
const NOT_ORG_ACRONYMS: &[&str] = &[
    "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XX", "XXI", "PDF", "JPG", "RODO",
    "WWW", "HTML", "PLN", "ZŁ", "CD", "DVD", "TV", "NIP", "REGON", "KRS", "OK", "PS", "MB", "GB",
    "KB", "SMS", "PIN", "VAT", "PKB", "CV", "DNA", "HIV", "AIDS", "LED", "USB", "GPS", "PC", "IT",
    "USA", "UK", "EUR", "USD", "PRB", "AAA", "XML", "MP3", "FAQ",
];

struct Name {
    first: usize,
    last: usize,
    lemma: String,
    /// Initials of the name before any "w X" tail: GBP for Gminna Biblioteka Publiczna.
    initials: String,
    core_lemma: String,
}

pub fn find(text: &str, words: &[Word]) -> Vec<Span> {
    let mut names: Vec<Name> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        match name_at(text, words, i) {
            Some(n) => {
                i = n.last + 1;
                names.push(n);
            }
            None => i += 1,
        }
    }
    let mut out: Vec<Span> = names
        .iter()
        .map(|n| Span {
            kind: EntityType::Organization,
            start: words[n.first].start,
            end: words[n.last].end,
            lemma: n.lemma.clone(),
            value: None,
            note: None,
        })
        .collect();
    out.extend(acronyms(text, words, &names, &out));
    out.sort_by_key(|s| s.start);
    out
}

/// A name whose head noun is at or after word `i` (adjectives may precede the head).
fn name_at(text: &str, words: &[Word], i: usize) -> Option<Name> {
    // Up to three capitalised adjectives before the head: "Gminna Biblioteka".
    let head = (i..(i + 4).min(words.len())).find(|&h| {
        is_capitalized(words[h].text)
            && org_head(words[h].text).is_some()
            && (i..h)
                .all(|k| is_capitalized(words[k].text) && joined(text, &words[k], &words[k + 1]))
    })?;
    if (i..head).any(|k| !looks_adjectival(words[k].text)) {
        return None;
    }
    let (core_last, last) = extend_right(text, words, head);
    if last == i {
        return None; // a head noun alone ("Biblioteka zaprasza") is too vague
    }
    let lemma = lemma_of(text, words, i, head, last);
    let core_lemma = lemma_of(text, words, i, head, core_last);
    let initials = (i..=core_last)
        .filter(|&k| is_capitalized(words[k].text))
        .filter_map(|k| words[k].text.chars().next())
        .collect();
    Some(Name {
        first: i,
        last,
        lemma,
        initials,
        core_lemma,
    })
}

/// Extends a name rightwards from its head. Returns (last word of the name proper,
/// last word including a "w X" / "z/s w X" location tail).
fn extend_right(text: &str, words: &[Word], head: usize) -> (usize, usize) {
    let mut last = head;
    let mut core_last = head;
    let mut in_tail = false;
    let mut k = head + 1;
    while k < words.len() && joined_or_dot(text, &words[k - 1], &words[k]) {
        let w = words[k].text;
        // "z/s w Szebniach" (z siedzibą w): the seat is part of the name's tail.
        if w == "z" && text[words[k].end..].starts_with("/s") {
            let seat = words.get(k + 2).zip(words.get(k + 3));
            if let Some((prep, place)) = seat {
                if matches!(prep.text, "w" | "we") && is_capitalized(place.text) {
                    in_tail = true;
                    last = k + 3;
                    k += 4;
                    continue;
                }
            }
            break;
        }
        let roman = w.chars().all(|c| "IVX".contains(c));
        if is_acronym(w) && !roman {
            break; // "Stowarzyszenie … Lokalnej CAL": the acronym is its own mention
        }
        if is_capitalized(w) {
            last = k;
            if !in_tail {
                core_last = k;
            }
            k += 1;
            continue;
        }
        let next_is_name = words.get(k + 1).is_some_and(|n| {
            joined_or_dot(text, &words[k], n)
                && (is_capitalized(n.text)
                    || n.text.chars().all(|c| c.is_ascii_digit())
                    || n.text == "s")
        });
        if !(CONNECTORS.contains(&w) && next_is_name) {
            break;
        }
        // "Zespół Szkół w X oraz Koło Gospodyń…": a coordinated second name is its own.
        if matches!(w, "i" | "oraz") && name_at(text, words, k + 1).is_some() {
            break;
        }
        if matches!(w, "w" | "we" | "z") {
            in_tail = true;
        }
        if w == "nr" {
            last = k + 1;
            core_last = if in_tail { core_last } else { k + 1 };
            k += 2;
            continue;
        }
        k += 1;
    }
    (core_last, last)
}

/// Words joined by spaces, or by the dot of "im. " / "św. " or the slash of "z/s".
fn joined_or_dot(text: &str, a: &Word, b: &Word) -> bool {
    let gap = &text[a.end..b.start];
    joined(text, a, b) || gap == "/" || (gap == ". " && matches!(a.text, "im" | "św" | "ks" | "bł"))
}

/// The nominative: adjectives before the head and agreeing ones right after it are
/// inflected with the head; genitive complements and the location tail stay as written.
fn lemma_of(text: &str, words: &[Word], first: usize, head: usize, last: usize) -> String {
    let Some((head_nom, gender, is_nom)) = org_head(words[head].text) else {
        return text[words[first].start..words[last].end].to_string();
    };
    // "Centrum" does not inflect: its adjectives tell the case ("Gminnego Centrum").
    let oblique_modifier =
        (first..head).any(|k| has_oblique_adjective_ending(words[k].text, gender));
    if is_nom && !oblique_modifier {
        return text[words[first].start..words[last].end].to_string();
    }
    let mut out = String::new();
    let mut agreeing = true;
    for k in first..=last {
        let w = words[k].text;
        let lemma = if k == head {
            head_nom.to_string()
        } else if k < head || (agreeing && has_oblique_adjective_ending(w, gender)) {
            adjective_nominative(w, gender).unwrap_or_else(|| w.to_string())
        } else {
            agreeing = false;
            w.to_string()
        };
        if k > first {
            out.push_str(&text[words[k - 1].end..words[k].start]);
        }
        out.push_str(&lemma);
    }
    out
}

/// An adjective as names use them: an adjectival ending on a stem with an adjectival
/// formant (-n-, -w-, -sk-, -ck-, -cz-…), so "Gminna", "Ochotnicza", "Miejsko-Gminny"
/// pass and a sentence-initial verb like "Zaprasza" does not.
pub(super) fn looks_adjectival(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "iego", "ego", "iemu", "emu", "iej", "ej", "ym", "im", "ą", "a", "y", "i", "e",
    ];
    const FORMANTS: &[&str] = &["n", "w", "sk", "ck", "dzk", "l", "ł", "cz", "ow"];
    ENDINGS.iter().any(|e| {
        w.strip_suffix(e).is_some_and(|stem| {
            stem.chars().count() >= 3 && FORMANTS.iter().any(|f| stem.ends_with(f))
        })
    })
}

fn has_oblique_adjective_ending(w: &str, gender: NounGender) -> bool {
    let endings: &[&str] = match gender {
        NounGender::Feminine => &["ej", "ą"],
        NounGender::Masculine | NounGender::Neuter => &["ego", "emu", "ym", "im"],
    };
    is_capitalized(w) && endings.iter().any(|e| w.ends_with(e))
}

/// Standalone acronyms that the document defines: written right after a full name
/// ("… Lokalnej CAL", "… (GOK)"), or the initials of a name found in it ("GBP").
fn acronyms(text: &str, words: &[Word], names: &[Name], spans: &[Span]) -> Vec<Span> {
    let mut defined: Vec<(String, String)> = Vec::new();
    for n in names {
        if let Some(next) = words.get(n.last + 1) {
            let gap = &text[words[n.last].end..next.start];
            if is_acronym(next.text) && matches!(gap.trim(), "" | "(" | "–" | "-") {
                defined.push((next.text.to_string(), n.core_lemma.clone()));
            }
        }
        if n.initials.chars().count() >= 2 {
            defined.push((n.initials.clone(), n.core_lemma.clone()));
        }
    }
    words
        .iter()
        .filter(|w| is_acronym(w.text) && !NOT_ORG_ACRONYMS.contains(&w.text))
        .filter(|w| !spans.iter().any(|s| s.start <= w.start && w.end <= s.end))
        .filter(|w| !w.text.chars().all(|c| "IVXLCDM".contains(c)))
        .filter_map(|w| {
            // Defined in this document: linked to the full name. Otherwise an acronym in
            // capitals is still most often an institution (SLD, NATO, GOPS), unless it is a
            // word set in capitals ("UWAGA", "KONKURS", "RAJD" in a headline).
            let (lemma, note) = match defined.iter().find(|(a, _)| a == w.text) {
                Some((_, full)) => (full.clone(), Some(format!("acronym of {full}"))),
                None if is_word_in_capitals(w.text) => return None,
                None => (w.text.to_string(), Some("acronym".to_string())),
            };
            Some(Span {
                kind: EntityType::Organization,
                start: w.start,
                end: w.end,
                lemma,
                value: None,
                note,
            })
        })
        .chain(solo_institutions(words, spans))
        .collect()
}

/// A Polish word of four letters or more written in capitals: the lexicon knows it as a
/// common word, and not as an organization or another name (SGJP lists acronyms such as
/// CBOS too).
fn is_word_in_capitals(token: &str) -> bool {
    use crate::polish::lexicon::{analyse, WordClass};
    let readings = analyse(token);
    token.chars().count() >= 4
        && readings.iter().any(|a| a.class == WordClass::Common)
        && !readings
            .iter()
            .any(|a| matches!(a.class, WordClass::Organization | WordClass::Proper))
}

/// "Sejm", "Senatu": institutions named by the head noun alone.
fn solo_institutions<'a>(words: &'a [Word], spans: &'a [Span]) -> impl Iterator<Item = Span> + 'a {
    words.iter().filter_map(move |w| {
        let (lemma, _) = SOLO_ORGS
            .iter()
            .find(|(_, forms)| forms.contains(&w.text))?;
        if spans.iter().any(|s| s.start <= w.start && w.end <= s.end) {
            return None;
        }
        Some(Span {
            kind: EntityType::Organization,
            start: w.start,
            end: w.end,
            lemma: lemma.to_string(),
            value: None,
            note: None,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extraction::tokens::words;

    fn orgs(text: &str) -> Vec<(String, String)> {
        find(text, &words(text))
            .into_iter()
            .map(|s| (text[s.start..s.end].to_string(), s.lemma))
            .collect()
    }

    #[test]
    fn words_in_capitals_are_not_acronyms() {
        assert!(orgs("UWAGA! KONKURS dla dzieci w RAJD rowerowy.").is_empty());
        let found = orgs("Według sondażu CBOS i danych GUS.");
        let texts: Vec<&str> = found.iter().map(|o| o.0.as_str()).collect();
        assert_eq!(texts, ["CBOS", "GUS"]);
    }

    #[test]
    fn seed_organizations() {
        let t = "Stowarzyszenie Centrum Wspierania Aktywności Lokalnej CAL realizuje program. \
                 Bierze udział Gminna Biblioteka Publiczna w Jaśle z/s w Szebniach. W czytelni GBP.";
        let o = orgs(t);
        assert_eq!(
            o[0].0,
            "Stowarzyszenie Centrum Wspierania Aktywności Lokalnej"
        );
        assert_eq!(o[1].0, "CAL");
        assert_eq!(
            o[1].1,
            "Stowarzyszenie Centrum Wspierania Aktywności Lokalnej"
        );
        assert_eq!(
            o[2].0,
            "Gminna Biblioteka Publiczna w Jaśle z/s w Szebniach"
        );
        assert_eq!(
            o[3],
            ("GBP".to_string(), "Gminna Biblioteka Publiczna".to_string())
        );
    }

    #[test]
    fn inflected_names_get_their_nominative() {
        let o = orgs("Dyrektor Gminnej Biblioteki Publicznej w Lubeni zaprosiła gości.");
        assert_eq!(o[0].1, "Gminna Biblioteka Publiczna w Lubeni");
        let o = orgs("razem z Gminnym Ośrodkiem Kultury w Dębowcu");
        assert_eq!(o[0].1, "Gminny Ośrodek Kultury w Dębowcu");
        let o = orgs("dzięki Ochotniczej Straży Pożarnej w Osobnicy");
        assert_eq!(o[0].1, "Ochotnicza Straż Pożarna w Osobnicy");
        let o = orgs("uczniowie Gimnazjum im. Jana Pawła II w Szebniach");
        assert_eq!(o[0].0, "Gimnazjum im. Jana Pawła II w Szebniach");
    }

    #[test]
    fn vague_heads_and_stray_acronyms_are_skipped() {
        assert!(orgs("Biblioteka zaprasza dzieci.").is_empty());
        assert!(orgs("Plik w formacie PDF, rozdział II, wiek XIX.").is_empty());
        assert_eq!(orgs("Posłowie SLD w Sejmie.")[1].1, "Sejm");
        assert_eq!(
            orgs("Zaprasza Gminna Biblioteka Publiczna.")[0].0,
            "Gminna Biblioteka Publiczna"
        );
    }
}
