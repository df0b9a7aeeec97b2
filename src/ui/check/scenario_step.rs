//! A "what would you do?" scene. After the answer a short explanation says
//! why, kindly, whether the answer was right or not.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::domain::content::ui;
use crate::domain::format::for_reading;
use crate::domain::score::{Answer, Item};
use crate::platform::document;
use crate::ui::common::ReadAloud;
use crate::ui::{tr, use_app_state};

use super::{Choice, ErrorMessage, OptionList, Progress, StepNav};
use crate::ui::Words;

#[component]
pub fn ScenarioStep(scenario: usize) -> impl IntoView {
    let state = use_app_state();
    let item = Item::Scenario(scenario);
    let found = state.session.with_untracked(|s| {
        s.as_ref()
            .and_then(|s| Some((s.check().scenarios.get(scenario)?, s.answer(item))))
    });
    let Some((sc, answer)) = found else {
        return ().into_any();
    };
    let selected = RwSignal::new(match answer {
        Some(Answer::Option(o)) => vec![o],
        _ => vec![],
    });
    // Coming back to an answered scene shows its explanation again.
    let revealed = RwSignal::new(answer.is_some());
    // When it appears, below the answers, its top is brought into view.
    Effect::new(move |before: Option<bool>| {
        let now = revealed.get();
        if before == Some(false) && now {
            request_animation_frame(|| document::bring_into_view("feedback"));
        }
        now
    });
    let (error, set_error) = signal(false);
    let best = sc.options.iter().find(|o| o.correct);
    let was_correct = move || selected.with(|s| s.first().and_then(|&o| sc.options.get(o)).is_some_and(|o| o.correct));

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(&chosen) = selected.get_untracked().first() else {
            set_error.set(true);
            return;
        };
        state.update_session(|s| s.set_answer(item, Answer::Option(chosen)));
        if revealed.get_untracked() {
            state.update_session(|s| s.next());
        } else {
            revealed.set(true);
        }
    };
    let on_change = Callback::new(move |_| {
        set_error.set(false);
        // A changed answer after the explanation is recorded as well.
        if revealed.get_untracked() {
            if let Some(&chosen) = selected.get_untracked().first() {
                state.update_session(|s| s.set_answer(item, Answer::Option(chosen)));
            }
        }
    });
    let choices = sc
        .options
        .iter()
        .map(|o| Choice {
            value: o.id,
            label: &o.label,
            apart: false,
        })
        .collect();

    // Read aloud: the scene and its answers; after answering, the explanation.
    let lang = state.lang;
    let spoken_scene = Signal::derive(move || {
        let lang = lang.get();
        let mut parts = vec![sc.title.get(lang), sc.story.get(lang), sc.question.get(lang)];
        parts.extend(sc.options.iter().map(|o| o.label.get(lang)));
        for_reading(&parts)
    });
    let spoken_feedback = Signal::derive(move || {
        let lang = lang.get();
        let verdict = if was_correct() {
            &ui::CHECK_CORRECT
        } else {
            &ui::CHECK_INCORRECT
        };
        let best = best
            .map(|b| format!("{} {}", ui::CHECK_BEST_ANSWER.get(lang), b.label.get(lang)))
            .unwrap_or_default();
        for_reading(&[verdict.get(lang), &best, sc.explanation.get(lang)])
    });

    view! {
        <form class="step" on:submit=submit novalidate>
            <Progress caption=&ui::CHECK_SCENARIO_LABEL/>
            <h1 id="page-title" tabindex="-1">{tr(&sc.title)}</h1>
            <div class="story">
                <p>{tr(&sc.story)}</p>
            </div>
            <ReadAloud text=spoken_scene/>
            <fieldset aria-describedby="step-error">
                <legend class="question-legend">{tr(&sc.question)}</legend>
                <ErrorMessage id="step-error" show=error/>
                <OptionList name=sc.id choices multiple=false selected on_change/>
            </fieldset>
            <div role="status" class="feedback-slot">
                <Show when=move || revealed.get()>
                    <div class="feedback" class:feedback-correct=was_correct class:feedback-incorrect=move || !was_correct()>
                        <p class="feedback-verdict">
                            {move || if was_correct() { tr(&ui::CHECK_CORRECT)() } else { tr(&ui::CHECK_INCORRECT)() }}
                        </p>
                        {best.map(|best| view! {
                            <p><strong>{tr(&ui::CHECK_BEST_ANSWER)}</strong> " " {tr(&best.label)}</p>
                        })}
                        <p>{tr(&sc.explanation)}</p>
                        <ReadAloud text=spoken_feedback/>
                    </div>
                </Show>
            </div>
            <Show
                when=move || revealed.get()
                fallback=|| view! { <StepNav next=&ui::CHECK_SEE_ANSWER/> }
            >
                <StepNav next=&ui::CHECK_NEXT/>
            </Show>
        </form>
    }
    .into_any()
}
