//! Event mode, the pure part: ambassadors run the check on a tablet at a
//! market stand, one visitor after another.
//!
//! - [`pin`]: the ambassador's PIN, kept only as a salted, iterated hash;
//! - [`tally`]: counts of what happened at the stand, per day, with figures
//!   about fewer than [`MIN_GROUP`] people hidden, and the CSV report;
//! - [`idle`]: "Are you still there?", so an abandoned check is cleared
//!   before the next visitor;
//! - [`EventSettings`]: the PIN and the idle time, as stored.
//!
//! No clock and no randomness in here: the time and the salt come from the
//! caller. The settings and the tally are stored as versioned records
//! ([`crate::stored`]): JSON since version 2; version 1 was a small text of
//! its own, still read (`from_v1_text`, whose errors name the line). Damaged
//! or newer data is refused, never panicked on, and the caller sets it aside
//! with a message.

pub mod idle;
pub mod pin;
pub mod tally;

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::stored::Record;

pub use idle::{Idle, IdleState, DEFAULT_IDLE_SECONDS, MIN_COUNTDOWN_SECONDS};
pub use pin::{validate_pin, PinError, PinHash};
pub use tally::{Shown, Summary, Tally, MIN_GROUP};

/// Why version 1's text was not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreError {
    /// Cut off or changed: the first line (from 1) that is wrong, or one past
    /// the last when the end is missing.
    Damaged { line: usize },
    /// Written by a newer version of the app, in this format version.
    Newer { version: u32 },
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Damaged { line } => write!(f, "damaged at line {line}"),
            StoreError::Newer { version } => write!(f, "written by a newer version (format {version})"),
        }
    }
}

/// Checks a version line `<name> v<number>`: this `version`, a newer one, or
/// damage.
fn check_header(line: &str, name: &str, version: u32) -> Result<(), StoreError> {
    let damaged = StoreError::Damaged { line: 1 };
    let number = line
        .strip_prefix(name)
        .and_then(|rest| rest.strip_prefix(" v"))
        .filter(|n| !n.is_empty() && n.len() <= 9 && n.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|n| n.parse::<u32>().ok())
        .ok_or(damaged)?;
    match number {
        n if n == version => Ok(()),
        n if n > version => Err(StoreError::Newer { version: n }),
        _ => Err(damaged),
    }
}

/// What the ambassador set up: the PIN and the seconds without activity
/// before "Are you still there?".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventSettings {
    pub pin: PinHash,
    /// Kept within the limits of [`Idle::new`] when used, not when stored.
    pub idle_seconds: u32,
}

const SETTINGS_HEADER: &str = "event";
const SETTINGS_VERSION: u32 = 1;

/// The settings as stored since version 2: the PIN in its own text
/// (`PinHash::to_storage`, which names its KDF's iterations), the idle
/// seconds.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SettingsShape {
    pub pin: String,
    pub idle_seconds: u32,
}

impl Record for EventSettings {
    const NAME: &'static str = "event";
    const VERSION: u32 = 2;
    type Shape = SettingsShape;

    fn to_shape(&self) -> SettingsShape {
        SettingsShape {
            pin: self.pin.to_storage(),
            idle_seconds: self.idle_seconds,
        }
    }

    fn from_shape(shape: SettingsShape) -> Option<EventSettings> {
        Some(EventSettings {
            pin: PinHash::from_storage(&shape.pin)?,
            idle_seconds: shape.idle_seconds,
        })
    }

    fn migrate(version: u32, text: &str) -> Option<EventSettings> {
        match version {
            1 => EventSettings::from_v1_text(text).ok(),
            _ => None,
        }
    }
}

impl EventSettings {
    /// Settings with a new PIN (hashed with the caller's random `salt`) and
    /// the default idle time.
    pub fn new(pin: &str, salt: [u8; 16]) -> Result<EventSettings, PinError> {
        Ok(EventSettings {
            pin: PinHash::new(pin, salt)?,
            idle_seconds: DEFAULT_IDLE_SECONDS,
        })
    }

