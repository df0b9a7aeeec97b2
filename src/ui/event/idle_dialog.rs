//! "Are you still there?": a modal dialog with a countdown of at least 20
//! seconds and one large button to go on (WCAG 2.2.1). When the countdown
//! runs out, event mode wipes the visitor's answers.

use leptos::prelude::*;

use crate::domain::content::ui;
use crate::domain::event::IdleState;
use crate::domain::format::fill;
use crate::platform::device;
use crate::ui::{tr, use_app_state};

use super::use_event;
use crate::ui::Words;

const ID: &str = "idle-dialog";

#[component]
pub fn IdleDialog() -> impl IntoView {
    let state = use_app_state();
    let event = use_event();
    let seconds = move || match event.idle_state.get() {
        IdleState::Warning { seconds_left } => Some(seconds_left),
        _ => None,
    };
    // Open while the warning lasts; the browser makes the rest inert and
    // puts the focus on the button.
    Effect::new(move |_| device::show_dialog(ID, seconds().is_some()));
    // The text is read once when the dialog opens; the number then counts
    // down on screen without interrupting a screen reader every second.
    let text = move || {
        let n = seconds().unwrap_or(0).to_string();
        fill(ui::EVENT_IDLE_TEXT.get(state.lang.get()), &[("n", &n)])
    };
    view! {
        <dialog
            id=ID
            class="idle-dialog"
            aria-labelledby="idle-title"
            aria-describedby="idle-text"
            on:cancel=move |ev: leptos::ev::Event| {
                // Escape means "I am here" too.
                ev.prevent_default();
                event.dismiss_warning();
            }
        >
            <h2 id="idle-title">{tr(&ui::EVENT_IDLE_TITLE)}</h2>
            <p id="idle-text">{text}</p>
            <p class="idle-count" aria-hidden="true">{move || seconds().unwrap_or(0)}</p>
            <button type="button" class="button button-primary button-large" autofocus on:click=move |_| event.dismiss_warning()>
                {tr(&ui::EVENT_IDLE_CONTINUE)}
            </button>
        </dialog>
    }
}
