//! The content of the app as static data.
//!
//! The data itself is generated at build time by the content compiler
//! (`crates/content-compiler`) from the TOML files in `content/`, and included
//! here; this file only defines its types. Because the compiler checked every
//! text for every language and every reference, code can rely on it.

#[allow(unused_imports)]
use super::check::*;
use super::Lang;

/// A text: its number, and the first language's words when they are built
/// into the app (the texts every screen needs). Everything else is in
/// language packs, loaded when needed (see [`packs`]).
#[derive(Debug, PartialEq, Eq)]
pub struct Text(pub &'static str, pub u16);

impl Text {
    /// The text in `lang`; else in the first language; else empty (a pack
    /// that is not loaded: the app loads a check's pack before showing it).
    pub fn get(&self, lang: Lang) -> &'static str {
        if lang.index() == 0 && !self.0.is_empty() {
            return self.0;
        }
        packs::text(lang, self.1)
            .or_else(|| packs::text(Lang::default(), self.1))
            .unwrap_or(self.0)
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
    /// Its language packs: for the first language one per check (the rest
    /// is built in), for the others one with everything.
    pub packs: &'static [PackInfo],
}

/// A language pack the app can load: its file under the app's own address,
/// and what the file must say about itself.
#[derive(Debug)]
pub struct PackInfo {
    pub file: &'static str,
    /// `all`, or the check kind whose texts it holds.
    pub part: &'static str,
    pub fingerprint: u32,
    /// The numbers of the texts it holds: `start..start + count`.
    pub start: usize,
    pub count: usize,
}

/// The language packs that are loaded. The platform layer fetches a pack's
/// file; this module checks it and keeps its texts.
pub mod packs {
    use std::cell::RefCell;

    use super::{Lang, PackInfo, LANGUAGES, TEXT_COUNT};

    /// The first line of a pack; the same constant as the content compiler's.
    const MAGIC: &str = "veilig-check-pack-1";
    const SEPARATOR: char = '\u{1e}';

    /// Why a pack file was not taken.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub enum PackError {
        /// The file is not one of this build's packs for the language.
        Mismatch,
    }

    thread_local! {
        /// Per language (by index): its texts by number, "" where not loaded;
        /// and which of its packs are in. The texts live as long as the app.
        static LOADED: RefCell<Vec<(Vec<&'static str>, Vec<&'static str>)>> = const { RefCell::new(Vec::new()) };
    }

    /// The text with number `id` in `lang`, if its pack is loaded.
    pub fn text(lang: Lang, id: u16) -> Option<&'static str> {
        #[cfg(not(target_arch = "wasm32"))]
        install_builtin();
        LOADED.with(|loaded| {
            let loaded = loaded.borrow();
            let text = *loaded.get(lang.index())?.0.get(usize::from(id))?;
            (!text.is_empty()).then_some(text)
        })
    }

    fn has(lang: Lang, pack: &PackInfo) -> bool {
        LOADED.with(|loaded| {
            loaded
                .borrow()
                .get(lang.index())
                .is_some_and(|(_, parts)| parts.contains(&pack.part))
        })
    }

    /// The packs still needed to show `lang` with the given parts (check
    /// kinds, `more`): a whole other language, or the first language's packs
    /// of those parts.
    pub fn missing(lang: Lang, parts: &[&str]) -> Vec<&'static PackInfo> {
        lang.packs()
            .iter()
            .filter(|p| p.part == "all" || parts.contains(&p.part))
            .filter(|p| !has(lang, p))
            .collect()
    }

    /// Checks a pack file's content against the packs this build expects of
    /// `lang` and keeps its texts. Never panics on any input.
    pub fn install(lang: Lang, body: &str) -> Result<(), PackError> {
        let (header, rest) = body.split_once('\n').ok_or(PackError::Mismatch)?;
        // `<magic> <code> <part> <fingerprint in hex> <start> <count>`, read
        // field by field (formatting it would cost the wasm hex formatting).
        let mut fields = header.split(' ');
        let (magic, code, part) = (fields.next(), fields.next(), fields.next());
        let fingerprint = fields.next().and_then(|f| u32::from_str_radix(f, 16).ok());
        let start = fields.next().and_then(|n| n.parse::<usize>().ok());
        let count = fields.next().and_then(|n| n.parse::<usize>().ok());
        let info = lang
            .packs()
            .iter()
            .find(|p| {
                magic == Some(MAGIC)
                    && code == Some(lang.code())
                    && part == Some(p.part)
                    && fingerprint == Some(p.fingerprint)
                    && start == Some(p.start)
                    && count == Some(p.count)
            })
            .ok_or(PackError::Mismatch)?;
        if fields.next().is_some()
            || rest.split(SEPARATOR).count() != info.count
            || info.start + info.count > TEXT_COUNT
        {
            return Err(PackError::Mismatch);
        }
        // Kept for the life of the app: a pack is loaded once.
        let rest: &'static str = Box::leak(rest.to_string().into_boxed_str());
        LOADED.with(|loaded| {
            let mut loaded = loaded.borrow_mut();
            if loaded.len() < LANGUAGES.len() {
                loaded.resize_with(LANGUAGES.len(), Default::default);
            }
            let (texts, parts) = &mut loaded[lang.index()];
            if texts.len() < TEXT_COUNT {
                texts.resize(TEXT_COUNT, "");
            }
            for (slot, text) in texts[info.start..].iter_mut().zip(rest.split(SEPARATOR)) {
                *slot = text;
            }
            parts.push(info.part);
        });
        Ok(())
    }

    /// Native builds (tests and tools) carry every pack: loads them all, once
    /// per thread.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn install_builtin() {
        thread_local!(static DONE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
        if DONE.with(|d| d.replace(true)) {
            return;
        }
        for body in super::BUILTIN_PACKS {
            let code = body.split(' ').nth(1).unwrap_or("");
            if let Some(lang) = Lang::from_code(code) {
                let _ = install(lang, body);
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
    /// The kind of the check whose people meet it; the page groups by it.
    pub check: &'static str,
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
    fn other_languages_and_the_checks_come_from_packs() {
        let en = Lang::from_code("en").expect("English is in the content");
        assert_eq!(en.packs().len(), 1);
        assert_eq!(
            Lang::default().packs().len(),
            CHECKS.len() + 2,
            "one Dutch pack per check, one for every check's steps, one for the seldom-seen screens"
        );
        assert_eq!(ui::ACCESSIBILITY_TITLE.0, "");
        assert_eq!(ui::ACCESSIBILITY_TITLE.get(Lang::default()), "Toegankelijkheid");
        assert_eq!(ui::START_TITLE.get(Lang::default()), ui::START_TITLE.0);
        assert_ne!(ui::START_TITLE.get(en), ui::START_TITLE.0, "English differs from Dutch");
        // A check's own texts are not built in, its title is.
        let resident = CHECKS[0];
        assert_eq!(resident.intro.0, "");
        assert!(!resident.intro.get(Lang::default()).is_empty());
        assert!(!resident.title.0.is_empty());
        assert!(!resident.actions[0].title.0.is_empty());
    }

    #[test]
    fn a_wrong_or_damaged_pack_is_refused() {
        let en = Lang::from_code("en").expect("English is in the content");
        let good = BUILTIN_PACKS
            .iter()
            .find(|b| b.split(' ').nth(1) == Some("en"))
            .expect("an English pack");
        let dutch = BUILTIN_PACKS
            .iter()
            .find(|b| b.split(' ').nth(1) == Some("nl"))
            .expect("a Dutch pack");
        assert_eq!(
            packs::install(en, dutch),
            Err(packs::PackError::Mismatch),
            "a Dutch pack is not English"
        );
        for bad in [
            "",
            "\n",
            "veilig-check-pack-1 en all 00000000 0 3\na\u{1e}b\u{1e}c",
            &good[..good.len() / 2],
        ] {
            assert_eq!(packs::install(en, bad), Err(packs::PackError::Mismatch), "{bad:?}");
        }
        let (header, _) = good.split_once('\n').expect("a header");
        let one_short = format!("{header}\nonly one text");
        assert_eq!(packs::install(en, &one_short), Err(packs::PackError::Mismatch));
        assert_eq!(packs::install(en, good), Ok(()));
        assert!(packs::missing(en, &["resident", "checks", "more"]).is_empty());
    }

    #[test]
    fn the_pseudo_locale_is_right_to_left_and_not_offered() {
        let pseudo = Lang::from_code("ar-XB").expect("the test pseudo-locale");
        assert!(pseudo.is_rtl());
        assert!(!pseudo.is_listed());
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
        for expected in [
            "bank-call",
            "at-the-door",
            "whatsapp-new-number",
            "gave-codes",
            "paid-scammer",
            "blackmail",
            "id-misused",
            "ransomware",
            "paid-fake-invoice",
            "ceo-fraud",
        ] {
            assert!(ids.contains(&expected), "missing situation {expected}");
        }
        assert!(HELP_NOW.iter().all(|s| !s.organisations.is_empty()));
    }

    #[test]
    fn help_now_is_grouped_by_check_and_every_check_has_situations() {
        // The page shows each check's situations under its caption, in the
        // order of the checks: the generated list keeps that order.
        let order: Vec<usize> = HELP_NOW
            .iter()
            .map(|s| CHECKS.iter().position(|c| c.kind == s.check).expect("a known check"))
            .collect();
        assert!(order.windows(2).all(|w| w[0] <= w[1]), "{order:?}");
        for check in CHECKS {
            assert!(
                HELP_NOW.iter().any(|s| s.check == check.kind),
                "{} has no situation",
                check.kind
            );
            assert!(!check.help_now_caption.0.is_empty(), "the caption is built in");
        }
    }

    #[test]
    fn the_door_and_the_bank_call_say_112_and_the_number_on_the_card() {
        let text = |id: &str| -> String {
            let s = HELP_NOW.iter().find(|s| s.id == id).expect("the situation");
            s.steps
                .iter()
                .map(|t| t.get(Lang::default()))
                .collect::<Vec<_>>()
                .join(" ")
        };
        for id in ["bank-call", "at-the-door"] {
            assert!(text(id).to_lowercase().contains("bel 112"), "{id}: {}", text(id));
            assert!(text(id).contains("nummer op uw pas"), "{id}: {}", text(id));
        }
    }

    #[test]
    fn local_pack_is_the_hague_by_default() {
        assert_eq!(LOCAL.municipality.get(Lang::default()), "Den Haag");
        assert!(ORGANISATIONS.iter().any(|o| o.local));
    }
}
