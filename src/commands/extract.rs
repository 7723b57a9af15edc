//! `archiwum extract`: the pipeline without an index. JSON lines (one document per input,
//! in input order) or clean text, on stdout or as one file per input in --out-dir.

use crate::calendar::Date;
use crate::error::Result;
use crate::pipeline::{self, Options};
use crate::record::Document;
use crate::sources;
use clap::{Args, ValueEnum};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExtractFormat {
    /// One JSON object per document: source, id, title, published, text, entities, metadata.
    Jsonl,
    /// The clean text only.
    Text,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Files or directories (walked in sorted order); "-" reads standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "jsonl")]
    pub format: ExtractFormat,
    /// Publication date (YYYY-MM-DD) for pages that carry none; resolves "3 października br.".
    #[arg(long, value_parser = crate::commands::parse_date_arg)]
    pub published: Option<Date>,
    /// Write one file per input, DIR/<file stem>.txt (or .json), instead of stdout.
    #[arg(long)]
    pub out_dir: Option<PathBuf>,
}

pub fn run(args: &ExtractArgs) -> Result<u8> {
    let opts = Options {
        published: args.published,
    };
    let mut files = Vec::new();
    let mut stdin = false;
    for p in &args.paths {
        if p.as_os_str() == "-" {
            stdin = true;
        } else {
            files.extend(sources::collect(std::slice::from_ref(p))?.files);
        }
    }
    if let Some(dir) = &args.out_dir {
        std::fs::create_dir_all(dir)?;
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let (mut done, mut skipped) = (0usize, 0usize);
    if stdin {
        match read_stdin(opts) {
            Ok(doc) => {
                emit(&mut out, &doc, args, Path::new("stdin"))?;
                done += 1;
            }
            Err(e) => {
                eprintln!("archiwum: skipped standard input: {e}");
                skipped += 1;
            }
        }
    }
    for input in sources::stream(files) {
        if matches!(input, sources::Input::Revisit(_)) {
            continue; // the page comes from its original WARC record
        }
        let source = input.source();
        match input
            .load()
            .and_then(|page| pipeline::process_page(&page, opts))
        {
            Ok(doc) => {
                // WARC records have URLs for names; their ids make file names.
                let name = match doc.crawled {
                    Some(_) => PathBuf::from(&doc.id),
                    None => PathBuf::from(&source),
                };
                emit(&mut out, &doc, args, &name)?;
                done += 1;
            }
            Err(e) => {
                eprintln!("archiwum: skipped {source}: {e}");
                skipped += 1;
            }
        }
    }
    out.flush()?;
    if skipped > 0 {
        eprintln!("archiwum: extracted {done}, skipped {skipped}");
    }
    Ok(if done == 0 {
        crate::commands::NOTHING_DONE
    } else {
        crate::commands::SUCCESS
    })
}

fn read_stdin(opts: Options) -> std::result::Result<Document, crate::error::InputError> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|e| crate::error::InputError::Unreadable(e.to_string()))?;
    let id = sources::document_id("<stdin>");
    let page = sources::page_from_bytes("-".into(), id, &bytes, None, None)?;
    pipeline::process_page(&page, opts)
}

fn emit(out: &mut impl Write, doc: &Document, args: &ExtractArgs, path: &Path) -> Result<()> {
    let body = match args.format {
        ExtractFormat::Jsonl => serde_json::to_string(doc)?,
        ExtractFormat::Text => doc.text.clone(),
    };
    match &args.out_dir {
        Some(dir) => {
            let stem = path
                .file_stem()
                .map_or("stdin".into(), |s| s.to_string_lossy().into_owned());
            let ext = match args.format {
                ExtractFormat::Jsonl => "json",
                ExtractFormat::Text => "txt",
            };
            std::fs::write(dir.join(format!("{stem}.{ext}")), body)?;
        }
        None => writeln!(out, "{body}")?,
    }
    Ok(())
}
