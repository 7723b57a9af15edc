//! Place names: a capitalised word (or two) after a locative preposition, after "gmina",
//! or after a postal code, brought back to the nominative ("w Jaśle" → Jasło).

use super::tokens::{at_sentence_start, contains_word, index_at, joined, opens_line, Word};
use super::{overlaps_any, Covered, Span};
use crate::duplicates::Fnv;
use crate::polish::inflection::{
    adjective_nominative, org_head, place_candidates, NounGender, PlaceCase,
};
use crate::polish::lexicon::{self, WordClass};
use crate::polish::{gazetteer, is_acronym, is_capitalized, names};
use crate::record::EntityType;
use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};

/// Prepositions after which a capitalised word is likely a place, with the case they take.
/// Only lower-case prepositions count, and the short ones capitalised at a sentence start:
/// "Koło Gospodyń Wiejskich" is an organization, not "near Gospodyń".
fn preposition_case(word: &str) -> Option<PlaceCase> {
    // Runs for every word: the longest preposition is nine letters.
    if word.len() > "niedaleko".len() {
        return None;
    }
    let lower = word.to_lowercase();
    if lower != word && !matches!(word, "W" | "We" | "Z" | "Ze" | "Do" | "Od" | "Przy") {
        return None;
    }
    match lower.as_str() {
        "w" | "we" | "przy" => Some(PlaceCase::Locative),
        "z" | "ze" | "do" | "od" | "koło" | "obok" | "spod" | "k" | "niedaleko" | "okolic" => {
            Some(PlaceCase::Genitive)
        }
        _ => None,
    }
}

/// Capitalised words after a preposition that are not places: parts of names of
/// programmes, documents and events, and calendar words.
const NOT_PLACES: &[&str] = &[
    // feasts ("na Wielkanoc", "przed Wielkanocą"), which SGJP also has as villages
    "Wielkanoc",
    "Wielkanocy",
    "Wielkanocą",
    "Program",
    "Programie",
    "Programu",
    "Projekt",
    "Projekcie",
    "Projektu",
    "Konkurs",
    "Konkursie",
    "Konkursu",
    "Polityce",
    "Polityki",
    "Regulaminie",
    "Regulaminu",
    "Internecie",
    "Internetu",
    "Facebooku",
    "Sali",
    "Czytelni",
    "Nocy",
    "Noc",
    "Dniu",
    "Dniach",
    "Tygodniu",
    "Tygodnia",
    "Roku",
    "Święta",
    "Świętach",
    "Wielkanoc",
    "Boże",
    "Bożego",
    "Narodzenia",
    "Dzień",
    "Dnia",
    "Ramach",
    "Imieniu",
    "Imię",
    "Bibliotek",
    "Europejskiego",
    "Akcji",
    "Akcja",
    "Wydarzenia",
    "Pan",
    "Panu",
    "Pani",
    "Pana",
    "Panem",
    "Panią",
    "Księgarni",
    "Galerii",
    "Plan",
    "Planie",
    "Planu",
    "Klubie",
    "Kole",
    "Radzie",
    "Festiwalu",
    "Festiwal",
    "Tydzień",
    "Ogólnopolskim",
    "Ogólnopolskiego",
    "Miesiąca",
];

/// Finds places; `orgs` are the organization spans already found, whose head words are
/// not places (but a place inside an organization's "w X" tail is).
pub fn find(text: &str, words: &[Word], org_spans: &[Span]) -> Vec<Span> {
    let (written, orgs) = (&Written::new(text), &Orgs::new(text, org_spans));
    let mut out = Vec::new();
    let mut i = 0;
    while i + 1 < words.len() {
        let (w, next) = (&words[i], &words[i + 1]);
        let case = preposition_case(w.text).filter(|_| {
            joined(text, w, next) || (w.text == "k" && text[w.end..].starts_with(". "))
        });
        if let Some(case) = case {
            // "Szkoła Podstawowa z Litewskim Językiem Nauczania": inside a body's name, a
            // phrase the name goes on after is the name's, not a place; a seat after "w",
            // or a place closing the name ("Koło Gospodyń Wiejskich z Nawsia"), is one.
            let mid_name = |span: &Span| {
                !matches!(w.text, "w" | "we" | "W" | "We")
                    && orgs.covered.overlaps(w.start, w.end)
                    && orgs.covered.overlaps(span.end, span.end + 1)
            };
            let found = place_at(text, written, words, i + 1, case, orgs);
            if let Some((span, used)) = found.filter(|(span, _)| !mid_name(span)) {
                out.push(span);
                i += 1 + used;
                // "w Osobnicy, Trzcinicy i Warzycach": the list shares the preposition.
                while let Some((span, used)) =
                    list_continuation(text, written, words, i, case, orgs)
                {
                    out.push(span);
                    i += 1 + used;
                }
                continue;
            }
        }
        // "Towarzystwo Przyjaciół Sanoka", "miłośników Iwonicza": what a society befriends.
        let friends = matches!(
            w.text,
            "Przyjaciół" | "przyjaciół" | "Miłośników" | "miłośników"
        );
        // Not "Przyjaciół Żołnierza", "Życia Ludzkiego": the name is no common word, unless
        // the page names the place ("w Bukowcu" … "Przyjaciół Bukowca"). An adjective may
        // open it ("Przyjaciół Nowej Dęby").
        let place_word = |word: &Word| place_not_common(&lexicon::analyse(word.text));
        let named = || {
            place_word(next)
                || genitive_of_a_place_named(next.text, &out)
                || (adjective(next.text).is_some()
                    && words.get(i + 2).is_some_and(|n| {
                        joined(text, next, n) && has_place_reading(&lexicon::analyse(n.text))
                    }))
        };
        if friends && joined(text, w, next) && named() {
            if let Some((span, used)) =
                place_at(text, written, words, i + 1, PlaceCase::Genitive, orgs)
            {
                out.push(span);
                i += 1 + used;
                continue;
            }
        }
        // "87-148": the tokenizer keeps a postal code as one word.
        if crate::polish::is_postal_code(w.text) && joined(text, w, next) {
            if let Some((span, used)) =
                place_at(text, written, words, i + 1, PlaceCase::Nominative, orgs)
            {
                out.push(span);
                i += 1 + used;
                continue;
            }
        }
        if let Some(span) = administrative_adjective(text, w, next) {
            out.push(span);
            i += 2;
            // "powiatach nowosolskim, zielonogórskim i krośnieńskim": a plural unit word
            // lists units; the first is spanned with it (as NKJP marks it), the others by
            // their adjectives alone.
            let plural = matches!(
                w.text,
                "powiatów" | "powiatach" | "powiatami" | "województw" | "województwach"
            );
            while let Some((more, used)) = plural.then(|| listed_unit(text, words, w, i)).flatten()
            {
                out.push(more);
                i += used;
            }
            continue;
        }
        // Not inside a body's name: NKJP leaves "Muzeum Ziemi Średzkiej" whole.
        let land = land(text, w, next).filter(|s| !orgs.covered.overlaps(s.start, s.end));
        if let Some(span) = land {
            out.push(span);
            i += 2;
            continue;
        }
        // "nad rzeką Wełną", "na wyspie Uznam": the name after a kind of water or land.
        // "po górach Kowalskiemu ubyło": a mountain range is named by no person's name.
        let range_of_a_person = || {
            w.text.starts_with("gór")
                && lexicon::analyse(next.text)
                    .iter()
                    .any(|a| matches!(a.class, WordClass::Surname | WordClass::FirstName))
        };
        let kind = geographic_kind(w.text).filter(|_| joined(text, w, next));
        if let Some(case) = kind.filter(|_| !range_of_a_person()) {
            if let Some((span, used)) = place_at(text, written, words, i + 1, case, orgs) {
                out.push(span);
                i += 1 + used;
                continue;
            }
        }
        // "gm. Dębowiec", "m. Kliszów" (miejscowość), as addresses and lists abbreviate
        // them; not "100 m. Nowak był drugi" (metres) nor the words "wsi", "miejsc" closing
        // a sentence ("mieszkańcy wsi. Nowak powiedział").
        let metres = i > 0 && words[i - 1].text.bytes().all(|b| b.is_ascii_digit());
        let gm = (w.text == "gm" || (w.text == "m" && !metres)) && &text[w.end..next.start] == ". ";
        // "Czarnej Wsi Kościelnej": after a capitalised adjective the unit word is a name's,
        // unless the adjective is a body's ("Biblioteki Publicznej Gminy Dobra").
        let bodys_adjective = i > 1 && org_head(words[i - 2].text).is_some();
        let inside_a_name = i > 0
            && is_capitalized(w.text)
            && joined(text, &words[i - 1], w)
            && adjective(words[i - 1].text).is_some()
            && !bodys_adjective;
        if (is_gmina_word(w.text) && joined(text, w, next) && !inside_a_name) || gm {
            let found = place_at(text, written, words, i + 1, PlaceCase::Nominative, orgs)
                .or_else(|| named_after_unit(text, w, next));
            if let Some((span, used)) = found {
                out.push(span);
                i += 1 + used;
                // "gminy Zgierz i Ozorków": the names listed after the unit word.
                while let Some((span, used)) =
                    list_continuation(text, written, words, i, PlaceCase::Nominative, orgs)
                {
                    out.push(span);
                    i += 1 + used;
                }
                continue;
            }
        }
        i += 1;
    }
    // Whole words that are places by what they are, not by a preposition before them.
    let datelines = single_words(words, &out, |w| dateline(text, w));
    out.extend(datelines);
    let sky = single_words(words, &out, |w| celestial_body(text, w).map(String::from));
    out.extend(sky);
    let lands = single_words(words, &out, |w| land_in_czyzna(text, w));
    out.extend(lands);
    // Each finder sees what the ones before it found, and adds only where they did not.
    let page = &Page {
        text,
        written,
        words,
        orgs,
    };
    let finders: [Finder; 7] = [
        known_places,
        landforms,
        defined_places,
        lexicon_places,
        governed_places,
        listed_with_places,
        origins_in_brackets,
    ];
    for finder in finders {
        let more = finder(page, &out);
        out.extend(more);
    }
    out.extend(towns_after_acronyms(text, written, org_spans));
    let closing = towns_closing_names(text, org_spans, &out);
    out.extend(closing);
    // "art. 2 Konstytucji Rzeczypospolitej Polskiej": the country is part of the law's title
    // (not in "zgodna z konstytucją Rosji").
    out.retain(|s| {
        !text[..s.start]
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.starts_with("Konstytucj"))
    });
    for s in out.iter_mut() {
        if let Some((end, lemma)) = super::landforms::park_named_in_quotes(text, s.start, s.end) {
            (s.end, s.lemma) = (end, lemma);
        }
    }
    out.sort_by_key(|s| s.start);
    let mut out = with_adjectives(text, words, orgs, out);
    lemmas_named_elsewhere(text, &mut out);
    // "w Rudniku nad Sanem": the town's lemma is its official name with the river, so a
    // search finds it by that; the mention stays the town's words and the river a place
    // of its own, as NKJP marks them ("Frankfurcie" and "Menem").
    for s in out.iter_mut() {
        if let Some(river) = super::landforms::river_after(text, s.end) {
            s.lemma = format!("{} nad {river}", s.lemma);
        }
    }
    short_names_in_full(&mut out);
    super::village_endings::settle(text, words, &mut out);
    out
}

/// "w dzielnicy Dębieńsko": after a settlement's unit word written small, a capitalised
/// word is its name in the nominative even where SGJP knows it only as a common word.
/// Not a common word in its own dictionary form ("gminy Centrum", "w mieście Ten", "we wsi
/// Ośrodek …") nor a people's name ("miejscowości Krzyżacy zmasakrowali"): only a form SGJP
/// reads as another word's case ("Dębieńsko", the adverb of dębieński).
fn named_after_unit(text: &str, unit: &Word, name: &Word) -> Option<(Span, usize)> {
    let small_unit = unit.text.starts_with(char::is_lowercase) && unit.text.len() > 2;
    let plain = name.text.chars().all(char::is_alphabetic);
    let lower = name.text.to_lowercase();
    let no_other_word = lexicon::analyse(name.text)
        .iter()
        .all(|a| a.lemma != lower && !is_capitalized(&a.lemma));
    let named = small_unit
        && plain
        && no_other_word
        && org_head(name.text).is_none()
        && is_place_word(name.text)
        && !at_sentence_start(text, name);
    named.then(|| (place(name.start, name.end, name.text.to_string()), 1))
}

/// "w Kalwarii" on a page that names Kalwaria Zebrzydowska is that town: a one-word place
/// that SGJP knows as a place takes the one longer name of the page that it opens (not the
/// Earth's "Ziemi" beside "Ziemi Lubelskiej").
fn short_names_in_full(places: &mut [Span]) {
    let longer = |short: &str| {
        let mut names = places.iter().map(|p| p.lemma.as_str()).filter(|l| {
            l.strip_prefix(short)
                .is_some_and(|rest| rest.starts_with(' '))
        });
        let first = names.next()?;
        names.all(|l| l == first).then(|| first.to_string())
    };
    let renamed: Vec<(usize, String)> = (0..places.len())
        .filter(|&i| !places[i].lemma.contains(' ') && places[i].note.is_none())
        .filter(|&i| {
            place_lemmas(&lexicon::analyse(&places[i].lemma)).any(|l| l == places[i].lemma)
        })
        .filter_map(|i| Some((i, longer(&places[i].lemma)?)))
        .collect();
    for (i, lemma) in renamed {
        places[i].lemma = lemma;
    }
}

