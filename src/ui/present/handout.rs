//! The handout for the ambassador (A4): per scenario the story, the right
//! answer, what to tell and a question for the room; then the three things
//! to close with.

use leptos::prelude::*;

use crate::domain::content::ui;
use crate::domain::format::fill;
use crate::domain::presentation_form::Audience;
use crate::platform::device;
use crate::ui::{tr, use_app_state, Words};

#[component]
pub fn Handout(audience: &'static Audience, back: Callback<()>) -> impl IntoView {
    let lang = use_app_state().lang;
    view! {
        <button type="button" class="back-link" on:click=move |_| back.run(())>{tr(&ui::PRESENTATION_BACK)}</button>
        <h1 id="page-title" tabindex="-1">
            {move || fill(ui::PRESENTATION_HANDOUT_TITLE.get(lang.get()), &[("audience", audience.title.get(lang.get()))])}
        </h1>
        <p class="lead">{tr(&ui::PRESENTATION_HANDOUT_INTRO)}</p>
        {audience
            .slides
            .iter()
            .enumerate()
            .filter_map(|(n, slide)| {
                let (_, scenario) = slide.scenario()?;
                let right = scenario.options.iter().find(|o| o.correct)?;
                Some(view! {
                    <section class="handout-slide">
                        <h2>{n + 1} ". " {tr(&scenario.title)}</h2>
                        <p>{tr(&scenario.story)}</p>
                        <h3>{tr(&ui::PRESENTATION_HANDOUT_ANSWER)}</h3>
                        <p class="handout-answer">{tr(&right.label)}</p>
                        <h3>{tr(&ui::PRESENTATION_HANDOUT_POINTS)}</h3>
                        <ul>{slide.points.iter().map(|p| view! { <li>{tr(p)}</li> }).collect_view()}</ul>
                        <h3>{tr(&ui::PRESENTATION_HANDOUT_QUESTION)}</h3>
                        <p>{tr(&slide.question)}</p>
                    </section>
                })
            })
            .collect_view()}
        <section class="handout-slide">
            <h2>{tr(&ui::PRESENTATION_HANDOUT_REMEMBER)}</h2>
            <ol>{audience.remember.iter().map(|t| view! { <li>{tr(t)}</li> }).collect_view()}</ol>
        </section>
        <div class="actions-row">
            <button type="button" class="button button-primary" on:click=|_| device::print(false)>{tr(&ui::PRESENTATION_PRINT)}</button>
        </div>
    }
}
