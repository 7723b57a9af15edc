//! Programs and nationwide campaigns, which local-history researchers follow across
//! libraries: "Program Rozwoju Bibliotek (PRB)", "Narodowego Programu Rozwoju Czytelnictwa",
//! "Nocy Bibliotek", "Tydzień Bibliotek". The head noun and the adjectives that agree with it
//! go back to the nominative; the genitive complement after it stays as written
//! ("Programu Rozwoju Bibliotek" → "Program Rozwoju Bibliotek"). An acronym in brackets
//! after the name, and the same acronym later in the text, are mentions of it too.
//! Projects and campaigns are also named in quotes after the word for them ("w ramach
//! projektu „Mała książka – wielki człowiek”", "akcji „Cała Polska czyta dzieciom”"): the
//! quoted title, as written, is the program.

use super::organizations::looks_adjectival;
use super::tokens::{joined, Word};
use super::Span;
use crate::polish::inflection::{adjective_nominative, org_head, NounGender};
use crate::polish::lexicon::analyse;
use crate::polish::{is_acronym, is_capitalized};
use crate::record::EntityType;

/// Forms of the head nouns: (form, nominative, gender).
const HEADS: &[(&str, &str, NounGender)] = &[
    ("Program", "Program", NounGender::Masculine),
    ("Programu", "Program", NounGender::Masculine),
    ("Programowi", "Program", NounGender::Masculine),
    ("Programem", "Program", NounGender::Masculine),
    ("Programie", "Program", NounGender::Masculine),
    ("Noc", "Noc", NounGender::Feminine),
    ("Nocy", "Noc", NounGender::Feminine),
    ("Nocą", "Noc", NounGender::Feminine),
    ("Tydzień", "Tydzień", NounGender::Masculine),
    ("Tygodnia", "Tydzień", NounGender::Masculine),
    ("Tygodniowi", "Tydzień", NounGender::Masculine),
    ("Tygodniem", "Tydzień", NounGender::Masculine),
    ("Tygodniu", "Tydzień", NounGender::Masculine),
    // "Narodowe Czytanie", the President's yearly reading of a classic.
    ("Czytanie", "Czytanie", NounGender::Neuter),
    ("Czytania", "Czytanie", NounGender::Neuter),
    ("Czytaniu", "Czytanie", NounGender::Neuter),
    ("Czytaniem", "Czytanie", NounGender::Neuter),
];

/// Lower-case words a program's name may run through: "Program Wspierania Edukacji i Kultury".
/// Not "w": "Programu Rozwoju Bibliotek w Rzeszowie" names a place, not the program.
const CONNECTORS: &[&str] = &["i", "dla", "na"];

pub fn find(text: &str, words: &[Word]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        match name_at(text, words, i) {
            Some((last, lemma)) => {
                out.push(span(words[i].start, words[last].end, lemma, None));
                i = last + 1;
            }
            None => i += 1,
        }
    }
    out.extend(quoted_names(text, words));
    let defined = acronyms_defined(text, words, &out);
    for w in words.iter().filter(|w| is_acronym(w.text)) {
        if let Some((_, full)) = defined.iter().find(|(a, _)| a == w.text) {
            out.push(span(
                w.start,
                w.end,
                full.clone(),
                Some(format!("acronym of {full}")),
            ));
        }
    }
    out.sort_by_key(|s| s.start);
    out
}

fn span(start: usize, end: usize, lemma: String, note: Option<String>) -> Span {
    Span {
        kind: EntityType::Program,
        start,
        end,
        lemma,
        value: None,
        note,
    }
}

