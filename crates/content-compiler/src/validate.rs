//! The rules content must follow. Each rule adds a [`ContentError`] naming the
//! file, the entry and the reason; nothing here stops at the first error.

use std::collections::BTreeSet;

use super::source::*;
use super::ContentError;

/// Collects errors (and plain-language notes) for one check run, and knows
/// the language codes.
pub(super) struct Checker {
    pub langs: Vec<String>,
    pub errors: Vec<ContentError>,
    /// Not mistakes: places where the first language (Dutch, written at B1)
    /// may be hard to read. Shown to editors, never fail the build.
    pub notes: Vec<ContentError>,
}

/// B1 guidance: short sentences, common (so mostly short) words.
pub const MAX_SENTENCE_WORDS: usize = 20;
pub const MAX_WORD_LETTERS: usize = 24;

/// The plain-language notes for one text: each very long sentence and each
/// very long word.
pub fn plain_language(text: &str) -> Vec<String> {
    let mut notes = Vec::new();
    let sentences = text
        .split_inclusive(['.', '?', '!', ':'])
        .map(str::trim)
        .filter(|s| !s.is_empty());
    for sentence in sentences {
        let words = sentence.split_whitespace().count();
        if words > MAX_SENTENCE_WORDS {
            let start: Vec<&str> = sentence.split_whitespace().take(6).collect();
            notes.push(format!(
                "long sentence ({words} words, B1 aims at {MAX_SENTENCE_WORDS} at most): '{} …'",
                start.join(" ")
            ));
        }
    }
    for word in text.split(|c: char| !c.is_alphanumeric() && c != '-') {
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        let is_address = text.contains(&format!("{word}.nl")) || text.contains(&format!("www.{word}"));
        if letters > MAX_WORD_LETTERS && !is_address {
            notes.push(format!("long word ({letters} letters): '{word}'"));
        }
    }
    notes
}

impl Checker {
    pub fn error(&mut self, file: &str, entry: impl Into<String>, reason: impl Into<String>) {
        self.errors.push(ContentError::new(file, entry, reason));
    }

    /// A text must have every language, nothing else, and no empty entries.
    pub fn text(&mut self, file: &str, entry: &str, field: &str, text: &Text) {
        for lang in self.langs.clone() {
            match text.get(&lang) {
                None => self.error(file, entry, format!("{field}: missing translation for '{lang}'")),
                Some(s) if s.trim().is_empty() => self.error(file, entry, format!("{field}: empty text for '{lang}'")),
                // Control characters are invisible to readers, and the
                // language packs use one to separate texts.
                Some(s) if s.chars().any(|c| c.is_control() && c != '\n') => self.error(
                    file,
                    entry,
                    format!("{field}: text for '{lang}' has an invisible control character"),
                ),
                Some(s) if Some(&lang) == self.langs.first() => {
                    for note in plain_language(s) {
                        self.notes
                            .push(ContentError::new(file, entry, format!("{field}: {note}")));
                    }
                }
                Some(_) => {}
            }
        }
        // Every language keeps the first language's {placeholders}.
        if let Some(first) = self.langs.first().and_then(|l| text.get(l)) {
            let want = crate::po::placeholders(first);
            let langs = self.langs.clone();
            for (lang, other) in text.iter().filter(|(k, _)| langs.contains(*k)) {
                let got = crate::po::placeholders(other);
                if got != want {
                    let list = |s: &BTreeSet<&str>| s.iter().copied().collect::<Vec<_>>().join(" ");
                    self.error(
                        file,
                        entry,
                        format!(
                            "{field}: the text for '{lang}' has the placeholders [{}], the first language [{}]",
                            list(&got),
                            list(&want)
                        ),
                    );
                }
            }
        }
        if let Some(informal) = text.get(INFORMAL_KEY) {
            let first = self.langs.first().and_then(|l| text.get(l));
            if informal.trim().is_empty() {
                self.error(file, entry, format!("{field}: {INFORMAL_KEY}: empty text"));
            } else if first == Some(informal) {
                self.error(
                    file,
                    entry,
                    format!("{field}: {INFORMAL_KEY}: the same as the text itself: leave it out"),
                );
            } else {
                for note in plain_language(informal) {
                    self.notes.push(ContentError::new(
                        file,
                        entry,
                        format!("{field} ({INFORMAL_KEY}): {note}"),
                    ));
                }
            }
        }
        for key in text.keys().filter(|k| *k != INFORMAL_KEY) {
            if !self.langs.contains(key) {
                self.error(
                    file,
                    entry,
                    format!("{field}: unknown language '{key}' (languages are listed in {LANGUAGES_FILE})"),
                );
            }
        }
    }

    /// Links must be `https://` so that nothing is ever opened over plain HTTP.
    pub fn link(&mut self, file: &str, entry: &str, field: &str, url: &str) {
        let rest = url.strip_prefix("https://");
        let host_ok = rest.is_some_and(|r| {
            let host = r.split('/').next().unwrap_or("");
            host.contains('.') && !host.contains(char::is_whitespace)
        });
        if !host_ok {
            self.error(
                file,
                entry,
                format!("{field}: link '{url}' must start with https:// and name a host"),
            );
        }
    }

