//! The footer: what happens to your data, and who the service is for.

use leptos::prelude::*;

use crate::domain::content::{ui, LOCAL};
use crate::ui::tr;

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <div class="container">
                <p>{tr(&ui::FOOTER_PRIVACY)}</p>
                <p>
                    {tr(&ui::FOOTER_MADE_FOR)} " " {tr(&LOCAL.programme)} ", " {tr(&LOCAL.municipality)} "."
                </p>
            </div>
        </footer>
    }
}
