//! Polish language knowledge shared by extraction and search: month names, first names,
//! inflection rules that bring names back to the nominative, and the SGJP lexicon.
//!
//! This is a rule-based first version; a dictionary-backed lexicon will replace the
//! guesses in [`inflection`] where it knows the word.

pub mod gazetteer;
pub mod inflection;
pub mod lexicon;
pub mod months;
pub mod names;

/// The letters Polish adds to the Latin alphabet, both cases.
pub const POLISH_LETTERS: &str = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ";

/// Replaces Polish letters with their base letters: "Jaśle" → "Jasle".
pub fn fold_diacritics(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

pub fn fold_char(c: char) -> char {
    match c {
        'ą' => 'a',
        'ć' => 'c',
        'ę' => 'e',
        'ł' => 'l',
        'ń' => 'n',
        'ó' => 'o',
        'ś' => 's',
        'ź' | 'ż' => 'z',
        'Ą' => 'A',
        'Ć' => 'C',
        'Ę' => 'E',
        'Ł' => 'L',
        'Ń' => 'N',
        'Ó' => 'O',
        'Ś' => 'S',
        'Ź' | 'Ż' => 'Z',
        other => other,
    }
}

/// A text whose runs of words in capitals ("GMINNA BIBLIOTEKA PUBLICZNA W JAŚLE ZAPRASZA")
/// are written as a sentence would be ("Gminna Biblioteka Publiczna w Jaśle Zaprasza"),
/// so the entity finders, which read capitals as names, see names again. Each letter keeps
/// its byte length, so offsets into the result are offsets into `text`; a word with a
/// letter whose lower case is longer stays as written. Borrowed when nothing shouts.
pub fn unshouted(text: &str) -> std::borrow::Cow<'_, str> {
    let words: Vec<(usize, usize)> = word_bounds(text);
    let shouting = |&(s, e): &(usize, usize)| {
        let w = &text[s..e];
        w.chars().count() >= 2 && !w.chars().any(char::is_lowercase)
    };
    // A run: three words or more in capitals or of one or two letters ("W", "i"), two of
    // them of five bytes or more, so that "GBP w Jaśle" or "SP nr 1" is no run.
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    let mut k = 0;
    while k < words.len() {
        let start = k;
        while k < words.len() && (shouting(&words[k]) || words[k].1 - words[k].0 <= 2) {
            k += 1;
        }
        let long = words[start..k].iter().filter(|&&(s, e)| e - s >= 5).count();
        if k - start >= 3 && long >= 2 {
            runs.push(start..k);
        }
        k = k.max(start + 1);
    }
    if runs.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = text.to_string();
    for run in runs {
        let mut after_small = false;
        for &(s, e) in &words[run] {
            let word = &text[s..e];
            let lower = word.to_lowercase();
            let cased = sentence_case(word, &lower, after_small);
            after_small = SMALL_WORDS.contains(&lower.as_str());
            if let Some(cased) = cased.filter(|c| c.len() == word.len()) {
                out.replace_range(s..e, &cased);
            }
        }
    }
    std::borrow::Cow::Owned(out)
}

/// One shouted word as a sentence would write it; None to keep it as it is (an acronym,
/// a Roman numeral). After a preposition a common noun is no name ("w RAZIE" → "w razie",
/// "do SPRAW" → "do spraw") unless it heads one ("w BIBLIOTECE" → "w Bibliotece").
fn sentence_case(word: &str, lower: &str, after_small: bool) -> Option<String> {
    if SMALL_WORDS.contains(&lower) {
        return Some(lower.to_string());
    }
    let roman = word.chars().count() <= 8 && word.chars().all(|c| "IVXLCDM".contains(c));
    let readings = lexicon::analyse(lower);
    // Acronyms: the lexicon writes their lemma in capitals (NATO, UNESCO, CPN); an unknown
    // short word in capitals is one too (GBP).
    let capitals_lemma = readings
        .iter()
        .any(|a| a.lemma.chars().filter(|c| c.is_uppercase()).count() >= 2);
    let acronym = capitals_lemma || (readings.is_empty() && word.chars().count() <= 5);
    if roman || acronym {
        return None;
    }
    let only = |class: lexicon::WordClass| {
        !readings.is_empty() && readings.iter().all(|a| a.class == class)
    };
    let common_noun = only(lexicon::WordClass::Common)
        && !readings.iter().any(lexicon::Analysis::is_adjective_lemma);
    let capitalised = capitalise(lower);
    let lower_case = is_verb_form(&readings)
        || (after_small && common_noun && inflection::org_head(&capitalised).is_none());
    Some(if lower_case {
        lower.to_string()
    } else {
        capitalised
    })
}

/// Every reading the lexicon has is a verb's ("zaprasza", "odbędzie"): no name's word.
fn is_verb_form(readings: &[lexicon::Analysis]) -> bool {
    !readings.is_empty()
        && readings
            .iter()
            .all(|a| a.class == lexicon::WordClass::Common && a.is_verb_lemma())
}

