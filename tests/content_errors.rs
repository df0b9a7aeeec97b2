//! The content compiler turns every kind of content mistake into a message
//! that names the file, the entry and the reason. Each test copies the real
//! content, breaks one thing, and checks the message.
#![cfg(not(target_arch = "wasm32"))]

use veilig_content_compiler as content_compiler;

use std::path::Path;

use content_compiler::ContentError;

mod content_copy;
use content_copy::{copy_dir, real_content, ContentCopy as Sample};

impl Sample {
    fn new() -> Sample {
        Sample::of_real_content("veilig-check-content")
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

/// In every PO file of `dir`, a copy of each message whose context starts
/// with `from` (a check's folder), under `to`.
fn translate_copy(dir: &Path, from: &str, to: &str) {
    use content_compiler::polib::message::Message;
    use content_compiler::polib::po_file;
    for entry in std::fs::read_dir(dir.join("translations")).unwrap() {
        let path = entry.unwrap().path();
        let mut catalog = po_file::parse(&path).unwrap();
        let copies: Vec<_> = catalog
            .messages()
            .filter(|m| m.msgctxt().is_some_and(|c| c.starts_with(from)))
            .map(|m| {
                Message::build_singular()
                    .with_msgctxt(m.msgctxt().unwrap().replacen(from, to, 1))
                    .with_msgid(m.msgid().to_string())
                    .with_msgstr(m.msgstr().unwrap().to_string())
                    .done()
            })
            .collect();
        for copy in copies {
            catalog.append_or_update(copy);
        }
        po_file::write_to_file(&catalog, &path).unwrap();
    }
}

/// Every language kept in a PO file: an export (which offers a translation
/// whose Dutch changed as fuzzy), the fuzzy ones confirmed, imported again.
fn retranslate(dir: &Path) {
    use content_compiler::polib::message::MessageMutView;
    use content_compiler::polib::po_file;
    let codes = content_compiler::language_codes(dir).unwrap();
    for code in codes
        .iter()
        .filter(|c| dir.join(format!("translations/{c}.po")).exists())
    {
        let exported = content_compiler::po::export(dir, &codes, code).unwrap();
        let mut catalog = po_file::parse_from_reader(exported.as_bytes()).unwrap();
        for mut m in catalog.messages_mut() {
            m.flags_mut().entries.retain(|f| f != "fuzzy");
        }
        let mut out = std::io::BufWriter::new(Vec::new());
        po_file::write(&catalog, &mut out).unwrap();
        let text = String::from_utf8(out.into_inner().unwrap()).unwrap();
        let imported = content_compiler::po::import(dir, &codes, "confirmed.po", &text).unwrap();
        std::fs::write(dir.join(format!("translations/{code}.po")), imported.po).unwrap();
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
    s.edit(
        "ui.toml",
        r#"title = { nl = "Hoe veilig bent u online?", en = "How safe are you online?" }"#,
        r#"title = { nl = "Hoe veilig bent u online?" }"#,
    );
    s.expect("content/ui.toml", "start.title", "missing translation for 'en'");
}

#[test]
fn an_unknown_language_is_named() {
    let s = Sample::new();
    s.edit(
        "organisations.toml",
        r#"name = { nl = "Politie", en = "Police" }"#,
        r#"name = { nl = "Politie", en = "Police", fr = "Police" }"#,
    );
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
    s.edit(
        "organisations.toml",
        "https://www.seniorweb.nl",
        "http://www.seniorweb.nl",
    );
    s.expect("content/organisations.toml", "seniorweb", "must start with https://");
}

#[test]
fn an_unknown_organisation_reference_is_named() {
    let s = Sample::new();
    s.edit(
        "help-now.toml",
        r#"organisations = ["fraudehelpdesk", "politie"]"#,
        r#"organisations = ["fraudehelpdesk", "polite"]"#,
    );
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
    s.edit(
        "organisations.toml",
        r#"id = "digihulplijn""#,
        "id = \"digihulplijn\"\nemail = \"x@example.org\"",
    );
    let errors = s.errors();
    assert!(
        errors
            .iter()
            .any(|e| e.file == "content/organisations.toml" && e.reason.contains("email")),
        "{errors:#?}"
    );
}

#[test]
fn every_mistake_is_reported_not_only_the_first() {
    let s = Sample::new();
    s.edit("organisations.toml", "https://www.seniorweb.nl", "www.seniorweb.nl");
    s.edit(
        "help-now.toml",
        r#"organisations = ["digihulplijn", "fraudehelpdesk", "slachtofferhulp"]"#,
        r#"organisations = ["nobody"]"#,
    );
    assert!(s.errors().len() >= 2, "{:#?}", s.errors());
}

// The rules for a check kind, on the resident check. Each test appends one
// broken entry to a real file, so it does not depend on the wording there.

const TEXT: &str = r#"{ nl = "Tekst", en = "Text" }"#;

impl Sample {
    fn append(&self, file: &str, extra: &str) -> &Self {
        let path = self.0.join(file);
        let mut text = std::fs::read_to_string(&path).unwrap();
        text.push('\n');
        text.push_str(extra);
        std::fs::write(&path, text).unwrap();
        self
    }
}

fn question(id: &str, theme: &str, options: &str) -> String {
    format!(
        "[[question]]\nid = \"{id}\"\ntheme = \"{theme}\"\nweight = 1\ntext = {TEXT}\naction = \"unique-passwords\"\noptions = [{options}]\n"
    )
}

fn action(id: &str, source: Option<&str>, checked: Option<&str>) -> String {
    let mut a = format!("[[action]]\nid = \"{id}\"\ntheme = \"accounts\"\ntitle = {TEXT}\nwhy = {TEXT}\nsteps = [{TEXT}]\nhelp = [\"digihulplijn\"]\n");
    if let Some(s) = source {
        a.push_str(&format!("source = \"{s}\"\n"));
    }
    if let Some(c) = checked {
        a.push_str(&format!("checked = \"{c}\"\n"));
    }
    a
}

#[test]
fn an_option_without_a_score_is_named() {
    let s = Sample::new();
    let options = format!("{{ id = \"safe\", label = {TEXT}, score = 100 }}, {{ id = \"unsafe\", label = {TEXT} }}");
    s.append("resident/questions.toml", &question("no-score", "accounts", &options));
    s.expect(
        "content/resident/questions.toml",
        "no-score",
        "option 'unsafe' has no score",
    );
}

#[test]
fn an_unknown_theme_is_named() {
    let s = Sample::new();
    let options = format!("{{ id = \"a\", label = {TEXT}, score = 100 }}, {{ id = \"b\", label = {TEXT}, score = 0 }}");
    s.append("resident/questions.toml", &question("lost", "gardening", &options));
    s.expect(
        "content/resident/questions.toml",
        "lost",
        "unknown theme id 'gardening'",
    );
}

#[test]
fn an_unknown_profile_tag_is_named() {
    let s = Sample::new();
    let options = format!("{{ id = \"a\", label = {TEXT}, score = 100 }}, {{ id = \"b\", label = {TEXT}, score = 0 }}");
    let q = question("tagged", "accounts", &options).replace("weight = 1", "weight = 1\nshow_if = [\"owns-a-boat\"]");
    s.append("resident/questions.toml", &q);
    s.expect(
        "content/resident/questions.toml",
        "tagged",
        "unknown profile option 'owns-a-boat'",
    );
}

#[test]
fn a_duplicate_action_id_is_named() {
    let s = Sample::new();
    s.append(
        "resident/actions.toml",
        &action("unique-passwords", Some("veiliginternetten"), Some("2026-11-23")),
    );
    s.expect(
        "content/resident/actions.toml",
        "unique-passwords",
        "duplicate action id",
    );
}

#[test]
fn an_action_without_a_source_is_named() {
    let s = Sample::new();
    s.append("resident/actions.toml", &action("unsourced", None, Some("2026-11-23")));
    s.expect("content/resident/actions.toml", "unsourced", "action has no source");
}

#[test]
fn an_action_without_a_checked_date_is_named() {
    let s = Sample::new();
    s.append(
        "resident/actions.toml",
        &action("undated", Some("veiliginternetten"), None),
    );
    s.expect(
        "content/resident/actions.toml",
        "undated",
        "action has no last-checked date",
    );
    let s = Sample::new();
    s.append(
        "resident/actions.toml",
        &action("misdated", Some("veiliginternetten"), Some("2026-02-30")),
    );
    s.expect("content/resident/actions.toml", "misdated", "is not a date");
}

#[test]
fn a_scenario_without_an_explanation_is_named() {
    let s = Sample::new();
    let scenario = format!(
        "[[scenario]]\nid = \"unexplained\"\ntheme = \"phishing\"\nweight = 2\ntitle = {TEXT}\nstory = {TEXT}\nquestion = {TEXT}\naction = \"phishing-links\"\noptions = [{{ id = \"a\", label = {TEXT}, correct = true }}, {{ id = \"b\", label = {TEXT}, correct = false }}]\n"
    );
    s.append("resident/scenarios.toml", &scenario);
    s.expect(
        "content/resident/scenarios.toml",
        "unexplained",
        "scenario has no explanation",
    );
}

#[test]
fn a_written_dont_know_option_is_named() {
    let s = Sample::new();
    let options =
        format!("{{ id = \"a\", label = {TEXT}, score = 100 }}, {{ id = \"dont-know\", label = {TEXT}, score = 0 }}");
    s.append(
        "resident/questions.toml",
        &question("own-dont-know", "accounts", &options),
    );
    s.expect("content/resident/questions.toml", "own-dont-know", "the app adds");
}

#[test]
fn long_sentences_and_words_are_noted_for_editors_but_do_not_fail_the_build() {
    let sample = Sample::new();
    sample.edit(
        "resident/check.toml",
        r#"title = { nl = "Check voor uzelf""#,
        r#"title = { nl = "Dit is een heel lange zin met veel te veel woorden erin, zodat een lezer op B1-niveau het overzicht kwijtraakt en de draad verliest""#,
    );
    // The translators confirm their old translations for the new Dutch.
    retranslate(&sample.0);
    let content = content_compiler::read_unchecked(&sample.0).expect("the sample reads");
    assert!(
        content_compiler::check(&content).is_empty(),
        "a long sentence is not a mistake"
    );
    let notes: Vec<String> = content_compiler::plain_language_notes(&content)
        .iter()
        .map(|n| n.to_string())
        .collect();
    assert!(
        notes
            .iter()
            .any(|n| n.starts_with("content/resident/check.toml: title: title: long sentence (24 words")),
        "{notes:?}"
    );
    // Only the first language is held to B1; addresses are not words.
    assert!(content_compiler::plain_language("Kijk op www.veiliginternetten.nl.").is_empty());
    assert_eq!(
        content_compiler::plain_language("Een arbeidsongeschiktheidsverzekeringsmaatschappij.").len(),
        1
    );
}

#[test]
fn an_invisible_control_character_in_a_text_is_named() {
    // TOML's \u escape can put one in; readers would never see it, and the
    // language packs use one to separate texts.
    Sample::new()
        .edit("ui.toml", "en = \"Larger text\"", "en = \"Larger\\u001etext\"")
        .expect("content/ui.toml", "header.larger_text", "invisible control character");
}

#[test]
fn an_action_whose_help_has_no_phone_is_named_unless_it_says_why() {
    let s = Sample::new();
    let unreachable = action("website-only", Some("veiliginternetten"), Some("2026-11-23"))
        .replace("help = [\"digihulplijn\"]", "help = [\"veiliginternetten\"]");
    s.append("resident/actions.toml", &unreachable);
    s.expect(
        "content/resident/actions.toml",
        "website-only",
        "no help organisation has a phone number",
    );
    // Saying why is enough.
    let s = Sample::new();
    let explained = format!("{unreachable}no_phone_because = \"a setting only the person can change\"\n");
    s.append("resident/actions.toml", &explained);
    assert!(
        !s.errors()
            .iter()
            .any(|e| e.entry == "website-only" && e.reason.contains("phone")),
        "{:#?}",
        s.errors()
    );
}

#[test]
fn a_tool_with_a_bare_homepage_is_named() {
    let s = Sample::new();
    s.edit(
        "organisations.toml",
        r#"website = "https://www.politie.nl/checkjehack""#,
        r#"website = "https://www.politie.nl/""#,
    );
    s.expect(
        "content/organisations.toml",
        "politie-checkjehack",
        "is a bare homepage",
    );
}

#[test]
fn an_action_that_names_a_tool_without_linking_it_is_named() {
    let s = Sample::new();
    s.edit(
        "resident/actions.toml",
        r#"help = ["kopieid", "identiteitsfraude", "politie"]"#,
        r#"help = ["identiteitsfraude", "politie"]"#,
    );
    s.expect("content/resident/actions.toml", "id-copy", "names the tool 'KopieID'");
}

#[test]
fn a_question_whose_safest_option_is_not_first_is_named() {
    let s = Sample::new();
    let options =
        format!("{{ id = \"risky\", label = {TEXT}, score = 0 }}, {{ id = \"safe\", label = {TEXT}, score = 100 }}");
    s.append("resident/questions.toml", &question("safe-last", "accounts", &options));
    s.expect(
        "content/resident/questions.toml",
        "safe-last",
        "the safest option 'safe' (score 100) must be listed first",
    );
}

#[test]
fn a_harmful_answer_marked_safe_is_named() {
    let s = Sample::new();
    let options = format!(
        "{{ id = \"safe\", label = {TEXT}, score = 100, harmful = true }}, {{ id = \"b\", label = {TEXT}, score = 0 }}"
    );
    s.append("resident/questions.toml", &question("mixed-up", "accounts", &options));
    s.expect(
        "content/resident/questions.toml",
        "mixed-up",
        "option 'safe' is harmful but scores 100",
    );
}

#[test]
fn a_situation_without_its_check_kind_is_named() {
    let s = Sample::new();
    s.edit(
        "help-now.toml",
        "id = \"bank-call\"\ncheck = \"resident\"",
        "id = \"bank-call\"",
    );
    s.expect("content/help-now.toml", "bank-call", "needs check = one of");
    let s = Sample::new();
    s.edit(
        "help-now.toml",
        "id = \"bank-call\"\ncheck = \"resident\"",
        "id = \"bank-call\"\ncheck = \"school\"",
    );
    s.expect("content/help-now.toml", "bank-call", "unknown check kind 'school'");
}

#[test]
fn advice_checked_more_than_a_year_ago_is_a_warning_not_a_mistake() {
    use content_compiler::is_stale;
    assert!(!is_stale("2026-12-01", "2026-12-01"));
    assert!(!is_stale("2025-12-01", "2026-12-01"), "exactly a year is not yet stale");
    assert!(is_stale("2025-11-30", "2026-12-01"));
    let s = Sample::new();
    s.edit(
        "resident/actions.toml",
        r#"checked = "2026-11-23""#,
        r#"checked = "2024-01-15""#,
    );
    // It still builds: the date is only a warning.
    assert!(s.errors().is_empty(), "{:#?}", s.errors());
    let content = content_compiler::read_unchecked(&s.0).expect("reads");
    let stale = content_compiler::stale_warnings(&content, "2026-12-01");
    assert_eq!(stale.len(), 1, "{stale:#?}");
    assert_eq!(stale[0].file, "content/resident/actions.toml");
    assert!(stale[0].reason.contains("last checked 2024-01-15"), "{}", stale[0]);
    let stats = content_compiler::stats_json(&content, "2026-12-01");
    assert!(stats.contains("\"actions_stale\":1"), "{stats}");
    assert!(stats.contains("\"situations\":"), "{stats}");
    assert!(stats.contains("\"actions_per_organisation\":{"), "{stats}");
}

#[test]
fn today_is_a_date() {
    assert!(content_compiler::is_date(&content_compiler::today()));
}

#[test]
fn a_new_check_kind_is_a_folder_and_one_entry_in_the_list() {
    // The content has three checks (resident, business, youth); a fourth,
    // made here from a copy of the business folder, is only content too.
    let sample = Sample::new();
    copy_dir(&sample.0.join("business"), &sample.0.join("students"));
    sample.expect(
        "content/checks.toml",
        "checks",
        "content/students/ holds a check but is not listed here",
    );
    sample.edit("checks.toml", "\"youth\"]", "\"youth\", \"students\"]");
    // Its texts need every language: the languages kept in PO files get
    // the business check's translations as the students' (what a
    // translator's `content import` would bring).
    translate_copy(&sample.0, "business/", "students/");
    let content = content_compiler::load(&sample.0).expect("a fourth check is only content");
    let kinds: Vec<&str> = content.checks.iter().map(|c| c.kind.as_str()).collect();
    assert_eq!(kinds, ["resident", "business", "youth", "students"]);
}

#[test]
fn a_listed_check_without_its_folder_or_listed_twice_is_named() {
    let sample = Sample::new();
    sample.edit(
        "checks.toml",
        "\"youth\"]",
        "\"youth\", \"students\", \"resident\", \"Old Folks\"]",
    );
    sample.expect(
        "content/checks.toml",
        "students",
        "there is no folder content/students/",
    );
    sample.expect("content/checks.toml", "resident", "listed twice");
    sample.expect("content/checks.toml", "Old Folks", "may only use a-z");
}

#[test]
fn a_report_place_with_an_unknown_tag_or_without_a_date_is_named() {
    Sample::new()
        .edit(
            "report.toml",
            r#"when = ["id-copy", "id-misused"]"#,
            r#"when = ["id-kopie"]"#,
        )
        .expect("content/report.toml", "identity", "when: unknown tag 'id-kopie'");
    Sample::new()
        .edit(
            "report.toml",
            "checked = \"2026-12-02\"\n\n[[place]]\nid = \"police\"",
            "\n[[place]]\nid = \"police\"",
        )
        .expect("content/report.toml", "bank", "has no last-checked date");
    Sample::new()
        .edit(
            "report.toml",
            "source = \"https://www.politie.nl/themas",
            "source = \"http://www.politie.nl/themas",
        )
        .expect("content/report.toml", "police", "must start with https://");
}

#[test]
fn a_report_without_a_place_for_every_report_is_named() {
    let sample = Sample::new();
    let path = sample.0.join("report.toml");
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("when = []", "when = [\"other\"]");
    std::fs::write(&path, text).unwrap();
    sample.expect("content/report.toml", "place", "every report must say where to go");
}
