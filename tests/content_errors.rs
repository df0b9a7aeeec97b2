//! The content compiler turns every kind of content mistake into a message
//! that names the file, the entry and the reason. Each test copies the real
//! content, breaks one thing, and checks the message.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../src/content_compiler/mod.rs"]
#[allow(dead_code)]
mod content_compiler;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use content_compiler::ContentError;

fn real_content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
}

/// A private copy of the real content in a temporary folder.
struct Sample(PathBuf);

impl Sample {
    fn new() -> Sample {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "veilig-check-content-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        ));
        copy_dir(&real_content(), &dir);
        Sample(dir)
    }

    /// Replaces `from` by `to` in one file; the text must be there.
    fn edit(&self, file: &str, from: &str, to: &str) -> &Self {
        let path = self.0.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{file} contains {from:?}");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
        self
    }

    fn errors(&self) -> Vec<ContentError> {
        content_compiler::load(&self.0).err().unwrap_or_default()
    }

    /// Asserts that exactly one error names this file and entry, with a
    /// reason containing `reason`.
    fn expect(&self, file: &str, entry: &str, reason: &str) {
        let errors = self.errors();
        let found = errors
            .iter()
            .any(|e| e.file == file && e.entry == entry && e.reason.contains(reason));
        assert!(found, "expected {file}: {entry}: …{reason}…, got:\n{errors:#?}");
    }
}

impl Drop for Sample {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn the_real_content_is_in_order() {
    let result = content_compiler::load(&real_content());
    assert!(result.is_ok(), "{:#?}", result.err());
}

#[test]
fn a_missing_translation_is_named() {
    let s = Sample::new();
    s.edit("ui.toml", r#"title = { nl = "Hoe veilig bent u online?", en = "How safe are you online?" }"#, r#"title = { nl = "Hoe veilig bent u online?" }"#);
    s.expect("content/ui.toml", "start.title", "missing translation for 'en'");
}

#[test]
fn an_unknown_language_is_named() {
    let s = Sample::new();
    s.edit("organisations.toml", r#"name = { nl = "Politie", en = "Police" }"#, r#"name = { nl = "Politie", en = "Police", fr = "Police" }"#);
    s.expect("content/organisations.toml", "politie", "unknown language 'fr'");
}

#[test]
fn a_duplicate_organisation_id_is_named_even_across_the_local_pack() {
    let s = Sample::new();
    s.edit("local.toml", r#"id = "gemeente""#, r#"id = "politie""#);
    s.expect("content/local.toml", "politie", "duplicate organisation id");
}

#[test]
fn a_link_that_is_not_https_is_named() {
    let s = Sample::new();
    s.edit("organisations.toml", "https://www.seniorweb.nl", "http://www.seniorweb.nl");
    s.expect("content/organisations.toml", "seniorweb", "must start with https://");
}

#[test]
fn an_unknown_organisation_reference_is_named() {
    let s = Sample::new();
    s.edit("help-now.toml", r#"organisations = ["fraudehelpdesk", "politie"]"#, r#"organisations = ["fraudehelpdesk", "polite"]"#);
    s.expect("content/help-now.toml", "bank-call", "unknown organisation id 'polite'");
}

#[test]
fn broken_toml_names_the_line() {
    let s = Sample::new();
    s.edit("help-now.toml", r#"id = "bank-call""#, r#"id = "bank-call"#);
    let errors = s.errors();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].file, "content/help-now.toml");
    assert!(errors[0].entry.starts_with("line "), "{errors:#?}");
}

#[test]
fn an_unknown_field_is_named() {
    let s = Sample::new();
    s.edit("organisations.toml", r#"id = "digihulplijn""#, "id = \"digihulplijn\"\nemail = \"x@example.org\"");
    let errors = s.errors();
    assert!(errors.iter().any(|e| e.file == "content/organisations.toml" && e.reason.contains("email")), "{errors:#?}");
}

#[test]
fn every_mistake_is_reported_not_only_the_first() {
    let s = Sample::new();
    s.edit("organisations.toml", "https://www.seniorweb.nl", "www.seniorweb.nl");
    s.edit("help-now.toml", r#"organisations = ["digihulplijn", "fraudehelpdesk", "slachtofferhulp"]"#, r#"organisations = ["nobody"]"#);
    assert!(s.errors().len() >= 2, "{:#?}", s.errors());
}
