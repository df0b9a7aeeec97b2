//! The document around the app: its language, direction, title and focus.

use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Sets `lang` and `dir` on `<html>`, so screen readers pick the right voice
/// and the layout follows the writing direction.
pub fn set_language(code: &str, rtl: bool) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", code);
        let _ = root.set_attribute("dir", if rtl { "rtl" } else { "ltr" });
    }
}

/// Makes all text larger (or back to normal) through a class on `<html>`;
/// every size in the stylesheet follows the root's font size.
pub fn set_large_text(on: bool) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.class_list().toggle_with_force("text-large", on);
    }
}

/// Sets the window title, which is the first thing a screen reader reads
/// after a change of screen.
pub fn set_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

/// Moves keyboard and screen-reader focus to the element with this id (the
/// heading of a new screen or step) without scrolling to it, then brings
/// the top of the page's main part into view: on a phone a new step shows
/// from its top, with its theme and progress above the heading, not from
/// its heading.
pub fn focus_by_id(id: &str) {
    let Some(el) = document().and_then(|d| d.get_element_by_id(id)) else {
        return;
    };
    let top = document().and_then(|d| d.get_element_by_id("main"));
    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
    }
    if let Some(top) = top {
        show_top(&top);
    }
}

/// Scrolls so that the top of the element with this class is in view, if it
/// is not (a scene's explanation, which appears below the answers).
pub fn bring_into_view(class: &str) {
    if let Some(el) = document().and_then(|d| d.query_selector(&format!(".{class}")).ok().flatten()) {
        show_top(&el);
    }
}

/// Scrolls so that the bottom of the element with this class is in view
/// (the least needed): an answer revealed under the cards it explains.
pub fn bring_end_into_view(class: &str) {
    if let Some(el) = document().and_then(|d| d.query_selector(&format!(".{class}")).ok().flatten()) {
        let Some(window) = web_sys::window() else { return };
        let height = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
        let bottom = el.get_bounding_client_rect().bottom();
        if bottom > height {
            window.scroll_by_with_x_and_y(0.0, bottom - height + 16.0);
        }
    }
}

/// Scrolls the least needed for the top of `el` to be in view: to the top
/// edge when it is above the window or in its lower part.
fn show_top(el: &web_sys::Element) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let height = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    let top = el.get_bounding_client_rect().top();
    if top < 0.0 || top > height * 0.6 {
        window.scroll_by_with_x_and_y(0.0, top);
    }
}

/// Removes whatever the page showed before the app started (the start
/// screen and help `make build` rendered into index.html) and returns the
/// element the app mounts into.
pub fn take_app_root() -> Option<web_sys::HtmlElement> {
    let root = document()?.get_element_by_id("app")?;
    // What `make build` rendered into the page before the app ran (see
    // scripts/prerender.mjs) goes in the same task as the app mounts, so
    // no frame shows the page empty.
    root.set_inner_html("");
    let _ = root.remove_attribute("data-prerendered");
    root.dyn_into::<web_sys::HtmlElement>().ok()
}

/// The value of `name` in the page address's query (`?lang=en`), if any.
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_string())
}

/// The line printed at the foot of the page (the print style shows the
/// `data-print-note` of `<main>` only on paper).
pub fn set_print_note(text: &str) {
    if let Some(main) = document().and_then(|d| d.get_element_by_id("main")) {
        let _ = main.set_attribute("data-print-note", text);
    }
}

/// The fragment of the page address without the `#` (a plan link's
/// `p1.…`); empty when there is none. It never leaves the browser.
pub fn fragment() -> String {
    let hash = web_sys::window().and_then(|w| w.location().hash().ok());
    hash.unwrap_or_default().trim_start_matches('#').to_string()
}

/// Takes the fragment off the address without a new history entry, so a
/// reload no longer opens the plan it held.
pub fn clear_fragment() {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let page = location.pathname().unwrap_or_default() + &location.search().unwrap_or_default();
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&page));
    }
}

/// The address the app runs at (origin and path, without query or
/// fragment): the base of a take-home link when the build names none.
pub fn own_address() -> String {
    let Some(window) = web_sys::window() else {
        return String::new();
    };
    let location = window.location();
    location.origin().unwrap_or_default() + &location.pathname().unwrap_or_default()
}
