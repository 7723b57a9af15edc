//! Human-readable output. Colour only on a terminal and never when NO_COLOR is set;
//! without colour, matches are marked «like this» so they survive a pipe.

use super::search::{Hit, Results};
use crate::record::Document;
use std::fmt::Write as _;
use std::io::IsTerminal;

#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
}

impl Style {
    pub fn detect() -> Style {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Style {
            color: std::io::stdout().is_terminal() && !no_color,
        }
    }

    fn paint(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    fn mark(&self, s: &str) -> String {
        if self.color {
            self.paint("1;33", s)
        } else {
            format!("«{s}»")
        }
    }
}

pub fn results(r: &Results, style: Style) -> String {
    let mut out = String::new();
    if r.total == 0 {
        let _ = writeln!(out, "No documents match {:?}.", r.query);
        if !r.suggestions.is_empty() {
            let _ = writeln!(out, "Did you mean: {}?", r.suggestions.join(", "));
        }
        return out;
    }
    let _ = writeln!(
        out,
        "{} document(s) match {:?}; showing {}.\n",
        r.total,
        r.query,
        r.hits.len()
    );
    for (n, hit) in r.hits.iter().enumerate() {
        out.push_str(&hit_block(n + 1, hit, style));
        out.push('\n');
    }
    for (name, counts) in &r.facets {
        let list: Vec<String> = counts
            .iter()
            .map(|c| format!("{} ({})", c.value, c.count))
            .collect();
        let _ = writeln!(out, "{}: {}", style.paint("1", name), list.join(", "));
    }
    out
}

fn hit_block(n: usize, h: &Hit, style: Style) -> String {
    let mut out = String::new();
    let title = if h.title.is_empty() {
        "(no title)"
    } else {
        &h.title
    };
    let _ = writeln!(out, "{n}. {}", style.paint("1", title));
    let date = h.published.as_deref().unwrap_or("date unknown");
    let _ = writeln!(
        out,
        "   {} · {} · id {}",
        date,
        style.paint("2", &h.source),
        h.id
    );
    if !h.places.is_empty() {
        let _ = writeln!(out, "   places: {}", h.places.join(", "));
    }
    if !h.organizations.is_empty() {
        let _ = writeln!(out, "   organizations: {}", h.organizations.join("; "));
    }
    if !h.programs.is_empty() {
        let _ = writeln!(out, "   programs: {}", h.programs.join("; "));
    }
    let _ = writeln!(out, "   {}", highlight(&h.snippet, &h.highlights, style));
    if !h.also_at.is_empty() {
        let _ = writeln!(
            out,
            "   also at {} other source(s): {}",
            h.also_at.len(),
            h.also_at.join(", ")
        );
    }
    out
}

/// Applies character ranges as marks.
pub fn highlight(text: &str, ranges: &[(usize, usize)], style: Style) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut at = 0;
    for &(s, e) in ranges {
        if s < at || e > chars.len() || s >= e {
            continue;
        }
        out.extend(&chars[at..s]);
        out.push_str(&style.mark(&chars[s..e].iter().collect::<String>()));
        at = e;
    }
    out.extend(&chars[at..]);
    out
}

pub fn document(d: &Document, style: Style) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        style.paint(
            "1",
            if d.title.is_empty() {
                "(no title)"
            } else {
                &d.title
            }
        )
    );
    let _ = writeln!(out, "id:        {}", d.id);
    let _ = writeln!(out, "source:    {}", d.source);
    let published = match (&d.published, &d.metadata.published) {
        (Some(p), Some(src)) => format!("{p} (from {})", src.from),
        (Some(p), None) => p.clone(),
        _ => "unknown".into(),
    };
    let _ = writeln!(out, "published: {published}");
    if let Some(site) = &d.metadata.site_name {
        let from = d.metadata.site_name_from.as_deref().unwrap_or("metadata");
        let _ = writeln!(out, "site:      {site} (from {from})");
    }
    if let Some(author) = &d.metadata.author {
        let from = d.metadata.author_from.as_deref().unwrap_or("metadata");
        let _ = writeln!(out, "author:    {author} (from {from})");
    }
    if let Some(crawled) = &d.crawled {
        let _ = writeln!(out, "crawled:   {crawled}");
    }
    let _ = writeln!(out, "encoding:  {}", d.encoding);
    let _ = writeln!(out, "\n{}\n", d.text);
    let _ = writeln!(out, "{}", style.paint("1", "Entities"));
    for e in &d.entities {
        let _ = writeln!(
            out,
            "  {:<12} {:<40} → {}{}  [{}..{}]",
            e.kind.as_str(),
            e.text,
            e.value.as_deref().unwrap_or(&e.lemma),
            e.note
                .as_deref()
                .filter(|_| !e.is_facet_value())
                .map(|n| format!(" ({n})"))
                .unwrap_or_default(),
            e.start,
            e.end
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_without_colour() {
        let s = Style { color: false };
        assert_eq!(highlight("w Jaśle dziś", &[(2, 7)], s), "w «Jaśle» dziś");
    }
}
