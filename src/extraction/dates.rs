//! Dates and times mentioned in the text, resolved to ISO 8601.
//!
//! Year-less dates ("3 października", "3 października br.") take their year from the
//! publication date: "br." is the publication year, a bare date the year that puts it
//! closest to the publication, unless a day dated in the same paragraph (and near the
//! publication) says which year the text speaks of. Times ("o godzinie 14.00") attach to
//! the date they follow.

use super::tokens::{contains_word, opens_line, word_before};
use super::{overlaps_any, Span};
use crate::calendar::Date;
use crate::polish::months::{month_number, month_pattern, roman_month};
use crate::record::EntityType;
use crate::static_regex::{compiled, compiled_from};
use regex::{Captures, Regex, RegexSet, RegexSetBuilder, SetMatches};
use std::cell::RefCell;
use std::sync::OnceLock;

const ROMAN: &str = "XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I";
const RELATIVE: &str =
    r"b\.\s?r\.|br\.?|bieżącego roku|ub\.\s?r\.|zeszłego roku|ubiegłego roku|przyszłego roku";

/// Weekday forms after "w/we" and as a heading ("we wtorek, 6 października").
const WEEKDAYS: &str =
    "poniedziałek|wtorek|środę|środa|czwartek|piątek|sobotę|sobota|niedzielę|niedziela";
/// Month names in the locative, for "w październiku (br.)".
const MONTHS_LOCATIVE: &str = "styczniu|lutym|marcu|kwietniu|maju|czerwcu|lipcu|sierpniu|wrześniu|wrzesniu|październiku|pazdzierniku|listopadzie|grudniu";

/// Days written as genitive ordinals before a month: "dziesiątego lipca", "dwudziestego
/// dziewiątego sierpnia" (with "dwudziestego"/"trzydziestego" in front, or alone).
const ORDINAL_UNITS: &str = "pierwszego|drugiego|trzeciego|czwartego|piątego|szóstego|siódmego|ósmego|dziewiątego|dziesiątego|jedenastego|dwunastego|trzynastego|czternastego|piętnastego|szesnastego|siedemnastego|osiemnastego|dziewiętnastego";

/// The day of a genitive ordinal ("dwudziestego pierwszego" → 21).
fn ordinal_day(words: &str) -> Option<u32> {
    let mut day = 0;
    for w in words.split_whitespace() {
        let w = w.to_lowercase();
        day += match w.as_str() {
            "dwudziestego" => 20,
            "trzydziestego" => 30,
            _ => ORDINAL_UNITS.split('|').position(|u| u == w)? as u32 + 1,
        };
    }
    (day > 0).then_some(day)
}

/// Decades written as words, in the cases used after "lat"/"latach".
#[rustfmt::skip]
const DECADE_WORDS: &[(&str, u32)] = &[
    ("dwudziest", 2), ("trzydziest", 3), ("czterdziest", 4), ("pięćdziesiąt", 5),
    ("sześćdziesiąt", 6), ("siedemdziesiąt", 7), ("osiemdziesiąt", 8), ("dziewięćdziesiąt", 9),
];

/// Ordinal words by their stem: hours after "o"/"godz." ("o ósmej", "godzinie dwunastej"),
/// centuries ("dziewiętnastego wieku").
#[rustfmt::skip]
const ORDINAL_STEMS: &[(&str, u32)] = &[
    ("pierwsz", 1), ("drugi", 2), ("drugiej", 2), ("trzeci", 3), ("czwart", 4), ("piąt", 5),
    ("szóst", 6), ("siódm", 7), ("ósm", 8), ("dziewiąt", 9), ("dziesiąt", 10),
    ("jedenast", 11), ("dwunast", 12), ("trzynast", 13), ("czternast", 14), ("piętnast", 15),
    ("szesnast", 16), ("siedemnast", 17), ("osiemnast", 18), ("dziewiętnast", 19),
    ("dwudziest", 20),
];

/// The stems of [`ORDINAL_STEMS`] as a regex alternation, each without a final "i" ("drug",
/// "trzec": "drugiej", "trzeciej" add their "i" before the ending).
fn hour_stems() -> String {
    let stems: Vec<&str> = ORDINAL_STEMS
        .iter()
        .map(|(stem, _)| stem.trim_end_matches('i'))
        .collect();
    stems.join("|")
}

/// The number an ordinal word names ("ósmej" → 8, "dwudziestą" → 20), lower-case.
fn ordinal_number(word: &str) -> Option<u32> {
    ORDINAL_STEMS
        .iter()
        .rev()
        .find(|(stem, _)| word.starts_with(stem))
        .map(|(_, hour)| *hour)
}

/// One of the patterns `find` runs over a text, with its place in `Patterns::any`.
struct Pattern {
    re: Regex,
    id: usize,
}

impl Pattern {
    /// The pattern's matches in `text`; none, without a search, when the set of all
    /// patterns found it nowhere there.
    fn found_in<'r, 't>(
        &'r self,
        hits: &SetMatches,
        text: &'t str,
    ) -> impl Iterator<Item = Captures<'t>> + 'r
    where
        't: 'r,
    {
        hits.matched(self.id)
            .then(|| self.re.captures_iter(text))
            .into_iter()
            .flatten()
    }
}

/// The date and time patterns. Each alone scans the whole text, and most find nothing in
/// most texts; `any`, all of them in one set, tells in one pass which ones do (with an 8 MB
/// cache the set runs at about the speed of one pattern; with the default, it gave up on
/// varied text and ran slower than all of them).
struct Patterns {
    any: RegexSet,
    this_month: Pattern,
    relative_weekday: Pattern,
    hour_only: Pattern,
    bare_hour: Pattern,
    bare_hour_range: Pattern,
    hour_of_day: Pattern,
    hour_word: Pattern,
    clock_word: Pattern,
    noon_or_midnight: Pattern,
    century: Pattern,
    decade: Pattern,
    month_word: Pattern,
    from_to: Pattern,
    month_from_to: Pattern,
    numeric_from_to: Pattern,
    numeric_dash_range: Pattern,
    day_range_numeric: Pattern,
    season: Pattern,
    roman_month_year: Pattern,
    month_alone: Pattern,
    numeric_range: Pattern,
    numeric: Pattern,
    iso: Pattern,
    short_range: Pattern,
    named: Pattern,
    roman: Pattern,
    short: Pattern,
    month_year: Pattern,
    year: Pattern,
    era: Pattern,
    apostrophe_year: Pattern,
    early_year: Pattern,
    time: Pattern,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let months = month_pattern();
        let hour_stems = hour_stems();
        let sources = RefCell::new(Vec::new());
        let re = |s: String| {
            let mut sources = sources.borrow_mut();
            let re = Regex::new(&s).expect("static date regex");
            sources.push(s);
            Pattern {
                re,
                id: sources.len() - 1,
            }
        };
        let mut p = Patterns {
            any: RegexSet::empty(),
            // An ASCII word boundary keeps this on the fast engine (none after the word: "ą"
            // is no ASCII word character); hour_word checks the letters around the match.
            // The word opens with an ordinal's stem (ORDINAL_STEMS): literals the regex
            // engine searches for first, where "o", "do" alone would stop it at every word.
            hour_word: re(format!(r"(?i)(?-u:\b)(?:(?P<pre>wpół\s+do|w\s+pół\s+do|pół\s+do|o|od|do|około|koło|przed|po)\s(?P<w>(?:{hour_stems})\p{{L}}{{0,8}}ej)|(?P<pre2>na|przed|między|za)\s(?P<w2>(?:{hour_stems})\p{{L}}{{0,8}}ą))")),
            // "Wybiła trzecia.", "Niedziela, piąta rano.": an ordinal with no preposition;
            // clock_word reads what stands around it.
            clock_word: re(format!(r"(?P<w>(?i:{hour_stems})\p{{L}}{{0,3}}|(?P<d>[01]?\d|2[0-4])-(?:ta|tą|tej|ej))")),
            // "w samo południe", "około południa", "o północy": noon and midnight after a
            // preposition of time ("na południu", "z północy" are directions).
            noon_or_midnight: re(r"(?i)(?-u:\b)(?P<pre>w\s+samo|w|o|około|koło|po|przed|do)\s(?P<w>południe|południa|północy|północą)".into()),
            this_month: re(r"(?-u:\b)(\d{1,2})\.?\s(?:bm|b\.\s?m)\.".into()),
            // "w najbliższą sobotę", "w ubiegły piątek": relative_weekday checks that no
            // letter follows (an ASCII boundary cannot stand after "ę").
            relative_weekday: re(r"(?i)(?-u:\b)(?P<rel>najbliższ|przyszł|następn|ubiegł|zeszł)\p{L}{1,3}\s+(?P<wd>poniedziałek|poniedziałku|wtorek|wtorku|środę|środa|środy|czwartek|czwartku|piątek|piątku|sobotę|sobota|soboty|niedzielę|niedziela|niedzieli)".into()),
            // "o 8 wieczorem", "około 7 rano", "po 3 nad ranem": a full hour and its part of
            // the day after a preposition of time.
            hour_of_day: re(r"(?i:(?-u:\b)(?:o|około|koło|przed|po|do|od|między))\s(?P<h>[01]?\d|2[0-3])\s(?P<p>rano|nad ranem|w nocy|po południu|wieczorem|wieczór)(?-u:\b)".into()),
            bare_hour_range: re(r"(?-u:\b)(?i:od)\s(?P<h>[01]?\d|2[0-3])\s(?i:do)\s(?P<h2>[01]?\d|2[0-3])(?-u:\b)".into()),
            bare_hour: re(r"(?-u:\b)[oO] (?P<h>[01]?\d|2[0-3])(?-u:\b)".into()),
            hour_only: re(r"(?i:godz\.|godzina|godzinie|godziny|godzinach|godzin[eęą])\s?(?:(?i:od)\s)?(?:(?P<h>[01]?\d|2[0-3])(?-u:\b)(?:\s?[-–]\s?(?P<h2>[01]?\d|2[0-3])(?-u:\b))?(?:[.:]\s?\d)?|(?P<word>\w+(?:ej|ą|a)))".into()),
            century: re(r"(?-u:\b)(?:(?P<r1>[IVXLC]{1,6})\s+(?i:wieku|wiek|wiekiem|w\.)|(?i:wiek|wieku)\s+(?P<r2>[IVXLC]{1,6})(?-u:\b))".into()),
            decade: re(r"(?-u:\b)(?i:lat|lata|latach|latami|l\.)\s+(?:(?P<num>[2-9]0)(?:\.|-(?:tych|te|ych)(?-u:\b)|['’])|(?P<word>\w+ych))".into()),
            month_word: re(format!(r"(?-u:\b)(?P<mon>(?i:{months}))")),
            from_to: re(format!(
                r"(?i:od)\s+(?P<d1>\d{{1,2}})(?:\s+(?P<m1>(?i:{months})))?\s+(?i:do)\s+(?P<d2>\d{{1,2}})\s+(?P<m2>(?i:{months}))\.?(?:\s+(?P<y>\d{{4}}))?(?:\s?(?:r\.|roku))?(?:\s+(?P<rel>(?i:{RELATIVE})))?"
            )),
            month_from_to: re(format!(
                r"(?-u:\b)(?i:od)\s+(?P<m1>(?i:{months}))(?:\s+(?P<y1>\d{{4}}))?(?:\s?(?:r\.|roku))?\s+(?i:do)\s+(?P<m2>(?i:{months}))(?:\s+(?P<y>\d{{4}}))?(?:\s?(?:r\.|roku))?(?:\s+(?P<rel>(?i:{RELATIVE})))?"
            )),
            numeric_from_to: re(r"(?-u:\b)(?i:od)\s+(?P<d1>\d{1,2})\.(?P<m1>\d{1,2})(?:\.(?P<y1>\d{4}))?(?:\s?r\.)?\s+(?i:do)\s+(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>\d{4})(?:\s?r\.)?".into()),
            // "1.10.2014-31.10.2014 r.": two full dates joined by a dash.
            numeric_dash_range: re(r"(?-u:\b)(?P<d1>\d{1,2})\.(?P<m1>\d{1,2})\.(?P<y1>\d{4})(?:\s?r\.)?\s?[-–]\s?(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>\d{4})(?:\s?r\.)?".into()),
            day_range_numeric: re(r"(?-u:\b)(\d{1,2})\s?[-–]\s?(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s?r\.)?".into()),
            season: re(r"(?i:(?P<school>rok(?:u)?\s+(?:szkoln|akademick)\w*)\s+(?P<y1>\d{4})\s?/\s?(?P<y2>\d{4})|(?P<winter>ferie\s+zimowe|ferii\s+zimowych|feriach\s+zimowych|ferie)(?:\s+(?P<wy>\d{4}))?|(?P<summer>wakacje|wakacji|wakacjach)(?:\s+(?P<sy>\d{4})))".into()),
            roman_month_year: re(format!(r"(?-u:\b)({ROMAN})\s+(\d{{4}})(?:\s?r\.)?")),
            month_alone: re(format!(r"(?-u:\b)(?i:w|we)\s+(?P<mon>(?i:{MONTHS_LOCATIVE}))(?-u:\b)(?:\s+(?P<rel>(?i:{RELATIVE})))?")),
            numeric_range: re(r"(?-u:\b)(\d{1,2})\.(\d{1,2})\.?(?:\s?[-–]\s?|\s+do\s+)(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s?r\.)?".into()),
            numeric: re(r"(?-u:\b)(\d{1,2})([./-]) ?(\d{1,2})([./-]) ?(\d{4}|\d{2}(?-u:\b))(?P<r>\s?r\.|\s?roku)?".into()),
            iso: re(r"(?-u:\b)(\d{4})([-.])(\d{2})([-.])(\d{2})(?-u:\b)".into()),
            // "w dniach 24.12 - 26.12": a range of days without a year, after a word that
            // introduces dates ("10.10 - 11.05" alone may be hours).
            short_range: re(r"(?i:dniach|dniu|terminie|od)\s+(?P<d1>\d{1,2})\.(?P<m1>0[1-9]|1[0-2])\.?(?:\s?[-–]\s?|\s+do\s+)(?P<d2>\d{1,2})\.(?P<m2>0[1-9]|1[0-2])(?-u:\b)".into()),
            named: re(format!(
                r"(?:(?i:(?:w|we)\s+)?(?P<wd>(?i:{WEEKDAYS})),?\s+)?(?P<body>(?i:(?:dnia|dniu|dzień|dniem|dn\.)\s+)?(?:(?-u:\b)(?P<d1>\d{{1,2}})(?:-?(?:go|ego|tego))?(?:\s?[-–]\s?(?P<d2>\d{{1,2}}))?|(?P<ord>(?i:(?:(?:dwudziestego|trzydziestego)\s+)?(?:{ORDINAL_UNITS})|dwudziestego|trzydziestego)))\s+(?P<mon>(?i:{months}))\.?(?:\s+(?P<y>\d{{4}}))?(?:\s?(?:r\.|roku))?(?:\s+(?P<rel>(?i:{RELATIVE})))?)"
            )),
            roman: re(format!(r"(?-u:\b)(?P<d1>\d{{1,2}})(?:\s?[-–]\s?(?P<d2>\d{{1,2}}))?(?:\s+|\.\s?)(?P<r>{ROMAN})(?:\s+|\.\s?)(?P<y>\d{{4}})(?:\s?r\.)?")),
            // "w piątek (8.05)", "do 30.06", "w sobotę 9 V", "dnia 20 X br.": a day and month
            // with no year, believed only after a weekday or a word that introduces a date
            // ("8.05 zł" and "klasa 3 V" are no dates).
            short: re(format!(
                r"(?:(?P<wd>(?i:{WEEKDAYS})),?\s+\(?|(?P<cue>(?-u:\b)(?i:dnia|dniu|dniach|dn\.|od|do|z\s+dniem))\s+)?(?P<body>(?-u:\b)(?P<d1>\d{{1,2}})(?:\.\s?(?P<m>0[1-9]|1[0-2])|(?:\s?[-–]\s?(?P<d2>\d{{1,2}}))?\s+(?P<r>{ROMAN}))(?-u:\b)(?:\s+(?P<rel>(?i:{RELATIVE})))?)"
            )),
            month_year: re(format!(r"(?-u:\b)(?i:({months}))\s+(\d{{4}})(?:\s?(?:r\.|roku))?")),
            year: re(r"(?-u:\b)(?:(?i:rok(?:u|iem)?|r\.|latach|lata|l\.)\s+)?(1\d{3}|20\d{2})(?:\s?(?:r\.|roku|(?:r|rok)(?-u:\b)))?".into()),
            era: re(r"(?-u:\b)(?:(?i:roku|r\.)\s+)?(?P<y>\d{1,4})\s?(?:(?i:r\.|roku)\s?)?(?:(?P<bc>p\.\s?n\.\s?e\.|(?i:przed\s+naszą\s+erą|przed\s+Chrystusem))|(?P<ad>n\.\s?e\.|(?i:naszej\s+ery)))".into()),
            apostrophe_year: re(r"['’](?P<y>\d{2})(?-u:\b)".into()),
            early_year: re(r"(?-u:\b)(?P<y>[5-9]\d{2})\s?(?:r\.|roku(?-u:\b))".into()),
            time: re(r"(?i:(?-u:\b)godz(?:\.|ina|inie|iny|in[eęą]|inach)?\s?)?(?-u:\b)([01]?\d|2[0-3])[.:]\s?([0-5]\d)(?-u:\b)(?:\s?[-–]\s?([01]?\d|2[0-4])[.:]\s?([0-5]\d)(?-u:\b))?".into()),
        };
        p.any = RegexSetBuilder::new(sources.into_inner())
            .dfa_size_limit(8 << 20)
            .build()
            .expect("static date regex set");
        p
    })
}

