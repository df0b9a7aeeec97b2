use leptos::prelude::*;

use crate::domain::content::{ui, HELP_NOW};
use crate::ui::common::BackToStart;
use crate::ui::tr;

use super::SituationCard;

#[component]
pub fn HelpNowScreen() -> impl IntoView {
    view! {
        <BackToStart/>
        <h1 id="page-title" tabindex="-1">{tr(&ui::HELP_NOW_TITLE)}</h1>
        <p class="lead">{tr(&ui::HELP_NOW_INTRO)}</p>
        <p class="emergency">
            <a href="tel:112">{tr(&ui::HELP_NOW_EMERGENCY)}</a>
        </p>
        <div class="situations">
            {HELP_NOW.iter().map(|situation| view! { <SituationCard situation/> }).collect_view()}
        </div>
    }
}
