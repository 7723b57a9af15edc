//! A plain civil date (proleptic Gregorian), enough for announcements; no time zones.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Years outside this window are not dates a local-history archive meets (they are counts,
/// postal codes or typos), so parsers reject them. From 1000: towns, parishes and
/// libraries write about their founding charters and histories ("1 listopada 1705 r.",
/// "12 grudnia 1898 roku"); a bare number before 1800 still needs a word that makes it a
/// year (extraction::dates).
pub const MIN_YEAR: i32 = 1000;
pub const MAX_YEAR: i32 = 2100;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// A validated date: `None` for 31.02 or 32 May, or a year outside the window.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let valid = (MIN_YEAR..=MAX_YEAR).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`, as typed on the command line or found in metadata.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let s = s.trim();
        let head = s.get(..10)?;
        let mut parts = head.split('-');
        let y = parts.next()?.parse().ok()?;
        let m = parts.next()?.parse().ok()?;
        let d = parts.next()?.parse().ok()?;
        if head.len() != 10 {
            return None;
        }
        Date::new(y, m, d)
    }

    /// Days since 1970-01-01 (negative before), after Howard Hinnant's civil algorithm.
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day a Unix timestamp falls on (UTC); `None` outside the year window.
    pub fn from_unix_seconds(secs: i64) -> Option<Date> {
        // Days → civil date, by 400-year eras (the algorithm of H. Hinnant's date library).
        let z = secs.div_euclid(86_400) + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(i32::try_from(year).ok()?, month, day)
    }

    pub fn unix_seconds(self) -> i64 {
        self.days_since_epoch() * 86_400
    }

    /// Monday = 0 … Sunday = 6.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (3).
        (self.days_since_epoch() + 3).rem_euclid(7) as u32
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_impossible_dates() {
        assert!(Date::new(2014, 2, 31).is_none());
        assert!(Date::new(2014, 5, 32).is_none());
        assert!(Date::new(2014, 13, 1).is_none());
        assert!(Date::new(999, 1, 1).is_none());
        assert!(Date::new(1705, 11, 1).is_some());
        assert!(Date::new(1850, 1, 1).is_some());
        assert!(Date::new(2016, 2, 29).is_some());
        assert!(Date::new(2015, 2, 29).is_none());
    }

    #[test]
    fn unix_seconds_round_trip() {
        for d in [
            (1970, 1, 1),
            (2000, 2, 29),
            (2014, 10, 7),
            (2099, 12, 31),
            (1900, 3, 1),
            (1850, 6, 15),
        ] {
            let date = Date::new(d.0, d.1, d.2).unwrap();
            assert_eq!(Date::from_unix_seconds(date.unix_seconds()), Some(date));
            assert_eq!(
                Date::from_unix_seconds(date.unix_seconds() + 86_399),
                Some(date)
            );
        }
        assert_eq!(Date::from_unix_seconds(i64::MAX / 4), None);
    }

    #[test]
    fn epoch_arithmetic() {
        assert_eq!(Date::new(1970, 1, 1).unwrap().days_since_epoch(), 0);
        assert_eq!(Date::new(2014, 10, 7).unwrap().days_since_epoch(), 16_350);
        // 7 October 2014 was a Tuesday.
        assert_eq!(Date::new(2014, 10, 7).unwrap().weekday(), 1);
    }

    #[test]
    fn parses_iso() {
        assert_eq!(Date::parse_iso("2014-10-07"), Date::new(2014, 10, 7));
        assert_eq!(
            Date::parse_iso("2014-10-07T10:00:00+02:00"),
            Date::new(2014, 10, 7)
        );
        assert_eq!(Date::parse_iso("2014-1-7"), None);
        assert_eq!(Date::parse_iso("bzdura"), None);
    }
}