    /// A stopped idle timer with these settings and the standard countdown.
    pub fn idle(&self) -> Idle {
        Idle::new(self.idle_seconds, MIN_COUNTDOWN_SECONDS)
    }

    /// ```text
    /// event v1
    /// pin v1:<salt>:<hash>
    /// idle 90
    /// end
    /// ```
    #[cfg(test)]
    pub(crate) fn to_v1_text(&self) -> String {
        format!(
            "{SETTINGS_HEADER} v{SETTINGS_VERSION}\npin {}\nidle {}\nend\n",
            self.pin.to_storage(),
            self.idle_seconds
        )
    }

    /// Reads [`EventSettings::to_v1_text`]'s text back; refuses damaged text
    /// and text of a newer version, and never panics.
    pub(crate) fn from_v1_text(text: &str) -> Result<EventSettings, StoreError> {
        let text = text.strip_suffix('\n').unwrap_or(text);
        let mut lines = text.split('\n');
        check_header(lines.next().unwrap_or(""), SETTINGS_HEADER, SETTINGS_VERSION)?;
        let damaged = |line| StoreError::Damaged { line };
        let pin = lines
            .next()
            .and_then(|l| l.strip_prefix("pin "))
            .and_then(PinHash::from_storage)
            .ok_or(damaged(2))?;
        let idle_seconds = lines
            .next()
            .and_then(|l| l.strip_prefix("idle "))
            .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|n| n.parse().ok())
            .ok_or(damaged(3))?;
        match (lines.next(), lines.next()) {
            (Some("end"), None) => Ok(EventSettings { pin, idle_seconds }),
            (Some("end"), Some(_)) => Err(damaged(5)),
            _ => Err(damaged(4)),
        }
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// A small, fixed pseudo-random generator (xorshift64) for the tests that
    /// feed damaged text to the readers.
    pub struct XorShift(pub u64);

    impl XorShift {
        pub fn next(&mut self) -> u64 {
            let mut x = self.0;
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            self.0 = x;
            x
        }

        /// A number below `n` (which is not 0).
        pub fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }

        pub fn byte(&mut self) -> u8 {
            self.next() as u8
        }

