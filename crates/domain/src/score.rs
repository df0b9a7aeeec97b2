//! Scoring: from answers to a score per theme, a traffic light and the
//! actions in order of the risk they take away.
//!
//! The model (also in content/README.md): every shown question and scenario
//! has a weight (3 critical, 2 important, 1 nice to have) and an answer score
//! from 0 to 100 (a scenario scores 100 when answered correctly, else 0).
//! "Don't know" counts as half, [`DONT_KNOW_SCORE`]: not a known gap, not a
//! known safeguard either. A theme's score is the weighted mean of its
//! items; the overall score is the weighted mean of all. The light is red
//! when a critical item is known to score 0, when an answer would hand a
//! scammer money, a code or a card (a *harmful* answer, whatever the
//! item's weight), or when the score is below 50; orange when it is below
//! 80 or a critical item is below 100 (a "don't know" included); green
//! otherwise. Overall, a red theme also keeps the light from green (at most
//! orange). Each answer below 100 adds `weight × (100 − score)` to its
//! action (the learning action for "don't know"); the actions given by a
//! harmful answer come first, then the others, each group with the most
//! added first and ties in the order of the content.

use std::collections::BTreeMap;

use super::check::{Check, CRITICAL};

/// A question or a scenario of a check, by index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Item {
    Question(usize),
    Scenario(usize),
}

/// An answer to an item: one of its options, or "don't know".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Option(usize),
    DontKnow,
}

/// What "don't know" scores: half. Not knowing whether updates install by
/// themselves is a reason to find out (the learning action), not proof that
/// they do not; so on its own it makes a light orange, never red.
pub const DONT_KNOW_SCORE: u8 = 50;

/// The traffic light of a score. Shown with words and a shape as well as a
/// colour, never colour alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Light {
    Red,
    Orange,
    Green,
}

