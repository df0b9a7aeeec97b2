//! The tally of event mode: counts of what happened at the stand, for the
//! ambassador's report. Nothing per visitor and no time finer than a day.
//!
//! Per day and check kind it counts the checks started and completed; per
//! theme how many results were red, orange and green; per action how often it
//! was among the top [`TOP_ACTIONS`] given.
//!
//! **The threshold.** A figure about fewer than [`MIN_GROUP`] people could
//! point at someone ("1 person at the stand was red on backups"), so:
//! - the figures about results (lights per theme, top actions) of a day and
//!   kind are [`Shown::Hidden`] while that day has fewer than `MIN_GROUP`
//!   completed checks of that kind. A hidden day lists no theme or action of
//!   its own either (which themes appear follows from the profile), only those
//!   already shown elsewhere for that kind;
//! - the period's figures add up only the days that are shown, so a hidden
//!   day can never be worked out by subtracting shown figures from the total;
//! - the numbers of checks started and completed are always shown: they say
//!   only that someone did a check, which anyone at the stand can see, and
//!   they tell the ambassador why the other figures are still hidden.
//!
//! What no threshold prevents: someone who reads the live figures before and
//! after one visitor learns that visitor's lights. The ambassador's screen is
//! therefore behind the PIN, and the report is meant for the end of the day.
//!
//! Presentation mode adds, for the whole period (not per day): the
//! presentations given per audience, and per scenario the hands counted and
//! how many of them chose the safe answer. Hands are hidden while a scenario
//! has fewer than [`MIN_GROUP`] counted, as results are.
//!
//! Stored as a versioned record ([`crate::stored`], [`TallyShape`]); version
//! 1 was text, one count a line (see `Tally::from_v1_text`); version 2 had
//! no presentations.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::StoreError;
use crate::score::Light;
use crate::stored::Record;

/// The fewest completed checks a figure about results may rest on.
pub const MIN_GROUP: u32 = 5;
/// How many of a result's actions count as its top actions.
pub const TOP_ACTIONS: usize = 3;
/// The longest kind, theme or action id accepted.
pub use veilig_rules::{is_id, MAX_ID_LEN};

/// A figure that may be shown, or not: a hidden figure holds no number, so it
/// cannot be shown by mistake. Written as the number, or as `<5`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Count(u32),
    Hidden,
}

impl Shown {
    /// The number, if it may be shown.
    pub fn count(self) -> Option<u32> {
        match self {
            Shown::Count(n) => Some(n),
            Shown::Hidden => None,
        }
    }
}

impl fmt::Display for Shown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Shown::Count(n) => fmt::Display::fmt(n, f),
            Shown::Hidden => {
                f.write_str("<")?;
                fmt::Display::fmt(&MIN_GROUP, f)
            }
        }
    }
}

/// Why nothing was recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordError {
    /// Not a date `YYYY-MM-DD`.
    BadDay,
    /// A kind, theme or action id that is not lowercase letters, digits and
    /// hyphens (at most [`MAX_ID_LEN`], not starting with a hyphen).
    BadId,
}

/// The figures of one theme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeFigures {
    pub theme: String,
    pub red: Shown,
    pub orange: Shown,
    pub green: Shown,
}

/// How often an action was among the top actions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionFigure {
    pub action: String,
    pub count: Shown,
}

/// The figures of one check kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindSummary {
    pub kind: String,
    pub started: u32,
    pub completed: u32,
    /// The completed checks the figures below are about: for a day, all of
    /// them; for the period, those of the days that are shown.
    pub counted: u32,
    /// By theme id.
    pub themes: Vec<ThemeFigures>,
    /// Most often first, then by id.
    pub top_actions: Vec<ActionFigure>,
}

impl KindSummary {
    /// Whether the figures about results are shown (else they are all hidden).
    pub fn shown(&self) -> bool {
        self.counted >= MIN_GROUP
    }
}

/// The figures of a day or of the whole period, per check kind (by id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// The first and last day with a count; `None` when there is none.
    pub first_day: Option<String>,
    pub last_day: Option<String>,
    pub kinds: Vec<KindSummary>,
}

/// The counts of one day and kind.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Group {
    started: u32,
    completed: u32,
    /// Per theme id, in id order: red, orange, green.
    lights: Vec<(String, [u32; 3])>,
    /// Per action id, in id order.
    actions: Vec<(String, u32)>,
}

impl Group {
    fn shown(&self) -> bool {
        self.completed >= MIN_GROUP
    }

    /// Adds `other`'s started and completed checks, lights and actions.
    fn add(&mut self, other: &Group) {
        self.started = self.started.saturating_add(other.started);
        self.completed = self.completed.saturating_add(other.completed);
        for (theme, counts) in &other.lights {
            let mine = slot(&mut self.lights, theme);
            for (m, o) in mine.iter_mut().zip(counts) {
                *m = m.saturating_add(*o);
            }
        }
        for (action, n) in &other.actions {
            let mine = slot(&mut self.actions, action);
            *mine = mine.saturating_add(*n);
        }
    }
}

/// The value under `key` in a list kept sorted by key, inserted as the
/// default when missing. Sorted `Vec`s rather than B-trees: the lists are
/// short, and a B-tree costs far more WebAssembly.
fn slot<'a, V: Default>(list: &'a mut Vec<(String, V)>, key: &str) -> &'a mut V {
    let i = match list.binary_search_by(|(k, _)| k.as_str().cmp(key)) {
        Ok(i) => i,
        Err(i) => {
            list.insert(i, (key.to_string(), V::default()));
            i
        }
    };
    &mut list[i].1
}

/// The day and the kind of a group's key `"{day} {kind}"`.
fn split_key(key: &str) -> (&str, &str) {
    key.split_once(' ').unwrap_or((key, ""))
}

/// The counts of event mode, per day and check kind.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    /// By key `"{day} {kind}"`, in order. A day is always 10 characters, so
    /// this is the order by day, then kind.
    groups: Vec<(String, Group)>,
    /// Presentations given, per audience id, in id order.
    presentations: Vec<(String, u32)>,
    /// Per scenario `"{kind}/{scenario}"`, in that order: the hands counted
    /// for its safe answer, and all hands counted.
    hands: Vec<(String, [u32; 2])>,
}

