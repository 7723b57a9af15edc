//! Persons: a known first name followed by a capitalised surname, optionally after a
//! title ("p.", "dr", "dyrektor", "wójt"). The first name's case tells the surname's, so
//! "p. Barbarę Chmurę" becomes Barbara Chmura and "Ewą Jędrysiak" Ewa Jędrysiak.

use super::tokens::{at_sentence_start, index_at, joined, opens_line, word_before, Word};
use super::{Covered, Span};
use crate::duplicates::Fnv;
use crate::polish::inflection::{org_head, surname_nominative};
use crate::polish::lexicon::{self, WordClass};
use crate::polish::{acronym_core, gazetteer, is_capitalized, is_roman, names};
use crate::record::EntityType;
use regex::Regex;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// The note of a given name that takes the surname after the next one ("Billa i Melindy
/// Gatesów": Bill Gates).
pub(crate) const SHARES_THE_SURNAME: &str = "shares the surname after it";

/// The note of a name found after a title ("dyrektor Kowalski", "ks. Jana").
pub(crate) const AFTER_A_TITLE: &str = "after a title";

pub fn find(text: &str, words: &[Word]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut i = 0;
    while i + 1 < words.len() {
        let (first, second) = (&words[i], &words[i + 1]);
        // "laureatka Nagrody Nike Olga Tokarczuk": a prize's name is no given name.
        let name = names::first_name(first.text).filter(|_| !names_a_prize(text, words, i));
        match name {
            // "do Kazimierza Dolnego": a town of two words is no person.
            Some(form)
                if joined(text, first, second)
                    && (is_surname(second.text) || month_surname(words, i + 1))
                    && gazetteer::lookup(&text[first.start..second.end]).is_none() =>
            {
                let lady = i > 0 && words[i - 1].text.eq_ignore_ascii_case("pani");
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
                // The surname tells a man's genitive from a woman's name, past a second given
                // name too ("Józefa Ignacego Kraszewskiego").
                let form = mans_form_instead(form, first.text, surname.text, lady).unwrap_or(form);
                // "Zdzisława Kobylińska": a woman's name our list lacks, shaped like a man's
                // genitive; her surname in the nominative tells. Both stay as written.
                let womans = form.gender == names::Gender::Male
                    && first.text.ends_with('a')
                    && is_womans_adjectival_surname(surname.text)
                    && names::first_name(surname.text).is_none();
                let given: Vec<&str> = (i..last)
                    .map(|k| match names::first_name(words[k].text) {
                        _ if k == i && !womans => form.lemma,
                        Some(f) if !womans => f.lemma,
                        _ => words[k].text,
                    })
                    .collect();
                // "Jana Pawła": a second given name in the surname's place keeps its own lemma,
                // if it is a name of the same sex ("Piotra Lisa" is Piotr Lis, not Lisa).
                let family = match names::first_name(surname.text) {
                    Some(f) if f.gender == form.gender => f.lemma.to_string(),
                    _ if womans => surname.text.to_string(),
                    _ => surname_lemma(surname.text, form.gender, form.case),
                };
                let lemma = format!("{} {family}", given.join(" "));
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
    // In order: each pass sees what the earlier ones found and claims only the rest.
    for pass in PASSES {
        let found = pass(text, words, &out);
        out.extend(found);
    }
    out.sort_by_key(|s| s.start);
    out.iter_mut().for_each(|span| widen(text, words, span));
    out.dedup_by(|b, a| a.end >= b.end && b.start >= a.start);
    out.retain(|s| !names_something_else(text, s));
    out.iter_mut()
        .for_each(|span| womans_name_before_undeclined_surname(text, span));
    share_plural_surnames(text, words, &mut out);
    resolve_to_full_names(&mut out);
    out
}

/// Word `i` right after a form of "nagroda", a space between: the prize's name ("Nagrody
/// Nike"), not a name opening the next sentence ("nagrodą. Tatiana Okupnik").
fn names_a_prize(text: &str, words: &[Word], i: usize) -> bool {
    i > 0
        && &text[words[i - 1].end..words[i].start] == " "
        && words[i - 1]
            .text
            .get(..6)
            .is_some_and(|stem| stem.eq_ignore_ascii_case("nagrod"))
}

/// "Anna i Jan Kowalscy", "państwu Annie i Janowi Kowalskim": a given name joined by "i" or
/// "oraz" to a name with a couple's surname in the plural shares that surname (Anna
/// Kowalska), instead of standing alone or taking another Anna's name.
fn share_plural_surnames(text: &str, words: &[Word], spans: &mut Vec<Span>) {
    let mut shared = Vec::new();
    for s in spans.iter() {
        let Some(last) = index_at(words, s.end, true) else {
            continue;
        };
        let Some(k) = index_at(words, s.start, false).filter(|&k| k >= 2 && k < last) else {
            continue;
        };
        let (given, and) = (&words[k - 2], &words[k - 1]);
        let coordinated = matches!(and.text, "i" | "oraz")
            && joined(text, given, and)
            && joined(text, and, &words[k]);
        if !coordinated {
            continue;
        }
        let Some(form) = names::first_name(given.text) else {
            continue;
        };
        let surname = words[last].text;
        // "z Anną i Janem Kowalskim": after a man's instrumental, "-skim" is his alone.
        let his_alone = surname.ends_with("kim")
            && names::first_name(words[k].text).is_some_and(|f| {
                f.gender == names::Gender::Male && f.case == names::Case::Instrumental
            });
        if his_alone {
            continue;
        }
        let noun = plural_noun_surname(surname).filter(|_| last == k + 1);
        if let Some(singular) = plural_adjectival_surname(surname, form.gender).or(noun.clone()) {
            shared.push((given.start, given.end, format!("{} {singular}", form.lemma)));
        } else if let Some(his) = husbands_noun_surname(words[k].text, &s.lemma, form) {
            // Declined for him alone ("Janowi Nowakowi") it is his; left as written
            // ("Ryszardowi Hampel") it is the couple's.
            if his == surname {
                shared.push((given.start, given.end, format!("{} {his}", form.lemma)));
            }
        }
        // "Haliny i Józefa Kwiatków": the second name's lemma took the plural for its own
        // surname, and a form like "Józefa" for a woman's nominative.
        if let Some(singular) = noun {
            let own = words[k].text;
            let oblique = !surname.ends_with("owie");
            let read = names::first_name(own)
                .filter(|f| !oblique || f.case != names::Case::Nominative)
                .or_else(|| names::mans_form(own));
            if let Some(f) = read {
                shared.push((s.start, s.end, format!("{} {singular}", f.lemma)));
            }
        }
        // "Annę i Stanisława Potockich": after a woman's name, a second one that is also a
        // man's oblique form ("Stanisława") is her husband's.
        let own = words[k].text;
        let hers_too = names::first_name(own).is_some_and(|f| f.gender == names::Gender::Female);
        let man = names::mans_form(own).filter(|m| m.case != names::Case::Nominative);
        // (Not "Anna i Stanisława Kowalskie", two women: only an oblique plural tells.)
        let oblique_plural = ["ich", "im", "imi"].iter().any(|e| surname.ends_with(e));
        let couple = form.gender == names::Gender::Female && hers_too && oblique_plural;
        if let (true, Some(man)) = (couple, man) {
            if let Some(his) = plural_adjectival_surname(surname, names::Gender::Male) {
                shared.push((s.start, s.end, format!("{} {his}", man.lemma)));
            }
        }
    }
    let note = || Some(SHARES_THE_SURNAME.to_string());
    for (start, end, lemma) in shared {
        match spans.iter_mut().find(|x| (x.start, x.end) == (start, end)) {
            Some(found) => {
                found.lemma = lemma;
                found.note = note();
            }
            None => spans.push(Span {
                kind: EntityType::Person,
                start,
                end,
                lemma,
                value: None,
                note: note(),
            }),
        }
    }
    spans.sort_by_key(|s| s.start);
}

/// "Teresie i Ryszardowi Hampel": a woman's lone given name before "i" and a man's full
/// name shares his surname when it declines as a noun (a woman's Nowak is his Nowak; -ski
/// becomes -ska, which the plural rules handle).
fn husbands_noun_surname<'a>(
    his_given: &str,
    his_lemma: &'a str,
    hers: &names::NameForm,
) -> Option<&'a str> {
    let his = names::first_name(his_given)?;
    let surname = his_lemma.split_once(' ')?.1;
    let adjectival = ["ski", "cki", "dzki"].iter().any(|e| surname.ends_with(e));
    (hers.gender == names::Gender::Female && his.gender == names::Gender::Male && !adjectival)
        .then_some(surname)
}

/// A lone first name or surname ("Pan Tadeusz opowiadał", "p. Kmiecik") whose words belong to
/// exactly one full name in the text takes that name as its lemma, so a researcher's person
/// facet counts one person, not "Tadeusz" beside "Tadeusz Wolański". The span stays as found.
fn resolve_to_full_names(spans: &mut [Span]) {
    let full_names: Vec<String> = spans
        .iter()
        .filter(|s| s.lemma.contains(' '))
        .map(|s| s.lemma.clone())
        .collect();
    // God's and Christ's names keep their own lemma ("Bogu" is no part of "Trójjedyny Bóg").
    let lone = |s: &&mut Span| !s.lemma.contains(' ') && sacred_lemma(&s.lemma).is_none();
    for span in spans.iter_mut().filter(lone) {
        let mut owners = full_names
            .iter()
            .filter(|name| name.split(' ').any(|part| part == span.lemma));
        let Some(owner) = owners.next() else { continue };
        if owners.all(|other| other == owner) {
            span.note = Some(format!("short for {owner}"));
            span.lemma = owner.clone();
        }
    }
}

/// Public figures history calls by one name that the lexicon has as no name: (lemma,
/// written forms). Facts, written down by us.
const KNOWN_BY_ONE_NAME: &[(&str, &[&str])] = &[
    (
        "Stalin",
        &["Stalin", "Stalina", "Stalinowi", "Stalinem", "Stalinie"],
    ),
    (
        "Lenin",
        &["Lenin", "Lenina", "Leninowi", "Leninem", "Leninie"],
    ),
    (
        "Napoleon",
        &[
            "Napoleon",
            "Napoleona",
            "Napoleonowi",
            "Napoleonem",
            "Napoleonie",
        ],
    ),
    ("Mao", &["Mao"]),
    (
        "Witkacy",
        &["Witkacy", "Witkacego", "Witkacemu", "Witkacym"],
    ),
];

/// "za Stalina", "Lenin pisał": a public figure named by one name alone.
fn known_by_one_name(_text: &str, words: &[Word], found: &[Span]) -> Vec<Span> {
    let found = &Covered::new(found);
    words
        .iter()
        .filter(|w| !overlaps(found, w))
        .filter_map(|w| {
            let (lemma, _) = KNOWN_BY_ONE_NAME
                .iter()
                .find(|(_, forms)| forms.contains(&w.text))?;
            Some(one_word(w, lemma.to_string(), "known by one name"))
        })
        .collect()
}

/// A rule that finds persons in a text, given those found so far.
type Pass = fn(&str, &[Word], &[Span]) -> Vec<Span>;

/// The rules after full names, the surest first.
const PASSES: &[Pass] = &[
    middle_initials,
    nicknamed,
    surname_first,
    lexicon_names,
    titled,
    sacred_names,
    |_, words, found| later_mentions(words, found),
    lone_surnames,
    noun_families,
    known_by_one_name,
    recurring_unknown_names,
    speakers,
    before_birth_dates,
    lone_first_names,
    unknown_pairs,
    initialled,
    fellow_list_members,
    same_form_elsewhere,
    same_full_name_elsewhere,
    particle_surnames,
    |text, _, found| speaker_labels(text, found),
];

/// Capitalised common words of English and Romance names of bodies, places, works and
/// products ("Home Office", "Falls Road", "Creative Commons", "Villa Valentia"): SGJP does
/// not know them, but they are no person's given name or surname.
#[rustfmt::skip]
const FOREIGN_COMMON_WORDS: &[&str] = &[
    "The", "Of", "And", "For", "Mr", "Mrs", "Ms", "Sir", "Lady", "Lord", "Saint", "St",
    "Office", "Road", "Avenue", "Street", "Square", "Park", "Hill", "Hills", "Bay", "Falls",
    "Lake", "River", "Island", "Beach", "Valley", "University", "College", "School",
    "Institute", "Association", "Associates", "Corporation", "Company", "Group", "Inc", "Ltd",
    "Labs", "Technologies", "Systems", "Software", "Network", "Networks", "Press", "Journal",
    "Times", "News", "Post", "Council", "Committee", "Commission", "Foundation", "Society",
    "Club", "Navy", "Army", "Airways", "Airlines", "Bank", "Commons", "Life", "World",
    "United", "City", "Rovers", "Wanderers", "Rangers", "Hotspur", "Cafe", "Control", "Space",
    "Edit", "Search", "Initiative", "Organisation", "Organization", "Prefecture", "Regulation",
    "Medicine", "Quartet", "Band", "Boys", "Girls", "Eastern", "Western", "Northern",
    "Southern", "Royal", "British", "American", "National", "International", "Great",
    "Golden", "Blue", "Red", "Green", "Black", "White", "Deep", "New", "Home", "Foreign",
    "Collection", "Museum", "Gallery", "Center", "Centre", "Hall", "House", "Studio",
    "Studios", "Records", "Music", "Games", "Online", "Digital", "Media", "Radio", "Channel",
    "Cartoon", "Edition", "Service", "Services", "Project", "Team", "Cup", "League",
    "Championship", "Award", "Prize", "Santo", "Santa", "San", "Villa", "Castel", "Castle",
    "Cape", "Port", "Fort", "Mount", "Champs", "Ecole", "Sistema", "Avenida", "Rue", "Via",
    "Plaza", "Estate", "Gardens", "Garden", "Tower", "Bridge", "Station", "Airport",
    "Harbour", "Harbor", "Lane", "Drive", "Way", "Court", "Flash", "Photoshop", "Senor",
    "Señor", "Monsieur", "Madame", "Herr", "Frau",
];

/// "Algis Uzdila", "Yochai Benkler": two capitalised words no lexicon knows, mid-sentence
/// between words written small, are a foreign given name and surname. A third capitalised
/// word on either side makes a title or a body's name instead ("Wealth of Networks").
fn unknown_pairs(text: &str, words: &[Word], found: &[Span]) -> Vec<Span> {
    let found = &Covered::new(found);
    let unknown = |w: &Word| {
        is_surname(w.text)
            && !FOREIGN_COMMON_WORDS.contains(&w.text)
            && !w.text.contains(['-', '\''])
            && lexicon::analyse(w.text).is_empty()
            && could_be_a_name(w.text)
    };
    let plain = |w: Option<&Word>| w.is_none_or(|w| !is_capitalized(w.text));
    let mut out = Vec::new();
    for i in 1..words.len().saturating_sub(1) {
        let (first, second) = (&words[i], &words[i + 1]);
        let pair = joined(text, first, second)
            && plain(Some(&words[i - 1]))
            && plain(words.get(i + 2))
            && !at_sentence_start(text, first)
            && unknown(first)
            && unknown(second)
            && !overlaps(found, first)
            && !overlaps(found, second);
        if pair {
            let lemma = text[first.start..second.end].to_string();
            out.push(person(first.start, second.end, lemma, "unknown pair"));
        }
    }
    out
}

/// "generał de Gaulle", "Osamy bin Ladena" after a lower-case word: a particle and a
/// surname the lexicon does not know as a common word or a place are a name on their own
/// ("Tour de France", a capital before, and "de facto" are not).
fn particle_surnames(text: &str, words: &[Word], found: &[Span]) -> Vec<Span> {
    let found = Covered::new(found);
    let mut out = Vec::new();
    for (i, pair) in words.windows(2).enumerate() {
        let (particle, surname) = (&pair[0], &pair[1]);
        let after_lower = i == 0 || !is_capitalized(words[i - 1].text);
        if !PARTICLES_ALONE.contains(&particle.text)
            || !after_lower
            || at_sentence_start(text, particle)
            || !joined(text, particle, surname)
            || !is_surname(surname.text)
            || overlaps(&found, surname)
        {
            continue;
        }
        let readings = lexicon::analyse(surname.text);
        let other = readings
            .iter()
            .any(|a| matches!(a.class, WordClass::Common | WordClass::Place));
        if other || gazetteer::lookup(surname.text).is_some() {
            continue;
        }
        let family = without_apostrophe_ending(surname.text).unwrap_or(surname.text);
        let lemma = format!("{} {family}", particle.text);
        out.push(person(
            particle.start,
            surname.end,
            lemma,
            "particle and surname",
        ));
    }
    out
}

/// Labels of who speaks in an interview or a play, opening lines: "A: Myślę…", "K.: …",
/// "Z. D. – …", "HELENKA Był twój pomysł". A label counts once the text opens two lines with
/// it; it is initials (with or without full stops) or a word in capitals, and such a word
/// must read as a name, not an acronym ("CKM: …" is a magazine asking).
fn speaker_labels(text: &str, found: &[Span]) -> Vec<Span> {
    let found = Covered::new(found);
    recurring_labels(text)
        .into_iter()
        .filter(|(l, _)| reads_as_speaker(l))
        .flat_map(|(l, at)| at.into_iter().map(move |(start, end)| (l, start, end)))
        .filter(|&(_, start, end)| !found.overlaps(start, end))
        .map(|(l, start, end)| Span {
            kind: EntityType::Person,
            start,
            end,
            lemma: l.to_string(),
            value: None,
            note: Some("speaker label".into()),
        })
        .collect()
}

/// Labels opening two lines or more, followed by a colon or a dash (or, for a word in
/// capitals, by the line's first words): each label with where it stands.
pub(super) fn recurring_labels(text: &str) -> HashMap<&str, Vec<(usize, usize)>> {
    static LABEL: OnceLock<Regex> = OnceLock::new();
    let label = LABEL.get_or_init(|| {
        Regex::new(
            r"(?m)^[ \t]*(?:(?P<l>\p{Lu}{1,3}\.?(?: \p{Lu}\.)?)(?:\s?:| [–-] )|(?P<w>\p{Lu}{4,})(?:\s?:| [–-] | \p{Lu}\p{Ll}))",
        )
        .expect("static regex")
    });
    let mut by_label: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
    for c in label.captures_iter(text) {
        let Some(l) = c.name("l").or_else(|| c.name("w")) else {
            continue;
        };
        by_label
            .entry(l.as_str())
            .or_default()
            .push((l.start(), l.end()));
    }
    by_label.retain(|_, at| at.len() >= 2);
    by_label
}

/// Initials ("A", "K.", "Z. D.", "ER"), or a capitalised word with a vowel that is no
/// common word in capitals ("HELENKA", not "UWAGA").
pub(super) fn reads_as_speaker(label: &str) -> bool {
    let letters = label.chars().filter(|c| c.is_alphabetic()).count();
    if letters <= 2 || label.contains('.') {
        return true;
    }
    let word = label.to_lowercase();
    word.contains(['a', 'e', 'i', 'o', 'u', 'y', 'ą', 'ę', 'ó'])
        && !lexicon::known_only_as(&word, WordClass::Common)
}

/// Words before a saint's name that make it the name of a church or parish ("parafia św.
/// Jadwigi", "kościół pw. św. Michała", "sanktuarium św. Jacka").
const DEDICATED: &[&str] = &[
    "parafia",
    "parafii",
    "parafią",
    "parafię",
    "kościół",
    "kościoła",
    "kościele",
    "kościołem",
    "cerkiew",
    "cerkwi",
    "kaplica",
    "kaplicy",
    "kaplicę",
    "bazylika",
    "bazylice",
    "bazyliki",
    "katedra",
    "katedry",
    "katedrze",
    "katedrę",
    "sanktuarium",
    "klasztor",
    "klasztoru",
    "klasztorze",
    "opactwo",
    "opactwa",
    "kolegiata",
    "kolegiaty",
    "kolegiacie",
    "kościółek",
    "kościółka",
    "kościółku",
    "wezwaniem",
    "pw",
    "wezw",
];

/// A saint or a holy name that names a church or a parish; any name after "Radio" names
/// the station ("Radia Maryja"); a lone word inside a quoted title ([`in_quoted_title`]).
fn names_something_else(text: &str, s: &Span) -> bool {
    let sacred =
        text[s.start..s.end].starts_with("św") || SACRED.iter().any(|(lemma, _)| *lemma == s.lemma);
    let word_before = word_before(text, s.start);
    let radio = matches!(word_before.as_str(), "radio" | "radia" | "radiu" | "radiem");
    // "w gminie Brzyska", "sołectwo Kowal": a surname-like word after a settlement word is
    // the settlement's name.
    let settlement = !s.lemma.contains(' ') && super::places::is_gmina_word(&word_before);
    let one_word = !text[s.start..s.end].contains(' ');
    radio
        || settlement
        || (sacred && DEDICATED.contains(&word_before.as_str()))
        || (one_word && in_quoted_title(text, s.start, s.end))
}

/// Grows a name over the words around it that can only belong to it: given names before
/// it ("Jose Manuel Barroso"), names the lexicon does not know after it ("John Tulloch",
/// "José Luis Rodríguez Zapatero"), the second part of a double surname written with
/// spaces ("Skórzewska - Łosiak"), and a regnal number ("Jan Paweł II").
fn widen(text: &str, words: &[Word], span: &mut Span) {
    let (Some(first), Some(mut last)) = (
        index_at(words, span.start, false),
        index_at(words, span.end, true),
    ) else {
        return;
    };
    let mut start = first;
    while start > 0 && start + 3 > first {
        let prev = &words[start - 1];
        if !joined(text, prev, &words[start]) || !is_given_name(prev.text) {
            break;
        }
        if names_a_prize(text, words, start - 1) {
            break;
        }
        start -= 1;
    }
    // "Matthias Remus", "Gwyneth Paltrow": a foreign given name the lexicon does not know,
    // right before the name and with a capital of its own.
    if start == first && start > 0 {
        let prev = &words[start - 1];
        if joined(text, prev, &words[start])
            && lexicon::analyse(prev.text).is_empty()
            && is_surname(prev.text)
            && acronym_core(prev.text).is_none()
            && !at_sentence_start(text, prev)
            && !names_a_prize(text, words, start - 1)
        {
            start -= 1;
        }
    }
    // "generał de Gaulle": a particle before a lone surname, after a word written small.
    if start == first && start >= 2 {
        let (before, particle) = (&words[start - 2], &words[start - 1]);
        if PARTICLES_ALONE.contains(&particle.text)
            && !is_capitalized(before.text)
            && joined(text, particle, &words[start])
            && !is_given_name(words[start].text)
        {
            start -= 1;
        }
    }
    let mut end = words[last].end;
    while last + 1 < words.len() && last < first + 4 {
        let next = &words[last + 1];
        let gap = &text[words[last].end..next.start];
        // "Krzysztof K.", "Mirosław Cz.": the press shortens the surname of the accused.
        if gap == " " && is_initial(next.text) && text[next.end..].starts_with('.') {
            last += 1;
            end = next.end + 1;
            break;
        }
        // "Jerzy Lewandowski - Kierownik Oddziału": a title after a dash is no second surname,
        // and in a team's line-up ("Fortecki - Ciszewski, Suliński") a dash parts two
        // players: a double surname follows a given name.
        let double = matches!(gap, " - " | " – ")
            && last > start
            && is_surname(next.text)
            && could_be_a_name(next.text)
            && !lexicon::known_only_as(next.text, WordClass::Common);
        let name = gap == " " && (is_unknown_name(next.text) || is_regnal_number(next.text));
        // "Filipa de Girarda", "Wernher von Braun": a nobiliary particle and the surname.
        let particle = gap == " "
            && SURNAME_PARTICLES.contains(&next.text)
            && words
                .get(last + 2)
                .is_some_and(|s| joined(text, next, s) && is_surname(s.text));
        if particle {
            last += 2;
            end = words[last].end;
            continue;
        }
        if !(double || name) {
            break;
        }
        last += 1;
        end = next.end;
        if is_regnal_number(next.text) {
            break;
        }
    }
    // "Andrzeja Cz" read as first name and surname: the full stop is the initial's.
    if last > first && end == words[last].end && is_initial(words[last].text) {
        end += usize::from(text[end..].starts_with('.'));
    }
    let prefix = prefix_before(text, words, start);
    if start == first && end == span.end && prefix.is_none() {
        return;
    }
    let added_before: Vec<String> = words[start..first]
        .iter()
        .map(|w| {
            if PARTICLES_ALONE.contains(&w.text) {
                w.text.to_string()
            } else {
                given_lemma(w.text)
            }
        })
        .collect();
    let added_after = declined_like_the_name(text, words, first, span, end);
    span.lemma = [added_before.join(" "), span.lemma.clone()]
        .join(" ")
        .trim_start()
        .to_string()
        + &added_after;
    span.start = words[start].start;
    span.end = end;
    if let Some(at) = prefix {
        // "W. Barańska", "św. Franciszek": part of the name as written.
        span.lemma = format!("{} {}", text[at..span.start].trim_end(), span.lemma);
        span.start = at;
    }
}

/// The words a name was widened by after its end (`span.end..end`), as its lemma ends: a
/// second surname after a dash declines like the first ("Jana Nowaka - Jeziorańskiego" →
/// Jan Nowak - Jeziorański) when the first was declined back from the given name's case.
fn declined_like_the_name(
    text: &str,
    words: &[Word],
    first: usize,
    span: &Span,
    end: usize,
) -> String {
    let added = &text[span.end..end];
    let surname_declined =
        index_at(words, span.end, true).is_some_and(|k| !span.lemma.ends_with(words[k].text));
    let given = words[first].text;
    let form = names::first_name(given)
        .map(|f| (f.gender, f.case))
        .or_else(|| mans_case_by_ending(given));
    let (Some((gender, case)), true) = (form, surname_declined) else {
        return added.to_string();
    };
    let mut out = String::new();
    let mut rest = added;
    while let Some(at) = rest.find(|c: char| c.is_alphabetic()) {
        out.push_str(&rest[..at]);
        let len = rest[at..]
            .find(|c: char| !c.is_alphanumeric() && c != '-')
            .unwrap_or(rest.len() - at);
        let word = &rest[at..at + len];
        // A word in capitals is a heading's, not a surname declined with the name; a
        // particle does not decline.
        if word.chars().any(char::is_lowercase) && !SURNAME_PARTICLES.contains(&word) {
            out.push_str(&surname_lemma(word, gender, case));
        } else {
            out.push_str(word);
        }
        rest = &rest[at + len..];
    }
    out + rest
}

/// Nobiliary and patronymic particles written small between a given name and a surname.
pub(crate) const SURNAME_PARTICLES: &[&str] = &[
    "de", "du", "des", "da", "di", "del", "della", "dos", "von", "van", "der", "ten", "bin", "ben",
    "ibn",
];

/// Those of [`SURNAME_PARTICLES`] that may open a name without a given name ("de Gaulle",
/// "bin Laden"): not "ten" (Polish "this") nor "der", "des" (articles in titles).
const PARTICLES_ALONE: &[&str] = &[
    "de", "du", "da", "di", "del", "della", "von", "van", "bin", "ben", "ibn",
];

/// A man's given name our list lacks but SGJP knows ("Oswalda", "Oswaldem"): its case by
/// the ending added to the lemma, so a foreign surname after it declines with it.
fn mans_case_by_ending(form: &str) -> Option<(names::Gender, names::Case)> {
    let lemma = lexicon_lemma(form, WordClass::FirstName)?.0;
    if lemma.ends_with(['a', 'e', 'i', 'o', 'u', 'y']) {
        return None;
    }
    let case = match form.strip_prefix(lemma.as_str())? {
        "a" => names::Case::Genitive,
        "owi" => names::Case::Dative,
        "em" => names::Case::Instrumental,
        _ => return None,
    };
    Some((names::Gender::Male, case))
}

/// One or two letters, capital first: an initial ("K", "Cz", "Ż").
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().count() <= 2
        && chars.all(char::is_lowercase)
}

