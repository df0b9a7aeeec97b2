//! "For myself" or "for my business": the one clear action of the start
//! screen, as two large buttons.

use leptos::prelude::*;

use crate::domain::content::{ui, Kind};
use crate::ui::{tr, use_app_state, Pending};

#[component]
pub fn CheckChoice() -> impl IntoView {
    let state = use_app_state();
    // A check's texts load when it is chosen; offline before the app could
    // keep them, that fails and says so.
    let failed = move || matches!(state.pending.get(), Some(Pending::CheckFailed(_)));
    view! {
        <h2>{tr(&ui::START_CHOOSE)}</h2>
        <p class="error-message" role="status">
            {move || failed().then(|| tr(&ui::START_CHECK_UNAVAILABLE)())}
        </p>
        <ul class="choices">
            {Kind::all().map(|kind| view! { <Choice kind/> }).collect_view()}
        </ul>
    }
}

#[component]
fn Choice(kind: Kind) -> impl IntoView {
    let state = use_app_state();
    let check = kind.check();
    let (title, hint) = (&check.choice_title, &check.choice_hint);
    view! {
        <li>
            <button type="button" class="choice" on:click=move |_| state.open_check(kind)>
                <span class="choice-title">{tr(title)}</span>
                <span class="choice-hint">{tr(hint)}</span>
            </button>
        </li>
    }
}
