//! The page frame and the switch between screens.

use leptos::prelude::*;

use crate::domain::content::ui;
use crate::domain::text::Text;
use crate::domain::Lang;
use crate::platform::{document, service_worker, speech};

use super::accessibility::AccessibilityScreen;
use super::check::CheckScreen;
use super::event::{
    idle_dialog, provide_event_state, use_event, AmbassadorScreen, EventNotice, EventStart, SetupScreen,
};
use super::help_now::HelpNowScreen;
use super::layout::{Footer, Header, HelpNowBar, UpdateNotice};
use super::present::PresentScreen;
use super::report::ReportScreen;
use super::start::StartScreen;
use super::{keep, records};
use super::{provide_app_state, tr, use_app_state, Screen};
use crate::domain::content::Kind;
use crate::ui::Words;

fn screen_title(screen: Screen) -> &'static Text {
    match screen {
        Screen::Start => &ui::START_TITLE,
        Screen::Check(kind) => &kind.check().title,
        Screen::HelpNow => &ui::HELP_NOW_TITLE,
        Screen::Accessibility => &ui::ACCESSIBILITY_TITLE,
        Screen::EventSetup => &ui::AMBASSADOR_SETUP_TITLE,
        Screen::Ambassador => &ui::AMBASSADOR_PIN_TITLE,
        Screen::Report => &ui::REPORT_TITLE,
        Screen::Presentation => &ui::PRESENTATION_TITLE,
    }
}

/// `offline`: register the service worker that keeps the app available
/// offline (the real app does; component tests do not).
#[component]
pub fn App(#[prop(optional)] offline: bool) -> impl IntoView {
    let state = provide_app_state();
    let event = provide_event_state(state);
    // `?lang=en` opens the app in that language (a link from an English
    // page, or the right-to-left test pseudo-locale `?lang=ar-XB`).
    if let Some(lang) = document::query_param("lang").and_then(|code| Lang::from_code(&code)) {
        state.choose_language(lang);
    }
    // What the device keeps (event mode's settings and tally, or what a
    // person asked it to remember), then a plan link they opened. Until it
    // is read, the page shows its frame and no screen, so a stand's tablet
    // never shows the home start screen first.
    let restored = RwSignal::new(false);
    records::restore(state, event, restored);
    keep::persist(state, move || event.settings.with_untracked(Option::is_some));
    // The listeners below live as long as the app: dropped with it.
    super::own(speech::on_voices_changed(move || state.voices.update(|n| *n += 1)));
    if offline {
        super::own(service_worker::register(move || state.update_ready.set(true)));
    }

    // The document follows the language: `lang`, `dir` and the title.
    Effect::new(move |_| {
        let lang = state.lang.get();
        document::set_language(lang.code(), lang.is_rtl());
        let screen = state.screen.get();
        let check_title = state.session.with(|s| s.as_ref().map(|s| &s.check().title));
        let title = match (screen, check_title) {
            (Screen::Check(_), Some(title)) => title,
            _ => screen_title(screen),
        };
        document::set_title(&format!("{} – {}", title.get(lang), ui::APP_NAME.get(lang)));
    });

    Effect::new(move |_| document::set_large_text(state.large_text.get()));

    // A new screen takes the focus to its heading, as a new page would.
    Effect::new(move |previous: Option<Screen>| {
        let screen = state.screen.get();
        if previous.is_some_and(|p| p != screen) {
            state.notice.set(None);
            request_animation_frame(|| document::focus_by_id("page-title"));
        }
        screen
    });

    view! {
        <a class="skip-link" href="#main">{tr(&ui::APP_SKIP_LINK)}</a>
        <UpdateNotice/>
        <Header/>
        <Show when=move || state.screen.get() != Screen::HelpNow>
            <HelpNowBar/>
        </Show>
        <main id="main" class="container" tabindex="-1">
            <EventNoticeBanner/>
            <p class="notice" role="status" hidden=move || state.notice.with(Option::is_none)>
                {move || state.notice.get().map(|text| text.get(state.lang.get()))}
            </p>
            {move || match state.screen.get() {
                _ if !restored.get() => ().into_any(),
                Screen::Start if event.is_on() => view! { <EventStart/> }.into_any(),
                Screen::Start => view! { <StartScreen/> }.into_any(),
                Screen::Check(kind) => loaded(part!(check_screen(kind))),
                Screen::HelpNow => view! { <HelpNowScreen/> }.into_any(),
                screen @ (Screen::Accessibility
                | Screen::EventSetup
                | Screen::Ambassador
                | Screen::Report
                | Screen::Presentation) => {
                    loaded(part!(rare_screen(screen)))
                }
            }}
        </main>
        <Footer/>
        <Show when=move || event.is_on()>
            {quiet(part!(idle_dialog()))}
        </Show>
    }
}