/// A one-word place read as its own nominative takes instead a lemma the page gives
/// another mention, when the form also declines that name: "mieszkańców Brzozowa" beside
/// "w Brzozowie" is Brzozów's genitive, not the village Brzozowa; "mieszkańców Zbójna"
/// beside "Gmina Zbójno" is Zbójno's. And a form read as another name's case is that name
/// itself when the page names a place so: "OSP Górki" beside "w Górkach" is Górki, not
/// the genitive of Górka.
fn lemmas_named_elsewhere(text: &str, places: &mut [Span]) {
    let named = |l: &str| places.iter().any(|p| p.lemma == l);
    let renamed: Vec<(usize, String)> = (0..places.len())
        .filter_map(|i| {
            let (p, form) = (&places[i], &text[places[i].start..places[i].end]);
            let plural = form.ends_with(['i', 'y', 'e']) && !form.contains(' ');
            if p.lemma != form && plural && named(form) {
                return Some((i, form.to_string()));
            }
            // A neuter name in -o written whole is its own nominative ("Zbójno", which SGJP
            // also reads as Zbójna's vocative).
            if p.lemma != form || form.contains([' ', '-']) || form.ends_with('o') {
                return None;
            }
            let other = lexicon::all_place_lemmas(form)
                .into_iter()
                .find(|l| *l != p.lemma && named(l))?;
            Some((i, other))
        })
        .collect();
    for (i, lemma) in renamed {
        places[i].lemma = lemma;
    }
}

/// A one-word place with a capitalised adjective beside it takes it into its name:
/// "Nowa Huta", "Australia Zachodnia", "Wadowice Dolne".
fn with_adjectives(text: &str, words: &[Word], orgs: &Orgs, mut places: Vec<Span>) -> Vec<Span> {
    // A widened place covers its old extent too, so adding the new one keeps `claimed` exact.
    let mut claimed = Covered::new(&places);
    let free = |w: &Word, claimed: &Covered| {
        !claimed.overlaps(w.start, w.end) && !orgs.covered.overlaps(w.start, w.end)
    };
    // An organization's word is not the place's, unless the place ends the name's "w X"
    // tail and the adjective after it closes both ("Szkoła Podstawowa w Łubnie Szlacheckim",
    // "Towarzystwo Niemców na Śląsku Opolskim").
    let tail = |w: &Word, p: &Span, claimed: &Covered| {
        let in_tail = [" w ", " we ", " na "]
            .iter()
            .any(|prep| text[..p.start].ends_with(prep));
        !claimed.overlaps(w.start, w.end)
            && in_tail
            && orgs.covered.contains(p.start, w.end, false)
            && !orgs.covered.overlaps(w.end, w.end + 1)
    };
    // A word another place has taken ("Kościelnej", read alone) may still close a name of
    // two words; the longer place wins when overlaps are dropped.
    let may_take =
        |w: &Word, p: &Span, c: &Covered| !orgs.covered.overlaps(w.start, w.end) || tail(w, p, c);
    for p in &mut places {
        if p.lemma.contains(' ') {
            third_word(text, words, p, &mut claimed, &may_take);
            continue;
        }
        let Some(i) = index_at(words, p.start, false).filter(|&i| words[i].end == p.end) else {
            continue;
        };
        let gender = gender_of(&p.lemma);
        let after = words.get(i + 1).filter(|n| {
            joined(text, &words[i], n)
                && (adjective(n.text).is_some()
                    // Not the first half of "Środkowo-Wschodniej", "Południowo - Wschodnia".
                    || (is_direction(n.text) && !n.text.ends_with('o')))
                // "Muzeum Mazowsza Zachodniego": a land's direction inside a body's name.
                && (free(n, &claimed)
                    || tail(n, p, &claimed)
                    || (is_direction(n.text) && !claimed.overlaps(n.start, n.end)))
        });
        let before = i.checked_sub(1).map(|j| &words[j]).filter(|b| {
            // A sentence's first word is capitalised anyway: "Radni Malborka", "Cała
            // Polska" are no names unless the word is an adjective only.
            let plain = match adjective(b.text) {
                Some(Adjective::Only) => true,
                Some(Adjective::AlsoName) => !at_sentence_start(text, b),
                None => false,
            };
            joined(text, b, &words[i]) && plain && free(b, &claimed)
        });
        let (start, end, lemma) = match (before, after) {
            // "mieszkańców Ustrzyk Dolnych": a plural name's adjective is plural too.
            (_, Some(n)) => match plural_adjective_nominative(n.text) {
                Some(adj) if p.lemma.ends_with(['i', 'y', 'e']) => {
                    (p.start, n.end, format!("{} {adj}", p.lemma))
                }
                _ => {
                    let (noun, gender) = agreeing(&p.lemma, words[i].text, n.text, gender);
                    let adj = adjective_nominative(n.text, gender).unwrap_or(n.text.to_string());
                    let lemma = two_adjectives(words[i].text, n.text)
                        .unwrap_or_else(|| format!("{noun} {adj}"));
                    (p.start, n.end, lemma)
                }
            },
            (Some(b), None) => {
                let (noun, gender) = agreeing(&p.lemma, words[i].text, b.text, gender);
                let adj = adjective_nominative(b.text, gender).unwrap_or(b.text.to_string());
                (b.start, p.end, format!("{adj} {noun}"))
            }
            (None, None) => continue,
        };
        claimed.add(start, end);
        (p.start, p.end, p.lemma) = (start, end, lemma);
        // "Czarnej" before "Wsi" made "Czarna Wieś"; "Kościelnej" after it may close it.
        third_word(text, words, p, &mut claimed, &may_take);
    }
    places
}

/// "w Nowym Dworze Gdańskim": a name of an adjective and a noun takes a third word, an
/// adjective in the same case as its first ("Nowym", "Gdańskim").
fn third_word(
    text: &str,
    words: &[Word],
    p: &mut Span,
    claimed: &mut Covered,
    may_take: &dyn Fn(&Word, &Span, &Covered) -> bool,
) {
    let Some(i) = index_at(words, p.start, false) else {
        return;
    };
    let Some([first, noun, next]) = words.get(i..i + 3) else {
        return;
    };
    if noun.end != p.end
        || !joined(text, noun, next)
        || !super::landforms::same_case(first.text, next.text)
        || adjective(first.text).is_none()
        || !is_capitalized(next.text)
        || !lexicon::analyse(next.text)
            .iter()
            .any(|a| a.class == WordClass::Common && a.is_adjective_lemma())
        || !may_take(next, p, claimed)
    {
        return;
    }
    // The first adjective's nominative shows the gender ("Czarna Wieś": feminine, though
    // "Wieś" ends like a masculine noun).
    let gender = gender_of(p.lemma.split(' ').next().unwrap_or_default());
    let Some(adj) = adjective_nominative(next.text, gender) else {
        return;
    };
    claimed.add(p.start, next.end);
    p.lemma = format!("{} {adj}", p.lemma);
    p.end = next.end;
}

/// A capitalised adjective of direction or position ("Środkowej", "Północnej"), which after
/// a place is part of its name even where the lexicon also knows it as a noun (a
/// "środkowy" plays in the middle).
fn is_direction(word: &str) -> bool {
    const DIRECTIONS: &[&str] = &[
        "północny",
        "południowy",
        "wschodni",
        "zachodni",
        "środkowy",
        "centralny",
        "górny",
        "dolny",
    ];
    is_capitalized(word)
        && lexicon::analyse(word)
            .iter()
            .any(|a| a.is_adjective_lemma() && DIRECTIONS.contains(&a.lemma.as_str()))
}

/// How a capitalised word reads as an adjective.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Adjective {
    /// Every SGJP reading is a common adjective ("Zachodnia" of zachodni).
    Only,
    /// An adjective that is also a surname or a town ("Nowego": nowy, Nowy, Nowe).
    AlsoName,
}

/// Whether a capitalised word is an adjective (see [`Adjective`]); `None` when it is not.
fn adjective(word: &str) -> Option<Adjective> {
    // Conjunctions and prepositions whose lemma happens to end like an adjective's.
    const NOT_ADJECTIVES: &[&str] = &[
        "czy", "przy", "gdy", "kiedy", "gdyby", "aby", "by", "czyli", "ani",
    ];
    if !is_capitalized(word)
        || is_acronym(word)
        || NOT_ADJECTIVES.contains(&word.to_lowercase().as_str())
    {
        return None;
    }
    let readings = lexicon::analyse(word);
    let adjective = |a: &lexicon::Analysis| a.class == WordClass::Common && a.is_adjective_lemma();
    if !readings.iter().any(adjective) {
        return None;
    }
    if readings.iter().all(adjective) {
        return Some(Adjective::Only);
    }
    readings
        .iter()
        .all(|a| adjective(a) || matches!(a.class, WordClass::Surname | WordClass::Place))
        .then_some(Adjective::AlsoName)
}

/// Words whose genitive complement is a town: its residents and its authorities
/// ("mieszkańcy Goleniowa", "władze Krakowa").
const RESIDENT_WORDS: &[&str] = &[
    "mieszkańcy",
    "mieszkańców",
    "mieszkańcom",
    "mieszkańcami",
    "mieszkańca",
    "mieszkaniec",
    "mieszkańcem",
    "mieszkanka",
    "mieszkanki",
    "mieszkanką",
    "władze",
    "władz",
    "władzom",
    "władzami",
];

/// Offices in the nominative whose genitive complement is their town ("burmistrz Leska"),
/// where a name in the nominative would be their holder ("prezydent Kwaśniewski").
const OFFICE_WORDS: &[&str] = &["burmistrz", "prezydent", "wójt", "starosta", "sołtys"];

/// The note of a place read as another case of a place the page names: it wins over a
/// person read from the same word ("sołtys Szebni").
pub const NAMED_ON_THE_PAGE: &str = "named on the page";

/// Whether a form is the genitive of a one-word place the page already names.
fn genitive_of_a_place_named(form: &str, named: &[Span]) -> bool {
    let candidates = place_candidates(form, PlaceCase::Genitive);
    named.iter().any(|s| {
        s.kind == EntityType::Place
            && s.lemma != form
            && !s.lemma.contains(' ')
            && candidates.contains(&s.lemma)
    })
}

/// The town after its residents or its office: "mieszkańcy Goleniowa", "burmistrz Leska
/// Barbara Jaworska". The word must have a place reading; after an office it must also not
/// read as its holder, a nominative name, unless a first name follows it.
fn governed_places(page: &Page, found: &[Span]) -> Vec<Span> {
    let (text, written, words, orgs) = page.parts();
    let named_on_page = found;
    let found = &Covered::new(found);
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let Some(n) = words.get(i + 1) else {
            break;
        };
        if !is_capitalized(n.text) || !joined(text, w, n) {
            continue;
        }
        // Asked of every word before a capitalised one: a copy only of a word with capitals.
        let lower = if w.text.chars().any(char::is_uppercase) {
            std::borrow::Cow::Owned(w.text.to_lowercase())
        } else {
            std::borrow::Cow::Borrowed(w.text)
        };
        let residents = RESIDENT_WORDS.contains(&lower.as_ref());
        if !residents && !OFFICE_WORDS.contains(&lower.as_ref()) {
            continue;
        }
        if found.overlaps(n.start, n.end) || orgs.covered.overlaps(n.start, n.end) {
            continue;
        }
        let readings = lexicon::analyse(n.text);
        // A village SGJP does not know is read by the page's other mention of it
        // ("w Szebniach" … "sołtys Szebni").
        let by_lexicon = place_lemmas(&readings).any(|l| l != n.text);
        let by_page = !by_lexicon && genitive_of_a_place_named(n.text, named_on_page);
        let oblique_place = by_lexicon || by_page;
        let a_holder = || {
            let named = readings.iter().any(|a| {
                matches!(a.class, WordClass::Surname | WordClass::FirstName) && a.lemma == n.text
            });
            let first_name_after = words
                .get(i + 2)
                .is_some_and(|f| joined(text, n, f) && names::first_name(f.text).is_some());
            named && !first_name_after
        };
        if !oblique_place || (!residents && a_holder()) {
            continue;
        }
        // A word of a longer name cut short is left to the rules that read it whole
        // ("mieszkańców Górnego Śląska" is not the village Górne).
        let cut_short = |s: &Span| {
            index_at(words, s.end, true)
                .and_then(|j| words.get(j + 1).map(|m| (&words[j], m)))
                .is_some_and(|(l, m)| {
                    joined(text, l, m)
                        && is_capitalized(m.text)
                        && names::first_name(m.text).is_none()
                })
        };
        let span = place_at(text, written, words, i + 1, PlaceCase::Genitive, orgs);
        if let Some((mut span, _)) =
            span.filter(|(s, _)| !found.overlaps(s.start, s.end) && !cut_short(s))
        {
            if by_page {
                span.note = Some(NAMED_ON_THE_PAGE.into());
            }
            out.push(span);
        }
    }
    out
}

/// A capitalised word inside a sentence whose every SGJP reading is a place name
/// ("do Krosna", "Jasło i okolice"): places without a preposition before them. Words that
/// are also common words, names or surnames are left to the rules above.
fn lexicon_places(page: &Page, found: &[Span]) -> Vec<Span> {
    let (text, written, words, orgs) = page.parts();
    let found = &Covered::new(found);
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        // Runs for every word: the cheap tests first, the scans of earlier spans after.
        if !is_capitalized(w.text) || is_acronym(w.text) || NOT_PLACES.contains(&w.text) {
            continue;
        }
        if found.overlaps(w.start, w.end) || orgs.covered.overlaps(w.start, w.end) {
            continue;
        }
        // At a sentence start any word is capitalised: only a word that can be nothing
        // but a place ("Grenoble, francuskie Zakopane…") is one there.
        if at_sentence_start(text, w) && !only_place(w.text) {
            continue;
        }
        if starts_org_head(text, words, i, orgs) {
            continue;
        }
        // A place that is also a surname (Moskwa, Wisła) counts: a person's name around
        // it wins later (extraction::drop_overlaps).
        let readings = lexicon::analyse(w.text);
        // After a preposition a capitalised word whose other reading is a common noun is the
        // proper one ("na Kaukazie", "wody Amazonki" is not; "do Odry").
        // Not an adjective ("na Dolnym Śląsku" joins later), nor a noun opening a longer
        // name ("przed Grobem Nieznanego Żołnierza").
        let next_capitalised = words
            .get(i + 1)
            .is_some_and(|n| joined(text, w, n) && is_capitalized(n.text));
        let after_preposition = i > 0
            && is_place_preposition(words[i - 1].text)
            && !next_capitalised
            && adjective(w.text).is_none();
        let place_or_surname = |a: &lexicon::Analysis| {
            matches!(a.class, WordClass::Place | WordClass::Surname)
                || (after_preposition && a.class == WordClass::Common)
        };
        if !readings.iter().all(place_or_surname) {
            continue;
        }
        if let Some(lemma) = place_lemma(&readings, written, w.text) {
            out.push(place(w.start, w.end, lemma.to_string()));
        }
    }
    out
}

