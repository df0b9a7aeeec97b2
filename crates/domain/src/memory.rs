//! "Remember on this device": opt-in, off until the person switches it on.
//! While it is on, the app keeps per check kind the latest result (its date,
//! its score and the plan link's fragment, which holds the answers), the
//! result before it, for "progress since last time", and the actions the
//! person ticked off. Switching it off removes [`KEY`]; "delete everything"
//! removes every key in [`keys::ALL`](crate::keys::ALL).
//!
//! Stored under one key as small versioned text, one fact a line and an end
//! line, so that a cut-off text is noticed (see [`Memory::to_storage`]).
//! Reading never panics: damaged text is [`MemoryError::Unreadable`], text
//! from a newer app is [`MemoryError::Newer`], and the caller sets it aside
//! with a message rather than overwrite what a newer version wrote.
//!
//! **Versions.** Today there is only `memory v1`, and `STEPS` is empty.
//! Text of an older version is brought up to date by `migrate`, one step
//! per version, before it is read; the reader knows only the current
//! version. For a `memory v2`: change the writer and reader, add the step
//! `v1 → v2` to `STEPS` (which makes [`VERSION`] 2), add a test that turns
//! a v1 sample into the expected v2 text, and keep the test that reads the
//! unchanged v1 sample (`SAMPLE_V1` in the tests) to the same memory.

use std::borrow::Cow;
use std::fmt;

use super::event::tally::{is_day, is_id};

/// The longest plan fragment kept (a whole plan is under 70 characters).
pub const MAX_PLAN_LEN: usize = 200;
/// The highest score.
pub const MAX_SCORE: u8 = 100;

/// What is remembered, one entry per check kind, in order of kind.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Memory {
    pub checks: Vec<Kept>,
}

/// The latest result of one check kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kept {
    /// The check kind (`resident`, `business`).
    pub kind: String,
    /// The day of the result, `YYYY-MM-DD`.
    pub saved_on: String,
    /// The plan link's fragment (`plan_link::encode`), which holds the
    /// answers.
    pub plan: String,
    /// The overall score, 0 to [`MAX_SCORE`].
    pub score: u8,
    /// The result this one replaced, for "progress since last time".
    pub previous: Option<Earlier>,
    /// The ids of the actions ticked off, sorted, each once. Kept when a new
    /// result replaces this one, so it may name actions the new plan does
    /// not have. (A sorted `Vec` rather than a `BTreeSet`: the same order,
    /// far less code in the wasm.)
    pub done: Vec<String>,
}

impl Kept {
    /// Whether the action was ticked off.
    pub fn is_done(&self, action_id: &str) -> bool {
        self.done.binary_search_by(|d| d.as_str().cmp(action_id)).is_ok()
    }
}

/// An earlier result: its day and score.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Earlier {
    pub saved_on: String,
    pub score: u8,
}

/// Why stored text was not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemoryError {
    /// Cut off, changed, or not a memory at all.
    Unreadable,
    /// Written by a newer version of the app, in this format version.
    Newer { version: u32 },
}

impl fmt::Display for MemoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MemoryError::Unreadable => write!(f, "unreadable"),
            MemoryError::Newer { version } => write!(f, "written by a newer version (format {version})"),
        }
    }
}

/// Why nothing was changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invalid {
    /// A kind that is not an id (lowercase letters, digits, hyphens).
    Kind,
    /// Not a date `YYYY-MM-DD`.
    Day,
    /// Empty, longer than [`MAX_PLAN_LEN`], or characters other than
    /// `A-Z a-z 0-9 . _ -`.
    Plan,
    /// Above [`MAX_SCORE`].
    Score,
    /// An action id that is not an id.
    Action,
    /// Nothing is kept of this kind.
    NotKept,
}

