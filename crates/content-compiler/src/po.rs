//! Translations as gettext PO files, the format translators' tools know.
//!
//! A language may keep its texts in the content files themselves (Dutch,
//! English: `title = { nl = "...", en = "..." }`) or in
//! `content/translations/<code>.po`. Each text of the content is one PO
//! message: its context (`msgctxt`) is the file and the entry's place in it
//! (`resident/actions.toml:action[two-step].steps[1]`), its `msgid` the
//! Dutch, a comment gives the English, and `msgstr` the translation.
//!
//! Reading the content merges the PO files into the TOML before it is
//! checked, so a translated text is checked by exactly the rules of an
//! inline one (a missing text fails `content check` and the build). A
//! translation whose Dutch has changed since is not used: it counts as
//! missing, and an export offers it again marked `fuzzy`.
//!
//! The PO format is read and written by the `polib` crate, not by hand.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::BufWriter;
use std::path::Path;

use polib::catalog::Catalog;
use polib::message::{Message, MessageFlags, MessageMutView};
use polib::metadata::CatalogMetadata;
use polib::po_file;

use super::source::Text;
use super::ContentError;

/// Where the PO files live, from the repository root.
pub const TRANSLATIONS_DIR: &str = "content/translations";

/// The files whose texts are translated (every content file but the lists
/// of languages and checks), from the repository root.
pub fn text_files(dir: &Path) -> Vec<String> {
    crate::content_files(dir)
        .iter()
        .filter_map(|p| p.strip_prefix(dir).ok())
        .map(|p| format!("content/{}", p.to_string_lossy().replace('\\', "/")))
        .filter(|name| name.ends_with(".toml"))
        .filter(|name| name != super::source::LANGUAGES_FILE && name != super::source::CHECKS_FILE)
        .collect()
}

/// The PO file of a language, from the repository root.
pub fn po_file_name(code: &str) -> String {
    format!("{TRANSLATIONS_DIR}/{code}.po")
}

/// Whether a TOML table is one text: string values only, one of them in
/// the first language.
fn is_text(table: &toml::Table, first: &str) -> bool {
    table.contains_key(first) && table.values().all(toml::Value::is_str)
}

/// The name of an entry of an array in a context: its `id` (or, for a
/// presentation's talk, its `scenario`), else its place, from 0.
fn entry_name(value: &toml::Value, index: usize) -> String {
    let named = |key: &str| value.get(key).and_then(toml::Value::as_str).map(str::to_string);
    named("id")
        .or_else(|| named("scenario"))
        .unwrap_or_else(|| index.to_string())
}

/// Calls `f` with the path and the table of every text in `table`, in the
/// order of the file.
pub fn walk(table: &mut toml::Table, prefix: &str, first: &str, f: &mut dyn FnMut(&str, &mut toml::Table)) {
    for (key, value) in table.iter_mut() {
        let path = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        walk_value(value, &path, first, f);
    }
}

fn walk_value(value: &mut toml::Value, path: &str, first: &str, f: &mut dyn FnMut(&str, &mut toml::Table)) {
    match value {
        toml::Value::Table(t) if is_text(t, first) => f(path, t),
        toml::Value::Table(t) => walk(t, path, first, f),
        toml::Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                let name = entry_name(item, i);
                walk_value(item, &format!("{path}[{name}]"), first, f);
            }
        }
        _ => {}
    }
}

/// The context of a text: its file (from `content/`) and its path.
pub fn context(file: &str, path: &str) -> String {
    format!("{}:{path}", file.trim_start_matches("content/"))
}

/// The `{placeholders}` of a text, which every translation must keep.
pub fn placeholders(text: &str) -> BTreeSet<&str> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open..];
        match after.find('}') {
            Some(close) => {
                out.insert(&after[..=close]);
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    out
}

/// One translation from a PO file: the Dutch it was made from and the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translation {
    pub source: String,
    pub text: String,
}

/// The translations of the languages kept in PO files: per language code,
/// per context.
#[derive(Debug, Default)]
pub struct Translations {
    pub langs: BTreeMap<String, HashMap<String, Translation>>,
    /// The files merged so far (as contexts name them), so that only their
    /// leftovers are reported: a file that could not be read has its own
    /// message.
    merged: BTreeSet<String>,
    /// Translations not used because their Dutch has changed since: for
    /// the content check a missing text; for an export, offered as fuzzy.
    pub stale: Vec<ContentError>,
}

