//! The architecture invariant that keeps the pure layer pure: nothing in
//! `src/domain/` imports Leptos, web-sys, js-sys, wasm-bindgen or gloo. Then
//! all of it builds and tests natively, and browser code stays in `ui/` and
//! `platform/`.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

const FORBIDDEN: &[&str] = &["leptos", "web_sys", "js_sys", "wasm_bindgen", "gloo"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/domain exists") {
        let path = entry.expect("readable entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Whether an identifier names a forbidden crate or one of its family
/// (`gloo_storage`, `leptos_dom`, `wasm_bindgen_futures`).
fn is_forbidden(ident: &str) -> bool {
    FORBIDDEN
        .iter()
        .any(|name| ident == *name || ident.strip_prefix(name).is_some_and(|rest| rest.starts_with('_')))
}

/// Finds a forbidden crate used as a path (`leptos::x`) or imported
/// (`use gloo_storage;`, `extern crate web_sys;`), ignoring comments.
fn offending_lines(source: &str) -> Vec<(usize, String)> {
    source
        .lines()
        .enumerate()
        .filter(|(_, line)| {
            let code = line.split("//").next().unwrap_or("");
            let imported = code
                .trim_start()
                .strip_prefix("use ")
                .or_else(|| code.trim_start().strip_prefix("extern crate "))
                .map(|rest| {
                    rest.trim_start_matches("::")
                        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                        .next()
                        .unwrap_or("")
                });
            let as_path = code.match_indices("::").any(|(at, _)| {
                let ident: String = code[..at]
                    .chars()
                    .rev()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                is_forbidden(&ident)
            });
            as_path || imported.is_some_and(is_forbidden)
        })
        .map(|(i, line)| (i + 1, line.trim().to_string()))
        .collect()
}

#[test]
fn the_pure_layer_imports_no_browser_crate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    assert!(files.len() >= 2, "the pure layer has its files");
    let mut problems = Vec::new();
    for file in files {
        let source = std::fs::read_to_string(&file).expect("readable source");
        for (line, text) in offending_lines(&source) {
            problems.push(format!("{}:{line}: {text}", file.display()));
        }
    }
    assert!(
        problems.is_empty(),
        "the pure layer must not import browser crates:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_check_catches_each_kind_of_import() {
    for bad in [
        "use leptos::prelude::*;",
        "let w = web_sys::window();",
        "use wasm_bindgen::JsCast;",
        "use gloo_storage::LocalStorage;",
        "    js_sys::Date::now()",
        "extern crate web_sys;",
        "use gloo_storage;",
    ] {
        assert_eq!(offending_lines(bad).len(), 1, "not caught: {bad}");
    }
    for fine in [
        "// leptos:: is not used here",
        "let leptos_free = 1;",
        "fn gloomy() {}",
        "use crate::domain::lang;",
    ] {
        assert!(offending_lines(fine).is_empty(), "wrongly caught: {fine}");
    }
}