/// Whether `s` can be kept as a plan fragment.
pub fn is_plan(s: &str) -> bool {
    (1..=MAX_PLAN_LEN).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

impl Memory {
    pub fn new() -> Memory {
        Memory::default()
    }

    pub fn is_empty(&self) -> bool {
        self.checks.is_empty()
    }

    /// The latest result of `kind`, if one is kept.
    pub fn kept(&self, kind: &str) -> Option<&Kept> {
        self.checks.iter().find(|k| k.kind == kind)
    }

    /// Keeps a result of `kind` from `day`, replacing the kind's last one,
    /// which becomes `previous`; if that was from the same day, the older
    /// `previous` stays, so "since last time" compares with an earlier day.
    /// Ticked actions are kept. Changes nothing if an argument is invalid.
    pub fn save_result(&mut self, kind: &str, day: &str, plan: &str, score: u8) -> Result<(), Invalid> {
        if !is_id(kind) {
            return Err(Invalid::Kind);
        }
        if !is_day(day) {
            return Err(Invalid::Day);
        }
        if !is_plan(plan) {
            return Err(Invalid::Plan);
        }
        if score > MAX_SCORE {
            return Err(Invalid::Score);
        }
        match self.checks.binary_search_by(|k| k.kind.as_str().cmp(kind)) {
            Ok(i) => {
                let old = &mut self.checks[i];
                if old.saved_on != day {
                    old.previous = Some(Earlier {
                        saved_on: std::mem::replace(&mut old.saved_on, day.to_string()),
                        score: old.score,
                    });
                }
                old.plan = plan.to_string();
                old.score = score;
            }
            Err(i) => self.checks.insert(
                i,
                Kept {
                    kind: kind.to_string(),
                    saved_on: day.to_string(),
                    plan: plan.to_string(),
                    score,
                    previous: None,
                    done: Vec::new(),
                },
            ),
        }
        Ok(())
    }

    /// Ticks an action of `kind`'s plan off (`done`), or back on.
    pub fn set_done(&mut self, kind: &str, action_id: &str, done: bool) -> Result<(), Invalid> {
        if !is_id(action_id) {
            return Err(Invalid::Action);
        }
        let kept = self
            .checks
            .iter_mut()
            .find(|k| k.kind == kind)
            .ok_or(Invalid::NotKept)?;
        match (kept.done.binary_search_by(|d| d.as_str().cmp(action_id)), done) {
            (Err(i), true) => kept.done.insert(i, action_id.to_string()),
            (Ok(i), false) => {
                kept.done.remove(i);
            }
            _ => {}
        }
        Ok(())
    }

    /// Forgets everything of `kind`: its result, the one before it and the
    /// ticked actions.
    pub fn forget(&mut self, kind: &str) {
        self.checks.retain(|k| k.kind != kind);
    }

    /// The stored text: the version line, per kind its result, the result
    /// before it and the ticked actions, then an end line:
    ///
    /// ```text
    /// memory v1
    /// check resident 2026-05-02 83 p1.AAECAwQF
    /// previous resident 2026-02-01 61
    /// done resident make-backups
    /// done resident update-phone
    /// end
    /// ```
    pub fn to_storage(&self) -> String {
        let mut out = format!("{HEADER} v{VERSION}\n");
        for k in &self.checks {
            out.push_str(&format!("check {} {} {} {}\n", k.kind, k.saved_on, k.score, k.plan));
            if let Some(p) = &k.previous {
                out.push_str(&format!("previous {} {} {}\n", k.kind, p.saved_on, p.score));
            }
            for action in &k.done {
                out.push_str(&format!("done {} {action}\n", k.kind));
            }
        }
        out.push_str("end\n");
        out
    }

    /// Reads [`Memory::to_storage`]'s text, of this version or (migrated)
    /// an older one. Refuses text that is cut off, has a line
    /// it does not know or a fact twice, or a `previous` or `done` of a kind
    /// without a result; never panics.
    pub fn from_storage(text: &str) -> Result<Memory, MemoryError> {
        let version = version_of(text.split('\n').next().unwrap_or(""))?;
        let text = migrate(version, text)?;
        read(&text).ok_or(MemoryError::Unreadable)
    }
}

const HEADER: &str = "memory";

/// A migration step: the whole text of one version in, the whole text of
/// the next version out (version line included); `None` if it cannot be
/// brought over.
type Step = fn(&str) -> Option<String>;

/// The migration steps, oldest first: `STEPS[0]` turns `memory v1` text into
/// `memory v2` text, and so on. Empty while `v1` is the only version.
const STEPS: &[Step] = &[];

/// The version [`Memory::to_storage`] writes: one past the last step.
pub const VERSION: u32 = STEPS.len() as u32 + 1;

/// The number of a version line `memory v<n>` (`n` from 1, no leading
/// zero); [`MemoryError::Unreadable`] for anything else.
fn version_of(line: &str) -> Result<u32, MemoryError> {
    line.strip_prefix(HEADER)
        .and_then(|rest| rest.strip_prefix(" v"))
        .filter(|n| (1..=9).contains(&n.len()) && !n.starts_with('0') && n.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|n| n.parse().ok())
        .ok_or(MemoryError::Unreadable)
}

/// Brings text of `version` up to [`VERSION`] through [`STEPS`].
fn migrate(version: u32, text: &str) -> Result<Cow<'_, str>, MemoryError> {
    migrate_with(STEPS, version, text)
}

