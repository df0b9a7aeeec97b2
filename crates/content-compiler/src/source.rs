//! The shape of the content files as an editor writes them, and reading them.
//!
//! Every text is a small table with one entry per language, for example
//! `title = { nl = "Hallo", en = "Hello" }`. Which languages exist is said once,
//! in `languages.toml`.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use super::po::Translations;
use super::ContentError;

/// A text in every language, keyed by language code.
pub type Text = BTreeMap<String, String>;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    pub code: String,
    /// The language's own name for itself ("Türkçe").
    pub name: String,
    #[serde(default = "ltr")]
    pub dir: String,
    /// Whether someone who speaks it as their first language has checked
    /// the texts. Every language but the first (the source) says so.
    pub reviewed: Option<bool>,
    /// In words, for the team: how the translation was made, and who
    /// checked it and when (a role, never a person's name).
    pub review: Option<String>,
    /// For a language not yet reviewed: "not yet checked", in the language
    /// itself, for the language menu.
    pub not_reviewed: Option<String>,
}

fn ltr() -> String {
    "ltr".to_string()
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguagesFile {
    #[serde(default)]
    pub language: Vec<Language>,
}

/// A place people can turn to for help: a national organisation from the
/// directory or a local contact from the local pack.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub id: String,
    pub name: Text,
    pub website: Option<String>,
    pub phone: Option<String>,
    pub hours: Option<Text>,
    pub helps_with: Text,
    /// The name of the one tool or page this entry stands for, as texts
    /// write it (for example "Check je hack"). Such an entry's website must
    /// lead to that tool, not to a bare homepage, and an action that names
    /// the tool must list this entry among its help.
    pub tool: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganisationsFile {
    #[serde(default)]
    pub organisation: Vec<Organisation>,
}

/// The local pack: everything that differs per municipality.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalPack {
    pub municipality: Text,
    pub programme: Text,
    #[serde(default)]
    pub contact: Vec<Organisation>,
}

/// One "it is happening now" situation with what to do at once.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Situation {
    pub id: String,
    /// The check kind whose people meet this situation (`resident`,
    /// `business`); the page groups them under that check's caption.
    pub check: Option<String>,
    pub title: Text,
    pub steps: Vec<Text>,
    #[serde(default)]
    pub organisations: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpNowFile {
    #[serde(default)]
    pub situation: Vec<Situation>,
}

/// A choice of the report form (`report.toml`): a way of contact, a thing
/// given, a step taken, a piece of evidence. A way of contact asks for a
/// `detail` (the number, the address).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportChoice {
    pub id: String,
    pub label: Text,
    pub detail: Option<Text>,
}

/// What to bring to an aangifte, with the page it comes from.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportBring {
    pub items: Vec<Text>,
    pub source: String,
    pub checked: Option<String>,
}

/// A place to report, shown when one of its `when` tags fits (or always,
/// when it has none).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportPlace {
    pub id: String,
    #[serde(default)]
    pub when: Vec<String>,
    pub title: Text,
    pub how: Text,
    pub organisation: Option<String>,
    pub source: String,
    pub checked: Option<String>,
}

/// `report.toml`: the report form's choices and where to report.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportFile {
    #[serde(default)]
    pub channel: Vec<ReportChoice>,
    #[serde(default)]
    pub given: Vec<ReportChoice>,
    #[serde(default)]
    pub done: Vec<ReportChoice>,
    #[serde(default)]
    pub evidence: Vec<ReportChoice>,
    pub bring: ReportBring,
    #[serde(default)]
    pub place: Vec<ReportPlace>,
}

/// An audience of presentation mode: a set of scenarios of the checks
/// ("kind/scenario-id"), the check its closing QR code opens, and three
/// things to remember.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Audience {
    pub id: String,
    pub title: Text,
    pub hint: Text,
    pub check: String,
    pub scenarios: Vec<String>,
    pub remember: Vec<Text>,
}

/// What a volunteer says about one scenario: for the printed handout.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Talk {
    pub scenario: String,
    pub points: Vec<Text>,
    pub question: Text,
}

