//! Function words of Polish and English. Running prose is full of them and menus are
//! not, so their density tells an article paragraph from a list of links.

use crate::duplicates::Fnv;
use std::collections::HashSet;
use std::sync::OnceLock;

const POLISH: &str =
    "a aby ach albo ale ani aż bardzo bez bo bowiem by być był była było były będzie \
    będą ci co czy dla do dlatego go gdy gdzie i ich im jak jako je jego jej jest jeszcze jeśli \
    już ją każdy kiedy kto która które którego której który których którym ku lub ma mają mi \
    mnie może można na nad nam nas nasz nasze naszej nie nich nim niż no o od oraz po pod \
    podczas przed przez przy również się sobie swoje są ta tak także tam te tego tej ten też \
    to tu tych tylko tym u w we wiele wszystkich wszystko więc z za ze że żeby został została \
    zostały został oraz wraz które jednak jakie takie pan pani";

const ENGLISH: &str = "a about after all also an and any are as at be because been before being \
    but by can could did do does during each for from had has have he her his how i if in into \
    is it its just more most my no not of on one only or other our out over said she should so \
    some such than that the their them then there these they this those through to too under \
    up very was we were what when where which while who will with would you your";

fn set() -> &'static HashSet<&'static str, Fnv> {
    static SET: OnceLock<HashSet<&'static str, Fnv>> = OnceLock::new();
    SET.get_or_init(|| {
        POLISH
            .split_whitespace()
            .chain(ENGLISH.split_whitespace())
            .collect()
    })
}

/// True for a function word of Polish or English, written in lower case ("to", "nie", "the").
pub fn is_function_word(word: &str) -> bool {
    set().contains(word)
}

/// Share of the words of `text` that are function words (0 for no words).
pub fn density(text: &str) -> f32 {
    let mut words = 0usize;
    let mut stop = 0usize;
    let mut lower = String::new();
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        words += 1;
        // No function word is longer than 14 bytes ("wszystkich", "również"): longer words
        // are not looked up at all.
        if w.len() > 14 {
            continue;
        }
        // Most words are written in small letters already: look them up as they are.
        let hit = if w.chars().any(char::is_uppercase) {
            lower.clear();
            lower.extend(w.chars().flat_map(char::to_lowercase));
            set().contains(lower.as_str())
        } else {
            set().contains(w)
        };
        stop += usize::from(hit);
    }
    if words == 0 {
        0.0
    } else {
        stop as f32 / words as f32
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn prose_is_denser_than_menus() {
        let prose = "Spotkanie odbędzie się w czytelni biblioteki, na które serdecznie zapraszamy \
                     wszystkich mieszkańców oraz ich rodziny.";
        let menu = "Strona główna Aktualności Katalog Kontakt Galeria Historia Filie";
        assert!(super::density(prose) > 0.25);
        assert!(super::density(menu) < 0.05);
    }
}