/// Runs the steps from `version` on; `steps` is a parameter so that the
/// chain itself can be tested before a real second version exists.
fn migrate_with<'a>(steps: &[Step], version: u32, text: &'a str) -> Result<Cow<'a, str>, MemoryError> {
    let first = usize::try_from(version)
        .ok()
        .and_then(|v| v.checked_sub(1))
        .ok_or(MemoryError::Unreadable)?;
    let steps = steps.get(first..).ok_or(MemoryError::Newer { version })?;
    steps.iter().try_fold(Cow::Borrowed(text), |text, step| {
        step(&text).map(Cow::Owned).ok_or(MemoryError::Unreadable)
    })
}

/// Reads text of the current version; `None` if it is not sound.
fn read(text: &str) -> Option<Memory> {
    let text = text.strip_suffix('\n').unwrap_or(text);
    let mut lines = text.split('\n');
    if lines.next()? != format!("{HEADER} v{VERSION}") {
        return None;
    }
    let mut checks: Vec<Kept> = Vec::new();
    // Read before their kind's result is known, attached at the end.
    let mut previous: Vec<(&str, Earlier)> = Vec::new();
    let mut done: Vec<(&str, &str)> = Vec::new();
    let mut ended = false;
    for line in lines {
        if ended {
            return None;
        }
        let fields: Vec<&str> = line.split(' ').collect();
        match fields[..] {
            ["end"] => ended = true,
            ["check", kind, day, score, plan] if is_id(kind) && is_day(day) && is_plan(plan) => {
                // In order of kind, each once.
                let at = checks.binary_search_by(|k| k.kind.as_str().cmp(kind)).err()?;
                let kept = Kept {
                    kind: kind.to_string(),
                    saved_on: day.to_string(),
                    plan: plan.to_string(),
                    score: score_of(score)?,
                    previous: None,
                    done: Vec::new(),
                };
                checks.insert(at, kept);
            }
            ["previous", kind, day, score] if is_day(day) => {
                if previous.iter().any(|(k, _)| *k == kind) {
                    return None;
                }
                let score = score_of(score)?;
                previous.push((
                    kind,
                    Earlier {
                        saved_on: day.to_string(),
                        score,
                    },
                ));
            }
            ["done", kind, action] if is_id(action) => {
                if done.contains(&(kind, action)) {
                    return None;
                }
                done.push((kind, action));
            }
            _ => return None,
        }
    }
    if !ended {
        return None;
    }
    for (kind, earlier) in previous {
        checks.iter_mut().find(|k| k.kind == kind)?.previous = Some(earlier);
    }
    let mut memory = Memory { checks };
    for (kind, action) in done {
        memory.set_done(kind, action, true).ok()?;
    }
    Some(memory)
}