/// A name that starts at word `i`: up to two agreeing adjectives, the head, then capitalised
/// words (through connectors). Returns the last word and the lemma.
fn name_at(text: &str, words: &[Word], i: usize) -> Option<(usize, String)> {
    let linked = |k: usize| k + 1 < words.len() && joined(text, &words[k], &words[k + 1]);
    let head = (i..(i + 3).min(words.len())).find(|&h| head_of(words[h].text).is_some())?;
    let (nominative, gender) = head_of(words[head].text)?;
    let mut lemma: Vec<String> = Vec::new();
    for (k, word) in words.iter().enumerate().take(head).skip(i) {
        if !is_capitalized(word.text) || !linked(k) {
            return None;
        }
        let adjective = adjective_nominative(word.text, gender)?;
        if !part_of_a_name(&adjective) {
            return None;
        }
        lemma.push(adjective);
    }
    lemma.push(nominative.to_string());
    let mut last = head;
    let mut k = head;
    // Adjectives right after the head agree with it: "Programu Operacyjnego" → Operacyjny.
    let mut agreeing = true;
    while linked(k) {
        let next = words[k + 1].text;
        // "W ramach Programu Rozwoju Bibliotek Stowarzyszenie … realizuje": the head of an
        // organization's name starts the next mention.
        if org_head(next).is_some() {
            break;
        }
        if is_capitalized(next) && !is_acronym(next) {
            // An adjective agrees with a head in the nominative only in the nominative, and
            // one before another head belongs to it: "Tydzień Głośnego Czytania".
            let before_a_head = words.get(k + 2).is_some_and(|w| head_of(w.text).is_some());
            let form = match adjective_nominative(next, gender) {
                Some(nom)
                    if agreeing
                        && looks_adjectival(next)
                        && !before_a_head
                        && (words[head].text != nominative || nom == next) =>
                {
                    nom
                }
                _ => {
                    agreeing = false;
                    next.to_string()
                }
            };
            lemma.extend(pending(words, last, k));
            lemma.push(form);
            last = k + 1;
        } else if !CONNECTORS.contains(&next) {
            break;
        }
        k += 1;
    }
    // A head needs a word of its name after it, or an adjective before ("Narodowe Czytanie").
    (last > head || head > i).then(|| (last, lemma.join(" ")))
}

/// Adjectives that open a sentence before a campaign's name without being part of it:
/// "Następna Noc Bibliotek", "Tegoroczny Tydzień Bibliotek" ("Narodowy Program…" is a name).
fn part_of_a_name(nominative: &str) -> bool {
    const ORDER_AND_TIME: &[&str] = &[
        "następny",
        "kolejny",
        "tegoroczny",
        "ubiegłoroczny",
        "zeszłoroczny",
        "przyszłoroczny",
        "pierwszy",
        "drugi",
        "trzeci",
        "ostatni",
        "poprzedni",
        "najbliższy",
        "jubileuszowy",
        "nasz",
        "cały",
        "każdy",
    ];
    // The lemma is in the head's gender ("Następna", "Drugie"), the list in the masculine:
    // they are compared without their endings.
    fn stem(w: &str) -> &str {
        w.trim_end_matches(['y', 'i', 'a', 'e'])
    }
    let lower = nominative.to_lowercase();
    let word = stem(&lower);
    !ORDER_AND_TIME.iter().any(|m| stem(m) == word)
}

/// Words for a program, project, campaign or initiative, in every case, that a title in
/// quotes may follow.
const QUOTE_CUES: &[&str] = &[
    "program",
    "programu",
    "programie",
    "programem",
    "programy",
    "programów",
    "projekt",
    "projektu",
    "projekcie",
    "projektem",
    "projekty",
    "projektów",
    "akcja",
    "akcji",
    "akcję",
    "akcją",
    "kampania",
    "kampanii",
    "kampanię",
    "kampanią",
    "inicjatywa",
    "inicjatywy",
    "inicjatywie",
    "inicjatywę",
    "inicjatywą",
];