/// All date and time mentions, as byte spans with ISO values.
pub fn find(text: &str, published: Option<Date>) -> Vec<Span> {
    let p = patterns();
    let hits = p.any.matches(text);
    let mut dates: Vec<Span> = Vec::new();
    let push = |span: Option<Span>, out: &mut Vec<Span>| {
        if let Some(s) = span {
            if !overlaps_any(out, s.start, s.end) {
                out.push(s);
            }
        }
    };
    // Most specific patterns first; later ones never overlap earlier ones.
    for c in p.from_to.found_in(&hits, text) {
        push(from_to(text, &c, published), &mut dates);
    }
    for c in p.month_from_to.found_in(&hits, text) {
        push(month_from_to(text, &c, published), &mut dates);
    }
    for c in p.numeric_from_to.found_in(&hits, text) {
        push(numeric_from_to(text, &c), &mut dates);
    }
    for c in p.numeric_dash_range.found_in(&hits, text) {
        push(numeric_from_to(text, &c), &mut dates);
    }
    for c in p.season.found_in(&hits, text) {
        push(season(text, &c, published), &mut dates);
    }
    for c in p.numeric_range.found_in(&hits, text) {
        push(numeric_range(&c), &mut dates);
    }
    for c in p.day_range_numeric.found_in(&hits, text) {
        push(day_range_numeric(text, &c), &mut dates);
    }
    for c in p.named.found_in(&hits, text) {
        push(named(text, &c, published), &mut dates);
    }
    for c in p.numeric.found_in(&hits, text) {
        push(numeric(text, &c, published), &mut dates);
    }
    for c in p.iso.found_in(&hits, text) {
        push(iso(&c), &mut dates);
    }
    for c in p.short_range.found_in(&hits, text) {
        push(short_range(text, &c, published), &mut dates);
    }
    for c in p.roman.found_in(&hits, text) {
        push(roman(&c), &mut dates);
    }
    for c in p.short.found_in(&hits, text) {
        push(short_date(text, &c, published), &mut dates);
    }
    for c in p.roman_month_year.found_in(&hits, text) {
        push(roman_month_year(text, &c), &mut dates);
    }
    for c in p.month_year.found_in(&hits, text) {
        push(month_year(text, &c), &mut dates);
    }
    for c in p.this_month.found_in(&hits, text) {
        push(this_month(&c, published), &mut dates);
    }
    for c in p.relative_weekday.found_in(&hits, text) {
        push(relative_weekday(text, &c, published), &mut dates);
    }
    for c in p.month_alone.found_in(&hits, text) {
        push(month_alone(&c, published), &mut dates);
    }
    for c in p.century.found_in(&hits, text) {
        push(century(&c), &mut dates);
    }
    for c in p.decade.found_in(&hits, text) {
        push(decade(&c), &mut dates);
    }
    for c in p.month_word.found_in(&hits, text) {
        push(month_word(text, &c, published), &mut dates);
    }
    // Eras before plain years: "427 p.n.e." is no year 427 AD.
    for c in p.era.found_in(&hits, text) {
        push(era_year(text, &c), &mut dates);
    }
    for c in p.year.found_in(&hits, text) {
        push(year(text, &c), &mut dates);
    }
    for c in p.apostrophe_year.found_in(&hits, text) {
        push(apostrophe_year(text, &c, published), &mut dates);
    }
    for c in p.early_year.found_in(&hits, text) {
        push(early_year(text, &c), &mut dates);
    }
    // "przy ul. 3 Maja", "na ulicy 15 Sierpnia": a street named after a day (its month
    // written with a capital). Dropped before any time or year leans on it.
    dates.retain(|d| {
        let capital_month = text[d.start..d.end].chars().skip(1).any(char::is_uppercase);
        let before = word_before(text, d.start);
        let street = super::streets::is_kind_word(&before)
            || matches!(before.as_str(), "konstytucji" | "konst");
        !(capital_month && street)
    });
    if published.is_none() {
        anchor_yearless(&mut dates);
    } else {
        years_from_dated_neighbours(text, published, &mut dates);
    }
    let mut times = find_times(text, &dates, &hits);
    // Full hours ("godz. 21") and hours as words ("o piątej") where no time was found.
    // In this order: the surer kinds first, none overlapping a time already found.
    type HourFinder = fn(&str, &Captures, &[Span]) -> Option<Span>;
    let finders: [(&Pattern, HourFinder); 7] = [
        (&p.hour_only, hour_only),
        (&p.hour_word, hour_word),
        (&p.clock_word, clock_word),
        (&p.noon_or_midnight, noon_or_midnight),
        (&p.bare_hour_range, bare_hour_range),
        (&p.hour_of_day, hour_of_day),
        (&p.bare_hour, bare_hour),
    ];
    for (re, finder) in finders {
        for c in re.found_in(&hits, text) {
            if let Some(s) = finder(text, &c, &dates) {
                if !overlaps_any(&times, s.start, s.end) {
                    times.push(s);
                }
            }
        }
    }
    // "od 10.00 do 14.00", and "od 18.00 do północy", closed by a time of another kind:
    // joined once all the kinds are found.
    times.sort_by_key(|s| s.start);
    join_from_to(text, &mut times);
    close_hour_ranges(text, &dates, &mut times);
    let tails = year_range_tails(text, &dates);
    dates.extend(tails);
    let firsts = coordinated_days(text, &dates);
    dates.extend(firsts);
    let centuries = centuries_not_in_roman(text, &dates);
    dates.extend(centuries);
    let spoken = years_in_words(text, &dates);
    dates.extend(spoken);
    let two_thousands = years_after_two_thousand(text, &dates);
    dates.extend(two_thousands);
    // "XVII, XVIII, XIX w.", "lat 70., 80., 90.": each one found leads to the next.
    loop {
        let others = coordinated_centuries_and_decades(text, &dates);
        if others.is_empty() {
            break;
        }
        dates.extend(others);
    }
    dates.extend(times);
    dates.sort_by_key(|s| s.start);
    dates
}

/// Without a publication date, a date written with no year takes it from the closest full
/// date written before it ("12.06.2016 … w sobotę 4 czerwca" → 2016-06-04): the teasers of
/// a news listing each stand under their own date. Dates before any full date stay year-less.
fn anchor_yearless(dates: &mut [Span]) {
    let mut order: Vec<usize> = (0..dates.len()).collect();
    order.sort_by_key(|&i| dates[i].start);
    let mut anchor: Option<Date> = None;
    for i in order {
        let d = &mut dates[i];
        let Some(value) = d.value.as_deref() else {
            continue;
        };
        match anchor {
            Some(a) if value.starts_with("--") && !value.starts_with("---") => {
                if let Some(v) = with_year_near(value, a) {
                    d.set_value(v);
                    d.note = Some("year from an earlier date".into());
                }
            }
            _ => anchor = anchor_value(value).or(anchor),
        }
    }
}

/// A full date, or a month of a year ("od października 2014 roku … 8 października"): its
/// first day stands for it.
fn anchor_value(value: &str) -> Option<Date> {
    let month = value.len() == 7 && value.as_bytes()[4] == b'-';
    if month {
        return Date::parse_iso(&format!("{value}-01"));
    }
    Date::parse_iso(value)
}

/// A date whose year was inferred from the publication takes it from a dated day in the same
/// paragraph instead ("15 lutego – warsztaty, … 26 września br. – spotkanie" in a summary
/// of the year published on 30 December is 15 February of that year, not of the next):
/// the text's own dates say which year it speaks of. Only a day with a written or relative
/// year within a few lines anchors, and only one within a year of the publication: a bare
/// year or an older day is a look back ("12 maja 2010 r. odwiedził nas …; zapraszamy 20
/// listopada").
fn years_from_dated_neighbours(text: &str, published: Option<Date>, dates: &mut [Span]) {
    const REACH: usize = 400;
    let Some(p) = published.map(|p| p.days_since_epoch()) else {
        return;
    };
    let anchors: Vec<(usize, Date)> = dates
        .iter()
        .filter(|d| matches!(d.note.as_deref(), None | Some("relative-year")))
        .filter_map(|d| {
            let first = d.value.as_deref()?.split('/').next()?;
            let day = Date::parse_iso(first).filter(|_| first.len() == 10)?;
            ((day.days_since_epoch() - p).abs() <= 366).then_some((d.start, day))
        })
        .collect();
    for d in dates.iter_mut() {
        if d.note.as_deref() != Some("year-inferred") {
            continue;
        }
        let same_paragraph = |&&(at, _): &&(usize, Date)| {
            let (a, b) = (at.min(d.start), at.max(d.start));
            b - a <= REACH && !text[a..b].contains("\n\n")
        };
        let Some(&(at, anchor)) = anchors
            .iter()
            .filter(same_paragraph)
            .min_by_key(|(at, _)| at.abs_diff(d.start))
        else {
            continue;
        };
        let after = d.start > at;
        if let Some(value) = d
            .value
            .as_deref()
            .and_then(|v| shifted_near(v, anchor, after))
        {
            d.set_value(value);
            d.note = Some("year from a dated day nearby".into());
        }
    }
}

/// A day or range of days ("2015-02-15", "2015-05-03/2015-05-04") moved whole to the year
/// of `anchor` that fits it: the closest one when that is within a season of the anchor
/// ("20 października 2014 … zapisy do 15 października"), else the one on the side of the
/// anchor where the text puts it, as in a list in time order (`after` the anchor or
/// before it). None when that changes nothing.
fn shifted_near(value: &str, anchor: Date, after: bool) -> Option<String> {
    const SEASON: i64 = 120;
    let ends: Vec<Date> = value
        .split('/')
        .map(|e| Date::parse_iso(e).filter(|_| e.len() == 10))
        .collect::<Option<_>>()?;
    let first = ends.first()?;
    let a = anchor.days_since_epoch();
    let closest = closest_year(anchor, first.month, first.day, None);
    let near = Date::new(closest, first.month, first.day)
        .is_some_and(|d| (d.days_since_epoch() - a).abs() <= SEASON);
    let year = if near {
        closest
    } else {
        let on_its_side = |y: i32| {
            Date::new(y, first.month, first.day).is_some_and(|d| {
                let days = d.days_since_epoch();
                if after {
                    days >= a
                } else {
                    days <= a
                }
            })
        };
        match (on_its_side(anchor.year), after) {
            (true, _) => anchor.year,
            (false, true) => anchor.year + 1,
            (false, false) => anchor.year - 1,
        }
    };
    let shift = year - first.year;
    if shift == 0 {
        return None;
    }
    let moved: Vec<String> = ends
        .iter()
        .map(|e| Date::new(e.year + shift, e.month, e.day).map(|d| d.to_string()))
        .collect::<Option<_>>()?;
    Some(moved.join("/"))
}

/// "--06-04" → "2016-06-04", "--07-20/--07-31" → a range, "--12" → "2015-12": each end in
/// the year that puts it closest to `anchor`.
fn with_year_near(value: &str, anchor: Date) -> Option<String> {
    let ends: Option<Vec<String>> = value
        .split('/')
        .map(|end| {
            let rest = end.strip_prefix("--")?;
            let (month, day) = match rest.split_once('-') {
                Some((m, d)) => (m.parse().ok()?, Some(d.parse().ok()?)),
                None => (rest.parse().ok()?, None),
            };
            let year = closest_year(anchor, month, day.unwrap_or(15), None);
            Some(match day {
                Some(d) => Date::new(year, month, d)?.to_string(),
                None => format!("{year:04}-{month:02}"),
            })
        })
        .collect();
    Some(ends?.join("/"))
}

/// A date found beside another one ("22" of "22 i 29 października"), its lemma the value
/// like every date's, not the bare number written.
fn written_date(start: usize, end: usize, value: String, note: Option<String>) -> Span {
    Span {
        kind: EntityType::Date,
        start,
        end,
        lemma: value.clone(),
        value: Some(value),
        note,
    }
}

/// The other century or decade of a pair: "z XVII i XVIII w.", "XVI - XVIII w.", "XV / XVI
/// wieku" (the first, a bare Roman numeral before the century found); "lat 70. i 80.",
/// "lat 70., 80." (the second, after the decade found).
fn coordinated_centuries_and_decades(text: &str, dates: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    for d in dates {
        let found = match d.note.as_deref() {
            Some("century") => century_before(text, d.start)
                .map(|(s, e, n)| (s, e, format!("{:02}", n - 1), "century")),
            Some("decade") => {
                decade_after(text, d.end).map(|(s, e, tens)| (s, e, format!("19{tens}"), "decade"))
            }
            _ => None,
        };
        if let Some((start, end, value, note)) = found {
            if !overlaps_any(dates, start, end) {
                out.push(written_date(start, end, value, Some(note.to_string())));
            }
        }
    }
    out
}

/// "XVII i " right before `pos`: a Roman numeral of a century (1–21) and a word or sign
/// joining it to the next; its start, end and number.
fn century_before(text: &str, pos: usize) -> Option<(usize, usize, u32)> {
    const JOINS: [&str; 10] = ["i", "-", "–", "/", ",", "lub", "oraz", "bądź", "a", "czy"];
    let before = text[..pos].trim_end_matches(' ');
    let rest = JOINS.iter().find_map(|j| before.strip_suffix(j))?;
    let end = rest.trim_end_matches(' ').len();
    let start = rest[..end]
        .trim_end_matches(['I', 'V', 'X', 'L', 'C'])
        .len();
    // "Jan Paweł II i XX wiek": a numeral after a name is the name's.
    let after_name = text[..start]
        .trim_end_matches(' ')
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    if start == end || after_name || text[..start].ends_with(char::is_alphanumeric) {
        return None;
    }
    let n = roman_number(&text[start..end]).filter(|n| (1..=21).contains(n))?;
    Some((start, end, n))
}

/// Where `text` writes one of `forms` as a whole word (start, end), found by the start
/// `stem` they share: "wiek" finds "wieku", not "człowieka" or "wiekowy".
fn whole_words<'a>(
    text: &'a str,
    stem: &'a str,
    forms: &'a [&str],
) -> impl Iterator<Item = (usize, usize)> + 'a {
    text.match_indices(stem).filter_map(move |(at, _)| {
        let len = text[at..]
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(text.len() - at);
        let whole = !text[..at].ends_with(char::is_alphanumeric);
        (whole && forms.contains(&&text[at..at + len])).then_some((at, at + len))
    })
}

/// Centuries written as words or Arabic numerals, and Roman ones before "stulecie":
/// "dziewiętnastego wieku", "dwudziesty pierwszy wiek", "w 16 wieku", "12-tym wieku", "XIX
/// stulecia" ("w wieku 12 lat" and "w podeszłym wieku" are ages).
fn centuries_not_in_roman(text: &str, dates: &[Span]) -> Vec<Span> {
    const NOUNS: [&str; 7] = [
        "wiek",
        "wieku",
        "wiekiem",
        "stulecie",
        "stulecia",
        "stuleciu",
        "stuleciem",
    ];
    let mut out = Vec::new();
    let nouns = whole_words(text, "wiek", &NOUNS).chain(whole_words(text, "stuleci", &NOUNS));
    for (at, end) in nouns {
        let Some((start, n)) = century_number_before(text, at) else {
            continue;
        };
        if (1..=21).contains(&n)
            && !overlaps_any(dates, start, end)
            && !overlaps_any(&out, start, end)
        {
            let value = format!("{:02}", n - 1);
            out.push(written_date(start, end, value, Some("century".into())));
        }
    }
    out
}

/// Cardinal numbers said after "dwa tysiące" in a year: 1–20.
#[rustfmt::skip]
const CARDINALS: &[&str] = &[
    "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć", "dziesięć",
    "jedenaście", "dwanaście", "trzynaście", "czternaście", "piętnaście", "szesnaście",
    "siedemnaście", "osiemnaście", "dziewiętnaście", "dwadzieścia",
];

/// Years of this century said in words: "do dwa tysiące piętnastego" (an ordinal is always a
/// year), "w roku dwa tysiące dziewięć" (a cardinal only after "rok" or "lat": "dwa tysiące
/// pięć złotych" is a sum).
fn years_after_two_thousand(text: &str, dates: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    for (at, m) in text.match_indices("dwa tysiące ") {
        if text[..at].ends_with(char::is_alphanumeric) {
            continue;
        }
        let rest = &text[at + m.len()..];
        let word_len = rest
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len());
        let word = &rest[..word_len];
        let cardinal = CARDINALS
            .iter()
            .position(|c| *c == word)
            .map(|i| i as i32 + 1);
        let ordinal = ordinal_number(word)
            .filter(|_| has_ordinal_case_ending(word))
            .map(|n| n as i32);
        let after_year_word = matches!(
            super::tokens::word_before(text, at).as_str(),
            "rok" | "roku" | "rokiem" | "lat" | "latach"
        );
        let Some(n) = ordinal.or(cardinal.filter(|_| after_year_word)) else {
            continue;
        };
        let end = at + m.len() + word_len;
        if !overlaps_any(dates, at, end) {
            out.push(written_date(
                at,
                end,
                format!("{:04}", 2000 + n),
                Some("year".into()),
            ));
        }
    }
    out
}

/// Years said as ordinal words before "rok": "w dziewięćdziesiątym drugim roku" (1992),
/// "od osiemdziesiątego piątego roku", "dwutysięcznego ósmego roku" (2008). Tens are needed
/// ("w piątym roku istnienia" is an age).
fn years_in_words(text: &str, dates: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    for (at, end) in whole_words(text, "rok", &["rok", "roku", "rokiem"]) {
        // "do dwudziestego roku życia" is an age.
        let of_a_life = next_word(&text[end..]).is_some_and(|w| {
            matches!(
                w,
                "życia" | "istnienia" | "pracy" | "działalności" | "studiów" | "nauki"
            )
        });
        if of_a_life {
            continue;
        }
        let Some((start, year)) = ordinal_year_before(text, at) else {
            continue;
        };
        if !overlaps_any(dates, start, end) {
            out.push(written_date(
                start,
                end,
                format!("{year:04}"),
                Some("year".into()),
            ));
        }
    }
    out
}

