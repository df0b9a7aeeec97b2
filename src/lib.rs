//! Digitaal Veilig Check: a private digital-safety self-check that runs
//! entirely in the browser. See ARCHITECTURE.md for the map of this crate.
//!
//! This crate is the app: the Leptos components (`ui`) and the thin layer
//! over browser APIs (`platform`). The pure layer is its own crate,
//! `veilig-domain`, here as `domain`.

pub use veilig_domain as domain;

#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod ui;