/// A one-letter initial, as written before a surname ("W. Barańska"), or a digraph that
/// Polish writes as one ("Ch. Bukowski", "Sz. Nowak").
fn is_one_letter_initial(word: &str) -> bool {
    const DIGRAPHS: &[&str] = &["Ch", "Cz", "Sz", "Rz", "Dz", "Dż", "Dź"];
    (word.chars().count() == 1 && is_initial(word)) || DIGRAPHS.contains(&word)
}

/// Where an initial ("W. ") or a saint's title ("św. ", "świętego ") written before the
/// name at `words[i]` starts.
fn prefix_before(text: &str, words: &[Word], i: usize) -> Option<usize> {
    let prev = words.get(i.checked_sub(1)?)?;
    let gap = &text[prev.end..words[i].start];
    let initial = gap == ". " && is_one_letter_initial(prev.text);
    let saint = (gap == ". " && prev.text == "św")
        || (gap == " "
            && matches!(
                prev.text,
                "święty" | "świętego" | "świętemu" | "świętej" | "święta" | "świętą"
            ));
    (initial || saint).then_some(prev.start)
}

fn is_given_name(word: &str) -> bool {
    if names::first_name(word).is_some() {
        return true;
    }
    let readings = lexicon::analyse(word);
    is_surname(word)
        && !readings.is_empty()
        && readings.iter().all(|a| a.class == WordClass::FirstName)
}

fn given_lemma(word: &str) -> String {
    match names::first_name(word) {
        Some(f) => f.lemma.to_string(),
        None => lexicon_lemma(word, WordClass::FirstName).map_or(word.to_string(), |(l, _)| l),
    }
}