/// The year named by one or two ordinal words right before `pos`, and where they start.
fn ordinal_year_before(text: &str, pos: usize) -> Option<(usize, i32)> {
    let (last_start, last) = word_ending_at(text, pos)?;
    let tens_of = |w: &str| {
        if w.starts_with("dwutysięczn") {
            return Some(200);
        }
        let t = DECADE_WORDS.iter().find(|(stem, _)| w.starts_with(stem))?.1;
        Some(190 + t as i32)
    };
    if !has_ordinal_case_ending(&last) {
        return None;
    }
    if let Some(tens) = tens_of(&last) {
        return Some((last_start, tens * 10));
    }
    let unit = ordinal_number(&last).filter(|u| (1..=9).contains(u))? as i32;
    let (first_start, first) = word_ending_at(text, last_start)?;
    let tens = tens_of(&first).filter(|_| has_ordinal_case_ending(&first))?;
    Some((first_start, tens * 10 + unit))
}

/// An ordinal's ending in the cases that name a year: "piętnastego", "dwudziestym",
/// "dwudziesty", "drugim", "trzeci" (the soft-stem ordinals end in -i).
fn has_ordinal_case_ending(w: &str) -> bool {
    w.ends_with("ego") || w.ends_with('m') || w.ends_with(['y', 'i'])
}

/// The lower-case word that ends one space before `pos`, and where it starts.
fn word_ending_at(text: &str, pos: usize) -> Option<(usize, String)> {
    let head = text[..pos].strip_suffix(' ')?;
    let start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()?
        .0;
    Some((start, head[start..].to_lowercase()))
}

/// The number of a century named by the word(s) right before `pos`, and where it starts:
/// "16", "12-tym", "XIX", "dziewiętnastego", "dwudziestego pierwszego".
fn century_number_before(text: &str, pos: usize) -> Option<(usize, u32)> {
    let head = text[..pos].strip_suffix(' ')?;
    let start = head
        .rfind(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map_or(0, |i| {
            i + head[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &head[start..];
    let (digits, suffix) = word.split_at(
        word.find(|c: char| !c.is_ascii_digit())
            .unwrap_or(word.len()),
    );
    if !digits.is_empty() {
        let suffix_ok = suffix.is_empty()
            || suffix.strip_prefix('-').is_some_and(|s| {
                (1..=3).contains(&s.chars().count()) && s.chars().all(char::is_alphabetic)
            });
        return suffix_ok
            .then(|| Some((start, digits.parse().ok()?)))
            .flatten();
    }
    if word.chars().all(|c| "IVXLC".contains(c)) {
        return Some((start, roman_number(word)?));
    }
    let lower = word.to_lowercase();
    let n = ordinal_number(&lower).filter(|_| {
        lower.ends_with("ego")
            || lower.ends_with("ym")
            || lower.ends_with('y')
            || lower.ends_with('i')
    })?;
    // "dwudziestego pierwszego wieku": the tens before the unit.
    if n < 10 {
        if let Some((tens_start, 20)) = century_number_before(text, start) {
            return Some((tens_start, 20 + n));
        }
    }
    Some((start, n))
}

/// " i 80." right after `pos`: the decade (its tens digit) named after another one.
fn decade_after(text: &str, pos: usize) -> Option<(usize, usize, u32)> {
    let after = &text[pos..];
    let rest = [" i ", ", ", " czy ", " lub ", " oraz "]
        .iter()
        .find_map(|j| after.strip_prefix(j))?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let tens: u32 = digits.parse().ok().filter(|n| n % 10 == 0 && *n >= 20)?;
    rest[digits.len()..].starts_with('.').then_some(())?;
    let start = text.len() - rest.len();
    Some((start, start + digits.len() + 1, tens / 10))
}

/// A day number joined to a following full date: "16 i 17 czerwca", "z 11 na 12 lipca",
/// "między 1 a 8 czerwca", "12-13 V 2015". The day takes the month and year of the date after it.
fn coordinated_days(text: &str, dates: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    for d in dates {
        let Some((year, month)) = d.value.as_deref().and_then(year_and_month_of_day) else {
            continue;
        };
        let Some(mut joined) = day_number_joined_before(text, d.start) else {
            continue;
        };
        loop {
            let (start, end, day) = joined;
            let valid = Date::new(year.parse().unwrap_or(2000), month, day).is_some();
            if !valid || overlaps_any(dates, start, end) {
                break;
            }
            let value = format!("{year}-{month:02}-{day:02}");
            out.push(written_date(start, end, value, d.note.clone()));
            // "5, 12 i 19 listopada": earlier days of the list, each before the next.
            match day_number_after_comma(text, start) {
                Some(earlier) if earlier.2 < day => joined = earlier,
                _ => break,
            }
        }
    }
    out
}

/// "5, " right before `pos`: a day number that a comma joins to the next one.
fn day_number_after_comma(text: &str, pos: usize) -> Option<(usize, usize, u32)> {
    let before = text[..pos].strip_suffix(' ')?.strip_suffix(',')?;
    day_number_ending_at(text, before.len())
}

/// The year ("-" when none was known) and month of a day's value: "2008-06-17" → (2008,
/// 6), "--06-17" → (-, 6); None for other values.
fn year_and_month_of_day(value: &str) -> Option<(&str, u32)> {
    let (rest, day) = value.rsplit_once('-')?;
    let (year, month) = rest.rsplit_once('-')?;
    let two_digits = |s: &str| s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit());
    (two_digits(day) && two_digits(month)).then_some(())?;
    Some((year, month.parse().ok()?))
}

/// "16 i " (or "16-", "16/") right before `pos`: a day number (1–31, not part of a longer
/// number) and a conjunction; its start, end and value.
fn day_number_joined_before(text: &str, pos: usize) -> Option<(usize, usize, u32)> {
    let before = text[..pos].trim_end_matches(' ');
    // "12-13 V 2015", "26/27 maja": a dash or slash joins the day as well.
    let dash = || {
        before
            .strip_suffix(['-', '–', '/'])
            .map(|b| b.trim_end_matches(' '))
    };
    let rest = ["i", "a", "na", "lub", "albo", "oraz"]
        .iter()
        .find_map(|w| before.strip_suffix(w).filter(|b| b.ends_with(' ')))
        .or_else(dash)?;
    day_number_ending_at(text, rest.trim_end_matches(' ').len())
}

/// A day number of one or two digits that ends at `end`, not glued to a word or a longer
/// number before it: its start, end and value.
fn day_number_ending_at(text: &str, end: usize) -> Option<(usize, usize, u32)> {
    let start = text[..end]
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .len();
    let glued = text[..start].ends_with(|c: char| c.is_alphanumeric() || ".,:/-".contains(c));
    if glued || !(1..=2).contains(&(end - start)) {
        return None;
    }
    let day: u32 = text[start..end].parse().ok()?;
    (1..=31).contains(&day).then_some((start, end, day))
}

/// The end of a range of years after a year found alone: "w latach 1947 - 49", "1340 -
/// 1405". Two digits continue the first year's century; the end must come after the start.
fn year_range_tails(text: &str, dates: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    for d in dates {
        let Some(first) = d.value.as_deref().and_then(|v| v.parse::<i32>().ok()) else {
            continue; // only plain years
        };
        let Some((from, to, end_year)) = later_year_after_dash(&text[d.end..], first) else {
            continue;
        };
        let (tail_start, tail_end) = (d.end + from, d.end + to);
        if !overlaps_any(dates, tail_start, tail_end) {
            let value = format!("{end_year:04}");
            out.push(written_date(tail_start, tail_end, value, None));
        }
    }
    out
}

/// The year a dash after a year leads to, in `rest` (the text after the first year): " -
/// 49", "–1405", "-2015". Two digits continue the first year's century; the end must come
/// after the start, within a century. Returns where its digits start and end, and the year.
/// None where the digits go on as a number ("1990 - 93%", "93,5", "2000.5", "2015-3").
fn later_year_after_dash(rest: &str, first: i32) -> Option<(usize, usize, i32)> {
    let after_dash = rest.trim_start().strip_prefix(['-', '–'])?.trim_start();
    let start = rest.len() - after_dash.len();
    let digits = after_dash.bytes().take_while(u8::is_ascii_digit).count();
    let after = &after_dash[digits..];
    let continues = after.starts_with(|c: char| c.is_alphanumeric() || c == '%')
        || after
            .strip_prefix(['-', '.', ',', '/'])
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    let number: i32 = after_dash[..digits].parse().ok()?;
    let end_year = match digits {
        2 => first / 100 * 100 + number,
        4 => number,
        _ => return None,
    };
    (!continues && end_year > first && end_year - first < 100).then_some((
        start,
        start + digits,
        end_year,
    ))
}

/// Parts of the day after an hour: (words, hours added to a morning hour).
const PARTS_OF_DAY: &[(&str, u32)] = &[
    ("rano", 0),
    ("nad ranem", 0),
    ("w nocy", 0),
    ("po południu", 12),
    ("wieczorem", 12),
    ("wieczór", 12),
];

/// "o 8 wieczorem" → 20:00, "około 7 rano" → 07:00: the hour with its part of the day.
fn hour_of_day(text: &str, c: &Captures, dates: &[Span]) -> Option<Span> {
    let (h, part) = (c.name("h")?, c.name("p")?.as_str().to_lowercase());
    // "wpół do 8 wieczór" is half past seven.
    if text[..c.get(0)?.start()].trim_end().ends_with("pół") {
        return None;
    }
    let hour: u32 = h.as_str().parse().ok()?;
    let shift = PARTS_OF_DAY.iter().find(|(w, _)| *w == part)?.1;
    let hour = if hour < 12 { hour + shift } else { hour };
    let end = c.get(0)?.end();
    Some(time_span(
        text,
        dates,
        h.start(),
        end,
        &format!("{hour:02}:00"),
    ))
}

/// "o piątej", "od dziewiątej rano", "wpół do dziesiątej": an hour written as a word after
/// a preposition. Only where it stands alone (see [`stands_alone`]) or the part of the day
/// or a verb follows: "po drugiej stronie", "do trzeciej klasy" are no times.
fn hour_word(text: &str, c: &Captures, dates: &[Span]) -> Option<Span> {
    let (before, w) = match (c.name("pre"), c.name("w")) {
        (Some(pre), Some(w)) => (pre, w),
        _ => (c.name("pre2")?, c.name("w2")?),
    };
    // The regex's word boundaries are ASCII: a Polish letter before "do" or after the
    // word means the match is inside a longer word.
    let inside = text[..before.start()].ends_with(char::is_alphanumeric)
        || text[w.end()..].starts_with(char::is_alphanumeric);
    if inside {
        return None;
    }
    let word = w.as_str().to_lowercase();
    let hour = ordinal_number(&word)?;
    let rest = &text[w.end()..];
    let part = part_of_day(rest);
    // "o dwudziestej trzeciej piętnaście", "o czternastej trzydzieści": the hour and
    // minutes in words.
    let (hour, rest, spoken) = spoken_hour_and_minutes(hour, rest);
    // "od dziesiątej do jedenastej": the range's second hour vouches for the first.
    let pre = before.as_str().to_lowercase();
    let range_opens = pre == "od"
        && rest
            .strip_prefix(" do")
            .and_then(next_word)
            .and_then(|w| ordinal_number(&w.to_lowercase()))
            .is_some();
    // "Około jedenastej śniadania się kończyły": "about" before an ordinal is said of hours.
    let about = matches!(pre.as_str(), "około" | "koło") && hour >= 3;
    let ends = spoken.is_some()
        || stands_alone(rest)
        || (hour >= 3 && before_verb(rest))
        || range_opens
        || about;
    // "z jednej dzielnicy do drugiej": "first" and "second" after "od"/"do" are most often
    // an ordinal standing for a noun, unless the part of the day says otherwise.
    let ordinal =
        matches!(hour, 1 | 2) && part.is_none() && matches!(pre.as_str(), "od" | "do" | "koło");
    if (part.is_none() && !ends) || ordinal {
        return None;
    }
    let words_end = text.len() - rest.len();
    let end = words_end + part.map_or(0, |(p, _)| 1 + p.len());
    let hour = hour + part.map_or(0, |(_, shift)| if hour < 12 { *shift } else { 0 });
    let (start, hm) = if pre.contains("pół") {
        (before.start(), format!("{:02}:30", (hour + 23) % 24))
    } else {
        (
            w.start(),
            format!("{:02}:{:02}", hour % 24, spoken.unwrap_or(0)),
        )
    };
    if overlaps_any(dates, start, end) {
        return None;
    }
    Some(time_span(text, dates, start, end, &hm))
}

/// The part of the day written right after an hour ("piątej rano", "ósmej wieczór").
fn part_of_day(rest: &str) -> Option<&'static (&'static str, u32)> {
    PARTS_OF_DAY.iter().find(|(p, _)| {
        rest.strip_prefix(' ')
            .and_then(|r| r.strip_prefix(p))
            .is_some_and(|after| !after.starts_with(char::is_alphabetic))
    })
}

/// Verbs that tell the time with an hour in the nominative: "wybiła trzecia", "dochodziła
/// szósta". "Była" and "jest" also say a place in a ranking ("była trzecia w biegu"), so
/// they count only beside a clock (see [`clock_nearby`]).
const CLOCK_VERBS: &[&str] = &[
    "wybiła",
    "wybiło",
    "wybija",
    "wybijała",
    "dochodzi",
    "dochodziła",
    "minęła",
    "mija",
    "zbliża się",
    "zbliżała się",
    "nadeszła",
];

/// An hour as an ordinal with no preposition before it: "wybiła trzecia", "była
/// jedenasta" beside a clock, "Dziewiąta." as a sentence of its own, "piąta rano", "przed
/// 10-tą". The words around it decide; the finders with a preposition ([`hour_word`]) and a
/// label ([`hour_only`]) run first.
fn clock_word(text: &str, c: &Captures, dates: &[Span]) -> Option<Span> {
    let w = c.name("w")?;
    if text[w.end()..].starts_with(char::is_alphanumeric)
        || text[..w.start()].ends_with(char::is_alphanumeric)
    {
        return None;
    }
    let (hour, nominative) = match c.name("d") {
        Some(d) => (d.as_str().parse().ok()?, w.as_str().ends_with('a')),
        None => hour_ordinal(&w.as_str().to_lowercase())?,
    };
    let (hour, rest, spoken) = spoken_hour_and_minutes(hour, &text[w.end()..]);
    let part = part_of_day(rest);
    let before = text[..w.start()].trim_end();
    let told = nominative && (after_clock_verb(before) || clock_nearby(text, w.start()));
    let preposition = c.name("d").is_some() && after_time_preposition(text, w.start());
    let alone_in_sentence = nominative
        && hour >= 3
        && w.as_str().starts_with(char::is_uppercase)
        && (before.is_empty() || before.ends_with(['.', '!', '?', '-', '–', '…']))
        && (rest.starts_with(['.', '!', '…']) || next_word(rest) == Some("już"));
    // "piętnasta czterdzieści pięć", "dziesiąta godzina": an hour no ranking or class says
    // ("pierwsza godzina" is the first hour of something).
    let said_as_time = nominative
        && (spoken.is_some_and(|m| m >= 10)
            || hour >= 3 && next_word(rest).is_some_and(|w| w == "godzina"));
    let reads = part.is_some()
        || (told || preposition) && (spoken.is_some() || stands_alone(rest) || before_verb(rest))
        || alone_in_sentence
        || said_as_time;
    if !reads || hour > 24 || overlaps_any(dates, w.start(), w.end()) {
        return None;
    }
    let noun = rest.starts_with(" godzina").then_some(" godzina".len());
    let end = text.len() - rest.len() + part.map_or(0, |(p, _)| 1 + p.len()) + noun.unwrap_or(0);
    let hour = hour + part.map_or(0, |(_, shift)| if hour < 12 { *shift } else { 0 });
    let hm = format!("{:02}:{:02}", hour % 24, spoken.unwrap_or(0));
    Some(time_span(text, dates, w.start(), end, &hm))
}

/// An hour ordinal in any case, and whether it is the nominative: "trzecia" → (3, true),
/// "ósmej" → (8, false); None for other words of the same stem ("czwartek", "drugim").
fn hour_ordinal(word: &str) -> Option<(u32, bool)> {
    let (stem, nominative) = [("a", true), ("ą", false), ("ej", false)]
        .iter()
        .find_map(|(ending, nom)| Some((word.strip_suffix(ending)?, *nom)))?;
    let (_, hour) = ORDINAL_STEMS
        .iter()
        .find(|(s, _)| *s == stem || s.strip_suffix('i') == Some(stem))?;
    Some((*hour, nominative))
}

/// `before` (the text before an hour) ends with one of [`CLOCK_VERBS`], "już" allowed after.
fn after_clock_verb(before: &str) -> bool {
    let before = before.strip_suffix(" już").unwrap_or(before);
    CLOCK_VERBS.iter().any(|v| ends_with_word(before, v))
}

/// `text` ends with `word` (ASCII case ignored) and no letter or digit runs into it.
fn ends_with_word(text: &str, word: &str) -> bool {
    let at = text.len().saturating_sub(word.len());
    text.get(at..)
        .is_some_and(|end| end.eq_ignore_ascii_case(word))
        && !text[..at].ends_with(char::is_alphanumeric)
}

/// "Spojrzał na zegarek: była jedenasta": "była", "jest" or "było" right before `pos`, and
/// a clock or watch in the 100 bytes before.
fn clock_nearby(text: &str, pos: usize) -> bool {
    let window = window_before(text, pos, 100);
    let before = window.trim_end_matches([' ', ':', '-', '–']);
    let before = before.strip_suffix(" już").unwrap_or(before);
    // ends_with_word ignores the case of "B" and "J".
    let told = ["była", "jest", "było"]
        .iter()
        .any(|v| ends_with_word(before, v));
    told && window.to_lowercase().contains("zegar")
}

/// A preposition of time or a clock verb right before `pos`: "przed 10-tą", "dochodzi 5-ta".
fn after_time_preposition(text: &str, pos: usize) -> bool {
    matches!(
        word_before(text, pos).as_str(),
        "o" | "od" | "do" | "około" | "ok" | "koło" | "przed" | "po" | "na"
    ) || after_clock_verb(text[..pos].trim_end())
}

/// "w południe", "około południa", "o północy", "przed północą": each case only after the
/// prepositions that take it as a time ("na południu", "z północy" are directions).
fn noon_or_midnight(text: &str, c: &Captures, dates: &[Span]) -> Option<Span> {
    let (pre, w) = (c.name("pre")?, c.name("w")?);
    let pre_start = pre.start();
    if text[..pre.start()].ends_with(char::is_alphanumeric)
        || text[w.end()..].starts_with(char::is_alphanumeric)
    {
        return None;
    }
    let pre = pre.as_str().to_lowercase();
    let word = w.as_str().to_lowercase();
    let fits = match word.as_str() {
        "południe" => pre.starts_with('w'),
        "południa" => matches!(pre.as_str(), "około" | "koło" | "do"),
        "północy" => matches!(pre.as_str(), "o" | "około" | "koło" | "po" | "do"),
        _ => pre == "przed",
    };
    // "do południa" is also "to the south of": there, only where the word stands alone
    // ("do południa Europy" is a direction).
    let rest = &text[w.end()..];
    // "od 18.00 do północy": the end of an evening, 24:00, which closes the range.
    let closes_range = pre == "do" && word == "północy" && after_opening_time(text, pre_start);
    let alone = pre != "do" || stands_alone(rest) || before_verb(rest) || closes_range;
    if !fits || !alone || overlaps_any(dates, w.start(), w.end()) {
        return None;
    }
    // "Do północy", "przed północą" are until the day's end (24:00 of that day), and so is
    // "o północy": "31 grudnia o północy" is the midnight that closes the 31st, as
    // "24 grudnia o północy" is the Christmas Eve mass. "Po północy" is the next day's start.
    let hm = match word.starts_with("połu") {
        true => "12:00",
        false if pre == "po" => "00:00",
        false => "24:00",
    };
    Some(time_span(text, dates, w.start(), w.end(), hm))
}

/// "od 18.00 ", "od godziny 18 " right before `pos`: a time that opens a range.
fn after_opening_time(text: &str, pos: usize) -> bool {
    static OPENING: OnceLock<Regex> = OnceLock::new();
    let re = compiled(
        &OPENING,
        r"(?i)(?-u:\b)od\s(?:godz\.\s?|godziny\s)?(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?\s$",
    );
    re.is_match(window_before(text, pos, 30))
}

/// Punctuation, the end of the text or a function word after an hour word. In "do
/// czwartej czy piątej klasy" the word after the second ordinal decides.
fn stands_alone(rest: &str) -> bool {
    if let Some(conj) = next_word(rest).filter(|w| matches!(*w, "czy" | "i" | "lub" | "albo")) {
        let after = &rest[1 + conj.len()..];
        if let Some(second) = next_word(after).filter(|w| ordinal_number(w).is_some()) {
            return stands_alone(&after[1 + second.len()..]);
        }
    }
    rest.trim_start_matches(' ')
        .starts_with(|ch: char| !ch.is_alphanumeric())
        || rest.trim().is_empty()
        || before_function_word(rest)
}

/// "o piątej i jestem", "od czwartej na nogach", "po dziewiątej wjechało" is not: the
/// word after an hour word is one no ordinal agrees with ("o piątej rocznicy" is a date's
/// ordinal, "do drugiej połowy" no time), so the hour word stands alone.
fn before_function_word(rest: &str) -> bool {
    const FUNCTION_WORDS: &[&str] = &[
        "i",
        "a",
        "ale",
        "to",
        "już",
        "się",
        "jest",
        "był",
        "była",
        "było",
        "będzie",
        "no",
        "czy",
        "tym",
        "w",
        "we",
        "przez",
        "nie",
        "tak",
        "bo",
        "więc",
        "na",
        "punktualnie",
        "dopiero",
        "jestem",
        "mam",
        "wrócił",
        "wróciła",
        "przyszedł",
        "przyszła",
        "wstał",
        "wstała",
        "jedzie",
        "jadę",
    ];
    next_word(rest).is_some_and(|next| FUNCTION_WORDS.contains(&next))
}

/// "o dziesiątej odebrała", "około siódmej zaczął padać": a verb after the hour word (an
/// ordinal standing before its noun agrees with it: "o piątej rocznicy").
fn before_verb(rest: &str) -> bool {
    next_word(rest).is_some_and(|next| {
        let readings = crate::polish::lexicon::analyse(next);
        let verb = crate::polish::lexicon::Analysis::is_verb_lemma;
        // "o piątej przyszli" is also an adjective ("przyszły"), but the past tense's "-li"
        // agrees with no feminine ordinal.
        let past = ["ł", "ła", "ło", "li", "ły"]
            .iter()
            .any(|e| next.ends_with(e));
        !readings.is_empty() && (readings.iter().all(verb) || past && readings.iter().any(verb))
    })
}

/// The word after one space at the start of `rest`, as written.
fn next_word(rest: &str) -> Option<&str> {
    let after = rest.strip_prefix(' ')?;
    let len = after
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(after.len());
    (len > 0).then(|| &after[..len])
}

/// Minute numerals, longest first so "piętnaście" is not read as "pięć".
const MINUTE_WORDS: &[(&str, u32)] = &[
    ("dziewiętnaście", 19),
    ("siedemnaście", 17),
    ("osiemnaście", 18),
    ("pięćdziesiąt", 50),
    ("czterdzieści", 40),
    ("trzydzieści", 30),
    ("dwadzieścia", 20),
    ("czternaście", 14),
    ("szesnaście", 16),
    ("jedenaście", 11),
    ("piętnaście", 15),
    ("trzynaście", 13),
    ("dwanaście", 12),
    ("dziesięć", 10),
    ("dziewięć", 9),
    ("cztery", 4),
    ("siedem", 7),
    ("sześć", 6),
    ("osiem", 8),
    ("jeden", 1),
    ("pięć", 5),
    ("trzy", 3),
    ("dwa", 2),
];

/// After an hour word: "pierwszej".."czwartej" after "dwudziestej" (21–24, midnight), then
/// minutes in words ("trzydzieści pięć"). The hour, the text after what was read, and the
/// minutes if any were written.
fn spoken_hour_and_minutes(mut hour: u32, mut rest: &str) -> (u32, &str, Option<u32>) {
    // The next word, lower-case, and the bytes up to its end.
    let next_word = |r: &str| next_word(r).map(|w| (w.to_lowercase(), 1 + w.len()));
    if hour == 20 {
        let unit = next_word(rest)
            .and_then(|(w, n)| Some((ordinal_number(&w).filter(|u| (1..=4).contains(u))?, n)));
        if let Some((u, n)) = unit {
            hour += u;
            rest = &rest[n..];
        }
    }
    let minute = |r: &str| {
        next_word(r).and_then(|(w, n)| {
            MINUTE_WORDS
                .iter()
                .find(|(word, _)| w == *word)
                .map(|(_, v)| (*v, n))
        })
    };
    let Some((tens, n)) = minute(rest) else {
        return (hour, rest, None);
    };
    rest = &rest[n..];
    let mut minutes = tens;
    if tens >= 20 && tens % 10 == 0 {
        if let Some((unit, n)) = minute(rest).filter(|(u, _)| *u < 10) {
            minutes += unit;
            rest = &rest[n..];
        }
    }
    (hour, rest, Some(minutes))
}

fn date_span(c: &Captures, value: String, note: Option<&str>) -> Span {
    let m = c.get(0).expect("whole match");
    Span {
        kind: EntityType::Date,
        start: m.start(),
        end: m.end(),
        lemma: value.clone(),
        value: Some(value),
        note: note.map(String::from),
    }
}

fn num(c: &Captures, i: usize) -> Option<u32> {
    c.get(i)?.as_str().parse().ok()
}

fn numeric_range(c: &Captures) -> Option<Span> {
    let y = num(c, 5)? as i32;
    let from = Date::new(y, num(c, 2)?, num(c, 1)?)?;
    let to = Date::new(y, num(c, 4)?, num(c, 3)?)?;
    (from <= to).then(|| date_span(c, format!("{from}/{to}"), Some("range")))
}

fn numeric(text: &str, c: &Captures, published: Option<Date>) -> Option<Span> {
    // "07.10.2014", "07/10/2014", "07-10-2014", separators alike; never inside a longer
    // number such as an ISBN or a phone number.
    if c.get(2)?.as_str() != c.get(4)?.as_str() || touches_digits(text, c) {
        return None;
    }
    let year = c.get(5)?.as_str();
    let year = match year.len() {
        4 => year.parse().ok()?,
        // "16.10.14 r.": two digits are a year only with "r." after them ("3.10.14" may be
        // a version), in the century that puts it closest before (or just after) the page.
        _ => {
            c.name("r")?;
            two_digit_year(year.parse().ok()?, published)
        }
    };
    let d = Date::new(year, num(c, 3)?, num(c, 1)?)?;
    Some(date_span(c, d.to_string(), None))
}

/// "w dniach 24.12 - 26.12": the days take the year closest to the publication (the end
/// the year after when it comes before the start), or none.
fn short_range(text: &str, c: &Captures, published: Option<Date>) -> Option<Span> {
    let m = c.get(0)?;
    if text[m.end()..]
        .strip_prefix('.')
        .is_some_and(|r| r.trim_start().starts_with(|ch: char| ch.is_ascii_digit()))
        || text[..m.start()].ends_with(char::is_alphanumeric)
    {
        return None;
    }
    let field = |name: &str| -> Option<u32> { c.name(name)?.as_str().parse().ok() };
    let (d1, m1, d2, m2) = (field("d1")?, field("m1")?, field("d2")?, field("m2")?);
    let start = c.name("d1")?.start();
    let value = match published {
        Some(p) => {
            let y1 = closest_year(p, m1, d1, None);
            let y2 = if (m2, d2) < (m1, d1) { y1 + 1 } else { y1 };
            let (from, to) = (Date::new(y1, m1, d1)?, Date::new(y2, m2, d2)?);
            format!("{from}/{to}")
        }
        None => {
            Date::new(2000, m1, d1)?;
            Date::new(2000, m2, d2)?;
            format!("--{m1:02}-{d1:02}/--{m2:02}-{d2:02}")
        }
    };
    let note = if published.is_some() {
        "year-inferred"
    } else {
        "no-year"
    };
    Some(written_date(start, m.end(), value, Some(note.into())))
}

fn touches_digits(text: &str, c: &Captures) -> bool {
    let m = c.get(0).expect("whole match");
    let before = text[..m.start()].chars().next_back();
    let after = text[m.end()..].chars().next();
    matches!(before, Some(ch) if ch.is_ascii_digit() || ch == '.' || ch == '-' || ch == '/')
        || matches!(after, Some(ch) if ch.is_ascii_digit())
        || (matches!(after, Some('.' | '-' | '/'))
            && text[m.end() + 1..].starts_with(|ch: char| ch.is_ascii_digit()))
}

fn iso(c: &Captures) -> Option<Span> {
    // "2014-10-16", "2014.10.16", separators alike.
    if c.get(2)?.as_str() != c.get(4)?.as_str() {
        return None;
    }
    let d = Date::new(num(c, 1)? as i32, num(c, 3)?, num(c, 5)?)?;
    Some(date_span(c, d.to_string(), None))
}

fn roman(c: &Captures) -> Option<Span> {
    let number = |name: &str| -> Option<u32> { c.name(name)?.as_str().parse().ok() };
    let from = Date::new(
        number("y")? as i32,
        roman_month(c.name("r")?.as_str())?,
        number("d1")?,
    )?;
    Some(date_span(c, until_day(from, number("d2"))?, None))
}

/// A day's value, or with `end_day` the range from it to that day of its month ("12-14 V
/// 2014"); None when the range runs backwards or the end day does not exist.
fn until_day(from: Date, end_day: Option<u32>) -> Option<String> {
    let Some(e) = end_day else {
        return Some(from.to_string());
    };
    let to = Date::new(from.year, from.month, e)?;
    (to > from).then(|| format!("{from}/{to}"))
}

/// A day and month with no year after a weekday or "dnia", "od", "do": the year comes
/// from the publication date, as for "3 października".
fn short_date(text: &str, c: &Captures, published: Option<Date>) -> Option<Span> {
    let body = c.name("body")?;
    // A weekday, a word that introduces a date or "br." after it ("6 VI br.") vouches for it.
    // So does a dot closing a two-digit month ("Również 27.06. strażacy wyjechali"), where
    // no number follows and no word makes it an hour or a figure ("o godz. 21.06.",
    // "rysunku 9.11.").
    let dotted = c.name("m").is_some()
        && text[body.end()..]
            .strip_prefix('.')
            .is_some_and(|r| !r.trim_start().starts_with(|ch: char| ch.is_ascii_digit()))
        && !NOT_DAY_BEFORE.contains(&word_before(text, body.start()).as_str())
        && !closes_time_range(&text[..body.start()]);
    let vouched = c.name("wd").is_some()
        || c.name("cue").is_some()
        || c.name("rel").is_some()
        || dotted
        || moved_to_a_date(text, body.start(), body.end())
        || weekday_or_hour_after(&text[body.end()..], c.name("r").is_some())
        || (c.name("r").is_some() && opens_a_listed_line(text, body.start(), body.end()));
    let glued =
        text[..body.start()].ends_with(|ch: char| ch.is_alphanumeric() || ".,/-".contains(ch));
    if !vouched || glued {
        return None;
    }
    // "do 30.06.15", "od 8.05-go": more of a number than this pattern reads.
    if text[body.end()..].starts_with(|ch: char| ch.is_ascii_digit() || ch == '-')
        || text[body.end()..].starts_with(['.', ','])
            && text[body.end() + 1..].starts_with(|ch: char| ch.is_ascii_digit())
    {
        return None;
    }
    let day: u32 = c.name("d1")?.as_str().parse().ok()?;
    let month = match (c.name("m"), c.name("r")) {
        (Some(m), _) => m.as_str().parse().ok()?,
        (None, Some(r)) => roman_month(r.as_str())?,
        _ => return None,
    };
    let weekday = c.name("wd").and_then(|m| weekday_number(m.as_str()));
    let end_day: Option<u32> = c.name("d2").and_then(|m| m.as_str().parse().ok());
    let s = match published {
        None => year_less(c, month, day, end_day)?,
        Some(_) => {
            let (year, note) = resolve_year(c, published, month, day, weekday)?;
            date_span(c, until_day(Date::new(year, month, day)?, end_day)?, note)
        }
    };
    // The mention is the date: the weekday and "br." only help to read it.
    let mut s = named_bounds(text, c, s);
    if dotted && c.name("rel").is_none() {
        s.end = body.end() + 1;
    }
    Some(s)
}

/// "3–4 XII – kiermasz": a day and Roman month opening a line of a calendar, a dash after
/// it. (Not a day and an Arabic month: "8.05 – śniadanie" opens a day's timetable.)
fn opens_a_listed_line(text: &str, start: usize, end: usize) -> bool {
    let line_start = text[..start].trim_end_matches([' ', '\t']);
    let after = text[end..].trim_start_matches(' ');
    (line_start.is_empty() || line_start.ends_with('\n'))
        && ["– ", "- ", "— "].iter().any(|d| after.starts_with(d))
}

/// "10.10 - " before "11.05.": the end of a range of times, not a day.
fn closes_time_range(before: &str) -> bool {
    let Some(head) = before.trim_end().strip_suffix(['-', '–']) else {
        return false;
    };
    let head = head.trim_end().as_bytes();
    let n = head.len();
    n >= 4
        && head[n - 2..].iter().all(u8::is_ascii_digit)
        && matches!(head[n - 3], b'.' | b':')
        && head[n - 4].is_ascii_digit()
}

/// "6 XI (piątek)", "8.05, sobota", "20 X, godz. 17": a weekday or an hour right after a
/// day and month vouches for it as one before it does. A bare hour vouches only for a
/// Roman month: "8.05, 9.30" may be two hours, "6 XI, 17.00" is not.
fn weekday_or_hour_after(after: &str, roman: bool) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static HOUR: OnceLock<Regex> = OnceLock::new();
    let re = compiled_from(&RE, || {
        let weekday = format!(r"(?i:{WEEKDAYS})");
        format!(r"^(?:\s*\(\s*{weekday}\s*\)|,?\s+{weekday}(?-u:\b)|,?\s+(?i:o\s+)?(?i:godz))")
    });
    let hour = compiled(&HOUR, r"^,?\s+(?:[01]?\d|2[0-3])[.:][0-5]\d(?-u:\b)");
    re.is_match(after) || roman && hour.is_match(after)
}

/// "przeniesiono z 7.04 na 14.04.": a day and month moved to another one that closes with
/// its dot. The pair vouches for the first, which alone could be an hour or a figure.
fn moved_to_a_date(text: &str, start: usize, end: usize) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let next = compiled(&RE, r"^ na \d{1,2}\.(?:0[1-9]|1[0-2])\.(?:\s|$)");
    // The pattern first: the word before is lower-cased into a new string.
    next.is_match(&text[end..]) && matches!(word_before(text, start).as_str(), "z" | "ze")
}

