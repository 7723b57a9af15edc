//! Regexes written in the code, compiled once on first use.

use regex::Regex;
use std::sync::OnceLock;

/// The regex kept in `cell`, compiled from `pattern` the first time it is asked for. The
/// pattern is the program's own, so one that does not compile is a bug, not bad input.
pub(crate) fn compiled(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("static regex"))
}

/// As [`compiled`], for a pattern built from the program's constants ("{WEEKDAYS}"): the
/// pattern is formatted only the first time, not on every call.
pub(crate) fn compiled_from(
    cell: &'static OnceLock<Regex>,
    pattern: impl FnOnce() -> String,
) -> &'static Regex {
    cell.get_or_init(|| Regex::new(&pattern()).expect("static regex"))
}
