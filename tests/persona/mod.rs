//! The machinery of the persona tests, shared by every check kind: a
//! persona (profile tags and a way of answering) walks the whole flow the way
//! the app does, and the plan that comes out is compared with what that
//! person must get. Table-driven: each persona is a row.
#![allow(dead_code)]

use veilig_check::domain::check::Check;
use veilig_check::domain::score::{Answer, Item, Light, Outcome};
use veilig_check::domain::session::{Session, Step};

/// How a persona answers the questions it was not given an answer for.
#[derive(Clone, Copy)]
pub enum Otherwise {
    /// The option with the highest score; scenarios correctly.
    Safe,
    /// The option with the lowest score; scenarios wrongly.
    Unsafe,
    /// "Don't know"; scenarios wrongly.
    DontKnow,
}

pub struct Persona {
    pub name: &'static str,
    /// Profile option ids (tags) chosen.
    pub tags: &'static [&'static str],
    /// Specific answers: (question or scenario id, option id or "dont-know").
    pub answers: &'static [(&'static str, &'static str)],
    pub otherwise: Otherwise,
}

/// Walks the whole flow the way the app does, answering each step.
pub fn run(check: &'static Check, p: &Persona) -> Session {
    let mut s = Session::new(check);
    for _ in 0..200 {
        match s.step() {
            Step::Intro => {}
            Step::Profile(q) => {
                let chosen: Vec<usize> = check.profile[q]
                    .options
                    .iter()
                    .enumerate()
                    .filter(|(_, o)| p.tags.contains(&o.id))
                    .map(|(i, _)| i)
                    .collect();
                s.choose_profile(q, &chosen);
            }
            Step::Item(item) => {
                let answer = answer_for(check, p, item);
                s.set_answer(item, answer);
            }
            Step::Result => return s,
        }
        s.next();
    }
    panic!("{}: the check never reached the result", p.name);
}

fn answer_for(check: &Check, p: &Persona, item: Item) -> Answer {
    let id = match item {
        Item::Question(i) => check.questions[i].id,
        Item::Scenario(i) => check.scenarios[i].id,
    };
    if let Some((_, option)) = p.answers.iter().find(|(q, _)| *q == id) {
        if *option == "dont-know" {
            return Answer::DontKnow;
        }
        let index = match item {
            Item::Question(i) => check.questions[i].options.iter().position(|o| o.id == *option),
            Item::Scenario(i) => check.scenarios[i].options.iter().position(|o| o.id == *option),
        };
        return Answer::Option(index.unwrap_or_else(|| panic!("{}: {id} has no option {option}", p.name)));
    }
    match (item, p.otherwise) {
        (Item::Question(i), Otherwise::Safe) => {
            Answer::Option(best(check.questions[i].options.iter().map(|o| o.score)))
        }
        (Item::Question(i), Otherwise::Unsafe) => {
            Answer::Option(worst(check.questions[i].options.iter().map(|o| o.score)))
        }
        (Item::Question(_), Otherwise::DontKnow) => Answer::DontKnow,
        (Item::Scenario(i), Otherwise::Safe) => {
            Answer::Option(check.scenarios[i].options.iter().position(|o| o.correct).unwrap())
        }
        (Item::Scenario(i), _) => Answer::Option(check.scenarios[i].options.iter().position(|o| !o.correct).unwrap()),
    }
}

fn best(scores: impl Iterator<Item = u8>) -> usize {
    scores
        .enumerate()
        .max_by_key(|(i, s)| (*s, std::cmp::Reverse(*i)))
        .map(|(i, _)| i)
        .unwrap()
}

fn worst(scores: impl Iterator<Item = u8>) -> usize {
    scores
        .enumerate()
        .min_by_key(|(i, s)| (*s, *i))
        .map(|(i, _)| i)
        .unwrap()
}