/// A capitalised word the lexicon has no reading for, or only personal ones.
fn is_unknown_name(word: &str) -> bool {
    is_surname(word) && only_personal(&lexicon::analyse(word))
}

/// Every reading (of none) is a first name or a surname.
fn only_personal(readings: &[lexicon::Analysis]) -> bool {
    readings
        .iter()
        .all(|a| matches!(a.class, WordClass::FirstName | WordClass::Surname))
}

/// "II", "XIV", "XXIII", "V" after a ruler's or a pope's name ("I" alone is too often the
/// pronoun or a list mark, or an initial).
fn is_regnal_number(word: &str) -> bool {
    is_roman(word, 6) && word != "I"
}

/// True for a word of [`TITLES`], lower-case. A set: it is asked for every word.
pub(crate) fn is_title(lower: &str) -> bool {
    static SET: std::sync::LazyLock<HashSet<&'static str, Fnv>> =
        std::sync::LazyLock::new(|| TITLES.iter().copied().collect());
    SET.contains(lower)
}

/// Titles and offices before a name: "pani Nowak", "dr Kowalski", "wójt Jan Nowak".
const TITLES: &[&str] = &[
    "pan",
    "pana",
    "panu",
    "panem",
    "panie",
    "pani",
    "panią",
    "panna",
    "panny",
    "pannie",
    "pannę",
    "panną",
    "dr",
    "doktor",
    "doktora",
    "profesor",
    "profesora",
    "redaktor",
    "redaktora",
    "ojciec",
    "ojca",
    "papież",
    "papieża",
    "król",
    "króla",
    "królowa",
    "królowej",
    "cesarz",
    "cesarza",
    "gen",
    "płk",
    "pułkownik",
    "pułkownika",
    "kapitan",
    "kapitana",
    "porucznik",
    "porucznika",
    "prof",
    "mgr",
    "inż",
    "ks",
    "ksiądz",
    "księdza",
    "red",
    "prezydent",
    "prezydenta",
    "premier",
    "premiera",
    "minister",
    "ministra",
    "poseł",
    "posła",
    "posłanka",
    "senator",
    "marszałek",
    "wójt",
    "wójta",
    "burmistrz",
    "burmistrza",
    "starosta",
    "starosty",
    "dyrektor",
    "dyrektora",
    "dyrektorka",
    "prezes",
    "prezesa",
    "biskup",
    "biskupa",
    "kardynał",
    "generał",
    "generała",
    "trener",
    "sędzia",
    "radny",
    "radna",
    "sołtys",
    "sołtysa",
    "podporucznik",
    "podporucznika",
    "major",
    "majora",
    "kapral",
    "kaprala",
    "sierżant",
    "sierżanta",
    "komisarz",
    "komisarza",
    "inspektor",
    "inspektora",
    "aspirant",
    "mecenas",
    "prokurator",
    "detektyw",
    "ambasador",
    "ambasadora",
];

/// A capitalised word (or two) right after a title, when no full name was found there.
fn titled(text: &str, words: &[Word], found: &[Span]) -> Vec<Span> {
    let found = &Covered::new(found);
    let mut out = Vec::new();
    for i in 0..words.len().saturating_sub(1) {
        let (t, n) = (&words[i], &words[i + 1]);
        let gap = &text[t.end..n.start];
        // "Pani Rylicka" opening a sentence, "P. Wieczorek". Runs for every word: only a
        // capitalised one is lower-cased.
        let title: std::borrow::Cow<str> = if t.text.starts_with(char::is_uppercase) {
            t.text.to_lowercase().into()
        } else {
            t.text.into()
        };
        // "kelner p. Marek", "pani Róża": a courtesy title before a given name alone.
        let courtesy = matches!(
            title.as_ref(),
            "p" | "pan" | "pani" | "pana" | "panu" | "panią" | "panem"
        );
        let spaced = gap == " " || gap == ". ";
        if let Some(given) = names::first_name(n.text).filter(|_| courtesy && spaced) {
            if !found.overlaps(n.start, n.end)
                && words
                    .get(i + 2)
                    .is_none_or(|m| !is_surname(m.text) || !joined(text, n, m))
            {
                out.push(one_word(
                    n,
                    given.lemma.to_string(),
                    "given name after a title",
                ));
            }
            continue;
        }
        if !is_title(&title) || !spaced || !is_surname(n.text) {
            continue;
        }
        // "dyrektor Gminnej Biblioteki": a word the lexicon knows only as a common one is
        // not the name after the title.
        let readings = lexicon::analyse(n.text);
        let personal = readings.is_empty()
            || readings
                .iter()
                .any(|a| matches!(a.class, WordClass::FirstName | WordClass::Surname));
        // A capitalised title is often one of a pair of titles or a form of address
        // ("Panie Marszałku", "Ojciec Święty", "Pani Młoda"): the word after it must be
        // no common word or place at all.
        let capital_title = t.text != title.as_ref();
        let plain_name = !readings
            .iter()
            .any(|a| matches!(a.class, WordClass::Common | WordClass::Place));
        if (capital_title && !plain_name) || sacred_lemma(n.text).is_some() {
            continue;
        }
        // "dyrektor Miejskiej Biblioteki": an adjective of an institution's name (SGJP has a
        // surname Miejska too).
        let names_an_institution = words
            .get(i + 2)
            .is_some_and(|m| joined(text, n, m) && org_head(m.text).is_some());
        // "burmistrz Nowego Żmigrodu": an adjective before a place is the place's name.
        let names_a_place = words.get(i + 2).is_some_and(|m| {
            joined(text, n, m)
                && is_capitalized(m.text)
                && readings
                    .iter()
                    .any(|a| a.class == WordClass::Common && a.is_adjective_lemma())
                && super::places::known_place_lemma(m.text).is_some()
        });
        // "burmistrz Brzostku Leszek Bieniek": a word before a given name and a surname is
        // the office's town; the full name follows it.
        let names_the_office = matches!(
            (words.get(i + 2), words.get(i + 3)),
            (Some(m), Some(s)) if joined(text, n, m)
                && joined(text, m, s)
                && names::first_name(m.text).is_some()
                && is_surname(s.text)
        );
        // "ambasador Polski", "premier Francji": a well-known place is the office's.
        if found.overlaps(n.start, n.start + 1)
            || names::first_name(n.text).is_some()
            || gazetteer::lookup(n.text).is_some()
            || !personal
            || names_an_institution
            || names_a_place
            || names_the_office
        {
            continue;
        }
        let end = match words.get(i + 2) {
            Some(m) if joined(text, n, m) && is_surname(m.text) => m.end,
            _ => n.end,
        };
        out.push(Span {
            kind: EntityType::Person,
            start: n.start,
            end,
            lemma: text[n.start..end].to_string(),
            value: None,
            note: Some(AFTER_A_TITLE.into()),
        });
    }
    out
}

fn overlaps(found: &Covered, w: &Word) -> bool {
    found.overlaps(w.start, w.end)
}

/// Polish vowel letters, small.
const VOWELS: &str = "aąeęioóuy";

/// "Gabriela Kühn", "Franciszka Nowak": a name read as a man's genitive before a surname
/// ending in a consonant is a woman's, as his surname would have declined ("Gabriela
/// Nowaka"). Both stay as written.
fn womans_name_before_undeclined_surname(text: &str, span: &mut Span) {
    let written = &text[span.start..span.end];
    let Some((given, surname)) = written.split_once(' ') else {
        return;
    };
    let undeclined = surname
        .chars()
        .last()
        .is_some_and(|c| c.is_alphabetic() && !VOWELS.contains(c));
    // "Jana Kováčová": a Czech or Slovak woman's surname, written undeclined, makes the
    // name before it hers ("Jana", not Jan's genitive).
    let slavic_womans = surname.ends_with("ová") && given.ends_with('a');
    let womans = names::is_womans_name_read_as_mans(given) && undeclined;
    if (womans || slavic_womans) && !surname.contains(' ') && span.lemma.ends_with(surname) {
        span.lemma = written.to_string();
    }
}

/// "Czesława Miłosza": a woman's name that is also a man's genitive (Czesława, Stanisława),
/// before a surname in the man's genitive (SGJP: Miłosza is a form of Miłosz, or the
/// surname ends in -skiego), is the man's. So is "Stanisławie" before "Wasylewskim": her
/// surname would be "Wasylewskiej" there.
fn mans_form_instead(
    form: &'static names::NameForm,
    given: &str,
    surname: &str,
    lady: bool,
) -> Option<&'static names::NameForm> {
    if form.gender != names::Gender::Female {
        return None;
    }
    // "o Stanisławie Kostce", "o Władysławie Szpilmanie": a man's locative, as the name
    // of a man is more often, unless "pani" or a woman's adjectival surname says otherwise.
    if given.ends_with("ie") && !lady && !surname.ends_with("ej") {
        let man = names::mans_form(given).filter(|m| m.case == names::Case::Locative);
        if man.is_some() {
            return man;
        }
    }
    if ["skim", "ckim", "dzkim"]
        .iter()
        .any(|e| surname.ends_with(e))
    {
        // The man's locative in "-ie" is not in the names table: his name is the stem.
        let his = |m: &&names::NameForm| m.gender == names::Gender::Male;
        return names::mans_form(given)
            .filter(|m| matches!(m.case, names::Case::Locative | names::Case::Instrumental))
            .or_else(|| names::first_name(given.strip_suffix("ie")?).filter(his));
    }
    if form.case != names::Case::Nominative {
        return None;
    }
    let man = names::mans_form(given).filter(|m| m.case == names::Case::Genitive)?;
    let adjectival = ["skiego", "ckiego", "dzkiego"]
        .iter()
        .any(|e| surname.ends_with(e));
    // "Jagiełły", "Moniuszki": the genitive of -o surnames.
    let declined = surname.ends_with(['a', 'y', 'i'])
        && lexicon::analyse(surname)
            .iter()
            .any(|a| a.class == WordClass::Surname && a.lemma != surname);
    (adjectival || declined).then_some(man)
}

/// "Kobylińska", "Cegielska", "Czarnecka", "Zawadzka"; not "Tuska" or "Hanyska", whose
/// "-ska" is no adjectival formant.
fn is_womans_adjectival_surname(w: &str) -> bool {
    let before = |ending: &str| w.strip_suffix(ending).and_then(|s| s.chars().last());
    before("ska").is_some_and(|c| "wńlrnz".contains(c))
        || before("cka").is_some_and(|c| "eiyao".contains(c))
        || w.ends_with("dzka")
}

/// A surname's nominative by the ending rules, unless SGJP knows the man's surname and
/// the rules missed it: the mobile "e" of "Miodkiem" (Miodek, not Miodk).
fn surname_lemma(form: &str, gender: names::Gender, case: names::Case) -> String {
    if let Some(name) = without_apostrophe_ending(form) {
        return name.to_string();
    }
    // A double surname declines in both parts: "Marią Konopnicką-Gąską" → Konopnicka-Gąska.
    if let Some((first, second)) = form.split_once('-') {
        if is_capitalized(first) && is_capitalized(second) {
            let (first, second) = (
                surname_lemma(first, gender, case),
                surname_lemma(second, gender, case),
            );
            return format!("{first}-{second}");
        }
    }
    if let Some(singular) = plural_adjectival_surname(form, gender) {
        return singular;
    }
    // "Marii Kołodziej": a woman's surname ending like "-ej" that the lexicon has as a
    // surname of its own is a man's form she bears unchanged, not an adjective's case.
    let adjectival = || {
        ["skiej", "ckiej", "dzkiej"]
            .iter()
            .any(|e| form.ends_with(e))
    };
    if gender == names::Gender::Female && form.ends_with("ej") && !adjectival() {
        let own = lexicon::analyse(form)
            .iter()
            .any(|a| a.class == WordClass::Surname && a.lemma == form);
        if own {
            return form.to_string();
        }
    }
    let rule = surname_nominative(form, gender, case);
    if gender == names::Gender::Female || case == names::Case::Nominative {
        return rule;
    }
    let rule = with_mobile_e(rule);
    let known: Vec<String> = lexicon::analyse(form)
        .iter()
        .filter(|a| a.class == WordClass::Surname)
        .map(|a| a.lemma.clone())
        .collect();
    if known.contains(&rule) {
        return rule;
    }
    // Not a nominative: "Marka Jurka" is Jurek, though SGJP has a Jurka too.
    // SGJP's only reading being the form itself ("Meca") does not outweigh the rules (Mec);
    // a man's surname is not the woman's form SGJP lists beside it ("Wiśniewskich").
    let others = || known.iter().filter(|l| *l != form);
    others()
        .find(|l| !is_womans_adjectival_surname(l))
        .or_else(|| others().next())
        .cloned()
        .unwrap_or(rule)
}

/// "Kurk" → Kurek, "Dudk" → Dudek: a man's surname in -ek loses its "e" in the other
/// cases ("Kacpra Kurka"), and a Polish name does not end in a consonant before "k"; the
/// ending rules leave that stem, which takes its "e" back.
fn with_mobile_e(stem: String) -> String {
    let mut chars = stem.chars().rev();
    let (Some('k'), Some(before)) = (chars.next(), chars.next()) else {
        return stem;
    };
    if !"rlłtdnwzżbpmjń".contains(before) || chars.next().is_none_or(|c| !VOWELS.contains(c)) {
        return stem;
    }
    format!("{}ek", &stem[..stem.len() - 1])
}

/// A family's surname that declines as a noun, in the plural ("Kwiatków", "Nowakom",
/// "Nowakowie"): the lexicon's singular surname ("Kwiatek"), shared by him and her.
fn plural_noun_surname(form: &str) -> Option<String> {
    const PLURAL_ENDINGS: [&str; 5] = ["owie", "ów", "om", "ami", "ach"];
    if !PLURAL_ENDINGS.iter().any(|e| form.ends_with(e)) {
        return None;
    }
    lexicon::analyse(form)
        .iter()
        .find(|a| a.class == WordClass::Surname && a.lemma != form && !a.is_adjective_lemma())
        .map(|a| a.lemma.clone())
}

/// A couple's surname in the plural ("Anna i Jan Kowalscy", "państwu Kowalskim", "z
/// Nowickimi") in the singular of one of them: Kowalski for him, Kowalska for her. The
/// dative "-skim" is also a man's instrumental singular, which reads the same for him;
/// for her it can only be the plural.
fn plural_adjectival_surname(form: &str, gender: names::Gender) -> Option<String> {
    // Kowal-s-kimi, Nowa-c-kich, Zawa-dz-kim, Kowal-s-cy: the consonant before the ending
    // stays, and the singular is it with -ki (his) or -ka (hers). No form has two of these.
    const CONSONANTS: [&str; 3] = ["s", "c", "dz"];
    const ENDINGS: [&str; 4] = ["kimi", "kich", "kim", "cy"];
    let ending = match gender {
        names::Gender::Male => "ki",
        names::Gender::Female => "ka",
    };
    CONSONANTS.iter().find_map(|consonant| {
        let stem = ENDINGS
            .iter()
            .find_map(|e| form.strip_suffix(e)?.strip_suffix(consonant))?;
        (stem.chars().count() >= 2 && is_capitalized(stem))
            .then(|| format!("{stem}{consonant}{ending}"))
    })
}

