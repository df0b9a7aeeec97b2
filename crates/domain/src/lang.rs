//! Which language is shown. Languages are content: their list lives in
//! `content/languages.toml`, so a `Lang` is an index into that list.

use super::content::LANGUAGES;
use super::text::{Language, PackInfo};

/// A language of the app. The first language of the content is the default.
///
/// ```
/// use veilig_domain::Lang;
/// assert_eq!(Lang::default().code(), "nl");
/// assert_eq!(Lang::from_code("en").map(|l| l.code()), Some("en"));
/// assert_eq!(Lang::from_code("xx"), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Lang(u8);

impl Lang {
    /// Every language, in the order the content lists them.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..LANGUAGES.len()).map(|i| Lang(i as u8))
    }

    /// The language with this code (`nl`, `en`), if the content has it.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::all().find(|l| l.code().eq_ignore_ascii_case(code))
    }

    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    fn language(self) -> &'static Language {
        // A Lang is only ever made from an index of LANGUAGES, which the
        // content compiler guarantees is not empty.
        &LANGUAGES[self.index().min(LANGUAGES.len() - 1)]
    }

    /// The code for the `lang` attribute, e.g. `nl`.
    pub fn code(self) -> &'static str {
        self.language().code
    }

    /// The language's own name for itself, e.g. `Nederlands`.
    pub fn name(self) -> &'static str {
        self.language().name
    }

    /// Whether the language is written right to left.
    pub fn is_rtl(self) -> bool {
        self.language().rtl
    }

    /// Whether the language switch offers it (the test pseudo-locale is
    /// only reached with `?lang=ar-XB`).
    pub fn is_listed(self) -> bool {
        self.language().listed
    }

    /// Whether a native speaker has checked this translation (the first
    /// language, the source, counts as checked). When not, the app says
    /// so, once, in the language itself.
    pub fn is_reviewed(self) -> bool {
        self.language().not_reviewed.is_empty()
    }

    /// "Not yet checked", in the language itself, for a language that is
    /// not reviewed (empty otherwise).
    pub fn not_reviewed(self) -> &'static str {
        self.language().not_reviewed
    }

    /// Its language packs (see [`super::packs`]).
    pub fn packs(self) -> &'static [PackInfo] {
        self.language().packs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_is_the_default_and_english_is_there() {
        assert_eq!(Lang::default().code(), "nl");
        assert_eq!(Lang::default().name(), "Nederlands");
        let en = Lang::from_code("EN").expect("English is in the content");
        assert_eq!(en.name(), "English");
        assert!(!en.is_rtl());
    }

    #[test]
    fn every_language_round_trips_through_its_code() {
        for lang in Lang::all() {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
    }
}
