use leptos::prelude::*;

use crate::domain::content::ui;
use crate::ui::common::TranslationNote;
use crate::ui::keep::Welcome;
use crate::ui::tr;

use super::{CheckChoice, PrivacyNote};

#[component]
pub fn StartScreen() -> impl IntoView {
    view! {
        <h1 id="page-title" tabindex="-1">{tr(&ui::START_TITLE)}</h1>
        <TranslationNote/>
        <p class="lead">{tr(&ui::START_INTRO)}</p>
        <p class="duration">{tr(&ui::START_DURATION)}</p>
        <Welcome/>
        <CheckChoice/>
        <PrivacyNote/>
    }
}
