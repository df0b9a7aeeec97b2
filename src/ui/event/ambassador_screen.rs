//! The ambassador's screen, behind the PIN: the tally of today and of the
//! whole event as simple bars (a figure about fewer than 5 checks is never
//! shown), the CSV download, clearing the tally, the idle time and leaving
//! event mode.

use leptos::prelude::*;

use crate::domain::content::ui;
use crate::domain::content::{check_by_kind, AUDIENCES};
use crate::domain::event::tally::KindSummary;
use crate::domain::event::{Shown, Summary};
use crate::domain::format::fill;
use crate::domain::text::Text;
use crate::platform::device;
use crate::ui::{tr, use_app_state, Screen};

use super::setup_screen::IdleChoice;
use super::{use_event, PinScreen};
use crate::ui::Words;

#[component]
pub fn AmbassadorScreen() -> impl IntoView {
    let event = use_event();
    view! {
        <Show when=move || event.unlocked.get() fallback=|| view! { <PinScreen/> }>
            <Unlocked/>
        </Show>
    }
}

#[component]
fn Unlocked() -> impl IntoView {
    let state = use_app_state();
    let event = use_event();
    let today = device::today();
    let idle = RwSignal::new(
        event
            .settings
            .with_untracked(|s| s.as_ref().map_or(90, |s| s.idle_seconds)),
    );
    let saved = RwSignal::new(false);
    let sure = RwSignal::new(false);
    let download = move |_| {
        let csv = event.tally.with_untracked(|t| t.to_csv());
        device::download(
            &format!("veilig-check-telling-{}.csv", device::today()),
            "text/csv",
            &csv,
        );
    };
    let today_summary = Signal::derive(move || event.tally.with(|t| t.today(&today)));
    let period_summary = Signal::derive(move || event.tally.with(|t| t.period()));
    view! {
        <button type="button" class="back-link" on:click=move |_| event.wipe_visitor(state)>
            {tr(&ui::AMBASSADOR_BACK_TO_VISITORS)}
        </button>
        <h1 id="page-title" tabindex="-1">{tr(&ui::AMBASSADOR_AMBASSADOR_TITLE)}</h1>
        <p class="lead">{tr(&ui::AMBASSADOR_AMBASSADOR_INTRO)}</p>

        <section aria-labelledby="tally-today">
            <h2 id="tally-today">{tr(&ui::AMBASSADOR_TODAY)}</h2>
            <SummaryView summary=today_summary/>
        </section>
        <section aria-labelledby="tally-period">
            <h2 id="tally-period">{tr(&ui::AMBASSADOR_PERIOD)}</h2>
            <SummaryView summary=period_summary/>
        </section>
        <Presentations/>

        <div class="actions-row">
            <button type="button" class="button" on:click=download>{tr(&ui::AMBASSADOR_DOWNLOAD)}</button>
            // Clearing asks for a second tap, so a slip does not lose a day's counts.
            <button
                type="button"
                class="button button-secondary"
                on:click=move |_| {
                    if sure.get_untracked() {
                        event.clear_tally();
                    }
                    sure.update(|s| *s = !*s);
                }
            >
                {move || if sure.get() { tr(&ui::AMBASSADOR_CLEAR_SURE)() } else { tr(&ui::AMBASSADOR_CLEAR)() }}
            </button>
        </div>
        <p class="hint">{tr(&ui::AMBASSADOR_DOWNLOAD_HINT)}</p>

        <section aria-labelledby="event-settings">
            <h2 id="event-settings">{tr(&ui::AMBASSADOR_SETTINGS_TITLE)}</h2>
            <form
                class="event-form"
                on:submit=move |ev| {
                    ev.prevent_default();
                    let seconds = idle.get_untracked();
                    leptos::task::spawn_local(async move {
                        let ok = event.set_idle_seconds(seconds).await.is_ok();
                        let _ = saved.try_set(ok);
                    });
                }
            >
                <IdleChoice value=idle/>
                <button type="submit" class="button button-secondary">{tr(&ui::AMBASSADOR_SAVE)}</button>
                <p role="status">{move || saved.get().then(|| tr(&ui::AMBASSADOR_SAVED)())}</p>
            </form>
            <button type="button" class="button button-secondary" on:click=move |_| event.switch_off(state)>
                {tr(&ui::AMBASSADOR_SWITCH_OFF)}
            </button>
        </section>
    }
}

#[component]
fn SummaryView(summary: Signal<Summary>) -> impl IntoView {
    move || {
        let kinds = summary.get().kinds;
        if kinds.is_empty() {
            return view! { <p>{tr(&ui::AMBASSADOR_NOTHING_YET)}</p> }.into_any();
        }
        kinds
            .into_iter()
            .map(|kind| view! { <KindView kind/> })
            .collect_view()
            .into_any()
    }
}

fn title_of(kind: &str) -> Option<&'static Text> {
    check_by_kind(kind).map(|c| &c.title)
}