/// Prepositions, conjunctions and abbreviations written lower-case inside a name or a date
/// ("w Jaśle", "im. Jana", "3 października 2014 r.", "godz.").
const SMALL_WORDS: &[&str] = &[
    "w", "we", "z", "ze", "do", "na", "i", "o", "od", "dla", "im", "oraz", "przy", "pod", "nad",
    "po", "u", "k", "a", "r", "ul", "godz", "dnia", "dniu", "roku", "godzinie", "ale", "co", "że",
    "jak", "nie", "tak", "to", "się", "czy", "lub", "albo", "bo", "już", "jest", "są", "też",
    "także", "tylko", "gdy", "kiedy", "który", "która", "które", "jego", "jej", "ich",
];

/// Byte ranges of the runs of letters in `text`.
fn word_bounds(text: &str) -> Vec<(usize, usize)> {
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphabetic(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, text.len()));
    }
    words
}

/// The word with its first letter in upper case ("zdrój" → Zdrój).
pub fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// True for a word that starts with an upper-case letter (a name candidate).
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// A Polish postal code, "87-148".
pub fn is_postal_code(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() == 6
        && b[2] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 2 || c.is_ascii_digit())
}

/// A Roman number of up to four letters I, V, X ("II", "XIV"): regnal numbers and the
/// numbers in names of streets and popes.
pub fn is_small_roman(word: &str) -> bool {
    is_roman(word, 4)
}

/// A Roman numeral of I, V and X, of at most `max` letters ("XXIII" within 6).
pub fn is_roman(word: &str, max: usize) -> bool {
    (1..=max).contains(&word.len()) && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// True for an all-caps token of 2–8 letters, e.g. GBP, CAL, PAFW.
pub fn is_acronym(word: &str) -> bool {
    let n = word.chars().count();
    (2..=8).contains(&n) && word.chars().all(|c| c.is_uppercase() && c.is_alphabetic())
}

/// The acronym a token is written with: an acronym in capitals ("GOPS"), one with a case
/// ending after a hyphen ("WPEC-u", "PZU-em") or one with small letters inside ("PiS",
/// "LRKCh", "ZAiKS"), which are never two small letters in a row.
pub fn acronym_core(word: &str) -> Option<&str> {
    if is_acronym(word) {
        return Some(word);
    }
    if let Some((core, ending)) = word.split_once('-') {
        let short_ending = (1..=3).contains(&ending.chars().count());
        let core_is_acronym = is_acronym(core) || mixed_case_acronym(core);
        return (core_is_acronym && short_ending && ending.chars().all(char::is_lowercase))
            .then_some(core);
    }
    mixed_case_acronym(word).then_some(word)
}

/// "PiS", "LRKCh", "ZAiKS": capitals with single small letters among them.
fn mixed_case_acronym(word: &str) -> bool {
    // Runs for every capitalised word, without allocating.
    let (mut n, mut capitals, mut previous_small) = (0, 0, false);
    for (i, c) in word.chars().enumerate() {
        let small = c.is_lowercase();
        if !c.is_alphabetic() || (i == 0 && small) || (small && previous_small) || i >= 6 {
            return false;
        }
        n += 1;
        capitals += usize::from(c.is_uppercase());
        previous_small = small;
    }
    n >= 3 && capitals >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shouted_runs_are_written_as_sentences_with_the_same_offsets() {
        let text =
            "GMINNA BIBLIOTEKA PUBLICZNA W JAŚLE ZAPRASZA W RAZIE DESZCZU DO GBP. Potem NATO.";
        let cased = unshouted(text);
        assert_eq!(
            cased,
            "Gminna Biblioteka Publiczna w Jaśle zaprasza w razie Deszczu do GBP. Potem NATO."
        );
        assert_eq!(cased.len(), text.len());
        // Acronyms, Roman numerals and short runs stay as written.
        assert_eq!(
            unshouted("W XVIII WIEKU UNESCO I NATO"),
            "w XVIII Wieku UNESCO i NATO"
        );
        assert_eq!(
            unshouted("Spotkanie w GBP i MGOK."),
            "Spotkanie w GBP i MGOK."
        );
        assert!(matches!(
            unshouted("Zwykłe zdanie."),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn folds_all_polish_letters() {
        assert_eq!(
            fold_diacritics("Zażółć gęślą jaźń ŁÓDŹ"),
            "Zazolc gesla jazn LODZ"
        );
    }

    #[test]
    fn acronyms() {
        assert!(is_acronym("GBP"));
        assert!(is_acronym("PAFW"));
        assert!(!is_acronym("A"));
        assert!(!is_acronym("Gbp"));
        assert!(!is_acronym("PRB2"));
        assert_eq!(acronym_core("WPEC-u"), Some("WPEC"));
        assert_eq!(acronym_core("PiS"), Some("PiS"));
        assert_eq!(acronym_core("LRKCh"), Some("LRKCh"));
        assert_eq!(acronym_core("PiS-u"), Some("PiS"));
        assert_eq!(acronym_core("Nowa-Huta"), None);
        assert_eq!(acronym_core("McCain"), None);
        assert_eq!(acronym_core("Biało-Czerwoni"), None);
        assert_eq!(acronym_core("Kraków"), None);
    }
}
