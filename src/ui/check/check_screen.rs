//! Shows the step of the check the person is at; a new step takes the focus
//! to its heading.

use leptos::prelude::*;

use crate::domain::content::Kind;
use crate::domain::score::Item;
use crate::domain::session::{Session, Step};
use crate::platform::document;
use crate::ui::common::BackToStart;
use crate::ui::result::ResultScreen;
use crate::ui::{tr, use_app_state};

use super::{IntroStep, ProfileStep, QuestionStep, ScenarioStep};

#[component]
pub fn CheckScreen(kind: Kind) -> impl IntoView {
    let state = use_app_state();
    // Only a change of step re-renders: answering within a step does not.
    let step = Memo::new(move |_| state.session.with(|s| s.as_ref().map(Session::step)));

    Effect::new(move |previous: Option<Option<Step>>| {
        let now = step.get();
        if previous.is_some_and(|p| p != now) {
            request_animation_frame(|| document::focus_by_id("page-title"));
        }
        now
    });

    move || match step.get() {
        // Opening a check starts its session first; should one ever be
        // missing, the check's title and the way back still show.
        None => view! {
            <BackToStart/>
            <h1 id="page-title" tabindex="-1">{tr(&kind.check().title)}</h1>
        }
        .into_any(),
        Some(Step::Intro) => view! { <IntroStep/> }.into_any(),
        Some(Step::Profile(question)) => view! { <ProfileStep question/> }.into_any(),
        Some(Step::Item(Item::Question(question))) => view! { <QuestionStep question/> }.into_any(),
        Some(Step::Item(Item::Scenario(scenario))) => view! { <ScenarioStep scenario/> }.into_any(),
        Some(Step::Result) => view! { <ResultScreen/> }.into_any(),
    }
}
