//! One run through a check: the profile, the answers, where the person is,
//! and the steps that follow from the profile.
//!
//! The flow is: an intro, the profile questions, then the questions and
//! scenarios the profile makes relevant (theme by theme, questions before
//! scenarios), then the result. Going back and forward keeps every answer;
//! nothing here depends on the language shown.

use std::collections::BTreeMap;

use super::check::Check;
use super::check::CRITICAL;
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

/// How much of a check is asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Route {
    /// Everything the profile makes relevant.
    #[default]
    Full,
    /// The quick check: the profile questions that tailor a critical item,
    /// then at most [`QUICK_STEPS`] items: the critical ones the profile
    /// makes relevant (see [`quick_items`]).
    Quick,
}

pub use veilig_rules::QUICK_STEPS;

/// The profile questions of the quick route: those with an option (a tag)
/// that a critical question's or scenario's condition names. Without them
/// the quick route could not tell which critical items concern the person.
pub fn quick_profile(check: &Check) -> Vec<usize> {
    let critical_conditions = check
        .questions
        .iter()
        .filter(|q| q.weight >= CRITICAL)
        .map(|q| &q.show_if)
        .chain(
            check
                .scenarios
                .iter()
                .filter(|s| s.weight >= CRITICAL)
                .map(|s| &s.show_if),
        );
    let mut named: Vec<&str> = Vec::new();
    for condition in critical_conditions {
        named.extend(condition.all.iter().chain(condition.any.iter()));
    }
    (0..check.profile.len())
        .filter(|&q| check.profile[q].options.iter().any(|o| named.contains(&o.id)))
        .collect()
}

/// The quick route's items among `items` (the full route's, in order):
/// the one rule of `veilig_rules::quick_items`.
pub fn quick_items(check: &Check, items: &[Item]) -> Vec<Item> {
    let shape: Vec<(bool, u8)> = items
        .iter()
        .map(|item| match *item {
            Item::Question(i) => (false, check.questions[i].weight),
            Item::Scenario(i) => (true, check.scenarios[i].weight),
        })
        .collect();
    veilig_rules::quick_items(&shape)
        .into_iter()
        .map(|n| items[n])
        .collect()
}

#[derive(Debug, Clone)]
pub struct Session {
    check: &'static Check,
    route: Route,
    /// Going on from the quick check: "next" passes over what the quick
    /// check already asked.
    skip_answered: bool,
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
            && self.route == other.route
            && self.skip_answered == other.skip_answered
    }
}

impl Session {
    pub fn new(check: &'static Check) -> Session {
        Session::with_route(check, Route::Full)
    }

    /// A new run through `check` on this route.
    pub fn with_route(check: &'static Check, route: Route) -> Session {
        Session {
            check,
            route,
            skip_answered: false,
            profile: BTreeMap::new(),
            answers: BTreeMap::new(),
            position: 0,
        }
    }

