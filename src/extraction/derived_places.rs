//! Words made from place names: adjectives ("powiatu jasielskiego", "polskich bibliotek")
//! and names of inhabitants ("Polacy", "Rosjan"). The NKJP typology counts them as place
//! mentions of a derived kind; we report them with the place they come from as lemma and
//! the note [`DERIVED`], and the index keeps them out of the place facet: "język polski"
//! says nothing about where an event was.

use super::tokens::{at_sentence_start, opens_line, Word};
use super::Span;
use crate::duplicates::Fnv;
use crate::polish::lexicon::{self, WordClass};
use crate::polish::{gazetteer, is_capitalized};
use crate::record::EntityType;
use std::cell::RefCell;
use std::collections::HashMap;

/// The note of a derived place mention.
pub const DERIVED: &str = "derived";

/// Adjectives whose place the suffix rules below cannot rebuild (facts of Polish usage).
const IRREGULAR: &[(&str, &str)] = &[
    ("niemiecki", "Niemcy"),
    ("francuski", "Francja"),
    ("włoski", "Włochy"),
    ("czeski", "Czechy"),
    ("angielski", "Anglia"),
    ("szwedzki", "Szwecja"),
    ("węgierski", "Węgry"),
    ("litewski", "Litwa"),
    ("łotewski", "Łotwa"),
    ("białoruski", "Białoruś"),
    ("chiński", "Chiny"),
    ("słowacki", "Słowacja"),
    ("duński", "Dania"),
    ("grecki", "Grecja"),
    ("turecki", "Turcja"),
    ("austriacki", "Austria"),
    ("brytyjski", "Wielka Brytania"),
    ("holenderski", "Holandia"),
    ("fiński", "Finlandia"),
    ("norweski", "Norwegia"),
    ("szkocki", "Szkocja"),
    ("szwajcarski", "Szwajcaria"),
    ("radziecki", "Związek Radziecki"),
    ("sowiecki", "Związek Radziecki"),
    ("azjatycki", "Azja"),
    ("kaszubski", "Kaszuby"),
    ("mazowiecki", "Mazowsze"),
    ("lubelski", "Lublin"),
    ("kielecki", "Kielce"),
    ("jasielski", "Jasło"),
    ("krośnieński", "Krosno"),
    ("łódzki", "Łódź"),
    // Every place of the gazetteer whose adjective the rules do not rebuild.
    ("bułgarski", "Bułgaria"),
    ("chorwacki", "Chorwacja"),
    ("serbski", "Serbia"),
    ("portugalski", "Portugalia"),
    ("kanadyjski", "Kanada"),
    ("bośniacki", "Bośnia"),
    ("mołdawski", "Mołdawia"),
    ("gruziński", "Gruzja"),
    ("ormiański", "Armenia"),
    ("syryjski", "Syria"),
    ("algierski", "Algieria"),
    ("etiopski", "Etiopia"),
    ("nigeryjski", "Nigeria"),
    ("wenezuelski", "Wenezuela"),
    ("bawarski", "Bawaria"),
    ("saski", "Saksonia"),
    ("skandynawski", "Skandynawia"),
    ("syberyjski", "Syberia"),
    ("egipski", "Egipt"),
    ("afgański", "Afganistan"),
    ("kazachski", "Kazachstan"),
    ("cypryjski", "Cypr"),
    ("peruwiański", "Peru"),
    ("chilijski", "Chile"),
    ("luksemburski", "Luksemburg"),
    ("praski", "Praga"),
    ("moskiewski", "Moskwa"),
    ("paryski", "Paryż"),
    ("madrycki", "Madryt"),
    ("brukselski", "Bruksela"),
    ("wileński", "Wilno"),
    ("budapeszteński", "Budapeszt"),
    ("ateński", "Ateny"),
    ("nowojorski", "Nowy Jork"),
    ("przemyski", "Przemyśl"),
    ("elbląski", "Elbląg"),
    ("kaliski", "Kalisz"),
    ("zamojski", "Zamość"),
    ("siedlecki", "Siedlce"),
    ("leszczyński", "Leszno"),
    ("malborski", "Malbork"),
    ("bocheński", "Bochnia"),
    ("mielecki", "Mielec"),
    ("nowozelandzki", "Nowa Zelandia"),
    ("białostocki", "Białystok"),
    ("zielonogórski", "Zielona Góra"),
    ("nowosądecki", "Nowy Sącz"),
    ("sądecki", "Nowy Sącz"),
    ("gnieźnieński", "Gniezno"),
    ("częstochowski", "Częstochowa"),
    ("tatrzański", "Tatry"),
    ("karpacki", "Karpaty"),
    ("bieszczadzki", "Bieszczady"),
    ("zakopiański", "Zakopane"),
    ("arabski", "Arabia"),
    ("indyjski", "Indie"),
    ("jugosłowiański", "Jugosławia"),
    ("pruski", "Prusy"),
    ("nowotarski", "Nowy Targ"),
];

