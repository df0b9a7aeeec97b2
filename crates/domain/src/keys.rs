//! Every localStorage key the app writes, defined once: the app's readers
//! and writers, "delete everything" and the tests all take them from here.

/// A key: the app's prefix and a name, as one `&'static str`.
macro_rules! key {
    ($name:literal) => {
        concat!("veilig-check.", $name)
    };
}

/// The start of every key the app writes.
pub const PREFIX: &str = key!("");
/// The opt-in memory (`Memory::to_storage`).
pub const MEMORY: &str = key!("memory");
/// Event mode's settings (`EventSettings::to_storage`).
pub const EVENT_SETTINGS: &str = key!("event");
/// Event mode's tally (`Tally::to_storage`).
pub const TALLY: &str = key!("tally");
/// What is appended to a key to set unreadable text aside under it, rather
/// than lose or overwrite it.
pub const SET_ASIDE_SUFFIX: &str = ".damaged";

/// Every key the app has ever written, in any version, with their set-aside
/// copies: what "delete everything" removes. A key is never taken off this
/// list.
pub const ALL: &[&str] = &[
    MEMORY,
    EVENT_SETTINGS,
    TALLY,
    key!("memory.damaged"),
    key!("event.damaged"),
    key!("tally.damaged"),
];

/// Where unreadable text under `key` is set aside.
pub fn set_aside(key: &str) -> String {
    format!("{key}{SET_ASIDE_SUFFIX}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_key_the_app_writes_is_listed_once() {
        assert_eq!(&ALL[..3], [MEMORY, EVENT_SETTINGS, TALLY]);
        assert_eq!(MEMORY, "veilig-check.memory");
        let unique: BTreeSet<_> = ALL.iter().collect();
        assert_eq!(unique.len(), ALL.len());
        assert!(ALL.iter().all(|k| k.starts_with(PREFIX)));
        for key in [MEMORY, EVENT_SETTINGS, TALLY] {
            assert!(ALL.contains(&set_aside(key).as_str()), "{key}");
        }
    }
}
