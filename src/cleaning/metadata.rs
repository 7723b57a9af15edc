//! Page metadata: title, publication date, author, site name, language, canonical URL.
//! Each value records where it was read from, so a user can see why.

use crate::calendar::Date;
use crate::polish::months::parse_date;
use crate::record::{Metadata, Sourced};
use crate::static_regex::{compiled, compiled_from};
use regex::Regex;
use scraper::{Html, Selector};
use std::borrow::Cow;
use std::sync::OnceLock;

/// A publication stamp line: "Dodano: 07.10.2014", "Opublikowano: 3 marca 2015 r.", and the
/// way CMSs print it: "Opublikowano: środa, 12, marzec 2014 09:41" (Joomla),
/// "Opublikowano 7 października 2014 przez admin" (WordPress). The label must open the line
/// and the date follow it, with nothing after but a time, a byline or the row's other
/// "|" parts ("| Autor: … | Odsłon: 212"), so "Dodano do koszyka" or a sentence that
/// mentions a date is no stamp. Returns the date and the label.
pub fn date_stamp(line: &str) -> Option<(Date, String)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    stamp(RE.get_or_init(|| stamp_regex(STAMP_LABELS)), line)
        .or_else(|| signed_stamp(line))
        .or_else(|| entered_stamp(line))
        .or_else(|| named_stamp(line))
}

/// A news portal's byline row, the writer's name and the date with no label: "Tomasz
/// Pawlik 20 listopada 2017, 6:45". The name must open with a given name, so a heading
/// such as "Noc Bibliotek 6 czerwca 2015" is no stamp.
fn named_stamp(line: &str) -> Option<(Date, String)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = compiled_from(&RE, || {
        format!(
            r"^\s*(?P<given>\p{{Lu}}\p{{Ll}}+)\s+\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)?\s*[,|•·–-]?\s*(?P<date>\d{{4}}-\d{{1,2}}-\d{{1,2}}|{DAY_MONTH_YEAR}){STAMP_CLOSE}"
        )
    });
    let caps = re.captures(line)?;
    crate::polish::names::first_name(caps.name("given")?.as_str())?;
    let date = parse_date(caps.name("date")?.as_str())?;
    Some((date, "byline with a date".to_string()))
}

/// A stamp's day, month and year, in figures or with the month's name: "22.01.2015",
/// "3 marca 2015" (a regex alternation).
const DAY_MONTH_YEAR: &str = r"\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{1,2}\s+\p{L}+\s+\d{4}";

/// What may close a stamp after its date: "r." and a time ("r. 10:15", ", godz. 9:30").
const STAMP_CLOSE: &str = r"(?:\s?r\.)?(?:,?\s+(?:godz\.\s*)?\d{1,2}:\d{2})?\s*$";

/// Words that open Joomla's "Wpisany przez Administrator", when a page or a dump runs it
/// into the weekday stamp under it.
const ENTERED_STAMP_LABELS: &str = "wpisany przez|napisany przez|wpisane przez";

/// Joomla's byline and weekday stamp run into one line: "Wpisany przez Administrator
/// Poniedziałek, 12 maja 2014 09:15". The weekday is required: without it the name and a
/// date could be a sentence's words.
fn entered_stamp(line: &str) -> Option<(Date, String)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = compiled_from(&RE, || {
        format!(
            r"(?i)^\s*(?P<label>{ENTERED_STAMP_LABELS})\s+\S+(?:\s+\S+)?\s+(?:{WEEKDAYS}),?\s+(?P<date>{DAY_MONTH_YEAR}){STAMP_CLOSE}"
        )
    });
    stamp(re, line)
}

/// Words that introduce who added a page, before the date: "Dodał: Krzysztof Lorens,
/// 22.01.2015" (lower case; matched case-insensitively), besides [`DRUPAL_STAMP_LABELS`].
const SIGNED_STAMP_LABELS: &str = "dodał|dodała|opublikował|opublikowała|wprowadził|wprowadziła";

/// Words that open Drupal's "submitted" line, and a signed stamp too ("Dodane przez: X, …").
const DRUPAL_STAMP_LABELS: &str = "dodane przez|opublikowane przez|napisane przez|submitted by";

/// A stamp that names who added the page before the date: "Dodał: Krzysztof Lorens,
/// 22.01.2015", "Opublikowała: admin, 3 marca 2015 r. 10:15". Returns the date and the label.
fn signed_stamp(line: &str) -> Option<(Date, String)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = compiled_from(&RE, || {
        format!(
            r"(?i)^\s*(?P<label>{SIGNED_STAMP_LABELS}|{DRUPAL_STAMP_LABELS})\s*:?\s+\p{{L}}[\p{{L}}.\- ]{{0,40}}?,\s*(?P<date>\d{{4}}-\d{{1,2}}-\d{{1,2}}|{DAY_MONTH_YEAR}){STAMP_CLOSE}"
        )
    });
    stamp(re, line).or_else(|| drupal_stamp(line))
}

/// Drupal's "submitted" line: "Opublikowane przez bibliotekarz dnia wt., 10/03/2017 -
/// 14:22"; in English "Submitted by admin on Tue, 10/07/2014 - 12:00", month first.
fn drupal_stamp(line: &str) -> Option<(Date, String)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = compiled_from(&RE, || {
        format!(
            r"(?i)^\s*(?P<label>{DRUPAL_STAMP_LABELS})\s+\S+(?:\s+\S+)?\s+(?:dnia|w dniu|(?P<en>on))\s+(?:\p{{L}}{{2,12}}\.?,?\s+)?(?P<date>\d{{1,2}}/\d{{1,2}}/\d{{4}}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\s+\p{{L}}+\s+\d{{4}})(?:\s*[-,]?\s*\d{{1,2}}:\d{{2}})?\s*$"
        )
    });
    let caps = re.captures(line)?;
    let written = caps.name("date")?.as_str();
    let date = match (
        caps.name("en"),
        written.split('/').collect::<Vec<_>>().as_slice(),
    ) {
        (Some(_), [m, d, y]) => parse_date(&format!("{d}/{m}/{y}"))?,
        _ => parse_date(written)?,
    };
    Some((date, caps.name("label")?.as_str().to_string() + ":"))
}

/// Joomla's unlabelled stamp, a weekday, a date and a time on their own line: "piątek, 14
/// marca 2014 13:05". Only a dump's header is asked (an event list prints its dates so too).
pub fn weekday_stamp(line: &str) -> Option<Date> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = compiled_from(&RE, || {
        format!(
            r"(?i)^\s*(?:{WEEKDAYS}),?\s+(?P<date>\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{4}}|\d{{1,2}}\s+\p{{L}}+\s+\d{{4}})(?:\s?r\.)?,?\s+(?:godz\.\s*)?\d{{1,2}}:\d{{2}}\s*$"
        )
    });
    parse_date(re.captures(line)?.name("date")?.as_str())
}

/// An update stamp, in the same shapes: "Aktualizacja: 9 listopada 2012", "Poprawiony:
/// 12.03.2014". A dump that has no publication stamp is dated by it (a page is published
/// no later than it is updated, and usually the same week).
pub fn update_stamp(line: &str) -> Option<(Date, String)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    stamp(RE.get_or_init(|| stamp_regex(UPDATE_LABELS)), line)
}

fn stamp(re: &Regex, line: &str) -> Option<(Date, String)> {
    let caps = re.captures(line)?;
    let date = parse_date(&caps.name("date")?.as_str().replace(',', " "))?;
    Some((date, caps.name("label")?.as_str().to_string() + ":"))
}

/// A stamp line opened by one of `labels` (a regex alternation).
fn stamp_regex(labels: &str) -> Regex {
    Regex::new(&format!(
        r"(?i)^\s*(?P<label>{labels})(?:\s+dnia)?\s*:?\s*(?:(?:{WEEKDAYS})\.?,?\s+)?(?P<date>\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}[./-]\s?\d{{1,2}}[./-]\s?\d{{4}}|\d{{1,2}}\.?,?\s+\p{{L}}+\.?,?\s+\d{{4}}|\d{{1,2}}\s+[IVX]{{1,4}}\s+\d{{4}})(?:\s?r\.|\s+roku)?(?:[\s,|]*(?:o\s+)?(?:godz\.?\s*)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?(?:[\s,|]+(?:przez|by|autor|napisane przez|wpisał)\b.{{0,60}})?(?:\s*\|\s*[^|]{{1,60}}){{0,4}}[\s|]*$"
    ))
    .expect("static regex")
}

