//! Cleaning of plain-text dumps (a crawler's "save as text"): drop widget and cookie
//! lines, read the "Dodano:" stamp, keep everything else as written. Only layout goes: a
//! text browser's link numbers and reference list, and the line breaks of a dump wrapped
//! at a fixed width (a paragraph becomes one line, so names split across lines are found).

use super::boilerplate::{is_boilerplate_line, is_related_heading};
use super::metadata::{date_stamp, labelled_byline, row_byline, update_stamp, weekday_stamp};
use crate::calendar::Date;
use crate::record::{Metadata, Sourced};
use crate::static_regex::compiled;
use regex::Regex;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

pub struct CleanText {
    pub title: String,
    pub text: String,
    pub metadata: Metadata,
}

pub fn clean(content: &str) -> CleanText {
    let mut metadata = Metadata::default();
    let mut kept: Vec<&str> = Vec::new();
    // No-break spaces are layout, not meaning; plain spaces keep matching simple.
    let content = content.replace('\u{a0}', " ");
    let content = without_link_numbers(&content).unwrap_or(content);
    let lines: Vec<&str> = content.lines().collect();
    // Each line's stamp is read once: the page's start is found by it, and stamps leave the text.
    let mut stamps: Vec<Option<(Date, String)>> = lines.iter().map(|l| date_stamp(l)).collect();
    if stamps.iter().all(Option::is_none) {
        if let Some((i, date)) = header_weekday_stamp(&lines) {
            stamps[i] = Some((date, "weekday, date and time".into()));
        }
    }
    let (start, heading) = page_start(&lines, &stamps);
    let end = page_end(&lines, start, heading.is_some());
    let mut updated: Option<(Date, String)> = None;
    // A line of a record card or of stamps: what a signature among them belongs to.
    let card_line = |i: usize| stamps[i].is_some() || is_boilerplate_line(lines[i]);
    for (i, (&line, stamp)) in lines.iter().zip(&stamps).enumerate().take(end).skip(start) {
        if let Some((date, label)) = stamp.clone() {
            if metadata.published.is_none() {
                metadata.published = Some(Sourced {
                    value: date,
                    from: format!("text: {label}"),
                });
            }
            // "Opublikowano: 12.06.2015 | Autor: Anna Zając | Odsłon: 231": a part names the
            // author.
            if let (None, Some((label, name))) = (&metadata.author, row_byline(line)) {
                metadata.author = Some(name);
                metadata.author_from = Some(format!("text: {label}"));
            }
            continue;
        }
        if let Some(update) = update_stamp(line) {
            updated.get_or_insert(update);
            continue;
        }
        // A signature names the author, and stays in the text unless it is a line of a BIP
        // record card saved as text ("Sporządził: …" beside "Data wytworzenia: …").
        let byline = labelled_byline(line.trim());
        if let Some((label, name)) = &byline {
            if metadata.author.is_none() {
                metadata.author = Some(name.clone());
                metadata.author_from = Some(format!("text: {label}"));
            }
        }
        let on_a_card = || {
            let before = (start..i).rev().find(|&j| !lines[j].trim().is_empty());
            let after = (i + 1..end).find(|&j| !lines[j].trim().is_empty());
            before.into_iter().chain(after).any(card_line)
        };
        if is_boilerplate_line(line) && (byline.is_none() || on_a_card()) {
            continue;
        }
        kept.push(line.trim_end());
    }
    if let (None, Some((date, label))) = (&metadata.published, updated) {
        metadata.published = Some(Sourced {
            value: date,
            from: format!("text: {label} (the date of an update; no publication stamp)"),
        });
    }
    drop_lead_opening_next_line(&mut kept);
    let mut paragraphs = split_paragraphs(&kept);
    if is_hard_wrapped(&kept) {
        paragraphs = paragraphs.iter().map(|p| unwrapped(p)).collect();
    }
    let paragraphs = drop_repeated_lead(paragraphs);
    let text = repair_glued_sentences(&paragraphs.join("\n\n"));
    let title = match heading {
        Some(h) => {
            metadata.title_from = Some("line above the date stamp".into());
            lines[h].trim().to_string()
        }
        None => title_of(&paragraphs),
    };
    if metadata.title_from.is_none() && !title.is_empty() {
        metadata.title_from = Some("first line".into());
    }
    CleanText {
        title,
        text,
        metadata,
    }
}

