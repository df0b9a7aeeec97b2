//! The score per theme: a bar for the eye, the number and the light in words.

use leptos::prelude::*;

use crate::domain::check::Check;
use crate::domain::content::ui;
use crate::domain::format::fill;
use crate::domain::score::ThemeScore;
use crate::ui::{tr, use_app_state};

use super::light_badge::light_class;
use super::LightBadge;
use crate::ui::Words;

#[component]
pub fn ThemeScores(check: &'static Check, themes: Vec<ThemeScore>) -> impl IntoView {
    let lang = use_app_state().lang;
    view! {
        <ul class="theme-scores">
            {themes
                .into_iter()
                .map(|t| {
                    let score = t.score;
                    view! {
                        <li class="theme-score">
                            <span class="theme-name">{tr(&check.theme(t.theme).title)}</span>
                            <span class="theme-figures">
                                <span class="theme-number">
                                    {move || fill(ui::RESULT_THEME_SCORE.get(lang.get()), &[("score", &score.to_string())])}
                                </span>
                                <LightBadge light=t.light/>
                            </span>
                            <span class="score-track" aria-hidden="true">
                                <span class=format!("score-bar {}", light_class(t.light)) style:inline-size=format!("{score}%")></span>
                            </span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