impl Light {
    fn of(score: u8, critical_zero: bool, critical_partial: bool) -> Light {
        if critical_zero || score < 50 {
            Light::Red
        } else if score < 80 || critical_partial {
            Light::Orange
        } else {
            Light::Green
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeScore {
    pub theme: usize,
    pub score: u8,
    pub light: Light,
    /// How many shown items of this theme were scored.
    pub items: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RankedAction {
    pub action: usize,
    /// The sum of `weight × (100 − score)` over the answers that give it.
    pub priority: u32,
    /// Given by at least one critical item.
    pub critical: bool,
    /// Given by an answer that would hand a scammer money, a code or a card:
    /// always among the first actions.
    pub harmful: bool,
}

/// The result of a check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub score: u8,
    pub light: Light,
    /// Themes with at least one shown item, in content order.
    pub themes: Vec<ThemeScore>,
    /// Every action that is given, most important first.
    pub actions: Vec<RankedAction>,
}

impl Outcome {
    /// The actions that reduce the most risk, at most `n`.
    pub fn top(&self, n: usize) -> &[RankedAction] {
        &self.actions[..n.min(self.actions.len())]
    }
}

/// What one answered item adds up to: its weight, score, theme and the action
/// it gives when it scores below 100.
struct Scored {
    weight: u8,
    score: u8,
    theme: usize,
    action: usize,
    /// The answer was "don't know" (or none).
    unknown: bool,
    /// The answer would hand a scammer money, a code or a card.
    harmful: bool,
}

fn scored(check: &Check, item: Item, answer: Option<Answer>) -> Scored {
    match item {
        Item::Question(i) => {
            let q = &check.questions[i];
            let option = match answer {
                Some(Answer::Option(o)) => q.options.get(o),
                _ => None,
            };
            let action = if option.is_none() {
                q.learn_action.unwrap_or(q.action)
            } else {
                q.action
            };
            Scored {
                weight: q.weight,
                score: option.map_or(DONT_KNOW_SCORE, |o| o.score.min(100)),
                theme: q.theme,
                action,
                unknown: option.is_none(),
                harmful: option.is_some_and(|o| o.harmful),
            }
        }
        Item::Scenario(i) => {
            let s = &check.scenarios[i];
            let option = match answer {
                Some(Answer::Option(o)) => s.options.get(o),
                _ => None,
            };
            let correct = option.is_some_and(|o| o.correct);
            Scored {
                weight: s.weight,
                score: if correct { 100 } else { 0 },
                theme: s.theme,
                action: s.action,
                unknown: false,
                harmful: option.is_some_and(|o| o.harmful),
            }
        }
    }
}

#[derive(Default)]
struct Tally {
    weighted: u32,
    weights: u32,
    items: usize,
    critical_zero: bool,
    critical_partial: bool,
}

impl Tally {
    fn add(&mut self, s: &Scored) {
        self.weighted += u32::from(s.weight) * u32::from(s.score);
        self.weights += u32::from(s.weight);
        self.items += 1;
        if s.weight >= CRITICAL {
            self.critical_zero |= s.score == 0 && !s.unknown;
            self.critical_partial |= s.score < 100;
        }
        // Handing over money, a code or a card is a real gap at any weight.
        self.critical_zero |= s.harmful;
    }

    fn score(&self) -> u8 {
        if self.weights == 0 {
            return 100;
        }
        // Rounded to the nearest whole number.
        ((self.weighted + self.weights / 2) / self.weights).min(100) as u8
    }

    fn light(&self) -> Light {
        Light::of(self.score(), self.critical_zero, self.critical_partial)
    }
}

/// Scores the shown `items` with their `answers` (keyed by item id).
pub fn evaluate(check: &Check, items: &[Item], answer: impl Fn(Item) -> Option<Answer>) -> Outcome {
    let mut overall = Tally::default();
    let mut themes: BTreeMap<usize, Tally> = BTreeMap::new();
    let mut actions: BTreeMap<usize, RankedAction> = BTreeMap::new();
    for &item in items {
        let s = scored(check, item, answer(item));
        overall.add(&s);
        themes.entry(s.theme).or_default().add(&s);
        if s.score < 100 {
            let entry = actions.entry(s.action).or_insert(RankedAction {
                action: s.action,
                priority: 0,
                critical: false,
                harmful: false,
            });
            entry.priority += u32::from(s.weight) * u32::from(100 - s.score);
            entry.critical |= s.weight >= CRITICAL;
            entry.harmful |= s.harmful;
        }
    }
    let mut actions: Vec<RankedAction> = actions.into_values().collect();
    // Stable sort: harmful answers' actions first, then by priority; equal
    // priorities keep the order of the content.
    actions.sort_by(|a, b| b.harmful.cmp(&a.harmful).then(b.priority.cmp(&a.priority)));
    let themes: Vec<ThemeScore> = themes
        .into_iter()
        .map(|(theme, t)| ThemeScore {
            theme,
            score: t.score(),
            light: t.light(),
            items: t.items,
        })
        .collect();
    let any_theme_red = themes.iter().any(|t| t.light == Light::Red);
    let light = match overall.light() {
        Light::Green if any_theme_red => Light::Orange,
        light => light,
    };
    Outcome {
        score: overall.score(),
        light,
        themes,
        actions,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lights_follow_the_documented_thresholds() {
        assert_eq!(Light::of(100, false, false), Light::Green);
        assert_eq!(Light::of(80, false, false), Light::Green);
        assert_eq!(Light::of(79, false, false), Light::Orange);
        assert_eq!(Light::of(95, false, true), Light::Orange);
        assert_eq!(Light::of(49, false, false), Light::Red);
        assert_eq!(Light::of(95, true, true), Light::Red);
    }

    fn scored_item(weight: u8, score: u8) -> Scored {
        Scored {
            weight,
            score,
            theme: 0,
            action: 0,
            unknown: false,
            harmful: false,
        }
    }

    #[test]
    fn dont_know_on_a_critical_item_is_orange_not_red() {
        let mut t = Tally::default();
        t.add(&Scored {
            unknown: true,
            ..scored_item(3, DONT_KNOW_SCORE)
        });
        t.add(&scored_item(2, 100));
        assert_eq!(t.score(), 70);
        assert_eq!(t.light(), Light::Orange);
        // A known "no" on the same item is red.
        let mut known = Tally::default();
        known.add(&scored_item(3, 0));
        known.add(&scored_item(2, 100));
        assert_eq!(known.light(), Light::Red);
    }

    #[test]
    fn a_harmful_answer_is_red_at_any_weight() {
        let mut t = Tally::default();
        t.add(&Scored {
            harmful: true,
            ..scored_item(1, 0)
        });
        for _ in 0..9 {
            t.add(&scored_item(3, 100));
        }
        assert!(t.score() >= 95);
        assert_eq!(t.light(), Light::Red);
    }

    #[test]
    fn an_empty_tally_is_a_full_score() {
        assert_eq!(Tally::default().score(), 100);
    }

    #[test]
    fn weighted_mean_is_rounded() {
        let mut t = Tally::default();
        t.add(&scored_item(3, 100));
        t.add(&scored_item(1, 50));
        // (300 + 50) / 4 = 87.5 → 88
        assert_eq!(t.score(), 88);
    }
}
