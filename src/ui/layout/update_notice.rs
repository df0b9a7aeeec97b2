//! "A new version is ready": shown when a newer build waits in the offline
//! cache. Reloading is the person's choice, so nobody loses a check halfway.

use leptos::prelude::*;

use crate::domain::content::ui;
use crate::platform::service_worker;
use crate::ui::{tr, use_app_state};

#[component]
pub fn UpdateNotice() -> impl IntoView {
    let state = use_app_state();
    view! {
        <Show when=move || state.update_ready.get()>
            <div class="update-notice" role="status">
                <div class="container update-notice-inner">
                    <p>{tr(&ui::UPDATE_TEXT)}</p>
                    <button type="button" class="button button-secondary" on:click=|_| service_worker::apply_update()>
                        {tr(&ui::UPDATE_RELOAD)}
                    </button>
                </div>
            </div>
        </Show>
    }
}