/// Where the page's own text starts, and its heading: a dump opens with the site's name,
/// menu and breadcrumb ("Jesteś tutaj: Strona główna » Aktualności"), then the title and
/// the "Dodano:" stamp. The line above the stamp is the title; the short lines before it
/// are the site's header, dropped only when none of them reads as a sentence.
fn page_start(lines: &[&str], stamps: &[Option<(Date, String)>]) -> (usize, Option<usize>) {
    let Some(stamp) = stamps.iter().position(Option::is_some) else {
        return (0, None);
    };
    let heading = (0..stamp)
        .rev()
        .find(|&i| !lines[i].trim().is_empty() && !is_boilerplate_line(lines[i]))
        .filter(|&i| lines[i].trim().chars().count() <= 200);
    let Some(h) = heading else {
        return (0, None);
    };
    // "Szukaj..." is a widget, not a sentence: a sentence has three words or more.
    let header_only = lines[..h].iter().all(|l| {
        let l = l.trim();
        l.chars().count() <= 100
            && !(l.ends_with(['.', '!', '?']) && l.split_whitespace().count() >= 3)
    });
    if header_only {
        (h, Some(h))
    } else {
        (0, None)
    }
}

/// A dump without a labelled stamp may open with Joomla's "piątek, 14 marca 2014 13:05"
/// under the title: such a line among the short lines of the header, and the only one in
/// the dump (a programme of events prints each event's date so).
fn header_weekday_stamp(lines: &[&str]) -> Option<(usize, Date)> {
    let found = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .take(15)
        .take_while(|(_, l)| l.trim().chars().count() <= 100)
        .find_map(|(i, l)| weekday_stamp(l).map(|d| (i, d)))?;
    let others = lines[found.0 + 1..]
        .iter()
        .any(|l| weekday_stamp(l).is_some());
    (!others).then_some(found)
}

/// Where the page's own text ends: a footer ("Copyright ©", "Projekt i wykonanie:") after
/// the last sentence, or on a page-shaped dump (title and stamp found) a list of other
/// pages ("Czytaj także:"), when only short lines follow it. A text with no stamp keeps
/// its "Zobacz też" list: news corpora annotate the names in it.
fn page_end(lines: &[&str], start: usize, page_shaped: bool) -> usize {
    let sentence = |l: &str| {
        let l = l.trim();
        l.chars().count() > 100 || (l.ends_with(['.', '!', '?']) && l.split(' ').count() >= 4)
    };
    // "© 2014 GBP Jasło. Wszelkie prawa zastrzeżone." reads as a sentence but is the footer.
    let Some(last) = (start..lines.len())
        .rev()
        .find(|&i| sentence(lines[i]) && !is_footer_line(&lines[i].trim().to_lowercase()))
    else {
        return lines.len();
    };
    let footer = (last + 1..lines.len()).find(|&i| {
        let l = lines[i].trim();
        (page_shaped && is_related_heading(l)) || is_footer_line(&l.to_lowercase())
    });
    match footer {
        Some(f)
            if lines[f..]
                .iter()
                .all(|l| !sentence(l) || is_footer_line(&l.to_lowercase())) =>
        {
            f
        }
        _ => lines.len(),
    }
}

fn is_footer_line(lower: &str) -> bool {
    let credits = [
        "copyright",
        "©",
        "wszelkie prawa zastrzeżone",
        "projekt i wykonanie",
        "realizacja strony",
    ]
    .iter()
    .any(|w| lower.contains(w));
    (credits || is_contact_line(lower)) && lower.chars().count() <= 200
}

/// The site's address card: "tel. 13 446 90 00", "e-mail: …", "Szebnie 250, 38-200 Jasło"
/// (a short line with a postal code).
fn is_contact_line(lower: &str) -> bool {
    const OPENERS: [&str; 8] = [
        "tel.", "tel:", "tel ", "fax", "e-mail:", "email:", "nip", "regon",
    ];
    let postal = lower
        .split(|c: char| !(c.is_ascii_digit() || c == '-'))
        .any(crate::polish::is_postal_code);
    OPENERS.iter().any(|o| lower.starts_with(o))
        || (postal && lower.split_whitespace().count() <= 8)
}

