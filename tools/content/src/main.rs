//! The content checker for editors.
//!
//! `cargo run --bin content -- check` checks every file in `content/` with the
//! same rules as the build and prints each mistake with its file, entry and
//! reason (exit code 1 when there is one), and warns about advice last
//! checked more than a year ago. `cargo run --bin content -- stats`
//! prints the counts as one JSON object. `cargo run --bin content -- packs
//! DIST` writes the language packs (every language after the first) into
//! `DIST/lang/`; `make build` runs it after Trunk.

#[cfg(not(target_arch = "wasm32"))]
use veilig_content_compiler as content_compiler;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::path::PathBuf;
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = args.first().map(String::as_str).unwrap_or("check");
    let report = |errors: &[content_compiler::ContentError]| {
        eprintln!("The content has {} mistake(s):", errors.len());
        for e in errors {
            eprintln!("  {e}");
        }
    };
    if command == "export" || command == "import" {
        let Some(arg) = args.get(1) else {
            eprintln!("usage: content export LANG [CONTENT_DIR] | content import FILE [CONTENT_DIR]");
            std::process::exit(2);
        };
        let dir = args
            .get(2)
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../content"));
        let codes = match content_compiler::language_codes(&dir) {
            Ok(codes) => codes,
            Err(errors) => {
                report(&errors);
                std::process::exit(1);
            }
        };
        if command == "export" {
            match content_compiler::po::export(&dir, &codes, arg) {
                Ok(po) => print!("{po}"),
                Err(errors) => {
                    report(&errors);
                    std::process::exit(1);
                }
            }
            return;
        }
        let text = match std::fs::read_to_string(arg) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("content import: cannot read {arg}: {e}");
                std::process::exit(1);
            }
        };
        let imported = match content_compiler::po::import(&dir, &codes, arg, &text) {
            Ok(imported) => imported,
            Err(errors) => {
                report(&errors);
                eprintln!("Nothing was imported.");
                std::process::exit(1);
            }
        };
        let target = dir.join(content_compiler::po::po_file_name(&imported.code).trim_start_matches("content/"));
        let written = target
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&target, &imported.po));
        if let Err(e) = written {
            eprintln!("content import: cannot write {}: {e}", target.display());
            std::process::exit(1);
        }
        println!(
            "Imported '{}' into {}: {} texts translated, {} missing.",
            imported.code,
            content_compiler::po::po_file_name(&imported.code),
            imported.translated,
            imported.missing
        );
        if imported.missing > 0 {
            println!("`content check` fails until every text is translated.");
        }
        return;
    }
    if command == "packs" {
        let Some(dist) = args.get(1).map(PathBuf::from) else {
            eprintln!("usage: content packs DIST [CONTENT_DIR]");
            std::process::exit(2);
        };
        let dir = args
            .get(2)
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../content"));
        let content = match content_compiler::load(&dir) {
            Ok(content) => content,
            Err(errors) => {
                report(&errors);
                std::process::exit(1);
            }
        };
        let generated = content_compiler::generate(&content);
        for pack in &generated.packs {
            let path = dist.join(&pack.file);
            let folder = path.parent().unwrap_or(&dist);
            if let Err(e) = std::fs::create_dir_all(folder).and_then(|()| std::fs::write(&path, pack.body())) {
                eprintln!("content packs: cannot write {}: {e}", path.display());
                std::process::exit(1);
            }
            println!("content packs: {} ({} texts)", pack.file, pack.texts.len());
        }
        return;
    }
    let dir = args
        .get(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../content"));
    let content = match command {
        "check" | "stats" => content_compiler::read_unchecked(&dir),
        _ => {
            eprintln!(
                "usage: content check [DIR] | content stats [DIR] | content packs DIST [DIR] \
                 | content export LANG [DIR] | content import FILE [DIR]"
            );
            std::process::exit(2);
        }
    };
    let content = match content {
        Ok(content) => content,
        Err(errors) => {
            report(&errors);
            std::process::exit(1);
        }
    };
    let errors = content_compiler::check(&content);
    let today = content_compiler::today();
    if command == "stats" {
        println!("{}", content_compiler::stats_json(&content, &today));
    } else {
        let stale = content_compiler::stale_warnings(&content, &today);
        if !stale.is_empty() {
            println!(
                "{} warning(s): advice not checked for more than a year (not mistakes):",
                stale.len()
            );
            for w in &stale {
                println!("  {w}");
            }
        }
        let notes = content_compiler::plain_language_notes(&content);
        if !notes.is_empty() {
            println!("{} plain-language note(s), to look at (not mistakes):", notes.len());
            for n in &notes {
                println!("  {n}");
            }
        }
        if errors.is_empty() {
            println!(
                "Content is in order: no mistakes found in {}.",
                args.get(1).map_or("content/", String::as_str)
            );
        }
    }
    if !errors.is_empty() {
        report(&errors);
        std::process::exit(1);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
