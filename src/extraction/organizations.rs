//! Organization names, found by their head noun ("Biblioteka", "Stowarzyszenie", "Urząd"…)
//! with the capitalised words around it and a "w X" tail, lemmatised to the nominative,
//! and acronyms linked to the full names they stand for ("GBP" ↔ "Gminna Biblioteka
//! Publiczna", "(CAL)").

use super::places::{names_itself, nominative_adjective_ending, place_not_common};
use super::tokens::{at_sentence_start, index_at, joined, opens_line, Word};
use super::{unheaded_orgs, Covered, Span};
use crate::polish::inflection::{adjective_nominative, org_head, NounGender, SOLO_ORGS};
use crate::polish::{acronym_core, gazetteer, is_acronym, is_capitalized};
use crate::record::EntityType;

/// Lower-case words allowed inside a name when a capitalised word follows them.
/// "pw." (pod wezwaniem) names a parish's or a church's patron saint.
const CONNECTORS: &[&str] = &[
    "i", "im", "pw", "nr", "na", "ds", "dla", "w", "we", "z", "s",
];

/// Titles written before a patron's name, abbreviated with a full stop; they join a name
/// like the connectors: "im. ks. Jana Twardowskiego", "im. prof. A. Kamińskiego".
const PATRON_TITLES: &[&str] = &["ks", "prof", "dr", "gen", "św", "bł", "kard", "abp"];

/// A patron's title in either case: "im. ks. Jana Twardowskiego", "im. Ks. Jerzego
/// Popiełuszki".
fn is_patron_title(word: &str) -> bool {
    PATRON_TITLES
        .iter()
        .any(|t| word.chars().flat_map(char::to_lowercase).eq(t.chars()))
}

/// Acronyms that are never organizations on their own.
const NOT_ORG_ACRONYMS: &[&str] = &[
    "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XX", "XXI", "PDF", "JPG", "RODO",
    "WWW", "HTML", "PLN", "ZŁ", "CD", "DVD", "TV", "NIP", "REGON", "KRS", "OK", "PS", "MB", "GB",
    "KB", "SMS", "PIN", "VAT", "PKB", "CV", "DNA", "HIV", "AIDS", "LED", "USB", "GPS", "PC", "IT",
    "USA", "UK", "EUR", "USD", "PRB", "AAA", "XML", "MP3", "FAQ", "SA", "BIP", "ISBN", "ISSN",
    "PESEL", "URL", "RSS", "API", "DRM",
    // formats, standards, devices and licences ("zabawki RC", "na licencji GPL")
    "JPEG", "PNG", "GIF", "MPEG", "RGB", "HTTP", "FTP", "SQL", "PHP", "CSS", "DNS", "VPN", "IP",
    "OS", "XP", "CPU", "GPU", "RAM", "SSD", "HDD", "LCD", "CRT", "ATX", "HD", "GSM", "MMS", "RC",
    "RPM", "GPL", "MPL", "OOXML", "SUV", "ABS", "RTV", "AGD", "BHP", "OC", "AC", "BSE",
    // business and chat shorthand ("czarny PR", "IMHO")
    "PR", "TCO", "SWOT", "UGC", "FUD", "IMHO", "BTW",
    // offices and roles, not bodies ("blogujący CEO")
    "CEO", "CFO", "CTO", "VIP", "DJ",
    // time zones, radio bands, and short words set in capitals ("NIE", "ON", "TAK")
    "CET", "CEST", "UTC", "GMT", "FM", "AM", "NIE", "TAK", "ON", "ONA", "ONI", "ALE", "JAK",
    // the Virgin Mary in a church's dedication ("kościół pw. Wniebowzięcia NMP")
    "NMP",
];

struct Name {
    first: usize,
    last: usize,
    lemma: String,
    /// Initials of the name before any "w X" tail: GBP for Gminna Biblioteka Publiczna.
    initials: String,
    core_lemma: String,
}

/// The note of an acronym that nothing in the text or the list of common ones spells out.
pub(crate) const BARE_ACRONYM: &str = "acronym";

/// Opens the note of an acronym spelled out: "acronym of Gminna Biblioteka Publiczna".
pub(crate) const ACRONYM_OF: &str = "acronym of";

/// Closes that note when the list of common acronyms spelled it out, not the text.
const FROM_COMMON_LIST: &str = "(common)";

/// The note of an acronym spelled out as `full`, by the text or by the common list.
fn acronym_note(full: &str, common: bool) -> String {
    if common {
        format!("{ACRONYM_OF} {full} {FROM_COMMON_LIST}")
    } else {
        format!("{ACRONYM_OF} {full}")
    }
}

/// A name the text gives an acronym: written after it, or made of its initials.
#[derive(Clone, Debug)]
struct Definition {
    acronym: String,
    /// The name without its place: the acronym's kind ("Gminna Biblioteka Publiczna").
    kind: String,
    /// The full name with its place as the text gives it.
    full: String,
    /// Where the name starts, to tell a definition before the acronym from one after it.
    at: usize,
    /// Written right after the name ("… (GOK)"), not only made of its initials.
    explicit: bool,
}

pub fn find(text: &str, words: &[Word]) -> Vec<Span> {
    let (mut names, mut bodies): (Vec<Name>, Vec<(Name, &str)>) = (Vec::new(), Vec::new());
    let mut i = 0;
    while i < words.len() {
        match name_at(text, words, i) {
            // "Związek Radziecki", "Federacja Rosyjska": a state, though headed like a body.
            Some(n)
                if gazetteer::lookup(&text[words[n.first].start..words[n.last].end]).is_some() =>
            {
                i = n.last + 1;
            }
            Some(mut n) => {
                i = n.last + 1;
                take_ordinal(text, words, &mut n);
                let branch = body_of_a_branch(text, words, &n).map(|b| (b, BODY_OF_A_BRANCH));
                let patron = patron_body(text, words, &n).map(|b| (b, PATRON_BODY));
                bodies.extend(branch.into_iter().chain(patron));
                names.push(n);
            }
            None => i += 1,
        }
    }
    let branches = names.len();
    let (bodies, notes): (Vec<Name>, Vec<&str>) = bodies.into_iter().unzip();
    names.extend(bodies);
    let mut out: Vec<Span> = names
        .iter()
        .enumerate()
        .map(|(index, n)| {
            let (start, mut end) = (words[n.first].start, words[n.last].end);
            let mut lemma = seat_abbreviated(n.lemma.clone());
            // "Szkoła Podstawowa w Rudniku nad Sanem": a seat's town goes on with its river.
            let seated = n.last > n.first && matches!(words[n.last - 1].text, "w" | "we");
            let river = seated
                .then(|| super::landforms::river_after(text, end))
                .flatten();
            if let Some(river) = river {
                end += " nad ".len() + river.len();
                lemma = format!("{lemma} nad {river}");
            }
            // A name ending inside quotes takes the closing quote.
            let opened = text[start..end].contains(OPENING_QUOTES);
            if let Some(q) = text[end..]
                .chars()
                .next()
                .filter(|c| CLOSING_QUOTES.contains(c))
            {
                if opened && text[start..end].matches('"').count() % 2 == (q == '"') as usize {
                    end += q.len_utf8();
                    lemma.push(q);
                }
            }
            Span {
                kind: EntityType::Organization,
                start,
                end,
                lemma,
                value: None,
                note: index
                    .checked_sub(branches)
                    .map(|body| notes[body].to_string()),
            }
        })
        .collect();
    out.extend(acronyms(text, words, &names, &out));
    headed_acronyms(text, words, &mut out);
    let unheaded = unheaded_orgs::find(text, words, &out);
    out.extend(unheaded);
    out.iter_mut()
        .for_each(|span| unheaded_orgs::take_company_suffix(text, span));
    out.iter_mut()
        .for_each(|span| take_enclosing_quotes(text, span));
    let solidarity = quoted_s(text, &out);
    out.extend(solidarity);
    let clubs = town_clubs(text, words, &out);
    out.extend(clubs);
    resolve_short_names(&mut out);
    out.sort_by_key(|s| s.start);
    join_acronym_pairs(text, out)
}

/// "Koło PTTK w Jaśle", "Koła DFK w Krośnicy", "Oddział PTTK „Podhale”": a part of a body
/// (a circle, a branch, its board), then the body's acronym, is one name with its seat or
/// its quoted name after it; the acronym stays
/// a mention of the body inside it, as a branch's body does ([`body_of_a_branch`]). The
/// lemma is the head in the nominative and the rest as written. Other heads before an
/// acronym are a role or a kind more often than a name ("Rzecznik MON", "Stacja BP").
fn headed_acronyms(text: &str, words: &[Word], out: &mut Vec<Span>) {
    const PARTS: &[&str] = &["Koło", "Oddział", "Filia", "Hufiec", "Zarząd", "Prezydium"];
    let taken = Covered::new(out.iter().filter(|s| !is_acronym(&text[s.start..s.end])));
    let mut bodies = Vec::new();
    for span in out.iter_mut() {
        let Some(k) = index_at(words, span.start, false).filter(|&k| is_acronym(words[k].text))
        else {
            continue;
        };
        // The acronym may carry its number, which is the branch's: "Koło PTTK nr 12" (not a
        // club's town: "RTS Widzew").
        let number = text.get(words[k].end..span.end).unwrap_or_default();
        if !(number.is_empty() || number.starts_with(" nr ")) {
            continue;
        }
        let Some(head) = k.checked_sub(1).map(|h| &words[h]) else {
            continue;
        };
        let nominative = org_head(head.text).map(|(nominative, ..)| nominative);
        let Some(nominative) = nominative.filter(|n| {
            PARTS.contains(n)
                && joined(text, head, &words[k])
                && !taken.overlaps(head.start, head.end)
        }) else {
            continue;
        };
        let mut body = span.clone();
        body.note = Some(BODY_OF_A_BRANCH.to_string());
        if let Some(lemma) = body
            .lemma
            .strip_suffix(number)
            .filter(|_| !number.is_empty())
        {
            body.lemma = lemma.to_string();
            body.end = words[k].end;
        }
        bodies.push(body);
        let mut end = span.end;
        let quoted = words
            .get(k + 1)
            .filter(|n| opens_quote(text, &words[k], n))
            .and_then(|_| quote_end(text, words, k + 1));
        // "Hufiec ZHP Kędzierzyn-Koźle": a town in the nominative right after the acronym (a
        // hyphenated one by its first part).
        let town = words.get(k + 1).filter(|n| {
            joined(text, &words[k], n)
                && is_capitalized(n.text)
                && (names_itself(n.text)
                    || n.text
                        .split_once('-')
                        .is_some_and(|(first, rest)| names_itself(first) && is_capitalized(rest)))
        });
        if let Some(q) = quoted {
            end = words[q].end;
            end += text[end..].chars().next().map_or(0, char::len_utf8);
        } else if let Some(town) = town {
            // "… Strzelce Opolskie": the town's adjective, in the nominative, goes with it.
            let adjective = words.get(k + 2).filter(|a| {
                joined(text, town, a)
                    && is_capitalized(a.text)
                    && looks_adjectival(a.text)
                    && nominative_adjective_ending(a.text)
            });
            end = adjective.map_or(town.end, |a| a.end);
        } else if matches!(words.get(k + 1).map(|w| w.text), Some("w" | "we"))
            && seat_follows(text, words, k + 2)
            && words.get(k + 2).is_some_and(|p| is_capitalized(p.text))
        {
            end = words[k + 2].end;
        }
        span.lemma = format!("{nominative}{}", &text[head.end..end]);
        span.start = head.start;
        span.end = end;
        span.note = None;
    }
    out.extend(bodies);
}

/// A part of a body in any case, written small or capitalised: "oddziału", "Koła".
fn names_a_part(word: &str) -> bool {
    #[rustfmt::skip]
    const STEMS: &[&str] = &[
        "oddział", "koło", "koła", "kole", "kołu", "kołem", "fili", "hufc", "hufiec", "zarząd",
        "delegatur", "prezydium",
    ];
    let lower = word.to_lowercase();
    STEMS.iter().any(|s| lower.starts_with(s))
}

/// The note of a body named inside its branch's name ([`body_of_a_branch`]), one of the two
/// organizations that may stand inside another.
pub(crate) const BODY_OF_A_BRANCH: &str = "body of a branch";

/// The note of a body a school or a library is named after ([`patron_body`]), the other.
pub(crate) const PATRON_BODY: &str = "patron";

/// "Szkoła Podstawowa im. Armii Krajowej w Dębicy", "Liceum im. Komisji Edukacji
/// Narodowej": a patron that is a body is a mention of that body, without the school's seat.
fn patron_body(text: &str, words: &[Word], n: &Name) -> Option<Name> {
    let im = (n.first..n.last).find(|&k| words[k].text == "im")?;
    let first = im + 1;
    org_head(words.get(first)?.text).filter(|(_, _, nominative)| !nominative)?;
    let mut inner = name_at(text, words, first).filter(|inner| inner.last <= n.last)?;
    let seat = (first..=inner.last).find(|&k| matches!(words[k].text, "w" | "we"));
    if let Some(seat) = seat {
        without_its_seat(&mut inner, seat);
    }
    Some(inner)
}

/// A name inside another ends before the seat, which is the outer name's: the lemma without
/// its "w X" tail.
fn without_its_seat(inner: &mut Name, seat: usize) {
    inner.last = seat.saturating_sub(1).max(inner.first);
    inner.lemma = inner.core_lemma.clone();
}

