//! Before the first question: what the check is and how long it takes.

use leptos::prelude::*;

use crate::domain::content::ui;
use crate::ui::common::BackToStart;
use crate::ui::{tr, use_app_state};

#[component]
pub fn IntroStep() -> impl IntoView {
    let state = use_app_state();
    let Some(check) = state.session.with_untracked(|s| s.as_ref().map(|s| s.check())) else {
        return ().into_any();
    };
    view! {
        <BackToStart/>
        <h1 id="page-title" tabindex="-1">{tr(&check.title)}</h1>
        <p class="lead">{tr(&check.intro)}</p>
        <p class="duration">{tr(&ui::START_DURATION)}</p>
        <div class="actions-row">
            <button type="button" class="button button-primary button-start" on:click=move |_| state.update_session(|s| s.next())>
                {tr(&ui::CHECK_START)}
            </button>
        </div>
    }
    .into_any()
}
