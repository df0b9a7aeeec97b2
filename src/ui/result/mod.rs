//! The result and the plan: the light, the three actions that help most,
//! the score per theme, and the other actions.

mod action_card;
mod light_badge;
mod quick_note;
mod result_screen;
mod theme_scores;

pub use action_card::ActionCard;
pub use light_badge::LightBadge;
pub use quick_note::QuickNote;
pub use result_screen::ResultScreen;
pub use theme_scores::ThemeScores;
