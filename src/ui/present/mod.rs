//! Presentation mode: an ambassador in front of a room. An audience from
//! `content/presentation.toml`, one scenario a screen with large A/B/C
//! cards, hands counted if the ambassador likes, then the answer; a closing
//! screen with three things to remember and a QR code to the check; a
//! handout to print. Driven by keyboard or a presentation clicker. Nothing
//! about anyone is kept; with event mode on, its tally counts the
//! presentation and the hands.

mod handout;
mod slide;

use leptos::prelude::*;

use crate::domain::content::{informal, ui, Kind, AUDIENCES};
use crate::domain::presentation_form::Audience;
use crate::domain::qr;
use crate::domain::text::Text;
use crate::platform::device::{self, KeyFocus};
use crate::platform::document;
use crate::ui::common::BackToStart;
use crate::ui::event::use_event;
use crate::ui::keep::base_address;
use crate::ui::{tr, use_app_state, Words};

use handout::Handout;
use slide::SlideView;

/// What the screen shows.
#[derive(Debug, Clone, Copy)]
enum View {
    Choose,
    Handout(&'static Audience),
    Show(&'static Audience),
}

#[component]
pub fn PresentScreen() -> impl IntoView {
    let view = RwSignal::new(View::Choose);
    move || match view.get() {
        View::Choose => view! { <Choose view/> }.into_any(),
        View::Handout(audience) => {
            view! { <Handout audience back=Callback::new(move |_| view.set(View::Choose))/> }.into_any()
        }
        View::Show(audience) => {
            view! { <Presentation audience leave=Callback::new(move |_| view.set(View::Choose))/> }.into_any()
        }
    }
}

/// A button's name for screen readers: what it does, and for whom
/// ("Start de presentatie: Ouderen"); the screen shows the audience above.
fn named(action: &'static Text, audience: &'static Text) -> impl Fn() -> String + Send + Sync + 'static {
    let lang = use_app_state().lang;
    move || format!("{}: {}", action.get(lang.get()), audience.get(lang.get()))
}

/// What this is, the keys, what is kept, and the audiences.
#[component]
fn Choose(view: RwSignal<View>) -> impl IntoView {
    view! {
        <BackToStart/>
        <h1 id="page-title" tabindex="-1">{tr(&ui::PRESENTATION_TITLE)}</h1>
        <p class="lead">{tr(&ui::PRESENTATION_INTRO)}</p>
        <p>{tr(&ui::PRESENTATION_KEYS)}</p>
        <p class="hint">{tr(&ui::PRESENTATION_NOTHING_KEPT)}</p>
        <h2>{tr(&ui::PRESENTATION_CHOOSE)}</h2>
        <ul class="audiences">
            {AUDIENCES
                .iter()
                .map(|audience| view! {
                    <li class="audience">
                        <h3>{tr(&audience.title)}</h3>
                        <p>{tr(&audience.hint)}</p>
                        <div class="actions-row">
                            <button
                                type="button"
                                class="button button-primary"
                                aria-label=named(&ui::PRESENTATION_START, &audience.title)
                                on:click=move |_| view.set(View::Show(audience))
                            >
                                {tr(&ui::PRESENTATION_START)}
                            </button>
                            <button
                                type="button"
                                class="button button-secondary"
                                aria-label=named(&ui::PRESENTATION_HANDOUT, &audience.title)
                                on:click=move |_| view.set(View::Handout(audience))
                            >
                                {tr(&ui::PRESENTATION_HANDOUT)}
                            </button>
                        </div>
                    </li>
                })
                .collect_view()}
        </ul>
    }
}

/// The texts of an audience's own check: "je" for young people.
fn spoken(audience: &'static Audience, text: &'static Text) -> &'static Text {
    let check_says_je = Kind::from_id(audience.kind).is_some_and(|k| k.check().informal);
    if check_says_je {
        informal(text).unwrap_or(text)
    } else {
        text
    }
}