/// The hands counted for one scenario of presentation mode: how many chose
/// the safe answer, of how many. Hidden while fewer than [`MIN_GROUP`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandsFigure {
    /// `"{kind}/{scenario}"`.
    pub scenario: String,
    pub safe: Shown,
    pub all: Shown,
}

const LIGHTS: [&str; 3] = ["red", "orange", "green"];

fn light_index(light: Light) -> usize {
    match light {
        Light::Red => 0,
        Light::Orange => 1,
        Light::Green => 2,
    }
}

/// Whether `s` is a real date written `YYYY-MM-DD` (year 0001 to 9999).
pub fn is_day(s: &str) -> bool {
    veilig_rules::Day::parse(s).is_some()
}

fn check(day: &str, kind: &str) -> Result<(), RecordError> {
    if !is_day(day) {
        Err(RecordError::BadDay)
    } else if !is_id(kind) {
        Err(RecordError::BadId)
    } else {
        Ok(())
    }
}

impl Tally {
    pub fn new() -> Tally {
        Tally::default()
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty() && self.presentations.is_empty() && self.hands.is_empty()
    }

    /// Forgets every count.
    pub fn clear(&mut self) {
        *self = Tally::default();
    }

    /// A presentation to `audience` was given, with the hands counted per
    /// scenario of check `kind`: `(kind, scenario, safe, all)`. A scenario
    /// whose safe hands outnumber all hands, or with no hands, counts no
    /// hands; with an invalid id nothing is recorded.
    pub fn record_presentation(&mut self, audience: &str, hands: &[(&str, &str, u32, u32)]) -> Result<(), RecordError> {
        if !is_id(audience) || !hands.iter().all(|(k, s, _, _)| is_id(k) && is_id(s)) {
            return Err(RecordError::BadId);
        }
        let n = slot(&mut self.presentations, audience);
        *n = n.saturating_add(1);
        for &(kind, scenario, safe, all) in hands {
            if all > 0 && safe <= all {
                let counts = slot(&mut self.hands, &format!("{kind}/{scenario}"));
                counts[0] = counts[0].saturating_add(safe);
                counts[1] = counts[1].saturating_add(all);
            }
        }
        Ok(())
    }

    /// Presentations given per audience id, in id order.
    pub fn presentations(&self) -> &[(String, u32)] {
        &self.presentations
    }

    /// The hands counted per scenario, hidden below [`MIN_GROUP`].
    pub fn hands(&self) -> Vec<HandsFigure> {
        self.hands
            .iter()
            .map(|(scenario, [safe, all])| {
                let shown = |n: u32| {
                    if *all >= MIN_GROUP {
                        Shown::Count(n)
                    } else {
                        Shown::Hidden
                    }
                };
                HandsFigure {
                    scenario: scenario.clone(),
                    safe: shown(*safe),
                    all: shown(*all),
                }
            })
            .collect()
    }

    fn group(&mut self, day: &str, kind: &str) -> &mut Group {
        let mut key = String::with_capacity(day.len() + 1 + kind.len());
        key.push_str(day);
        key.push(' ');
        key.push_str(kind);
        slot(&mut self.groups, &key)
    }

    /// A check of `kind` was started on `day`.
    pub fn record_start(&mut self, day: &str, kind: &str) -> Result<(), RecordError> {
        check(day, kind)?;
        let group = self.group(day, kind);
        group.started = group.started.saturating_add(1);
        Ok(())
    }

    /// A check of `kind` was completed on `day` with these theme lights and
    /// top actions. A theme or action named twice counts once; only the first
    /// [`TOP_ACTIONS`] different actions count. With an invalid day or id
    /// nothing is recorded.
    pub fn record_result(
        &mut self,
        day: &str,
        kind: &str,
        themes: &[(&str, Light)],
        top_actions: &[&str],
    ) -> Result<(), RecordError> {
        check(day, kind)?;
        if !themes.iter().all(|(t, _)| is_id(t)) || !top_actions.iter().all(|a| is_id(a)) {
            return Err(RecordError::BadId);
        }
        let group = self.group(day, kind);
        group.completed = group.completed.saturating_add(1);
        let mut seen: Vec<&str> = Vec::new();
        for &(theme, light) in themes {
            if !seen.contains(&theme) {
                seen.push(theme);
                let n = &mut slot(&mut group.lights, theme)[light_index(light)];
                *n = n.saturating_add(1);
            }
        }
        seen.clear();
        for &action in top_actions {
            if seen.len() == TOP_ACTIONS {
                break;
            }
            if !seen.contains(&action) {
                seen.push(action);
                let n = slot(&mut group.actions, action);
                *n = n.saturating_add(1);
            }
        }
        Ok(())
    }

    /// The days of `kind` that are shown, added up: their themes and actions
    /// are all that a hidden day of that kind may list.
    fn shown_days(&self, kind: &str) -> Group {
        let mut sum = Group::default();
        for (key, group) in &self.groups {
            if split_key(key).1 == kind && group.shown() {
                sum.add(group);
            }
        }
        sum
    }

