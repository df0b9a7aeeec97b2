//! A profile question: the answers tailor which questions follow.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::domain::content::ui;
use crate::ui::{tr, use_app_state};

use super::{Choice, ErrorMessage, OptionList, Progress, StepNav};

#[component]
pub fn ProfileStep(question: usize) -> impl IntoView {
    let state = use_app_state();
    let found = state.session.with_untracked(|s| {
        s.as_ref().and_then(|s| {
            let q = s.check().profile.get(question)?;
            Some((
                s.check(),
                q,
                s.profile_choice(question).map(<[usize]>::to_vec).unwrap_or_default(),
            ))
        })
    });
    let Some((check, q, chosen)) = found else {
        return ().into_any();
    };
    let selected = RwSignal::new(chosen);
    let (error, set_error) = signal(false);
    let required = !q.multiple && !q.optional;

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let chosen = selected.get_untracked();
        if required && chosen.is_empty() {
            set_error.set(true);
            return;
        }
        state.update_session(|s| {
            s.choose_profile(question, &chosen);
            s.next();
        });
    };
    let skip = q.optional.then(|| {
        Callback::new(move |_| {
            state.update_session(|s| {
                s.choose_profile(question, &[]);
                s.next();
            })
        })
    });
    let hint = q.hint.as_ref().or(q.multiple.then_some(&ui::CHECK_CHOOSE_ALL));
    let choices = q
        .options
        .iter()
        .map(|o| Choice {
            value: o.id,
            label: &o.label,
            apart: false,
        })
        .collect();

    view! {
        <form class="step step-profile" on:submit=submit novalidate>
            <Progress caption=&check.profile_caption/>
            <fieldset aria-describedby=if hint.is_some() { "step-hint step-error" } else { "step-error" }>
                <legend>
                    <h1 id="page-title" tabindex="-1">{tr(&q.text)}</h1>
                </legend>
                {hint.map(|hint| view! { <p id="step-hint" class="hint">{tr(hint)}</p> })}
                <ErrorMessage id="step-error" show=error/>
                <OptionList
                    name=q.id
                    choices
                    multiple=q.multiple
                    selected
                    on_change=Callback::new(move |_| set_error.set(false))
                />
            </fieldset>
            <StepNav next=&ui::CHECK_NEXT skip=skip/>
        </form>
    }
    .into_any()
}