/// A score as stored: 0 to [`MAX_SCORE`], digits only, no leading zero.
fn score_of(s: &str) -> Option<u8> {
    if s.is_empty() || s.len() > 3 || (s.len() > 1 && s.starts_with('0')) || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok().filter(|n| *n <= MAX_SCORE)
}

#[cfg(test)]
mod tests {
    use super::super::event::tests::XorShift;
    use super::*;
    use crate::content::CHECKS;
    use crate::plan_link::encode;
    use crate::score::{Answer, Item};
    use crate::session::Session;

    /// A memory as version 1 wrote it. Never change it: every later version
    /// must still read it (through the migration steps) to [`sample`].
    const SAMPLE_V1: &str = "memory v1\n\
        check business 2026-05-09 40 p1.BBB-_x\n\
        check resident 2026-05-02 83 p1.AAECAwQF\n\
        previous resident 2026-02-01 61\n\
        done resident make-backups\n\
        done resident update-phone\n\
        end\n";

    fn sample() -> Memory {
        let mut m = Memory::new();
        m.save_result("resident", "2026-02-01", "p1.old", 61).unwrap();
        m.set_done("resident", "make-backups", true).unwrap();
        m.save_result("resident", "2026-05-02", "p1.AAECAwQF", 83).unwrap();
        m.set_done("resident", "update-phone", true).unwrap();
        m.save_result("business", "2026-05-09", "p1.BBB-_x", 40).unwrap();
        m
    }

    #[test]
    fn off_by_default_and_empty() {
        let m = Memory::new();
        assert!(m.is_empty());
        assert_eq!(m.kept("resident"), None);
        assert_eq!(m.to_storage(), "memory v1\nend\n");
        assert_eq!(Memory::from_storage("memory v1\nend\n"), Ok(Memory::new()));
    }

    #[test]
    fn a_new_result_replaces_the_last_which_becomes_previous() {
        let mut m = Memory::new();
        m.save_result("resident", "2026-02-01", "p1.a", 61).unwrap();
        let first = m.kept("resident").unwrap().clone();
        assert_eq!(
            (first.saved_on.as_str(), first.score, first.previous),
            ("2026-02-01", 61, None)
        );
        m.set_done("resident", "make-backups", true).unwrap();
        m.save_result("resident", "2026-05-02", "p1.b", 83).unwrap();
        let k = m.kept("resident").unwrap();
        assert_eq!(
            (k.saved_on.as_str(), k.plan.as_str(), k.score),
            ("2026-05-02", "p1.b", 83)
        );
        assert_eq!(
            k.previous,
            Some(Earlier {
                saved_on: "2026-02-01".into(),
                score: 61
            })
        );
        assert!(k.is_done("make-backups"), "ticked actions stay");
        // Again the same day: the result is replaced, the earlier day stays.
        m.save_result("resident", "2026-05-02", "p1.c", 90).unwrap();
        let k = m.kept("resident").unwrap();
        assert_eq!((k.plan.as_str(), k.score), ("p1.c", 90));
        assert_eq!(
            k.previous.as_ref().map(|p| (p.saved_on.as_str(), p.score)),
            Some(("2026-02-01", 61))
        );
        // A first result redone the same day has no previous.
        let mut m = Memory::new();
        m.save_result("business", "2026-05-02", "p1.a", 10).unwrap();
        m.save_result("business", "2026-05-02", "p1.b", 20).unwrap();
        assert_eq!(m.kept("business").unwrap().previous, None);
        assert_eq!(m.checks.len(), 1);
    }

