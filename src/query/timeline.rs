//! Counts of matching documents over time, for `archiwum timeline`: by month or year of the
//! publication date, or of the dates mentioned in the text. Empty periods between the first
//! and the last are kept (as zeros), so a chart's axis is time, not a list of dates.

use super::search::{filtered_query, Filters};
use crate::calendar::Date;
use crate::error::Result;
use crate::index::IndexStore;
use std::collections::BTreeMap;
use tantivy::collector::DocSetCollector;
use tantivy::DateTime;

/// The width of one bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Period {
    Month,
    Year,
}

/// Which date places a document in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DateSource {
    /// The page's publication date (documents without one are not counted).
    Published,
    /// Every date the text mentions: a document counts once in each period it names.
    Event,
}

/// (period label, documents), in time order: `2014` or `2014-10`.
pub type Counts = Vec<(String, u64)>;

pub fn timeline(
    store: &IndexStore,
    query: &str,
    filters: &Filters,
    by: Period,
    on: DateSource,
) -> Result<Counts> {
    let q = filtered_query(store, query, filters)?;
    let searcher = store.searcher()?;
    let mut per_segment: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
    for address in searcher.search(&*q, &DocSetCollector)? {
        per_segment
            .entry(address.segment_ord)
            .or_default()
            .push(address.doc_id);
    }
    let field = match on {
        DateSource::Published => "published",
        DateSource::Event => "event",
    };
    let mut counts: BTreeMap<(i32, u32), u64> = BTreeMap::new();
    for (segment, docs) in per_segment {
        let column = searcher.segment_reader(segment).fast_fields().date(field)?;
        for doc in docs {
            let mut periods: Vec<(i32, u32)> = column
                .values_for_doc(doc)
                // A date before 1678 is stored clamped (index::store::seconds_to_datetime):
                // its real year is not known here, so it is left off the axis.
                .filter(|d: &DateTime| !crate::index::store::is_clamped(*d))
                .filter_map(|d: DateTime| Date::from_unix_seconds(d.into_timestamp_secs()))
                .map(|d| key(d, by))
                .collect();
            periods.dedup();
            for p in periods {
                *counts.entry(p).or_default() += 1;
            }
        }
    }
    Ok(fill_gaps(&counts, by))
}

fn key(d: Date, by: Period) -> (i32, u32) {
    match by {
        Period::Month => (d.year, d.month),
        Period::Year => (d.year, 0),
    }
}

/// Every period from the first to the last, labelled, with zeros where nothing matched.
fn fill_gaps(counts: &BTreeMap<(i32, u32), u64>, by: Period) -> Counts {
    let (Some(first), Some(last)) = (counts.keys().next(), counts.keys().next_back()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut at = *first;
    while at <= *last {
        let label = match by {
            Period::Month => format!("{}-{:02}", at.0, at.1),
            Period::Year => at.0.to_string(),
        };
        out.push((label, counts.get(&at).copied().unwrap_or(0)));
        at = match (by, at) {
            (Period::Year, (y, _)) => (y + 1, 0),
            (Period::Month, (y, 12)) => (y + 1, 1),
            (Period::Month, (y, m)) => (y, m + 1),
        };
    }
    out
}

/// Horizontal bars for a terminal, the longest `width` characters.
pub fn bars(counts: &Counts, width: usize) -> String {
    let max = counts.iter().map(|c| c.1).max().unwrap_or(0).max(1);
    let label_width = counts.iter().map(|c| c.0.len()).max().unwrap_or(0);
    let mut out = String::new();
    for (label, n) in counts {
        let len = (*n as usize * width).div_ceil(max as usize);
        out.push_str(&format!("{label:>label_width$} {} {n}\n", "█".repeat(len)));
    }
    out
}

pub fn csv(counts: &Counts, by: Period) -> String {
    let mut out = format!("{},documents\n", period_name(by));
    for (label, n) in counts {
        out.push_str(&format!("{label},{n}\n"));
    }
    out
}

fn period_name(by: Period) -> &'static str {
    match by {
        Period::Month => "month",
        Period::Year => "year",
    }
}

/// A bar chart as a standalone SVG, plain enough to edit or put in a paper.
pub fn svg(counts: &Counts, title: &str) -> String {
    let (bar, gap, left, top, plot_h) = (16.0, 4.0, 48.0, 40.0, 240.0);
    let width = left + counts.len() as f64 * (bar + gap) + 20.0;
    let height = top + plot_h + 70.0;
    let max = counts.iter().map(|c| c.1).max().unwrap_or(0).max(1) as f64;
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
         font-family=\"sans-serif\" font-size=\"11\">\n\
         <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n\
         <text x=\"{left}\" y=\"20\" font-size=\"14\">{}</text>\n\
         <line x1=\"{left}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"black\"/>\n\
         <text x=\"{}\" y=\"{}\" text-anchor=\"end\">{max}</text>\n\
         <text x=\"{}\" y=\"{}\" text-anchor=\"end\">0</text>\n",
        escape(title),
        top + plot_h,
        width - 10.0,
        top + plot_h,
        left - 6.0,
        top + 4.0,
        left - 6.0,
        top + plot_h,
    );
    // Label every bar when there are few, else about twenty of them.
    let every = counts.len().div_ceil(20).max(1);
    for (i, (label, n)) in counts.iter().enumerate() {
        let x = left + i as f64 * (bar + gap);
        let h = *n as f64 / max * plot_h;
        s.push_str(&format!(
            "<rect x=\"{x}\" y=\"{}\" width=\"{bar}\" height=\"{h}\" fill=\"#4a6fa5\">\
             <title>{label}: {n}</title></rect>\n",
            top + plot_h - h
        ));
        if i % every == 0 {
            let (lx, ly) = (x + bar / 2.0, top + plot_h + 12.0);
            s.push_str(&format!(
                "<text x=\"{lx}\" y=\"{ly}\" transform=\"rotate(45 {lx} {ly})\">{label}</text>\n"
            ));
        }
    }
    s.push_str("</svg>\n");
    s
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(pairs: &[((i32, u32), u64)]) -> BTreeMap<(i32, u32), u64> {
        pairs.iter().copied().collect()
    }

    #[test]
    fn gaps_become_zeros_across_a_new_year() {
        let c = fill_gaps(&counts(&[((2014, 11), 2), ((2015, 2), 1)]), Period::Month);
        let labels: Vec<&str> = c.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(labels, ["2014-11", "2014-12", "2015-01", "2015-02"]);
        assert_eq!(c[1].1, 0);
        let y = fill_gaps(&counts(&[((2010, 0), 1), ((2012, 0), 3)]), Period::Year);
        assert_eq!(
            y,
            [("2010".into(), 1), ("2011".into(), 0), ("2012".into(), 3)]
        );
    }

    #[test]
    fn bars_csv_and_svg() {
        let c: Counts = vec![("2013".into(), 1), ("2014".into(), 4)];
        assert_eq!(bars(&c, 4), "2013 █ 1\n2014 ████ 4\n");
        assert_eq!(csv(&c, Period::Year), "year,documents\n2013,1\n2014,4\n");
        let chart = svg(&c, "biblioteka <by year>");
        assert!(chart.starts_with("<svg") && chart.trim_end().ends_with("</svg>"));
        assert_eq!(chart.matches("<rect x=").count(), 2);
        assert!(chart.contains("biblioteka &lt;by year&gt;"));
    }
}
