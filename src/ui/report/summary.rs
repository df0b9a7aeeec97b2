//! The summary of a report (to print on A4 or save as a text file made on
//! the device), and the empty list to fill in at home.

use leptos::prelude::*;

use crate::domain::content::{ui, CHECKS, HELP_NOW, REPORT};
use crate::domain::format::{fill, long_date};
use crate::domain::report::{Report, Value};
use crate::domain::report_form::{ReportChoice, ReportPlace};
use crate::domain::text::Text;
use crate::platform::device;
use crate::ui::common::OrganisationCard;
use crate::ui::event::use_event;
use crate::ui::text::months;
use crate::ui::{tr, use_app_state, Words};

use super::Place;

#[component]
pub fn Summary(place: RwSignal<Place>) -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang;
    let report = state.report;
    let failed = RwSignal::new(false);
    let sections = move || {
        let lang = lang.get();
        report.with(|r| r.summary(months(lang)))
    };
    let download = move |_| {
        let lang = lang.get_untracked();
        let text = report.with_untracked(|r| r.to_text(&|t: &Text| t.get(lang).to_string()));
        failed.set(!device::download(
            ui::REPORT_DOWNLOAD_NAME.get(lang),
            "text/plain;charset=utf-8",
            &text,
        ));
    };
    let clear = move |_| {
        report.set(Report::default());
        state.notice.set(Some(&ui::REPORT_CLEARED));
        place.set(Place::Intro);
    };
    view! {
        <h1 id="page-title" tabindex="-1">{tr(&ui::REPORT_SUMMARY_TITLE)}</h1>
        <p class="lead">{tr(&ui::REPORT_SUMMARY_PRIVATE)}</p>
        <div class="report-summary">
            {move || {
                let lang = lang.get();
                sections()
                    .into_iter()
                    .map(|section| {
                        let lines = if section.lines.is_empty() {
                            view! { <p class="report-empty">{tr(&ui::REPORT_SUMMARY_EMPTY)}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="report-facts">
                                    {section
                                        .lines
                                        .into_iter()
                                        .map(|line| {
                                            let iban = line.label == Some(&ui::REPORT_SUMMARY_IBAN);
                                            let value = match line.value {
                                                Value::Text(t) => t.get(lang).to_string(),
                                                Value::Typed(s) => s,
                                            };
                                            view! {
                                                <li>
                                                    {line.label.map(|l| view! { <span class="report-label">{l.get(lang)} ": "</span> })}
                                                    <span class="report-value" class:report-iban=iban>{value}</span>
                                                    {line.iban_typo.then(|| view! {
                                                        <span class="report-typo">" (" {ui::REPORT_SUMMARY_IBAN_TYPO.get(lang)} ")"</span>
                                                    })}
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            }
                            .into_any()
                        };
                        view! {
                            <section class="report-section">
                                <h2>{section.heading.get(lang)}</h2>
                                {lines}
                            </section>
                        }
                    })
                    .collect_view()
            }}
            <Bring/>
            <section class="report-section">
                <h2>{tr(&ui::REPORT_WHERE_TITLE)}</h2>
                {move || report.with(|r| r.places()).into_iter().map(|p| view! { <PlaceCard place=p/> }).collect_view()}
            </section>
        </div>
        <p class="notice" role="status" hidden=move || !failed.get()>{tr(&ui::REPORT_DOWNLOAD_FAILED)}</p>
        <div class="actions-row">
            <button type="button" class="button button-primary" on:click=|_| device::print(false)>
                {tr(&ui::REPORT_PRINT)}
            </button>
            <button type="button" class="button button-secondary" on:click=download>
                {tr(&ui::REPORT_DOWNLOAD)}
            </button>
        </div>
        <div class="actions-row">
            <button type="button" class="button button-secondary" on:click=move |_| place.set(Place::Step(0))>
                {tr(&ui::REPORT_CHANGE)}
            </button>
            <button type="button" class="button button-secondary" on:click=clear>
                {tr(&ui::REPORT_CLEAR)}
            </button>
        </div>
    }
}

/// What to bring to an aangifte, with its source.
#[component]
fn Bring() -> impl IntoView {
    view! {
        <section class="report-section">
            <h2>{tr(&ui::REPORT_BRING_TITLE)}</h2>
            <ul class="report-facts">
                {REPORT.bring.iter().map(|item| view! { <li>{tr(item)}</li> }).collect_view()}
            </ul>
            <Source url=REPORT.bring_source checked=REPORT.bring_checked/>
        </section>
    }
}

/// One place to report: what to do there, who, and the page it comes from.
#[component]
fn PlaceCard(place: &'static ReportPlace) -> impl IntoView {
    view! {
        <div class="report-place">
            <h3>{tr(&place.title)}</h3>
            <p>{tr(&place.how)}</p>
            {place.organisation.map(|org| view! { <OrganisationCard org/> })}
            <Source url=place.source checked=place.checked/>
        </div>
    }
}

/// "Source: politie.nl, checked on 2 December 2026." At a stand the
/// address is plain text: a visitor does not leave the app there.
#[component]
fn Source(url: &'static str, checked: &'static str) -> impl IntoView {
    let lang = use_app_state().lang;
    let links = !use_event().is_on();
    let host = url
        .trim_start_matches("https://")
        .trim_start_matches("www.")
        .split('/')
        .next()
        .unwrap_or(url);
    move || {
        let lang = lang.get();
        let text = fill(
            ui::REPORT_SOURCE.get(lang),
            &[("date", &long_date(checked, months(lang)))],
        );
        let (before, after) = text.split_once("{source}").unwrap_or((&text, ""));
        let (before, after) = (before.to_string(), after.to_string());
        view! {
            <p class="source">
                {before}
                <a href=links.then_some(url) target=links.then_some("_blank") rel=links.then_some("noopener noreferrer")>{host}</a>
                {after}
            </p>
        }
    }
}

/// The empty list: every choice with a box to tick and lines to write on,
/// what to bring and every place to report, to print and fill in at home.
#[component]
pub fn BlankList(place: RwSignal<Place>) -> impl IntoView {
    let ticks = |choices: &'static [ReportChoice]| {
        view! {
            <ul class="blank-ticks">
                {choices.iter().map(|c| view! { <li>{tr(&c.label)}</li> }).collect_view()}
            </ul>
        }
    };
    let write = |label: &'static Text| {
        view! { <p class="blank-write"><span>{tr(label)}</span></p> }
    };
    view! {
        <h1 id="page-title" tabindex="-1">{tr(&ui::REPORT_BLANK_TITLE)}</h1>
        <p class="lead">{tr(&ui::REPORT_INTRO)}</p>
        <div class="report-summary report-blank">
            <section class="report-section">
                <h2>{tr(&ui::REPORT_WHAT_QUESTION)}</h2>
                <ul class="blank-ticks">
                    {CHECKS
                        .iter()
                        .flat_map(|c| HELP_NOW.iter().filter(move |s| s.check == c.kind))
                        .map(|s| view! { <li>{tr(&s.title)}</li> })
                        .collect_view()}
                    <li>{tr(&ui::REPORT_WHAT_OTHER)}</li>
                </ul>
                {write(&ui::REPORT_DATE_LABEL)}
                {write(&ui::REPORT_TIME_LABEL)}
            </section>
            <section class="report-section">
                <h2>{tr(&ui::REPORT_CONTACT_QUESTION)}</h2>
                {REPORT
                    .channels
                    .iter()
                    .map(|c| view! {
                        <ul class="blank-ticks"><li>{tr(&c.label)}</li></ul>
                        {c.detail.as_ref().map(write)}
                    })
                    .collect_view()}
            </section>
            <section class="report-section">
                <h2>{tr(&ui::REPORT_PAID_QUESTION)}</h2>
                {write(&ui::REPORT_AMOUNT_LABEL)}
                {write(&ui::REPORT_IBAN_LABEL)}
                {write(&ui::REPORT_AMOUNT_LABEL)}
                {write(&ui::REPORT_IBAN_LABEL)}
                <h3>{tr(&ui::REPORT_GIVEN_QUESTION)}</h3>
                {ticks(REPORT.given)}
            </section>
            <section class="report-section">
                <h2>{tr(&ui::REPORT_DONE_QUESTION)}</h2>
                {ticks(REPORT.done)}
            </section>
            <section class="report-section">
                <h2>{tr(&ui::REPORT_EVIDENCE_QUESTION)}</h2>
                {ticks(REPORT.evidence)}
            </section>
            <section class="report-section">
                <h2>{tr(&ui::REPORT_STORY_QUESTION)}</h2>
                {write(&ui::REPORT_BLANK_WRITE)}
                <p class="blank-write"></p>
                <p class="blank-write"></p>
            </section>
            <Bring/>
            <section class="report-section">
                <h2>{tr(&ui::REPORT_WHERE_TITLE)}</h2>
                {REPORT.places.iter().map(|p| view! { <PlaceCard place=p/> }).collect_view()}
            </section>
        </div>
        <div class="actions-row">
            <button type="button" class="button button-primary" on:click=|_| device::print(false)>
                {tr(&ui::REPORT_PRINT_EMPTY)}
            </button>
        </div>
        <button type="button" class="back-link" on:click=move |_| place.set(Place::Intro)>
            {tr(&ui::REPORT_BACK)}
        </button>
    }
}
