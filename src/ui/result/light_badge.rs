//! A traffic light shown with a word and a shape, never colour alone.

use leptos::prelude::*;

use crate::domain::content::ui;
use crate::domain::score::Light;
use crate::domain::text::Text;
use crate::ui::tr;

pub fn light_word(light: Light) -> &'static Text {
    match light {
        Light::Red => &ui::RESULT_LIGHT_RED,
        Light::Orange => &ui::RESULT_LIGHT_ORANGE,
        Light::Green => &ui::RESULT_LIGHT_GREEN,
    }
}

pub fn light_class(light: Light) -> &'static str {
    match light {
        Light::Red => "light-red",
        Light::Orange => "light-orange",
        Light::Green => "light-green",
    }
}

#[component]
pub fn LightBadge(light: Light) -> impl IntoView {
    view! {
        <span class=format!("light-badge {}", light_class(light))>
            <span class="light-icon" aria-hidden="true"></span>
            {tr(light_word(light))}
        </span>
    }
}