    /// The figures of one kind: from `results` when they rest on enough
    /// completed checks, else all hidden, listing only the themes and actions
    /// of the shown days of that kind.
    fn summarise(&self, kind: &str, started: u32, completed: u32, results: &Group) -> KindSummary {
        let counted = results.completed;
        let (themes, top_actions) = if results.shown() {
            let themes = results
                .lights
                .iter()
                .map(|(theme, [red, orange, green])| ThemeFigures {
                    theme: theme.clone(),
                    red: Shown::Count(*red),
                    orange: Shown::Count(*orange),
                    green: Shown::Count(*green),
                })
                .collect();
            // Most often first, then by id: taken in id order, each action
            // goes after every one counted at least as often (no sort code).
            let mut actions: Vec<ActionFigure> = Vec::with_capacity(results.actions.len());
            for (action, n) in &results.actions {
                let at = actions.partition_point(|a| a.count.count() >= Some(*n));
                let figure = ActionFigure {
                    action: action.clone(),
                    count: Shown::Count(*n),
                };
                actions.insert(at, figure);
            }
            (themes, actions)
        } else {
            let known = self.shown_days(kind);
            let themes = known
                .lights
                .into_iter()
                .map(|(theme, _)| ThemeFigures {
                    theme,
                    red: Shown::Hidden,
                    orange: Shown::Hidden,
                    green: Shown::Hidden,
                })
                .collect();
            let actions = known
                .actions
                .into_iter()
                .map(|(action, _)| ActionFigure {
                    action,
                    count: Shown::Hidden,
                })
                .collect();
            (themes, actions)
        };
        KindSummary {
            kind: kind.to_string(),
            started,
            completed,
            counted,
            themes,
            top_actions,
        }
    }

    /// The figures of one group.
    fn summarise_group(&self, key: &str, group: &Group) -> KindSummary {
        self.summarise(split_key(key).1, group.started, group.completed, group)
    }

    /// The figures of one day (`YYYY-MM-DD`); empty for a day without counts.
    pub fn today(&self, day: &str) -> Summary {
        let kinds: Vec<KindSummary> = self
            .groups
            .iter()
            .filter(|(key, _)| split_key(key).0 == day)
            .map(|(key, group)| self.summarise_group(key, group))
            .collect();
        let day = (!kinds.is_empty()).then(|| day.to_string());
        Summary {
            first_day: day.clone(),
            last_day: day,
            kinds,
        }
    }

    /// The figures of every day together: started and completed of all days,
    /// the other figures of the days that are shown.
    pub fn period(&self) -> Summary {
        // Per kind, in order: started and completed of all days.
        let mut all: Vec<(String, Group)> = Vec::new();
        for (key, group) in &self.groups {
            let sum = slot(&mut all, split_key(key).1);
            sum.started = sum.started.saturating_add(group.started);
            sum.completed = sum.completed.saturating_add(group.completed);
        }
        let kinds = all
            .iter()
            .map(|(kind, sum)| self.summarise(kind, sum.started, sum.completed, &self.shown_days(kind)))
            .collect();
        let day = |group: Option<&(String, Group)>| group.map(|(key, _)| split_key(key).0.to_string());
        Summary {
            first_day: day(self.groups.first()),
            last_day: day(self.groups.last()),
            kinds,
        }
    }

    /// The report to download, one count a row:
    ///
    /// ```text
    /// day,kind,measure,key,count
    /// 2026-05-02,resident,started,,7
    /// 2026-05-02,resident,completed,,6
    /// 2026-05-02,resident,red,backups,2
    /// 2026-05-02,resident,top_action,make-backups,4
    /// ```
    ///
    /// Measures: `started` and `completed` (no key); `red`, `orange` and
    /// `green` (key: theme id); `top_action` (key: action id). Days and kinds
    /// in order, then as in [`Tally::today`]; the threshold applies as there,
    /// hidden counts are written `<5`. Then, without a day, presentation
    /// mode's `presentations` (key: audience id) and per scenario `hands` and
    /// `hands_safe` (kind, key: scenario id). Lines end in CRLF (RFC 4180).
    pub fn to_csv(&self) -> String {
        let mut out = String::from("day,kind,measure,key,count\r\n");
        let mut row = |day: &str, kind: &str, measure: &str, key: &str, count: Shown| {
            for field in [day, kind, measure, key] {
                out.push_str(&csv_field(field));
                out.push(',');
            }
            if count == Shown::Hidden {
                out.push('<');
            }
            out.push_str(&count.count().unwrap_or(MIN_GROUP).to_string());
            out.push_str("\r\n");
        };
        for (key, group) in &self.groups {
            let (day, kind) = split_key(key);
            let s = self.summarise_group(key, group);
            row(day, kind, "started", "", Shown::Count(s.started));
            row(day, kind, "completed", "", Shown::Count(s.completed));
            for t in &s.themes {
                row(day, kind, "red", &t.theme, t.red);
                row(day, kind, "orange", &t.theme, t.orange);
                row(day, kind, "green", &t.theme, t.green);
            }
            for a in &s.top_actions {
                row(day, kind, "top_action", &a.action, a.count);
            }
        }
        // Presentation mode, for the whole period: no day.
        for (audience, n) in &self.presentations {
            row("", "", "presentations", audience, Shown::Count(*n));
        }
        for h in self.hands() {
            let (kind, scenario) = h.scenario.split_once('/').unwrap_or(("", &h.scenario));
            row("", kind, "hands", scenario, h.all);
            row("", kind, "hands_safe", scenario, h.safe);
        }
        out
    }

    /// The stored text: a version line, one line per count that is not zero,
    /// and an end line, so that a cut-off text is noticed:
    ///
    /// ```text
    /// tally v1
    /// 2026-05-02 resident started 7
    /// 2026-05-02 resident completed 6
    /// 2026-05-02 resident red backups 2
    /// 2026-05-02 resident top make-backups 4
    /// end
    /// ```
    #[cfg(test)]
    pub(crate) fn to_v1_text(&self) -> String {
        let mut out = String::from(HEADER);
        out.push_str(" v");
        out.push_str(&VERSION.to_string());
        out.push('\n');
        for (key, g) in &self.groups {
            // `key` is "{day} {kind}", as the line starts.
            let mut line = |measure: &str, id: &str, n: u32| {
                if n > 0 {
                    for field in [key.as_str(), measure, id] {
                        if !field.is_empty() {
                            out.push_str(field);
                            out.push(' ');
                        }
                    }
                    out.push_str(&n.to_string());
                    out.push('\n');
                }
            };
            line("started", "", g.started);
            line("completed", "", g.completed);
            for (theme, counts) in &g.lights {
                for (name, n) in LIGHTS.iter().zip(counts) {
                    line(name, theme, *n);
                }
            }
            for (action, n) in &g.actions {
                line("top", action, *n);
            }
        }
        out.push_str("end\n");
        out
    }

