//! Tier 2: components and browser glue, in headless Chromium through
//! wasm-bindgen-test. `make test-browser` runs these.
#![cfg(target_arch = "wasm32")]

use veilig_check::domain::content;
use veilig_check::domain::Lang;
use veilig_check::platform::document;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

fn doc() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document in the browser")
}

/// The test server has no `dist/lang/`: the packs go in directly, as the
/// app would install them after fetching them (every pack of every listed
/// language, whatever the check kinds are).
fn install_packs() {
    for pack in content::BUILTIN_PACKS {
        let code = pack.split(' ').nth(1).unwrap_or_default();
        if let Some(lang) = Lang::from_code(code).filter(|l| l.is_listed()) {
            let _ = veilig_check::ui::text::install(lang, pack.to_string());
        }
    }
}

/// Mounts the whole app into a fresh element and returns that element, and
/// the app, which goes (with its listeners and timers) when dropped.
async fn mount_app() -> (HtmlElement, impl Sized) {
    install_packs();
    let root: HtmlElement = doc().create_element("div").unwrap().dyn_into().unwrap();
    doc().body().unwrap().append_child(&root).unwrap();
    let app = veilig_check::ui::mount_into(root.clone());
    leptos::task::tick().await;
    (root, app)
}

fn text_of(root: &HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} is on the screen"))
        .text_content()
        .unwrap_or_default()
}

fn button_named(root: &HtmlElement, name: &str) -> HtmlElement {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .find(|b| b.text_content().unwrap_or_default().contains(name))
        .unwrap_or_else(|| panic!("a button named {name}"))
}

/// A language's button in the language menu, by the language's code.
fn language_button(root: &HtmlElement, code: &str) -> HtmlElement {
    root.query_selector(&format!("#language-list button[lang='{code}']"))
        .unwrap()
        .and_then(|n| n.dyn_into::<HtmlElement>().ok())
        .unwrap_or_else(|| panic!("a button for language {code}"))
}

#[wasm_bindgen_test]
async fn the_start_screen_switches_language_and_the_document_follows() {
    let (root, app) = mount_app().await;
    assert_eq!(text_of(&root, "h1"), "Hoe veilig bent u online?");
    assert_eq!(
        doc().document_element().unwrap().get_attribute("lang").as_deref(),
        Some("nl")
    );

    language_button(&root, "en").click();
    leptos::task::tick().await;

    assert_eq!(text_of(&root, "h1"), "How safe are you online?");
    assert_eq!(
        doc().document_element().unwrap().get_attribute("lang").as_deref(),
        Some("en")
    );
    assert!(
        doc().title().contains("Digital Safety Check"),
        "title: {}",
        doc().title()
    );
    assert_eq!(
        language_button(&root, "en").get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    drop(app);
    root.remove();
}

#[wasm_bindgen_test]
async fn choosing_a_check_and_going_back_keeps_the_language() {
    let (root, app) = mount_app().await;
    language_button(&root, "en").click();
    leptos::task::tick().await;
    button_named(&root, "For my business").click();
    leptos::task::tick().await;
    assert_eq!(text_of(&root, "h1"), "Check for your business");

    button_named(&root, "Back to the start").click();
    leptos::task::tick().await;
    assert_eq!(text_of(&root, "h1"), "How safe are you online?");
    drop(app);
    root.remove();
}

#[wasm_bindgen_test]
fn the_document_glue_sets_language_direction_and_title() {
    document::set_language("ar", true);
    let html = doc().document_element().unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("ar"));
    assert_eq!(html.get_attribute("dir").as_deref(), Some("rtl"));
    document::set_language("nl", false);
    assert_eq!(html.get_attribute("dir").as_deref(), Some("ltr"));

    document::set_title("Test title");
    assert_eq!(doc().title(), "Test title");
}

#[wasm_bindgen_test]
fn focusing_a_missing_element_does_nothing_and_does_not_panic() {
    document::focus_by_id("no-such-element");
    let el: HtmlElement = doc().create_element("h1").unwrap().dyn_into().unwrap();
    el.set_id("focus-me");
    el.set_tab_index(-1);
    doc().body().unwrap().append_child(&el).unwrap();
    document::focus_by_id("focus-me");
    assert_eq!(doc().active_element().map(|e| e.id()).as_deref(), Some("focus-me"));
    el.remove();
}

