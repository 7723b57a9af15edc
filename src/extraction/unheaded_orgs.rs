//! Organizations named without a Polish head noun, which `organizations` finds by: a
//! brand after a kind word in lower case ("firmy „Fructo”", "grupy Hey"), a club or firm
//! with its town ("Legii Warszawa"), a name in English with its own head word ("University
//! of Cambridge"), the company form after any name ("PZU SA"), and a short list of
//! parties and firms known by a bare name ("Platformie Obywatelskiej", "Google").

use super::organizations::{
    looks_adjectival, opens_quote, quote_end, CLOSING_QUOTES, OPENING_QUOTES,
};
use super::tokens::{at_sentence_start, joined, Word};
use super::{overlaps_any, Span};
use crate::duplicates::Fnv;
use crate::polish::inflection::org_head;
use crate::polish::{acronym_core, gazetteer, is_acronym, is_capitalized};
use crate::record::EntityType;
use crate::static_regex::{compiled, compiled_from};
use regex::Regex;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// Every kind above but the company form (which `organizations` applies to all names), none
/// overlapping `found` (the names with a head noun and acronyms) nor each other: each kind
/// is added to `out` and later kinds look at both.
pub(super) fn find(text: &str, words: &[Word], found: &[Span]) -> Vec<Span> {
    let mut out = after_a_kind_word(text, words, found);
    sports_clubs(text, words, found, &mut out);
    teams_in_results(text, found, &mut out);
    foreign_names(text, words, found, &mut out);
    known_names(text, words, found, &mut out);
    companies(text, words, found, &mut out);
    out
}

/// The note of a team found in a result line ([`teams_in_results`]).
pub(crate) const TEAM_IN_A_RESULT: &str = "team in a result";

/// The note of a body found by its name in [`KNOWN_NAMES`].
pub(crate) const KNOWN_NAME: &str = "known name";

/// Parties and firms the press names with no head noun. Facts, written down by us; a
/// name matches in any case form (each word by its lemmas, capitals where the name has them).
const KNOWN_NAMES: &[&str] = &[
    "Platforma Obywatelska",
    "Prawo i Sprawiedliwość",
    "Sojusz Lewicy Demokratycznej",
    "Polskie Stronnictwo Ludowe",
    "Samoobrona",
    "Liga Polskich Rodzin",
    "Lewica i Demokraci",
    "Unia Wolności",
    "Unia Pracy",
    "Akcja Wyborcza Solidarność",
    "Solidarna Polska",
    "Ruch Palikota",
    "Porozumienie Centrum",
    "Polska Zjednoczona Partia Robotnicza",
    "Skarb Państwa",
    // Church associations of lay people, named with no head noun.
    "Akcja Katolicka",
    "Katolickie Stowarzyszenie Młodzieży",
    "Ruch Światło-Życie",
    "Żywy Różaniec",
    // Aid and rescue bodies named with no head noun.
    "Polski Czerwony Krzyż",
    "Caritas Polska",
    // A workshop of occupational therapy, an institution of many gminas ("WTZ").
    LOCAL_INSTITUTION,
    "RMF FM",
    "Google",
    "Microsoft",
    "Facebook",
    "YouTube",
    "Twitter",
    "Samsung",
    "Nokia",
    "Allegro",
    "Orlen",
    "Gazprom",
    "Polsat",
    "TVN",
    "Intel",
    "Daewoo",
    "Legia",
    "Tesco",
    "Orbis",
    "Polmos",
    "Lotos",
    "Pekao",
    "Bundestag",
    "Bundesbank",
    "Kneset",
    "Caritas",
    "Reuters",
    "Interfax",
    "Ossolineum",
    "Sorbona",
];

/// The one known name that is a local institution, so takes its seat ("Warsztatów Terapii
/// Zajęciowej w Jaśle"); a party's "w Sejmie" is no seat.
const LOCAL_INSTITUTION: &str = "Warsztaty Terapii Zajęciowej";

/// One word of a known name: its lower-case lemmas (the word itself when the lexicon has
/// none) and whether it is capitalised.
#[derive(Clone)]
struct NamePart {
    lemmas: Vec<String>,
    capital: bool,
}