    /// Ids are short lowercase words joined by hyphens, unique per kind.
    pub fn ids<'a>(&mut self, file: &str, kind: &str, ids: impl Iterator<Item = &'a str>) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        for id in ids {
            if !is_id(id) {
                self.error(file, id, format!("{kind} id '{id}' {}", id_rule()));
            }
            if !seen.insert(id.to_string()) {
                self.error(file, id, format!("duplicate {kind} id '{id}'"));
            }
        }
        seen
    }
}

/// The option id the app gives its own "don't know" answer.
pub const DONT_KNOW: &str = "dont-know";

pub use veilig_rules::is_id;

/// What [`is_id`] asks, in words for a message.
pub(crate) fn id_rule() -> String {
    format!(
        "may only use a-z, 0-9 and '-', not start with '-', and be at most {} long",
        veilig_rules::MAX_ID_LEN
    )
}

pub(super) fn check(content: &Content) -> Vec<ContentError> {
    run(content).errors
}

/// Where the first language may be hard to read (see [`plain_language`]).
pub(super) fn notes(content: &Content) -> Vec<ContentError> {
    run(content).notes
}

fn run(content: &Content) -> Checker {
    let mut c = Checker {
        langs: content.languages.iter().map(|l| l.code.clone()).collect(),
        errors: Vec::new(),
        notes: Vec::new(),
    };
    c.errors.extend(content.translation_errors.iter().cloned());
    check_languages(&mut c, &content.languages);
    check_ui(&mut c, &content.ui);
    let orgs = check_organisations(&mut c, content);
    let kinds: Vec<&str> = content.checks.iter().map(|k| k.kind.as_str()).collect();
    check_help_now(&mut c, &content.help_now, &orgs, &kinds);
    check_report(&mut c, content, &orgs, &kinds);
    check_presentation(&mut c, content);
    let all_orgs: Vec<&Organisation> = content.organisations.iter().chain(&content.local.contact).collect();
    for check in &content.checks {
        check_check(&mut c, check, &all_orgs);
    }
    c
}

fn check_languages(c: &mut Checker, languages: &[Language]) {
    if languages.is_empty() {
        c.error(LANGUAGES_FILE, "(file)", "at least one [[language]] is needed");
    }
    c.ids(LANGUAGES_FILE, "language", languages.iter().map(|l| l.code.as_str()));
    for (i, l) in languages.iter().enumerate() {
        let words = |s: &Option<String>| s.as_deref().is_some_and(|s| !s.trim().is_empty());
        if i == 0 {
            if l.reviewed.is_some() || l.not_reviewed.is_some() {
                c.error(
                    LANGUAGES_FILE,
                    &l.code,
                    "the first language is the source of every translation: it has no review status",
                );
            }
        } else if l.reviewed.is_none() || !words(&l.review) {
            c.error(
                LANGUAGES_FILE,
                &l.code,
                "needs `reviewed = true/false` and `review`: how it was translated, and who (a role, not a name) checked it and when",
            );
        } else if l.reviewed == Some(false) && !words(&l.not_reviewed) {
            c.error(
                LANGUAGES_FILE,
                &l.code,
                "is not reviewed: `not_reviewed` must say so in the language itself, for the language menu",
            );
        } else if l.reviewed == Some(true) && l.not_reviewed.is_some() {
            c.error(LANGUAGES_FILE, &l.code, "is reviewed: leave `not_reviewed` out");
        }
        if l.dir != "ltr" && l.dir != "rtl" {
            c.error(
                LANGUAGES_FILE,
                &l.code,
                format!("dir must be \"ltr\" or \"rtl\", not \"{}\"", l.dir),
            );
        }
    }
}

fn check_ui(c: &mut Checker, ui: &[UiString]) {
    let mut seen = BTreeSet::new();
    for s in ui {
        let valid = s.key.split('.').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_')
        });
        if !valid {
            c.error(UI_FILE, &s.key, "a key may only use a-z, 0-9 and '_' between the dots");
        }
        if !seen.insert(super::codegen::const_name(&s.key)) {
            c.error(UI_FILE, &s.key, "duplicate key");
        }
        c.text(UI_FILE, &s.key, "text", &s.text);
    }
}

