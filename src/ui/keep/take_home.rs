//! The result page's part in keeping the plan: the take-home QR code, the
//! banner of a plan opened from a link, the memory switch with progress
//! since last time and a calendar reminder, and ticking actions off.

use leptos::prelude::*;

use crate::domain::check::Check;
use crate::domain::content::ui;
use crate::domain::format::{fill, long_date};
use crate::domain::plan_link::decode_for_content;
use crate::domain::session::Session;
use crate::domain::{ics, qr};
use crate::platform::{device, document};
use crate::ui::text::months;
use crate::ui::{tr, use_app_state, AppState};

use super::base_address;
use crate::ui::Words;

/// The plan's link fragment, in the language shown.
fn plan(state: AppState) -> Option<String> {
    let lang = state.lang.get();
    state.session.with(|s| s.as_ref().map(|s| s.link(lang)))
}

/// Keeps the result shown on this device (replacing the kind's last one,
/// which becomes "last time").
fn keep(state: AppState, check: &'static Check, score: u8) {
    let Some(plan) = plan(state) else { return };
    state.memory.update(|m| {
        let _ = m.save_result(check.kind, &device::today(), &plan, score);
    });
}

/// The plan as a QR code, to scan onto the visitor's own phone. The link
/// is made here and shown as an SVG made here: nothing is sent.
#[component]
pub fn TakeHome() -> impl IntoView {
    let state = use_app_state();
    // The link and its code in the language shown; no code when it does not
    // fit one (a far longer address than any host has).
    let link = move || Some(base_address() + "#" + &plan(state)?);
    let svg = move || Some(qr::svg_path(&link()?)?.svg());
    view! {
        <section class="take-home" aria-labelledby="take-home-title" hidden=move || link().is_none_or(|l| l.len() > qr::MAX_BYTES)>
            <h2 id="take-home-title">{tr(&ui::RESULT_TAKE_HOME_TITLE)}</h2>
            <p>{tr(&ui::RESULT_TAKE_HOME_TEXT)}</p>
            <div class="qr" role="img" aria-label=tr(&ui::RESULT_QR_LABEL) data-link=link inner_html=move || svg().unwrap_or_default()></div>
        </section>
    }
}

/// Over a plan opened from a link: it is not kept, unless the person asks.
#[component]
pub fn FromLinkBanner(check: &'static Check, score: u8) -> impl IntoView {
    let state = use_app_state();
    let keep_plan = move |_| {
        keep(state, check, score);
        state.from_link.set(false);
        document::clear_fragment();
    };
    view! {
        <div class="notice from-link" role="status" hidden=move || !state.from_link.get()>
            <p>{tr(&ui::RESULT_FROM_LINK)}</p>
            <button type="button" class="button button-primary" on:click=keep_plan>{tr(&ui::RESULT_KEEP_PLAN)}</button>
        </div>
    }
}

/// "Remember on this device": off until switched on. While it is on, a
/// changed result is kept as the new one, and the page says how the score
/// moved since last time.
#[component]
pub fn KeepSection(check: &'static Check, score: u8) -> impl IntoView {
    let state = use_app_state();
    let kind = check.kind;
    let kept = move || state.memory.with(|m| m.kept(kind).is_some());
    // A new result of a remembered check replaces the one kept; opening the
    // kept plan itself, or someone's plan from a link, changes nothing.
    let changed = state.memory.with_untracked(|m| {
        m.kept(kind).is_some_and(|k| {
            let same = |(_, snap)| {
                state
                    .session
                    .with_untracked(|s| s.as_ref() == Some(&Session::restore(check, &snap)))
            };
            !decode_for_content(&k.plan).is_ok_and(same)
        })
    });
    if changed && !state.from_link.get_untracked() {
        keep(state, check, score);
    }
    let progress = move || {
        let lang = state.lang.get();
        let earlier = state.memory.with(|m| m.kept(kind).and_then(|k| k.previous.clone()))?;
        let date = long_date(&earlier.saved_on, months(lang));
        let then = earlier.score.to_string();
        let text = fill(
            ui::RESULT_PROGRESS.get(lang),
            &[("date", &date), ("then", &then), ("now", &score.to_string())],
        );
        Some(view! { <p class="progress">{text}</p> })
    };
    let switch = move |ev: leptos::ev::Event| {
        if event_target_checked(&ev) {
            keep(state, check, score);
        } else {
            state.memory.update(|m| m.forget(kind));
        }
    };
    let remind = move |_| {
        let lang = state.lang.get_untracked();
        let today = device::today();
        let day = ics::add_months(&today, 3).unwrap_or(today);
        let uid = format!("{}@veilig-check", device::now_ms() as u64);
        let text = ics::reminder(
            &uid,
            &device::utc_stamp(),
            &day,
            ui::RESULT_REMIND_TITLE.get(lang),
            ui::RESULT_REMIND_TEXT.get(lang),
            Some(&base_address()),
        );
        if let Some(text) = text {
            device::download("veilig-check.ics", "text/calendar", &text);
        }
    };
    view! {
        <section class="keep" aria-labelledby="keep-title" hidden=move || state.from_link.get()>
            <h2 id="keep-title">{tr(&ui::RESULT_KEEP_TITLE)}</h2>
            {progress}
            <p>{tr(&ui::RESULT_KEEP_TEXT)}</p>
            <label class="switch">
                <input type="checkbox" prop:checked=kept on:change=switch/>
                {tr(&ui::RESULT_KEEP_SWITCH)}
            </label>
            <p>{tr(&ui::RESULT_REMIND_TEXT)}</p>
            <button type="button" class="button button-secondary" on:click=remind>{tr(&ui::RESULT_REMIND)}</button>
        </section>
    }
}

/// "I have done this" under an action, while the plan is remembered.
#[component]
pub fn DoneBox(kind: &'static str, action: &'static str) -> impl IntoView {
    let state = use_app_state();
    let done = move || state.memory.with(|m| m.kept(kind).map(|k| k.is_done(action)));
    let tick = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        state.memory.update(|m| {
            let _ = m.set_done(kind, action, on);
        });
    };
    view! {
        <label class="done" hidden=move || done().is_none()>
            // Named by the action it ticks off, for screen readers.
            <input type="checkbox" aria-describedby=format!("action-{action}") prop:checked=move || done() == Some(true) on:change=tick/>
            {tr(&ui::RESULT_DONE)}
        </label>
    }
}
