//! A list of radio buttons or check boxes with large, whole-row targets.

use leptos::prelude::*;

use crate::domain::text::Text;
use crate::ui::tr;

/// One option as shown: its label, and whether a divider ("or") goes above it
/// (used for "don't know").
#[derive(Clone, Copy)]
pub struct Choice {
    /// The option's content id, used as the input's value.
    pub value: &'static str,
    pub label: &'static Text,
    pub apart: bool,
}

/// `selected` holds the chosen indices; with `multiple` false at most one.
#[component]
pub fn OptionList(
    name: &'static str,
    choices: Vec<Choice>,
    multiple: bool,
    selected: RwSignal<Vec<usize>>,
    #[prop(optional)] on_change: Option<Callback<()>>,
) -> impl IntoView {
    let kind = if multiple { "checkbox" } else { "radio" };
    view! {
        <div class="options">
            {choices
                .into_iter()
                .enumerate()
                .map(|(i, choice)| {
                    let id = format!("{name}-{}", choice.value);
                    let toggle = move |_| {
                        selected.update(|chosen| {
                            if multiple {
                                if let Some(at) = chosen.iter().position(|&c| c == i) {
                                    chosen.remove(at);
                                } else {
                                    chosen.push(i);
                                }
                            } else {
                                *chosen = vec![i];
                            }
                        });
                        if let Some(f) = on_change {
                            f.run(());
                        }
                    };
                    view! {
                        <div class="option" class:option-apart=choice.apart>
                            <input
                                type=kind
                                id=id.clone()
                                name=name
                                value=choice.value
                                prop:checked=move || selected.with(|s| s.contains(&i))
                                on:change=toggle
                            />
                            <label for=id>{tr(choice.label)}</label>
                        </div>
                    }
                })
                .collect_view()}
        </div>
    }
}