/// `presentation.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PresentationFile {
    #[serde(default)]
    pub audience: Vec<Audience>,
    #[serde(default)]
    pub talk: Vec<Talk>,
}

/// A theme of a check, such as "two-step verification".
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    pub id: String,
    pub title: Text,
}

/// `check.toml` of a check kind: its title, intro, the caption above the
/// profile questions, and its themes in order.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckFile {
    pub title: Text,
    pub intro: Text,
    pub profile_caption: Text,
    /// The heading of this check's situations on "it is happening now".
    pub help_now_caption: Text,
    /// The check's button on the start screen: who it is for, and a hint.
    pub choice_title: Text,
    pub choice_hint: Text,
    /// How the check's Dutch addresses people: "u" (the default) or "je"
    /// (the youth check). With "je", screens show a text's `je` variant
    /// from ui.toml where it has one.
    pub address: Option<String>,
    #[serde(default)]
    pub theme: Vec<Theme>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileOption {
    pub id: String,
    pub label: Text,
}

/// A profile question: its option ids are tags that tailor the check.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileQuestion {
    pub id: String,
    pub text: Text,
    pub hint: Option<Text>,
    #[serde(default)]
    pub multiple: bool,
    #[serde(default)]
    pub optional: bool,
    #[serde(default)]
    pub options: Vec<ProfileOption>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileFile {
    #[serde(default)]
    pub question: Vec<ProfileQuestion>,
}

/// An answer option; `score` is optional here only so that a missing score
/// gets a clear message from the checker instead of a parse error.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerOption {
    pub id: String,
    pub label: Text,
    pub score: Option<i64>,
    /// Choosing this would hand a scammer money, a code or a card: the
    /// overall light can then not be green and the action is in the top three.
    #[serde(default)]
    pub harmful: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub theme: String,
    pub weight: Option<i64>,
    pub text: Text,
    pub hint: Option<Text>,
    #[serde(default)]
    pub show_if: Vec<String>,
    #[serde(default)]
    pub show_if_any: Vec<String>,
    pub action: String,
    pub learn_action: Option<String>,
    #[serde(default)]
    pub options: Vec<AnswerOption>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionsFile {
    #[serde(default)]
    pub question: Vec<Question>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioOption {
    pub id: String,
    pub label: Text,
    pub correct: Option<bool>,
    /// As for [`AnswerOption::harmful`].
    #[serde(default)]
    pub harmful: bool,
}

/// A "what would you do?" drill, scored as knowledge.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: String,
    pub theme: String,
    pub weight: Option<i64>,
    #[serde(default)]
    pub show_if: Vec<String>,
    #[serde(default)]
    pub show_if_any: Vec<String>,
    pub title: Text,
    pub story: Text,
    pub question: Text,
    pub action: String,
    pub explanation: Option<Text>,
    #[serde(default)]
    pub options: Vec<ScenarioOption>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenariosFile {
    #[serde(default)]
    pub scenario: Vec<Scenario>,
}

/// Steps for one kind of device, where they differ.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepVariant {
    pub label: Text,
    #[serde(default)]
    pub steps: Vec<Text>,
}

/// A preventive action. `source` and `checked` are optional here only so a
/// missing one gets a clear message from the checker.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub id: String,
    pub theme: String,
    pub title: Text,
    pub why: Text,
    #[serde(default)]
    pub steps: Vec<Text>,
    #[serde(default)]
    pub variant: Vec<StepVariant>,
    #[serde(default)]
    pub help: Vec<String>,
    pub source: Option<String>,
    pub checked: Option<String>,
    /// Why none of the help organisations has a phone number, when that is
    /// so (for editors; not shown). Without it, such an action is a mistake:
    /// a website alone is not help for someone who cannot use it.
    pub no_phone_because: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionsFile {
    #[serde(default)]
    pub action: Vec<Action>,
}