/// Reads a PO file's text with polib: its `Language` and its translated,
/// not fuzzy messages, by context. Messages without a context cannot be
/// placed and are an error.
pub fn parse(name: &str, text: &str) -> Result<(String, HashMap<String, Translation>), Vec<ContentError>> {
    let catalog = read_catalog(name, text)?;
    let mut errors = Vec::new();
    let mut out = HashMap::new();
    for message in catalog.messages() {
        let Some(ctx) = message.msgctxt() else {
            errors.push(ContentError::new(
                name,
                message.msgid(),
                "has no msgctxt: every message needs the context an export gave it",
            ));
            continue;
        };
        if !message.is_singular() {
            errors.push(ContentError::new(
                name,
                ctx,
                "plural forms are not used in this content",
            ));
            continue;
        }
        let msgstr = message.msgstr().unwrap_or_default();
        if message.is_fuzzy() || msgstr.is_empty() {
            continue;
        }
        let translation = Translation {
            source: message.msgid().to_string(),
            text: msgstr.to_string(),
        };
        if out.insert(ctx.to_string(), translation).is_some() {
            errors.push(ContentError::new(name, ctx, "appears twice"));
        }
    }
    if errors.is_empty() {
        Ok((catalog.metadata.language.trim().to_string(), out))
    } else {
        Err(errors)
    }
}

/// Parses a PO file with polib. polib panics on a few malformed lines
/// instead of returning an error, so each line is checked first (and a lone
/// `#`, an empty comment some tools write, is left out); a panic that gets
/// through after all is caught and reported as the file's mistake.
fn read_catalog(name: &str, text: &str) -> Result<Catalog, Vec<ContentError>> {
    let invalid = |line: usize, what: &str| vec![ContentError::new(name, format!("line {line}"), what.to_string())];
    let mut clean = String::with_capacity(text.len());
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line == "#" {
            continue;
        }
        let quoted = |s: &str| s.len() >= 2 && s.starts_with('"') && s.ends_with('"');
        if line.starts_with('m') {
            let (keyword, rest) = line.split_once(' ').unwrap_or((line, ""));
            let known = ["msgctxt", "msgid", "msgid_plural", "msgstr"].contains(&keyword)
                || keyword
                    .strip_prefix("msgstr[")
                    .and_then(|k| k.strip_suffix(']'))
                    .is_some_and(|n| n.parse::<usize>().is_ok_and(|n| n < 10));
            if !known || !quoted(rest) {
                return Err(invalid(
                    i + 1,
                    "is not a valid PO line: expected msgctxt, msgid or msgstr and a quoted text",
                ));
            }
        } else if line.starts_with('"') && !quoted(line) {
            return Err(invalid(i + 1, "is not a valid PO line: a text must end with a quote"));
        }
        clean.push_str(line);
        clean.push('\n');
    }
    let parsed = std::panic::catch_unwind(|| po_file::parse_from_reader(clean.as_bytes()));
    match parsed {
        Ok(Ok(catalog)) => Ok(catalog),
        Ok(Err(e)) => Err(vec![ContentError::new(
            name,
            "(file)",
            format!("is not a valid PO file: {e}"),
        )]),
        Err(_) => Err(vec![ContentError::new(name, "(file)", "is not a valid PO file")]),
    }
}

impl Translations {
    /// Reads `content/translations/<code>.po` of every language that has
    /// one.
    pub fn read(dir: &Path, codes: &[String], errors: &mut Vec<ContentError>) -> Translations {
        let mut langs = BTreeMap::new();
        for code in codes {
            let name = po_file_name(code);
            let path = dir.join(name.trim_start_matches("content/"));
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            match parse(&name, &text) {
                Ok((language, map)) => {
                    if !language.is_empty() && language != *code {
                        errors.push(ContentError::new(
                            &name,
                            "(header)",
                            format!("says Language: {language}, but the file is for '{code}'"),
                        ));
                    }
                    langs.insert(code.clone(), map);
                }
                Err(e) => errors.extend(e),
            }
        }
        Translations {
            langs,
            merged: BTreeSet::new(),
            stale: Vec::new(),
        }
    }

