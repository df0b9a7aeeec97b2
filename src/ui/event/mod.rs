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
pub use idle_dialog::IdleDialog;
pub use next_visitor::NextVisitor;
pub use pin_screen::PinScreen;
pub use setup_screen::SetupScreen;
pub use state::{provide_event_state, use_event, EventNotice, EventState};

/// Runs `work` after the screen has shown what was just changed (a frame,
/// then the work): for work that holds the page for a moment, such as the
/// PIN's key derivation, so a "one moment" is on screen while it runs.
fn after_paint(work: impl FnOnce() + 'static) {
    use leptos::prelude::{request_animation_frame, set_timeout};
    request_animation_frame(move || set_timeout(work, std::time::Duration::ZERO));
}