/// "Filia nr 5 Miejskiej Biblioteki Publicznej w Rybniku", "Dyrekcja Biblioteki Publicznej
/// w Sędziszowie": a branch or a board names its body, which is a mention of that body
/// too (a researcher asks for the library, not for each of its branches). A branch in
/// another town leaves the town to itself: "Oddział Instytutu Pamięci Narodowej w
/// Rzeszowie" names the Institute, not an institute in Rzeszów.
fn body_of_a_branch(text: &str, words: &[Word], n: &Name) -> Option<Name> {
    let (branch, ..) = org_head(words[n.first].text)?;
    if !matches!(branch, "Filia" | "Oddział" | "Dyrekcja") {
        return None;
    }
    let oblique_head = |k: usize| {
        words
            .get(k)
            .and_then(|w| org_head(w.text))
            .is_some_and(|(_, _, nominative)| !nominative)
    };
    let start = (n.first + 1..=n.last)
        .find(|&k| oblique_head(k) || (looks_adjectival(words[k].text) && oblique_head(k + 1)))?;
    let mut inner = name_at(text, words, start).filter(|inner| inner.last <= n.last)?;
    let mut seats = (start..=inner.last).filter(|&k| matches!(words[k].text, "w" | "we"));
    match (branch, seats.next(), seats.next()) {
        ("Oddział", Some(seat), _) => without_its_seat(&mut inner, seat),
        // "Filia Gminnej Biblioteki Publicznej w Dopiewie w Konarzewie": a body has one
        // seat; the second is the branch's.
        (_, _, Some(seat)) => {
            let cut = &text[words[seat - 1].end..words[inner.last].end];
            inner.lemma = inner.lemma.strip_suffix(cut)?.to_string();
            inner.last = seat - 1;
        }
        _ => {}
    }
    Some(inner)
}

/// Common words that stand before a town's name in the nominative without naming a club:
/// "Urząd Miasta Kraków", "Gmina Jasło", "ul. Rynek Jasło".
const NOT_CLUB_WORDS: &[&str] = &[
    "miasto",
    "gmina",
    "powiat",
    "województwo",
    "ulica",
    "rynek",
    "plac",
    "dworzec",
    "stacja",
    "urząd",
    "rada",
    "prezydent",
    "burmistrz",
    "wójt",
    "starosta",
    "marszałek",
    "sołectwo",
    "parafia",
    "teren",
    "okolica",
    "centrum",
    "region",
    "ziemia",
    "aglomeracja",
];

/// Countries and lands, which follow a declined place without making a club of it.
const COUNTRIES: &[&str] = &[
    "Polska",
    "Rosja",
    "Niemcy",
    "Ukraina",
    "Czechy",
    "Słowacja",
    "Litwa",
    "Białoruś",
    "Francja",
    "Anglia",
    "Hiszpania",
    "Portugalia",
    "Włochy",
    "Austria",
    "Węgry",
    "Niderlandy",
    "Europa",
    "Pomorze",
    "Ameryka",
    "Chiny",
    "Japonia",
];

/// The nominative of a club's name `w` written before its `town`: an acronym ("MKS"), or a
/// common noun or a river declined away from the nominative ("Stali" → Stal, "Bzury" →
/// Bzura). The lexicon is asked once, for the name and for the guard against two places.
fn club_name(text: &str, w: &Word, town: &str) -> Option<String> {
    use crate::polish::lexicon::{analyse, Analysis, WordClass};
    let readings = analyse(w.text);
    // "w Kijowie Polska jest wzorem", "nad Wartą Gogolewo", "od Potarzycy Rusko": a place
    // after a preposition, or a country after a place, are two places.
    let place_word = readings.iter().any(|a| a.class == WordClass::Place);
    let after_preposition = matches!(
        super::tokens::word_before(text, w.start).as_str(),
        "w" | "we" | "po" | "nad" | "pod" | "przy" | "na" | "o" | "od" | "do" | "koło" | "k"
    );
    if place_word && (after_preposition || COUNTRIES.contains(&town)) {
        return None;
    }
    if is_acronym(w.text) && !NOT_ORG_ACRONYMS.contains(&w.text) {
        return Some(w.text.to_string());
    }
    // At a sentence start any word is capitalised: only an acronym is a name there.
    if at_sentence_start(text, w) {
        return None;
    }
    let lower = w.text.to_lowercase();
    // Surnames are common words too (Górnik, Stal); a first name or a place is not a
    // club, and an adjective names the town itself (Stalowa Wola, Wielka Brytania).
    // A river names clubs too ("Bzury Ozorków", "Wisłą Kraków"): a place declined before a
    // town in the nominative is no apposition of places.
    let plain_word = readings
        .iter()
        .any(|a| matches!(a.class, WordClass::Common | WordClass::Place))
        && readings.iter().all(|a| {
            matches!(
                a.class,
                WordClass::Common | WordClass::Surname | WordClass::Place
            )
        })
        && !readings.iter().any(|a| {
            (a.class == WordClass::Common && a.is_adjective_lemma())
                || NOT_CLUB_WORDS.contains(&a.lemma.as_str())
        });
    let declined = !readings.iter().any(|a| a.lemma == lower);
    if !(plain_word && declined) {
        return None;
    }
    // The reading that keeps most of the written word, and the longer of two that keep as
    // much: "Stali" is stal, not stać; "Wartą" is Warta, not wart. A village named like the
    // written form ("Bzury") is no nominative of the club ("Bzura").
    let shared = |lemma: &str| {
        lemma
            .to_lowercase()
            .chars()
            .zip(lower.chars())
            .take_while(|(a, b)| a == b)
            .count()
    };
    // Among readings that keep as much, one that differs from it by its ending alone, then
    // a place before a common word before a surname ("Stali" is stal, not Stala).
    let key = |a: &&Analysis| {
        let kept = shared(&a.lemma);
        let rank = match a.class {
            WordClass::Place => 2,
            WordClass::Common => 1,
            _ => 0,
        };
        (kept, a.lemma.chars().count() <= kept + 1, rank)
    };
    let other_form = |a: &&Analysis| a.lemma.to_lowercase() != lower;
    let lemma = if readings.iter().any(|a| other_form(&a)) {
        readings.iter().filter(other_form).max_by_key(key)
    } else {
        readings.first()
    }?;
    Some(crate::polish::capitalise(&lemma.lemma))
}

/// A town's name in the nominative that is nothing else ("Mielec", not "Koniec" or "Piła").
fn only_a_town(word: &str) -> bool {
    use crate::polish::lexicon::{analyse, WordClass};
    // "Konstytucji RP", "Ambasady USA": a country's initials follow many things besides clubs.
    if is_acronym(word) {
        return false;
    }
    if gazetteer::lookup(word) == Some(word) {
        return true;
    }
    // Other words may share the town's form ("Ozorków" is also "ozorków", of ozorek), but
    // not in their own nominative ("Koniec", "Piła").
    let readings = analyse(word);
    let lower = word.to_lowercase();
    readings
        .iter()
        .any(|a| a.class == WordClass::Place && a.lemma == word)
        && readings.iter().all(|a| {
            (a.class == WordClass::Place && a.lemma == word)
                || (a.class == WordClass::Common && a.lemma != lower && !a.is_adjective_lemma())
        })
}

/// Clubs and firms named after their town, the town left in the nominative while the name
/// declines: "z Górnikiem Zabrze", "piłkarze Stali Mielec", "Zawiszy Bydgoszcz", "MKS
/// Ozorków". A town in the nominative after a declined capitalised noun is no apposition
/// of places ("w Jaśle" would decline too), so the pair is one name.
fn town_clubs(text: &str, words: &[Word], found: &[Span]) -> Vec<Span> {
    let found = super::Covered::new(found);
    let mut out = Vec::new();
    for pair in words.windows(2) {
        let (w, town) = (&pair[0], &pair[1]);
        // Runs for every pair of words: the lexicon is asked last.
        if !is_capitalized(w.text)
            || !is_capitalized(town.text)
            || &text[w.end..town.start] != " "
            || found.overlaps(w.start, town.end)
            || !only_a_town(town.text)
        {
            continue;
        }
        let Some(name) = club_name(text, w, town.text) else {
            continue;
        };
        out.push(Span {
            kind: EntityType::Organization,
            start: w.start,
            end: town.end,
            lemma: format!("{name} {}", town.text),
            value: None,
            note: None,
        });
    }
    out
}

/// "ruch \"S\"", "„S” zwyciężyła": Solidarność by its initial, always quoted. (Press titles
/// in quotes were tried too: NKJP marks them as organizations only about half the time and
/// KPWr never, so they cost more than they found.)
fn quoted_s(text: &str, found: &[Span]) -> Vec<Span> {
    ["\"S\"", "„S”", "«S»"]
        .iter()
        .flat_map(|q| text.match_indices(q))
        .filter(|&(at, q)| !super::overlaps_any(found, at, at + q.len()))
        .map(|(at, q)| Span {
            kind: EntityType::Organization,
            start: at,
            end: at + q.len(),
            lemma: "Solidarność".into(),
            value: None,
            note: Some("Solidarność by its initial".into()),
        })
        .collect()
}

/// A name quoted on its own ("„Solidarność”", "\"Super Expressu\"") is the quoted
/// string: the quotes are part of how the text names the body, as NKJP marks it. The
/// lemma stays without them.
fn take_enclosing_quotes(text: &str, span: &mut Span) {
    if let Some((open, close)) = enclosing_quotes(text, span.start, span.end) {
        span.start -= open.len_utf8();
        span.end += close.len_utf8();
    }
}

/// The quotes right around `start..end`, an opening one before and a closing one after.
pub(super) fn enclosing_quotes(text: &str, start: usize, end: usize) -> Option<(char, char)> {
    let open = text[..start].chars().next_back()?;
    let close = text[end..].chars().next()?;
    (OPENING_QUOTES.contains(&open) && CLOSING_QUOTES.contains(&close)).then_some((open, close))
}

/// "KC PZPR", "PKO BP": two acronyms one space apart name one body (a part of the second,
/// or its full name), as NKJP spans them.
fn join_acronym_pairs(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        let pair = out.last().is_some_and(|prev| {
            prev.end < s.start
                && &text[prev.end..s.start] == " "
                && is_acronym(&text[prev.start..prev.end])
                && acronym_core(&text[s.start..s.end]).is_some()
        });
        let owner = out
            .last()
            .is_some_and(|prev| owned_by_acronym(text, prev, &s));
        match out.last_mut() {
            Some(prev) if pair => {
                prev.lemma = format!("{} {}", prev.lemma, s.lemma);
                prev.end = s.end;
                prev.note = Some("acronyms".into());
            }
            // The acronym is written as it stands: the name is the orchestra's, not the
            // brigade's spelled out.
            Some(prev) if owner => {
                prev.lemma = format!("{} {}", prev.lemma, &text[s.start..s.end]);
                prev.end = s.end;
            }
            _ => out.push(s),
        }
    }
    out
}

/// "Orkiestra Dęta OSP w Rajbrocie", "Zarząd Główny PTTK": a body with a head noun, then
/// the acronym of the body it belongs to, one space apart, are one name. Not an acronym
/// that spells out the name before it ("… Aktywności Lokalnej CAL").
fn owned_by_acronym(text: &str, prev: &Span, next: &Span) -> bool {
    let first = text[next.start..next.end]
        .split(' ')
        .next()
        .unwrap_or_default();
    prev.end < next.start
        && &text[prev.end..next.start] == " "
        && prev.note.is_none()
        && !is_acronym(&text[prev.start..prev.end])
        && is_acronym(first)
        && !next
            .note
            .as_deref()
            .and_then(spelled_out)
            .is_some_and(|full| prev.lemma.starts_with(full))
}

/// The full name an acronym's note spells out ([`acronym_note`]).
fn spelled_out(note: &str) -> Option<&str> {
    let full = note.strip_prefix(ACRONYM_OF)?.trim_start();
    Some(
        full.strip_suffix(FROM_COMMON_LIST)
            .unwrap_or(full)
            .trim_end(),
    )
}

/// Heads numbered by an arabic ordinal before them: "11 Dywizji", "20 Drużyna Harcerska".
/// (Elsewhere a number before a name counts them: "3 Koła Gospodyń".)
const NUMBERED_HEADS: &[&str] = &[
    "dywizja",
    "pułk",
    "brygada",
    "batalion",
    "komisariat",
    "drużyna",
    "korpus",
    "eskadra",
    "flotylla",
    "hufiec",
    "szczep",
];

/// An ordinal just before a name belongs to it: a Roman one before any ("IV Liceum
/// Ogólnokształcące", "IV Komisariatu Policji"), an arabic one before a numbered unit.
fn take_ordinal(text: &str, words: &[Word], n: &mut Name) {
    let Some(before) = n.first.checked_sub(1).map(|k| &words[k]) else {
        return;
    };
    if !joined(text, before, &words[n.first]) {
        return;
    }
    let roman = (1..=5).contains(&before.text.len())
        && before.text.chars().all(|c| "IVXL".contains(c))
        && before.text != "L";
    let arabic = (1..=3).contains(&before.text.len())
        && before.text.chars().all(|c| c.is_ascii_digit())
        && org_head(words[n.first].text)
            .is_some_and(|h| NUMBERED_HEADS.contains(&h.0.to_lowercase().as_str()));
    if roman || arabic {
        n.first -= 1;
        n.lemma = format!("{} {}", before.text, n.lemma);
        n.core_lemma = format!("{} {}", before.text, n.core_lemma);
    }
}

