//! Where people get help, what differs per municipality, and "it is
//! happening now": types only (the data is in [`super::content`]).

use super::text::Text;

/// A place to get help: from the national directory or the local pack.
#[derive(Debug)]
pub struct Organisation {
    pub id: &'static str,
    pub name: Text,
    pub website: Option<&'static str>,
    pub phone: Option<&'static str>,
    pub hours: Option<Text>,
    pub helps_with: Text,
    /// Comes from the local pack (`content/local.toml`).
    pub local: bool,
}

impl Organisation {
    /// The phone number as a `tel:` link target: digits and a leading `+` only.
    pub fn phone_href(&self) -> Option<String> {
        self.phone.map(|p| {
            let digits: String = p.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
            format!("tel:{digits}")
        })
    }

    /// The website without `https://` and a trailing slash, for reading aloud
    /// and printing.
    pub fn website_label(&self) -> Option<&'static str> {
        self.website
            .map(|w| w.trim_start_matches("https://").trim_end_matches('/'))
    }
}

/// What differs per municipality.
#[derive(Debug)]
pub struct LocalPack {
    pub municipality: Text,
    pub programme: Text,
}

/// An "it is happening now" situation.
#[derive(Debug)]
pub struct Situation {
    pub id: &'static str,
    /// The kind of the check whose people meet it; the page groups by it.
    pub check: &'static str,
    pub title: Text,
    pub steps: &'static [Text],
    pub organisations: &'static [&'static Organisation],
}
