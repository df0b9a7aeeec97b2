//! The app's state that every screen shares, provided once through context.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::check::Check;
use crate::domain::content::Kind;
use crate::domain::memory::Memory;
use crate::domain::plan_link::Snapshot;
use crate::domain::report::Report;
use crate::domain::session::Session;
use crate::domain::text::Text;
use crate::domain::Lang;
use crate::platform::{document, fetch, speech};

/// The screens of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Screen {
    #[default]
    Start,
    Check(Kind),
    HelpNow,
    /// The accessibility statement.
    Accessibility,
    /// Switching event mode on.
    EventSetup,
    /// Event mode's tally and settings, behind the PIN.
    Ambassador,
    /// Preparing an aangifte or a melding.
    Report,
    /// An ambassador in front of a room.
    Presentation,
}

/// Everything that belongs to the person using the app now, as one value.
/// In event mode the next visitor gets `Visitor::default()`
/// ([`AppState::set_visitor`]), so nothing of the one before can stay
/// behind. [`AppState`] holds each part in a signal of its own, so that a
/// screen follows only the part it shows; `set_visitor` and `visitor` name
/// every field without `..`, so a field added here does not compile until it
/// is read and wiped with the rest.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Visitor {
    /// The check in progress (held in memory only).
    pub session: Option<Session>,
    pub screen: Screen,
    pub lang: Lang,
    /// The "larger text" switch in the header.
    pub large_text: bool,
    /// The plan shown came from a link: read-only, kept nowhere until the
    /// person asks.
    pub from_link: bool,
    /// A message at the top of the page (a damaged plan link, memory that
    /// could not be read, everything deleted).
    pub notice: Option<&'static Text>,
    /// Texts being loaded for a language or a check, or that could not be.
    pub pending: Option<Pending>,
    /// Event mode: the ambassador typed the PIN (until they go back to the
    /// visitors).
    pub unlocked: bool,
    /// Event mode: the check kind in progress, and whether it was counted
    /// as started / completed (each once per visitor and kind).
    pub counted: (&'static str, bool, bool),
    /// A report being prepared (in memory only, never stored).
    pub report: Report,
}

/// Shared state: the visitor's parts (see [`Visitor`]), each a signal, and
/// the device's.
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
    /// The device has a voice of its own for the language shown.
    pub can_read_aloud: Memo<bool>,
    /// Texts being loaded for a language or a check, or that could not be.
    pub pending: RwSignal<Option<Pending>>,
    /// The plan shown came from a link: read-only, kept nowhere until the
    /// person asks.
    pub from_link: RwSignal<bool>,
    /// A message at the top of the page (a damaged plan link, memory that
    /// could not be read, everything deleted).
    pub notice: RwSignal<Option<&'static Text>>,
    /// What the person asked this device to remember (off, empty, until
    /// they switch it on; never in event mode).
    pub memory: RwSignal<Memory>,
    /// Part of the visitor: see [`Visitor::unlocked`].
    pub unlocked: RwSignal<bool>,
    /// Part of the visitor: see [`Visitor::counted`].
    pub counted: RwSignal<(&'static str, bool, bool)>,
    /// Part of the visitor: see [`Visitor::report`].
    pub report: RwSignal<Report>,
    /// The screen shown belongs to a check that says "je" (set by `go`).
    pub informal: RwSignal<bool>,
}

/// A language or a check asked for but not shown yet, because its texts
/// are still loading or could not be loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pending {
    Loading,
    LanguageFailed(Lang),
    CheckFailed(Kind),
    ScreenFailed,
}

/// The pack parts a screen needs besides the built-in texts (the parts are
/// named by the content compiler, `DEFERRED_PARTS` in `codegen.rs`): a
/// check's own and those of every check's steps, and `more` for the
/// seldom-seen screens.
fn parts(screen: Screen) -> Vec<&'static str> {
    match screen {
        Screen::Check(kind) => vec![kind.id(), "checks"],
        Screen::Accessibility | Screen::EventSetup => vec!["more"],
        // The tally names the audiences and scenarios of presentations,
        // whose scenarios come from every check.
        Screen::Ambassador => ["more", "presentation"]
            .into_iter()
            .chain(Kind::all().map(Kind::id))
            .collect(),
        Screen::Presentation => ["presentation"].into_iter().chain(Kind::all().map(Kind::id)).collect(),
        Screen::Report => vec!["report"],
        Screen::Start | Screen::HelpNow => vec![],
    }
}

impl AppState {
    /// Replaces everything of the visitor at once.
    pub fn set_visitor(&self, visitor: Visitor) {
        let Visitor {
            session,
            screen,
            lang,
            large_text,
            from_link,
            notice,
            pending,
            unlocked,
            counted,
            report,
        } = visitor;
        self.session.set(session);
        self.screen.set(screen);
        self.lang.set(lang);
        self.large_text.set(large_text);
        self.from_link.set(from_link);
        self.notice.set(notice);
        self.pending.set(pending);
        self.unlocked.set(unlocked);
        self.counted.set(counted);
        self.report.set(report);
        self.keep_register(screen);
    }

    /// Everything of the visitor, as one value (not tracked).
    pub fn visitor(&self) -> Visitor {
        Visitor {
            session: self.session.get_untracked(),
            screen: self.screen.get_untracked(),
            lang: self.lang.get_untracked(),
            large_text: self.large_text.get_untracked(),
            from_link: self.from_link.get_untracked(),
            notice: self.notice.get_untracked(),
            pending: self.pending.get_untracked(),
            unlocked: self.unlocked.get_untracked(),
            counted: self.counted.get_untracked(),
            report: self.report.get_untracked(),
        }
    }

