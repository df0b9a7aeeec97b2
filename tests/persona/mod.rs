//! The machinery of the persona tests, shared by every check kind: a
//! persona (profile tags and a way of answering) walks the whole flow the way
//! the app does, and the plan that comes out is compared with what that
//! person must get. Table-driven: each persona is a row.
#![allow(dead_code)]

use veilig_check::domain::check::{Check, CRITICAL};
use veilig_check::domain::score::{Answer, Item, Light, Outcome};
use veilig_check::domain::session::{Route, Session, Step, QUICK_STEPS};

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
    run_on(Session::new(check), p)
}

fn run_on(mut s: Session, p: &Persona) -> Session {
    let check = s.check();
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

/// Walks the quick route the way the app does (see `run`).
pub fn run_quick(check: &'static Check, p: &Persona) -> Session {
    run_on(Session::with_route(check, Route::Quick), p)
}

/// The persona's critical gaps in the full check: whether a critical
/// question was answered unsafely or a critical scenario wrongly (`known`),
/// and whether one was only not known ("don't know").
pub fn critical_gaps(s: &Session) -> (bool, bool) {
    let check = s.check();
    let (mut known, mut unknown) = (false, false);
    for item in s.items() {
        match (item, s.answer(item)) {
            (Item::Question(i), Some(Answer::Option(o))) if check.questions[i].weight >= CRITICAL => {
                known |= check.questions[i].options[o].score < 100;
            }
            (Item::Question(i), _) if check.questions[i].weight >= CRITICAL => unknown = true,
            (Item::Scenario(i), Some(Answer::Option(o))) if check.scenarios[i].weight >= CRITICAL => {
                known |= !check.scenarios[i].options[o].correct;
            }
            _ => {}
        }
    }
    (known, unknown)
}

/// For every persona, the quick check's top three next to the full
/// check's, printed as a table (`cargo test -- --nocapture` shows it): the
/// quick route stays within its limit, and for every persona with an unsafe
/// answer to a critical item the first action is the same.
pub fn compare_quick_with_full(check: &'static Check, personas: &[Persona]) {
    println!(
        "\n{}: persona | steps quick / full | top three quick | top three full",
        check.kind
    );
    for p in personas {
        let full = run(check, p);
        let quick = run_quick(check, p);
        assert!(
            quick.items().len() <= QUICK_STEPS,
            "{}: {} quick items",
            p.name,
            quick.items().len()
        );
        let (quick_top, full_top) = (top_ids(check, &quick.outcome()), top_ids(check, &full.outcome()));
        let steps = |s: &Session| s.steps().len() - 2;
        println!(
            "{} | {} / {} | {} | {}",
            p.name,
            steps(&quick),
            steps(&full),
            quick_top.join(", "),
            full_top.join(", ")
        );
        match critical_gaps(&full) {
            // An unsafe answer to a critical item: the same first action.
            (true, _) => assert_eq!(
                quick_top.first(),
                full_top.first(),
                "{}: the first action differs",
                p.name
            ),
            // Only "don't know": the full check adds up the same action over
            // more questions it asks, so the order may differ, but its first
            // action is among the quick check's three.
            (false, true) => assert!(
                full_top.first().is_some_and(|first| quick_top.contains(first)),
                "{}: the full check's first action is not in the quick top three",
                p.name
            ),
            (false, false) => {}
        }
    }
}

/// Reading speed of a B1 reader, words per minute: the low end of the range
/// most adults read non-fiction at silently (175–300, average 238: Brysbaert,
/// "How many words do we read per minute?", 2019), since readers in a
/// second language and older readers read slower.
pub const B1_WORDS_PER_MINUTE: f64 = 175.0;
/// Seconds to choose and tap an answer once it is read: Pew Research
/// Center's "about 10 seconds" for an ordinary survey question, less the
/// reading time of a question of about 20 words at the speed above.
pub const SECONDS_PER_ANSWER: f64 = 3.0;

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// The Dutch words a person reads on the way to the result, and the answers
/// they give: the introduction, each profile question with its options,
/// each question with its hint and options, each scene with its story,
/// options and explanation.
pub fn words_and_answers(s: &Session) -> (usize, usize) {
    use veilig_check::domain::content::ui;
    use veilig_check::domain::packs::builtin;
    use veilig_check::domain::Lang;
    let packs = builtin();
    let nl = Lang::default();
    let t = |text: &veilig_check::domain::text::Text| words(packs.get(text, nl));
    let check = s.check();
    let mut total = t(&check.title) + t(&check.intro);
    let mut answers = 0;
    for step in s.steps() {
        answers += 1;
        total += match step {
            Step::Intro | Step::Result => {
                answers -= 1;
                0
            }
            Step::Profile(q) => {
                let q = &check.profile[q];
                t(&q.text) + q.hint.as_ref().map_or(0, t) + q.options.iter().map(|o| t(&o.label)).sum::<usize>()
            }
            Step::Item(Item::Question(i)) => {
                let q = &check.questions[i];
                t(&q.text)
                    + q.hint.as_ref().map_or(0, t)
                    + q.options.iter().map(|o| t(&o.label)).sum::<usize>()
                    + t(&ui::CHECK_DONT_KNOW)
            }
            Step::Item(Item::Scenario(i)) => {
                let sc = &check.scenarios[i];
                t(&sc.title)
                    + t(&sc.story)
                    + t(&sc.question)
                    + sc.options.iter().map(|o| t(&o.label)).sum::<usize>()
                    + t(&sc.explanation)
            }
        };
    }
    (total, answers)
}

/// Minutes to the result: reading at [`B1_WORDS_PER_MINUTE`] plus
/// [`SECONDS_PER_ANSWER`] per answer.
pub fn minutes(s: &Session) -> f64 {
    let (words, answers) = words_and_answers(s);
    words as f64 / B1_WORDS_PER_MINUTE + answers as f64 * SECONDS_PER_ANSWER / 60.0
}

/// The median persona's minutes on each route, printed per persona.
pub fn measured_minutes(check: &'static Check, personas: &[Persona]) -> (f64, f64) {
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        let n = v.len();
        if n % 2 == 1 {
            v[n / 2]
        } else {
            (v[n / 2 - 1] + v[n / 2]) / 2.0
        }
    };
    let mut quick = Vec::new();
    let mut full = Vec::new();
    println!(
        "\n{}: persona | quick: words, answers, minutes | full: words, answers, minutes",
        check.kind
    );
    for p in personas {
        let (q, f) = (run_quick(check, p), run(check, p));
        let (qw, qa) = words_and_answers(&q);
        let (fw, fa) = words_and_answers(&f);
        println!(
            "{} | {qw}, {qa}, {:.1} | {fw}, {fa}, {:.1}",
            p.name,
            minutes(&q),
            minutes(&f)
        );
        quick.push(minutes(&q));
        full.push(minutes(&f));
    }
    let (q, f) = (median(quick), median(full));
    println!("median: quick {q:.1} minutes, full {f:.1} minutes");
    (q, f)
}

/// The times the start screen and a check's introduction show are the
/// measured ones: the quick check's median minutes, and the full check's.
pub fn assert_times_on_screen(quick: f64, full: f64) {
    use veilig_check::domain::content::ui;
    use veilig_check::domain::packs::builtin;
    use veilig_check::domain::Lang;
    let packs = builtin();
    let numbers = |text: &veilig_check::domain::text::Text| -> Vec<u32> {
        packs
            .get(text, Lang::default())
            .split(|c: char| !c.is_ascii_digit())
            .filter_map(|n| n.parse().ok())
            .collect()
    };
    let (quick, full) = (quick.round() as u32, full.round() as u32);
    for text in [&ui::START_DURATION, &ui::CHECK_START_QUICK] {
        assert!(
            numbers(text).contains(&quick),
            "{:?} does not say {quick} minutes",
            numbers(text)
        );
    }
    for text in [&ui::START_DURATION, &ui::CHECK_START_FULL] {
        assert!(
            numbers(text).contains(&full),
            "{:?} does not say {full} minutes",
            numbers(text)
        );
    }
}