/// Words that introduce a publication date, as a regex alternation (lower case; matched
/// case-insensitively). BIP's record card says "Data udostępnienia" (made public) too.
const STAMP_LABELS: &str = "dodano|opublikowano|data publikacji|data udostępnienia|udostępniono|data dodania|data utworzenia|utworzono|data wprowadzenia|zamieszczono|wpis dodany|published|posted";

/// Words that introduce the date of the last change.
const UPDATE_LABELS: &str =
    "aktualizacja|zaktualizowano|ostatnia aktualizacja|poprawiony|poprawiono|zmodyfikowano|data modyfikacji|updated|last updated";

/// Weekdays before a stamp's date, in full and abbreviated.
const WEEKDAYS: &str =
    "poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|pon|wt|śr|czw|pt|sob|niedz|nd";

fn sel(css: &str) -> Selector {
    Selector::parse(css).expect("static selector")
}

fn meta_content(doc: &Html, css: &str) -> Option<String> {
    doc.select(&sel(css))
        .filter_map(|e| e.value().attr("content"))
        .map(str::trim)
        .find(|s| !s.is_empty())
        .map(String::from)
}

/// Reads metadata from the `<head>` and the markup; returns it with the best title.
pub fn from_html(doc: &Html) -> (Metadata, String) {
    let site_name = meta_content(doc, r#"meta[property="og:site_name"]"#);
    let page_title = element_text(doc, "title");
    let (title, title_from) = title(doc, page_title.as_deref(), site_name.as_deref());
    let (site_name, site_name_from) = match site_name {
        Some(site) => (Some(site), Some("meta[og:site_name]".to_string())),
        None => match page_title.and_then(|p| site_beside_title(&p, &title)) {
            Some(site) => (Some(site), Some("<title> beside the heading".to_string())),
            None => (None, None),
        },
    };
    let (author, author_from) = author(doc).unzip();
    let meta = Metadata {
        published: published(doc),
        title_from,
        author,
        author_from,
        site_name,
        site_name_from,
        language: doc
            .select(&sel("html"))
            .next()
            .and_then(|h| h.value().attr("lang"))
            .map(String::from),
        canonical_url: doc
            .select(&sel(r#"link[rel="canonical"]"#))
            .next()
            .and_then(|l| l.value().attr("href"))
            .map(String::from),
    };
    (meta, title)
}

/// The author: the `<meta>` tags, then byline markup (`rel="author"`, `itemprop="author"`,
/// a "byline" or Joomla's "createdby" element: "przez admin", "Napisane przez Anna Nowak"),
/// then a short labelled line in the page ("Tekst i zdjęcia: Jolanta Bąk"). With its source.
fn author(doc: &Html) -> Option<(String, String)> {
    for css in [
        r#"meta[name="author"]"#,
        r#"meta[property="article:author"]"#,
    ] {
        if let Some(a) = meta_content(doc, css).filter(|a| !is_account_name(a)) {
            return Some((a, css.to_string()));
        }
    }
    if let Some(a) = json_ld_author(doc).filter(|a| !is_account_name(a)) {
        return Some((a, "JSON-LD author".into()));
    }
    // A signature in the text names a person; the CMS byline often only the account.
    let signed = doc.tree.root().descendants().find_map(|node| {
        let text = node.value().as_text()?;
        let line = with_next_cell(node, text.trim());
        let (label, name) = row_byline(&line)?;
        Some((name, format!("text: {label}")))
    });
    if signed.is_some() {
        return signed;
    }
    // A vBulletin thread's first post names its writer in `.username`, Invision's in its
    // author pane.
    let marked = r#"[rel="author"], [itemprop="author"], .byline, .author, .createdby, .postcontainer .username, .cAuthorPane_author"#;
    doc.select(&sel(marked))
        .find_map(|e| name_after_label(&text_of(e)))
        .filter(|name| !is_account_name(name))
        .map(|name| (name, "byline markup".into()))
}

/// CMS accounts that sign for whoever wrote: "admin", "Administrator", "redakcja".
fn is_account_name(name: &str) -> bool {
    matches!(
        name.to_lowercase().as_str(),
        "admin" | "administrator" | "redakcja" | "webmaster" | "biblioteka" | "super user"
    )
}

/// Words that introduce who wrote a page, longest first.
const BYLINE_LABELS: &[&str] = &[
    // "Dodał: Krzysztof Lorens, 22.01.2015": the name before the date.
    "Dodała:",
    "Dodał:",
    "Informację wytworzył:",
    "Wytworzył:",
    "Wytworzyła:",
    "Sporządził:",
    "Sporządziła:",
    "Tekst i zdjęcia:",
    "Tekst i foto:",
    "Tekst i fot.:",
    "Opracowanie:",
    "Opracowała:",
    "Opracował:",
    "oprac.",
    "Oprac.",
    "Autorka:",
    "Autor:",
    "Tekst:",
];

/// A labelled byline as one part of a row: "16 września 2019 | Autor: Tomasz Wrona |
/// Komentarze (3)", "Opublikowano: 12.06.2015 | Autor: Anna Zając | Odsłon: 231".
pub fn row_byline(line: &str) -> Option<(&'static str, String)> {
    line.split('|')
        .find_map(|part| labelled_byline(part.trim()))
}

/// "Tekst i zdjęcia: Jolanta Bąk" → ("Tekst i zdjęcia:", "Jolanta Bąk"). A line up to 80
/// characters whose rest is a name-like run of words (a capital first, no full sentence).
pub fn labelled_byline(line: &str) -> Option<(&'static str, String)> {
    // Asked of every line: stop counting at the limit.
    if line.chars().nth(80).is_some() {
        return None;
    }
    BYLINE_LABELS.iter().find_map(|label| {
        let rest = line.strip_prefix(label)?.trim();
        // A signed stamp's date after the name ("Dodał: Jan Kot, 22.01.2015"); of these
        // labels only "Dodał(a):" opens one.
        let rest = if label.starts_with("Dodał") && signed_stamp(line).is_some() {
            rest.split_once(',').map_or(rest, |(name, _)| name.trim())
        } else {
            rest
        };
        let name_like = rest.starts_with(char::is_uppercase)
            && rest.split_whitespace().count() <= 6
            && !rest.ends_with(['.', '!', '?']);
        (name_like && !rest.is_empty()).then(|| (*label, rest.to_string()))
    })
}

/// The author who signed the text on its last line, without a label: "Zofia Mucha,
/// kierownik biblioteki", "Anna Nowak – bibliotekarka", "Jan Kot". The name is a known first
/// name and a capitalised surname or two; a sentence ending there is no signature, and
/// neither is the last name of a list ("Laureaci: … Alfred Forchel / Jan Misiewicz"): a
/// signature follows a finished sentence.
pub(super) fn closing_signature(text: &str) -> Option<String> {
    let mut lines = text.lines().rev().map(str::trim).filter(|l| !l.is_empty());
    let line = lines.next()?;
    if line.chars().count() > 80 || line.ends_with(['.', '!', '?', ':']) {
        return None;
    }
    if !lines
        .next()
        .is_some_and(|before| before.ends_with(['.', '!', '?', '"', '”', '…', ')']))
    {
        return None;
    }
    let name = line
        .split([',', '–', '—', '('])
        .next()
        .map(|n| n.split(" - ").next().unwrap_or(n).trim())?;
    let words: Vec<&str> = name.split(' ').collect();
    let capitalised = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.all(|c| c.is_lowercase() || c == '-')
            && w.chars().count() >= 2
    };
    // "Bogusława Zając": a woman's name the table reads as a man's genitive signs too.
    let given = |w: &str| {
        crate::polish::names::first_name(w)
            .is_some_and(|f| f.case == crate::polish::names::Case::Nominative)
            || crate::polish::names::is_womans_name_read_as_mans(w)
    };
    let signed =
        (2..=3).contains(&words.len()) && words.iter().all(|w| capitalised(w)) && given(words[0]);
    signed.then(|| name.to_string())
}

/// The name in a byline element: "przez admin", "Napisane przez Anna Nowak", "Autor: X",
/// "By Jane Doe", or the element's text itself when it is short.
fn name_after_label(text: &str) -> Option<String> {
    let mut rest = text.trim();
    // phpBB's "Post autor: mama_kuby » …": a link's word before the label.
    if let Some(after) = rest
        .strip_prefix("Post ")
        .filter(|r| r.get(..6).is_some_and(|l| l.eq_ignore_ascii_case("autor:")))
    {
        rest = after;
    }
    for prefix in [
        "napisane przez",
        "wpisany przez",
        "autor:",
        "autorka:",
        "przez",
        "by",
    ] {
        let Some(after) = rest
            .get(..prefix.len())
            .filter(|head| head.eq_ignore_ascii_case(prefix))
            .and_then(|_| rest.get(prefix.len()..))
        else {
            continue;
        };
        // A whole word: "Bystrzycki" does not open with "by".
        // Joomla 4 writes "Napisane przez: Anna Nowak".
        if prefix.ends_with(':') || after.starts_with([' ', '\t', '\n', ':']) {
            rest = after.trim_start_matches(':').trim();
            break;
        }
    }
    // A forum's "autor: marta_k » 3 lip 2014, o 09:14": the date after the name goes.
    if let Some((name, _)) = rest.split_once(" » ") {
        rest = name.trim();
    }
    let words = rest.split_whitespace().count();
    (words > 0 && words <= 6 && rest.chars().count() <= 60).then(|| rest.to_string())
}

fn element_text(doc: &Html, css: &str) -> Option<String> {
    doc.select(&sel(css)).map(text_of).find(|t| !t.is_empty())
}

/// An element's text, its words joined by single spaces.
fn text_of(el: scraper::ElementRef) -> String {
    super::squeeze(&el.text().collect::<Vec<_>>().join(" "))
}

/// What joins an article's title and the site's name in `<title>`.
pub(super) const TITLE_SEPARATORS: [&str; 6] = [" | ", " - ", " – ", " — ", " :: ", " » "];

/// Names of a site's sections that a `<title>` pairs with the site's name on every page of
/// a hand-made site ("Biblioteka Publiczna w Brzostku - Aktualności").
const SECTION_NAMES: &[&str] = &[
    "aktualności",
    "aktualnosci",
    "wydarzenia",
    "ogłoszenia",
    "informacje",
    "artykuły",
    "strona główna",
    "news",
    "home",
    "blog",
    "archiwum",
    "kronika",
    "konkursy",
    "komunikaty",
    "nabory",
    // A public body's bulletin: "BIP - Miejska Biblioteka Publiczna w Limanowej".
    "bip",
    "biuletyn informacji publicznej",
];

/// The source of a title taken from `<title>` itself, which the headline of the text may
/// replace ([`headline_over_section_title`]).
const FROM_TITLE_ELEMENT: &str = "<title>";

/// The text's opening line, when `<title>` gave the title but names only the site and a
/// section: pages without `<h1>` put the headline there, often in bold. A heading-like
/// line only: short, capitalised, not a sentence or a label.
pub(super) fn headline_over_section_title(
    title_from: Option<&str>,
    title: &str,
    text: &str,
) -> Option<String> {
    if title_from != Some(FROM_TITLE_ELEMENT) {
        return None;
    }
    let section = title_parts(title).any(|p| SECTION_NAMES.contains(&p.to_lowercase().as_str()))
        || names_an_institution_only(title);
    let first = text.split("\n\n").next()?.trim();
    let heading_like = !first.contains('\n')
        && (2..=20).contains(&first.split_whitespace().count())
        && first.chars().count() <= 150
        && first.starts_with(char::is_uppercase)
        && !first.ends_with(['.', ':', ';', ','])
        && date_stamp(first).is_none();
    (section && heading_like && !title.contains(first)).then(|| first.to_string())
}

/// A `<title>` that is the library's or office's name alone, as old hand-made sites print
/// on every page: "Gminna Biblioteka Publiczna w Łopusznie", "Urząd Gminy Chorkówka". It
/// opens with the kind of institution and ends with its seat's capitalised name, so an
/// event's title ("Biblioteka zaprasza na ferie") is not one.
fn names_an_institution_only(title: &str) -> bool {
    const OPENINGS: [&str; 9] = [
        "gminna biblioteka",
        "miejska biblioteka",
        "miejsko-gminna biblioteka",
        "powiatowa biblioteka",
        "biblioteka publiczna",
        "gminny ośrodek kultury",
        "miejski ośrodek kultury",
        "urząd gminy",
        "urząd miasta",
    ];
    let lower = title.trim().to_lowercase();
    let words: Vec<&str> = title.split_whitespace().collect();
    let last_capitalised = words
        .last()
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    OPENINGS.iter().any(|o| lower.starts_with(o))
        && title_parts(title).count() == 1
        && words.len() <= 12
        && last_capitalised
        && !lower.contains(['.', '!', '?', '„', '"'])
}

/// og:title, then the first `<h1>`, then a heading that `<title>` contains (hand-made
/// sites write "Gmina X - Biblioteka - Heading"), then `<title>` without the site name.
fn title(
    doc: &Html,
    page_title: Option<&str>,
    site_name: Option<&str>,
) -> (String, Option<String>) {
    if let Some(t) = meta_content(doc, r#"meta[property="og:title"]"#) {
        return (
            strip_site_name(&t, site_name),
            Some("meta[og:title]".into()),
        );
    }
    let named_heading = |site: Option<&str>| heading_named_in(doc, page_title?, site);
    // A selector list matches in document order, so the article's own <h1> is asked for
    // first: WordPress themes print the site's name as an <h1> above it.
    let first_h1 = |css: &str| {
        doc.select(&sel(css))
            .map(|e| (e, text_of(e)))
            .find(|(_, text)| !text.is_empty())
    };
    let h1 = first_h1("article h1, main h1").or_else(|| first_h1("h1"));
    if let Some((h1, text)) = h1 {
        // A forum's or portal's name as the <h1>, the topic in a lower heading that
        // <title> names: "Biblioteka w Szebniach … - Forum Gminy Jasło".
        let site_like =
            in_page_header(h1) || page_title.and_then(title_last_part) == Some(text.as_str());
        // Only a heading that is not the site's name itself replaces the <h1>: a banner's
        // "Gminna Biblioteka Publiczna w Dębowcu" above the <h1> "Noc Bibliotek" is not.
        let site = site_like.then_some(text.as_str());
        let topic = named_heading(site).filter(|(h, banner)| site_like && !banner && *h != text);
        if let Some((h, _)) = topic {
            return (h, Some("heading named in <title>".into()));
        }
        return (text, Some("<h1>".into()));
    }
    // Joomla 1.x prints the article's title in a cell (`td.contentheading`), no heading,
    // and its <title> names the section ("Aktualności - Biblioteka …"); hand-made sites
    // use a `<div class="tytul">` so.
    static HEADLINES: OnceLock<Selector> = OnceLock::new();
    let css = HEADLINES.get_or_init(|| {
        sel(&super::html::HEADLINE_CLASSES
            .map(|c| format!(".{c}"))
            .join(", "))
    });
    // Joomla's cell may carry more classes; a hand-made "tytul" must be the only one.
    let is_headline = |class: &str| {
        super::html::names_a_headline(class)
            || class.split_whitespace().any(|c| c == "contentheading")
    };
    let headline = doc
        .select(css)
        .filter(|e| e.value().attr("class").is_some_and(is_headline))
        .map(text_of)
        .find(|t| !t.is_empty());
    if let Some(t) = headline {
        return (t, Some("headline class".into()));
    }
    if let Some((h, _)) = named_heading(None) {
        return (h, Some("heading named in <title>".into()));
    }
    // og:title and an <h1> returned above: what is left is <title>, then an <h2>.
    let fallback = page_title
        .map(|t| (t.to_string(), FROM_TITLE_ELEMENT))
        .or_else(|| element_text(doc, "article h2, h2").map(|t| (t, "<h2>")));
    match fallback {
        Some((t, from)) => (strip_site_name(&t, site_name), Some(from.to_string())),
        None => (String::new(), None),
    }
}

/// The `<h2>`–`<h5>` that `<title>` names, and whether it looks like the site's name. CMS
/// templates print the site's name as a heading too, and `<title>` holds both ("Spotkanie z
/// podróżnikiem - Gminna Biblioteka Publiczna w Brzostku"), so a heading in the page's
/// header or logo, or equal to the title's last part, gives way to any other heading the
/// title names. When the site's name is known (`site`, its `<h1>`) and `<title>` holds it
/// before its last part ("BIP Gminny Ośrodek Kultury … - Sprawozdanie za 2013 rok"), that
/// last part is the page's heading, not the site.
fn heading_named_in(doc: &Html, page_title: &str, site: Option<&str>) -> Option<(String, bool)> {
    let site_first = |last: &str| site.is_some_and(|s| page_title.contains(s) && !last.contains(s));
    let last_part = title_last_part(page_title).filter(|last| !site_first(last));
    let mut found: Vec<(String, bool)> = doc
        .select(&sel("h2, h3, h4, h5"))
        .map(|e| {
            let text = text_of(e);
            let site_like = Some(text.as_str()) == last_part || in_page_header(e);
            (text, site_like)
        })
        .filter(|(h, _)| h.chars().count() >= 8 && names_heading(page_title, h))
        .collect();
    if found.iter().any(|(_, site_like)| !site_like) {
        found.retain(|(_, site_like)| !site_like);
    }
    found.into_iter().next()
}

/// `<title>` holds the heading, or one of its parts begins it: BIP systems and some CMSs
/// cut a long heading short in `<title>` ("Ogłoszenie o naborze" for "Ogłoszenie o naborze
/// na stanowisko bibliotekarza"). A part of one word is too loose to count.
fn names_heading(page_title: &str, heading: &str) -> bool {
    page_title.contains(heading)
        || title_parts(page_title).any(|part| {
            part.chars().count() >= 12
                && part.contains(' ')
                && heading.starts_with(part)
                && heading[part.len()..].starts_with(' ')
        })
}

/// `<title>` cut at every separator.
fn title_parts(page_title: &str) -> impl Iterator<Item = &str> {
    let mut parts = vec![page_title];
    for sep in TITLE_SEPARATORS {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    parts.into_iter().map(str::trim)
}

/// The shortest tail of `<title>` after a separator: where sites put their name.
fn title_last_part(page_title: &str) -> Option<&str> {
    TITLE_SEPARATORS
        .iter()
        .filter_map(|sep| page_title.rsplit_once(sep).map(|(_, tail)| tail.trim()))
        .min_by_key(|tail| tail.len())
}

/// Inside the page's header or logo (`<header>` outside an article, or a class/id such as
/// "header", "logo", "top", "banner").
fn in_page_header(el: scraper::ElementRef) -> bool {
    el.ancestors()
        .filter_map(scraper::ElementRef::wrap)
        .any(|a| {
            let e = a.value();
            let named = [e.attr("class"), e.attr("id")]
                .into_iter()
                .flatten()
                .any(|v| {
                    // phpBB's "headerbar" too.
                    v.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
                        let w = w.to_ascii_lowercase();
                        matches!(
                            w.as_str(),
                            "logo" | "top" | "banner" | "masthead" | "naglowek"
                        ) || w.starts_with("header")
                    })
                });
            named
                || (e.name() == "header"
                    && !a
                        .ancestors()
                        .filter_map(scraper::ElementRef::wrap)
                        .any(|x| x.value().name() == "article"))
        })
}

/// "Spotkanie z regionalistą - Gminna Biblioteka Publiczna w Brzostku" with the title
/// "Spotkanie z regionalistą": the rest of `<title>`, across one separator, is the site,
/// after the heading or before it (then of two words or more).
fn site_beside_title(page_title: &str, title: &str) -> Option<String> {
    let after_heading = || {
        let rest = page_title.strip_prefix(title)?;
        TITLE_SEPARATORS
            .iter()
            .find_map(|sep| rest.strip_prefix(sep))
    };
    // "Heading - Site", "Site - Heading" (Joomla 1.x), or "Site - Head…" cut short (BIP).
    // Before the heading, the site is the first part ("Gmina Jasło - Biblioteka - …": the
    // rest is a section), and a one-word part is a section more often than a site.
    let before_heading = || {
        let site = page_title
            .strip_suffix(title)
            .and_then(|rest| {
                TITLE_SEPARATORS
                    .iter()
                    .find_map(|sep| rest.strip_suffix(sep))
            })
            .or_else(|| {
                TITLE_SEPARATORS.iter().find_map(|sep| {
                    let (site, head) = page_title.split_once(sep)?;
                    names_heading(head, title).then_some(site)
                })
            })?;
        title_parts(site)
            .next()
            .filter(|site| site.split_whitespace().count() >= 2)
    };
    let site = after_heading().or_else(before_heading)?.trim();
    // "BIP Gminna Biblioteka Publiczna w Iwkowej": the bulletin is where, not who.
    let site = ["BIP ", "Biuletyn Informacji Publicznej "]
        .iter()
        .find_map(|p| site.strip_prefix(p))
        .unwrap_or(site)
        .trim_start_matches(['-', '–', ' ']);
    let words = site.split_whitespace().count();
    (!title.is_empty() && (1..=12).contains(&words)).then(|| site.to_string())
}

/// "Spotkanie autorskie | GBP Jasło" → "Spotkanie autorskie".
fn strip_site_name(title: &str, site_name: Option<&str>) -> String {
    let mut t = title.trim().to_string();
    if let Some(site) = site_name {
        for sep in TITLE_SEPARATORS {
            if let Some(stripped) = t.strip_suffix(&format!("{sep}{site}")) {
                return stripped.trim().to_string();
            }
        }
    }
    for sep in [" | ", " :: ", " » ", " – ", " — "] {
        if let Some((head, tail)) = t.rsplit_once(sep) {
            if head.chars().count() > tail.chars().count() {
                t = head.trim().to_string();
                break;
            }
        }
    }
    t
}

fn published(doc: &Html) -> Option<Sourced<Date>> {
    let metas = [
        r#"meta[property="article:published_time"]"#,
        r#"meta[itemprop="datePublished"]"#,
        r#"meta[name="date"]"#,
        r#"meta[name="dc.date"]"#,
        r#"meta[name="DC.date.issued"]"#,
        r#"meta[name="pubdate"]"#,
    ];
    for css in metas {
        if let Some(d) = meta_content(doc, css).as_deref().and_then(Date::parse_iso) {
            return Some(Sourced {
                value: d,
                from: css.to_string(),
            });
        }
    }
    if let Some(d) = json_ld_date(doc) {
        return Some(Sourced {
            value: d,
            from: "JSON-LD datePublished".into(),
        });
    }
    // `<time datetime>`, then the hAtom microformat (Blogger's posts): `<abbr
    // class="published" title="2014-10-07T…">`.
    let attributes = [
        ("time[datetime]", "datetime", "<time datetime>"),
        (".published[title]", "title", "hAtom published"),
    ];
    for (css, attribute, from) in attributes {
        let selector = sel(css);
        let mut values = doc
            .select(&selector)
            .filter_map(|e| e.value().attr(attribute));
        if let Some(d) = values.find_map(Date::parse_iso) {
            return Some(Sourced {
                value: d,
                from: from.into(),
            });
        }
    }
    stamp_in_text(doc)
        .or_else(|| dated_markup(doc))
        .or_else(|| first_post_date(doc))
}

/// A date alone in an element that CMS templates keep for the publication date: Joomla
/// 1.x's `td.createdate` ("poniedziałek, 29 września 2014 11:20"), K2's, WordPress's
/// "entry-date". The whole text must be the date (a weekday and an hour may go with it).
fn dated_markup(doc: &Html) -> Option<Sourced<Date>> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let bare = RE.get_or_init(|| stamp_regex(""));
    // A bare "date" (or Polish "data") class counts inside the article only: a sidebar's
    // calendar of events has dates too.
    let css = ".createdate, .itemDateCreated, .entry-date, .post-date, .article-date, .published, \
               .news-date, .data-publikacji, .date-header, article .date, article .data";
    doc.select(&sel(css)).take(3).find_map(|el| {
        let (value, _) = stamp(bare, &text_of(el))?;
        let class = el.value().attr("class").unwrap_or_default();
        Some(Sourced {
            value,
            from: format!("date markup (class=\"{class}\")"),
        })
    })
}

