//! Switching event mode on: a PIN (typed twice) and the idle time.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::domain::content::ui;
use crate::domain::event::{validate_pin, EventSettings, PinError, DEFAULT_IDLE_SECONDS};
use crate::domain::format::fill;
use crate::domain::text::Text;
use crate::platform::device;
use crate::ui::common::BackToStart;
use crate::ui::{tr, use_app_state};

use super::use_event;
use crate::ui::Words;

/// The idle times an ambassador can choose, in seconds.
pub const IDLE_CHOICES: [u32; 4] = [60, 90, 120, 180];

#[component]
pub fn SetupScreen() -> impl IntoView {
    let state = use_app_state();
    let event = use_event();
    let pin = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let idle = RwSignal::new(DEFAULT_IDLE_SECONDS);
    let error: RwSignal<Option<&'static Text>> = RwSignal::new(None);
    let securing = RwSignal::new(false);

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if securing.get_untracked() {
            return;
        }
        let (p, r) = (pin.get_untracked(), repeat.get_untracked());
        let problem = match validate_pin(&p) {
            Err(PinError::TooShort) => Some(&ui::AMBASSADOR_PIN_TOO_SHORT),
            Err(PinError::TooLong) => Some(&ui::AMBASSADOR_PIN_TOO_LONG),
            Err(PinError::NotDigits) => Some(&ui::AMBASSADOR_PIN_NOT_DIGITS),
            Ok(()) if p != r => Some(&ui::AMBASSADOR_PIN_NO_MATCH),
            Ok(()) => None,
        };
        if problem.is_some() {
            error.set(problem);
            device::focus_later("pin");
            return;
        }
        // Keeping the PIN takes a moment (its key derivation, seconds on a
        // slow tablet): the screen says so first, then switches on.
        error.set(None);
        securing.set(true);
        super::after_paint(move || {
            let settings = device::random_salt().and_then(|salt| EventSettings::new(&p, salt).ok());
            let idle_seconds = idle.try_get_untracked().unwrap_or(DEFAULT_IDLE_SECONDS);
            leptos::task::spawn_local(async move {
                let switched = match settings {
                    Some(mut s) => {
                        s.idle_seconds = idle_seconds;
                        event.switch_on(state, s).await.is_ok()
                    }
                    None => false,
                };
                // Switched on, this screen is on its way out: nothing of it
                // is touched again.
                if !switched {
                    let _ = securing.try_set(false);
                    let _ = error.try_set(Some(&ui::AMBASSADOR_STORAGE_UNAVAILABLE));
                }
            });
        });
    };

    view! {
        <BackToStart/>
        <h1 id="page-title" tabindex="-1">{tr(&ui::AMBASSADOR_SETUP_TITLE)}</h1>
        <p class="lead">{tr(&ui::AMBASSADOR_SETUP_INTRO)}</p>
        <p>{tr(&ui::AMBASSADOR_SETUP_COUNTS)}</p>
        <form class="event-form" on:submit=submit novalidate>
            <p id="pin-error" class="error-message" role="alert">
                {move || error.get().map(|t| tr(t)())}
            </p>
            <div class="field">
                <label for="pin">{tr(&ui::AMBASSADOR_PIN_LABEL)}</label>
                <p id="pin-hint" class="hint">{tr(&ui::AMBASSADOR_PIN_HINT)}</p>
                <PinInput id="pin" value=pin described_by="pin-hint pin-error" new_pin=true/>
            </div>
            <div class="field">
                <label for="pin-repeat">{tr(&ui::AMBASSADOR_PIN_REPEAT)}</label>
                <PinInput id="pin-repeat" value=repeat described_by="pin-error" new_pin=true/>
            </div>
            <IdleChoice value=idle/>
            <button type="submit" class="button button-primary button-large" aria-disabled=move || securing.get().then_some("true")>
                {tr(&ui::AMBASSADOR_SWITCH_ON)}
            </button>
            <p class="hint" role="status">{move || securing.get().then(|| tr(&ui::AMBASSADOR_PIN_SECURING)())}</p>
        </form>
        // The tablet itself keeps a visitor in the app: two steps each.
        <section class="pin-app" aria-labelledby="pin-app-title">
            <h2 id="pin-app-title">{tr(&ui::AMBASSADOR_PIN_APP_TITLE)}</h2>
            <p>{tr(&ui::AMBASSADOR_PIN_APP_INTRO)}</p>
            <h3>"Android"</h3>
            <ol class="steps">
                <li>{tr(&ui::AMBASSADOR_PIN_ANDROID_1)}</li>
                <li>{tr(&ui::AMBASSADOR_PIN_ANDROID_2)}</li>
            </ol>
            <h3>"iPad"</h3>
            <ol class="steps">
                <li>{tr(&ui::AMBASSADOR_PIN_IPAD_1)}</li>
                <li>{tr(&ui::AMBASSADOR_PIN_IPAD_2)}</li>
            </ol>
        </section>
    }
}

/// A PIN field: digits, hidden, and never remembered or filled in by the
/// browser.
#[component]
pub fn PinInput(
    id: &'static str,
    value: RwSignal<String>,
    described_by: &'static str,
    #[prop(optional)] new_pin: bool,
) -> impl IntoView {
    view! {
        <input
            id=id
            type="password"
            inputmode="numeric"
            pattern="[0-9]*"
            maxlength="6"
            autocomplete=if new_pin { "new-password" } else { "off" }
            aria-describedby=described_by
            class="pin-input"
            prop:value=move || value.get()
            on:input=move |ev| value.set(event_target_value(&ev))
        />
    }
}

/// The idle time as radio buttons with large targets.
#[component]
pub fn IdleChoice(value: RwSignal<u32>) -> impl IntoView {
    let state = use_app_state();
    view! {
        <fieldset class="field">
            <legend>{tr(&ui::AMBASSADOR_IDLE_LABEL)}</legend>
            <div class="options">
                {IDLE_CHOICES
                    .into_iter()
                    .map(|seconds| {
                        let id = format!("idle-{seconds}");
                        view! {
                            <div class="option">
                                <input
                                    type="radio"
                                    name="idle"
                                    id=id.clone()
                                    prop:checked=move || value.get() == seconds
                                    on:change=move |_| value.set(seconds)
                                />
                                <label for=id>
                                    {move || fill(ui::AMBASSADOR_SECONDS.get(state.lang.get()), &[("n", &seconds.to_string())])}
                                </label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}