fn lexicon_lemma(word: &str, class: WordClass) -> Option<(String, bool)> {
    let readings = lexicon::analyse(word);
    let only = readings.iter().all(|a| a.class == class);
    readings
        .iter()
        .find(|a| a.class == class)
        .map(|a| (a.lemma.clone(), only))
}

/// First names our own list lacks, as SGJP knows them (class *imię*), before a word that is
/// a surname in SGJP, or before an unknown capitalised word when the first name has no
/// other reading ("Róża" the flower needs a known surname after it).
fn lexicon_names(text: &str, words: &[Word], found: &[Span]) -> Vec<Span> {
    let (found, mut claimed) = (&Covered::new(found), Covered::default());
    let mut out: Vec<Span> = Vec::new();
    for pair in words.windows(2) {
        let (w, n) = (&pair[0], &pair[1]);
        if !is_capitalized(w.text)
            || names::first_name(w.text).is_some()
            || overlaps(found, w)
            || overlaps(&claimed, w)
            || !joined(text, w, n)
            || !is_surname(n.text)
        {
            continue;
        }
        let Some((first, only_name)) = lexicon_lemma(w.text, WordClass::FirstName) else {
            continue;
        };
        // "w Krakowie Polski": a town that is also a legendary given name (Krak), before a
        // word that is also an adjective, is the town.
        let town = lexicon::analyse(w.text)
            .iter()
            .any(|a| a.class == WordClass::Place);
        let adjective = lexicon::analyse(n.text)
            .iter()
            .any(|a| a.class == WordClass::Common && a.lemma.ends_with(['i', 'y']));
        if town && adjective {
            continue;
        }
        // SGJP lists "Pan" as a given name; in text "Panie Marszałku" is a form of address.
        // "Wieś" (village) is also Wiesia's form, but in a name it is the village: "Nasza Wieś
        // Jankowy", "Wieś Tworkowska".
        if HONORIFICS.contains(&first.as_str()) || w.text == "Wieś" {
            continue;
        }
        let family = match lexicon_lemma(n.text, WordClass::Surname) {
            Some((lemma, _)) => lemma,
            None if only_name && !lexicon::is_known(n.text) => n.text.to_string(),
            None => continue,
        };
        claimed.add(w.start, n.end);
        out.push(Span {
            kind: EntityType::Person,
            start: w.start,
            end: n.end,
            lemma: format!("{first} {family}"),
            value: None,
            note: None,
        });
    }
    out
}

/// The lemma of a form of God's or Christ's name ("Boga" → Bóg, "Jezu" → Jezus).
fn sacred_lemma(word: &str) -> Option<&'static str> {
    SACRED
        .iter()
        .find(|(_, forms)| forms.contains(&word))
        .map(|(lemma, _)| *lemma)
}

/// Adjectives made from God's name ("Bożego Narodzenia", "opiece Bożej", "na miłość
/// Boską", "wyroki boże"): in the NKJP typology mentions of God of a derived kind. Reported
/// like derived places: lemma Bóg, the note `derived`, and no value of the person facet.
pub fn derived_from_god(words: &[Word]) -> Vec<Span> {
    words
        .iter()
        .filter(|w| {
            // Runs for every word, so the cheap test first: every form starts so ("Bożena"
            // and "bożonarodzeniowy" do too, but SGJP gives them other lemmas).
            const STARTS: [&str; 6] = ["boż", "Boż", "BOŻ", "bosk", "Bosk", "BOSK"];
            STARTS.iter().any(|p| w.text.starts_with(p))
                && lexicon::analyse(w.text).iter().any(|a| {
                    a.class == WordClass::Common && matches!(a.lemma.as_str(), "boży" | "boski")
                })
        })
        .map(|w| Span {
            kind: EntityType::Person,
            start: w.start,
            end: w.end,
            lemma: "Bóg".into(),
            value: None,
            note: Some(super::derived_places::DERIVED.to_string()),
        })
        .collect()
}

/// God and Christ are persons in the NKJP typology: (lemma, forms).
const SACRED: &[(&str, &[&str])] = &[
    ("Bóg", &["Bóg", "Boga", "Bogu", "Bogiem", "Boże"]),
    (
        "Jezus",
        &["Jezus", "Jezusa", "Jezusowi", "Jezusem", "Jezusie", "Jezu"],
    ),
    (
        "Chrystus",
        &[
            "Chrystus",
            "Chrystusa",
            "Chrystusowi",
            "Chrystusem",
            "Chrystusie",
        ],
    ),
];

/// "Jezusa Chrystusa" is one name; "Boga" one too.
fn sacred_names(text: &str, words: &[Word], found: &[Span]) -> Vec<Span> {
    let found = &Covered::new(found);
    let lemma_of = |w: &Word| sacred_lemma(w.text);
    let mut out: Vec<Span> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        // "Boże Narodzenie", "Boże Ciało": the vocative is also an adjective in feast names.
        let feast = words[i].text == "Boże"
            && words
                .get(i + 1)
                .is_some_and(|n| joined(text, &words[i], n) && is_capitalized(n.text));
        let Some(lemma) = lemma_of(&words[i]).filter(|_| !overlaps(found, &words[i]) && !feast)
        else {
            i += 1;
            continue;
        };
        let christ = words
            .get(i + 1)
            .filter(|n| lemma == "Jezus" && joined(text, &words[i], n))
            .filter(|n| lemma_of(n) == Some("Chrystus"));
        let (end, lemma) = match christ {
            Some(n) => (n.end, "Jezus Chrystus"),
            None => (words[i].end, lemma),
        };
        out.push(Span {
            kind: EntityType::Person,
            start: words[i].start,
            end,
            lemma: lemma.to_string(),
            value: None,
            note: None,
        });
        i += if christ.is_some() { 2 } else { 1 };
    }
    out
}

/// Names written with initials: "J. Ostrowski" (a surname-like word after an initial),
/// "Jakub B." (a first name before one) and an interview's speaker, "A. W.:".
fn initialled(text: &str, words: &[Word], found: &[Span]) -> Vec<Span> {
    let (found, mut claimed) = (&Covered::new(found), Covered::default());
    let mut out: Vec<Span> = Vec::new();
    for pair in words.windows(2) {
        let (w, n) = (&pair[0], &pair[1]);
        let gap = &text[w.end..n.start];
        let after = &text[n.end..];
        let end = if gap == ". " && is_one_letter_initial(w.text) {
            let credit = after_credit(text, w.start);
            if is_initial(n.text) && after.starts_with(".:") {
                Some(n.end + 1)
            } else if credit && could_be_a_name(n.text) && is_surname(n.text) {
                Some(n.end)
            } else {
                // "R. Brautigana": mid-sentence, a word no lexicon knows is a foreign surname;
                // so is one it knows only as proper nouns of no place ("E. Orzeszkowej").
                let unknown = || {
                    let readings = lexicon::analyse(n.text);
                    is_surname(n.text)
                        && could_be_a_name(n.text)
                        && readings
                            .iter()
                            .all(|a| is_capitalized(&a.lemma) && a.class != WordClass::Place)
                };
                // A straight quote closing a title ('"W cukrze arbuza" R. Brautigana') ends
                // no sentence.
                let before = text[..w.start].trim_end();
                let closes_title = before
                    .strip_suffix('"')
                    .is_some_and(|b| b.ends_with(char::is_alphanumeric));
                let opens_sentence = at_sentence_start(text, w) && !closes_title;
                let name = (is_personal_word(n.text) && !uninflected_word(n.text)) || unknown();
                (name && !opens_sentence).then_some(n.end)
            }
        } else if gap == " " && is_initial(n.text) && after.starts_with('.') {
            is_given_name(w.text).then_some(n.end + 1)
        } else {
            None
        };
        // The text tests above reject almost every pair before the overlap scans.
        let free = |x: &Word| !overlaps(found, x) && !overlaps(&claimed, x);
        if let Some(end) = end.filter(|_| free(w) && !overlaps(found, n)) {
            // "J. Nowaka" is J. Nowak: the lexicon's surname, the initial as written.
            let surname = (end == n.end)
                .then(|| {
                    lexicon_lemma(n.text, WordClass::Surname)
                        .map(|(lemma, _)| lemma)
                        .or_else(|| proper_lemma(n.text))
                })
                .flatten();
            let lemma = match surname {
                Some(surname) => format!("{}. {surname}", w.text),
                None => text[w.start..end].to_string(),
            };
            claimed.add(w.start, end);
            out.push(Span {
                kind: EntityType::Person,
                start: w.start,
                end,
                lemma,
                value: None,
                note: Some("initials".into()),
            });
        }
    }
    out
}

/// The lemma SGJP gives a word as a proper noun outside its name classes ("Orzeszkowej" →
/// Orzeszkowa).
fn proper_lemma(word: &str) -> Option<String> {
    lexicon::analyse(word)
        .iter()
        .find(|a| is_capitalized(&a.lemma))
        .map(|a| a.lemma.clone())
}

/// "Potem" (then), read also as a case of the surname Pot: a word SGJP knows as a common
/// word of that very form (an adverb, a conjunction) and as no surname of that form, which
/// after "ocenę B." opens a sentence rather than a name. "Nowak" is both, and stays a name.
fn uninflected_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    let readings = lexicon::analyse(word);
    readings
        .iter()
        .any(|a| a.class == WordClass::Common && a.lemma == lower)
        && !readings
            .iter()
            .any(|a| a.class == WordClass::Surname && a.lemma == word)
}

/// "fot. J. Bober", "Tekst: A. Nowak", "oprac. M. Kot": a credit, after which an initial
/// and a capitalised word are a name even where the word is unknown (and the full stop
/// before it ends no sentence).
fn after_credit(text: &str, pos: usize) -> bool {
    const CREDITS: &[&str] = &[
        "fot",
        "foto",
        "zdj",
        "zdjęcia",
        "tekst",
        "oprac",
        "opracowanie",
        "autor",
        "autorka",
        "red",
        "rys",
        "il",
    ];
    // "Tekst:": word_before reads past a full stop, not a colon.
    let before = text[..pos].trim_end().trim_end_matches(['.', ':']);
    CREDITS.contains(&word_before(text, before.len()).as_str())
}

/// Surname before the given name, as lists and match reports write them ("bramki: Herski
/// Marcin, Podolski Dariusz"): a surname (or an unknown capitalised word) before a given name
/// in the nominative, with no capitalised word after. The lemma puts the given name first.
fn surname_first(text: &str, words: &[Word], found: &[Span]) -> Vec<Span> {
    let found = Covered::new(found);
    let mut out = Vec::new();
    for (i, pair) in words.windows(2).enumerate() {
        let (w, n) = (&pair[0], &pair[1]);
        let Some(given) = names::first_name(n.text).filter(|f| f.case == names::Case::Nominative)
        else {
            continue;
        };
        let readings = lexicon::analyse(w.text);
        // The surname is in the nominative like the given name after it: "Kowalska Anna",
        // "Nowak Jan", not "Potem Marek" (Pot's instrumental, and the word "then").
        let womans = ["ska", "cka", "dzka"].iter().any(|e| w.text.ends_with(e));
        let nominative = readings
            .iter()
            .any(|a| a.class == WordClass::Surname && (a.lemma == w.text || womans));
        // A sentence's first word is capitalised anyway: there a common reading wins
        // ("Panna Wanda", "Mały Marcel"), unless it is a woman's surname of the -ska kind.
        let common_opening = at_sentence_start(text, w)
            && !womans
            && readings.iter().any(|a| a.class == WordClass::Common);
        let surname = nominative
            && !common_opening
            && !HONORIFICS.contains(&w.text)
            && could_be_a_name(w.text);
        let next_capital = words
            .get(i + 2)
            .is_some_and(|m| joined(text, n, m) && is_capitalized(m.text));
        if !is_surname(w.text)
            || !(surname || readings.is_empty())
            || names::first_name(w.text).is_some()
            || !joined(text, w, n)
            || next_capital
            || found.overlaps(w.start, n.end)
        {
            continue;
        }
        let family = surname_nominative(w.text, given.gender, names::Case::Nominative);
        let lemma = format!("{} {family}", given.lemma);
        out.push(person(w.start, n.end, lemma, "surname first"));
    }
    out
}

/// Given name, middle initial, surname ("Marka K. Zalejskiego"), where no name was found.
fn middle_initials(text: &str, words: &[Word], found: &[Span]) -> Vec<Span> {
    let found = Covered::new(found);
    (0..words.len())
        .filter_map(|i| given_initial_surname(text, words, i))
        .filter(|s| !found.overlaps(s.start, s.end))
        .collect()
}

/// "Jan „Kowal” Kowalski", "Stanisław \"Stach\" Nowak": a given name, a nickname of one or
/// two words in quotes, and a surname are one person, named without the nickname.
fn nicknamed(text: &str, words: &[Word], found: &[Span]) -> Vec<Span> {
    let found = Covered::new(found);
    (0..words.len())
        .filter_map(|i| {
            let given = &words[i];
            // The quote first: it is asked after every word, the names table only here.
            let after = text.get(given.end..)?;
            let open = after.strip_prefix(' ')?.chars().next()?;
            if !matches!(open, '„' | '"' | '«') {
                return None;
            }
            let form = names::first_name(given.text)?;
            // The surname follows the closing quote within two words.
            let k = (i + 2..(i + 4).min(words.len())).find(|&k| {
                let gap = &text[words[k - 1].end..words[k].start];
                matches!(gap, "” " | "\" " | "» ")
            })?;
            let surname = &words[k];
            let inner = &text[given.end..words[k - 1].end];
            let quoted = !inner.contains(['\n', '.', ','])
                && words[i + 1..k].iter().all(|w| is_capitalized(w.text));
            if !quoted || !is_surname(surname.text) || found.overlaps(given.start, surname.end) {
                return None;
            }
            // "Józefa „Józka” Dudy": his genitive, as without the nickname.
            let form = mans_form_instead(form, given.text, surname.text, false).unwrap_or(form);
            Some(Span {
                kind: EntityType::Person,
                start: given.start,
                end: surname.end,
                lemma: format!(
                    "{} {}",
                    form.lemma,
                    surname_lemma(surname.text, form.gender, form.case)
                ),
                value: None,
                note: Some("nickname in quotes".into()),
            })
        })
        .collect()
}

