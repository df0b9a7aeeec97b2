//! One question of the report form a screen. Every answer is written into
//! the visitor's report as it is given, so "previous", "skip" and leaving
//! for "it is happening now" lose nothing.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::domain::content::{ui, CHECKS, HELP_NOW, REPORT};
use crate::domain::format::fill;
use crate::domain::iban::{self, IbanCheck};
use crate::domain::report::{Payment, Report, Step, OTHER};
use crate::domain::report_form::ReportChoice;
use crate::domain::text::Text;
use crate::ui::{tr, use_app_state, Words};

use super::Place;

#[component]
pub fn StepForm(step: usize, place: RwSignal<Place>) -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang;
    let total = Step::ALL.len();
    let last = step + 1 == total;
    let progress = move || {
        fill(
            ui::REPORT_PROGRESS.get(lang.get()),
            &[("n", &(step + 1).to_string()), ("total", &total.to_string())],
        )
    };
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        place.update(|p| *p = p.next());
    };
    let (question, hint, body): (&'static Text, Option<&'static Text>, AnyView) = match Step::ALL[step] {
        Step::What => (&ui::REPORT_WHAT_QUESTION, None, view! { <WhatHappened/> }.into_any()),
        Step::When => (
            &ui::REPORT_WHEN_QUESTION,
            Some(&ui::REPORT_WHEN_HINT),
            view! { <When/> }.into_any(),
        ),
        Step::Contact => (
            &ui::REPORT_CONTACT_QUESTION,
            Some(&ui::REPORT_CONTACT_HINT),
            view! { <Contact/> }.into_any(),
        ),
        Step::Paid => (
            &ui::REPORT_PAID_QUESTION,
            Some(&ui::REPORT_PAID_HINT),
            view! { <Payments/> }.into_any(),
        ),
        Step::Given => (
            &ui::REPORT_GIVEN_QUESTION,
            Some(&ui::REPORT_CHOOSE_ALL),
            view! { <Ticks name="given" choices=REPORT.given read=|r| &r.given write=|r| &mut r.given/> }.into_any(),
        ),
        Step::Done => (
            &ui::REPORT_DONE_QUESTION,
            Some(&ui::REPORT_CHOOSE_ALL),
            view! { <Ticks name="done" choices=REPORT.done read=|r| &r.done write=|r| &mut r.done/> }.into_any(),
        ),
        Step::Evidence => (
            &ui::REPORT_EVIDENCE_QUESTION,
            Some(&ui::REPORT_EVIDENCE_HINT),
            view! { <Ticks name="evidence" choices=REPORT.evidence read=|r| &r.evidence write=|r| &mut r.evidence/> }
                .into_any(),
        ),
        Step::Story => (
            &ui::REPORT_STORY_QUESTION,
            Some(&ui::REPORT_STORY_HINT),
            view! { <Story/> }.into_any(),
        ),
    };
    view! {
        <form class="step report-step" on:submit=submit novalidate>
            <p class="caption"><span class="caption-count">{progress}</span></p>
            <fieldset aria-describedby=hint.map(|_| "step-hint")>
                <legend>
                    <h1 id="page-title" tabindex="-1">{tr(question)}</h1>
                </legend>
                {hint.map(|hint| view! { <p id="step-hint" class="hint">{tr(hint)}</p> })}
                {body}
            </fieldset>
            <div class="actions-row">
                <button type="submit" class="button button-primary">
                    {tr(if last { &ui::REPORT_TO_SUMMARY } else { &ui::REPORT_NEXT })}
                </button>
                <button type="button" class="button button-secondary" on:click=move |_| place.update(|p| *p = p.next())>
                    {tr(&ui::REPORT_SKIP)}
                </button>
            </div>
            <button type="button" class="back-link" on:click=move |_| place.update(|p| *p = p.back())>
                {tr(&ui::REPORT_BACK)}
            </button>
        </form>
    }
}

/// One radio button or check box with its label, the whole row a target.
fn option_row(
    apart: bool,
    kind: &'static str,
    name: &'static str,
    value: &'static str,
    label: &'static Text,
    checked: impl Fn() -> bool + Send + Sync + 'static,
    on_change: impl Fn() + 'static,
) -> impl IntoView {
    let id = format!("{name}-{value}");
    view! {
        <div class="option" class:option-apart=apart>
            <input type=kind id=id.clone() name=name value=value prop:checked=checked on:change=move |_| on_change()/>
            <label for=id>{tr(label)}</label>
        </div>
    }
}