/// Townspeople, written small ("warszawiaków", "krakowianie"): the lexicon's lemma and the
/// town (facts of Polish usage).
const TOWNSPEOPLE: &[(&str, &str)] = &[
    ("warszawiak", "Warszawa"),
    ("krakowianin", "Kraków"),
    ("łodzianin", "Łódź"),
    ("poznaniak", "Poznań"),
    ("gdańszczanin", "Gdańsk"),
    ("wrocławianin", "Wrocław"),
    ("lublinianin", "Lublin"),
    ("szczecinianin", "Szczecin"),
    ("białostoczanin", "Białystok"),
    ("rzeszowianin", "Rzeszów"),
    ("torunianin", "Toruń"),
    ("bydgoszczanin", "Bydgoszcz"),
    ("katowiczanin", "Katowice"),
    ("kielczanin", "Kielce"),
    ("opolanin", "Opole"),
    ("olsztynianin", "Olsztyn"),
    ("zakopiańczyk", "Zakopane"),
];

/// "Polskie grupy współpracują", "Niemiecki sąd zabronił": an adjective capitalised for
/// opening a sentence or a line. Not a surname there ("Zalewski dostał"), unless its place
/// is a well-known one ("Warszawski sąd").
fn opening_adjectives_place(text: &str, w: &Word) -> Option<String> {
    if !at_sentence_start(text, w) && !opens_line(text, w.start) {
        return None;
    }
    let lower = w.text.to_lowercase();
    if !looks_derived(&lower) {
        return None;
    }
    let place = remembered(&lower, base_place)?;
    let surname = lexicon::analyse(w.text)
        .iter()
        .any(|a| a.class == WordClass::Surname);
    (!surname || gazetteer::lookup(&place).is_some()).then_some(place)
}

/// The town of townspeople written small; only words that open like one of them are
/// looked up (every lower-case word passes here).
fn townspeople_place(word: &str) -> Option<String> {
    let opens = |stem: &str| stem.get(..4).is_some_and(|p| word.starts_with(p));
    if !TOWNSPEOPLE.iter().any(|(stem, _)| opens(stem)) {
        return None;
    }
    lexicon::analyse(word).iter().find_map(|a| {
        TOWNSPEOPLE
            .iter()
            .find(|(n, _)| *n == a.lemma)
            .map(|(_, town)| (*town).to_string())
    })
}

/// Common adjectives that a suffix rule would tie to some village of the same stem.
const NOT_DERIVED: &[&str] = &[
    "miejski",
    "wiejski",
    "morski",
    "ludzki",
    "męski",
    "boski",
    "niebieski",
    "literacki",
    "ojcowski",
    "matczyny",
    "królewski",
    "książęcy",
    "szlachecki",
    "żołnierski",
    "sąsiedzki",
    "rycerski",
    "gminny",
    "powiatowy",
    "wojewódzki",
    "państwowy",
    "narodowy",
    "światowy",
    "polityczny",
    "sportowy",
    "teatralny",
    "ziemski",
    "górski",
    "leśny",
    "polny",
    "nadmorski",
    "podmiejski",
    "dziecięcy",
    "kobiecy",
    "szkolny",
    "uczniowski",
    "studencki",
    "sejmowy",
    "senacki",
    "biskupi",
    "papieski",
    "prezydencki",
    "marszałkowski",
    "starościński",
    "wójtowski",
    "sołecki",
    "harcerski",
    "strażacki",
    "kowalski",
    "młynarski",
    "rybacki",
    "żeglarski",
    "piłkarski",
    "pisarski",
    "malarski",
    "aktorski",
    "lekarski",
    "pielęgniarski",
    "nauczycielski",
    "bibliotekarski",
    "staropolski",
    "świecki",
    "szewski",
    "mariacki",
];

