//! One run through a check: the profile, the answers, where the person is,
//! and the steps that follow from the profile.
//!
//! The flow is: an intro, the profile questions, then the questions and
//! scenarios the profile makes relevant (theme by theme, questions before
//! scenarios), then the result. Going back and forward keeps every answer;
//! nothing here depends on the language shown.

use std::collections::BTreeMap;

use super::check::Check;
use super::plan_link::{encode_parts, shape_of, Snapshot};
use super::score::{evaluate, Answer, Item, Outcome};
use super::Lang;

/// A screen of the check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Intro,
    /// A profile question, by index.
    Profile(usize),
    Item(Item),
    Result,
}

#[derive(Debug, Clone)]
pub struct Session {
    check: &'static Check,
    /// Per profile question (by index): the chosen options (by index).
    /// Missing = not answered yet; empty = answered with nothing or skipped.
    profile: BTreeMap<usize, Vec<usize>>,
    answers: BTreeMap<Item, Answer>,
    position: usize,
}

impl PartialEq for Session {
    fn eq(&self, other: &Session) -> bool {
        std::ptr::eq(self.check, other.check)
            && self.profile == other.profile
            && self.answers == other.answers
            && self.position == other.position
    }
}

impl Session {
    pub fn new(check: &'static Check) -> Session {
        Session {
            check,
            profile: BTreeMap::new(),
            answers: BTreeMap::new(),
            position: 0,
        }
    }

    pub fn check(&self) -> &'static Check {
        self.check
    }

    /// Whether a profile option (a tag such as `online-banking`) was chosen.
    pub fn has_tag(&self, tag: &str) -> bool {
        self.profile.iter().any(|(&q, chosen)| {
            let options = self.check.profile.get(q).map_or(&[][..], |q| q.options);
            chosen.iter().any(|&o| options.get(o).is_some_and(|o| o.id == tag))
        })
    }

    /// The questions and scenarios this profile makes relevant, in order.
    pub fn items(&self) -> Vec<Item> {
        let has = |t: &str| self.has_tag(t);
        let mut items = Vec::new();
        for theme in 0..self.check.themes.len() {
            items.extend(
                self.check
                    .questions
                    .iter()
                    .enumerate()
                    .filter(|(_, q)| q.theme == theme && q.show_if.holds(has))
                    .map(|(i, _)| Item::Question(i)),
            );
            items.extend(
                self.check
                    .scenarios
                    .iter()
                    .enumerate()
                    .filter(|(_, s)| s.theme == theme && s.show_if.holds(has))
                    .map(|(i, _)| Item::Scenario(i)),
            );
        }
        items
    }

    pub fn steps(&self) -> Vec<Step> {
        let mut steps = vec![Step::Intro];
        steps.extend((0..self.check.profile.len()).map(Step::Profile));
        steps.extend(self.items().into_iter().map(Step::Item));
        steps.push(Step::Result);
        steps
    }

    /// The step shown now.
    pub fn step(&self) -> Step {
        let steps = self.steps();
        steps[self.position.min(steps.len() - 1)]
    }

    /// "Question n of total", counted from 1, within the part of the check
    /// the person is in: the profile, then the questions and scenarios. The
    /// second part's total is known once the profile is done, so it never
    /// grows while the person answers.
    pub fn progress(&self) -> Option<(usize, usize)> {
        match self.step() {
            Step::Intro | Step::Result => None,
            Step::Profile(q) => Some((q + 1, self.check.profile.len())),
            Step::Item(item) => {
                let items = self.items();
                items.iter().position(|&i| i == item).map(|n| (n + 1, items.len()))
            }
        }
    }

    pub fn next(&mut self) {
        let last = self.steps().len() - 1;
        self.position = (self.position + 1).min(last);
    }

    pub fn back(&mut self) {
        self.position = self.position.saturating_sub(1);
    }

    /// Goes to the last question, to change answers from the result.
    pub fn back_from_result(&mut self) {
        self.position = self.steps().len().saturating_sub(2);
    }

    /// The options chosen for a profile question, if it was answered.
    pub fn profile_choice(&self, question: usize) -> Option<&[usize]> {
        self.profile.get(&question).map(Vec::as_slice)
    }

    /// Answers a profile question. Options that do not exist are ignored, and
    /// a single-choice question keeps one option at most.
    pub fn choose_profile(&mut self, question: usize, options: &[usize]) {
        let Some(q) = self.check.profile.get(question) else {
            return;
        };
        let mut chosen: Vec<usize> = options.iter().copied().filter(|&o| o < q.options.len()).collect();
        chosen.sort_unstable();
        chosen.dedup();
        if !q.multiple {
            chosen.truncate(1);
        }
        self.profile.insert(question, chosen);
    }

    pub fn answer(&self, item: Item) -> Option<Answer> {
        self.answers.get(&item).copied()
    }

    /// Records an answer; an option that does not exist is ignored.
    pub fn set_answer(&mut self, item: Item, answer: Answer) {
        let options = match item {
            Item::Question(i) => self.check.questions.get(i).map(|q| q.options.len()),
            Item::Scenario(i) => self.check.scenarios.get(i).map(|s| s.options.len()),
        };
        let valid = match (options, answer) {
            (None, _) => false,
            (Some(n), Answer::Option(o)) => o < n,
            (Some(_), Answer::DontKnow) => matches!(item, Item::Question(_)),
        };
        if valid {
            self.answers.insert(item, answer);
        }
    }

    /// The profile and answers with the check's shape and the language's
    /// code, to carry in a link.
    pub fn snapshot(&self, lang: Lang) -> Snapshot {
        Snapshot {
            lang: lang.code().to_string(),
            shape: shape_of(self.check),
            profile: self.profile.clone(),
            answers: self.answers.clone(),
        }
    }

    /// The take-home link's fragment of these answers (see `plan_link`);
    /// the same as encoding [`Session::snapshot`], without copying.
    pub fn link(&self, lang: Lang) -> String {
        encode_parts(lang.code(), shape_of(self.check), &self.profile, &self.answers)
    }

    /// A session at the result, from a snapshot of this check. It goes
    /// through `choose_profile` and `set_answer`, so whatever the check does
    /// not have is dropped.
    pub fn restore(check: &'static Check, snap: &Snapshot) -> Session {
        let mut session = Session::new(check);
        for (&question, options) in &snap.profile {
            session.choose_profile(question, options);
        }
        for (&item, &answer) in &snap.answers {
            session.set_answer(item, answer);
        }
        session.position = session.steps().len().saturating_sub(1);
        session
    }

    /// The result for the items shown: answers to items the profile no longer
    /// shows are kept (the person may change the profile back) but not scored.
    pub fn outcome(&self) -> Outcome {
        evaluate(self.check, &self.items(), |item| self.answer(item))
    }
}