/// Checks the national directory and the local pack together: their ids
/// share one space, because actions refer to both the same way.
fn check_organisations(c: &mut Checker, content: &Content) -> BTreeSet<String> {
    let all = content
        .organisations
        .iter()
        .map(|o| (ORGANISATIONS_FILE, o))
        .chain(content.local.contact.iter().map(|o| (LOCAL_FILE, o)));
    let mut seen = BTreeSet::new();
    for (file, o) in all {
        if !is_id(&o.id) {
            c.error(file, &o.id, format!("id {}", id_rule()));
        }
        if !seen.insert(o.id.clone()) {
            c.error(file, &o.id, format!("duplicate organisation id '{}'", o.id));
        }
        c.text(file, &o.id, "name", &o.name);
        c.text(file, &o.id, "helps_with", &o.helps_with);
        if let Some(hours) = &o.hours {
            c.text(file, &o.id, "hours", hours);
        }
        match &o.website {
            Some(url) => c.link(file, &o.id, "website", url),
            None if o.phone.is_none() => c.error(file, &o.id, "needs a website or a phone number"),
            None => {}
        }
        if let Some(tool) = &o.tool {
            match &o.website {
                Some(url) if is_homepage(url) => c.error(
                    file,
                    &o.id,
                    format!("stands for the tool '{tool}', but its website '{url}' is a bare homepage: link to the tool's own page"),
                ),
                None => c.error(
                    file,
                    &o.id,
                    format!("stands for the tool '{tool}' but has no website that leads to it"),
                ),
                Some(_) => {}
            }
        }
        if let Some(phone) = &o.phone {
            if !phone
                .chars()
                .all(|ch| ch.is_ascii_digit() || ch == ' ' || ch == '-' || ch == '+')
            {
                c.error(
                    file,
                    &o.id,
                    format!("phone '{phone}' may only hold digits, spaces, '-' and '+'"),
                );
            }
        }
    }
    c.text(LOCAL_FILE, "municipality", "municipality", &content.local.municipality);
    c.text(LOCAL_FILE, "programme", "programme", &content.local.programme);
    seen
}

fn check_help_now(c: &mut Checker, situations: &[Situation], orgs: &BTreeSet<String>, kinds: &[&str]) {
    c.ids(HELP_NOW_FILE, "situation", situations.iter().map(|s| s.id.as_str()));
    for s in situations {
        match s.check.as_deref() {
            None => c.error(
                HELP_NOW_FILE,
                &s.id,
                format!("needs check = one of {kinds:?}: whose situation is it?"),
            ),
            Some(kind) if !kinds.contains(&kind) => c.error(
                HELP_NOW_FILE,
                &s.id,
                format!("unknown check kind '{kind}' (known: {kinds:?})"),
            ),
            Some(_) => {}
        }
        c.text(HELP_NOW_FILE, &s.id, "title", &s.title);
        if s.steps.is_empty() {
            c.error(HELP_NOW_FILE, &s.id, "needs at least one step");
        }
        for (i, step) in s.steps.iter().enumerate() {
            c.text(HELP_NOW_FILE, &s.id, &format!("steps[{}]", i + 1), step);
        }
        for org in &s.organisations {
            if !orgs.contains(org) {
                c.error(HELP_NOW_FILE, &s.id, format!("unknown organisation id '{org}'"));
            }
        }
    }
}

/// A page checked on a date: the source of a report place or of what to
/// bring.
fn check_dated_source(c: &mut Checker, entry: &str, source: &str, checked: Option<&str>) {
    c.link(REPORT_FILE, entry, "source", source);
    match checked {
        None => c.error(
            REPORT_FILE,
            entry,
            "has no last-checked date: add checked = \"YYYY-MM-DD\"",
        ),
        Some(d) if !is_date(d) => c.error(
            REPORT_FILE,
            entry,
            format!("checked date '{d}' is not a date like 2026-11-23"),
        ),
        Some(_) => {}
    }
}

/// The report form: choices with texts and unique ids, and places to report
/// whose `when` tags each name something the form knows, with a dated
/// source; at least one place shows for every report.
fn check_report(c: &mut Checker, content: &Content, orgs: &BTreeSet<String>, kinds: &[&str]) {
    let r = &content.report;
    let lists = [
        ("channel", &r.channel),
        ("given", &r.given),
        ("done", &r.done),
        ("evidence", &r.evidence),
    ];
    for (kind, choices) in lists {
        c.ids(REPORT_FILE, kind, choices.iter().map(|x| x.id.as_str()));
        if choices.is_empty() {
            c.error(REPORT_FILE, kind, format!("needs at least one [[{kind}]]"));
        }
        for x in choices {
            c.text(REPORT_FILE, &x.id, "label", &x.label);
            match (&x.detail, kind) {
                (Some(detail), "channel") => c.text(REPORT_FILE, &x.id, "detail", detail),
                (None, "channel") => c.error(
                    REPORT_FILE,
                    &x.id,
                    "a channel needs a detail: what should the person write down?",
                ),
                (Some(_), _) => c.error(REPORT_FILE, &x.id, format!("only a channel has a detail, not a {kind}")),
                (None, _) => {}
            }
        }
    }
    for (i, item) in r.bring.items.iter().enumerate() {
        c.text(REPORT_FILE, "bring", &format!("items[{}]", i + 1), item);
    }
    check_dated_source(c, "bring", &r.bring.source, r.bring.checked.as_deref());
    let tags: BTreeSet<&str> = content
        .help_now
        .iter()
        .map(|s| s.id.as_str())
        .chain(r.channel.iter().chain(&r.given).map(|x| x.id.as_str()))
        .chain(kinds.iter().copied())
        .chain(["other", "paid"])
        .collect();
    c.ids(REPORT_FILE, "place", r.place.iter().map(|p| p.id.as_str()));
    if !r.place.iter().any(|p| p.when.is_empty()) {
        c.error(
            REPORT_FILE,
            "place",
            "needs a place with no `when`: every report must say where to go",
        );
    }
    for p in &r.place {
        c.text(REPORT_FILE, &p.id, "title", &p.title);
        c.text(REPORT_FILE, &p.id, "how", &p.how);
        for tag in &p.when {
            if !tags.contains(tag.as_str()) {
                c.error(
                    REPORT_FILE,
                    &p.id,
                    format!("when: unknown tag '{tag}' (a situation of {HELP_NOW_FILE}, a check kind, a channel or given id, \"paid\" or \"other\")"),
                );
            }
        }
        if let Some(org) = &p.organisation {
            if !orgs.contains(org) {
                c.error(REPORT_FILE, &p.id, format!("unknown organisation id '{org}'"));
            }
        }
        check_dated_source(c, &p.id, &p.source, p.checked.as_deref());
    }
}