/// A forum thread is dated by its first post: phpBB prints "przez kasia » pt lip 03, 2015
/// 9:12 am" in `p.author` (older boards "Wysłany: Pią Lip 03, 2015 9:12"), the month
/// abbreviated and before the day; with the Polish language pack, the day comes first
/// ("» 6 paź 2014, o 09:12", "» pn, 6 paź 2014").
fn first_post_date(doc: &Html) -> Option<Sourced<Date>> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?:»|(?i:wysłany|napisano|dnia):)\s*(?:\p{L}{2,4},?\s+)?(?:(?P<mon>\p{L}{3,})\.?\s+(?P<day>\d{1,2}),|(?P<day2>\d{1,2})\s+(?P<mon2>\p{L}{3,})\.?,?)\s+(?P<year>\d{4})")
            .expect("static regex")
    });
    // The first author line that carries a date: a blog's byline ("author vcard") has none.
    let value = doc
        .select(&sel("p.author, .postdetails, .author, .keyinfo"))
        .take(5)
        .find_map(|el| {
            let line = text_of(el);
            let c = re.captures(&line)?;
            let (mon, day) = match (c.name("mon"), c.name("day")) {
                (Some(mon), Some(day)) => (mon, day),
                _ => (c.name("mon2")?, c.name("day2")?),
            };
            let month = crate::polish::months::month_number(mon.as_str())?;
            Date::new(c["year"].parse().ok()?, month, day.as_str().parse().ok()?)
        })
        .or_else(|| {
            // vBulletin prints the date alone in its own element: "15.03.2012, 21:14".
            doc.select(&sel(".postdetails .date, .posthead .date, .postdate"))
                .next()
                .and_then(|el| {
                    let line = text_of(el);
                    let date = line.split(',').next()?;
                    parse_date(
                        date.split_whitespace()
                            .take(3)
                            .collect::<Vec<_>>()
                            .join(" ")
                            .as_str(),
                    )
                })
        })?;
    Some(Sourced {
        value,
        from: "the first post's date (forum)".into(),
    })
}