/// A word the lexicon knows as a place and as a common noun, listed beside a place found
/// ("osiedla Zgorzelisko, Zakrzów i Swojczyce", "zyskują Sokolniki, Helenów"): the list
/// says which reading it has. One word each, not at a sentence start, not an adjective.
fn listed_with_places(page: &Page, found: &[Span]) -> Vec<Span> {
    let (text, written, words, orgs) = page.parts();
    // Grows with what the list adds, so a name after a two-word one is listed too.
    let mut places = Covered::new(found);
    let is_place = |w: &Word, places: &Covered| places.contains(w.start, w.end, false);
    // The words are split without their commas, but the conjunctions are words of their own.
    let listed = |a: usize, b: usize| {
        let between = &text[words[a].end..words[b].start];
        match b - a {
            1 => between == ", ",
            2 => ["i", "oraz", "lub", "albo"]
                .iter()
                .any(|c| between.strip_prefix(' ').and_then(|r| r.strip_suffix(' ')) == Some(*c)),
            _ => false,
        }
    };
    let listed_after = |a: usize, places: &Covered| {
        (a + 1..(a + 3).min(words.len())).any(|b| listed(a, b) && is_place(&words[b], places))
    };
    let listed_before = |b: usize, places: &Covered| {
        (b.saturating_sub(2)..b).any(|a| listed(a, b) && is_place(&words[a], places))
    };
    let mut out = Vec::new();
    let mut next_free = 0;
    for (i, w) in words.iter().enumerate() {
        if i < next_free
            || !is_capitalized(w.text)
            || is_acronym(w.text)
            || at_sentence_start(text, w)
        {
            continue;
        }
        let after_place = listed_before(i, &places);
        if let Some(n) = listed_adjective_and_noun(text, words, i, orgs)
            .filter(|&n| !places.overlaps(w.start, words[n].end))
            .filter(|&n| after_place || listed_after(n, &places))
        {
            let lemma = two_word_lemma(written, w.text, words[n].text, PlaceCase::Genitive);
            places.add(w.start, words[n].end);
            out.push(place(w.start, words[n].end, lemma));
            next_free = n + 1;
            continue;
        }
        // A word of a longer name is no item of its own: "Wadowice Dolne i Wampierzów".
        let in_a_name = |x: Option<&Word>, y: Option<&Word>| match (x, y) {
            (Some(x), Some(y)) => {
                joined(text, x, y) && is_capitalized(x.text) && is_capitalized(y.text)
            }
            _ => false,
        };
        let inside = in_a_name(i.checked_sub(1).map(|j| &words[j]), Some(w))
            || in_a_name(Some(w), words.get(i + 1));
        if !(after_place || listed_after(i, &places))
            || inside
            || is_place(w, &places)
            || orgs.covered.overlaps(w.start, w.end)
        {
            continue;
        }
        let readings = lexicon::analyse(w.text);
        // The place's own adjective is no other reading: "Leska" is Lesko's and "leski"'s.
        let own_adjective = |adj: &str| {
            place_lemmas(&readings).any(|p| {
                let stem: String = p.chars().take(3).flat_map(char::to_lowercase).collect();
                adj.starts_with(&stem)
            })
        };
        let fits = |a: &lexicon::Analysis| match a.class {
            WordClass::Place | WordClass::Surname => true,
            // A people's name ("Polaków", "Żydami") lists with countries, not as a village;
            // a capitalised common reading named like the place is the place ("Jedlicze").
            WordClass::Common if is_capitalized(&a.lemma) => {
                place_lemmas(&readings).any(|p| p == a.lemma)
            }
            WordClass::Common => !a.is_adjective_lemma() || own_adjective(&a.lemma),
            _ => false,
        };
        if !readings.iter().all(fits) {
            continue;
        }
        if let Some(lemma) = place_lemma(&readings, written, w.text) {
            places.add(w.start, w.end);
            out.push(place(w.start, w.end, lemma.to_string()));
        }
    }
    out
}

/// "KGW Szebnie", "OSP Górki": the town an institution's acronym is named with is a place
/// inside its name (its span ends the organization's), written in the nominative. Only an
/// acronym spelled out ("acronym of …"): a club's town ("MKS Bzura", "LKS Szebnie") is
/// part of the club's own name.
fn towns_after_acronyms(text: &str, written: &Written, orgs: &[Span]) -> Vec<Span> {
    orgs.iter()
        .filter(|o| {
            o.note
                .as_deref()
                .is_some_and(|n| n.starts_with(super::organizations::ACRONYM_OF))
        })
        .filter_map(|o| {
            let (acronym, town) = text[o.start..o.end].split_once(' ')?;
            let plain = town.chars().all(|c| c.is_alphabetic() || c == '-');
            if !is_acronym(acronym) || !plain || !is_capitalized(town) || is_acronym(town) {
                return None;
            }
            let lemma = best_candidate(written, town, PlaceCase::Nominative);
            Some(place(o.end - town.len(), o.end, lemma))
        })
        .collect()
}

/// "Nadleśnictwo Miękinia", "Rafineria Nafty Jedlicze": a town in the nominative closing a
/// body's name is a place inside it, when the lexicon knows the word only as a place (not
/// "Bank Pekao", "Uniwersytet Warszawski").
fn towns_closing_names(text: &str, orgs: &[Span], found: &[Span]) -> Vec<Span> {
    orgs.iter()
        .filter(|o| o.note.is_none())
        .filter_map(|o| {
            let (before, town) = text[o.start..o.end].rsplit_once(' ')?;
            let preposition = before
                .rsplit(' ')
                .next()
                .is_some_and(|w| preposition_case(w).is_some());
            let start = o.end - town.len();
            // A forest district is always named after its town: "Nadleśnictwo Limanowa",
            // though SGJP also reads Limanowa as an adjective.
            let district = text[o.start..o.end].starts_with("Nadleśnictw");
            let free = |s: &Span| !overlaps_any(found, s.start, s.end);
            let longer = district
                .then(|| district_town(text, o))
                .flatten()
                .filter(free)
                .or_else(|| {
                    (!preposition)
                        .then(|| noun_and_adjective_town(text, o))
                        .flatten()
                        .filter(free)
                });
            if longer.is_some() {
                return longer;
            }
            let district = district && has_place_reading(&lexicon::analyse(town));
            if preposition
                || is_acronym(town)
                || !(only_place(town) || district)
                || overlaps_any(found, start, o.end)
            {
                return None;
            }
            Some(place(start, o.end, nominative_lemma(town)?))
        })
        .collect()
}

/// A forest district's town of two or three words, written in the nominative in any case
/// of the district's: "Nadleśnictwu Nowa Dęba".
fn district_town(text: &str, org: &Span) -> Option<Span> {
    let (_, town) = text[org.start..org.end].split_once(' ')?;
    let words: Vec<&str> = town.split(' ').collect();
    let named = (2..=3).contains(&words.len())
        && words.iter().all(|w| is_capitalized(w))
        && (gazetteer::lookup(town).is_some()
            || has_place_reading(&lexicon::analyse(words[words.len() - 1])));
    named.then(|| place(org.end - town.len(), org.end, town.to_string()))
}

/// "Hufiec Strzelce Opolskie": a town of a noun and an adjective, both in the nominative,
/// closing a body's name (not after a preposition: "… w Starym Sączu" is a seat).
fn noun_and_adjective_town(text: &str, org: &Span) -> Option<Span> {
    let (rest, adjective_word) = text[org.start..org.end].rsplit_once(' ')?;
    let (head, noun) = rest.rsplit_once(' ')?;
    let nominative_adjective =
        adjective(adjective_word).is_some() && nominative_adjective_ending(adjective_word);
    let noun_place = is_capitalized(noun)
        && org_head(noun).is_none()
        && head
            .rsplit(' ')
            .next()
            .is_none_or(|w| preposition_case(w).is_none())
        && has_place_reading(&lexicon::analyse(noun));
    let start = org.end - adjective_word.len() - noun.len() - 1;
    (nominative_adjective && noun_place)
        .then(|| place(start, org.end, format!("{noun} {adjective_word}")))
}

/// The lemma of a place written in the nominative: the form itself when it is a neuter in
/// -o that SGJP reads only as a feminine's vocative ("Nadleśnictwo Łopuchówko", not
/// Łopuchówka), else the known lemma.
fn nominative_lemma(form: &str) -> Option<String> {
    let known = known_place_lemma(form)?;
    let vocative = form
        .strip_suffix('o')
        .is_some_and(|stem| known == format!("{stem}a"));
    Some(if vocative { form.to_string() } else { known })
}

/// "Weronika Kowal (Jaśliska)", "Oskar Bieniasz (Wola Niżna)": a name alone in brackets
/// after a capitalised word (a laureate's, a speaker's surname) is where that person comes
/// from, when the lexicon knows its first word as a place. After a given name ("Bachleda
/// Klemens (Klimek)") the brackets hold a nickname.
fn origins_in_brackets(page: &Page, found: &[Span]) -> Vec<Span> {
    let (text, written, words, orgs) = page.parts();
    let mut out = Vec::new();
    for i in 1..words.len() {
        let (before, w) = (&words[i - 1], &words[i]);
        if &text[before.end..w.start] != " ("
            || !is_capitalized(before.text)
            || names::first_name(before.text).is_some()
            || overlaps_any(found, w.start, w.end)
            || !has_place_reading(&lexicon::analyse(w.text))
        {
            continue;
        }
        let Some((span, _)) = place_at(text, written, words, i, PlaceCase::Nominative, orgs) else {
            continue;
        };
        if text[span.end..].starts_with(')') {
            out.push(span);
        }
    }
    out
}

/// "Starej Wsi", "Woli Dalszej" in a list of places: a capitalised adjective and a
/// capitalised common noun, or a noun and its adjective, one name. Returns the second
/// word's index.
fn listed_adjective_and_noun(text: &str, words: &[Word], i: usize, orgs: &Orgs) -> Option<usize> {
    // The nouns villages are named by: a list also holds awards ("Złoty Krzyż") and
    // districts ("Warszawski Okręg") beside places.
    const SETTLEMENT_NOUNS: &[&str] = &[
        "wieś", "wola", "wólka", "huta", "góra", "dąbrowa", "kolonia", "ruda", "osada",
    ];
    let (w, n) = (&words[i], words.get(i + 1)?);
    let noun = |x: &Word| {
        is_place_word(x.text)
            && adjective(x.text).is_none()
            && lexicon::analyse(x.text)
                .iter()
                .any(|a| SETTLEMENT_NOUNS.contains(&a.lemma.to_lowercase().as_str()))
    };
    let pair = joined(text, w, n)
        && ((adjective(w.text).is_some() && noun(n)) || (noun(w) && adjective(n.text).is_some()))
        && !orgs.covered.overlaps(w.start, n.end);
    pair.then_some(i + 1)
}

/// The place among a word's readings: of two (Sokolnik, Sokolniki), the one the text writes
/// in full, else the form itself, else the first. Never a common reading's lemma ("na
/// Kremlu" is Kreml, not kreml); None when no reading is a place.
fn place_lemma<'r>(
    readings: &'r [lexicon::Analysis],
    written: &Written,
    form: &str,
) -> Option<&'r str> {
    let places: Vec<&str> = place_lemmas(readings).collect();
    places
        .iter()
        .find(|l| written.contains(l))
        .or_else(|| places.iter().find(|l| **l == form))
        .or(places.first())
        .copied()
}

/// A place mention with no note.
fn place(start: usize, end: usize, lemma: String) -> Span {
    Span {
        kind: EntityType::Place,
        start,
        end,
        lemma,
        value: None,
        note: None,
    }
}

/// Prepositions of place, lower-case, before a place's name in any case.
pub(crate) fn is_place_preposition(w: &str) -> bool {
    matches!(
        w,
        "w" | "we" | "na" | "z" | "ze" | "do" | "nad" | "pod" | "przez" | "od" | "po" | "ku"
    )
}

/// Countries that are also given names: alone, without a preposition, they are the person.
const GIVEN_NAMES_TOO: &[&str] = &["Kuba"];

/// Countries, regions and large cities from the gazetteer, wherever they stand (not as the
/// first, adjectival word of an organization's name: "Polska Akademia").
fn known_places(page: &Page, found: &[Span]) -> Vec<Span> {
    let (text, _, words, orgs) = page.parts();
    let found = &Covered::new(found);
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        // The longest name of up to three words: "Wielkie Księstwo Litewskie".
        let hit = [3, 2, 1]
            .into_iter()
            .find_map(|n| known_name_of(text, words, i, n).map(|(end, lemma)| (end, lemma, n)));
        let Some((end, lemma, used)) = hit else {
            i += 1;
            continue;
        };
        let taken = found.overlaps(w.start, end);
        // A name of several words is the place whatever its first word ("Związek Radziecki").
        let org_adjective = used == 1 && starts_org_head(text, words, i, orgs);
        // "Kuba powiedział": a boy more often than Cuba, which a preposition names ("na
        // Kubie", "z Kuby").
        let after_preposition = i > 0
            && matches!(
                words[i - 1].text,
                "na" | "z" | "ze" | "do" | "w" | "we" | "po"
            )
            && joined(text, &words[i - 1], w);
        let given_name = used == 1 && GIVEN_NAMES_TOO.contains(&lemma) && !after_preposition;
        if !taken && !org_adjective && !given_name {
            out.push(place(w.start, end, lemma.to_string()));
        }
        i += used;
    }
    out
}