/// One check kind (`resident`, `business`), read from `content/<kind>/`.
#[derive(Debug, Clone)]
pub struct Check {
    pub kind: String,
    pub title: Text,
    pub intro: Text,
    pub profile_caption: Text,
    pub help_now_caption: Text,
    pub choice_title: Text,
    pub choice_hint: Text,
    pub address: Option<String>,
    pub themes: Vec<Theme>,
    pub profile: Vec<ProfileQuestion>,
    pub questions: Vec<Question>,
    pub scenarios: Vec<Scenario>,
    pub actions: Vec<Action>,
}

impl Check {
    /// The file name of one of this check's files, as messages show it.
    pub fn file(&self, name: &str) -> String {
        format!("content/{}/{name}.toml", self.kind)
    }
}

/// `content/checks.toml`: the check kinds, in the order the start screen
/// offers them; each has its folder `content/<id>/`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecksFile {
    pub checks: Vec<String>,
}

/// A UI string, flattened from nested tables to a dotted key such as
/// `start.title`.
#[derive(Debug, Clone)]
pub struct UiString {
    pub key: String,
    pub text: Text,
}

/// All content, read but not yet checked.
#[derive(Debug, Clone)]
pub struct Content {
    pub languages: Vec<Language>,
    pub ui: Vec<UiString>,
    pub organisations: Vec<Organisation>,
    pub local: LocalPack,
    pub help_now: Vec<Situation>,
    pub report: ReportFile,
    pub presentation: PresentationFile,
    pub checks: Vec<Check>,
    /// Translations in PO files that could not be used (their Dutch has
    /// changed, the language is also written inline) or that no text asks
    /// for: mistakes, reported with the others by the checker.
    pub translation_errors: Vec<ContentError>,
    /// How many texts the content has, and per language code how many of
    /// them it has in that language (for `content stats`).
    pub texts: usize,
    pub translated: BTreeMap<String, usize>,
}

pub const LANGUAGES_FILE: &str = "content/languages.toml";
pub const CHECKS_FILE: &str = "content/checks.toml";
pub const UI_FILE: &str = "content/ui.toml";
pub const ORGANISATIONS_FILE: &str = "content/organisations.toml";
pub const LOCAL_FILE: &str = "content/local.toml";
pub const HELP_NOW_FILE: &str = "content/help-now.toml";
pub const REPORT_FILE: &str = "content/report.toml";
pub const PRESENTATION_FILE: &str = "content/presentation.toml";

/// The entry of a text with the first language's words for a check that
/// says "je" (any text may have one: a ui string, an organisation's line).
pub const INFORMAL_KEY: &str = "je";

/// The language codes of `languages.toml`.
pub fn language_codes(dir: &Path) -> Result<Vec<String>, Vec<ContentError>> {
    let mut errors = Vec::new();
    match read::<LanguagesFile>(dir, LANGUAGES_FILE, &mut errors) {
        Some(l) => Ok(l.language.into_iter().map(|l| l.code).collect()),
        None => Err(errors),
    }
}

