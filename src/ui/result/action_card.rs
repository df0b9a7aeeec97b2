//! One action of the plan: why, how (numbered steps, per device where they
//! differ), where to get help, and the source with its last-checked date.

use leptos::prelude::*;

use crate::domain::check::Action;
use crate::domain::content::ui;
use crate::domain::format::{fill, for_reading, long_date};
use crate::ui::common::{OrganisationCard, ReadAloud};
use crate::ui::text::months;
use crate::ui::Words;
use crate::ui::{tr, use_app_state};

#[component]
pub fn ActionCard(action: &'static Action, #[prop(optional)] number: Option<usize>) -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang;
    let heading_id = format!("action-{}", action.id);
    let labelled_by = heading_id.clone();
    let label = move || number.map(|n| fill(ui::RESULT_ACTION_LABEL.get(lang.get()), &[("n", &n.to_string())]));
    let source = move || {
        let lang = lang.get();
        fill(
            ui::RESULT_SOURCE.get(lang),
            &[
                ("source", action.source.name.get(lang)),
                ("date", &long_date(action.checked, months(lang))),
            ],
        )
    };
    // Read aloud: what to do and why, step by step.
    let spoken = Signal::derive(move || {
        let lang = lang.get();
        let mut parts = vec![action.title.get(lang), ui::RESULT_WHY.get(lang), action.why.get(lang)];
        parts.push(ui::RESULT_HOW.get(lang));
        parts.extend(action.steps.iter().map(|s| s.get(lang)));
        for_reading(&parts)
    });
    view! {
        <article class="action-card" aria-labelledby=labelled_by>
            <h3 id=heading_id>
                {move || label().map(|l| view! { <span class="action-number">{l}</span> })}
                <span class="action-title">{tr(&action.title)}</span>
            </h3>
            <ReadAloud text=spoken/>
            <p><strong>{tr(&ui::RESULT_WHY)}</strong> " " {tr(&action.why)}</p>
            <h4>{tr(&ui::RESULT_HOW)}</h4>
            <ol class="steps">
                {action.steps.iter().map(|step| view! { <li>{tr(step)}</li> }).collect_view()}
            </ol>
            {action.variants.iter().map(|v| view! {
                <details class="variant">
                    <summary>{tr(&v.label)}</summary>
                    <ol class="steps">
                        {v.steps.iter().map(|step| view! { <li>{tr(step)}</li> }).collect_view()}
                    </ol>
                </details>
            }).collect_view()}
            <h4>{tr(&ui::RESULT_HELP)}</h4>
            <div class="help-list">
                {action.help.iter().map(|&org| view! { <OrganisationCard org/> }).collect_view()}
            </div>
            <p class="source">{source}</p>
        </article>
    }
}
