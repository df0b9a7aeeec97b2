//! Switching the language at any moment; nothing else changes.
//!
//! A disclosure: one button with a globe (drawn by the stylesheet) and the
//! language shown, which opens the list of every language by its own name
//! ("Türkçe", "العربية"). A translation no native speaker has checked yet
//! says so beside its name, in that language. Escape closes the list, and
//! the focus goes back to the button, as it does after a choice.
//!
//! A language other than the first is loaded from its pack when first
//! chosen; if that fails (offline before the app could keep it), a message
//! says so and the language stays as it was.

use leptos::prelude::*;

use crate::domain::content::ui;
use crate::domain::format::fill;
use crate::domain::Lang;
use crate::ui::Words;
use crate::ui::{tr, use_app_state, Pending};

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let state = use_app_state();
    let open = RwSignal::new(false);
    let toggle = NodeRef::<leptos::html::Button>::new();
    let close = move || {
        open.set(false);
        if let Some(button) = toggle.get_untracked() {
            let _ = button.focus();
        }
    };
    let message = move || match state.pending.get() {
        Some(Pending::LanguageFailed(lang)) => fill(
            ui::APP_LANGUAGE_UNAVAILABLE.get(state.lang.get()),
            &[("language", lang.name())],
        ),
        _ => String::new(),
    };
    view! {
        <nav
            class="language-switch"
            aria-label=tr(&ui::APP_LANGUAGE_LABEL)
            on:keydown=move |e| {
                if e.key() == "Escape" && open.get_untracked() {
                    e.prevent_default();
                    close();
                }
            }
        >
            <button
                type="button"
                class="language-toggle"
                node_ref=toggle
                aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {move || state.lang.get().name()}
            </button>
            <ul id="language-list" class="language-list" hidden=move || !open.get()>
                {Lang::all()
                    .filter(|lang| lang.is_listed())
                    .map(|lang| {
                        view! {
                            <li>
                                <button
                                    type="button"
                                    lang=lang.code()
                                    aria-pressed=move || (state.lang.get() == lang).to_string()
                                    on:click=move |_| {
                                        state.choose_language(lang);
                                        close();
                                    }
                                >
                                    <span class="language-name">{lang.name()}</span>
                                    // Empty (and not shown) for a reviewed language.
                                    <span class="language-status">{lang.not_reviewed()}</span>
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
