//! Digitaal Veilig Check: a private digital-safety self-check that runs
//! entirely in the browser. See ARCHITECTURE.md for the map of this crate.

pub mod domain;

#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod ui;
