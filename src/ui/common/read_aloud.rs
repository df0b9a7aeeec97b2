//! "Read aloud": one button that reads a text with a voice of the device
//! itself, in the language shown; a second press stops it. Hidden when the
//! device has no local voice for that language.

use leptos::prelude::*;

use crate::domain::content::ui;
use crate::platform::speech;
use crate::ui::{tr, use_app_state};

#[component]
pub fn ReadAloud(#[prop(into)] text: Signal<String>) -> impl IntoView {
    let state = use_app_state();
    let reading = RwSignal::new(false);
    let toggle = move |_| {
        if reading.get_untracked() {
            speech::stop();
            reading.set(false);
        } else {
            let started = speech::read(&text.get_untracked(), state.lang.get_untracked().code(), move || {
                reading.set(false)
            });
            reading.set(started);
        }
    };
    // Leaving the screen or changing language stops the voice.
    on_cleanup(speech::stop);
    Effect::new(move |previous: Option<()>| {
        state.lang.track();
        if previous.is_some() && reading.get_untracked() {
            speech::stop();
            reading.set(false);
        }
    });
    view! {
        <Show when=move || state.can_read_aloud.get()>
            <button
                type="button"
                class="read-aloud"
                aria-pressed=move || if reading.get() { "true" } else { "false" }
                on:click=toggle
            >
                <span class="read-aloud-icon" aria-hidden="true"></span>
                {move || if reading.get() { tr(&ui::APP_READ_ALOUD_STOP)() } else { tr(&ui::APP_READ_ALOUD)() }}
            </button>
        </Show>
    }
}
