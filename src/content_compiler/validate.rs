//! The rules content must follow. Each rule adds a [`ContentError`] naming the
//! file, the entry and the reason; nothing here stops at the first error.

use std::collections::BTreeSet;

use super::source::*;
use super::ContentError;

/// Collects errors for one check run, and knows the language codes.
pub(super) struct Checker {
    pub langs: Vec<String>,
    pub errors: Vec<ContentError>,
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
                Some(s) if s.trim().is_empty() => {
                    self.error(file, entry, format!("{field}: empty text for '{lang}'"))
                }
                Some(_) => {}
            }
        }
        for key in text.keys() {
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
            self.error(file, entry, format!("{field}: link '{url}' must start with https:// and name a host"));
        }
    }

    /// Ids are short lowercase words joined by hyphens, unique per kind.
    pub fn ids<'a>(&mut self, file: &str, kind: &str, ids: impl Iterator<Item = &'a str>) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        for id in ids {
            if !is_id(id) {
                self.error(file, id, format!("{kind} id '{id}' may only use a-z, 0-9 and '-'"));
            }
            if !seen.insert(id.to_string()) {
                self.error(file, id, format!("duplicate {kind} id '{id}'"));
            }
        }
        seen
    }
}

pub fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.starts_with('-')
}

pub(super) fn check(content: &Content) -> Vec<ContentError> {
    let mut c = Checker {
        langs: content.languages.iter().map(|l| l.code.clone()).collect(),
        errors: Vec::new(),
    };
    check_languages(&mut c, &content.languages);
    check_ui(&mut c, &content.ui);
    let orgs = check_organisations(&mut c, content);
    check_help_now(&mut c, &content.help_now, &orgs);
    c.errors
}

fn check_languages(c: &mut Checker, languages: &[Language]) {
    if languages.is_empty() {
        c.error(LANGUAGES_FILE, "(file)", "at least one [[language]] is needed");
    }
    c.ids(LANGUAGES_FILE, "language", languages.iter().map(|l| l.code.as_str()));
    for l in languages {
        if l.dir != "ltr" && l.dir != "rtl" {
            c.error(LANGUAGES_FILE, &l.code, format!("dir must be \"ltr\" or \"rtl\", not \"{}\"", l.dir));
        }
    }
}

fn check_ui(c: &mut Checker, ui: &[UiString]) {
    let mut seen = BTreeSet::new();
    for s in ui {
        let valid = s
            .key
            .split('.')
            .all(|part| !part.is_empty() && part.chars().all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_'));
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
            c.error(file, &o.id, "id may only use a-z, 0-9 and '-'");
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
        if let Some(phone) = &o.phone {
            if !phone.chars().all(|ch| ch.is_ascii_digit() || ch == ' ' || ch == '-' || ch == '+') {
                c.error(file, &o.id, format!("phone '{phone}' may only hold digits, spaces, '-' and '+'"));
            }
        }
    }
    c.text(LOCAL_FILE, "municipality", "municipality", &content.local.municipality);
    c.text(LOCAL_FILE, "programme", "programme", &content.local.programme);
    seen
}

fn check_help_now(c: &mut Checker, situations: &[Situation], orgs: &BTreeSet<String>) {
    c.ids(HELP_NOW_FILE, "situation", situations.iter().map(|s| s.id.as_str()));
    for s in situations {
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

/// The figures an editor or a test wants to see at a glance, as one JSON
/// object. Written by hand to keep the build free of a JSON dependency.
pub fn stats_json(content: &Content) -> String {
    let langs: Vec<String> = content.languages.iter().map(|l| format!("\"{}\"", l.code)).collect();
    format!(
        "{{\"languages\":[{}],\"ui_strings\":{},\"organisations\":{},\"local_contacts\":{},\"help_now_situations\":{}}}",
        langs.join(","),
        content.ui.len(),
        content.organisations.len(),
        content.local.contact.len(),
        content.help_now.len()
    )
}