/// One presentation: the slides, then the closing screen.
#[component]
fn Presentation(audience: &'static Audience, leave: Callback<()>) -> impl IntoView {
    let state = use_app_state();
    let event = use_event();
    let total = audience.slides.len();
    // 0..total: a slide; total: the closing screen.
    let at = RwSignal::new(0usize);
    let revealed = RwSignal::new(false);
    let blank = RwSignal::new(false);
    // Hands typed per slide and option (never anything about a person).
    let hands: RwSignal<Vec<Vec<Option<u32>>>> = RwSignal::new(
        audience
            .slides
            .iter()
            .map(|s| vec![None; s.scenario().map_or(0, |(_, scenario)| scenario.options.len())])
            .collect(),
    );
    let counted = StoredValue::new(false);

    let go_to = move |n: usize| {
        at.set(n.min(total));
        revealed.set(false);
        request_animation_frame(|| document::focus_by_id("page-title"));
    };
    let forward = move || {
        let now = at.get_untracked();
        if now < total && !revealed.get_untracked() {
            revealed.set(true);
            request_animation_frame(|| document::bring_end_into_view("present-answer"));
        } else if now < total {
            go_to(now + 1);
        }
    };
    let backward = move || {
        let now = at.get_untracked();
        if now > 0 {
            go_to(now - 1);
        }
    };
    // At the closing screen, once: event mode's tally counts the
    // presentation and the hands of the slides revealed with hands typed.
    Effect::new(move |_| {
        if at.get() == total && !counted.get_value() {
            counted.set_value(true);
            let typed = hands.get_untracked();
            let counts: Vec<(&str, &str, u32, u32)> = audience
                .slides
                .iter()
                .zip(&typed)
                .filter_map(|(s, counts)| {
                    let (_, scenario) = s.scenario()?;
                    let (safe, all) = scenario.hands(counts);
                    (all > 0).then_some((s.kind, scenario.id, safe, all))
                })
                .collect();
            event.record_presentation(audience.id, &counts);
        }
    });

    // A clicker sends Page Down and Page Up (some send the arrows); in a
    // field the arrows and letters are the field's, on a button Space is.
    let keys = device::on_key(move |key, focus| {
        let typing = focus == KeyFocus::Field;
        match key {
            "PageDown" => forward(),
            "ArrowRight" if !typing => forward(),
            " " if focus == KeyFocus::Page => forward(),
            "PageUp" => backward(),
            "ArrowLeft" if !typing => backward(),
            "b" | "B" if !typing => blank.update(|b| *b = !*b),
            "Escape" if blank.get_untracked() => blank.set(false),
            "f" | "F" if !typing => device::toggle_fullscreen(),
            _ => return false,
        }
        true
    });
    crate::ui::own(keys);
    let lang = state.lang;

    view! {
        <div class="present" class:present-blank=move || blank.get()>
            <p class="visually-hidden" role="status">{move || blank.get().then(|| ui::PRESENTATION_BLANK.get(lang.get()))}</p>
            <div class="present-bar">
                <span class="present-count">
                    {move || {
                        let n = at.get();
                        (n < total).then(|| crate::domain::format::fill(
                            ui::PRESENTATION_SLIDE_COUNT.get(lang.get()),
                            &[("n", &(n + 1).to_string()), ("total", &total.to_string())],
                        ))
                    }}
                </span>
                <button type="button" class="link-button" on:click=move |_| blank.set(true)>{tr(&ui::PRESENTATION_BLANK_BUTTON)}</button>
                <button type="button" class="link-button" on:click=|_| device::toggle_fullscreen()>{tr(&ui::PRESENTATION_FULLSCREEN)}</button>
                <button type="button" class="link-button" on:click=move |_| leave.run(())>{tr(&ui::PRESENTATION_LEAVE)}</button>
            </div>
            {move || {
                let n = at.get();
                if n < total {
                    view! { <SlideView slide=&audience.slides[n] index=n revealed hands/> }.into_any()
                } else {
                    view! { <Closing audience/> }.into_any()
                }
            }}
            <div class="actions-row present-nav">
                {move || {
                    let n = at.get();
                    if n < total && !revealed.get() {
                        view! { <button type="button" class="button button-primary" on:click=move |_| forward()>{tr(&ui::PRESENTATION_REVEAL)}</button> }.into_any()
                    } else if n < total {
                        view! { <button type="button" class="button button-primary" on:click=move |_| forward()>{tr(&ui::PRESENTATION_NEXT)}</button> }.into_any()
                    } else {
                        view! { <button type="button" class="button button-primary" on:click=move |_| leave.run(())>{tr(&ui::PRESENTATION_AGAIN)}</button> }.into_any()
                    }
                }}
                <button type="button" class="button button-secondary" disabled=move || at.get() == 0 on:click=move |_| backward()>
                    {tr(&ui::PRESENTATION_PREVIOUS)}
                </button>
            </div>
        </div>
    }
}

/// Three things to remember, and the QR code that opens the audience's
/// check on people's own phones: the app's address with the check chosen,
/// nothing else.
#[component]
fn Closing(audience: &'static Audience) -> impl IntoView {
    let link = format!("{}?check={}", base_address(), audience.kind);
    let svg = qr::svg_path(&link).map(|qr| qr.svg());
    view! {
        <h1 id="page-title" tabindex="-1" class="present-title">{tr(&ui::PRESENTATION_CLOSING_TITLE)}</h1>
        <div class="present-closing">
            <ol class="present-remember">
                {audience.remember.iter().map(|t| view! { <li>{tr(t)}</li> }).collect_view()}
            </ol>
            <div class="present-qr">
                <h2>{tr(spoken(audience, &ui::PRESENTATION_QR_TITLE))}</h2>
                <div class="qr" role="img" aria-label=tr(&ui::PRESENTATION_QR_LABEL) data-link=link inner_html=svg.unwrap_or_default()></div>
                <p>{tr(spoken(audience, &ui::PRESENTATION_QR_TEXT))}</p>
            </div>
        </div>
    }
}