    #[test]
    fn kinds_are_kept_apart_and_forgotten_alone() {
        let mut m = sample();
        assert_eq!(
            m.checks.iter().map(|k| k.kind.as_str()).collect::<Vec<_>>(),
            ["business", "resident"],
            "in order of kind"
        );
        assert!(m.kept("business").unwrap().done.is_empty());
        m.forget("resident");
        assert_eq!(m.kept("resident"), None);
        assert!(m.kept("business").is_some());
        m.forget("resident");
        m.forget("business");
        assert!(m.is_empty());
    }

    #[test]
    fn actions_are_ticked_and_unticked() {
        let mut m = sample();
        m.set_done("business", "spf", true).unwrap();
        m.set_done("business", "spf", true).unwrap();
        assert_eq!(m.kept("business").unwrap().done.len(), 1);
        m.set_done("business", "spf", false).unwrap();
        m.set_done("business", "spf", false).unwrap();
        assert!(m.kept("business").unwrap().done.is_empty());
        assert_eq!(m.set_done("nobody", "spf", true), Err(Invalid::NotKept));
        assert_eq!(m.set_done("business", "Spf", true), Err(Invalid::Action));
        assert_eq!(m.set_done("business", "", true), Err(Invalid::Action));
        assert_eq!(m.set_done("business", "a b", true), Err(Invalid::Action));
    }

    #[test]
    fn invalid_results_change_nothing() {
        let mut m = sample();
        let before = m.clone();
        for (kind, day, plan, score, error) in [
            ("Resident", "2026-05-03", "p1.x", 1, Invalid::Kind),
            ("", "2026-05-03", "p1.x", 1, Invalid::Kind),
            ("resident x", "2026-05-03", "p1.x", 1, Invalid::Kind),
            ("resident", "2026-02-30", "p1.x", 1, Invalid::Day),
            ("resident", "3 mei", "p1.x", 1, Invalid::Day),
            ("resident", "2026-05-03", "", 1, Invalid::Plan),
            ("resident", "2026-05-03", "p1 x", 1, Invalid::Plan),
            ("resident", "2026-05-03", "#p1.x", 1, Invalid::Plan),
            ("resident", "2026-05-03", "p1.é", 1, Invalid::Plan),
            ("resident", "2026-05-03", "p1.x\nend", 1, Invalid::Plan),
            (
                "resident",
                "2026-05-03",
                &"a".repeat(MAX_PLAN_LEN + 1),
                1,
                Invalid::Plan,
            ),
            ("resident", "2026-05-03", "p1.x", 101, Invalid::Score),
            ("resident", "2026-05-03", "p1.x", 255, Invalid::Score),
        ] {
            assert_eq!(
                m.save_result(kind, day, plan, score),
                Err(error),
                "{kind} {day} {plan} {score}"
            );
            assert_eq!(m, before);
        }
        m.save_result("resident", "2026-05-03", &"a".repeat(MAX_PLAN_LEN), 100)
            .unwrap();
        m.save_result("resident", "2026-05-04", "p1.x", 0).unwrap();
    }

    #[test]
    fn a_whole_plan_of_every_check_fits() {
        for &check in CHECKS {
            let mut s = Session::new(check);
            for (q, question) in check.profile.iter().enumerate() {
                s.choose_profile(q, &(0..question.options.len()).collect::<Vec<_>>());
            }
            for (i, q) in check.questions.iter().enumerate() {
                s.set_answer(Item::Question(i), Answer::Option(q.options.len() - 1));
            }
            for (i, sc) in check.scenarios.iter().enumerate() {
                s.set_answer(Item::Scenario(i), Answer::Option(sc.options.len() - 1));
            }
            let plan = encode(&s.snapshot(crate::Lang::default()));
            assert!(is_plan(&plan), "{} characters: {plan}", plan.len());
            let mut m = Memory::new();
            m.save_result(check.kind, "2026-05-02", &plan, 50)
                .expect("a content kind is an id");
            assert_eq!(Memory::from_storage(&m.to_storage()), Ok(m));
        }
    }