        /// Up to `max_len` bytes from `alphabet` (any byte when it is empty),
        /// read as UTF-8 with invalid bytes replaced.
        pub fn text(&mut self, alphabet: &[u8], max_len: usize) -> String {
            let len = self.below(max_len + 1);
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    if alphabet.is_empty() {
                        self.byte()
                    } else {
                        alphabet[self.below(alphabet.len())]
                    }
                })
                .collect();
            String::from_utf8_lossy(&bytes).into_owned()
        }
    }

    fn sample() -> EventSettings {
        EventSettings {
            pin: PinHash::new("4321", [3; 16]).unwrap(),
            idle_seconds: 120,
        }
    }

    #[test]
    fn new_settings_have_the_default_idle_time() {
        let s = EventSettings::new("4321", [3; 16]).unwrap();
        assert_eq!(s.idle_seconds, 90);
        assert!(s.pin.verify("4321"));
        assert_eq!(s.idle(), Idle::default());
        assert_eq!(EventSettings::new("43", [3; 16]), Err(PinError::TooShort));
    }

    #[test]
    fn settings_round_trip() {
        let s = sample();
        let text = s.to_v1_text();
        assert!(text.starts_with("event v1\npin v2:600000:0303"), "{text}");
        assert!(text.ends_with("\nidle 120\nend\n"), "{text}");
        assert_eq!(EventSettings::from_v1_text(&text), Ok(s.clone()));
        assert_eq!(EventSettings::from_v1_text(text.trim_end()), Ok(s.clone()));
        let odd = EventSettings { idle_seconds: 0, ..s };
        assert_eq!(EventSettings::from_v1_text(&odd.to_v1_text()), Ok(odd.clone()));
        assert_eq!(
            odd.idle(),
            Idle::new(idle::MIN_IDLE_SECONDS, 20),
            "kept within limits when used"
        );
    }

    #[test]
    fn settings_are_stored_as_version_2_and_version_1_still_reads() {
        use crate::stored::{read, write, ReadError};
        let s = sample();
        let text = write(&s);
        assert!(
            text.starts_with(r#"{"record":"event","version":2,"data":{"pin":"v2:600000:0303"#),
            "{text}"
        );
        assert!(text.ends_with(r#"","idle_seconds":120}}"#), "{text}");
        assert_eq!(read::<EventSettings>(&text), Ok(s.clone()));
        assert_eq!(read::<EventSettings>(&s.to_v1_text()), Ok(s.clone()));
        let newer = text.replacen(r#""version":2"#, r#""version":3"#, 1);
        assert_eq!(read::<EventSettings>(&newer), Err(ReadError::Newer { version: 3 }));
        for bad in [
            text.replacen("pin\":\"v2", "pin\":\"v1", 1),
            text.replacen("120", "-1", 1),
            text.replacen("120", "\"120\"", 1),
            text.replacen(r#""idle_seconds""#, r#""idle""#, 1),
            text[..text.len() - 1].to_string(),
        ] {
            assert_eq!(read::<EventSettings>(&bad), Err(ReadError::Unreadable), "{bad}");
        }
    }

    #[test]
    fn damaged_or_newer_settings_are_refused() {
        let text = sample().to_v1_text();
        for cut in 0..text.len() - 1 {
            assert!(EventSettings::from_v1_text(&text[..cut]).is_err(), "cut at {cut}");
        }
        assert_eq!(
            EventSettings::from_v1_text(&text.replacen("event v1", "event v3", 1)),
            Err(StoreError::Newer { version: 3 })
        );
        assert_eq!(
            EventSettings::from_v1_text(&text.replacen("pin v2", "pin v3", 1)),
            Err(StoreError::Damaged { line: 2 })
        );
        assert_eq!(
            EventSettings::from_v1_text(&text.replacen("idle 120", "idle -5", 1)),
            Err(StoreError::Damaged { line: 3 })
        );
        assert_eq!(
            EventSettings::from_v1_text(&text.replacen("idle 120", "idle 99999999999", 1)),
            Err(StoreError::Damaged { line: 3 })
        );
        assert_eq!(
            EventSettings::from_v1_text(&format!("{text}more\n")),
            Err(StoreError::Damaged { line: 5 })
        );
        assert_eq!(
            EventSettings::from_v1_text(&text.replacen("end", "fin", 1)),
            Err(StoreError::Damaged { line: 4 })
        );
        assert_eq!(EventSettings::from_v1_text(""), Err(StoreError::Damaged { line: 1 }));
    }

    #[test]
    fn garbage_settings_never_panic() {
        let text = sample().to_v1_text();
        let mut rng = XorShift(0xdead_beef_cafe_f00d);
        for _ in 0..2000 {
            let mut bytes = text.as_bytes().to_vec();
            let at = rng.below(bytes.len());
            bytes[at] = rng.byte();
            if let Ok(s) = EventSettings::from_v1_text(&String::from_utf8_lossy(&bytes)) {
                assert_eq!(EventSettings::from_v1_text(&s.to_v1_text()), Ok(s));
            }
            let _ = EventSettings::from_v1_text(&rng.text(b"event v1\npin:0123456789abcdef\xe2", 160));
            let _ = EventSettings::from_v1_text(&rng.text(&[], 160));
        }
    }

    #[test]
    fn version_lines_are_read_strictly() {
        assert_eq!(check_header("x v1", "x", 1), Ok(()));
        assert_eq!(check_header("x v2", "x", 1), Err(StoreError::Newer { version: 2 }));
        assert_eq!(
            check_header("x v4294967295", "x", 1),
            Err(StoreError::Damaged { line: 1 })
        );
        for bad in [
            "", "x", "x v", "x v0", "x v1 ", "x  v1", "y v1", "x v-1", "x v+2", "X v1",
        ] {
            assert_eq!(
                check_header(bad, "x", 1),
                Err(StoreError::Damaged { line: 1 }),
                "{bad:?}"
            );
        }
        assert_eq!(
            StoreError::Newer { version: 2 }.to_string(),
            "written by a newer version (format 2)"
        );
    }
}
