//! The "it is happening now" entry, visible on every screen but its own.

use leptos::prelude::*;

use crate::domain::content::ui;
use crate::ui::{tr, use_app_state, Screen};

#[component]
pub fn HelpNowBar() -> impl IntoView {
    let state = use_app_state();
    view! {
        <aside class="help-now-bar" aria-labelledby="help-now-bar-title">
            <div class="container help-now-bar-inner">
                <p id="help-now-bar-title" class="help-now-bar-title">{tr(&ui::HELP_NOW_BANNER_TITLE)}</p>
                <button type="button" class="button button-warning" on:click=move |_| state.go(Screen::HelpNow)>
                    {tr(&ui::HELP_NOW_BANNER_LINK)}
                </button>
            </div>
        </aside>
    }
}
