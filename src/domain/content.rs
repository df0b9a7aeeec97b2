//! The content of the app as static data.
//!
//! The data itself is generated at build time by the content compiler
//! (`src/content_compiler`) from the TOML files in `content/`, and included
//! here; this file only defines its types. Because the compiler checked every
//! text for every language and every reference, code can rely on it.

#[allow(unused_imports)]
use super::check::*;
use super::Lang;

/// A text in every language, in the order of [`LANGUAGES`]: one entry per
/// language, inline, with no separate array to point at, which keeps the
/// content tables in the wasm small (see ARCHITECTURE.md, Budgets).
#[derive(Debug)]
pub struct Text(pub [&'static str; LANGUAGE_COUNT]);

impl Text {
    /// The text in `lang`, falling back to the first language.
    pub fn get(&self, lang: Lang) -> &'static str {
        self.0
            .get(lang.index())
            .or_else(|| self.0.first())
            .copied()
            .unwrap_or("")
    }
}

/// One language as listed in `content/languages.toml`.
#[derive(Debug)]
pub struct Language {
    pub code: &'static str,
    pub name: &'static str,
    pub rtl: bool,
}

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
    pub title: Text,
    pub steps: &'static [Text],
    pub organisations: &'static [&'static Organisation],
}

/// Finds an organisation by id.
pub fn organisation(id: &str) -> Option<&'static Organisation> {
    ORGANISATIONS.iter().copied().find(|o| o.id == id)
}

include!(concat!(env!("OUT_DIR"), "/content.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_has_one_entry_per_language() {
        let mut parts = [""; LANGUAGE_COUNT];
        parts[0] = "hallo";
        let t = Text(parts);
        assert_eq!(t.get(Lang::default()), "hallo");
        assert_eq!(LANGUAGES.len(), LANGUAGE_COUNT);
    }

    #[test]
    fn phone_links_keep_only_digits() {
        let fhd = organisation("fraudehelpdesk").expect("in the directory");
        assert_eq!(fhd.phone_href().as_deref(), Some("tel:0887867372"));
        assert_eq!(fhd.website_label(), Some("www.fraudehelpdesk.nl"));
    }

    #[test]
    fn help_now_covers_the_common_scams() {
        let ids: Vec<_> = HELP_NOW.iter().map(|s| s.id).collect();
        for expected in ["bank-call", "whatsapp-new-number", "gave-codes", "paid-scammer"] {
            assert!(ids.contains(&expected), "missing situation {expected}");
        }
        assert!(HELP_NOW.iter().all(|s| !s.organisations.is_empty()));
    }

    #[test]
    fn local_pack_is_the_hague_by_default() {
        assert_eq!(LOCAL.municipality.get(Lang::default()), "Den Haag");
        assert!(ORGANISATIONS.iter().any(|o| o.local));
    }
}