/// Text browsers' dumps (lynx, w3m) number every link ("[12]Aktualności") and list the
/// addresses under "References" at the end. The numbers and the list go, and a row made
/// only of short links ("[10]Powrót [11]Drukuj", "* [3]Strona główna") is navigation.
/// `None` for a text with fewer than three such numbers: brackets in prose stay, and a
/// citation ("urządzenia [78].") is followed by no word.
fn without_link_numbers(content: &str) -> Option<String> {
    static MARKER: OnceLock<Regex> = OnceLock::new();
    static LINK_ROW: OnceLock<Regex> = OnceLock::new();
    static REFERENCE: OnceLock<Regex> = OnceLock::new();
    let marker = compiled(&MARKER, r"\[\d{1,4}\](\w)");
    let link_row = compiled(
        &LINK_ROW,
        r"^\s*(?:[*+o•-]\s+)?(?:\[\d{1,4}\][^\[\s][^\[]{0,40})+$",
    );
    let reference = compiled(&REFERENCE, r"^\s*\d{1,4}\. \S+:\S*$");
    marker.find_iter(content).nth(2)?;
    let mut out = String::with_capacity(content.len());
    let lines: Vec<&str> = content.lines().collect();
    let listed = |l: &&str| l.trim().is_empty() || reference.is_match(l);
    for (i, line) in lines.iter().enumerate() {
        if line.trim() == "References" && lines[i + 1..].iter().all(listed) {
            break;
        }
        let short_links = link_row.is_match(line)
            && line
                .split('[')
                .skip(1)
                .all(|piece| piece.split_whitespace().count() <= 4);
        if !short_links {
            out.push_str(&marker.replace_all(line, "$1"));
        }
        out.push('\n');
    }
    Some(out)
}

/// A dump wrapped at a fixed width (a text browser's, an e-mail's): no line is longer than
/// a hundred characters, the lines a paragraph goes on after are nearly as long as the
/// longest (four in five), and at least three go on mid-sentence (the next line opens in
/// lower case). One paragraph per line, as most dumps write, is not wrapped; nor is a
/// transcript, whose turns run short and long.
fn is_hard_wrapped(lines: &[&str]) -> bool {
    let lens: Vec<usize> = lines.iter().map(|l| l.trim().chars().count()).collect();
    let width = lens.iter().copied().max().unwrap_or(0);
    if !(60..=100).contains(&width) {
        return false;
    }
    // Of the lines followed by another line of their paragraph: how many, how many are
    // nearly full, and after how many of those the next line opens in lower case.
    let (mut inner, mut full, mut runs_on) = (0, 0, 0);
    for (k, next) in lines.iter().enumerate().skip(1) {
        if lens[k] == 0 || lens[k - 1] == 0 {
            continue;
        }
        inner += 1;
        if lens[k - 1] + 25 >= width {
            full += 1;
            runs_on += usize::from(next.trim_start().starts_with(char::is_lowercase));
        }
    }
    runs_on >= 3 && full * 5 >= inner * 4
}

/// A wrapped paragraph as one line. A list item, or a line after a short one (an address,
/// a heading), starts a line of its own still. A word the wrap hyphenated is whole again
/// ("biblio-⏎teki" → "biblioteki"; "Kowalska-⏎Nowak", a capital after the hyphen, keeps it).
fn unwrapped(paragraph: &str) -> String {
    let mut out = String::with_capacity(paragraph.len());
    let mut previous = 0;
    for line in paragraph.lines() {
        let line = line.trim();
        let item = line.starts_with(['*', '-', '•', '–']) || line.starts_with(char::is_numeric);
        if !out.is_empty() {
            let runs_on = previous >= 45 && !item;
            let hyphen = out.ends_with('-') && out[..out.len() - 1].ends_with(char::is_alphabetic);
            match (runs_on, hyphen) {
                (true, true) if line.starts_with(char::is_lowercase) => {
                    out.pop();
                }
                (true, true) => {}
                (true, false) => out.push(' '),
                (false, _) => out.push('\n'),
            }
        }
        out.push_str(line);
        previous = line.chars().count();
    }
    out
}

