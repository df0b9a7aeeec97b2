//! The accessibility statement (toegankelijkheidsverklaring): what the app
//! aims for, what was tested and how, and what was not.

mod accessibility_screen;

pub use accessibility_screen::AccessibilityScreen;
