//! Page metadata: title, publication date, author, site name, language, canonical URL.
//! Each value records where it was read from, so a user can see why.

use crate::calendar::Date;
use crate::polish::months::parse_date;
use crate::record::{Metadata, Sourced};
use regex::Regex;
use scraper::{Html, Selector};
use std::sync::OnceLock;

/// A publication stamp line: "Dodano: 07.10.2014", "Opublikowano: 3 marca 2015 r.".
/// Returns the date and the label that introduced it.
pub fn date_stamp(line: &str) -> Option<(Date, String)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(
            r"(?i)^\s*(dodano|opublikowano|data publikacji|data dodania|data utworzenia|utworzono|data wprowadzenia|published|posted)(?:\s+dnia)?\s*:?\s*(.{6,40}?)\s*(?:,?\s*(?:godz\.?\s*)?\d{1,2}:\d{2}(?::\d{2})?)?\s*$",
        )
        .expect("static regex")
    });
    let caps = re.captures(line)?;
    let date = parse_date(caps.get(2)?.as_str())?;
    Some((date, caps.get(1)?.as_str().to_string() + ":"))
}

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
    let (title, title_from) = title(doc, site_name.as_deref());
    let meta = Metadata {
        published: published(doc),
        title_from,
        author: meta_content(doc, r#"meta[name="author"]"#)
            .or_else(|| meta_content(doc, r#"meta[property="article:author"]"#)),
        site_name,
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

fn element_text(doc: &Html, css: &str) -> Option<String> {
    doc.select(&sel(css))
        .map(|e| e.text().collect::<Vec<_>>().join(" "))
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .find(|t| !t.is_empty())
}

/// og:title, then the first `<h1>`, then a heading that `<title>` contains (hand-made
/// sites write "Gmina X - Biblioteka - Heading"), then `<title>` without the site name.
fn title(doc: &Html, site_name: Option<&str>) -> (String, Option<String>) {
    if let Some(t) = meta_content(doc, r#"meta[property="og:title"]"#) {
        return (
            strip_site_name(&t, site_name),
            Some("meta[og:title]".into()),
        );
    }
    if let Some(h) = element_text(doc, "article h1, main h1, h1") {
        return (h, Some("<h1>".into()));
    }
    if let Some(page_title) = element_text(doc, "title") {
        let heading = doc
            .select(&sel("h2, h3, h4"))
            .map(|e| e.text().collect::<Vec<_>>().join(" "))
            .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
            .find(|h| h.chars().count() >= 8 && page_title.contains(h.as_str()));
        if let Some(h) = heading {
            return (h, Some("heading named in <title>".into()));
        }
    }
    let candidates = [
        (
            meta_content(doc, r#"meta[property="og:title"]"#),
            "meta[og:title]",
        ),
        (element_text(doc, "article h1, main h1, h1"), "<h1>"),
        (element_text(doc, "title"), "<title>"),
        (element_text(doc, "article h2, h2"), "<h2>"),
    ];
    for (value, from) in candidates {
        if let Some(t) = value {
            return (strip_site_name(&t, site_name), Some(from.to_string()));
        }
    }
    (String::new(), None)
}

/// "Spotkanie autorskie | GBP Jasło" → "Spotkanie autorskie".
fn strip_site_name(title: &str, site_name: Option<&str>) -> String {
    let mut t = title.trim().to_string();
    if let Some(site) = site_name {
        for sep in [" | ", " - ", " – ", " — ", " :: ", " » "] {
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
    for t in doc.select(&sel("time[datetime]")) {
        if let Some(d) = t.value().attr("datetime").and_then(Date::parse_iso) {
            return Some(Sourced {
                value: d,
                from: "<time datetime>".into(),
            });
        }
    }
    stamp_in_text(doc)
}

fn json_ld_date(doc: &Html) -> Option<Date> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re =
        RE.get_or_init(|| Regex::new(r#""datePublished"\s*:\s*"([^"]+)""#).expect("static regex"));
    doc.select(&sel(r#"script[type="application/ld+json"]"#))
        .filter_map(|s| re.captures(&s.inner_html()).map(|c| c[1].to_string()))
        .find_map(|v| Date::parse_iso(&v))
}

/// "Dodano: 07.10.2014" written in the page body. Only text nodes that carry a stamp
/// label are looked at, with their parent's text (the date may sit in a sibling `<span>`),
/// so this stays linear in the page size.
fn stamp_in_text(doc: &Html) -> Option<Sourced<Date>> {
    const LABELS: &[&str] = &[
        "dodano",
        "opublikowano",
        "data publikacji",
        "data dodania",
        "utworzono",
        "published",
        "posted",
    ];
    for node in doc.tree.root().descendants() {
        let Some(text) = node.value().as_text() else {
            continue;
        };
        if text.len() > 200 {
            continue;
        }
        let lower = text.to_lowercase();
        if !LABELS.iter().any(|l| lower.contains(l)) {
            continue;
        }
        let scope = node.parent().and_then(scraper::ElementRef::wrap);
        let line = match scope {
            Some(p) => p.text().collect::<Vec<_>>().join(" "),
            None => text.to_string(),
        };
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if let Some((d, label)) = date_stamp(&line) {
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
    fn stamps() {
        let (d, l) = date_stamp("Dodano: 07.10.2014").unwrap();
        assert_eq!(
            (d.to_string().as_str(), l.as_str()),
            ("2014-10-07", "Dodano:")
        );
        assert!(date_stamp("Opublikowano: 3 marca 2015 r., godz. 10:15").is_some());
        assert!(date_stamp("Dodano do koszyka").is_none());
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
