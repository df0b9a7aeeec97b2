//! "Question 3 of 24" above the heading, with a bar for those who see it.

use leptos::prelude::*;

use crate::domain::content::ui;
use crate::domain::format::fill;
use crate::domain::text::Text;
use crate::ui::use_app_state;
use crate::ui::Words;

/// `caption` names the part of the check (a theme, "About you").
#[component]
pub fn Progress(caption: &'static Text) -> impl IntoView {
    let state = use_app_state();
    let progress = move || {
        state
            .session
            .with(|s| s.as_ref().and_then(|s| s.progress()))
            .unwrap_or((0, 1))
    };
    let text = move || {
        let (n, total) = progress();
        fill(
            ui::CHECK_PROGRESS.get(state.lang.get()),
            &[("n", &n.to_string()), ("total", &total.to_string())],
        )
    };
    let width = move || {
        let (n, total) = progress();
        format!("{}%", n * 100 / total.max(1))
    };
    view! {
        <div class="progress">
            <p class="caption">
                <span class="caption-part">{move || caption.get(state.lang.get())}</span>
                <span class="caption-count">{text}</span>
            </p>
            <div class="progress-track" aria-hidden="true">
                <div class="progress-bar" style:inline-size=width></div>
            </div>
        </div>
    }
}
