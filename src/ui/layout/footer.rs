//! The footer: what happens to your data, who the service is for, and the
//! accessibility statement.

use leptos::prelude::*;

use crate::domain::content::{ui, LOCAL};
use crate::ui::event::use_event;
use crate::ui::Words;
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
                        // Event mode off: switching it on; on: the ambassador's screen, behind the PIN.
                        <button
                            type="button"
                            class="link-button"
                            on:click=move |_| state.open(if event.is_on() { Screen::Ambassador } else { Screen::EventSetup })
                        >
                            {move || {
                                let link = if event.is_on() { &ui::FOOTER_AMBASSADOR_LINK } else { &ui::FOOTER_EVENT_LINK };
                                link.get(state.lang.get())
                            }}
                        </button>
                    </li>
                    // At a stand presentation mode opens from the ambassador's
                    // screen, behind the PIN.
                    <li hidden=move || event.is_on()>
                        <button type="button" class="link-button" on:click=move |_| state.open(Screen::Presentation)>
                            {tr(&ui::FOOTER_PRESENTATION_LINK)}
                        </button>
                    </li>
                </ul>
                <p class="footer-message" role="status">
                    {move || (state.pending.get() == Some(Pending::ScreenFailed)).then(|| tr(&ui::APP_PAGE_UNAVAILABLE)())}
                </p>
            </div>
        </footer>
    }
}
