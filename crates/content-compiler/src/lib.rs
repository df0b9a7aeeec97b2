//! The content compiler: reads the TOML files in `content/`, checks them and
//! turns them into static Rust data.
//!
//! It runs only on the build machine, in three places: the domain crate's
//! `build.rs` (so a content mistake fails the build), the `content`
//! command-line tool for editors, and the tests. One crate, so there is
//! exactly one set of rules. It never runs in the browser: the app only sees
//! the generated data.

mod codegen;
pub mod po;
mod source;
mod validate;

use std::fmt;
use std::path::{Path, PathBuf};

pub use codegen::{generate, Generated, Pack};
/// The PO library the translations are read and written with, for tests.
pub use polib;
pub use source::Content;
pub use validate::{is_date, is_homepage, is_stale, plain_language, stats_json};

/// One thing wrong in the content, said the way an editor can act on it:
/// which file, which entry in it, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    pub entry: String,
    pub reason: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.entry, self.reason)
    }
}

impl ContentError {
    pub fn new(file: &str, entry: impl Into<String>, reason: impl Into<String>) -> Self {
        ContentError {
            file: file.to_string(),
            entry: entry.into(),
            reason: reason.into(),
        }
    }
}

/// Reads and checks every content file under `dir`. On success the content is
/// complete and consistent; otherwise every error found is returned, not just
/// the first, so an editor can fix them in one go.
pub fn load(dir: &Path) -> Result<Content, Vec<ContentError>> {
    let content = source::read_all(dir)?;
    let errors = validate::check(&content);
    if errors.is_empty() {
        Ok(content)
    } else {
        Err(errors)
    }
}

/// The codes of the languages in `content/languages.toml`, first language
/// first.
pub fn language_codes(dir: &Path) -> Result<Vec<String>, Vec<ContentError>> {
    source::language_codes(dir)
}

/// Reads the content without checking it, for `content stats`, which shows
/// counts (such as actions without a source) even when the content has
/// mistakes.
pub fn read_unchecked(dir: &Path) -> Result<Content, Vec<ContentError>> {
    source::read_all(dir)
}

/// Checks content that was read with [`read_unchecked`].
pub fn check(content: &Content) -> Vec<ContentError> {
    validate::check(content)
}

/// Plain-language notes on the first language: very long sentences and
/// words. Not mistakes; `content check` shows them to editors.
pub fn plain_language_notes(content: &Content) -> Vec<ContentError> {
    validate::notes(content)
}

/// Warnings, not mistakes: actions last checked more than a year before
/// `today` (`YYYY-MM-DD`). `content check` lists them; `stats` counts them.
pub fn stale_warnings(content: &Content, today: &str) -> Vec<ContentError> {
    validate::stale(content, today)
}

/// Today's date (UTC) as `YYYY-MM-DD`, from the build machine's clock, for
/// the staleness warnings.
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    veilig_rules::Day::from_unix_days((secs / 86_400) as i64).to_string()
}

/// Every file the compiler reads (TOML, and PO files of translations), so `build.rs` can ask Cargo to rebuild when
/// any of them changes.
pub fn content_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    collect_toml(dir, &mut files);
    files.sort();
    files
}

fn collect_toml(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_toml(&path, files);
        } else if path.extension().is_some_and(|e| e == "toml" || e == "po") {
            files.push(path);
        }
    }
}