/// "Morzu Bałtyckim", "Górach Świętokrzyskich": see [`super::landforms`]. Not inside a
/// body's name ("Park Narodowy Gór Stołowych" names the park).
fn landforms(page: &Page, found: &[Span]) -> Vec<Span> {
    let found = Covered::new(found);
    super::landforms::find(page.text, page.words)
        .into_iter()
        .filter(|(start, end, _)| {
            !found.overlaps(*start, *end) && !page.orgs.covered.overlaps(*start, *end)
        })
        .map(|(start, end, lemma)| place(start, end, lemma))
        .collect()
}

/// The gazetteer's place written as the `n` words from `i` (spaces only between them):
/// where it ends, and its nominative.
fn known_name_of(text: &str, words: &[Word], i: usize, n: usize) -> Option<(usize, &'static str)> {
    let last = words.get(i + n - 1)?;
    let linked = (i..i + n - 1).all(|k| joined(text, &words[k], &words[k + 1]));
    let lemma = gazetteer::lookup(&text[words[i].start..last.end]).filter(|_| linked)?;
    Some((last.end, lemma))
}

/// Kinds of place an encyclopedic definition names: "Kucerz – wieś w Polsce", "Newhall –
/// miasto w Stanach Zjednoczonych", "Jocelyn to gmina w Kanadzie".
const DEFINED_KINDS: &[&str] = &[
    "wieś",
    "miasto",
    "miasteczko",
    "miejscowość",
    "gmina",
    "osada",
    "przysiółek",
    "kolonia",
    "dzielnica",
    "osiedle",
    "sołectwo",
    "rzeka",
    "potok",
    "jezioro",
    "góra",
    "szczyt",
    "pasmo",
    "wyspa",
    "półwysep",
    "region",
    "kraina",
    "państwo",
    "stolica",
    "prowincja",
    "hrabstwo",
    "departament",
    "okręg",
    "powiat",
    "województwo",
    "gród",
];

/// A name that opens a line or a sentence and is defined as a kind of place right after it
/// ("Stara Wieś – wieś w Polsce położona…", "Michałów (niem. Michelau) – wieś…", "Jocelyn
/// to gmina…"), and the same name wherever else the text writes it (the entry's title).
/// Local-history pages quote such entries about their villages.
fn defined_places(page: &Page, found: &[Span]) -> Vec<Span> {
    let (text, _, words, orgs) = page.parts();
    let found = Covered::new(found);
    let mut out: Vec<Span> = Vec::new();
    for name in defined_names(text, words, orgs) {
        for (start, _) in text.match_indices(name) {
            let end = start + name.len();
            let bounded = !text[..start].ends_with(char::is_alphanumeric)
                && !text[end..].starts_with(char::is_alphanumeric);
            if bounded && !found.overlaps(start, end) && !overlaps_any(&out, start, end) {
                out.push(place(start, end, name.to_string()));
            }
        }
    }
    out
}

/// The names the text defines as places, each once.
fn defined_names<'t>(text: &'t str, words: &[Word], orgs: &Orgs) -> Vec<&'t str> {
    let mut names: Vec<&str> = Vec::new();
    for (k, w) in words.iter().enumerate() {
        if !DEFINED_KINDS.contains(&w.text) {
            continue;
        }
        let Some(last) = definition_subject_end(text, words, k) else {
            continue;
        };
        let Some(first) = name_start(text, words, last) else {
            continue;
        };
        let (start, end) = (words[first].start, words[last].end);
        // "Gmina Miasta Radomia – miasto na prawach powiatu" defines a body; "Jest to
        // miasto", "Uwielbiam to miasto" have a verb in the place of a name.
        let body = org_head(words[first].text).is_some() || is_gmina_word(words[first].text);
        let common = first == last && lexicon::known_only_as(words[first].text, WordClass::Common);
        if !body && !common && !orgs.covered.overlaps(start, end) {
            names.push(&text[start..end]);
        }
    }
    names.sort_unstable();
    names.dedup();
    names
}

/// For a kind word at `k`, the index of the last word of the subject it defines: the word
/// before " – " or " to " (and before a parenthesis: "Michałów (niem. Michelau) –"), with at
/// most one lower-case word between the link and the kind ("– dawna wieś").
fn definition_subject_end(text: &str, words: &[Word], k: usize) -> Option<usize> {
    let mut j = k.checked_sub(1)?;
    if words[j].text != "to" && words[j].text.starts_with(char::is_lowercase) {
        j = j.checked_sub(1)?; // "dawna", "niewielka"
    }
    // A parenthesis may close right before the link: "(niem. Michelau) –".
    let link = |a: usize| {
        let gap = text[words[a].end..words[a + 1].start].trim();
        gap.strip_prefix(')').map_or(gap, str::trim_start)
    };
    let mut end = if words[j].text == "to" && link(j).is_empty() {
        j.checked_sub(1).filter(|&e| link(e).is_empty())?
    } else if matches!(link(j), "–" | "-" | "—") {
        j
    } else {
        return None;
    };
    // "Michałów (niem. Michelau) –": the name stands before the parenthesis.
    if text[words[end].end..].starts_with(')') {
        let open = text[..words[end].start].rfind('(')?;
        end = words[..end].iter().rposition(|w| w.end <= open)?;
        if !text[words[end].end..open].trim().is_empty() {
            return None;
        }
    }
    is_capitalized(words[end].text).then_some(end)
}

/// The first word of a capitalised name ending at `end` that opens a line or a sentence:
/// at most four words, capitalised or joined by a spaced hyphen ("Kanie - Stacja").
fn name_start(text: &str, words: &[Word], end: usize) -> Option<usize> {
    let mut first = end;
    loop {
        let w = &words[first];
        if opens_line(text, w.start) || at_sentence_start(text, w) {
            return Some(first);
        }
        if end - first >= 3 || first == 0 {
            return None;
        }
        let prev = &words[first - 1];
        let gap = &text[prev.end..w.start];
        if !is_capitalized(prev.text) || !(gap == " " || gap == " - ") {
            return None;
        }
        first -= 1;
    }
}

/// After a place ending at word `i - 1`: ", X" or " i X" / " oraz X" with X a place.
fn list_continuation(
    text: &str,
    written: &Written,
    words: &[Word],
    i: usize,
    case: PlaceCase,
    orgs: &Orgs,
) -> Option<(Span, usize)> {
    let prev = words.get(i.checked_sub(1)?)?;
    let next = words.get(i)?;
    if text[prev.end..next.start].trim() == "," && is_capitalized(next.text) {
        return place_at(text, written, words, i, case, orgs).map(|(s, used)| (s, used - 1));
    }
    // Not a name in quotes: "z Nowego Sącza i „Sądeczoki”" lists a band after the town.
    let after = words.get(i + 1).filter(|a| joined(text, next, a));
    // Nor an office: "w Łodzi oraz Prezydent Miasta Zduńska Wola" lists a second giver.
    let office = || after.is_some_and(|a| super::persons::is_title(&a.text.to_lowercase()));
    if matches!(next.text, "i" | "oraz" | "lub" | "czy" | "albo")
        && joined(text, prev, next)
        && after.is_some()
        && !office()
    {
        return place_at(text, written, words, i + 1, case, orgs);
    }
    None
}

/// "województwa łódzkiego", "w powiecie brzeskim", "woj. podlaskie": units named by an
/// adjective in -ski/-cki/-dzki. The unit word is part of the name (as NKJP marks it), and
/// the lemma agrees with it: województwo łódzkie, powiat brzeski.
fn administrative_adjective(text: &str, unit: &Word, name: &Word) -> Option<Span> {
    let gap = &text[unit.end..name.start];
    if !(gap == " " || gap == ". ") {
        return None;
    }
    unit_named_by(unit, name)
}

/// After a unit ending at word `i - 1`: ", X" or "i X" / "oraz X" with X another unit's
/// adjective of the plural unit word `unit`. The span and the words used.
fn listed_unit(text: &str, words: &[Word], unit: &Word, i: usize) -> Option<(Span, usize)> {
    let (prev, next) = (words.get(i.checked_sub(1)?)?, words.get(i)?);
    let (name, used) = if text[prev.end..next.start] == *", " {
        (next, 1)
    } else if matches!(next.text, "i" | "oraz") && joined(text, prev, next) {
        (words.get(i + 1).filter(|n| joined(text, next, n))?, 2)
    } else {
        return None;
    };
    let span = unit_named_by(unit, name)?;
    Some((
        Span {
            start: name.start,
            ..span
        },
        used,
    ))
}

/// The unit `unit` names with the adjective `name`, wherever that stands.
fn unit_named_by(unit: &Word, name: &Word) -> Option<Span> {
    // Runs for every word: most words end here, before any allocation.
    if !unit.text.starts_with(['w', 'W', 'p', 'P', 'o', 'O']) {
        return None;
    }
    let lower = unit.text.to_lowercase();
    let (gender, unit_lemma) = if lower.starts_with("wojew") || lower == "woj" {
        (NounGender::Neuter, "województwo")
    } else if lower.starts_with("powiat") || lower == "powiecie" || lower == "pow" {
        (NounGender::Masculine, "powiat")
    } else if lower.starts_with("obwod") || lower == "obwód" {
        // A Ukrainian or Belarusian oblast: "z obwodu lwowskiego".
        (NounGender::Masculine, "obwód")
    } else {
        return None;
    };
    let adjective = name.text.to_lowercase();
    let stem_ok = ["i", "ie", "iego", "im", "iemu"].iter().any(|end| {
        adjective
            .strip_suffix(end)
            .is_some_and(|stem| ["sk", "ck", "dzk"].iter().any(|f| stem.ends_with(f)))
    });
    if !stem_ok || !name.text.chars().all(|c| c.is_alphabetic() || c == '-') {
        return None;
    }
    let adjective = adjective_nominative(&adjective, gender)?;
    // An oblast is named after its town ("lwowski"); "obwód łowiecki" is a hunting district.
    if unit_lemma == "obwód" && super::derived_places::place_of(&adjective).is_none() {
        return None;
    }
    Some(Span {
        kind: EntityType::Place,
        start: unit.start,
        end: name.end,
        lemma: format!("{unit_lemma} {adjective}"),
        value: None,
        note: Some("administrative unit".into()),
    })
}

/// Rivers, lakes, islands and the like, written in lower case before their name, with the
/// case the name takes after them (it stands in apposition: "rzeki Moskwy", "rzece Parsęcie";
/// the instrumental, "rzeką Sommą", has no rules of its own and is read as written).
fn geographic_kind(w: &str) -> Option<PlaceCase> {
    match w {
        "rzeki" | "jeziora" | "wyspy" | "zatoki" | "półwyspu" | "pustyni" => {
            Some(PlaceCase::Genitive)
        }
        "rzece" | "jeziorze" | "wyspie" | "zatoce" | "półwyspie" => Some(PlaceCase::Locative),
        "rzeka" | "rzekę" | "rzeką" | "jezioro" | "jeziorem" | "wyspa" | "wyspę" | "wyspą"
        | "zatoka" | "półwysep" | "pustynia" => Some(PlaceCase::Nominative),
        // A range keeps its name in the nominative: "w górach Tienszan", "górami Atlas".
        "górach" | "górami" | "gór" => Some(PlaceCase::Nominative),
        _ => None,
    }
}

/// "Ziemi Wąwolnickiej", "Ziemię Kłodzką": a historical land named by its adjective, which
/// agrees with "Ziemia" (the lemma is "Ziemia Wąwolnicka").
fn land(text: &str, w: &Word, next: &Word) -> Option<Span> {
    let forms = ["Ziemia", "Ziemi", "Ziemię", "Ziemią"];
    let adjectival = [
        "skiej", "ckiej", "dzkiej", "ska", "cka", "dzka", "ską", "cką", "dzką",
    ];
    // Asked of every word: the cheap tests first, the nominative only for a land.
    let fits = forms.contains(&w.text)
        && joined(text, w, next)
        && is_capitalized(next.text)
        && adjectival.iter().any(|e| next.text.ends_with(e));
    if !fits {
        return None;
    }
    let adjective = adjective_nominative(next.text, NounGender::Feminine)?;
    Some(place(w.start, next.end, format!("Ziemia {adjective}")))
}

/// A word for a settlement or an administrative unit, after which a capitalised word is
/// its name: "gminy Jasło", "sołectwo Bierówka", "wsi Osobnica".
pub(crate) fn is_gmina_word(w: &str) -> bool {
    matches!(
        w,
        "gmina"
            | "gminy"
            | "gminie"
            | "gminę"
            | "gminą"
            | "Gmina"
            | "Gminy"
            | "Gminie"
            | "gminach"
            | "gmin"
            // Inside names: "Rada Miasta Krosna", "Biblioteka Gminy i Miasta Dukla",
            // "Stowarzyszenie Rozwoju Wsi Kożuchów".
            | "Miasta"
            | "Mieście"
            | "Wsi"
            | "miasto"
            | "miasta"
            | "mieście"
            | "miejscowości"
            | "sołectwo"
            | "sołectwa"
            | "sołectwie"
            | "wsi"
            | "wieś"
            | "wsiach"
            | "miejscowościach"
            | "osiedle"
            | "osiedla"
            | "osiedlu"
            | "osiedlem"
            | "dzielnica"
            | "dzielnicy"
            | "dzielnicę"
            // "uzdrowiska Rymanów-Zdrój", "miasteczka Kazimierz Dolny".
            | "uzdrowisko"
            | "uzdrowiska"
            | "uzdrowisku"
            | "uzdrowiskiem"
            | "miasteczko"
            | "miasteczka"
            | "miasteczku"
            | "miejscowość"
    )
}

