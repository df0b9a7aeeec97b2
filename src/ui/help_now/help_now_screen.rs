use leptos::prelude::*;

use crate::domain::content::{ui, CHECKS, HELP_NOW};
use crate::ui::common::BackToStart;
use crate::ui::{tr, use_app_state, Screen};

use super::SituationCard;

/// The situations, grouped under the caption of the check whose people meet
/// them ("For yourself", "For your business"), in the order of the checks.
#[component]
pub fn HelpNowScreen() -> impl IntoView {
    let state = use_app_state();
    view! {
        <BackToStart/>
        <h1 id="page-title" tabindex="-1">{tr(&ui::HELP_NOW_TITLE)}</h1>
        <p class="lead">{tr(&ui::HELP_NOW_INTRO)}</p>
        <p class="emergency">
            <a href="tel:112">{tr(&ui::HELP_NOW_EMERGENCY)}</a>
        </p>
        {CHECKS
            .iter()
            .map(|check| {
                let situations = HELP_NOW.iter().filter(move |s| s.check == check.kind);
                view! {
                    <section class="situation-group" aria-labelledby=format!("help-now-{}", check.kind)>
                        <h2 id=format!("help-now-{}", check.kind)>{tr(&check.help_now_caption)}</h2>
                        <div class="situations">
                            {situations.map(|situation| view! { <SituationCard situation/> }).collect_view()}
                        </div>
                    </section>
                }
            })
            .collect_view()}
        <p class="report-link">
            <button type="button" class="button button-secondary" on:click=move |_| state.open(Screen::Report)>
                {tr(&ui::HELP_NOW_REPORT_LINK)}
            </button>
        </p>
    }
}
