//! The service worker that keeps the app available offline (`public/sw.js`):
//! registering it, noticing when a newer version is waiting, and letting
//! that version take over when the person agrees.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

const SCRIPT: &str = "/sw.js";

/// The browser's service worker container, where there is one (not on plain
/// http other than localhost, nor in some private modes).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let present = js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    present.then(|| navigator.service_worker())
}

fn has_controller() -> bool {
    container().and_then(|c| c.controller()).is_some()
}

/// Registers the service worker. `on_update` runs when a newer version has
/// been installed and waits while this page still runs the older one. Where
/// service workers are not available, the app simply works online.
pub fn register(on_update: impl Fn() + 'static) {
    let Some(container) = container() else { return };
    let on_update: Rc<dyn Fn()> = Rc::new(on_update);
    let registered = Closure::<dyn FnMut(JsValue)>::new(move |value: JsValue| {
        if let Ok(registration) = value.dyn_into::<ServiceWorkerRegistration>() {
            watch(&registration, on_update.clone());
        }
    });
    // A failed registration (for example a server without /sw.js) only means
    // no offline use: nothing to tell the person.
    let ignore = Closure::<dyn FnMut(JsValue)>::new(|_: JsValue| {});
    let _ = container.register(SCRIPT).then2(&registered, &ignore);
    registered.forget();
    ignore.forget();
}

fn watch(registration: &ServiceWorkerRegistration, on_update: Rc<dyn Fn()>) {
    if registration.waiting().is_some() && has_controller() {
        on_update();
    }
    let found_on = registration.clone();
    let update_found = Closure::<dyn FnMut()>::new(move || {
        let Some(worker) = found_on.installing() else { return };
        let watched = worker.clone();
        let on_update = on_update.clone();
        let state_change = Closure::<dyn FnMut()>::new(move || {
            // Installed while another version controls the page: an update.
            // (On the very first visit there is no controller yet.)
            if watched.state() == ServiceWorkerState::Installed && has_controller() {
                on_update();
            }
        });
        worker.set_onstatechange(Some(state_change.as_ref().unchecked_ref()));
        state_change.forget();
    });
    registration.set_onupdatefound(Some(update_found.as_ref().unchecked_ref()));
    update_found.forget();
}

/// Lets the waiting version take over; the page reloads once it has.
pub fn apply_update() {
    let Some(container) = container() else { return };
    let reload = Closure::once_into_js(|| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(reload.unchecked_ref()));
    let got = Closure::<dyn FnMut(JsValue)>::new(|value: JsValue| {
        if let Some(waiting) = value
            .dyn_into::<ServiceWorkerRegistration>()
            .ok()
            .and_then(|r| r.waiting())
        {
            let _ = waiting.post_message(&JsValue::from_str("skip-waiting"));
        }
    });
    let _ = container.get_registration().then(&got);
    got.forget();
}