impl NamePart {
    fn of(word: &str) -> NamePart {
        let mut lemmas: Vec<String> = crate::polish::lexicon::analyse(word)
            .iter()
            .map(|a| a.lemma.to_lowercase())
            .collect();
        lemmas.push(word.to_lowercase());
        NamePart {
            lemmas,
            capital: is_capitalized(word),
        }
    }

    fn matches(&self, word: &NamePart) -> bool {
        self.capital == word.capital && self.lemmas.iter().any(|l| word.lemmas.contains(l))
    }
}

/// The known names, keyed by the lemmas of their first word, and the three-letter starts
/// of those keys: most words are rejected by their start before the lexicon is asked.
struct KnownIndex {
    by_first: HashMap<String, Vec<(&'static str, Vec<NamePart>)>>,
    starts: HashSet<String, Fnv>,
}

fn known_index() -> &'static KnownIndex {
    static INDEX: OnceLock<KnownIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut by_first: HashMap<String, Vec<(&'static str, Vec<NamePart>)>> = HashMap::new();
        for name in KNOWN_NAMES {
            let parts: Vec<NamePart> = name.split(' ').map(NamePart::of).collect();
            for lemma in &parts[0].lemmas {
                by_first
                    .entry(lemma.clone())
                    .or_default()
                    .push((name, parts.clone()));
            }
        }
        let starts = by_first
            .keys()
            .map(|k| k.chars().take(3).collect())
            .collect();
        KnownIndex { by_first, starts }
    })
}

fn known_names(text: &str, words: &[Word], found: &[Span], out: &mut Vec<Span>) {
    let index = known_index();
    // Runs for every capitalised word: one buffer for the word's start, not one per word.
    let mut start = String::new();
    for i in 0..words.len() {
        if !is_capitalized(words[i].text) {
            continue;
        }
        start.clear();
        start.extend(words[i].text.chars().take(3).flat_map(char::to_lowercase));
        if !index.starts.contains(&start) {
            continue;
        }
        let first = NamePart::of(words[i].text);
        let candidates = first
            .lemmas
            .iter()
            .filter_map(|l| index.by_first.get(l))
            .flatten();
        // The longest known name starting here.
        let hit = candidates
            .filter(|(_, parts)| {
                parts.iter().enumerate().all(|(j, part)| {
                    words.get(i + j).is_some_and(|w| {
                        (j == 0 || joined(text, &words[i + j - 1], w))
                            && part.matches(&NamePart::of(w.text))
                    })
                })
            })
            .max_by_key(|(_, parts)| parts.len());
        let Some((name, parts)) = hit else {
            continue;
        };
        let last = i + parts.len() - 1;
        let (start, mut end) = (words[i].start, words[last].end);
        let mut lemma = name.to_string();
        // "Caritas Diecezji Rzeszowskiej": a church charity's diocese is part of its name.
        if let (Some(see), Some(which)) = (words.get(last + 1), words.get(last + 2)) {
            if matches!(see.text, "Diecezji" | "Archidiecezji")
                && joined(text, &words[last], see)
                && joined(text, see, which)
                && is_capitalized(which.text)
            {
                lemma.push_str(&text[words[last].end..which.end]);
                end = which.end;
            }
        }
        if *name == LOCAL_INSTITUTION {
            if let Some(seat) = super::organizations::location_tail(text, words, &words[last]) {
                lemma.push_str(&text[end..seat]);
                end = seat;
            }
        }
        if !taken(found, out, start, end) {
            out.push(Span {
                kind: EntityType::Organization,
                start,
                end,
                lemma,
                value: None,
                note: Some(KNOWN_NAME.into()),
            });
        }
    }
}

/// `start..end` shares a byte with a span of `found` or of `out`.
fn taken(found: &[Span], out: &[Span], start: usize, end: usize) -> bool {
    overlaps_any(found, start, end) || overlaps_any(out, start, end)
}

