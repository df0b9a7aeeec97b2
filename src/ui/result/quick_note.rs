//! After the quick check: what it did not ask, and the way on to the full
//! check, on this device (every answer kept, nothing asked twice) or at home
//! through the take-home QR code, whose link carries the quick answers.

use leptos::prelude::*;

use crate::domain::content::ui;
use crate::domain::format::fill;
use crate::domain::session::Route;
use crate::platform::document;
use crate::ui::{tr, use_app_state, Words};

#[component]
pub fn QuickNote() -> impl IntoView {
    let state = use_app_state();
    let left = state.session.with_untracked(|s| {
        s.as_ref()
            .filter(|s| s.route() == Route::Quick)
            .map(|s| (s.check(), s.not_asked()))
    });
    let Some((check, (n, themes))) = left.filter(|(_, (n, _))| *n > 0) else {
        return ().into_any();
    };
    let text = move || {
        let lang = state.lang.get();
        let names: Vec<&str> = themes.iter().map(|&t| check.theme(t).title.get(lang)).collect();
        fill(
            ui::RESULT_QUICK_TEXT.get(lang),
            &[("n", &n.to_string()), ("themes", &names.join(", "))],
        )
    };
    let go_on = move |_| {
        // A plan from a link becomes this person's own check here.
        if state.from_link.get_untracked() {
            state.from_link.set(false);
            document::clear_fragment();
        }
        state.update_session(|s| s.continue_full());
    };
    view! {
        <section class="quick-note" aria-labelledby="quick-title">
            <h2 id="quick-title">{tr(&ui::RESULT_QUICK_TITLE)}</h2>
            <p>{text}</p>
            <p>{tr(&ui::RESULT_QUICK_KEPT)}</p>
            <div class="actions-row">
                <button type="button" class="button button-primary button-go-on" on:click=go_on>
                    {tr(&ui::RESULT_QUICK_CONTINUE)}
                </button>
            </div>
            <p class="hint">{tr(&ui::RESULT_QUICK_AT_HOME)}</p>
        </section>
    }
    .into_any()
}