#[wasm_bindgen_test]
fn the_next_visitor_finds_nothing_of_the_one_before() {
    use leptos::prelude::*;
    use veilig_check::domain::content::check_by_kind;
    use veilig_check::domain::content::ui;
    use veilig_check::domain::content::Kind;
    use veilig_check::domain::report::{Payment, Report};
    use veilig_check::domain::session::Session;
    use veilig_check::ui::event::provide_event_state;
    use veilig_check::ui::{provide_app_state, Pending, Screen, Visitor};

    install_packs();
    let owner = Owner::new();
    owner.with(|| {
        let app = provide_app_state();
        let event = provide_event_state(app);
        // Every field filled, by name and without `..`: a field added to
        // `Visitor` does not compile here until this test fills it too.
        let filled = Visitor {
            session: check_by_kind("resident").map(Session::new),
            screen: Screen::Check(Kind::from_id("resident").expect("the resident check")),
            lang: Lang::from_code("en").expect("English"),
            large_text: true,
            from_link: true,
            notice: Some(&ui::MEMORY_DELETED),
            pending: Some(Pending::Loading),
            unlocked: true,
            counted: ("resident", true, true),
            report: Report {
                what: Some("bank-call"),
                payments: vec![Payment {
                    amount: "€ 4.500".into(),
                    iban: "NL91ABNA0417164300".into(),
                }],
                story: "Hij wist mijn naam.".into(),
                ..Report::default()
            },
        };
        app.set_visitor(filled.clone());
        assert_eq!(app.visitor(), filled);
        assert_eq!(app.lang.get_untracked().code(), "en");
        assert!(app.session.with_untracked(Option::is_some));
        assert!(event.unlocked.get_untracked());
        assert!(!app.untouched());

        event.wipe_visitor(app);

        assert_eq!(app.visitor(), Visitor::default());
        assert!(app.untouched());
        // The parts the screens read follow the one value.
        assert_eq!(app.lang.get_untracked(), Lang::default());
        assert_eq!(app.screen.get_untracked(), Screen::Start);
        assert!(app.session.with_untracked(Option::is_none));
        assert!(!app.large_text.get_untracked() && !app.from_link.get_untracked());
        assert!(app.notice.get_untracked().is_none() && app.pending.get_untracked().is_none());
        assert!(!event.unlocked.get_untracked());
        assert!(app.report.with_untracked(Report::is_empty), "the report begun is gone");
    });
}

#[wasm_bindgen_test]
fn stored_records_go_through_gloo_and_what_cannot_be_read_is_set_aside_as_it_was() {
    use veilig_check::domain::keys;
    use veilig_check::domain::memory::Memory;
    use veilig_check::domain::stored::ReadError;
    use veilig_check::platform::storage;
    let local = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    local.clear().unwrap();

    assert_eq!(storage::load::<Memory>(keys::MEMORY), Ok(None), "nothing stored");
    let mut memory = Memory::new();
    memory.save_result("resident", "2026-05-02", "p2.AAAA", 80).unwrap();
    storage::save(keys::MEMORY, &memory).expect("storage is there");
    let text = local.get_item(keys::MEMORY).unwrap().unwrap();
    assert!(text.starts_with(r#"{"record":"memory","version":2,"#), "{text}");
    assert_eq!(storage::load::<Memory>(keys::MEMORY), Ok(Some(memory.clone())));

    // Version 1 is read, and written again as version 2.
    let v1 = "memory v1\ncheck resident 2026-05-02 80 p2.AAAA\nend\n";
    local.set_item(keys::MEMORY, v1).unwrap();
    assert_eq!(storage::load::<Memory>(keys::MEMORY), Ok(Some(memory)));
    assert_eq!(local.get_item(keys::MEMORY).unwrap(), Some(text));

    // Damaged, and newer: moved aside exactly as they were.
    let set_aside = keys::set_aside(keys::MEMORY);
    for (stored, error) in [
        ("memory v1\ncheck", ReadError::Unreadable),
        (
            r#"{"record":"memory","version":7,"data":0}"#,
            ReadError::Newer { version: 7 },
        ),
    ] {
        local.set_item(keys::MEMORY, stored).unwrap();
        assert_eq!(storage::load::<Memory>(keys::MEMORY), Err(error));
        assert_eq!(local.get_item(keys::MEMORY).unwrap(), None);
        assert_eq!(local.get_item(&set_aside).unwrap().as_deref(), Some(stored));
    }
    storage::remove(&set_aside);
    assert_eq!(local.length().unwrap(), 0);
}
