//! The app's state that every screen shares, provided once through context.

use leptos::prelude::*;

use crate::domain::Lang;

/// The screens of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Start,
    Resident,
    Business,
    HelpNow,
}

/// Shared state: the language shown and the screen shown.
#[derive(Debug, Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    pub screen: RwSignal<Screen>,
}

impl AppState {
    pub fn go(&self, screen: Screen) {
        self.screen.set(screen);
    }
}

pub fn provide_app_state() -> AppState {
    let state = AppState {
        lang: RwSignal::new(Lang::default()),
        screen: RwSignal::new(Screen::Start),
    };
    provide_context(state);
    state
}

pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