/// The situations of "it is happening now", under their check's caption,
/// and "something else".
#[component]
fn WhatHappened() -> impl IntoView {
    let report = use_app_state().report;
    let pick = move |id: &'static str| {
        option_row(
            id == OTHER,
            "radio",
            "what",
            id,
            if id == OTHER {
                &ui::REPORT_WHAT_OTHER
            } else {
                HELP_NOW
                    .iter()
                    .find(|s| s.id == id)
                    .map_or(&ui::REPORT_WHAT_OTHER, |s| &s.title)
            },
            move || report.with(|r| r.what == Some(id)),
            move || report.update(|r| r.what = Some(id)),
        )
    };
    view! {
        {CHECKS
            .iter()
            .map(|check| view! {
                <fieldset class="option-group">
                    <legend class="group-caption">{tr(&check.help_now_caption)}</legend>
                    <div class="options">
                        {HELP_NOW.iter().filter(|s| s.check == check.kind).map(|s| pick(s.id)).collect_view()}
                    </div>
                </fieldset>
            })
            .collect_view()}
        <div class="options">{pick(OTHER)}</div>
    }
}

/// The date from the date field (or typed), the time as typed.
#[component]
fn When() -> impl IntoView {
    let report = use_app_state().report;
    view! {
        <div class="field">
            <label for="report-date">{tr(&ui::REPORT_DATE_LABEL)}</label>
            <input
                type="date"
                id="report-date"
                class="input input-date"
                prop:value=move || report.with(|r| r.date.clone())
                on:input=move |ev| report.update(|r| r.date = event_target_value(&ev))
            />
        </div>
        <div class="field">
            <label for="report-time">{tr(&ui::REPORT_TIME_LABEL)}</label>
            <input
                type="text"
                id="report-time"
                class="input input-short"
                autocomplete="off"
                prop:value=move || report.with(|r| r.time.clone())
                on:input=move |ev| report.update(|r| r.time = event_target_value(&ev))
            />
        </div>
    }
}

/// The ways of contact: a check box each, and for each one chosen a field
/// for the number or address.
#[component]
fn Contact() -> impl IntoView {
    let report = use_app_state().report;
    let rows = REPORT
        .channels
        .iter()
        .map(|c| {
            let id = c.id;
            let chosen = move || report.with(|r| r.channels.iter().any(|(x, _)| *x == id));
            let toggle = move || {
                report.update(|r| {
                    if let Some(at) = r.channels.iter().position(|(x, _)| *x == id) {
                        r.channels.remove(at);
                    } else {
                        r.channels.push((id, String::new()));
                    }
                })
            };
            let field = format!("contact-{id}-detail");
            view! {
                {option_row(false, "checkbox", "contact", id, &c.label, chosen, toggle)}
                <Show when=chosen>
                    <div class="field option-detail">
                        <label for=field.clone()>{c.detail.as_ref().map(tr)}</label>
                        <input
                            type="text"
                            id=field.clone()
                            class="input"
                            autocomplete="off"
                            prop:value=move || report.with(|r| {
                                r.channels.iter().find(|(x, _)| *x == id).map(|(_, d)| d.clone()).unwrap_or_default()
                            })
                            on:input=move |ev| {
                                let value = event_target_value(&ev);
                                report.update(|r| {
                                    if let Some((_, d)) = r.channels.iter_mut().find(|(x, _)| *x == id) {
                                        *d = value;
                                    }
                                })
                            }
                        />
                    </div>
                </Show>
            }
        })
        .collect_view();
    view! { <div class="options">{rows}</div> }
}

/// Payments: an amount and an account each; "add another" adds a pair.
/// One pair is always shown; a payment enters the report when typed in.
#[component]
fn Payments() -> impl IntoView {
    let report = use_app_state().report;
    let count = move || report.with(|r| r.payments.len().max(1));
    view! {
        <For each=move || 0..count() key=|i| *i let:i>
            <PaymentFields i/>
        </For>
        <button
            type="button"
            class="button button-secondary"
            on:click=move |_| {
                let n = report.with_untracked(|r| r.payments.len().max(1)) + 1;
                report.update(|r| r.payments.resize(n, Payment::default()));
                let id = format!("payment-{n}-amount");
                request_animation_frame(move || crate::platform::document::focus_by_id(&id));
            }
        >
            {tr(&ui::REPORT_ADD_PAYMENT)}
        </button>
    }
}

