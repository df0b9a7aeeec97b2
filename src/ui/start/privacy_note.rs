//! The promise that answers stay on the device, said where people decide.

use leptos::prelude::*;

use crate::domain::content::ui;
use crate::ui::tr;

#[component]
pub fn PrivacyNote() -> impl IntoView {
    view! {
        <section class="note" aria-labelledby="privacy-title">
            <h2 id="privacy-title">{tr(&ui::START_PRIVACY_TITLE)}</h2>
            <p>{tr(&ui::START_PRIVACY_TEXT)}</p>
        </section>
    }
}
