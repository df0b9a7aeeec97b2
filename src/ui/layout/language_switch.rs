//! Switching the language at any moment; nothing else changes. A language
//! other than the first is loaded from its pack when first chosen; if that
//! fails (offline before the app could keep it), a message says so and the
//! language stays as it was.

use leptos::prelude::*;

use crate::domain::content::ui;
use crate::domain::format::fill;
use crate::domain::Lang;
use crate::ui::Words;
use crate::ui::{tr, use_app_state, Pending};

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let state = use_app_state();
    let message = move || match state.pending.get() {
        Some(Pending::LanguageFailed(lang)) => fill(
            ui::APP_LANGUAGE_UNAVAILABLE.get(state.lang.get()),
            &[("language", lang.name())],
        ),
        _ => String::new(),
    };
    view! {
        <nav class="language-switch" aria-label=tr(&ui::APP_LANGUAGE_LABEL)>
            <ul>
                {Lang::all()
                    .filter(|lang| lang.is_listed())
                    .map(|lang| {
                        view! {
                            <li>
                                <button
                                    type="button"
                                    lang=lang.code()
                                    aria-pressed=move || (state.lang.get() == lang).to_string()
                                    on:click=move |_| state.choose_language(lang)
                                >
                                    {lang.name()}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <p class="language-message" role="status">{message}</p>
        </nav>
    }
}
