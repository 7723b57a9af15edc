//! Query and output: running a search over the index and presenting documents and hits.

pub mod export;
pub mod language;
pub mod output;
pub mod search;
pub mod timeline;
pub mod workload;