/// Common nouns for a kind of organization, written in lower case before its name: "firmy
/// „Fructo”", "spółki Agora", "grupy Hey". The name alone is the organization.
const KIND_WORDS: &[&str] = &[
    "firma",
    "spółka",
    "koncern",
    "holding",
    "konsorcjum",
    "wytwórnia",
    "wydawnictwo",
    "grupa",
    "zespół",
    "klub",
    "partia",
    "agencja",
    "bank",
    "telewizja",
    "stowarzyszenie",
    "fundacja",
    "stacja",
    "kapela",
    "orkiestra",
    "chór",
    "kabaret",
    "teatr",
    "teatrzyk",
    "sklep",
    "księgarnia",
    "drukarnia",
    "hurtownia",
    "piekarnia",
    "cukiernia",
    "kwiaciarnia",
];

fn after_a_kind_word(text: &str, words: &[Word], found: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    for (i, pair) in words.windows(2).enumerate() {
        let (kind, mut n) = (&pair[0], &pair[1]);
        // `lead` is the word before the name: the kind word, or an adjective after it in
        // "zespół śpiewaczy „Rozdzielanki”", "klub sportowy „Orzeł”".
        let (mut lead, mut first) = (kind, i + 1);
        let adjective = n.text.starts_with(char::is_lowercase)
            && crate::polish::lexicon::analyse(n.text)
                .iter()
                .any(|a| a.is_adjective_lemma());
        if let Some(m) = words
            .get(i + 2)
            .filter(|m| adjective && opens_quote(text, n, m))
        {
            if joined(text, kind, n) {
                (lead, n, first) = (n, m, i + 2);
            }
        }
        if !kind.text.starts_with(char::is_lowercase) || !is_capitalized(n.text) {
            continue;
        }
        let is_kind = crate::polish::lexicon::analyse(kind.text)
            .iter()
            .any(|a| KIND_WORDS.contains(&a.lemma.as_str()));
        if !is_kind || overlaps_any(found, n.start, n.end) {
            continue;
        }
        let spans = if opens_quote(text, lead, n) {
            quoted_names(text, words, first)
        } else if first == i + 1 && joined(text, kind, n) && is_brand(n.text) {
            vec![(n.start, n.end)]
        } else {
            continue;
        };
        let free = spans
            .into_iter()
            .filter(|&(s, e)| !overlaps_any(found, s, e));
        out.extend(free.map(|(start, end)| Span {
            kind: EntityType::Organization,
            start,
            end,
            lemma: text[start..end].to_string(),
            value: None,
            note: Some(format!("after \"{}\"", kind.text)),
        }));
    }
    out
}

/// The name in quotes whose first word is word `first`, with its quotes, and the names in
/// quotes listed after it under the same kind word: "zespoły „Beskowianki” i „Mymoń”",
/// "chóry „Echo”, „Lutnia” oraz „Harfa”".
fn quoted_names(text: &str, words: &[Word], first: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut first = first;
    while let Some(last) = quote_end(text, words, first) {
        let opening = text[..words[first].start]
            .chars()
            .next_back()
            .map_or(0, char::len_utf8);
        let closing = text[words[last].end..]
            .chars()
            .next()
            .map_or(0, char::len_utf8);
        let mut end = words[last].end + closing;
        out.push((words[first].start - opening, end));
        // "zespoły „Lachy” z Nowego Sącza i „Sądeczoki”": the first one's town between.
        let mut last = last;
        let capital = |k: usize| words.get(k).is_some_and(|w| is_capitalized(w.text));
        if matches!(words.get(last + 1).map(|w| w.text), Some("z" | "ze")) && capital(last + 2) {
            let two = capital(last + 3) && joined(text, &words[last + 2], &words[last + 3]);
            last += if two { 3 } else { 2 };
            end = words[last].end;
        }
        let Some(after) = words.get(last + 1) else {
            break;
        };
        let next = if matches!(after.text, "i" | "oraz") {
            last + 2
        } else {
            last + 1
        };
        let Some(name) = words.get(next) else {
            break;
        };
        let gap = text[end..name.start].trim_end_matches(OPENING_QUOTES);
        let opened = gap.len() < name.start - end;
        if !opened || !matches!(gap, ", " | " i " | " oraz ") {
            break;
        }
        first = next;
    }
    out
}

