//! The way back to the start screen, at the top of every other screen.

use leptos::prelude::*;

use crate::domain::content::ui;
use crate::ui::{tr, use_app_state, Screen};

#[component]
pub fn BackToStart() -> impl IntoView {
    let state = use_app_state();
    view! {
        <button type="button" class="back-link" on:click=move |_| state.go(Screen::Start)>
            {tr(&ui::APP_BACK_TO_START)}
        </button>
    }
}
