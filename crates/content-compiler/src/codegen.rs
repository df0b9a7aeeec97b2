//! Turns checked content into Rust source: plain `static` data with the types
//! of the domain crate's `content.rs`, so the app does no parsing at start-up; and
//! into one language pack per further language.
//!
//! The first language's texts are compiled into the app. Every other
//! language travels in its own small file, `lang/<code>-<fingerprint>.txt`,
//! which the app loads when that language is chosen: a first visit downloads
//! only the language it shows (see ARCHITECTURE.md, Budgets). A `Text` is
//! therefore the first language's string plus its number in the packs.
//! A test-only pseudo-locale (`ar-XB`, right to left) is made from the
//! second language, so layouts can be tried in right-to-left without a
//! translation.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt::Write;

use super::source::*;

/// `start.title` becomes `START_TITLE`.
pub fn const_name(key: &str) -> String {
    key.replace(['.', '-'], "_").to_ascii_uppercase()
}

fn org_static(id: &str) -> String {
    format!("ORG_{}", const_name(id))
}

/// Separates the texts in a language pack; the checker forbids control
/// characters in texts, so it cannot occur in one.
pub const PACK_SEPARATOR: char = '\u{1e}';

/// The first line of every pack: format, language, fingerprint, count.
pub const PACK_MAGIC: &str = "veilig-check-pack-1";

/// Sections of `ui.toml` that only some screens show, and the pack (part)
/// their first-language texts go in, loaded when such a screen opens: the
/// steps and result of a check (`checks`, with either check), and the
/// seldom-seen screens (`more`: the accessibility statement, the
/// ambassador's screens).
pub const DEFERRED_SECTIONS: &[(&str, &str)] = &[
    ("check", "checks"),
    ("result", "checks"),
    ("accessibility", "more"),
    ("ambassador", "more"),
    ("translation", "more"),
    ("prerender", "more"),
    ("report", "report"),
    ("presentation", "presentation"),
];
/// The deferred parts, in the order their texts are numbered. `report` also
/// holds the texts of `report.toml`.
pub const DEFERRED_PARTS: &[&str] = &["checks", "more", "report", "presentation"];

/// The code of the right-to-left pseudo-locale, for layout tests.
pub const PSEUDO_RTL: &str = "ar-XB";

/// FNV-1a, 32 bits: a stable fingerprint of a pack's texts.
pub fn fingerprint(texts: &[String]) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for text in texts {
        for byte in text.bytes().chain([0x1e]) {
            hash ^= u32::from(byte);
            hash = hash.wrapping_mul(0x0100_0193);
        }
    }
    hash
}

