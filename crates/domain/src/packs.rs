//! Language packs: the texts that are not built into the app, one file per
//! language (per check and per part for the first language), checked
//! against what this build expects before any text of them is used.
//!
//! [`Packs`] is a plain value: the app keeps one for as long as it runs (in
//! `ui::text`), the tests make their own. It borrows the pack files' text,
//! so whoever keeps it decides how long the files live.

use super::content::{LANGUAGES, TEXT_COUNT};
use super::text::{PackInfo, Text};
use super::Lang;

/// The first line of a pack; the same constant as the content compiler's.
const MAGIC: &str = "veilig-check-pack-1";
const SEPARATOR: char = '\u{1e}';

/// Why a pack file was not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackError {
    /// The file is not one of this build's packs for the language.
    Mismatch,
}

/// The packs that are loaded, per language (by index): its texts by number
/// ("" where not loaded), and which of its parts are in.
#[derive(Debug, Default)]
pub struct Packs<'a> {
    loaded: Vec<(Vec<&'a str>, Vec<&'static str>)>,
}

impl<'a> Packs<'a> {
    pub fn new() -> Packs<'a> {
        Packs::default()
    }

    /// The text in `lang`: built in for the first language; else from its
    /// pack; else the first language's; else empty (a pack that is not
    /// loaded: the app loads a screen's packs before showing it).
    pub fn get(&self, text: &Text, lang: Lang) -> &'a str {
        if lang.index() == 0 && !text.0.is_empty() {
            return text.0;
        }
        self.text(lang, text.1)
            .or_else(|| self.text(Lang::default(), text.1))
            .unwrap_or(text.0)
    }

    /// The text with number `id` in `lang`, if its pack is loaded.
    pub fn text(&self, lang: Lang, id: u16) -> Option<&'a str> {
        let text = *self.loaded.get(lang.index())?.0.get(usize::from(id))?;
        (!text.is_empty()).then_some(text)
    }

    fn has(&self, lang: Lang, pack: &PackInfo) -> bool {
        self.loaded
            .get(lang.index())
            .is_some_and(|(_, parts)| parts.contains(&pack.part))
    }

    /// The packs still needed to show `lang` with the given parts (check
    /// kinds, `checks`, `more`): a whole other language, or the first
    /// language's packs of those parts.
    pub fn missing(&self, lang: Lang, parts: &[&str]) -> Vec<&'static PackInfo> {
        lang.packs()
            .iter()
            .filter(|p| p.part == "all" || parts.contains(&p.part))
            .filter(|p| !self.has(lang, p))
            .collect()
    }

    /// Checks a pack file's content against the packs this build expects of
    /// `lang` and keeps its texts. Never panics on any input.
    pub fn install(&mut self, lang: Lang, body: &'a str) -> Result<(), PackError> {
        let (info, rest) = check(lang, body)?;
        if self.loaded.len() < LANGUAGES.len() {
            self.loaded.resize_with(LANGUAGES.len(), Default::default);
        }
        let (texts, parts) = &mut self.loaded[lang.index()];
        if texts.len() < TEXT_COUNT {
            texts.resize(TEXT_COUNT, "");
        }
        for (slot, text) in texts[info.start..].iter_mut().zip(rest.split(SEPARATOR)) {
            *slot = text;
        }
        parts.push(info.part);
        Ok(())
    }
}

/// Whether `body` is one of this build's packs of `lang`, without keeping
/// it: what [`Packs::install`] would take.
pub fn check(lang: Lang, body: &str) -> Result<(&'static PackInfo, &str), PackError> {
    let (header, rest) = body.split_once('\n').ok_or(PackError::Mismatch)?;
    // `<magic> <code> <part> <fingerprint in hex> <start> <count>`.
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
    if fields.next().is_some() || rest.split(SEPARATOR).count() != info.count || info.start + info.count > TEXT_COUNT {
        return Err(PackError::Mismatch);
    }
    Ok((info, rest))
}