    /// Puts the translations of `file`'s texts into its table. A text that
    /// also has the language inline is an error; one whose Dutch has changed
    /// since it was translated is left out and noted in `stale`.
    pub fn merge(&mut self, file: &str, table: &mut toml::Table, first: &str, errors: &mut Vec<ContentError>) {
        if self.langs.is_empty() {
            return;
        }
        self.merged.insert(file.trim_start_matches("content/").to_string());
        let (langs, stale) = (&mut self.langs, &mut self.stale);
        walk(table, "", first, &mut |path, text| {
            let ctx = context(file, path);
            let source = text
                .get(first)
                .and_then(toml::Value::as_str)
                .unwrap_or_default()
                .to_string();
            for (code, map) in langs.iter_mut() {
                let Some(t) = map.remove(&ctx) else { continue };
                let po = po_file_name(code);
                if text.contains_key(code) {
                    errors.push(ContentError::new(
                        file,
                        path,
                        format!("'{code}' is both in this file and in {po}: keep it in one place"),
                    ));
                } else if t.source != source {
                    stale.push(ContentError::new(
                        &po,
                        &ctx,
                        format!(
                            "missing translation for '{code}': the Dutch text changed after it was translated; \
                             export the language again and translate the entry marked fuzzy"
                        ),
                    ));
                } else {
                    text.insert(code.clone(), toml::Value::String(t.text));
                }
            }
        });
    }

    /// After every file is merged: translations nothing asked for.
    pub fn leftovers(&self, errors: &mut Vec<ContentError>) {
        for (code, map) in &self.langs {
            let mut left: Vec<&String> = map
                .keys()
                .filter(|ctx| ctx.split_once(':').is_some_and(|(file, _)| self.merged.contains(file)))
                .collect();
            left.sort();
            for ctx in left {
                errors.push(ContentError::new(
                    &po_file_name(code),
                    ctx.as_str(),
                    "no such text in the content (was it removed or renamed?): remove this entry",
                ));
            }
        }
    }
}

/// One text as a translator sees it.
#[derive(Debug, Clone)]
pub struct Unit {
    pub context: String,
    pub text: Text,
}

/// Every text of the content, in file order, with the translations of PO
/// files merged in (but not checked). A translation whose Dutch has changed
/// is left out, not an error: an export is how a translator mends it.
pub fn units(dir: &Path, codes: &[String]) -> Result<Vec<Unit>, Vec<ContentError>> {
    let mut errors = Vec::new();
    let first = codes.first().cloned().unwrap_or_default();
    let mut translations = Translations::read(dir, codes, &mut errors);
    let mut units = Vec::new();
    for file in text_files(dir) {
        let path = dir.join(file.trim_start_matches("content/"));
        let raw = std::fs::read_to_string(&path).unwrap_or_default();
        let mut table: toml::Table = match toml::from_str(&raw) {
            Ok(t) => t,
            Err(e) => {
                errors.push(ContentError::new(&file, "(file)", e.message().trim()));
                continue;
            }
        };
        translations.merge(&file, &mut table, &first, &mut errors);
        walk(&mut table, "", &first, &mut |path, t| {
            let text: Text = t
                .iter()
                .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
                .collect();
            units.push(Unit {
                context: context(&file, path),
                text,
            });
        });
    }
    if errors.is_empty() {
        Ok(units)
    } else {
        Err(errors)
    }
}

/// A PO file for `code`: every text, with the translation the content has
/// (inline or from its PO file), and, for a text whose Dutch changed since
/// it was translated, the old translation marked fuzzy.
pub fn export(dir: &Path, codes: &[String], code: &str) -> Result<String, Vec<ContentError>> {
    let first = codes.first().cloned().unwrap_or_default();
    if code == first || !codes.iter().any(|c| c == code) {
        let reason = format!("'{code}' is not a language to translate into (see content/languages.toml)");
        return Err(vec![ContentError::new(super::source::LANGUAGES_FILE, code, reason)]);
    }
    // The PO file as it is, stale entries included, to offer them as fuzzy.
    let name = po_file_name(code);
    let old = std::fs::read_to_string(dir.join(name.trim_start_matches("content/")))
        .ok()
        .and_then(|text| read_catalog(&name, &text).ok());
    let old: HashMap<String, String> = old
        .iter()
        .flat_map(|c| c.messages())
        .filter_map(|m| Some((m.msgctxt()?.to_string(), m.msgstr().ok()?.to_string())))
        .filter(|(_, s)| !s.is_empty())
        .collect();
    let units = units(dir, codes)?;
    Ok(write(code, &first, &units, |unit| match unit.text.get(code) {
        Some(t) => (t.clone(), false),
        None => old
            .get(&unit.context)
            .map_or((String::new(), false), |t| (t.clone(), true)),
    }))
}

