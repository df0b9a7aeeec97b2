//! The small rules that the content checker (on the build machine) and the
//! app (in the browser) share, defined once so that they cannot drift apart:
//! what an id looks like, and a calendar day with the little calendar maths
//! the app needs.
//!
//! ```
//! use veilig_rules::{is_id, Day};
//! assert!(is_id("two-step-email"));
//! let day = Day::parse("2026-01-31").unwrap();
//! assert_eq!(day.add_months(1).unwrap().to_string(), "2026-02-28");
//! ```

use std::fmt;

/// The longest id, in bytes: content ids, check kinds and action ids in
/// stored data alike.
pub const MAX_ID_LEN: usize = 64;

/// Whether `s` is an id as the content uses them: lowercase letters, digits
/// and hyphens, not starting with a hyphen, at most [`MAX_ID_LEN`] long.
pub fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_ID_LEN
        && !s.starts_with('-')
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A real calendar date from 0001-01-01 to 9999-12-31, written `YYYY-MM-DD`.
/// Days order as dates do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    year: u32,
    month: u32,
    day: u32,
}

impl Day {
    /// A day from its parts, if it is a real date in years 1 to 9999.
    pub fn new(year: u32, month: u32, day: u32) -> Option<Day> {
        ((1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && (1..=Day::days_in_month(year, month)).contains(&day))
        .then_some(Day { year, month, day })
    }

    /// Reads `YYYY-MM-DD`: exactly that shape, and a real date.
    pub fn parse(s: &str) -> Option<Day> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let number = |digits: &[u8]| {
            digits
                .iter()
                .try_fold(0u32, |n, &c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))
        };
        Day::new(number(&b[..4])?, number(&b[5..7])?, number(&b[8..])?)
    }

    /// The day a number of days after 1970-01-01 (Howard Hinnant's
    /// `civil_from_days`); clamped to the years a `Day` holds.
    pub fn from_unix_days(days: i64) -> Day {
        let z = days.clamp(-719_162, 2_932_896) + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Day {
            year: year as u32,
            month: month as u32,
            day: day as u32,
        }
    }

    pub fn year(self) -> u32 {
        self.year
    }

    pub fn month(self) -> u32 {
        self.month
    }

    pub fn day(self) -> u32 {
        self.day
    }

    /// How many days `month` of `year` has.
    pub fn days_in_month(year: u32, month: u32) -> u32 {
        let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
        match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }

    /// The date `months` later. A day the later month does not have becomes
    /// its last day (31 January plus one month is 28 or 29 February). `None`
    /// past the year 9999.
    pub fn add_months(self, months: u32) -> Option<Day> {
        let total = (self.year * 12 + self.month - 1).checked_add(months)?;
        let (year, month) = (total / 12, total % 12 + 1);
        Day::new(year, month, self.day.min(Day::days_in_month(year, month)))
    }

    /// The same date `years` earlier (29 February becomes 28 February when
    /// that year has none); `None` before the year 1.
    pub fn years_before(self, years: u32) -> Option<Day> {
        let year = self.year.checked_sub(years)?;
        Day::new(year, self.month, self.day.min(Day::days_in_month(year, self.month)))
    }

    /// The next day; `None` after 9999-12-31.
    pub fn next(self) -> Option<Day> {
        if self.day < Day::days_in_month(self.year, self.month) {
            Day::new(self.year, self.month, self.day + 1)
        } else if self.month < 12 {
            Day::new(self.year, self.month + 1, 1)
        } else {
            Day::new(self.year + 1, 1, 1)
        }
    }
}

impl fmt::Display for Day {
    /// `YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The most questions and scenarios of a check's quick route.
pub const QUICK_STEPS: usize = 10;

/// The weight of a critical item: what the quick route asks.
pub const CRITICAL: u8 = 3;

/// Which of a route's items the quick route keeps, by place: `items` are
/// the full route's in order, each as (is a scenario, weight). Every
/// critical question first, then critical scenarios while there is room,
/// at most [`QUICK_STEPS`]; the order stays the check's. The app and the
/// content checker's statistics both ask this one rule.
///
/// ```
/// use veilig_rules::quick_items;
/// // A critical question, a light one, a critical scenario.
/// assert_eq!(quick_items(&[(false, 3), (false, 1), (true, 3)]), [0, 2]);
/// ```
pub fn quick_items(items: &[(bool, u8)]) -> Vec<usize> {
    let critical = |&(_, weight): &(bool, u8)| weight >= CRITICAL;
    let questions = items.iter().filter(|i| critical(i) && !i.0).count().min(QUICK_STEPS);
    let (mut questions_left, mut scenarios_left) = (questions, QUICK_STEPS - questions);
    (0..items.len())
        .filter(|&n| {
            let left = if items[n].0 {
                &mut scenarios_left
            } else {
                &mut questions_left
            };
            let take = critical(&items[n]) && *left > 0;
            if take {
                *left -= 1;
            }
            take
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_short_lowercase_words_with_hyphens() {
        for ok in ["a", "two-step-email", "x1", &"a".repeat(MAX_ID_LEN)] {
            assert!(is_id(ok), "{ok}");
        }
        for bad in ["", "-a", "A", "a_b", "a b", "é", &"a".repeat(MAX_ID_LEN + 1)] {
            assert!(!is_id(bad), "{bad}");
        }
    }

    #[test]
    fn only_real_dates_in_the_one_shape_are_days() {
        for ok in ["2026-12-01", "2024-02-29", "0001-01-01", "9999-12-31"] {
            assert_eq!(Day::parse(ok).map(|d| d.to_string()).as_deref(), Some(ok));
        }
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-00-10",
            "0000-01-01",
            "2026-1-01",
            "2026/01/01",
            "20260101",
            "2026-01-32",
            "+026-01-01",
        ] {
            assert_eq!(Day::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn calendar_maths() {
        let d = |s: &str| Day::parse(s).unwrap();
        assert_eq!(d("2026-01-31").add_months(1), Some(d("2026-02-28")));
        assert_eq!(d("2024-01-31").add_months(1), Some(d("2024-02-29")));
        assert_eq!(d("2026-11-30").add_months(3), Some(d("2027-02-28")));
        assert_eq!(d("9999-12-01").add_months(1), None);
        assert_eq!(d("2026-12-31").next(), Some(d("2027-01-01")));
        assert_eq!(d("9999-12-31").next(), None);
        assert_eq!(d("2024-02-29").years_before(1), Some(d("2023-02-28")));
        assert!(d("2025-11-30") < d("2025-12-01"));
        assert_eq!(Day::from_unix_days(0), d("1970-01-01"));
        assert_eq!(Day::from_unix_days(20_423), d("2025-12-01"));
        assert_eq!(Day::from_unix_days(-1), d("1969-12-31"));
    }
}
