//! The footer: what happens to your data, who the service is for, and the
//! accessibility statement.

use leptos::prelude::*;

use crate::domain::content::{ui, LOCAL};
use crate::ui::event::use_event;
use crate::ui::{tr, use_app_state, Screen};

#[component]
pub fn Footer() -> impl IntoView {
    let state = use_app_state();
    let event = use_event();
    view! {
        <footer class="site-footer">
            <div class="container">
                <p>{tr(&ui::FOOTER_PRIVACY)}</p>
                <p>
                    {tr(&ui::FOOTER_MADE_FOR)} " " {tr(&LOCAL.programme)} ", " {tr(&LOCAL.municipality)} "."
                </p>
                <ul class="footer-links">
                    <li>
                        <button type="button" class="link-button" on:click=move |_| state.go(Screen::Accessibility)>
                            {tr(&ui::FOOTER_ACCESSIBILITY_LINK)}
                        </button>
                    </li>
                    <li>
                        {move || if event.is_on() {
                            view! {
                                <button type="button" class="link-button" on:click=move |_| state.go(Screen::Ambassador)>
                                    {tr(&ui::FOOTER_AMBASSADOR_LINK)}
                                </button>
                            }.into_any()
                        } else {
                            view! {
                                <button type="button" class="link-button" on:click=move |_| state.go(Screen::EventSetup)>
                                    {tr(&ui::FOOTER_EVENT_LINK)}
                                </button>
                            }.into_any()
                        }}
                    </li>
                </ul>
            </div>
        </footer>
    }
}