/// A name whose head noun is at or after word `i` (adjectives may precede the head).
fn name_at(text: &str, words: &[Word], i: usize) -> Option<Name> {
    // "Wojewódzka i Miejska Biblioteka", "Powiatowej i Miejskiej Biblioteki": two
    // coordinated adjectives share the head; the list starts after the "i".
    let start = if coordinated_adjectives(text, words, i) {
        i + 2
    } else {
        i
    };
    // Up to three capitalised adjectives before the head: "Gminna Biblioteka".
    let head = (start..(start + 4).min(words.len())).find(|&h| {
        is_capitalized(words[h].text)
            && org_head(words[h].text).is_some()
            && (start..h).all(|k| {
                is_capitalized(words[k].text)
                    && (joined(text, &words[k], &words[k + 1])
                        || spaced_compound(text, &words[k], &words[k + 1]))
            })
    })?;
    // "Radny Rady Powiatu": a councillor, not an adjective of the council's name.
    let adjectival = |k: usize| {
        (looks_adjectival(words[k].text) || spaced_compound(text, &words[k], &words[k + 1]))
            && !words[k].text.starts_with("Radn")
            && !(k == i && sentence_initial_non_adjective(text, &words[k]))
    };
    if !(start..head).all(adjectival) || (start > i && head == start) {
        return None;
    }
    // "…Dziedzictwa Narodowego Gminna Biblioteka": before a head in the nominative every
    // adjective is in the nominative too, or the name starts later. (Not before "Centrum",
    // "Muzeum", which read alike in every case: "w Gminnym Centrum Kultury".)
    if let Some((nominative, gender, true)) = org_head(words[head].text) {
        let ending: &[char] = match gender {
            NounGender::Feminine => &['a'],
            NounGender::Masculine => &['y', 'i'],
            NounGender::Neuter => &['e'],
        };
        // A compound agrees by its last part: "Miejsko-Gminna", "Czeczeno - Inguski".
        let agrees = |k: usize| {
            let last = words[k].text.rsplit('-').next().unwrap_or_default();
            last.ends_with(ending) || (last.ends_with('o') && !last.ends_with("go"))
        };
        if !nominative.ends_with("um") && !(start..head).all(agrees) {
            return None;
        }
    }
    // "Biuletynie Informacji Publicznej Urzędu Gminy": in the other cases an adjective of
    // the wrong gender belongs to the name before, and this one starts at its head.
    if let Some((_, gender, false)) = org_head(words[head].text) {
        let wrong: &[&str] = match gender {
            NounGender::Feminine => &["ego", "emu", "ym", "im"],
            NounGender::Masculine | NounGender::Neuter => &["ej", "ą"],
        };
        let disagrees = |k: usize| {
            let last = words[k].text.rsplit('-').next().unwrap_or_default();
            wrong.iter().any(|e| last.ends_with(e))
        };
        if (start..head).any(disagrees) {
            return None;
        }
    }
    // "Drużyna" heads a scouts' unit ("2 Drużyna Harcerska „Wigry”"); a sports team's
    // "Drużyna Płomienia Kcynia" is the club's name after a common word.
    let scouts = |k: usize| {
        words.get(k).is_some_and(|w| {
            ["Harcer", "Zuch", "Wędrown", "Starszoharcer"]
                .iter()
                .any(|p| w.text.starts_with(p))
        })
    };
    if org_head(words[head].text).is_some_and(|(nom, ..)| nom == "Drużyna") && !scouts(head + 1) {
        return None;
    }
    let (core_last, last) = extend_right(text, words, head);
    if last == i {
        return None; // a head noun alone ("Biblioteka zaprasza") is too vague
    }
    let lemma = lemma_of(text, words, i, head, last);
    let core_lemma = lemma_of(text, words, i, head, core_last);
    // Each capitalised part of a hyphenated word counts: Polsko-Amerykańska Fundacja
    // Wolności is PAFW, Miejsko-Gminna Biblioteka Publiczna is MGBP.
    // The lower-case "i" counts too: Wojewódzka i Miejska Biblioteka Publiczna is WiMBP.
    // A patron's name is no part of the initials: Wojewódzka i Miejska Biblioteka Publiczna
    // im. Zygmunta Jana Rumla is WiMBP.
    let initials = (i..=core_last)
        .take_while(|&k| words[k].text != "im")
        .flat_map(|k| words[k].text.split('-'))
        .filter(|part| is_capitalized(part) || *part == "i")
        .filter_map(|part| part.chars().next())
        .collect();
    Some(Name {
        first: i,
        last,
        lemma,
        initials,
        core_lemma,
    })
}

/// "Wojewódzkiej i Miejskiej …": a capitalised adjective, "i", and another capitalised
/// adjective in the same case, joined by single spaces.
fn coordinated_adjectives(text: &str, words: &[Word], i: usize) -> bool {
    let Some([a, and, b]) = words.get(i..i + 3) else {
        return false;
    };
    // The last letter tells the case ("-ej", "-ego", "-ym/-im", "-ą"); "-i" and "-y" are one.
    let ending = |w: &str| w.chars().last().map(|c| if c == 'i' { 'y' } else { c });
    and.text == "i"
        && is_capitalized(a.text)
        && is_capitalized(b.text)
        && looks_adjectival(a.text)
        && looks_adjectival(b.text)
        && ending(a.text) == ending(b.text)
        && joined(text, a, and)
        && joined(text, and, b)
}

