//! Showing content texts in the current language, and the app's one set of
//! loaded language packs.
//!
//! The pure layer says what a pack is and checks it ([`Packs`]); the app
//! keeps the packs it loaded here for as long as it runs. A pack is loaded
//! at most once per language and part, so its text is kept with a
//! `'static` lifetime (leaked on purpose) and views can show it without
//! copying.

use std::cell::{Cell, RefCell};

use leptos::prelude::*;

use crate::domain::packs::{self, PackError, Packs};
use crate::domain::text::{PackInfo, Text};
use crate::domain::Lang;

use super::use_app_state;

thread_local! {
    static LOADED: RefCell<Packs<'static>> = RefCell::new(Packs::new());
    /// The check shown says "je": texts with `je` words show those.
    static INFORMAL: Cell<bool> = const { Cell::new(false) };
}

/// Says whether the screen shown belongs to a check that says "je"
/// ([`crate::ui::AppState::go`] keeps it in step with the screen).
pub fn set_informal(on: bool) {
    INFORMAL.with(|f| f.set(on));
}

/// A content text in a language, from the packs loaded.
pub trait Words {
    /// The text in `lang`; see [`Packs::get`].
    fn get(&self, lang: Lang) -> &'static str;
}

impl Words for Text {
    fn get(&self, lang: Lang) -> &'static str {
        let text = if INFORMAL.with(Cell::get) {
            crate::domain::content::informal(self).unwrap_or(self)
        } else {
            self
        };
        LOADED.with(|packs| packs.borrow().get(text, lang))
    }
}

/// The packs still needed to show `lang` with these parts.
pub fn missing(lang: Lang, parts: &[&str]) -> Vec<&'static PackInfo> {
    LOADED.with(|packs| packs.borrow().missing(lang, parts))
}

/// Keeps a fetched pack file if it is one this build expects of `lang`.
pub fn install(lang: Lang, body: String) -> Result<(), PackError> {
    packs::check(lang, &body)?;
    let body: &'static str = Box::leak(body.into_boxed_str());
    LOADED.with(|packs| packs.borrow_mut().install(lang, body))
}

/// A reactive view of `text` in the language shown: it updates when the
/// language switches, and between "u" and "je" with the check shown.
pub fn tr(text: &'static Text) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let state = use_app_state();
    move || {
        state.informal.track();
        text.get(state.lang.get())
    }
}

/// The month names of `lang`, for `format::long_date`.
pub fn months(lang: Lang) -> &'static str {
    crate::domain::content::ui::DATE_MONTHS.get(lang)
}
