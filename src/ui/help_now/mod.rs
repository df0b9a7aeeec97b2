//! "It is happening now": immediate steps and numbers for the common scams.

mod help_now_screen;
mod situation_card;

pub use help_now_screen::HelpNowScreen;
pub use situation_card::SituationCard;
