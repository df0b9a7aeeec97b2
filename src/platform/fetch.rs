//! Reading one of the app's own files, for the language packs. Only paths of
//! the app itself are ever asked for, relative to its own address; the
//! service worker answers from its offline cache when it can.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a file could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FetchError {
    /// No answer: offline and not in the offline cache.
    Unreachable,
    /// An answer that was not the file (for example 404).
    NotFound,
}

/// Calls `done` once with the text of the app's own file at `path`
/// (relative, e.g. `lang/en-….txt`), or with why it could not be read.
pub fn own_text(path: &str, done: impl FnOnce(Result<String, FetchError>) + 'static) {
    let path = path.to_string();
    wasm_bindgen_futures::spawn_local(async move { done(read(&path).await) });
}

async fn read(path: &str) -> Result<String, FetchError> {
    use FetchError::*;
    let window = web_sys::window().ok_or(Unreachable)?;
    let response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(|_| Unreachable)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| NotFound)?;
    if !response.ok() {
        return Err(NotFound);
    }
    let text = JsFuture::from(response.text().map_err(|_| Unreachable)?)
        .await
        .map_err(|_| Unreachable)?;
    text.as_string().ok_or(NotFound)
}