/// Words before "d.mm." that make it an hour, a figure or a score, not a day.
const NOT_DAY_BEFORE: &[&str] = &[
    "o",
    "godz",
    "godzina",
    "godzinie",
    "rys",
    "rysunku",
    "rysunek",
    "ryc",
    "tab",
    "tabela",
    "tabeli",
    "str",
    "s",
    "nr",
    "pkt",
    "punkt",
    "art",
    "ust",
    "przeciętną",
    "średnią",
    "wynik",
];

fn month_year(text: &str, c: &Captures) -> Option<Span> {
    // "32 maja 2014" is a broken date, not May 2014.
    let before = text[..c.get(0)?.start()].trim_end().chars().next_back();
    if before.is_some_and(|ch| ch.is_ascii_digit()) {
        return None;
    }
    let month = month_number(c.get(1)?.as_str())?;
    let year = num(c, 2)? as i32;
    Date::new(year, month, 1)?;
    Some(date_span(c, format!("{year:04}-{month:02}"), Some("month")))
}

/// Counts that look like years: "1500 osób", "2000 zł" are not dates.
const COUNT_WORDS: &[&str] = &[
    "osób",
    "osoby",
    "zł",
    "złotych",
    "egzemplarzy",
    "książek",
    "woluminów",
    "tomów",
    "km",
    "m",
    "uczniów",
    "dzieci",
    "mieszkańców",
    "czytelników",
    "bibliotek",
    "sztuk",
    "szt",
    "gr",
    "euro",
    "eur",
    "pln",
    "stron",
    "razy",
    "%",
    "mieszk",
    "mieszkańców",
    "uczniów",
    "dzieci",
    "członków",
    "pracowników",
    "studentów",
    "km",
    "ha",
    "km2",
    "m2",
    "kg",
    "mln",
    "tys",
    "metrów",
    "kilometrów",
    "hektarów",
    "głosów",
    "miejsc",
];