/// Sports clubs named by a word and their town in the nominative, whatever the case of the
/// word: "Skry Bełchatów", "Wartą Działoszyn", "GTŻ Grudziądz" (the town alone would be
/// read as a place in the wrong case).
fn sports_clubs(text: &str, words: &[Word], found: &[Span], out: &mut Vec<Span>) {
    use crate::polish::lexicon::{analyse, WordClass};
    for (i, pair) in words.windows(2).enumerate() {
        let (name, town) = (&pair[0], &pair[1]);
        if !is_capitalized(name.text) || !joined(text, name, town) || !is_capitalized(town.text) {
            continue;
        }
        // Two words on their own: not the tail of a longer name ("Huta Miedzi Głogów")
        // nor followed by one ("Stargard Szczeciński", "Praga Południe").
        let capital_before = i
            .checked_sub(1)
            .map(|j| &words[j])
            .is_some_and(|p| joined(text, p, name) && is_capitalized(p.text));
        let capital_after = words
            .get(i + 2)
            .is_some_and(|n| joined(text, town, n) && is_capitalized(n.text));
        let longer = capital_before || capital_after;
        let town_readings = analyse(town.text);
        let town_named = town_readings
            .iter()
            .any(|a| a.class == WordClass::Place && a.lemma == town.text);
        // "Powstanie Warszawskie", "Bardzo Małe": an adjective, not a town.
        let adjective = town_readings
            .iter()
            .any(|a| a.class == WordClass::Common && a.lemma.ends_with(['i', 'y']));
        // "– twierdzi Elmar Brok": a speaker after a verb of speech, whose surname is a town.
        let speaker = i > 0 && super::persons::is_speech_verb(words[i - 1].text);
        if longer || adjective || speaker || is_acronym(town.text) {
            continue;
        }
        if !town_named || taken(found, out, name.start, town.end) {
            continue;
        }
        let readings = analyse(name.text);
        let placelike = gazetteer::lookup(name.text).is_some()
            || readings.iter().any(|a| {
                matches!(
                    a.class,
                    WordClass::Place | WordClass::FirstName | WordClass::Surname
                )
            });
        let word_like = !placelike
            && crate::polish::names::first_name(name.text).is_none()
            && org_head(name.text).is_none()
            && !looks_adjectival(name.text)
            && !(at_sentence_start(text, name)
                && readings.iter().any(|a| a.class == WordClass::Common));
        if acronym_core(name.text).is_some() || word_like {
            out.push(Span {
                kind: EntityType::Organization,
                start: name.start,
                end: town.end,
                lemma: text[name.start..town.end].to_string(),
                value: None,
                note: Some("club and town".into()),
            });
        }
    }
}

