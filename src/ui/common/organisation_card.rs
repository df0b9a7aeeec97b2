//! One place to get help: name, what it helps with, phone and website. In
//! event mode the phone number and website are plain text: a visitor must
//! not leave the app for the web on the stand's tablet.

use leptos::prelude::*;

use crate::domain::content::ui;
use crate::domain::organisation::Organisation;
use crate::ui::event::use_event;
use crate::ui::tr;

#[component]
pub fn OrganisationCard(org: &'static Organisation) -> impl IntoView {
    // An `<a>` without `href` is plain text: no link, no focus, no way out.
    let links = !use_event().is_on();
    let phone_href = org.phone_href().filter(|_| links);
    let website = org.website.filter(|_| links);
    view! {
        <div class="org-card">
            <p class="org-name">{tr(&org.name)}</p>
            <p>{tr(&org.helps_with)}</p>
            <dl class="org-contact">
                {org.phone.map(|phone| view! {
                    <dt>{tr(&ui::ORG_PHONE)}</dt>
                    // A phone number reads left to right in every language.
                    <dd><a href=phone_href dir="ltr">{phone}</a></dd>
                })}
                {org.hours.as_ref().map(|hours| view! {
                    <dt>{tr(&ui::ORG_HOURS)}</dt>
                    <dd>{tr(hours)}</dd>
                })}
                {org.website_label().map(|label| view! {
                    <dt>{tr(&ui::ORG_WEBSITE)}</dt>
                    <dd>
                        <a href=website target=links.then_some("_blank") rel=links.then_some("noopener noreferrer")>
                            {label}
                            {links.then(|| view! { <span class="visually-hidden">" " {tr(&ui::ORG_NEW_TAB)}</span> })}
                        </a>
                    </dd>
                })}
            </dl>
        </div>
    }
}
