//! Month names in every case and common abbreviation, and Roman-numeral months.

/// (month, full forms in every case, abbreviations).
const MONTHS: &[(u32, &[&str], &[&str])] = &[
    (
        1,
        &["styczeń", "stycznia", "styczniu", "styczniem"],
        &["sty", "stycz"],
    ),
    (2, &["luty", "lutego", "lutym"], &["lut"]),
    (3, &["marzec", "marca", "marcu", "marcem"], &["mar", "marz"]),
    (
        4,
        &["kwiecień", "kwietnia", "kwietniu", "kwietniem"],
        &["kwi", "kwiec"],
    ),
    (5, &["maj", "maja", "maju", "majem"], &[]),
    (
        6,
        &["czerwiec", "czerwca", "czerwcu", "czerwcem"],
        &["cze", "czerw"],
    ),
    (7, &["lipiec", "lipca", "lipcu", "lipcem"], &["lip"]),
    (
        8,
        &["sierpień", "sierpnia", "sierpniu", "sierpniem"],
        &["sie", "sierp"],
    ),
    (
        9,
        &["wrzesień", "września", "wrześniu", "wrześniem"],
        &["wrz", "wrzes"],
    ),
    (
        10,
        &[
            "październik",
            "października",
            "październiku",
            "październikiem",
        ],
        &["paź", "paźdz"],
    ),
    (
        11,
        &["listopad", "listopada", "listopadzie", "listopadem"],
        &["lis", "list"],
    ),
    (
        12,
        &["grudzień", "grudnia", "grudniu", "grudniem"],
        &["gru", "grud"],
    ),
];

/// Every month form folded to ASCII lower case → (month, is a full name). Built once: the
/// lookup runs for every capitalised word of every page.
static FORMS: std::sync::LazyLock<
    std::collections::HashMap<String, (u32, bool), crate::duplicates::Fnv>,
> = std::sync::LazyLock::new(|| {
    let mut map = std::collections::HashMap::default();
    for (n, full, abbr) in MONTHS {
        for f in abbr.iter() {
            map.insert(super::fold_diacritics(f), (*n, false));
        }
        for f in full.iter() {
            map.insert(super::fold_diacritics(f), (*n, true));
        }
    }
    map
});

fn lookup(word: &str, with_abbreviations: bool) -> Option<u32> {
    let w = word.trim_end_matches('.');
    // No month form is longer than 12 letters or starts with another letter: most words
    // end here. The rest are folded on the stack, as `lookup` runs for every capitalised
    // word of every page.
    let initial = w.chars().next().map(|c| c.to_ascii_lowercase());
    if !matches!(initial, Some('s' | 'l' | 'm' | 'k' | 'c' | 'w' | 'p' | 'g')) {
        return None;
    }
    let mut folded = [0u8; 12];
    let mut len = 0;
    for c in w.chars() {
        let c = super::fold_char(c).to_ascii_lowercase();
        // Month forms are ASCII once folded: any other letter is no month.
        if !c.is_ascii() || len == folded.len() {
            return None;
        }
        folded[len] = c as u8;
        len += 1;
    }
    let folded = std::str::from_utf8(&folded[..len]).ok()?;
    match FORMS.get(folded) {
        Some(&(n, full)) if full || with_abbreviations => Some(n),
        _ => None,
    }
}

/// Month number for a month word in any case or abbreviation, with or without Polish
/// letters ("października", "pazdziernika", "paź.").
pub fn month_number(word: &str) -> Option<u32> {
    lookup(word, true)
}

/// True for a full month name in any case ("Lis" the surname is not "lis." the month).
pub fn is_month_name(word: &str) -> bool {
    lookup(word, false).is_some()
}

/// A regex alternation of every month form, longest first so the regex prefers them.
pub fn month_pattern() -> String {
    let mut forms: Vec<String> = MONTHS
        .iter()
        .flat_map(|(_, full, abbr)| full.iter().chain(abbr.iter()))
        .flat_map(|f| {
            let folded = super::fold_diacritics(f);
            if folded == *f {
                vec![f.to_string()]
            } else {
                vec![f.to_string(), folded]
            }
        })
        .collect();
    forms.sort_by_key(|f| std::cmp::Reverse(f.chars().count()));
    forms.dedup();
    forms.join("|")
}

/// Roman numerals I–XII as months ("20 X 2014").
pub fn roman_month(s: &str) -> Option<u32> {
    const ROMAN: [&str; 12] = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
    ];
    ROMAN.iter().position(|r| *r == s).map(|i| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_case_and_abbreviation() {
        assert_eq!(month_number("października"), Some(10));
        assert_eq!(month_number("pazdziernika"), Some(10));
        assert_eq!(month_number("paź."), Some(10));
        assert_eq!(month_number("Lutego"), Some(2));
        assert_eq!(month_number("maju"), Some(5));
        assert_eq!(month_number("grudniu"), Some(12));
        assert_eq!(month_number("wtorek"), None);
    }

    #[test]
    fn roman() {
        assert_eq!(roman_month("X"), Some(10));
        assert_eq!(roman_month("XII"), Some(12));
        assert_eq!(roman_month("XIII"), None);
    }
}

/// Parses one standalone date as Polish pages write it: "07.10.2014", "7.10.2014 r.",
/// "2014-10-07", "07/10/2014", "7 października 2014", "20 X 2014". Day first, always.
pub fn parse_date(s: &str) -> Option<crate::calendar::Date> {
    use crate::calendar::Date;
    let s = s
        .trim()
        .trim_end_matches("r.")
        .trim_end_matches(" r")
        .trim();
    let parts: Vec<&str> = s
        .split(|c: char| c == '.' || c == '-' || c == '/' || c.is_whitespace())
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() != 3 {
        return None;
    }
    let num = |p: &str| p.parse::<u32>().ok();
    if parts[0].len() == 4 {
        let y = parts[0].parse().ok()?;
        return Date::new(y, num(parts[1])?, num(parts[2])?);
    }
    let day = num(parts[0])?;
    let month = num(parts[1])
        .or_else(|| roman_month(parts[1]))
        .or_else(|| month_number(parts[1]))?;
    if parts[2].len() != 4 {
        return None;
    }
    Date::new(parts[2].parse().ok()?, month, day)
}

#[cfg(test)]
mod parse_tests {
    use super::parse_date;

    #[test]
    fn standalone_dates() {
        for s in [
            "07.10.2014",
            "7.10.2014 r.",
            "2014-10-07",
            "07/10/2014",
            "7 października 2014",
            "7 X 2014",
            "7 pazdziernika 2014 r.",
        ] {
            assert_eq!(
                parse_date(s).map(|d| d.to_string()).as_deref(),
                Some("2014-10-07"),
                "{s}"
            );
        }
        assert_eq!(parse_date("31.02.2014"), None);
        assert_eq!(parse_date("87-148"), None);
        assert_eq!(parse_date("12.5"), None);
    }
}
