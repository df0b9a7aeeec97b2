//! The footer: what happens to your data, who the service is for, and the
//! accessibility statement.

use leptos::prelude::*;

use crate::domain::content::{ui, LOCAL};
use crate::ui::event::use_event;
use crate::ui::{tr, use_app_state, Pending, Screen};

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
                        <button type="button" class="link-button" on:click=move |_| state.open(Screen::Accessibility)>
                            {tr(&ui::FOOTER_ACCESSIBILITY_LINK)}
                        </button>
                    </li>
                    <li>
                        {move || if event.is_on() {
                            view! {
                                <button type="button" class="link-button" on:click=move |_| state.open(Screen::Ambassador)>
                                    {tr(&ui::FOOTER_AMBASSADOR_LINK)}
                                </button>
                            }.into_any()
                        } else {
                            view! {
                                <button type="button" class="link-button" on:click=move |_| state.open(Screen::EventSetup)>
                                    {tr(&ui::FOOTER_EVENT_LINK)}
                                </button>
                            }.into_any()
                        }}
                    </li>
                </ul>
                <p class="footer-message" role="status">
                    {move || (state.pending.get() == Some(Pending::ScreenFailed)).then(|| tr(&ui::APP_PAGE_UNAVAILABLE)())}
                </p>
            </div>
        </footer>
    }
}