/// The two teams of a result line: "Orzeł Przeworsk - Stal Rzeszów 0:2", "Sokół Syguła
/// Aleksandrów - MKP Bzura 1: 0". Each side is up to six capitalised words, acronyms or
/// numbers ("EKS Skra Bełchatów II", "SAS VIS 2007 Skierniewice") and does not open with a
/// given name; one side at least names a town or a club's acronym ("Iga Świątek - Aryna
/// Sabalenka 6:4" is a match of persons). A side that overlaps a name already found is left
/// to it.
fn teams_in_results(text: &str, found: &[Span], out: &mut Vec<Span>) {
    use crate::polish::lexicon::{analyse, WordClass};
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = compiled(
        &RE,
        r"(?m)^[ \t]*(?P<a>[^\s:][^\n:]{0,60}?) [-–] (?P<b>[^\s:][^\n:]{0,60}?) \d{1,3} ?: ?\d{1,3}(?:\D|$)",
    );
    let team_like = |side: &str| {
        let tokens: Vec<&str> = side.split(' ').collect();
        tokens.len() <= 6
            && tokens.iter().all(|t| {
                is_capitalized(t) || is_acronym(t) || t.bytes().all(|b| b.is_ascii_digit())
            })
            && tokens.iter().any(|t| t.chars().any(char::is_lowercase))
            && crate::polish::names::first_name(tokens[0]).is_none()
    };
    // A town that is no one's name too ("Świątek" is a village and a surname).
    let town = |t: &str| {
        let readings = analyse(t);
        readings.iter().any(|a| a.class == WordClass::Place)
            && !readings
                .iter()
                .any(|a| matches!(a.class, WordClass::Surname | WordClass::FirstName))
    };
    let clubs_mark = |side: &str| {
        side.split(' ')
            .any(|t| acronym_core(t).is_some() || gazetteer::lookup(t).is_some() || town(t))
    };
    for c in re.captures_iter(text) {
        let (Some(a), Some(b)) = (c.name("a"), c.name("b")) else {
            continue;
        };
        let both = team_like(a.as_str()) && team_like(b.as_str());
        if !both || !(clubs_mark(a.as_str()) || clubs_mark(b.as_str())) {
            continue;
        }
        for side in [a, b] {
            if !taken(found, out, side.start(), side.end()) {
                out.push(Span {
                    kind: EntityType::Organization,
                    start: side.start(),
                    end: side.end(),
                    lemma: side.as_str().to_string(),
                    value: None,
                    note: Some(TEAM_IN_A_RESULT.into()),
                });
            }
        }
    }
}

/// Head words of organizations named in English: "Amnesty International", "European
/// Research Council", "University of Cambridge", "China Northwest Airlines".
const ENGLISH_HEADS: &[&str] = &[
    "University",
    "College",
    "Institute",
    "Council",
    "Commission",
    "Committee",
    "Agency",
    "Association",
    "Society",
    "Foundation",
    "Company",
    "Corporation",
    "Group",
    "Records",
    "Theatre",
    "Theater",
    "Museum",
    "Party",
    "Federation",
    "League",
    "Airlines",
    "Airways",
    "Technologies",
    "Press",
    "International",
    "Holding",
    "Laboratory",
    "United",
    "Service",
    "Unit",
    "Board",
    "Bank",
    "Studios",
    "Entertainment",
    "Pictures",
    "Network",
    "Inc",
    "Ltd",
];

/// Words that join the capitalised words of an English name.
const ENGLISH_JOINERS: &[&str] = &["of", "and", "for", "&"];

fn foreign_names(text: &str, words: &[Word], found: &[Span], out: &mut Vec<Span>) {
    let english_capital = |w: &Word| is_capitalized(w.text) && w.text.is_ascii();
    let mut i = 0;
    while i < words.len() {
        if !english_capital(&words[i]) {
            i += 1;
            continue;
        }
        let mut last = i;
        let mut has_head = false;
        while last < words.len() && last < i + 6 {
            let w = &words[last];
            let joiner = last > i && ENGLISH_JOINERS.contains(&w.text);
            if !(english_capital(w) || joiner) || (last > i && !joined(text, &words[last - 1], w)) {
                break;
            }
            has_head |= ENGLISH_HEADS.contains(&w.text);
            last += 1;
        }
        // Back off joiners at the end ("… Council and").
        while last > i + 1 && ENGLISH_JOINERS.contains(&words[last - 1].text) {
            last -= 1;
        }
        let (start, end) = (words[i].start, words[last - 1].end);
        if has_head && last >= i + 2 && !taken(found, out, start, end) {
            out.push(Span {
                kind: EntityType::Organization,
                start,
                end,
                lemma: text[start..end].to_string(),
                value: None,
                note: Some("English name".into()),
            });
        }
        i = last;
    }
}

/// A Polish company's legal form after its name, with the space before it: "SA", "S.A.",
/// "Sp. z o.o.", "sp.j.", "s.c.", or spelled out ("spółka z o.o.", "Spółka Akcyjna"; in
/// lower case "spółka akcyjna" is as often a kind of firm in a sentence as a name's form).
const COMPANY_FORM: &str = r" (?:S\. ?A\.|SA\b|[Ss]p\. ?z ?o\. ?o\.|[Ss]p\. ?[jkp]\.|s\. ?c\.|[Ss]półk[aięą] (?:z o\. ?o\.|z ograniczoną odpowiedzialnością)|Spółk[aięą] (?:[Aa]kcyjn|[Jj]awn|[Cc]ywiln)\p{L}+)";

