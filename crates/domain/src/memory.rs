//! "Remember on this device": opt-in, off until the person switches it on.
//! While it is on, the app keeps per check kind the latest result (its date,
//! its score and the plan link's fragment, which holds the answers), the
//! result before it, for "progress since last time", and the actions the
//! person ticked off. Switching it off removes [`KEY`]; "delete everything"
//! removes every key in [`keys::ALL`](crate::keys::ALL).
//!
//! Stored under one key as a [`Record`] (see [`crate::stored`]): version 2
//! is this module's types as JSON; version 1 was a small text, one fact a
//! line and an end line, still read by [`Record::migrate`] (its sample is
//! `SAMPLE_V1` in the tests, never to be changed). Reading never panics:
//! damaged text is refused, text from a newer app is refused as such, and
//! the caller sets it aside with a message rather than overwrite what a
//! newer version wrote.

use serde::{Deserialize, Serialize};

use super::event::tally::{is_day, is_id};
use super::stored::Record;

/// The longest plan fragment kept (a whole plan is under 70 characters).
pub const MAX_PLAN_LEN: usize = 200;
/// The highest score.
pub const MAX_SCORE: u8 = 100;

/// What is remembered, one entry per check kind, in order of kind.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Memory {
    pub checks: Vec<Kept>,
}

/// The latest result of one check kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Earlier {
    pub saved_on: String,
    pub score: u8,
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

    /// Whether what was read is a memory this app could have written: ids
    /// are ids, days are days, scores at most [`MAX_SCORE`], kinds in order
    /// and each once, ticked actions sorted and each once.
    fn is_sound(&self) -> bool {
        let sorted = |ids: &[&str]| ids.windows(2).all(|w| w[0] < w[1]);
        let kinds: Vec<&str> = self.checks.iter().map(|k| k.kind.as_str()).collect();
        sorted(&kinds)
            && self.checks.iter().all(|k| {
                let done: Vec<&str> = k.done.iter().map(String::as_str).collect();
                is_id(&k.kind)
                    && is_day(&k.saved_on)
                    && is_plan(&k.plan)
                    && k.score <= MAX_SCORE
                    && k.previous
                        .as_ref()
                        .is_none_or(|p| is_day(&p.saved_on) && p.score <= MAX_SCORE)
                    && done.iter().all(|a| is_id(a))
                    && sorted(&done)
            })
    }
}

/// Version 2: this module's types as JSON,
///
/// ```text
/// {"record":"memory","version":2,"data":{"checks":[{"kind":"resident",
///  "saved_on":"2026-05-02","plan":"p2.…","score":83,
///  "previous":{"saved_on":"2026-02-01","score":61},"done":["make-backups"]}]}}
/// ```
impl Record for Memory {
    const NAME: &'static str = "memory";
    const VERSION: u32 = 2;
    type Shape = Memory;

    fn to_shape(&self) -> Memory {
        self.clone()
    }

    fn from_shape(shape: Memory) -> Option<Memory> {
        shape.is_sound().then_some(shape)
    }

    fn migrate(version: u32, text: &str) -> Option<Memory> {
        match version {
            1 => read_v1(text),
            _ => None,
        }
    }
}

/// Version 1's first line.
const HEADER_V1: &str = "memory v1";