/// Extends a name rightwards from its head. Returns (last word of the name proper,
/// last word including a "w X" / "z/s w X" location tail).
fn extend_right(text: &str, words: &[Word], head: usize) -> (usize, usize) {
    let mut last = head;
    let mut core_last = head;
    let mut in_tail = false;
    // A seat ("w X") was read: a second one is where a branch stands, not the name's.
    let mut seated = false;
    let head_form = org_head(words[head].text);
    // A club names its party in the nominative: "Klubu Parlamentarnego Unia Pracy".
    let oblique =
        head_form.is_some_and(|(nom, _, is_nom)| !is_nom && !matches!(nom, "Klub" | "Koło"));
    let founded = head_form.is_some_and(|(nom, ..)| matches!(nom, "Fundacja" | "Stowarzyszenie"));
    let branch_head =
        head_form.is_some_and(|(nom, ..)| matches!(nom, "Filia" | "Oddział" | "Koło"));
    let mut k = head + 1;
    while k < words.len() {
        // A name in quotes after the head: Stowarzyszenie „Kaukaz”, KS "Wifama".
        if opens_quote(text, &words[k - 1], &words[k]) {
            let Some(j) = quote_end(text, words, k) else {
                break;
            };
            last = j;
            core_last = if in_tail { core_last } else { j };
            k = j + 1;
            continue;
        }
        if !joined_or_dot(text, &words[k - 1], &words[k]) {
            if in_tail || !enumerated_genitives(text, words, k) {
                break;
            }
            // "Ośrodek Kultury, Sportu i Rekreacji": the list's words and its "i" join.
            (last, core_last) = (k, k);
            k += 1;
            continue;
        }
        let w = words[k].text;
        // "Ministerstwa Kultury i Dziedzictwa Narodowego Gminna Biblioteka…": after a head
        // in an oblique case, a head in the nominative (after its adjective) opens the
        // sentence's subject, another name.
        let nominative_head = |j: usize| {
            words.get(j).is_some_and(|h| {
                org_head(h.text).is_some_and(|(nom, _, is_nom)| is_nom && !nom.ends_with("um"))
            })
        };
        // A branch after its body is part of its name: "Towarzystwa … Oddział w Rzeszowie".
        let branch = matches!(w, "Oddział" | "Filia" | "Koło");
        let nominative_adjective = looks_adjectival(w)
            && w.ends_with(['a', 'y', 'i', 'e'])
            && words.get(k + 1).is_some_and(|n| joined(text, &words[k], n));
        let opens_name = nominative_head(k) || (nominative_adjective && nominative_head(k + 1));
        if oblique && k > head + 1 && opens_name && !branch {
            break;
        }
        // "Uzdrowisko Iwonicz S.A.": the company form is taken after the name, whole.
        if unheaded_orgs::company_form_at(text, words[k - 1].end).is_some() {
            break;
        }
        // "z/s w Szebniach" (z siedzibą w): the seat is part of the name's tail.
        if opens_a_seat(text, words, k) {
            if let Some(seat) = seat_after(text, words, k) {
                in_tail = true;
                last = seat;
                k = seat + 1;
                continue;
            }
            break;
        }
        // "Ochotnicza Straż Pożarna z Olczy", "Instytut Książki z Krakowa": where a body
        // comes from is said after its name, as NKJP marks it; a circle's village names it
        // ("Koło Gospodyń Wiejskich z Nawsia").
        let from_a_place = w == "z"
            && head_form.is_none_or(|(nom, ..)| nom != "Koło")
            && words.get(k + 1).is_some_and(|n| names_a_place_only(n.text));
        if from_a_place {
            break;
        }
        // "Urząd Stanu Cywilnego m. st. Warszawy" (miasta stołecznego): the capital's seat.
        let capital_city = w == "m"
            && text[words[k].end..].starts_with(". st. ")
            && words.get(k + 2).is_some_and(|n| is_capitalized(n.text));
        if capital_city {
            in_tail = true;
            last = k + 2;
            k += 3;
            continue;
        }
        let roman = w.chars().all(|c| "IVX".contains(c));
        // "Fundacja ABCXXI", "Stowarzyszenie BONA": a name in capitals right after a
        // foundation or association is its own name; after other heads it is another body's
        // acronym ("Rzecznik MON", "Oddział PTTK", "Klub SLD"), as it is when the list
        // spells it out ("Fundacja GBP") or it is a country's ("Fundacja RP").
        let own_name = k == head + 1
            && founded
            && !KNOWN_ACRONYMS.iter().any(|(a, _)| *a == w)
            && gazetteer::lookup(w).is_none();
        if is_acronym(w) && !roman && !own_name {
            break; // "Stowarzyszenie … Lokalnej CAL": the acronym is its own mention
        }
        // "Krajowej Rady Narodowej Bolesław Bierut": a given name in the nominative starts a
        // person after the name (a patron's name in the genitive, "Jana Kochanowskiego", is
        // part of it).
        // After "im." or a patron's title the name is the patron's genitive, though it may
        // read as a woman's nominative ("im. prof. Stanisława Kota").
        let marker = |j: usize| matches!(words[j].text, "im" | "pw");
        // Up to two titles between the marker and the name: "im. ks. Jana", "im. Króla
        // Władysława Jagiełły", "im. Marszałka Józefa Piłsudskiego".
        let patron = (k.saturating_sub(3)..k).rev().any(|j| {
            j > head
                && marker(j)
                && words[j + 1..k]
                    .iter()
                    .all(|t| is_patron_title(t.text) || is_capitalized(t.text))
        });
        let person_follows = is_given_name_nominative(w) && !patron;
        if person_follows && k > head + 1 {
            break;
        }
        // "przewodniczącą Rady Gminy Panią Marię Jurczak": a courtesy title starts a person
        // ("Pana" and "Państwa" also name God and the State: "Serca Pana Jezusa").
        if matches!(w, "Pan" | "Pani" | "Panią" | "Panu" | "Panem") {
            break;
        }
        // "Szkoły Muzycznej I stopnia": a school's degree after its Roman numeral.
        let degree = w == "stopnia" && crate::polish::is_small_roman(words[k - 1].text);
        // "Muzeum Lniarstwa im. Filipa de Girarda": the patron's particle.
        let particle = patron
            && super::persons::SURNAME_PARTICLES.contains(&w)
            && words.get(k + 1).is_some_and(|n| is_capitalized(n.text));
        if is_capitalized(w) || degree || particle {
            last = k;
            if !in_tail {
                core_last = k;
            }
            k += 1;
            continue;
        }
        if two_word_connector(words, k) {
            k += 2;
            continue;
        }
        let next_is_name = words.get(k + 1).is_some_and(|n| {
            joined_or_dot(text, &words[k], n)
                && (is_capitalized(n.text)
                    || n.text.chars().all(|c| c.is_ascii_digit())
                    || n.text == "s"
                    || (matches!(w, "im" | "pw") && is_patron_title(n.text)))
        });
        if !((CONNECTORS.contains(&w) || is_patron_title(w)) && next_is_name) {
            break;
        }
        // "Zespół Szkół w X oraz Koło Gospodyń…", "… w Działoszycach i Wanda Osiecka": a
        // coordinated second name is its own, and a name's location tail ends the name.
        if w == "i" && (in_tail || second_body_at(text, words, k + 1)) {
            break;
        }
        // "Biblioteką Okręgową w Bardejowie na Słowacji": after the seat, "na" says where
        // the seat lies, outside the name. So does a second seat, where the text says where
        // a branch of the body stands ("w filii Biblioteki w Gorzycach w Trześni"); a
        // branch's own name keeps it ("Filia Biblioteki w Gorzycach w Trześni").
        if in_tail && (w == "na" || (matches!(w, "w" | "we") && seated && !branch_head)) {
            break;
        }
        // "Biblioteka z Towarzystwem Miłośników…", "Biblioteka w Miejskim Domu Kultury": a
        // second body named after "z" or "w" is its own name, not the first one's tail.
        if matches!(w, "z" | "w" | "we")
            && !opens_a_seat(text, words, k)
            && name_at(text, words, k + 1).is_some()
        {
            break;
        }
        // "Unii Wolności w Akcji": a common word after "w" is no seat, unless a name goes on
        // ("w Nowym Targu").
        if matches!(w, "w" | "we") && !seat_follows(text, words, k + 1) {
            break;
        }
        // "Kościół z XVII w.": a century, not a seat.
        let century_follows = words
            .get(k + 1)
            .is_some_and(|n| crate::polish::is_small_roman(n.text));
        if matches!(w, "w" | "we" | "z") && century_follows {
            break;
        }
        if matches!(w, "w" | "we" | "z") {
            in_tail = true;
            seated |= w != "z";
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

/// After "i" inside a name, word `k` starts a second body rather than going on with the
/// name's genitives ("Sportu i Rekreacji"): a given name ("… i Wanda Osiecka"), an
/// instrumental ("z Nadleśnictwem Złoczew i Załęczańskim Parkiem"), a head in the
/// nominative or the accusative that reads alike ("Bibliotekę Publiczną i Koło PTTK"), or
/// a name of its own.
fn second_body_at(text: &str, words: &[Word], k: usize) -> bool {
    let Some(n) = words.get(k) else {
        return false;
    };
    if joint_library(words, k) {
        return false;
    }
    let given_name = crate::polish::names::first_name(n.text).is_some();
    let instrumental = ["ym", "im", "em", "ą"].iter().any(|e| n.text.ends_with(e));
    let head =
        org_head(n.text).is_some_and(|(nominative, _, plain)| plain && !nominative.ends_with("um"));
    given_name || instrumental || head || name_at(text, words, k).is_some()
}

/// "Gminny Ośrodek Kultury i Biblioteka w Wielopolu": a culture centre and a library run
/// as one institution, whose name's "Biblioteka" has no adjective of its own. Word `k`
/// follows "i" after "Kultury"; "Ośrodek Kultury i Biblioteka Publiczna" are two bodies.
/// Asked by [`extend_right`] to go on with the name, and by [`lemma_of`] for its nominative.
fn joint_library(words: &[Word], k: usize) -> bool {
    k >= 2
        && words[k - 1].text == "i"
        && words[k - 2].text == "Kultury"
        && JOINT_LIBRARY_FORMS.contains(&words[k].text)
        && words.get(k + 1).is_none_or(|n| !is_capitalized(n.text))
}

const JOINT_LIBRARY_FORMS: [&str; 5] = [
    "Biblioteka",
    "Biblioteki",
    "Bibliotece",
    "Bibliotekę",
    "Biblioteką",
];

/// Connectors of two words inside a name, the second in either case: "Komisja do Spraw
/// Zaopatrzenia…", "do spraw Rozwiązywania…" (= "ds."), "Stowarzyszenie na rzecz Rozwoju
/// Wsi…", "Fundacja na Rzecz Dzieci".
const TWO_WORD_CONNECTORS: [(&str, &str, &str); 2] =
    [("do", "spraw", "Spraw"), ("na", "rzecz", "Rzecz")];

/// Words `k` and `k + 1` are a [`TWO_WORD_CONNECTORS`] entry and a capitalised word follows.
fn two_word_connector(words: &[Word], k: usize) -> bool {
    let (Some(second), Some(after)) = (words.get(k + 1), words.get(k + 2)) else {
        return false;
    };
    TWO_WORD_CONNECTORS.iter().any(|&(first, lower, upper)| {
        words[k].text == first && (second.text == lower || second.text == upper)
    }) && is_capitalized(after.text)
}

/// A sentence's first word that SGJP knows, with no reading an adjective's lemma would
/// have (-y, -i): "Słuchacze Uniwersytetu…", "Pomogli Urząd Gminy…" start no name.
fn sentence_initial_non_adjective(text: &str, w: &Word) -> bool {
    // A paragraph after a heading without a full stop starts a sentence too.
    if !at_sentence_start(text, w) && !opens_line(text, w.start) {
        return false;
    }
    let readings = crate::polish::lexicon::analyse(w.text);
    !readings.is_empty() && !readings.iter().any(|a| a.is_adjective_lemma())
}

/// After a comma at word `k`: "…Kultury, Sportu i Rekreacji", a capitalised noun, "i" and
/// another, neither starting a name of its own ("…, GOPS i Biblioteka" is three bodies).
fn enumerated_genitives(text: &str, words: &[Word], k: usize) -> bool {
    let (Some(a), Some(and), Some(b)) = (words.get(k), words.get(k + 1), words.get(k + 2)) else {
        return false;
    };
    let own_name =
        |i: usize| org_head(words[i].text).is_some() || name_at(text, words, i).is_some();
    // "…Emerytów, Rencistów i Inwalidów": plural genitives too.
    let genitive =
        |w: &str| (w.ends_with(['y', 'i', 'u', 'a']) || w.ends_with("ów")) && !is_acronym(w);
    &text[words[k - 1].end..a.start] == ", "
        && and.text == "i"
        && joined(text, a, and)
        && joined(text, and, b)
        && is_capitalized(a.text)
        && is_capitalized(b.text)
        && genitive(a.text)
        && genitive(b.text)
        && !own_name(k)
        && !own_name(k + 2)
}

/// The word a quotation opened before word `k` ends with (within eight words, on one line).
pub(super) fn quote_end(text: &str, words: &[Word], k: usize) -> Option<usize> {
    (k..(k + 8).min(words.len()))
        .take_while(|&j| j == k || !text[words[j - 1].end..words[j].start].contains('\n'))
        .find(|&j| text[words[j].end..].starts_with(CLOSING_QUOTES))
}

pub(super) const CLOSING_QUOTES: [char; 3] = ['”', '"', '»'];
pub(super) const OPENING_QUOTES: [char; 3] = ['„', '"', '«'];

/// Only spaces and an opening quote between two words: `KS „Wifama”`, `Stowarzyszenie "Razem"`.
pub(super) fn opens_quote(text: &str, left: &Word, right: &Word) -> bool {
    matches!(text[left.end..right.start].trim_start(), "„" | "\"" | "«")
}

/// A capitalised word the lexicon reads only as a place, or does not know: "Krakowa",
/// "Olczy"; not "Oddziałami", also a common noun.
fn names_a_place_only(word: &str) -> bool {
    let readings = crate::polish::lexicon::analyse(word);
    is_capitalized(word) && (readings.is_empty() || place_not_common(&readings))
}

/// The word at `k` can start a place name after "w": not a common word alone.
fn seat_follows(text: &str, words: &[Word], k: usize) -> bool {
    use crate::polish::lexicon::{self, WordClass};
    let Some(w) = words.get(k) else {
        return false;
    };
    let readings = lexicon::analyse(w.text);
    // "Biblioteka w Programie Rozwoju Bibliotek", "Szkoła w Konkursie Wiedzy": a body takes
    // part in an event or a programme, which is no seat.
    const EVENTS: &[&str] = &[
        "program", "projekt", "konkurs", "akcja", "festiwal", "tydzień", "noc",
    ];
    let event = readings
        .iter()
        .any(|a| a.class == WordClass::Common && EVENTS.contains(&a.lemma.as_str()));
    if event {
        return false;
    }
    let name_goes_on = words
        .get(k + 1)
        .is_some_and(|n| joined(text, w, n) && is_capitalized(n.text));
    name_goes_on || !lexicon::only_common_readings(&readings)
}

/// "Sanitarno - Epidemiologiczna", "Miejsko - Gminny": the parts of a compound adjective
/// with the hyphen spaced, as texts rebuilt from tokens write it.
fn spaced_compound(text: &str, a: &Word, b: &Word) -> bool {
    matches!(&text[a.end..b.start], " - " | " – ")
        && a.text.ends_with('o')
        && is_capitalized(a.text)
        && is_capitalized(b.text)
}

/// Words joined by spaces, or by the dot of "im. " / "św. " or the slash of "z/s".
fn joined_or_dot(text: &str, a: &Word, b: &Word) -> bool {
    let gap = &text[a.end..b.start];
    // "im. S. I. Witkiewicza", "im. prof. A. Kamińskiego": initials and titles of a patron.
    let initial = a.text.chars().count() == 1 && a.text.starts_with(char::is_uppercase);
    let abbreviation = matches!(a.text, "im" | "pw" | "ds") || is_patron_title(a.text);
    joined(text, a, b)
        || gap == "/"
        || (gap == ". " && (abbreviation || initial))
        || spaced_compound(text, a, b)
}

/// The nominative: adjectives before the head and agreeing ones right after it are
/// inflected with the head; genitive complements and the location tail stay as written.
fn lemma_of(text: &str, words: &[Word], first: usize, head: usize, last: usize) -> String {
    let Some((head_nom, gender, is_nom)) = org_head(words[head].text) else {
        return text[words[first].start..words[last].end].to_string();
    };
    // "Centrum" and "Muzeum" do not inflect: their adjectives tell the case ("Gminnego
    // Centrum", "Muzeum Regionalnym").
    // A participle after the head is its adjective ("Liceum Ogólnokształcącego"); before
    // a head it is more often a role ("Przewodniczącego Rady").
    let after_head = Some(head + 1).filter(|&k| {
        k <= last && (looks_adjectival(words[k].text) || is_participle_adjective(words[k].text))
    });
    let oblique_modifier = (first..head)
        .chain(after_head)
        .any(|k| has_oblique_adjective_ending(words[k].text, gender));
    if is_nom && !oblique_modifier {
        return text[words[first].start..words[last].end].to_string();
    }
    let mut out = String::new();
    let mut agreeing = true;
    for k in first..=last {
        let w = words[k].text;
        let lemma = if k == head {
            head_nom.to_string()
        } else if k > head && joint_library(words, k) {
            "Biblioteka".to_string()
        } else if k < head || (agreeing && agrees_with_head(words, k, head, head_nom, gender)) {
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
        "iego", "ego", "iemu", "emu", "iej", "ej", "ym", "im", "ą", "a", "y", "i", "ie", "e",
    ];
    // "ższ": comparatives that name institutions (Najwyższa Izba, Wyższa Szkoła).
    const FORMANTS: &[&str] = &["n", "w", "sk", "ck", "dzk", "l", "ł", "cz", "ow", "ższ"];
    // "Posłowie", "Panowie": plural nouns, not adjectives in -ie.
    if w.ends_with("owie") {
        return false;
    }
    ENDINGS.iter().any(|e| {
        w.strip_suffix(e).is_some_and(|stem| {
            // "-ie" only after k/g ("Polskie", "Drugie"): "Posiedzenie" is a verbal noun.
            let soft_ok = *e != "ie" || stem.ends_with(['k', 'g']);
            soft_ok && stem.chars().count() >= 3 && FORMANTS.iter().any(|f| stem.ends_with(f))
        })
    })
}

/// A present participle used as an adjective in a name, in a case ending no noun in -ąc
/// has ("Liceum Ogólnokształcącego", "Stowarzyszenia Wspierającego"; not "Tysiąca").
fn is_participle_adjective(w: &str) -> bool {
    ["ego", "emu", "ej", "ym", "ą", "e"].iter().any(|e| {
        w.strip_suffix(e)
            .is_some_and(|stem| stem.ends_with("ąc") && stem.chars().count() >= 5)
    })
}

/// An adjective after the head in the head's case, unless it belongs to the noun after it:
/// "Uniwersytetu Jagiellońskiego" is Uniwersytet Jagielloński, but "Uniwersytetu Trzeciego
/// Wieku" keeps its "Trzeciego Wieku". A second adjective before a noun of its own opens
/// that noun's phrase: "Biblioteki Kórnickiej Polskiej Akademii Nauk" is Biblioteka
/// Kórnicka Polskiej Akademii Nauk ("Komendy Wojewódzkiej Policji", the first, agrees).
fn agrees_with_head(
    words: &[Word],
    k: usize,
    head: usize,
    head_nom: &str,
    gender: NounGender,
) -> bool {
    let opens_noun_phrase = k > head + 1
        && words.get(k + 1).is_some_and(|n| {
            is_capitalized(n.text)
                && n.text.chars().count() > 3
                && !looks_adjectival(n.text)
                && !n.text.eq_ignore_ascii_case("numer")
        });
    if opens_noun_phrase {
        return false;
    }
    // A branch is named after its library: "Filii Gminnej Biblioteki Publicznej" is Filia
    // Gminnej Biblioteki Publicznej (elsewhere an adjective of the same gender goes with the
    // head: "Komendy Wojewódzkiej Policji" is Komenda Wojewódzka Policji).
    let own_noun = words.get(k + 1).is_some_and(|n| {
        n.text == "Wieku"
            || (head_nom == "Filia"
                && org_head(n.text).is_some_and(|(_, _, nominative)| !nominative))
    });
    // "Nadleśnictwu Torzym": a town's own nominative that ends like an adjective.
    has_oblique_adjective_ending(words[k].text, gender) && !own_noun && !names_itself(words[k].text)
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
    let mut defined: Vec<Definition> = Vec::new();
    for n in names {
        let definition = |acronym: &str, explicit: bool| Definition {
            acronym: acronym.to_string(),
            kind: n.core_lemma.clone(),
            full: n.lemma.clone(),
            at: words[n.first].start,
            explicit,
        };
        if let Some(next) = words.get(n.last + 1) {
            let gap = &text[words[n.last].end..next.start];
            // "(GOK)" defines an acronym; a bare one after a name must be made of the name's
            // initials ("… Aktywności Lokalnej CAL"; "Akademii Nauk ZSRR" does not define ZSRR).
            // Mixed case counts in brackets: "Centrum Kultury i Promocji Gminy Kołaczyce (CKiP)".
            let bracketed = gap.trim() == "(" && acronym_core(next.text) == Some(next.text);
            let from_initials = letters_in_order(next.text, &n.initials);
            if (bracketed
                || (is_acronym(next.text) && matches!(gap.trim(), "" | "–" | "-") && from_initials))
                && gazetteer::lookup(next.text).is_none()
            {
                defined.push(definition(next.text, true));
            }
        }
        if n.initials.chars().count() >= 2 {
            defined.push(definition(&n.initials, false));
        }
    }
    // A town in capitals opening a line is a dateline ("KWIDZYN. Napad…"), no acronym. (An
    // interviewer's label, "CKM: …", stays one: NKJP marks it as the magazine 76 times of 109.)
    let found = words
        .iter()
        .filter(|w| super::places::dateline(text, w).is_none())
        .filter_map(|w| acronym_core(w.text).map(|core| (w, core)))
        .filter(|(_, core)| !NOT_ORG_ACRONYMS.contains(core))
        .filter(|(w, _)| !spans.iter().any(|s| s.start <= w.start && w.end <= s.end))
        .filter(|(_, core)| !core.chars().all(|c| "IVXLCDM".contains(c)))
        .filter_map(|(w, core)| {
            // Defined in this document: linked to the full name. Otherwise an acronym in
            // capitals is still most often an institution (SLD, NATO, GOPS), unless it is a
            // word set in capitals ("UWAGA", "KONKURS", "RAJD" in a headline).
            // A name after the acronym defines it only when the common list does not know
            // it: "SP Lipnica … Starostwo Powiatowe" keeps SP a primary school.
            // A name of the same kind may come later ("OSP … Ochotnicza Straż Pożarna z Olczy").
            // A name before it that only has its initials does not outweigh the list either:
            // "Starostwo Powiatowe … SP nr 4" is a school.
            let common = KNOWN_ACRONYMS
                .iter()
                .find(|(a, _)| *a == core)
                .map(|(_, full)| *full);
            let defined: Vec<&Definition> = defined
                .iter()
                .filter(|d| {
                    let same_kind = |full: &str| without_number_and_patron(&d.kind) == full;
                    let before = d.at < w.start && d.explicit;
                    d.acronym == core && (before || common.is_none_or(same_kind))
                })
                .collect();
            let spelled_out = defined
                .first()
                .map(|d| (d.kind.clone(), acronym_note(&d.kind, false)))
                // "SP ZOZ" (a health care unit) is no "SP" (a primary school); "OSP RP"
                // names its country.
                .or_else(|| {
                    let next = index_at(words, w.start, false).and_then(|i| words.get(i + 1));
                    if next.is_some_and(|n| {
                        joined(text, w, n)
                            && is_acronym(n.text)
                            && gazetteer::lookup(n.text).is_none()
                    }) {
                        return None;
                    }
                    common.map(|full| (full.to_string(), acronym_note(full, true)))
                });
            let (lemma, note) = match spelled_out {
                Some((full, note)) => (full, Some(note)),
                None if is_word_in_capitals(core) || in_capitals_run(text, words, w) => {
                    return None
                }
                None if gazetteer::lookup(core).is_some() => return None,
                None => (core.to_string(), Some(BARE_ACRONYM.to_string())),
            };
            // "oddziałowi IPN w Gdańsku", "koła PTTK w Limanowej": the seat is the part's,
            // and so is a quoted name after a part's capitalised name ("Oddział PTTK
            // „Podhale”", see headed_acronyms).
            let part = index_at(words, w.start, false)
                .and_then(|i| i.checked_sub(1))
                .map(|p| words[p].text)
                .filter(|p| names_a_part(p));
            let after_a_part = part.is_some();
            let named = named_acronym(text, words, w).filter(|_| !part.is_some_and(is_capitalized));
            if let Some(mut named) = named {
                // "GOK „Sezam”" with GOK defined: Gminny Ośrodek Kultury „Sezam”.
                if lemma != w.text {
                    named.lemma = format!("{lemma}{}", &text[w.end..named.end]);
                }
                return Some(named);
            }
            // "SP nr 3 im. Jana Pawła II w Jaśle", "GBP w Jaśle z/s w Szebniach": an
            // institution's acronym takes its number, patron and place.
            let numbered = number_and_patron(text, words, w, lemma != core);
            let last = numbered.unwrap_or(w);
            let tail_end = ((lemma != core || numbered.is_some()) && !after_a_part)
                .then(|| location_tail(text, words, last))
                .flatten()
                .or(numbered.map(|n| n.end))
                .or_else(|| branch_after(text, words, w))
                .or_else(|| town_after(text, words, w))
                .unwrap_or(w.end);
            // No tail, or one the name has already ("Zespół Szkolno-Przedszkolny nr 1 w
            // Brzostku (ZSP nr 1)"): the one full name the text defines, with its place.
            let tail = &text[w.end..tail_end];
            let lemma = if lemma.ends_with(tail) {
                sole_full_name(&defined).unwrap_or(lemma)
            } else if numbered.is_some() && !lemma.contains(tail.trim()) {
                // "SP nr 1 w Jedliczu" after "Szkoła Podstawowa nr 2 im. Tadeusza Kościuszki":
                // another school of the kind; its own number replaces the other's.
                format!("{}{tail}", without_number_and_patron(&lemma))
            } else {
                format!("{lemma}{tail}")
            };
            Some(Span {
                kind: EntityType::Organization,
                start: w.start,
                end: tail_end,
                lemma,
                value: None,
                note,
            })
        })
        .chain(solo_institutions(text, words, spans))
        .collect::<Vec<_>>();
    with_bare_acronyms_resolved(text, found)
}

/// "prezes OSP" after "OSP Szebnie": a bare common acronym names the one body of its kind
/// that the page names with a place, when there is only one.
fn with_bare_acronyms_resolved(text: &str, mut found: Vec<Span>) -> Vec<Span> {
    let fuller: Vec<Option<String>> = found
        .iter()
        .map(|bare| {
            let common = bare
                .note
                .as_deref()
                .is_some_and(|n| n.ends_with(FROM_COMMON_LIST));
            let word = &text[bare.start..bare.end];
            if !common || !is_acronym(word) {
                return None;
            }
            let mut longer = found.iter().filter(|o| {
                o.lemma.len() > bare.lemma.len()
                    && o.lemma.starts_with(&bare.lemma)
                    && text[o.start..].starts_with(word)
            });
            let first = longer.next()?;
            longer
                .all(|o| o.lemma == first.lemma)
                .then(|| first.lemma.clone())
        })
        .collect();
    for (span, lemma) in found.iter_mut().zip(fuller) {
        if let Some(lemma) = lemma {
            span.lemma = lemma;
        }
    }
    found
}

/// An institution's kind without the number and patron that single one out: "Szkoła
/// Podstawowa nr 2 im. Tadeusza Kościuszki" → "Szkoła Podstawowa".
fn without_number_and_patron(name: &str) -> &str {
    let cut = [" nr ", " im. "]
        .iter()
        .filter_map(|m| name.find(m))
        .min()
        .unwrap_or(name.len());
    &name[..cut]
}

/// Acronyms of the institutions local announcements name most, standing for one name
/// each (facts; "MDK" or "UM" stand for two and are left out). A document that spells an
/// acronym out itself wins over this list.
const KNOWN_ACRONYMS: &[(&str, &str)] = &[
    ("GBP", "Gminna Biblioteka Publiczna"),
    ("MBP", "Miejska Biblioteka Publiczna"),
    ("MGBP", "Miejsko-Gminna Biblioteka Publiczna"),
    ("PBP", "Powiatowa Biblioteka Publiczna"),
    ("WBP", "Wojewódzka Biblioteka Publiczna"),
    ("GOK", "Gminny Ośrodek Kultury"),
    ("MOK", "Miejski Ośrodek Kultury"),
    ("MGOK", "Miejsko-Gminny Ośrodek Kultury"),
    ("GCK", "Gminne Centrum Kultury"),
    ("GOPS", "Gminny Ośrodek Pomocy Społecznej"),
    ("MOPS", "Miejski Ośrodek Pomocy Społecznej"),
    ("OSP", "Ochotnicza Straż Pożarna"),
    ("KGW", "Koło Gospodyń Wiejskich"),
    ("UG", "Urząd Gminy"),
    ("ZS", "Zespół Szkół"),
    ("SP", "Szkoła Podstawowa"),
    ("LO", "Liceum Ogólnokształcące"),
    ("DKK", "Dyskusyjny Klub Książki"),
    ("UTW", "Uniwersytet Trzeciego Wieku"),
    ("LGD", "Lokalna Grupa Działania"),
    ("PUP", "Powiatowy Urząd Pracy"),
    ("PAFW", "Polsko-Amerykańska Fundacja Wolności"),
    ("FRSI", "Fundacja Rozwoju Społeczeństwa Informacyjnego"),
    ("NCK", "Narodowe Centrum Kultury"),
    ("MKiDN", "Ministerstwo Kultury i Dziedzictwa Narodowego"),
    ("ZHP", "Związek Harcerstwa Polskiego"),
    ("PCK", "Polski Czerwony Krzyż"),
    ("PTTK", "Polskie Towarzystwo Turystyczno-Krajoznawcze"),
    ("SBP", "Stowarzyszenie Bibliotekarzy Polskich"),
    ("ZNP", "Związek Nauczycielstwa Polskiego"),
    ("IPN", "Instytut Pamięci Narodowej"),
    ("PZW", "Polski Związek Wędkarski"),
];

/// "nr 3", "im. Jana Pawła II", "nr 1 im. Kopernika" right after an acronym: the last word
/// of that tail.
fn number_and_patron<'a>(
    text: &str,
    words: &'a [Word<'a>],
    w: &Word,
    spelled_out: bool,
) -> Option<&'a Word<'a>> {
    let i = index_at(words, w.start, false)?;
    let mut last = i;
    // Only spaces (or a dot) between the words: "Rozporządzenie (WE) nr 58" numbers the act.
    let next_is = |k: usize, test: &dyn Fn(&str) -> bool| {
        words
            .get(k + 1)
            .filter(|n| joined_or_dot(text, &words[k], n) && test(n.text))
            .is_some()
    };
    if !text[w.end..].starts_with(' ') {
        return None;
    }
    let number = |t: &str| t.chars().all(|c| c.is_ascii_digit());
    if words.get(i + 1).is_some_and(|n| n.text == "nr") && next_is(i + 1, &number) {
        last = i + 2;
    } else if spelled_out
        && next_is(i, &|t| number(t) && t.len() <= 3)
        && closes_a_number(text, &words[i + 1])
    {
        // "(SP 13)", "ZS 2 w Krośnie": an institution's number without "nr" ("TVP 1" or
        // "DAX 30", acronyms the text does not spell out, keep theirs apart).
        last = i + 1;
    }
    if words
        .get(last + 1)
        .is_some_and(|n| n.text == "im" && text[n.end..].starts_with('.'))
    {
        let mut k = last + 1;
        while k < last + 6 && next_is(k, &|t| is_capitalized(t) || is_patron_title(t)) {
            k += 1;
        }
        if k > last + 1 {
            last = k;
        }
    }
    (last > i).then(|| &words[last])
}

/// A number after an acronym that ends the name or goes on to its place or patron:
/// "(SP 13)", "ZS 2 w Krośnie", not "GOPS 2 razy" or "ONZ 3.5".
fn closes_a_number(text: &str, n: &Word) -> bool {
    let after = &text[n.end..];
    after.is_empty()
        || after.starts_with([')', ',', ';'])
        || after.starts_with(". ") && !after[2..].starts_with(|c: char| c.is_ascii_digit())
        || after.starts_with(" w ")
        || after.starts_with(" im.")
}

/// The end of a " w X" / " we X" place after word `w`, with a "z/s w Y" seat after it.
pub(super) fn location_tail(text: &str, words: &[Word], w: &Word) -> Option<usize> {
    let i = index_at(words, w.start, false)?;
    let (prep, place) = (words.get(i + 1)?, words.get(i + 2)?);
    let place_follows = matches!(prep.text, "w" | "we")
        && joined(text, w, prep)
        && joined(text, prep, place)
        && is_capitalized(place.text)
        && acronym_core(place.text).is_none();
    if !place_follows {
        return None;
    }
    // "w Sieklówce Dolnej", "w Nowej Dębie": a place of two words.
    let mut last = i + 2;
    if words
        .get(i + 3)
        .is_some_and(|n| joined(text, place, n) && second_word_of_a_place(place.text, n.text))
    {
        last = i + 3;
    }
    // "z/s w Szebniach": the seat, as in the full names.
    let last = seat_after(text, words, last + 1).unwrap_or(last);
    Some(words[last].end)
}

/// "Sieklówce Dolnej", "Tarnowskiej Woli", "Starym Sączu": two capitalised words in the
/// locative, one of them an adjective's form.
fn second_word_of_a_place(first: &str, second: &str) -> bool {
    let adjectival = |w: &str| w.ends_with("ej") || w.ends_with("ym") || w.ends_with("im");
    is_capitalized(second)
        && acronym_core(second).is_none()
        && (adjectival(first) || adjectival(second))
}

/// "MPK Lublin", "UKS SMS Łódź": a town in the nominative right after an acronym names
/// the branch, so it belongs to the mention. Returns the end of the town's name.
fn town_after(text: &str, words: &[Word], w: &Word) -> Option<usize> {
    use crate::polish::lexicon::{analyse, WordClass};
    let i = index_at(words, w.start, false)?;
    let town = words.get(i + 1)?;
    let nominative_place = || {
        if gazetteer::lookup(town.text) == Some(town.text) {
            return true;
        }
        let readings = analyse(town.text);
        let mut places = readings.iter().filter(|a| a.class == WordClass::Place);
        // A plural village SGJP reads only as a singular one's genitive ("OSP Górki":
        // Górka); after an acronym a town is written in the nominative.
        places.clone().any(|a| a.lemma == town.text)
            || (town.text.ends_with(['i', 'y']) && places.next().is_some())
    };
    let continues = words
        .get(i + 2)
        .is_some_and(|n| joined(text, town, n) && is_capitalized(n.text));
    (&text[w.end..town.start] == " "
        && is_capitalized(town.text)
        && org_head(town.text).is_none()
        && acronym_core(town.text).is_none()
        && !continues
        && nominative_place())
    .then_some(town.end)
}

/// "PTTK Oddział w Jarosławiu", "ZHP Koło w Brzozowie": a branch named after the acronym of
/// its body, with its place. Where the branch's name ends.
fn branch_after(text: &str, words: &[Word], w: &Word) -> Option<usize> {
    let i = index_at(words, w.start, false)?;
    let branch = words.get(i + 1).filter(|b| {
        joined(text, w, b)
            && matches!(
                b.text,
                "Oddział" | "Oddziału" | "Oddziale" | "Koło" | "Koła"
            )
    })?;
    location_tail(text, words, branch)
}

/// "z/s w Szebniach" (z siedzibą w) starting at word `z`: the index of the seat's name.
fn seat_after(text: &str, words: &[Word], z: usize) -> Option<usize> {
    let (prep, place) = (words.get(z + 2)?, words.get(z + 3)?);
    let seat = opens_a_seat(text, words, z)
        && matches!(prep.text, "w" | "we")
        && is_capitalized(place.text);
    seat.then_some(z + 3)
}

/// Word `z` opens "z/s" or "z siedzibą", the words before a seat.
fn opens_a_seat(text: &str, words: &[Word], z: usize) -> bool {
    let Some(w) = words.get(z).filter(|w| w.text == "z") else {
        return false;
    };
    text[w.end..].starts_with("/s")
        || words
            .get(z + 1)
            .is_some_and(|n| n.text == "siedzibą" && joined(text, w, n))
}

/// The lemma writes a seat as "z/s", however the text spells it, so that one library is
/// one name: "… w Jaśle z siedzibą w Szebniach" → "… w Jaśle z/s w Szebniach".
fn seat_abbreviated(lemma: String) -> String {
    if lemma.contains(" z siedzibą w") {
        lemma.replace(" z siedzibą w", " z/s w")
    } else {
        lemma
    }
}

/// A short word in a headline set in capitals ("NIE MA CZEGO SIĘ BAĆ"): the lexicon knows
/// it as a common word and a neighbour is in capitals too.
fn in_capitals_run(text: &str, words: &[Word], w: &Word) -> bool {
    use crate::polish::lexicon::{analyse, WordClass};
    let common = analyse(w.text).iter().any(|a| a.class == WordClass::Common);
    let Some(i) = index_at(words, w.start, false) else {
        return false;
    };
    // "PZU SA": a company form is no headline.
    let capitals = |x: &Word| {
        x.text != "SA" && x.text.chars().count() >= 2 && x.text.chars().all(|c| !c.is_lowercase())
    };
    let before = i
        .checked_sub(1)
        .map(|j| &words[j])
        .filter(|p| joined(text, p, w));
    let after = words.get(i + 1).filter(|n| joined(text, w, n));
    common && (before.is_some_and(capitals) || after.is_some_and(capitals))
}

/// A given name in the nominative: from our list, or a form SGJP gives as its own lemma.
fn is_given_name_nominative(w: &str) -> bool {
    use crate::polish::lexicon::{analyse, WordClass};
    use crate::polish::names::{first_name, Case};
    match first_name(w) {
        Some(f) => f.case == Case::Nominative,
        None => analyse(w)
            .iter()
            .any(|a| a.class == WordClass::FirstName && a.lemma == w),
    }
}

/// The one full name, place included, that the document gives for an acronym: "w czytelni
/// GBP" in a text about Gminna Biblioteka Publiczna w Jaśle is that library, not every GBP.
/// None when the text names two such bodies or none. `defined` holds the acronym's
/// definitions only.
fn sole_full_name(defined: &[&Definition]) -> Option<String> {
    let first = defined.first()?;
    defined
        .iter()
        .all(|d| d.full == first.full)
        .then(|| first.full.clone())
}

/// Every letter of `acronym` occurs in `initials`, in the same order.
fn letters_in_order(acronym: &str, initials: &str) -> bool {
    let mut rest = initials.chars().flat_map(char::to_uppercase);
    acronym
        .chars()
        .flat_map(char::to_uppercase)
        .all(|a| rest.any(|i| i == a))
}

/// Kinds of sports clubs written as an acronym before the club's name.
const CLUB_KINDS: &[&str] = &[
    "KS", "MKS", "LKS", "GKS", "UKS", "LZS", "EKS", "SPS", "MKP", "RKS", "AZS", "WKS", "ZKS",
    "OKS", "KKS", "MUKS", "SKS", "ULKS", "GLKS", "TKKF", "MLKS", "FC", "AC", "SC", "CF", "SV",
];

/// An acronym with the name written after it: a quoted name ("GOK „Sezam”"), and for a
/// sports club up to three capitalised words too ("MKS Bzura Ozorków", "KS „Wifama” Łódź").
fn named_acronym(text: &str, words: &[Word], kind: &Word) -> Option<Span> {
    let club = CLUB_KINDS.contains(&kind.text);
    let i = index_at(words, kind.start, false)?;
    // A name in quotes opens with a capital: 'PiS "na garnuszku"' quotes a phrase.
    let quoted = match words.get(i + 1) {
        Some(n) if opens_quote(text, kind, n) && is_capitalized(n.text) => {
            Some(quote_end(text, words, i + 1)?)
        }
        _ => None,
    };
    let mut last = quoted.unwrap_or(i);
    while club && last < i + 4 {
        let Some(n) = words.get(last + 1) else { break };
        let gap = text[words[last].end..n.start].trim_start_matches(CLOSING_QUOTES);
        if gap != " " || !is_capitalized(n.text) || is_acronym(n.text) {
            break;
        }
        last += 1;
    }
    if last == i {
        return None;
    }
    let mut end = words[last].end;
    if quoted == Some(last) {
        end += text[end..].chars().next().map_or(0, char::len_utf8);
    }
    Some(Span {
        kind: EntityType::Organization,
        start: kind.start,
        end,
        lemma: text[kind.start..end].to_string(),
        value: None,
        note: Some(if club { "sports club" } else { "named acronym" }.into()),
    })
}

/// A Polish word of four letters or more written in capitals: the lexicon knows it as a
/// common word ("UWAGA") or a person's name ("MATEUSZ" in an interview, "HANNA" in a
/// byline), and not as an organization or another name (SGJP lists acronyms such as CBOS
/// too; three-letter ones such as TVP or ZUS even as common words).
fn is_word_in_capitals(token: &str) -> bool {
    use crate::polish::lexicon::{analyse, WordClass};
    let readings = analyse(token);
    let word = |a: &crate::polish::lexicon::Analysis| {
        matches!(
            a.class,
            WordClass::Common | WordClass::FirstName | WordClass::Surname
        )
    };
    // "SdRP", "MSWiA": small letters inside are an acronym's, never a headline's.
    let all_capitals = token.chars().all(|c| !c.is_lowercase());
    all_capitals
        && token.chars().count() >= 4
        && readings.iter().any(word)
        && !readings
            .iter()
            .any(|a| matches!(a.class, WordClass::Organization | WordClass::Proper))
}

/// "Sejm", "Senatu", "Kościoła": institutions named by the head noun alone. One followed
/// by a capitalised word is part of a longer name ("Kościele Mariackim", "Sejm Krajowy"),
/// unless that word opens a person's name after an office ("marszałek Sejmu Józef Zych").
fn solo_institutions<'a>(
    text: &'a str,
    words: &'a [Word],
    spans: &'a [Span],
) -> impl Iterator<Item = Span> + 'a {
    use crate::polish::names::{first_name, Case};
    words.iter().enumerate().filter_map(move |(i, w)| {
        let person_next = |n: &Word| {
            first_name(n.text).is_some_and(|f| f.case == Case::Nominative)
                && words.get(i + 2).is_some_and(|s| is_capitalized(s.text))
        };
        // "Sejm RP", "Senatu RP": the country's acronym closes the name.
        let country = words.get(i + 1).filter(|n| {
            joined(text, w, n) && is_acronym(n.text) && gazetteer::lookup(n.text).is_some()
        });
        let named_on = country.is_none()
            && words
                .get(i + 1)
                .is_some_and(|n| joined(text, w, n) && is_capitalized(n.text) && !person_next(n));
        let (lemma, common_too, short) = match SOLO_ORGS
            .iter()
            .find(|(_, forms, _)| forms.contains(&w.text))
        {
            Some((lemma, _, common_too)) => (*lemma, *common_too, false),
            None => (short_name(text, words, i)?, true, true),
        };
        if named_on
            || (short && country.is_some())
            || (common_too
                && !quoted_alone(text, w)
                && (at_sentence_start(text, w) || opens_line(text, w.start)))
            || spans.iter().any(|s| s.start <= w.start && w.end <= s.end)
        {
            return None;
        }
        let (end, lemma) = match (denomination(text, words, i, lemma), country) {
            (Some((end, adjective)), _) => (end, format!("{lemma} {adjective}")),
            (None, Some(c)) => (c.end, format!("{lemma} {}", c.text)),
            (None, _) => (w.end, lemma.to_string()),
        };
        Some(Span {
            kind: EntityType::Organization,
            start: w.start,
            end,
            lemma,
            value: None,
            note: short.then(|| SHORT_NAME.to_string()),
        })
    })
}

