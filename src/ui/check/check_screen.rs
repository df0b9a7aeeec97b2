//! Shows the step of the check the person is at; a new step takes the focus
//! to its heading.

use leptos::prelude::*;

use crate::domain::content::ui;
use crate::domain::score::Item;
use crate::domain::session::{Session, Step};
use crate::platform::document;
use crate::ui::result::ResultScreen;
use crate::ui::{use_app_state, Kind, Placeholder};

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
        None => {
            let title = match kind {
                Kind::Resident => &ui::PLACEHOLDER_TITLE_RESIDENT,
                Kind::Business => &ui::PLACEHOLDER_TITLE_BUSINESS,
            };
            view! { <Placeholder title/> }.into_any()
        }
        Some(Step::Intro) => view! { <IntroStep/> }.into_any(),
        Some(Step::Profile(question)) => view! { <ProfileStep question/> }.into_any(),
        Some(Step::Item(Item::Question(question))) => view! { <QuestionStep question/> }.into_any(),
        Some(Step::Item(Item::Scenario(scenario))) => view! { <ScenarioStep scenario/> }.into_any(),
        Some(Step::Result) => view! { <ResultScreen/> }.into_any(),
    }
}
