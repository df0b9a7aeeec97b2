//! Reading one of the app's own files, for the language packs. Only paths of
//! the app itself are ever asked for, relative to its own address; the
//! service worker answers from its offline cache when it can. Promise
//! callbacks rather than futures: the async machinery would cost the first
//! load several kilobytes.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Why a file could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FetchError {
    /// No answer: offline and not in the offline cache.
    Unreachable,
    /// An answer that was not the file (for example 404).
    NotFound,
}

type Done = Rc<RefCell<Option<Box<dyn FnOnce(Result<String, FetchError>)>>>>;

fn finish(done: &Done, result: Result<String, FetchError>) {
    if let Some(done) = done.borrow_mut().take() {
        done(result);
    }
}

/// Calls `done` once with the text of the app's own file at `path`
/// (relative, e.g. `lang/en-….txt`), or with why it could not be read.
pub fn own_text(path: &str, done: impl FnOnce(Result<String, FetchError>) + 'static) {
    let done: Done = Rc::new(RefCell::new(Some(Box::new(done))));
    let Some(window) = web_sys::window() else {
        return finish(&done, Err(FetchError::Unreachable));
    };
    let failed = |done: &Done| {
        let done = done.clone();
        Closure::<dyn FnMut(JsValue)>::new(move |_| finish(&done, Err(FetchError::Unreachable)))
    };
    let got_text = {
        let done = done.clone();
        Closure::<dyn FnMut(JsValue)>::new(move |text: JsValue| {
            finish(&done, text.as_string().ok_or(FetchError::NotFound))
        })
    };
    let text_failed = failed(&done);
    let got_response = {
        let done = done.clone();
        Closure::<dyn FnMut(JsValue)>::new(move |response: JsValue| {
            let response = match response.dyn_into::<web_sys::Response>() {
                Ok(r) if r.ok() => r,
                _ => return finish(&done, Err(FetchError::NotFound)),
            };
            match response.text() {
                Ok(text) => {
                    let _ = text.then2(&got_text, &text_failed);
                }
                Err(_) => finish(&done, Err(FetchError::Unreachable)),
            }
        })
    };
    let response_failed = failed(&done);
    let _ = window.fetch_with_str(path).then2(&got_response, &response_failed);
    // Each runs at most once per file, and a file is read once per language.
    got_response.forget();
    response_failed.forget();
}
