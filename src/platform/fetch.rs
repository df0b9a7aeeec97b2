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

/// The text of the app's own file at `path` (relative, e.g.
/// `lang/en-….txt`), or why it could not be read. The request is made at
/// once, when this is called; awaiting it waits for the answer, so several
/// can be asked for together.
pub fn own_text(path: &str) -> impl std::future::Future<Output = Result<String, FetchError>> {
    use FetchError::*;
    let request = web_sys::window().map(|w| w.fetch_with_str(path));
    async move {
        let response = JsFuture::from(request.ok_or(Unreachable)?)
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
}
