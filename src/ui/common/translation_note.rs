//! For a translation that no native speaker has checked yet
//! (`reviewed = false` in content/languages.toml): one plain sentence, in
//! that language, that says so. Nothing for the first language or a
//! reviewed one.

use leptos::prelude::*;

use crate::domain::content::ui;
use crate::ui::{tr, use_app_state};

#[component]
pub fn TranslationNote() -> impl IntoView {
    let state = use_app_state();
    move || {
        (!state.lang.get().is_reviewed())
            .then(|| view! { <p class="translation-note">{tr(&ui::TRANSLATION_UNREVIEWED)}</p> })
    }
}