/// Reads every file; a file that is missing or is not valid TOML of the
/// expected shape is reported and reading goes on with the others.
pub fn read_all(dir: &Path) -> Result<Content, Vec<ContentError>> {
    let mut errors = Vec::new();
    let languages: Option<LanguagesFile> = read(dir, LANGUAGES_FILE, &mut errors);
    let codes: Vec<String> = languages
        .iter()
        .flat_map(|l| &l.language)
        .map(|l| l.code.clone())
        .collect();
    let mut r = Reading {
        dir,
        first: codes.first().cloned().unwrap_or_default(),
        translations: Translations::read(dir, &codes, &mut errors),
        errors,
        translation_errors: Vec::new(),
        texts: 0,
        translated: BTreeMap::new(),
    };
    let ui = read_ui(&mut r);
    let organisations: Option<OrganisationsFile> = r.read(ORGANISATIONS_FILE);
    let local: Option<LocalPack> = r.read(LOCAL_FILE);
    let help_now: Option<HelpNowFile> = r.read(HELP_NOW_FILE);
    let report: Option<ReportFile> = r.read(REPORT_FILE);
    let presentation: Option<PresentationFile> = r.read(PRESENTATION_FILE);
    let listed: Option<ChecksFile> = r.read(CHECKS_FILE);
    let mut errors = std::mem::take(&mut r.errors);
    let listed = listed.map(|l| l.checks).unwrap_or_default();
    for (i, kind) in listed.iter().enumerate() {
        if !veilig_rules::is_id(kind) {
            let reason = format!("check id '{kind}' {}", crate::validate::id_rule());
            errors.push(ContentError::new(CHECKS_FILE, kind.as_str(), reason));
        } else if listed[..i].contains(kind) {
            errors.push(ContentError::new(CHECKS_FILE, kind.as_str(), "listed twice"));
        } else if !dir.join(kind).is_dir() {
            errors.push(ContentError::new(
                CHECKS_FILE,
                kind.as_str(),
                format!("there is no folder content/{kind}/ with this check's files"),
            ));
        }
    }
    // A folder of check files that is not listed would be left out without
    // a word: say so.
    if let Ok(entries) = std::fs::read_dir(dir) {
        let mut unlisted: Vec<String> = entries
            .filter_map(Result::ok)
            .filter(|e| e.path().join("check.toml").is_file())
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|name| !listed.contains(name))
            .collect();
        unlisted.sort();
        for name in unlisted {
            errors.push(ContentError::new(
                CHECKS_FILE,
                "checks",
                format!("content/{name}/ holds a check but is not listed here: add \"{name}\" to `checks`"),
            ));
        }
    }
    let checks: Vec<Check> = listed
        .iter()
        .enumerate()
        .filter(|(i, kind)| veilig_rules::is_id(kind) && !listed[..*i].contains(kind) && dir.join(kind).is_dir())
        .map(|(_, kind)| kind)
        .collect::<Vec<_>>()
        .into_iter()
        .filter_map(|kind| read_check(&mut r, kind))
        .collect();
    errors.append(&mut r.errors);
    r.translations.leftovers(&mut r.translation_errors);
    r.translation_errors.append(&mut r.translations.stale);
    match (languages, ui, organisations, local, help_now, report, presentation) {
        (
            Some(languages),
            Some(ui),
            Some(organisations),
            Some(local),
            Some(help_now),
            Some(report),
            Some(presentation),
        ) if errors.is_empty() => Ok(Content {
            languages: languages.language,
            ui,
            organisations: organisations.organisation,
            local,
            help_now: help_now.situation,
            report,
            presentation,
            checks,
            texts: r.texts,
            translated: r.translated,
            translation_errors: r.translation_errors,
        }),
        _ => Err(errors),
    }
}

fn read_check(r: &mut Reading, kind: &str) -> Option<Check> {
    let name = |file: &str| format!("content/{kind}/{file}.toml");
    let check: Option<CheckFile> = r.read(&name("check"));
    let profile: Option<ProfileFile> = r.read(&name("profile"));
    let questions: Option<QuestionsFile> = r.read(&name("questions"));
    let scenarios: Option<ScenariosFile> = r.read(&name("scenarios"));
    let actions: Option<ActionsFile> = r.read(&name("actions"));
    Some(Check {
        kind: kind.to_string(),
        title: check.as_ref()?.title.clone(),
        intro: check.as_ref()?.intro.clone(),
        profile_caption: check.as_ref()?.profile_caption.clone(),
        help_now_caption: check.as_ref()?.help_now_caption.clone(),
        choice_title: check.as_ref()?.choice_title.clone(),
        choice_hint: check.as_ref()?.choice_hint.clone(),
        address: check.as_ref()?.address.clone(),
        themes: check?.theme,
        profile: profile?.question,
        questions: questions?.question,
        scenarios: scenarios?.scenario,
        actions: actions?.action,
    })
}

fn file_path(dir: &Path, name: &str) -> std::path::PathBuf {
    // Names are given from the repository root ("content/x.toml") so that
    // messages read the same whatever directory is being checked.
    dir.join(name.trim_start_matches("content/"))
}

fn read_text(dir: &Path, name: &str, errors: &mut Vec<ContentError>) -> Option<String> {
    match std::fs::read_to_string(file_path(dir, name)) {
        Ok(text) => Some(text),
        Err(e) => {
            errors.push(ContentError::new(name, "(file)", format!("cannot be read: {e}")));
            None
        }
    }
}

