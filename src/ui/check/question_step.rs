//! A question about what the person does; "don't know" is always an answer.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::domain::content::ui;
use crate::domain::format::for_reading;
use crate::domain::score::{Answer, Item};
use crate::ui::common::ReadAloud;
use crate::ui::{tr, use_app_state};

use super::{Choice, ErrorMessage, OptionList, Progress, StepNav};
use crate::ui::Words;

#[component]
pub fn QuestionStep(question: usize) -> impl IntoView {
    let state = use_app_state();
    let item = Item::Question(question);
    let found = state.session.with_untracked(|s| {
        s.as_ref().and_then(|s| {
            let check = s.check();
            let q = check.questions.get(question)?;
            Some((check, q, s.answer(item)))
        })
    });
    let Some((check, q, answer)) = found else {
        return ().into_any();
    };
    // "Don't know" is shown as the last option, after the content's own.
    let dont_know = q.options.len();
    let selected = RwSignal::new(match answer {
        Some(Answer::Option(o)) => vec![o],
        Some(Answer::DontKnow) => vec![dont_know],
        None => vec![],
    });
    let (error, set_error) = signal(false);

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(&chosen) = selected.get_untracked().first() else {
            set_error.set(true);
            return;
        };
        let answer = if chosen == dont_know {
            Answer::DontKnow
        } else {
            Answer::Option(chosen)
        };
        state.update_session(|s| {
            s.set_answer(item, answer);
            s.next();
        });
    };
    let mut choices: Vec<Choice> = q
        .options
        .iter()
        .map(|o| Choice {
            value: o.id,
            label: &o.label,
            apart: false,
        })
        .collect();
    choices.push(Choice {
        value: "dont-know",
        label: &ui::CHECK_DONT_KNOW,
        apart: true,
    });

    // Read aloud: the question, its hint and the answers to choose from.
    let lang = state.lang;
    let spoken = Signal::derive(move || {
        let lang = lang.get();
        let mut parts = vec![q.text.get(lang)];
        parts.extend(q.hint.as_ref().map(|h| h.get(lang)));
        parts.extend(q.options.iter().map(|o| o.label.get(lang)));
        parts.push(ui::CHECK_DONT_KNOW.get(lang));
        for_reading(&parts)
    });

    view! {
        <form class="step" on:submit=submit novalidate>
            <Progress caption=&check.theme(q.theme).title/>
            <fieldset aria-describedby=if q.hint.is_some() { "step-hint step-error" } else { "step-error" }>
                <legend>
                    <h1 id="page-title" tabindex="-1">{tr(&q.text)}</h1>
                </legend>
                {q.hint.as_ref().map(|hint| view! { <p id="step-hint" class="hint">{tr(hint)}</p> })}
                <ReadAloud text=spoken/>
                <ErrorMessage id="step-error" show=error/>
                <OptionList
                    name=q.id
                    choices
                    multiple=false
                    selected
                    on_change=Callback::new(move |_| set_error.set(false))
                />
            </fieldset>
            <StepNav next=&ui::CHECK_NEXT/>
        </form>
    }
    .into_any()
}
