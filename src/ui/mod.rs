//! The UI layer: Leptos components, one per file, grouped by the screen the
//! user sees (`start/`, `help_now/`), with the page frame in `layout/` and
//! parts used on several screens in `common/`.
//!
//! Components read domain data and signals from context; they call the
//! platform layer for anything the browser does, never web-sys directly.

/// A call of a split point (`app::check_screen`, `app::rare_screen`, the
/// functions of `records`) as a future:
/// with `split` the call itself loads the part and is one; without, the
/// view is made at once.
#[cfg(feature = "split")]
macro_rules! part {
    ($call:expr) => {
        $call
    };
}
#[cfg(not(feature = "split"))]
macro_rules! part {
    ($call:expr) => {
        std::future::ready($call)
    };
}

pub mod accessibility;
mod app;
pub mod check;
pub mod common;
pub mod event;
pub mod help_now;
pub mod keep;
pub mod layout;
pub mod present;
mod records;
pub mod report;
pub mod result;
pub mod start;
mod state;
pub mod text;

pub use app::App;
pub use state::{provide_app_state, use_app_state, AppState, Pending, Screen, Visitor};
pub use text::{tr, Words};

use leptos::prelude::*;

/// Keeps `handle` (a listener, a watch) for as long as the current owner
/// lives, and drops it with that owner: what the app starts, the app owns.
pub(crate) fn own<T: 'static>(handle: T) {
    StoredValue::new_local(Box::new(handle) as Box<dyn std::any::Any>);
}

/// Mounts the app into `#app` (replacing the loading note), or into the body
/// when the page has no such element. The app lives as long as the page, so
/// its handle is not kept.
pub fn start() {
    match crate::platform::document::take_app_root() {
        Some(root) => leptos::mount::mount_to(root, || view! { <App offline=true/> }).forget(),
        None => leptos::mount::mount_to_body(|| view! { <App offline=true/> }),
    }
}

/// Mounts the app into `parent`; used by the browser tests. Dropping what it
/// returns takes the app away again, and with it every listener and timer
/// the app owns.
pub fn mount_into(parent: web_sys::HtmlElement) -> impl Sized {
    leptos::mount::mount_to(parent, || view! { <App/> })
}
