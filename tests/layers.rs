//! The architecture invariant that keeps the pure layer pure is carried by
//! Cargo: `crates/domain` is a crate of its own whose manifest lists nothing
//! but the shared rules (`crates/rules`, which lists nothing at all), the
//! PIN's KDF (`pbkdf2`, `sha2`) and the stored records' format (`serde`,
//! `serde_json`), all pure Rust, so it cannot import Leptos,
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
    // The shared rules, the PIN's standard KDF and the records' format
    // (pure Rust).
    assert_eq!(
        table_entries(&domain, "dependencies"),
        ["veilig-rules", "pbkdf2", "sha2", "serde", "serde_json"]
    );
    assert!(!domain.contains("[target."), "no dependency for one target only either");
    assert_eq!(
        table_entries(&domain, "build-dependencies"),
        ["veilig-content-compiler"],
        "only the content compiler, on the build machine"
    );
}

#[test]
fn the_content_compiler_reads_toml_and_po_and_nothing_of_the_browser() {
    let compiler = manifest("crates/content-compiler");
    assert_eq!(
        table_entries(&compiler, "dependencies"),
        ["serde", "toml", "veilig-rules", "polib"]
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

/// The domain crate's top-level modules and the ones each names, outside
/// its tests and comments: `crate::x`, `super::x` (from a top-level file)
/// and `super::super::x` (from a file in a module's folder).
fn domain_module_graph() -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/domain/src");
    let mut files = Vec::new();
    for entry in std::fs::read_dir(&src).expect("crates/domain/src").flatten() {
        let path = entry.path();
        let name = path
            .file_stem()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        if path.is_dir() {
            for inner in std::fs::read_dir(&path).expect("a module folder").flatten() {
                files.push((name.clone(), true, inner.path()));
            }
        } else if name != "lib" {
            files.push((name, false, path));
        }
    }
    let modules: std::collections::BTreeSet<String> = files.iter().map(|(m, _, _)| m.clone()).collect();
    let mut graph: std::collections::BTreeMap<String, std::collections::BTreeSet<String>> = Default::default();
    for (module, nested, path) in files {
        let text = std::fs::read_to_string(&path).expect("a source file");
        let code: String = text
            .split("#[cfg(test)]")
            .next()
            .unwrap_or_default()
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let prefixes: &[&str] = if nested {
            &["crate::", "super::super::"]
        } else {
            &["crate::", "super::"]
        };
        let names = graph.entry(module.clone()).or_default();
        for prefix in prefixes {
            for (at, _) in code.match_indices(prefix) {
                let rest = &code[at + prefix.len()..];
                // `super::super::x` also matches `super::` at its start.
                if nested && *prefix == "crate::" && code[..at].ends_with("super::") {
                    continue;
                }
                let mut found: Vec<String> = Vec::new();
                if let Some(list) = rest.strip_prefix('{') {
                    let list = list.split('}').next().unwrap_or_default();
                    found.extend(
                        list.split(',')
                            .map(|i| i.trim().split("::").next().unwrap_or_default().to_string()),
                    );
                } else {
                    found.push(
                        rest.split(|c: char| !c.is_alphanumeric() && c != '_')
                            .next()
                            .unwrap_or_default()
                            .to_string(),
                    );
                }
                let lang_alias = found.iter().any(|f| f == "Lang");
                names.extend(found.into_iter().filter(|f| modules.contains(f) && *f != module));
                if lang_alias {
                    names.insert("lang".to_string()); // `crate::Lang` is `lang::Lang`
                }
            }
        }
        names.remove(&module);
    }
    graph
}

#[test]
fn the_domain_modules_form_no_cycle() {
    let graph = domain_module_graph();
    assert!(
        graph["content"].contains("check"),
        "the reader sees `use super::check::*`: {graph:?}"
    );
    assert!(graph["lang"].contains("content"), "{graph:?}");
    // Depth-first search for a way back to where it started.
    fn reaches(
        graph: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
        from: &str,
        target: &str,
        seen: &mut std::collections::BTreeSet<String>,
        path: &mut Vec<String>,
    ) -> bool {
        for next in graph.get(from).into_iter().flatten() {
            path.push(next.clone());
            if next == target || (seen.insert(next.clone()) && reaches(graph, next, target, seen, path)) {
                return true;
            }
            path.pop();
        }
        false
    }
    for module in graph.keys() {
        let mut path = vec![module.clone()];
        let cycle = reaches(&graph, module, module, &mut Default::default(), &mut path);
        assert!(!cycle, "a cycle of modules in crates/domain: {}", path.join(" → "));
    }
}
