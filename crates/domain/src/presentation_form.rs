//! The shape of presentation mode's content (`content/presentation.toml`):
//! types only; the data is [`super::content::AUDIENCES`].

use super::text::Text;

/// An audience an ambassador presents to: scenarios of the checks, the
/// check its closing QR code opens, and three things to remember.
#[derive(Debug)]
pub struct Audience {
    pub id: &'static str,
    pub title: Text,
    /// One line for the ambassador under the title.
    pub hint: Text,
    /// The check kind the closing QR code opens.
    pub kind: &'static str,
    pub slides: &'static [Slide],
    pub remember: &'static [Text],
}

/// One scenario on the screen: its check and place in that check's
/// scenarios, and what the volunteer says about it (for the handout).
#[derive(Debug)]
pub struct Slide {
    pub kind: &'static str,
    pub scenario: usize,
    pub points: &'static [Text],
    pub question: Text,
}
