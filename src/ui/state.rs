//! The app's state that every screen shares, provided once through context.

use leptos::prelude::*;

use crate::domain::check::check_by_kind;
use crate::domain::content::packs;
use crate::domain::session::Session;
use crate::domain::Lang;
use crate::platform::fetch;

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
    /// The accessibility statement.
    Accessibility,
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
    /// Changes when the device's list of voices does (for read-aloud).
    pub voices: RwSignal<u32>,
    /// A language whose pack is being loaded, or could not be.
    pub lang_pending: RwSignal<Option<LangPending>>,
}

/// A language asked for but not shown yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LangPending {
    Loading(Lang),
    Failed(Lang),
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

    /// Shows the app in `lang`: at once if its texts are here, else after
    /// loading its pack. Answers and the screen stay as they are; if the
    /// pack cannot be loaded the language stays and a message says why.
    pub fn choose_language(&self, lang: Lang) {
        if packs::is_ready(lang) {
            self.lang_pending.set(None);
            self.lang.set(lang);
            return;
        }
        let Some(info) = lang.pack() else { return };
        self.lang_pending.set(Some(LangPending::Loading(lang)));
        let state = *self;
        fetch::own_text(info.file, move |body| {
            let loaded = body.ok().map(|body| packs::install(lang, &body));
            if state.lang_pending.get_untracked() != Some(LangPending::Loading(lang)) {
                return; // another language was chosen meanwhile
            }
            if matches!(loaded, Some(Ok(()))) {
                state.lang_pending.set(None);
                state.lang.set(lang);
            } else {
                state.lang_pending.set(Some(LangPending::Failed(lang)));
            }
        });
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
        lang_pending: RwSignal::new(None),
        voices: RwSignal::new(0),
    };
    provide_context(state);
    state
}

pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