/// Word `i` a given name, then a middle initial and a surname: "Tadeusza J. Dordy" →
/// Tadeusz J. Dorda.
fn given_initial_surname(text: &str, words: &[Word], i: usize) -> Option<Span> {
    let (w, n, m) = (words.get(i)?, words.get(i + 1)?, words.get(i + 2)?);
    let shape = &text[w.end..n.start] == " "
        && is_initial(n.text)
        && &text[n.end..m.start] == ". "
        && is_given_name(w.text)
        && is_surname(m.text)
        && (is_unknown_name(m.text) || is_personal_word(m.text))
        && names::first_name(m.text).is_none();
    if !shape {
        return None;
    }
    let family = match names::first_name(w.text) {
        Some(f) => surname_lemma(m.text, f.gender, f.case),
        None => m.text.to_string(),
    };
    Some(Span {
        kind: EntityType::Person,
        start: w.start,
        end: m.end,
        lemma: format!("{} {}. {family}", given_lemma(w.text), n.text),
        value: None,
        note: Some("initials".into()),
    })
}

/// A capitalised word that may be a surname: the lexicon knows it only as a name, or
/// as a surname among other readings.
fn is_personal_word(word: &str) -> bool {
    if !is_surname(word) || !could_be_a_name(word) {
        return false;
    }
    let readings = lexicon::analyse(word);
    only_personal(&readings) || readings.iter().any(|a| a.class == WordClass::Surname)
}

/// Lemmas SGJP gives as first names that in running text are forms of address.
const HONORIFICS: &[&str] = &["Pan", "Pani", "Panna", "Państwo"];

/// A first name on its own ("powiedziała Agnieszka"): capitalised, and every SGJP reading of
/// it is a first name or a surname, so "Róża" the flower or "Jarosław" the town stay out,
/// even at the start of a sentence.
fn lone_first_names(text: &str, words: &[Word], found: &[Span]) -> Vec<Span> {
    let found = &Covered::new(found);
    // "Sam nie wiem" is the pronoun where the text writes "sam" too.
    let lower_case = std::cell::OnceCell::new();
    let written_lower = |word: &str| {
        lower_case
            .get_or_init(|| lower_case_words(words))
            .contains(word.to_lowercase().as_str())
    };
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        // A given name alone in quotes is a title: "Nagrody Literackiej „Nike”".
        let titled = || super::organizations::enclosing_quotes(text, w.start, w.end).is_some();
        if !is_surname(w.text)
            || overlaps(found, w)
            || !could_be_a_name(w.text)
            || names_a_prize(text, words, i)
            || titled()
        {
            continue;
        }
        let readings = lexicon::analyse(w.text);
        // A name of our own list that is no common word ("Adam", "Zofia") is a person even
        // where SGJP also knows a village of that name. One that is also a common word
        // ("Marek" of marka, "Tomek") is a person where the capital cannot come from a
        // sentence start and it stands alone: "jak Marek.", "pod okiem Darka".
        let common = readings.iter().any(|a| a.class == WordClass::Common);
        // "Wojtek", "Włodek" are also forms of the villages Wojtki, Włodki: a place reading
        // that is only an inflected form does not outweigh a first name in its nominative.
        let nominative_name = readings
            .iter()
            .any(|a| a.class == WordClass::FirstName && a.lemma == w.text);
        let place = readings
            .iter()
            .any(|a| a.class == WordClass::Place && (a.lemma == w.text || !nominative_name));
        let listed = names::first_name(w.text).filter(|form| {
            !common
                || (!place
                    && (capitalised_alone(text, words, w)
                        || (subject_at_sentence_start(text, words, w, form)
                            && !written_lower(w.text))))
        });
        if let Some(form) = listed {
            if !HONORIFICS.contains(&form.lemma) {
                out.push(one_word(w, form.lemma.to_string(), "first name"));
            }
            continue;
        }
        // "a Róża stała": a given name in the nominative that SGJP also knows as a village
        // is the woman inside a sentence, unless a preposition makes it the place.
        let village_only = place
            && nominative_name
            && gazetteer::lookup(w.text).is_none()
            && !at_sentence_start(text, w)
            && !opens_line(text, w.start)
            && !i
                .checked_sub(1)
                .is_some_and(|p| super::places::is_place_preposition(words[p].text));
        if !only_personal(&readings)
            && ((place && !village_only) || !capitalised_alone(text, words, w))
        {
            continue;
        }
        if let Some(lemma) = readings
            .iter()
            .find(|a| a.class == WordClass::FirstName)
            .map(|a| a.lemma.clone())
        {
            if !HONORIFICS.contains(&lemma.as_str()) {
                out.push(one_word(w, lemma, "first name"));
            }
        }
    }
    out
}

/// "Marek złożył urnę", "Adam wszedł": a first name in the nominative opening a sentence,
/// with a lower-case word right after it, is its subject (the common word it shares a form
/// with, "marek" of marka, would not open a sentence that way).
fn subject_at_sentence_start(text: &str, words: &[Word], w: &Word, form: &names::NameForm) -> bool {
    let next = index_at(words, w.start, false).and_then(|i| words.get(i + 1));
    // "Marek to waluta": a copula or another function word after it says nothing.
    form.case == names::Case::Nominative
        && (at_sentence_start(text, w) || opens_a_dialogue_line(text, w))
        && next.is_some_and(|n| {
            joined(text, w, n)
                && n.text.starts_with(char::is_lowercase)
                && !crate::cleaning::stopwords::is_function_word(n.text)
        })
}

/// "- Marek złożył urnę", "– Adam twierdzi": the word opens a line of dialogue, after
/// its dash.
fn opens_a_dialogue_line(text: &str, w: &Word) -> bool {
    let before = text[..w.start].trim_end_matches(' ');
    before
        .strip_suffix(['-', '–', '—'])
        .is_some_and(|b| b.trim_end_matches(' ').is_empty() || b.ends_with('\n'))
}

/// The family an adjectival surname's plural genitive or locative names: "Ossolińskich" →
/// Ossolińscy, "Potockich" → Potoccy.
fn family_name(form: &str) -> Option<String> {
    [("skich", "scy"), ("ckich", "ccy"), ("dzkich", "dzcy")]
        .iter()
        .find_map(|(plural, nominative)| {
            let stem = form.strip_suffix(plural)?;
            Some(format!("{stem}{nominative}"))
        })
}

/// A person named by one word, with the rule that found it.
fn one_word(w: &Word, lemma: String, note: &str) -> Span {
    person(w.start, w.end, lemma, note)
}

/// A person's mention from `start` to `end`, with the note that says why.
fn person(start: usize, end: usize, lemma: String, note: &str) -> Span {
    Span {
        kind: EntityType::Person,
        start,
        end,
        lemma,
        value: None,
        note: Some(note.into()),
    }
}

/// A surname on its own ("powiedział Kowalski", "Tomczak dodał"): capitalised, and every
/// SGJP reading of it is a surname, so no common word or place is taken for a person, even
/// at the start of a sentence ("Kowal naprawił").
fn lone_surnames(text: &str, words: &[Word], found: &[Span]) -> Vec<Span> {
    let found = &Covered::new(found);
    let mut out = Vec::new();
    for w in words {
        if !is_surname(w.text) || overlaps(found, w) || !could_be_a_name(w.text) {
            continue;
        }
        // "im. Ossolińskich": an adjectival surname in the plural names the family.
        let family = |lemma: String| family_name(w.text).unwrap_or(lemma);
        match lexicon_lemma(w.text, WordClass::Surname).map(|(l, only)| (family(l), only)) {
            Some((lemma, true)) => out.push(one_word(w, lemma, "surname")),
            Some((lemma, false)) if alone_as_a_name(text, words, w) => {
                out.push(one_word(w, lemma, "surname"))
            }
            _ => {}
        }
    }
    out
}

/// "„Express Kaszubski”", "„Gazeta Krakowska”": a word that is also a common word, among
/// a few capitalised ones between quotes on one line, is part of a title, not a person.
fn in_quoted_title(text: &str, start: usize, end: usize) -> bool {
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    let before = &text[line_start..start];
    let after = &text[end..line_end];
    let Some(open) = before.rfind(super::organizations::OPENING_QUOTES) else {
        return false;
    };
    let Some(close) = after.find(super::organizations::CLOSING_QUOTES) else {
        return false;
    };
    let opened = &before[open..];
    let inner = &opened[opened.chars().next().map_or(0, char::len_utf8)..];
    // A straight quote opens and closes alike: an even count before means it closed.
    let still_open = !inner.contains(super::organizations::CLOSING_QUOTES)
        && (!opened.starts_with('"') || before.matches('"').count() % 2 == 1);
    let quoted = format!("{inner}{}{}", &text[start..end], &after[..close]);
    let title_words: Vec<&str> = quoted.split_whitespace().collect();
    // Quoted speech ("Więc to jest Marta") and a title's hero ("Pan Tadeusz") name persons;
    // a capitalised common word in a short title names none.
    let title = (2..=4).contains(&title_words.len())
        && title_words.iter().all(|w| is_capitalized(w))
        && lexicon::analyse(&text[start..end])
            .iter()
            .any(|a| a.class == WordClass::Common);
    still_open && title
}

/// A word the lexicon does not know, capitalised on its own (mid-sentence, no capitalised
/// neighbour, not after a preposition of place) three times or more in one text: a
/// character or a person the text is about ("Keraban", "Bartymeusz").
fn recurring_unknown_names<'a>(text: &str, words: &[Word<'a>], found: &[Span]) -> Vec<Span> {
    let found = &Covered::new(found);
    let candidate = |i: usize, w: &Word| {
        let after_preposition = i.checked_sub(1).is_some_and(|k| {
            matches!(
                words[k].text,
                "w" | "we" | "z" | "ze" | "do" | "od" | "na" | "pod" | "nad" | "przy" | "koło"
            )
        });
        // Plural endings name places and peoples ("Blizanowice", "Jahusów"), not a person.
        let plural = ["ice", "yce", "ów"].iter().any(|e| w.text.ends_with(e));
        w.text.chars().count() >= 4
            && !plural
            && is_surname(w.text)
            && !is_camel_case(w.text)
            && acronym_core(w.text).is_none()
            && !after_preposition
            && !overlaps(found, w)
            && lexicon::analyse(w.text).is_empty()
            && capitalised_alone(text, words, w)
    };
    let candidates: Vec<&Word> = (0..words.len())
        .filter(|&i| candidate(i, &words[i]))
        .map(|i| &words[i])
        .collect();
    // Case forms count together under the shortest form seen ("Bugajew" twice and
    // "Bugajewa" twice make four mentions of Bugajew).
    let forms: HashSet<&str> = candidates.iter().map(|w| w.text).collect();
    let base = |form: &'a str| -> &'a str {
        CASE_ENDINGS
            .iter()
            .filter_map(|e| form.strip_suffix(e))
            .filter(|stem| forms.contains(stem))
            .min_by_key(|stem| stem.len())
            .unwrap_or(form)
    };
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in &candidates {
        *counts.entry(base(w.text)).or_default() += 1;
    }
    let mut names: Vec<&str> = counts
        .into_iter()
        .filter(|&(_, n)| n >= 3)
        .map(|(name, _)| name)
        .collect();
    // The longest first: "Kerabana" established on its own is itself, not a form of "Keraban".
    names.sort_by_key(|n| (std::cmp::Reverse(n.len()), *n));
    if names.is_empty() {
        return Vec::new();
    }
    // Once established, the name is the person's wherever it stands, at a sentence start
    // too ("Bugajew usadowiony…"), and in its other cases ("do Bugajewa").
    words
        .iter()
        .filter(|w| is_surname(w.text) && !overlaps(found, w))
        .filter_map(|w| {
            let name = names.iter().find(|n| is_form_of(w.text, n))?;
            (w.text == *name || lexicon::analyse(w.text).is_empty())
                .then(|| one_word(w, name.to_string(), "recurring name"))
        })
        .collect()
}

/// "OpenOffice", "StarOffice": a capital after small letters is a product's or a firm's
/// spelling; names that have one keep it after a prefix ("McDonald", "MacArthur", "DiCaprio").
fn is_camel_case(word: &str) -> bool {
    let rest = ["Mc", "Mac", "Di", "De", "La", "Le", "Van"]
        .iter()
        .find_map(|p| word.strip_prefix(p))
        .unwrap_or(word);
    let mut previous_small = false;
    for c in rest.chars() {
        if c.is_uppercase() && previous_small {
            return true;
        }
        previous_small = c.is_lowercase();
    }
    false
}

/// `word` is `name` or one of its case forms by the regular endings of a noun ("Keraban":
/// Kerabana, Kerabanowi, Kerabanem, Kerabanie; "Bugajew": Bugajewa).
fn is_form_of(word: &str, name: &str) -> bool {
    word == name
        || word
            .strip_prefix(name)
            .is_some_and(|ending| CASE_ENDINGS.contains(&ending))
}

/// The regular case endings a name takes after its nominative.
const CASE_ENDINGS: &[&str] = &["a", "owi", "em", "ie", "u", "y", "ą", "ę", "ów", "om"];

/// "Francis Dickoh (ur. 13 grudnia 1982…)", "Józef Sare (zm. 1911)": the capitalised
/// words right before a bracketed birth or death date name a person, known to the lexicon
/// or not (an encyclopedia's or a chronicle's entry).
fn before_birth_dates(text: &str, words: &[Word], found: &[Span]) -> Vec<Span> {
    let found = &Covered::new(found);
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let after = text[w.end..].trim_start_matches(' ');
        let dated = ["(ur.", "(ur ", "(zm.", "(urodzony", "(urodzona"]
            .iter()
            .any(|p| after.starts_with(p));
        if !dated || !is_surname(w.text) || overlaps(found, w) {
            continue;
        }
        let mut first = i;
        while first > 0
            && i - first < 3
            && is_surname(words[first - 1].text)
            && joined(text, &words[first - 1], &words[first])
            && !at_sentence_start(text, &words[first])
        {
            first -= 1;
        }
        let (start, end) = (words[first].start, w.end);
        out.push(Span {
            kind: EntityType::Person,
            start,
            end,
            lemma: text[start..end].to_string(),
            value: None,
            note: Some("before a birth date".into()),
        });
    }
    out
}