/// Place mentions made by adjectives (lower case) and inhabitants' names (capitalised)
/// among `words`; `taken` answers whether a word lies in an organization's name, where it
/// is part of that name instead.
pub fn find(text: &str, words: &[Word], taken: impl Fn(usize, usize) -> bool) -> Vec<Span> {
    words
        .iter()
        .filter(|w| !taken(w.start, w.end))
        .filter_map(|w| {
            let place = if looks_derived(w.text) {
                remembered(w.text, base_place)?
            } else if is_capitalized(w.text) {
                opening_adjectives_place(text, w)
                    .or_else(|| remembered(w.text, inhabitants_place))?
            } else {
                townspeople_place(w.text)?
            };
            Some(Span {
                kind: EntityType::Place,
                start: w.start,
                end: w.end,
                lemma: place,
                value: None,
                note: Some(DERIVED.to_string()),
            })
        })
        .collect()
}

/// The answer of `find_place` for a word, remembered per thread: the same adjectives and
/// capitalised words recur page after page, and each answer costs lexicon lookups of every
/// candidate place. Emptied when it grows large.
fn remembered(word: &str, find_place: fn(&str) -> Option<String>) -> Option<String> {
    thread_local! {
        static MEMO: RefCell<HashMap<Box<str>, Option<String>, Fnv>> = RefCell::default();
    }
    const LIMIT: usize = 50_000;
    if let Some(found) = MEMO.with(|m| m.borrow().get(word).cloned()) {
        return found;
    }
    let found = find_place(word);
    MEMO.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= LIMIT {
            m.clear();
        }
        m.insert(word.into(), found.clone());
    });
    found
}

/// Inhabitants whose place the rules of [`INHABITANT_SWAPS`] cannot rebuild.
const IRREGULAR_INHABITANTS: &[(&str, &str)] = &[
    ("Polak", "Polska"),
    ("Niemiec", "Niemcy"),
    ("Francuz", "Francja"),
    ("Szwed", "Szwecja"),
    ("Węgier", "Węgry"),
    ("Grek", "Grecja"),
    ("Turek", "Turcja"),
    ("Holender", "Holandia"),
    ("Duńczyk", "Dania"),
    ("Słowak", "Słowacja"),
    ("Ślązak", "Śląsk"),
    ("Warszawiak", "Warszawa"),
    ("Krakowianin", "Kraków"),
    ("Chińczyk", "Chiny"),
    ("Czech", "Czechy"),
    ("Polka", "Polska"),
    ("Niemka", "Niemcy"),
    ("Francuzka", "Francja"),
    ("Czeszka", "Czechy"),
    ("Ormianin", "Armenia"),
    ("Ormianka", "Armenia"),
    ("Brytyjczyk", "Wielka Brytania"),
    ("Szkot", "Szkocja"),
    ("Austriak", "Austria"),
    ("Austriaczka", "Austria"),
    ("Angielka", "Anglia"),
    ("Afgańczyk", "Afganistan"),
    ("Hindus", "Indie"),
    ("Szwajcar", "Szwajcaria"),
    ("Kanadyjczyk", "Kanada"),
    ("Australijczyk", "Australia"),
    ("Poznaniak", "Poznań"),
    // A people with no land of its own keeps its own name (NKJP marks it as the others).
    ("Żyd", "Żydzi"),
    ("Żydówka", "Żydzi"),
    ("Rom", "Romowie"),
    ("Cygan", "Cyganie"),
];

/// The place of a capitalised inhabitants' name ("Polaków" → Polska, "Rosjanie" → Rosja):
/// SGJP writes such common nouns with a capital letter, so a common reading with a
/// capitalised lemma is the evidence; the place must pass the same test as adjectives'.
fn inhabitants_place(word: &str) -> Option<String> {
    // SGJP has no common reading for some feminine forms ("Polka" only as a surname).
    if let Some((_, place)) = IRREGULAR_INHABITANTS.iter().find(|(n, _)| *n == word) {
        return Some((*place).to_string());
    }
    let readings = lexicon::analyse(word);
    let common = readings.iter().filter(|a| a.class == WordClass::Common);
    if let Some((_, place)) = common.clone().find_map(|a| {
        let name = crate::polish::capitalise(&a.lemma);
        IRREGULAR_INHABITANTS.iter().find(|(n, _)| *n == name)
    }) {
        return Some((*place).to_string());
    }
    common
        .filter(|a| a.lemma.chars().next().is_some_and(char::is_uppercase))
        .find_map(|a| {
            swapped(&a.lemma, INHABITANT_SWAPS)
                .into_iter()
                .find(|c| is_place(c))
        })
}