    /// Reads [`Tally::to_v1_text`]'s text back. Refuses, naming the line, text
    /// that is damaged (cut off, unknown lines, a count twice or zero), and
    /// text from a newer version of the app; it never panics.
    pub(crate) fn from_v1_text(text: &str) -> Result<Tally, StoreError> {
        let text = text.strip_suffix('\n').unwrap_or(text);
        let mut lines = text.split('\n').zip(1..);
        let header = lines.next().map_or("", |(l, _)| l);
        super::check_header(header, HEADER, VERSION)?;
        let mut tally = Tally::default();
        let mut end = None;
        for (line, n) in lines {
            if end.is_some() {
                return Err(StoreError::Damaged { line: n });
            }
            if line == "end" {
                end = Some(n);
            } else if tally.read_line(line).is_none() {
                return Err(StoreError::Damaged { line: n });
            }
        }
        match end {
            Some(_) => Ok(tally),
            None => Err(StoreError::Damaged {
                line: text.split('\n').count() + 1,
            }),
        }
    }

    /// One count line; `None` if it is not one, or repeats one.
    fn read_line(&mut self, line: &str) -> Option<()> {
        let mut fields = line.split(' ');
        let (day, kind, measure) = (fields.next()?, fields.next()?, fields.next()?);
        let (key, count) = match (fields.next()?, fields.next(), fields.next()) {
            (count, None, _) => (None, count),
            (key, Some(count), None) => (Some(key), count),
            _ => return None,
        };
        if !is_day(day) || !is_id(kind) || !key.is_none_or(is_id) {
            return None;
        }
        let count = count_of(count)?;
        let group = self.group(day, kind);
        let place = match (measure, key) {
            ("started", None) => &mut group.started,
            ("completed", None) => &mut group.completed,
            ("top", Some(action)) => slot(&mut group.actions, action),
            (light, Some(theme)) => {
                let i = LIGHTS.iter().position(|name| *name == light)?;
                &mut slot(&mut group.lights, theme)[i]
            }
            _ => return None,
        };
        if *place != 0 {
            return None;
        }
        *place = count;
        Some(())
    }
}

const HEADER: &str = "tally";
const VERSION: u32 = 1;

/// The tally as stored since version 2: per day and kind, in that order and
/// each once, its counts; themes and actions in id order, each once, none
/// with nothing counted. Version 3 added presentation mode's counts (empty
/// when reading version 2).
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TallyShape {
    pub days: Vec<DayShape>,
    /// Per audience id, in order: presentations given.
    #[serde(default)]
    pub presentations: Vec<(String, u32)>,
    /// Per `"{kind}/{scenario}"`, in order: safe hands, all hands.
    #[serde(default)]
    pub hands: Vec<(String, [u32; 2])>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DayShape {
    pub day: String,
    pub kind: String,
    pub started: u32,
    pub completed: u32,
    /// Per theme id: how many results were red, orange, green.
    pub lights: Vec<(String, [u32; 3])>,
    /// Per action id: how often it was among the top actions.
    pub top: Vec<(String, u32)>,
}

impl Record for Tally {
    const NAME: &'static str = "tally";
    const VERSION: u32 = 3;
    type Shape = TallyShape;

    fn to_shape(&self) -> TallyShape {
        let days = self
            .groups
            .iter()
            .map(|(key, g)| {
                let (day, kind) = split_key(key);
                DayShape {
                    day: day.to_string(),
                    kind: kind.to_string(),
                    started: g.started,
                    completed: g.completed,
                    lights: g.lights.clone(),
                    top: g.actions.clone(),
                }
            })
            .collect();
        TallyShape {
            days,
            presentations: self.presentations.clone(),
            hands: self.hands.clone(),
        }
    }

    fn from_shape(shape: TallyShape) -> Option<Tally> {
        fn in_order<'a>(mut ids: impl Iterator<Item = &'a str>) -> bool {
            let mut last: Option<&str> = None;
            ids.all(|id| {
                let ok = is_id(id) && last.is_none_or(|l| l < id);
                last = Some(id);
                ok
            })
        }
        let mut tally = Tally::new();
        for d in shape.days {
            let key = format!("{} {}", d.day, d.kind);
            let sound = is_day(&d.day)
                && is_id(&d.kind)
                && tally.groups.last().is_none_or(|(last, _)| *last < key)
                && in_order(d.lights.iter().map(|(id, _)| id.as_str()))
                && in_order(d.top.iter().map(|(id, _)| id.as_str()))
                && d.lights.iter().all(|(_, counts)| counts.iter().any(|&n| n > 0))
                && d.top.iter().all(|&(_, n)| n > 0);
            if !sound {
                return None;
            }
            let group = Group {
                started: d.started,
                completed: d.completed,
                lights: d.lights,
                actions: d.top,
            };
            tally.groups.push((key, group));
        }
        let scenario_key = |key: &str| key.split_once('/').is_some_and(|(k, s)| is_id(k) && is_id(s));
        let sound = in_order(shape.presentations.iter().map(|(id, _)| id.as_str()))
            && shape.presentations.iter().all(|&(_, n)| n > 0)
            && shape.hands.windows(2).all(|w| w[0].0 < w[1].0)
            && shape
                .hands
                .iter()
                .all(|(key, [safe, all])| scenario_key(key) && *all > 0 && safe <= all);
        if !sound {
            return None;
        }
        tally.presentations = shape.presentations;
        tally.hands = shape.hands;
        Some(tally)
    }

    fn migrate(version: u32, text: &str) -> Option<Tally> {
        match version {
            1 => Tally::from_v1_text(text).ok(),
            // Version 3 only added lists that version 2 reads as empty.
            2 => serde_json::from_str::<crate::stored::Envelope<TallyShape>>(text)
                .ok()
                .and_then(|e| Tally::from_shape(e.data)),
            _ => None,
        }
    }
}

/// A count as stored: digits only, not zero.
fn count_of(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok().filter(|n| *n > 0)
}

