//! The app's state that every screen shares, provided once through context.

use leptos::prelude::*;

use crate::domain::check::check_by_kind;
use crate::domain::session::Session;
use crate::domain::Lang;

/// The two kinds of check, as offered on the start screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Resident,
    Business,
}

impl Kind {
    /// The folder name of its content, `content/<id>/`.
    pub fn id(self) -> &'static str {
        match self {
            Kind::Resident => "resident",
            Kind::Business => "business",
        }
    }
}

/// The screens of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Start,
    Check(Kind),
    HelpNow,
}

/// Shared state: the language, the screen, and the check in progress (held
/// in memory only).
#[derive(Debug, Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    pub screen: RwSignal<Screen>,
    pub session: RwSignal<Option<Session>>,
    /// A newer version of the app waits in the offline cache.
    pub update_ready: RwSignal<bool>,
    /// The "larger text" switch in the header.
    pub large_text: RwSignal<bool>,
}

impl AppState {
    pub fn go(&self, screen: Screen) {
        self.screen.set(screen);
    }

    /// Opens a check: the one in progress if it is of this kind, else a new
    /// one. A kind without content shows its "still being built" screen.
    pub fn open_check(&self, kind: Kind) {
        let current = self.session.with_untracked(|s| s.as_ref().map(|s| s.check().kind));
        if current != Some(kind.id()) {
            self.session.set(check_by_kind(kind.id()).map(Session::new));
        }
        self.go(Screen::Check(kind));
    }

    /// Forgets every answer and goes back to the start.
    pub fn start_again(&self) {
        self.session.set(None);
        self.go(Screen::Start);
    }

    /// Changes the check in progress, if there is one.
    pub fn update_session(&self, f: impl FnOnce(&mut Session)) {
        self.session.update(|s| {
            if let Some(s) = s {
                f(s)
            }
        });
    }
}

pub fn provide_app_state() -> AppState {
    let state = AppState {
        lang: RwSignal::new(Lang::default()),
        screen: RwSignal::new(Screen::Start),
        session: RwSignal::new(None),
        update_ready: RwSignal::new(false),
        large_text: RwSignal::new(false),
    };
    provide_context(state);
    state
}

pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