    #[test]
    fn storage_round_trips() {
        let m = sample();
        let text = m.to_storage();
        assert_eq!(text, SAMPLE_V1);
        assert_eq!(Memory::from_storage(&text), Ok(m.clone()));
        assert_eq!(Memory::from_storage(text.trim_end()), Ok(m), "the last newline may go");
    }

    #[test]
    fn the_v1_sample_still_reads() {
        assert_eq!(Memory::from_storage(SAMPLE_V1), Ok(sample()));
    }

    #[test]
    fn facts_may_come_in_any_order() {
        let text = "memory v1\n\
            done resident update-phone\n\
            previous resident 2026-02-01 61\n\
            check resident 2026-05-02 83 p1.AAECAwQF\n\
            check business 2026-05-09 40 p1.BBB-_x\n\
            done resident make-backups\n\
            end\n";
        assert_eq!(Memory::from_storage(text), Ok(sample()));
    }

    #[test]
    fn newer_versions_are_refused_as_such() {
        let text = SAMPLE_V1.replacen("memory v1", "memory v2", 1);
        assert_eq!(Memory::from_storage(&text), Err(MemoryError::Newer { version: 2 }));
        assert_eq!(
            Memory::from_storage("memory v17\nanything at all"),
            Err(MemoryError::Newer { version: 17 })
        );
        assert_eq!(
            Memory::from_storage("memory v999999999"),
            Err(MemoryError::Newer { version: 999_999_999 })
        );
        for bad in [
            "memory v0\nend",
            "memory v\nend",
            "memory v01\nend",
            "memory v1x\nend",
            "memory v1 \nend",
            "memory  v1\nend",
            "memory 1\nend",
            "memoryv1\nend",
            "Memory v1\nend",
            "memory v-1\nend",
            "memory v+2\nend",
            "memory v1000000000\nend",
            "tally v1\nend",
            "\nmemory v1\nend",
        ] {
            assert_eq!(Memory::from_storage(bad), Err(MemoryError::Unreadable), "{bad:?}");
        }
        assert_eq!(
            MemoryError::Newer { version: 2 }.to_string(),
            "written by a newer version (format 2)"
        );
    }

    #[test]
    fn every_cut_off_text_is_refused() {
        for cut in 0..SAMPLE_V1.len() - 1 {
            assert_eq!(
                Memory::from_storage(&SAMPLE_V1[..cut]),
                Err(MemoryError::Unreadable),
                "accepted a cut at {cut}: {:?}",
                &SAMPLE_V1[..cut]
            );
        }
    }

    #[test]
    fn damaged_lines_are_refused() {
        for body in [
            "",
            "check resident 2026-05-02 83",
            "check resident 2026-05-02 83 p1.a extra",
            "check resident 2026-05-02 101 p1.a",
            "check resident 2026-05-02 083 p1.a",
            "check resident 2026-05-02 -1 p1.a",
            "check resident 2026-05-02 +8 p1.a",
            "check resident 2026-02-30 83 p1.a",
            "check Resident 2026-05-02 83 p1.a",
            "check resident 2026-05-02 83 p1.a#",
            "check resident 2026-05-02 83 p1.a\r",
            "check resident  2026-05-02 83 p1.a",
            "check resident 2026-05-02 83 p1.a\ncheck resident 2026-05-03 83 p1.a",
            "previous resident 2026-02-01 61",
            "check resident 2026-05-02 83 p1.a\nprevious resident 2026-02-01 61\nprevious resident 2026-02-01 61",
            "check resident 2026-05-02 83 p1.a\nprevious resident 2026-02-01",
            "check resident 2026-05-02 83 p1.a\nprevious resident 2026-02-01 101",
            "done resident make-backups",
            "check resident 2026-05-02 83 p1.a\ndone resident make-backups\ndone resident make-backups",
            "check resident 2026-05-02 83 p1.a\ndone resident Make",
            "check resident 2026-05-02 83 p1.a\ndone resident",
            "check resident 2026-05-02 83 p1.a\ndone business spf",
            "check resident 2026-05-02 83 p1.a\n",
            "check resident 2026-05-02 83 p1.a\nremember resident",
        ] {
            let text = format!("memory v1\n{body}\nend\n");
            assert_eq!(Memory::from_storage(&text), Err(MemoryError::Unreadable), "{body:?}");
        }
        assert_eq!(
            Memory::from_storage(&format!(
                "memory v1\ncheck resident 2026-05-02 83 {}\nend",
                "a".repeat(201)
            )),
            Err(MemoryError::Unreadable)
        );
        assert_eq!(
            Memory::from_storage("memory v1\nend\nend\n"),
            Err(MemoryError::Unreadable)
        );
        assert_eq!(Memory::from_storage("memory v1\nend\n\n"), Err(MemoryError::Unreadable));
        assert_eq!(Memory::from_storage("memory v1\nend\r\n"), Err(MemoryError::Unreadable));
        assert_eq!(Memory::from_storage(""), Err(MemoryError::Unreadable));
        assert_eq!(Memory::from_storage("memory v1"), Err(MemoryError::Unreadable));
    }