/// The scenario a presentation names, "kind/scenario-id", if it exists.
pub(crate) fn find_scenario<'a>(content: &'a Content, name: &str) -> Option<(usize, usize, &'a Scenario)> {
    let (kind, id) = name.split_once('/')?;
    let k = content.checks.iter().position(|c| c.kind == kind)?;
    let i = content.checks[k].scenarios.iter().position(|s| s.id == id)?;
    Some((k, i, &content.checks[k].scenarios[i]))
}

/// Presentation mode: audiences of existing scenarios with three things
/// to remember, and talking points for every scenario shown.
fn check_presentation(c: &mut Checker, content: &Content) {
    let p = &content.presentation;
    let file = PRESENTATION_FILE;
    c.ids(file, "audience", p.audience.iter().map(|a| a.id.as_str()));
    if p.audience.is_empty() {
        c.error(file, "audience", "needs at least one [[audience]]");
    }
    for a in &p.audience {
        c.text(file, &a.id, "title", &a.title);
        c.text(file, &a.id, "hint", &a.hint);
        if !content.checks.iter().any(|k| k.kind == a.check) {
            c.error(
                file,
                &a.id,
                format!("check '{}' is not a check kind of {CHECKS_FILE}", a.check),
            );
        }
        if a.remember.len() != 3 {
            c.error(
                file,
                &a.id,
                format!("remember: needs exactly 3 things to remember, not {}", a.remember.len()),
            );
        }
        for (i, t) in a.remember.iter().enumerate() {
            c.text(file, &a.id, &format!("remember[{}]", i + 1), t);
        }
        if a.scenarios.is_empty() {
            c.error(file, &a.id, "scenarios: needs at least one");
        }
        for (i, name) in a.scenarios.iter().enumerate() {
            if find_scenario(content, name).is_none() {
                c.error(
                    file,
                    &a.id,
                    format!("scenarios: no scenario '{name}' (write \"kind/scenario-id\")"),
                );
            } else if a.scenarios[..i].contains(name) {
                c.error(file, &a.id, format!("scenarios: '{name}' is listed twice"));
            }
            if !p.talk.iter().any(|t| &t.scenario == name) {
                c.error(
                    file,
                    &a.id,
                    format!("scenarios: '{name}' has no [[talk]] for the handout"),
                );
            }
        }
    }
    for (i, t) in p.talk.iter().enumerate() {
        let entry = t.scenario.as_str();
        if find_scenario(content, entry).is_none() {
            c.error(
                file,
                entry,
                format!("talk: no scenario '{entry}' (write \"kind/scenario-id\")"),
            );
        }
        if p.talk[..i].iter().any(|o| o.scenario == t.scenario) {
            c.error(file, entry, "talk: a second [[talk]] for this scenario");
        }
        if !(2..=3).contains(&t.points.len()) {
            c.error(
                file,
                entry,
                format!("points: write 2 or 3 talking points, not {}", t.points.len()),
            );
        }
        for (n, point) in t.points.iter().enumerate() {
            c.text(file, entry, &format!("points[{}]", n + 1), point);
        }
        c.text(file, entry, "question", &t.question);
    }
}

/// The figures an editor or a test wants to see at a glance, as one JSON
/// object. Written by hand to keep the build free of a JSON dependency.
pub fn stats_json(content: &Content, today: &str) -> String {
    let langs: Vec<String> = content.languages.iter().map(|l| format!("\"{}\"", l.code)).collect();
    let mut fields = vec![
        format!("\"languages\":[{}]", langs.join(",")),
        format!("\"ui_strings\":{}", content.ui.len()),
        format!("\"organisations\":{}", content.organisations.len()),
        format!("\"local_contacts\":{}", content.local.contact.len()),
        format!("\"help_now_situations\":{}", content.help_now.len()),
        format!("\"plain_language_notes\":{}", notes(content).len()),
        format!("\"texts\":{}", content.texts),
        format!("\"translations\":[{}]", translation_stats(content).join(",")),
    ];
    fields.extend(
        content
            .checks
            .iter()
            .map(|check| format!("\"{}\":{}", check.kind, check_stats(content, check, today))),
    );
    format!("{{{}}}", fields.join(","))
}

