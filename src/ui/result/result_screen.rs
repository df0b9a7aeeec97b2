//! The result page: it opens with the light and the three actions that
//! reduce the most risk, then the themes, then the other actions.

use leptos::prelude::*;

use crate::domain::content::ui;
use crate::domain::format::{fill, long_date};
use crate::domain::score::Light;
use crate::domain::session::Route;
use crate::platform::{device, document};
use crate::ui::common::TranslationNote;
use crate::ui::event::{use_event, NextVisitor};
use crate::ui::keep::{DoneBox, FromLinkBanner, KeepSection, TakeHome};
use crate::ui::text::months;
use crate::ui::{tr, use_app_state, Screen};

use super::light_badge::light_class;
use super::{ActionCard, LightBadge, QuickNote, ThemeScores};
use crate::ui::Words;

const TOP: usize = 3;

#[component]
pub fn ResultScreen() -> impl IntoView {
    let state = use_app_state();
    let Some((check, outcome, quick)) = state
        .session
        .with_untracked(|s| s.as_ref().map(|s| (s.check(), s.outcome(), s.route() == Route::Quick)))
    else {
        return ().into_any();
    };
    let (title, text) = match outcome.light {
        Light::Red => (&ui::RESULT_RED_TITLE, &ui::RESULT_RED_TEXT),
        Light::Orange => (&ui::RESULT_ORANGE_TITLE, &ui::RESULT_ORANGE_TEXT),
        Light::Green => (&ui::RESULT_GREEN_TITLE, &ui::RESULT_GREEN_TEXT),
    };
    let score = outcome.score;
    let lang = state.lang;
    let top: Vec<_> = outcome.top(TOP).iter().map(|r| check.action(r.action)).collect();
    let more: Vec<_> = outcome
        .actions
        .iter()
        .skip(TOP)
        .map(|r| check.action(r.action))
        .collect();
    let has_more = !more.is_empty();

    let event_mode = use_event().is_on();
    let from_link = state.from_link;
    let kind = check.kind;
    // The date at the foot of the printed plan, in the language shown.
    let today = device::today();
    Effect::new(move |_| {
        let lang = lang.get();
        let date = long_date(&today, months(lang));
        document::set_print_note(&fill(ui::RESULT_MADE_ON.get(lang), &[("date", &date)]));
    });
    // Other screens print without it.
    on_cleanup(|| document::set_print_note(""));

    view! {
        <h1 id="page-title" tabindex="-1">{tr(&ui::RESULT_TITLE)}</h1>
        <TranslationNote/>
        <FromLinkBanner check score/>
        <section class=format!("summary {}", light_class(outcome.light)) aria-labelledby="summary-title">
            <LightBadge light=outcome.light/>
            <h2 id="summary-title">{tr(title)}</h2>
            <p class="summary-score">
                {move || fill(ui::RESULT_OVERALL.get(lang.get()), &[("score", &score.to_string())])}
            </p>
            <p>{tr(text)}</p>
        </section>

        <section aria-labelledby="top-title">
            {if top.is_empty() {
                view! {
                    <h2 id="top-title">{tr(&ui::RESULT_NONE_TITLE)}</h2>
                    // After the quick check "well done" would say too much.
                    <p>{tr(if quick { &ui::RESULT_NONE_QUICK } else { &ui::RESULT_NONE_TEXT })}</p>
                }
                .into_any()
            } else {
                view! {
                    <h2 id="top-title">{tr(&ui::RESULT_TOP_TITLE)}</h2>
                    <p>{tr(&ui::RESULT_TOP_INTRO)}</p>
                    <ol class="plan">
                        {top
                            .into_iter()
                            .enumerate()
                            .map(|(i, action)| view! { <li><ActionCard action number=i + 1/><DoneBox kind action=action.id/></li> })
                            .collect_view()}
                    </ol>
                }
                .into_any()
            }}
        </section>

        <QuickNote/>

        <section aria-labelledby="themes-title">
            <h2 id="themes-title">{tr(&ui::RESULT_THEMES_TITLE)}</h2>
            <ThemeScores check themes=outcome.themes.clone()/>
        </section>

        {has_more.then(|| view! {
            <section aria-labelledby="more-title">
                <h2 id="more-title">{tr(&ui::RESULT_MORE_TITLE)}</h2>
                <p>{tr(&ui::RESULT_MORE_INTRO)}</p>
                {more
                    .into_iter()
                    .map(|action| view! {
                        <details class="more-action">
                            <summary>{tr(&action.title)}</summary>
                            <ActionCard action/>
                            <DoneBox kind action=action.id/>
                        </details>
                    })
                    .collect_view()}
            </section>
        })}

        // When it goes wrong after all: what to do at once, and help to
        // report it.
        <section class="when-wrong" aria-labelledby="wrong-title">
            <h2 id="wrong-title">{tr(&ui::RESULT_WRONG_TITLE)}</h2>
            <p>{tr(&ui::RESULT_WRONG_TEXT)}</p>
            <div class="actions-row">
                <button type="button" class="button button-secondary" on:click=move |_| state.go(Screen::HelpNow)>
                    {tr(&ui::HELP_NOW_BANNER_LINK)}
                </button>
                <button type="button" class="button button-secondary" on:click=move |_| state.open(Screen::Report)>
                    {tr(&ui::HELP_NOW_REPORT_LINK)}
                </button>
            </div>
        </section>

        <TakeHome/>
        // Remembering and reminders are for a person's own device: never at
        // a stand, and not for a plan from a link until it is kept.
        {(!event_mode).then(|| view! { <KeepSection check score/> })}

        // Paper, made on the device: the plan on A4 (or as a PDF through the
        // print dialog), or the top actions as an A5 card to tick off; the
        // print style in style.css ("Paper") does the rest.
        <div class="actions-row">
            <button type="button" class="button button-primary" on:click=|_| device::print(false)>
                {tr(&ui::RESULT_PRINT_PLAN)}
            </button>
            <button type="button" class="button button-secondary" on:click=|_| device::print(true)>
                {tr(&ui::RESULT_PRINT_CARD)}
            </button>
        </div>
        <div class="actions-row">
            <button type="button" class="button button-secondary" hidden=move || from_link.get() on:click=move |_| state.update_session(|s| s.back_from_result())>
                {tr(&ui::RESULT_CHANGE_ANSWERS)}
            </button>
            {(!event_mode).then(|| view! {
                <button type="button" class="button button-secondary" on:click=move |_| state.start_again()>
                    {tr(&ui::RESULT_START_AGAIN)}
                </button>
            })}
        </div>
        // At a stand: one clear way to hand the tablet on.
        {event_mode.then(|| view! { <NextVisitor/> })}
    }
    .into_any()
}