/// The message under an IBAN: said at once when it fits or has a typo;
/// a wrong length or shape only once the person left the field.
fn iban_message(check: IbanCheck, left: bool) -> Option<(&'static Text, bool)> {
    match check {
        IbanCheck::Valid => Some((&ui::REPORT_IBAN_VALID, false)),
        IbanCheck::Typo => Some((&ui::REPORT_IBAN_TYPO, true)),
        IbanCheck::WrongLength { .. } if left => Some((&ui::REPORT_IBAN_LENGTH, true)),
        IbanCheck::NotIban if left => Some((&ui::REPORT_IBAN_SHAPE, true)),
        _ => None,
    }
}

#[component]
fn PaymentFields(i: usize) -> impl IntoView {
    let state = use_app_state();
    let report = state.report;
    let n = i + 1;
    let get = move |f: fn(&Payment) -> &String| {
        move || report.with(|r| r.payments.get(i).map(|p| f(p).clone()).unwrap_or_default())
    };
    let set = move |f: fn(&mut Payment) -> &mut String| {
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            report.update(|r| {
                if r.payments.len() <= i {
                    r.payments.resize(i + 1, Payment::default());
                }
                *f(&mut r.payments[i]) = value;
            })
        }
    };
    let left = RwSignal::new(false);
    let check = move || report.with(|r| r.payments.get(i).map_or(IbanCheck::Empty, |p| iban::check(&p.iban)));
    let message = move || {
        let lang = state.lang.get();
        iban_message(check(), left.get()).map(|(text, problem)| {
            let words = match check() {
                IbanCheck::WrongLength { expected, typed } => fill(
                    text.get(lang),
                    &[("expected", &expected.to_string()), ("typed", &typed.to_string())],
                ),
                _ => text.get(lang).to_string(),
            };
            view! { <p class=if problem { "field-note field-note-problem" } else { "field-note field-note-fine" }>{words}</p> }
        })
    };
    let amount_id = format!("payment-{n}-amount");
    let iban_id = format!("payment-{n}-iban");
    let note_id = format!("payment-{n}-iban-note");
    view! {
        <fieldset class="payment">
            <legend class="group-caption">
                {move || fill(ui::REPORT_PAYMENT_CAPTION.get(state.lang.get()), &[("n", &n.to_string())])}
            </legend>
            <div class="field">
                <label for=amount_id.clone()>{tr(&ui::REPORT_AMOUNT_LABEL)}</label>
                <input
                    type="text"
                    id=amount_id
                    class="input input-short"
                    inputmode="decimal"
                    autocomplete="off"
                    prop:value=get(|p| &p.amount)
                    on:input=set(|p| &mut p.amount)
                />
            </div>
            <div class="field">
                <label for=iban_id.clone()>{tr(&ui::REPORT_IBAN_LABEL)}</label>
                <input
                    type="text"
                    id=iban_id
                    class="input input-iban"
                    autocomplete="off"
                    autocapitalize="characters"
                    spellcheck="false"
                    aria-describedby=note_id.clone()
                    prop:value=get(|p| &p.iban)
                    on:input=set(|p| &mut p.iban)
                    on:change=move |_| left.set(true)
                />
                <div id=note_id aria-live="polite">{message}</div>
            </div>
        </fieldset>
    }
}

/// Check boxes that write the chosen ids into one list of the report.
#[component]
fn Ticks(
    name: &'static str,
    choices: &'static [ReportChoice],
    read: fn(&Report) -> &Vec<&'static str>,
    write: fn(&mut Report) -> &mut Vec<&'static str>,
) -> impl IntoView {
    let report = use_app_state().report;
    view! {
        <div class="options">
            {choices
                .iter()
                .map(|c| {
                    let id = c.id;
                    option_row(
                        false,
                        "checkbox",
                        name,
                        id,
                        &c.label,
                        move || report.with(|r| read(r).contains(&id)),
                        move || report.update(|r| {
                            let list = write(r);
                            if let Some(at) = list.iter().position(|x| *x == id) {
                                list.remove(at);
                            } else {
                                list.push(id);
                            }
                        }),
                    )
                })
                .collect_view()}
        </div>
    }
}

#[component]
fn Story() -> impl IntoView {
    let report = use_app_state().report;
    view! {
        <div class="field">
            <label for="report-story" class="visually-hidden">{tr(&ui::REPORT_STORY_QUESTION)}</label>
            <textarea
                id="report-story"
                class="input textarea"
                rows="6"
                aria-describedby="step-hint"
                prop:value=move || report.with(|r| r.story.clone())
                on:input=move |ev| report.update(|r| r.story = event_target_value(&ev))
            ></textarea>
        </div>
    }
}