/// Per language: its texts translated and missing, and its review status
/// (`source` for the first language).
fn translation_stats(content: &Content) -> Vec<String> {
    content
        .languages
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let translated = content.translated.get(&l.code).copied().unwrap_or(0);
            let status = match (i, l.reviewed) {
                (0, _) => "source",
                (_, Some(true)) => "reviewed",
                _ => "not reviewed",
            };
            format!(
                "{{\"language\":\"{}\",\"translated\":{translated},\"missing\":{},\"review\":\"{status}\"}}",
                l.code,
                content.texts.saturating_sub(translated)
            )
        })
        .collect()
}

/// The rules for one check kind (`content/<kind>/`).
pub(super) fn check_check(c: &mut Checker, check: &Check, orgs: &[&Organisation]) {
    let check_file = check.file("check");
    c.text(&check_file, "title", "title", &check.title);
    c.text(&check_file, "intro", "intro", &check.intro);
    c.text(
        &check_file,
        "profile_caption",
        "profile_caption",
        &check.profile_caption,
    );
    c.text(
        &check_file,
        "help_now_caption",
        "help_now_caption",
        &check.help_now_caption,
    );
    c.text(&check_file, "choice_title", "choice_title", &check.choice_title);
    c.text(&check_file, "choice_hint", "choice_hint", &check.choice_hint);
    if let Some(address) = check.address.as_deref().filter(|a| !["u", "je"].contains(a)) {
        c.error(
            &check_file,
            "address",
            format!("'{address}' is not a form of address: write \"u\" or \"je\""),
        );
    }
    if check.themes.is_empty() {
        c.error(&check_file, "(file)", "at least one [[theme]] is needed");
    }
    let themes = c.ids(&check_file, "theme", check.themes.iter().map(|t| t.id.as_str()));
    for t in &check.themes {
        c.text(&check_file, &t.id, "title", &t.title);
    }

    let profile_file = check.file("profile");
    c.ids(
        &profile_file,
        "profile question",
        check.profile.iter().map(|q| q.id.as_str()),
    );
    let tags = c.ids(
        &profile_file,
        "profile option",
        check
            .profile
            .iter()
            .flat_map(|q| q.options.iter().map(|o| o.id.as_str())),
    );
    for q in &check.profile {
        c.text(&profile_file, &q.id, "text", &q.text);
        if let Some(hint) = &q.hint {
            c.text(&profile_file, &q.id, "hint", hint);
        }
        if q.options.len() < 2 {
            c.error(&profile_file, &q.id, "needs at least two options");
        }
        for o in &q.options {
            c.text(&profile_file, &q.id, &format!("option '{}' label", o.id), &o.label);
        }
    }

    let actions = c.ids(
        &check.file("actions"),
        "action",
        check.actions.iter().map(|a| a.id.as_str()),
    );
    // Questions and scenarios share one answer sheet, so their ids share one space.
    c.ids(
        &check.file("questions"),
        "question or scenario",
        check
            .questions
            .iter()
            .map(|q| q.id.as_str())
            .chain(check.scenarios.iter().map(|s| s.id.as_str())),
    );
    let refs = Refs {
        themes: &themes,
        tags: &tags,
        actions: &actions,
    };
    for q in &check.questions {
        check_question(c, check, q, &refs);
    }
    for s in &check.scenarios {
        check_scenario(c, check, s, &refs);
    }
    for a in &check.actions {
        check_action(c, check, a, &themes, orgs);
    }

    for t in &check.themes {
        let used = check.questions.iter().any(|q| q.theme == t.id) || check.scenarios.iter().any(|s| s.theme == t.id);
        if !used {
            c.error(&check_file, &t.id, "theme has no question or scenario");
        }
    }
    for a in &check.actions {
        let given = check
            .questions
            .iter()
            .any(|q| q.action == a.id || q.learn_action.as_deref() == Some(&a.id))
            || check.scenarios.iter().any(|s| s.action == a.id);
        if !given {
            c.error(
                &check.file("actions"),
                &a.id,
                "action is never given: no question or scenario refers to it",
            );
        }
    }
}

struct Refs<'a> {
    themes: &'a BTreeSet<String>,
    tags: &'a BTreeSet<String>,
    actions: &'a BTreeSet<String>,
}

impl Refs<'_> {
    fn check(&self, c: &mut Checker, file: &str, entry: &str, theme: &str, action: &str, tags: &[&String]) {
        if !self.themes.contains(theme) {
            c.error(file, entry, format!("unknown theme id '{theme}'"));
        }
        if !self.actions.contains(action) {
            c.error(file, entry, format!("unknown action id '{action}'"));
        }
        for tag in tags {
            if !self.tags.contains(*tag) {
                c.error(file, entry, format!("unknown profile option '{tag}' in show_if"));
            }
        }
    }
}

