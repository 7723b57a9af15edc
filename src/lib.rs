//! archiwum: a research archive of Polish municipal library pages.
//!
//! The pipeline, one module per stage (see ARCHITECTURE.md):
//! [`sources`] (files, encodings) → [`cleaning`] (boilerplate, metadata) →
//! [`extraction`] (dates, places, organizations, persons, on top of [`polish`]) →
//! [`index`] (schema, analyzers, writer) → [`query`] (search, output).
//! One record type, [`record::Document`], flows through all of them.
//! [`commands`] wires the stages into the CLI subcommands.

pub mod calendar;
pub mod cleaning;
pub mod commands;
pub mod duplicates;
pub mod error;
pub mod extraction;
pub mod index;
pub mod pipeline;
pub mod polish;
pub mod query;
pub mod record;
pub mod sources;
mod static_regex;
pub mod text_offsets;