/// Writes the PO file of `code` for `units`; `value` gives a unit's
/// translation and whether it is fuzzy.
fn write(code: &str, first: &str, units: &[Unit], value: impl Fn(&Unit) -> (String, bool)) -> String {
    let mut metadata = CatalogMetadata::new();
    metadata.project_id_version = "Digitaal Veilig Check".to_string();
    metadata.language = code.to_string();
    metadata.mime_version = "1.0".to_string();
    metadata.content_type = "text/plain; charset=UTF-8".to_string();
    metadata.content_transfer_encoding = "8bit".to_string();
    let mut catalog = Catalog::new(metadata);
    for unit in units {
        let Some(dutch) = unit.text.get(first) else { continue };
        let english = unit.text.get("en").cloned().unwrap_or_default();
        let (msgstr, fuzzy) = value(unit);
        let mut message = Message::build_singular()
            .with_msgctxt(unit.context.clone())
            .with_msgid(dutch.clone())
            .with_msgstr(msgstr)
            .with_extracted_comments(format!("English: {}", english.replace('\n', "\\n")))
            .done();
        if fuzzy {
            *message.flags_mut() = MessageFlags {
                entries: vec!["fuzzy".to_string()],
            };
        }
        catalog.append_or_update(message);
    }
    let mut out = BufWriter::new(Vec::new());
    // Writing to memory cannot fail.
    let _ = po_file::write(&catalog, &mut out);
    String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// What an import did.
#[derive(Debug)]
pub struct Imported {
    pub code: String,
    /// The language's PO file, normalised: every text in content order.
    pub po: String,
    pub translated: usize,
    pub missing: usize,
}

/// Reads a PO file a translator sends back, through the same checks as the
/// content: its language must be one kept in PO files, every context must
/// be a text of the content, the Dutch must be today's, and placeholders
/// such as `{n}` must be kept. Returns the language's new PO file.
pub fn import(dir: &Path, codes: &[String], name: &str, text: &str) -> Result<Imported, Vec<ContentError>> {
    let (code, incoming) = parse(name, text)?;
    let first = codes.first().cloned().unwrap_or_default();
    if code.is_empty() || code == first || !codes.contains(&code) {
        let reason = format!(
            "its header says Language: '{code}', which is not a language to translate into (see content/languages.toml)"
        );
        return Err(vec![ContentError::new(name, "(header)", reason)]);
    }
    let units = units(dir, codes)?;
    let inline = units.iter().any(|u| u.text.contains_key(&code))
        && !dir.join(po_file_name(&code).trim_start_matches("content/")).is_file();
    if inline {
        let reason = format!("'{code}' is written in the content files themselves: edit them there");
        return Err(vec![ContentError::new(name, "(header)", reason)]);
    }
    let by_context: HashMap<&str, &Unit> = units.iter().map(|u| (u.context.as_str(), u)).collect();
    let mut errors = Vec::new();
    let mut contexts: Vec<&String> = incoming.keys().collect();
    contexts.sort();
    for ctx in contexts {
        let t = &incoming[ctx];
        let Some(unit) = by_context.get(ctx.as_str()) else {
            errors.push(ContentError::new(
                name,
                ctx.as_str(),
                "unknown id: no such text in the content",
            ));
            continue;
        };
        let dutch = unit.text.get(&first).map(String::as_str).unwrap_or_default();
        if t.source != dutch {
            errors.push(ContentError::new(
                name,
                ctx.as_str(),
                "was translated from another Dutch text than the content has now: export again",
            ));
        }
        let (want, got) = (placeholders(dutch), placeholders(&t.text));
        if want != got {
            errors.push(ContentError::new(
                name,
                ctx.as_str(),
                format!(
                    "placeholders changed: the Dutch has {}, the translation {}",
                    list(&want),
                    list(&got)
                ),
            ));
        }
        if t.text.chars().any(|c| c.is_control() && c != '\n') {
            errors.push(ContentError::new(
                name,
                ctx.as_str(),
                "has an invisible control character",
            ));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let po = write(&code, &first, &units, |unit| match incoming.get(&unit.context) {
        Some(t) => (t.text.clone(), false),
        None => (unit.text.get(&code).cloned().unwrap_or_default(), false),
    });
    let translated = units
        .iter()
        .filter(|u| incoming.contains_key(&u.context) || u.text.contains_key(&code))
        .count();
    Ok(Imported {
        code,
        po,
        translated,
        missing: units.len() - translated,
    })
}

fn list(set: &BTreeSet<&str>) -> String {
    if set.is_empty() {
        "none".to_string()
    } else {
        set.iter().copied().collect::<Vec<_>>().join(" ")
    }
}