/// Words before a bare number that make it a count or a reference, not a year: "poz. 1807",
/// "ponad 2000 studentów".
const NOT_YEAR_BEFORE: &[&str] = &["poz", "nr", "ponad", "blisko", "prawie", "niemal", "art"];

fn year(text: &str, c: &Captures) -> Option<Span> {
    let m = c.get(0)?;
    let y: i32 = c.get(1)?.as_str().parse().ok()?;
    let next_word: String = text[m.end()..]
        .trim_start()
        .chars()
        .take_while(|ch| ch.is_alphanumeric() || *ch == '%')
        .collect::<String>()
        .to_lowercase();
    let before = text[..m.start()].chars().next_back();
    // What follows the digits themselves ("1985 roku," is a year; "1985,5" is not).
    let digits_end = c.get(1)?.end();
    let rest = &text[digits_end..];
    let after = rest.chars().next();
    let digit_follows = |sep: char| {
        rest.strip_prefix(sep)
            .is_some_and(|r| r.starts_with(|ch: char| ch.is_ascii_digit()))
    };
    let digit_precedes = |sep: char| {
        text[..m.start()]
            .strip_suffix(sep)
            .is_some_and(|b| b.ends_with(|ch: char| ch.is_ascii_digit()))
    };
    let in_number = matches!(before, Some(ch) if ch.is_ascii_digit() || ch == '-' || ch == '/' || ch == '.' || ch == ',')
        || matches!(after, Some(ch) if ch.is_ascii_digit())
        || digit_follows(',')
        // "w latach 2009-2015": a hyphen joining two years leaves the first a year.
        || (digit_follows('-')
            && later_year_after_dash(rest, y).is_none_or(|(from, to, _)| to - from != 4))
        || digit_follows('/')
        // "konto nr 12 8642 0001 2001 0000": a group of a long number written in groups.
        || (digit_precedes(' ') && digit_follows(' '));
    if in_number || COUNT_WORDS.contains(&next_word.as_str()) || !(1000..=2100).contains(&y) {
        return None;
    }
    // Before 1800 a number is a year only when the text says so: "w 1520", "1412 roku".
    let bare = m.as_str() == &text[c.get(1)?.range()];
    let word = word_before(text, m.start());
    // "(1699 - 1766)", "(1727 - 31,": a life or a building's span in brackets (not
    // "(1150 - 1250 m)").
    let bracketed_range = text[..m.start()].ends_with('(')
        && text[m.end()..]
            .trim_start()
            .strip_prefix(['-', '–'])
            .map(|r| {
                r.trim_start()
                    .trim_start_matches(|c: char| c.is_ascii_digit())
            })
            .is_some_and(|r| r.starts_with([')', ',', ';']));
    // "ok. 1490 u ujścia" is a year, "ok. 1100 dostawców" a count: after "ok." only when
    // no word or a preposition follows.
    let about = matches!(word.as_str(), "ok" | "około")
        && matches!(
            next_word.as_str(),
            "" | "u" | "w" | "we" | "na" | "przez" | "z" | "za" | "pod" | "nad" | "przy" | "i"
        );
    // "Prawa miejskie 1408.", "kościół 1340 - 1405": a year closing a clause or opening a
    // range of years (a count goes on to what it counts; "na 1000, UE na 1000 - 1500" are
    // round counts).
    let round = y % 100 == 0;
    let closes_clause = !round
        && (rest.starts_with([',', ';', ')'])
            || rest.starts_with('.') && !rest[1..].starts_with(|ch: char| ch.is_ascii_digit()));
    let opens_range = (!round || y >= 1800 || about) && later_year_after_dash(rest, y).is_some();
    let told = matches!(
        word.as_str(),
        "w" | "od" | "do" | "z" | "przed" | "po" | "roku" | "zm" | "ur" | "l"
    );
    let marked = !bare || bracketed_range || about || closes_clause || opens_range || told;
    // "Mirage 2000", "2000 naboi", "około 1400 w Kingscote", "po 1500, ale złotych": a bare
    // round number is a count or a name more often than a year, unless a word other than
    // "około" or "po" says it is one ("w 2000") or it opens a range of years.
    let told_round = told && word != "po";
    let round_count = round && bare && !told_round && !bracketed_range && !opens_range;
    if (y < 1800 && !marked) || round_count || (bare && NOT_YEAR_BEFORE.contains(&word.as_str())) {
        return None;
    }
    Some(date_span(c, format!("{y:04}"), Some("year")))
}

/// "427 p.n.e.", "roku 421 p.n.e.", "137 roku naszej ery": a year of an era, in ISO 8601's
/// astronomical numbering (1 BC is year 0, 427 BC is "-0426").
fn era_year(text: &str, c: &Captures) -> Option<Span> {
    let digits = c.name("y")?;
    if text[..digits.start()].ends_with(|ch: char| ch.is_ascii_digit() || ch == '.' || ch == ',') {
        return None;
    }
    let y: i32 = digits.as_str().parse().ok().filter(|y| *y >= 1)?;
    let value = if c.name("bc").is_some() {
        format!("-{:04}", y - 1)
    } else {
        format!("{y:04}")
    };
    Some(date_span(c, value, Some("year")))
}

/// "w 966 r.", "od 966 roku": a year of three digits, only with the word for a year after
/// it, and not inside a longer number ("1.966 r.") nor after a unit's number sign.
fn early_year(text: &str, c: &Captures) -> Option<Span> {
    let y = c.name("y")?;
    let in_number =
        text[..y.start()].ends_with(|ch: char| ch.is_ascii_digit() || ".,/-".contains(ch));
    let numbered = matches!(
        word_before(text, y.start()).as_str(),
        "nr" | "str" | "poz" | "s" | "art"
    );
    if in_number || numbered {
        return None;
    }
    let value = format!("{:04}", y.as_str().parse::<u32>().ok()?);
    Some(date_span(c, value, None))
}

/// "Festiwal '99", "Euro '92": a year by its last two digits after an apostrophe, in the
/// century that puts it closest before (or just after) the publication.
fn apostrophe_year(text: &str, c: &Captures, published: Option<Date>) -> Option<Span> {
    let m = c.get(0)?;
    let opens = text[..m.start()]
        .chars()
        .next_back()
        .is_none_or(|ch| ch.is_whitespace() || "\"„(".contains(ch));
    let closes = text[m.end()..].chars().next().is_none_or(|ch| {
        !(ch.is_alphanumeric()
            || ch == '\''
            || ch == '’'
            || ch == '.' && text[m.end() + 1..].starts_with(|d: char| d.is_ascii_digit()))
    });
    if !opens || !closes {
        return None;
    }
    let year = two_digit_year(c.name("y")?.as_str().parse().ok()?, published);
    Some(date_span(c, format!("{year:04}"), Some("year")))
}

/// The year of two digits ("'99", "16.10.14 r."): in the century that puts it closest
/// before (or just after) the publication, or before 2030 with none.
fn two_digit_year(two: i32, published: Option<Date>) -> i32 {
    let now = published.map_or(2030, |d| d.year + 5);
    if 2000 + two <= now {
        2000 + two
    } else {
        1900 + two
    }
}

fn named(text: &str, c: &Captures, published: Option<Date>) -> Option<Span> {
    // ASCII word boundaries keep the regex on its fast engine; a month word must still
    // end at a real word end ("maj" is not the start of "majątek").
    let month_end = c.name("mon")?.end();
    if text[month_end..].starts_with(char::is_alphabetic) {
        return None;
    }
    let day: u32 = match (c.name("d1"), c.name("ord")) {
        (Some(d), _) => d.as_str().parse().ok()?,
        (None, Some(o)) if !text[..o.start()].ends_with(char::is_alphanumeric) => {
            ordinal_day(o.as_str())?
        }
        _ => return None,
    };
    let end_day: Option<u32> = c.name("d2").and_then(|m| m.as_str().parse().ok());
    let month = month_number(c.name("mon")?.as_str())?;
    let weekday = c.name("wd").and_then(|m| weekday_number(m.as_str()));
    if c.name("y").is_none() && published.is_none() {
        return year_less(c, month, day, end_day).map(|s| named_bounds(text, c, s));
    }
    let (year, note) = resolve_year(c, published, month, day, weekday)?;
    let from = Date::new(year, month, day)?;
    let value = until_day(from, end_day)?;
    let mut s = named_bounds(text, c, date_span(c, value, note));
    if weekday.is_some_and(|w| w != from.weekday()) && end_day.is_none() {
        s.note = Some("weekday does not match the date".into());
    }
    Some(s)
}

/// The mention is the date itself: the weekday before it checks the date but is not part
/// of it ("we wtorek, [6 października]"), a relative year ("br.") only resolves it, and a
/// full stop after a whole month name ends the sentence rather than abbreviating the month.
fn named_bounds(text: &str, c: &Captures, mut s: Span) -> Span {
    if let Some(body) = c.name("body") {
        s.start = body.start();
    }
    // "31 marca br.": the relative year resolves the value; the mention is the date.
    if let Some(rel) = c.name("rel") {
        s.end = text[..rel.start()].trim_end().len();
    }
    if let Some(mon) = c.name("mon") {
        let full_name = mon.as_str().chars().count() >= 4;
        if full_name && s.end == mon.end() + 1 && text[mon.end()..].starts_with('.') {
            s.end = mon.end();
        }
    }
    s
}

/// Monday = 0 … Sunday = 6, from any case of the weekday name.
fn weekday_number(w: &str) -> Option<u32> {
    let w = w.to_lowercase();
    [
        "poniedzia",
        "wtor",
        "środ",
        "czwart",
        "piąt",
        "sobot",
        "niedziel",
    ]
    .iter()
    .position(|p| w.starts_with(p))
    .map(|i| i as u32)
}

/// The year of a date from its `y` (written year) or `rel` ("br.", "ub.r.") group, else
/// the year that puts it closest to the publication date; with the note that says which.
fn resolve_year(
    c: &Captures,
    published: Option<Date>,
    month: u32,
    day: u32,
    weekday: Option<u32>,
) -> Option<(i32, Option<&'static str>)> {
    Some(match (c.name("y"), c.name("rel")) {
        (Some(y), _) => (y.as_str().parse().ok()?, None),
        (None, Some(rel)) => (
            relative_year(rel.as_str(), published?)?,
            Some("relative-year"),
        ),
        (None, None) => (
            closest_year(published?, month, day, weekday),
            Some("year-inferred"),
        ),
    })
}

/// "od 3 do 7 lutego", "od 30 września do 2 października 2014".
fn from_to(text: &str, c: &Captures, published: Option<Date>) -> Option<Span> {
    if text[c.name("m2")?.end()..].starts_with(char::is_alphabetic) {
        return None;
    }
    let d1: u32 = c.name("d1")?.as_str().parse().ok()?;
    let d2: u32 = c.name("d2")?.as_str().parse().ok()?;
    let m2 = month_number(c.name("m2")?.as_str())?;
    let m1 = match c.name("m1") {
        Some(m) => month_number(m.as_str())?,
        None => m2,
    };
    if c.name("y").is_none() && published.is_none() {
        // Year-less like a single date: "--07-20/--07-31" (2000 is a leap year).
        let (from, to) = (Date::new(2000, m1, d1)?, Date::new(2000, m2, d2)?);
        let value = format!("--{m1:02}-{d1:02}/--{m2:02}-{d2:02}");
        let s = date_span(c, value, Some("no-year"));
        return (from < to || m1 > m2).then(|| without_full_stop(c, s));
    }
    let (y2, note) = resolve_year(c, published, m2, d2, None)?;
    let y1 = if m1 > m2 { y2 - 1 } else { y2 };
    let from = Date::new(y1, m1, d1)?;
    let to = Date::new(y2, m2, d2)?;
    let s = date_span(c, format!("{from}/{to}"), note);
    (from < to).then(|| without_full_stop(c, s))
}

/// "do 7 sierpnia.": the full stop after a month written in full closes the sentence (an
/// abbreviation's dot, "sierp.", stays).
fn without_full_stop(c: &Captures, mut s: Span) -> Span {
    if let Some(m2) = c.name("m2") {
        if s.end == m2.end() + 1 && m2.as_str().chars().count() >= 4 {
            s.end = m2.end();
        }
    }
    s
}

/// "od października do grudnia 2012 roku", "od września 2013 do czerwca 2014", "od marca
/// do maja br.": a range of months. Without a year of its own the start lies in the end's
/// year, or the year before when its month comes later ("od listopada do lutego").
fn month_from_to(text: &str, c: &Captures, published: Option<Date>) -> Option<Span> {
    let after = c.get(0)?.end();
    if text[c.name("m2")?.end()..].starts_with(char::is_alphabetic)
        || text[after..].starts_with(|ch: char| ch.is_ascii_digit())
    {
        return None;
    }
    let m1 = month_number(c.name("m1")?.as_str())?;
    let m2 = month_number(c.name("m2")?.as_str())?;
    // With no year anywhere, the end month is placed like a month alone ("w grudniu").
    let (y2, note) = resolve_year(c, published, m2, 15, None)?;
    let y1 = match c.name("y1") {
        Some(y) => y.as_str().parse().ok()?,
        None if m1 > m2 => y2 - 1,
        None => y2,
    };
    Date::new(y1, m1, 1)?;
    Date::new(y2, m2, 1)?;
    let value = format!("{y1:04}-{m1:02}/{y2:04}-{m2:02}");
    ((y1, m1) < (y2, m2) && y2 - y1 < 100).then(|| date_span(c, value, note))
}

/// "od 1.03.2014 r. do 31.03.2014 r.", "od 1.03 do 31.03.2014": one range, whose ends
/// [`range_ends`] gives back as two mentions.
fn numeric_from_to(text: &str, c: &Captures) -> Option<Span> {
    if text[c.get(0)?.end()..].starts_with(|ch: char| ch.is_ascii_digit()) {
        return None;
    }
    let y2: i32 = c.name("y2")?.as_str().parse().ok()?;
    let field = |name: &str| -> Option<u32> { c.name(name)?.as_str().parse().ok() };
    // Without its own year, the start lies in the end's year or, across New Year
    // ("od 15.12 do 10.01.2015"), in the year before.
    let y1 = match c.name("y1") {
        Some(y) => y.as_str().parse().ok()?,
        None if (field("m1")?, field("d1")?) > (field("m2")?, field("d2")?) => y2 - 1,
        None => y2,
    };
    let from = Date::new(y1, field("m1")?, field("d1")?)?;
    let to = Date::new(y2, field("m2")?, field("d2")?)?;
    (from < to).then(|| date_span(c, format!("{from}/{to}"), Some("range")))
}

/// "12-14.05.2014": days of one month.
fn day_range_numeric(text: &str, c: &Captures) -> Option<Span> {
    if touches_digits(text, c) {
        return None;
    }
    let (y, m) = (num(c, 4)? as i32, num(c, 3)?);
    let from = Date::new(y, m, num(c, 1)?)?;
    let to = Date::new(y, m, num(c, 2)?)?;
    (from < to).then(|| date_span(c, format!("{from}/{to}"), None))
}

/// School and academic years, winter holidays, summer holidays, as month intervals.
fn season(text: &str, c: &Captures, published: Option<Date>) -> Option<Span> {
    if c.name("school").is_some() {
        let y1: i32 = c.name("y1")?.as_str().parse().ok()?;
        let y2: i32 = c.name("y2")?.as_str().parse().ok()?;
        if y2 != y1 + 1 || Date::new(y1, 1, 1).is_none() {
            return None;
        }
        return Some(date_span(
            c,
            format!("{y1}-09/{y2}-06"),
            Some("school year"),
        ));
    }
    let (year, from, to, label) = if c.name("winter").is_some() {
        // "Ferie: 18–29 stycznia 2016": the dates that follow say which winter.
        let written = match c.name("wy") {
            Some(y) => Some(y.as_str().parse().ok()?),
            None => year_just_after(text, c.get(0)?.end()),
        };
        let y = match written {
            Some(y) => y,
            None => {
                let p = published?;
                if p.month >= 9 {
                    p.year + 1
                } else {
                    p.year
                }
            }
        };
        (y, 1, 2, "winter holidays")
    } else {
        (
            c.name("sy")?.as_str().parse().ok()?,
            7,
            8,
            "summer holidays",
        )
    };
    Date::new(year, 1, 1)?;
    Some(date_span(
        c,
        format!("{year}-{from:02}/{year}-{to:02}"),
        Some(label),
    ))
}

/// A year written within the next few words of the same sentence ("Ferie: 18–29 stycznia
/// 2016 r."), 1900–2099, not part of a longer number.
fn year_just_after(text: &str, pos: usize) -> Option<i32> {
    let rest = &text[pos..];
    let mut end = rest.len().min(48);
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    let sentence = rest[..end].split(['\n', '!', '?']).next().unwrap_or("");
    let sentence = sentence.split(". ").next().unwrap_or("");
    // Runs of digits: a year is a run of exactly four, so no longer number is cut into one.
    sentence
        .split(|c: char| !c.is_ascii_digit())
        .find(|run| run.len() == 4 && (run.starts_with("19") || run.starts_with("20")))
        .and_then(|run| run.parse().ok())
}

/// "X 2014": a Roman month with a year and no day.
fn roman_month_year(text: &str, c: &Captures) -> Option<Span> {
    let start = c.get(0)?.start();
    let before = text[..start].trim_end().chars().next_back();
    // "20 X 2014" is a day; "Jan Paweł II 2005" is not a month, "w XII 2013" is.
    let preposition = matches!(
        word_before(text, start).as_str(),
        "w" | "we" | "od" | "do" | "z" | "ze" | "na" | "po" | "przed" | "za"
    );
    if before.is_some_and(|ch| ch.is_ascii_digit() || ch.is_alphabetic()) && !preposition {
        return None;
    }
    let month = roman_month(c.get(1)?.as_str())?;
    let year = num(c, 2)? as i32;
    Date::new(year, month, 1)?;
    Some(date_span(c, format!("{year:04}-{month:02}"), Some("month")))
}