/// One-word places `lemma_of` names among `words`, where no place was found yet.
fn single_words(
    words: &[Word],
    found: &[Span],
    lemma_of: impl Fn(&Word) -> Option<String>,
) -> Vec<Span> {
    // The lemma first: it rejects almost every word in a lookup, the overlap test scans `found`.
    words
        .iter()
        .filter_map(|w| Some((w, lemma_of(w)?)))
        .filter(|(w, _)| !overlaps_any(found, w.start, w.end))
        .map(|(w, lemma)| place(w.start, w.end, lemma))
        .collect()
}

/// "Grodzieńszczyzny", "na Sądecczyźnie": a land named after its town with -czyzna, in any
/// case. Not a sentence's first word unless the lexicon knows it as a place, nor a common
/// word of that ending ("Ojczyzna", "Polszczyzna", "Mężczyzna").
fn land_in_czyzna(text: &str, w: &Word) -> Option<String> {
    const ENDINGS: &[&str] = &["czyzna", "czyzny", "czyźnie", "czyznę", "czyzną"];
    let stem = ENDINGS.iter().find_map(|e| w.text.strip_suffix(e))?;
    if stem.chars().count() < 4 || !is_capitalized(stem) {
        return None;
    }
    let readings = lexicon::analyse(w.text);
    let first = at_sentence_start(text, w) || opens_line(text, w.start);
    if (first && !has_place_reading(&readings)) || lexicon::only_common_readings(&readings) {
        return None;
    }
    Some(format!("{stem}czyzna"))
}

/// The Earth, the Sun, the Moon and the planets are places in the NKJP typology ("obrotów
/// Ziemi wokół Słońca", "Dzień Ziemi"). Only with a capital inside a sentence: "ziemia"
/// (soil) and "słońce" (sunshine) are common words, and so is a sentence's first word.
fn celestial_body(text: &str, w: &Word) -> Option<&'static str> {
    #[rustfmt::skip]
    const BODIES: &[(&str, &[&str])] = &[
        ("Ziemia", &["Ziemia", "Ziemi", "Ziemię", "Ziemią"]),
        ("Słońce", &["Słońce", "Słońca", "Słońcu", "Słońcem"]),
        ("Księżyc", &["Księżyc", "Księżyca", "Księżycowi", "Księżycem", "Księżycu"]),
        ("Merkury", &["Merkurego", "Merkurym"]),
        ("Wenus", &["Wenus"]),
        ("Mars", &["Marsa", "Marsie", "Marsem"]),
        ("Jowisz", &["Jowisz", "Jowisza", "Jowiszu", "Jowiszem"]),
        ("Saturn", &["Saturn", "Saturna", "Saturnie", "Saturnem"]),
        ("Uran", &["Urana", "Uranie"]),
        ("Neptun", &["Neptuna", "Neptunie"]),
    ];
    // Asked of every word of every text: one hash lookup, not a scan of the table.
    static FORMS: std::sync::LazyLock<HashMap<&str, &str, Fnv>> = std::sync::LazyLock::new(|| {
        BODIES
            .iter()
            .flat_map(|(lemma, forms)| forms.iter().map(move |f| (*f, *lemma)))
            .collect()
    });
    let lemma = *FORMS.get(w.text)?;
    // "Ziemi Żmigrodzkiej", "Ziemi jasielskiej": a region, not the planet.
    let rest = &text[w.end..];
    let after_spaces = rest.trim_start_matches(' ');
    let next = &after_spaces[..after_spaces
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(after_spaces.len())];
    let region = after_spaces.len() < rest.len()
        && (next.starts_with(char::is_uppercase) || next.ends_with("ej"));
    (!region && !at_sentence_start(text, w) && !opens_line(text, w.start)).then_some(lemma)
}

/// A dateline: a town in capitals opening a line, a full stop after it ("KWIDZYN. Napad na
/// hurtownię…", "JASŁO. Biblioteka zaprasza…"). Returns the place's lemma.
pub(crate) fn dateline(text: &str, w: &Word) -> Option<String> {
    // Asked of every word by the acronym finder too: the cheap tests first.
    let capitals = w.text.chars().all(|c| c.is_uppercase());
    if !capitals || !text[w.end..].starts_with('.') || w.text.chars().count() < 3 {
        return None;
    }
    if !opens_line(text, w.start) {
        return None;
    }
    known_place_lemma(&crate::polish::capitalise(&w.text.to_lowercase()))
}

/// The nominative of a word the gazetteer or the lexicon (not its guesser) knows as a place.
pub(crate) fn known_place_lemma(word: &str) -> Option<String> {
    gazetteer::lookup(word).map(String::from).or_else(|| {
        lexicon::analyse(word)
            .iter()
            .find(|a| a.class == WordClass::Place)
            .map(|a| a.lemma.clone())
    })
}

/// A place starting at word `i`: one capitalised word, or two when the second agrees
/// ("Nowym Żmigrodzie", "Kalwarii Zebrzydowskiej"). Returns the span and words used.
fn place_at(
    text: &str,
    written: &Written,
    words: &[Word],
    i: usize,
    case: PlaceCase,
    orgs: &Orgs,
) -> Option<(Span, usize)> {
    let first = words.get(i)?;
    // "do Republiki Federalnej Niemiec", "Miasta Ruda Śląska": a known name of three or
    // two words, taken whole.
    for n in [3, 2] {
        if let Some((end, known)) = known_name_of(text, words, i, n) {
            return Some((place(first.start, end, known.to_string()), n));
        }
    }
    if !is_place_word(first.text)
        || starts_org_head(text, words, i, orgs)
        || is_periodical(first.text)
        || (case == PlaceCase::Genitive && instrumental_no_place(first.text))
    {
        return None;
    }
    if let Some(found) = spaced_hyphen_place(text, words, i) {
        return Some(found);
    }
    // "w Kijowie Polska jest…": a second known place is a new phrase, not part of the name.
    // "w Hamburgu Nagroda…", "Wrocławiu Wiesbaden": a common noun, or a second place
    // after a place, starts something else.
    let second = words.get(i + 1).filter(|s| {
        joined(text, first, s)
            && is_place_word(s.text)
            && names::first_name(s.text).is_none()
            && gazetteer::lookup(s.text).is_none()
            && !(only_place(first.text) && (only_place(s.text) || only_common(s.text)))
    });
    // "z Ekologiem Zduńska Wola": a common noun (a club's name) before an adjective and a
    // place's noun is no part of that place's name.
    let before_a_known_place = || {
        only_common(first.text)
            && adjective(first.text).is_none()
            && adjective(words[i + 1].text).is_some()
            && words.get(i + 2).is_some_and(|t| {
                joined(text, &words[i + 1], t)
                    && lexicon::analyse(t.text)
                        .iter()
                        .any(|a| a.class == WordClass::Place)
            })
    };
    // "z Koziołkiem Matołkiem": after "z", two nouns in the instrumental (the second only a
    // common word) are a companion's name, not a place of origin; "z Nowym Targiem" opens
    // with an adjective.
    let companion = |s: &Word| {
        case == PlaceCase::Genitive
            && adjective(first.text).is_none()
            && s.text.ends_with("em")
            && adjective(s.text).is_none()
            && only_common(s.text)
    };
    let (end, lemma, used) = match second {
        Some(_) if before_a_known_place() => return None,
        Some(s) if companion(s) => return None,
        Some(s) if org_head(s.text).is_none() => {
            (s.end, two_word_lemma(written, first.text, s.text, case), 2)
        }
        // A proper noun SGJP gives no name class is a place where a body's seat names it
        // ("Ośrodek Szkolno-Wychowawczy w Ustjanowej"); elsewhere too often a title or brand.
        _ if only_common(first.text) && !orgs.seat_named(first.text) => return None,
        _ => (first.end, best_candidate(written, first.text, case), 1),
    };
    Some((place(first.start, end, lemma), used))
}

/// "w Bielsku - Białej", "z Kędzierzyna – Koźla": a hyphenated town written with spaces
/// around its dash, where the name without them is a known place.
fn spaced_hyphen_place(text: &str, words: &[Word], i: usize) -> Option<(Span, usize)> {
    let (first, second) = (words.get(i)?, words.get(i + 1)?);
    if !matches!(&text[first.end..second.start], " - " | " – ") || !is_capitalized(second.text) {
        return None;
    }
    let joined = format!("{}-{}", first.text, second.text);
    let lemma = gazetteer::lookup(&joined).map(str::to_string).or_else(|| {
        lexicon::analyse(&joined)
            .iter()
            .find(|a| a.class == WordClass::Place)
            .map(|a| a.lemma.clone())
    })?;
    let span = place(first.start, second.end, lemma);
    Some((span, 2))
}

/// Nouns that head the titles of periodicals and official journals: "w Biuletynie Informacji
/// Publicznej", "w Dzienniku Ustaw", "w Gazecie Wyborczej" name where something was
/// published, not a place, though a preposition and capitals stand as before "w Jaśle".
const PERIODICALS: [&str; 12] = [
    "biuletyn",
    "dziennik",
    "gazeta",
    "monitor",
    "kurier",
    "tygodnik",
    "miesięcznik",
    "kwartalnik",
    "rocznik",
    "przegląd",
    "informator",
    "nowiny",
];

/// A word one of whose readings has its lemma in [`PERIODICALS`].
fn is_periodical(word: &str) -> bool {
    lexicon::analyse(word)
        .iter()
        .any(|a| PERIODICALS.contains(&a.lemma.as_str()))
}

/// The lexicon knows the word, and only as a common word: "w Niedzielę", "w Sieci",
/// "w Ciebie" written with a capital are no places (SGJP lists villages as places, so a
/// village named like a noun still has its place reading).
fn only_common(word: &str) -> bool {
    lexicon::known_only_as(word, WordClass::Common)
}

/// Every reading the lexicon has (there is one at least) is a place, none guessed.
fn only_place(word: &str) -> bool {
    lexicon::known_only_as(word, WordClass::Place)
}

fn is_place_word(w: &str) -> bool {
    is_capitalized(w)
        && w.chars().count() >= 2
        && !is_acronym(w)
        && !w.chars().any(|c| c.is_ascii_digit())
        && !NOT_PLACES.contains(&w)
        && names::first_name(w).is_none()
        && !crate::polish::months::is_month_name(w)
}

/// The word (or the adjective before it) is the head of an organization's name.
fn starts_org_head(text: &str, words: &[Word], i: usize, orgs: &Orgs) -> bool {
    let w = &words[i];
    let in_org_head = orgs.starts.contains(&w.start);
    // Only spaces between: "Hiszpania: Policja aresztowała", "szczyt Rosja - Unia" are no names.
    // No adjective ends in -ach ("w Ropczycach Oddział w Czarnej" is a seat, then a branch),
    // and a well-known place's form is none unless it is also an adjective's ("w Polsce
    // Teatr Duchowny", but "Polska Akademia Nauk").
    let adj_then_head = !w.text.ends_with("ach")
        && (gazetteer::lookup(w.text).is_none() || adjective(w.text).is_some())
        && words
            .get(i + 1)
            .is_some_and(|n| joined(text, w, n) && org_head(n.text).is_some());
    org_head(w.text).is_some() || in_org_head || adj_then_head
}