/// Paragraphs are runs of non-empty lines; blank lines separate them.
fn split_paragraphs(lines: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in lines {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(current.join("\n"));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        out.push(current.join("\n"));
    }
    out
}

/// A lead on its own line right above the body's first line, which opens with it again
/// (no blank line between, so one paragraph to [`drop_repeated_lead`]): keep it once.
fn drop_lead_opening_next_line(lines: &mut Vec<&str>) {
    let keep: Vec<bool> = (0..lines.len())
        .map(|i| {
            !lines
                .get(i + 1)
                .is_some_and(|next| super::opens_with_lead(lines[i], next))
        })
        .collect();
    let mut keep = keep.into_iter();
    lines.retain(|_| keep.next().unwrap_or(true));
}

/// Sites print the lead paragraph above the body and again inside it; keep it once.
fn drop_repeated_lead(paragraphs: Vec<String>) -> Vec<String> {
    let n = paragraphs.len();
    let mut keep = vec![true; n];
    // Each paragraph is squeezed once, not once per earlier paragraph compared with it.
    let squeezed: Vec<String> = paragraphs.iter().map(|p| super::squeeze(p)).collect();
    // A paragraph that contains a lead contains each of the lead's inner words as a whole
    // word: only paragraphs holding the lead's rarest inner word are searched, so a dump
    // of thousands of paragraphs is not compared pair by pair.
    let mut holding: HashMap<&str, Vec<usize>> = HashMap::new();
    for (j, p) in squeezed.iter().enumerate() {
        for w in p.split(' ').collect::<HashSet<_>>() {
            holding.entry(w).or_default().push(j);
        }
    }
    for i in 0..n {
        if paragraphs[i].trim().chars().count() < 40 {
            continue;
        }
        let lead = &squeezed[i];
        let words: Vec<&str> = lead.split(' ').collect();
        let inner = words.get(1..words.len().saturating_sub(1)).unwrap_or(&[]);
        let candidates: Vec<usize> = match inner.iter().min_by_key(|w| holding[**w].len()) {
            Some(w) => holding[*w].iter().copied().filter(|&j| j > i).collect(),
            None => (i + 1..n).collect(),
        };
        if candidates.into_iter().any(|j| {
            let later = &squeezed[j];
            later.len() > lead.len() && later.contains(lead.as_str())
        }) {
            keep[i] = false;
        }
    }
    paragraphs
        .into_iter()
        .zip(keep)
        .filter_map(|(p, k)| k.then_some(p))
        .collect()
}

/// "w Polsce.3 października" → "w Polsce. 3 października": scrapers glue sentences
/// when they drop tags. Only a space is inserted, so offsets stay easy to follow. A digit
/// after the dot only counts after a letter: "14.00 w czytelni" is a time, not two sentences.
fn repair_glued_sentences(text: &str) -> String {
    static RES: OnceLock<(Regex, Regex)> = OnceLock::new();
    let (after_letter, after_digit) = RES.get_or_init(|| {
        (
            Regex::new(r"(\p{L})\.(\p{Lu}\p{Ll}|\d{1,2} \p{Ll})").expect("static regex"),
            Regex::new(r"(\d)\.(\p{Lu}\p{Ll})").expect("static regex"),
        )
    });
    let once = after_letter.replace_all(text, |c: &regex::Captures| {
        let (whole, letter) = (&c[0], c.get(1).map_or(0, |m| m.start()));
        // A lone letter before the dot is an initial ("T.Love", "J.Kowalski"), unless an
        // abbreviation's dot precedes it ("ub.r.Dziękujemy").
        let initial = text[..letter]
            .chars()
            .next_back()
            .is_none_or(|p| !p.is_alphanumeric() && p != '.');
        if initial {
            whole.to_string()
        } else {
            format!("{}. {}", &c[1], &c[2])
        }
    });
    after_digit.replace_all(&once, "$1. $2").into_owned()
}