/// Places the usual inhabitant suffixes lead back to: Rosj-anin, Meksyk-anin, Japo-ńczyk,
/// Palesty-ńczyk, Europ-ejczyk, Izrael-czyk, Irland-czyk, Ukrai-niec, Litw-in, Białoru-sin,
/// Serb, Rumun, Angl-ik, Włoch-y, Chorwa-t, Gruz-in.
const INHABITANT_SWAPS: Swaps = &[
    ("anin", &["a", ""]),
    ("ńczyk", &["nia", "na", "n"]),
    ("ejczyk", &["a"]),
    ("czyk", &["", "ia"]),
    ("niec", &["na"]),
    ("sin", &["ś"]),
    ("in", &["a", "ja"]),
    ("ik", &["ia"]),
    ("t", &["cja"]),
    ("", &["ia", "ja", "y", "a"]),
];

/// Nominatives the common derivations of adjectives lead back to: Krak-ów, Gdańsk-i,
/// Warszaw-a, Opol-e, Pozna-ń, Gdy-nia, Szczeci-n, Ameryk-a, Ros-ja, Belg-ia, Europ-a,
/// Sopo-t, Kiel-ce, Irlan-dia, Pomo-rze.
const ADJECTIVE_SWAPS: Swaps = &[
    ("owski", &["ów"]),
    ("i", &[""]),
    ("dzki", &["a", "", "o", "e", "y"]),
    ("ski", &["a", "", "o", "e", "y"]),
    ("cki", &["a", "", "o", "e", "y"]),
    ("ński", &["ń", "nia", "n", "na", "no"]),
    ("ńcki", &["ń", "nia", "n", "na", "no"]),
    ("ański", &["a", ""]),
    ("yjski", &["ja"]),
    ("ijski", &["ia"]),
    ("ejski", &["a"]),
    ("cki", &["t", "k", "ce", "ca", "cie", "ck"]),
    ("dzki", &["dia", "d", "dy", "dź"]),
    ("rski", &["rze"]),
];

/// (suffix, endings): a word with the suffix leads to its stem plus each ending, in order.
type Swaps = &'static [(&'static str, &'static [&'static str])];

/// Every candidate the swaps give for `word`, in table order.
fn swapped(word: &str, swaps: Swaps) -> Vec<String> {
    swaps
        .iter()
        .filter_map(|(suffix, ends)| Some((word.strip_suffix(suffix)?, *ends)))
        .flat_map(|(stem, ends)| ends.iter().map(move |e| format!("{stem}{e}")))
        .collect()
}

/// A lower-case word with the ending of an adjective in -ski/-cki/-dzki: the cheap test
/// before any lexicon lookup.
fn looks_derived(word: &str) -> bool {
    // Adjective endings, and -ku / -ko of "po polsku" and "polsko-litewski".
    const ENDINGS: [&str; 13] = [
        "ki", "ka", "kie", "kich", "kiej", "kim", "kimi", "kiego", "kiemu", "ką", "cy", "ku", "ko",
    ];
    let first_lower = word.chars().next().is_some_and(char::is_lowercase);
    first_lower
        && word.chars().count() >= 5
        && ENDINGS.iter().any(|e| word.ends_with(e))
        && (word.contains("sk")
            || word.contains("ck")
            || word.contains("dzk")
            || word.ends_with("scy")
            || word.ends_with("ccy"))
}

/// The place an adjective form is made from, when the lexicon knows both.
fn base_place(word: &str) -> Option<String> {
    // "polsku", "polsko": the lexicon files them under adverbs; the adjective is one letter off.
    let adverb = ["sku", "cku", "sko", "cko"]
        .iter()
        .any(|e| word.ends_with(e))
        .then(|| format!("{}i", &word[..word.len() - 1]));
    lexicon::analyse(word)
        .iter()
        .filter(|a| a.class == WordClass::Common)
        .map(|a| a.lemma.clone())
        .chain(adverb)
        .filter(|l| ["ski", "cki", "dzki"].iter().any(|e| l.ends_with(e)))
        .filter(|l| !NOT_DERIVED.contains(&l.as_str()))
        .find_map(|adjective| place_of(&adjective))
}

