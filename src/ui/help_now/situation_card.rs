//! One situation: a title that opens to numbered steps and who can help.

use leptos::prelude::*;

use crate::domain::content::ui;
use crate::domain::organisation::Situation;
use crate::ui::common::OrganisationCard;
use crate::ui::tr;

#[component]
pub fn SituationCard(situation: &'static Situation) -> impl IntoView {
    view! {
        <details class="situation">
            <summary>{tr(&situation.title)}</summary>
            <div class="situation-body">
                <ol class="steps">
                    {situation.steps.iter().map(|step| view! { <li>{tr(step)}</li> }).collect_view()}
                </ol>
                <h3>{tr(&ui::HELP_NOW_HELP_FROM)}</h3>
                {situation.organisations.iter().map(|&org| view! { <OrganisationCard org/> }).collect_view()}
            </div>
        </details>
    }
}
