//! The frame around every screen.

mod footer;
mod header;
mod help_now_bar;
mod language_switch;

pub use footer::Footer;
pub use header::Header;
pub use help_now_bar::HelpNowBar;
pub use language_switch::LanguageSwitch;
