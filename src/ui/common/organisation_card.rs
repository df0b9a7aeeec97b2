//! One place to get help: name, what it helps with, phone and website.

use leptos::prelude::*;

use crate::domain::content::{ui, Organisation};
use crate::ui::tr;

#[component]
pub fn OrganisationCard(org: &'static Organisation) -> impl IntoView {
    view! {
        <div class="org-card">
            <p class="org-name">{tr(&org.name)}</p>
            <p>{tr(&org.helps_with)}</p>
            <dl class="org-contact">
                {org.phone.zip(org.phone_href()).map(|(phone, href)| view! {
                    <dt>{tr(&ui::ORG_PHONE)}</dt>
                    <dd><a href=href>{phone}</a></dd>
                })}
                {org.hours.as_ref().map(|hours| view! {
                    <dt>{tr(&ui::ORG_HOURS)}</dt>
                    <dd>{tr(hours)}</dd>
                })}
                {org.website.zip(org.website_label()).map(|(href, label)| view! {
                    <dt>{tr(&ui::ORG_WEBSITE)}</dt>
                    <dd>
                        <a href=href target="_blank" rel="noopener noreferrer">
                            {label}
                            <span class="visually-hidden">" " {tr(&ui::ORG_NEW_TAB)}</span>
                        </a>
                    </dd>
                })}
            </dl>
        </div>
    }
}
