//! The types of a check: themes, profile questions, questions, scenarios
//! and actions. The data comes from `content/<kind>/` through the content
//! compiler. References between them are indices into the check's own lists;
//! the compiler guarantees that every index is in range. Types only: the
//! checks themselves are in [`super::content`] (`CHECKS`, `Kind`).

use super::organisation::Organisation;
use super::text::Text;

/// One kind of check (`resident`, `business`), complete.
#[derive(Debug)]
pub struct Check {
    pub kind: &'static str,
    /// Its Dutch says "je", not "u": screens show ui.toml's `je` words
    /// ([`super::content::informal`]).
    pub informal: bool,
    pub title: Text,
    pub intro: Text,
    /// Shown above the profile questions ("About you", "About your business").
    pub profile_caption: Text,
    /// The heading of this check's situations on "it is happening now"
    /// ("For yourself", "For your business").
    pub help_now_caption: Text,
    /// The check's button on the start screen: who it is for, and a hint.
    pub choice_title: Text,
    pub choice_hint: Text,
    pub themes: &'static [Theme],
    pub profile: &'static [ProfileQuestion],
    pub questions: &'static [Question],
    pub scenarios: &'static [Scenario],
    pub actions: &'static [Action],
}

#[derive(Debug)]
pub struct Theme {
    pub id: &'static str,
    pub title: Text,
}

/// A profile question; each option id is a tag that tailors the check.
#[derive(Debug)]
pub struct ProfileQuestion {
    pub id: &'static str,
    pub text: Text,
    pub hint: Option<Text>,
    /// Several options may be chosen (check boxes), else one (radio buttons).
    pub multiple: bool,
    /// May be skipped.
    pub optional: bool,
    pub options: &'static [ProfileOption],
}

#[derive(Debug)]
pub struct ProfileOption {
    pub id: &'static str,
    pub label: Text,
}

/// When a question or scenario is shown: all tags of `all` and, if `any` is
/// not empty, at least one of `any`.
#[derive(Debug)]
pub struct Condition {
    pub all: &'static [&'static str],
    pub any: &'static [&'static str],
}

impl Condition {
    pub fn holds(&self, has: impl Fn(&str) -> bool) -> bool {
        self.all.iter().all(|t| has(t)) && (self.any.is_empty() || self.any.iter().any(|t| has(t)))
    }
}

/// How much an item counts: critical measures weigh the most (the quick
/// route asks those).
pub use veilig_rules::CRITICAL;

#[derive(Debug)]
pub struct Question {
    pub id: &'static str,
    pub theme: usize,
    /// 3 critical, 2 important, 1 nice to have.
    pub weight: u8,
    pub text: Text,
    pub hint: Option<Text>,
    pub show_if: Condition,
    /// The action given when the answer is not fully safe.
    pub action: usize,
    /// The action given for "don't know", when it differs from `action`.
    pub learn_action: Option<usize>,
    pub options: &'static [AnswerOption],
}

#[derive(Debug)]
pub struct AnswerOption {
    pub id: &'static str,
    pub label: Text,
    /// 0 (unsafe) to 100 (fully safe).
    pub score: u8,
    /// Choosing this would hand a scammer money, a code or a card.
    pub harmful: bool,
}

/// A "what would you do?" drill, scored as knowledge.
#[derive(Debug)]
pub struct Scenario {
    pub id: &'static str,
    pub theme: usize,
    pub weight: u8,
    pub show_if: Condition,
    pub title: Text,
    pub story: Text,
    pub question: Text,
    pub action: usize,
    pub explanation: Text,
    pub options: &'static [ScenarioOption],
}

impl Scenario {
    /// Hands counted in a room per option (`None`: not counted): those for
    /// the correct answer, and all of them.
    pub fn hands(&self, counts: &[Option<u32>]) -> (u32, u32) {
        let all = counts.iter().flatten().fold(0u32, |sum, n| sum.saturating_add(*n));
        let safe = self
            .options
            .iter()
            .zip(counts)
            .filter(|(o, _)| o.correct)
            .filter_map(|(_, n)| *n)
            .fold(0u32, u32::saturating_add);
        (safe, all)
    }
}

#[derive(Debug)]
pub struct ScenarioOption {
    pub id: &'static str,
    pub label: Text,
    pub correct: bool,
    /// Choosing this would hand a scammer money, a code or a card.
    pub harmful: bool,
}

/// A preventive action: why, how, where to get help, and where the advice
/// comes from.
#[derive(Debug)]
pub struct Action {
    pub id: &'static str,
    pub theme: usize,
    pub title: Text,
    pub why: Text,
    pub steps: &'static [Text],
    pub variants: &'static [StepVariant],
    pub help: &'static [&'static Organisation],
    pub source: &'static Organisation,
    /// The date the advice was last checked against its source, `YYYY-MM-DD`.
    pub checked: &'static str,
}

/// Steps for one kind of device, where they differ.
#[derive(Debug)]
pub struct StepVariant {
    pub label: Text,
    pub steps: &'static [Text],
}

impl Check {
    pub fn theme(&self, index: usize) -> &'static Theme {
        &self.themes[index]
    }

    pub fn action(&self, index: usize) -> &'static Action {
        &self.actions[index]
    }
}
