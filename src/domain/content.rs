//! The content of the app as static data.
//!
//! The data itself is generated at build time by the content compiler
//! (`src/content_compiler`) from the TOML files in `content/`, and included
//! here; this file only defines its types. Because the compiler checked every
//! text for every language and every reference, code can rely on it.

#[allow(unused_imports)]
use super::check::*;
use super::Lang;

/// A text: the first language's words, compiled in, and the text's number
/// in the language packs, where the other languages are (see [`packs`]).
#[derive(Debug)]
pub struct Text(pub &'static str, pub u16);

impl Text {
    /// The text in `lang`; the first language's while that language's pack
    /// is not loaded.
    pub fn get(&self, lang: Lang) -> &'static str {
        packs::text(lang, self.1).unwrap_or(self.0)
    }
}

/// One language of the app.
#[derive(Debug)]
pub struct Language {
    pub code: &'static str,
    pub name: &'static str,
    pub rtl: bool,
    /// Offered in the language switch (the test pseudo-locale is not).
    pub listed: bool,
    /// Where its texts are: `None` for the first language, which is
    /// compiled in.
    pub pack: Option<PackInfo>,
}

/// A language pack the app can load: its file under the app's own address,
/// and what the file must say about itself.
#[derive(Debug)]
pub struct PackInfo {
    pub file: &'static str,
    pub fingerprint: u32,
    pub count: usize,
}

/// The language packs that are loaded. The first language needs none; the
/// others are loaded when chosen (the platform layer fetches the file, this
/// module checks and keeps it).
pub mod packs {
    use std::cell::RefCell;

    use super::{Lang, LANGUAGES};

    /// The first line of a pack; the same constant as the content compiler's.
    const MAGIC: &str = "veilig-check-pack-1";
    const SEPARATOR: char = '\u{1e}';

    /// Why a pack file was not taken.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub enum PackError {
        /// The language has no pack (it is the first one).
        NoPack,
        /// The file is not this build's pack for the language.
        Mismatch,
    }

    thread_local! {
        /// Per language (by index): its texts, once loaded. The browser has
        /// one thread; the texts live as long as the app.
        static LOADED: RefCell<Vec<Option<&'static [&'static str]>>> = const { RefCell::new(Vec::new()) };
    }

    /// The text with number `id` in `lang`, if that pack is loaded.
    pub fn text(lang: Lang, id: u16) -> Option<&'static str> {
        LOADED.with(|loaded| {
            loaded
                .borrow()
                .get(lang.index())
                .copied()
                .flatten()
                .and_then(|texts| texts.get(usize::from(id)).copied())
        })
    }

    /// Whether `lang` can be shown in full now.
    pub fn is_ready(lang: Lang) -> bool {
        lang.pack().is_none() || LOADED.with(|loaded| loaded.borrow().get(lang.index()).copied().flatten().is_some())
    }

    /// Checks a pack file's content against what this build expects of
    /// `lang`'s pack and keeps it. Never panics on any input.
    pub fn install(lang: Lang, body: &str) -> Result<(), PackError> {
        let info = lang.pack().ok_or(PackError::NoPack)?;
        let (header, rest) = body.split_once('\n').ok_or(PackError::Mismatch)?;
        // `<magic> <code> <fingerprint in hex> <count>`, read field by field
        // (formatting the expected line would cost the wasm hex formatting).
        let mut fields = header.split(' ');
        let matches = fields.next() == Some(MAGIC)
            && fields.next() == Some(lang.code())
            && fields.next().and_then(|f| u32::from_str_radix(f, 16).ok()) == Some(info.fingerprint)
            && fields.next().and_then(|c| c.parse::<usize>().ok()) == Some(info.count)
            && fields.next().is_none();
        if !matches {
            return Err(PackError::Mismatch);
        }
        let texts: Vec<&str> = rest.split(SEPARATOR).collect();
        if texts.len() != info.count {
            return Err(PackError::Mismatch);
        }
        // Kept for the life of the app: a language is loaded once.
        let rest: &'static str = Box::leak(rest.to_string().into_boxed_str());
        let texts: &'static [&'static str] = Box::leak(rest.split(SEPARATOR).collect::<Vec<_>>().into_boxed_slice());
        LOADED.with(|loaded| {
            let mut loaded = loaded.borrow_mut();
            if loaded.len() < LANGUAGES.len() {
                loaded.resize(LANGUAGES.len(), None);
            }
            loaded[lang.index()] = Some(texts);
        });
        Ok(())
    }

    /// Native builds (tests and tools) carry every pack: loads them all.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn install_builtin() {
        for body in super::BUILTIN_PACKS {
            let code = body.split(' ').nth(1).unwrap_or("");
            if let Some(lang) = Lang::from_code(code) {
                if !is_ready(lang) {
                    let _ = install(lang, body);
                }
            }
        }
    }
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
    fn other_languages_come_from_their_packs() {
        let en = Lang::from_code("en").expect("English is in the content");
        assert!(!packs::is_ready(en) || en.pack().is_some());
        packs::install_builtin();
        assert!(packs::is_ready(en));
        assert_eq!(ui::START_TITLE.get(Lang::default()), ui::START_TITLE.0);
        assert_ne!(ui::START_TITLE.get(en), ui::START_TITLE.0, "English differs from Dutch");
    }

    #[test]
    fn a_wrong_or_damaged_pack_is_refused() {
        let en = Lang::from_code("en").expect("English is in the content");
        let good = BUILTIN_PACKS
            .iter()
            .find(|b| b.split(' ').nth(1) == Some("en"))
            .expect("an English pack");
        assert_eq!(packs::install(Lang::default(), good), Err(packs::PackError::NoPack));
        for bad in [
            "",
            "\n",
            "veilig-check-pack-1 en 00000000 3\na\u{1e}b\u{1e}c",
            &good[..good.len() / 2],
        ] {
            assert_eq!(packs::install(en, bad), Err(packs::PackError::Mismatch), "{bad:?}");
        }
        let (header, _) = good.split_once('\n').expect("a header");
        let one_short = format!("{header}\nonly one text");
        assert_eq!(packs::install(en, &one_short), Err(packs::PackError::Mismatch));
        assert_eq!(packs::install(en, good), Ok(()));
    }

    #[test]
    fn the_pseudo_locale_is_right_to_left_and_not_offered() {
        let pseudo = Lang::from_code("ar-XB").expect("the test pseudo-locale");
        assert!(pseudo.is_rtl());
        assert!(!pseudo.is_listed());
        packs::install_builtin();
        assert!(ui::START_TITLE.get(pseudo).contains('\u{202e}'));
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