/// The first paragraph's first line, when it is short enough to be a heading.
fn title_of(paragraphs: &[String]) -> String {
    let first = paragraphs
        .first()
        .and_then(|p| p.lines().next())
        .unwrap_or("")
        .trim();
    if first.chars().count() <= 200 {
        first.to_string()
    } else {
        first.chars().take(120).collect::<String>() + "…"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED_LIKE: &str = "Tytuł ogłoszenia o spotkaniu\n\nDodano: 07.10.2014\nA A A\n\
        Lead zdania o spotkaniu bibliotekarzy w czytelni GBP w miasteczku.\n\n\
        Treść główna.Lead zdania o spotkaniu bibliotekarzy w czytelni GBP w miasteczku. I dalej.\n\n\
        Cookies\n\nTa strona korzysta z cookies, które instalowane są w Twojej przeglądarce.";

    #[test]
    fn seed_shape() {
        let c = clean(SEED_LIKE);
        assert_eq!(c.title, "Tytuł ogłoszenia o spotkaniu");
        assert_eq!(
            c.metadata.published.unwrap().value.to_string(),
            "2014-10-07"
        );
        assert!(!c.text.contains("A A A"));
        assert!(!c.text.contains("Cookies"));
        assert!(!c.text.contains("przeglądarce"));
        assert_eq!(c.text.matches("Lead zdania").count(), 1);
        assert!(c.text.contains("Treść główna. Lead"));
    }

    #[test]
    fn glued_sentences_are_split_but_times_are_not() {
        assert_eq!(
            repair_glued_sentences("w Polsce.3 października, ub.r.Dziękujemy, 2014.Kolejne"),
            "w Polsce. 3 października, ub.r. Dziękujemy, 2014. Kolejne"
        );
        assert_eq!(
            repair_glued_sentences("6. T.Love i J.Kowalski"),
            "6. T.Love i J.Kowalski"
        );
        let t = "o godzinie 14.00 w czytelni, w godz. 10.00-12.00 i 7.10.2014 r.";
        assert_eq!(repair_glued_sentences(t), t);
    }

    #[test]
    fn a_dump_with_the_sites_header_menu_and_footer() {
        let dump = "Gminna Biblioteka Publiczna w Tarnowcu\nStrona główna\nO nas\nAktualności\n\
            Kontakt\nJesteś tutaj: Strona główna » Aktualności » Ferie w bibliotece\n\
            Ferie w bibliotece\n\nDodano: 20.01.2016, 10:15\nA A A\n\
            Zapraszamy dzieci na zajęcia w czasie ferii zimowych, od 1 do 12 lutego.\n\n\
            Udział jest bezpłatny.\nTekst: Iwona Maciejczyk\nCzytaj także:\nSpotkanie z Ewą Nowak\n\
            Narodowe Czytanie 2015\nCopyright © 2016 GBP w Tarnowcu\nProjekt i wykonanie: WebStudio";
        let c = clean(dump);
        assert_eq!(c.title, "Ferie w bibliotece");
        assert_eq!(
            c.metadata.title_from.as_deref(),
            Some("line above the date stamp")
        );
        assert!(
            c.text.starts_with("Ferie w bibliotece\n\nZapraszamy"),
            "{}",
            c.text
        );
        assert!(c.text.ends_with("Tekst: Iwona Maciejczyk"), "{}", c.text);
        // A stamp below the text does not make the text a header.
        let below =
            "Zajęcia odbędą się w lutym, zapraszamy wszystkie dzieci.\nFerie\nDodano: 20.01.2016";
        let c = clean(below);
        assert!(c.text.starts_with("Zajęcia odbędą się"));
        assert_eq!(
            c.title,
            "Zajęcia odbędą się w lutym, zapraszamy wszystkie dzieci."
        );
    }

    #[test]
    fn a_stamp_row_a_search_widget_a_comment_form_and_an_address_card() {
        let dump = "Menu\nAktualności\nSzukaj...\nWarsztaty w filii\n\
            Opublikowano: 14.11.2014 | Autor: Filia Trzcinica | Odsłon: 212\n\
            W piątek w filii odbyły się warsztaty decoupage dla dorosłych.\n\
            Galeria zdjęć (8)\n« poprzedni następny »\nDodaj komentarz\n\
            Twój e-mail nie zostanie opublikowany.\nGBP w Jaśle z/s w Szebniach\n\
            Szebnie 250, 38-200 Jasło\ntel. 13 446 90 00\n© 2014 GBP Jasło. Wszelkie prawa zastrzeżone.";
        let c = clean(dump);
        assert_eq!(c.title, "Warsztaty w filii");
        assert_eq!(
            c.metadata.published.map(|p| p.value.to_string()).as_deref(),
            Some("2014-11-14")
        );
        assert_eq!(
            c.text,
            "Warsztaty w filii\nW piątek w filii odbyły się warsztaty decoupage dla dorosłych.\n\
             GBP w Jaśle z/s w Szebniach"
        );
    }

    #[test]
    fn a_stamp_rows_author_and_a_lead_repeated_on_the_next_line() {
        let dump =
            "Warsztaty w Żeglcach\nOpublikowano: 12.06.2015 | Autor: Anna Zając | Odsłon: 231\n\n\
            W środę filia biblioteki w Żeglcach zaprasza dzieci na warsztaty.\n\
            W środę filia biblioteki w Żeglcach zaprasza dzieci na warsztaty. Poprowadzą je \
            panie z koła gospodyń.";
        let c = clean(dump);
        assert_eq!(c.metadata.author.as_deref(), Some("Anna Zając"));
        assert_eq!(c.text.matches("W środę").count(), 1, "{}", c.text);
        assert!(c.text.contains("Poprowadzą je"), "{}", c.text);
    }

    #[test]
    fn an_update_stamp_dates_a_dump_without_a_publication_stamp() {
        let only_update = "Warsztaty dla seniorów\n\nAktualizacja: 9 listopada 2012\n\
            Od października trwają warsztaty komputerowe.";
        let c = clean(only_update);
        let published = c.metadata.published.expect("dated by the update");
        assert_eq!(published.value.to_string(), "2012-11-09");
        assert!(published.from.contains("update"), "{}", published.from);
        assert!(!c.text.contains("Aktualizacja"), "{}", c.text);
        // The publication stamp wins over an update line.
        let both = "Tytuł\nDodano: 07.10.2014\nTreść ogłoszenia.\nPoprawiony: 12.10.2014";
        let c = clean(both);
        assert_eq!(
            c.metadata.published.unwrap().value.to_string(),
            "2014-10-07"
        );
    }

    #[test]
    fn a_joomla_dump_with_a_weekday_stamp_a_menu_row_and_an_entry_byline() {
        let dump = "Gminna Biblioteka Publiczna w Dębowcu\n\
            Strona główna | O nas | Aktualności | Kontakt\n\
            A A A | Wersja kontrastowa\nAktualności\nSpotkanie z podróżnikiem\n\
            Drukuj | Email\nWpisany przez Administrator\npiątek, 14 marca 2014 13:05\n\
            W środę gościliśmy podróżnika Tomasza Michniewicza w czytelni biblioteki.";
        let c = clean(dump);
        assert_eq!(c.title, "Spotkanie z podróżnikiem");
        assert_eq!(
            c.metadata.published.unwrap().value.to_string(),
            "2014-03-14"
        );
        assert!(
            c.text.starts_with("Spotkanie z podróżnikiem\nW środę"),
            "{}",
            c.text
        );
        // Rows of menu links and widgets go wherever they stand.
        let menu = "Strona główna | O nas | Aktualności | Kontakt\nA A A | Wersja kontrastowa\n\
            Aktualności\nW środę gościliśmy podróżnika w czytelni biblioteki.";
        assert_eq!(
            clean(menu).text,
            "W środę gościliśmy podróżnika w czytelni biblioteki."
        );
        // A programme of events dates each event so: no line of it is the page's stamp.
        let programme = "Program\nsobota, 4 marca 2017 10:00\nTurniej szachowy.\n\
            niedziela, 5 marca 2017 12:00\nKoncert w sali widowiskowej.";
        let c = clean(programme);
        assert!(c.metadata.published.is_none());
        assert!(c.text.contains("sobota, 4 marca 2017 10:00"), "{}", c.text);
    }

    #[test]
    fn a_signature_stays_but_a_record_card_goes() {
        let report = "Sprawozdanie za rok 2013\n\nBiblioteka obsłużyła 1245 czytelników.\n\n\
            Sporządziła: Małgorzata Pałka, dyrektor biblioteki";
        let c = clean(report);
        assert!(c
            .text
            .ends_with("Sporządziła: Małgorzata Pałka, dyrektor biblioteki"));
        assert_eq!(
            c.metadata.author.as_deref(),
            Some("Małgorzata Pałka, dyrektor biblioteki")
        );
        let bip = "Ogłoszenie o naborze\n\nWójt ogłasza nabór na stanowisko bibliotekarza.\n\n\
            Sporządził: Jan Wilk\nData wytworzenia: 2015-03-02\nOpublikował: Anna Sowa";
        let c = clean(bip);
        assert!(c.text.ends_with("bibliotekarza."), "{:?}", c.text);
        assert_eq!(c.metadata.author.as_deref(), Some("Jan Wilk"));
    }

    #[test]
    fn ordinary_text_is_unchanged() {
        let t = "Jan Kowalski mieszka w Krakowie.\nPracuje w Urzędzie Gminy.";
        assert_eq!(clean(t).text, t);
        // A citation's number is no link of a text browser.
        let t = "Tak opisano to w pracy [12].\nPotem w [13].\nA także w [14], [15].";
        assert_eq!(clean(t).text, t);
    }

    #[test]
    fn a_text_browsers_dump_loses_its_link_numbers_and_its_wrapping() {
        let dump = "   [1]Strona główna\n   * [2]Aktualności\n\n\
            Warsztaty w filii\n\n   Dodano: 18.11.2016\n\n\
            \x20  W piątek w filii w Osobnicy odbyły się warsztaty decoupage dla do-\n\
            \x20  rosłych. Prowadziła je pani Anna Mróz ze Stowarzyszenia Razem, a\n\
            \x20  materiały przekazał Urząd Gminy Jasło. Zapraszamy na kolejne\n\
            \x20  spotkanie, które odbędzie się za tydzień w tym samym miejscu.\n\n\
            \x20  [3]Powrót [4]Drukuj\n\nReferences\n\n\
            \x20  1. http://example.pl/\n   2. http://example.pl/news\n";
        let c = clean(dump);
        assert_eq!(
            c.text,
            "Warsztaty w filii\n\nW piątek w filii w Osobnicy odbyły się warsztaty decoupage dla dorosłych. \
             Prowadziła je pani Anna Mróz ze Stowarzyszenia Razem, a materiały przekazał \
             Urząd Gminy Jasło. Zapraszamy na kolejne spotkanie, które odbędzie się za \
             tydzień w tym samym miejscu."
        );
        assert_eq!(c.title, "Warsztaty w filii");
    }

    #[test]
    fn unwrapping_mends_words_the_wrap_hyphenated() {
        let p = "Spotkanie w czytelni poprowadziła wczoraj pani Anna Kowalska-\n\
                 Nowak, dyrektorka miejskiej i powiatowej biblio-\n\
                 teki w Krośnie.";
        assert_eq!(
            unwrapped(p),
            "Spotkanie w czytelni poprowadziła wczoraj pani Anna Kowalska-Nowak, dyrektorka miejskiej i \
             powiatowej biblioteki w Krośnie."
        );
    }

    #[test]
    fn a_transcript_keeps_its_turns() {
        let t = "– no i co dalej z tym zrobimy, bo ja już naprawdę nie wiem co robić\n\
                 no tak\n\
                 – a może pójdziemy jutro rano do tej biblioteki i zapytamy panią\n\
                 dobrze\n\
                 – tylko pamiętaj żeby wziąć ze sobą te wszystkie książki z półki\n\
                 jasne że pamiętam, przecież mówiłaś mi o tym już trzy razy dzisiaj";
        assert_eq!(clean(t).text, t);
    }
}