/// Verbs that introduce a speaker after a line of dialogue, in the masculine past tense
/// (the feminine is made from it): "– Zobaczymy – odpowiedziała Daga".
const SPEECH_VERBS: &[&str] = &[
    "powiedział",
    "odpowiedział",
    "zapytał",
    "spytał",
    "zawołał",
    "krzyknął",
    "szepnął",
    "mruknął",
    "dodał",
    "odparł",
    "rzekł",
    "tłumaczył",
    "wyjaśnił",
    "stwierdził",
    "zauważył",
    "przerwał",
    "wtrącił",
    "burknął",
    "westchnął",
    "jęknął",
    "syknął",
    "warknął",
    "zaśmiał",
    "roześmiał",
    "uśmiechnął",
    "pocieszał",
    "przekonywał",
    "zaproponował",
    "oznajmił",
    "oświadczył",
    "przyznał",
    "zapewnił",
    "wrzasnął",
    "wrzeszczał",
    "powtórzył",
    "zaczął",
    "ciągnął",
    "nalegał",
    "poprosił",
    "zaprotestował",
    "przytaknął",
    "zachęcał",
    "wykrzyknął",
    "odezwał",
    "dopytywał",
    "upewnił",
    "pytał",
    "wołał",
    "krzyczał",
    "szeptał",
    "mówił",
    "zapowiedział",
    "podkreślił",
    "zaznaczył",
    "ocenił",
    "poinformował",
    // The present tense of reported speech in the press: "– … – mówi Kowalski".
    "mówi",
    "twierdzi",
    "dodaje",
    "podkreśla",
    "zaznacza",
    "wyjaśnia",
    "tłumaczy",
    "pyta",
    "odpowiada",
    "przyznaje",
    "zapewnia",
    "przekonuje",
    "ocenia",
    "uważa",
    "opowiada",
    "wspomina",
    "zauważa",
    "stwierdza",
    "komentuje",
];

pub(super) fn is_speech_verb(word: &str) -> bool {
    // Runs for every word: every form (and the feminine made from it) in one set.
    static FORMS: std::sync::LazyLock<HashSet<String, Fnv>> = std::sync::LazyLock::new(|| {
        let mut forms = HashSet::default();
        for verb in SPEECH_VERBS {
            forms.insert(verb.to_string());
            match verb.strip_suffix("nął") {
                Some(stem) => forms.insert(format!("{stem}nęła")),
                None => forms.insert(format!("{verb}a")),
            };
        }
        forms
    });
    FORMS.contains(word)
}

/// The capitalised word after a verb of speaking ("zawołał Keraban", "roześmiała się Daga",
/// "pocieszał ją Tonik") names the speaker, even when the lexicon knows it as a common
/// word; a place, a title or a form of address does not.
fn speakers(text: &str, words: &[Word], found: &[Span]) -> Vec<Span> {
    let found = &Covered::new(found);
    // How often each word occurs, counted once and only when a speaker needs it.
    let uses = std::cell::OnceCell::new();
    let count = || {
        let mut uses: HashMap<&str, usize, Fnv> = HashMap::default();
        for w in words {
            *uses.entry(w.text).or_default() += 1;
        }
        uses
    };
    let mut out = Vec::new();
    for (i, verb) in words.iter().enumerate() {
        if !is_speech_verb(verb.text) {
            continue;
        }
        let mut k = i + 1;
        while words.get(k).is_some_and(|w| {
            matches!(w.text, "się" | "ją" | "go" | "mu" | "jej" | "im")
                && joined(text, &words[k - 1], w)
        }) {
            k += 1;
        }
        let Some(w) = words.get(k).filter(|w| joined(text, &words[k - 1], w)) else {
            continue;
        };
        let lower = w.text.to_lowercase();
        let readings = lexicon::analyse(w.text);
        // Two letters or capitals only: a pronoun of address ("Ci") or a heading.
        let shouting = w.text.chars().all(|c| !c.is_lowercase());
        if !is_surname(w.text)
            || w.text.chars().count() < 3
            || shouting
            || overlaps(found, w)
            || !could_be_a_name(w.text)
            || is_title(&lower)
        {
            continue;
        }
        let personal = readings
            .iter()
            .find(|a| matches!(a.class, WordClass::FirstName | WordClass::Surname));
        // A village may share a surname ("Nowak"); a place that is no name is no speaker.
        if personal.is_none() && readings.iter().any(|a| a.class == WordClass::Place) {
            continue;
        }
        // A common word ("Daga", "Tonik") is a character's name when the text uses it as
        // one more than once; once, it is more often a role ("powiedział Naczelnik").
        if personal.is_none() && !readings.is_empty() && uses.get_or_init(count)[w.text] < 2 {
            continue;
        }
        let lemma = personal.map_or_else(|| w.text.to_string(), |a| a.lemma.clone());
        out.push(one_word(w, lemma, "speaker"));
    }
    out
}

/// "Sadecki, Grabarczyk, Sęk, Domagała": in a list of single capitalised words of which at
/// more than half (and two) are persons already (a team's line-up, a list of authors), the
/// others are persons too; a list of streets or lakes with a name or two among them is not.
fn fellow_list_members(text: &str, words: &[Word], found: &[Span]) -> Vec<Span> {
    let covered = Covered::new(found);
    let spans: HashSet<(usize, usize), Fnv> = found.iter().map(|s| (s.start, s.end)).collect();
    let is_person = |w: &Word| spans.contains(&(w.start, w.end));
    let separated = |a: &Word, b: &Word| {
        matches!(
            text[a.end..b.start].trim_matches(' '),
            "," | "-" | "–" | "i" | "oraz"
        )
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        // The run of capitalised words joined by list separators that starts at `i`.
        let mut end = i;
        while end + 1 < words.len()
            && is_capitalized(words[end].text)
            && is_capitalized(words[end + 1].text)
            && separated(&words[end], &words[end + 1])
        {
            end += 1;
        }
        let run = &words[i..=end];
        let persons = || run.iter().filter(|w| is_person(w)).count();
        if run.len() >= 3 && 2 * persons() > run.len() {
            for w in run {
                if is_surname(w.text) && !overlaps(&covered, w) && could_be_a_name(w.text) {
                    out.push(one_word(w, w.text.to_string(), "listed with persons"));
                }
            }
        }
        i = end + 1;
    }
    out
}

/// A full name found once ("Francis Dickoh (ur. …)") is the person wherever the same words
/// stand together again, in a heading or a list too.
fn same_full_name_elsewhere(text: &str, words: &[Word], found: &[Span]) -> Vec<Span> {
    // First word → the names it opens: each word is compared with a few names, not all.
    let mut names: HashMap<&str, Vec<(Vec<&str>, &str)>, Fnv> = HashMap::default();
    for s in found {
        let parts: Vec<&str> = text[s.start..s.end].split(' ').collect();
        if (2..=4).contains(&parts.len()) && parts.iter().all(|p| is_capitalized(p)) {
            names.entry(parts[0]).or_default().push((parts, &s.lemma));
        }
    }
    let covered = Covered::new(found);
    let mut out: Vec<Span> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let hit = names.get(words[i].text).and_then(|opened| {
            opened.iter().find(|(parts, _)| {
                let Some(run) = words.get(i..i + parts.len()) else {
                    return false;
                };
                run.iter().zip(parts).all(|(w, p)| w.text == *p)
                    && run.windows(2).all(|p| joined(text, &p[0], &p[1]))
                    && !run.iter().any(|w| overlaps(&covered, w))
            })
        });
        match hit {
            Some((parts, lemma)) => {
                let last = &words[i + parts.len() - 1];
                out.push(Span {
                    kind: EntityType::Person,
                    start: words[i].start,
                    end: last.end,
                    lemma: lemma.to_string(),
                    value: None,
                    note: Some("same name".into()),
                });
                i += parts.len();
            }
            None => i += 1,
        }
    }
    out
}

/// A one-word name found somewhere in the text is the same person wherever the same form
/// stands capitalised, at a sentence start too ("Daga pewnym krokiem…", "– Nowak
/// zirytował się"), where no rule could tell a name from a capitalised first word.
fn same_form_elsewhere(text: &str, words: &[Word], found: &[Span]) -> Vec<Span> {
    let mut named: HashMap<&str, &str, Fnv> = HashMap::default();
    for s in found {
        let form = &text[s.start..s.end];
        if !form.contains(char::is_whitespace) {
            named.entry(form).or_insert(&s.lemma);
        }
    }
    if named.is_empty() {
        return Vec::new();
    }
    let lower = lower_case_words(words);
    let covered = Covered::new(found);
    (0..words.len())
        .filter(|&i| {
            let w = &words[i];
            named.contains_key(w.text)
                && !overlaps(&covered, w)
                && could_be_a_name(w.text)
                // Part of another name ("Układu Warszawskiego") is not this person.
                && !capital_beside(text, words, i)
                // At a sentence start the capital proves nothing: a word the text also
                // writes in lower case there is that word ("Ani grosza mniej").
                && (capitalised_alone(text, words, w) || !lower.contains(w.text.to_lowercase().as_str()))
        })
        .map(|i| one_word(&words[i], named[words[i].text].to_string(), "same name"))
        .collect()
}

/// The words a text writes in lower case: a capitalised form whose lower-case form occurs
/// is that common word where a sentence's capital explains the capital ("Ani grosza").
fn lower_case_words<'t>(words: &[Word<'t>]) -> HashSet<&'t str, Fnv> {
    words
        .iter()
        .filter(|w| w.text.starts_with(char::is_lowercase))
        .map(|w| w.text)
        .collect()
}

/// A surname that is also an adjective ("Podolski", "Polańska") stands alone as a name
/// mid-sentence: capitalised without a capitalised word on either side ("Teatr Polski").
fn alone_as_a_name(text: &str, words: &[Word], w: &Word) -> bool {
    let adjectival = ["ski", "cki", "dzki", "ska", "cka", "dzka"]
        .iter()
        .any(|e| w.text.ends_with(e));
    (adjectival || of_a_family(text, words, w)) && capitalised_alone(text, words, w)
}

/// "młyn rodziny Sroków", "dom państwa Nowaków": after the word for a family, a capitalised
/// plural genitive in -ów is the family of a noun surname (Sroka, Nowak), in the nominative
/// plural ("Srokowie"), not a place the lexicon reads in it (Srokowo).
fn noun_families(text: &str, words: &[Word], found: &[Span]) -> Vec<Span> {
    let found = &Covered::new(found);
    words
        .windows(2)
        .filter(|pair| after_a_family_word(text, &pair[0], &pair[1]))
        .map(|pair| &pair[1])
        .filter(|w| w.text.chars().count() >= 5 && is_capitalized(w.text) && !overlaps(found, w))
        .filter(|w| capitalised_alone(text, words, w))
        .filter_map(|w| {
            let stem = w.text.strip_suffix("ów")?;
            Some(one_word(w, format!("{stem}owie"), "family"))
        })
        .collect()
}

/// Word `previous` is a word for a family ("rodu", "rodziny", "państwa") right before `w`.
fn after_a_family_word(text: &str, previous: &Word, w: &Word) -> bool {
    const FAMILY: &[&str] = &[
        "rodu", "rodzie", "rodem", "rodowi", "rodziny", "rodzinie", "rodziną", "państwa",
    ];
    FAMILY.contains(&previous.text) && joined(text, previous, w)
}

/// "historii rodu Mycielskich", "dworek rodziny Potockich": a family's plural name after
/// the word for a family.
fn of_a_family(text: &str, words: &[Word], w: &Word) -> bool {
    let previous = index_at(words, w.start, false)
        .and_then(|i| i.checked_sub(1))
        .map(|p| &words[p]);
    family_name(w.text).is_some() && previous.is_some_and(|p| after_a_family_word(text, p, w))
}

/// Capitalised inside a sentence, with no capitalised word beside it: the capital is the
/// word's own, not a sentence start's or a multi-word name's.
fn capitalised_alone(text: &str, words: &[Word], w: &Word) -> bool {
    let Some(i) = index_at(words, w.start, false) else {
        return false;
    };
    // A line, a dialogue dash ("- Ale jak…") or a list item ("2) Jaki…") opens a sentence too.
    let before = text[..w.start].trim_end_matches([' ', '\u{a0}', '\t']);
    let opens_line = before.ends_with(['\n', '-', '–', '—', '(', ')', '*', '•']);
    !at_sentence_start(text, w) && !opens_line && !capital_beside(text, words, i)
}

/// A capitalised word joined to word `i` by spaces on either side: the two are one
/// multi-word name. Across a full stop or a comma the next capital is another sentence's
/// or a list's ("krzyknął Keraban. – Nic z tego!").
fn capital_beside(text: &str, words: &[Word], i: usize) -> bool {
    let w = &words[i];
    // A sentence's first word that is only a common word ("Wszedł Adam.") has the sentence's
    // capital, not a name's.
    let before = i.checked_sub(1).is_some_and(|j| {
        let prev = &words[j];
        is_capitalized(prev.text)
            && joined(text, prev, w)
            && !(at_sentence_start(text, prev)
                && !has_adjective_ending(prev.text)
                && lexicon::known_only_as(prev.text, WordClass::Common))
    });
    let after = words
        .get(i + 1)
        .is_some_and(|n| is_capitalized(n.text) && joined(text, w, n));
    before || after
}

/// An adjective's ending ("Cyfrowa", "Nowego"): before a capitalised word it starts a
/// multi-word name, where a verb ("Wszedł Adam", "Mówi Ewa") only opens the sentence.
/// Narrower than `organizations::looks_adjectival`, which reads "Mówi" (formant -w-, -i)
/// as an adjective of a name's head.
fn has_adjective_ending(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "owa", "owy", "owe", "owej", "owego", "ska", "ski", "skie", "skiej", "skiego", "cka",
        "cki", "ckie", "na", "ny", "ne", "nej", "nego",
    ];
    ENDINGS.iter().any(|e| word.ends_with(e))
}

/// Later mentions of a surname already seen with its first name ("… Jan Kowalski …
/// Kowalskiego"), in any case form; the lemma is the full name.
fn later_mentions(words: &[Word], found: &[Span]) -> Vec<Span> {
    // Stem → the first full name with it: a word is looked up by its last few prefixes
    // instead of being compared with every name of a long text.
    let mut known: HashMap<String, (usize, &str)> = HashMap::new();
    for (k, s) in found.iter().enumerate() {
        let Some(surname) = s.lemma.rsplit(' ').next() else {
            continue;
        };
        if s.lemma.contains(' ') && surname.chars().count() >= 4 {
            known.entry(surname_stem(surname)).or_insert((k, &s.lemma));
        }
    }
    let found = Covered::new(found);
    let mut out = Vec::new();
    for w in words {
        if !is_surname(w.text) || found.overlaps(w.start, w.start + 1) || !could_be_a_name(w.text) {
            continue;
        }
        // A stem matches when the word starts with it and adds at most four letters that
        // read as a case ending ("Dziedzica", not "Dziedzictwa" after a Dziedzic).
        let prefix_ends = w.text.char_indices().map(|(b, _)| b).chain([w.text.len()]);
        let hit = prefix_ends
            .rev()
            .take(5)
            .filter(|&b| reads_as_case_ending(&w.text[b..]))
            .filter_map(|b| known.get(&w.text[..b]))
            .min_by_key(|(k, _)| *k);
        if let Some((_, lemma)) = hit {
            out.push(Span {
                kind: EntityType::Person,
                start: w.start,
                end: w.end,
                lemma: lemma.to_string(),
                value: None,
                note: Some("later mention".into()),
            });
        }
    }
    out
}

