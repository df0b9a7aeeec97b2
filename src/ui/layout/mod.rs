//! The frame around every screen.

mod footer;
mod header;
mod help_now_bar;
mod language_switch;
mod update_notice;

pub use footer::Footer;
pub use header::Header;
pub use help_now_bar::HelpNowBar;
pub use language_switch::LanguageSwitch;
pub use update_notice::UpdateNotice;
