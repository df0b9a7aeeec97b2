//! "Prepare your report": a short form, one question a screen, that puts
//! the facts of an aangifte or a melding together, then a summary to print
//! or save as a text file. The answers live in the visitor's memory only
//! ([`crate::ui::Visitor::report`]); nothing is stored or sent.

mod form;
mod summary;

use leptos::prelude::*;

use crate::domain::content::ui;
use crate::domain::report::Step;
use crate::platform::document;
use crate::ui::common::BackToStart;
use crate::ui::event::use_event;
use crate::ui::tr;

use form::StepForm;
use summary::{BlankList, Summary};

/// Where in the form the person is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    Intro,
    Step(usize),
    Summary,
    /// The empty list, to print and fill in at home (offered at a stand).
    Blank,
}

impl Place {
    fn next(self) -> Place {
        match self {
            Place::Intro => Place::Step(0),
            Place::Step(i) if i + 1 < Step::ALL.len() => Place::Step(i + 1),
            Place::Step(_) | Place::Summary => Place::Summary,
            Place::Blank => Place::Intro,
        }
    }

    fn back(self) -> Place {
        match self {
            Place::Step(0) | Place::Intro | Place::Blank => Place::Intro,
            Place::Step(i) => Place::Step(i - 1),
            Place::Summary => Place::Step(Step::ALL.len() - 1),
        }
    }
}

#[component]
pub fn ReportScreen() -> impl IntoView {
    let place = RwSignal::new(Place::Intro);
    // Each new step is like a new page: its heading takes the focus.
    Effect::new(move |previous: Option<Place>| {
        let now = place.get();
        if previous.is_some_and(|p| p != now) {
            request_animation_frame(|| document::focus_by_id("page-title"));
        }
        now
    });
    move || match place.get() {
        Place::Intro => view! { <Intro place/> }.into_any(),
        Place::Step(i) => view! { <StepForm step=i place/> }.into_any(),
        Place::Summary => view! { <Summary place/> }.into_any(),
        Place::Blank => view! { <BlankList place/> }.into_any(),
    }
}

/// What this is, that it stays on the screen, and that it is not their
/// fault. At a stand: better done at home, with the empty list to take.
#[component]
fn Intro(place: RwSignal<Place>) -> impl IntoView {
    let event_mode = use_event().is_on();
    view! {
        <BackToStart/>
        <h1 id="page-title" tabindex="-1">{tr(&ui::REPORT_TITLE)}</h1>
        <p class="lead">{tr(&ui::REPORT_INTRO)}</p>
        <p>{tr(&ui::REPORT_NOT_YOUR_FAULT)}</p>
        <div class="privacy-note">
            <p>{tr(&ui::REPORT_PRIVATE)}</p>
        </div>
        {if event_mode {
            view! {
                <p class="notice">{tr(&ui::REPORT_EVENT_NOTE)}</p>
                <div class="actions-row">
                    <button type="button" class="button button-primary" on:click=move |_| place.set(Place::Blank)>
                        {tr(&ui::REPORT_PRINT_EMPTY)}
                    </button>
                    <button type="button" class="button button-secondary" on:click=move |_| place.set(Place::Step(0))>
                        {tr(&ui::REPORT_BEGIN)}
                    </button>
                </div>
            }
            .into_any()
        } else {
            view! {
                <div class="actions-row">
                    <button type="button" class="button button-primary" on:click=move |_| place.set(Place::Step(0))>
                        {tr(&ui::REPORT_BEGIN)}
                    </button>
                </div>
            }
            .into_any()
        }}
    }
}