/// A label alone in its cell ("Data publikacji:" | "30.06.2016 12:41", `<dt>`/`<dd>`):
/// the label with the text of the next cell, else the line as it is.
fn with_next_cell<'a>(node: ego_tree::NodeRef<scraper::Node>, line: &'a str) -> Cow<'a, str> {
    // Asked of every text node: only a label is copied.
    if !line.ends_with(':') || line.len() > 80 {
        return Cow::Borrowed(line);
    }
    let next = node
        .parent()
        .and_then(|p| p.next_siblings().find_map(scraper::ElementRef::wrap));
    match next {
        Some(cell) => Cow::Owned(format!("{line} {}", text_of(cell))),
        None => Cow::Borrowed(line),
    }
}

fn json_ld_date(doc: &Html) -> Option<Date> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = compiled(&RE, r#""datePublished"\s*:\s*"([^"]+)""#);
    json_ld_values(doc, re)
        .iter()
        .find_map(|v| Date::parse_iso(v))
}

/// The author's name in JSON-LD: `"author": "Anna Nowak"` or `"author": {"@type": "Person",
/// "name": "Anna Nowak"}` (also the first of a list).
fn json_ld_author(doc: &Html) -> Option<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = compiled(
        &RE,
        r#""author"\s*:\s*(?:\[\s*)?(?:"([^"]{2,80})"|\{[^{}]*?"name"\s*:\s*"([^"]{2,80})")"#,
    );
    json_ld_values(doc, re)
        .into_iter()
        .find(|name| !is_account_name(name))
}

