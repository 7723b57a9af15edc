//! The index: a tantivy schema, the Polish analyzer, and an upserting writer.

pub mod analyzer;
pub mod directory;
pub mod schema;
pub mod store;

pub use schema::Fields;
pub use store::{IndexStore, Previous, Upsert};