#[component]
fn KindView(kind: KindSummary) -> impl IntoView {
    let state = use_app_state();
    let check = check_by_kind(&kind.kind);
    let theme_title = move |id: &str| {
        check
            .and_then(|c| c.themes.iter().find(|t| t.id == id))
            .map(|t| &t.title)
    };
    let action_title = move |id: &str| {
        check
            .and_then(|c| c.actions.iter().find(|a| a.id == id))
            .map(|a| &a.title)
    };
    let shown = kind.shown();
    view! {
        <div class="tally-kind">
            <h3>{title_of(&kind.kind).map(tr)}</h3>
            <dl class="tally-counts">
                <div><dt>{tr(&ui::AMBASSADOR_STARTED)}</dt><dd>{kind.started}</dd></div>
                <div><dt>{tr(&ui::AMBASSADOR_COMPLETED)}</dt><dd>{kind.completed}</dd></div>
            </dl>
            {if !shown {
                view! { <p class="tally-hidden">{tr(&ui::AMBASSADOR_HIDDEN)}</p> }.into_any()
            } else {
                view! {
                    <h4>{tr(&ui::AMBASSADOR_THEMES_TITLE)}</h4>
                    <ul class="tally-themes">
                        {kind.themes.into_iter().map(|t| {
                            let title = theme_title(&t.theme).map(tr);
                            view! {
                                <li>
                                    <span class="tally-label">{title}</span>
                                    <span class="tally-bar">
                                        <Segment count=t.red class="light-red" word=&ui::AMBASSADOR_RED/>
                                        <Segment count=t.orange class="light-orange" word=&ui::AMBASSADOR_ORANGE/>
                                        <Segment count=t.green class="light-green" word=&ui::AMBASSADOR_GREEN/>
                                    </span>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <h4>{tr(&ui::AMBASSADOR_ACTIONS_TITLE)}</h4>
                    <ol class="tally-actions">
                        {kind.top_actions.into_iter().filter_map(|a| {
                            let n = a.count.count()?;
                            let title = action_title(&a.action).map(tr);
                            Some(view! {
                                <li>
                                    {title} ": "
                                    {move || fill(ui::AMBASSADOR_TIMES.get(state.lang.get()), &[("n", &n.to_string())])}
                                </li>
                            })
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
        </div>
    }
}

/// One coloured part of a theme's bar, with its number and colour in words
/// (colour is never the only way it is shown).
#[component]
fn Segment(count: Shown, class: &'static str, word: &'static Text) -> impl IntoView {
    count.count().filter(|&n| n > 0).map(|n| {
        // Wide in proportion to its number, never too narrow for its words.
        view! {
            <span class=format!("tally-segment {class}") style:flex-grow=n.to_string()>
                {n} " " {tr(word)}
            </span>
        }
    })
}

/// Presentation mode's counts: presentations per audience, and per
/// scenario the hands for the safe answer (hidden below 5 hands); and the
/// way into presentation mode at a stand.
#[component]
fn Presentations() -> impl IntoView {
    let state = use_app_state();
    let event = use_event();
    let lang = state.lang;
    let audience_title = |id: &str| AUDIENCES.iter().find(|a| a.id == id).map(|a| &a.title);
    let scenario_title = |key: &str| {
        let (kind, id) = key.split_once('/')?;
        check_by_kind(kind)?
            .scenarios
            .iter()
            .find(|s| s.id == id)
            .map(|s| &s.title)
    };
    view! {
        <section aria-labelledby="tally-presentations">
            <h2 id="tally-presentations">{tr(&ui::AMBASSADOR_PRESENTATIONS_TITLE)}</h2>
            {move || {
                let lang = lang.get();
                event.tally.with(|t| {
                    if t.presentations().is_empty() {
                        return view! { <p>{ui::AMBASSADOR_PRESENTATIONS_NONE.get(lang)}</p> }.into_any();
                    }
                    let given: Vec<String> = t
                        .presentations()
                        .iter()
                        .map(|(id, n)| {
                            let name = audience_title(id).map_or(id.as_str(), |t| t.get(lang));
                            fill(ui::AMBASSADOR_PRESENTATIONS_COUNT.get(lang), &[("audience", name), ("n", &n.to_string())])
                        })
                        .collect();
                    let hands: Vec<String> = t
                        .hands()
                        .iter()
                        .map(|h| {
                            let name = scenario_title(&h.scenario).map_or(h.scenario.as_str(), |t| t.get(lang));
                            match (h.safe.count(), h.all.count()) {
                                (Some(safe), Some(all)) => fill(
                                    ui::AMBASSADOR_HANDS_SHOWN.get(lang),
                                    &[("scenario", name), ("safe", &safe.to_string()), ("all", &all.to_string())],
                                ),
                                _ => fill(ui::AMBASSADOR_HANDS_HIDDEN.get(lang), &[("scenario", name)]),
                            }
                        })
                        .collect();
                    view! {
                        <ul>{given.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                        <ul>{hands.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                    }
                    .into_any()
                })
            }}
            <button type="button" class="button button-secondary" on:click=move |_| state.open(Screen::Presentation)>
                {tr(&ui::AMBASSADOR_PRESENT)}
            </button>
        </section>
    }
}
