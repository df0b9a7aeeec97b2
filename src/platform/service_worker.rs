//! The service worker that keeps the app available offline (`public/sw.js`):
//! registering it, noticing when a newer version is waiting, and letting
//! that version take over when the person agrees.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
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
/// service workers are not available, the app simply works online. The
/// listeners live as long as the returned [`Watch`].
pub fn register(on_update: impl Fn() + 'static) -> Watch {
    let watch = Watch::default();
    let Some(container) = container() else { return watch };
    let on_update: Rc<dyn Fn()> = Rc::new(on_update);
    let listeners = Rc::downgrade(&watch.0);
    wasm_bindgen_futures::spawn_local(async move {
        // A failed registration (for example a server without /sw.js) only
        // means no offline use: nothing to tell the person.
        let Ok(value) = JsFuture::from(container.register(SCRIPT)).await else {
            return;
        };
        // Nobody keeps the watch any more: nothing to follow.
        let Some(listeners) = listeners.upgrade() else { return };
        if let Ok(registration) = value.dyn_into::<ServiceWorkerRegistration>() {
            follow(&registration, on_update, &listeners);
        }
    });
    watch
}

/// One listener: where, for which event, and the closure it calls.
type Listener = (web_sys::EventTarget, &'static str, Closure<dyn FnMut()>);
type Listeners = Rc<RefCell<Vec<Listener>>>;

/// The service worker's listeners: taken off and freed when this is
/// dropped (the app keeps it as long as it runs).
#[derive(Default)]
#[must_use = "the updates are no longer noticed once this is dropped"]
pub struct Watch(Listeners);

impl Drop for Watch {
    fn drop(&mut self) {
        for (target, event, closure) in self.0.borrow_mut().drain(..) {
            let _ = target.remove_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
        }
    }
}

fn listen(listeners: &Listeners, target: &web_sys::EventTarget, event: &'static str, closure: Closure<dyn FnMut()>) {
    let _ = target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    listeners.borrow_mut().push((target.clone(), event, closure));
}

fn follow(registration: &ServiceWorkerRegistration, on_update: Rc<dyn Fn()>, listeners: &Listeners) {
    if registration.waiting().is_some() && has_controller() {
        on_update();
    }
    let found_on = registration.clone();
    let inner = Rc::downgrade(listeners);
    let update_found = Closure::<dyn FnMut()>::new(move || {
        let Some(worker) = found_on.installing() else { return };
        let Some(listeners) = inner.upgrade() else { return };
        let watched = worker.clone();
        let on_update = on_update.clone();
        let state_change = Closure::<dyn FnMut()>::new(move || {
            // Installed while another version controls the page: an update.
            // (On the very first visit there is no controller yet.)
            if watched.state() == ServiceWorkerState::Installed && has_controller() {
                on_update();
            }
        });
        listen(&listeners, &worker, "statechange", state_change);
    });
    listen(listeners, registration, "updatefound", update_found);
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
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(value) = JsFuture::from(container.get_registration()).await else {
            return;
        };
        if let Some(waiting) = value
            .dyn_into::<ServiceWorkerRegistration>()
            .ok()
            .and_then(|r| r.waiting())
        {
            let _ = waiting.post_message(&JsValue::from_str("skip-waiting"));
        }
    });
}
