//! Back and forward under every question, and the message when an answer is
//! missing.

use leptos::prelude::*;

use crate::domain::content::ui;
use crate::domain::text::Text;
use crate::ui::{tr, use_app_state};

/// The primary button submits the step's form; "previous" goes one step back
/// and keeps every answer.
#[component]
pub fn StepNav(next: &'static Text, #[prop(default = None)] skip: Option<Callback<()>>) -> impl IntoView {
    let state = use_app_state();
    view! {
        <div class="actions-row">
            <button type="submit" class="button button-primary">{tr(next)}</button>
            {skip.map(|skip| view! {
                <button type="button" class="button button-secondary" on:click=move |_| skip.run(())>
                    {tr(&ui::CHECK_SKIP)}
                </button>
            })}
        </div>
        <button type="button" class="back-link" on:click=move |_| state.update_session(|s| s.back())>
            {tr(&ui::CHECK_BACK)}
        </button>
    }
}

/// Says plainly what is missing. Announced at once (role="alert").
#[component]
pub fn ErrorMessage(id: &'static str, show: ReadSignal<bool>) -> impl IntoView {
    view! {
        <div id=id role="alert" class="error-slot">
            <Show when=move || show.get()>
                <p class="error-message">
                    <span class="visually-hidden">{tr(&ui::CHECK_ERROR_TITLE)} ": "</span>
                    {tr(&ui::CHECK_ERROR_CHOOSE)}
                </p>
            </Show>
        </div>
    }
}
