//! Regexes written in the code, compiled once on first use.

use regex::Regex;
use std::sync::OnceLock;

/// The regex kept in `cell`, compiled from `pattern` the first time it is asked for. The
/// pattern is the program's own, so one that does not compile is a bug, not bad input.
pub(crate) fn compiled(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("static regex"))
}