fn check_weight(c: &mut Checker, file: &str, entry: &str, weight: Option<i64>) {
    match weight {
        Some(1..=3) => {}
        Some(w) => c.error(file, entry, format!("weight {w} must be 1, 2 or 3")),
        None => c.error(file, entry, "needs a weight: 3 critical, 2 important, 1 nice to have"),
    }
}

fn check_question(c: &mut Checker, check: &Check, q: &Question, refs: &Refs) {
    let file = check.file("questions");
    let tags: Vec<&String> = q.show_if.iter().chain(&q.show_if_any).collect();
    refs.check(c, &file, &q.id, &q.theme, &q.action, &tags);
    if let Some(learn) = &q.learn_action {
        if !refs.actions.contains(learn) {
            c.error(&file, &q.id, format!("unknown action id '{learn}' in learn_action"));
        }
    }
    check_weight(c, &file, &q.id, q.weight);
    c.text(&file, &q.id, "text", &q.text);
    if let Some(hint) = &q.hint {
        c.text(&file, &q.id, "hint", hint);
    }
    if q.options.len() < 2 {
        c.error(&file, &q.id, "needs at least two options");
    }
    c.ids(&file, "option", q.options.iter().map(|o| o.id.as_str()));
    for o in &q.options {
        c.text(&file, &q.id, &format!("option '{}' label", o.id), &o.label);
        if o.id == DONT_KNOW {
            c.error(
                &file,
                &q.id,
                "do not write a 'dont-know' option: the app adds \"don't know\" to every question",
            );
        }
        match o.score {
            None => c.error(&file, &q.id, format!("option '{}' has no score (0 to 100)", o.id)),
            Some(s) if !(0..=100).contains(&s) => c.error(
                &file,
                &q.id,
                format!("option '{}' score {s} must be from 0 to 100", o.id),
            ),
            Some(_) => {}
        }
    }
    let scores: Vec<i64> = q.options.iter().filter_map(|o| o.score).collect();
    if let (Some(first), Some(best)) = (scores.first(), scores.iter().max()) {
        if first < best && scores.len() == q.options.len() {
            let safest = q
                .options
                .iter()
                .find(|o| o.score == Some(*best))
                .map_or("", |o| o.id.as_str());
            c.error(
                &file,
                &q.id,
                format!(
                    "the safest option '{safest}' (score {best}) must be listed first, not '{}' (score {first})",
                    q.options[0].id
                ),
            );
        }
    }
    for o in q.options.iter().filter(|o| o.harmful && o.score == Some(100)) {
        c.error(&file, &q.id, format!("option '{}' is harmful but scores 100", o.id));
    }
    if !scores.is_empty() && !scores.contains(&100) {
        c.error(&file, &q.id, "no option scores 100: which answer is safe?");
    }
    if !scores.is_empty() && scores.iter().all(|s| *s == 100) {
        c.error(
            &file,
            &q.id,
            "every option scores 100: the question can never find a gap",
        );
    }
}

fn check_scenario(c: &mut Checker, check: &Check, s: &Scenario, refs: &Refs) {
    let file = check.file("scenarios");
    let tags: Vec<&String> = s.show_if.iter().chain(&s.show_if_any).collect();
    refs.check(c, &file, &s.id, &s.theme, &s.action, &tags);
    check_weight(c, &file, &s.id, s.weight);
    c.text(&file, &s.id, "title", &s.title);
    c.text(&file, &s.id, "story", &s.story);
    c.text(&file, &s.id, "question", &s.question);
    match &s.explanation {
        Some(e) => c.text(&file, &s.id, "explanation", e),
        None => c.error(&file, &s.id, "scenario has no explanation: say why after the answer"),
    }
    if s.options.len() < 2 {
        c.error(&file, &s.id, "needs at least two options");
    }
    c.ids(&file, "option", s.options.iter().map(|o| o.id.as_str()));
    for o in &s.options {
        c.text(&file, &s.id, &format!("option '{}' label", o.id), &o.label);
        if o.correct.is_none() {
            c.error(&file, &s.id, format!("option '{}' needs correct = true or false", o.id));
        }
    }
    for o in s.options.iter().filter(|o| o.harmful && o.correct == Some(true)) {
        c.error(&file, &s.id, format!("option '{}' is harmful but marked correct", o.id));
    }
    let correct = s.options.iter().filter(|o| o.correct == Some(true)).count();
    if correct != 1 && !s.options.is_empty() {
        c.error(&file, &s.id, format!("needs exactly one correct option, has {correct}"));
    }
}