/// The nominative candidate the document itself confirms (it writes "gminy Jasło"
/// somewhere), else the first rule's guess.
fn best_candidate(written: &Written, form: &str, case: PlaceCase) -> String {
    if let Some(known) = gazetteer::lookup(form) {
        return known.to_string();
    }
    // "Rymanowa-Zdroju", "Siedliskach-Bogusz": unknown as a whole, each part declines (or
    // not) on its own.
    if let Some((a, b)) = form.split_once('-') {
        // A spa's "-Zdrój" vouches for the first part too ("Wysowej-Zdroju": SGJP knows
        // Wysowa only as a common noun), as does a known place after the hyphen
        // ("Czerwionce-Leszczynach": SGJP has Czerwionka only as a surname).
        let spa = matches!(b, "Zdrój" | "Zdroju" | "Zdrojem");
        let known_first = spa || known_place_lemma(a).is_some() || known_place_lemma(b).is_some();
        if known_first && is_capitalized(b) && lexicon::analyse(form).is_empty() {
            return format!(
                "{}-{}",
                best_candidate(written, a, case),
                hyphen_part(written, b, case)
            );
        }
    }
    // SGJP knows most Polish villages: its place reading beats any ending rule.
    let readings = lexicon::analyse(form);
    let first_three: Vec<&str> = place_lemmas(&readings).collect();
    // A plural's locative may have its plural lemma past the first three readings
    // ("Lipinach": Lipin, Lipina, …, Lipiny; "Piaskach": the surname Piasek twice, then the
    // place Piasek, then Piaski); every reading comes in the same order.
    let all = form
        .ends_with("ach")
        .then(|| lexicon::all_place_lemmas(form));
    let mut known: Vec<&str> = match &all {
        Some(all) => all.iter().map(String::as_str).collect(),
        None => first_three,
    };
    // "w Piasecznie" is Piaseczno's: a soft feminine in -nia has its locative in -ni
    // (Jeleśnia, w Jeleśni), though SGJP also offers a village Piasecznia.
    if form.ends_with("nie") && known.len() > 1 {
        known.sort_by_key(|l| l.ends_with("nia"));
    }
    // SGJP declines a singular village in the plural too: "w Szeligach" is the locative of
    // Szeligi; Szeliga's own is "w Szelidze".
    let plural = |l: &&&str| form.ends_with("ach") && l.ends_with(['i', 'y', 'e']);
    // A neuter name in -o that is itself one of its lemmas is that nominative: SGJP also
    // reads "Zbójno" as the vocative of Zbójna, which place names never take. (Other
    // endings are no such sign: "Odry", "Mosiny" are genitives, though villages Odry and
    // Mosiny exist.)
    // A town in -ów named in the nominative ("gmina Żarów"): SGJP may read the form only as
    // a genitive plural (of Żary, of Żarowo), but its locative shows the town.
    if case == PlaceCase::Nominative && !known.contains(&form) {
        if let Some(stem) = form.strip_suffix("ów") {
            let locative = lexicon::analyse(&format!("{stem}owie"));
            if place_lemmas(&locative).any(|l| l == form) {
                return form.to_string();
            }
        }
    }
    let lemma = known
        .iter()
        .find(|l| form.ends_with('o') && **l == form)
        // The form itself is written, but an oblique case is no evidence for its own
        // spelling: "w Ostrowie" is Ostrów's locative, though a village Ostrowie exists.
        .or_else(|| {
            let itself = |l: &&&str| case != PlaceCase::Nominative && **l == form;
            known.iter().find(|l| written.contains(l) && !itself(l))
        });
    if lemma.is_none() && case == PlaceCase::Genitive && !known.is_empty() {
        if let Some(declined) = genitive_lemma(form) {
            return declined;
        }
    }
    // "w Targowiskach": a neuter plural in -a, when no plural in -i/-y/-e is offered
    // (Szeligi before Szeliga).
    let neuter_plural = |l: &&&str| form.strip_suffix("ch") == Some(**l);
    if let Some(lemma) = lemma
        .or_else(|| known.iter().find(plural))
        .or_else(|| known.iter().find(neuter_plural))
        .or(known.first())
    {
        return lemma.to_string();
    }
    // A proper noun SGJP gives no name class ("Sępólnie" → Sępólno): still its lemma.
    let proper = readings
        .iter()
        .find(|a| a.class == WordClass::Common && is_capitalized(&a.lemma));
    if let Some(a) = proper {
        return a.lemma.clone();
    }
    let candidates = place_candidates(form, case);
    // "w Bardejowie … do Bardejowa": a word the page writes confirms a candidate unless it
    // is another candidate's genitive.
    let a_genitive = |c: &String| {
        place_candidates(c, PlaceCase::Genitive)
            .iter()
            .any(|g| g != c && candidates.contains(g))
    };
    candidates
        .iter()
        .find(|c| *c != form && written.contains(c) && !a_genitive(c))
        .unwrap_or(&candidates[0])
        .clone()
}

/// The second part of a hyphenated place: a place word, or a common noun written with a
/// capital ("Zdroju" → Zdrój), or an undeclined name ("Bogusz").
fn hyphen_part(written: &Written, part: &str, case: PlaceCase) -> String {
    let place = best_candidate(written, part, case);
    let known = gazetteer::lookup(part).is_some() || known_place_lemma(part).is_some();
    if known || case == PlaceCase::Nominative {
        return place;
    }
    // A common noun's own lemma ("Osiedlu" → Osiedle, where the ending rules guess
    // "Osiedl"). Nouns only: an adjective's lemma ("Białej" → biały) would be in the wrong
    // gender.
    lexicon::analyse(part)
        .iter()
        .find(|a| a.class == WordClass::Common && !a.is_adjective_lemma())
        .map(|a| crate::polish::capitalise(&a.lemma))
        .unwrap_or(place)
}

/// What every finder of places after the first pass reads: the text, its words, the words
/// it writes and the organizations found before.
#[derive(Clone, Copy)]
struct Page<'p> {
    text: &'p str,
    written: &'p Written<'p>,
    words: &'p [Word<'p>],
    orgs: &'p Orgs<'p>,
}

impl<'p> Page<'p> {
    fn parts(&self) -> (&'p str, &'p Written<'p>, &'p [Word<'p>], &'p Orgs<'p>) {
        (self.text, self.written, self.words, self.orgs)
    }
}

/// A finder of places run on a whole page, given the places found so far.
type Finder = for<'p> fn(&Page<'p>, &[Span]) -> Vec<Span>;

/// The organizations found before the places, as the per-word tests ask about them: where
/// their names start (a head word is no place) and what they cover.
struct Orgs<'t> {
    starts: HashSet<usize, Fnv>,
    covered: Covered,
    /// The first word after "w"/"we" inside each name: its seat ("… w Ustjanowej").
    seats: HashSet<&'t str, Fnv>,
}

impl<'t> Orgs<'t> {
    fn new(text: &'t str, orgs: &[Span]) -> Self {
        let seats = orgs
            .iter()
            .flat_map(|o| {
                let parts = text[o.start..o.end].split([' ', '\n']);
                parts
                    .clone()
                    .zip(parts.skip(1))
                    .filter(|(word, _)| matches!(*word, "w" | "we"))
                    .map(|(_, seat)| seat)
            })
            .collect();
        Orgs {
            starts: orgs.iter().map(|o| o.start).collect(),
            covered: Covered::new(orgs),
            seats,
        }
    }

    /// A body's name on the page has its seat in `word`: a proper noun SGJP gives no name
    /// class is then the place wherever the page writes it ("Filie w Ustjanowej").
    fn seat_named(&self, word: &str) -> bool {
        self.seats.contains(word) && !lexicon::only_common_word(word)
    }
}

/// The words a document writes, to ask "does the text write this lemma somewhere" (it
/// writes "gminy Jasło", so "w Jaśle" is Jasło): built on the first question, so each
/// question is a hash lookup instead of a scan of the whole text (quadratic on a long dump).
struct Written<'t> {
    text: &'t str,
    words: OnceCell<HashSet<&'t str, Fnv>>,
}

impl<'t> Written<'t> {
    fn new(text: &'t str) -> Self {
        Written {
            text,
            words: OnceCell::new(),
        }
    }

    /// `word` occurs with no letter or digit on either side.
    fn contains(&self, word: &str) -> bool {
        if word.is_empty() || !word.chars().all(char::is_alphanumeric) {
            return contains_word(self.text, word);
        }
        let text = self.text;
        let words = self.words.get_or_init(|| {
            text.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect()
        });
        words.contains(word)
    }
}

/// "Nowym Żmigrodzie" → "Nowy Żmigród"; "Kalwarii Zebrzydowskiej" → "Kalwaria Zebrzydowska".
fn two_word_lemma(written: &Written, a: &str, b: &str, case: PlaceCase) -> String {
    if let Some(known) = gazetteer::lookup(&format!("{a} {b}")) {
        return known.to_string();
    }
    let adjective_like = |w: &str| {
        ["ym", "im", "ej", "iej", "ą", "ego", "iego", "ich", "ych"]
            .iter()
            .any(|s| w.ends_with(s))
    };
    if case != PlaceCase::Nominative {
        if let Some(adj) = plural_adjective_nominative(b) {
            // "Łęk Dukielskich", "w Wadowicach Dolnych": a plural name, both words plural.
            // The lexicon's first place reading may be a singular village ("Łęka"), so the
            // noun comes from the plural ending rules ("Łękach" → Łęki).
            let mut noun = match gazetteer::lookup(a) {
                Some(known) => known.to_string(),
                None => {
                    let candidates = place_candidates(a, case);
                    let confirmed = candidates.iter().find(|c| *c != a && written.contains(c));
                    confirmed.unwrap_or(&candidates[0]).clone()
                }
            };
            if noun == a && a.ends_with(['k', 'g']) {
                noun.push('i');
            }
            // "z Uherzec Mineralnych": a genitive plural without an ending, which the
            // lexicon declines ("Uherce") where the ending rules cannot.
            if noun == a {
                let known = best_candidate(written, a, case);
                if known.ends_with(['e', 'i', 'y']) {
                    noun = known;
                }
            }
            // A noun no plural rule changed ("Emiratów", "Dworek") is not this kind of name.
            if noun != a {
                return format!("{noun} {adj}");
            }
        }
    }
    if case != PlaceCase::Nominative {
        if let Some(both) = two_adjectives(a, b) {
            return both;
        }
    }
    if case != PlaceCase::Nominative && adjective_like(a) {
        let noun = noun_of_a_name(written, b, case);
        // "Tarnowskich Gór" → Tarnowskie Góry: a plural noun takes a plural adjective.
        if let Some(adj) = plural_adjective_nominative(a).filter(|_| noun.ends_with(['i', 'y'])) {
            return format!("{adj} {noun}");
        }
        let (noun, gender) = agreeing(&noun, b, a, gender_of(&noun));
        let adj = adjective_nominative(a, gender).unwrap_or_else(|| a.to_string());
        format!("{adj} {noun}")
    } else if case != PlaceCase::Nominative && adjective_like(b) {
        let noun = noun_of_a_name(written, a, case);
        let (noun, gender) = agreeing(&noun, a, b, gender_of(&noun));
        let adj = adjective_nominative(b, gender).unwrap_or_else(|| b.to_string());
        format!("{noun} {adj}")
    } else {
        format!("{a} {b}")
    }
}

/// The noun of a two-word name in the nominative. "w Suchym Lesie" → Suchy Las: a noun
/// SGJP knows only as a common word ("las") keeps that word's nominative, which the ending
/// rules cannot rebuild ("Les").
fn noun_of_a_name(written: &Written, noun: &str, case: PlaceCase) -> String {
    let readings = lexicon::analyse(noun);
    let common = readings
        .iter()
        .find(|r| r.class == WordClass::Common && !r.is_adjective_lemma())
        .filter(|_| !has_place_reading(&readings))
        .map(|r| crate::polish::capitalise(&r.lemma));
    common.unwrap_or_else(|| best_candidate(written, noun, case))
}

/// "z Oddziałami Integracyjnymi": after "z" a noun in the instrumental is "with", no place
/// of origin, unless it is a plural town's ("z Katowicami").
fn instrumental_no_place(word: &str) -> bool {
    if word.ends_with("ami") {
        return !place_lemmas(&lexicon::analyse(word)).any(|l| l.ends_with(['i', 'y', 'e']));
    }
    ["em", "ą"].iter().any(|e| word.ends_with(e)) && only_common(word)
}

/// After "z", "do", "koło": the form is a genitive, so a lemma that differs from it (the
/// name it declines) beats one spelled like it ("z Soliny" → Solina, not Soliny; "do
/// Miechowa" → Miechów, not Miechowa). A genitive without an ending is a plural's ("z
/// Lipinek" → Lipinki), and one in -owa a town in -ów before a village in -owo ("z
/// Chrzanowa" → Chrzanów). Every lexicon reading counts, not only the first three. None
/// when only the form itself is offered (an indeclinable name).
fn genitive_lemma(form: &str) -> Option<String> {
    let others: Vec<String> = lexicon::all_place_lemmas(form)
        .into_iter()
        .filter(|l| l != form)
        .collect();
    let ends_in_consonant = !form.ends_with(['a', 'e', 'i', 'o', 'u', 'y', 'ą', 'ę']);
    // A masculine town's genitive in -a before a neuter village's: "z Cieszyna" → Cieszyn.
    let masculine = |l: &&String| !l.ends_with(['a', 'e', 'i', 'o', 'u', 'y']);
    let preferred = if ends_in_consonant {
        (others.iter().find(|l| l.ends_with(['i', 'y', 'e'])))
            .or_else(|| others.iter().find(|l| l.ends_with('a')))
    } else if form.ends_with("owa") {
        others.iter().find(|l| l.ends_with("ów"))
    } else if form.ends_with('a') {
        others.iter().find(masculine)
    } else {
        None
    };
    preferred.or(others.first()).cloned()
}

/// The lexicon's masculine place lemma of a form, else its neuter one: a town's name
/// before an adjective is masculine more often ("Tomaszowa Mazowieckiego") than neuter.
fn not_feminine_reading(form: &str) -> Option<String> {
    let readings = lexicon::analyse(form);
    let mut places = place_lemmas(&readings);
    let lemma = places
        .clone()
        .find(|l| !l.ends_with(['a', 'o', 'e', 'i', 'y']))
        .or_else(|| places.find(|l| l.ends_with(['o', 'e'])));
    lemma.map(String::from)
}

/// The lexicon reads the word as a place, among other readings or alone.
pub(super) fn has_place_reading(readings: &[lexicon::Analysis]) -> bool {
    place_lemmas(readings).next().is_some()
}

/// The lexicon reads the word as a place and never as a common word ("Krakowa"; not
/// "Żołnierza", "Oddziałami").
pub(super) fn place_not_common(readings: &[lexicon::Analysis]) -> bool {
    has_place_reading(readings) && !readings.iter().any(|a| a.class == WordClass::Common)
}

/// A place written as its own nominative, as SGJP or the gazetteer has it ("Torzym",
/// "Kędzierzyn"), though it may end like an adjective's case.
pub(super) fn names_itself(word: &str) -> bool {
    lexicon::all_place_lemmas(word).iter().any(|l| l == word)
        || gazetteer::lookup(word) == Some(word)
}

/// The ending of an adjective in the nominative, singular or plural ("Opolskie",
/// "Tarnowska"; not "Opolskiej").
pub(super) fn nominative_adjective_ending(word: &str) -> bool {
    word.ends_with(['a', 'y', 'i', 'e']) && !word.ends_with("ej")
}

/// The lemmas of a word's place readings, in the lexicon's order.
fn place_lemmas(readings: &[lexicon::Analysis]) -> impl Iterator<Item = &str> + Clone {
    readings
        .iter()
        .filter(|a| a.class == WordClass::Place)
        .map(|a| a.lemma.as_str())
}

