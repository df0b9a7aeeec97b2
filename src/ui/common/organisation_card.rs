//! One place to get help: name, what it helps with, phone and website. In
//! event mode the phone number and website are plain text: a visitor must
//! not leave the app for the web on the stand's tablet.

use leptos::prelude::*;

use crate::domain::content::{ui, Organisation};
use crate::ui::event::use_event;
use crate::ui::tr;

#[component]
pub fn OrganisationCard(org: &'static Organisation) -> impl IntoView {
    let links = !use_event().is_on();
    view! {
        <div class="org-card">
            <p class="org-name">{tr(&org.name)}</p>
            <p>{tr(&org.helps_with)}</p>
            <dl class="org-contact">
                {org.phone.zip(org.phone_href()).map(|(phone, href)| view! {
                    <dt>{tr(&ui::ORG_PHONE)}</dt>
                    <dd>{if links { view! { <a href=href>{phone}</a> }.into_any() } else { phone.into_any() }}</dd>
                })}
                {org.hours.as_ref().map(|hours| view! {
                    <dt>{tr(&ui::ORG_HOURS)}</dt>
                    <dd>{tr(hours)}</dd>
                })}
                {org.website.zip(org.website_label()).map(|(href, label)| view! {
                    <dt>{tr(&ui::ORG_WEBSITE)}</dt>
                    <dd>
                        {if links {
                            view! {
                                <a href=href target="_blank" rel="noopener noreferrer">
                                    {label}
                                    <span class="visually-hidden">" " {tr(&ui::ORG_NEW_TAB)}</span>
                                </a>
                            }.into_any()
                        } else {
                            label.into_any()
                        }}
                    </dd>
                })}
            </dl>
        </div>
    }
}