/// "w październiku" / "w październiku br.": a month of the publication's year (or the
/// year closest to it).
fn month_alone(c: &Captures, published: Option<Date>) -> Option<Span> {
    let month = month_number(c.name("mon")?.as_str())?;
    let p = published?;
    let (year, note) = match c.name("rel") {
        Some(rel) => (relative_year(rel.as_str(), p)?, "month, relative-year"),
        None => (closest_year(p, month, 15, None), "month, year-inferred"),
    };
    let mut s = date_span(c, format!("{year:04}-{month:02}"), Some(note));
    // The span is the month phrase, not the preposition before it.
    s.start = c.name("mon")?.start();
    Some(s)
}

/// "25 bm." (bieżącego miesiąca): a day of the publication's month. The mention is the
/// number; without a publication date the value is ISO's day-only `---DD`.
fn this_month(c: &Captures, published: Option<Date>) -> Option<Span> {
    let number = c.get(1)?;
    let day: u32 = number.as_str().parse().ok()?;
    let (value, note) = match published {
        Some(p) => {
            let d = Date::new(p.year, p.month, day)?;
            (
                format!("{:04}-{:02}-{:02}", d.year, d.month, d.day),
                "this-month",
            )
        }
        None if (1..=31).contains(&day) => (format!("---{day:02}"), "no-month"),
        None => return None,
    };
    let mut s = date_span(c, value, Some(note));
    s.end = number.end();
    Some(s)
}

/// "w najbliższą sobotę", "w ubiegły piątek": the first such weekday after the publication
/// date, or the last one before it. Without a publication date it names no day.
fn relative_weekday(text: &str, c: &Captures, published: Option<Date>) -> Option<Span> {
    let m = c.get(0)?;
    if text[m.end()..].starts_with(char::is_alphanumeric) {
        return None;
    }
    let published = published?;
    let wanted = i64::from(weekday_number(c.name("wd")?.as_str())?);
    let from = i64::from(published.weekday());
    let back = matches!(
        c.name("rel")?.as_str().to_lowercase().as_str(),
        "ubiegł" | "zeszł"
    );
    let days = if back {
        -((from - wanted - 1).rem_euclid(7) + 1)
    } else {
        (wanted - from - 1).rem_euclid(7) + 1
    };
    let day = Date::from_unix_seconds((published.days_since_epoch() + days) * 86_400)?;
    Some(date_span(
        c,
        day.to_string(),
        Some("weekday from publication"),
    ))
}

/// Without a year or a publication date the value is ISO's year-less `--MM-DD`.
fn year_less(c: &Captures, month: u32, day: u32, end_day: Option<u32>) -> Option<Span> {
    // (the weekday cannot be checked without a year)
    Date::new(2000, month, day)?; // 2000 is a leap year: 29 February stays valid
    let v = match end_day {
        Some(e) if e <= day || e > 31 => return None,
        Some(e) => format!("--{month:02}-{day:02}/--{month:02}-{e:02}"),
        None => format!("--{month:02}-{day:02}"),
    };
    Some(date_span(c, v, Some("no-year")))
}

fn relative_year(rel: &str, published: Date) -> Option<i32> {
    let r = rel.to_lowercase().replace(' ', "");
    if r.starts_with("ub") || r.starts_with("zeszł") || r.starts_with("ubiegł") {
        Some(published.year - 1)
    } else if r.starts_with("przyszł") {
        Some(published.year + 1)
    } else {
        Some(published.year)
    }
}

/// The year (publication year ±1) that puts day/month closest to the publication date;
/// with a weekday, only years where the date falls on that weekday are considered.
fn closest_year(published: Date, month: u32, day: u32, weekday: Option<u32>) -> i32 {
    let p = published.days_since_epoch();
    let candidates = |check_weekday: bool| {
        (published.year - 1..=published.year + 1)
            .filter_map(|y| Date::new(y, month, day).map(|d| (y, d)))
            .filter(|(_, d)| !check_weekday || weekday.is_none_or(|w| d.weekday() == w))
            .min_by_key(|(_, d)| (d.days_since_epoch() - p).abs())
            .map(|(y, _)| y)
    };
    candidates(true)
        .or_else(|| candidates(false))
        .unwrap_or(published.year)
}

/// Times, each attached to the closest date before it in the same sentence.
fn find_times(text: &str, dates: &[Span], hits: &SetMatches) -> Vec<Span> {
    let mut out = Vec::new();
    for c in patterns().time.found_in(hits, text) {
        let m = c.get(0).expect("whole match");
        let has_label =
            m.as_str().to_lowercase().starts_with("godz") || after_time_word(text, m.start());
        // "14:00" is a time; "21: 25" in a list of set scores is not, unless a date follows
        // it as in a signature ("17: 40, 4 lip 2008").
        let colon = m.as_str().contains(':')
            && (!m.as_str().contains(": ") || date_follows(text, dates, m.end()))
            && !among_scores(text, m.start());
        let range = c.get(3).is_some();
        // "1.10.2014", "3.10.5": part of a longer number, never a time.
        let after = &text[m.end()..];
        let in_number = after
            .strip_prefix(['.', '/', ','])
            .is_some_and(|r| r.starts_with(|ch: char| ch.is_ascii_digit()))
            || text[..m.start()].ends_with(|ch: char| {
                ch.is_ascii_digit()
                    || ch == '.'
                        && m.start() > 0
                        && text[..m.start() - 1].ends_with(|d: char| d.is_ascii_digit())
            });
        let vouched = has_label
            || colon
            || range
            || opens_schedule_entry(text, m.start(), m.end())
            || follows_a_time(text, m.start())
            || follows_a_day(text, dates, m.start());
        // "ok. 2.30 godz.": hours and minutes of a length of time.
        let duration = is_duration(after);
        if in_number
            || duration
            || dates.iter().any(|d| d.start < m.end() && m.start() < d.end)
            || !vouched
        {
            continue; // "14.00" alone may be a price or a decimal; "godz. 14.00" is a time
        }
        let (h, mi) = (num(&c, 1).unwrap_or(0), num(&c, 2).unwrap_or(0));
        let mut hm = format!("{h:02}:{mi:02}");
        if let (Some(h2), Some(m2)) = (num(&c, 3), num(&c, 4)) {
            // "22.00–24.00" closes at midnight; no time runs past it.
            if h2 == 24 && m2 > 0 {
                continue;
            }
            hm = format!("{hm}/{h2:02}:{m2:02}");
        }
        out.push(time_span(text, dates, m.start(), m.end(), &hm));
    }
    out
}

/// "od 10.00 do 14.00": two times that open and close one span of the day, each given the
/// whole range as a dash would ("10.00–14.00").
fn join_from_to(text: &str, times: &mut [Span]) {
    for k in 1..times.len() {
        let (a, b) = (&times[k - 1], &times[k]);
        let Some(between) = text.get(a.end..b.start).map(str::trim) else {
            continue;
        };
        let opened = opens_a_span(text, a);
        let (Some(from), Some(to)) = (a.value.as_deref(), b.value.as_deref()) else {
            continue;
        };
        let single = !from.contains('/') && !to.contains('/');
        if opened && single && between.eq_ignore_ascii_case("do") && from < to {
            let range = format!("{from}/{to}");
            times[k - 1].set_value(range.clone());
            times[k].set_value(range);
        }
    }
}

/// "od godz. 10 do 14", "godz. 17 - 18:30", "w godzinach od 10 do 13": the hour that closes
/// a span opened by a time found alone. Both ends get the range as their value.
fn close_hour_ranges(text: &str, dates: &[Span], times: &mut Vec<Span>) {
    let mut closing = Vec::new();
    for t in times.iter_mut() {
        let Some(hm) = t
            .value
            .as_deref()
            .map(|v| v.rsplit('T').next().unwrap_or(v))
        else {
            continue;
        };
        // A single time ("10:00"), not a range already.
        if hm.contains('/') || !hm.contains(':') {
            continue;
        }
        let rest = &text[t.end..];
        let after_dash = rest.trim_start().strip_prefix(['-', '–']);
        let opened = opens_a_span(text, t) || text[t.start..t.end].to_lowercase().contains(" od ");
        let after_do = rest.strip_prefix(" do ").filter(|_| opened);
        let Some(tail) = after_dash.or(after_do).map(str::trim_start) else {
            continue;
        };
        let start = text.len() - tail.len();
        let Some((len, to)) = clock_time_at(tail) else {
            continue;
        };
        let range = format!("{hm}/{to}");
        if to.as_str() > hm && !overlaps_any(dates, start, start + len) {
            *t = time_span(text, dates, t.start, t.end, &range);
            closing.push(time_span(text, dates, start, start + len, &range));
        }
    }
    for c in closing {
        // "godz. 17 - 18:30": the closing time may already be found alone.
        if let Some(same) = times
            .iter_mut()
            .find(|t| (t.start, t.end) == (c.start, c.end))
        {
            if let Some(value) = c.value {
                same.set_value(value);
            }
        } else if !overlaps_any(times, c.start, c.end) {
            times.push(c);
        }
    }
    times.sort_by_key(|s| s.start);
}

/// A time that a "do" after it closes into a span: "od 10", "od godz. 10", and "w godz.
/// 18.30 do 20", "w godzinach 10 do 14" (opening hours; "o godz. 18 do…" is no span).
fn opens_a_span(text: &str, time: &Span) -> bool {
    let written = text[time.start..time.end].to_lowercase();
    let hours = written.starts_with("godz.") || written.starts_with("godzinach");
    opened_by_od(text, time.start) || (hours && word_before(text, time.start) == "w")
}

/// "od 10", "od godz. 10", "od godziny 10": the time at `start` opens a span.
fn opened_by_od(text: &str, start: usize) -> bool {
    let mut before = text[..start].trim_end();
    if matches!(word_before(text, start).as_str(), "godz" | "godziny") {
        before = before
            .trim_end_matches('.')
            .trim_end_matches(char::is_alphabetic);
    }
    word_before(text, before.len()) == "od"
}

/// A clock time at the start of `s`: "14", "18:30", "18. 30" (no more digits, no unit or
/// word glued after it); its length and "HH:MM".
fn clock_time_at(s: &str) -> Option<(usize, String)> {
    let h_len = s.bytes().take_while(u8::is_ascii_digit).count();
    let hour: u32 = s
        .get(..h_len)
        .filter(|d| (1..=2).contains(&d.len()))?
        .parse()
        .ok()?;
    let mut len = h_len;
    let mut minute = 0;
    let after = &s[h_len..];
    if let Some(m) = after
        .strip_prefix(['.', ':'])
        .map(|r| r.strip_prefix(' ').unwrap_or(r))
    {
        let m_len = m.bytes().take_while(u8::is_ascii_digit).count();
        if m_len == 2 {
            minute = m[..2].parse().ok()?;
            len = s.len() - m.len() + 2;
        }
    }
    // "do 12,50 zł" is a price; "do 17, a w soboty" closes a time.
    let rest = &s[len..];
    let decimal = rest
        .strip_prefix(',')
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    let glued = rest.starts_with(|c: char| c.is_alphanumeric() || c == '%') || decimal;
    (hour <= 24 && minute < 60 && !glued).then(|| (len, format!("{hour:02}:{minute:02}")))
}

/// "16.00 Spotkanie z autorem", "10.00 – otwarcie": a time opening a line (or a sentence)
/// of a programme, followed by what happens then, not by a unit as a price would be.
fn opens_schedule_entry(text: &str, start: usize, end: usize) -> bool {
    let opens = opens_line(text, start)
        || (text[..start].trim_end().ends_with('.') && text[..start].ends_with(' '));
    let after = &text[end..];
    // A tab parts the cells of a table row: "10.30\tWykład".
    let Some(rest) = after.strip_prefix([' ', '\t']) else {
        return false;
    };
    opens && rest.starts_with(|c: char| c.is_uppercase() || matches!(c, '-' | '–' | '"' | '„'))
}

/// "godz. 11 i 11.30", "o 3.47 i 5.13", "około 21.00, 22.00", "między 17.03 a 17.05": the
/// second of two times joined by a conjunction or a comma needs no label of its own.
fn follows_a_time(text: &str, pos: usize) -> bool {
    static BEFORE: OnceLock<Regex> = OnceLock::new();
    let re = compiled(
        &BEFORE,
        r"(?i:godz\.?|godzin\w*|o|od|około|ok\.|między)\s?(?:[01]?\d|2[0-3])(?:[.:]\s?[0-5]\d)?\s?(?:,|\si|\sa|\slub|\salbo)\s$",
    );
    re.is_match(window_before(text, pos, 30))
}

/// Up to `bytes` bytes of `text` before `pos`, starting on a character boundary.
fn window_before(text: &str, pos: usize, bytes: usize) -> &str {
    let mut from = pos.saturating_sub(bytes);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    &text[from..pos]
}

/// "17 marca (środa) 9.30", "w sobotę 4 czerwca, 17.00": a time right after a day, with at
/// most a comma or the weekday in brackets between.
fn follows_a_day(text: &str, dates: &[Span], pos: usize) -> bool {
    // A year-less day ("--03-17") counts as well.
    dates.iter().any(|d| {
        d.end <= pos
            && d.value
                .as_deref()
                .is_some_and(|v| v.len() == 10 || v.len() == 7)
            && text[d.end..pos]
                .trim()
                .trim_matches(|c: char| c == ',' || c == '(' || c == ')')
                .chars()
                .all(char::is_alphabetic)
            && pos - d.end <= 16
    })
}

/// A date starts right after `pos`, past a comma: "17: 40, 4 lip 2008".
fn date_follows(text: &str, dates: &[Span], pos: usize) -> bool {
    let Some(rest) = text[pos..].strip_prefix(',') else {
        return false;
    };
    let start = pos + 1 + (rest.len() - rest.trim_start().len());
    dates.iter().any(|d| d.start == start)
}

/// "Wynik 3:2 i 21:19", "wygrała 3:1 (25:20, 25:18, 22:25)": a pair after a match's
/// result, or after a pair that cannot be a time (one digit after the colon, an hour past
/// 24), is a score too, not a time of day.
fn among_scores(text: &str, pos: usize) -> bool {
    static PAIR: OnceLock<Regex> = OnceLock::new();
    let re = compiled(&PAIR, r"(?i)\bwynik\w*|\bset\w*|\b(\d{1,2}):(\d{1,2})\b");
    let window = window_before(text, pos, 40);
    let sentence = window.rsplit(['.', '\n']).next().unwrap_or(window);
    re.captures_iter(sentence)
        .any(|c| match (c.get(1), c.get(2)) {
            (Some(h), Some(m)) => m.len() == 1 || h.as_str().parse::<u32>().is_ok_and(|h| h > 24),
            _ => true,
        })
}

/// "o 19.00", "od 10.00", "około 8.00": a preposition that takes a time before the number.
fn after_time_word(text: &str, pos: usize) -> bool {
    matches!(
        word_before(text, pos).as_str(),
        "o" | "od" | "do" | "około" | "ok" | "przed" | "po" | "między" | "godz"
    )
}

/// A unit of time right after a number ("15 min.", "18 minut", "2.30 godz."): the number
/// measures a length of time rather than telling the time.
fn is_duration(after: &str) -> bool {
    let next = after.trim_start_matches(' ');
    next.len() < after.len()
        && ["min", "godz", "h ", "h.", "sek"]
            .iter()
            .any(|unit| next.starts_with(unit))
}

/// The length of an ordinal's ending written after digits ("-tej", "-mej", "-ą"), or 0.
fn ordinal_ending(rest: &str) -> usize {
    let Some(tail) = rest.strip_prefix('-') else {
        return 0;
    };
    let len = tail
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(tail.len(), |(i, _)| i);
    let ending = &tail[..len];
    let ordinal = ending.chars().count() <= 4
        && ending.chars().all(char::is_lowercase)
        && (ending.ends_with("ej") || ending.ends_with('ą'));
    if ordinal {
        1 + len
    } else {
        0
    }
}

/// "codziennie od 10 do 13", "25 stycznia od 9 do 11 odbędzie się bal": two full hours
/// after a day, a weekday or an opening-hours word in the same sentence, standing alone
/// ("od 6 do 12 lat", "od 10 do 13 maja" are no hours).
fn bare_hour_range(text: &str, c: &Captures, dates: &[Span]) -> Option<Span> {
    let (m, h, h2) = (c.get(0)?, c.name("h")?, c.name("h2")?);
    // The regex holds the closing hour to see what follows it.
    let (from, to): (u32, u32) = (h.as_str().parse().ok()?, h2.as_str().parse().ok()?);
    let rest = &text[m.end()..];
    if !(6..=22).contains(&from) || to <= from || !(stands_alone(rest) || before_verb(rest)) {
        return None;
    }
    const CUES: &[&str] = &[
        "codziennie",
        "czynn",
        "otwart",
        "nieczynn",
        "dyżur",
        "poniedziałk",
        "wtork",
        "środ",
        "czwartk",
        "piątk",
        "sobot",
        "niedziel",
        "weekend",
    ];
    let before = window_before(text, m.start(), 60);
    let clause = before
        .rsplit(['.', '!', '?', '\n'])
        .next()
        .unwrap_or(before);
    let lower = clause.to_lowercase();
    let day_before = dates.iter().any(|d| {
        d.end <= m.start() && m.start() - d.end <= 60 && !ends_sentence(&text[d.end..m.start()])
    });
    if !day_before && !CUES.iter().any(|cue| lower.contains(cue)) {
        return None;
    }
    if overlaps_any(dates, h.start(), m.end()) {
        return None;
    }
    // The opening hour alone: close_hour_ranges adds the closing one and the range.
    let hm = format!("{from:02}:00");
    Some(time_span(text, dates, h.start(), h.end(), &hm))
}

