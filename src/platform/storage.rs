//! The device's localStorage, through `gloo-storage`, for the few things the
//! app keeps on purpose (event mode's settings and tally; opt-in memory),
//! each a versioned record (`domain::stored`).
//!
//! Storage can be missing or blocked (private windows, settings), and
//! gloo's `LocalStorage` throws then: [`local`] guards every call, once, so
//! the app reports it and carries on without keeping anything.

use gloo_storage::{LocalStorage, Storage};

use crate::domain::keys;
use crate::domain::stored::{self, ReadError, Record};

/// Storage is not there or refused the call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unavailable;

/// The one guard: whether the device lets the app use localStorage, asked
/// before every call into gloo (whose `raw()` throws when it does not).
fn local() -> Result<(), Unavailable> {
    match web_sys::window().map(|w| w.local_storage()) {
        Some(Ok(Some(_))) => Ok(()),
        _ => Err(Unavailable),
    }
}

/// The text under `key`, as it is; `None` when there is none or storage is
/// unavailable.
pub fn text(key: &str) -> Option<String> {
    local().ok()?;
    LocalStorage::raw().get_item(key).ok().flatten()
}

/// Whether something is stored under `key`.
pub fn has(key: &str) -> bool {
    text(key).is_some()
}

/// Reads the record under `key`: `Ok(None)` when there is none (or storage
/// is unavailable). One of an older version is written again in the
/// current one. What cannot be read, or was written by a newer version of
/// the app, is moved to the key's set-aside key, where it is kept rather
/// than lost or overwritten, and the reason is returned for a message.
pub fn load<R: Record>(key: &str) -> Result<Option<R>, ReadError> {
    let Some(text) = text(key) else {
        return Ok(None);
    };
    match stored::read::<R>(&text) {
        Ok(record) => {
            if !stored::is_current::<R>(&text) {
                let _ = save(key, &record);
            }
            Ok(Some(record))
        }
        Err(error) => {
            // Kept exactly as it was, not in an envelope of its own.
            if local().is_ok() && LocalStorage::raw().set_item(&keys::set_aside(key), &text).is_ok() {
                LocalStorage::delete(key);
            }
            Err(error)
        }
    }
}

/// Keeps `record` under `key`, in its envelope, as JSON.
pub fn save<R: Record>(key: &str, record: &R) -> Result<(), Unavailable> {
    local()?;
    LocalStorage::set(key, stored::envelope(record)).map_err(|_| Unavailable)
}

/// Removes `key`.
pub fn remove(key: &str) {
    if local().is_ok() {
        LocalStorage::delete(key);
    }
}
