//! The start screen's "welcome back": what this device remembers, the way
//! back to the plan, and "delete everything". Shown only where the device
//! keeps something, so its code is in the stored records' part, which that
//! device has loaded already to read what it keeps.

use leptos::prelude::*;

use crate::domain::content::ui;
use crate::domain::format::{fill, long_date};
use crate::domain::keys;
use crate::domain::plan_link::decode_for_content;
use crate::platform::storage;
use crate::ui::app::{quiet, LoadFailed};
use crate::ui::text::months;
use crate::ui::{tr, use_app_state};

use super::delete_everything;
use crate::ui::Words;

#[component]
pub fn Welcome() -> impl IntoView {
    let state = use_app_state();
    move || {
        let shown = !state.memory.with(|m| m.is_empty()) || storage::has(&keys::set_aside(keys::MEMORY));
        shown.then(|| quiet(part!(welcome_back())))
    }
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(stored, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn welcome_back() -> Result<AnyView, LoadFailed> {
    Ok(view! { <WelcomeBack/> }.into_any())
}

#[component]
fn WelcomeBack() -> impl IntoView {
    let state = use_app_state();
    move || {
        let kept: Vec<_> = state.memory.with(|m| {
            m.checks
                .iter()
                .filter_map(|k| {
                    let (check, _) = decode_for_content(&k.plan).ok()?;
                    Some((check, k.plan.clone(), k.saved_on.clone(), k.score))
                })
                .collect()
        });
        let set_aside = storage::has(&keys::set_aside(keys::MEMORY));
        // Shown while anything is kept, also a plan whose check has changed
        // since (it cannot be opened, but it can be deleted).
        if state.memory.with(|m| m.is_empty()) && !set_aside {
            return None;
        }
        let lang = state.lang;
        let items = kept
            .into_iter()
            .map(|(check, plan, day, score)| {
                let text = move || {
                    let lang = lang.get();
                    let date = long_date(&day, months(lang));
                    let values = [
                        ("check", check.title.get(lang)),
                        ("date", &date),
                        ("score", &score.to_string()),
                    ];
                    fill(ui::MEMORY_KEPT.get(lang), &values)
                };
                let open = move |_| {
                    if let Ok((check, snap)) = decode_for_content(&plan) {
                        state.open_plan(check, snap, lang.get_untracked(), false);
                    }
                };
                view! {
                    <p>{text}</p>
                    <button type="button" class="button button-primary" on:click=open>{tr(&ui::MEMORY_OPEN)}</button>
                }
            })
            .collect_view();
        Some(view! {
            <section class="note welcome" aria-labelledby="welcome-title">
                <h2 id="welcome-title">{tr(&ui::MEMORY_WELCOME)}</h2>
                {items}
                <button type="button" class="button button-secondary" on:click=move |_| delete_everything(state)>
                    {tr(&ui::MEMORY_DELETE)}
                </button>
            </section>
        })
    }
}
