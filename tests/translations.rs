//! Translations kept as gettext PO files (`content/translations/<code>.po`):
//! export, import and the build's checks. Each test copies the real content
//! and adds a language, Frisian (`fy`), that the real content does not have.
#![cfg(not(target_arch = "wasm32"))]

use veilig_content_compiler as content_compiler;

use content_compiler::po;
use content_compiler::polib::message::{MessageMutView, MessageView};
use content_compiler::polib::po_file;

mod content_copy;
use content_copy::ContentCopy as Sample;

impl Sample {
    /// A copy of the real content with `fy` added, not yet translated.
    fn new() -> Sample {
        let sample = Sample::of_real_content("veilig-check-po");
        let languages = sample.0.join("languages.toml");
        let mut text = std::fs::read_to_string(&languages).unwrap();
        text.push_str(
            "\n[[language]]\ncode = \"fy\"\nname = \"Frysk\"\nreviewed = false\n\
             review = \"Made by a test.\"\nnot_reviewed = \"noch net neisjoen\"\n",
        );
        std::fs::write(&languages, text).unwrap();
        sample
    }

    fn codes(&self) -> Vec<String> {
        content_compiler::language_codes(&self.0).unwrap()
    }

    fn export(&self) -> String {
        po::export(&self.0, &self.codes(), "fy").unwrap()
    }

    fn import(&self, text: &str) -> Result<po::Imported, Vec<content_compiler::ContentError>> {
        po::import(&self.0, &self.codes(), "fy-from-translator.po", text)
    }

    fn store(&self, imported: &po::Imported) {
        let path = self.0.join("translations").join(format!("{}.po", imported.code));
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, &imported.po).unwrap();
    }
}

/// A "translation" a test can recognise: the Dutch, marked, with its
/// placeholders, line breaks and quotes intact.
fn fake(dutch: &str) -> String {
    format!("FY «{dutch}»")
}

/// Fills in every message of a PO file with `translate`.
fn translated(po_text: &str, translate: impl Fn(&str, &str) -> String) -> String {
    let mut catalog = po_file::parse_from_reader(po_text.as_bytes()).unwrap();
    for mut message in catalog.messages_mut() {
        let ctx = message.msgctxt().unwrap_or_default().to_string();
        let text = translate(&ctx, message.msgid());
        message.set_msgstr(text).unwrap();
    }
    let mut out = std::io::BufWriter::new(Vec::new());
    po_file::write(&catalog, &mut out).unwrap();
    String::from_utf8(out.into_inner().unwrap()).unwrap()
}

#[test]
fn an_export_has_every_text_with_its_context_dutch_and_english() {
    let s = Sample::new();
    let exported = s.export();
    let catalog = po_file::parse_from_reader(exported.as_bytes()).unwrap();
    assert_eq!(catalog.metadata.language, "fy");
    let Err(content) = content_compiler::load(&s.0) else {
        panic!("fy is not translated yet")
    };
    assert!(content
        .iter()
        .any(|e| e.reason.contains("missing translation for 'fy'")));
    let texts = content_compiler::read_unchecked(&s.0).unwrap().texts;
    assert_eq!(catalog.count(), texts, "one message per text");
    let start = catalog
        .messages()
        .find(|m| m.msgctxt() == Some("ui.toml:start.title"))
        .expect("the start screen's title");
    assert_eq!(start.msgid(), "Hoe veilig bent u online?");
    assert_eq!(start.extracted_comments(), "English: How safe are you online?");
    assert_eq!(start.msgstr().unwrap(), "");
    let step = catalog
        .messages()
        .find(|m| m.msgctxt() == Some("resident/actions.toml:action[two-step-email].steps[0]"))
        .expect("an action's step is named by the action's id and its place");
    assert!(!step.msgid().is_empty());
}

