//! Keeping the plan, privately: the take-home QR code (the plan inside the
//! link's fragment, which never leaves the browser), opening such a link
//! read-only, and the opt-in memory on the person's own device with
//! "delete everything".
//!
//! None of it runs in event mode except the QR code: a shared tablet must
//! not remember a visitor, and never opens a plan from its address.

mod take_home;
mod welcome;

pub use take_home::{DoneBox, FromLinkBanner, KeepSection, TakeHome};
pub use welcome::Welcome;

use crate::domain::content::{ui, Kind};
use crate::domain::keys;
use crate::domain::memory::Memory;
use crate::domain::plan_link::{decode_for_content, LinkError};
use crate::domain::Lang;
use crate::platform::{document, storage};
use leptos::prelude::*;

use super::app::LoadFailed;
use super::{records, AppState};
use leptos::task::spawn_local;

/// The address a take-home link starts with: the one the build was given
/// (`VEILIG_CHECK_URL`, see the README), else the address the app runs at.
pub fn base_address() -> String {
    option_env!("VEILIG_CHECK_URL").map_or_else(document::own_address, String::from)
}

/// The memory's one writer: whenever it changes, it is written (or its key
/// removed when nothing is left), and a device that refuses says so. Off in
/// event mode, where nothing of a visitor is kept; the empty memory it
/// starts with is not written.
pub fn persist(state: AppState, event_mode: impl Fn() -> bool + 'static) {
    Effect::new(move |ran: Option<()>| {
        state.memory.track();
        if ran.is_none() || event_mode() {
            return;
        }
        spawn_local(async move {
            if records::write_memory(state).await.is_err() {
                state.notice.set(Some(&ui::RESULT_KEEP_FAILED));
            }
        });
    });
}

/// Removes every key the app has ever written, in any version.
pub fn delete_everything(state: AppState) {
    keys::ALL.iter().for_each(|key| storage::remove(key));
    state.memory.set(Memory::new());
    state.notice.set(Some(&ui::MEMORY_DELETED));
}

/// Opens the plan in the page address's fragment, read-only. Anything
/// else there (the skip link's `#main`) is left alone; a plan link that
/// cannot be read says why, over the normal start screen. Without a plan,
/// `?check=<kind>` opens that check.
pub fn open_from_address(state: AppState) {
    let fragment = document::fragment();
    // A plan ("p" and its version's digit) is read by the code of the
    // check's part, which showing the plan needs anyway; the first load
    // does without the link's decoder.
    let mut chars = fragment.chars();
    if chars.next() == Some('p') && chars.next().is_some_and(|c| c.is_ascii_digit()) {
        spawn_local(async move {
            if part!(open_plan_link(state, fragment)).await.is_err() {
                state.notice.set(Some(&ui::APP_PAGE_UNAVAILABLE));
            }
        });
        return;
    }
    // `?check=<kind>`: a presentation's closing QR code opens that check on
    // the person's own phone.
    if let Some(kind) = document::query_param("check").and_then(|id| Kind::from_id(&id)) {
        state.open_check(kind);
    }
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(check, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn open_plan_link(state: AppState, fragment: String) -> Result<(), LoadFailed> {
    match decode_for_content(&fragment) {
        Ok((check, snap)) => {
            let lang = Lang::from_code(&snap.lang).unwrap_or_default();
            state.open_plan(check, snap, lang, true);
        }
        Err(error) => {
            state.notice.set(Some(match error {
                LinkError::UnknownVersion => &ui::MEMORY_LINK_NEWER,
                LinkError::OtherCheck | LinkError::UnknownLanguage => &ui::MEMORY_LINK_OTHER,
                _ => &ui::MEMORY_LINK_DAMAGED,
            }));
            document::clear_fragment();
        }
    }
    Ok(())
}
