//! The top bar: the name of the service and the language switch.

use leptos::prelude::*;

use crate::domain::content::ui;
use crate::ui::tr;

use super::LanguageSwitch;

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="container header-inner">
                <span class="brand">
                    <span class="brand-mark" aria-hidden="true"></span>
                    {tr(&ui::APP_NAME)}
                </span>
                <LanguageSwitch/>
            </div>
        </header>
    }
}