pub fn top_ids(check: &'static Check, outcome: &Outcome) -> Vec<&'static str> {
    outcome.top(3).iter().map(|r| check.action(r.action).id).collect()
}

pub fn all_ids(check: &'static Check, outcome: &Outcome) -> Vec<&'static str> {
    outcome.actions.iter().map(|r| check.action(r.action).id).collect()
}

pub fn theme_ids(check: &'static Check, outcome: &Outcome) -> Vec<&'static str> {
    outcome.themes.iter().map(|t| check.theme(t.theme).id).collect()
}

pub fn shown_ids(s: &Session) -> Vec<&'static str> {
    let check = s.check();
    s.items()
        .into_iter()
        .map(|i| match i {
            Item::Question(q) => check.questions[q].id,
            Item::Scenario(q) => check.scenarios[q].id,
        })
        .collect()
}

/// What a persona must get.
pub struct Expect {
    /// The three actions the result page opens with, in order.
    pub top: &'static [&'static str],
    /// Actions that must be somewhere in the plan.
    pub includes: &'static [&'static str],
    /// Actions that must not be in the plan at all.
    pub excludes: &'static [&'static str],
    /// Questions or scenarios that must not be asked.
    pub not_asked: &'static [&'static str],
    /// The themes on the result page, in order (None: not checked).
    pub themes: Option<&'static [&'static str]>,
    /// Themes whose own light is red.
    pub red_themes: &'static [&'static str],
    pub light: Light,
}

/// Runs every persona and fails with every mismatch of every persona.
pub fn check_personas(check: &'static Check, personas: Vec<(Persona, Expect)>) {
    let mut failures = Vec::new();
    for (persona, expect) in personas {
        let session = run(check, &persona);
        let outcome = session.outcome();
        let top = top_ids(check, &outcome);
        let all = all_ids(check, &outcome);
        let themes = theme_ids(check, &outcome);
        let shown = shown_ids(&session);
        let red: Vec<&str> = outcome
            .themes
            .iter()
            .filter(|t| t.light == Light::Red)
            .map(|t| check.theme(t.theme).id)
            .collect();
        let mut problems = Vec::new();
        if top.len() < expect.top.len() || top[..expect.top.len()] != *expect.top {
            problems.push(format!("top actions {top:?}, expected to start with {:?}", expect.top));
        }
        if expect.top.is_empty() && !all.is_empty() {
            problems.push(format!("expected no actions, got {all:?}"));
        }
        for id in expect.includes {
            if !all.contains(id) {
                problems.push(format!("action {id} missing from {all:?}"));
            }
        }
        for id in expect.excludes {
            if all.contains(id) {
                problems.push(format!("action {id} should not be given"));
            }
        }
        for id in expect.not_asked {
            if shown.contains(id) {
                problems.push(format!("{id} should not be asked"));
            }
        }
        if let Some(expected) = expect.themes {
            if themes != expected {
                problems.push(format!("themes {themes:?}, expected {expected:?}"));
            }
        }
        if red != expect.red_themes {
            problems.push(format!("red themes {red:?}, expected {:?}", expect.red_themes));
        }
        if outcome.light != expect.light {
            problems.push(format!(
                "light {:?} (score {}), expected {:?}",
                outcome.light, outcome.score, expect.light
            ));
        }
        if !problems.is_empty() {
            failures.push(format!("{}:\n    {}", persona.name, problems.join("\n    ")));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// For every option marked harmful (handing a scammer money, a code, a card
/// or access) in `check`: a person with `tags` who answers everything else
/// safely is asked it, does not get a green light, and finds its action in
/// the top three. At least `at_least` options must be marked.
pub fn check_harmful_answers(check: &'static Check, tags: &'static [&'static str], at_least: usize) {
    let mut harmful: Vec<(&'static str, &'static str, &'static str)> = Vec::new();
    for q in check.questions {
        for o in q.options.iter().filter(|o| o.harmful) {
            assert!(o.score < 100, "{}: harmful option {} scores 100", q.id, o.id);
            harmful.push((q.id, o.id, check.action(q.action).id));
        }
    }
    for sc in check.scenarios {
        for o in sc.options.iter().filter(|o| o.harmful) {
            assert!(!o.correct, "{}: harmful option {} is correct", sc.id, o.id);
            harmful.push((sc.id, o.id, check.action(sc.action).id));
        }
    }
    assert!(
        harmful.len() >= at_least,
        "only {} harmful options are marked",
        harmful.len()
    );
    for (item, option, action) in harmful {
        let answers: &'static [(&'static str, &'static str)] = Box::leak(Box::new([(item, option)]));
        let persona = Persona {
            name: "one harmful answer",
            tags,
            answers,
            otherwise: Otherwise::Safe,
        };
        let session = run(check, &persona);
        let outcome = session.outcome();
        assert!(shown_ids(&session).contains(&item), "{item} is not asked");
        assert_ne!(outcome.light, Light::Green, "{item} = {option} leaves the light green");
        let top = top_ids(check, &outcome);
        assert!(
            top.contains(&action),
            "{item} = {option}: {action} not in the top three {top:?}"
        );
    }
}
