//! Showing content texts in the current language.

use leptos::prelude::*;

use crate::domain::content::Text;

use super::use_app_state;

/// A reactive view of `text` in the language shown: it updates when the
/// language switches.
pub fn tr(text: &'static Text) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_app_state().lang;
    move || text.get(lang.get())
}