/// A name of two adjectives, each declining: "Rudnej Wielkiej" → Rudna Wielka, "Starej
/// Białej" → Stara Biała, and the old neuter locative "Wysokiem Mazowieckiem" → Wysokie
/// Mazowieckie.
fn two_adjectives(a: &str, b: &str) -> Option<String> {
    if a.ends_with("ej") && b.ends_with("ej") {
        let nominative = |w: &str| adjective_nominative(w, NounGender::Feminine);
        return Some(format!("{} {}", nominative(a)?, nominative(b)?));
    }
    // An adjective's ending, not a noun's ("z Koziołkiem Matołkiem" is a storybook goat).
    let adjectival =
        ["skiem", "ckiem", "dzkiem"].iter().any(|e| b.ends_with(e)) && a.ends_with("em");
    adjectival.then(|| format!("{} {}", &a[..a.len() - 1], &b[..b.len() - 1]))
}

/// "Dukielskich" → Dukielskie, "Dolnych" → Dolne: a plural adjective in the genitive or
/// locative, in the nominative plural of a place name.
pub(super) fn plural_adjective_nominative(word: &str) -> Option<String> {
    let stem = word.strip_suffix("ich").map(|s| format!("{s}ie"));
    stem.or_else(|| word.strip_suffix("ych").map(|s| format!("{s}e")))
        .filter(|nominative| nominative.chars().count() >= 4 && is_capitalized(word))
}

/// The noun's lemma and gender as its adjective shows them: "Starej Wsi" is feminine
/// although "Wieś" ends like a masculine noun, and "w Łubnie Szlacheckim" names Łubno, not
/// the "Łubna" the ending rules guessed.
fn agreeing(
    noun: &str,
    written: &str,
    adjective: &str,
    guessed: NounGender,
) -> (String, NounGender) {
    // An adjective in -ego (a masculine or neuter genitive) agrees with no feminine noun:
    // "Makowa Podhalańskiego" is Maków, not the village Makowa the lexicon lists first.
    if adjective.ends_with("ego") && noun.ends_with('a') {
        if let Some(other) = not_feminine_reading(written) {
            let gender = gender_of(&other);
            return (other, gender);
        }
    }
    if adjective.ends_with("ej") || adjective.ends_with('ą') {
        // "w Porębie Wielkiej": a feminine adjective takes the form's feminine name
        // (Poręba, which SGJP lists as a surname), not the masculine place listed first
        // (Porąb). Only a locative in -ie: "Nowej Soli" is Sól's, a feminine noun too.
        let proper = |a: &&lexicon::Analysis| {
            matches!(a.class, WordClass::Place | WordClass::Surname) && a.lemma.ends_with('a')
        };
        let feminine = if !noun.ends_with('a') && written.ends_with("ie") {
            lexicon::analyse(written)
                .iter()
                .find(proper)
                .map(|a| a.lemma.clone())
        } else {
            None
        };
        let noun = feminine.unwrap_or_else(|| noun.to_string());
        return (noun, NounGender::Feminine);
    }
    // Only a locative in -ie (or -rze: "w Jeziorze Charzykowskim") before a locative
    // adjective: "Monitora Sądowego" keeps its masculine noun.
    let neuter_locative = ["ym", "im"].iter().any(|e| adjective.ends_with(e))
        && (written.ends_with("ie") || written.ends_with("rze"));
    if !neuter_locative || guessed != NounGender::Feminine {
        return (noun.to_string(), guessed);
    }
    match noun.strip_suffix('a') {
        Some(stem) => (format!("{stem}o"), NounGender::Neuter),
        None => (noun.to_string(), guessed),
    }
}