    pub fn check(&self) -> &'static Check {
        self.check
    }

    pub fn route(&self) -> Route {
        self.route
    }

    /// Chooses the route at the introduction, before anything is asked.
    pub fn choose_route(&mut self, route: Route) {
        if self.profile.is_empty() && self.answers.is_empty() {
            self.route = route;
        }
    }

    /// The profile questions asked on this route, by index.
    fn profile_questions(&self) -> Vec<usize> {
        match self.route {
            Route::Full => (0..self.check.profile.len()).collect(),
            Route::Quick => quick_profile(self.check),
        }
    }

    /// From the quick route on to the full check, with every answer kept:
    /// it goes on at the first profile question or item not answered yet
    /// (the result, when there is none), so nothing is asked twice.
    pub fn continue_full(&mut self) {
        self.route = Route::Full;
        self.skip_answered = true;
        self.position = 0;
        self.next();
    }

    /// Whether a step was answered already.
    fn answered(&self, step: Step) -> bool {
        match step {
            Step::Profile(q) => self.profile.contains_key(&q),
            Step::Item(item) => self.answers.contains_key(&item),
            Step::Intro | Step::Result => false,
        }
    }

    /// What the quick route did not ask: the items the full check adds for
    /// the profile given so far, and their themes (in order, each once).
    pub fn not_asked(&self) -> (usize, Vec<usize>) {
        let full = self.items_of(Route::Full);
        let shown = self.items();
        let left: Vec<Item> = full.into_iter().filter(|i| !shown.contains(i)).collect();
        let mut themes: Vec<usize> = left
            .iter()
            .map(|&item| match item {
                Item::Question(i) => self.check.questions[i].theme,
                Item::Scenario(i) => self.check.scenarios[i].theme,
            })
            .collect();
        themes.dedup();
        (left.len(), themes)
    }

    /// Whether a profile option (a tag such as `online-banking`) was chosen.
    pub fn has_tag(&self, tag: &str) -> bool {
        self.profile.iter().any(|(&q, chosen)| {
            let options = self.check.profile.get(q).map_or(&[][..], |q| q.options);
            chosen.iter().any(|&o| options.get(o).is_some_and(|o| o.id == tag))
        })
    }

    /// The questions and scenarios this profile makes relevant on this
    /// route, in order.
    pub fn items(&self) -> Vec<Item> {
        self.items_of(self.route)
    }

    fn items_of(&self, route: Route) -> Vec<Item> {
        let all = self.relevant();
        match route {
            Route::Full => all,
            Route::Quick => quick_items(self.check, &all),
        }
    }

    /// Every question and scenario this profile makes relevant, in order.
    fn relevant(&self) -> Vec<Item> {
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
        steps.extend(self.profile_questions().into_iter().map(Step::Profile));
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
            Step::Profile(q) => {
                let asked = self.profile_questions();
                asked.iter().position(|&p| p == q).map(|n| (n + 1, asked.len()))
            }
            Step::Item(item) => {
                let items = self.items();
                items.iter().position(|&i| i == item).map(|n| (n + 1, items.len()))
            }
        }
    }

    pub fn next(&mut self) {
        let steps = self.steps();
        let last = steps.len() - 1;
        self.position = (self.position + 1).min(last);
        // Going on from the quick check: what it asked is not asked again.
        while self.skip_answered && self.position < last && self.answered(steps[self.position]) {
            self.position += 1;
        }
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
            quick: self.route == Route::Quick,
            shape: shape_of(self.check),
            profile: self.profile.clone(),
            answers: self.answers.clone(),
        }
    }

    /// The take-home link's fragment of these answers (see `plan_link`);
    /// the same as encoding [`Session::snapshot`], without copying.
    pub fn link(&self, lang: Lang) -> String {
        let quick = self.route == Route::Quick;
        encode_parts(lang.code(), quick, shape_of(self.check), &self.profile, &self.answers)
    }

    /// A session at the result, from a snapshot of this check. It goes
    /// through `choose_profile` and `set_answer`, so whatever the check does
    /// not have is dropped.
    pub fn restore(check: &'static Check, snap: &Snapshot) -> Session {
        let route = if snap.quick { Route::Quick } else { Route::Full };
        let mut session = Session::with_route(check, route);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::CHECKS;
    use crate::plan_link::decode;
    use crate::Lang;

    /// Every profile option chosen: the most a route can ask.
    fn everything(route: Route, check: &'static Check) -> Session {
        let mut s = Session::with_route(check, route);
        for (q, question) in check.profile.iter().enumerate() {
            s.choose_profile(q, &(0..question.options.len()).collect::<Vec<_>>());
        }
        s
    }

    #[test]
    fn the_quick_route_asks_a_shorter_profile_and_at_most_ten_critical_items() {
        for &check in CHECKS {
            let quick = everything(Route::Quick, check);
            let full = everything(Route::Full, check);
            let profile = quick_profile(check);
            assert!(
                !profile.is_empty() && profile.len() <= check.profile.len(),
                "{}",
                check.kind
            );
            let items = quick.items();
            assert!(
                !items.is_empty() && items.len() <= QUICK_STEPS,
                "{}: {}",
                check.kind,
                items.len()
            );
            assert!(
                items.iter().all(|i| full.items().contains(i)),
                "the quick items are the full check's"
            );
            let weight = |item: &Item| match *item {
                Item::Question(i) => check.questions[i].weight,
                Item::Scenario(i) => check.scenarios[i].weight,
            };
            assert!(items.iter().all(|i| weight(i) >= CRITICAL));
            assert_eq!(quick.steps().len(), 1 + profile.len() + items.len() + 1);
        }
    }

    #[test]
    fn going_on_with_the_full_check_keeps_every_answer_and_asks_nothing_twice() {
        let check = CHECKS[0];
        let mut s = Session::with_route(check, Route::Quick);
        // Walk the quick route, answering everything "don't know" or the first option.
        while s.step() != Step::Result {
            match s.step() {
                Step::Profile(q) => s.choose_profile(q, &[0]),
                Step::Item(item @ Item::Question(_)) => s.set_answer(item, Answer::DontKnow),
                Step::Item(item) => s.set_answer(item, Answer::Option(0)),
                Step::Intro | Step::Result => {}
            }
            s.next();
        }
        let (left, themes) = s.not_asked();
        assert!(left > 0 && !themes.is_empty());
        let quick_answers = s.answers.clone();
        s.continue_full();
        assert_eq!(s.route(), Route::Full);
        assert_eq!(s.answers, quick_answers, "every answer kept");
        match s.step() {
            Step::Profile(q) => assert!(s.profile_choice(q).is_none(), "a profile question not asked yet"),
            Step::Item(item) => assert!(s.answer(item).is_none(), "an item not asked yet"),
            step => panic!("went on at {step:?}"),
        }
        // Walking on never meets an answered step again.
        while s.step() != Step::Result {
            if let Step::Item(item) = s.step() {
                assert!(!quick_answers.contains_key(&item), "{item:?} asked twice");
                s.set_answer(item, Answer::DontKnow);
            }
            if let Step::Profile(q) = s.step() {
                s.choose_profile(q, &[]);
            }
            s.next();
        }
        assert_eq!(s.not_asked().0, 0);
    }

    #[test]
    fn a_plan_link_carries_the_route() {
        let check = CHECKS[0];
        let quick = everything(Route::Quick, check);
        let snap = decode(&quick.link(Lang::default())).expect("a link");
        assert!(snap.quick);
        assert_eq!(Session::restore(check, &snap).route(), Route::Quick);
        let full = decode(&everything(Route::Full, check).link(Lang::default())).expect("a link");
        assert!(!full.quick);
    }
}
