//! Typed errors. Input problems ([`InputError`]) skip one file; the others stop a command.

use std::path::PathBuf;
use thiserror::Error;

/// Why one input file could not be turned into a document. The run goes on without it.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum InputError {
    #[error("cannot read the file: {0}")]
    Unreadable(String),
    #[error("the file is empty")]
    Empty,
    #[error("the file looks binary ({0}), not a web page or text")]
    Binary(String),
    #[error("no text remained after cleaning (only markup or boilerplate)")]
    NoText,
    #[error("broken WARC data: {0}")]
    BadWarc(String),
    #[error("not an HTML page ({0})")]
    NotHtml(String),
    #[error("the server answered HTTP {0}")]
    HttpStatus(u16),
}

impl InputError {
    /// A short name for summaries: "2 skipped (1 binary, 1 empty)".
    pub fn label(&self) -> &'static str {
        match self {
            InputError::Unreadable(_) => "unreadable",
            InputError::Empty => "empty",
            InputError::Binary(_) => "binary",
            InputError::NoText => "without text",
            InputError::BadWarc(_) => "broken WARC",
            InputError::NotHtml(_) => "not HTML",
            InputError::HttpStatus(_) => "HTTP error",
        }
    }
}

/// Errors that stop a command. Each message says what the user can do about it.
#[derive(Debug, Error)]
pub enum ArchiwumError {
    #[error("no index at {0}: run `archiwum ingest` first (or pass --index DIR)")]
    NoIndex(PathBuf),
    #[error(
        "the index at {path} was written by another version of archiwum (schema {found}, \
         this build reads {expected}): delete the directory and run `archiwum ingest` again"
    )]
    SchemaMismatch {
        path: PathBuf,
        found: String,
        expected: String,
    },
    #[error("path not found: {0}")]
    MissingPath(PathBuf),
    #[error("no document with id or source {0:?} in the index")]
    UnknownDocument(String),
    #[error("cannot understand the query: {0}")]
    BadQuery(String),
    #[error("invalid date {0:?}: use YYYY-MM-DD")]
    BadDate(String),
    #[error("index error: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error("cannot open the index directory: {0}")]
    IndexDirectory(#[from] tantivy::directory::error::OpenDirectoryError),
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Json(#[from] serde_json::Error),
}

pub type Result<T, E = ArchiwumError> = std::result::Result<T, E>;
