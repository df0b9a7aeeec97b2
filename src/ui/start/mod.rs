//! The start screen: what the check is, and the choice who it is for.

mod check_choice;
mod privacy_note;
mod start_screen;

pub use check_choice::CheckChoice;
pub use privacy_note::PrivacyNote;
pub use start_screen::StartScreen;
