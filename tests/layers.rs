//! The architecture invariant that keeps the pure layer pure is carried by
//! Cargo: `crates/domain` is a crate of its own whose manifest lists nothing
//! but the shared rules (`crates/rules`, which lists nothing at all) and the
//! PIN's KDF (`pbkdf2`, `sha2`: pure Rust), so it cannot import Leptos,
//! web-sys, js-sys, wasm-bindgen or gloo, and the compiler refuses any
//! attempt. This test keeps that manifest
//! the way it is: a dependency added there is a change of architecture, to
//! be made here on purpose and in ARCHITECTURE.md, not in passing.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

/// The names listed in one `[table]` of a manifest, in order.
fn table_entries(manifest: &str, table: &str) -> Vec<String> {
    let mut inside = false;
    let mut out = Vec::new();
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            inside = line == format!("[{table}]");
            continue;
        }
        let code = line.split('#').next().unwrap_or("").trim();
        if inside && !code.is_empty() {
            out.push(code.split(['=', '.']).next().unwrap_or("").trim().to_string());
        }
    }
    out
}

fn manifest(crate_dir: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(crate_dir).join("Cargo.toml");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_pure_layer_depends_on_nothing_but_the_shared_rules() {
    let rules = manifest("crates/rules");
    assert_eq!(table_entries(&rules, "dependencies"), Vec::<String>::new());
    assert!(!rules.contains("[target."), "the rules depend on nothing");
    let domain = manifest("crates/domain");
    // The shared rules, and the PIN's standard KDF (pure Rust).
    assert_eq!(
        table_entries(&domain, "dependencies"),
        ["veilig-rules", "pbkdf2", "sha2"]
    );
    assert!(!domain.contains("[target."), "no dependency for one target only either");
    assert_eq!(
        table_entries(&domain, "build-dependencies"),
        ["veilig-content-compiler"],
        "only the content compiler, on the build machine"
    );
}

#[test]
fn the_content_compiler_reads_toml_and_nothing_of_the_browser() {
    let compiler = manifest("crates/content-compiler");
    assert_eq!(
        table_entries(&compiler, "dependencies"),
        ["serde", "toml", "veilig-rules"]
    );
}

#[test]
fn the_app_reaches_the_browser_only_on_the_web_target() {
    let app = manifest(".");
    assert_eq!(table_entries(&app, "dependencies"), ["veilig-domain"]);
    let web = table_entries(&app, "target.'cfg(target_arch = \"wasm32\")'.dependencies");
    assert!(web.contains(&"leptos".to_string()), "{web:?}");
}

#[test]
fn the_manifest_reader_sees_each_entry() {
    let sample = "[dependencies]\n# a comment\nserde = { version = \"1\" }\nfoo.workspace = true\n\n[dev-dependencies]\nbar = \"1\"\n";
    assert_eq!(table_entries(sample, "dependencies"), ["serde", "foo"]);
    assert_eq!(table_entries(sample, "dev-dependencies"), ["bar"]);
}
