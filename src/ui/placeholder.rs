//! A screen that is still being built says so plainly.

use leptos::prelude::*;

use crate::domain::content::{ui, Text};

use super::common::BackToStart;
use super::tr;

#[component]
pub fn Placeholder(title: &'static Text) -> impl IntoView {
    view! {
        <BackToStart/>
        <h1 id="page-title" tabindex="-1">{tr(title)}</h1>
        <p class="lead">{tr(&ui::PLACEHOLDER_TEXT)}</p>
    }
}