/// The place of an adjective lemma: the irregular table, else the first candidate of the
/// suffix rules that the lexicon or the gazetteer knows as a place.
pub(crate) fn place_of(adjective: &str) -> Option<String> {
    if let Some((_, place)) = IRREGULAR.iter().find(|(a, _)| *a == adjective) {
        return Some((*place).to_string());
    }
    // The feminine form names a place only when it is a well-known one (Polska,
    // Wielkopolska): villages called Płaska or Laska are far rarer than the adjectives.
    let feminine = crate::polish::capitalise(&format!("{}a", adjective.strip_suffix('i')?));
    if gazetteer::lookup(&feminine) == Some(feminine.as_str()) {
        return Some(feminine);
    }
    swapped(adjective, ADJECTIVE_SWAPS)
        .into_iter()
        .map(|c| crate::polish::capitalise(&c))
        .find(|c| is_place_beside(c, true))
}

/// The gazetteer has the name, or the lexicon knows it only as a place: a candidate that
/// is also a common word or a first name ("Świecie", "Płaska", "Olimpia") is a village
/// that happens to share the adjective's stem.
fn is_place(name: &str) -> bool {
    is_place_beside(name, false)
}

/// [`is_place`], where `surnames` lets a surname reading stand beside the place's: an
/// adjective's town may also be a surname's form ("goleniowski" → Goleniów, also a form of
/// Golenia), an inhabitants' name may not ("Los" is no village Losie's people).
fn is_place_beside(name: &str, surnames: bool) -> bool {
    if gazetteer::lookup(name) == Some(name) {
        return true;
    }
    let readings = lexicon::analyse(name);
    !readings.is_empty()
        && readings.iter().all(|a| {
            !a.guessed
                && (a.class == WordClass::Place || (surnames && a.class == WordClass::Surname))
        })
        && readings
            .iter()
            .any(|a| a.class == WordClass::Place && a.lemma == name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extraction::tokens;

    fn places(text: &str) -> Vec<(String, String)> {
        let words = tokens::words(text);
        find(text, &words, |_, _| false)
            .into_iter()
            .map(|s| (text[s.start..s.end].to_string(), s.lemma))
            .collect()
    }

    #[test]
    fn adjectives_lead_back_to_their_place() {
        let found = places(
            "Biblioteki powiatu jasielskiego i krakowskiego, polscy pisarze, gdańskie porty, \
             poznańskie targi, rosyjska poezja i amerykańskie filmy.",
        );
        let lemmas: Vec<&str> = found.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(
            lemmas,
            ["Jasło", "Kraków", "Polska", "Gdańsk", "Poznań", "Rosja", "Ameryka"]
        );
        // -dzki as well as -ski and -cki; a town that is also a surname's form; and no
        // secular ("świecki") Świecie.
        let found = places(
            "Oddział łódzkiego związku, szwedzki rząd, remont goleniowskiego szpitala,              zakopiańscy architekci i władza świecka.",
        );
        let lemmas: Vec<&str> = found.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(lemmas, ["Łódź", "Szwecja", "Goleniów", "Zakopane"]);
        // Capitalised for opening a sentence; a surname there is a person's.
        let found = places("Polskie grupy współpracują. Warszawski sąd orzekł. Zalewski dostał.");
        let lemmas: Vec<&str> = found.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(lemmas, ["Polska", "Warszawa"]);
    }

    #[test]
    fn inhabitants_lead_back_to_their_place() {
        let found = places("Polaków i Rosjan odwiedzili Ukraińcy, a Niemcy przyjechali później.");
        assert_eq!(
            found,
            [
                ("Polaków".to_string(), "Polska".to_string()),
                ("Rosjan".to_string(), "Rosja".to_string()),
                ("Ukraińcy".to_string(), "Ukraina".to_string()),
                ("Niemcy".to_string(), "Niemcy".to_string()),
            ]
        );
        let found = places("Czesi dosłali dokumenty, a Polka wygrała bieg.");
        let lemmas: Vec<&str> = found.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(lemmas, ["Czechy", "Polska"]);
        // Suffixes that lead nowhere by rule, and a people with no land of its own.
        let found = places("Ormianie, Brytyjczycy i Żydzi mieszkali obok Żydów z Jasła.");
        let lemmas: Vec<&str> = found.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(lemmas, ["Armenia", "Wielka Brytania", "Żydzi", "Żydzi"]);
        // Townspeople are written small.
        let found = places("Ku radości warszawiaków grali kielczanie z Austriakami.");
        let lemmas: Vec<&str> = found.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(lemmas, ["Warszawa", "Kielce", "Austria"]);
    }

    #[test]
    fn common_adjectives_are_not_places() {
        assert!(places("miejski ośrodek, wiejskie koło, ludzkie sprawy, morskie opowieści, literackie spotkanie.").is_empty());
    }
}