/// What a surname's case forms add to its stem: nothing, or letters that open with a vowel
/// (Nowak-a, Kowalsk-iego, Chmur-ą), or the "-ze" of a softened stem (Chmur-ze).
fn reads_as_case_ending(added: &str) -> bool {
    added.is_empty()
        || added.starts_with(['a', 'e', 'i', 'o', 'u', 'y', 'ą', 'ę', 'ó'])
        || added == "ze"
}

/// Not a country, region or city of the gazetteer ("Polska" after a "Jan Polski").
fn could_be_a_name(word: &str) -> bool {
    crate::polish::gazetteer::lookup(word).is_none()
}

/// The part of a surname its inflected forms share: Kowalsk(i), Nowak, Chmur(a).
fn surname_stem(surname: &str) -> String {
    let trimmed = surname.trim_end_matches(['a', 'i', 'y', 'o', 'e']);
    if trimmed.chars().count() >= 3 {
        trimmed.to_string()
    } else {
        surname.to_string()
    }
}

/// A month's name as a surname right after a given name ("Marcin Grudzień", "Anna Maj"):
/// capitalised, not a date's month (no number after it, "Maj 2014").
fn month_surname(words: &[Word], i: usize) -> bool {
    let w = &words[i];
    let number_after = words
        .get(i + 1)
        .is_some_and(|n| n.text.starts_with(|c: char| c.is_ascii_digit()));
    is_capitalized(w.text) && crate::polish::months::is_month_name(w.text) && !number_after
}

fn is_surname(w: &str) -> bool {
    // Asked of every word: the capital first, which most words fail at once. Letters,
    // hyphens and apostrophes: "O'Neill", and a foreign name's Polish ending after one
    // ("Williama Blake'a", "Thomasa Hardy'ego").
    is_capitalized(w)
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        && w.chars().count() >= 2
        && acronym_core(w).is_none()
        && org_head(w).is_none()
        && !crate::polish::months::is_month_name(w)
}