/// Reads version 1, the line-based text:
///
/// ```text
/// memory v1
/// check resident 2026-05-02 83 p1.AAECAwQF
/// previous resident 2026-02-01 61
/// done resident make-backups
/// done resident update-phone
/// end
/// ```
///
/// Refuses text that is cut off, has a line it does not know or a fact
/// twice, or a `previous` or `done` of a kind without a result; never panics.
fn read_v1(text: &str) -> Option<Memory> {
    let text = text.strip_suffix('\n').unwrap_or(text);
    let mut lines = text.split('\n');
    if lines.next()? != HEADER_V1 {
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
    use crate::stored::{read, write, ReadError};

    /// Version 1's text of a memory, as the app of that time wrote it: for
    /// the migration tests only.
    fn v1_text(m: &Memory) -> String {
        let mut out = format!("{HEADER_V1}\n");
        for k in &m.checks {
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

    /// The same memory as version 2 writes it. Never change it either.
    const SAMPLE_V2: &str = r#"{"record":"memory","version":2,"data":{"checks":[{"kind":"business","saved_on":"2026-05-09","plan":"p1.BBB-_x","score":40,"previous":null,"done":[]},{"kind":"resident","saved_on":"2026-05-02","plan":"p1.AAECAwQF","score":83,"previous":{"saved_on":"2026-02-01","score":61},"done":["make-backups","update-phone"]}]}}"#;

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
        assert_eq!(write(&m), r#"{"record":"memory","version":2,"data":{"checks":[]}}"#);
        assert_eq!(read::<Memory>("memory v1\nend\n"), Ok(Memory::new()));
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
            assert_eq!(read::<Memory>(&write(&m)), Ok(m));
        }
    }

    #[test]
    fn storage_round_trips() {
        let m = sample();
        let text = write(&m);
        assert_eq!(text, SAMPLE_V2);
        assert_eq!(read::<Memory>(&text), Ok(m.clone()));
        assert_eq!(v1_text(&m), SAMPLE_V1, "the test's v1 writer is the app's of then");
    }

    #[test]
    fn the_v1_sample_still_reads() {
        assert_eq!(read::<Memory>(SAMPLE_V1), Ok(sample()));
        assert_eq!(
            read::<Memory>(SAMPLE_V1.trim_end()),
            Ok(sample()),
            "the last newline may go"
        );
    }

    #[test]
    fn unsound_version_2_data_is_refused() {
        for (from, to) in [
            (r#""kind":"business""#, r#""kind":"Business""#),
            (r#""kind":"business""#, r#""kind":"zzz""#),
            (r#""saved_on":"2026-05-09""#, r#""saved_on":"2026-02-30""#),
            (r#""score":40"#, r#""score":101"#),
            (r#""score":40"#, r#""score":-1"#),
            (r#""plan":"p1.BBB-_x""#, r#""plan":"p1 x""#),
            (r#""score":61"#, r#""score":300"#),
            (
                r#"["make-backups","update-phone"]"#,
                r#"["update-phone","make-backups"]"#,
            ),
            (
                r#"["make-backups","update-phone"]"#,
                r#"["make-backups","make-backups"]"#,
            ),
            (r#""done":[]"#, r#""done":[],"extra":1"#),
        ] {
            let text = SAMPLE_V2.replacen(from, to, 1);
            assert_ne!(text, SAMPLE_V2);
            assert_eq!(read::<Memory>(&text), Err(ReadError::Unreadable), "{to}");
        }
    }

    #[test]
    fn facts_of_version_1_may_come_in_any_order() {
        let text = "memory v1\n\
            done resident update-phone\n\
            previous resident 2026-02-01 61\n\
            check resident 2026-05-02 83 p1.AAECAwQF\n\
            check business 2026-05-09 40 p1.BBB-_x\n\
            done resident make-backups\n\
            end\n";
        assert_eq!(read::<Memory>(text), Ok(sample()));
    }

    #[test]
    fn newer_versions_are_refused_as_such() {
        let text = SAMPLE_V2.replacen(r#""version":2"#, r#""version":3"#, 1);
        assert_eq!(read::<Memory>(&text), Err(ReadError::Newer { version: 3 }));
        assert_eq!(
            read::<Memory>(r#"{"record":"memory","version":17,"data":"anything at all"}"#),
            Err(ReadError::Newer { version: 17 })
        );
        // Version 1 was the only text version: a text naming another is
        // damaged, not newer.
        for bad in [
            "memory v2\nend",
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
            assert_eq!(read::<Memory>(bad), Err(ReadError::Unreadable), "{bad:?}");
        }
    }

    #[test]
    fn every_cut_off_text_is_refused() {
        for sample in [SAMPLE_V1, SAMPLE_V2] {
            let end = if sample == SAMPLE_V1 {
                sample.len() - 1
            } else {
                sample.len()
            };
            for cut in 0..end {
                assert_eq!(
                    read::<Memory>(&sample[..cut]),
                    Err(ReadError::Unreadable),
                    "accepted a cut at {cut}: {:?}",
                    &sample[..cut]
                );
            }
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
            assert_eq!(read::<Memory>(&text), Err(ReadError::Unreadable), "{body:?}");
        }
        assert_eq!(
            read::<Memory>(&format!(
                "memory v1\ncheck resident 2026-05-02 83 {}\nend",
                "a".repeat(201)
            )),
            Err(ReadError::Unreadable)
        );
        assert_eq!(read::<Memory>("memory v1\nend\nend\n"), Err(ReadError::Unreadable));
        assert_eq!(read::<Memory>("memory v1\nend\n\n"), Err(ReadError::Unreadable));
        assert_eq!(read::<Memory>("memory v1\nend\r\n"), Err(ReadError::Unreadable));
        assert_eq!(read::<Memory>(""), Err(ReadError::Unreadable));
        assert_eq!(read::<Memory>("memory v1"), Err(ReadError::Unreadable));
    }

    #[test]
    fn a_version_1_memory_is_read_and_written_as_version_2() {
        let m = read::<Memory>(SAMPLE_V1).expect("version 1 still reads");
        assert!(!crate::stored::is_current::<Memory>(SAMPLE_V1));
        assert_eq!(write(&m), SAMPLE_V2);
        assert!(crate::stored::is_current::<Memory>(&write(&m)));
    }

    #[test]
    fn garbage_never_panics() {
        let text = v1_text(&sample());
        let json = write(&sample());
        let mut rng = XorShift(0x2545_f491_4f6c_dd1d);
        let mut accepted = 0;
        for _ in 0..4000 {
            // A valid text of each version with a few bytes changed.
            for valid in [&text, &json] {
                let mut bytes = valid.as_bytes().to_vec();
                for _ in 0..1 + rng.below(3) {
                    let at = rng.below(bytes.len());
                    bytes[at] = rng.byte();
                }
                if let Ok(m) = read::<Memory>(&String::from_utf8_lossy(&bytes)) {
                    // What is accepted is a memory like any other.
                    accepted += 1;
                    assert_eq!(read::<Memory>(&write(&m)), Ok(m.clone()));
                }
            }
            // Text made of the format's own characters, and of anything.
            let soup = format!(
                "memory v1\n{}",
                rng.text(b"0123456789- \nabcdehkmnoprsuvy.p_\r\xff\xc3\xa9", 300)
            );
            let _ = read::<Memory>(&soup);
            let _ = read::<Memory>(&rng.text(&[], 200));
            let _ = read::<Memory>(&rng.text(b"memory v0123456789\n", 40));
        }
        assert!(accepted > 0, "some small changes are still a memory");
    }
}
