//! The browser app's entry point. Trunk builds this binary for the web.

#[cfg(target_arch = "wasm32")]
fn main() {
    veilig_check::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Digitaal Veilig Check runs in the browser: use `make run` to build and serve it.");
}