/// "22.05.2015 r. o 11.", "w sobotę 9 maja o 17, w czytelni": a full hour right after a
/// day, ending the sentence or the clause ("9 maja o 11 osób więcej" is a count).
fn bare_hour(text: &str, c: &Captures, dates: &[Span]) -> Option<Span> {
    let (m, h) = (c.get(0)?, c.name("h")?);
    let hour: u32 = h.as_str().parse().ok()?;
    let after = &text[h.end()..];
    let closes = after.is_empty()
        || (after.starts_with(['.', ',', ';', ')', '!', '\n'])
            && !after[1..].starts_with(|ch: char| ch.is_ascii_digit()));
    let after_day = dates.iter().any(|d| {
        d.end <= m.start()
            && d.value.as_deref().is_some_and(|v| v.len() == 10)
            && matches!(text[d.end..m.start()].trim(), "" | ",")
    });
    if !(6..=23).contains(&hour) || !closes || !after_day {
        return None;
    }
    Some(time_span(
        text,
        dates,
        h.start(),
        h.end(),
        &format!("{hour:02}:00"),
    ))
}

/// "godz. 21", "o godzinie ósmej": a full hour, written without minutes.
fn hour_only(text: &str, c: &Captures, dates: &[Span]) -> Option<Span> {
    let m = c.get(0)?;
    // "godz. 9.30", "godzinę 16. 30": minutes after the hour make it the full pattern's
    // (the pattern's optional "[.:] digit" tail is there to see them).
    // "godz. 17 - 18: 30": the first hour alone; the range is closed by close_hour_ranges.
    let last_hour = c.name("h2").or(c.name("h")).map(|h| h.end());
    let minutes_follow = last_hour.is_some_and(|end| end < m.end());
    if minutes_follow && c.name("h2").is_none() {
        return None;
    }
    let (m_end, h2) = match (minutes_follow, c.name("h")) {
        (true, Some(h)) => (h.end(), None),
        _ => (m.end(), c.name("h2")),
    };
    let hour = match (c.name("h"), c.name("word")) {
        (Some(h), _) => h.as_str().parse::<u32>().ok()?,
        (None, Some(w)) => ordinal_number(&w.as_str().to_lowercase())?,
        _ => return None,
    };
    // "1 godz. 15 min.", "dwie godziny 18 minut": a length of time ("godzina dziesiąta
    // minut trzydzieści" is a time said in words).
    if c.name("h").is_some() && is_duration(&text[m_end..]) {
        return None;
    }
    // "o godzinie 11-tej", "godz. 8-mej": the ordinal's ending belongs to the hour.
    let mut end = m_end + ordinal_ending(&text[m_end..]);
    // "godzina dwudziesta czwarta", "godzina dziesiąta minut trzydzieści" reads as "dziesiąta
    // trzydzieści": the rest of an hour said in words.
    let (mut hour, mut minutes) = (hour, 0);
    if c.name("word").is_some() {
        let rest = &text[end..];
        let minut = rest.strip_prefix(" minut");
        let (h, after, spoken) = spoken_hour_and_minutes(hour, minut.unwrap_or(rest));
        // "minut" with no minutes after it is no part of the time.
        if spoken.is_some() || minut.is_none() {
            (hour, minutes, end) = (h, spoken.unwrap_or(0), text.len() - after.len());
        }
    }
    // "godz. 8 rano", "o godzinie 7 wieczorem": the part of the day belongs to the time.
    if let Some((word, shift)) = part_of_day(&text[end..]) {
        end += 1 + word.len();
        if hour < 12 {
            hour += shift;
        }
    }
    // "w godzinach 10-13": a range of full hours.
    let hm = match h2.and_then(|h| h.as_str().parse::<u32>().ok()) {
        Some(h2) if h2 > hour => format!("{hour:02}:00/{h2:02}:00"),
        _ => format!("{:02}:{minutes:02}", hour % 24),
    };
    Some(time_span(text, dates, m.start(), end, &hm))
}

/// A time mention ("14:00" or "17:00/19:00"), joined to the day it belongs to when the
/// same sentence named one just before it.
fn time_span(text: &str, dates: &[Span], start: usize, end: usize, hm: &str) -> Span {
    let day = anchor_date(text, dates, start);
    let value = match &day {
        Some(d) => hm
            .split('/')
            .map(|t| format!("{d}T{t}"))
            .collect::<Vec<_>>()
            .join("/"),
        None => hm.to_string(),
    };
    Span {
        kind: EntityType::Time,
        start,
        end,
        lemma: value.clone(),
        value: Some(value),
        note: day.is_none().then(|| "no-date".to_string()),
    }
}

/// The single-day date that ends within 80 bytes before `pos` with no sentence end between,
/// and no days of the week that recur ("od 13 października czynna we wtorki od 10 do 18":
/// the hours are the week's, not the 13th's).
fn anchor_date(text: &str, dates: &[Span], pos: usize) -> Option<String> {
    let same_sentence = dates
        .iter()
        .filter(|d| d.end <= pos && pos - d.end <= 80)
        .filter(|d| !ends_sentence(&text[d.end..pos]) && !names_recurring_days(&text[d.end..pos]))
        .filter_map(|d| d.value.as_deref())
        .rfind(|v| v.len() == 10);
    // "Zapraszamy w sobotę 4 czerwca. Start o 17.00": the paragraph's last date before the
    // time, when it is a day and no other date comes between.
    let in_paragraph = || {
        let last = dates
            .iter()
            .filter(|d| d.end <= pos)
            .max_by_key(|d| d.end)?;
        let day = last.value.as_deref().filter(|v| v.len() == 10)?;
        let between = &text[last.end..pos];
        (pos - last.end <= 200
            && !between.contains('\n')
            && !names_recurring_days(between)
            && !names_another_day(between))
        .then_some(day)
    };
    // "25 kwietnia 2014 r. … Program:\n10.00⇥Otwarcie": a time opening a line of a
    // programme takes the day it stands under, unless that is a deadline or the stamp.
    let under_a_day = || {
        if !text[..pos]
            .rsplit('\n')
            .next()
            .is_some_and(|l| l.trim().is_empty())
        {
            return None;
        }
        // "04: 02, 31 lip 2006 (CEST)": a signature's time belongs to the date after it.
        let line_end = text[pos..].find('\n').map_or(text.len(), |n| pos + n);
        let is_day = |d: &&Span| d.value.as_deref().is_some_and(|v| v.len() == 10);
        if dates
            .iter()
            .filter(is_day)
            .any(|d| d.start > pos && d.start < line_end)
        {
            return None;
        }
        // Years and centuries in the rows ("Wykład o XIX wieku") do not stand between.
        let last = dates
            .iter()
            .filter(is_day)
            .filter(|d| d.end <= pos)
            .max_by_key(|d| d.end)?;
        let day = last.value.as_deref()?;
        let between = &text[last.end..pos];
        let dated_for = role(text, EntityType::Date, last.start, last.end);
        (pos - last.end <= 600
            && !names_recurring_days(between)
            && !matches!(dated_for, Some("deadline" | "publication")))
        .then_some(day)
    };
    same_sentence
        .or_else(in_paragraph)
        .or_else(under_a_day)
        .map(String::from)
}

/// "we wtorki", "w soboty", "codziennie", "w każdy wtorek", "od poniedziałku do piątku":
/// days that come back every week (after "w", the plural; "w sobotę" is one day).
fn names_recurring_days(between: &str) -> bool {
    const RECURRING: &[&str] = &[
        "w poniedziałki",
        "we wtorki",
        "w środy",
        "we środy",
        "w czwartki",
        "w piątki",
        "w soboty",
        "w niedziele",
        "w weekendy",
        "w dni powszednie",
        "w dni robocze",
        "codziennie",
        "co tydzień",
        "w każdy",
        "w każdą",
        // "3, 10, 17 i 24 lutego, zawsze od 9.00": the hour of every day listed.
        "zawsze",
        "od poniedziałku do piątku",
        "od poniedziałku do soboty",
    ];
    let lower = between.to_lowercase();
    RECURRING.iter().any(|r| contains_word(&lower, r))
}

/// The text between a date and a time holds a sentence end: "!", "?", a line break, or a full
/// stop before a capital. The dots of "r.", "godz." and "10.00" are none.
/// A weekday in the time's own sentence, after an earlier sentence's date: "… 12 marca.
/// Zapisy do piątku, do godz. 15.30" closes at 15.30 on a Friday, not on the 12th.
fn names_another_day(between: &str) -> bool {
    #[rustfmt::skip]
    const WEEKDAY_FORMS: &[&str] = &[
        "poniedziałek", "poniedziałku", "poniedziałkiem", "wtorek", "wtorku", "wtorkiem",
        "środa", "środy", "środę", "środzie", "środą", "czwartek", "czwartku", "czwartkiem",
        "piątek", "piątku", "piątkiem", "sobota", "soboty", "sobotę", "sobocie", "sobotą",
        "niedziela", "niedzieli", "niedzielę", "niedzielą",
    ];
    let sentence_start = between
        .match_indices(". ")
        .filter(|(i, _)| between[i + 2..].starts_with(char::is_uppercase))
        .map(|(i, _)| i + 2)
        .last();
    let Some(start) = sentence_start else {
        return false;
    };
    between[start..].split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
        WEEKDAY_FORMS.contains(&w.as_str())
    })
}

fn ends_sentence(between: &str) -> bool {
    if between.contains(['!', '?', '\n']) {
        return true;
    }
    between.match_indices('.').any(|(i, _)| {
        let after = &between[i + 1..];
        after.starts_with(char::is_whitespace) && after.trim_start().starts_with(char::is_uppercase)
    })
}

/// "XIX wieku", "wiek XIX", "XVIII w." → ISO century "18".
fn century(c: &Captures) -> Option<Span> {
    let roman = c.name("r1").or_else(|| c.name("r2"))?.as_str();
    let n = roman_number(roman)?;
    (1..=21)
        .contains(&n)
        .then(|| date_span(c, format!("{:02}", n - 1), Some("century")))
}

fn roman_number(s: &str) -> Option<u32> {
    let value = |ch| match ch {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        'C' => Some(100),
        _ => None,
    };
    let digits: Vec<u32> = s.chars().map(value).collect::<Option<_>>()?;
    let mut total = 0i64;
    for (i, d) in digits.iter().enumerate() {
        let next = digits.get(i + 1).copied().unwrap_or(0);
        total += if *d < next {
            -i64::from(*d)
        } else {
            i64::from(*d)
        };
    }
    u32::try_from(total).ok()
}

/// "lat 70.", "latach sześćdziesiątych" → ISO decade "197", "196" (the 20th century unless
/// the text says otherwise; it rarely does in announcements).
fn decade(c: &Captures) -> Option<Span> {
    let tens = match (c.name("num"), c.name("word")) {
        (Some(n), _) => n.as_str().parse::<u32>().ok()? / 10,
        (None, Some(w)) => {
            let w = w.as_str().to_lowercase();
            DECADE_WORDS.iter().find(|(stem, _)| w.starts_with(stem))?.1
        }
        _ => return None,
    };
    Some(date_span(c, format!("19{tens}"), Some("decade")))
}

/// A month name on its own ("w grudniu", "do marca", "Październik"): the month of the
/// year closest to the publication, or ISO's year-less "--12".
fn month_word(text: &str, c: &Captures, published: Option<Date>) -> Option<Span> {
    let m = c.name("mon")?;
    if text[m.end()..].starts_with(char::is_alphabetic)
        || !crate::polish::months::is_month_name(m.as_str())
    {
        return None;
    }
    let before = text[..m.start()].trim_end().chars().next_back();
    if before.is_some_and(|ch| ch.is_ascii_digit()) {
        return None; // "32 maja 2014": a broken date, not the month of May
    }
    if m.as_str().starts_with(char::is_uppercase) && m.as_str().to_lowercase() == "maja" {
        return None; // Maja is also a first name
    }
    // "oni maja po dwieście" is "mają" typed without its diacritic.
    if m.as_str() == "maja" && is_verb_maja(text, m.start(), m.end()) {
        return None;
    }
    // A month written with a capital inside a sentence is a name: "minister Tomasz Lipiec".
    let sentence_start = before.is_none_or(|ch| ".!?:;\n(\"„".contains(ch));
    if m.as_str().starts_with(char::is_uppercase) && !sentence_start {
        return None;
    }
    let month = month_number(m.as_str())?;
    let mut s = match published {
        Some(p) => {
            let year = closest_year(p, month, 15, None);
            date_span(
                c,
                format!("{year:04}-{month:02}"),
                Some("month, year-inferred"),
            )
        }
        None => date_span(c, format!("--{month:02}"), Some("month, no-year")),
    };
    s.start = m.start();
    Some(s)
}

/// "maja" at `start..end` read as the verb "mają" written without its diacritic: after a
/// plural subject or a particle ("oni maja", "panowie maja", "nie maja"), or before "się".
fn is_verb_maja(text: &str, start: usize, end: usize) -> bool {
    const SUBJECTS: &[&str] = &[
        "oni",
        "one",
        "wy",
        "ci",
        "te",
        "nie",
        "też",
        "już",
        "tylko",
        "jeszcze",
        "także",
        "również",
        "państwo",
        "panowie",
        "ludzie",
        "wszyscy",
        "które",
        "którzy",
        "co",
        "dzieci",
    ];
    let before = word_before(text, start);
    let after = text[end..].trim_start();
    SUBJECTS.contains(&before.as_str()) || after.starts_with("się")
}

/// A range written with a dash ("12 - 14 maja", "godz. 15 - 17", "12.05–14.05.2014") as
/// two mentions, its ends, as the NKJP corpus marks them; each end keeps the range's value,
/// so what the index and the date filters see is unchanged.
pub fn range_ends(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let mut out = Vec::with_capacity(spans.len());
    for s in spans {
        let is_range = s.value.as_deref().is_some_and(|v| v.contains('/'));
        let surface = &text[s.start..s.end];
        let split = dash_between_numbers(surface)
            .map(|(first_end, second_start)| (0, first_end, second_start))
            .or_else(|| from_to_ends(surface));
        match split.filter(|_| is_range) {
            Some((first_start, first_end, second_start)) => {
                let mut first = s.clone();
                first.start = s.start + first_start;
                first.end = s.start + first_end;
                let mut second = s;
                second.start += second_start;
                out.push(first);
                out.push(second);
            }
            None => out.push(s),
        }
    }
    out
}

/// "od 3 do 7 lutego": the ends are "3" and "7 lutego", without the prepositions (where
/// the first starts, where it ends, where the second starts).
fn from_to_ends(surface: &str) -> Option<(usize, usize, usize)> {
    let starts_with_od = surface.get(..3)?.eq_ignore_ascii_case("od ");
    let to = surface.find(" do ")?;
    (starts_with_od && 3 < to).then_some((3, to, to + 4))
}

/// The first dash with a digit before it and a digit after it (spaces allowed around it):
/// where the part before it ends and the part after it starts.
fn dash_between_numbers(surface: &str) -> Option<(usize, usize)> {
    let (at, dash) = surface.char_indices().find(|&(i, c)| {
        matches!(c, '-' | '–')
            && surface[..i]
                .trim_end()
                .ends_with(|d: char| d.is_ascii_digit())
            && surface[i + c.len_utf8()..]
                .trim_start()
                .starts_with(|d: char| d.is_ascii_digit())
    })?;
    let first_end = surface[..at].trim_end().len();
    let after = &surface[at + dash.len_utf8()..];
    let second_start = surface.len() - after.trim_start().len();
    Some((first_end, second_start))
}

/// The granularity of a date or time value, read from its ISO shape.
pub fn granularity(kind: EntityType, value: Option<&str>) -> Option<&'static str> {
    let v = value?;
    Some(match kind {
        EntityType::Time if v.contains('T') && v.contains('/') => "datetime range",
        EntityType::Time if v.contains('T') => "datetime",
        EntityType::Time => "time",
        EntityType::Date if v.contains('/') => "range",
        EntityType::Date if v.starts_with('-') && !v.starts_with("--") => "year",
        EntityType::Date if v.starts_with("---") => "day-no-month",
        EntityType::Date if v.starts_with("--") && v.len() == 4 => "month-no-year",
        EntityType::Date if v.starts_with("--") => "day-no-year",
        EntityType::Date => match v.len() {
            2 => "century",
            3 => "decade",
            4 => "year",
            7 => "month",
            _ => "day",
        },
        _ => return None,
    })
}

/// "Termin składania prac:", "termin zgłoszeń upływa": a "termin" that things are due by.
/// A bare "Termin:" or "termin spotkania" dates the event.
fn names_a_deadline(before: &str) -> bool {
    const DUE: &[&str] = &[
        "składania",
        "nadsyłania",
        "nadesłania",
        "zgłosze",
        "zgłaszania",
        "przyjmowania",
        "oddania",
        "dostarczenia",
        "zapisów",
        "płatności",
        "upływa",
        "mija",
    ];
    before.contains("termin") && DUE.iter().any(|w| before.contains(w))
}