#[test]
fn export_then_import_round_trips_without_losing_anything() {
    let s = Sample::new();
    let filled = translated(&s.export(), |_, dutch| fake(dutch));
    let imported = s.import(&filled).unwrap();
    assert_eq!(imported.code, "fy");
    assert_eq!(imported.missing, 0);
    s.store(&imported);
    // The build takes it: every text has its Frisian.
    let content = content_compiler::load(&s.0).unwrap_or_else(|e| panic!("{e:#?}"));
    let title = content.ui.iter().find(|u| u.key == "start.title").unwrap();
    assert_eq!(title.text["fy"], fake("Hoe veilig bent u online?"));
    for check in &content.checks {
        for action in &check.actions {
            for step in &action.steps {
                assert_eq!(step["fy"], fake(&step["nl"]), "{}", action.id);
            }
        }
    }
    assert_eq!(content.translated["fy"], content.texts);
    // An export now gives back exactly what was imported, and importing
    // that again changes nothing.
    let again = s.export();
    assert_eq!(again, imported.po);
    assert_eq!(s.import(&again).unwrap().po, imported.po);
    // The language packs carry it.
    let generated = content_compiler::generate(&content);
    let pack = generated.packs.iter().find(|p| p.code == "fy").expect("a pack for fy");
    assert!(pack.texts.contains(&fake("Hoe veilig bent u online?")));
}

#[test]
fn a_partial_translation_imports_and_the_check_names_what_is_missing() {
    let s = Sample::new();
    let filled = translated(&s.export(), |ctx, dutch| {
        if ctx == "ui.toml:start.title" {
            String::new()
        } else {
            fake(dutch)
        }
    });
    let imported = s.import(&filled).unwrap();
    assert_eq!(imported.missing, 1);
    s.store(&imported);
    let errors = content_compiler::load(&s.0).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].file, "content/ui.toml");
    assert_eq!(errors[0].entry, "start.title");
    assert!(errors[0].reason.contains("missing translation for 'fy'"));
}

#[test]
fn an_unknown_id_or_a_changed_placeholder_is_an_error_naming_the_entry() {
    let s = Sample::new();
    let exported = s.export();
    let progress = "ui.toml:check.progress";
    let filled = translated(&exported, |ctx, dutch| {
        if ctx == progress {
            "Fraach {n} fan {totaal}".to_string()
        } else {
            fake(dutch)
        }
    });
    let errors = s.import(&filled).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].entry, progress);
    assert!(errors[0].reason.contains("placeholders changed"), "{}", errors[0]);
    assert!(errors[0].reason.contains("{total}"), "{}", errors[0]);

    let unknown = filled.replace(
        &format!("msgctxt \"{progress}\""),
        "msgctxt \"ui.toml:check.no_such_text\"",
    );
    let errors = s.import(&unknown).unwrap_err();
    assert!(
        errors
            .iter()
            .any(|e| e.entry == "ui.toml:check.no_such_text" && e.reason.contains("unknown id")),
        "{errors:#?}"
    );
    // Nothing was written: the content still lacks Frisian.
    assert!(!s.0.join("translations/fy.po").exists());
}

#[test]
fn an_import_for_the_wrong_language_or_of_older_dutch_is_refused() {
    let s = Sample::new();
    let filled = translated(&s.export(), |_, dutch| fake(dutch));
    let english = filled.replace("Language: fy", "Language: en");
    let errors = s.import(&english).unwrap_err();
    assert!(
        errors[0].reason.contains("written in the content files themselves"),
        "{errors:#?}"
    );
    let dutch = filled.replace("Language: fy", "Language: nl");
    assert!(s.import(&dutch).unwrap_err()[0]
        .reason
        .contains("not a language to translate into"));

    let old = filled.replacen("msgid \"Hoe veilig bent u online?\"", "msgid \"Hoe veilig bent u?\"", 1);
    let errors = s.import(&old).unwrap_err();
    assert_eq!(errors[0].entry, "ui.toml:start.title");
    assert!(errors[0].reason.contains("another Dutch text"), "{errors:#?}");
}

