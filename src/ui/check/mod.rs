//! The check itself: one question a screen, with progress, back and forward.

mod check_screen;
mod intro_step;
mod option_list;
mod profile_step;
mod progress;
mod question_step;
mod scenario_step;
mod step_nav;

pub use check_screen::CheckScreen;
pub use intro_step::IntroStep;
pub use option_list::{Choice, OptionList};
pub use profile_step::ProfileStep;
pub use progress::Progress;
pub use question_step::QuestionStep;
pub use scenario_step::ScenarioStep;
pub use step_nav::{ErrorMessage, StepNav};
