//! Event mode: a tablet at a market stand or school that visitors use one
//! after another. What a visitor does lives in memory only and is wiped by
//! "next visitor" or after a warned idle time; the mode itself (its PIN, as
//! a salted hash, and its idle time) and a tally of counts are kept on the
//! device. Leaving the mode, changing it and seeing the tally need the PIN.

mod ambassador_screen;
mod event_start;
mod idle_dialog;
mod next_visitor;
mod pin_screen;
mod setup_screen;
mod state;

pub use ambassador_screen::AmbassadorScreen;
pub use event_start::EventStart;
use idle_dialog::IdleDialog;
pub use next_visitor::NextVisitor;
pub use pin_screen::PinScreen;
pub use setup_screen::SetupScreen;
pub use state::{provide_event_state, use_event, EventNotice, EventState};

use leptos::prelude::*;

use super::app::LoadFailed;

/// The "are you still there?" dialog. Event mode is on only at a stand, so
/// in a release build its code is a file of its own (`split_event`), loaded
/// by [`load_part`] before event mode goes on. (Only the dialog: the
/// welcome screen shown through a part made the views of the screen it
/// replaced, the settings or the ambassador's, run once more after their
/// own state had gone, a panic the end-to-end tests found; so the welcome
/// screen stays in the main part.)
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(event, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_part))
)]
pub fn idle_dialog() -> Result<AnyView, LoadFailed> {
    Ok(view! { <IdleDialog/> }.into_any())
}

/// What a visitor's check adds to the tally: `started` once when it
/// opens, and, from its finished session, the themes' lights and the top
/// three actions once when the result shows. Code of the event part, like
/// the dialog (scoring included).
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(event, wasm_split_path = ::leptos::wasm_split, fallible)
)]
pub fn record_check(
    event: EventState,
    day: String,
    kind: &'static str,
    started: bool,
    finished: Option<crate::domain::session::Session>,
) -> Result<(), LoadFailed> {
    let result = finished.map(|session| {
        let (check, outcome) = (session.check(), session.outcome());
        let themes: Vec<(&str, _)> = outcome
            .themes
            .iter()
            .map(|t| (check.theme(t.theme).id, t.light))
            .collect();
        let top: Vec<&str> = outcome.top(3).iter().map(|a| check.action(a.action).id).collect();
        (themes, top)
    });
    event.tally.update(|t| {
        if started {
            let _ = t.record_start(&day, kind);
        }
        if let Some((themes, top)) = &result {
            let _ = t.record_result(&day, kind, themes, top);
        }
    });
    Ok(())
}

/// Loads the dialog's part before event mode goes on, while the stand
/// surely has a network, so the dialog is there when it is first needed,
/// perhaps hours later. If it cannot be loaded, the dialog is missing and
/// the idle wipe still happens.
pub async fn load_part() {
    #[cfg(feature = "split")]
    let _ = preload_part().await;
}

/// Runs `work` after the screen has shown what was just changed (a frame,
/// then the work): for work that holds the page for a moment, such as the
/// PIN's key derivation, so a "one moment" is on screen while it runs.
fn after_paint(work: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(work, std::time::Duration::ZERO));
}