fn read<T: serde::de::DeserializeOwned>(dir: &Path, name: &str, errors: &mut Vec<ContentError>) -> Option<T> {
    let text = read_text(dir, name, errors)?;
    match toml::from_str::<T>(&text) {
        Ok(value) => Some(value),
        Err(e) => {
            errors.push(ContentError::new(name, locate(&text, &e), plain_toml_error(&e)));
            None
        }
    }
}

/// Reading the content files, with the translations of PO files merged in.
struct Reading<'a> {
    dir: &'a Path,
    first: String,
    translations: Translations,
    errors: Vec<ContentError>,
    translation_errors: Vec<ContentError>,
    texts: usize,
    translated: BTreeMap<String, usize>,
}

impl Reading<'_> {
    /// Merges the translations of file `name` into its table, and counts
    /// its texts per language.
    fn merge(&mut self, name: &str, table: &mut toml::Table) {
        self.translations
            .merge(name, table, &self.first, &mut self.translation_errors);
        let (texts, translated) = (&mut self.texts, &mut self.translated);
        crate::po::walk(table, "", &self.first, &mut |_, text| {
            *texts += 1;
            for code in text.keys() {
                *translated.entry(code.clone()).or_default() += 1;
            }
        });
    }

    /// A file with its translations: read as TOML of the expected shape
    /// first (so a mistake is reported with its line), then, when a PO file
    /// has texts for it, again with those merged in.
    fn read<T: serde::de::DeserializeOwned>(&mut self, name: &str) -> Option<T> {
        let value: T = read(self.dir, name, &mut self.errors)?;
        let text = read_text(self.dir, name, &mut self.errors)?;
        let mut table: toml::Table = toml::from_str(&text).ok()?;
        self.merge(name, &mut table);
        if self.translations.langs.is_empty() {
            return Some(value);
        }
        match toml::Value::Table(table).try_into() {
            Ok(merged) => Some(merged),
            Err(e) => {
                self.errors
                    .push(ContentError::new(name, "(file)", plain_toml_error(&e)));
                None
            }
        }
    }
}

/// Says where a TOML error is, as a line number an editor can jump to.
fn locate(text: &str, e: &toml::de::Error) -> String {
    match e.span() {
        Some(span) => {
            let line = text[..span.start.min(text.len())].matches('\n').count() + 1;
            format!("line {line}")
        }
        None => "(file)".to_string(),
    }
}

fn plain_toml_error(e: &toml::de::Error) -> String {
    e.message().trim().to_string()
}

fn read_ui(r: &mut Reading) -> Option<Vec<UiString>> {
    let text = read_text(r.dir, UI_FILE, &mut r.errors)?;
    let mut table: toml::Table = match toml::from_str(&text) {
        Ok(t) => t,
        Err(e) => {
            r.errors
                .push(ContentError::new(UI_FILE, locate(&text, &e), plain_toml_error(&e)));
            return None;
        }
    };
    r.merge(UI_FILE, &mut table);
    let mut out = Vec::new();
    flatten_ui("", &table, &mut out, &mut r.errors);
    Some(out)
}

/// A table whose values are all strings is one text; any other table is a
/// section whose entries get the section's name as prefix.
fn flatten_ui(prefix: &str, table: &toml::Table, out: &mut Vec<UiString>, errors: &mut Vec<ContentError>) {
    for (key, value) in table {
        let full = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        match value {
            toml::Value::Table(inner) if inner.values().all(|v| v.is_str()) => {
                let text: Text = inner
                    .iter()
                    .map(|(lang, v)| (lang.clone(), v.as_str().unwrap_or_default().to_string()))
                    .collect();
                out.push(UiString { key: full, text });
            }
            toml::Value::Table(inner) => flatten_ui(&full, inner, out, errors),
            _ => errors.push(ContentError::new(
                UI_FILE,
                full,
                "expected a text with one entry per language, like { nl = \"...\", en = \"...\" }",
            )),
        }
    }
}
