//! The content of the app as static data, and finding things in it.
//!
//! The data itself is generated at build time by the content compiler
//! (`crates/content-compiler`) from the TOML files in `content/`, and included
//! here; the types it is made of are in [`super::text`],
//! [`super::organisation`] and [`super::check`]. Because the compiler checked
//! every text for every language and every reference, code can rely on it.

use super::check::*;
use super::organisation::{LocalPack, Organisation, Situation};
use super::presentation_form::{Audience, Slide};
use super::report_form::{ReportChoice, ReportForm, ReportPlace};
use super::text::{Language, PackInfo, Text};

/// The words of `text` for a check that says "je" (`address = "je"`): its
/// `je` variant from ui.toml, if it has one.
pub fn informal(text: &Text) -> Option<&'static Text> {
    INFORMAL
        .binary_search_by_key(&text.1, |(id, _)| *id)
        .ok()
        .map(|at| &INFORMAL[at].1)
}

/// Finds an organisation by id.
pub fn organisation(id: &str) -> Option<&'static Organisation> {
    ORGANISATIONS.iter().copied().find(|o| o.id == id)
}

/// A kind of check: its place in the content's list of checks
/// (`content/checks.toml`). Every kind has its check; no code names one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Kind(u8);

impl Kind {
    /// Every kind, in the order the start screen offers them.
    pub fn all() -> impl Iterator<Item = Kind> {
        (0..CHECKS.len()).map(|i| Kind(i as u8))
    }

    /// The kind with this id (its folder name, `resident`), if the content
    /// has it.
    pub fn from_id(id: &str) -> Option<Kind> {
        Kind::all().find(|k| k.id() == id)
    }

    /// The kind of a check of the content.
    pub fn of(check: &Check) -> Kind {
        Kind::all().find(|k| std::ptr::eq(k.check(), check)).unwrap_or(Kind(0))
    }

    /// Its check. A `Kind` is only made from an index of `CHECKS`, which the
    /// content compiler guarantees is not empty.
    pub fn check(self) -> &'static Check {
        CHECKS[usize::from(self.0).min(CHECKS.len() - 1)]
    }

    /// Its id: the folder name of its content, `content/<id>/`.
    pub fn id(self) -> &'static str {
        self.check().kind
    }
}

impl Slide {
    /// The check and scenario this slide shows.
    pub fn scenario(&self) -> Option<(&'static Check, &'static Scenario)> {
        let check = Kind::from_id(self.kind)?.check();
        Some((check, check.scenarios.get(self.scenario)?))
    }
}

/// The check of this kind, if the content has it.
pub fn check_by_kind(kind: &str) -> Option<&'static Check> {
    Kind::from_id(kind).map(Kind::check)
}

include!(concat!(env!("OUT_DIR"), "/content.rs"));

#[cfg(test)]
mod tests {
    use super::*;
    use crate::packs::builtin;
    use crate::Lang;

    #[test]
    fn every_slide_shows_a_scenario_and_hands_count_its_correct_answer() {
        for audience in AUDIENCES {
            assert!(Kind::from_id(audience.kind).is_some(), "{}", audience.id);
            for slide in audience.slides {
                let (check, scenario) = slide.scenario().expect("the compiler resolved it");
                assert_eq!(check.kind, slide.kind);
                let correct = scenario
                    .options
                    .iter()
                    .position(|o| o.correct)
                    .expect("one correct answer");
                let mut counts = vec![Some(2); scenario.options.len()];
                counts[correct] = Some(5);
                let all = 2 * (scenario.options.len() as u32 - 1) + 5;
                assert_eq!(scenario.hands(&counts), (5, all));
                counts[correct] = None;
                assert_eq!(scenario.hands(&counts), (0, all - 5), "not counted counts nothing");
                assert_eq!(scenario.hands(&[]), (0, 0));
            }
        }
    }

    #[test]
    fn kinds_are_the_checks_of_the_content_in_order() {
        let ids: Vec<_> = Kind::all().map(Kind::id).collect();
        let listed: Vec<_> = CHECKS.iter().map(|c| c.kind).collect();
        assert_eq!(ids, listed);
        for kind in Kind::all() {
            assert_eq!(Kind::from_id(kind.id()), Some(kind));
            assert_eq!(Kind::of(kind.check()), kind);
        }
        assert_eq!(Kind::from_id("nobody"), None);
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
        let packs = builtin();
        let text = |id: &str| -> String {
            let s = HELP_NOW.iter().find(|s| s.id == id).expect("the situation");
            s.steps
                .iter()
                .map(|t| packs.get(t, Lang::default()))
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
        assert_eq!(builtin().get(&LOCAL.municipality, Lang::default()), "Den Haag");
        assert!(ORGANISATIONS.iter().any(|o| o.local));
    }
}