/// The first group that matched of `re` in each JSON-LD block of the page, in order.
fn json_ld_values(doc: &Html, re: &Regex) -> Vec<String> {
    let blocks = sel(r#"script[type="application/ld+json"]"#);
    doc.select(&blocks)
        .filter_map(|s| {
            let json = s.inner_html();
            let caps = re.captures(&json)?;
            let value = caps.iter().skip(1).flatten().next()?;
            Some(value.as_str().trim().to_string())
        })
        .collect()
}

/// "Dodano: 07.10.2014" written in the page body. Only text nodes that carry a stamp
/// label are looked at, with their parent's text (the date may sit in a sibling `<span>`),
/// so this stays linear in the page size.
fn stamp_in_text(doc: &Html) -> Option<Sourced<Date>> {
    static ANY: OnceLock<Regex> = OnceLock::new();
    static SIGNED: OnceLock<Regex> = OnceLock::new();
    let any_label = compiled_from(&ANY, || {
        format!(
            "(?i){STAMP_LABELS}|{SIGNED_STAMP_LABELS}|{DRUPAL_STAMP_LABELS}|{ENTERED_STAMP_LABELS}"
        )
    });
    let signed_label = compiled_from(&SIGNED, || {
        format!("(?i){SIGNED_STAMP_LABELS}|{DRUPAL_STAMP_LABELS}")
    });
    for node in doc.tree.root().descendants() {
        let Some(text) = node.value().as_text() else {
            continue;
        };
        if text.len() > 200 {
            continue;
        }
        // One search for all the labels, not a lower-cased copy of every text node.
        if !any_label.is_match(text) {
            continue;
        }
        let signed = signed_label.is_match(text);
        let scope = node.parent().and_then(scraper::ElementRef::wrap);
        let line = match scope {
            Some(p) => p.text().collect::<Vec<_>>().join(" "),
            None => text.to_string(),
        };
        let squeezed = super::squeeze(&line);
        let line = with_next_cell(node, &squeezed);
        // A signed stamp is one line of a `<br>`-broken block: the node alone.
        let own = signed.then(|| super::squeeze(text));
        if let Some((d, label)) = date_stamp(&line).or_else(|| date_stamp(own.as_deref()?)) {
            return Some(Sourced {
                value: d,
                from: format!("text: {label}"),
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_headline_replaces_a_title_of_site_and_section() {
        let text = "Spotkanie z pisarzem\n\nW czwartek w czytelni odbędzie się spotkanie.";
        let site = "Biblioteka Publiczna w Brzostku - Aktualności";
        assert_eq!(
            headline_over_section_title(Some("<title>"), site, text).as_deref(),
            Some("Spotkanie z pisarzem")
        );
        // A <title> naming the article itself, or a first line that is a sentence, stays.
        let own = "Spotkanie z pisarzem - Biblioteka Publiczna w Brzostku";
        assert_eq!(
            headline_over_section_title(Some("<title>"), own, text),
            None
        );
        let sentence = "W czwartek w czytelni odbędzie się spotkanie z pisarzem.";
        assert_eq!(
            headline_over_section_title(Some("<title>"), site, sentence),
            None
        );
        assert_eq!(headline_over_section_title(Some("<h1>"), site, text), None);
        // An old site's <title> is the library's name alone on every page.
        let library = "Gminna Biblioteka Publiczna w Łopusznie";
        let report = "Przegląd Teatrzyków Dziecięcych 2011\n\n12 maja w sali GOK wystąpiły dzieci.";
        assert_eq!(
            headline_over_section_title(Some("<title>"), library, report).as_deref(),
            Some("Przegląd Teatrzyków Dziecięcych 2011")
        );
        let event = "Gminna Biblioteka zaprasza na ferie";
        assert_eq!(
            headline_over_section_title(Some("<title>"), event, report),
            None
        );
        // A public bulletin's page is titled by its body's name alone.
        let bip = "BIP - Miejska Biblioteka Publiczna w Limanowej";
        let notice = "Ogłoszenie o naborze na stanowisko bibliotekarza\n\nDyrektor ogłasza nabór.";
        assert_eq!(
            headline_over_section_title(Some("<title>"), bip, notice).as_deref(),
            Some("Ogłoszenie o naborze na stanowisko bibliotekarza")
        );
    }

    #[test]
    fn stamps() {
        let (d, l) = date_stamp("Dodano: 07.10.2014").unwrap();
        assert_eq!(
            (d.to_string().as_str(), l.as_str()),
            ("2014-10-07", "Dodano:")
        );
        assert!(date_stamp("Opublikowano: 3 marca 2015 r., godz. 10:15").is_some());
        assert!(date_stamp("Dodano do koszyka").is_none());
        for (line, iso) in [
            ("Opublikowano: środa, 12, marzec 2014 09:41", "2014-03-12"),
            ("Opublikowano 7 października 2014 przez admin", "2014-10-07"),
            ("Utworzono: wtorek, 07 październik 2014 10:15", "2014-10-07"),
            (
                "Utworzono: czwartek, 23 października 2014 11:05 | Wyświetleń: 348",
                "2014-10-23",
            ),
            (
                "Opublikowano: 14.11.2014 | Autor: Filia Trzcinica | Odsłon: 212",
                "2014-11-14",
            ),
            ("Data publikacji: 2014-10-07 | Autor: GBP", "2014-10-07"),
            ("Zamieszczono: 20 X 2014 r.", "2014-10-20"),
            // Who added the page, then when.
            ("Dodał: Krzysztof Lorens, 22.01.2015", "2015-01-22"),
            ("Opublikowała: admin, 3 marca 2015 r. 10:15", "2015-03-03"),
            // Drupal's, day first in Polish and month first in English.
            (
                "Opublikowane przez bibliotekarz dnia wt., 10/03/2017 - 14:22",
                "2017-03-10",
            ),
            (
                "Submitted by admin on Tue, 10/07/2014 - 12:00",
                "2014-10-07",
            ),
        ] {
            let got = date_stamp(line).map(|(d, _)| d.to_string());
            assert_eq!(got.as_deref(), Some(iso), "{line}");
        }
        // A sentence that happens to start with a label is no stamp.
        assert!(date_stamp("Dodano 12 marca 2014 nowe książki do katalogu").is_none());
        assert!(date_stamp("Opublikowano: 31, luty 2014").is_none());
        assert!(date_stamp("Dodał, że 22.01.2015 wróci do biblioteki").is_none());
        // Joomla's byline run into its weekday stamp; without the weekday, no stamp.
        let entered = date_stamp("Wpisany przez Administrator Poniedziałek, 12 maja 2014 09:15");
        assert_eq!(
            entered.map(|(d, _)| d.to_string()).as_deref(),
            Some("2014-05-12")
        );
        assert!(date_stamp("Wpisany przez Administrator 12 maja 2014").is_none());
        assert_eq!(
            labelled_byline("Dodał: Krzysztof Lorens, 22.01.2015"),
            Some(("Dodał:", "Krzysztof Lorens".to_string()))
        );
    }

    #[test]
    fn authors_from_bylines_and_labelled_lines() {
        let joomla = Html::parse_document(
            r#"<html><body><dl><dd class="createdby">Napisane przez Anna Nowak</dd></dl><p>Tekst.</p></body></html>"#,
        );
        let account = Html::parse_document(
            r#"<html><body><span class="byline">przez <a rel="author">admin</a></span></body></html>"#,
        );
        assert_eq!(from_html(&account).0.author, None);
        let forum = Html::parse_document(
            r##"<html><body><p class="author"><a href="#p1">Post</a> autor: <strong>mama_kuby</strong> » pt lip 03, 2015 9:12 am</p></body></html>"##,
        );
        assert_eq!(from_html(&forum).0.author.as_deref(), Some("mama_kuby"));
        // JSON-LD's author, a person's name as an object or as a string; not an account.
        for (json, want) in [
            (
                r#"{"author":{"@type":"Person","name":"Beata Kwolek"}}"#,
                Some("Beata Kwolek"),
            ),
            (r#"{"author": ["Jan Bąk"]}"#, Some("Jan Bąk")),
            (r#"{"author":{"name":"admin"}}"#, None),
        ] {
            let page = format!(
                r#"<html><head><script type="application/ld+json">{json}</script></head></html>"#
            );
            assert_eq!(
                from_html(&Html::parse_document(&page)).0.author.as_deref(),
                want
            );
        }
        let m = from_html(&joomla).0;
        assert_eq!(m.author.as_deref(), Some("Anna Nowak"));
        assert_eq!(m.author_from.as_deref(), Some("byline markup"));
        let signed = Html::parse_document(
            "<html><body><p>Spotkanie było udane.</p><p>Tekst i zdjęcia: Jolanta Bąk</p></body></html>",
        );
        let m = from_html(&signed).0;
        assert_eq!(m.author.as_deref(), Some("Jolanta Bąk"));
        assert_eq!(m.author_from.as_deref(), Some("text: Tekst i zdjęcia:"));
        // A sentence that opens with a label is no byline.
        assert!(
            labelled_byline("Tekst: czytaj uważnie, bo to ważne zdanie o wszystkim.").is_none()
        );
        // A forum post's author line, with its date; a name that opens like a label word.
        assert_eq!(
            name_after_label("autor: marta_k » 3 lip 2014, o 09:14").as_deref(),
            Some("marta_k")
        );
        assert_eq!(
            name_after_label("Bystrzycki Adam").as_deref(),
            Some("Bystrzycki Adam")
        );
        // A letter of two bytes where a label's end would be.
        assert_eq!(name_after_label("Гость").as_deref(), Some("Гость"));
    }

    #[test]
    fn a_blogger_post_is_dated_by_its_microformat_or_its_date_header() {
        let post = |footer: &str| {
            Html::parse_document(&format!(
                "<html><body><h2 class=\"date-header\"><span>wtorek, 7 października 2014</span></h2>\
                 <div class=\"post-body\">Dnia 3 października br. odbyło się spotkanie.</div>\
                 <div class=\"post-footer\">{footer}</div></body></html>"
            ))
        };
        let stamped = post(
            "Opublikowane przez Biblioteka o <abbr class=\"published\" \
                            title=\"2014-10-08T12:30:00+02:00\">12:30</abbr>",
        );
        let published = from_html(&stamped)
            .0
            .published
            .expect("the microformat's date");
        assert_eq!(published.value.to_string(), "2014-10-08");
        assert_eq!(published.from, "hAtom published");
        let headed = from_html(&post("")).0.published.expect("the date header");
        assert_eq!(headed.value.to_string(), "2014-10-07");
    }

    #[test]
    fn a_bip_record_card_gives_the_date_and_author_cell_by_cell() {
        let doc = Html::parse_document(
            "<html><body><p>Ogłoszenie o naborze.</p><table>\
             <tr><td>Wytworzył:</td><td>Zofia Janusz</td><td>Data wytworzenia:</td><td>29.06.2016</td></tr>\
             <tr><td>Opublikował:</td><td>admin</td><td>Data publikacji:</td><td>30.06.2016 12:41</td></tr>\
             </table></body></html>",
        );
        let m = from_html(&doc).0;
        let published = m.published.expect("the card's publication date");
        assert_eq!(published.value.to_string(), "2016-06-30");
        assert_eq!(published.from, "text: Data publikacji:");
        assert_eq!(m.author.as_deref(), Some("Zofia Janusz"));
        assert_eq!(m.author_from.as_deref(), Some("text: Wytworzył:"));
        // Other cards say "Data udostępnienia" (made public) for the same date.
        let doc = Html::parse_document(
            "<html><body><p>Sprawozdanie.</p><table>\
             <tr><td>Data wytworzenia:</td><td>2014-02-28</td></tr>\
             <tr><td>Data udostępnienia:</td><td>2014-03-03 10:15:22</td></tr>\
             </table></body></html>",
        );
        let published = from_html(&doc).0.published.expect("the date made public");
        assert_eq!(published.value.to_string(), "2014-03-03");
    }

    #[test]
    fn a_date_class_in_the_article_dates_it_but_not_in_a_sidebar() {
        let page = |sidebar: &str, article_date: &str| {
            Html::parse_document(&format!(
                "<html><body><aside>{sidebar}</aside><article><h1>Konkurs</h1>\
                 {article_date}<p>Tekst.</p></article></body></html>"
            ))
        };
        let doc = page("", "<div class=\"date\">12 marca 2018</div>");
        let published = from_html(&doc).0.published.expect("the article's date");
        assert_eq!(published.value.to_string(), "2018-03-12");
        let doc = page("<span class=\"date\">20 marca 2018</span>", "");
        assert!(from_html(&doc).0.published.is_none());
    }

    #[test]
    fn joomla_one_gives_its_title_and_date_in_cells() {
        let doc = Html::parse_document(
            "<html><head><title>Aktualności - Biblioteka w Kołaczycach</title></head><body>\
             <div class=\"componentheading\">Aktualności</div><table class=\"contentpaneopen\">\
             <tr><td class=\"contentheading\">Dzień Głośnego Czytania</td></tr>\
             <tr><td class=\"createdate\">poniedziałek, 29 września 2014 11:20</td></tr>\
             <tr><td><p>Tekst.</p></td></tr></table></body></html>",
        );
        let (m, title) = from_html(&doc);
        assert_eq!(title, "Dzień Głośnego Czytania");
        let published = m.published.expect("the createdate cell");
        assert_eq!(published.value.to_string(), "2014-09-29");
        assert_eq!(published.from, "date markup (class=\"createdate\")");
        // A date class holding more than a date is no stamp.
        let event = Html::parse_document(
            "<html><body><p class=\"published\">Wystawa czynna do 29 września 2014 r.</p></body></html>",
        );
        assert!(from_html(&event).0.published.is_none());
    }

    #[test]
    fn a_hand_made_page_gives_its_headline_class_and_a_signed_stamp() {
        let doc = Html::parse_document(
            "<html><head><title>Gminna Biblioteka Publiczna w Chorkówce</title></head><body>\
             <div class=\"top\">Gminna Biblioteka Publiczna w Chorkówce</div>\
             <div class=\"tytul\">Dzień Babci i Dziadka w Zręcinie</div>\
             <div class=\"text\">W filii odbyła się uroczystość.<br><br>\
             Dodał: Krzysztof Lorens, 22.01.2015<br></div></body></html>",
        );
        let (m, title) = from_html(&doc);
        assert_eq!(title, "Dzień Babci i Dziadka w Zręcinie");
        assert_eq!(m.published.unwrap().value.to_string(), "2015-01-22");
        assert_eq!(m.author.as_deref(), Some("Krzysztof Lorens"));
    }

    #[test]
    fn a_vbulletin_thread_is_dated_and_signed_by_its_first_post() {
        let doc = Html::parse_document(
            "<html><head><title>Historia biblioteki - Forum</title></head><body>\
             <h1 class=\"threadtitle\">Historia biblioteki</h1><ol id=\"posts\">\
             <li class=\"postcontainer\"><a class=\"username\">jan_z_osieka</a>\
             <div class=\"postdetails\"><span class=\"date\">15.03.2012, 21:14</span>\
             <blockquote class=\"postcontent\">Kiedy powstała biblioteka?</blockquote></div></li>\
             <li class=\"postcontainer\"><a class=\"username\">Halina K.</a>\
             <div class=\"postdetails\"><span class=\"date\">16.03.2012, 08:02</span>\
             <blockquote class=\"postcontent\">W 1949 roku.</blockquote></div></li></ol></body></html>",
        );
        let (m, _) = from_html(&doc);
        assert_eq!(m.published.unwrap().value.to_string(), "2012-03-15");
        assert_eq!(m.author.as_deref(), Some("jan_z_osieka"));
    }

    #[test]
    fn an_smf_thread_is_titled_by_its_topic_and_dated_by_its_first_post() {
        let doc = Html::parse_document(
            "<html><head><title>Biblioteka w Szebniach - godziny - Forum Gminy Jasło</title></head>\
             <body><div id=\"header\"><h1>Forum Gminy Jasło</h1></div>\
             <div class=\"keyinfo\"><h5>Biblioteka w Szebniach - godziny</h5><div class=\"smalltext\">\
             « <strong>dnia:</strong> Października 03, 2014, 19:42:11 »</div></div>\
             <div class=\"post\">Czy ktoś wie, kiedy filia jest otwarta?</div></body></html>",
        );
        let (m, title) = from_html(&doc);
        assert_eq!(title, "Biblioteka w Szebniach - godziny");
        let published = m.published.expect("the first post's date");
        assert_eq!(published.value.to_string(), "2014-10-03");
    }

    #[test]
    fn a_name_on_the_last_line_signs_the_text() {
        let signed = |last: &str| closing_signature(&format!("Zapraszamy.\n\n{last}\n"));
        assert_eq!(
            signed("Zofia Mucha, kierownik biblioteki").as_deref(),
            Some("Zofia Mucha")
        );
        assert_eq!(
            signed("Anna Nowak – bibliotekarka").as_deref(),
            Some("Anna Nowak")
        );
        assert_eq!(signed("Jan Maria Kot").as_deref(), Some("Jan Maria Kot"));
        assert_eq!(
            signed("Bogusława Zając").as_deref(),
            Some("Bogusława Zając")
        );
        // Sentences, headings and names in other cases are no signature.
        assert_eq!(signed("Zapraszamy serdecznie wszystkich"), None);
        assert_eq!(signed("Anna Nowak zaprasza."), None);
        assert_eq!(signed("Galeria Zdjęć"), None);
        assert_eq!(signed("Z Anną Nowak"), None);
        assert_eq!(signed("Podziękowania dla Anny Nowak"), None);
        let list = "Laureaci\n2010\nAlfred Forchel\nJan Misiewicz";
        assert_eq!(closing_signature(list), None);
    }

    #[test]
    fn an_author_in_a_row_of_stamp_byline_and_counter() {
        let doc = Html::parse_document(
            "<html><body><div class=\"meta\">16 września 2019, 10:24 | Autor: Tomasz Wrona | \
             <a href=\"#k\">Komentarze (3)</a></div><p>Tekst.</p></body></html>",
        );
        let m = from_html(&doc).0;
        assert_eq!(m.author.as_deref(), Some("Tomasz Wrona"));
        assert_eq!(m.author_from.as_deref(), Some("text: Autor:"));
    }

    #[test]
    fn a_forum_thread_is_dated_by_its_first_post() {
        let doc = Html::parse_document(
            r#"<html><body><span class="author vcard">Jan Kot</span>
            <p class="author">przez <strong>kasia</strong> » pt lip 03, 2015 9:12 am</p>
            <p class="author">przez <strong>gbp</strong> » sob lip 04, 2015 8:01 am</p>
            </body></html>"#,
        );
        let published = from_html(&doc).0.published.expect("dated");
        assert_eq!(published.value.to_string(), "2015-07-03");
        assert!(published.from.contains("forum"));
        // The Polish language pack writes the day first.
        for line in [
            "6 paź 2014, o 09:12",
            "pn, 6 paź 2014, 09:12",
            "06 października 2014",
        ] {
            let doc = Html::parse_document(&format!(
                r#"<p class="author">przez <strong>ewa</strong> » {line}</p>"#
            ));
            let published = from_html(&doc).0.published.expect(line);
            assert_eq!(published.value.to_string(), "2014-10-06", "{line}");
        }
    }

    #[test]
    fn the_articles_h1_wins_over_the_sites_h1_above_it() {
        let doc = Html::parse_document(
            r#"<html><head><title>Narodowe Czytanie | MBP w Bieczu</title></head><body>
            <header><h1 class="site-title">MBP w Bieczu</h1></header>
            <article><h1 class="entry-title">Narodowe Czytanie</h1><p>Tekst.</p></article>
            </body></html>"#,
        );
        let (meta, title) = from_html(&doc);
        assert_eq!(title, "Narodowe Czytanie");
        assert_eq!(meta.title_from.as_deref(), Some("<h1>"));
    }

    #[test]
    fn a_forum_name_as_the_h1_gives_way_to_the_topic() {
        let doc = Html::parse_document(
            r#"<html><head><title>Godziny otwarcia w wakacje? - Forum Gminy Jasło</title></head>
            <body><div class="headerbar"><h1>Forum Gminy Jasło</h1></div>
            <h2 class="topic-title"><a href="/t">Godziny otwarcia w wakacje?</a></h2>
            <div class="content">Czy ktoś wie?</div></body></html>"#,
        );
        let (meta, title) = from_html(&doc);
        assert_eq!(title, "Godziny otwarcia w wakacje?");
        assert_eq!(meta.site_name.as_deref(), Some("Forum Gminy Jasło"));
        // An article's own <h1> stays the title, whatever else <title> names.
        let doc = Html::parse_document(
            "<html><head><title>Noc Bibliotek - GBP</title></head><body><h1>Noc Bibliotek</h1>\
             <h2>Program</h2></body></html>",
        );
        assert_eq!(from_html(&doc).1, "Noc Bibliotek");
    }

    #[test]
    fn a_site_named_first_in_title_leaves_the_last_part_to_the_page() {
        // A BIP page: the office's name is the header's <h1> and opens <title>; the last
        // part of <title> is the document's heading, not the site.
        let doc = Html::parse_document(
            r#"<html><head><title>BIP GOK w Wielopolu - Sprawozdanie za 2013 rok</title></head>
            <body><div id="bip-header"><h1>GOK w Wielopolu</h1></div>
            <td id="content"><h2>Sprawozdanie za 2013 rok</h2><p>Tekst.</p></td></body></html>"#,
        );
        assert_eq!(from_html(&doc).1, "Sprawozdanie za 2013 rok");
        // phpBB's forum name stands in a "headerbar", its topic repeats " - " of its own.
        let doc = Html::parse_document(
            r#"<html><head><title>Forum Ziemi Sądeckiej • Zobacz wątek - Stara biblioteka - kto pamięta?</title></head>
            <body><div class="headerbar"><h1>Forum Ziemi Sądeckiej</h1></div>
            <h2><a href="/t">Stara biblioteka - kto pamięta?</a></h2><div class="content">Szukam zdjęć.</div>
            </body></html>"#,
        );
        assert_eq!(from_html(&doc).1, "Stara biblioteka - kto pamięta?");
    }

    #[test]
    fn an_account_in_the_author_meta_gives_way_to_the_byline() {
        let doc = Html::parse_document(
            r#"<html><head><meta name="author" content="Biblioteka"></head><body><article>
            <dd class="createdby">Napisane przez: <span>Agnieszka Mróz</span></dd><p>Tekst.</p>
            </article></body></html>"#,
        );
        assert_eq!(from_html(&doc).0.author.as_deref(), Some("Agnieszka Mróz"));
    }

    #[test]
    fn a_writers_name_and_a_date_make_a_stamp() {
        let date = |line: &str| date_stamp(line).map(|(d, _)| d.to_string());
        assert_eq!(
            date("Tomasz Pawlik 20 listopada 2017, 6:45").as_deref(),
            Some("2017-11-20")
        );
        assert_eq!(date("Anna Kot | 03.05.2016").as_deref(), Some("2016-05-03"));
        // No given name first: an event's heading, not a byline.
        assert_eq!(date("Noc Bibliotek 6 czerwca 2015"), None);
        assert_eq!(date("Tomasz Pawlik pisze 20 listopada 2017"), None);
    }

    #[test]
    fn the_site_is_read_on_either_side_of_the_heading_in_title() {
        let site = |page: &str, heading: &str| site_beside_title(page, heading);
        assert_eq!(
            site(
                "GBP w Skołyszynie - Spotkanie z poetką",
                "Spotkanie z poetką"
            )
            .as_deref(),
            Some("GBP w Skołyszynie")
        );
        assert_eq!(
            site(
                "BIP GBP w Szebniach - Ogłoszenie o naborze",
                "Ogłoszenie o naborze na stanowisko"
            )
            .as_deref(),
            Some("GBP w Szebniach")
        );
        assert_eq!(
            site("Aktualności - Spotkanie z poetką", "Spotkanie z poetką"),
            None
        );
        assert_eq!(
            site("Gmina Jasło - Biblioteka - Dzień Matki", "Dzień Matki").as_deref(),
            Some("Gmina Jasło")
        );
    }

    #[test]
    fn site_heading_gives_way_to_the_article_heading() {
        let doc = Html::parse_document(
            r#"<html><head><title>Spotkanie z podróżnikiem - Gminna Biblioteka Publiczna w Brzostku</title></head>
            <body><div id="header"><h2>Gminna Biblioteka Publiczna w Brzostku</h2></div>
            <div class="item-page"><h2><a href="/a">Spotkanie z podróżnikiem</a></h2><p>Tekst.</p></div></body></html>"#,
        );
        let (meta, title) = from_html(&doc);
        assert_eq!(title, "Spotkanie z podróżnikiem");
        assert_eq!(
            meta.site_name.as_deref(),
            Some("Gminna Biblioteka Publiczna w Brzostku")
        );
        assert_eq!(
            meta.site_name_from.as_deref(),
            Some("<title> beside the heading")
        );
        // A BIP page's <title> cuts the heading short, the office's name is the <h1>.
        let doc = Html::parse_document(
            r#"<html><head><title>BIP GBP w Szebniach - Ogłoszenie o naborze</title></head>
            <body><header><h1>GBP w Szebniach</h1></header><main><article>
            <h2>Ogłoszenie o naborze na stanowisko bibliotekarza</h2><p>Tekst.</p>
            <h3>Ogłoszenie o naborze</h3></article></main></body></html>"#,
        );
        assert_eq!(
            from_html(&doc).1,
            "Ogłoszenie o naborze na stanowisko bibliotekarza"
        );
        // A part of one word names no heading that only begins with it.
        assert!(!names_heading("Aktualności - GBP", "Aktualności z filii"));
        assert!(!names_heading(
            "Ogłoszenie o naborze - GBP",
            "Ogłoszenie o naborzeX"
        ));
        // The site's name in the banner, first in <title>, does not replace the <h1> that
        // ends <title>.
        let doc = Html::parse_document(
            r#"<html><head><title>GBP w Dębowcu - Aktualności - Noc Bibliotek</title></head>
            <body><div id="naglowek"><h2>GBP w Dębowcu</h2></div>
            <h1>Noc Bibliotek</h1><p>Tekst.</p></body></html>"#,
        );
        assert_eq!(from_html(&doc).1, "Noc Bibliotek");
        // With no other heading named, the only one is still taken.
        let doc = Html::parse_document(
            r#"<html><head><title>Aktualności - GBP Brzostek</title></head>
            <body><div id="top"><h2>Aktualności</h2></div><p>Tekst.</p></body></html>"#,
        );
        assert_eq!(from_html(&doc).1, "Aktualności");
    }

    #[test]
    fn head_metadata() {
        let doc = Html::parse_document(
            r#"<html lang="pl"><head><title>Noc Bibliotek | GBP Jasło</title>
            <meta property="og:site_name" content="GBP Jasło">
            <meta property="article:published_time" content="2015-06-05T09:00:00+02:00">
            <link rel="canonical" href="https://example.org/noc"></head><body><p>x</p></body></html>"#,
        );
        let (m, title) = from_html(&doc);
        assert_eq!(title, "Noc Bibliotek");
        assert_eq!(m.published.unwrap().value.to_string(), "2015-06-05");
        assert_eq!(m.language.as_deref(), Some("pl"));
        assert_eq!(m.canonical_url.as_deref(), Some("https://example.org/noc"));
    }
}
