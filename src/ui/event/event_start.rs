//! The welcome screen of event mode: an invitation to begin, how long the
//! quick and the full check take, and both kinds of check, large enough to
//! use at arm's length. The language is chosen in the header, as on every
//! screen.

use leptos::prelude::*;

use crate::domain::content::ui;
use crate::ui::start::CheckChoice;
use crate::ui::tr;

#[component]
pub fn EventStart() -> impl IntoView {
    view! {
        <div class="event-start">
            <h1 id="page-title" tabindex="-1">{tr(&ui::EVENT_WELCOME_TITLE)}</h1>
            <p class="lead">{tr(&ui::EVENT_WELCOME_INTRO)}</p>
            <p class="duration">{tr(&ui::START_DURATION)}</p>
            <CheckChoice/>
            <p class="event-private">{tr(&ui::EVENT_WELCOME_PRIVATE)}</p>
        </div>
    }
}