    /// Whether nothing of a visitor is here: every part as in
    /// `Visitor::default()` (compared in place, without copying the check).
    pub fn untouched(&self) -> bool {
        let Visitor {
            session,
            screen,
            lang,
            large_text,
            from_link,
            notice,
            pending,
            unlocked,
            counted,
            report,
        } = Visitor::default();
        self.session.with_untracked(|s| s.is_none() && session.is_none())
            && self.screen.get_untracked() == screen
            && self.lang.get_untracked() == lang
            && self.large_text.get_untracked() == large_text
            && self.from_link.get_untracked() == from_link
            && self.notice.get_untracked() == notice
            && self.pending.get_untracked() == pending
            && self.unlocked.get_untracked() == unlocked
            && self.counted.get_untracked() == counted
            && self.report.with_untracked(|r| *r == report)
    }

    pub fn go(&self, screen: Screen) {
        self.keep_register(screen);
        self.screen.set(screen);
    }

    /// "u" or "je": a check that says "je" (`address = "je"`) speaks so on
    /// its own screens, and on "it is happening now" and the report helper
    /// opened from it; everything else says "u".
    fn keep_register(&self, screen: Screen) {
        let informal = matches!(screen, Screen::Check(_) | Screen::HelpNow | Screen::Report)
            && self
                .session
                .with_untracked(|s| s.as_ref().is_some_and(|s| s.check().informal));
        super::text::set_informal(informal);
        self.informal.set(informal);
    }

    /// Goes to a screen whose texts are loaded when needed (the
    /// accessibility statement, the ambassador's screens).
    pub fn open(&self, screen: Screen) {
        let state = *self;
        self.with_texts(
            self.lang.get_untracked(),
            &parts(screen),
            Pending::ScreenFailed,
            move || state.go(screen),
        );
    }

    /// Opens a check: the one in progress if it is of this kind, else a new
    /// one, once its texts are here. A kind without content shows its
    /// "still being built" screen.
    pub fn open_check(&self, kind: Kind) {
        let state = *self;
        self.with_texts(
            self.lang.get_untracked(),
            &parts(Screen::Check(kind)),
            Pending::CheckFailed(kind),
            move || {
                let current = state.session.with_untracked(|s| s.as_ref().map(|s| s.check().kind));
                if current != Some(kind.id()) {
                    state.session.set(Some(Session::new(kind.check())));
                }
                state.go(Screen::Check(kind));
            },
        );
    }

    /// Forgets every answer and goes back to the start.
    pub fn start_again(&self) {
        self.session.set(None);
        if self.from_link.get_untracked() {
            // A reload should not open that plan again.
            document::clear_fragment();
        }
        self.from_link.set(false);
        self.go(Screen::Start);
    }

    /// Shows the result of a plan (from a link, or kept on this device) in
    /// its language, once the texts are here.
    pub fn open_plan(&self, check: &'static Check, snap: Snapshot, lang: Lang, from_link: bool) {
        let state = *self;
        let kind = Kind::of(check);
        self.with_texts(
            lang,
            &parts(Screen::Check(kind)),
            Pending::CheckFailed(kind),
            move || {
                state.lang.set(lang);
                state.session.set(Some(Session::restore(check, &snap)));
                state.from_link.set(from_link);
                state.go(Screen::Check(kind));
            },
        );
    }

    /// Shows the app in `lang`: at once if its texts are here, else after
    /// loading them. Answers and the screen stay as they are; if the texts
    /// cannot be loaded the language stays and a message says why.
    pub fn choose_language(&self, lang: Lang) {
        let state = *self;
        let parts = parts(self.screen.get_untracked());
        self.with_texts(lang, &parts, Pending::LanguageFailed(lang), move || {
            state.lang.set(lang)
        });
    }

    /// Runs `then` once the texts of `lang` (and of the given `parts`) are
    /// loaded: at once when they are, else after fetching their packs (from
    /// the offline cache when the service worker has them). If one cannot be
    /// loaded, `failed` says so instead.
    fn with_texts(&self, lang: Lang, parts: &[&str], failed: Pending, then: impl FnOnce() + 'static) {
        let missing = super::text::missing(lang, parts);
        if missing.is_empty() {
            self.pending.set(None);
            return then();
        }
        self.pending.set(Some(Pending::Loading));
        let state = *self;
        // Every pack asked for at once, then taken in turn.
        let requests: Vec<_> = missing.iter().map(|info| fetch::own_text(info.file)).collect();
        spawn_local(async move {
            for request in requests {
                let body = request.await;
                if state.pending.get_untracked() != Some(Pending::Loading) {
                    return; // something else was chosen meanwhile
                }
                if !matches!(body.map(|b| super::text::install(lang, b)), Ok(Ok(()))) {
                    return state.pending.set(Some(failed));
                }
            }
            state.pending.set(None);
            then();
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
    let lang = RwSignal::new(Lang::default());
    let voices = RwSignal::new(0);
    let state = AppState {
        lang,
        screen: RwSignal::new(Screen::Start),
        session: RwSignal::new(None),
        update_ready: RwSignal::new(false),
        large_text: RwSignal::new(false),
        pending: RwSignal::new(None),
        from_link: RwSignal::new(false),
        notice: RwSignal::new(None),
        memory: RwSignal::new(Memory::new()),
        unlocked: RwSignal::new(false),
        counted: RwSignal::new(("", false, false)),
        report: RwSignal::new(Report::default()),
        informal: RwSignal::new(false),
        voices,
        // Asked once per language and list of voices, not per button.
        can_read_aloud: Memo::new(move |_| {
            voices.track();
            speech::can_read(lang.get().code())
        }),
    };
    provide_context(state);
    state
}

pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