#[test]
fn a_translation_whose_dutch_changed_is_missing_and_exported_as_fuzzy() {
    let s = Sample::new();
    let imported = s.import(&translated(&s.export(), |_, dutch| fake(dutch))).unwrap();
    s.store(&imported);
    // An editor improves the Dutch after the translation was made.
    let ui = s.0.join("ui.toml");
    let text = std::fs::read_to_string(&ui).unwrap();
    std::fs::write(
        &ui,
        text.replacen("Hoe veilig bent u online?", "Hoe veilig bent u op internet?", 1),
    )
    .unwrap();
    // Every language kept in a PO file (the real ones too) now misses it:
    // the PO file says why, the text itself that it is missing.
    let errors = content_compiler::load(&s.0).unwrap_err();
    let (from_po, in_text): (Vec<_>, Vec<_>) = errors.iter().partition(|e| e.file.starts_with("content/translations/"));
    assert!(from_po.iter().all(|e| e.entry == "ui.toml:start.title"), "{errors:#?}");
    assert!(
        in_text
            .iter()
            .all(|e| e.file == "content/ui.toml" && e.entry == "start.title"),
        "{errors:#?}"
    );
    assert!(in_text
        .iter()
        .any(|e| e.reason.contains("missing translation for 'fy'")));
    let fy: Vec<_> = from_po
        .iter()
        .filter(|e| e.file == "content/translations/fy.po")
        .collect();
    assert_eq!(fy.len(), 1, "{errors:#?}");
    assert!(fy[0].reason.contains("missing translation for 'fy'"));
    // The export offers the old translation, marked fuzzy, for the new Dutch.
    let exported = s.export();
    let catalog = po_file::parse_from_reader(exported.as_bytes()).unwrap();
    let title = catalog
        .messages()
        .find(|m| m.msgctxt() == Some("ui.toml:start.title"))
        .unwrap();
    assert_eq!(title.msgid(), "Hoe veilig bent u op internet?");
    assert!(title.is_fuzzy());
    assert_eq!(title.msgstr().unwrap(), fake("Hoe veilig bent u online?"));
}

#[test]
fn a_language_both_inline_and_in_a_po_file_or_a_leftover_entry_is_named() {
    let s = Sample::new();
    let imported = s.import(&translated(&s.export(), |_, dutch| fake(dutch))).unwrap();
    let with_leftover = format!(
        "{}\nmsgctxt \"ui.toml:start.gone\"\nmsgid \"Weg\"\nmsgstr \"Fuort\"\n",
        imported.po
    );
    std::fs::create_dir_all(s.0.join("translations")).unwrap();
    std::fs::write(s.0.join("translations/fy.po"), with_leftover).unwrap();
    let ui = s.0.join("ui.toml");
    let text = std::fs::read_to_string(&ui).unwrap();
    std::fs::write(
        &ui,
        text.replacen(
            r#"en = "How safe are you online?" }"#,
            r#"en = "How safe are you online?", fy = "Hoe feilich?" }"#,
            1,
        ),
    )
    .unwrap();
    let errors = content_compiler::load(&s.0).unwrap_err();
    assert!(
        errors.iter().any(|e| e.file == "content/ui.toml"
            && e.entry == "start.title"
            && e.reason.contains("keep it in one place")),
        "{errors:#?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.file == "content/translations/fy.po" && e.entry == "ui.toml:start.gone"),
        "{errors:#?}"
    );
}

#[test]
fn every_language_but_the_first_has_a_review_status() {
    let s = Sample::new();
    let languages = s.0.join("languages.toml");
    let text = std::fs::read_to_string(&languages).unwrap();
    std::fs::write(&languages, text.replace("not_reviewed = \"noch net neisjoen\"\n", "")).unwrap();
    let imported = s.import(&translated(&s.export(), |_, dutch| fake(dutch))).unwrap();
    s.store(&imported);
    let errors = content_compiler::load(&s.0).unwrap_err();
    assert!(
        errors
            .iter()
            .any(|e| e.file == "content/languages.toml" && e.entry == "fy" && e.reason.contains("not_reviewed")),
        "{errors:#?}"
    );
    let stats = content_compiler::stats_json(&content_compiler::read_unchecked(&s.0).unwrap(), "2026-12-01");
    assert!(
        stats.contains(r#"{"language":"fy","translated":"#)
            && stats.contains(r#""missing":0,"review":"not reviewed"}"#),
        "{stats}"
    );
}

#[test]
fn a_malformed_po_file_is_a_message_naming_the_line_never_a_panic() {
    let s = Sample::new();
    let good = translated(&s.export(), |_, dutch| fake(dutch));
    // A lone "#" (some tools write one) is fine.
    assert!(s.import(&format!("#\n{good}")).is_ok());
    for (broken, line) in [
        (good.replacen("msgstr \"FY", "msgstr FY", 1), "line"),
        (good.replacen("msgid \"Hoe veilig", "msgid", 1), "line"),
        (format!("{good}\n\"not closed\n"), "line"),
        ("msgid \"\"\nmsgstr \"\"\n\"\\q\"\n".to_string(), "(file)"),
    ] {
        let errors = s.import(&broken).unwrap_err();
        assert!(errors[0].entry.starts_with(line), "{errors:#?}");
        assert!(errors[0].reason.contains("not a valid PO"), "{errors:#?}");
    }
}
