//! The device's clock, its random numbers, downloads, history and activity:
//! small pieces event mode needs.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Today on the device's calendar, `YYYY-MM-DD`.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    let two = |n: u32| if n < 10 { format!("0{n}") } else { n.to_string() };
    format!(
        "{}-{}-{}",
        now.get_full_year(),
        two(now.get_month() + 1),
        two(now.get_date())
    )
}

/// The time now in UTC as a calendar file writes it, `YYYYMMDDTHHMMSSZ`.
pub fn utc_stamp() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    // 2026-11-23T18:26:40.123Z → 20261123T182640Z
    let digits: String = iso
        .chars()
        .take(19)
        .filter(|c| c.is_ascii_digit() || *c == 'T')
        .collect();
    digits + "Z"
}

/// Milliseconds on the device's clock, for timers (the idle timer treats
/// a clock that goes back as no time passed).
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// 16 random bytes from the browser's cryptographic generator.
pub fn random_salt() -> Option<[u8; 16]> {
    let mut salt = [0u8; 16];
    web_sys::window()?
        .crypto()
        .ok()?
        .get_random_values_with_u8_array(&mut salt)
        .ok()?;
    Some(salt)
}

/// Offers `text` as a file download made on the device itself (no request).
pub fn download(file_name: &str, mime: &str, text: &str) -> bool {
    let save = || -> Option<()> {
        let document = web_sys::window()?.document()?;
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
        link.set_href(&url);
        link.set_download(file_name);
        link.click();
        let _ = web_sys::Url::revoke_object_url(&url);
        Some(())
    };
    save().is_some()
}

/// Keeps the back button inside the app: one extra history entry for the
/// same address (nothing of a visitor in it, only the word "hold"), put back
/// whenever it is used. A reload finds it there and adds no other. Holds
/// while the returned value is kept; dropped, the back button is free again.
pub fn hold_history() -> Option<HistoryHold> {
    let window = web_sys::window()?;
    let history = window.history().ok()?;
    let hold = JsValue::from_str("hold");
    if history.state().ok().as_ref() != Some(&hold) {
        let _ = history.push_state_with_url(&hold, "", None);
    }
    let on_back = Closure::<dyn Fn()>::new(move || {
        let _ = history.push_state_with_url(&JsValue::from_str("hold"), "", None);
    });
    window.set_onpopstate(Some(on_back.as_ref().unchecked_ref()));
    Some(HistoryHold {
        window,
        _on_back: on_back,
    })
}

/// See [`hold_history`].
#[must_use = "the back button is free again once this is dropped"]
pub struct HistoryHold {
    window: web_sys::Window,
    _on_back: Closure<dyn Fn()>,
}

impl Drop for HistoryHold {
    fn drop(&mut self) {
        self.window.set_onpopstate(None);
    }
}

const ACTIVITY: [&str; 4] = ["pointerdown", "keydown", "wheel", "touchstart"];

/// Calls `active` on every touch, click, key press and scroll, while the
/// returned value is kept.
pub fn on_activity(active: impl Fn() + 'static) -> Option<Activity> {
    let window = web_sys::window()?;
    let callback = Closure::<dyn Fn()>::new(active);
    for event in ACTIVITY {
        let _ = window.add_event_listener_with_callback(event, callback.as_ref().unchecked_ref());
    }
    Some(Activity { window, callback })
}

/// See [`on_activity`].
#[must_use = "activity is no longer noticed once this is dropped"]
pub struct Activity {
    window: web_sys::Window,
    callback: Closure<dyn Fn()>,
}

impl Drop for Activity {
    fn drop(&mut self) {
        for event in ACTIVITY {
            let _ = self
                .window
                .remove_event_listener_with_callback(event, self.callback.as_ref().unchecked_ref());
        }
    }
}

/// Shows the `<dialog>` with this id as a modal (the rest of the page is
/// inert), or closes it.
pub fn show_dialog(id: &str, open: bool) {
    let dialog = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlDialogElement>().ok());
    if let Some(dialog) = dialog {
        if open && !dialog.open() {
            let _ = dialog.show_modal();
        } else if !open && dialog.open() {
            dialog.close();
        }
    }
}

/// Moves the focus to the element with this id after the current update
/// (for example back to a field with a mistake).
pub fn focus_later(id: &'static str) {
    let focus = Closure::once_into_js(move || super::document::focus_by_id(id));
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(focus.unchecked_ref());
    }
}

/// Opens the browser's print dialog (which can also save as PDF): the plan
/// on A4, or with `card` the A5 action card (a class on `<html>` tells the
/// print style which; it stays until the next print, which sets it again).
pub fn print(card: bool) {
    let Some(window) = web_sys::window() else { return };
    if let Some(root) = window.document().and_then(|d| d.document_element()) {
        let _ = root.class_list().toggle_with_force("print-card-only", card);
    }
    let _ = window.print();
}

/// Where the focus is when a key is pressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyFocus {
    /// In a field: letters, Space and the arrows belong to it.
    Field,
    /// On a button or link: Space and Enter belong to it.
    Control,
    /// Anywhere else.
    Page,
}

/// Calls `handle` with every key pressed on the page (its `key`, such as
/// "ArrowRight" or "b") and where the focus is. When `handle` returns true
/// the key was used and the browser does nothing else with it. Keys with
/// Ctrl, Alt or Meta are left to the browser. Holds while the returned
/// value is kept.
pub fn on_key(handle: impl Fn(&str, KeyFocus) -> bool + 'static) -> Option<KeyWatch> {
    let window = web_sys::window()?;
    let callback = Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |event: web_sys::KeyboardEvent| {
        if event.ctrl_key() || event.alt_key() || event.meta_key() {
            return;
        }
        let tag = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .map(|e| e.tag_name());
        let focus = match tag.as_deref() {
            Some("INPUT" | "TEXTAREA" | "SELECT") => KeyFocus::Field,
            Some("BUTTON" | "A" | "SUMMARY") => KeyFocus::Control,
            _ => KeyFocus::Page,
        };
        if handle(&event.key(), focus) {
            event.prevent_default();
        }
    });
    window
        .add_event_listener_with_callback("keydown", callback.as_ref().unchecked_ref())
        .ok()?;
    Some(KeyWatch { window, callback })
}

/// See [`on_key`].
#[must_use = "keys are no longer handled once this is dropped"]
pub struct KeyWatch {
    window: web_sys::Window,
    callback: Closure<dyn Fn(web_sys::KeyboardEvent)>,
}

impl Drop for KeyWatch {
    fn drop(&mut self) {
        let _ = self
            .window
            .remove_event_listener_with_callback("keydown", self.callback.as_ref().unchecked_ref());
    }
}

/// The whole screen for the page (the Fullscreen API), or back again.
pub fn toggle_fullscreen() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    } else if let Some(root) = document.document_element() {
        let _ = root.request_fullscreen();
    }
}
