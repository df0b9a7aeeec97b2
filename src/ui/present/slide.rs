//! One scenario on the big screen: the story and question, the answers as
//! large A/B/C cards with a field for the hands counted, and after "show
//! the answer" the right one, a bar per answer, the explanation and what to
//! do.

use leptos::prelude::*;

use crate::domain::content::ui;
use crate::domain::format::fill;
use crate::domain::presentation_form::Slide;
use crate::ui::{tr, use_app_state, Words};

const LETTERS: [&str; 6] = ["A", "B", "C", "D", "E", "F"];

#[component]
pub fn SlideView(
    slide: &'static Slide,
    index: usize,
    revealed: RwSignal<bool>,
    hands: RwSignal<Vec<Vec<Option<u32>>>>,
) -> impl IntoView {
    let lang = use_app_state().lang;
    let Some((check, scenario)) = slide.scenario() else {
        return ().into_any();
    };
    let action = check.action(scenario.action);
    let typed = move |option: usize| hands.with(|h| h.get(index).and_then(|o| o.get(option).copied().flatten()));
    let total = move || hands.with(|h| h.get(index).map_or(0, |o| o.iter().flatten().sum::<u32>()));
    view! {
        <h1 id="page-title" tabindex="-1" class="present-title">{tr(&scenario.title)}</h1>
        <p class="present-story">{tr(&scenario.story)}</p>
        <p class="present-question">{tr(&scenario.question)}</p>
        <p class="hint present-hint" hidden=move || revealed.get()>{tr(&ui::PRESENTATION_HANDS_HINT)}</p>
        <ol class="present-options">
            {scenario
                .options
                .iter()
                .enumerate()
                .map(|(i, option)| {
                    let letter = LETTERS.get(i).copied().unwrap_or("");
                    let field = format!("hands-{i}");
                    let percent = move || {
                        let all = total();
                        typed(i).filter(|_| all > 0).map_or(0, |n| n * 100 / all)
                    };
                    view! {
                        <li
                            class="present-option"
                            class:present-correct=move || revealed.get() && option.correct
                            class:present-wrong=move || revealed.get() && !option.correct
                        >
                            <span class="present-letter" aria-hidden="true">{letter}</span>
                            <span class="present-label">
                                <span class="visually-hidden">{letter} ": "</span>
                                {tr(&option.label)}
                                <span class="present-verdict" hidden=move || !revealed.get()>
                                    {move || if option.correct { ui::PRESENTATION_CORRECT.get(lang.get()) } else { ui::PRESENTATION_NOT_CORRECT.get(lang.get()) }}
                                </span>
                            </span>
                            <span class="present-hands">
                                <label for=field.clone()>
                                    {move || fill(ui::PRESENTATION_HANDS_LABEL.get(lang.get()), &[("letter", letter)])}
                                </label>
                                <input
                                    type="number"
                                    id=field
                                    class="input present-count-input"
                                    min="0"
                                    max="999"
                                    inputmode="numeric"
                                    prop:value=move || typed(i).map(|n| n.to_string()).unwrap_or_default()
                                    on:input=move |ev| {
                                        let value = event_target_value(&ev).trim().parse::<u32>().ok().filter(|n| *n < 1000);
                                        hands.update(|h| {
                                            if let Some(slot) = h.get_mut(index).and_then(|o| o.get_mut(i)) {
                                                *slot = value;
                                            }
                                        });
                                    }
                                />
                            </span>
                            <span class="present-bar-row" hidden=move || !revealed.get() || total() == 0>
                                <span class="present-bar-track" aria-hidden="true">
                                    <span class="present-bar-fill" style:inline-size=move || format!("{}%", percent())></span>
                                </span>
                                <span class="present-bar-count">
                                    {move || fill(ui::PRESENTATION_HANDS_RESULT.get(lang.get()), &[("n", &typed(i).unwrap_or(0).to_string())])}
                                </span>
                            </span>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
        <div class="present-answer" hidden=move || !revealed.get()>
            <p class="present-explanation">{tr(&scenario.explanation)}</p>
            <h2>{tr(&ui::PRESENTATION_WHAT_TO_DO)} ": " {tr(&action.title)}</h2>
            <ul class="present-steps">
                {action.steps.iter().take(3).map(|step| view! { <li>{tr(step)}</li> }).collect_view()}
            </ul>
        </div>
    }
    .into_any()
}
