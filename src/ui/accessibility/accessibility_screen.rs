use leptos::prelude::*;

use crate::domain::content::{organisation, ui};
use crate::domain::format::{fill, long_date};
use crate::ui::common::BackToStart;
use crate::ui::text::months;
use crate::ui::Words;
use crate::ui::{tr, use_app_state};

#[component]
pub fn AccessibilityScreen() -> impl IntoView {
    let state = use_app_state();
    // The municipality's own number, from the local pack.
    let municipality = organisation("gemeente");
    // The sentence with the phone number as a link that calls it.
    let phone = municipality.and_then(|o| o.phone).unwrap_or("");
    let phone_href = municipality.and_then(|o| o.phone_href()).unwrap_or_default();
    let contact = move || {
        let lang = state.lang.get();
        let name = municipality.map_or("", |o| o.name.get(lang));
        let text = fill(ui::ACCESSIBILITY_CONTACT.get(lang), &[("organisation", name)]);
        let (before, after) = text.split_once("{phone}").unwrap_or((&text, ""));
        let (before, after) = (before.to_string(), after.to_string());
        let href = phone_href.clone();
        view! { {before} <a href=href dir="ltr">{phone}</a> {after} }
    };
    let checked = move || {
        let lang = state.lang.get();
        let date = long_date(ui::ACCESSIBILITY_DATE.get(lang), months(lang));
        fill(ui::ACCESSIBILITY_CHECKED.get(lang), &[("date", &date)])
    };
    view! {
        <BackToStart/>
        <h1 id="page-title" tabindex="-1">{tr(&ui::ACCESSIBILITY_TITLE)}</h1>
        <p class="lead">{tr(&ui::ACCESSIBILITY_INTRO)}</p>
        <h2>{tr(&ui::ACCESSIBILITY_STANDARD_TITLE)}</h2>
        <p>{tr(&ui::ACCESSIBILITY_STANDARD)}</p>
        <h2>{tr(&ui::ACCESSIBILITY_TESTED_TITLE)}</h2>
        <ul class="statement-list">
            <li>{tr(&ui::ACCESSIBILITY_TESTED_AXE)}</li>
            <li>{tr(&ui::ACCESSIBILITY_TESTED_KEYBOARD)}</li>
            <li>{tr(&ui::ACCESSIBILITY_TESTED_ZOOM)}</li>
            <li>{tr(&ui::ACCESSIBILITY_TESTED_RTL)}</li>
        </ul>
        <p>{tr(&ui::ACCESSIBILITY_TESTED_AUTOMATIC)}</p>
        <h2>{tr(&ui::ACCESSIBILITY_HELP_TITLE)}</h2>
        <p>{tr(&ui::ACCESSIBILITY_HELP_TEXT)}</p>
        <h2>{tr(&ui::ACCESSIBILITY_LIMITS_TITLE)}</h2>
        <p>{tr(&ui::ACCESSIBILITY_LIMITS_TEXT)}</p>
        <h2>{tr(&ui::ACCESSIBILITY_CONTACT_TITLE)}</h2>
        <p>{contact}</p>
        <p class="note-date">{checked}</p>
    }
}
