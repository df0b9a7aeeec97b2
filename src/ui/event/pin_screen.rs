//! The gate to the ambassador's screen: the PIN. A visitor who tries keeps
//! seeing the welcome screen; after five wrong PINs the gate waits a minute.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::domain::content::ui;
use crate::domain::text::Text;
use crate::platform::device;
use crate::ui::{tr, use_app_state, Screen};

use super::setup_screen::PinInput;
use super::use_event;

#[component]
pub fn PinScreen() -> impl IntoView {
    let state = use_app_state();
    let event = use_event();
    let pin = RwSignal::new(String::new());
    let error: RwSignal<Option<&'static Text>> = RwSignal::new(None);
    let checking = RwSignal::new(false);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if checking.get_untracked() {
            return;
        }
        let typed = pin.get_untracked();
        pin.set(String::new());
        // Checking takes a moment (the PIN's key derivation, seconds on a
        // slow tablet): the screen says so first, then checks.
        checking.set(true);
        super::after_paint(move || {
            let problem = match event.try_pin(&typed) {
                Some(true) => None,
                Some(false) => Some(&ui::AMBASSADOR_PIN_WRONG),
                None => Some(&ui::AMBASSADOR_PIN_WAIT),
            };
            // The screen may have gone meanwhile: `try_set` then
            // does nothing.
            let _ = error.try_set(problem);
            let _ = checking.try_set(false);
            if problem.is_some() {
                device::focus_later("pin-enter");
            }
        });
    };
    view! {
        <button type="button" class="back-link" on:click=move |_| state.go(Screen::Start)>
            {tr(&ui::AMBASSADOR_BACK_TO_VISITORS)}
        </button>
        <h1 id="page-title" tabindex="-1">{tr(&ui::AMBASSADOR_PIN_TITLE)}</h1>
        <p class="lead">{tr(&ui::AMBASSADOR_PIN_INTRO)}</p>
        <form class="event-form" on:submit=submit novalidate>
            <p id="pin-enter-error" class="error-message" role="alert">
                {move || error.get().map(|t| tr(t)())}
            </p>
            <div class="field">
                <label for="pin-enter">{tr(&ui::AMBASSADOR_PIN_ENTER)}</label>
                <PinInput id="pin-enter" value=pin described_by="pin-enter-error"/>
            </div>
            <button type="submit" class="button button-primary button-large" aria-disabled=move || checking.get().then_some("true")>
                {tr(&ui::AMBASSADOR_PIN_OPEN)}
            </button>
            <p class="hint" role="status">{move || checking.get().then(|| tr(&ui::AMBASSADOR_PIN_CHECKING)())}</p>
        </form>
    }
}
