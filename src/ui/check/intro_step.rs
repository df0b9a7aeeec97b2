//! Before the first question: what the check is, and a choice of how long:
//! the quick check (the most important questions) or the full check. At a
//! stand the quick check comes first, at home the full one.

use leptos::prelude::*;

use crate::domain::content::ui;
use crate::domain::session::Route;
use crate::ui::common::BackToStart;
use crate::ui::event::use_event;
use crate::ui::{tr, use_app_state};

#[component]
pub fn IntroStep() -> impl IntoView {
    let state = use_app_state();
    let Some(check) = state.session.with_untracked(|s| s.as_ref().map(|s| s.check())) else {
        return ().into_any();
    };
    let at_a_stand = use_event().is_on();
    let start = move |route: Route| {
        state.update_session(|s| {
            s.choose_route(route);
            s.next();
        })
    };
    let kind = |first: bool| {
        if first {
            "button button-primary"
        } else {
            "button button-secondary"
        }
    };
    let quick = view! {
        <button type="button" class=format!("{} button-quick", kind(at_a_stand)) on:click=move |_| start(Route::Quick)>
            {tr(&ui::CHECK_START_QUICK)}
        </button>
    };
    let full = view! {
        <button type="button" class=format!("{} button-start", kind(!at_a_stand)) on:click=move |_| start(Route::Full)>
            {tr(&ui::CHECK_START_FULL)}
        </button>
    };
    view! {
        <BackToStart/>
        <h1 id="page-title" tabindex="-1">{tr(&check.title)}</h1>
        <p class="lead">{tr(&check.intro)}</p>
        <div class="start-routes">
            {if at_a_stand { view! { {quick}{full} }.into_any() } else { view! { {full}{quick} }.into_any() }}
        </div>
    }
    .into_any()
}
