//! Cleaning of plain-text dumps (a crawler's "save as text"): drop widget and cookie
//! lines, read the "Dodano:" stamp, keep everything else exactly as written so entity
//! offsets still point into the author's words.

use super::boilerplate::is_boilerplate_line;
use super::metadata::{date_stamp, labelled_byline};
use crate::record::{Metadata, Sourced};
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
    for line in content.lines() {
        if let Some((date, label)) = date_stamp(line) {
            if metadata.published.is_none() {
                metadata.published = Some(Sourced {
                    value: date,
                    from: format!("text: {label}"),
                });
            }
            continue;
        }
        if is_boilerplate_line(line) {
            continue;
        }
        // A signature stays in the text and names the author too.
        if let Some((label, name)) = labelled_byline(line.trim()) {
            if metadata.author.is_none() {
                metadata.author = Some(name);
                metadata.author_from = Some(format!("text: {label}"));
            }
        }
        kept.push(line.trim_end());
    }
    let paragraphs = drop_repeated_lead(split_paragraphs(&kept));
    let text = repair_glued_sentences(&paragraphs.join("\n\n"));
    let title = title_of(&paragraphs);
    if !title.is_empty() {
        metadata.title_from = Some("first line".into());
    }
    CleanText {
        title,
        text,
        metadata,
    }
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
    fn ordinary_text_is_unchanged() {
        let t = "Jan Kowalski mieszka w Krakowie.\nPracuje w Urzędzie Gminy.";
        assert_eq!(clean(t).text, t);
    }
}
