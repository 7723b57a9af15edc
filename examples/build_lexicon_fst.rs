//! Turns `target/lexicon-forms.tsv.gz` and `target/lexicon-guesser.tsv` (written by
//! `tools/build_lexicon.py`) into `data/lexicon/forms.fst` and `guesser.fst`, the maps
//! `polish::lexicon` embeds (with `forms_more.fst`, the readings past a form's third), and derives `folded.fst` from `forms.fst`.
//!
//!     cargo run --release --example build_lexicon_fst
//!
//! Without the TSV files only `folded.fst` is rebuilt, from the committed `forms.fst`.

use archiwum::polish::fold_diacritics;
use archiwum::polish::lexicon::{merge_packed, pack, parse_pairs, SLOTS};
use fst::{IntoStreamer, Streamer};
use std::io::{BufRead, BufReader, BufWriter};
use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    if Path::new("target/lexicon-forms.tsv.gz").exists() {
        let forms = std::fs::File::open("target/lexicon-forms.tsv.gz")?;
        let forms = BufReader::new(libflate::gzip::Decoder::new(BufReader::new(forms))?);
        build(
            forms,
            "data/lexicon/forms.fst",
            Some("data/lexicon/forms_more.fst"),
        )?;
        let guesser = BufReader::new(std::fs::File::open("target/lexicon-guesser.tsv")?);
        build(guesser, "data/lexicon/guesser.fst", None)?;
    }
    build_folded("data/lexicon/forms.fst", "data/lexicon/folded.fst")
}

/// Writes `key TAB analyses` lines (sorted by key bytes) as an fst map; with `more`, the
/// readings that do not fit in one output (after the third) go to a second map there.
fn build(
    lines: impl BufRead,
    path: &str,
    more: Option<&str>,
) -> Result<(), Box<dyn std::error::Error>> {
    let builder = |p: &str| -> Result<_, Box<dyn std::error::Error>> {
        Ok(fst::MapBuilder::new(BufWriter::new(
            std::fs::File::create(p)?,
        ))?)
    };
    let mut map = builder(path)?;
    let mut extra = more.map(builder).transpose()?;
    let (mut count, mut count_more) = (0usize, 0usize);
    for line in lines.lines() {
        let line = line?;
        let Some((form, analyses)) = line.split_once('\t') else {
            continue;
        };
        let Some(pairs) = parse_pairs(analyses) else {
            continue;
        };
        map.insert(form, pack(&pairs))?;
        count += 1;
        if let Some(extra) = extra.as_mut().filter(|_| pairs.len() > SLOTS) {
            extra.insert(form, pack(&pairs[SLOTS..]))?;
            count_more += 1;
        }
    }
    map.finish()?;
    report(path, count)?;
    match (extra, more) {
        (Some(extra), Some(more)) => {
            extra.finish()?;
            report(more, count_more)
        }
        _ => Ok(()),
    }
}

/// The forms with Polish letters, keyed by their folded spelling ("jasle" → the readings of
/// "jaśle"), so a query typed without diacritics still finds its lemmas. Lemma rules cut and
/// append characters, and folding maps one character to one, so a form's rules apply to its
/// folded spelling as well.
fn build_folded(forms: &str, path: &str) -> Result<(), Box<dyn std::error::Error>> {
    let map = fst::Map::new(std::fs::read(forms)?)?;
    let mut folded: Vec<(String, u64)> = Vec::new();
    let mut stream = map.into_stream();
    while let Some((key, packed)) = stream.next() {
        let form = String::from_utf8_lossy(key);
        let plain = fold_diacritics(&form);
        if plain != form {
            folded.push((plain, packed));
        }
    }
    folded.sort();
    let out = BufWriter::new(std::fs::File::create(path)?);
    let mut builder = fst::MapBuilder::new(out)?;
    let mut count = 0usize;
    let mut i = 0;
    while i < folded.len() {
        let key = &folded[i].0;
        let mut packed = folded[i].1;
        let mut j = i + 1;
        while j < folded.len() && folded[j].0 == *key {
            packed = merge_packed(packed, folded[j].1);
            j += 1;
        }
        builder.insert(key, packed)?;
        count += 1;
        i = j;
    }
    builder.finish()?;
    report(path, count)
}

fn report(path: &str, count: usize) -> Result<(), Box<dyn std::error::Error>> {
    let size = std::fs::metadata(path)?.len();
    println!("{path}: {count} keys, {:.1} MB", size as f64 / 1e6);
    Ok(())
}