fn check_action(c: &mut Checker, check: &Check, a: &Action, themes: &BTreeSet<String>, orgs: &[&Organisation]) {
    let file = check.file("actions");
    if !themes.contains(&a.theme) {
        c.error(&file, &a.id, format!("unknown theme id '{}'", a.theme));
    }
    c.text(&file, &a.id, "title", &a.title);
    c.text(&file, &a.id, "why", &a.why);
    if a.steps.is_empty() {
        c.error(&file, &a.id, "needs at least one step");
    }
    for (i, step) in a.steps.iter().enumerate() {
        c.text(&file, &a.id, &format!("steps[{}]", i + 1), step);
    }
    for v in &a.variant {
        c.text(&file, &a.id, "variant label", &v.label);
        if v.steps.is_empty() {
            c.error(&file, &a.id, "a variant needs at least one step");
        }
        for (i, step) in v.steps.iter().enumerate() {
            c.text(&file, &a.id, &format!("variant steps[{}]", i + 1), step);
        }
    }
    let find = |id: &str| orgs.iter().find(|o| o.id == id);
    if a.help.is_empty() {
        c.error(&file, &a.id, "needs at least one organisation in help");
    }
    for h in &a.help {
        if find(h).is_none() {
            c.error(&file, &a.id, format!("unknown organisation id '{h}' in help"));
        }
    }
    let helpers: Vec<&&Organisation> = a.help.iter().filter_map(|h| find(h)).collect();
    let because = a.no_phone_because.as_deref().is_some_and(|b| !b.trim().is_empty());
    if !helpers.is_empty() && helpers.iter().all(|o| o.phone.is_none()) && !because {
        c.error(
            &file,
            &a.id,
            "no help organisation has a phone number: add one someone can call, or say why in no_phone_because",
        );
    }
    // An action that names a tool must link to it: through the entry that
    // stands for that tool, among its help or as its source.
    let texts = std::iter::once(&a.title)
        .chain(std::iter::once(&a.why))
        .chain(&a.steps)
        .chain(a.variant.iter().flat_map(|v| &v.steps));
    let written: String = texts
        .flat_map(|t| t.values())
        .map(|t| t.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    for tool_org in orgs.iter().filter(|o| o.tool.is_some()) {
        let tool = tool_org.tool.as_deref().unwrap_or_default();
        let linked = a.help.iter().chain(a.source.as_ref()).any(|h| *h == tool_org.id);
        if written.contains(&tool.to_lowercase()) && !linked {
            c.error(
                &file,
                &a.id,
                format!(
                    "names the tool '{tool}' but does not list '{}' (its own page) in help",
                    tool_org.id
                ),
            );
        }
    }
    match a.source.as_deref().map(|s| (s, find(s))) {
        None => c.error(
            &file,
            &a.id,
            "action has no source: name the organisation whose advice this follows",
        ),
        Some((s, None)) => c.error(&file, &a.id, format!("unknown organisation id '{s}' in source")),
        Some((s, Some(o))) if o.website.is_none() => c.error(
            &file,
            &a.id,
            format!("source '{s}' has no website to check the advice against"),
        ),
        Some(_) => {}
    }
    match a.checked.as_deref() {
        None => c.error(
            &file,
            &a.id,
            "action has no last-checked date: add checked = \"YYYY-MM-DD\"",
        ),
        Some(d) if !is_date(d) => c.error(
            &file,
            &a.id,
            format!("checked date '{d}' is not a date like 2026-11-23"),
        ),
        Some(_) => {}
    }
}

/// A website with nothing after its host: `https://www.politie.nl` or
/// `https://www.politie.nl/`.
pub fn is_homepage(url: &str) -> bool {
    let rest = url.strip_prefix("https://").unwrap_or(url);
    match rest.split_once('/') {
        None => true,
        Some((_, path)) => path.is_empty(),
    }
}

/// How long advice may go unchecked before `check` warns: a year.
pub const STALE_AFTER_YEARS: u32 = 1;

/// Whether an action checked on `checked` is due for another look on
/// `today` (both `YYYY-MM-DD`): more than a year ago.
pub fn is_stale(checked: &str, today: &str) -> bool {
    use veilig_rules::Day;
    let year_ago = Day::parse(today).and_then(|t| t.years_before(STALE_AFTER_YEARS));
    match (Day::parse(checked), year_ago) {
        (Some(checked), Some(year_ago)) => checked < year_ago,
        _ => false,
    }
}

/// Warnings, not mistakes: advice whose `checked` date is more than a year
/// before `today`.
pub(super) fn stale(content: &Content, today: &str) -> Vec<ContentError> {
    let mut out = Vec::new();
    for check in &content.checks {
        for a in &check.actions {
            if let Some(d) = a.checked.as_deref().filter(|d| is_stale(d, today)) {
                out.push(ContentError::new(
                    &check.file("actions"),
                    &a.id,
                    format!("last checked {d}, more than a year before {today}: compare it with the source again"),
                ));
            }
        }
    }
    out
}

/// A `checked` date: a real date written `YYYY-MM-DD`, in this century.
pub fn is_date(s: &str) -> bool {
    veilig_rules::Day::parse(s).is_some_and(|d| (2000..=2100).contains(&d.year()))
}

/// The counts of one check kind for `content stats`.
/// Steps and Dutch words of each route for a profile that shows everything
/// (every tag chosen): the longest each route can be. The quick route is
/// the app's: the profile questions whose tags a critical item's condition
/// names, then `veilig_rules::quick_items`. Reading times for real profiles
/// are measured in the persona tests.
fn route_stats(content: &Content, check: &Check) -> (String, String) {
    let first = content.languages.first().map_or("nl", |l| l.code.as_str());
    let words = |t: &Text| t.get(first).map_or(0, |w| w.split_whitespace().count());
    let dont_know = content
        .ui
        .iter()
        .find(|u| u.key == "check.dont_know")
        .map_or(0, |u| words(&u.text));
    let weight = |w: Option<i64>| u8::try_from(w.unwrap_or(1)).unwrap_or(0);
    // The full route's items in the app's order: theme by theme, questions
    // before scenarios; each as (is a scenario, weight, words).
    let mut items: Vec<(bool, u8, usize)> = Vec::new();
    for theme in &check.themes {
        for q in check.questions.iter().filter(|q| q.theme == theme.id) {
            let w = words(&q.text)
                + q.hint.as_ref().map_or(0, words)
                + q.options.iter().map(|o| words(&o.label)).sum::<usize>()
                + dont_know;
            items.push((false, weight(q.weight), w));
        }
        for sc in check.scenarios.iter().filter(|s| s.theme == theme.id) {
            let w = words(&sc.title)
                + words(&sc.story)
                + words(&sc.question)
                + sc.options.iter().map(|o| words(&o.label)).sum::<usize>()
                + sc.explanation.as_ref().map_or(0, words);
            items.push((true, weight(sc.weight), w));
        }
    }
    let critical_tags: BTreeSet<&str> = check
        .questions
        .iter()
        .filter(|q| weight(q.weight) >= veilig_rules::CRITICAL)
        .flat_map(|q| q.show_if.iter().chain(&q.show_if_any))
        .chain(
            check
                .scenarios
                .iter()
                .filter(|s| weight(s.weight) >= veilig_rules::CRITICAL)
                .flat_map(|s| s.show_if.iter().chain(&s.show_if_any)),
        )
        .map(String::as_str)
        .collect();
    let profile_words = |q: &&crate::source::ProfileQuestion| {
        words(&q.text) + q.hint.as_ref().map_or(0, words) + q.options.iter().map(|o| words(&o.label)).sum::<usize>()
    };
    let intro = words(&check.title) + words(&check.intro);
    let route = |profile: Vec<&crate::source::ProfileQuestion>, chosen: Vec<usize>| {
        let steps = profile.len() + chosen.len();
        let w = intro
            + profile.iter().map(profile_words).sum::<usize>()
            + chosen.iter().map(|&n| items[n].2).sum::<usize>();
        format!("{{\"steps\":{steps},\"words\":{w}}}")
    };
    let shape: Vec<(bool, u8)> = items.iter().map(|&(s, w, _)| (s, w)).collect();
    let quick_profile = check
        .profile
        .iter()
        .filter(|q| q.options.iter().any(|o| critical_tags.contains(o.id.as_str())))
        .collect();
    (
        route(check.profile.iter().collect(), (0..items.len()).collect()),
        route(quick_profile, veilig_rules::quick_items(&shape)),
    )
}

fn check_stats(content: &Content, check: &Check, today: &str) -> String {
    let orgs: BTreeSet<&str> = check
        .actions
        .iter()
        .flat_map(|a| a.help.iter().map(String::as_str).chain(a.source.as_deref()))
        .collect();
    // How many actions name each organisation among their help.
    let per_org: Vec<String> = orgs
        .iter()
        .map(|o| {
            let n = check.actions.iter().filter(|a| a.help.iter().any(|h| h == o)).count();
            format!("\"{o}\":{n}")
        })
        .collect();
    let situations = content
        .help_now
        .iter()
        .filter(|s| s.check.as_deref() == Some(check.kind.as_str()))
        .count();
    let stale = check
        .actions
        .iter()
        .filter(|a| a.checked.as_deref().is_some_and(|d| is_stale(d, today)))
        .count();
    let (full, quick) = route_stats(content, check);
    format!(
        "{{\"routes\":{{\"full\":{full},\"quick\":{quick}}},\"themes\":{},\"profile_questions\":{},\"questions\":{},\"scenarios\":{},\"situations\":{situations},\"actions\":{},\"organisations\":{},\"actions_per_organisation\":{{{}}},\"actions_without_source\":{},\"actions_without_checked_date\":{},\"actions_stale\":{stale}}}",
        check.themes.len(),
        check.profile.len(),
        check.questions.len(),
        check.scenarios.len(),
        check.actions.len(),
        orgs.len(),
        per_org.join(","),
        check.actions.iter().filter(|a| a.source.is_none()).count(),
        check.actions.iter().filter(|a| a.checked.is_none()).count(),
    )
}
