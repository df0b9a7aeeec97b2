//! Checks the content in `content/` and turns it into static Rust data for
//! this crate. A content mistake stops the build with the file, the entry and
//! the reason.

use std::path::{Path, PathBuf};

fn main() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../content");
    println!("cargo:rerun-if-changed={}", dir.display());
    for file in veilig_content_compiler::content_files(&dir) {
        println!("cargo:rerun-if-changed={}", file.display());
    }
    match veilig_content_compiler::load(&dir) {
        Ok(content) => {
            let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
            let generated = veilig_content_compiler::generate(&content);
            let out = Path::new(&out);
            std::fs::write(out.join("content.rs"), generated.rust).expect("OUT_DIR is writable");
            // The packs, for the native tests (the app's copies go to dist/
            // through `content packs`, see the Makefile).
            for pack in &generated.packs {
                let path = out.join(&pack.file);
                if let Some(folder) = path.parent() {
                    std::fs::create_dir_all(folder).expect("OUT_DIR is writable");
                }
                std::fs::write(path, pack.body()).expect("OUT_DIR is writable");
                // The same under a name without the fingerprint, for the tests.
                let stable = out.join("lang").join(pack.stable_name());
                std::fs::write(stable, pack.body()).expect("OUT_DIR is writable");
            }
        }
        Err(errors) => {
            eprintln!("\nThe content in content/ has {} mistake(s):\n", errors.len());
            for e in &errors {
                eprintln!("  {e}");
            }
            eprintln!("\nRun `cargo run --bin content -- check` to see them again.\n");
            std::process::exit(1);
        }
    }
}