/// Every pack of every language, as native builds (tests and tools) and the
/// browser tests (feature `builtin-packs`) carry them; never the app.
#[cfg(any(not(target_arch = "wasm32"), feature = "builtin-packs"))]
pub fn builtin() -> Packs<'static> {
    let mut packs = Packs::new();
    for body in super::content::BUILTIN_PACKS {
        let code = body.split(' ').nth(1).unwrap_or("");
        if let Some(lang) = Lang::from_code(code) {
            let _ = packs.install(lang, body);
        }
    }
    packs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{ui, BUILTIN_PACKS, CHECKS};

    #[test]
    fn other_languages_and_the_checks_come_from_packs() {
        let packs = builtin();
        let en = Lang::from_code("en").expect("English is in the content");
        assert_eq!(en.packs().len(), 1);
        // One Dutch pack per check, then the deferred parts: every check's
        // steps, the seldom-seen screens, the report helper, presentation mode.
        let parts: Vec<&str> = Lang::default().packs().iter().map(|p| p.part).collect();
        let mut expected: Vec<&str> = CHECKS.iter().map(|c| c.kind).collect();
        expected.extend(["checks", "more", "report", "presentation"]);
        assert_eq!(parts, expected);
        assert_eq!(ui::ACCESSIBILITY_TITLE.0, "");
        assert_eq!(packs.get(&ui::ACCESSIBILITY_TITLE, Lang::default()), "Toegankelijkheid");
        assert_eq!(packs.get(&ui::START_TITLE, Lang::default()), ui::START_TITLE.0);
        assert_ne!(
            packs.get(&ui::START_TITLE, en),
            ui::START_TITLE.0,
            "English differs from Dutch"
        );
        // A check's own texts are not built in, its title is.
        let resident = CHECKS[0];
        assert_eq!(resident.intro.0, "");
        assert!(!packs.get(&resident.intro, Lang::default()).is_empty());
        assert!(!resident.title.0.is_empty());
        assert!(!resident.choice_title.0.is_empty());
        assert!(!resident.actions[0].title.0.is_empty());
    }

    #[test]
    fn nothing_is_shown_of_a_pack_not_loaded() {
        let packs = Packs::new();
        let en = Lang::from_code("en").expect("English is in the content");
        assert_eq!(
            packs.get(&ui::START_TITLE, en),
            ui::START_TITLE.0,
            "the built-in Dutch instead"
        );
        assert_eq!(packs.get(&ui::ACCESSIBILITY_TITLE, en), "", "not built in, not loaded");
        assert_eq!(packs.missing(en, &[]).len(), 1);
    }

    #[test]
    fn a_wrong_or_damaged_pack_is_refused() {
        let mut packs = Packs::new();
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
            packs.install(en, dutch),
            Err(PackError::Mismatch),
            "a Dutch pack is not English"
        );
        let half = &good[..good.len() / 2];
        for bad in [
            "",
            "\n",
            "veilig-check-pack-1 en all 00000000 0 3\na\u{1e}b\u{1e}c",
            half,
        ] {
            assert_eq!(packs.install(en, bad), Err(PackError::Mismatch), "{bad:?}");
        }
        let (header, _) = good.split_once('\n').expect("a header");
        let one_short = format!("{header}\nonly one text");
        assert_eq!(packs.install(en, &one_short), Err(PackError::Mismatch));
        assert!(!packs.missing(en, &[]).is_empty(), "nothing refused was kept");
        assert_eq!(packs.install(en, good), Ok(()));
        assert!(packs.missing(en, &["resident", "checks", "more"]).is_empty());
    }

    #[test]
    fn the_pseudo_locale_is_right_to_left_and_not_offered() {
        let pseudo = Lang::from_code("ar-XB").expect("the test pseudo-locale");
        assert!(pseudo.is_rtl());
        assert!(!pseudo.is_listed());
        assert!(builtin().get(&ui::START_TITLE, pseudo).contains('\u{202e}'));
    }
}
