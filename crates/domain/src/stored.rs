//! What the app keeps in the device's storage, as versioned records.
//!
//! Each stored thing (the opt-in memory, event mode's settings, its tally)
//! is a [`Record`]: a serde-derived shape written as JSON inside an
//! envelope that names the record and its version,
//!
//! ```text
//! {"record":"memory","version":2,"data":{…}}
//! ```
//!
//! [`read`] takes whatever text a device holds and never panics: the current
//! version is read into its shape and checked ([`Record::from_shape`]); an
//! older one is brought up to date by the record's own migration
//! ([`Record::migrate`]); a newer one is [`ReadError::Newer`] and anything
//! else [`ReadError::Unreadable`], and the caller sets the text aside with a
//! message rather than overwrite what it could not read.
//!
//! **Versions.** Version 1 of every record was a small line-based text of
//! its own (`memory v1 … end`); each record still reads it, in its
//! `migrate`. For a version 3: add the new shape, make `VERSION` 3, teach
//! `migrate` version 2 (read the old shape, convert it), add a test that
//! reads a version 2 sample, and keep the samples of every older version.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// Why stored text was not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadError {
    /// Cut off, changed, or not this record at all.
    Unreadable,
    /// Written by a newer version of the app, in this record version.
    Newer { version: u32 },
}

/// A thing the app stores.
pub trait Record: Sized {
    /// The record's name in its envelope (`memory`).
    const NAME: &'static str;
    /// The version [`write`] writes; [`read`] reads it and every older one.
    const VERSION: u32;
    /// The serde shape of the current version.
    type Shape: Serialize + DeserializeOwned;

    fn to_shape(&self) -> Self::Shape;

    /// The record, if the shape read is sound (ids are ids, days are days,
    /// lists in order and each entry once); `None` otherwise.
    fn from_shape(shape: Self::Shape) -> Option<Self>;

    /// The record from the whole stored text of an older `version`
    /// (version 1: the line-based text); `None` if it cannot be read.
    fn migrate(version: u32, text: &str) -> Option<Self>;
}

/// A record as stored: its name, its version and its data.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Envelope<T> {
    pub record: String,
    pub version: u32,
    pub data: T,
}

/// The envelope alone, to learn the version before reading the data.
#[derive(Deserialize)]
struct Header {
    record: String,
    version: u32,
}

/// `record` in its envelope, as the storage API writes it.
pub fn envelope<R: Record>(record: &R) -> Envelope<R::Shape> {
    Envelope {
        record: R::NAME.to_string(),
        version: R::VERSION,
        data: record.to_shape(),
    }
}

/// `record` as stored text.
pub fn write<R: Record>(record: &R) -> String {
    // Plain structs, strings and numbers: serialising them cannot fail.
    serde_json::to_string(&envelope(record)).unwrap_or_default()
}

/// Reads stored text of any version this app knows; see the module's
/// documentation. Never panics.
pub fn read<R: Record>(text: &str) -> Result<R, ReadError> {
    let Ok(header) = serde_json::from_str::<Header>(text) else {
        // Not an envelope: the line-based text of version 1, or damage.
        return R::migrate(1, text).ok_or(ReadError::Unreadable);
    };
    if header.record != R::NAME || header.version == 0 {
        return Err(ReadError::Unreadable);
    }
    if header.version > R::VERSION {
        return Err(ReadError::Newer {
            version: header.version,
        });
    }
    let record = if header.version == R::VERSION {
        serde_json::from_str::<Envelope<R::Shape>>(text)
            .ok()
            .and_then(|e| R::from_shape(e.data))
    } else {
        R::migrate(header.version, text)
    };
    record.ok_or(ReadError::Unreadable)
}

/// Whether `text` is the current version of `R`: what [`read`] read from
/// an older version is written again in the new one.
pub fn is_current<R: Record>(text: &str) -> bool {
    serde_json::from_str::<Header>(text).is_ok_and(|h| h.record == R::NAME && h.version == R::VERSION)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A record with one number, to test the envelope on its own.
    #[derive(Debug, PartialEq)]
    struct Count(u32);

    #[derive(Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct CountShape {
        count: u32,
    }

    impl Record for Count {
        const NAME: &'static str = "count";
        const VERSION: u32 = 3;
        type Shape = CountShape;

        fn to_shape(&self) -> CountShape {
            CountShape { count: self.0 }
        }

        fn from_shape(shape: CountShape) -> Option<Count> {
            (shape.count > 0).then_some(Count(shape.count))
        }

        fn migrate(version: u32, text: &str) -> Option<Count> {
            match version {
                // Version 1: `count v1 <n>`.
                1 => text.strip_prefix("count v1 ")?.parse().ok().map(Count),
                // Version 2: the number under another name.
                2 => {
                    #[derive(Deserialize)]
                    struct V2 {
                        n: u32,
                    }
                    let old: Envelope<V2> = serde_json::from_str(text).ok()?;
                    Some(Count(old.data.n))
                }
                _ => None,
            }
        }
    }

    #[test]
    fn a_record_round_trips_in_its_envelope() {
        let text = write(&Count(7));
        assert_eq!(text, r#"{"record":"count","version":3,"data":{"count":7}}"#);
        assert_eq!(read::<Count>(&text), Ok(Count(7)));
        assert!(is_current::<Count>(&text));
    }

    #[test]
    fn every_older_version_is_migrated() {
        assert_eq!(read::<Count>("count v1 5"), Ok(Count(5)));
        let v2 = r#"{"record":"count","version":2,"data":{"n":6}}"#;
        assert_eq!(read::<Count>(v2), Ok(Count(6)));
        assert!(!is_current::<Count>(v2));
    }

    #[test]
    fn newer_damaged_or_other_text_is_refused() {
        let newer = r#"{"record":"count","version":4,"data":{"whatever":[]}}"#;
        assert_eq!(read::<Count>(newer), Err(ReadError::Newer { version: 4 }));
        for bad in [
            "",
            "count v1 x",
            "{",
            r#"{"record":"count","version":3,"data":{"count":0}}"#,
            r#"{"record":"count","version":3,"data":{"count":7,"more":1}}"#,
            r#"{"record":"count","version":3,"data":{"count":-1}}"#,
            r#"{"record":"count","version":3,"data":{"count":7}"#,
            r#"{"record":"count","version":3}"#,
            r#"{"record":"tally","version":3,"data":{"count":7}}"#,
            r#"{"record":"count","version":0,"data":{"count":7}}"#,
            r#"{"record":"count","version":1,"data":{"count":7}}"#,
            r#"{"record":"count","version":"3","data":{"count":7}}"#,
        ] {
            assert_eq!(read::<Count>(bad), Err(ReadError::Unreadable), "{bad}");
        }
    }
}