fn gender_of(noun: &str) -> NounGender {
    if noun.ends_with('a') {
        NounGender::Feminine
    } else if noun.ends_with(['o', 'e']) {
        NounGender::Neuter
    } else {
        NounGender::Masculine
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extraction::tokens::words;

    fn lemmas(text: &str) -> Vec<String> {
        find(text, &words(text), &[])
            .into_iter()
            .map(|s| s.lemma)
            .collect()
    }

    #[test]
    fn a_list_of_places_stops_at_an_office_and_a_river_town_is_named_in_full() {
        assert_eq!(
            lemmas("Pomogli Oddział w Łodzi oraz Prezydent Miasta Zduńska Wola."),
            ["Łódź", "Zduńska Wola"]
        );
        assert_eq!(
            lemmas("Jedziemy do Rudnika nad Sanem, potem do Brzegu nad Odrą."),
            ["Rudnik nad Sanem", "San", "Brzeg nad Odrą", "Odra"]
        );
        // After "z", two nouns in the instrumental are a companion, an adjective a town.
        assert_eq!(
            lemmas("Zajęcia z Koziołkiem Matołkiem i współpraca z Nowym Targiem."),
            ["Nowy Targ"]
        );
    }

    #[test]
    fn friends_of_a_village_the_page_names() {
        // "Bukowiec" is also a common noun; the page's "w Bukowcu" says which it is here.
        assert_eq!(
            lemmas("Filia w Bukowcu. Towarzystwo Przyjaciół Bukowca wydało książkę."),
            ["Bukowiec", "Bukowiec"]
        );
        assert!(lemmas("Towarzystwo Przyjaciół Bukowca wydało książkę.").is_empty());
    }

    #[test]
    fn an_adjective_in_ego_takes_a_masculine_or_neuter_noun() {
        let found = lemmas("Zdjęcia przysłali mieszkańcy Stryszawy i Makowa Podhalańskiego.");
        assert!(
            found.contains(&"Maków Podhalański".to_string()),
            "{found:?}"
        );
        let found = lemmas("Wypoczywaliśmy w okolicy Starego Osieczna.");
        assert_eq!(found, ["Stare Osieczno"]);
    }

    #[test]
    fn a_seat_before_a_branch_is_a_place() {
        let found = lemmas("Nagrody ufundował Bank Spółdzielczy w Ropczycach Oddział w Czarnej.");
        assert_eq!(found, ["Ropczyce", "Czarna"]);
    }

    #[test]
    fn a_neuter_name_in_its_own_form_is_its_own_nominative() {
        // "Zbójna" written too would otherwise confirm SGJP's other reading of "Zbójno".
        let found = lemmas("Wkład własny pokryła gmina Zbójno. Zapraszamy mieszkańców Zbójna.");
        assert_eq!(
            found.first().map(String::as_str),
            Some("Zbójno"),
            "{found:?}"
        );
    }

    #[test]
    fn a_country_in_a_laws_title_is_no_mention_of_the_place() {
        let l = lemmas(
            "Zgodnie z art. 2 Konstytucji Rzeczypospolitej Polskiej, a nie z konstytucją Rosji.",
        );
        assert_eq!(l, ["Rosja"]);
    }

    #[test]
    fn a_periodical_after_a_preposition_is_no_place() {
        let l = lemmas(
            "Wyniki ogłoszono w Biuletynie Informacji Publicznej, w Dzienniku Ustaw \
             i w Gazecie Jasielskiej, a nabór odbył się w Jaśle.",
        );
        assert_eq!(l, ["Jasło"]);
    }

    #[test]
    fn a_place_that_is_also_a_common_noun_after_a_preposition() {
        let l = lemmas("Walczono na Kaukazie, a fala stoi nad Odrą. Wody amazonki są ciepłe.");
        assert_eq!(l, ["Kaukaz", "Odra"]);
        // The lemma is the place's, not the common noun's or the surname's.
        assert_eq!(
            lemmas("Spotkanie odbyło się na Jawie i na Bemowie."),
            ["Jawa", "Bemowo"]
        );
        // An adjective joins its place, and a noun opening a longer name is no place.
        assert_eq!(lemmas("Mieszka na Dolnym Śląsku."), ["Dolny Śląsk"]);
        assert!(lemmas("Złożyli wieniec przed Grobem Nieznanego Żołnierza.")
            .iter()
            .all(|l| l != "Grób"));
    }

    #[test]
    fn a_place_that_is_also_a_common_noun_in_a_list_of_places() {
        let l = lemmas("Mieszkańców zyskują Sokolniki, Helenów i Grotniki.");
        assert_eq!(l, ["Sokolniki", "Helenów", "Grotniki"]);
        // Not outside a list: "sokolniki" are falconers too.
        assert!(lemmas("Ptaki lubią Sokolniki bardzo.").is_empty());
    }

    #[test]
    fn a_list_of_places_takes_two_word_names_and_goes_on_after_i() {
        let l = lemmas("Zdjęcia mieszkańców Brzozowa, Humnisk, Starej Wsi i Zmiennicy.");
        assert_eq!(l, ["Brzozowa", "Humniska", "Stara Wieś", "Zmiennica"]);
        // "Jedlicze" has a capitalised common reading spelled like its place lemma.
        let l = lemmas("Przyjechały bibliotekarki z gmin Chorkówka, Jedlicze i Korczyna.");
        assert_eq!(l, ["Chorkówka", "Jedlicze", "Korczyna"]);
    }

    #[test]
    fn a_short_name_is_the_longer_one_the_page_gives() {
        assert_eq!(
            lemmas("Jedziemy do Kalwarii Zebrzydowskiej. Sanktuarium w Kalwarii jest otwarte."),
            ["Kalwaria Zebrzydowska", "Kalwaria Zebrzydowska"]
        );
    }

    #[test]
    fn a_feast_is_no_place() {
        assert_eq!(
            lemmas("W tym roku na Wielkanoc przyjechała do Krakowa."),
            ["Kraków"]
        );
    }

    #[test]
    fn the_town_of_its_residents_and_of_its_office() {
        assert_eq!(lemmas("Zebrali się mieszkańcy Goleniowa."), ["Goleniów"]);
        assert_eq!(
            lemmas("Fragment przeczytał burmistrz Leska Barbara Jaworska."),
            ["Lesko"]
        );
        // The office's holder, a nominative surname, is no town.
        assert!(lemmas("Wczoraj prezydent Kwaśniewski przyjechał.").is_empty());
        assert!(lemmas("Nowy burmistrz Nowak obiecał drogi.").is_empty());
    }

    #[test]
    fn a_form_of_a_place_named_elsewhere_on_the_page_takes_that_name() {
        // "Brzozowa" is a village's nominative and Brzozów's genitive; the page says which.
        let l = lemmas("Biblioteka w Brzozowie zaprosiła mieszkańców Brzozowa i Humnisk.");
        assert_eq!(l, ["Brzozów", "Brzozów", "Humniska"]);
    }

    #[test]
    fn the_names_listed_after_a_unit_word_are_places() {
        let l = lemmas("Najpopularniejsze są gminy Zgierz i Ozorków oraz Parzęczew.");
        let more = lemmas("Domy powstają w gminach Aleksandrów i Ozorków.");
        assert!(more.iter().any(|x| x == "Ozorków"), "{more:?}");
        for want in ["Zgierz", "Ozorków", "Parzęczew"] {
            assert!(l.iter().any(|x| x == want), "{want}: {l:?}");
        }
    }

    #[test]
    fn kuba_alone_is_a_boy_not_cuba() {
        assert!(lemmas("Kuba powiedział, że przyjdzie, a potem Kuba czytał.").is_empty());
        assert_eq!(
            lemmas("Wakacje spędził na Kubie, a z Kuby wrócił."),
            ["Kuba", "Kuba"]
        );
    }

    #[test]
    fn a_list_of_places_goes_on_after_czy_and_albo() {
        let l = lemmas("Działki w Grotnikach czy Sokolnikach, a domy w Janowie albo Dobroniu.");
        for want in ["Grotniki", "Sokolniki", "Janów", "Dobroń"] {
            assert!(l.iter().any(|x| x == want), "{want}: {l:?}");
        }
    }

    #[test]
    fn names_of_two_adjectives_regions_and_the_abbreviated_miejscowosc() {
        let l = lemmas(
            "Spotkania w Rudnej Wielkiej, w Starej Białej i w Wysokiem Mazowieckiem. \
             Mieszkańcy m. Kliszów jeździli na Mazury, a potem na Kociewiu i na Kujawach.",
        );
        for want in [
            "Rudna Wielka",
            "Stara Biała",
            "Wysokie Mazowieckie",
            "Kliszów",
            "Mazury",
            "Kociewie",
            "Kujawy",
        ] {
            assert!(l.iter().any(|x| x == want), "{want}: {l:?}");
        }
        // "m." before a name is miejscowość, not metres, and "wsi." ends a sentence.
        let l = lemmas("Przyszli mieszkańcy wsi. Nowak mówił. Bieg na 100 m. Nowak był drugi.");
        assert!(l.is_empty(), "{l:?}");
        // A known hyphenated town with spaces around its dash; a route stays two places.
        let l = lemmas("Zjazd w Bielsku - Białej. Pociąg z Krakowa - Zakopanego odjechał.");
        assert!(l.contains(&"Bielsko-Biała".to_string()), "{l:?}");
        assert!(l.contains(&"Kraków".to_string()), "{l:?}");
    }

    #[test]
    fn the_adjective_shows_the_gender_of_the_noun() {
        // "Wieś" ends like a masculine noun; "Łubnie" could be Łubna or Łubno, and only the
        // locative adjective in -im tells.
        let l = lemmas("Filie działają w Starej Wsi, w Łubnie Szlacheckim i w Woli Dalszej.");
        for want in ["Stara Wieś", "Łubno Szlacheckie", "Wola Dalsza"] {
            assert!(l.iter().any(|x| x == want), "{want}: {l:?}");
        }
    }

    #[test]
    fn the_earth_and_the_sun_inside_a_sentence() {
        let text = "Obroty Ziemi wokół Słońca trwają. Ziemia w ogródku jest sucha. Dzień Ziemi \
                    minął. Stowarzyszenie Przyjaciół Ziemi Żmigrodzkiej bada dzieje Ziemi jasielskiej.";
        // Ziemia Żmigrodzka and "Ziemia jasielska" are regions, not the planet; the first
        // word of a sentence is no evidence.
        let found = find(text, &words(text), &[]);
        let earth: Vec<&str> = found
            .iter()
            .filter(|s| s.lemma == "Ziemia" || s.lemma == "Słońce")
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(earth, ["Ziemi", "Słońca", "Ziemi"]);
    }

    #[test]
    fn adjectival_villages_and_no_place_in_a_courtesy_title() {
        let text = "Starostami byli Maria Dudek z Wirchnego i Pan Stanisław Ryba. Wycieczka \
                    do Zakopanego, nocleg w Zakopanem.";
        assert_eq!(lemmas(text), ["Wirchne", "Zakopane", "Zakopane"]);
        let text = "Świetlica we wsi Wola Dębowiecka, gm. Dębowiec, pow. jasielski.";
        assert_eq!(
            lemmas(text),
            ["Wola Dębowiecka", "Dębowiec", "powiat jasielski"]
        );
    }

    #[test]
    fn a_plural_name_without_a_preposition_takes_a_plural_adjective() {
        assert_eq!(
            lemmas("Zapraszamy mieszkańców Ustrzyk Dolnych na spotkanie."),
            ["Ustrzyki Dolne"]
        );
    }

    #[test]
    fn plural_villages_and_proper_nouns_sgjp_gives_no_class() {
        // "Szeligach" is a form of Szeliga too in SGJP, but -ach is the plural's locative.
        let text = "Filia w Szeligach i biblioteka w Sępólnie Krajeńskim.";
        assert_eq!(lemmas(text), ["Szeligi", "Sępólno Krajeńskie"]);
    }

    #[test]
    fn the_states_for_short() {
        let text = "Muzyka nagrywana jest w Stanach, a sprzęt przyszedł ze Stanów.";
        assert_eq!(lemmas(text), ["Stany Zjednoczone", "Stany Zjednoczone"]);
    }

    #[test]
    fn a_direction_after_a_place_is_part_of_its_name() {
        let text = "Pisze o Azji Środkowej i o Europie Środkowo-Wschodniej.";
        assert_eq!(lemmas(text), ["Azja Środkowa", "Europa"]);
    }

    #[test]
    fn a_common_noun_before_an_adjective_and_a_place_is_no_part_of_it() {
        assert!(lemmas("Mecz z Ekologiem Zduńska Wola zakończył się remisem.").is_empty());
    }

    #[test]
    fn states_named_like_bodies_and_in_three_words() {
        let text = "Wrócił ze Związku Radzieckiego do Republiki Federalnej Niemiec. \
                    Pisał o Wielkim Księstwie Litewskim i Federacji Rosyjskiej.";
        assert_eq!(
            lemmas(text),
            [
                "Związek Radziecki",
                "Republika Federalna Niemiec",
                "Wielkie Księstwo Litewskie",
                "Federacja Rosyjska"
            ]
        );
        // Not an organization either.
        assert!(crate::extraction::organizations::find(text, &words(text)).is_empty());
    }

    #[test]
    fn datelines_in_capitals() {
        let text =
            "KWIDZYN. Napad na hurtownię.\nJASŁO. Biblioteka zaprasza.\nSTOP. To nie miasto.";
        assert_eq!(lemmas(text), ["Kwidzyn", "Jasło"]);
    }

    #[test]
    fn a_spa_whose_first_part_the_lexicon_knows_only_as_a_common_noun() {
        assert_eq!(lemmas("Byliśmy w Wysowej-Zdroju."), ["Wysowa-Zdrój"]);
    }

    #[test]
    fn after_a_genitive_preposition_the_name_the_form_declines() {
        let text = "Goście przyjechali z Soliny, z Lipinek, z Cieszyna, z Tarnowskich Gór \
                    i z Targowisk, a potem pojechali do Miechowa.";
        assert_eq!(
            lemmas(text),
            [
                "Solina",
                "Lipinki",
                "Cieszyn",
                "Tarnowskie Góry",
                "Targowiska",
                "Miechów"
            ]
        );
    }

    #[test]
    fn a_common_noun_in_the_instrumental_after_z_is_no_place() {
        let l = lemmas("Szkoła z Oddziałami Integracyjnymi współpracuje z Katowicami.");
        assert_eq!(l, ["Katowice"]);
    }

    #[test]
    fn a_neuter_plural_village_after_w() {
        // SGJP offers Targowisk, Targowiska and Targowisko; "-ach" is only the plural's.
        assert_eq!(lemmas("Festyn odbył się w Targowiskach."), ["Targowiska"]);
    }

    #[test]
    fn hyphenated_plural_and_adjectival_village_names() {
        let text = "Goście z Rymanowa-Zdroju i z filii w Siedliskach-Bogusz dotarli do Łęk \
                    Dukielskich, w Wadowicach Dolnych byli dzieci z Pagorowej, a z Krosna \
                    do Krosna-Osiedla jechali wszyscy.";
        assert_eq!(
            lemmas(text),
            [
                "Rymanów-Zdrój",
                "Siedliska-Bogusz",
                "Łęki Dukielskie",
                "Wadowice Dolne",
                "Pagorowa",
                "Krosno",
                "Krosno-Osiedle"
            ]
        );
        assert_eq!(
            lemmas("Kierowała filią w Porębie Wielkiej."),
            ["Poręba Wielka"]
        );
        let l = lemmas("Gościem była emerytowana nauczycielka z Uherzec Mineralnych.");
        assert_eq!(l, ["Uherce Mineralne"]);
        // SGJP reads "Żarów" only as the genitive plural of Żary and Żarowo.
        assert_eq!(lemmas("Zajęcia współfinansuje gmina Żarów."), ["Żarów"]);
    }

    #[test]
    fn administrative_units_and_adjectives_in_names() {
        let text = "Wieś leży w województwie wielkopolskim, w powiecie brzeskim. \
                    Huta powstała w Nowej Hucie, a ferma w stanie Australia Zachodnia. \
                    Goście przyjechali z obwodu lwowskiego. Zakaz obowiązuje w powiatach \
                    nowosolskim, zielonogórskim i krośnieńskim.";
        let found: Vec<(String, String)> = find(text, &words(text), &[])
            .into_iter()
            .map(|s| (text[s.start..s.end].to_string(), s.lemma))
            .collect();
        for (surface, lemma) in [
            ("województwie wielkopolskim", "województwo wielkopolskie"),
            ("powiecie brzeskim", "powiat brzeski"),
            ("Nowej Hucie", "Nowa Huta"),
            ("Australia Zachodnia", "Australia Zachodnia"),
            ("obwodu lwowskiego", "obwód lwowski"),
            ("powiatach nowosolskim", "powiat nowosolski"),
            ("zielonogórskim", "powiat zielonogórski"),
            ("krośnieńskim", "powiat krośnieński"),
        ] {
            assert!(
                found.contains(&(surface.to_string(), lemma.to_string())),
                "{surface}: {found:?}"
            );
        }
    }

    #[test]
    fn seed_places() {
        let t =
            "Program, w którym bierze udział biblioteka w Jaśle z/s w Szebniach wraz z filiami \
                 w Osobnicy, Trzcinicy i Warzycach.";
        assert_eq!(
            lemmas(t),
            ["Jasło", "Szebnie", "Osobnica", "Trzcinica", "Warzyce"]
        );
    }

    #[test]
    fn document_confirms_the_nominative() {
        let t = "Spotkanie w Krośnie. Mieszkańcy gminy Krosno.";
        assert_eq!(lemmas(t), ["Krosno", "Krosno"]);
    }

    #[test]
    fn two_word_places_and_postal_codes() {
        assert_eq!(lemmas("Byliśmy w Nowym Żmigrodzie."), ["Nowy Żmigród"]);
        // "Nowego" is also the town Nowe and the surname Nowy; at a sentence start such a
        // word stays out ("Radni Malborka").
        assert_eq!(
            lemmas("Patronat objął burmistrz Nowego Żmigrodu."),
            ["Nowy Żmigród"]
        );
        assert_eq!(lemmas("Radni Malborka przyszli."), ["Malbork"]);
        assert_eq!(lemmas("ul. Toruńska 3, 87-148 Łysomice"), ["Łysomice"]);
    }

    #[test]
    fn lexicon_places_without_a_preposition() {
        let found = lemmas("Wycieczka objęła Sanok oraz Krosno, a Kowal został w domu.");
        assert!(found.contains(&"Sanok".to_string()), "{found:?}");
        assert!(found.contains(&"Krosno".to_string()), "{found:?}");
        assert_eq!(lemmas("w Siedliskach"), vec!["Siedliska".to_string()]);
    }

    #[test]
    fn places_defined_as_a_kind_of_place_and_their_title() {
        let text = "Michałów (niem. Michelau) – wieś w Polsce.\nJocelyn (Ontario)\n\
                    Jocelyn to gmina w Kanadzie. Jest to miasto rolnicze.\n\
                    Szebnie – dawna wieś królewska.";
        let found = lemmas(text);
        for name in ["Michałów", "Jocelyn", "Szebnie"] {
            assert!(found.iter().any(|l| l == name), "{name}: {found:?}");
        }
        assert_eq!(
            found.iter().filter(|l| *l == "Jocelyn").count(),
            2,
            "{found:?}"
        );
        assert!(!found.iter().any(|l| l == "Jest"), "{found:?}");
        assert!(lemmas("Jan Kowalski – wójt gminy.").is_empty());
    }

    #[test]
    fn places_inside_the_names_of_bodies() {
        let l = lemmas(
            "Gratulacje od Towarzystwa Przyjaciół Sanoka, Zarządu Miasta Ruda Śląska \
             i Stowarzyszenia Rozwoju Wsi Kożuchów. Klub Przyjaciół Życia Ludzkiego też.",
        );
        assert_eq!(l, ["Sanok", "Ruda Śląska", "Kożuchów"]);
        // After a unit word written small, a name SGJP reads only as another word's case.
        let l = lemmas("Filia działa w dzielnicy Dębieńsko. Radni gminy Centrum obradowali.");
        assert_eq!(l, ["Dębieńsko"]);
        // A body's adjective before the unit word is no part of a village's name.
        let l = lemmas("Spotkanie w Bibliotece Publicznej Gminy Dobra i w Czarnej Wsi Kościelnej.");
        assert_eq!(l, ["Dobra", "Czarna Wieś Kościelna"]);
        // The town of an acronym spelled out, in the nominative the page confirms.
        let text = "Zajęcia w Górkach. Pomogła OSP Górki.";
        let osp = Span {
            kind: EntityType::Organization,
            start: text.find("OSP").unwrap(),
            end: text.len() - 1,
            lemma: "Ochotnicza Straż Pożarna Górki".into(),
            value: None,
            note: Some("acronym of Ochotnicza Straż Pożarna (common)".into()),
        };
        let found: Vec<String> = find(text, &words(text), &[osp])
            .into_iter()
            .map(|s| s.lemma)
            .collect();
        assert_eq!(found, ["Górki", "Górki"]);
    }

    #[test]
    fn a_laureates_town_in_brackets() {
        let text = "I miejsce – Weronika Kowal (Jaśliska), II – Oskar Bieniasz (Wola Niżna), \
                    III – Aleksander (Kret), wyróżnienie – Anna Bąk (lat 12).";
        // (The surnames alone are villages too; persons take them in the whole pipeline.)
        let found = lemmas(text);
        assert!(found.contains(&"Jaśliska".to_string()), "{found:?}");
        assert!(found.contains(&"Wola Niżna".to_string()), "{found:?}");
        assert!(!found.iter().any(|l| l.starts_with("Kret")), "{found:?}");
    }

    #[test]
    fn known_places_anywhere() {
        assert_eq!(
            lemmas("Wrócił z podróży po Niemczech i Francji."),
            ["Niemcy", "Francja"]
        );
        assert_eq!(lemmas("Polska Akademia Nauk"), Vec::<String>::new());
        // Punctuation between a place and a head noun: no name of an organization.
        assert_eq!(
            lemmas("Hiszpania: Policja aresztowała doradcę."),
            ["Hiszpania"]
        );
        assert_eq!(
            lemmas("Szczyt Rosja - Unia w Samarze."),
            ["Rosja", "Samara"]
        );
    }

    #[test]
    fn waters_and_islands_after_their_kind_word() {
        assert_eq!(
            lemmas("Wały na rzece Parsęcie i nad brzegiem rzeki Moskwy, na wyspie Uznam."),
            ["Parsęta", "Moskwa", "Uznam"]
        );
        // A range keeps its name in the nominative; a person's name after "górach" is not one.
        assert_eq!(
            lemmas("Nocowali w górach Tienszan. Po górach Kowalskiemu ubyło sił."),
            ["Tienszan"]
        );
    }

    #[test]
    fn names_and_programmes_are_not_places() {
        assert!(lemmas("w Programie Rozwoju Bibliotek").is_empty());
        assert!(lemmas("rozmowa z Janem Kowalskim").is_empty());
        assert!(lemmas("w Gminnej Bibliotece Publicznej").is_empty());
        assert!(lemmas("z CAL").is_empty());
        assert!(lemmas("oraz Koło Gospodyń Wiejskich").is_empty());
    }

    #[test]
    fn unambiguous_places_at_a_sentence_start_and_no_run_on_names() {
        assert_eq!(
            lemmas("Grenoble, francuskie Zakopane, leży w Alpach."),
            ["Grenoble", "Zakopane", "Alpy"]
        );
        assert_eq!(
            lemmas("Przyznawana w Hamburgu Nagroda trafiła do nas."),
            ["Hamburg"]
        );
        assert_eq!(lemmas("Szkoła przy osiedlu Rubinkowo."), ["Rubinkowo"]);
    }
}