/// "projektu „Mała książka – wielki człowiek”", "programu rządowego „Biblioteka+”",
/// "akcji pod hasłem „Cała Polska czyta dzieciom”": a title in quotes after a cue word,
/// with at most two words between them that qualify the cue (adjectives, "pn.", "pt.",
/// "pod nazwą", "pod hasłem"); "programu kliknąć „Rozpocznij”", "akcji na łamach
/// „Trybuny”" name no program. The title opens with a capital or a digit, stays on its
/// line and is at most 100 characters.
fn quoted_names(text: &str, words: &[Word]) -> Vec<Span> {
    const OPENING: &[char] = &['„', '"', '“', '«', '»'];
    const CLOSING: &[char] = &['”', '"', '“', '»', '«'];
    let mut out = Vec::new();
    // Most texts hold no quotes: their words need not be asked about.
    if !text.contains(OPENING) {
        return out;
    }
    for (i, w) in words.iter().enumerate() {
        let Some(cue) = QUOTE_CUES.iter().find(|c| c.eq_ignore_ascii_case(w.text)) else {
            continue;
        };
        // The quote opens right after the cue or after up to two words that qualify it.
        let (mut at, mut last) = (w.end, w.text);
        for next in words.iter().skip(i + 1).take(2) {
            let qualifies = matches!(next.text, "pn" | "pt" | "pod" | "hasłem" | "nazwą")
                || (next.text.starts_with(char::is_lowercase)
                    && analyse(next.text).iter().any(|a| a.is_adjective_lemma()));
            if text[at..next.start].trim().is_empty() && qualifies && next.start > at {
                (at, last) = (next.end, next.text);
            } else {
                break;
            }
        }
        let mut after = text[at..].trim_start();
        if matches!(last, "pn" | "pt") {
            after = after.strip_prefix('.').unwrap_or(after).trim_start();
        }
        let Some(inner) = after.strip_prefix(OPENING) else {
            continue;
        };
        let start = text.len() - inner.len();
        let Some(close) = inner.find(CLOSING) else {
            continue;
        };
        let title = &inner[..close];
        let fits = title.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            && !title.contains('\n')
            && title.chars().count() <= 100
            && title.trim() == title;
        if fits {
            let lemma = title.split_whitespace().collect::<Vec<_>>().join(" ");
            let note = format!("named in quotes after \"{cue}\"");
            out.push(span(start, start + close, lemma, Some(note)));
        }
    }
    out
}

/// The connector words between the name's last word and word `k + 1`.
fn pending(words: &[Word], last: usize, k: usize) -> Vec<String> {
    (last + 1..=k).map(|j| words[j].text.to_string()).collect()
}

fn head_of(word: &str) -> Option<(&'static str, NounGender)> {
    HEADS
        .iter()
        .find(|(form, _, _)| *form == word)
        .map(|&(_, nominative, gender)| (nominative, gender))
}