    #[test]
    fn the_migration_chain_runs_each_step_from_the_stored_version_on() {
        assert_eq!((STEPS.len(), VERSION), (0, 1), "today v1 is the only version");
        assert_eq!(migrate(1, "as it is"), Ok(Cow::Borrowed("as it is")));
        assert_eq!(migrate(2, "x"), Err(MemoryError::Newer { version: 2 }));
        assert_eq!(migrate(0, "x"), Err(MemoryError::Unreadable));
        assert_eq!(migrate(u32::MAX, "x"), Err(MemoryError::Newer { version: u32::MAX }));
        // A chain of three versions, as it will look one day.
        let steps: &[Step] = &[
            |t| {
                t.strip_prefix("memory v1\n")
                    .map(|rest| format!("memory v2\n{rest}+2\n"))
            },
            |t| {
                t.strip_prefix("memory v2\n")
                    .map(|rest| format!("memory v3\n{rest}+3\n"))
            },
        ];
        assert_eq!(
            migrate_with(steps, 1, "memory v1\n").as_deref(),
            Ok("memory v3\n+2\n+3\n")
        );
        assert_eq!(migrate_with(steps, 2, "memory v2\n").as_deref(), Ok("memory v3\n+3\n"));
        assert_eq!(migrate_with(steps, 3, "memory v3\n").as_deref(), Ok("memory v3\n"));
        assert_eq!(
            migrate_with(steps, 4, "memory v4\n"),
            Err(MemoryError::Newer { version: 4 })
        );
        assert_eq!(
            migrate_with(steps, 1, "memory v2\n"),
            Err(MemoryError::Unreadable),
            "a step that fails"
        );
    }

    #[test]
    fn garbage_never_panics() {
        let text = sample().to_storage();
        let mut rng = XorShift(0x2545_f491_4f6c_dd1d);
        let mut accepted = 0;
        for _ in 0..4000 {
            // A valid text with a few bytes changed.
            let mut bytes = text.as_bytes().to_vec();
            for _ in 0..1 + rng.below(3) {
                let at = rng.below(bytes.len());
                bytes[at] = rng.byte();
            }
            if let Ok(m) = Memory::from_storage(&String::from_utf8_lossy(&bytes)) {
                // What is accepted is a memory like any other.
                accepted += 1;
                assert_eq!(Memory::from_storage(&m.to_storage()), Ok(m.clone()));
            }
            // Text made of the format's own characters, and of anything.
            let soup = format!(
                "memory v1\n{}",
                rng.text(b"0123456789- \nabcdehkmnoprsuvy.p_\r\xff\xc3\xa9", 300)
            );
            let _ = Memory::from_storage(&soup);
            let _ = Memory::from_storage(&rng.text(&[], 200));
            let _ = Memory::from_storage(&rng.text(b"memory v0123456789\n", 40));
        }
        assert!(accepted > 0, "some small changes are still a memory");
    }
}
