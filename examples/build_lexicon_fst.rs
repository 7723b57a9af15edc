//! Turns `target/lexicon-forms.tsv.gz` and `target/lexicon-guesser.tsv` (written by
//! `tools/build_lexicon.py`) into `data/lexicon/forms.fst` and `guesser.fst`, the maps
//! `polish::lexicon` embeds.
//!
//!     cargo run --release --example build_lexicon_fst

use archiwum::polish::lexicon::parse_analyses;
use std::io::{BufRead, BufReader, BufWriter};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let forms = std::fs::File::open("target/lexicon-forms.tsv.gz")?;
    let forms = BufReader::new(libflate::gzip::Decoder::new(BufReader::new(forms))?);
    build(forms, "data/lexicon/forms.fst")?;
    let guesser = BufReader::new(std::fs::File::open("target/lexicon-guesser.tsv")?);
    build(guesser, "data/lexicon/guesser.fst")?;
    Ok(())
}

/// Writes `key TAB analyses` lines (sorted by key bytes) as an fst map.
fn build(lines: impl BufRead, path: &str) -> Result<(), Box<dyn std::error::Error>> {
    let out = BufWriter::new(std::fs::File::create(path)?);
    let mut map = fst::MapBuilder::new(out)?;
    let mut count = 0usize;
    for line in lines.lines() {
        let line = line?;
        let Some((form, analyses)) = line.split_once('\t') else {
            continue;
        };
        if let Some(packed) = parse_analyses(analyses) {
            map.insert(form, packed)?;
            count += 1;
        }
    }
    map.finish()?;
    let size = std::fs::metadata(path)?.len();
    println!("{path}: {count} keys, {:.1} MB", size as f64 / 1e6);
    Ok(())
}