/// "Blake'a" → Blake, "Hardy'ego" → Hardy: the Polish ending a foreign name takes after an
/// apostrophe. "O'Neill" keeps its own.
fn without_apostrophe_ending(form: &str) -> Option<&str> {
    let (name, ending) = form.rsplit_once(['\'', '’'])?;
    let polish =
        (1..=3).contains(&ending.chars().count()) && ending.chars().all(|c| c.is_lowercase());
    (polish && name.chars().count() >= 2).then_some(name)
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

    /// The surface texts of the persons found.
    fn surfaces(text: &str) -> Vec<String> {
        persons(text).into_iter().map(|(t, _)| t).collect()
    }

    /// The lemmas of the persons found.
    fn person_lemmas(text: &str) -> Vec<String> {
        persons(text).into_iter().map(|(_, l)| l).collect()
    }

    #[test]
    fn names_in_the_locative() {
        assert_eq!(
            person_lemmas("Mówił o Janie Pawle II, o Stanisławie Kostce i o Marku Krajewskim."),
            ["Jan Paweł II", "Stanisław Kostka", "Marek Krajewski"]
        );
        // "pani" or a woman's surname keeps the woman's dative.
        assert_eq!(
            person_lemmas("Dziękujemy pani Stanisławie Wronie i Annie Sowie."),
            ["Stanisława Wrona", "Anna Sowa"]
        );
    }

    #[test]
    fn a_womans_name_in_the_dative_beside_her_surname() {
        assert_eq!(
            person_lemmas("Wieczór poświęcony Wisławie Szymborskiej i Walentynie Nowak."),
            ["Wisława Szymborska", "Walentyna Nowak"]
        );
    }

    #[test]
    fn a_prizes_name_before_a_person_is_not_her_given_name() {
        let found = persons("Gościem była laureatka Nagrody Nike Olga Tokarczuk.");
        assert_eq!(
            found,
            [("Olga Tokarczuk".to_string(), "Olga Tokarczuk".to_string())]
        );
    }

    #[test]
    fn a_nickname_in_quotes_between_given_name_and_surname() {
        let found = persons("Spotkanie poprowadził Jan „Kowal” Kowalski z Jasła.");
        assert_eq!(
            found,
            [(
                "Jan „Kowal” Kowalski".to_string(),
                "Jan Kowalski".to_string()
            )]
        );
        let found = persons("Wspominamy Roberta \"Litzę\" Friedricha.");
        assert_eq!(found[0].1, "Robert Friedrich");
        // "Józefa" is also a woman's nominative; the surname's case says it is his genitive.
        let found = persons("Grał zespół pod kierunkiem Józefa „Józka” Dudy.");
        assert_eq!(found[0].1, "Józef Duda");
    }

    #[test]
    fn a_foreign_surname_with_its_ending_after_an_apostrophe() {
        assert_eq!(
            person_lemmas("Czytaliśmy wiersze Williama Blake'a i powieść Thomasa Hardy'ego."),
            ["William Blake", "Thomas Hardy"]
        );
    }

    #[test]
    fn a_popes_number_of_five_letters_or_one() {
        // (Before a full stop "Grzegorz X." is as likely the press's shortened surname.)
        let text = "Sobór zwołał papież Jan XXIII, a przed nim Grzegorz X, Sykstus V i inni.";
        assert_eq!(surfaces(text), ["Jan XXIII", "Grzegorz X", "Sykstus V"]);
    }

    #[test]
    fn a_months_name_after_a_given_name_is_a_surname() {
        let text = "Koordynatorem jest Marcin Grudzień, a zajęcia prowadzi Anna Maj.";
        assert_eq!(surfaces(text), ["Marcin Grudzień", "Anna Maj"]);
    }

    #[test]
    fn speakers_of_an_interview_and_a_play() {
        let text =
            "Rozmowa o książkach.\nA: Czy pani czyta?\nK.: Codziennie.\nA: A co?\nK.: Kryminały.";
        let labels: Vec<String> = persons(text).into_iter().map(|(t, _)| t).collect();
        assert_eq!(labels, ["A", "K.", "A", "K."]);
        let play = "HELENKA Był twój pomysł.\nKOCIAK - Nie mój.\nHELENKA Twój!\nKOCIAK - Trudno.";
        assert_eq!(persons(play).len(), 4);
        // Once is no dialogue, and words in capitals are no speakers.
        assert!(persons("A: jedna odpowiedź.\nUWAGA: zmiana.\nUWAGA: druga.").is_empty());
    }

    #[test]
    fn first_names_next_to_a_sentence_start_and_opening_one() {
        // The capital of "Wszedł" is the sentence's: Adam stands alone.
        assert_eq!(
            persons("Otarła łzy. Wszedł Adam. Zawiało chłodem.").len(),
            1
        );
        // A first name in the nominative opening a sentence, a verb after it.
        assert_eq!(persons("Marek złożył urnę obok grobu.").len(), 1);
        // …and opening a line of dialogue after its dash.
        assert_eq!(persons("- Gdzie?\n– Marek kiedyś przejechał.").len(), 1);
        assert!(persons("Wynik - Marek kiedyś przejechał.").is_empty());
        // Not where the text writes the word in lower case, nor the pronoun "Sam".
        assert!(persons("Sam nie wiem. Zrobił to sam.").is_empty());
        // "Wojtek" is also a form of the village Wojtki; alone mid-sentence it is a person.
        assert_eq!(persons("Wtedy przyszedł Wojtek i usiadł.").len(), 1);
    }

    #[test]
    fn mens_surnames_with_a_mobile_e_or_in_a_and_womens_names_we_do_not_list() {
        // Rules alone gave "Miodk" and left "Bełzy"; SGJP knows both men.
        assert_eq!(
            person_lemmas("Spotkanie z Janem Miodkiem. Biblioteka im. dr. Witolda Bełzy."),
            ["Jan Miodek", "Witold Bełza"]
        );
        assert_eq!(
            person_lemmas("Wywiad z Piotrem Zagłobą."),
            ["Piotr Zagłoba"]
        );
        // SGJP has a Jurka too, but "Marka" is no nominative, so neither is "Jurka".
        assert_eq!(person_lemmas("Przemówienie Marka Jurka."), ["Marek Jurek"]);
        // "Zdzisława" reads as a man's genitive; her surname says it is a woman's name.
        assert_eq!(
            person_lemmas("Prowadziła Zdzisława Kobylińska."),
            ["Zdzisława Kobylińska"]
        );
        assert_eq!(person_lemmas("Apel Donalda Tuska."), ["Donald Tusk"]);
        // A woman's name that is a man's genitive too, before a man's surname.
        assert_eq!(
            person_lemmas(
                "Wiersze Czesława Miłosza i Aleksandra Wata. Gościł nas Stanisława Nowak."
            ),
            ["Czesław Miłosz", "Aleksander Wat", "Stanisława Nowak"]
        );
        // So is a surname of -o in the genitive: Moniuszki, Fredry.
        assert_eq!(
            person_lemmas("Pieśni Stanisława Moniuszki i komedie Aleksandra Fredry. Była Stanisława Kowalczyk."),
            ["Stanisław Moniuszko", "Aleksander Fredro", "Stanisława Kowalczyk"]
        );
        assert_eq!(
            person_lemmas("Dziękujemy Piotrowi Wiśniewskiemu."),
            ["Piotr Wiśniewski"]
        );
    }

    #[test]
    fn adjectives_of_gods_name_are_derived_mentions() {
        let text = "Na Boże Narodzenie i w opiece Bożej, a Bożena przyszła.";
        let found: Vec<(String, String)> = derived_from_god(&words(text))
            .into_iter()
            .map(|s| (text[s.start..s.end].to_string(), s.lemma))
            .collect();
        assert_eq!(
            found,
            [
                ("Boże".into(), "Bóg".into()),
                ("Bożej".into(), "Bóg".into())
            ]
        );
    }

    #[test]
    fn a_couple_shares_a_surname_in_the_plural() {
        assert_eq!(
            person_lemmas("Wystąpili Aleksander i Jolanta Kwaśniewscy."),
            ["Aleksander Kwaśniewski", "Jolanta Kwaśniewska"]
        );
        assert_eq!(
            person_lemmas("Pani Anna Nowak dziękuje państwu Annie i Janowi Kowalskim."),
            ["Anna Nowak", "Anna Kowalska", "Jan Kowalski"]
        );
        // A man's instrumental singular is his alone; a man's locative is no woman's name.
        assert_eq!(
            person_lemmas("Rozmawiał z Ewą i Janem Kowalskim o Stanisławie Wasylewskim."),
            ["Ewa", "Jan Kowalski", "Stanisław Wasylewski"]
        );
        // A surname declined as a noun: "Kwiatków" is the Kwiatek family's genitive, and
        // "Józefa" before it is Józef's.
        assert_eq!(
            person_lemmas("Dary państwa Haliny i Józefa Kwiatków. Byli Anna i Jan Nowakowie."),
            ["Halina Kwiatek", "Józef Kwiatek", "Anna Nowak", "Jan Nowak"]
        );
        // After a woman's name, a man's oblique form read also as a woman's is his.
        assert_eq!(
            person_lemmas("Uzdrowisko założone przez Annę i Stanisława Potockich."),
            ["Anna Potocka", "Stanisław Potocki"]
        );
        let two_women = person_lemmas("Przyszły Anna i Stanisława Kowalskie.");
        assert!(
            !two_women.iter().any(|l| l.starts_with("Stanisław ")),
            "{two_women:?}"
        );
        // Written undeclined, his surname is hers too; declined for him, his alone.
        assert_eq!(
            person_lemmas("Dziękujemy Teresie i Ryszardowi Hampel oraz Ewie i Janowi Nowakowi."),
            ["Teresa Hampel", "Ryszard Hampel", "Ewa", "Jan Nowak"]
        );
    }

    #[test]
    fn a_mans_surname_in_ek_takes_its_e_back() {
        assert_eq!(
            person_lemmas("Wygrali Kacpra Kurka, Marka Dudka, Jana Nowaka i Janowi Kubikowi."),
            ["Kacper Kurek", "Marek Dudek", "Jan Nowak", "Jan Kubik"]
        );
    }

    #[test]
    fn two_unknown_capitalised_words_are_a_foreign_name() {
        assert_eq!(
            person_lemmas("Prowadził je Algis Uzdila z Puńska, a pisze o tym Yochai Benkler."),
            ["Algis Uzdila", "Yochai Benkler"]
        );
        let p = persons("Raport wydał Home Office, a licencje Creative Commons są wolne.");
        assert!(p.is_empty(), "{p:?}");
        // Nor a pair in quotes, a title.
        let p = persons("Słuchamy płyty „Yochai Benkler” w domu.");
        assert!(p.is_empty(), "{p:?}");
    }

    #[test]
    fn an_initial_before_a_surname_known_or_foreign() {
        assert_eq!(
            person_lemmas(
                "Czytamy \"W cukrze arbuza\" R. Brautigana, prozę Ch. Bukowskiego i wiersze J. Nowaka."
            ),
            ["R. Brautigana", "Ch. Bukowski", "J. Nowak"]
        );
        assert_eq!(
            person_lemmas("Pierwsze wydania utworów B. Prusa i E. Orzeszkowej."),
            ["B. Prus", "E. Orzeszkowa"]
        );
        // A letter ending a sentence before a common word is no initial.
        assert!(persons("Dostała ocenę B. Potem wyszła.").is_empty());
    }

    #[test]
    fn a_lone_surname_inside_a_quoted_title_is_no_person() {
        let p = persons("Patronat: „Express Kaszubski” i \"Dziennik Bałtycki\".");
        assert!(p.is_empty(), "{p:?}");
        let p = persons("Czytamy „Pan Tadeusz”. \"Więc to jest Marta\" - rzekł.");
        assert_eq!(p.len(), 2, "{p:?}");
        assert_eq!(persons("Wiersz napisał Kaszubski.").len(), 1);
    }

    #[test]
    fn a_womans_name_read_as_a_mans_genitive_before_an_undeclined_surname() {
        assert_eq!(
            person_lemmas("Czytały Gabriela Kühn i Franciszka Nowak, o Henryku Sienkiewiczu mówiła Ludwika Kowal; list Henryka Sienkiewicza."),
            ["Gabriela Kühn", "Franciszka Nowak", "Henryk Sienkiewicz", "Ludwika Kowal", "Henryk Sienkiewicz"]
        );
    }

    #[test]
    fn a_surname_that_is_a_given_name_of_the_other_sex_declines_as_a_surname() {
        assert_eq!(
            person_lemmas("Wykład Piotra Lisa i Lecha Dominika, a potem msza Jana Pawła."),
            ["Piotr Lis", "Lech Dominik", "Jan Paweł"]
        );
    }

    #[test]
    fn a_given_name_after_a_courtesy_title() {
        assert_eq!(
            person_lemmas("Pojawia się kelner p. Marek z tacą, a pani Róża nalewa herbatę."),
            ["Marek", "Róża"]
        );
    }

    #[test]
    fn figures_history_calls_by_one_name() {
        assert_eq!(
            person_lemmas("Za Stalina i po śmierci Lenina czytano Witkacego."),
            ["Stalin", "Lenin", "Witkacy"]
        );
    }

    #[test]
    fn double_surnames_decline_in_both_parts() {
        let p = persons("Rozmawiał z Marią Konopnicką-Gąską i Danutą Wróbel-Kasprzak.");
        assert_eq!(p[0].1, "Maria Konopnicka-Gąska");
        assert_eq!(p[1].1, "Danuta Wróbel-Kasprzak");
        // Written with spaces after a given name it is one surname; in a line-up the dash
        // parts two players.
        let p = persons("Zagrała Anna Skórzewska - Łosiak.");
        assert_eq!(p[0].0, "Anna Skórzewska - Łosiak");
        let p = persons("Skład: Fortecki - Ciszewski, Suliński, Olejniczak.");
        assert!(p.iter().all(|(t, _)| !t.contains(" - ")), "{p:?}");
    }

    #[test]
    fn a_title_before_an_institutions_name_names_no_person() {
        assert!(persons("Gości powitała dyrektor Miejskiej Biblioteki Publicznej.").is_empty());
        assert_eq!(persons("Gości powitała dyrektor Zając.").len(), 1);
        assert!(persons("Patronat objął burmistrz Nowego Żmigrodu.").is_empty());
    }

    #[test]
    fn a_surname_like_village_after_gmina_is_no_person() {
        assert!(persons("Spotkanie odbyło się w gminie Brzyska.").is_empty());
    }

    #[test]
    fn a_lone_name_takes_the_one_full_name_it_belongs_to() {
        let p = persons("Gościem był Tadeusz Wolański z Dębicy. Pan Tadeusz opowiadał o dworze.");
        assert_eq!(
            p[1],
            ("Tadeusz".to_string(), "Tadeusz Wolański".to_string())
        );
        // Two people share the given name: the lone one stays as it is.
        let p =
            persons("Przyszli Tadeusz Wolański i Tadeusz Nowicki. Pan Tadeusz opowiadał o dworze.");
        assert_eq!(p[2].1, "Tadeusz");
    }

    #[test]
    fn an_unknown_name_that_recurs_is_a_person() {
        let text = "I wtedy Keraban wstał, potem Keraban usiadł, a po chwili Keraban zawołał.";
        assert_eq!(persons(text).len(), 3);
        // Twice is not enough.
        assert!(persons("I wtedy Keraban wstał, potem Keraban usiadł.").is_empty());
    }

    #[test]
    fn saints_of_churches_and_holy_names_of_radios_are_no_persons() {
        assert!(persons("Parafia św. Jadwigi organizuje festyn.").is_empty());
        assert!(persons("Cerkiew pod wezwaniem św. Michała stoi.").is_empty());
        assert!(persons("O historii sanktuarium św. Jacka i klasztoru św. Anny.").is_empty());
        assert!(persons("Słuchacze Radia Maryja przyszli.").is_empty());
        assert_eq!(persons("Mój Boże, jak pięknie!").len(), 1);
        assert!(persons("Przed świętami Boże Narodzenie.").is_empty());
        assert_eq!(persons("Modlił się do św. Franciszka.").len(), 1);
    }

    #[test]
    fn names_after_forms_of_address_and_ranks() {
        assert_eq!(
            surfaces("Weszła panna Cimiento, a potem przyszedł pułkownik Bosak."),
            ["Cimiento", "Bosak"]
        );
    }

    #[test]
    fn an_unknown_foreign_given_name_before_a_surname() {
        assert_eq!(
            surfaces("Reżyserem spektaklu jest Matthias Remus, teściem Juergena Fuchsa."),
            ["Matthias Remus", "Juergena Fuchsa"]
        );
    }

    #[test]
    fn a_family_of_a_noun_surname_after_the_word_for_a_family() {
        let found = persons("Najstarszy był młyn rodziny Sroków w Skołoszowie.");
        assert_eq!(found, [("Sroków".to_string(), "Srokowie".to_string())]);
        // A common word after it is no family ("państwa senatorów").
        assert!(persons("Kto z państwa senatorów jest za poprawką?").is_empty());
    }

    #[test]
    fn lexicon_names_and_lone_surnames() {
        // "Ludmiła" is not in our first-name list; SGJP knows it, and "Kopytko" as a surname.
        let found = persons("Wczoraj głos zabrał Tomczak, a potem mówiła Ludmiła Kopytko.");
        assert!(
            found.contains(&("Tomczak".into(), "Tomczak".into())),
            "{found:?}"
        );
        assert!(
            found.contains(&("Ludmiła Kopytko".into(), "Ludmiła Kopytko".into())),
            "{found:?}"
        );
        // A surname that is also a common word, or one opening a sentence, is not taken alone.
        assert!(persons("Kowal naprawił furtkę. Lis przebiegł drogę.").is_empty());
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
    fn titles_and_later_mentions() {
        assert!(persons("Przemawiał dyrektor Gminnej Biblioteki.").is_empty());
        let p = persons(
            "Przemawiał wójt Nowak. Potem Jan Kowalski podziękował. Słowa Kowalskiego zapamiętano.",
        );
        assert_eq!(p[0], ("Nowak".into(), "Nowak".into()));
        assert_eq!(p[2], ("Kowalskiego".into(), "Jan Kowalski".into()));
        // The office's town stands between the title and the name.
        let p = persons("Wstęgę przecięli burmistrz Brzostku Leszek Bieniek i dyrektor.");
        assert_eq!(p, [("Leszek Bieniek".into(), "Leszek Bieniek".into())]);
        // A word that begins with the surname but does not decline it is another word.
        let p = persons("Mówiła Małgorzata Dziedzic o funduszach. Dziedzictwa nie oddamy.");
        assert_eq!(p.len(), 1, "{p:?}");
        let p = persons("Mówiła Małgorzata Dziedzic. Słowa Dziedzic i Dziedzica zapamiętano.");
        assert_eq!(p.len(), 3, "{p:?}");
    }

    #[test]
    fn lone_first_names_but_not_forms_of_address() {
        let p = persons("Wtedy odezwała się Agnieszka i podziękowała. Panie Marszałku, proszę.");
        assert_eq!(p, [("Agnieszka".into(), "Agnieszka".into())]);
        assert!(persons("Kupiła bukiet, w którym była róża i tulipany.").is_empty());
        // A name that is also a common word counts where its capital is its own.
        let p = persons("Na obiad przyszedł wczoraj Marek i zjadł zupę.");
        assert_eq!(p, [("Marek".into(), "Marek".into())]);
        assert!(persons("Marek to waluta.").is_empty());
        assert!(persons("Zapytał:\n- Ale jak?").is_empty());
    }

    #[test]
    fn a_common_word_opening_a_sentence_is_no_surname_before_a_name() {
        let p = person_lemmas("Potem Marek złożył urnę na cmentarzu.");
        assert!(p.iter().all(|l| l != "Marek Potem"), "{p:?}");
    }

    #[test]
    fn lists_that_write_the_surname_first() {
        let p = persons("Nagrody otrzymali: Kowalska Anna – I miejsce, Nowak Jan – II miejsce.");
        assert!(
            p.contains(&("Kowalska Anna".into(), "Anna Kowalska".into())),
            "{p:?}"
        );
        assert!(
            p.contains(&("Nowak Jan".into(), "Jan Nowak".into())),
            "{p:?}"
        );
    }

    #[test]
    fn a_middle_initial_between_given_name_and_surname() {
        let p = persons("Stronę zaprojektował dla nas Marek K. Zalejski z Łodzi.");
        assert_eq!(
            p,
            [("Marek K. Zalejski".into(), "Marek K. Zalejski".into())]
        );
        let p = persons("Zaprojektowana przez Marka K. Zalejskiego strona działa.");
        assert_eq!(p[0].1, "Marek K. Zalejski");
    }

    #[test]
    fn names_grow_over_parts_the_lexicon_cannot_explain() {
        let p = persons("Książkę napisał John Tulloch, a wstęp Jose Manuel Barroso.");
        assert!(
            p.contains(&("John Tulloch".into(), "John Tulloch".into())),
            "{p:?}"
        );
        assert!(p.iter().any(|(t, _)| t == "Jose Manuel Barroso"), "{p:?}");
        let p = persons("Przyjechał papież Jan Paweł II. Protokół: Jadwiga Skórzewska - Łosiak.");
        assert!(p.iter().any(|(t, _)| t == "Jan Paweł II"), "{p:?}");
        assert!(
            p.iter().any(|(t, _)| t == "Jadwiga Skórzewska - Łosiak"),
            "{p:?}"
        );
        // A common word after a name stays out of it.
        let p = persons("Rozmawiała z nią Agnieszka Kowalska Biblioteka zaprasza.");
        assert_eq!(p[0].0, "Agnieszka Kowalska");
    }

    #[test]
    fn speakers_and_recurring_names_in_narrative() {
        let text = "– Zobaczymy – odpowiedziała Daga i wyszła. Daga pewnym krokiem \
                    weszła do stajni. – Nie myj mu tyłka! – warknął Ci. – Tak? – \
                    zapytał Naczelnik.";
        let found = persons(text);
        assert_eq!(
            found,
            [
                ("Daga".into(), "Daga".into()),
                ("Daga".into(), "Daga".into())
            ]
        );
        let text = "Wtedy Keraban zbliżył się. – Nie? zapytał Keraban. – Dość! krzyknął \
                    Keraban. – Nic z tego! wrzeszczał Keraban. Dał znak Kerabanowi.";
        let found = persons(text);
        assert_eq!(found.len(), 5, "{found:?}");
        assert!(
            found.iter().all(|(_, lemma)| lemma == "Keraban"),
            "{found:?}"
        );
        // Case forms count together: two "Bugajew" and two "Bugajewa" make a name.
        let text = "Czekali Wontak oraz Bugajew. Kazał przyprowadzić Bugajewa. Obok stał \
                    Bugajew spokojnie. Wtedy ciało Bugajewa wpadło do wody.";
        let found = persons(text);
        assert_eq!(
            found.iter().filter(|(_, l)| l == "Bugajew").count(),
            4,
            "{found:?}"
        );
        let text = "Używam programu OpenOffice od lat, a nowy OpenOffice jest szybki; \
                    polecam OpenOffice każdemu.";
        assert!(persons(text).is_empty(), "{:?}", persons(text));
        // A repeated plural name is a village or a people.
        let text = "Osiedla Opatowice, Blizanowice i Trestno zostaną zalane. Polder \
                    Blizanowice ochroni miasto. Mieszkańcy Blizanowice pamiętają powódź.";
        assert!(persons(text).is_empty(), "{:?}", persons(text));
        // A sentence-initial capital the text also writes in lower case is that word.
        let text = "– Nie wiem – powiedziała Ani. Ani grosza nie dam, ani złotówki.";
        assert_eq!(persons(text).len(), 1, "{:?}", persons(text));
    }

    #[test]
    fn capitalised_titles_and_reported_speech() {
        let found = persons("Pani Rylicka odchyliła się. Wtedy podporucznik Kowalik wstał.");
        assert_eq!(found.len(), 2, "{found:?}");
        let found = persons("– To nasza szansa – mówi Nowak. – Nikomu nie ufam.");
        assert_eq!(found, [("Nowak".into(), "Nowak".into())]);
        // Pairs of titles and forms of address are no names.
        for text in [
            "Panie Marszałku! Wysoka Izbo!",
            "Ojciec Święty przybył.",
            "Pani Młoda weszła.",
        ] {
            assert!(persons(text).is_empty(), "{text}: {:?}", persons(text));
        }
    }

    #[test]
    fn entries_with_birth_dates_and_their_headings() {
        let text = "Francis Dickoh\nFrancis Dickoh (ur. 13 grudnia 1982 w Kopenhadze) – piłkarz.";
        let found = persons(text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(
            found.iter().all(|(t, _)| t == "Francis Dickoh"),
            "{found:?}"
        );
    }

    #[test]
    fn line_ups_with_persons_in_them() {
        let text = "W składzie zagrali Kowalski, Grabarczyk, Maciolus i Zabawnik.";
        let found = persons(text);
        assert!(found.iter().any(|(t, _)| t == "Maciolus"), "{found:?}");
        // Streets with one name among them stay streets.
        let text = "W rejonie ulic: Marymonckiej, Lindego, Doryckiej, Kasprowicza.";
        assert!(!persons(text).iter().any(|(t, _)| t == "Doryckiej"));
    }

    #[test]
    fn not_persons() {
        assert!(persons("Maja Biblioteka").is_empty());
        assert!(persons("w maju").is_empty());
        assert!(persons("Spotkanie w Krakowie Polski Ludowej. Polska się zmieniła.").is_empty());
        assert!(persons("Dziś Kraków obchodzi święto. Kolej Kraków – Zakopane.").is_empty());
    }

    #[test]
    fn names_with_initials_and_saints() {
        let spans = |t: &str| persons(t).into_iter().map(|(s, _)| s).collect::<Vec<_>>();
        assert_eq!(
            spans("Wczoraj Krzysztof K. usłyszał zarzuty."),
            ["Krzysztof K."]
        );
        assert_eq!(
            spans("Sąd skazał Andrzeja Cz. na grzywnę."),
            ["Andrzeja Cz."]
        );
        assert_eq!(
            spans("O wystawie mówi W. Barańska z muzeum."),
            ["W. Barańska"]
        );
        assert_eq!(
            spans("Tekst napisał też J. Ostrowski w 1983."),
            ["J. Ostrowski"]
        );
        assert_eq!(spans("Pytamy dalej. A. W.: Nie wiem."), ["A. W."]);
        // After a credit the full stop ends no sentence, and the surname may be unknown.
        assert_eq!(
            spans("Relację przygotowała Monika Zając, fot. J. Bober."),
            ["Monika Zając", "J. Bober"]
        );
        assert_eq!(spans("Tekst: A. Nowak"), ["A. Nowak"]);
        assert!(spans("Rozdział 2. A. Wstęp do tematu.").is_empty());
        assert_eq!(spans("Modlitwa do św. Franciszka."), ["św. Franciszka"]);
        // A lone capital and full stop before a common word is no initial.
        assert!(spans("Zobacz punkt B. Dalej jest las.").is_empty());
        // A title after a dash is no second surname.
        assert_eq!(
            spans("Mówił p. Jerzy Lewandowski - Kierownik Oddziału."),
            ["Jerzy Lewandowski"]
        );
    }

    #[test]
    fn listed_first_names_alone_and_sacred_names() {
        let spans = |t: &str| persons(t).into_iter().map(|(s, _)| s).collect::<Vec<_>>();
        assert_eq!(spans("Wtedy Zofia twierdzi, że nie wiedziała."), ["Zofia"]);
        assert_eq!(
            spans("Modlili się do Jezusa Chrystusa i Boga."),
            ["Jezusa Chrystusa", "Boga"]
        );
        // A feast is no person.
        assert!(spans("Życzymy wesołych Świąt Bożego Narodzenia.").is_empty());
    }
}