/// "PZU SA", "Rafineria Gdańska S.A.": the company form belongs to the name.
pub(super) fn take_company_suffix(text: &str, span: &mut Span) {
    if let Some(end) = company_form_at(text, span.end) {
        span.end = end;
    }
}

/// Where a company form that starts at byte `at` (with its space) ends.
pub(super) fn company_form_at(text: &str, at: usize) -> Option<usize> {
    static AT_START: OnceLock<Regex> = OnceLock::new();
    let form = compiled_from(&AT_START, || format!("^{COMPANY_FORM}"));
    form.find(&text[at..]).map(|m| at + m.end())
}

/// "Uzdrowisko Iwonicz S.A.", "„Marbud” Sp. z o.o.": capitalised words (or a name in
/// quotes) before a company's legal form name a firm, the form included. The lemma is the
/// name as written without the form, a head noun put in the nominative ("Uzdrowiska" →
/// "Uzdrowisko").
fn companies(text: &str, words: &[Word], found: &[Span], out: &mut Vec<Span>) {
    static FORM: OnceLock<Regex> = OnceLock::new();
    for m in compiled(&FORM, COMPANY_FORM).find_iter(text) {
        let Some((start, first)) = company_name_start(text, words, m.start()) else {
            continue;
        };
        if taken(found, out, start, m.end()) {
            continue;
        }
        // The lemma leaves the form out, as the names found before do ("PZU SA" is PZU).
        let mut lemma = text[start..m.start()].to_string();
        if let Some((w, (nominative, ..))) = first.and_then(|w| Some((w, org_head(w.text)?))) {
            lemma.replace_range(..w.text.len(), nominative);
        }
        out.push(Span {
            kind: EntityType::Organization,
            start,
            end: m.end(),
            lemma,
            value: None,
            note: Some("company".into()),
        });
    }
}

/// Where the name before a company form ending at byte `end` starts: the opening quote of
/// a quoted name, else the first of up to five capitalised words joined by spaces, hyphens,
/// "i" or "&" ("Kowalski i Syn s.c."). Also the name's first word when it is unquoted. A
/// verb opening a sentence is no part of it ("Dziękujemy Marbud Sp. z o.o.").
fn company_name_start<'w>(
    text: &str,
    words: &'w [Word],
    end: usize,
) -> Option<(usize, Option<&'w Word<'w>>)> {
    let before = &text[..end];
    if let Some(inner) = before.strip_suffix(CLOSING_QUOTES) {
        let open = inner.rfind(OPENING_QUOTES)?;
        let quoted = &inner[open..];
        return (quoted.chars().count() <= 60 && !quoted.contains('\n')).then_some((open, None));
    }
    let last = super::tokens::index_at(words, end, true)?;
    if !is_capitalized(words[last].text) {
        return None;
    }
    let mut k = last;
    while k > 0 && last - k < 4 {
        let (prev, w) = (&words[k - 1], &words[k]);
        let gap = &text[prev.end..w.start];
        if matches!(prev.text, "i") && k >= 2 && is_capitalized(words[k - 2].text) {
            k -= 2;
            continue;
        }
        if !matches!(gap, " " | "-" | " & ") || !is_capitalized(prev.text) || prev.text.len() < 2 {
            break;
        }
        k -= 1;
    }
    let verb = |w: &Word| {
        crate::polish::lexicon::analyse(&w.text.to_lowercase())
            .iter()
            .any(|a| !a.guessed && a.lemma.ends_with('ć'))
    };
    if k < last && at_sentence_start(text, &words[k]) && verb(&words[k]) {
        k += 1;
    }
    let first = &words[k];
    is_capitalized(first.text).then_some((first.start, Some(first)))
}