/// A CSV field, quoted when it holds a comma, quote or line break.
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\r', '\n']) {
        let mut quoted = String::with_capacity(s.len() + 2);
        quoted.push('"');
        quoted.push_str(&s.replace('"', "\"\""));
        quoted.push('"');
        quoted
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::XorShift;
    use super::*;
    use Light::{Green, Orange, Red};

    const DAY: &str = "2026-05-02";
    const DAY2: &str = "2026-05-09";

    /// `n` completed checks of the resident kind on `day`, each red on
    /// backups and green on phishing, with the same top actions.
    fn completed(tally: &mut Tally, day: &str, n: u32) {
        for _ in 0..n {
            tally.record_start(day, "resident").unwrap();
            tally
                .record_result(
                    day,
                    "resident",
                    &[("backups", Red), ("phishing", Green)],
                    &["make-backups", "two-step"],
                )
                .unwrap();
        }
    }

    #[test]
    fn days_must_be_real_dates() {
        for ok in ["2026-05-02", "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31"] {
            assert!(is_day(ok), "{ok}");
        }
        for bad in [
            "",
            "2026-5-2",
            "2026-05-2",
            "2026/05/02",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "2023-02-29",
            "1900-02-29",
            "0000-01-01",
            "2026-05-00",
            " 2026-05-02",
            "2026-05-02T10:00",
            "+026-05-02",
            "2026-0a-02",
            "２０２６-05-02",
        ] {
            assert!(!is_day(bad), "{bad}");
        }
    }

    #[test]
    fn ids_are_content_ids() {
        for ok in ["resident", "email-domain", "a", "2fa", &"x".repeat(MAX_ID_LEN)] {
            assert!(is_id(ok), "{ok}");
        }
        for bad in [
            "",
            "-x",
            "Resident",
            "two step",
            "a,b",
            "a\"b",
            "a\nb",
            "é",
            &"x".repeat(MAX_ID_LEN + 1),
        ] {
            assert!(!is_id(bad), "{bad}");
        }
    }

    #[test]
    fn invalid_records_change_nothing() {
        let mut t = Tally::new();
        assert_eq!(t.record_start("2026-02-30", "resident"), Err(RecordError::BadDay));
        assert_eq!(t.record_start(DAY, "Resident"), Err(RecordError::BadId));
        assert_eq!(
            t.record_result("yesterday", "resident", &[], &[]),
            Err(RecordError::BadDay)
        );
        assert_eq!(
            t.record_result(DAY, "resident", &[("back ups", Red)], &[]),
            Err(RecordError::BadId)
        );
        assert_eq!(
            t.record_result(DAY, "resident", &[("backups", Red)], &["ok", "not,ok"]),
            Err(RecordError::BadId)
        );
        assert!(t.is_empty());
    }

    #[test]
    fn results_are_counted_per_theme_light_and_top_action() {
        let mut t = Tally::new();
        for (theme_light, actions) in [
            (Red, &["a", "b", "c", "d"][..]),
            (Orange, &["b", "b", "c", "e", "f"][..]),
            (Green, &["c"][..]),
            (Green, &[][..]),
            (Red, &["a"][..]),
        ] {
            t.record_start(DAY, "resident").unwrap();
            t.record_result(
                DAY,
                "resident",
                &[("backups", theme_light), ("phishing", Green), ("backups", Green)],
                actions,
            )
            .unwrap();
        }
        let s = t.today(DAY);
        let k = &s.kinds[0];
        assert!(k.shown());
        assert_eq!((k.started, k.completed, k.counted), (5, 5, 5));
        assert_eq!(
            k.themes,
            vec![
                ThemeFigures {
                    theme: "backups".into(),
                    red: Shown::Count(2),
                    orange: Shown::Count(1),
                    green: Shown::Count(2),
                },
                ThemeFigures {
                    theme: "phishing".into(),
                    red: Shown::Count(0),
                    orange: Shown::Count(0),
                    green: Shown::Count(5),
                },
            ]
        );
        let actions: Vec<(&str, Option<u32>)> = k
            .top_actions
            .iter()
            .map(|a| (a.action.as_str(), a.count.count()))
            .collect();
        // "d" was fourth and "f" fourth once the repeated "b" counts once.
        assert_eq!(
            actions,
            vec![("c", Some(3)), ("a", Some(2)), ("b", Some(2)), ("e", Some(1))]
        );
    }

    #[test]
    fn four_completed_checks_are_hidden_and_five_are_shown() {
        let mut t = Tally::new();
        completed(&mut t, DAY, 4);
        t.record_start(DAY, "resident").unwrap();
        let s = t.today(DAY);
        let k = &s.kinds[0];
        assert!(!k.shown());
        assert_eq!((k.started, k.completed), (5, 4), "activity is always shown");
        assert!(
            k.themes.is_empty() && k.top_actions.is_empty(),
            "nothing is listed: {k:?}"
        );

        t.record_result(DAY, "resident", &[("backups", Red)], &["make-backups"])
            .unwrap();
        let s = t.today(DAY);
        let k = &s.kinds[0];
        assert!(k.shown());
        assert_eq!(k.themes[0].red, Shown::Count(5));
        assert_eq!(k.top_actions[0].count, Shown::Count(5));
    }

    #[test]
    fn a_hidden_day_lists_only_what_is_shown_elsewhere() {
        let mut t = Tally::new();
        completed(&mut t, DAY, 5);
        t.record_result(
            DAY2,
            "resident",
            &[("webshop", Red), ("backups", Orange)],
            &["shop-updates"],
        )
        .unwrap();
        let k = &t.today(DAY2).kinds[0];
        assert!(!k.shown());
        let themes: Vec<&str> = k.themes.iter().map(|t| t.theme.as_str()).collect();
        assert_eq!(themes, ["backups", "phishing"]);
        assert!(k
            .themes
            .iter()
            .all(|t| [t.red, t.orange, t.green] == [Shown::Hidden; 3]));
        let actions: Vec<&str> = k.top_actions.iter().map(|a| a.action.as_str()).collect();
        assert_eq!(actions, ["make-backups", "two-step"]);
        assert!(k.top_actions.iter().all(|a| a.count == Shown::Hidden));
        // Another kind knows nothing of the resident's themes.
        t.record_result(DAY2, "business", &[], &[]).unwrap();
        let b = &t.today(DAY2).kinds[0];
        assert_eq!(b.kind, "business");
        assert!(b.themes.is_empty() && b.top_actions.is_empty());
    }

    #[test]
    fn the_period_adds_up_only_shown_days() {
        let mut t = Tally::new();
        completed(&mut t, DAY, 6);
        completed(&mut t, DAY2, 3);
        completed(&mut t, "2026-05-16", 5);
        let s = t.period();
        assert_eq!(s.first_day.as_deref(), Some(DAY));
        assert_eq!(s.last_day.as_deref(), Some("2026-05-16"));
        let k = &s.kinds[0];
        assert_eq!((k.started, k.completed, k.counted), (14, 14, 11));
        assert!(k.shown());
        assert_eq!(
            k.themes[0].red,
            Shown::Count(11),
            "not 14: the hidden day would follow by subtraction"
        );
    }

    #[test]
    fn a_period_of_hidden_days_is_hidden() {
        let mut t = Tally::new();
        completed(&mut t, DAY, 3);
        completed(&mut t, DAY2, 4);
        let k = &t.period().kinds[0];
        assert_eq!((k.completed, k.counted), (7, 0));
        assert!(!k.shown());
        assert!(k.themes.is_empty() && k.top_actions.is_empty());
    }

    #[test]
    fn an_empty_tally_has_empty_views() {
        let t = Tally::new();
        let empty = Summary {
            first_day: None,
            last_day: None,
            kinds: vec![],
        };
        assert_eq!(t.today(DAY), empty);
        assert_eq!(t.period(), empty);
        assert_eq!(t.to_csv(), "day,kind,measure,key,count\r\n");
    }

    #[test]
    fn the_csv_has_a_header_and_hides_small_cells() {
        let mut t = Tally::new();
        completed(&mut t, DAY, 5);
        completed(&mut t, DAY2, 2);
        t.record_start(DAY2, "business").unwrap();
        let csv = t.to_csv();
        assert!(csv.ends_with("\r\n"));
        let rows: Vec<&str> = csv.split("\r\n").filter(|r| !r.is_empty()).collect();
        assert_eq!(
            rows,
            [
                "day,kind,measure,key,count",
                "2026-05-02,resident,started,,5",
                "2026-05-02,resident,completed,,5",
                "2026-05-02,resident,red,backups,5",
                "2026-05-02,resident,orange,backups,0",
                "2026-05-02,resident,green,backups,0",
                "2026-05-02,resident,red,phishing,0",
                "2026-05-02,resident,orange,phishing,0",
                "2026-05-02,resident,green,phishing,5",
                "2026-05-02,resident,top_action,make-backups,5",
                "2026-05-02,resident,top_action,two-step,5",
                "2026-05-09,business,started,,1",
                "2026-05-09,business,completed,,0",
                "2026-05-09,resident,started,,2",
                "2026-05-09,resident,completed,,2",
                "2026-05-09,resident,red,backups,<5",
                "2026-05-09,resident,orange,backups,<5",
                "2026-05-09,resident,green,backups,<5",
                "2026-05-09,resident,red,phishing,<5",
                "2026-05-09,resident,orange,phishing,<5",
                "2026-05-09,resident,green,phishing,<5",
                "2026-05-09,resident,top_action,make-backups,<5",
                "2026-05-09,resident,top_action,two-step,<5",
            ]
        );
        assert!(rows.iter().all(|r| r.split(',').count() == 5));
    }

    #[test]
    fn csv_fields_are_quoted_when_needed() {
        assert_eq!(csv_field("plain-id"), "plain-id");
        assert_eq!(csv_field(""), "");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_field("cr\r"), "\"cr\r\"");
        assert_eq!(Shown::Hidden.to_string(), "<5");
        assert_eq!(Shown::Count(0).to_string(), "0");
    }

    #[test]
    fn clear_forgets_everything() {
        let mut t = Tally::new();
        completed(&mut t, DAY, 7);
        t.clear();
        assert!(t.is_empty());
        assert_eq!(t, Tally::new());
    }

    fn sample() -> Tally {
        let mut t = Tally::new();
        completed(&mut t, DAY, 6);
        completed(&mut t, DAY2, 2);
        t.record_start(DAY2, "business").unwrap();
        t.record_start(DAY2, "business").unwrap();
        t.record_result(
            DAY2,
            "business",
            &[("email-domain", Orange), ("backups", Red)],
            &["spf"],
        )
        .unwrap();
        t
    }

    #[test]
    fn storage_round_trips() {
        let t = sample();
        let text = t.to_v1_text();
        assert!(text.starts_with("tally v1\n2026-05-02 resident started 6\n"), "{text}");
        assert!(text.contains("\n2026-05-09 business orange email-domain 1\n"), "{text}");
        assert!(text.ends_with("\nend\n"));
        assert_eq!(Tally::from_v1_text(&text), Ok(t.clone()));
        assert_eq!(Tally::from_v1_text(text.trim_end()), Ok(t), "the last newline may go");
        let empty = Tally::new().to_v1_text();
        assert_eq!(empty, "tally v1\nend\n");
        assert_eq!(Tally::from_v1_text(&empty), Ok(Tally::new()));
    }

    #[test]
    fn the_tally_is_stored_as_version_3_and_versions_1_and_2_still_read() {
        use crate::stored::{read, write, ReadError};
        let t = sample();
        let text = write(&t);
        assert!(
            text.starts_with(
                r#"{"record":"tally","version":3,"data":{"days":[{"day":"2026-05-02","kind":"resident","started":6,"#
            ),
            "{text}"
        );
        assert_eq!(read::<Tally>(&text), Ok(t.clone()));
        assert_eq!(read::<Tally>(&t.to_v1_text()), Ok(t.clone()), "version 1 is migrated");
        assert_eq!(
            write(&Tally::new()),
            r#"{"record":"tally","version":3,"data":{"days":[],"presentations":[],"hands":[]}}"#
        );
        let newer = text.replacen(r#""version":3"#, r#""version":4"#, 1);
        assert_eq!(read::<Tally>(&newer), Err(ReadError::Newer { version: 4 }));
        // Version 2 had no presentations: it reads, as it was.
        let v2 =
            text.replacen(r#""version":3"#, r#""version":2"#, 1)
                .replacen(r#","presentations":[],"hands":[]"#, "", 1);
        assert!(v2.contains(r#""version":2"#) && !v2.contains("presentations"), "{v2}");
        assert_eq!(read::<Tally>(&v2), Ok(t.clone()), "version 2 is migrated");
        let one = |day: &str| -> String { format!(r#"{{"record":"tally","version":2,"data":{{"days":[{day}]}}}}"#) };
        let good = r#"{"day":"2026-05-02","kind":"resident","started":1,"completed":1,"lights":[["backups",[1,0,0]],["phishing",[0,0,1]]],"top":[["a",1],["b",2]]}"#;
        assert!(read::<Tally>(&one(good)).is_ok());
        for (from, to) in [
            ("2026-05-02", "2026-02-30"),
            (r#""resident""#, r#""Resident""#),
            (
                r#"["backups",[1,0,0]],["phishing",[0,0,1]]"#,
                r#"["phishing",[0,0,1]],["backups",[1,0,0]]"#,
            ),
            (r#"["backups",[1,0,0]]"#, r#"["backups",[0,0,0]]"#),
            (r#"["backups",[1,0,0]]"#, r#"["backups",[1,0]]"#),
            (r#"["a",1],["b",2]"#, r#"["a",1],["a",2]"#),
            (r#"["a",1]"#, r#"["a",0]"#),
            (r#"["a",1]"#, r#"["a b",1]"#),
            (r#""started":1"#, r#""started":-1"#),
            (r#""completed":1,"#, ""),
        ] {
            let bad = one(&good.replacen(from, to, 1));
            assert_eq!(read::<Tally>(&bad), Err(ReadError::Unreadable), "{to}");
        }
        let twice = one(&format!("{good},{good}"));
        assert_eq!(
            read::<Tally>(&twice),
            Err(ReadError::Unreadable),
            "a day and kind twice"
        );
        let later = good.replacen("2026-05-02", "2026-05-09", 1);
        assert!(read::<Tally>(&one(&format!("{good},{later}"))).is_ok());
        assert_eq!(
            read::<Tally>(&one(&format!("{later},{good}"))),
            Err(ReadError::Unreadable),
            "days in order"
        );
    }

    #[test]
    fn presentations_count_per_audience_and_hands_hide_below_five() {
        use crate::stored::{read, write, ReadError};
        let mut t = Tally::new();
        t.record_presentation("young", &[("youth", "sextortion", 3, 4), ("youth", "money-mule", 0, 0)])
            .unwrap();
        assert_eq!(t.presentations(), &[("young".to_string(), 1)]);
        let hidden = t.hands();
        assert_eq!(hidden.len(), 1, "no hands counted, nothing noted: {hidden:?}");
        assert_eq!(
            (hidden[0].safe, hidden[0].all),
            (Shown::Hidden, Shown::Hidden),
            "4 people"
        );
        t.record_presentation("young", &[("youth", "sextortion", 2, 3)])
            .unwrap();
        t.record_presentation("older", &[("resident", "bank-safe-account", 9, 8)])
            .unwrap();
        assert_eq!(t.presentations(), &[("older".to_string(), 1), ("young".to_string(), 2)]);
        let shown = t.hands();
        assert_eq!(shown.len(), 1, "more safe hands than hands counts none: {shown:?}");
        assert_eq!(
            shown[0],
            HandsFigure {
                scenario: "youth/sextortion".into(),
                safe: Shown::Count(5),
                all: Shown::Count(7)
            }
        );
        assert_eq!(t.record_presentation("Young", &[]), Err(RecordError::BadId));
        assert_eq!(
            t.record_presentation("young", &[("youth", "a/b", 1, 1)]),
            Err(RecordError::BadId)
        );
        let csv = t.to_csv();
        assert!(csv.contains(",,presentations,young,2\r\n"), "{csv}");
        assert!(
            csv.contains(",youth,hands,sextortion,7\r\n,youth,hands_safe,sextortion,5\r\n"),
            "{csv}"
        );
        // Stored and read back; a damaged list is refused.
        let text = write(&t);
        assert_eq!(read::<Tally>(&text), Ok(t.clone()));
        for (from, to) in [
            (r#"["youth/sextortion",[5,7]]"#, r#"["youth/sextortion",[8,7]]"#),
            (r#"["youth/sextortion",[5,7]]"#, r#"["youth-sextortion",[5,7]]"#),
            (r#"["older",1],["young",2]"#, r#"["young",2],["older",1]"#),
            (r#"["older",1]"#, r#"["older",0]"#),
        ] {
            assert!(text.contains(from), "{text}");
            assert_eq!(
                read::<Tally>(&text.replacen(from, to, 1)),
                Err(ReadError::Unreadable),
                "{to}"
            );
        }
        t.clear();
        assert!(t.is_empty());
    }

    #[test]
    fn the_order_does_not_depend_on_the_order_of_recording() {
        let mut t = Tally::new();
        t.record_result(DAY2, "resident", &[("phishing", Red), ("backups", Green)], &["z", "a"])
            .unwrap();
        t.record_start(DAY2, "business").unwrap();
        t.record_start(DAY, "resident").unwrap();
        t.record_start(DAY2, "a-b").unwrap();
        let mut u = Tally::new();
        u.record_start(DAY2, "a-b").unwrap();
        u.record_start(DAY, "resident").unwrap();
        u.record_start(DAY2, "business").unwrap();
        u.record_result(DAY2, "resident", &[("backups", Green), ("phishing", Red)], &["z", "a"])
            .unwrap();
        assert_eq!(t, u);
        assert_eq!(
            t.to_v1_text(),
            "tally v1\n\
             2026-05-02 resident started 1\n\
             2026-05-09 a-b started 1\n\
             2026-05-09 business started 1\n\
             2026-05-09 resident completed 1\n\
             2026-05-09 resident green backups 1\n\
             2026-05-09 resident red phishing 1\n\
             2026-05-09 resident top a 1\n\
             2026-05-09 resident top z 1\n\
             end\n"
        );
        for summary in [t.period(), t.today(DAY2)] {
            let kinds: Vec<&str> = summary.kinds.iter().map(|k| k.kind.as_str()).collect();
            assert_eq!(kinds, ["a-b", "business", "resident"]);
        }
    }

    #[test]
    fn top_actions_of_the_period_are_most_often_first_then_by_id() {
        let mut t = Tally::new();
        for (day, actions) in [
            (DAY, &["d", "b"][..]),
            (DAY, &["d"][..]),
            (DAY, &["c", "a"][..]),
            (DAY, &[][..]),
            (DAY, &[][..]),
            (DAY2, &["a", "c", "b"][..]),
            (DAY2, &["b"][..]),
            (DAY2, &[][..]),
            (DAY2, &[][..]),
            (DAY2, &[][..]),
        ] {
            t.record_result(day, "resident", &[], actions).unwrap();
        }
        let period = t.period();
        let actions: Vec<(&str, Option<u32>)> = period.kinds[0]
            .top_actions
            .iter()
            .map(|a| (a.action.as_str(), a.count.count()))
            .collect();
        assert_eq!(
            actions,
            [("b", Some(3)), ("a", Some(2)), ("c", Some(2)), ("d", Some(2))]
        );
    }

    #[test]
    fn counts_saturate_instead_of_overflowing() {
        let mut t = Tally::from_v1_text("tally v1\n2026-05-02 resident started 4294967295\nend\n").unwrap();
        t.record_start(DAY, "resident").unwrap();
        assert_eq!(t.today(DAY).kinds[0].started, u32::MAX);
        assert!(Tally::from_v1_text("tally v1\n2026-05-02 resident started 4294967296\nend\n").is_err());
    }

    #[test]
    fn newer_versions_are_refused_as_such() {
        let text = sample().to_v1_text().replacen("tally v1", "tally v2", 1);
        assert_eq!(Tally::from_v1_text(&text), Err(StoreError::Newer { version: 2 }));
        assert_eq!(
            Tally::from_v1_text("tally v17\nanything"),
            Err(StoreError::Newer { version: 17 })
        );
        for bad in [
            "tally v0\nend",
            "tally v\nend",
            "tally v01x\nend",
            "tally 1\nend",
            "tallyv1\nend",
            "event v1\nend",
        ] {
            assert_eq!(Tally::from_v1_text(bad), Err(StoreError::Damaged { line: 1 }), "{bad}");
        }
    }

    #[test]
    fn every_cut_off_text_is_refused() {
        let text = sample().to_v1_text();
        for cut in 0..text.len() - 1 {
            assert!(
                Tally::from_v1_text(&text[..cut]).is_err(),
                "accepted a cut at {cut}: {:?}",
                &text[..cut]
            );
        }
    }

    #[test]
    fn damaged_lines_are_refused_with_their_number() {
        for (body, line) in [
            ("2026-05-02 resident started 1\n2026-05-02 resident started 1", 3),
            ("2026-05-02 resident started 0", 2),
            ("2026-05-02 resident started -1", 2),
            ("2026-05-02 resident started +1", 2),
            ("2026-05-02 resident started", 2),
            ("2026-05-02 resident started 1 2", 2),
            ("2026-05-02 resident red 1", 2),
            ("2026-05-02 resident blue backups 1", 2),
            ("2026-05-02 resident top 1", 2),
            ("2026-05-02 resident top a b 1", 2),
            ("2026-05-02 resident top A 1", 2),
            (
                "2026-05-02 resident red backups 1\n2026-05-02 resident red backups 2",
                3,
            ),
            ("2026-05-02 resident started 1\n\n", 3),
            ("2026-02-31 resident started 1", 2),
            ("2026-05-02  resident started 1", 2),
            ("2026-05-02 resident started 1\r", 2),
            ("", 2),
        ] {
            let text = format!("tally v1\n{body}\nend\n");
            assert_eq!(
                Tally::from_v1_text(&text),
                Err(StoreError::Damaged { line }),
                "{body:?}"
            );
        }
        assert_eq!(
            Tally::from_v1_text("tally v1\nend\n2026-05-02 resident started 1\n"),
            Err(StoreError::Damaged { line: 3 }),
            "nothing after the end"
        );
        assert_eq!(Tally::from_v1_text(""), Err(StoreError::Damaged { line: 1 }));
        assert_eq!(Tally::from_v1_text("tally v1"), Err(StoreError::Damaged { line: 2 }));
    }

    #[test]
    fn garbage_never_panics() {
        let text = sample().to_v1_text();
        let mut rng = XorShift(0x2545_f491_4f6c_dd1d);
        for _ in 0..3000 {
            // A valid text with a few bytes changed.
            let mut bytes = text.as_bytes().to_vec();
            for _ in 0..1 + rng.below(3) {
                let at = rng.below(bytes.len());
                bytes[at] = rng.byte();
            }
            let mutated = String::from_utf8_lossy(&bytes);
            if let Ok(t) = Tally::from_v1_text(&mutated) {
                // What is accepted is a tally like any other.
                assert_eq!(Tally::from_v1_text(&t.to_v1_text()), Ok(t.clone()));
                let _ = (t.period(), t.to_csv());
            }
            // Text made of the format's own characters, and of anything.
            let soup = format!("tally v1\n{}", rng.text(b"0123456789- \nabcdefgrnotupsvl\r\xff", 200));
            let _ = Tally::from_v1_text(&soup);
            let _ = Tally::from_v1_text(&rng.text(&[], 200));
        }
    }
}