/// Android's "pseudo-bidi": every word forced right to left with the Unicode
/// override marks, so a Latin text lays out as a right-to-left script would.
/// `{placeholders}` stay whole.
pub fn pseudo_bidi(text: &str) -> String {
    text.split(' ')
        .map(|word| {
            if word.is_empty() || word.starts_with('{') {
                word.to_string()
            } else {
                format!("\u{202e}{word}\u{202c}")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// In a right-to-left language, a number written in groups (a phone
/// number such as `088-786 73 72`, an amount such as `1 000`) would be laid
/// out group by group from right to left. Each is wrapped in Unicode's
/// left-to-right isolate (U+2066 … U+2069), so it reads as written.
pub fn isolate_numbers(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 16);
    let mut i = 0;
    while i < chars.len() {
        let starts_number =
            chars[i].is_ascii_digit() || (chars[i] == '+' && chars.get(i + 1).is_some_and(char::is_ascii_digit));
        if !starts_number {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // The longest run of digits joined by single spaces or hyphens.
        let mut end = i + 1;
        let mut j = i + 1;
        while j < chars.len() {
            if chars[j].is_ascii_digit() {
                j += 1;
                end = j;
            } else if matches!(chars[j], ' ' | '-') && chars.get(j + 1).is_some_and(char::is_ascii_digit) {
                j += 1;
            } else {
                break;
            }
        }
        let run: String = chars[i..end].iter().collect();
        if run.contains([' ', '-']) || run.starts_with('+') {
            out.push('\u{2066}');
            out.push_str(&run);
            out.push('\u{2069}');
        } else {
            out.push_str(&run);
        }
        i = end;
    }
    out
}

/// One language pack, ready to be written to `dist/`: the texts with
/// numbers `start..start + texts.len()` of one language.
#[derive(Debug, Clone)]
pub struct Pack {
    pub code: String,
    /// Its place in `LANGUAGES`.
    pub lang: usize,
    /// `all`, or the check kind whose texts it holds.
    pub part: String,
    /// `lang/<code>[-<part>]-<fingerprint>.txt`
    pub file: String,
    pub fingerprint: u32,
    pub start: usize,
    pub texts: Vec<String>,
}

impl Pack {
    /// The file's content: a header line, then the texts.
    pub fn body(&self) -> String {
        let mut out = format!(
            "{PACK_MAGIC} {} {} {:08x} {} {}\n",
            self.code,
            self.part,
            self.fingerprint,
            self.start,
            self.texts.len()
        );
        out.push_str(&self.texts.join(&PACK_SEPARATOR.to_string()));
        out
    }

    /// A name without the fingerprint, for the native tests' copies.
    pub fn stable_name(&self) -> String {
        format!("{}-{}.txt", self.code, self.part)
    }
}

/// What the compiler makes of the content.
pub struct Generated {
    pub rust: String,
    pub packs: Vec<Pack>,
}

struct Gen<'a> {
    langs: &'a [Language],
    out: String,
    /// Per part and text (all its languages): the text's number. Part 0 is
    /// what every screen needs (built into the app in the first language);
    /// part `k` is the `k`-th check's own texts.
    ids: RefCell<HashMap<(usize, Vec<String>), usize>>,
    /// The part the texts being generated belong to.
    part: std::cell::Cell<usize>,
    /// The texts of every language, in number order.
    texts: RefCell<Vec<Vec<String>>>,
    /// Per text with `je` words: its number, and the text with them.
    informal: RefCell<Vec<(usize, String)>>,
}

impl Gen<'_> {
    fn text(&self, t: &Text) -> String {
        let all: Vec<String> = self
            .langs
            .iter()
            .map(|l| t.get(&l.code).cloned().unwrap_or_default())
            .collect();
        let part = self.part.get();
        let id = {
            let mut ids = self.ids.borrow_mut();
            let next = ids.len();
            *ids.entry((part, all.clone())).or_insert_with(|| {
                let mut texts = self.texts.borrow_mut();
                for (texts, text) in texts.iter_mut().zip(&all) {
                    texts.push(text.clone());
                }
                next
            })
        };
        // Only the shared part's first language is built into the app.
        let inline = if part == 0 { all[0].as_str() } else { "" };
        // Its "je" words: the same text with them as the first language's,
        // numbered in the same part.
        if let (Some(je), Some(first)) = (t.get(INFORMAL_KEY), self.langs.first()) {
            let mut words = t.clone();
            words.remove(INFORMAL_KEY);
            words.insert(first.code.clone(), je.clone());
            let informal = self.text(&words);
            self.informal.borrow_mut().push((id, informal));
        }
        format!("Text({inline:?}, {id})")
    }

    /// A check's text that screens outside the check show too (the tally
    /// names checks, themes and actions): it belongs to the shared part.
    fn shared_text(&self, t: &Text) -> String {
        let part = self.part.replace(0);
        let out = self.text(t);
        self.part.set(part);
        out
    }

    fn opt_str(s: &Option<String>) -> String {
        match s {
            Some(s) => format!("Some({s:?})"),
            None => "None".to_string(),
        }
    }

    fn opt_text(&self, t: &Option<Text>) -> String {
        match t {
            Some(t) => format!("Some({})", self.text(t)),
            None => "None".to_string(),
        }
    }

    fn choices(&self, choices: &[ReportChoice]) -> String {
        let all: Vec<String> = choices
            .iter()
            .map(|x| {
                format!(
                    "ReportChoice {{ id: {:?}, label: {}, detail: {} }}",
                    x.id,
                    self.text(&x.label),
                    self.opt_text(&x.detail)
                )
            })
            .collect();
        format!("&[{}]", all.join(", "))
    }

    /// The audiences of `presentation.toml`, each scenario resolved to its
    /// check and place, with its talking points.
    fn presentation(&self, content: &Content) -> String {
        let p = &content.presentation;
        let audiences: Vec<String> = p
            .audience
            .iter()
            .map(|a| {
                let slides: Vec<String> = a
                    .scenarios
                    .iter()
                    .filter_map(|name| {
                        let (k, i, _) = super::validate::find_scenario(content, name)?;
                        let talk = p.talk.iter().find(|t| &t.scenario == name)?;
                        Some(format!(
                            "Slide {{ kind: {:?}, scenario: {i}, points: {}, question: {} }}",
                            content.checks[k].kind,
                            self.texts(&talk.points),
                            self.text(&talk.question)
                        ))
                    })
                    .collect();
                format!(
                    "Audience {{ id: {:?}, title: {}, hint: {}, kind: {:?}, slides: &[{}], remember: {} }}",
                    a.id,
                    self.text(&a.title),
                    self.text(&a.hint),
                    a.check,
                    slides.join(", "),
                    self.texts(&a.remember)
                )
            })
            .collect();
        audiences.join(",\n    ")
    }

    /// `report.toml` as a `ReportForm`.
    fn report(&self, r: &ReportFile) -> String {
        let bring: Vec<String> = r.bring.items.iter().map(|t| self.text(t)).collect();
        let places: Vec<String> = r
            .place
            .iter()
            .map(|p| {
                let org = p
                    .organisation
                    .as_ref()
                    .map_or("None".to_string(), |o| format!("Some(&{})", org_static(o)));
                format!(
                    "ReportPlace {{ id: {:?}, when: &{:?}, title: {}, how: {}, organisation: {org}, source: {:?}, checked: {:?} }}",
                    p.id,
                    p.when,
                    self.text(&p.title),
                    self.text(&p.how),
                    p.source,
                    p.checked.as_deref().unwrap_or("")
                )
            })
            .collect();
        format!(
            "ReportForm {{ channels: {}, given: {}, done: {}, evidence: {}, bring: &[{}], bring_source: {:?}, bring_checked: {:?}, places: &[{}] }}",
            self.choices(&r.channel),
            self.choices(&r.given),
            self.choices(&r.done),
            self.choices(&r.evidence),
            bring.join(", "),
            r.bring.source,
            r.bring.checked.as_deref().unwrap_or(""),
            places.join(",\n    ")
        )
    }

    fn organisation(&mut self, o: &Organisation, local: bool) {
        let s = format!(
            "pub static {}: Organisation = Organisation {{ id: {:?}, name: {}, website: {}, phone: {}, hours: {}, helps_with: {}, local: {} }};\n",
            org_static(&o.id),
            o.id,
            self.text(&o.name),
            Self::opt_str(&o.website),
            Self::opt_str(&o.phone),
            self.opt_text(&o.hours),
            self.text(&o.helps_with),
            local
        );
        self.out.push_str(&s);
    }
}

/// The generated Rust module body, ready for `include!`, and the packs.
pub fn generate(content: &Content) -> Generated {
    let mut g = Gen {
        langs: &content.languages,
        out: String::from("// Generated by the content compiler from content/*.toml. Do not edit.\n\n"),
        ids: RefCell::new(HashMap::new()),
        part: std::cell::Cell::new(0),
        texts: RefCell::new(vec![Vec::new(); content.languages.len()]),
        informal: RefCell::new(Vec::new()),
    };

    // The interface's strings; those of DEFERRED_SECTIONS follow after the
    // checks, in packs of their own.
    let part_of = |key: &str| {
        let section = key.split('.').next().unwrap_or("");
        DEFERRED_SECTIONS
            .iter()
            .find(|(s, _)| *s == section)
            .map(|(_, part)| *part)
    };
    let mut ui_lines = String::new();
    for s in content.ui.iter().filter(|s| part_of(&s.key).is_none()) {
        let _ = writeln!(
            ui_lines,
            "    pub static {}: Text = {};",
            const_name(&s.key),
            g.text(&s.text)
        );
    }

    for o in &content.organisations {
        g.organisation(o, false);
    }
    for o in &content.local.contact {
        g.organisation(o, true);
    }
    let all: Vec<String> = content
        .organisations
        .iter()
        .chain(&content.local.contact)
        .map(|o| format!("&{}", org_static(&o.id)))
        .collect();
    let _ = writeln!(
        g.out,
        "pub static ORGANISATIONS: &[&Organisation] = &[{}];\n",
        all.join(", ")
    );

    let local = format!(
        "pub static LOCAL: LocalPack = LocalPack {{ municipality: {}, programme: {} }};\n\n",
        g.text(&content.local.municipality),
        g.text(&content.local.programme)
    );
    g.out.push_str(&local);

    // Grouped by check kind, in the order of the checks, so the page can
    // show each group under its check's caption.
    let kind_order = |s: &Situation| {
        content
            .checks
            .iter()
            .position(|c| Some(c.kind.as_str()) == s.check.as_deref())
            .unwrap_or(usize::MAX)
    };
    let mut grouped: Vec<&Situation> = content.help_now.iter().collect();
    grouped.sort_by_key(|s| kind_order(s));
    let situations: Vec<String> = grouped
        .into_iter()
        .map(|s| {
            let steps: Vec<String> = s.steps.iter().map(|t| g.text(t)).collect();
            let orgs: Vec<String> = s.organisations.iter().map(|o| format!("&{}", org_static(o))).collect();
            format!(
                "Situation {{ id: {:?}, check: {:?}, title: {}, steps: &[{}], organisations: &[{}] }}",
                s.id,
                s.check.as_deref().unwrap_or(""),
                g.text(&s.title),
                steps.join(", "),
                orgs.join(", ")
            )
        })
        .collect();
    let _ = writeln!(
        g.out,
        "pub static HELP_NOW: &[Situation] = &[\n    {}\n];\n",
        situations.join(",\n    ")
    );

    // The checks' texts that other screens show belong to the shared part:
    // numbered first, so each check's own texts get one run of numbers.
    for check in &content.checks {
        g.text(&check.title);
        g.text(&check.help_now_caption);
        g.text(&check.choice_title);
        g.text(&check.choice_hint);
        for t in &check.themes {
            g.text(&t.title);
        }
        for a in &check.actions {
            g.text(&a.title);
        }
    }
    let mut runs = Vec::new();
    let mut names = Vec::new();
    for (k, check) in content.checks.iter().enumerate() {
        let name = format!("CHECK_{}", const_name(&check.kind));
        g.part.set(k + 1);
        let start = g.texts.borrow()[0].len();
        let body = g.check(check);
        runs.push((check.kind.clone(), start, g.texts.borrow()[0].len()));
        let _ = writeln!(g.out, "pub static {name}: Check = {body};\n");
        names.push(format!("&{name}"));
    }
    let _ = writeln!(g.out, "pub static CHECKS: &[&Check] = &[{}];\n", names.join(", "));

    for (i, part) in DEFERRED_PARTS.iter().enumerate() {
        g.part.set(content.checks.len() + 1 + i);
        let start = g.texts.borrow()[0].len();
        for s in content.ui.iter().filter(|s| part_of(&s.key) == Some(part)) {
            let _ = writeln!(
                ui_lines,
                "    pub static {}: Text = {};",
                const_name(&s.key),
                g.text(&s.text)
            );
        }
        if *part == "report" {
            let report = g.report(&content.report);
            let _ = writeln!(g.out, "pub static REPORT: ReportForm = {report};\n");
        }
        if *part == "presentation" {
            let audiences = g.presentation(content);
            let _ = writeln!(g.out, "pub static AUDIENCES: &[Audience] = &[\n    {audiences}\n];\n");
        }
        runs.push((part.to_string(), start, g.texts.borrow()[0].len()));
    }
    let _ = writeln!(
        g.out,
        "/// Every string of the interface, one `static` per key of content/ui.toml.\npub mod ui {{\n    use super::Text;\n{ui_lines}}}\n"
    );
    let mut informal = g.informal.take();
    informal.sort_by_key(|(id, _)| *id);
    informal.dedup_by_key(|(id, _)| *id);
    let pairs: Vec<String> = informal.iter().map(|(id, t)| format!("({id}, {t})")).collect();
    let _ = writeln!(
        g.out,
        "/// The \"je\" words of ui.toml's texts that have them, by the number of\n/// the text they stand in for, in order.\npub static INFORMAL: &[(u16, Text)] = &[{}];\n",
        pairs.join(", ")
    );

    // The packs: the first language's check texts, one pack per check; every
    // other language whole; then the pseudo-locale, made from the second
    // language (or the first if there is only one).
    let texts = g.texts.take();
    let total = texts[0].len();
    let mut languages: Vec<(String, String, bool, bool)> = content
        .languages
        .iter()
        .map(|l| (l.code.clone(), l.name.clone(), l.dir == "rtl", true))
        .collect();
    languages.push((PSEUDO_RTL.to_string(), "Pseudo RTL".to_string(), true, false));
    // "Not yet checked" in the language itself, for a language no native
    // speaker has reviewed; empty for the others.
    let not_reviewed: Vec<String> = content
        .languages
        .iter()
        .map(|l| match l.reviewed {
            Some(false) => l.not_reviewed.clone().unwrap_or_default(),
            _ => String::new(),
        })
        .chain([String::new()])
        .collect();
    let pack = |lang: usize, part: &str, start: usize, texts: Vec<String>| {
        let fingerprint = fingerprint(&texts);
        let (code, _, _, listed) = languages[lang].clone();
        // The test pseudo-locale's pack is kept apart: the service worker
        // keeps only the real languages offline.
        let folder = if listed { "lang" } else { "lang/pseudo" };
        let name = if part == "all" {
            code.clone()
        } else {
            format!("{code}-{part}")
        };
        Pack {
            file: format!("{folder}/{name}-{fingerprint:08x}.txt"),
            code,
            lang,
            part: part.to_string(),
            fingerprint,
            start,
            texts,
        }
    };
    let mut packs: Vec<Pack> = runs
        .iter()
        .map(|(kind, start, end)| pack(0, kind, *start, texts[0][*start..*end].to_vec()))
        .collect();
    for (lang, texts) in texts.iter().enumerate().skip(1) {
        let texts = if languages[lang].2 {
            texts.iter().map(|t| isolate_numbers(t)).collect()
        } else {
            texts.clone()
        };
        packs.push(pack(lang, "all", 0, texts));
    }
    let model = texts.get(1).unwrap_or(&texts[0]);
    packs.push(pack(
        languages.len() - 1,
        "all",
        0,
        model.iter().map(|t| pseudo_bidi(t)).collect(),
    ));
    let langs: Vec<String> = languages
        .iter()
        .enumerate()
        .map(|(i, (code, name, rtl, listed))| {
            let infos: Vec<String> = packs
                .iter()
                .filter(|p| p.lang == i)
                .map(|p| {
                    format!(
                        "PackInfo {{ file: {:?}, part: {:?}, fingerprint: {}, start: {}, count: {} }}",
                        p.file,
                        p.part,
                        p.fingerprint,
                        p.start,
                        p.texts.len()
                    )
                })
                .collect();
            format!(
                "Language {{ code: {code:?}, name: {name:?}, rtl: {rtl}, listed: {listed}, not_reviewed: {:?}, packs: &[{}] }}",
                not_reviewed[i],
                infos.join(", ")
            )
        })
        .collect();
    let _ = writeln!(
        g.out,
        "/// The languages: those of content/languages.toml, then the test pseudo-locale.\npub static LANGUAGES: &[Language] = &[\n    {}\n];\n",
        langs.join(",\n    ")
    );
    // Native builds (the tests) carry the packs, so they can read every language.
    let builtin: Vec<String> = packs
        .iter()
        .map(|p| {
            format!(
                "include_str!(concat!(env!(\"OUT_DIR\"), \"/lang/{}\"))",
                p.stable_name()
            )
        })
        .collect();
    let _ = writeln!(
        g.out,
        "/// Every pack, for the tests: native builds, and the browser tests through\n/// the `builtin-packs` feature; never in the app.\n#[cfg(any(not(target_arch = \"wasm32\"), feature = \"builtin-packs\"))]\npub static BUILTIN_PACKS: &[&str] = &[{}];",
        builtin.join(", ")
    );
    let _ = writeln!(
        g.out,
        "/// How many texts there are, in all parts.\npub const TEXT_COUNT: usize = {total};"
    );

    Generated { rust: g.out, packs }
}

fn index_of<T>(items: &[T], id: &str, key: impl Fn(&T) -> &str) -> usize {
    // The checker has made sure every reference resolves.
    items.iter().position(|t| key(t) == id).unwrap_or(0)
}

impl Gen<'_> {
    fn texts(&self, texts: &[Text]) -> String {
        let parts: Vec<String> = texts.iter().map(|t| self.text(t)).collect();
        format!("&[{}]", parts.join(", "))
    }

    fn condition(all: &[String], any: &[String]) -> String {
        format!("Condition {{ all: &{all:?}, any: &{any:?} }}")
    }

    fn check(&self, check: &Check) -> String {
        let theme = |id: &str| index_of(&check.themes, id, |t| &t.id);
        let action = |id: &str| index_of(&check.actions, id, |a| &a.id);
        let themes: Vec<String> = check
            .themes
            .iter()
            .map(|t| format!("Theme {{ id: {:?}, title: {} }}", t.id, self.shared_text(&t.title)))
            .collect();
        let profile: Vec<String> = check
            .profile
            .iter()
            .map(|q| {
                let options: Vec<String> = q
                    .options
                    .iter()
                    .map(|o| format!("ProfileOption {{ id: {:?}, label: {} }}", o.id, self.text(&o.label)))
                    .collect();
                format!(
                    "ProfileQuestion {{ id: {:?}, text: {}, hint: {}, multiple: {}, optional: {}, options: &[{}] }}",
                    q.id,
                    self.text(&q.text),
                    self.opt_text(&q.hint),
                    q.multiple,
                    q.optional,
                    options.join(", ")
                )
            })
            .collect();
        let questions: Vec<String> = check
            .questions
            .iter()
            .map(|q| {
                let options: Vec<String> = q
                    .options
                    .iter()
                    .map(|o| {
                        format!(
                            "AnswerOption {{ id: {:?}, label: {}, score: {}, harmful: {} }}",
                            o.id,
                            self.text(&o.label),
                            o.score.unwrap_or(0),
                            o.harmful
                        )
                    })
                    .collect();
                format!(
                    "Question {{ id: {:?}, theme: {}, weight: {}, text: {}, hint: {}, show_if: {}, action: {}, learn_action: {}, options: &[{}] }}",
                    q.id,
                    theme(&q.theme),
                    q.weight.unwrap_or(1),
                    self.text(&q.text),
                    self.opt_text(&q.hint),
                    Self::condition(&q.show_if, &q.show_if_any),
                    action(&q.action),
                    match &q.learn_action {
                        Some(a) => format!("Some({})", action(a)),
                        None => "None".to_string(),
                    },
                    options.join(", ")
                )
            })
            .collect();
        let scenarios: Vec<String> = check
            .scenarios
            .iter()
            .map(|s| {
                let options: Vec<String> = s
                    .options
                    .iter()
                    .map(|o| {
                        format!(
                            "ScenarioOption {{ id: {:?}, label: {}, correct: {}, harmful: {} }}",
                            o.id,
                            self.text(&o.label),
                            o.correct.unwrap_or(false),
                            o.harmful
                        )
                    })
                    .collect();
                format!(
                    "Scenario {{ id: {:?}, theme: {}, weight: {}, show_if: {}, title: {}, story: {}, question: {}, action: {}, explanation: {}, options: &[{}] }}",
                    s.id,
                    theme(&s.theme),
                    s.weight.unwrap_or(1),
                    Self::condition(&s.show_if, &s.show_if_any),
                    self.text(&s.title),
                    self.text(&s.story),
                    self.text(&s.question),
                    action(&s.action),
                    self.text(s.explanation.as_ref().unwrap_or(&Text::new())),
                    options.join(", ")
                )
            })
            .collect();
        let actions: Vec<String> = check
            .actions
            .iter()
            .map(|a| {
                let variants: Vec<String> = a
                    .variant
                    .iter()
                    .map(|v| format!("StepVariant {{ label: {}, steps: {} }}", self.text(&v.label), self.texts(&v.steps)))
                    .collect();
                let help: Vec<String> = a.help.iter().map(|h| format!("&{}", org_static(h))).collect();
                format!(
                    "Action {{ id: {:?}, theme: {}, title: {}, why: {}, steps: {}, variants: &[{}], help: &[{}], source: &{}, checked: {:?} }}",
                    a.id,
                    theme(&a.theme),
                    self.shared_text(&a.title),
                    self.text(&a.why),
                    self.texts(&a.steps),
                    variants.join(", "),
                    help.join(", "),
                    org_static(a.source.as_deref().unwrap_or("")),
                    a.checked.as_deref().unwrap_or("")
                )
            })
            .collect();
        format!(
            "Check {{\n    kind: {:?},\n    informal: {},\n    title: {},\n    intro: {},\n    profile_caption: {},\n    help_now_caption: {},\n    choice_title: {},\n    choice_hint: {},\n    themes: &[\n        {}\n    ],\n    profile: &[\n        {}\n    ],\n    questions: &[\n        {}\n    ],\n    scenarios: &[\n        {}\n    ],\n    actions: &[\n        {}\n    ],\n}}",
            check.kind,
            check.address.as_deref() == Some("je"),
            self.shared_text(&check.title),
            self.text(&check.intro),
            self.text(&check.profile_caption),
            self.shared_text(&check.help_now_caption),
            self.shared_text(&check.choice_title),
            self.shared_text(&check.choice_hint),
            themes.join(",\n        "),
            profile.join(",\n        "),
            questions.join(",\n        "),
            scenarios.join(",\n        "),
            actions.join(",\n        ")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::isolate_numbers;

    #[test]
    fn grouped_numbers_are_isolated_left_to_right_and_others_left_alone() {
        assert_eq!(
            isolate_numbers("اتصل بـ 088-786 73 72 الآن"),
            "اتصل بـ \u{2066}088-786 73 72\u{2069} الآن"
        );
        assert_eq!(isolate_numbers("0900-8844"), "\u{2066}0900-8844\u{2069}");
        assert_eq!(isolate_numbers("112 و 18 عامًا"), "112 و 18 عامًا");
        assert_eq!(isolate_numbers("{n} - 3"), "{n} - 3");
        assert_eq!(isolate_numbers("+31 70 123"), "\u{2066}+31 70 123\u{2069}");
    }
}