/// A capitalised word that reads as a brand, not as a person, place or common word.
fn is_brand(word: &str) -> bool {
    use crate::polish::lexicon::analyse;
    acronym_core(word).is_none()
        && gazetteer::lookup(word).is_none()
        && crate::polish::names::first_name(word).is_none()
        && analyse(word).iter().all(|a| a.guessed)
}

#[cfg(test)]
mod tests {
    use crate::extraction::tokens::words;

    fn surfaces(found: &[(String, String)]) -> Vec<&str> {
        found.iter().map(|(s, _)| s.as_str()).collect()
    }

    fn orgs(text: &str) -> Vec<(String, String)> {
        crate::extraction::organizations::find(text, &words(text))
            .into_iter()
            .map(|s| (text[s.start..s.end].to_string(), s.lemma))
            .collect()
    }

    #[test]
    fn clubs_stations_and_parliaments_known_by_name() {
        let o = orgs(
            "Piłkarze Legii pokonali rywali, a Polsat pokazał mecz. Bundestag obradował \
                      przy RMF FM.",
        );
        let lemmas: Vec<&str> = o.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(lemmas, ["Legia", "Polsat", "Bundestag", "RMF FM"]);
        let o = orgs("Paczki przekazała Caritas Diecezji Rzeszowskiej.");
        assert_eq!(o[0].0, "Caritas Diecezji Rzeszowskiej");
    }

    #[test]
    fn known_parties_and_firms_in_any_case() {
        let o =
            orgs("Posłowie Platformie Obywatelskiej nie ufają, a Prawa i Sprawiedliwości też nie.");
        assert!(o.contains(&(
            "Platformie Obywatelskiej".into(),
            "Platforma Obywatelska".into()
        )));
        assert!(o.contains(&(
            "Prawa i Sprawiedliwości".into(),
            "Prawo i Sprawiedliwość".into()
        )));
        assert_eq!(
            orgs("Szukał w Google przepisu."),
            [("Google".into(), "Google".into())]
        );
        assert_eq!(
            orgs("Grunt należy do Skarbu Państwa."),
            [("Skarbu Państwa".into(), "Skarb Państwa".into())]
        );
        // The words alone, or in lower case, are no party.
        assert!(orgs("Zgodnie z prawem i sprawiedliwością oraz platformą.").is_empty());
        // A local institution known by name takes its seat.
        assert_eq!(
            orgs("Przyszli uczestnicy Warsztatów Terapii Zajęciowej w Jaśle."),
            [(
                "Warsztatów Terapii Zajęciowej w Jaśle".into(),
                "Warsztaty Terapii Zajęciowej w Jaśle".into()
            )]
        );
    }

    #[test]
    fn a_name_after_a_kind_word_and_its_adjective() {
        let o = orgs("Wystąpił zespół śpiewaczy „Rozdzielanki” i kabaret „Szpila”.");
        let names: Vec<&str> = o.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(names, ["„Rozdzielanki”", "„Szpila”"]);
        // A noun between is no adjective: a blood group is no organization.
        assert!(orgs("To najrzadsza grupa krwi „Rh minus”.").is_empty());
    }

    #[test]
    fn inflected_and_mixed_case_acronyms_and_names_after_a_kind_word() {
        let found = orgs("Dyrektor WPEC-u mówi, że PiS i PSL się spierają.");
        let lemmas: Vec<&str> = found.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(lemmas, ["WPEC", "PiS", "PSL"]);
        let found = orgs("Właściciel firmy „Fructo” i płyta grupy Hey.");
        let spans: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(spans, ["„Fructo”", "Hey"]);
        // A person after a kind word is no brand.
        assert!(orgs("Wystąpił zespół Anny, a chór Kraków.").is_empty());
    }

    #[test]
    fn sports_clubs_with_their_town() {
        let found = orgs("Przeszedł do Legii Warszawa, a potem grał przeciw GKS Katowice.");
        let spans: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
        assert!(spans.contains(&"Legii Warszawa"), "{spans:?}");
        // An adjective after a noun is no town, and a longer name is not cut.
        assert!(orgs("Wspominał Powstanie Warszawskie.").is_empty());
        let found = orgs("Pracował w zakładzie Huta Miedzi Głogów.");
        assert!(
            !found.iter().any(|(s, _)| s == "Miedzi Głogów"),
            "{found:?}"
        );
        // A speaker after a verb of speech whose surname is also a town.
        let said = orgs("Kandydaci poczekają dłużej – twierdzi Elmar Brok.");
        assert!(said.is_empty(), "{said:?}");
    }