/// "Kościoła katolickiego", "Kościół prawosławny": the church takes its denomination,
/// written in lower case after it (end of the name, adjective in the nominative).
fn denomination(text: &str, words: &[Word], i: usize, lemma: &str) -> Option<(usize, String)> {
    const DENOMINATIONS: &[&str] = &[
        "katolick",
        "rzymskokatolick",
        "greckokatolick",
        "polskokatolick",
        "prawosławn",
        "ewangelick",
    ];
    let next = words.get(i + 1)?;
    let fits = lemma == "Kościół"
        && joined(text, &words[i], next)
        && DENOMINATIONS.iter().any(|d| next.text.starts_with(d));
    fits.then(|| adjective_nominative(next.text, NounGender::Masculine))
        .flatten()
        .map(|nominative| (next.end, nominative))
}

/// The note of a head noun standing for a body ("Rady") until it is resolved.
const SHORT_NAME: &str = "short name";

/// "Biblioteka" in a text that names "Gminna Biblioteka Publiczna w Jaśle" (in full or by
/// its acronym) stands for it: the lemma becomes the full name, so that a facet lists the
/// library, not the word. A head no name of the text contains stays itself.
fn resolve_short_names(spans: &mut [Span]) {
    let full_names: Vec<String> = spans
        .iter()
        .filter(|s| s.note.as_deref() != Some(SHORT_NAME))
        .map(|s| s.lemma.clone())
        .collect();
    for span in spans
        .iter_mut()
        .filter(|s| s.note.as_deref() == Some(SHORT_NAME))
    {
        let full = full_names
            .iter()
            .find(|name| name.split_whitespace().any(|part| part == span.lemma));
        span.note = full.map(|name| format!("short for {name}"));
        if let Some(name) = full {
            span.lemma = name.clone();
        }
    }
}

