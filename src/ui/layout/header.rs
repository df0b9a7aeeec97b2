//! The top bar: the name of the service, the language switch and the
//! "larger text" switch.

use leptos::prelude::*;

use crate::domain::content::ui;
use crate::ui::{tr, use_app_state};

use super::LanguageSwitch;

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="container header-inner">
                <span class="brand">
                    <span class="brand-mark" aria-hidden="true"></span>
                    {tr(&ui::APP_NAME)}
                </span>
                <div class="header-tools">
                    <LanguageSwitch/>
                    <TextSizeSwitch/>
                </div>
            </div>
        </header>
    }
}

/// One button that makes every text larger, and a second press undoes it.
#[component]
fn TextSizeSwitch() -> impl IntoView {
    let state = use_app_state();
    view! {
        <button
            type="button"
            class="text-size-switch"
            aria-pressed=move || if state.large_text.get() { "true" } else { "false" }
            on:click=move |_| state.large_text.update(|on| *on = !*on)
        >
            <span aria-hidden="true" class="text-size-icon">"A+"</span>
            " "
            {tr(&ui::HEADER_LARGER_TEXT)}
        </button>
    }
}