/// Acronyms written in brackets right after a name: ("PRB", "Program Rozwoju Bibliotek").
fn acronyms_defined(text: &str, words: &[Word], names: &[Span]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for name in names {
        let Some(next) = words.iter().find(|w| w.start >= name.end) else {
            continue;
        };
        let between = &text[name.end..next.start];
        let closes = text[next.end..].starts_with(')');
        if between.trim() == "(" && closes && is_acronym(next.text) {
            out.push((next.text.to_string(), name.lemma.clone()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extraction::tokens::words;

    fn programs(text: &str) -> Vec<(String, String)> {
        find(text, &words(text))
            .into_iter()
            .map(|s| (text[s.start..s.end].to_string(), s.lemma))
            .collect()
    }

    #[test]
    fn an_organization_after_the_name_is_not_part_of_it() {
        let p = programs("W ramach Programu Rozwoju Bibliotek Stowarzyszenie Centrum realizuje.");
        assert_eq!(
            p,
            [(
                "Programu Rozwoju Bibliotek".to_string(),
                "Program Rozwoju Bibliotek".to_string()
            )]
        );
    }

    #[test]
    fn an_adjective_of_order_or_time_is_not_part_of_the_name() {
        let p = programs("Następna Noc Bibliotek odbędzie się za rok.");
        assert_eq!(p, [("Noc Bibliotek".into(), "Noc Bibliotek".into())]);
        let p = programs("Tegoroczny Tydzień Bibliotek trwał tydzień.");
        assert_eq!(
            p,
            [("Tydzień Bibliotek".into(), "Tydzień Bibliotek".into())]
        );
        let p = programs("Narodowe Czytanie odbyło się w sobotę.");
        assert_eq!(
            p,
            [("Narodowe Czytanie".into(), "Narodowe Czytanie".into())]
        );
    }

    #[test]
    fn an_adjective_of_a_complement_keeps_its_case() {
        for text in [
            "Trwa Tydzień Głośnego Czytania w szkołach.",
            "Z okazji Tygodnia Głośnego Czytania odwiedzili nas uczniowie.",
        ] {
            let lemmas: Vec<String> = programs(text).into_iter().map(|(_, l)| l).collect();
            assert_eq!(lemmas, ["Tydzień Głośnego Czytania"], "{text}");
        }
        let lemmas: Vec<String> = programs("Ze środków Programu Operacyjnego Kapitał Ludzki")
            .into_iter()
            .map(|(_, l)| l)
            .collect();
        assert_eq!(lemmas, ["Program Operacyjny Kapitał Ludzki"]);
    }

    #[test]
    fn names_in_any_case_go_back_to_the_nominative() {
        let found = programs(
            "Biblioteka uczestniczy w Programie Rozwoju Bibliotek (PRB). Dzięki PRB \
             kupiono komputery. Wniosek do Narodowego Programu Rozwoju Czytelnictwa \
             złożono w maju, a w czasie Nocy Bibliotek czytano do rana.",
        );
        let lemmas: Vec<&str> = found.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(
            lemmas,
            [
                "Program Rozwoju Bibliotek",
                "Program Rozwoju Bibliotek",
                "Program Rozwoju Bibliotek",
                "Narodowy Program Rozwoju Czytelnictwa",
                "Noc Bibliotek"
            ],
            "{found:?}"
        );
        assert_eq!(found[1].0, "PRB");
        let reading = programs("Wzięliśmy udział w Narodowym Czytaniu. Czytanie bajek trwało.");
        assert_eq!(reading.len(), 1, "{reading:?}");
        assert_eq!(reading[0].1, "Narodowe Czytanie");
    }

    #[test]
    fn titles_in_quotes_after_a_project_or_campaign_are_programs() {
        let text = "Spotkanie jest częścią projektu „Mała książka – wielki człowiek”. W ramach \
                    programu rządowego \"Książki naszych marzeń\" i akcji pod hasłem „Cała \
                    Polska czyta dzieciom” realizujemy projekt pn. „Wakacje w bibliotece 2014”.";
        let titles: Vec<String> = programs(text).into_iter().map(|(t, _)| t).collect();
        assert_eq!(
            titles,
            [
                "Mała książka – wielki człowiek",
                "Książki naszych marzeń",
                "Cała Polska czyta dzieciom",
                "Wakacje w bibliotece 2014"
            ]
        );
        // A quotation after a finished sentence, or in small letters, or after words that
        // do not qualify the cue, is no title.
        assert!(programs("Realizujemy projekt. „To nie jest tytuł” – mówi.").is_empty());
        assert!(programs("W oknie programu kliknąć „Rozpocznij”.").is_empty());
        assert!(programs("Krytykował akcję na łamach „Trybuny”.").is_empty());
        assert!(programs("To był projekt „na próbę”, mówi.").is_empty());
    }

    #[test]
    fn a_head_alone_or_in_lower_case_is_not_a_program() {
        assert!(programs("Program spotkania obejmuje dyskusję.").is_empty());
        assert!(programs("W programie rozwoju bibliotek").is_empty());
        assert!(programs("Noc. Biblioteki").is_empty());
        let tail = programs("szkolenie Programu Rozwoju Bibliotek w Rzeszowie");
        assert_eq!(tail[0].1, "Program Rozwoju Bibliotek");
    }
}