/// A word between quotes of its own („Solidarności”): a name, though the opening quote
/// looks like the start of a sentence.
fn quoted_alone(text: &str, w: &Word) -> bool {
    enclosing_quotes(text, w.start, w.end).is_some()
}

/// Heads that, alone and capitalised, are as often a kind of place or service written
/// with a capital out of respect or habit ("Policja przyjechała", "Szkoła", "Muzeum",
/// "Sąd orzekł") or an inquiry among many ("Komisja"), measured on both NER corpora.
const GENERIC_HEADS: &[&str] = &[
    "Policja",
    "Centrum",
    "Szkoła",
    "Muzeum",
    "Chór",
    "Orkiestra",
    "Koalicja",
    "Armia",
    "Stacja",
    "Zarząd",
    "Wspólnota",
    "Redakcja",
    "Prokuratura",
    "Sąd",
    "Bank",
    "Komisja",
    "Departament",
];

/// Heads of newspapers' names, which name one paper alone only between quotes.
const NEWSPAPER_HEADS: &[&str] = &["Gazeta", "Kurier", "Tygodnik"];

/// "Rady", "Sojuszu", "Urzędu": a body's head noun alone, capitalised inside a sentence
/// and after no capitalised word, is the short name of a body the text names in full.
fn short_name(text: &str, words: &[Word], i: usize) -> Option<&'static str> {
    let w = &words[i];
    let (lemma, _, _) = org_head(w.text)?;
    if GENERIC_HEADS.contains(&lemma) {
        return None;
    }
    // "w wydaniu Gazety" is any paper; "„Gazety”" in quotes is the one the text is about.
    if NEWSPAPER_HEADS.contains(&lemma) && !quoted_alone(text, w) {
        return None;
    }
    let after_name = i
        .checked_sub(1)
        .is_some_and(|j| joined(text, &words[j], w) && is_capitalized(words[j].text));
    (!after_name).then_some(lemma)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extraction::tokens::words;

    fn surfaces(found: &[(String, String)]) -> Vec<&str> {
        found.iter().map(|(s, _)| s.as_str()).collect()
    }

    fn orgs(text: &str) -> Vec<(String, String)> {
        find(text, &words(text))
            .into_iter()
            .map(|s| (text[s.start..s.end].to_string(), s.lemma))
            .collect()
    }

    #[test]
    fn a_body_followed_by_the_acronym_of_its_owner_is_one_name() {
        // After a heading with no full stop, the verb opening the paragraph is no adjective.
        assert_eq!(
            orgs("Koncert\n\nZagrała Orkiestra Dęta OSP w Kołaczycach."),
            [(
                "Orkiestra Dęta OSP w Kołaczycach".to_string(),
                "Orkiestra Dęta OSP w Kołaczycach".to_string()
            )]
        );
        // An acronym that spells out the name before it stays its own mention.
        let found = orgs("Pomaga nam Stowarzyszenie Centrum Wspierania Aktywności Lokalnej CAL.");
        assert_eq!(found.len(), 2, "{found:?}");
    }

    #[test]
    fn a_second_seat_is_where_a_branch_stands() {
        let found = orgs(
            "Woda zalała książki w filii Gminnej Biblioteki Publicznej w Gorzycach w Trześni.",
        );
        assert_eq!(
            surfaces(&found),
            ["Gminnej Biblioteki Publicznej w Gorzycach"]
        );
        // A branch's own name keeps both; "z" opens no seat.
        let found = orgs("Otwarto Filię Biblioteki w Gorzycach w Trześni.");
        assert_eq!(
            surfaces(&found)[0],
            "Filię Biblioteki w Gorzycach w Trześni"
        );
        let found =
            orgs("Przyszli uczniowie Szkoły Podstawowej z Litewskim Językiem Nauczania w Puńsku.");
        assert_eq!(
            surfaces(&found),
            ["Szkoły Podstawowej z Litewskim Językiem Nauczania w Puńsku"]
        );
    }

    #[test]
    fn an_instrumental_after_and_starts_the_next_body() {
        let found = orgs("Pomogli nam razem z Nadleśnictwem Złoczew i Miejskim Domem Kultury.");
        assert_eq!(
            surfaces(&found),
            ["Nadleśnictwem Złoczew", "Miejskim Domem Kultury"]
        );
        // A genitive after "i" goes on with the name.
        let found = orgs("Grali z Ośrodkiem Sportu i Rekreacji w Głogowie.");
        assert_eq!(
            surfaces(&found),
            ["Ośrodkiem Sportu i Rekreacji w Głogowie"]
        );
    }

    #[test]
    fn a_branch_names_its_body_which_is_found_inside_it() {
        let found = orgs(
            "Zaprasza Filia nr 5 Miejskiej Biblioteki Publicznej w Rybniku. Spotkanie \
             współorganizował Oddział Instytutu Pamięci Narodowej w Rzeszowie.",
        );
        let lemmas: Vec<&str> = found.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(
            lemmas,
            [
                "Filia nr 5 Miejskiej Biblioteki Publicznej w Rybniku",
                "Miejska Biblioteka Publiczna w Rybniku",
                "Oddział Instytutu Pamięci Narodowej w Rzeszowie",
                "Instytut Pamięci Narodowej",
            ]
        );
        // A branch in a village of the body's gmina: the second seat is the branch's.
        let found = orgs("Filia Gminnej Biblioteki Publicznej w Dopiewie w Konarzewie zaprasza.");
        let lemmas: Vec<&str> = found.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(
            lemmas,
            [
                "Filia Gminnej Biblioteki Publicznej w Dopiewie w Konarzewie",
                "Gminna Biblioteka Publiczna w Dopiewie",
            ]
        );
        // A faculty is named after its university, but is not a branch of it.
        assert_eq!(
            orgs("Był tam Wydział Prawa Uniwersytetu Warszawskiego.").len(),
            1
        );
    }

    #[test]
    fn a_patron_that_is_a_body_is_found_inside_the_name() {
        let found = orgs("Uczniowie Szkoły Podstawowej im. Armii Krajowej w Dębicy wystąpili.");
        let lemmas: Vec<&str> = found.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(
            lemmas,
            [
                "Szkoła Podstawowa im. Armii Krajowej w Dębicy",
                "Armia Krajowa"
            ]
        );
        // A person as patron is no body.
        assert_eq!(orgs("Gimnazjum im. Jana Kochanowskiego w Jaśle.").len(), 1);
    }

    #[test]
    fn a_patrons_title_and_genitive_stay_in_the_name() {
        let names = |text: &str| -> Vec<String> { orgs(text).into_iter().map(|o| o.0).collect() };
        assert_eq!(
            names("Uczniowie Gimnazjum im. Ks. Jerzego Popiełuszki przyszli."),
            ["Gimnazjum im. Ks. Jerzego Popiełuszki"]
        );
        // "Stanisława" also reads as a woman's nominative, which elsewhere starts a person.
        assert_eq!(
            names("Zespół Szkół im. prof. Stanisława Kota w Lubeni zaprasza."),
            ["Zespół Szkół im. prof. Stanisława Kota w Lubeni"]
        );
        assert_eq!(
            names("Leczył się w Szpitalu Św. Wojciecha w Gdańsku."),
            ["Szpitalu Św. Wojciecha w Gdańsku"]
        );
        // Without "im." the title opens a person after the name.
        let council = names("Obrady Rady Miasta prof. Stanisław Stomma otworzył.");
        assert!(council.iter().all(|n| !n.contains("Stomma")), "{council:?}");
    }

    #[test]
    fn a_part_before_a_bodys_acronym_is_one_name_with_its_seat() {
        let found = orgs("Śpiewał chór Koła DFK w Krośnicy i członkowie Koła PTTK w Limanowej.");
        assert_eq!(
            found,
            [
                (
                    "Koła DFK w Krośnicy".to_string(),
                    "Koło DFK w Krośnicy".to_string()
                ),
                ("DFK".to_string(), "DFK".to_string()),
                (
                    "Koła PTTK w Limanowej".to_string(),
                    "Koło PTTK w Limanowej".to_string()
                ),
                // The common list spells the body out; the seat is the circle's.
                (
                    "PTTK".to_string(),
                    "Polskie Towarzystwo Turystyczno-Krajoznawcze".to_string()
                ),
            ]
        );
        // A scouts' unit is a body; a team after "Drużyna" is the club's name alone.
        let found =
            orgs("Przyszła 2 Drużyna Harcerska „Wigry”. Drużyna Płomienia Kcynia przegrała.");
        assert_eq!(found[0].1, "2 Drużyna Harcerska „Wigry”");
        assert!(
            found.iter().all(|(t, _)| !t.starts_with("Drużyna P")),
            "{found:?}"
        );
        // So is a town in the nominative after it.
        let found = orgs("Był komendant Hufca ZHP Kędzierzyn-Koźle hm. Tomasz Szlęzak.");
        assert_eq!(found[0].1, "Hufiec ZHP Kędzierzyn-Koźle");
        let found = orgs("Pomógł Hufiec ZHP Strzelce Opolskie.");
        assert_eq!(found[0].1, "Hufiec ZHP Strzelce Opolskie");
        assert_eq!(found[1].0, "ZHP");
        // A quoted name after the acronym is the branch's.
        let found = orgs("Partnerem jest Oddział PTTK „Podhale” w Nowym Targu.");
        assert_eq!(found[0].1, "Oddział PTTK „Podhale”");
        assert_eq!(found[1].0, "PTTK");
        // Written small, the part leaves the acronym alone and the seat to the places.
        let found = orgs("Delegatura podlega oddziałowi IPN w Gdańsku.");
        assert_eq!(orgs("Mówi prezes zarządu WPZ „Luka”.")[0].0, "WPZ „Luka”");
        assert_eq!(found[0].0, "IPN");
    }

    #[test]
    fn roles_and_codes_in_capitals_are_no_bodies() {
        assert!(orgs("Blogujący CEO podał numer ISBN i PESEL, a DJ zagrał dla VIP.").is_empty());
        assert!(orgs("Mszę w kościele pw. Wniebowzięcia NMP odprawił proboszcz.").is_empty());
    }

    #[test]
    fn a_branch_keeps_its_librarys_name_in_the_genitive() {
        let o = orgs(
            "Warsztaty odbyły się w Filii Gminnej Biblioteki Publicznej w Trzcinicy \
                      i w Komendzie Wojewódzkiej Policji w Krośnie.",
        );
        let lemmas: Vec<&str> = o.iter().map(|(_, l)| l.as_str()).collect();
        assert!(
            lemmas.contains(&"Filia Gminnej Biblioteki Publicznej w Trzcinicy"),
            "{o:?}"
        );
        // Elsewhere an adjective of the head's gender agrees with the head.
        assert!(
            lemmas.contains(&"Komenda Wojewódzka Policji w Krośnie"),
            "{o:?}"
        );
    }

    #[test]
    fn short_names_quotes_and_mixed_case_acronyms() {
        let text = "Gminna Biblioteka Publiczna w Jaśle zaprasza. Dar otrzymała \
                    Biblioteka, a uchwałę Rady przyjęto.";
        let o = orgs(text);
        assert!(
            o.contains(&(
                "Biblioteka".into(),
                "Gminna Biblioteka Publiczna w Jaśle".into()
            )),
            "{o:?}"
        );
        assert!(o.contains(&("Rady".into(), "Rada".into())), "{o:?}");
        // At a sentence start, or a kind of service, the head is the common word.
        let o = orgs("Biblioteka jest czynna. Na miejsce przyjechała Policja.");
        assert!(o.is_empty(), "{o:?}");
        let o = orgs("Członkowie „Solidarności” i posłowie SdRP oraz PiS-u przyszli do MSWiA.");
        let found: Vec<&str> = o.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(found, ["„Solidarności”", "SdRP", "PiS-u", "MSWiA"], "{o:?}");
        assert_eq!(o[0].1, "Solidarność");
        let o = orgs("Stanowisko Kościoła katolickiego jest znane.");
        assert_eq!(
            o,
            [("Kościoła katolickiego".into(), "Kościół katolicki".into())]
        );
    }

    #[test]
    fn ordinals_and_patrons_with_titles_and_initials() {
        let o =
            orgs("Spotkanie w Gminnej Bibliotece Publicznej im. ks. Jana Twardowskiego w Jaśle.");
        assert_eq!(
            o[0].1,
            "Gminna Biblioteka Publiczna im. ks. Jana Twardowskiego w Jaśle"
        );
        let o = orgs("Przyszli uczniowie I Liceum Ogólnokształcącego im. S. I. Witkiewicza.");
        assert_eq!(o[0].0, "I Liceum Ogólnokształcącego im. S. I. Witkiewicza");
        let o = orgs("Dowódca 11 Dywizji Kawalerii Pancernej przemawiał.");
        assert_eq!(o[0].1, "11 Dywizja Kawalerii Pancernej");
        // A number before other names counts them.
        let o = orgs("Przyjechały 3 Koła Gospodyń Wiejskich.");
        assert_eq!(o[0].0, "Koła Gospodyń Wiejskich");
    }

    #[test]
    fn comparative_and_neuter_adjectives_before_the_head() {
        let o = orgs("Raport Najwyższej Izby Kontroli omówiło Polskie Stronnictwo Ludowe.");
        assert_eq!(o[0].1, "Najwyższa Izba Kontroli");
        assert_eq!(o[1].0, "Polskie Stronnictwo Ludowe");
        let o = orgs("Posiedzenie Parlamentarnego Zespołu odbędzie się jutro.");
        assert_eq!(o[0].0, "Parlamentarnego Zespołu");
        let o = orgs("Raport przygotowała Światowa Organizacja Zdrowia.");
        assert_eq!(o[0].0, "Światowa Organizacja Zdrowia");
    }

    #[test]
    fn lemmas_of_indeclinable_heads_and_complements_in_the_genitive() {
        let o = orgs("Wystawa w Muzeum Regionalnym im. Adama Fastnachta trwa.");
        assert_eq!(o[0].1, "Muzeum Regionalne im. Adama Fastnachta");
        let o = orgs("Zapraszamy do Punktu Bibliotecznego w Trzcinicy.");
        assert_eq!(o[0].1, "Punkt Biblioteczny w Trzcinicy");
        assert!(orgs("Punkt widzenia zależy od punktu siedzenia.").is_empty());
        // A participle after the head is its adjective; before one, a role.
        let o = orgs("Uczniowie przyszli z Liceum Ogólnokształcącego w Jaśle.");
        assert_eq!(o[0].1, "Liceum Ogólnokształcące w Jaśle");
        let o = orgs("Podpisał to w imieniu Przewodniczącego Rady Gminy Dębowiec.");
        assert_eq!(o[0].0, "Rady Gminy Dębowiec");
        // A number the defined name has already is not repeated.
        let o = orgs(
            "Zespół Szkolno-Przedszkolny nr 1 w Brzostku (ZSP nr 1) zaprasza. ZSP nr 1 dziękuje.",
        );
        assert!(
            o.iter()
                .all(|(_, l)| l == "Zespół Szkolno-Przedszkolny nr 1 w Brzostku"),
            "{o:?}"
        );
        let o =
            orgs("Przyszli słuchacze Uniwersytetu Trzeciego Wieku i Uniwersytetu Jagiellońskiego.");
        assert_eq!(o[0].1, "Uniwersytet Trzeciego Wieku");
        assert_eq!(o[1].1, "Uniwersytet Jagielloński");
        let o = orgs("Radny Rady Powiatu Brzozowskiego zabrał głos.");
        assert_eq!(o[0].0, "Rady Powiatu Brzozowskiego");
        // A town's nominative in "-ym" is no adjective of the head.
        let o = orgs("Dziękujemy Nadleśnictwu Torzym za albumy.");
        assert_eq!(o[0].1, "Nadleśnictwo Torzym");
    }

    #[test]
    fn where_a_body_comes_from_is_no_part_of_its_name_but_a_circles_village_is() {
        let o = orgs("Przyjechali strażacy z Ochotniczej Straży Pożarnej z Olczy i Instytut Książki z Krakowa.");
        assert_eq!(o[0].0, "Ochotniczej Straży Pożarnej");
        assert_eq!(o[1].0, "Instytut Książki");
        let o = orgs("Piekło Koło Gospodyń Wiejskich z Nawsia Brzosteckiego.");
        assert_eq!(o[0].0, "Koło Gospodyń Wiejskich z Nawsia Brzosteckiego");
        let o = orgs("Wyroby Zakładu Przetwórstwa z Tworzyw Sztucznych.");
        assert_eq!(o[0].0, "Zakładu Przetwórstwa z Tworzyw Sztucznych");
    }

    #[test]
    fn an_enumeration_inside_a_name_and_local_action_groups() {
        let o = orgs("Konkurs poprowadził Gminny Ośrodek Kultury, Sportu i Rekreacji w Lipinkach.");
        assert_eq!(
            o[0].0,
            "Gminny Ośrodek Kultury, Sportu i Rekreacji w Lipinkach"
        );
        // Three bodies, not one: an acronym or a name of its own after the comma.
        let o = orgs("Pomogli Urząd Gminy, GOPS i Biblioteka Publiczna w Lipinkach.");
        assert_eq!(o[0].0, "Urząd Gminy");
        let o =
            orgs("Stoisko przygotowała z Lokalną Grupą Działania „Beskid Gorlicki” biblioteka.");
        assert_eq!(o[0].1, "Lokalna Grupa Działania „Beskid Gorlicki”");
    }

    #[test]
    fn coordinated_adjectives_share_the_head_and_the_acronym() {
        let text = "Gościliśmy w Wojewódzkiej i Miejskiej Bibliotece Publicznej w Gorzowie \
                    Wielkopolskim. WiMBP prowadzi też Powiatowa i Miejska Biblioteka Publiczna.";
        let o = orgs(text);
        assert_eq!(
            o[0].1,
            "Wojewódzka i Miejska Biblioteka Publiczna w Gorzowie Wielkopolskim"
        );
        assert_eq!(o[1], ("WiMBP".into(), o[0].1.clone()));
        assert_eq!(o[2].0, "Powiatowa i Miejska Biblioteka Publiczna");
        // Different cases are not one name: "Gminną i Miejskiej" is no coordination.
        let o =
            orgs("Stara i Miejska Biblioteka zaprasza, a Nową i Gminnej Bibliotece dziękujemy.");
        assert!(o.iter().all(|(t, _)| !t.starts_with("Nową")), "{o:?}");
    }

    #[test]
    fn compounds_with_a_spaced_hyphen_and_seats_that_are_places() {
        let o = orgs("Dyrektor Miejsko - Gminnego Ośrodka Kultury w Małogoszczu przemawiał.");
        assert_eq!(o[0].1, "Miejsko - Gminny Ośrodek Kultury w Małogoszczu");
        let o = orgs("Wojewódzka Stacja Sanitarno - Epidemiologiczna zaprasza.");
        assert_eq!(o[0].0, "Wojewódzka Stacja Sanitarno - Epidemiologiczna");
        let o = orgs("Posłowie Unii Wolności w Akcji zagłosowali.");
        assert_eq!(o[0].0, "Unii Wolności");
    }

    #[test]
    fn two_acronyms_name_one_body() {
        let o = orgs("Na plenum KC PZPR przemawiał sekretarz.");
        assert_eq!(o, [("KC PZPR".to_string(), "KC PZPR".to_string())]);
    }

    #[test]
    fn the_church_and_the_union_by_their_own_capital() {
        let o = orgs("Nauka społeczna Kościoła jest znana. Kościół odnowiono latem.");
        assert_eq!(o, [("Kościoła".to_string(), "Kościół".to_string())]);
        let o = orgs("Polska weszła do Unii w 2004 roku.");
        assert_eq!(o, [("Unii".to_string(), "Unia Europejska".to_string())]);
    }

    #[test]
    fn time_zones_and_short_words_in_capitals_are_no_acronyms() {
        assert!(orgs("Start o 20:00 CET. NIE i TAK w nagłówku.").is_empty());
    }

    #[test]
    fn a_name_in_the_nominative_after_one_in_an_oblique_case_is_another() {
        let found = orgs(
            "Dzięki dotacji z Ministerstwa Kultury i Dziedzictwa Narodowego Gminna Biblioteka \
             Publiczna w Chełmży kupiła książki. Wsparł nas Klub Parlamentarny Unia Pracy, a \
             wykład dał członek Polskiego Towarzystwa Ginekologicznego Oddział w Rzeszowie.",
        );
        let surfaces = surfaces(&found);
        assert_eq!(
            surfaces,
            [
                "Ministerstwa Kultury i Dziedzictwa Narodowego",
                "Gminna Biblioteka Publiczna w Chełmży",
                "Klub Parlamentarny Unia Pracy",
                "Polskiego Towarzystwa Ginekologicznego Oddział w Rzeszowie"
            ]
        );
    }

    #[test]
    fn an_acronym_takes_the_town_written_after_it() {
        let o = orgs("Autobusy MPK Lublin jeżdżą, a dyrektor MPK zaprasza.");
        assert_eq!(o[0].0, "MPK Lublin");
        assert_eq!(o[1].0, "MPK");
        // A branch named after its body's acronym, with its place.
        let o = orgs("Klub działa przy PTTK Oddział w Jarosławiu od lat.");
        assert_eq!(o[0].0, "PTTK Oddział w Jarosławiu");
    }

    #[test]
    fn an_acronym_takes_its_number_patron_and_place() {
        let o = orgs("Uczniowie SP nr 3 im. Jana Pawła II w Jaśle i ZS nr 2 w Krośnie.");
        assert_eq!(o[0].0, "SP nr 3 im. Jana Pawła II w Jaśle");
        assert_eq!(
            o[1],
            (
                "ZS nr 2 w Krośnie".into(),
                "Zespół Szkół nr 2 w Krośnie".into()
            )
        );
        // Another school of the kind the page spells out: its own number, not the other's.
        let two =
            orgs("Uczniowie Szkoły Podstawowej nr 2 im. Jana Pawła II w Jaśle i SP nr 1 w Jaśle.");
        assert!(
            two.iter()
                .any(|(_, l)| l == "Szkoła Podstawowa nr 1 w Jaśle"),
            "{two:?}"
        );
        let act = orgs("Rozporządzenie (WE) nr 58 / 2003 upoważnia Komisję.");
        assert!(act.iter().all(|(t, _)| !t.contains("nr")), "{act:?}");
    }

    #[test]
    fn a_patron_with_a_full_title_and_a_schools_degree_stay_in_the_name() {
        let names = |text: &str| -> Vec<String> { orgs(text).into_iter().map(|o| o.0).collect() };
        assert_eq!(
            names("Recytowali uczniowie Liceum Ogólnokształcącego im. Króla Władysława Jagiełły w Bieczu."),
            ["Liceum Ogólnokształcącego im. Króla Władysława Jagiełły w Bieczu"]
        );
        assert_eq!(
            names("Grała Zofia Gąsior z Państwowej Szkoły Muzycznej I stopnia w Gorlicach."),
            ["Państwowej Szkoły Muzycznej I stopnia w Gorlicach"]
        );
    }

    #[test]
    fn a_school_acronym_takes_a_bare_number_and_a_place_of_two_words() {
        let o = orgs("Wygrała Ola Lis (SP w Sieklówce Dolnej) przed Adamem Morką (SP 13).");
        let found: Vec<&str> = o.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(found, ["SP w Sieklówce Dolnej", "SP 13"]);
        assert_eq!(o[0].1, "Szkoła Podstawowa w Sieklówce Dolnej");
        // A number after an acronym the text does not spell out is no part of it; nor is
        // another acronym after a known one a school.
        let tv = orgs("Transmisję pokaże TVP 1, a szczepienia prowadzi SP ZOZ w Jaśle.");
        assert!(tv.iter().any(|(t, _)| t == "TVP"), "{tv:?}");
        assert!(tv.iter().all(|(_, l)| !l.contains("Szkoła")), "{tv:?}");
    }

    #[test]
    fn committees_named_for_their_business() {
        let o = orgs("Wniosek złożyła Gminna Komisja ds. Rozwiązywania Problemów Alkoholowych.");
        assert_eq!(
            o[0].0,
            "Gminna Komisja ds. Rozwiązywania Problemów Alkoholowych"
        );
        let o = orgs("Pismo do Komisji do Spraw Zaopatrzenia Emerytalnego Twórców wysłano.");
        assert_eq!(o[0].0, "Komisji do Spraw Zaopatrzenia Emerytalnego Twórców");
        let o = orgs("Dziękujemy Stowarzyszeniu na rzecz Rozwoju Wsi Bieździedza za pomoc.");
        assert_eq!(o[0].0, "Stowarzyszeniu na rzecz Rozwoju Wsi Bieździedza");
    }

    #[test]
    fn clubs_named_after_their_town() {
        let o = orgs("Piłkarze Stali Mielec przegrali z Górnikiem Zabrze, a MKS Ozorków wygrał.");
        let lemmas: Vec<&str> = o.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(lemmas, ["Stal Mielec", "Górnik Zabrze", "MKS Ozorków"]);
        // A country with its adjective, a place word before a town, a country's initials.
        assert!(orgs("Goście z Regionu Kraków i Wielka Brytania przyjechali.").is_empty());
        assert!(orgs("Zgodnie z art. 2 Konstytucji RP.").is_empty());
        // Rivers name clubs too ("Ozorków" is also a form of ozorek); a place after a
        // preposition, or a country after a place, are two places.
        let o = orgs("Zawodnicy Bzury Ozorków zremisowali z Wartą Działoszyn.");
        let lemmas: Vec<&str> = o.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(lemmas, ["Bzura Ozorków", "Warta Działoszyn"]);
        assert!(orgs("Dla opozycji w Kijowie Polska jest wzorem.").is_empty());
        assert!(orgs("Wieś leży 3 km od Potarzycy Rusko.").is_empty());
    }

    #[test]
    fn regional_self_government_and_the_school_board() {
        let o =
            orgs("Dzięki Samorządowi Województwa Podkarpackiego i Kuratorium Oświaty w Rzeszowie.");
        assert_eq!(o[0].1, "Samorząd Województwa Podkarpackiego");
        assert_eq!(o[1].1, "Kuratorium Oświaty w Rzeszowie");
        let o = orgs("Uchwałę podjął Sejmik Województwa Lubelskiego.");
        assert_eq!(o[0].1, "Sejmik Województwa Lubelskiego");
    }

    #[test]
    fn acronyms_with_their_names() {
        let text = "Gminny Ośrodek Kultury (GOK) zaprasza. W GOK „Sezam” grał MKS Bzura Ozorków.";
        let found: Vec<(String, String)> = find(text, &words(text))
            .into_iter()
            .map(|s| (text[s.start..s.end].to_string(), s.lemma))
            .collect();
        assert!(found.contains(&(
            "GOK „Sezam”".into(),
            "Gminny Ośrodek Kultury „Sezam”".into()
        )));
        assert!(
            found.iter().any(|(t, _)| t == "MKS Bzura Ozorków"),
            "{found:?}"
        );
        // An acronym in mixed case in brackets, its letters not all the name's initials.
        let text = "Centrum Kultury i Promocji Gminy Kołaczyce (CKiP) zaprasza. CKiP gra.";
        let lemmas: Vec<String> = find(text, &words(text))
            .into_iter()
            .filter(|s| &text[s.start..s.end] == "CKiP")
            .map(|s| s.lemma)
            .collect();
        assert_eq!(lemmas, ["Centrum Kultury i Promocji Gminy Kołaczyce"; 2]);
        // A phrase in quotes after an acronym is no name of it.
        let text = "Działacze PO i PiS \"na garnuszku\" partii.";
        let found: Vec<&str> = find(text, &words(text))
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(found, ["PO", "PiS"]);
    }

    #[test]
    fn names_end_before_a_person_and_define_only_their_own_acronyms() {
        let text = "Przemawiał prezydent Krajowej Rady Narodowej Bolesław Bierut. \
                    Delegat Akademii Nauk ZSRR przyjechał; ZSRR przysłał też list.";
        let found: Vec<(String, String)> = find(text, &words(text))
            .into_iter()
            .map(|s| (text[s.start..s.end].to_string(), s.lemma))
            .collect();
        assert_eq!(found[0].0, "Krajowej Rady Narodowej");
        assert!(!found.iter().any(|(t, _)| t == "ZSRR"), "{found:?}");
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
            (
                "GBP".to_string(),
                "Gminna Biblioteka Publiczna w Jaśle z/s w Szebniach".to_string()
            )
        );
    }

    #[test]
    fn a_second_body_after_z_or_w_is_its_own_name() {
        let o = orgs(
            "Biblioteka z Towarzystwem Miłośników Ziemi Krośnieńskiej i Kapelą Ludową \
             „Bukowianie” otworzyła wystawę w Miejskim Domu Kultury w Krośnie.",
        );
        let lemmas: Vec<&str> = o.iter().map(|(_, l)| l.as_str()).collect();
        assert!(
            lemmas.contains(&"Towarzystwo Miłośników Ziemi Krośnieńskiej"),
            "{o:?}"
        );
        assert!(lemmas.contains(&"Kapela Ludowa „Bukowianie”"), "{o:?}");
        assert!(lemmas.contains(&"Miejski Dom Kultury w Krośnie"), "{o:?}");
        // A school's own "z Oddziałami…" stays its name.
        let school = orgs("Szkoła Podstawowa z Oddziałami Integracyjnymi w Jaśle zaprasza.");
        assert_eq!(
            school[0].0,
            "Szkoła Podstawowa z Oddziałami Integracyjnymi w Jaśle"
        );
    }

    #[test]
    fn a_seat_spelled_out_is_the_seat_of_z_s() {
        let o = orgs("Dyrektor Gminnej Biblioteki Publicznej w Jaśle z siedzibą w Szebniach.");
        assert_eq!(
            o[0],
            (
                "Gminnej Biblioteki Publicznej w Jaśle z siedzibą w Szebniach".to_string(),
                "Gminna Biblioteka Publiczna w Jaśle z/s w Szebniach".to_string()
            )
        );
    }

    #[test]
    fn offices_of_the_capital_city() {
        let o = orgs("Wpłata na rachunek Urzędu Stanu Cywilnego m. st. Warszawy.");
        assert_eq!(o[0].0, "Urzędu Stanu Cywilnego m. st. Warszawy");
        assert_eq!(o[0].1, "Urząd Stanu Cywilnego m. st. Warszawy");
    }

    #[test]
    fn datelines_are_no_acronyms() {
        assert!(orgs("KWIDZYN. Napad na hurtownię.\nJASŁO. Zebranie.").is_empty());
        assert_eq!(orgs("Pomógł nam GOPS w Jaśle.").len(), 1);
    }

    #[test]
    fn solidarity_by_its_quoted_initial() {
        let o = orgs("Etos ruchu \"S\" przetrwał, a „S” wygrała wybory.");
        assert_eq!(o.len(), 2);
        assert!(o.iter().all(|(_, l)| l == "Solidarność"));
        assert!(orgs("Rozmiar S i rozmiar M.").is_empty());
    }

    #[test]
    fn hyphenated_names_give_an_initial_per_part_and_parishes_their_patron() {
        let o = orgs("Dotację dała Polsko-Amerykańska Fundacja Wolności. PAFW wspiera biblioteki.");
        assert_eq!(o[1].1, "Polsko-Amerykańska Fundacja Wolności");
        let o = orgs("Spotkanie w Miejsko-Gminnej Bibliotece Publicznej w Kołaczycach prowadziła dyrektor MGBP.");
        assert_eq!(o[1].1, "Miejsko-Gminna Biblioteka Publiczna w Kołaczycach");
        let o = orgs("Zaprosiliśmy Parafię pw. św. Anny w Kołaczycach.");
        assert_eq!(o[0].1, "Parafia pw. św. Anny w Kołaczycach");
        // Two libraries with the same initials: the acronym alone stays the common name.
        let o = orgs(
            "Gminna Biblioteka Publiczna w Jaśle i Gminna Biblioteka Publiczna w Dębowcu. W GBP był tłum.",
        );
        assert_eq!(o.last().unwrap().1, "Gminna Biblioteka Publiczna");
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
        assert_eq!(orgs("Poseł na Sejm RP przyszedł.")[0].0, "Sejm RP");
        // A person named after the office is no part of the institution's name; a longer
        // name still is.
        let o = orgs("Marszałek Sejmu Józef Zych otworzył posiedzenie.");
        assert_eq!((o[0].0.as_str(), o[0].1.as_str()), ("Sejmu", "Sejm"));
        assert!(orgs("Obrady Sejmu Krajowego trwały.")
            .iter()
            .all(|(text, _)| text != "Sejmu"));
        assert_eq!(
            orgs("Zaprasza Gminna Biblioteka Publiczna.")[0].0,
            "Gminna Biblioteka Publiczna"
        );
    }

    #[test]
    fn heads_of_state_and_military_institutions() {
        let found =
            orgs("Był szefem Sztabu Generalnego i pracował w Ambasadzie Polskiej w Paryżu.");
        let lemmas: Vec<&str> = found.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(lemmas, ["Sztab Generalny", "Ambasada Polska w Paryżu"]);
    }

    #[test]
    fn common_acronyms_are_spelled_out_with_their_place() {
        let found = orgs("Zaprasza GBP w Jaśle z/s w Szebniach oraz OSP.");
        assert_eq!(
            found,
            [
                (
                    "GBP w Jaśle z/s w Szebniach".to_string(),
                    "Gminna Biblioteka Publiczna w Jaśle z/s w Szebniach".to_string()
                ),
                ("OSP".to_string(), "Ochotnicza Straż Pożarna".to_string()),
            ]
        );
        // An acronym the list does not know keeps only itself.
        assert_eq!(orgs("Dyrektor PZU w Pile.")[0].0, "PZU");
        // A bare one names the one body of its kind named with a place on the page.
        let found = orgs("Pomogła OSP Szebnie. Prezes OSP podziękował.");
        assert_eq!(found[1].1, "Ochotnicza Straż Pożarna Szebnie");
        let two = orgs("Pomogły OSP Szebnie i OSP w Bierówce. Prezes OSP podziękował.");
        assert_eq!(two[2].1, "Ochotnicza Straż Pożarna");
        // A name written after a common acronym defines it only if it is of its kind.
        let found =
            orgs("Uczniowie SP Lipnica wygrali. Nagrody dało Starostwo Powiatowe w Bochni.");
        assert_eq!(found[0].1, "Szkoła Podstawowa Lipnica");
        // Nor one written before it with only its initials; one in brackets does.
        let found = orgs("Pomogło Starostwo Powiatowe w Bochni. Wygrała SP nr 4 w Bochni.");
        assert_eq!(found[1].1, "Szkoła Podstawowa nr 4 w Bochni");
        let found = orgs("Pomogła Spółdzielnia Pracy (SP) w Bochni. Prezes SP podziękował.");
        assert_eq!(found[1].1, "Spółdzielnia Pracy");
        // A foundation named in capitals; a spokesman of a ministry is no body of his own.
        let found = orgs("Książki dała Fundacja ABCXXI, a Rzecznik MON milczał.");
        let surfaces = surfaces(&found);
        assert_eq!(surfaces, ["Fundacja ABCXXI", "MON"]);
    }
}
