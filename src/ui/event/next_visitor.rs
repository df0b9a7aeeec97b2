//! "Done: next visitor": wipes everything of this visitor and shows the
//! welcome screen for the next one.

use leptos::prelude::*;

use crate::domain::content::ui;
use crate::ui::{tr, use_app_state};

use super::use_event;

#[component]
pub fn NextVisitor() -> impl IntoView {
    let state = use_app_state();
    let event = use_event();
    view! {
        <div class="next-visitor">
            <button type="button" class="button button-primary button-large" on:click=move |_| event.wipe_visitor(state)>
                {tr(&ui::EVENT_NEXT_VISITOR)}
            </button>
            <p class="hint">{tr(&ui::EVENT_NEXT_VISITOR_HINT)}</p>
        </div>
    }
}