    #[test]
    fn the_teams_of_a_result_line() {
        let spans = |t: &str| orgs(t).into_iter().map(|(s, _)| s).collect::<Vec<_>>();
        assert_eq!(
            spans("Wyniki:\nOrzeł Przeworsk - Stal Rzeszów 0:2\n"),
            ["Orzeł Przeworsk", "Stal Rzeszów"]
        );
        // Players are no teams, nor is a sentence with a time in it.
        assert!(spans("Iga Świątek - Aryna Sabalenka 6:4\n").is_empty());
        assert!(spans("Zebranie - początek 17:30\n").is_empty());
    }

    #[test]
    fn english_names_company_forms_and_foreign_clubs() {
        let spans = |t: &str| orgs(t).into_iter().map(|(s, _)| s).collect::<Vec<_>>();
        assert_eq!(
            spans("Studiował na University of Cambridge w Anglii."),
            ["University of Cambridge"]
        );
        assert_eq!(spans("Grał w FC Utrecht przez dwa sezony."), ["FC Utrecht"]);
        assert_eq!(spans("Umowę podpisało PZU SA w piątek."), ["PZU SA"]);
        // Capitalised English words without a head are no organization.
        assert!(spans("Zagrali utwór Time After Time na bis.").is_empty());
    }

    #[test]
    fn a_name_before_a_company_form_is_a_firm() {
        let o = orgs(
            "Partnerem było Uzdrowisko Iwonicz S.A. Nagrody dała Hurtownia Kowalski i Syn s.c. \
             Dziękujemy Marbud Sp. z o.o. oraz drukarni „Graf-Pol” sp. z o. o.",
        );
        let surface = surfaces(&o);
        assert_eq!(
            surface,
            [
                "Uzdrowisko Iwonicz S.A.",
                "Hurtownia Kowalski i Syn s.c.",
                "Marbud Sp. z o.o.",
                "„Graf-Pol” sp. z o. o."
            ]
        );
        assert_eq!(o[0].1, "Uzdrowisko Iwonicz");
        // A form in lower case after common words names no firm.
        assert!(orgs("To jest spółka akcyjna, a my wspólnicy spółki cywilnej.").is_empty());
    }

    #[test]
    fn shops_that_sponsor_are_bodies() {
        let o = orgs(
            "Poczęstunek przygotowała Cukiernia Sowa, nagrody dała Księgarnia Wiedza, kwiaty \
             Kwiaciarnia „Storczyk”, a dzieci obejrzały teatrzyk „Kurtyna”.",
        );
        let surface = surfaces(&o);
        assert_eq!(
            surface,
            [
                "Cukiernia Sowa",
                "Księgarnia Wiedza",
                "Kwiaciarnia „Storczyk”",
                "„Kurtyna”"
            ]
        );
    }

    #[test]
    fn names_in_quotes_listed_after_one_kind_word() {
        let o =
            orgs("Wystąpiły zespoły „Beskowianki” i „Mymoń”, chóry „Echo”, „Lutnia” oraz „Harfa”.");
        let surface = surfaces(&o);
        assert_eq!(
            surface,
            ["„Beskowianki”", "„Mymoń”", "„Echo”", "„Lutnia”", "„Harfa”"]
        );
        // A title in quotes after the name is no second name of the kind.
        let o = orgs("Zespół „Echo” i wiersz „Lato” zachwyciły.");
        assert_eq!(o.len(), 1, "{o:?}");
        // The first one's town between them.
        let o = orgs("Wystąpiły zespoły „Lachy” z Nowego Sącza i „Sądeczoki”.");
        assert_eq!(surfaces(&o), ["„Lachy”", "„Sądeczoki”"]);
    }
}
