//! The device's localStorage, for the few things the app keeps on purpose
//! (event mode's settings and tally; opt-in memory). Storage can be missing
//! or blocked (private windows, settings): every call then reports it
//! instead of throwing, so the app carries on without keeping anything.
//!
//! Not `gloo-storage`: its `LocalStorage::raw()` throws when storage is
//! blocked, and its typed `get`/`set` bring serde_json into the wasm; the
//! app's stored data are small hand-written text formats instead.

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Storage is not there or refused the call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unavailable;

/// The text under `key`; `Ok(None)` when there is none.
pub fn get(key: &str) -> Result<Option<String>, Unavailable> {
    local().ok_or(Unavailable)?.get_item(key).map_err(|_| Unavailable)
}

/// Keeps `value` under `key`.
pub fn set(key: &str, value: &str) -> Result<(), Unavailable> {
    local()
        .ok_or(Unavailable)?
        .set_item(key, value)
        .map_err(|_| Unavailable)
}

/// Moves text that could not be read from `key` to its set-aside key
/// (`keys::set_aside`), where it is kept rather than lost or overwritten.
pub fn set_aside(key: &str, text: &str) {
    let _ = set(&crate::domain::keys::set_aside(key), text);
    remove(key);
}

/// Removes `key`.
pub fn remove(key: &str) {
    if let Some(storage) = local() {
        let _ = storage.remove_item(key);
    }
}
