//! Switching the language at any moment; nothing else changes.

use leptos::prelude::*;

use crate::domain::content::ui;
use crate::domain::Lang;
use crate::ui::{tr, use_app_state};

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let state = use_app_state();
    view! {
        <nav class="language-switch" aria-label=tr(&ui::APP_LANGUAGE_LABEL)>
            <ul>
                {Lang::all()
                    .map(|lang| {
                        view! {
                            <li>
                                <button
                                    type="button"
                                    lang=lang.code()
                                    aria-pressed=move || (state.lang.get() == lang).to_string()
                                    on:click=move |_| state.lang.set(lang)
                                >
                                    {lang.name()}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