/// What the date is for, when the words just before it say so: "do 30 marca" and
/// "termin …" are deadlines, "Dodano:" a publication, "odbędzie się"/"w dniach" an event.
pub fn role(text: &str, kind: EntityType, start: usize, end: usize) -> Option<&'static str> {
    if kind != EntityType::Date {
        return None;
    }
    // A date alone on its line dates a teaser or a post in a listing; the words of the next
    // paragraph ("W czasie ferii zapraszamy…") say nothing of it.
    // Asked of every date: only the blanks beside it are read, not its whole line.
    let blank = |c: char| c.is_whitespace() && c != '\n';
    let head = text[..start].trim_end_matches(blank);
    let tail = text[end..].trim_start_matches(|c: char| blank(c) || c == '.');
    let alone =
        (head.is_empty() || head.ends_with('\n')) && (tail.is_empty() || tail.starts_with('\n'));
    if alone {
        return None;
    }
    let before = window_before(text, start, 60).to_lowercase();
    let after: String = text[end..]
        .chars()
        .take(40)
        .collect::<String>()
        .to_lowercase();
    let last_word = before.split_whitespace().next_back().unwrap_or("");
    // "od 7 lipca do 29 sierpnia": the "do" closes a range the "od" opened, no deadline.
    let closes_a_range = || {
        before
            .split_whitespace()
            .rev()
            .skip(1)
            .take(5)
            .any(|w| w == "od")
    };
    if ["dodano", "opublikowano", "publikacji"]
        .iter()
        .any(|w| before.contains(w))
    {
        Some("publication")
    } else if matches!(last_word, "do" | "dnia:" | "terminie") && !closes_a_range()
        || names_a_deadline(&before)
        || ["najpóźniej", "nie później", "przyjmujemy do", "zgłoszenia"]
            .iter()
            .any(|w| before.contains(w))
    {
        Some("deadline")
    } else if [
        // odbędzie, odbędą; odbył, odbyła, odbyło, odbyły, odbywa
        "odbęd", "odby", "w dniach", "zaprasza", "rozpocz", "spotka",
        // "Termin: 12.10.2014 r., godz. 17:00" on an announcement is when it happens.
        "termin",
    ]
    .iter()
    .any(|w| before.contains(w) || after.contains(w))
    {
        Some("event")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str, published: Option<&str>) -> Vec<(String, String)> {
        let p = published.and_then(Date::parse_iso);
        find(text, p)
            .into_iter()
            .map(|s| {
                (
                    text[s.start..s.end].to_string(),
                    s.value.unwrap_or_default(),
                )
            })
            .collect()
    }

    fn one(text: &str, published: Option<&str>) -> String {
        let v = values(text, published);
        assert_eq!(v.len(), 1, "{text}: {v:?}");
        v[0].1.clone()
    }

    #[test]
    fn every_date_and_time_has_its_value_as_lemma() {
        // Days beside others, decades, a year range's tail; a year taken from an earlier
        // date; a time range joined from two times; a closing time found alone first.
        let text = "Spotkania 5, 12 i 19 listopada 2013 r., lat 70. i 80., w latach 1947 - 49.\n\n\
                    12.01.2015\n\nFerie od 19 do 30 stycznia, od 10.00 do 12.00, godz. 17 - 18:30.";
        let found = range_ends(text, find(text, None));
        assert!(found.len() >= 12, "{found:?}");
        for s in found {
            assert_eq!(Some(&s.lemma), s.value.as_ref(), "{s:?}");
        }
    }

    #[test]
    fn a_time_after_a_weekday_of_its_own_sentence_takes_no_earlier_date() {
        let text = "Spotkanie 12 marca o 18.00. Zapisy do piątku, do godz. 15.30.";
        let v = values(text, Some("2015-03-05"));
        assert_eq!(v.last().map(|(_, v)| v.as_str()), Some("15:30"), "{v:?}");
        // Without a weekday, the paragraph's day still stands: "Start o 17.00".
        let v = values("Zapraszamy 4 czerwca. Start o 17.00.", Some("2016-05-25"));
        assert_eq!(
            v.last().map(|(_, v)| v.as_str()),
            Some("2016-06-04T17:00"),
            "{v:?}"
        );
    }

    #[test]
    fn a_yearless_day_takes_the_year_of_a_month_written_before_it() {
        let text = "Od października 2014 roku działa klub. Pierwszy wykład był 8 października.";
        let v = values(text, None);
        assert_eq!(
            v.last().map(|(_, v)| v.as_str()),
            Some("2014-10-08"),
            "{v:?}"
        );
    }

    #[test]
    fn a_programmes_times_take_the_day_they_stand_under() {
        let got = |text: &str| -> Vec<String> {
            values(text, Some("2014-04-10"))
                .into_iter()
                .map(|(_, v)| v)
                .collect()
        };
        assert_eq!(
            got("Obchody w piątek 25 kwietnia 2014 r.\n\nProgram:\n10.00\tOtwarcie\n10.30\tWykład o XIX wieku"),
            ["2014-04-25", "2014-04-25T10:00", "2014-04-25T10:30", "18"]
        );
        // Not under a deadline, nor a signature's time that a date follows on its line.
        assert_eq!(
            got("Zgłoszenia do 20 kwietnia 2014 r.\n\n10.00\tOtwarcie"),
            ["2014-04-20", "10:00"]
        );
        assert_eq!(
            got("Dziękuję. 17:35, 29 lip 2006 (CEST)\n04:02, 31 lip 2006 (CEST)"),
            ["17:35", "2006-07-29", "04:02", "2006-07-31"]
        );
    }

    #[test]
    fn a_time_opening_a_table_row_is_a_time() {
        // The cleaner writes a table row as one line, its cells apart by tabs.
        let text =
            "Godzina\tPunkt programu\n10.00\tOtwarcie i powitanie\n10.30\tWykład\n12.50\t15 zł";
        let got: Vec<String> = values(text, None).into_iter().map(|(_, v)| v).collect();
        assert_eq!(got, ["10:00", "10:30"]);
    }

    /// The table in tests/data/dates.tsv: every row's date and time values, in order.
    #[test]
    fn table_of_written_forms() {
        crate::extraction::assert_table(include_str!("../../tests/data/dates.tsv"), 200, |cols| {
            let (text, published) = (cols[0], cols.get(1).copied().unwrap_or("-"));
            let want: Vec<&str> = cols
                .get(2)
                .map(|v| v.split(" ; ").filter(|x| !x.is_empty()).collect())
                .unwrap_or_default();
            let got: Vec<String> = values(text, (published != "-").then_some(published))
                .into_iter()
                .map(|(_, v)| v)
                .collect();
            (got != want)
                .then(|| format!("{text:?} (published {published}): want {want:?}, got {got:?}"))
        });
    }

    /// The set tells exactly which patterns match: on each row of the table and on forms in
    /// capitals, each pattern is reported, under its own id, where it matches and nowhere
    /// else.
    #[test]
    fn the_set_reports_exactly_the_patterns_that_match() {
        let p = patterns();
        let all: [&Pattern; 33] = [
            &p.this_month,
            &p.relative_weekday,
            &p.hour_only,
            &p.bare_hour,
            &p.bare_hour_range,
            &p.hour_of_day,
            &p.hour_word,
            &p.clock_word,
            &p.noon_or_midnight,
            &p.century,
            &p.decade,
            &p.month_word,
            &p.from_to,
            &p.month_from_to,
            &p.numeric_from_to,
            &p.numeric_dash_range,
            &p.day_range_numeric,
            &p.season,
            &p.roman_month_year,
            &p.month_alone,
            &p.numeric_range,
            &p.numeric,
            &p.iso,
            &p.short_range,
            &p.named,
            &p.roman,
            &p.short,
            &p.month_year,
            &p.year,
            &p.era,
            &p.apostrophe_year,
            &p.early_year,
            &p.time,
        ];
        assert_eq!(p.any.len(), all.len());
        let extra = "O PÓŁNOCY. OKOŁO PIĄTEJ. O 8 WIECZOREM. XIX WIEKU. W DNIACH 24.12 - 26.12. \
                     427 P.N.E. i 12 N. E. oraz 300 PRZED NASZĄ ERĄ. Dnia 3 X 2014 r.";
        let table = include_str!("../../tests/data/dates.tsv");
        let texts = table
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split('\t').next())
            .chain([extra]);
        let mut matched = vec![0usize; all.len()];
        for text in texts {
            let hits = p.any.matches(text);
            for pattern in all {
                assert_eq!(p.any.patterns()[pattern.id], pattern.re.as_str());
                let found = pattern.re.is_match(text);
                assert_eq!(
                    hits.matched(pattern.id),
                    found,
                    "{} on {text:?}",
                    pattern.re
                );
                matched[pattern.id] += usize::from(found);
            }
        }
        // Every pattern matched somewhere, so each was put to the test.
        assert!(matched.iter().all(|&n| n > 0), "{matched:?}");
    }

    #[test]
    fn ranges_are_reported_as_their_two_ends() {
        let text = "Warsztaty w dniach 12-14 maja 2014 r., godz. 15 - 17. Rok szkolny 2014/2015.";
        let ends = range_ends(text, find(text, None));
        let got: Vec<(&str, &str)> = ends
            .iter()
            .map(|s| (&text[s.start..s.end], s.value.as_deref().unwrap_or("")))
            .collect();
        assert_eq!(got[0], ("12", "2014-05-12/2014-05-14"));
        assert_eq!(got[1], ("14 maja 2014 r.", "2014-05-12/2014-05-14"));
        assert_eq!(got[2].0, "godz. 15");
        assert_eq!(got[3].0, "17");
        assert_eq!(got[4].0, "Rok szkolny 2014/2015");
        assert_eq!(dash_between_numbers("2014-10-07"), Some((4, 5)));
        assert_eq!(dash_between_numbers("Kraków - Nowa Huta"), None);
        let surfaces = |text: &'static str, published| -> Vec<&'static str> {
            range_ends(text, find(text, published))
                .iter()
                .map(|s| &text[s.start..s.end])
                .collect()
        };
        assert_eq!(
            surfaces("Wystawa czynna od 3 do 7 lutego 2015 r.", None),
            ["3", "7 lutego 2015 r."]
        );
        // The full stop closing the sentence is no part of the date.
        for published in [None, Date::new(2015, 7, 7)] {
            assert_eq!(
                surfaces("Filie są nieczynne od 20 lipca do 7 sierpnia.", published),
                ["20 lipca", "7 sierpnia"]
            );
        }
    }

    #[test]
    fn times_opening_programme_lines() {
        let text = "Program:\n10.00 – otwarcie wystawy\n16.00 Spotkanie z autorem\nBilet 14.00 zł.\n12.50 zł za wstęp";
        let got: Vec<String> = find(text, None)
            .iter()
            .map(|s| s.value.clone().unwrap_or_default())
            .collect();
        assert_eq!(got, ["10:00", "16:00"]);
    }

    #[test]
    fn ends_of_year_ranges_after_a_year() {
        let text = "W latach 1947 - 49 prowadził, kościół (1340 – 1405), w roku 1990 - 93% głosów.";
        let got: Vec<(&str, String)> = find(text, None)
            .iter()
            .map(|s| (&text[s.start..s.end], s.value.clone().unwrap_or_default()))
            .collect();
        assert!(got.contains(&("49", "1949".into())), "{got:?}");
        assert!(got.contains(&("1405", "1405".into())), "{got:?}");
        assert!(!got.iter().any(|(t, _)| *t == "93"), "{got:?}");
    }

    #[test]
    fn the_seed() {
        assert_eq!(
            one("3 października br. w czytelni", Some("2014-10-07")),
            "2014-10-03"
        );
        let v = values(
            "odbędzie się 20 października 2014 r. o godzinie 14.00 w czytelni",
            None,
        );
        assert_eq!(
            v[0],
            ("20 października 2014 r.".into(), "2014-10-20".into())
        );
        assert_eq!(v[1], ("godzinie 14.00".into(), "2014-10-20T14:00".into()));
    }

    #[test]
    fn numeric_forms() {
        assert_eq!(one("Dnia 07.10.2014 r. odbyło się", None), "2014-10-07");
        assert_eq!(one("termin 07/10/2014", None), "2014-10-07");
        assert_eq!(one("termin 2014-10-07.", None), "2014-10-07");
        assert_eq!(
            one("w dniach 12.05-14.05.2014", None),
            "2014-05-12/2014-05-14"
        );
    }

    #[test]
    fn named_forms() {
        assert_eq!(
            one("w dniach 12-14 maja 2014 r.", None),
            "2014-05-12/2014-05-14"
        );
        assert_eq!(one("20 X 2014", None), "2014-10-20");
        assert_eq!(one("3 marca ub.r.", Some("2015-01-10")), "2014-03-03");
        assert_eq!(one("w październiku 2014", None), "2014-10");
        assert_eq!(
            one("spotkanie 5 stycznia", Some("2014-12-20")),
            "2015-01-05"
        );
        assert_eq!(one("spotkanie 5 stycznia", None), "--01-05");
    }

    #[test]
    fn no_false_dates() {
        for t in [
            "tel. 13 446 12 34",
            "87-148 Łysomice",
            "cena 20,00 zł",
            "ISBN 978-83-240-1234-5",
            "3808 bibliotek",
            "wzrost o 12.5%",
            "31.02.2014",
            "2000 zł",
            "12345678901234567890",
        ] {
            assert!(values(t, None).is_empty(), "{t}: {:?}", values(t, None));
        }
    }

    #[test]
    fn impossible_day_keeps_only_the_year() {
        assert_eq!(
            values("32 maja 2014", None),
            [("2014".to_string(), "2014".to_string())]
        );
    }

    #[test]
    fn times() {
        assert_eq!(one("o godz. 17.00", None), "17:00");
        let v = values("w sobotę 6 czerwca 2015 r. w godz. 17.00-19.00", None);
        assert_eq!(v[1].1, "2015-06-06T17:00/2015-06-06T19:00");
    }

    #[test]
    fn mentions_are_the_dates_themselves() {
        let v = values(
            "We wtorek, 6 października br. spotkanie. Termin: do 4 marca.",
            Some("2015-09-30"),
        );
        assert_eq!(v[0], ("6 października".into(), "2015-10-06".into()));
        assert_eq!(v[1], ("4 marca".into(), "2016-03-04".into()));
        let v = values(
            "Zmarła w 1985 roku, w górach. W dniu 22 czerwca 2001 r. wróciła.",
            None,
        );
        assert_eq!(v[0], ("1985 roku".into(), "1985".into()));
        assert_eq!(
            v[1],
            ("dniu 22 czerwca 2001 r.".into(), "2001-06-22".into())
        );
        // Without a publication date a relative year leaves the date year-less, not lost.
        assert_eq!(values("z 7 grudnia ub.r.", None)[0].1, "--12-07");
    }

    #[test]
    fn days_written_as_ordinals() {
        assert_eq!(
            values(
                "Przyjechali dwudziestego dziewiątego sierpnia 2002 r.",
                None
            )[0],
            (
                "dwudziestego dziewiątego sierpnia 2002 r.".into(),
                "2002-08-29".into()
            )
        );
        assert_eq!(
            values("Za trzy dni, dziesiątego lipca.", Some("2014-07-01"))[0].1,
            "2014-07-10"
        );
        assert_eq!(values("Zajęli miejsce pierwszego dnia.", None), vec![]);
    }

    #[test]
    fn hour_ranges_and_hours_in_the_accusative() {
        assert_eq!(
            values("Czynne w godzinach 10-13. Zapraszamy!", None),
            vec![("godzinach 10-13".into(), "10:00/13:00".into())]
        );
        assert_eq!(
            values("Zbiórka przed ósmą rano, powrót na szesnastą.", None),
            vec![
                ("ósmą rano".into(), "08:00".into()),
                ("szesnastą".into(), "16:00".into())
            ]
        );
        assert_eq!(values("Zajął miejsce na trzecią pozycję.", None), vec![]);
        assert_eq!(values("Kędo ósmej", None), vec![]);
        assert_eq!(values("Wynik 21: 25, potem 25: 21.", None), vec![]);
        assert_eq!(
            values("Pozdrawiam, 17: 40, 4 lipca 2008", None)[0].1,
            "17:40"
        );
        assert_eq!(values("Wrócę o ósmej.", None)[0].1, "08:00");
        // Dots of "r." and "godz." are no sentence end between the day and its hours, and
        // "od … do …" makes the two hours one span of the day.
        let v = values("Zapraszamy 12 maja 2015 r. od godz. 10.00 do 15.00.", None);
        assert_eq!(v[2].1, "2015-05-12T10:00/2015-05-12T15:00");
        // Opening hours: "w godz." opens the span as "od" does; "o godz." does not.
        let v = values("Czynna we czwartki w godz. 18.30 do 20.", None);
        assert_eq!(
            v,
            [
                ("godz. 18.30".into(), "18:30/20:00".into()),
                ("20".into(), "18:30/20:00".into())
            ]
        );
        let v = values("Spotkanie o godz. 18 do 20 osób.", None);
        assert_eq!(v, [("godz. 18".into(), "18:00".into())]);
    }

    #[test]
    fn times_after_prepositions_and_parts_of_the_day() {
        assert_eq!(values("Początek o 19.00 w sali.", None)[0].1, "19:00");
        assert_eq!(
            values("Wrócił ok. godz. 8 rano.", None)[0],
            ("godz. 8 rano".into(), "08:00".into())
        );
        assert_eq!(values("Wynik seta 21: 25 i 25: 21.", None), vec![]);
        assert_eq!(values("Cena 14.50 zł.", None), vec![]);
    }

    #[test]
    fn a_street_named_after_a_day_dates_nothing() {
        let text = "Kontakt: ul. 3 Maja 15, Jasło.\nGodzina 13.00 – przerwa obiadowa.";
        let v = values(text, Some("2013-03-14"));
        assert_eq!(v, [("Godzina 13.00".into(), "13:00".into())]);
    }

    #[test]
    fn roles_from_the_words_before() {
        let role_of = |text: &str, date: &str| {
            let start = text.find(date).expect("the date is in the text");
            role(text, EntityType::Date, start, start + date.len())
        };
        let text = "Zapisy do 3 lipca. Filia jest czynna od 7 lipca do 29 sierpnia.";
        assert_eq!(role_of(text, "3 lipca"), Some("deadline"));
        // The end of a range is no deadline.
        assert_eq!(role_of(text, "29 sierpnia"), None);
        let text = "Spotkanie odbędzie się 5 maja. Dodano: 2 maja 2015";
        assert_eq!(role_of(text, "5 maja"), Some("event"));
        assert_eq!(role_of(text, "2 maja 2015"), Some("publication"));
        let text = "Eliminacje odbędą się 21 marca (środa).";
        assert_eq!(role_of(text, "21 marca"), Some("event"));
        // A "termin" is a deadline only when something is due by it.
        let text = "Termin: 12.10.2014 r. Termin składania prac: 5 listopada 2014 r.";
        assert_eq!(role_of(text, "12.10.2014 r."), Some("event"));
        assert_eq!(role_of(text, "5 listopada 2014 r."), Some("deadline"));
        // A teaser's date alone on its line takes no role from the next paragraph.
        let text = "Ferie w bibliotece\n\n25.01.2016\n\nW czasie ferii zapraszamy dzieci.";
        assert_eq!(role_of(text, "25.01.2016"), None);
    }
}
