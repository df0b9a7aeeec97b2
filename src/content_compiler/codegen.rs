//! Turns checked content into Rust source: plain `static` data with the types
//! of `src/domain/content.rs`, so the app does no parsing at start-up; and
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

/// One language pack, ready to be written to `dist/`.
#[derive(Debug, Clone)]
pub struct Pack {
    pub code: String,
    /// Its place in `LANGUAGES`.
    pub lang: usize,
    /// `lang/<code>-<fingerprint>.txt`
    pub file: String,
    pub fingerprint: u32,
    pub texts: Vec<String>,
}

impl Pack {
    /// The file's content: a header line, then the texts.
    pub fn body(&self) -> String {
        let mut out = format!(
            "{PACK_MAGIC} {} {:08x} {}\n",
            self.code,
            self.fingerprint,
            self.texts.len()
        );
        out.push_str(&self.texts.join(&PACK_SEPARATOR.to_string()));
        out
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
    /// Per text (all its languages): its number in the packs.
    ids: RefCell<HashMap<Vec<String>, usize>>,
    /// The texts of each language after the first, in number order.
    packs: RefCell<Vec<Vec<String>>>,
}

impl Gen<'_> {
    fn text(&self, t: &Text) -> String {
        let all: Vec<String> = self
            .langs
            .iter()
            .map(|l| t.get(&l.code).cloned().unwrap_or_default())
            .collect();
        let mut ids = self.ids.borrow_mut();
        let next = ids.len();
        let id = *ids.entry(all.clone()).or_insert_with(|| {
            let mut packs = self.packs.borrow_mut();
            for (pack, text) in packs.iter_mut().zip(&all[1..]) {
                pack.push(text.clone());
            }
            next
        });
        format!("Text({:?}, {id})", all[0])
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
        packs: RefCell::new(vec![Vec::new(); content.languages.len().saturating_sub(1)]),
    };

    g.out
        .push_str("/// Every string of the interface, one `static` per key of content/ui.toml.\n");
    g.out.push_str("pub mod ui {\n    use super::Text;\n");
    for s in &content.ui {
        let line = format!("    pub static {}: Text = {};\n", const_name(&s.key), g.text(&s.text));
        g.out.push_str(&line);
    }
    g.out.push_str("}\n\n");

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

    let situations: Vec<String> = content
        .help_now
        .iter()
        .map(|s| {
            let steps: Vec<String> = s.steps.iter().map(|t| g.text(t)).collect();
            let orgs: Vec<String> = s.organisations.iter().map(|o| format!("&{}", org_static(o))).collect();
            format!(
                "Situation {{ id: {:?}, title: {}, steps: &[{}], organisations: &[{}] }}",
                s.id,
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

    let mut names = Vec::new();
    for check in &content.checks {
        let name = format!("CHECK_{}", const_name(&check.kind));
        let body = g.check(check);
        let _ = writeln!(g.out, "pub static {name}: Check = {body};\n");
        names.push(format!("&{name}"));
    }
    let _ = writeln!(g.out, "pub static CHECKS: &[&Check] = &[{}];\n", names.join(", "));

    // The packs: every language after the first, then the pseudo-locale,
    // made from the second language (or the first if there is only one).
    let mut texts = g.packs.take();
    let first: Vec<String> = {
        let mut by_id: Vec<(usize, String)> = g.ids.borrow().iter().map(|(all, &id)| (id, all[0].clone())).collect();
        by_id.sort();
        by_id.into_iter().map(|(_, t)| t).collect()
    };
    let model = texts.first().unwrap_or(&first);
    let pseudo: Vec<String> = model.iter().map(|t| pseudo_bidi(t)).collect();
    texts.push(pseudo);
    let mut languages: Vec<(String, String, bool, bool)> = content
        .languages
        .iter()
        .map(|l| (l.code.clone(), l.name.clone(), l.dir == "rtl", true))
        .collect();
    languages.push((PSEUDO_RTL.to_string(), "Pseudo RTL".to_string(), true, false));
    let packs: Vec<Pack> = texts
        .into_iter()
        .enumerate()
        .map(|(i, texts)| {
            let fingerprint = fingerprint(&texts);
            let (code, _, _, listed) = languages[i + 1].clone();
            // The test pseudo-locale's pack is kept apart: the service worker
            // keeps only the real languages offline.
            let folder = if listed { "lang" } else { "lang/pseudo" };
            Pack {
                file: format!("{folder}/{code}-{fingerprint:08x}.txt"),
                code,
                lang: i + 1,
                fingerprint,
                texts,
            }
        })
        .collect();

    let langs: Vec<String> = languages
        .iter()
        .enumerate()
        .map(|(i, (code, name, rtl, listed))| {
            let pack = match i.checked_sub(1).and_then(|p| packs.get(p)) {
                Some(p) => format!(
                    "Some(PackInfo {{ file: {:?}, fingerprint: {}, count: {} }})",
                    p.file,
                    p.fingerprint,
                    p.texts.len()
                ),
                None => "None".to_string(),
            };
            format!("Language {{ code: {code:?}, name: {name:?}, rtl: {rtl}, listed: {listed}, pack: {pack} }}")
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
        .map(|p| format!("include_str!(concat!(env!(\"OUT_DIR\"), \"/lang/{}.txt\"))", p.code))
        .collect();
    let _ = writeln!(
        g.out,
        "#[cfg(not(target_arch = \"wasm32\"))]\npub static BUILTIN_PACKS: &[&str] = &[{}];",
        builtin.join(", ")
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
            .map(|t| format!("Theme {{ id: {:?}, title: {} }}", t.id, self.text(&t.title)))
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
                            "AnswerOption {{ id: {:?}, label: {}, score: {} }}",
                            o.id,
                            self.text(&o.label),
                            o.score.unwrap_or(0)
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
                            "ScenarioOption {{ id: {:?}, label: {}, correct: {} }}",
                            o.id,
                            self.text(&o.label),
                            o.correct.unwrap_or(false)
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
                    self.text(&a.title),
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
            "Check {{\n    kind: {:?},\n    title: {},\n    intro: {},\n    profile_caption: {},\n    themes: &[\n        {}\n    ],\n    profile: &[\n        {}\n    ],\n    questions: &[\n        {}\n    ],\n    scenarios: &[\n        {}\n    ],\n    actions: &[\n        {}\n    ],\n}}",
            check.kind,
            self.text(&check.title),
            self.text(&check.intro),
            self.text(&check.profile_caption),
            themes.join(",\n        "),
            profile.join(",\n        "),
            questions.join(",\n        "),
            scenarios.join(",\n        "),
            actions.join(",\n        ")
        )
    }
}