/// The code of a part loaded when first needed could not be loaded.
pub struct LoadFailed;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for LoadFailed {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> LoadFailed {
        LoadFailed
    }
}

/// A view whose code is loaded when first needed: nothing until it is
/// here, and a plain message if it cannot be loaded (offline before the
/// service worker kept it).
fn loaded(view: impl std::future::Future<Output = Result<AnyView, LoadFailed>> + Send + 'static) -> AnyView {
    Suspend::new(async move {
        let view = view.await;
        // The screen's heading came later than the change of screen: focus
        // it now, as a new page would.
        request_animation_frame(|| document::focus_by_id("page-title"));
        view.unwrap_or_else(|LoadFailed| {
            let state = use_app_state();
            view! {
                <p class="notice" role="status">{tr(&ui::APP_PAGE_UNAVAILABLE)}</p>
                <button type="button" class="button button-secondary" on:click=move |_| state.go(Screen::Start)>
                    {tr(&ui::APP_BACK_TO_START)}
                </button>
            }
            .into_any()
        })
    })
    .into_any()
}

/// A part loaded when first needed that is not a screen of its own: no
/// focus moves when it arrives, and nothing shows if it cannot be loaded.
pub(crate) fn quiet(view: impl std::future::Future<Output = Result<AnyView, LoadFailed>> + Send + 'static) -> AnyView {
    Suspend::new(async move { view.await.unwrap_or_else(|LoadFailed| ().into_any()) }).into_any()
}

/// The seldom-seen screens: the accessibility statement, the ambassador's,
/// preparing a report and presentation mode. In a release build (`split`) their code is a file of its
/// own, fetched when one is first opened (`scripts/postbuild.mjs`).
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(rare, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn rare_screen(screen: Screen) -> Result<AnyView, LoadFailed> {
    Ok(match screen {
        Screen::EventSetup => view! { <SetupScreen/> }.into_any(),
        Screen::Ambassador => view! { <AmbassadorScreen/> }.into_any(),
        Screen::Report => view! { <ReportScreen/> }.into_any(),
        Screen::Presentation => view! { <PresentScreen/> }.into_any(),
        _ => view! { <AccessibilityScreen/> }.into_any(),
    })
}

/// A check, its steps and its result: in a release build a file of its
/// own, fetched with the check's texts when one is chosen.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(check, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn check_screen(kind: Kind) -> Result<AnyView, LoadFailed> {
    Ok(view! { <CheckScreen kind/> }.into_any())
}

/// Says plainly when event mode's stored data could not be read.
#[component]
fn EventNoticeBanner() -> impl IntoView {
    let event = use_event();
    move || {
        event.notice.get().map(|notice| {
            let text = match notice {
                EventNotice::SettingsDamaged => &ui::EVENT_DAMAGED,
                EventNotice::TallyDamaged => &ui::EVENT_TALLY_DAMAGED,
            };
            view! { <p class="notice" role="status">{tr(text)}</p> }
        })
    }
}
